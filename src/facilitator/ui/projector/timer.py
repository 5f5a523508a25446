"""The timer mode: the item (and step) title above a huge countdown that changes colour near and past the end."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from facilitator.core.projection_frame import Phase, ProjectorFrame, ProjectorMode
from facilitator.ui.projector import style
from facilitator.ui.projector.base import Painter

# Sizes as fractions of the height (digits: their ink, from the top of a '0' to its foot).
DIGIT_HEIGHT = 0.42
DIGIT_WIDTH = 0.94  # of the width: the most the digits may take
DIGIT_CENTRE = 0.54
# On a narrow screen (4:3, 16:10) the digits are narrowed up to this much before they are made smaller.
MOST_SQUEEZE = 0.75
_REFERENCE = 200  # pixel size the layout is measured at, then scaled
_GAP = 0.08  # em between digit cells
_SIGN_SCALE = 0.6  # the '+' of an overrun is smaller than the digits


class DigitLayout:
    """Puts countdown characters in fixed cells, so the digits never shift sideways as they change.

    Every digit gets the cell of the widest one, whatever the font's own
    spacing (not every font has tabular figures); colons are narrow, the
    sign of an overrun smaller. Measured once at a reference size, then scaled.
    """

    def __init__(self, font: QFont) -> None:
        self.font = QFont(font)
        self.font.setPixelSize(_REFERENCE)
        metrics = QFontMetricsF(self.font)
        self._ink = {c: metrics.tightBoundingRect(c) for c in "0123456789:+"}
        gap = _GAP * _REFERENCE
        digits = max(self._ink[c].width() for c in "0123456789")
        self._cells = {c: digits + gap for c in "0123456789"}
        self._cells[":"] = self._ink[":"].width() + 2 * gap
        self._cells["+"] = self._ink["+"].width() * _SIGN_SCALE + gap
        digit_ink = metrics.tightBoundingRect("0123456789")
        self.ink_top, self.ink_height = digit_ink.top(), digit_ink.height()

    def width(self, text: str) -> float:
        """Width of ``text`` at the reference size."""
        return sum(self._cells[c] for c in text)

    def fit(self, text: str, width: float, height: float) -> tuple[float, float]:
        """(scale, squeeze): the size at which ``text`` fills width × height (height: the digits' ink),
        narrowed by ``squeeze`` (down to MOST_SQUEEZE) where the width would otherwise make it smaller."""
        tall = height / max(self.ink_height, 1.0)
        natural = self.width(text) * tall
        squeeze = max(MOST_SQUEEZE, min(1.0, width / max(natural, 1.0)))
        return min(tall, width / max(self.width(text) * squeeze, 1.0)), squeeze

    def draw(self, painter: QPainter, text: str, centre: QPointF, scale: float, squeeze: float = 1.0) -> None:
        """Draw ``text`` at ``scale``, narrowed by ``squeeze``, its digits' ink centred on ``centre``."""
        size = _REFERENCE * scale
        font = QFont(self.font)
        font.setPixelSize(max(1, round(size)))
        sign = QFont(self.font)
        sign.setPixelSize(max(1, round(size * _SIGN_SCALE)))
        real = font.pixelSize() / _REFERENCE  # pixel sizes are whole numbers: place by the size really used
        baseline = centre.y() - (self.ink_top + self.ink_height / 2) * real
        painter.save()
        painter.translate(centre.x(), 0)
        painter.scale(squeeze, 1.0)
        x = -self.width(text) * real / 2
        for char in text:
            cell = self._cells[char] * real
            ink = self._ink[char]
            if char == "+":  # smaller, and centred on the digits' ink
                glyph = ink.width() * _SIGN_SCALE * real
                painter.setFont(sign)
                y = centre.y() - (ink.top() + ink.height() / 2) * _SIGN_SCALE * real
                painter.drawText(QPointF(x + (cell - glyph) / 2 - ink.left() * _SIGN_SCALE * real, y), char)
            else:
                painter.setFont(font)
                painter.drawText(QPointF(x + (cell - ink.width() * real) / 2 - ink.left() * real, baseline), char)
            x += cell
        painter.restore()


@lru_cache(maxsize=4)
def _layout(family: str, weight: int) -> DigitLayout:
    font = style.base_font(QFont.Weight(weight))
    font.setFamily(family)
    return DigitLayout(font)


def digit_layout() -> DigitLayout:
    font = style.base_font(QFont.Weight.DemiBold)
    return _layout(font.family(), font.weight().value)


class TimerPainter(Painter):
    mode = ProjectorMode.TIMER

    def paint(self, painter: QPainter, rect: QRectF, frame: ProjectorFrame, now: float) -> None:
        painter.fillRect(rect, style.BACKGROUND)
        height, width = rect.height(), rect.width()
        margin = width * 0.05
        line = QRectF(rect.left() + margin, rect.top() + height * 0.045, width - 2 * margin, height * 0.085)
        if frame.item_title:
            style.draw_line(painter, line, frame.item_title, style.base_font(QFont.Weight.Medium, height * 0.06),
                            style.SECONDARY)
            line.translate(0, height * 0.085)
        if frame.step_name:
            style.draw_line(painter, line, frame.step_name, style.base_font(QFont.Weight.DemiBold, height * 0.06),
                            style.INK)

        countdown = frame.countdown
        if countdown is None:
            return
        phase = countdown.phase(now)
        colour = style.PAUSED_INK if countdown.paused else style.PHASE_INK[phase]
        text = countdown.digits(now)
        layout = digit_layout()
        scale, squeeze = layout.fit(text, width * DIGIT_WIDTH, height * DIGIT_HEIGHT)
        painter.setPen(colour)
        layout.draw(painter, text, QPointF(rect.center().x(), rect.top() + height * DIGIT_CENTRE), scale, squeeze)

        status = QRectF(rect.left() + margin, rect.top() + height * 0.80, width - 2 * margin, height * 0.09)
        if countdown.paused:
            self._paused(painter, status, height)
        elif phase is Phase.OVER:
            style.draw_line(painter, status, QCoreApplication.translate("Projector", "Time is up"),
                            style.base_font(QFont.Weight.DemiBold, height * 0.06), style.PHASE_INK[Phase.OVER])
        self._progress(painter, rect, countdown.elapsed_fraction(now), colour)

    def next_change(self, frame: ProjectorFrame, now: float) -> float | None:
        return frame.countdown.next_change(now) if frame.countdown is not None else None

    @staticmethod
    def _paused(painter: QPainter, area: QRectF, height: float) -> None:
        """A pause sign (two bars) and the word, centred together."""
        font = style.base_font(QFont.Weight.DemiBold, height * 0.06)
        text = QCoreApplication.translate("Projector", "Paused")
        metrics = QFontMetricsF(font)
        bar_h = metrics.capHeight() * 1.05
        bar_w, gap = bar_h * 0.28, bar_h * 0.22
        sign_w = 2 * bar_w + gap
        total = sign_w + bar_h * 0.6 + metrics.horizontalAdvance(text)
        left = area.center().x() - total / 2
        top = area.center().y() - bar_h / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.INK)
        for offset in (0, bar_w + gap):
            painter.drawRoundedRect(QRectF(left + offset, top, bar_w, bar_h), bar_w * 0.2, bar_w * 0.2)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setFont(font)
        painter.setPen(style.INK)
        baseline = area.center().y() + metrics.capHeight() / 2
        painter.drawText(QPointF(left + sign_w + bar_h * 0.6, baseline), text)

    @staticmethod
    def _progress(painter: QPainter, rect: QRectF, fraction: float | None, colour) -> None:
        """A thin line along the bottom: how much of the item or step has gone."""
        if fraction is None:
            return
        height = rect.height()
        margin = rect.width() * 0.05
        track = QRectF(rect.left() + margin, rect.bottom() - height * 0.045, rect.width() - 2 * margin, height * 0.01)
        radius = track.height() / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.RULE)
        painter.drawRoundedRect(track, radius, radius)
        if fraction > 0:
            done = QRectF(track.left(), track.top(), max(track.height(), track.width() * fraction), track.height())
            painter.setBrush(colour)
            painter.drawRoundedRect(done, radius, radius)
        painter.setBrush(Qt.BrushStyle.NoBrush)
