"""The message mode (a line of text the chair types, large and wrapped to balanced lines) and the black screen."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from facilitator.core.projection_frame import ProjectorFrame, ProjectorMode
from facilitator.ui.projector import style
from facilitator.ui.projector.base import Painter

# Text size as a fraction of the height: a short "Nog 5 minuten" is large but calm; long text shrinks to fit.
MAX_SIZE = 0.13
MIN_SIZE = 0.035
_FLAGS = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)


def message_font(text: str, area: QRectF, height: float) -> QFont:
    """The font for ``text`` in ``area``: large (MAX_SIZE of ``height``), smaller to keep the typed lines whole.

    Each line the chair typed stays one line if that costs at most a third of
    the size; otherwise the text wraps at the largest size (down to MIN_SIZE)
    at which it fits.
    """
    size = MAX_SIZE * height
    font = style.base_font(QFont.Weight.DemiBold, size)
    metrics = QFontMetricsF(font)
    lines = text.splitlines() or [text]
    widest = max(metrics.horizontalAdvance(line) for line in lines)
    whole = min(size, size * area.width() / max(widest, 1.0),
                size * area.height() / (len(lines) * metrics.lineSpacing()))
    while whole >= size * 0.67:  # glyph widths do not scale exactly: check the lines really stay whole
        font.setPixelSize(max(1, int(whole)))
        needed = QFontMetricsF(font).boundingRect(area, _FLAGS, text)
        if needed.height() <= len(lines) * QFontMetricsF(font).lineSpacing() + 1 and needed.width() <= area.width():
            return font
        whole *= 0.97
    while size > MIN_SIZE * height:
        font.setPixelSize(max(1, round(size)))
        needed = QFontMetricsF(font).boundingRect(area, _FLAGS, text)
        if needed.width() <= area.width() and needed.height() <= area.height():
            break
        size *= 0.93
    return font


def balanced_width(text: str, font: QFont, area: QRectF) -> float:
    """The narrowest width that wraps ``text`` into no more lines than ``area``'s width does: even lines."""
    metrics = QFontMetricsF(font)

    def fits(width: float) -> bool:
        needed = metrics.boundingRect(QRectF(area.left(), area.top(), width, area.height()), _FLAGS, text)
        return needed.height() <= lines and needed.width() <= width

    lines = metrics.boundingRect(area, _FLAGS, text).height()
    narrow, wide = area.width() * 0.3, area.width()
    for _ in range(12):
        middle = (narrow + wide) / 2
        narrow, wide = (narrow, middle) if fits(middle) else (middle, wide)
    return min(area.width(), wide * 1.04)  # room for the painter's own rounding of glyph widths


class MessagePainter(Painter):
    mode = ProjectorMode.MESSAGE

    def paint(self, painter: QPainter, rect: QRectF, frame: ProjectorFrame, now: float) -> None:
        painter.fillRect(rect, style.BACKGROUND)
        height, width = rect.height(), rect.width()
        if frame.meeting_title:
            title = QRectF(rect.left() + width * 0.05, rect.top() + height * 0.045, width * 0.9, height * 0.085)
            style.draw_line(painter, title, frame.meeting_title, style.base_font(QFont.Weight.Medium, height * 0.05),
                            style.DIM)
        area = rect.adjusted(width * 0.08, height * 0.16, -width * 0.08, -height * 0.12)
        text = frame.message.strip()
        if not text:
            return
        font = message_font(text, area, height)
        even = balanced_width(text, font, area)
        box = QRectF(area.center().x() - even / 2, area.top(), even, area.height())
        painter.setFont(font)
        painter.setPen(style.INK)
        painter.drawText(box, _FLAGS, text)


class BlackPainter(Painter):
    mode = ProjectorMode.BLACK

    def paint(self, painter: QPainter, rect: QRectF, frame: ProjectorFrame, now: float) -> None:
        painter.fillRect(rect, style.BLACK)
