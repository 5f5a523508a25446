"""The few colours the screens use to say something (present, warning, break, sticky note), theme-aware.

Tints are translucent so they read on a light and a dark palette alike; text
colours come from the palette except where the colour itself is the message.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget

_TINTS = {
    "good": QColor(46, 160, 67, 48),
    "warn": QColor(230, 150, 0, 60),
    "bad": QColor(220, 50, 47, 55),
    "break": QColor(90, 140, 200, 38),
    "accent": QColor(70, 110, 200, 45),
    "note": QColor(255, 214, 64, 110),
    "muted": QColor(128, 128, 128, 40),
}

_INKS = {
    "good": QColor(30, 120, 50),
    "warn": QColor(170, 95, 0),
    "bad": QColor(190, 35, 35),
    "accent": QColor(50, 90, 180),
}


def tint(tone: str) -> QColor:
    """A translucent background for a row, chip or card of this tone."""
    return QColor(_TINTS[tone])


def ink(tone: str, palette: QPalette | None = None) -> QColor:
    """Text colour of a tone; "muted" is the palette's placeholder grey."""
    if tone == "muted":
        return (palette or QPalette()).color(QPalette.ColorRole.PlaceholderText)
    return QColor(_INKS[tone])


def scaled(font: QFont, factor: float = 1.0, *, bold: bool = False, italic: bool = False) -> QFont:
    """``font`` at ``factor`` times its point size (never pixels), optionally bold/italic."""
    result = QFont(font)
    if result.pointSizeF() > 0:
        result.setPointSizeF(result.pointSizeF() * factor)
    result.setBold(bold or result.bold())
    result.setItalic(italic or result.italic())
    return result


def heading(text: str, parent: QWidget | None = None, factor: float = 1.25) -> QLabel:
    """A bold section heading, larger than body text."""
    label = QLabel(text, parent)
    label.setFont(scaled(label.font(), factor, bold=True))
    return label


def muted(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A secondary line (explanations, empty states) in the palette's placeholder grey."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    pal = label.palette()
    pal.setColor(QPalette.ColorRole.WindowText, ink("muted", pal))
    label.setPalette(pal)
    return label
