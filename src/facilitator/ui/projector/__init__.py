"""The projector screen: the audience's window (agenda, timer, message, black), its painters and the chime.

The frame it shows is :class:`facilitator.core.projection_frame.ProjectorFrame`
(no Qt there); a new mode is a painter added in :mod:`.painters`.
"""

from facilitator.core.projection_frame import Countdown, ProgrammeRow, ProjectorFrame, ProjectorMode, RowState
from facilitator.ui.projector.chime import MUTED_SETTING, Chime
from facilitator.ui.projector.window import ProjectorWindow

__all__ = [
    "MUTED_SETTING", "Chime", "Countdown", "ProgrammeRow", "ProjectorFrame", "ProjectorMode", "ProjectorWindow",
    "RowState",
]
