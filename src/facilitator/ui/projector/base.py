"""The one thing every projector mode is: a painter that draws a frame and says when its picture changes."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from facilitator.core.projection_frame import ProjectorFrame


class Painter:
    """Draws one mode of the projector. Stateless: everything it shows comes from the frame and ``now``.

    A mode is a subclass with its ``mode`` name, registered in
    :mod:`facilitator.ui.projector.painters`. ``paint`` fills the whole
    ``rect`` (the window paints nothing else). ``next_change`` tells the
    window when the picture changes by itself (a countdown's next second);
    the default, None, means only a new frame changes it, so the window
    does not repaint at all in between.
    """

    mode: ClassVar[str]

    def paint(self, painter: QPainter, rect: QRectF, frame: ProjectorFrame, now: float) -> None:
        raise NotImplementedError

    def next_change(self, frame: ProjectorFrame, now: float) -> float | None:
        return None
