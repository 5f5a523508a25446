"""Paints a board column's rows: theme headers (name, note count, dots) and notes as sticky cards.

Notes wrap to the column's width; quotes are italic between quotation marks,
hidden notes are greyed and say so; the table a note came from is in the corner.
Heights are cached per row and width, so long boards scroll smoothly.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from facilitator.ui.models.board_model import BoardEntry
from facilitator.ui.models.roles import RecordRole
from facilitator.ui.widgets.tones import ink, scaled, tint

_WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


class NoteDelegate(QStyledItemDelegate):
    """Delegate for one board column's QListView (the view gives the width to wrap at)."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._heights: dict[tuple[int, int], int] = {}
        view.model().modelReset.connect(self._heights.clear)

    def _note_text(self, entry: BoardEntry) -> str:
        return f"“{entry.title}”" if entry.note.is_quote else entry.title

    def _footer(self, entry: BoardEntry) -> str:
        parts = [entry.table] if entry.table else []
        if entry.note.hidden:
            parts.append(self.tr("hidden"))
        return " · ".join(parts)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 (Qt API)
        entry: BoardEntry = index.data(RecordRole)
        fm = option.fontMetrics
        line, pad = fm.lineSpacing(), max(3, fm.lineSpacing() // 3)
        width = max(self._view.viewport().width() - 2, fm.averageCharWidth() * 12)
        if entry.kind == "header":
            one_line = round(line * 2.0)
            fits = self._header_fits(option, entry, width - 2 * pad)
            return QSize(width, one_line if fits else one_line + line + pad)  # else the counts go below
        key = (index.row(), width)
        if key not in self._heights:
            font = scaled(option.font, italic=entry.note.is_quote)
            text = QFontMetrics(font).boundingRect(QRect(0, 0, width - 4 * pad, 100_000), _WRAP,
                                                   self._note_text(entry))
            footer = line if self._footer(entry) else 0
            self._heights[key] = text.height() + footer + 4 * pad
        return QSize(width, self._heights[key])

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        entry: BoardEntry = index.data(RecordRole)
        if entry is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if entry.kind == "header":
            self._paint_header(painter, option, entry)
        else:
            self._paint_note(painter, option, entry)
        painter.restore()

    def _counts(self, entry: BoardEntry) -> str:
        counts = self.tr("%n notes", "", entry.count)
        if entry.dots:
            dots = self.tr("%n dots", "", entry.dots)  # a literal call of its own: lupdate skips f-strings
            counts = f"{counts} · {dots}"
        return counts

    def _header_fits(self, option: QStyleOptionViewItem, entry: BoardEntry, width: int) -> bool:
        """Whether a theme's name and its counts fit side by side; if not, the counts go on a line below."""
        fm = option.fontMetrics
        pad = max(3, fm.lineSpacing() // 3)
        title = QFontMetrics(scaled(option.font, 1.05, bold=True)).horizontalAdvance(entry.title)
        return title + pad + fm.horizontalAdvance(self._counts(entry)) <= width

    def _paint_header(self, painter: QPainter, option: QStyleOptionViewItem, entry: BoardEntry) -> None:
        fm = option.fontMetrics
        line, pad = fm.lineSpacing(), max(3, fm.lineSpacing() // 3)
        rect = option.rect.adjusted(pad, pad * 2, -pad, 0)
        palette = option.palette
        counts = self._counts(entry)
        bold = scaled(option.font, 1.05, bold=True)
        two_lines = option.rect.height() > round(line * 2.0)  # sizeHint found no room for both on one line
        if two_lines:
            title_rect = rect.adjusted(0, 0, 0, -line - pad)
            counts_rect = rect.adjusted(0, rect.height() - line - pad, 0, -pad)
            room = rect.width()
        else:
            title_rect = counts_rect = rect
            room = rect.width() - fm.horizontalAdvance(counts) - pad
        painter.setFont(option.font)
        painter.setPen(ink("muted", palette))
        painter.drawText(counts_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(counts, Qt.TextElideMode.ElideRight, rect.width()))
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(bold).elidedText(entry.title, Qt.TextElideMode.ElideRight, room))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

    def _paint_note(self, painter: QPainter, option: QStyleOptionViewItem, entry: BoardEntry) -> None:
        fm = option.fontMetrics
        line, pad = fm.lineSpacing(), max(3, fm.lineSpacing() // 3)
        palette = option.palette
        card = option.rect.adjusted(pad, pad // 2, -pad, -pad // 2)
        painter.setPen(palette.color(QPalette.ColorRole.Highlight) if option.state & QStyle.StateFlag.State_Selected
                       else Qt.PenStyle.NoPen)
        painter.setBrush(tint("muted") if entry.note.hidden else tint("note"))
        painter.drawRoundedRect(card, pad, pad)
        inner = card.adjusted(pad, pad, -pad, -pad)
        painter.setFont(scaled(option.font, italic=entry.note.is_quote))
        painter.setPen(ink("muted", palette) if entry.note.hidden else palette.color(QPalette.ColorRole.Text))
        painter.drawText(inner, _WRAP, self._note_text(entry))
        footer = self._footer(entry)
        if footer:
            small = scaled(option.font, 0.85)
            painter.setFont(small)
            painter.setPen(ink("muted", palette))
            foot = QRect(inner.left(), inner.bottom() - line + 1, inner.width(), line)
            painter.drawText(foot, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                             QFontMetrics(small).elidedText(footer, Qt.TextElideMode.ElideLeft, inner.width()))
