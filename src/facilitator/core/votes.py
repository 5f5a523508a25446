"""Dot-vote arithmetic: totals per theme or note across table tallies, and the ranking."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from facilitator.core.model import VoteTally


@dataclass(frozen=True)
class Ranked:
    """One voted-on thing with its dot total and its place in the ranking (1 = most)."""

    key: tuple[str, int]
    dots: int
    rank: int


def totals(tallies: Iterable[VoteTally]) -> dict[tuple[str, int], int]:
    """Sum dots per target: ``("theme", id)`` or ``("note", id)``."""
    summed: dict[tuple[str, int], int] = defaultdict(int)
    for tally in tallies:
        if tally.theme_id is not None:
            summed[("theme", tally.theme_id)] += tally.dots
        elif tally.note_id is not None:
            summed[("note", tally.note_id)] += tally.dots
    return dict(summed)


def ranking(tallies: Iterable[VoteTally]) -> list[Ranked]:
    """Targets by dots, most first; equal totals share a rank (1, 2, 2, 4)."""
    ordered = sorted(totals(tallies).items(), key=lambda kv: (-kv[1], kv[0]))
    ranked: list[Ranked] = []
    for index, (key, dots) in enumerate(ordered):
        rank = ranked[-1].rank if ranked and ranked[-1].dots == dots else index + 1
        ranked.append(Ranked(key, dots, rank))
    return ranked
