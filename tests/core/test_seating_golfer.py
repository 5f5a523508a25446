"""plan-tables (the social golfer problem): valid schedules, zero repeats on small known instances, limits."""

from __future__ import annotations

import random

import pytest

from facilitator.core.clock import FakeClock
from facilitator.core.progress import Cancelled, Progress
from facilitator.core.seating.golfer import affine_schedule, count_repeats, plan_tables, table_sizes
from facilitator.core.seating.golfer_cyclic import cyclic_schedule, develop, pair_classes
from facilitator.core.seating.golfer_greedy import freedom_rounds
from facilitator.core.seating.golfer_tabu import Golf


def assert_valid(schedule, people, tables, size, rounds):
    assert len(schedule) == rounds
    for week in schedule:
        assert len(week) == tables
        assert sorted(p for group in week for p in group) == list(range(people))
        assert all(len(group) <= size for group in week)
        assert max(map(len, week)) - min(map(len, week)) <= 1


def test_count_repeats_counts_meetings_beyond_the_first():
    assert count_repeats([[[0, 1, 2], [3, 4, 5]], [[0, 1, 3], [2, 4, 5]]]) == 2
    assert count_repeats([[[0, 1]], [[0, 1]], [[1, 0]]]) == 2


def test_table_sizes_are_even_and_refuse_too_many_people():
    assert table_sizes(60, 8, 8) == [8, 8, 8, 8, 7, 7, 7, 7]
    with pytest.raises(ValueError, match="61 people do not fit at 6 tables of 10"):
        table_sizes(61, 6, 10)


@pytest.mark.parametrize("groups, size, weeks", [(4, 4, 5), (5, 5, 6), (8, 4, 8), (8, 8, 9), (7, 3, 7)])
def test_affine_plane_instances_are_built_without_search(groups, size, weeks):
    result = plan_tables(groups * size, groups, size, weeks, seed=0, time_limit=60, clock=FakeClock())
    assert_valid(result.schedule, groups * size, groups, size, weeks)
    assert result.repeated_pairs == 0 == count_repeats(result.schedule) and result.iterations == 0
    assert result.method == "affine"
    assert affine_schedule(groups * size, groups, size, weeks) == result.schedule


def test_no_affine_plane_where_it_does_not_exist():
    assert affine_schedule(36, 6, 6, 3) is None  # 6 is no prime power
    assert affine_schedule(32, 8, 4, 9) is None  # more rounds than the plane has for tables of 4
    assert affine_schedule(60, 8, 8, 9) is None  # the extra round needs full tables


@pytest.mark.parametrize(
    "groups, size, weeks", [(6, 3, 5), (10, 5, 3), (5, 3, 6), (6, 4, 4), (4, 3, 3), (5, 3, 7), (8, 4, 9)])
def test_small_instances_the_search_solves(groups, size, weeks):
    result = plan_tables(groups * size, groups, size, weeks, seed=0, time_limit=60, clock=FakeClock())
    assert_valid(result.schedule, groups * size, groups, size, weeks)
    assert result.repeated_pairs == 0 == count_repeats(result.schedule)
    assert not result.stopped_by_time_limit


@pytest.mark.parametrize("groups, size, weeks", [(6, 3, 8), (10, 4, 7), (6, 4, 6), (9, 4, 8), (6, 5, 6)])
def test_cyclic_construction_solves_instances_local_search_struggles_with(groups, size, weeks):
    # 6-3-8: 18 people in threes for 8 rounds, everyone meets 16 of the 17 others (a nearly Kirkman triple system)
    result = plan_tables(groups * size, groups, size, weeks, seed=0, time_limit=60, clock=FakeClock())
    assert_valid(result.schedule, groups * size, groups, size, weeks)
    assert result.repeated_pairs == 0 == count_repeats(result.schedule)
    assert result.method == "cyclic" and result.iterations == 0


def test_developed_rounds_repeat_exactly_when_base_round_pair_classes_do():
    # 18 people: 4 orbits of 4 under the shift plus 2 fixed people; a base round develops into 4 rounds
    classes, _ = pair_classes(18, 4, 2)
    rng = random.Random(3)
    for _ in range(200):
        order = list(range(18))
        rng.shuffle(order)
        base = [order[i:i + 3] for i in range(0, 18, 3)]
        found = [classes[a][b] for group in base for i, a in enumerate(group) for b in group[i + 1:]]
        clean = min(found) >= 0 and len(set(found)) == len(found)
        schedule = develop([base], 4, 2, 18, 4)
        assert_valid(schedule, 18, 6, 3, 4)
        assert (count_repeats(schedule) == 0) == clean


def test_cyclic_schedule_is_deterministic_and_gives_up_within_its_budget():
    assert cyclic_schedule(6, 3, 8, seed=5) == cyclic_schedule(6, 3, 8, seed=5) is not None
    assert cyclic_schedule(8, 4, 11, node_budget=2_000) is None  # 11 rounds of 32 people in fours cannot exist


