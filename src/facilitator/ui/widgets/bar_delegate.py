"""Paints a horizontal bar, its length the item's ``BarRole`` fraction, and the number beside it (dot totals)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from facilitator.ui.models.roles import BarRole
from facilitator.ui.widgets.tones import tint

BAR_CHARS = 22  # preferred bar width, in average characters


class BarDelegate(QStyledItemDelegate):
    """A bar from the left edge, proportional to ``BarRole`` (0..1), the display text right of it."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 (Qt API)
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), option.fontMetrics.averageCharWidth() * BAR_CHARS), hint.height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        fraction = float(index.data(BarRole) or 0.0)
        fm = option.fontMetrics
        pad = max(2, fm.height() // 5)
        number_width = fm.horizontalAdvance("0000") + pad
        text_rect = option.rect.adjusted(0, 0, -pad, 0)
        rect = QRectF(option.rect.adjusted(pad, pad, -pad - number_width, -pad))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tint("accent"))
        painter.drawRoundedRect(rect, pad, pad)
        if fraction > 0:
            bar = QRectF(rect.left(), rect.top(), max(rect.width() * min(fraction, 1.0), pad * 2), rect.height())
            painter.setBrush(option.palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(bar, pad, pad)
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        painter.setFont(option.font)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, option.text)
        painter.restore()
