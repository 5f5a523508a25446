"""Whether Qt can open a window here, said in one line before Qt aborts with its own message.

Imported by the commands before Qt starts, so it imports no Qt itself.
"""

from __future__ import annotations

import ctypes.util
import os
import sys


def window_problem() -> str | None:
    """Why a real window can't open on this machine, or None when it can (or we can't tell)."""
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return (
            "no display found (DISPLAY and WAYLAND_DISPLAY are not set): start Facilitator on a desktop; "
            "'facilitator smoke' and 'facilitator screenshots' work without one"
        )
    if not os.environ.get("WAYLAND_DISPLAY") and ctypes.util.find_library("xcb-cursor") is None:
        return (
            "Qt needs the system library libxcb-cursor0 to open a window on X11: "
            "install it (sudo apt install libxcb-cursor0) and start Facilitator again"
        )
    return None


def offscreen_unless_display() -> None:
    """Let a headless command render offscreen when there is no display to show it on."""
    if window_problem() is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
