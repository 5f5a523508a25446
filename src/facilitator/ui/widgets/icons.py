"""Icons drawn in code (the app ships no icon theme yet): a pin for pinned start times."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QStyle


@cache
def pin_icon() -> QIcon:
    """A red push pin, drawn large and scaled down by QIcon."""
    size = 64
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    needle = QPen(QColor(90, 90, 90), 5)
    needle.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(needle)
    painter.drawLine(QPointF(30, 34), QPointF(12, 58))
    painter.setPen(QPen(QColor(140, 20, 20), 3))
    painter.setBrush(QColor(215, 45, 45))
    painter.drawEllipse(QRectF(24, 4, 34, 34))
    painter.setBrush(QColor(255, 255, 255, 150))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QRectF(32, 11, 10, 10))
    painter.end()
    return QIcon(pixmap)


def warning_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
