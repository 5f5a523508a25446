"""Paints a table as a card in a grid (QListView in icon mode): no widget per table or per person.

A card shows the table's name, ♿ when it is accessible, its fill ("7/8"),
a bar per balance attribute (one coloured segment per category, its count in
it; a category outside its fair share is outlined in amber), and the people
seated, host first (★); a pinned person has a pin, people not here are
struck through, people in a broken rule are red. The head is red when a rule
is broken at the table, amber when a category is off balance. With a search
needle set on the model, matching names are marked and other cards fade.

:meth:`TableCardDelegate.person_at` finds the person under a point, for
dragging people between cards.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from facilitator.ui.models.roles import RecordRole
from facilitator.ui.models.seating_model import Mix, TableCard
from facilitator.ui.widgets.tones import ink, scaled, tint

CARD_CHARS = 28  # card width in average characters of the body font
MIX_SHARE = 0.85  # a balance bar's height, in body lines
#: Category colours, by the category's place in the room's order (readable text on each, light and dark).
PALETTE = ("#4e79a7", "#e8874b", "#59a14f", "#b07aa1", "#d4a72c", "#76b7b2", "#e15759", "#9c755f")


def category_color(index: int) -> QColor:
    return QColor(PALETTE[index % len(PALETTE)])


class TableCardDelegate(QStyledItemDelegate):
    """Cards of a fixed size: ``lines`` body lines (set from the largest table shown), ``mixes`` bars."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lines = 8
        self.mixes = 0
        self.drop_row: int | None = None  # the card a person is being dragged over

    @staticmethod
    def _metrics(fm: QFontMetrics) -> tuple[int, int]:
        line = fm.lineSpacing()
        return line, max(4, line // 2)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 (Qt API)
        fm = option.fontMetrics
        line, pad = self._metrics(fm)
        width = fm.averageCharWidth() * CARD_CHARS + 2 * pad
        mix = round(self.mixes * line * MIX_SHARE) + (pad // 2 if self.mixes else 0)
        height = round(line * 1.6) + mix + line * self.lines + 3 * pad
        return QSize(width, height)

    # -- geometry -------------------------------------------------------------------------------------------

    def _frame(self, rect: QRect, fm: QFontMetrics) -> tuple[QRect, QRect, int]:
        """(card, head, top of the first seat row) within an item rect."""
        line, pad = self._metrics(fm)
        card = rect.adjusted(pad // 2, pad // 2, -pad // 2, -pad // 2)
        head = QRect(card.left() + 1, card.top() + 1, card.width() - 2, round(line * 1.6))
        mix = round(self.mixes * line * MIX_SHARE) + (pad // 2 if self.mixes else 0)
        return card, head, head.bottom() + pad // 2 + mix + (pad // 2 if self.mixes else 0)

    def person_at(self, rect: QRect, fm: QFontMetrics, card: TableCard, point) -> int | None:
        """The participant id of the seat row under ``point`` (view coordinates), or None."""
        line, pad = self._metrics(fm)
        frame, _head, top = self._frame(rect, fm)
        if not frame.contains(point) or point.y() < top:
            return None
        row = (point.y() - top) // line
        shown = self._shown(card)
        return shown[row].person_id if 0 <= row < len(shown) else None

    def _shown(self, card: TableCard):
        return card.seats if len(card.seats) <= self.lines else card.seats[: self.lines - 1]

    # -- painting ---------------------------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        card: TableCard = index.data(RecordRole)
        if card is None:
            return
        fm = option.fontMetrics
        line, pad = self._metrics(fm)
        model = index.model()
        needle = getattr(model, "needle", "")
        palette = option.palette
        rect, head, top = self._frame(option.rect, fm)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if needle and not card.matches(needle):
            painter.setOpacity(0.3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        target = self.drop_row == index.row()
        border = palette.color(QPalette.ColorRole.Highlight) if (selected or target) else palette.color(
            QPalette.ColorRole.Mid)
        if card.tone == "bad" and not target:
            border = ink("bad")
        painter.setPen(QPen(border, 3 if target else (2 if selected or card.tone == "bad" else 1)))
        painter.setBrush(tint("accent") if target else palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, pad, pad)
        painter.fillRect(head, tint(card.tone))
        self._paint_head(painter, option, card, head.adjusted(pad, 0, -pad, 0))
        bar = QRect(rect.left() + pad, head.bottom() + pad // 2, rect.width() - 2 * pad, round(line * MIX_SHARE))
        for mix in card.mix[: self.mixes]:
            self._paint_mix(painter, option, mix, bar.adjusted(0, 1, 0, -1))
            bar.translate(0, bar.height())
        body = QRect(rect.left() + pad, top, rect.width() - 2 * pad, line)
        self._paint_body(painter, option, card, body, needle, getattr(model, "selected", None))
        painter.restore()

    def _paint_head(self, painter: QPainter, option: QStyleOptionViewItem, card: TableCard, inner: QRect) -> None:
        palette = option.palette
        fill = f"{card.fill}/{card.table.capacity}"
        marker = "♿ " if card.table.accessible else ""
        bold = scaled(option.font, 1.1, bold=True)
        painter.setFont(bold)
        painter.setPen(ink("bad") if card.over else palette.color(QPalette.ColorRole.Text))
        painter.drawText(inner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, marker + fill)
        right = QFontMetrics(bold).horizontalAdvance(marker + fill) + inner.height() // 3
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        name = card.table.name + (" ⚠" if card.problems else "")
        name = QFontMetrics(bold).elidedText(name, Qt.TextElideMode.ElideRight, inner.width() - right)
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)

    def _paint_mix(self, painter: QPainter, option: QStyleOptionViewItem, mix: Mix, box: QRect) -> None:
        """'Geslacht  [■■■■ 4|■■■■ 4]': a short label, then a segment per category, as wide as its count."""
        small = scaled(option.font, 0.8)
        fm = QFontMetrics(small)
        painter.setFont(small)
        label_w = round(fm.averageCharWidth() * 8.5)
        painter.setPen(ink("muted", option.palette))
        label = mix.label
        while label and fm.horizontalAdvance(label) > label_w - 4:  # cut short, no '…': the legend names it
            label = label[:-1]
        painter.drawText(QRect(box.left(), box.top(), label_w, box.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        bar = QRectF(box.left() + label_w, box.top(), box.width() - label_w, box.height())
        total = sum(n for _c, n in mix.counts)
        if total <= 0:
            return
        x = bar.left()
        for position, (category, count) in enumerate(mix.counts):
            if count <= 0 and category not in mix.off:
                continue
            width = bar.width() * count / total
            segment = QRectF(x, bar.top(), max(width, 3.0), bar.height())
            painter.fillRect(segment, category_color(position))
            if category in mix.off:  # hatched and outlined: this group is over or under its fair share
                painter.fillRect(segment, QBrush(QColor(255, 255, 255, 150), Qt.BrushStyle.BDiagPattern))
                painter.setPen(QPen(ink("bad"), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(segment.adjusted(1, 1, -1, -1))
            if count and fm.horizontalAdvance(str(count)) + 2 <= width:
                painter.setPen(QColor("white"))
                painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, str(count))
            x += width

    def _paint_body(self, painter: QPainter, option: QStyleOptionViewItem, card: TableCard, row: QRect,
                    needle: str, selected: int | None) -> None:
        fm = option.fontMetrics
        line, _pad = self._metrics(fm)
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
        shown = self._shown(card)
        for seat in shown:
            font = scaled(option.font, bold=seat.is_host)
            font.setStrikeOut(not seat.here)
            painter.setFont(font)
            color = text_color if seat.here else ink("muted", palette)
            if seat.flagged:
                color = ink("bad")
            if selected is not None and seat.person_id == selected:
                painter.fillRect(row, palette.color(QPalette.ColorRole.Highlight))
                color = palette.color(QPalette.ColorRole.HighlightedText)
            elif needle and needle in seat.name.casefold():
                painter.fillRect(row, tint("warn"))
            painter.setPen(color)
            text = ("★ " if seat.is_host else "") + seat.name
            room = row.width() - (line if seat.pinned else 0)
            painter.drawText(row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, room))
            if seat.pinned and not seat.is_host:
                _pin(painter, QRectF(row.right() - line * 0.8, row.top(), line * 0.8, row.height()), color)
            row.translate(0, line)
        if len(shown) < len(card.seats):
            painter.setFont(option.font)
            painter.setPen(ink("muted", palette))
            painter.drawText(row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.tr("+{count} more").format(count=len(card.seats) - len(shown)))


def _pin(painter: QPainter, box: QRectF, color: QColor) -> None:
    """A small push-pin: a round head on a needle (no emoji font needed)."""
    painter.save()
    radius = box.height() * 0.18
    centre = QPointF(box.center().x(), box.top() + box.height() * 0.38)
    painter.setPen(QPen(color, max(1.0, box.height() * 0.08)))
    painter.drawLine(centre, QPointF(centre.x(), box.bottom() - box.height() * 0.15))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink("bad"))
    painter.drawEllipse(centre, radius, radius)
    painter.restore()
