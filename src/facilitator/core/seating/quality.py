"""How good a table plan is: repeated pairs, balance deviations and broken rules (one definition for all).

The solver, the command line and the table view all judge a plan with
:func:`evaluate`, so the figures they show are the same.

**Balance.** For round *r* let *N* be the number of people seated that round
(people of the problem with a table that exists), and for a balance attribute
*a* and one of its categories *c* let *n* be how many of those *N* have value
*c*. A table seating *m* of them (its host not counted) has the proportional
share ``s = n * m / N`` of category *c*; the table is in balance for *c* when
its count *k* of people with value *c* satisfies ``floor(s) <= k <= ceil(s)``
(computed in integers: ``n * m // N`` and ``-(-n * m // N)``). Every
(round, table, attribute, category) cell outside those bounds is one
:class:`Deviation`. People without a value for *a* (missing or empty) belong to
no category of *a* but still count in *N* and *m*. Empty tables never deviate.

**Repeated pairs.** Two people meet when they sit at the same table in a round;
hosts do not count. Every meeting in the plan between two people who already
met (in an earlier round of the plan, or in :attr:`Problem.history`) counts
one. Without history that is the sum over pairs of (meetings - 1); meetings
repeated *within* the history alone are not counted, since no plan can change
them.

**Rules.** A :class:`Violation` per broken rule: a person without a table
(``unseated``), a table with more people than chairs (``capacity``), a
wheelchair user at a table without step-free access (``access``), a pinned
person elsewhere (``pin``), a keep-apart pair together (``apart``), a
keep-together pair split (``together``). Reasons are plain English.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations

from facilitator.core.seating.problem import Plan, Problem


@dataclass(frozen=True)
class Violation:
    """One broken hard rule in one round."""

    kind: str  # "capacity" | "access" | "pin" | "apart" | "together" | "unseated"
    round: int  # 0-based
    table: int | None
    people: tuple[int, ...]
    reason: str


@dataclass(frozen=True)
class Deviation:
    """One table-round-category cell whose count lies outside [floor, ceiling] of its proportional share."""

    round: int
    table: int
    attribute: str
    category: str
    count: int
    floor: int
    ceiling: int


@dataclass(frozen=True)
class Quality:
    """The figures of a plan: lower is better, (0, 0, 0) is perfect."""

    repeated_pairs: int
    balance_deviations: int
    deviations: tuple[Deviation, ...]
    violations: tuple[Violation, ...]

    @property
    def rule_violations(self) -> int:
        return len(self.violations)

    @property
    def perfect(self) -> bool:
        return self.repeated_pairs == 0 and self.balance_deviations == 0 and not self.violations


def share_bounds(category: int, table: int, seated: int) -> tuple[int, int]:
    """(floor, ceiling) of ``category * table / seated``: the allowed count of a category at a table."""
    if seated <= 0:
        return 0, 0
    product = category * table
    return product // seated, -(-product // seated)


def category_of(attributes: Mapping[str, str], attribute: str) -> str | None:
    """The person's category for ``attribute``, or None when missing or empty."""
    value = attributes.get(attribute)
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def members_by_table(assignment: Mapping[int, int]) -> dict[int, list[int]]:
    """Table key -> the person keys sitting there (in key order)."""
    members: dict[int, list[int]] = defaultdict(list)
    for person in sorted(assignment):
        members[assignment[person]].append(person)
    return dict(members)


def history_meetings(history: Iterable[Mapping[int, int]]) -> set[tuple[int, int]]:
    """Every pair (low key, high key) that shared a table in the history."""
    met: set[tuple[int, int]] = set()
    for held in history:
        for sitting in members_by_table(held).values():
            met.update(combinations(sitting, 2))
    return met


def evaluate(problem: Problem, plan: Plan) -> Quality:
    """Judge ``plan`` (rounds beyond ``problem.rounds`` are ignored; missing rounds leave everyone unseated)."""
    tables = {table.key: table for table in problem.tables}
    order = {table.key: index for index, table in enumerate(problem.tables)}
    people = {person.key: person for person in problem.people}
    met = history_meetings(problem.history)
    violations: list[Violation] = []
    deviations: list[Deviation] = []
    repeated = 0
    for r in range(problem.rounds):
        assignment = plan[r] if r < len(plan) else {}
        seated = {key: assignment[key] for key in people if assignment.get(key) in tables}
        members = members_by_table(seated)
        violations.extend(_rule_violations(problem, r, assignment, seated, members, people, tables))
        new: list[tuple[int, int]] = []
        for sitting in members.values():
            for pair in combinations(sitting, 2):
                if pair in met:
                    repeated += 1
                else:
                    new.append(pair)
        met.update(new)
        deviations.extend(_deviations(problem, r, seated, members, people, order))
    return Quality(repeated, len(deviations), tuple(deviations), tuple(violations))


def _rule_violations(problem, r, assignment, seated, members, people, tables) -> list[Violation]:
    found: list[Violation] = []
    for key in people:
        if key not in seated:
            table = assignment.get(key)
            why = f"person {key} has no table in round {r + 1}"
            if table is not None:
                why = f"person {key} is at table {table} in round {r + 1}, which does not exist"
            found.append(Violation("unseated", r, None, (key,), why))
    for table_key, sitting in sorted(members.items(), key=lambda item: item[0]):
        table = tables[table_key]
        if len(sitting) > table.seats:
            host = " besides the host" if table.host is not None else ""
            found.append(Violation(
                "capacity", r, table_key, tuple(sitting),
                f"table {table_key} has {len(sitting)} people for {table.seats} chairs{host} in round {r + 1}",
            ))
        if not table.accessible:
            for key in sitting:
                if people[key].needs_access:
                    found.append(Violation(
                        "access", r, table_key, (key,),
                        f"person {key} needs step-free access but sits at table {table_key} in round {r + 1}",
                    ))
    for (round_index, key), table_key in sorted(problem.pins.items()):
        if round_index != r or key not in seated or seated[key] == table_key:
            continue
        found.append(Violation(
            "pin", r, seated[key], (key,),
            f"person {key} is pinned to table {table_key} but sits at table {seated[key]} in round {r + 1}",
        ))
    for a, b in problem.apart:
        if a in seated and b in seated and seated[a] == seated[b]:
            found.append(Violation(
                "apart", r, seated[a], (a, b),
                f"persons {a} and {b} should sit apart but share table {seated[a]} in round {r + 1}",
            ))
    for a, b in problem.together:
        if a in seated and b in seated and seated[a] != seated[b]:
            found.append(Violation(
                "together", r, None, (a, b),
                f"persons {a} and {b} should sit together but sit at tables {seated[a]} and {seated[b]}"
                f" in round {r + 1}",
            ))
    return found


def _deviations(problem, r, seated, members, people, order) -> list[Deviation]:
    found: list[Deviation] = []
    total = len(seated)
    for attribute in problem.balance:
        room = Counter(
            category for key in seated if (category := category_of(people[key].attributes, attribute)) is not None
        )
        for table_key in sorted(members, key=order.__getitem__):
            sitting = members[table_key]
            here = Counter(category_of(people[key].attributes, attribute) for key in sitting)
            for category in sorted(room):
                low, high = share_bounds(room[category], len(sitting), total)
                count = here.get(category, 0)
                if count < low or count > high:
                    found.append(Deviation(r, table_key, attribute, category, count, low, high))
    return found
