"""Paints a board column's rows: theme headers (name, note count, dots, tables) and notes as sticky cards.

Notes wrap to the column's width; quotes are italic between quotation marks,
hidden notes are greyed with a crossed-out eye (never projected); the table
a note came from is in the corner, its category (in the theme layout) on the
left. The row a drag would drop on is outlined. Heights are cached by text
and width, so a board of thousands of notes re-lays out and scrolls smoothly.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from facilitator.ui.models.board_model import BoardEntry
from facilitator.ui.models.roles import RecordRole
from facilitator.ui.widgets.tones import ink, scaled, tint

_WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
_CACHE_LIMIT = 50_000
_HEIGHTS: dict[tuple, int] = {}  # (text, quote, footer, width, line height) -> row height


class NoteDelegate(QStyledItemDelegate):
    """Delegate for one board column's QListView (the view gives the width to wrap at, and the drop row)."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._heights = _HEIGHTS  # shared by every column: a layout switch or a new column measures nothing twice

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
            if self._header_fits(option, entry, width - 2 * pad):
                return QSize(width, one_line)
            return QSize(width, self._title_height(option, entry, width - 2 * pad) + line + pad * 4)
        footer = bool(self._footer(entry) or entry.category)
        key = (entry.title, entry.note.is_quote, footer, width, line)
        height = self._heights.get(key)
        if height is None:
            font = scaled(option.font, italic=entry.note.is_quote)
            text = QFontMetrics(font).boundingRect(QRect(0, 0, width - 4 * pad, 100_000), _WRAP,
                                                   self._note_text(entry))
            height = text.height() + (line if footer else 0) + 4 * pad
            if len(self._heights) > _CACHE_LIMIT:
                self._heights.clear()
            self._heights[key] = height
        return QSize(width, height)

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
        if getattr(self._view, "drop_row", None) == index.row():
            pen = QPen(ink("accent"), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(tint("accent"))
            painter.drawRoundedRect(QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5), 4, 4)
        painter.restore()

    def _counts(self, entry: BoardEntry) -> str:
        counts = self.tr("%n notes", "", entry.count)
        if entry.dots:
            dots = self.tr("%n dots", "", entry.dots)  # a literal call of its own: lupdate skips f-strings
            counts = f"{counts} · {dots}"
        if entry.tables:
            counts = f"{counts} · {entry.tables}"
        elif entry.table_count:
            spread = self.tr("%n tables", "", entry.table_count)
            counts = f"{counts} · {spread}"
        return counts

    def _header_fits(self, option: QStyleOptionViewItem, entry: BoardEntry, width: int) -> bool:
        """Whether a theme's name and its counts fit side by side; if not, the counts go on a line below."""
        fm = option.fontMetrics
        pad = max(3, fm.lineSpacing() // 3)
        title = QFontMetrics(scaled(option.font, 1.05, bold=True)).horizontalAdvance(entry.title)
        return title + pad + fm.horizontalAdvance(self._counts(entry)) <= width

    def _title_height(self, option: QStyleOptionViewItem, entry: BoardEntry, width: int) -> int:
        """The height of a theme's name wrapped to ``width`` (at most three lines; the rest is elided)."""
        bold = QFontMetrics(scaled(option.font, 1.05, bold=True))
        key = ("header", entry.title, width, bold.lineSpacing())
        if key not in self._heights:
            lines = bold.boundingRect(QRect(0, 0, width, 100_000), _WRAP, entry.title).height() // bold.lineSpacing()
            self._heights[key] = bold.lineSpacing() * max(1, min(3, lines))
        return self._heights[key]

    def _paint_header(self, painter: QPainter, option: QStyleOptionViewItem, entry: BoardEntry) -> None:
        fm = option.fontMetrics
        line, pad = fm.lineSpacing(), max(3, fm.lineSpacing() // 3)
        palette = option.palette
        rect = option.rect.adjusted(pad, pad * 2, -pad, 0)
        counts = self._counts(entry)
        bold = scaled(option.font, 1.05, bold=True)
        stacked = option.rect.height() > round(line * 2.0)  # sizeHint found no room for both on one line
        painter.setFont(option.font)
        painter.setPen(ink("muted", palette))
        counts_rect = rect.adjusted(0, rect.height() - line - pad, 0, -pad) if stacked else rect
        painter.drawText(counts_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(counts, Qt.TextElideMode.ElideRight, rect.width()))
        painter.setFont(scaled(bold, italic=entry.theme_id is None))
        painter.setPen(ink("muted", palette) if entry.theme_id is None else palette.color(QPalette.ColorRole.Text))
        if stacked:  # the name wraps over up to three lines, the counts go below
            title_rect = rect.adjusted(0, 0, 0, -line - pad)
            painter.drawText(title_rect, _WRAP, entry.title)
        else:
            room = rect.width() - fm.horizontalAdvance(counts) - pad
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             QFontMetrics(bold).elidedText(entry.title, Qt.TextElideMode.ElideRight, room))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

    def _paint_note(self, painter: QPainter, option: QStyleOptionViewItem, entry: BoardEntry) -> None:
        fm = option.fontMetrics
        line, pad = fm.lineSpacing(), max(3, fm.lineSpacing() // 3)
        palette = option.palette
        hidden = entry.note.hidden
        card = option.rect.adjusted(pad, pad // 2, -pad, -pad // 2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(ink("accent"), 2) if selected else Qt.PenStyle.NoPen)
        painter.setBrush(tint("muted") if hidden else tint("note"))
        painter.drawRoundedRect(card, pad, pad)
        inner = card.adjusted(pad, pad, -pad, -pad)
        painter.setFont(scaled(option.font, italic=entry.note.is_quote))
        painter.setPen(ink("muted", palette) if hidden else palette.color(QPalette.ColorRole.Text))
        painter.drawText(inner, _WRAP, self._note_text(entry))
        footer = self._footer(entry)
        if not (footer or entry.category):
            return
        small = scaled(option.font, 0.85)
        small_fm = QFontMetrics(small)
        painter.setFont(small)
        painter.setPen(ink("muted", palette))
        foot = QRect(inner.left(), inner.bottom() - line + 1, inner.width(), line)
        right = small_fm.horizontalAdvance(footer) if footer else 0
        if hidden:
            icon = QRectF(foot.left(), foot.center().y() - line * 0.3, line * 0.9, line * 0.6)
            _crossed_eye(painter, icon, ink("muted", palette))
            foot = foot.adjusted(round(line * 1.1), 0, 0, 0)
        room = foot.width() - right - pad * 2
        if entry.category and room >= small_fm.horizontalAdvance(entry.category[:4] + "…"):
            painter.setPen(ink("accent"))
            painter.drawText(foot, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                             small_fm.elidedText(entry.category, Qt.TextElideMode.ElideRight, room))
            painter.setPen(ink("muted", palette))
        if footer:
            painter.drawText(foot, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                             small_fm.elidedText(footer, Qt.TextElideMode.ElideLeft, foot.width()))


def _crossed_eye(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    """A small eye with a stroke through it: this note is kept off the projector."""
    painter.save()
    painter.setPen(QPen(colour, 1.2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(rect)
    radius = rect.height() * 0.25
    painter.setBrush(colour)
    painter.drawEllipse(rect.center(), radius, radius)
    painter.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.top()))
    painter.restore()
