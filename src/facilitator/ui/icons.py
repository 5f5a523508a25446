"""The app's icons, loaded from the shipped SVG files (sharp at every scale factor)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from facilitator.assets import resource


@cache
def app_icon() -> QIcon:
    return QIcon(str(resource("icons", "facilitator.svg")))
