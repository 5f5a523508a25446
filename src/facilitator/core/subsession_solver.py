"""The sub-session allocation as a mixed-integer programme, solved by HiGHS (``scipy.optimize.milp``).

One binary variable per (person, slot, sub-session running in that slot).
Rows: one sub-session per person per slot; a sub-session at most once per
person; minimum and maximum per sub-session per slot; pins fixed through the
variables' bounds. The objective and the threshold loop that protects the
worst-off are described in :mod:`facilitator.core.subsessions`. scipy and
numpy are imported here only, and this module only when an allocation runs.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from facilitator.core.clock import Clock
from facilitator.core.progress import Progress
from facilitator.core.subsessions import Problem, rank_of



def rank_cost(rank: int, depth: int) -> int:
    """Cost of giving someone their ``rank``-th choice: rank squared; unranked (depth + 1) costs more still.

    0 for people without preferences (any sub-session suits them).
    """
    if rank == 0:
        return 0
    if rank > depth:
        return (depth + 1) ** 2 + depth
    return rank * rank


@dataclass
class Found:
    """A solution: the assignment, the worst rank given, the threshold that held (None: none did)."""

    assignment: dict[tuple[int, int], int]
    worst: int | None
    threshold: int | None
    optimal: bool
    exempt: int  # people whose own list can't fill their slots
    exempt_unranked: int = 0  # unranked places those people got


class _Model:
    """The variables (one per person, slot and sub-session running then), their costs, bounds and rows."""

    def __init__(self, problem: Problem, seed: int) -> None:
        import numpy as np

        self.np = np
        self.problem = problem
        self.depth = problem.depth
        self.unranked = self.depth + 1
        slots = problem.slots
        people = problem.people
        # People in a seeded order: HiGHS resolves equal-cost choices by position, so the seed decides ties.
        order = list(range(len(people)))
        random.Random(seed).shuffle(order)
        self.vars: list[tuple[int, int, int]] = []  # (person index, slot, offering id)
        ranks: list[int] = []
        for i in order:
            person = people[i]
            for slot in slots:
                for offering in problem.running(slot):
                    self.vars.append((i, slot, offering.id))
                    rank = rank_of(person, offering.id)
                    ranks.append(0 if not person.ranked else self.unranked if rank is None else rank)
        self.ranks = np.array(ranks, dtype=float)
        self.costs = np.array([rank_cost(r, self.depth) for r in ranks], dtype=float)
        count = len(self.vars)
        # An integral objective: a gap below one unit means the optimum is exact.
        self.gap = min(1e-4, 0.5 / max(float(self.costs.max(initial=1.0)) * len(people) * len(slots), 1.0))
        self.pinned_lb = np.zeros(count)
        self.pinned_ub = np.ones(count)
        for v, (i, slot, offering_id) in enumerate(self.vars):
            pin = problem.pinned.get((people[i].id, slot))
            if pin is not None:
                self.pinned_lb[v] = 1.0 if pin == offering_id else 0.0
                self.pinned_ub[v] = self.pinned_lb[v]
        self.person_limit = [_own_limit(problem, person) for person in people]

    # -- rows --------------------------------------------------------------------------------------

    def _rows(self):
        """(row, column, value) triplets, row bounds and row index of the rules, on the ``vars`` columns."""
        problem, vars_ = self.problem, self.vars
        rows, cols, vals, low, high = [], [], [], [], []
        index: dict[tuple, int] = {}

        def row(key: tuple, lo: float, hi: float) -> int:
            if key not in index:
                index[key] = len(low)
                low.append(lo)
                high.append(hi)
            return index[key]

        twice = {o.id for o in problem.offerings if len(o.slots) > 1}
        by_offering = {o.id: o for o in problem.offerings}
        for v, (i, slot, offering_id) in enumerate(vars_):
            r = row(("one", i, slot), 1, 1)
            rows.append(r), cols.append(v), vals.append(1.0)
            if offering_id in twice:
                r = row(("twice", i, offering_id), 0, 1)
                rows.append(r), cols.append(v), vals.append(1.0)
            o = by_offering[offering_id]
            r = row(("cap", offering_id, slot), o.min_capacity, o.max_capacity)
            rows.append(r), cols.append(v), vals.append(1.0)
        return rows, cols, vals, low, high, index

    def _solve(self, cost, bounds_lb, bounds_ub, rows, cols, vals, low, high, integral: int, time_limit: float):
        np = self.np
        from scipy.optimize import Bounds, LinearConstraint, milp
        from scipy.sparse import csr_array

        n = len(cost)
        matrix = csr_array((np.array(vals), (np.array(rows), np.array(cols))), shape=(len(low), n))
        integrality = np.zeros(n)
        integrality[:integral] = 1
        return milp(np.asarray(cost), integrality=integrality, bounds=Bounds(bounds_lb, bounds_ub),
                    constraints=LinearConstraint(matrix, np.array(low, dtype=float), np.array(high, dtype=float)),
                    options={"time_limit": max(time_limit, 1.0), "mip_rel_gap": self.gap, "presolve": True})

    # -- the allocation under a threshold -----------------------------------------------------------

    def allocate(self, threshold: int | None, time_limit: float):
        """Solve with ranks above ``threshold`` forbidden (per person at least their own limit); None: no solution."""
        np = self.np
        people = self.problem.people
        count = len(self.vars)
        ub = self.pinned_ub.copy()
        if threshold is not None:
            limits = np.array([_effective(threshold, self.person_limit[i]) for i, _s, _o in self.vars])
            ub[(self.ranks > limits) & (self.pinned_lb < 0.5)] = 0.0
        rows, cols, vals, low, high, _index = self._rows()
        result = self._solve(self.costs, self.pinned_lb, ub, rows, cols, vals, low, high, count, time_limit)
        if result.x is None:
            return None, False
        chosen = result.x[:count] > 0.5
        assignment = {(people[i].id, slot): o for (i, slot, o), on in zip(self.vars, chosen) if on}
        return assignment, result.status == 0

    def shortfalls(self, time_limit: float) -> list[tuple[int, int, int, int]]:
        """(offering id, slot, places over the maximum, places under the minimum) of the least-loosened rules."""
        np = self.np
        count = len(self.vars)
        rows, cols, vals, low, high, index = self._rows()
        caps = sorted((key for key in index if key[0] == "cap"), key=lambda k: index[k])
        for n, key in enumerate(caps):  # min <= sum(x) - over + under <= max
            rows.extend([index[key], index[key]])
            cols.extend([count + 2 * n, count + 2 * n + 1])
            vals.extend([-1.0, 1.0])
        extra = 2 * len(caps)
        cost = np.concatenate([np.zeros(count), np.ones(extra)])
        lb = np.concatenate([self.pinned_lb, np.zeros(extra)])
        ub = np.concatenate([self.pinned_ub, np.full(extra, np.inf)])
        result = self._solve(cost, lb, ub, rows, cols, vals, low, high, count, time_limit)
        if result.x is None:
            return []
        found = []
        for n, key in enumerate(caps):
            over, under = result.x[count + 2 * n], result.x[count + 2 * n + 1]
            if over > 0.5 or under > 0.5:
                found.append((key[1], key[2], round(over), round(under)))
        return found


def _effective(threshold: int, own: int | None) -> float:
    return float("inf") if own is None else max(threshold, own)


def _free_slots(problem: Problem, person) -> list[int]:
    return [slot for slot in problem.slots if (person.id, slot) not in problem.pinned]


def _own_limit(problem: Problem, person) -> int | None:
    """The best rank limit this person's own list allows (capacities aside); None: no limit works."""
    if not person.ranked:
        return None
    free = _free_slots(problem, person)
    taken = {problem.pinned[(person.id, s)] for s in problem.slots if (person.id, s) in problem.pinned}
    for limit in range(max(len(free), 1), len(person.ranked) + 1):
        allowed = [o for o in person.ranked[:limit] if o not in taken]
        if _matchable(problem, free, allowed):
            return limit
    return None


