"""Where the app keeps its own files: logs and backups in the user's data folder.

``FACILITATOR_DATA_DIR`` overrides the location (tests and portable installs).
"""

from __future__ import annotations

import os
from pathlib import Path

SESSION_SUFFIX = ".facilitator"


def data_dir() -> Path:
    override = os.environ.get("FACILITATOR_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir("Facilitator", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_root() -> Path:
    return data_dir() / "backups"


def locks_dir() -> Path:
    path = data_dir() / "locks"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path
