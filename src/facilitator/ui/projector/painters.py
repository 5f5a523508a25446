"""The one place the projector's modes are listed: a new mode is a Painter subclass added to PAINTERS."""

from __future__ import annotations

from facilitator.ui.projector.agenda import AgendaPainter
from facilitator.ui.projector.base import Painter
from facilitator.ui.projector.message import BlackPainter, MessagePainter
from facilitator.ui.projector.notes import ThemesPainter, VotesPainter
from facilitator.ui.projector.seating import TablesPainter, WherePainter
from facilitator.ui.projector.timer import TimerPainter

PAINTERS: dict[str, type[Painter]] = {
    painter.mode: painter for painter in (AgendaPainter, TimerPainter, MessagePainter, BlackPainter, WherePainter,
                                          TablesPainter, ThemesPainter, VotesPainter)
}


def painter_for(mode: str) -> Painter:
    """A painter for ``mode``; an unknown mode paints black (the room never sees a half-drawn screen)."""
    return PAINTERS.get(mode, BlackPainter)()
