"""Paints a table as a card in a grid (QListView in icon mode): no widget per table or per person.

A card shows the table's name, ♿ when it is accessible, its fill ("7/8") and the
people seated, host first (★); people not here are struck through. With a
search needle set on the model, matching names are marked and other cards fade.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from facilitator.ui.models.roles import RecordRole
from facilitator.ui.models.seating_model import TableCard
from facilitator.ui.widgets.tones import ink, scaled, tint

CARD_CHARS = 26  # card width in average characters of the body font


class TableCardDelegate(QStyledItemDelegate):
    """Cards of a fixed size: ``lines`` body lines (set from the largest table shown)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lines = 8

    def _metrics(self, option: QStyleOptionViewItem) -> tuple[QFontMetrics, int, int]:
        fm = option.fontMetrics
        line = fm.lineSpacing()
        return fm, line, max(4, line // 2)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 (Qt API)
        fm, line, pad = self._metrics(option)
        width = fm.averageCharWidth() * CARD_CHARS + 2 * pad
        height = round(line * 1.6) + line * self.lines + 3 * pad
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        card: TableCard = index.data(RecordRole)
        if card is None:
            return
        fm, line, pad = self._metrics(option)
        needle = getattr(index.model(), "needle", "")
        palette = option.palette
        rect = option.rect.adjusted(pad // 2, pad // 2, -pad // 2, -pad // 2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if needle and not card.matches(needle):
            painter.setOpacity(0.3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        border = palette.color(QPalette.ColorRole.Highlight) if selected else palette.color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, pad, pad)
        head = QRect(rect.left() + 1, rect.top() + 1, rect.width() - 2, round(line * 1.6))
        over = card.fill > card.table.capacity
        painter.fillRect(head, tint("bad" if over else "accent"))
        inner = head.adjusted(pad, 0, -pad, 0)
        fill = f"{card.fill}/{card.table.capacity}"
        marker = "♿ " if card.table.accessible else ""
        bold = scaled(option.font, 1.1, bold=True)
        painter.setFont(bold)
        painter.setPen(ink("bad") if over else palette.color(QPalette.ColorRole.Text))
        painter.drawText(inner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, marker + fill)
        right = QFontMetrics(bold).horizontalAdvance(marker + fill) + pad
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        name = QFontMetrics(bold).elidedText(card.table.name, Qt.TextElideMode.ElideRight, inner.width() - right)
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        body = QRect(rect.left() + pad, head.bottom() + pad // 2, rect.width() - 2 * pad, line)
        self._paint_body(painter, option, card, body, needle)
        painter.restore()

    def _paint_body(self, painter: QPainter, option: QStyleOptionViewItem, card: TableCard, row: QRect,
                    needle: str) -> None:
        fm, line, _pad = self._metrics(option)
        palette = option.palette
        text_color = palette.color(QPalette.ColorRole.Text)
        if not card.seats:
            lines = [self.tr("Host: {name}").format(name=card.host) if card.host else self.tr("No host"),
                     self.tr("Capacity: {count}").format(count=card.table.capacity)]
            painter.setFont(option.font)
            painter.setPen(ink("muted", palette))
            for text in lines:
                painter.drawText(row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 fm.elidedText(text, Qt.TextElideMode.ElideRight, row.width()))
                row.translate(0, line)
            return
        shown = card.seats if len(card.seats) <= self.lines else card.seats[: self.lines - 1]
        for seat in shown:
            font = scaled(option.font, bold=seat.is_host)
            font.setStrikeOut(not seat.here)
            painter.setFont(font)
            if needle and needle in seat.name.casefold():
                painter.fillRect(row, tint("warn"))
            painter.setPen(text_color if seat.here else ink("muted", palette))
            text = ("★ " if seat.is_host else "") + seat.name
            painter.drawText(row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, row.width()))
            row.translate(0, line)
        if len(shown) < len(card.seats):
            painter.setFont(option.font)
            painter.setPen(ink("muted", palette))
            painter.drawText(row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.tr("+{count} more").format(count=len(card.seats) - len(shown)))
