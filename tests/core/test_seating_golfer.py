"""plan-tables (the social golfer problem): valid schedules, zero repeats on small known instances, limits."""

from __future__ import annotations

import pytest

from facilitator.core.clock import FakeClock
from facilitator.core.progress import Cancelled, Progress
from facilitator.core.seating.golfer import affine_schedule, count_repeats, plan_tables, table_sizes


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
    assert_valid(result.schedule, 9, 3, 3, 6)


def test_cancel():
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        plan_tables(9, 3, 3, 6, clock=FakeClock(), progress=progress)


@pytest.mark.slow
@pytest.mark.parametrize("groups, size, weeks", [(7, 3, 9), (8, 3, 10), (9, 3, 4), (10, 4, 5), (12, 4, 4)])
def test_classic_instances_by_search(groups, size, weeks):
    result = plan_tables(groups * size, groups, size, weeks, seed=0, time_limit=120)
    assert_valid(result.schedule, groups * size, groups, size, weeks)
    assert result.repeated_pairs == 0
