"""Rotating backups of session files, made with SQLite's backup API.

Backups live in the user's data folder, one folder per session file (named
after the file and a hash of its full path), newest kept, oldest dropped.
They are never written over the session file itself: restoring makes a new
file beside it.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from facilitator.paths import SESSION_SUFFIX, backups_root

KEEP = 12  # at open and every 10 minutes: two hours of a running day
_STAMP = "%Y%m%d-%H%M%S-%f"  # microseconds: names sort in time order


@dataclass(frozen=True)
class Backup:
    path: Path
    created: datetime
    reason: str
    size: int


def folder_for(session_path: Path, root: Path | None = None) -> Path:
    resolved = Path(session_path).resolve()
    digest = hashlib.sha1(str(resolved).encode("utf-8")).hexdigest()[:10]
    return (root or backups_root()) / f"{resolved.stem}-{digest}"


def copy_database(source: Path, target: Path) -> Path:
    """Copy a live SQLite file consistently (never a plain file copy) via a temp file."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(partial)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")  # a copy is a single self-contained file
    finally:
        dst.close()
        src.close()
    partial.replace(target)
    return target


def make_backup(session_path: Path, *, reason: str = "auto", keep: int = KEEP, root: Path | None = None) -> Path:
    """Back up ``session_path`` now and drop all but the newest ``keep`` backups."""
    folder = folder_for(session_path, root)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime(_STAMP)
    target = folder / f"{stamp}_{reason}{SESSION_SUFFIX}"
    copy_database(session_path, target)
    for old in list_backups(session_path, root)[keep:]:
        old.path.unlink(missing_ok=True)
    return target


def list_backups(session_path: Path, root: Path | None = None) -> list[Backup]:
    """Backups of this session file, newest first."""
    folder = folder_for(session_path, root)
    found: list[Backup] = []
    for path in folder.glob(f"*{SESSION_SUFFIX}"):
        stamp, _, reason = path.stem.partition("_")
        try:
            created = datetime.strptime(stamp, _STAMP)
        except ValueError:
            continue
        found.append(Backup(path, created, reason, path.stat().st_size))
    return sorted(found, key=lambda b: b.created, reverse=True)


def restore_copy(backup: Backup, session_path: Path) -> Path:
    """Put a backup beside the session file under a new name; the original stays untouched."""
    session_path = Path(session_path)
    label = backup.created.strftime("%Y-%m-%d %H.%M")
    target = session_path.with_name(f"{session_path.stem} (hersteld {label}){SESSION_SUFFIX}")
    serial = 1
    while target.exists():
        serial += 1
        target = session_path.with_name(f"{session_path.stem} (hersteld {label} {serial}){SESSION_SUFFIX}")
    return copy_database(backup.path, target)