def _matchable(problem: Problem, slots: list[int], allowed: list[int]) -> bool:
    """Can each slot get a different one of ``allowed``, running in that slot? (augmenting paths)"""
    runs = {o.id: set(o.slots) for o in problem.offerings}
    match: dict[int, int] = {}  # offering -> slot

    def place(slot: int, seen: set[int]) -> bool:
        for offering in allowed:
            if slot in runs.get(offering, ()) and offering not in seen:
                seen.add(offering)
                if offering not in match or place(match[offering], seen):
                    match[offering] = slot
                    return True
        return False

    return all(place(slot, set()) for slot in slots)


def solve(problem: Problem, seed: int, progress: Progress, time_limit: float, clock: Clock) -> Found | None:
    """Try thresholds from the number of slots up; the first that holds gives the allocation. None: none exists."""
    started = clock.now()
    model = _Model(problem, seed)
    exempt = sum(1 for p, own in zip(problem.people, model.person_limit) if p.ranked and own is None)
    thresholds: list[int | None] = list(range(max(len(problem.slots), 1), problem.depth + 1)) + [None]
    for step, threshold in enumerate(thresholds):
        progress.step(step, len(thresholds))  # no text: the dialog keeps its translated title
        remaining = time_limit - (clock.now() - started)
        assignment, optimal = model.allocate(threshold, remaining)
        if assignment is not None:
            progress.step(len(thresholds), len(thresholds))
            worst = _worst(problem, assignment)
            short = {p.id for p, own in zip(problem.people, model.person_limit) if p.ranked and own is None}
            people = {p.id: p for p in problem.people}
            exempt_unranked = sum(1 for (pid, _slot), o in assignment.items()
                                  if pid in short and rank_of(people[pid], o) is None)
            return Found(assignment, worst, threshold, optimal, exempt, exempt_unranked)
    return None


def _worst(problem: Problem, assignment: dict[tuple[int, int], int]) -> int | None:
    people = {p.id: p for p in problem.people}
    worst = None
    for (person_id, _slot), offering_id in assignment.items():
        person = people[person_id]
        if person.ranked:
            rank = rank_of(person, offering_id) or problem.depth + 1
            worst = rank if worst is None else max(worst, rank)
    return worst


def diagnose(problem: Problem, time_limit: float) -> list[tuple[str, dict]]:
    """Which capacities to loosen, and by how much, for an allocation to exist (kind, values) notes."""
    found = []
    for offering_id, slot, over, under in _Model(problem, 0).shortfalls(time_limit):
        offering = problem.offering(offering_id)
        if over:
            found.append(("needs_room", dict(offering=offering.label, slot=slot, count=over,
                                             maximum=offering.max_capacity)))
        if under:
            found.append(("below_minimum", dict(offering=offering.label, slot=slot, count=under,
                                                minimum=offering.min_capacity)))
    return found
