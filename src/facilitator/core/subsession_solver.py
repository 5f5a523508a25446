"""The sub-session allocation as a mixed-integer programme, modelled with PuLP and solved by CBC.

One binary variable per (person, slot, sub-session running in that slot).
Rows: one sub-session per person per slot; a sub-session at most once per
person; minimum and maximum per sub-session per slot; pins fixed through the
variables' bounds. The objective and the threshold loop that protects the
worst-off are described in :mod:`facilitator.core.subsessions`. PuLP is
imported here only, and this module only when an allocation runs. CBC is the
build PuLP ships; it runs as a separate program on temporary files that hold
numbers only (no names), which PuLP deletes afterwards.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from facilitator.core.clock import Clock
from facilitator.core.progress import Progress
from facilitator.core.subsessions import Problem, rank_of


class SolverFailed(Exception):
    """CBC could not run (missing, not executable, blocked) or gave no answer; the message says how."""


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
        self.problem = problem
        self.depth = problem.depth
        self.unranked = self.depth + 1
        slots = problem.slots
        people = problem.people
        # People in a seeded order: CBC resolves equal-cost choices by position, so the seed decides ties.
        order = list(range(len(people)))
        random.Random(seed).shuffle(order)
        self.vars: list[tuple[int, int, int]] = []  # (person index, slot, offering id)
        self.ranks: list[int] = []
        for i in order:
            person = people[i]
            for slot in slots:
                for offering in problem.running(slot):
                    self.vars.append((i, slot, offering.id))
                    rank = rank_of(person, offering.id)
                    self.ranks.append(0 if not person.ranked else self.unranked if rank is None else rank)
        self.costs = [rank_cost(r, self.depth) for r in self.ranks]
        # An integral objective: a gap below one unit means the optimum is exact.
        self.gap = min(1e-4, 0.5 / max(max(self.costs, default=1) * len(people) * len(slots), 1.0))
        # Pins through the bounds: (lower, upper) per variable.
        self.pinned = [(0, 1)] * len(self.vars)
        for v, (i, slot, offering_id) in enumerate(self.vars):
            pin = problem.pinned.get((people[i].id, slot))
            if pin is not None:
                self.pinned[v] = (1, 1) if pin == offering_id else (0, 0)
        self.person_limit = [_own_limit(problem, person) for person in people]

    def _program(self, upper: list[int]):
        """The programme over the variables with these upper bounds: (pulp module, problem, variables, cap rows)."""
        import pulp

        program = pulp.LpProblem("allocation", pulp.LpMinimize)
        # Integer in [0, 1] rather than LpBinary, which would override a pin's lower bound of 1.
        x = [program.add_variable(f"x{v}", lowBound=low, upBound=high, cat=pulp.LpInteger)
             for v, ((low, _), high) in enumerate(zip(self.pinned, upper))]
        one: dict[tuple[int, int], list] = {}
        twice: dict[tuple[int, int], list] = {}
        caps: dict[tuple[int, int], list] = {}
        repeated = {o.id for o in self.problem.offerings if len(o.slots) > 1}
        for var, (i, slot, offering_id) in zip(x, self.vars):
            one.setdefault((i, slot), []).append(var)
            if offering_id in repeated:
                twice.setdefault((i, offering_id), []).append(var)
            caps.setdefault((offering_id, slot), []).append(var)
        for terms in one.values():
            program += pulp.lpSum(terms) == 1
        for terms in twice.values():
            if len(terms) > 1:
                program += pulp.lpSum(terms) <= 1
        return pulp, program, x, caps

    def _run(self, pulp, program, time_limit: float):
        """Solve with CBC (PuLP's bundled build, run as a separate program); True when it found a solution."""
        solver = pulp.COIN_CMD(path=_cbc_path(), msg=False, timeLimit=max(time_limit, 1.0), gapRel=self.gap,
                               threads=1)
        try:
            program.solve(solver)
        except (pulp.PulpSolverError, OSError) as error:
            raise SolverFailed(str(error).strip() or type(error).__name__) from error
        return program.sol_status in (pulp.LpSolutionOptimal, pulp.LpSolutionIntegerFeasible)

    # -- the allocation under a threshold -----------------------------------------------------------

    def allocate(self, threshold: int | None, time_limit: float):
        """Solve with ranks above ``threshold`` forbidden (per person at least their own limit); None: no solution."""
        people = self.problem.people
        upper = [high for _low, high in self.pinned]
        if threshold is not None:
            for v, (i, _slot, _o) in enumerate(self.vars):
                if self.ranks[v] > _effective(threshold, self.person_limit[i]) and self.pinned[v][0] == 0:
                    upper[v] = 0
        pulp, program, x, caps = self._program(upper)
        by_offering = {o.id: o for o in self.problem.offerings}
        for (offering_id, _slot), terms in caps.items():
            o = by_offering[offering_id]
            total = pulp.lpSum(terms)
            program += total >= o.min_capacity
            program += total <= o.max_capacity
        program += pulp.lpDot(self.costs, x)
        if not self._run(pulp, program, time_limit):
            return None, False
        assignment = {(people[i].id, slot): o for (i, slot, o), var in zip(self.vars, x) if var.varValue > 0.5}
        return assignment, program.sol_status == pulp.LpSolutionOptimal

    def shortfalls(self, time_limit: float) -> list[tuple[int, int, int, int]]:
        """(offering id, slot, places over the maximum, places under the minimum) of the least-loosened rules."""
        pulp, program, x, caps = self._program([high for _low, high in self.pinned])
        by_offering = {o.id: o for o in self.problem.offerings}
        slack = {}
        for n, ((offering_id, slot), terms) in enumerate(caps.items()):  # min <= sum(x) - over + under <= max
            over, under = program.add_variable(f"over{n}", lowBound=0), program.add_variable(f"under{n}", lowBound=0)
            o = by_offering[offering_id]
            total = pulp.lpSum(terms) - over + under
            program += total >= o.min_capacity
            program += total <= o.max_capacity
            slack[(offering_id, slot)] = (over, under)
        program += pulp.lpSum(v for pair in slack.values() for v in pair)
        if not self._run(pulp, program, time_limit):
            return []
        found = []
        for (offering_id, slot), (over, under) in slack.items():
            if over.varValue > 0.5 or under.varValue > 0.5:
                found.append((offering_id, slot, round(over.varValue), round(under.varValue)))
        return found


def _cbc_path() -> str:
    """The CBC program PuLP ships for this platform (also inside the installed app's bundle).

    Normalised: PuLP names it from ``pulp/apis/..``, and in the frozen app ``pulp/apis`` is no folder.
    """
    import os

    from pulp.apis import coin_api

    return os.path.normpath(coin_api.PULP_CBC_CMD.pulp_cbc_path)


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
