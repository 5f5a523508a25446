"""Schema versions: the head this app knows, and upgrading a file to it with Alembic.

Revisions are numbered ``0001``, ``0002`` ...; each also writes its number into
``PRAGMA user_version`` so the version of a file can be read without Alembic
(Alembic is only imported when a file actually needs migrating).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, create_engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _revision_numbers() -> list[int]:
    return sorted(
        int(p.name.split("_", 1)[0])
        for p in (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")
    )


#: The schema version this build writes and reads.
HEAD_VERSION: int = max(_revision_numbers())


def revision_id(version: int) -> str:
    return f"{version:04d}"


def _config(connection: Connection):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def upgrade(connection: Connection, version: int = HEAD_VERSION) -> None:
    """Bring the schema on ``connection`` up to ``version`` (default: head)."""
    from alembic import command

    command.upgrade(_config(connection), revision_id(version))


class MigrationError(Exception):
    """A migration left the file inconsistent; the backup made before it is the way back."""


def upgrade_file(path: Path, version: int = HEAD_VERSION) -> None:
    """Migrate the file at ``path`` the way SQLite requires for schema changes.

    Batch migrations rebuild tables (copy, drop, rename). With foreign keys
    on, dropping the old table would cascade-delete its children, so the
    migration runs on its own connection with foreign keys off (SQLite's
    default, never switched on here), and ``foreign_key_check`` verifies the
    result afterwards.
    """
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            upgrade(conn, version)
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise MigrationError(f"{path}: {len(problems)} broken references after migrating (first: {problems[0]})")
    finally:
        engine.dispose()
