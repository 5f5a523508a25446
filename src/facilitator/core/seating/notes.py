"""Why a rule cannot be met: checks on a seating problem before (and after) solving.

Each note is plain English, as the command line prints it, and also carries
its ``kind`` and figures (person and table keys, counts, round numbers), so
the UI can say it in the user's language with names instead of keys.
"""

from __future__ import annotations

from collections import Counter

from facilitator.core.seating.problem import Problem
from facilitator.core.seating.quality import Quality


class Note(str):
    """A note in plain English that also carries its kind and figures."""

    kind: str
    values: dict[str, int]

    def __new__(cls, text: str, kind: str, **values: int) -> "Note":
        note = super().__new__(cls, text)
        note.kind = kind
        note.values = values
        return note


def impossible(problem: Problem) -> list[str]:
    """Reasons no plan can seat everyone within the chairs (the command line refuses these)."""
    reasons = []
    if not problem.tables:
        reasons.append(Note("there are no tables", "no_tables"))
    elif len(problem.people) > problem.seats:
        reasons.append(Note(
            f"{len(problem.people)} people to seat but only {problem.seats} chairs"
            " (hosts' chairs not counted): add tables or chairs",
            "too_few_chairs", people=len(problem.people), chairs=problem.seats,
        ))
    if problem.rounds < 1:
        reasons.append(Note("the number of rounds must be at least 1", "no_rounds"))
    return reasons


def feasibility_notes(problem: Problem) -> list[str]:
    """Every rule that cannot hold, whatever the plan: the reasons of :func:`impossible` and more."""
    notes = impossible(problem)
    keys = {p.key for p in problem.people}
    tables = {t.key: t for t in problem.tables}
    wheelchair = sum(1 for p in problem.people if p.needs_access)
    if wheelchair > problem.accessible_seats:
        notes.append(Note(
            f"{wheelchair} wheelchair users but only {problem.accessible_seats} chairs at accessible tables",
            "access_chairs", people=wheelchair, chairs=problem.accessible_seats,
        ))
    needs_access = {p.key for p in problem.people if p.needs_access}
    per_table: Counter[tuple[int, int]] = Counter()
    for (r, key), table in sorted(problem.pins.items()):
        if key not in keys or r >= problem.rounds:
            continue
        if table not in tables:
            notes.append(Note(f"person {key} is pinned to table {table} in round {r + 1}, which does not exist",
                              "pin_no_table", person=key, table=table, round=r + 1))
            continue
        per_table[(r, table)] += 1
        if key in needs_access and not tables[table].accessible:
            notes.append(Note(f"person {key} uses a wheelchair but is pinned to table {table}, which is not accessible",
                              "pin_not_accessible", person=key, table=table, round=r + 1))
    for (r, table), count in sorted(per_table.items()):
        if count > tables[table].seats:
            notes.append(Note(
                f"{count} people are pinned to table {table} in round {r + 1}, which has {tables[table].seats} chairs",
                "pins_overfull", people=count, table=table, round=r + 1, chairs=tables[table].seats,
            ))
    notes.extend(_pair_notes(problem, keys))
    return notes


def _pair_notes(problem: Problem, keys: set[int]) -> list[str]:
    root: dict[int, int] = {}

    def find(x: int) -> int:
        root.setdefault(x, x)
        while root[x] != x:
            x = root[x]
        return x

    for a, b in problem.together:
        if a in keys and b in keys:
            root[find(a)] = find(b)
    notes = []
    for a, b in problem.apart:
        if a in keys and b in keys and a in root and b in root and find(a) == find(b):
            notes.append(Note(f"persons {a} and {b} must sit apart, but keep-together pairs link them",
                              "apart_linked", person=a, other=b))
    groups = Counter(find(x) for x in list(root))
    largest = max((t.seats for t in problem.tables), default=0)
    for group, size in sorted(groups.items()):
        if size > largest:
            notes.append(Note(f"{size} people must sit together, but the largest table has {largest} chairs",
                              "together_too_big", people=size, chairs=largest))
    for a, b in problem.together:
        for (r, key), table in problem.pins.items():
            if key == a and problem.pins.get((r, b), table) != table:
                notes.append(Note(
                    f"persons {a} and {b} must sit together but are pinned to different tables in round {r + 1}",
                    "together_pinned_apart", person=a, other=b, round=r + 1,
                ))
    return notes


def outcome_notes(quality: Quality, stopped_by_time_limit: bool) -> list[str]:
    """What the plan still lacks, counted per kind of rule."""
    notes = []
    kinds = Counter(v.kind for v in quality.violations)
    words = {
        "capacity": "tables over capacity", "access": "wheelchair users at tables without step-free access",
        "pin": "pins not kept", "apart": "keep-apart pairs at one table", "together": "keep-together pairs split",
        "unseated": "people without a table",
    }
    for kind, count in sorted(kinds.items()):
        notes.append(Note(f"{count} x {words.get(kind, kind)}", f"broken_{kind}", count=count))
    if stopped_by_time_limit and not quality.perfect:
        notes.append(Note("stopped at the time limit: a longer run may find a better plan", "time_limit"))
    return notes
