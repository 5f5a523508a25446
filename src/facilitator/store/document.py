"""One meeting, one SQLite file: create, check, lock, migrate, read and write it.

Every write goes through :meth:`SessionDocument.transaction`, which commits
when the block ends, so there is no "Save": what the UI shows is on disk.
The file runs in WAL mode with ``synchronous=FULL``, so a committed edit
survives a killed process and a power cut. A lock (an OS file lock, released
by the kernel even when the app is killed) keeps a second app instance from
writing; that instance gets the file read-only instead.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterator, TypeVar

from filelock import FileLock, Timeout
from sqlalchemy import create_engine, event, func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from facilitator.core import model as m
from facilitator.paths import locks_dir
from facilitator.store import backups
from facilitator.store.errors import (
    BadValues,
    DamagedFile,
    DocumentNotFound,
    NewerSchema,
    NotASessionFile,
    ReadOnlyDocument,
)
from facilitator.store.migrate import HEAD_VERSION, upgrade, upgrade_file
from facilitator.store.schema import MAPPED
from facilitator.store.value_check import bad_values

APPLICATION_ID = int.from_bytes(b"FACI", "big")
SQLITE_HEADER = b"SQLite format 3\x00"
_CLOUD_FOLDERS = ("onedrive", "dropbox", "google drive", "googledrive", "icloud", "nextcloud", "owncloud")

T = TypeVar("T")

#: Why a document is read-only (``SessionDocument.read_only_reason``).
READ_ONLY_REQUESTED = "requested"
READ_ONLY_IN_USE = "in use by another Facilitator window"


@dataclass(frozen=True)
class FileCheck:
    """What a quick look at a file found, before it is opened for use."""

    schema_version: int
    integrity: str


def check_file(path: Path, *, full: bool = False) -> FileCheck:
    """Refuse anything that is not an intact session file this app can read.

    Raises DocumentNotFound, NotASessionFile, DamagedFile or NewerSchema.
    ``full`` runs ``integrity_check`` instead of the faster ``quick_check``. A file
    of the current schema must also hold values of the right kinds
    (:func:`facilitator.store.value_check.bad_values`): otherwise BadValues (a
    DamagedFile) names the table, row and column.
    """
    path = Path(path)
    if not path.is_file():
        raise DocumentNotFound(path)
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        kind = "an empty file" if not header else "not an SQLite database"
        raise NotASessionFile(path, kind)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DamagedFile(path, str(exc)) from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise NotASessionFile(path, "an SQLite database of another program")
        pragma = "integrity_check" if full else "quick_check"
        problems = [row[0] for row in conn.execute(f"PRAGMA {pragma}")]
        wrong = bad_values(conn) if problems == ["ok"] and version == HEAD_VERSION else []
    except sqlite3.DatabaseError as exc:
        raise DamagedFile(path, str(exc)) from exc
    finally:
        conn.close()
    if wrong:
        raise BadValues(path, "; ".join(wrong))
    if problems != ["ok"]:
        raise DamagedFile(path, "; ".join(problems[:3]))
    if version > HEAD_VERSION:
        raise NewerSchema(path, version, HEAD_VERSION)
    return FileCheck(schema_version=version, integrity="ok")


def cloud_sync_warning(path: Path) -> bool:
    """True when the file sits in a synced folder, a known way to corrupt SQLite files."""
    lowered = str(Path(path).resolve()).casefold()
    return any(name in lowered for name in _CLOUD_FOLDERS)


def _migrated_copy_engine(path: Path) -> Engine:
    """A read-only look at an older file as if it were current: an in-memory copy, migrated; the file is not touched."""
    from sqlalchemy.pool import StaticPool

    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        source.backup(memory)
    finally:
        source.close()
    engine = create_engine("sqlite://", creator=lambda: memory, poolclass=StaticPool)
    with engine.begin() as conn:
        upgrade(conn)
    return engine


def _engine(path: Path, read_only: bool) -> Engine:
    if read_only:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        engine = create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=10),
        )
    else:
        engine = create_engine(
            f"sqlite:///{path}", connect_args={"check_same_thread": False, "timeout": 10}
        )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record) -> None:  # per connection, as SQLite wants
        cursor = dbapi_conn.cursor()
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()

    return engine


class SessionDocument:
    """An open session file. Use :meth:`create` or :meth:`open`, then :meth:`close`."""

    def __init__(self, path: Path, engine: Engine, lock: FileLock | None, read_only_reason: str = "") -> None:
        self.path = Path(path)
        self._engine = engine
        self._lock = lock
        self.read_only_reason = read_only_reason
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._listeners: list[Callable[[datetime], None]] = []
        self._write_lock = threading.Lock()
        self.last_saved: datetime | None = None

    # -- life cycle ---------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, meeting: m.Meeting) -> "SessionDocument":
        """Write a new, empty session file holding ``meeting``; refuses to overwrite."""
        path = Path(path)
        if path.exists():
            raise FileExistsError(f"{path}: already exists")
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = _acquire(path)
        if lock is None:
            raise ReadOnlyDocument(path, READ_ONLY_IN_USE)
        upgrade_file(path)
        doc = cls(path, _engine(path, read_only=False), lock)
        doc.add(meeting)
        return doc

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False, outdated_ok: bool = False) -> "SessionDocument":
        """Open an existing file; another instance holding it makes this one read-only.

        A file of an older schema is migrated first (after a backup). One that
        can't be migrated because it is read-only is refused, unless
        ``outdated_ok``: then it opens as a migrated copy in memory, for
        callers that only read (``facilitator info``); the file is not touched.
        """
        path = Path(path)
        found = check_file(path)
        reason = READ_ONLY_REQUESTED if read_only else ""
        lock = None if read_only else _acquire(path)
        if lock is None and not read_only:
            reason = READ_ONLY_IN_USE
        if found.schema_version < HEAD_VERSION:
            if reason and outdated_ok:
                return cls(path, _migrated_copy_engine(path), lock, reason)
            if reason:
                raise ReadOnlyDocument(path, f"needs an upgrade to schema {HEAD_VERSION} but is {reason}")
            backups.make_backup(path, reason=f"before-schema-{HEAD_VERSION}")
            upgrade_file(path)
            check_file(path)  # the values, now that the tables are the current ones
        return cls(path, _engine(path, read_only=bool(reason)), lock, reason)

    def close(self) -> None:
        """Fold the WAL into the file, leave it a single self-contained file, release the lock.

        While open the file runs in WAL mode; on close the last writer switches
        it back to a rollback journal, so a closed meeting is one file to copy
        or mail, and a later read-only look (``facilitator info``) leaves no
        ``-wal``/``-shm`` files beside it. If another instance still reads the
        file, the switch simply doesn't happen; nothing is lost either way.
        """
        self._engine.dispose()
        if not self.read_only:
            try:
                conn = sqlite3.connect(self.path, timeout=1)
                try:
                    conn.execute("PRAGMA journal_mode=DELETE")
                finally:
                    conn.close()
            except sqlite3.Error:  # the data is safe in the WAL either way
                pass
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> "SessionDocument":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    # -- change notification ------------------------------------------------------------

    def add_listener(self, callback: Callable[[datetime], None]) -> None:
        """Call ``callback(saved_at)`` after every committed write (from the writing thread)."""
        self._listeners.append(callback)

    def remove_listener(self, callback: Callable[[datetime], None]) -> None:
        if callback in self._listeners:
            self._listeners.remove(callback)

    # -- reading and writing --------------------------------------------------------------

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A session for queries; nothing it changes is written."""
        with self._sessions() as session:
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A unit of work that is committed (durably) when the block ends, rolled back on error."""
        if self.read_only:
            raise ReadOnlyDocument(self.path, self.read_only_reason)
        with self._write_lock, self._sessions.begin() as session:
            yield session
        self.last_saved = datetime.now()
        for callback in list(self._listeners):
            callback(self.last_saved)

    def add(self, *records: T) -> tuple[T, ...]:
        """Insert records and commit; they come back with their ids."""
        with self.transaction() as session:
            session.add_all(records)
        return records

    def update(self, *records: T) -> None:
        """Write changed records (loaded earlier, now detached) and commit."""
        with self.transaction() as session:
            for record in records:
                session.merge(record)

    def delete(self, *records: object) -> None:
        with self.transaction() as session:
            for record in records:
                session.delete(session.merge(record))

    def get(self, cls: type[T], record_id: int) -> T | None:
        with self.reader() as session:
            return session.get(cls, record_id)

    def all(self, cls: type[T], **where: object) -> list[T]:
        """Every record of a kind, in display order (``position`` then id), optionally filtered."""
        columns = MAPPED[cls].c
        query = select(cls).filter_by(**where)
        order = [columns.position] if "position" in columns else []
        query = query.order_by(*order, columns.id)
        with self.reader() as session:
            return list(session.scalars(query))

    def meeting(self) -> m.Meeting:
        with self.reader() as session:
            return session.scalars(select(m.Meeting).order_by(m.Meeting.id)).first()

    def counts(self) -> dict[str, int]:
        """How much the file holds, by kind; the figures ``facilitator info`` reports."""
        kinds = {
            "participants": m.Participant,
            "agenda_items": m.AgendaItem,
            "work_forms": m.WorkForm,
            "tables": m.Table,
            "rounds": m.TableRound,
            "seat_assignments": m.SeatAssignment,
            "sub_sessions": m.SubSession,
            "notes": m.StickyNote,
            "themes": m.Theme,
            "votes": m.DotVote,
            "actions": m.ActionItem,
        }
        with self.reader() as session:
            result = {name: session.scalar(select(func.count()).select_from(cls)) for name, cls in kinds.items()}
            result["dots"] = session.scalar(select(func.coalesce(func.sum(MAPPED[m.VoteTally].c.dots), 0)))
        return result

    def attendance(self) -> Counter:
        with self.reader() as session:
            rows = session.execute(select(MAPPED[m.Participant].c.attendance))
            return Counter(m.Attendance(value) for (value,) in rows)

    # -- whole-file operations ------------------------------------------------------------

    def integrity(self) -> list[str]:
        """``PRAGMA integrity_check``: ``["ok"]`` when the file is sound."""
        with self._engine.connect() as conn:
            return [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]

    def schema_version(self) -> int:
        with self._engine.connect() as conn:
            return conn.exec_driver_sql("PRAGMA user_version").scalar_one()

    def copy_to(self, target: Path | str) -> Path:
        """Write a consistent copy of the open file (SQLite backup API), e.g. for Save As."""
        return backups.copy_database(self.path, Path(target))

    def backup(self, reason: str = "auto") -> Path:
        """Add a rotating backup of this file to the user's backup folder."""
        return backups.make_backup(self.path, reason=reason)


def lock_path(path: Path) -> Path:
    """The lock of a session file, kept in the app's data folder so users never see it beside their file."""
    resolved = Path(path).resolve()
    digest = hashlib.sha1(str(resolved).encode("utf-8")).hexdigest()[:16]
    return locks_dir() / f"{resolved.stem}-{digest}.lock"


def _acquire(path: Path) -> FileLock | None:
    """Take the file's lock, or None if another instance holds it (or the lock can't be made)."""
    lock = FileLock(str(lock_path(path)), thread_local=False)
    try:
        lock.acquire(timeout=0)
    except (Timeout, OSError):
        return None
    return lock

