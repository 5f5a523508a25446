"""The projector's look: a few colours for a dark room and fonts sized from the screen, never fixed.

Every size here is a fraction of the painted area's height (in logical
pixels), so a frame looks the same on a 1280×720 window, a 1920×1080 beamer
and a 4K screen at scale factor 2: Qt maps logical to device pixels.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QPainter

from facilitator.core.projection_frame import Phase

BACKGROUND = QColor("#0b0c0e")
BLACK = QColor("#000000")
INK = QColor("#f5f5f2")  # white, a touch softer than pure white on a beamer
SECONDARY = QColor("#b4b9c1")
DIM = QColor("#7d838c")
FAINT = QColor("#4f545c")
RULE = QColor("#24272d")
ACCENT = QColor("#5b9bff")
CURRENT_BAND = QColor("#172131")
SHIFT = QColor("#e0a43a")  # a projected start that moved: amber, quieter than the timer's warning
PHASE_INK = {
    Phase.NORMAL: INK,
    Phase.WARNING: QColor("#ffb000"),
    Phase.OVER: QColor("#ff4a3d"),
}
PAUSED_INK = QColor("#8d939c")


def base_font(weight: QFont.Weight = QFont.Weight.Normal, pixels: float = 10) -> QFont:
    """The app's font family at ``pixels`` logical pixels (a fraction of the screen, see the module)."""
    font = QFont(QGuiApplication.font())
    font.setWeight(weight)
    font.setPixelSize(max(1, round(pixels)))
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # huge text: outlines, not the pixel grid
    return font


def draw_line(painter: QPainter, rect: QRectF, text: str, font: QFont, color: QColor,
              align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter) -> None:
    """One line of text in ``rect``, elided with '…' when it does not fit."""
    painter.setFont(font)
    painter.setPen(color)
    elided = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), elided)
