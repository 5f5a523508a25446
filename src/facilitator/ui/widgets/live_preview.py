"""A small picture of what the room sees: the projector's frame painted by the projector's own painters, at 16:9."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator.core.clock import Clock
from facilitator.core.projection_frame import ProjectorFrame, ProjectorMode
from facilitator.ui.projector.painters import painter_for


class ProjectorPreview(QWidget):
    """The current :class:`ProjectorFrame` in miniature; paints only when told (a new frame, a new second)."""

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.frame = ProjectorFrame(mode=ProjectorMode.BLACK)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_frame(self, frame: ProjectorFrame) -> None:
        self.frame = frame
        self.update()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.setFixedHeight(self.width() * 9 // 16)  # always 16:9, as wide as the layout makes it
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        width = self.fontMetrics().averageCharWidth() * 40
        return QSize(width, width * 9 // 16)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.black)
        width = min(self.width(), self.height() * 16 / 9)
        height = width * 9 / 16
        box = QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)
        try:
            painter_for(self.frame.mode).paint(painter, box, self.frame, self.clock.now())
        finally:
            painter.end()
