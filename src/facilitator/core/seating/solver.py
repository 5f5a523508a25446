"""The table-assignment solver: a first plan improved by local search with swaps.

:func:`solve` seats everyone for all rounds; :func:`replan` keeps the rounds
before ``from_round`` and changes the coming ones as little as it can (late
arrivals, no-shows). When a plan is crowded (each person meets a good share
of the room), :func:`solve` first tries repeat-free itineraries
(:mod:`.itineraries`): people are swapped between itineraries that never share
a table twice, for balance and the rules, for up to ``ITINERARY_SHARE`` of the
time limit. A perfect plan found so ends the run; otherwise the best one (if
it breaks no rule) is the first plan of the swap search below. Re-planning
skips that phase. Both build a first plan (:mod:`.construct`) and then swap
two people of one round at different tables (simulated annealing): one of
them sits in a repeated pair, at an unbalanced table or breaks a rule; the
other is anyone, or half the time also someone in trouble. Now and then one
person moves to a free chair instead (more often while a rule is broken, since
a rule may need other table sizes than the even ones planned). Each step is
priced incrementally (:mod:`.search`): hard rules weigh most, then balance,
then repeated pairs; when re-planning, every person moved weighs more than a
repeated pair or a balance miss, so people stay where they were unless a rule
needs them to move.

It stops as soon as the plan has no rule breaks, no balance deviations and no
repeated pairs; after ``patience`` steps without a new best plan; or at the time
limit, with the best plan found. Everything is decided by the seeded random
generator, so the same problem and seed give the same plan — except a run cut
short by the time limit, which depends on how fast the computer is.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from facilitator.core.clock import Clock, MonotonicClock
from facilitator.core.progress import Progress
from facilitator.core.seating import itineraries
from facilitator.core.seating.construct import build
from facilitator.core.seating.notes import feasibility_notes, outcome_notes
from facilitator.core.seating.problem import Plan, Problem
from facilitator.core.seating.quality import Quality, evaluate

#: Annealing temperatures: a worsening by d is taken with chance exp(-d / T), T sliding from hot to cold
#: over one cycle; the cycles take these (hot, cold) pairs in turn (a gentle one, then a wilder one that
#: shakes the plan out of a dead end).
SCHEDULES = ((0.6, 0.2), (1.5, 0.08))
#: Steps per cycle: max(CYCLE, 60 * people).
CYCLE = 20_000
#: Share of swaps whose partner is also in trouble (two unbalanced tables often mend each other).
TARGETED = 0.5
#: Share of steps that move one person to a free chair (changing table sizes) instead of swapping two.
MOVES = 0.05
#: ... and while a hard rule is broken (a rule that cannot hold at the planned sizes needs moves).
MOVES_WHEN_BROKEN = 0.3
#: Steps without a new best plan after which the search gives up (keeps a run on a fake clock finite).
PATIENCE = 300_000
#: Share of the time limit the itinerary phase may take before the swap search takes over.
ITINERARY_SHARE = 0.6
#: Iterations between checks of the clock and progress, and between refreshes of the trouble lists.
CHECK_EVERY = 128


@dataclass(frozen=True)
class Solution:
    """The best plan found, its figures (as :func:`evaluate` gives them) and why rules could not be met."""

    plan: Plan
    quality: Quality
    seconds: float
    stopped_by_time_limit: bool
    notes: tuple[str, ...]
    moved: int = 0  # re-planning: people whose table changed in the coming rounds (counted per round)
    iterations: int = 0


def solve(
    problem: Problem, *, seed: int = 0, time_limit: float = 10.0, clock: Clock | None = None,
    progress: Progress | None = None, patience: int | None = None,
) -> Solution:
    """The best plan found for all rounds of ``problem``."""
    return _run(problem, None, 0, seed, time_limit, clock, progress, patience)


def replan(
    problem: Problem, current: Plan, from_round: int, *, seed: int = 0, time_limit: float = 10.0,
    clock: Clock | None = None, progress: Progress | None = None, patience: int | None = None,
) -> Solution:
    """Keep rounds before ``from_round`` as in ``current``; re-plan the rest moving as few people as possible."""
    return _run(problem, current, max(0, from_round), seed, time_limit, clock, progress, patience)


def moved_people(before: Plan, after: Plan, from_round: int = 0) -> int:
    """How many (round, person) seats changed table from ``from_round`` on (people new in a round not counted)."""
    changed = 0
    for r in range(from_round, min(len(before), len(after))):
        changed += sum(1 for key, table in after[r].items() if key in before[r] and before[r][key] != table)
    return changed


def _run(problem, current, from_round, seed, time_limit, clock, progress, patience) -> Solution:
    clock = clock or MonotonicClock()
    progress = progress or Progress()
    start = clock.now()
    rng = random.Random(seed)
    notes = feasibility_notes(problem)
    limit_ms = max(1, int(time_limit * 1000))
    progress.step(0, limit_ms)
    if not problem.people or not problem.tables or problem.rounds < 1:
        plan = [dict(current[r]) if current and r < len(current) and r < from_round else {}
                for r in range(max(problem.rounds, 0))]
        quality = evaluate(problem, plan)
        return Solution(plan, quality, clock.now() - start, False, tuple(notes + outcome_notes(quality, False)))
    found = None
    if current is None and itineraries.applies(problem):
        found = itineraries.find(problem, rng, clock, start, time_limit * ITINERARY_SHARE, progress, limit_ms,
                                 patience if patience is not None else PATIENCE)
        if found is not None and found.perfect:
            quality = evaluate(problem, found.plan)
            if quality.perfect:
                notes += outcome_notes(quality, False)
                progress.step(limit_ms, limit_ms)
                return Solution(found.plan, quality, clock.now() - start, False, tuple(notes), 0, found.steps)
    seed_plan = found.plan if found is not None and found.hard == 0 else None  # else its sizes may not fit
    built = build(problem, rng, current, from_round, start=seed_plan)
    state = built.state
    search = _Search(state, rng, clock, start, time_limit, progress, patience)
    search.anneal(lambda: state.core() == 0)
    stopped, best_tab, iteration = search.stopped, search.best_tab, search.iteration
    plan = _plan(built, best_tab, problem.rounds, from_round)
    quality = evaluate(problem, plan)
    moved = moved_people(current, plan, from_round) if current is not None else 0
    notes += outcome_notes(quality, stopped)
    progress.step(limit_ms, limit_ms)
    return Solution(plan, quality, clock.now() - start, stopped, tuple(notes), moved, iteration)


class _Search:
    """Simulated annealing over swaps within a round, keeping the best plan seen."""

    def __init__(self, state, rng, clock, start, time_limit, progress, patience) -> None:
        self.state, self.rng, self.clock, self.start = state, rng, clock, start
        self.time_limit, self.progress = time_limit, progress
        self.limit_ms = max(1, int(time_limit * 1000))
        self.patience = patience if patience is not None else PATIENCE
        self.best_cost, self.best_tab = state.cost(), [list(t) for t in state.tab]
        self.iteration = 0
        self.stopped = False
        self.movers = {r: [p for p in range(state.P) if state.movable[r][p]] for r in state.active}

    def anneal(self, done) -> None:
        """Anneal until ``done()``, the time limit, or ``patience`` iterations without a new best plan."""
        state, rng, movers = self.state, self.rng, self.movers
        cycle = max(CYCLE, 60 * state.P)
        first = self.iteration
        last_gain = self.iteration
        rounds: list[int] = []
        trouble: dict[int, list[int]] = {}
        temperature = SCHEDULES[0][0]
        while not done():
            iteration = self.iteration
            if (iteration - first) % CHECK_EVERY == 0:
                elapsed = self.clock.now() - self.start
                if elapsed >= self.time_limit:
                    self.stopped = True
                    return
                if iteration - last_gain > self.patience:
                    return
                self.progress.step(min(int(elapsed * 1000), self.limit_ms), self.limit_ms)
                trouble = {r: state.conflicts(r) for r in state.active}
                rounds = [r for r in state.active if trouble[r] and len(movers[r]) > 1]
                if not rounds:
                    return
                hot, cold = SCHEDULES[((iteration - first) // cycle) % len(SCHEDULES)]
                temperature = hot * (cold / hot) ** (((iteration - first) % cycle) / cycle)
            self.iteration += 1
            r = rng.choice(rounds)
            p = rng.choice(trouble[r])
            if rng.random() < (MOVES_WHEN_BROKEN if state.hard else MOVES):
                b = rng.randrange(state.T)
                delta = state.move_delta(r, p, b)
                if delta is None:
                    continue
                value = state.value(delta)
                if value > 0 and rng.random() >= math.exp(-value / temperature):
                    continue
                state.move(r, p, b, delta)
            else:
                q = rng.choice(trouble[r] if rng.random() < TARGETED else movers[r])
                tab = state.tab[r]
                if tab[q] == tab[p]:
                    continue
                delta = state.swap_delta(r, p, q)
                value = state.value(delta)
                if value > 0 and rng.random() >= math.exp(-value / temperature):
                    continue
                state.swap(r, p, q, delta)
            if value < 0:
                cost = state.cost()
                if cost < self.best_cost:
                    self.best_cost, self.best_tab = cost, [list(t) for t in state.tab]
                    last_gain = self.iteration


def _plan(built, tab: list[list[int]], rounds: int, from_round: int) -> Plan:
    plan: Plan = [dict(r) for r in built.fixed]
    for r in range(from_round, rounds):
        plan.append({built.people[p]: built.tables[t] for p, t in enumerate(tab[r]) if t >= 0})
    return plan
