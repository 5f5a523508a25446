"""Whether Qt can open a window here, said in one line before Qt aborts with its own message.

Imported by the commands before Qt starts, so it imports no Qt itself.
"""

from __future__ import annotations

import ctypes.util
import os
import sys


#: Libraries Qt's X11 (xcb) platform plugin loads, with the Debian/Ubuntu package of each.
#: Qt's own error names only the first; we name every one that is missing.
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-randr": "libxcb-randr0",
    "xcb-xfixes": "libxcb-xfixes0",
    "xcb-sync": "libxcb-sync1",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "X11-xcb": "libx11-xcb1",
}


def missing_xcb_packages() -> list[str]:
    """System packages the xcb plugin needs that this machine lacks."""
    return [package for name, package in XCB_LIBRARIES.items() if ctypes.util.find_library(name) is None]


def window_problem() -> str | None:
    """Why a real window can't open on this machine, or None when it can (or we can't tell)."""
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return (
            "no display found (DISPLAY and WAYLAND_DISPLAY are not set): start Facilitator on a desktop; "
            "'facilitator smoke' and 'facilitator screenshots' work without one"
        )
    missing = [] if os.environ.get("WAYLAND_DISPLAY") else missing_xcb_packages()
    if missing:
        return (
            f"Qt needs system libraries to open a window on X11 that are missing here: install them "
            f"(sudo apt install {' '.join(missing)}) and start Facilitator again"
        )
    return None


def offscreen_unless_display() -> None:
    """Let a headless command render offscreen when there is no display to show it on."""
    if window_problem() is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
