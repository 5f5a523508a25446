"""The chair's big countdown: time left (or '+03:12' over time) in digits that fill their box and never jitter."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator.ui.projector.timer import digit_layout
from facilitator.ui.widgets.tones import ink

#: The look of the digits: counting down, near the end, over time, stopped (paused, or before the day).
TONES = ("normal", "warn", "over", "stopped")


class CountdownDisplay(QWidget):
    """Digits such as '04:12' or '+03:12', as large as the box allows, in the colour of their tone.

    The digits sit in fixed cells (the projector's :class:`DigitLayout`), so
    '11:11' and '00:00' are equally wide and nothing shifts each second.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = "00:00"
        self._tone = "stopped"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(self.fontMetrics().height() * 2)

    @property
    def text(self) -> str:
        return self._text

    @property
    def tone(self) -> str:
        return self._tone

    def set_time(self, text: str, tone: str) -> None:
        if tone not in TONES:
            raise ValueError(f"unknown tone {tone!r}")
        if (text, tone) != (self._text, self._tone):
            self._text, self._tone = text, tone
            self.update()

    def colour(self) -> QColor:
        if self._tone == "stopped":
            return ink("muted", self.palette())
        if self._tone == "normal":
            return self.palette().color(QPalette.ColorRole.WindowText)
        return ink("warn" if self._tone == "warn" else "bad")

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        line = self.fontMetrics().height()
        return QSize(line * 16, line * 7)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        layout = digit_layout()
        rect = self.rect()
        scale, squeeze = layout.fit(self._text, rect.width() * 0.96, rect.height() * 0.72)
        painter.setPen(self.colour())
        layout.draw(painter, self._text, QPointF(rect.center().x(), rect.center().y()), scale, squeeze)
        painter.end()
