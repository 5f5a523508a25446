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

from sqlalchemy import JSON, Boolean, Date, DateTime, Enum, Float, Integer, String, Time

from facilitator.store.schema import metadata

#: How many bad cells to name; one is enough to refuse the file.
SHOWN = 3


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


#: Per column type, the first that fits (Enum, a String, is handled before): an SQL condition true for a
#: non-null value ``{c}`` the type can't hold, and what the value should be. Types not listed (LargeBinary)
#: are not checked.
_CHECKS = (
    (JSON, "NOT json_valid({c})", "JSON"),
    (Boolean, "{c} NOT IN (0, 1)", "0 or 1"),
    (Integer, "typeof({c}) != 'integer'", "a whole number"),
    (Float, "typeof({c}) NOT IN ('real', 'integer')", "a number"),
    (DateTime, "datetime({c}) IS NULL", "a date and time"),
    (Date, "date({c}) IS NULL", "a date"),
    (Time, "time({c}) IS NULL", "a time of day"),
    (String, "typeof({c}) != 'text'", "text"),
)


def _wrong(column, name: str) -> tuple[str, str] | None:
    """An SQL condition true for a non-null value the column's type can't hold, and what it should be."""
    kind = column.type
    if isinstance(kind, Enum):
        return f"{name} NOT IN ({', '.join(_literal(v) for v in kind.enums)})", "one of " + ", ".join(kind.enums)
    return next(((condition.format(c=name), should) for base, condition, should in _CHECKS
                 if isinstance(kind, base)), None)


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