def test_fewer_people_than_chairs_leave_the_fixed_people_out_of_a_cyclic_schedule():
    # 17 people at 6 tables of 3 for 8 rounds: 6-3-8 without one person, one table of 2 every round
    result = plan_tables(17, 6, 3, 8, seed=0, time_limit=60, clock=FakeClock())
    assert_valid(result.schedule, 17, 6, 3, 8)
    assert result.repeated_pairs == 0 and result.method == "cyclic"


def test_the_tabu_search_takes_over_from_eight_rounds_of_the_affine_plane():
    result = plan_tables(32, 8, 4, 9, seed=0, time_limit=60, clock=FakeClock())
    assert_valid(result.schedule, 32, 8, 4, 9)
    assert result.repeated_pairs == 0 and result.method == "search" and result.iterations > 0


def test_uneven_tables_and_the_sixty_people_question():
    result = plan_tables(60, 8, 8, 3, seed=1, time_limit=60, clock=FakeClock())
    assert_valid(result.schedule, 60, 8, 8, 3)
    assert result.repeated_pairs == 0


def test_same_seed_same_schedule():
    first = plan_tables(20, 5, 4, 4, seed=7, clock=FakeClock())
    assert first.schedule == plan_tables(20, 5, 4, 4, seed=7, clock=FakeClock()).schedule


def test_time_limit_on_a_fake_clock_keeps_the_best_schedule():
    # 9 people at 3 tables of 3 for 6 rounds: 12 pairs a round, 36 pairs in all, so repeats are unavoidable
    clock = FakeClock()
    progress = Progress(lambda done, total, text: clock.advance(0.5))
    result = plan_tables(9, 3, 3, 6, time_limit=3, clock=clock, progress=progress)
    assert result.stopped_by_time_limit and result.repeated_pairs == count_repeats(result.schedule) > 0
    assert result.method == "search"
    assert_valid(result.schedule, 9, 3, 3, 6)


def test_cancel():
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        plan_tables(9, 3, 3, 6, clock=FakeClock(), progress=progress)


def tallies(golf):
    return [golf.joined, golf.loss, golf.packed_joined, golf.packed_loss, golf.masks, golf.met_there, golf.known]


@pytest.mark.parametrize("people, sizes, rounds, swaps", [
    (9, [3, 3, 3], 6, 1_500),  # repeats unavoidable: past STALL swaps without progress, so shakes too
    (32, [4] * 8, 10, 300),  # 8-4-10, from the affine plane's 8 rounds
    (90, [45, 45], 3, 12),  # tables too large for one-byte lanes
])
def test_tabu_search_keeps_its_counts_right_through_swaps_and_shakes(people, sizes, rounds, swaps):
    plane = affine_schedule(people, len(sizes), sizes[0], min(rounds, len(sizes)))
    golf = Golf(people, sizes, rounds, random.Random(3), plane)
    clock = FakeClock()
    golf.run(clock, clock.now(), 60.0, Progress(), 60_000, 10**6, swaps)
    assert golf.iteration == swaps
    kept = tallies(golf)
    golf._tables()  # rebuilt from the meeting counts and the groups
    assert kept == tallies(golf)
    assert golf.cost == count_repeats(golf.groups) and golf.best_cost == count_repeats(golf.best)
    assert all(sorted(p for group in week for p in group) == list(range(people)) for week in golf.best)


def test_freedom_rounds_keep_the_start_and_add_valid_rounds_deterministically():
    start = affine_schedule(32, 8, 4, 6)
    schedule = freedom_rounds(start, 32, [4] * 8, 10, random.Random(1))
    assert_valid(schedule, 32, 8, 4, 10)
    assert schedule[:6] == start and schedule == freedom_rounds(start, 32, [4] * 8, 10, random.Random(1))
    # many unseated people: the first of each pair is drawn at random, the sizes still hold
    sizes = table_sizes(97, 10, 10)
    schedule = freedom_rounds([], 97, sizes, 3, random.Random(2))
    assert_valid(schedule, 97, 10, 10, 3)
    assert [len(group) for group in schedule[2]] == sizes


@pytest.mark.parametrize("seed", range(5))
def test_freedom_rounds_avoid_repeats(seed):
    # after one round of 4 tables of 4 a second round without repeats is easy: one from each first table
    assert count_repeats(freedom_rounds([], 16, [4] * 4, 2, random.Random(seed))) == 0
    # 8-4-10 from scratch: random rounds leave about 160 repeated pairs, freedom rounds about 55
    assert count_repeats(freedom_rounds([], 32, [4] * 8, 10, random.Random(seed))) < 80


def test_one_table_leaves_nothing_to_swap():
    result = plan_tables(5, 1, 5, 3, clock=FakeClock())  # everyone meets everyone every round
    assert result.repeated_pairs == 20 and result.iterations == 0 and not result.stopped_by_time_limit


@pytest.mark.slow
@pytest.mark.parametrize("groups, size, weeks", [(7, 3, 9), (8, 3, 10), (9, 3, 4), (10, 4, 5), (12, 4, 4), (6, 3, 7),
                                                 (6, 4, 5), (6, 6, 3), (8, 5, 5)])
def test_classic_instances_by_search(groups, size, weeks):
    result = plan_tables(groups * size, groups, size, weeks, seed=0, time_limit=120)
    assert_valid(result.schedule, groups * size, groups, size, weeks)
    assert result.repeated_pairs == 0
