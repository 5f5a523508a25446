"""Dot-vote arithmetic (stippenstemmen): totals, the ranking, the per-table breakdown, the dot budget, and
the board edit that sets one cell of the tally grid.

A vote's dots are counted per table (the paper dots on each table's sheet) or
as one total without a table; a target is ``("theme", id)`` or ``("note", id)``.
Nothing here imports Qt.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from facilitator.core.board import BoardEdit, delete_records, edit_record
from facilitator.core.model import DotVote, VoteTally

Target = tuple[str, int]
THEME, NOTE = "theme", "note"


@dataclass(frozen=True)
class Ranked:
    """One voted-on thing with its dot total and its place in the ranking (1 = most)."""

    key: Target
    dots: int
    rank: int


def target_of(tally: VoteTally) -> Target | None:
    if tally.theme_id is not None:
        return (THEME, tally.theme_id)
    if tally.note_id is not None:
        return (NOTE, tally.note_id)
    return None


def totals(tallies: Iterable[VoteTally]) -> dict[Target, int]:
    """Sum dots per target: ``("theme", id)`` or ``("note", id)``."""
    summed: dict[Target, int] = defaultdict(int)
    for tally in tallies:
        key = target_of(tally)
        if key is not None:
            summed[key] += tally.dots
    return dict(summed)


def ranking(tallies: Iterable[VoteTally], targets: Iterable[Target] = ()) -> list[Ranked]:
    """Targets by dots, most first; equal totals share a rank (1, 2, 2, 4).

    ``targets`` adds what was voted on but got no dots yet (at 0, at the end).
    """
    summed = totals(tallies)
    for key in targets:
        summed.setdefault(key, 0)
    ordered = sorted(summed.items(), key=lambda kv: (-kv[1], kv[0]))
    ranked: list[Ranked] = []
    for index, (key, dots) in enumerate(ordered):
        rank = ranked[-1].rank if ranked and ranked[-1].dots == dots else index + 1
        ranked.append(Ranked(key, dots, rank))
    return ranked


def breakdown(tallies: Iterable[VoteTally]) -> dict[Target, dict[int | None, int]]:
    """Per target, the dots per table (``None``: the one total without a table)."""
    cells: dict[Target, dict[int | None, int]] = defaultdict(lambda: defaultdict(int))
    for tally in tallies:
        key = target_of(tally)
        if key is not None:
            cells[key][tally.table_id] += tally.dots
    return {key: dict(row) for key, row in cells.items()}


def per_table(tallies: Iterable[VoteTally]) -> dict[int | None, int]:
    """Dots entered per table (``None``: the total without a table); a table that entered only zeros is absent."""
    summed: dict[int | None, int] = defaultdict(int)
    for tally in tallies:
        if tally.dots:
            summed[tally.table_id] += tally.dots
    return dict(summed)


def tables_without_entry(tallies: Iterable[VoteTally], table_ids: Iterable[int]) -> list[int]:
    """The tables (in the order given) that have not entered any dots yet."""
    entered = per_table(tallies)
    return [table_id for table_id in table_ids if not entered.get(table_id)]


@dataclass(frozen=True)
class Budget:
    """Dots cast against the dots there were: ``possible`` is voters × dots per person (None: voters unknown)."""

    cast: int
    possible: int | None

    @property
    def over(self) -> bool:
        """More dots counted than the voters had: a counting or typing error."""
        return self.possible is not None and self.cast > self.possible

    @property
    def unused(self) -> int | None:
        return None if self.possible is None else max(0, self.possible - self.cast)


def budget(vote: DotVote, tallies: Iterable[VoteTally]) -> Budget:
    """The dots cast in ``vote`` (its tallies only) against voters × dots per person."""
    cast = sum(t.dots for t in tallies if t.vote_id == vote.id)
    possible = vote.voters * vote.dots_per_person if vote.voters else None
    return Budget(cast, possible)


def cell_tallies(tallies: Iterable[VoteTally]) -> dict[tuple[Target, int | None], list[VoteTally]]:
    """The tallies of each grid cell (target, table): normally one, none for an empty cell."""
    cells: dict[tuple[Target, int | None], list[VoteTally]] = defaultdict(list)
    for tally in tallies:
        key = target_of(tally)
        if key is not None:
            cells[(key, tally.table_id)].append(tally)
    return dict(cells)


def set_dots(vote: DotVote, target: Target, table_id: int | None, dots: int,
             existing: Iterable[VoteTally] = ()) -> BoardEdit:
    """The edit that makes one cell of the tally grid read ``dots``.

    ``existing`` are the cell's tallies now: the first one is changed (or removed at 0), further ones (a
    cell counted twice) are removed; an empty cell gets a new tally. Negative dots are refused (ValueError).
    """
    if dots < 0:
        raise ValueError(f"dots cannot be negative: {dots}")
    kind, target_id = target
    if kind not in (THEME, NOTE):
        raise ValueError(f"not a vote target: {kind!r}")
    current = list(existing)
    if not current:
        if dots == 0:
            return BoardEdit()
        fields = {"theme_id": target_id} if kind == THEME else {"note_id": target_id}
        return BoardEdit(added=(VoteTally(vote_id=vote.id, dots=dots, table_id=table_id, **fields),))
    first, extra = current[0], current[1:]
    if dots == 0:
        return delete_records(*current)
    return edit_record(first, dots=dots) + (delete_records(*extra) if extra else BoardEdit())
