"""What the table-assignment solver is asked: people, tables, rounds and the rules (pure data, no logic).

A :class:`Problem` is built by the store adapter (``facilitator.store.seating``)
from a session file, or by hand in tests. A :data:`Plan` is the answer: per
round, which table each person sits at. Table hosts are not people to seat:
they belong to their :class:`TableSpec`, stay there every round and take one of
its chairs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

#: Per round index (0-based): person key -> table key.
Plan = list[dict[int, int]]


@dataclass(frozen=True)
class Person:
    """Someone to seat: the participant id, the attributes to balance on, and step-free access."""

    key: int
    attributes: Mapping[str, str] = field(default_factory=dict)
    needs_access: bool = False  # wheelchair: must sit at an accessible table


@dataclass(frozen=True)
class TableSpec:
    """A table: its chairs (the host's chair included), its host if any, and whether a wheelchair reaches it."""

    key: int
    capacity: int
    host: int | None = None
    accessible: bool = True

    @property
    def seats(self) -> int:
        """Chairs left for the people to seat: the capacity less the host's chair."""
        return max(0, self.capacity - (1 if self.host is not None else 0))


@dataclass(frozen=True)
class Problem:
    """Who sits where for how many rounds, under which rules.

    ``pins`` fix a person at a table in one round; ``apart`` and ``together``
    are pairs of person keys; ``history`` holds rounds already held before round
    0 (person key -> table key): meeting someone again from those rounds counts
    as a repeated pair.
    """

    people: tuple[Person, ...]
    tables: tuple[TableSpec, ...]
    rounds: int
    balance: tuple[str, ...] = ()
    pins: Mapping[tuple[int, int], int] = field(default_factory=dict)
    apart: tuple[tuple[int, int], ...] = ()
    together: tuple[tuple[int, int], ...] = ()
    history: tuple[Mapping[int, int], ...] = ()

    @property
    def seats(self) -> int:
        """Chairs for the people to seat, over all tables."""
        return sum(table.seats for table in self.tables)

    @property
    def accessible_seats(self) -> int:
        """Chairs for the people to seat at accessible tables."""
        return sum(table.seats for table in self.tables if table.accessible)

    def table(self, key: int) -> TableSpec | None:
        """The table with this key, or None."""
        for table in self.tables:
            if table.key == key:
                return table
        return None
