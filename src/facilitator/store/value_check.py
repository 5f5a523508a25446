"""The values a session file's rows must hold, checked before the file is opened for use.

SQLite keeps whatever it is given: a hand edit in a database tool or a broken
sync can leave ``bogus`` in an enum column, text in a number column, half a
JSON document, or a row pointing at a row that is gone, and the app would fail
later on some screen. :func:`bad_values` asks SQLite, with one predicate per
column type, for the first such cells and names each by table, row and
column, so the file is refused with a sentence instead (as damaged: the open
flow then offers the newest backup). Only for files of the current schema.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import JSON, Boolean, Date, DateTime, Enum, Float, Integer, LargeBinary, String, Time

from facilitator.store.schema import metadata

#: How many bad cells to name; one is enough to refuse the file.
SHOWN = 3


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _wrong(column, name: str) -> tuple[str, str] | None:
    """An SQL condition true for a non-null value the column's type can't hold, and what it should be."""
    kind = column.type
    if isinstance(kind, Enum):
        return f"{name} NOT IN ({', '.join(_literal(v) for v in kind.enums)})", "one of " + ", ".join(kind.enums)
    if isinstance(kind, JSON):
        return f"NOT json_valid({name})", "JSON"
    if isinstance(kind, Boolean):
        return f"{name} NOT IN (0, 1)", "0 or 1"
    if isinstance(kind, Integer):
        return f"typeof({name}) != 'integer'", "a whole number"
    if isinstance(kind, Float):
        return f"typeof({name}) NOT IN ('real', 'integer')", "a number"
    if isinstance(kind, DateTime):
        return f"datetime({name}) IS NULL", "a date and time"
    if isinstance(kind, Date):
        return f"date({name}) IS NULL", "a date"
    if isinstance(kind, Time):
        return f"time({name}) IS NULL", "a time of day"
    if isinstance(kind, LargeBinary):
        return None
    if isinstance(kind, String):
        return f"typeof({name}) != 'text'", "text"
    return None


def bad_values(conn: sqlite3.Connection) -> list[str]:
    """Up to :data:`SHOWN` sentences, one per bad cell or dangling reference; empty when every value fits."""
    found: list[str] = []
    for table in metadata.sorted_tables:
        key = "id" if "id" in table.c else "rowid"
        for column in table.c:
            name = _quote(column.name)
            wrong = _wrong(column, name)  # (empty cells in NOT NULL columns SQLite refuses itself)
            if wrong is None:
                continue
            rows = conn.execute(f"SELECT {key}, {name} FROM {_quote(table.name)} "
                                f"WHERE {name} IS NOT NULL AND {wrong[0]} LIMIT {SHOWN}").fetchall()
            for row_id, value in rows:
                found.append(f"table {table.name}, row {row_id}, column {column.name}: {value!r} "
                             f"(should be {wrong[1]})")
            if len(found) >= SHOWN:
                return found[:SHOWN]
    for table, row_id, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchall()[:SHOWN - len(found)]:
        found.append(f"table {table}, row {row_id}: refers to a row of {parent} that is not there")
    return found
