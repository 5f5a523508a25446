"""Repeat-free itineraries: sets of "a table per round" in which no two share a table twice.

A plan is a set of *itineraries*, one per person: the tuple of that person's
tables, round by round. Whether a pair meets twice depends only on the set of
itineraries, not on who follows which; so the solver first picks a set in
which no two itineraries share a table in two rounds and then only decides who
follows which (:mod:`.itinerary_search`).

The sets come from grids. A *strip*: cell ``(x, y)``, ``x`` in 0..T-1 and
``y`` in 0..h-1, sits in round *w* at group ``(x + w * y) mod T``; two cells
meet in rounds *w* and *w'* only if ``(w - w') * (y - y')`` is 0 mod T, so it is
repeat-free when no such product of ``1..R-1`` and ``1..h-1`` is. A *plane*
(R <= 3): all T x T cells with groups x, y and x + y, a Latin square. When
neither fits, the affine plane of the golfer module, or failing that its tabu
search (:func:`.golfer.plan_tables`), gives the set. Each round's groups are
laid on the physical tables by a seeded permutation; cells left empty (more
cells than people) decide the table sizes.

The phase is used only where repeat-free plans are scarce (see
:func:`applies`): with few meetings per person against the room the swap
search of :mod:`.search` finds one by itself, and faster.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from math import ceil

from facilitator.core.clock import Clock
from facilitator.core.progress import Cancelled, Progress
from facilitator.core.seating.golfer import affine_schedule, plan_tables
from facilitator.core.seating.itinerary_search import Follow, Rules
from facilitator.core.seating.problem import Plan, Problem
from facilitator.core.seating.quality import category_of

#: Extra rows tried beyond the fewest that seat everyone (more empty cells: more freedom over table sizes).
EXTRA_ROWS = 1
#: Swaps without progress after which the golfer search (used when no grid fits) gives up.
GOLFER_PATIENCE = 50_000
#: Share of the room a person meets over all rounds from which on the phase is used.
DENSE = 0.1
#: Designs kept (fewest cells first); restarts take them in turn.
DESIGNS = 2
#: Annealing cycle: max(CYCLE, STEPS_PER_CELL * cells) steps; a restart after STALL_CYCLES cycles without progress.
CYCLE, STEPS_PER_CELL, STALL_CYCLES = 20_000, 100, 2


def _strip_ok(rows: int, tables: int, rounds: int) -> bool:
    """Slopes 0..R-1 on rows 0..h-1: no slope difference times a row difference is a multiple of T."""
    return all(k * d % tables for k in range(1, rounds) for d in range(1, rows))


def strip(rows: int, tables: int, rounds: int) -> list[tuple[int, ...]]:
    """Cell (x, y), y < rows: group (x + w * y) mod T in round w."""
    return [tuple((x + w * y) % tables for w in range(rounds)) for y in range(rows) for x in range(tables)]


def plane(tables: int, rounds: int) -> list[tuple[int, ...]]:
    """All T x T cells (x, y) with groups x, y and x + y (R <= 3) in the group Z_2^a x Z_m of order T = 2^a m.

    Any Latin square would do; this group's square has transversals when
    ``a != 1`` (unlike the cyclic one of even order), so a category that may
    have at most one member per table can fill nearly every table.
    """
    a = (tables & -tables).bit_length() - 1
    mask, m = (1 << a) - 1, tables >> a

    def add(e: int, f: int) -> int:
        return ((((e >> a) + (f >> a)) % m) << a) | ((e ^ f) & mask)

    return [(x, y, add(x, y))[:rounds] for y in range(tables) for x in range(tables)]


def designs(people: int, tables: int, rounds: int) -> list[list[tuple[int, ...]]]:
    """Repeat-free sets of at least ``people`` cells (each cell: its group per round), fewest cells first."""
    if tables < 1 or rounds < 1:
        return []
    need = max(1, ceil(people / tables))
    found = [strip(rows, tables, rounds) for rows in range(need, min(need + EXTRA_ROWS, tables) + 1)
             if _strip_ok(rows, tables, rounds)]
    if rounds <= 3 and tables * tables >= people:
        found.append(plane(tables, rounds))
    if not found and need <= tables:
        schedule = affine_schedule(tables * need, tables, need, rounds)
        if schedule is not None:
            found.append(_cells(schedule, tables * need))
    found.sort(key=len)
    return found[:DESIGNS]


def _cells(schedule: list[list[list[int]]], count: int) -> list[tuple[int, ...]]:
    """Per person number of a golfer schedule: their group per round."""
    where = [[0] * len(schedule) for _ in range(count)]
    for r, groups in enumerate(schedule):
        for g, group in enumerate(groups):
            for p in group:
                where[p][r] = g
    return [tuple(w) for w in where]


def golfer_groups(
    people: int, tables: int, size: int, rounds: int, seed: int, time_limit: float, clock: Clock,
    progress: Progress, patience: int,
) -> list[tuple[int, ...]] | None:
    """Per person: their group per round from a repeat-free golfer schedule, or None if none was found."""
    if people > tables * size or people < 1:
        return None

    def relay(done: int, total: int, text: str) -> None:
        if progress.cancelled:
            raise Cancelled()

    result = plan_tables(people, tables, size, rounds, seed=seed, time_limit=time_limit, clock=clock,
                         progress=Progress(relay), patience=min(patience, GOLFER_PATIENCE))
    return None if result.repeated_pairs else _cells(result.schedule, people)


def lay_out(groups: list[tuple[int, ...]], seats: list[int], rng: random.Random) -> list[tuple[int, ...]]:
    """Cells' physical tables per round: each round's groups put on the tables by a seeded permutation.

    Bigger groups go to tables with more chairs (ties in random order), so that
    with no empty cells to spare the sizes still fit where they can.
    """
    rounds = len(groups[0]) if groups else 0
    tables = len(seats)
    tabs = [list(cell) for cell in groups]
    for r in range(rounds):
        size = [0] * tables
        for cell in groups:
            size[cell[r]] += 1
        noise = [rng.random() for _ in range(2 * tables)]
        by_size = sorted(range(tables), key=lambda g: (-size[g], noise[g]))
        by_seats = sorted(range(tables), key=lambda t: (-seats[t], noise[tables + t]))
        table_of = {g: t for g, t in zip(by_size, by_seats)}
        for cell in tabs:
            cell[r] = table_of[cell[r]]
    return [tuple(cell) for cell in tabs]


@dataclass(frozen=True)
class Found:
    """The best assignment to itineraries: its plan, rules broken (weighted count) and balance distance."""

    plan: Plan
    hard: int
    balance: int
    stopped_by_time_limit: bool
    attempts: int
    steps: int

    @property
    def perfect(self) -> bool:
        return self.hard == 0 and self.balance == 0


def applies(problem: Problem) -> bool:
    """Whether this phase fits: chairs enough, no keep-together pairs, no history, and a crowded plan.

    Crowded: over all rounds each person meets at least ``DENSE`` of the
    others (the demo day: 3 rounds of about 7 among 58, a third; G1000: 4
    rounds of about 10 among 960, under 4 per cent).
    """
    people, tables = len(problem.people), len(problem.tables)
    if people < 2 or tables < 1 or problem.rounds < 1 or people > problem.seats:
        return False
    if problem.together or problem.history:
        return False
    crowd = ceil(people / tables)  # someone sits with at least crowd - 1 others every round
    if problem.rounds > 1 and (crowd > tables or problem.rounds * (crowd - 1) > people - 1):
        return False  # then no plan is free of repeats: a table's people need distinct tables next round
    return problem.rounds * (people / tables - 1) >= DENSE * (people - 1)


def rules_of(problem: Problem) -> tuple[Rules, list[int], list[int]]:
    """The problem in numbers, plus the person and table keys by number."""
    keys = [p.key for p in problem.people]
    index = {key: i for i, key in enumerate(keys)}
    tkeys = [t.key for t in problem.tables]
    tindex = {key: i for i, key in enumerate(tkeys)}
    slot_of: dict[tuple[str, str], int] = {}
    for attribute in problem.balance:
        for category in sorted({c for p in problem.people if (c := category_of(p.attributes, attribute))}):
            slot_of[(attribute, category)] = len(slot_of)
    slots = [tuple(slot_of.get((a, category_of(p.attributes, a) or ""), -1) for a in problem.balance)
             for p in problem.people]
    pins: list[list[tuple[int, int]]] = [[] for _ in keys]
    for (r, key), table in sorted(problem.pins.items()):
        if 0 <= r < problem.rounds and key in index and table in tindex:
            pins[index[key]].append((r, tindex[table]))
    apart: list[list[int]] = [[] for _ in keys]
    for a, b in problem.apart:
        if a in index and b in index and a != b and index[b] not in apart[index[a]]:
            apart[index[a]].append(index[b])
            apart[index[b]].append(index[a])
    rules = Rules(len(keys), len(tkeys), problem.rounds, slots, len(slot_of),
                  [p.needs_access for p in problem.people], [t.accessible for t in problem.tables],
                  [t.seats for t in problem.tables], pins, apart)
    return rules, keys, tkeys


def find(problem: Problem, rng: random.Random, clock: Clock, start: float, budget: float, progress: Progress,
         limit_ms: int, patience: int) -> Found | None:
    """The best assignment of people to repeat-free itineraries found within ``budget`` seconds (None: no set).

    Restarts on another layout of the groups (and another grid, if several
    fit) after a stall; gives up after ``patience`` steps without a new best.
    """
    rules, keys, tkeys = rules_of(problem)
    sets = designs(rules.P, rules.T, rules.R)
    if not sets:
        size = max(-(-rules.P // rules.T), 1)
        found = golfer_groups(rules.P, rules.T, size, rules.R, rng.randrange(1 << 30), budget / 2, clock, progress,
                              patience)
        if found is None:
            return None
        sets = [found]

    def out_of_time() -> bool:
        elapsed = clock.now() - start
        progress.step(min(int(elapsed * 1000), limit_ms), limit_ms)
        return elapsed >= budget

    best = None
    attempts = steps = since = 0
    stopped = False
    while True:
        groups = sets[attempts % len(sets)]
        follow = Follow(rules, lay_out(groups, rules.seats, rng), rng)
        cycle = max(CYCLE, STEPS_PER_CELL * follow.C)
        pos = follow.anneal(cycle, min(cycle * STALL_CYCLES, max(patience - since, 1)), out_of_time)
        attempts += 1
        steps += follow.steps
        follow.place(pos)
        cost = (follow.hard, follow.balance)
        if best is None or cost < best[0]:
            best, since = (cost, follow), 0
        else:
            since += follow.steps
        if cost == (0, 0) or since >= patience:
            break
        if clock.now() - start >= budget:
            stopped = True
            break
    (hard, balance), follow = best
    plan: Plan = [{keys[p]: tkeys[follow.tabs[cell][r]] for p, cell in enumerate(follow.pos)}
                  for r in range(rules.R)]
    return Found(plan, hard, balance, stopped, attempts, steps)
