"""The app's own preferences (language, window state, recent files) in one QSettings store.

Normally the platform's place for organisation "Facilitator", app "Facilitator".
When ``FACILITATOR_DATA_DIR`` is set (tests, portable installs, the
screenshots command) the settings live beside the data in ``settings.ini``
there instead, so a test never reads or changes the user's own settings.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

ORGANISATION = "Facilitator"
APPLICATION = "Facilitator"
RECENT_LIMIT = 8


def app_settings() -> QSettings:
    """A QSettings for the app's preferences (cheap to create; make one where needed)."""
    if os.environ.get("FACILITATOR_DATA_DIR"):
        from facilitator.paths import data_dir

        return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(ORGANISATION, APPLICATION)


def _as_list(value: object) -> list[str]:
    """QSettings gives a str for a one-item list in INI files, None when unset."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value]


class RecentFiles:
    """The most recently opened session files, newest first, remembered across runs."""

    KEY = "recent_files"

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or app_settings()

    def paths(self) -> list[Path]:
        return [Path(p) for p in _as_list(self._settings.value(self.KEY))]

    def existing(self) -> list[Path]:
        """The remembered files that are still there (a USB stick may be out)."""
        return [p for p in self.paths() if p.is_file()]

    def add(self, path: Path) -> None:
        key = str(Path(path).resolve())
        rest = [p for p in _as_list(self._settings.value(self.KEY)) if p != key]
        self._settings.setValue(self.KEY, [key, *rest][:RECENT_LIMIT])
        self._settings.sync()

    def clear(self) -> None:
        self._settings.remove(self.KEY)
        self._settings.sync()
