"""Repeat-free itineraries: designs never let two cells meet twice; crowded plans get seated without repeats."""

from __future__ import annotations

import random
from itertools import combinations

import pytest

from facilitator.core.clock import FakeClock
from facilitator.core.progress import Cancelled, Progress
from facilitator.core.seating import itineraries
from facilitator.core.seating.problem import Person, Problem, TableSpec
from facilitator.core.seating.quality import evaluate
from facilitator.core.seating.solver import solve


def shared_rounds(a: tuple[int, ...], b: tuple[int, ...]) -> int:
    return sum(1 for x, y in zip(a, b) if x == y)


@pytest.mark.parametrize("people, tables, rounds", [
    (58, 8, 3), (24, 6, 3), (40, 10, 4), (30, 7, 5), (12, 4, 2), (60, 12, 3), (9, 3, 1),
])
def test_every_design_is_repeat_free_and_has_a_cell_for_everyone(people, tables, rounds):
    found = itineraries.designs(people, tables, rounds)
    assert found, "a grid exists for these sizes"
    for cells in found:
        assert len(cells) >= people
        assert all(len(cell) == rounds and all(0 <= g < tables for g in cell) for cell in cells)
        assert max(shared_rounds(a, b) for a, b in combinations(cells, 2)) <= 1


def test_plane_is_a_latin_square_with_a_transversal_for_order_eight():
    cells = itineraries.plane(8, 3)
    assert len(cells) == 64 and len(set(cells)) == 64
    # a transversal: eight cells that share no group in any round (the cyclic square of order 8 has none)
    transversal = [c for c in cells if c[1] == [0, 2, 4, 6, 3, 1, 7, 5][c[0]]]
    assert len({c[2] for c in transversal}) == 8


def test_applies_to_crowded_plans_only():
    demo_like = Problem(tuple(Person(k) for k in range(58)), tuple(TableSpec(t, 9, host=100 + t) for t in range(8)), 3)
    assert itineraries.applies(demo_like)
    g1000_like = Problem(tuple(Person(k) for k in range(960)), tuple(TableSpec(t, 11, host=5000 + t)
                                                                        for t in range(100)), 4)
    assert not itineraries.applies(g1000_like)  # each meets under 4 % of the room: the swap search suffices
    too_many = Problem(tuple(Person(k) for k in range(40)), tuple(TableSpec(t, 8) for t in range(6)), 3)
    assert not itineraries.applies(too_many)  # 7 at a table need 7 different tables next round: repeats forced
    assert not itineraries.applies(Problem(demo_like.people, demo_like.tables, 3, together=((1, 2),)))
    assert not itineraries.applies(Problem(demo_like.people, demo_like.tables, 3, history=({1: 0, 2: 0},)))


def balanced_problem(**rules) -> Problem:
    # 32 people, 8 tables of 5 (+ host), 3 rounds; gender 16/16 and 4 districts of 8; two wheelchair users
    people = tuple(Person(k, {"gender": "mv"[k % 2], "district": "nozw"[(k // 2) % 4]}, needs_access=k in (0, 5))
                   for k in range(32))
    tables = tuple(TableSpec(t, 6, host=100 + t, accessible=t < 6) for t in range(8))
    return Problem(people, tables, 3, ("gender", "district"), **rules)


def run(problem, seed=0):
    clock = FakeClock()
    return itineraries.find(problem, random.Random(seed), clock, clock.now(), 10.0, Progress(), 10_000, 200_000)


def test_find_reaches_a_perfect_plan_with_rules_kept():
    problem = balanced_problem(pins={(1, 3): 7}, apart=((6, 7),))
    found = run(problem, seed=2)
    assert found.perfect
    quality = evaluate(problem, found.plan)
    assert quality.perfect, (quality.repeated_pairs, quality.deviations, quality.violations)
    assert found.plan[1][3] == 7
    assert all(plan[0] < 6 and plan[5] < 6 for plan in found.plan)


def test_same_seed_same_plan():
    problem = balanced_problem()
    assert run(problem, seed=4).plan == run(problem, seed=4).plan


def test_solver_takes_the_itinerary_plan_for_a_crowded_problem():
    problem = balanced_problem()
    solution = solve(problem, seed=1, time_limit=10, clock=FakeClock(), patience=50_000)
    assert solution.quality.perfect
    assert not solution.stopped_by_time_limit


def test_cancel_reaches_the_phase():
    progress = Progress()
    progress.cancel()
    clock = FakeClock()
    with pytest.raises(Cancelled):
        itineraries.find(balanced_problem(), random.Random(0), clock, clock.now(), 10.0, progress, 10_000, 10_000)
