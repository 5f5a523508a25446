"""The table-assignment solver: hard rules hold, figures are reported, same seed same plan, cancel, time limit."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from facilitator.core.clock import FakeClock
from facilitator.core.progress import Cancelled, Progress
from facilitator.core.seating.problem import Person, Problem, TableSpec
from facilitator.core.seating.quality import evaluate
from facilitator.core.seating.solver import moved_people, replan, solve

ATTRS = ("gender", "age_band", "district")


def random_problem(rng: random.Random, people: int, tables: int, rounds: int, *, rules: bool = True) -> Problem:
    specs = tuple(
        TableSpec(100 + t, rng.randint(5, 9), host=900 + t if rng.random() < 0.6 else None,
                  accessible=t < max(1, tables // 2))
        for t in range(tables)
    )
    seats = sum(t.seats for t in specs)
    people = min(people, seats)
    persons = tuple(
        Person(k, {"gender": rng.choice("mvx"[: rng.randint(2, 3)]), "age_band": rng.choice(["a", "b", "c", "d"]),
                   "district": rng.choice(["n", "o", "z", "w", "c"])},
               needs_access=rng.random() < 0.08)
        for k in range(people)
    )
    keys = [p.key for p in persons]
    pins, apart, together = {}, (), ()
    if rules and people >= 6:
        walking = [p.key for p in persons if not p.needs_access]  # two wheelchair users kept apart might not fit
        a, b = rng.sample(walking, 2)
        c, d, e = rng.sample([k for k in keys if k not in (a, b)], 3)
        apart, together = ((a, b),), ((c, d),)
        accessible = [t.key for t in specs if t.accessible]
        pins = {(rng.randrange(rounds), e): rng.choice(accessible)}
    return Problem(persons, specs, rounds, ATTRS, pins, apart, together)


def surely_feasible(problem) -> bool:
    """Room to spare at the accessible tables for everyone who must sit there, plus one of the apart pair."""
    must = {p.key for p in problem.people if p.needs_access}
    must |= {b for a, b in problem.together if a in must} | {a for a, b in problem.together if b in must}
    must |= {key for (_, key) in problem.pins}
    must |= {b for a, b in problem.together if a in must} | {a for a, b in problem.together if b in must}
    room = min(t.seats for t in problem.tables if t.accessible) if len(problem.tables) > 1 else problem.seats
    return len(must) + 1 <= room


def assert_rules_hold(problem, plan):
    quality = evaluate(problem, plan)
    assert quality.violations == (), [v.reason for v in quality.violations]
    return quality


@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 10_000), st.integers(6, 40), st.integers(2, 6), st.integers(1, 4))
def test_hard_rules_never_broken_on_random_instances(seed, people, tables, rounds):
    rng = random.Random(seed)
    problem = random_problem(rng, people, tables, rounds)
    assume(surely_feasible(problem))
    solution = solve(problem, seed=seed, time_limit=5, clock=FakeClock(), patience=20_000)
    assert len(solution.plan) == rounds
    assert_rules_hold(problem, solution.plan)
    for assignment in solution.plan:
        assert set(assignment) == {p.key for p in problem.people}


def test_figures_in_the_solution_are_those_of_evaluate():
    problem = random_problem(random.Random(5), 40, 6, 3)
    solution = solve(problem, seed=1, time_limit=5, clock=FakeClock(), patience=5_000)
    assert solution.quality == evaluate(problem, solution.plan)


def test_small_balanced_problem_reaches_zero_everything():
    # 24 people, 6 tables of 4 (+ host), 3 rounds; gender 12/12 and 4 districts of 6: a perfect plan exists
    people = tuple(Person(k, {"gender": "mv"[k % 2], "district": "nozw"[(k // 2) % 4]}) for k in range(24))
    tables = tuple(TableSpec(t, 5, host=100 + t) for t in range(6))
    problem = Problem(people, tables, 3, ("gender", "district"))
    solution = solve(problem, seed=3, time_limit=30, clock=FakeClock())
    assert solution.quality.perfect
    assert not solution.stopped_by_time_limit
    # 4 per table: 2 of each gender and one of each district (shares 2 and 1 exactly)
    people_of = {p.key: p.attributes for p in people}
    for assignment in solution.plan:
        for table in tables:
            sitting = [people_of[k] for k, t in assignment.items() if t == table.key]
            assert sorted(a["gender"] for a in sitting) == ["m", "m", "v", "v"]
            assert sorted(a["district"] for a in sitting) == ["n", "o", "w", "z"]


def test_same_seed_same_plan_and_other_seed_may_differ():
    problem = random_problem(random.Random(8), 36, 5, 3)
    first = solve(problem, seed=4, time_limit=5, clock=FakeClock(), patience=4_000)
    again = solve(problem, seed=4, time_limit=5, clock=FakeClock(), patience=4_000)
    assert first.plan == again.plan and first.quality == again.quality


def test_cancel_raises_cancelled():
    problem = random_problem(random.Random(2), 40, 6, 3)
    calls = []

    def listener(done, total, text):
        calls.append(done)
        if len(calls) == 3:
            progress.cancel()

    progress = Progress(listener)
    with pytest.raises(Cancelled):
        solve(problem, time_limit=60, clock=FakeClock(), progress=progress, patience=10**9)


def test_time_limit_on_a_fake_clock_returns_the_best_plan_so_far():
    # 9 people at 3 tables of 3 for 5 rounds: each meets 2 per round, 8 others, so repeats are unavoidable
    problem = Problem(tuple(Person(k) for k in range(9)), tuple(TableSpec(t, 3) for t in range(3)), 5)
    clock = FakeClock()
    progress = Progress(lambda done, total, text: clock.advance(0.25))
    solution = solve(problem, time_limit=2.0, clock=clock, progress=progress, patience=10**9)
    assert solution.stopped_by_time_limit
    assert solution.quality.repeated_pairs > 0 and solution.quality.rule_violations == 0
    assert 2.0 <= solution.seconds <= 2.5
    assert any("time limit" in note for note in solution.notes)


def test_notes_say_why_a_rule_cannot_hold():
    people = tuple(Person(k, needs_access=k < 3) for k in range(8))
    tables = (TableSpec(1, 3, host=50, accessible=True), TableSpec(2, 6, accessible=False))
    problem = Problem(people, tables, 1, pins={(0, 5): 1, (0, 6): 1, (0, 7): 1},
                      apart=((3, 4),), together=((3, 4),))
    solution = solve(problem, time_limit=5, clock=FakeClock(), patience=2_000)
    text = " | ".join(solution.notes)
    assert "3 wheelchair users but only 2 chairs at accessible tables" in text
    assert "3 people are pinned to table 1 in round 1, which has 2 chairs" in text
    assert "persons 3 and 4 must sit apart, but keep-together pairs link them" in text
    assert solution.quality.rule_violations > 0


def test_more_people_than_chairs_is_noted_and_overfills_evenly():
    problem = Problem(tuple(Person(k) for k in range(10)), (TableSpec(1, 4), TableSpec(2, 4)), 1)
    solution = solve(problem, time_limit=5, clock=FakeClock(), patience=1_000)
    assert "10 people to seat but only 8 chairs" in solution.notes[0]
    assert sorted(list(solution.plan[0].values()).count(t) for t in (1, 2)) == [5, 5]
    assert {v.kind for v in solution.quality.violations} == {"capacity"}


def test_pins_hosts_and_pairs_hold_in_every_round():
    people = tuple(Person(k, {"gender": "mv"[k % 2]}) for k in range(20))
    tables = tuple(TableSpec(t, 6, host=100 + t) for t in range(4))
    problem = Problem(people, tables, 3, ("gender",), pins={(1, 0): 2, (2, 0): 3}, apart=((1, 2),),
                      together=((3, 4), (4, 5)))
    solution = solve(problem, time_limit=5, clock=FakeClock(), patience=5_000)
    assert_rules_hold(problem, solution.plan)
    assert solution.plan[1][0] == 2 and solution.plan[2][0] == 3
    for assignment in solution.plan:
        assert assignment[3] == assignment[4] == assignment[5]
        assert assignment[1] != assignment[2]


def test_replan_after_a_late_arrival_moves_few_people():
    rng = random.Random(11)
    problem = random_problem(rng, 40, 6, 3, rules=False)
    first = solve(problem, seed=1, time_limit=5, clock=FakeClock(), patience=5_000)
    late = Person(999, {"gender": "m", "age_band": "a", "district": "n"})
    bigger = Problem(problem.people + (late,), problem.tables, 3, problem.balance)
    again = replan(bigger, first.plan, 1, seed=1, time_limit=5, clock=FakeClock(), patience=5_000)
    assert again.plan[0] == first.plan[0]  # the round that was held stays as it was
    assert 999 not in again.plan[0] and 999 in again.plan[1] and 999 in again.plan[2]
    assert again.moved == moved_people(first.plan, again.plan, 1)
    assert again.moved <= 4
    # the late arrival had no seat in the round that was held; the coming rounds break no rule
    assert [(v.kind, v.round) for v in again.quality.violations] == [("unseated", 0)]


def test_replan_after_no_shows_keeps_everyone_else_in_place():
    problem = random_problem(random.Random(12), 36, 6, 3, rules=False)
    first = solve(problem, seed=2, time_limit=5, clock=FakeClock(), patience=5_000)
    gone = {problem.people[0].key, problem.people[1].key}
    smaller = Problem(tuple(p for p in problem.people if p.key not in gone), problem.tables, 3, problem.balance)
    again = replan(smaller, first.plan, 1, seed=2, time_limit=5, clock=FakeClock(), patience=5_000)
    assert again.moved <= 4
    assert all(key not in again.plan[r] for key in gone for r in (1, 2))
    assert again.plan[0] == first.plan[0]
    assert again.quality.violations == ()


def test_history_counts_as_earlier_meetings():
    people = tuple(Person(k) for k in range(8))
    tables = tuple(TableSpec(t, 2) for t in range(4))
    history = ({0: 1, 1: 1, 2: 1, 3: 1, 4: 2, 5: 2, 6: 2, 7: 2},)
    problem = Problem(people, tables, 1, history=history)
    solution = solve(problem, time_limit=5, clock=FakeClock(), patience=5_000)
    assert solution.quality.repeated_pairs == 0
    assert len({solution.plan[0][k] for k in (0, 1, 2, 3)}) == 4  # each pair: one of each earlier table
    # and a plan that seats two who met before counts that as a repeated pair
    assert evaluate(problem, [{0: 0, 1: 0, 2: 1, 3: 2, 4: 1, 5: 2, 6: 3, 7: 3}]).repeated_pairs == 2


def test_empty_problem_gives_an_empty_plan():
    solution = solve(Problem((), (TableSpec(1, 4),), 2), clock=FakeClock())
    assert solution.plan == [{}, {}] and solution.quality.perfect
