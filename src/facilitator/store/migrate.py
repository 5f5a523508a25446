"""Schema versions: the head this app knows, and upgrading a file to it with Alembic.

Revisions are numbered ``0001``, ``0002`` ...; each also writes its number into
``PRAGMA user_version`` so the version of a file can be read without Alembic
(Alembic is only imported when a file actually needs migrating).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection

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
