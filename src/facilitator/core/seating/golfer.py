"""Pure mixing before names exist ("plan-tables"): the social golfer problem.

N people at T tables of at most S chairs for R rounds: who sits where so that
nobody meets anyone twice?

When T is a prime or a power of two and S <= T, the rounds come from the
affine plane of order T: person (x, y) — x a table, y a seat number — sits in
round w at table x + w·y in the field of T elements, and two people meet in at
most one round (with full tables of T, one more round seats each seat number
together). Leaving seats empty never makes anyone meet twice, so this also
covers fewer people than chairs. With R <= T that is the answer, no search.

Otherwise golfer_cyclic looks for a schedule that a cyclic shift of the
people maps onto itself: a small exact search over one or two "base rounds"
(it finds 6-3-8, 6-4-6, 6-5-6, 9-4-8, 10-4-7 within a few seconds; with fewer
people than chairs the empty chairs are the shift's fixed points). Then
golfer_tabu's tabu search after Dotú & Van Hentenryck (2005), starting from the
plane's rounds where there are any (8-4-9 at once). The order: a short cyclic
try, 2,000 tabu swaps, the long cyclic try (up to CYCLIC_SHARE of the time
limit), the tabu search until the time limit; with all but one round from the
plane only the tabu search. It stops as soon as no pair repeats, at the time
limit, or after ``patience`` swaps without a new best.

The start of the tabu search: the plane's rounds, the rest filled greedily.
With more than one round beyond the plane, all of its rounds are a trap: the
people they leave unmet are those of one seat number, T of them, and two more
rounds of tables of S within such a group need T >= S² (so 8-4-10 stays at 16
repeats from there). So there only the 2,000 quick swaps start from all of
them; the long search starts from all but PLANE_DROP of them and fills the
rest with golfer_greedy's freedom rounds. 8-4-10 is not solved that way
either: 8 to 16 repeats are left after 60 s (seeds 0-4), never more than 16.

Deterministic for a seed, except where the time limit cuts a run short.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from facilitator.core.clock import Clock, MonotonicClock
from facilitator.core.progress import Progress
from facilitator.core.seating.golfer_cyclic import PASSES, StopSearch, cyclic_schedule
from facilitator.core.seating.golfer_greedy import freedom_rounds
from facilitator.core.seating.golfer_tabu import PATIENCE, Golf

#: Search nodes and share of the time limit the cyclic construction may use before the tabu search.
CYCLIC_NODES, CYCLIC_SHARE = 2_000_000, 0.4
#: Swaps of the short tabu search between the short and the long cyclic try.
QUICK_SWAPS = 2_000
#: Rounds of the affine plane left out of the search's start when it needs more than one round beyond the plane.
PLANE_DROP = 2


@dataclass(frozen=True)
class GolferResult:
    schedule: list[list[list[int]]]  # rounds -> tables -> person numbers 0..N-1
    repeated_pairs: int  # sum over pairs of meetings beyond the first
    seconds: float
    stopped_by_time_limit: bool = False
    iterations: int = 0  # tabu search swaps (0: constructed)
    method: str = "affine"  # "affine" (affine plane), "cyclic" (golfer_cyclic) or "search" (golfer_tabu)


def table_sizes(people: int, tables: int, size: int) -> list[int]:
    """People per table, as even as possible: the first ``people % tables`` tables get one more."""
    if tables < 1 or size < 1:
        raise ValueError("there must be at least one table with at least one chair")
    if people > tables * size:
        raise ValueError(f"{people} people do not fit at {tables} tables of {size}")
    base, extra = divmod(people, tables)
    return [base + (1 if t < extra else 0) for t in range(tables)]


def count_repeats(schedule: list[list[list[int]]]) -> int:
    """Sum over pairs of their meetings beyond the first."""
    seen: dict[tuple[int, int], int] = {}
    repeats = 0
    for tables in schedule:
        for group in tables:
            ordered = sorted(group)
            for i, a in enumerate(ordered):
                for b in ordered[i + 1:]:
                    if (a, b) in seen:
                        repeats += 1
                    seen[(a, b)] = 1
    return repeats


def plan_tables(
    people: int, tables: int, size: int, rounds: int, *, seed: int = 0, time_limit: float = 10.0,
    clock: Clock | None = None, progress: Progress | None = None, patience: int = PATIENCE,
) -> GolferResult:
    """A schedule with as few repeated pairs as the search finds (0 stops it at once)."""
    clock = clock or MonotonicClock()
    progress = progress or Progress()
    start = clock.now()
    if rounds < 1:
        raise ValueError("the number of rounds must be at least 1")
    sizes = table_sizes(people, tables, size)
    schedule = affine_schedule(people, tables, size, rounds)
    if schedule is not None:
        return GolferResult(schedule, count_repeats(schedule), clock.now() - start)
    limit_ms = max(1, int(time_limit * 1000))
    progress.step(0, limit_ms)
    # more rounds than the affine plane has: its rounds still make a strong start for the search
    plane = affine_schedule(people, tables, size, min(rounds, tables))
    near = plane is not None and len(plane) >= rounds - 1  # the search finishes that at once (8-4-9)
    rng = random.Random(seed)
    best: GolferResult | None = None
    # a short cyclic try, a short tabu search, a longer cyclic try, then the tabu search until the time limit;
    # every phase but the last is bounded by a count (nodes, swaps), so unless the clock cuts a phase short
    # (the cyclic tries at CYCLIC_SHARE of the time limit) the seed alone fixes the outcome
    phases = ["search"] if near else ["cyclic", "quick search", "cyclic", "search"]
    for number, phase in enumerate(phases):
        if phase == "cyclic":
            passes = slice(0, 1) if number == 0 else slice(1, None)
            schedule = _cyclic(people, sizes[0], tables, rounds, seed, passes, clock, start, time_limit, progress,
                               limit_ms)
            if schedule is not None:
                best = GolferResult(schedule, count_repeats(schedule), clock.now() - start, method="cyclic")
                break
            continue
        start_rounds = plane  # the quick search from all of the plane's rounds, the long one without its last two
        if plane is not None and not near and phase == "search":
            start_rounds = freedom_rounds(plane[:max(0, len(plane) - PLANE_DROP)], people, sizes, rounds, rng)
        search = Golf(people, sizes, rounds, rng, start_rounds)
        stopped = search.run(clock, start, time_limit, progress, limit_ms, patience,
                             QUICK_SWAPS if phase == "quick search" else None)
        schedule = [[sorted(group) for group in week] for week in search.best]
        found = GolferResult(schedule, count_repeats(schedule), clock.now() - start, stopped,
                             search.iteration + (best.iterations if best else 0), "search")
        if best is None or found.repeated_pairs < best.repeated_pairs:
            best = found
        else:
            best = GolferResult(best.schedule, best.repeated_pairs, found.seconds, stopped, found.iterations, "search")
        if best.repeated_pairs == 0 or stopped:
            break
    progress.step(limit_ms, limit_ms)
    return best


def _cyclic(people, size, tables, rounds, seed, passes, clock, start, time_limit, progress, limit_ms):
    """The cyclic construction for tables of ``size`` within CYCLIC_SHARE of the time limit and CYCLIC_NODES
    search nodes; with fewer people than chairs the empty chairs are fixed people, left out afterwards."""

    def tick() -> None:
        elapsed = clock.now() - start
        progress.step(min(int(elapsed * 1000), limit_ms), limit_ms)
        if elapsed >= time_limit * CYCLIC_SHARE:
            raise StopSearch

    empty = tables * size - people
    schedule = cyclic_schedule(tables, size, rounds, seed=seed, node_budget=CYCLIC_NODES, tick=tick, min_fixed=empty,
                               passes=PASSES[passes], first_pass=passes.start)
    if schedule is None:
        return None
    return [[[p for p in group if p < people] for group in week] for week in schedule]


#: Irreducible polynomials for the fields of 4, 8, ... 64 elements (bit i = coefficient of x^i).
_MODULUS = {4: 0b111, 8: 0b1011, 16: 0b10011, 32: 0b100101, 64: 0b1000011}


def _field(order: int):
    """(add, multiply) of the field with ``order`` elements, or None (only primes and powers of two here)."""
    if order in _MODULUS:
        modulus, bits = _MODULUS[order], order.bit_length() - 1

        def multiply(a: int, b: int) -> int:
            product = 0
            while b:
                if b & 1:
                    product ^= a
                b >>= 1
                a <<= 1
                if a >> bits:
                    a ^= modulus
            return product

        return (lambda a, b: a ^ b), multiply
    if order >= 2 and all(order % d for d in range(2, int(order ** 0.5) + 1)):
        return (lambda a, b: (a + b) % order), (lambda a, b: a * b % order)
    return None


def affine_schedule(people: int, tables: int, size: int, rounds: int) -> list[list[list[int]]] | None:
    """A schedule without repeats from the affine plane of order ``tables``, when it exists (else None)."""
    field_ops = _field(tables)
    full = size == tables and people == tables * size  # then the seat levels are one more round: the lines y = c
    if field_ops is None or size > tables or rounds > tables + full or people > tables * size:
        return None
    add, multiply = field_ops
    # person n is (x, y) = (n % tables, n // tables): seat levels fill across all tables, so sizes stay even
    schedule = []
    for w in range(rounds):
        groups: list[list[int]] = [[] for _ in range(tables)]
        for n in range(people):
            x, y = n % tables, n // tables
            groups[y if w == tables else add(x, multiply(w, y))].append(n)
        schedule.append(groups)
    return schedule


