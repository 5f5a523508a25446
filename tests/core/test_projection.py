"""The projected schedule: overruns propagate, pins absorb what their gap allows, slack goes negative."""

from datetime import date, datetime, time, timedelta

import pytest

from facilitator.core.clock import FakeClock, FakeWallClock
from facilitator.core.live import DayRun
from facilitator.core.model import AgendaItem, AgendaKind, LiveRun
from facilitator.core.projection import ItemStatus, format_delta, project, round_minutes

DAY = date(2026, 3, 14)
START = time(9, 30)


def at(hour: int, minute: int, second: int = 0) -> datetime:
    return datetime(2026, 3, 14, hour, minute, second)


def _day(round_two: int = 45) -> list[AgendaItem]:
    """domain.md's day; with a shorter round 2 there is a gap before the pinned lunch."""
    rows = [
        ("Inloop met koffie", 30, AgendaKind.BREAK, None),
        ("Welkom en terugblik", 15, AgendaKind.PLENARY, None),
        ("Expertpresentatie", 30, AgendaKind.PLENARY, None),
        ("Tafelronde 1", 45, AgendaKind.TABLE_ROUND, None),
        ("Pauze", 15, AgendaKind.BREAK, None),
        ("Tafelronde 2", round_two, AgendaKind.TABLE_ROUND, None),
        ("Lunch", 45, AgendaKind.BREAK, time(12, 30)),
        ("Stippenstemmen", 45, AgendaKind.PLENARY, None),
        ("Tafelronde 3", 60, AgendaKind.TABLE_ROUND, None),
        ("Afsluiting", 30, AgendaKind.PLENARY, time(15, 0)),
    ]
    return [AgendaItem(t, m, k, position=n, pinned_start=p, id=n + 1) for n, (t, m, k, p) in enumerate(rows)]


def _held(items, *spans):
    """Give the first items actual times: spans of (start, end)."""
    for item, (start, end) in zip(items, spans):
        item.actual_start, item.actual_end = start, end


def _expert_running_since_1017(items):
    _held(items, (at(9, 30), at(10, 2)), (at(10, 2), at(10, 17)))
    items[2].actual_start = at(10, 17)


def test_without_now_the_projection_is_the_plan():
    projection = project(_day(), START, day=DAY)
    assert all(p.status == ItemStatus.UPCOMING and p.start == p.planned_start for p in projection.items)
    assert projection.planned_end == projection.projected_end == at(15, 30)
    assert projection.end_delta_minutes == 0
    assert projection.next_pin.item.title == "Lunch" and projection.next_pin.planned_gap == timedelta(0)


def test_before_the_day_the_programme_starts_at_day_start_or_now():
    early = project(_day(), START, now=at(9, 0))
    assert early.items[0].start == at(9, 30) and early.end_delta_minutes == 0
    late = project(_day(), START, now=at(9, 40))
    assert late.items[1].start == at(10, 10) and late.items[1].delay_minutes == 10
    assert late.of(7).start == at(12, 40)  # lunch has no gap to swallow it
    assert late.end_delta_minutes == 10


def test_an_overrun_shifts_later_items_until_a_pin_absorbs_it():
    items = _day(round_two=30)  # 15 minutes of air before lunch
    _expert_running_since_1017(items)
    projection = project(items, START, now=at(10, 50), current_item_id=3, remaining_seconds=-180)
    statuses = [p.status for p in projection.items]
    assert statuses[:3] == [ItemStatus.DONE, ItemStatus.DONE, ItemStatus.CURRENT]
    assert projection.current.end == at(10, 50)  # running over: it ends any moment now
    assert projection.of(4).start == at(10, 50) and projection.of(4).delay_minutes == 5
    assert projection.of(6).start == at(11, 50) and projection.of(6).end == at(12, 20)
    slack = projection.next_pin
    assert slack.item.title == "Lunch"
    assert slack.planned_gap == timedelta(minutes=15) and slack.projected_gap == timedelta(minutes=10)
    assert slack.absorbed == timedelta(minutes=5) and slack.late == timedelta(0) and slack.minutes == 10
    assert projection.of(7).start == at(12, 30) and projection.of(7).delay == timedelta(0)
    assert projection.end_delta_minutes == 0


def test_negative_slack_when_the_delay_is_larger_than_the_gap():
    items = _day(round_two=30)
    _expert_running_since_1017(items)
    projection = project(items, START, now=at(11, 10), current_item_id=3, remaining_seconds=-23 * 60)
    slack = projection.next_pin
    assert slack.projected_gap == timedelta(minutes=-10) and slack.minutes == -10
    assert slack.late == timedelta(minutes=10) and slack.absorbed == timedelta(minutes=15)
    assert projection.of(7).start == at(12, 40)
    assert projection.of(10).start == at(15, 10)  # the 15:00 pin is overrun too
    assert projection.projected_end == at(15, 40) and format_delta(projection.end_delta_minutes) == "+10"


def test_a_paused_item_pushes_the_rest_as_time_passes():
    items = _day()
    _expert_running_since_1017(items)
    first = project(items, START, now=at(10, 40), current_item_id=3, remaining_seconds=300)
    later = project(items, START, now=at(10, 50), current_item_id=3, remaining_seconds=300)
    assert first.current.end == at(10, 45) and later.current.end == at(10, 55)
    assert later.end_delta_minutes == first.end_delta_minutes + 10


def test_skipped_items_take_no_time():
    items = _day()
    _held(items, (at(9, 30), at(10, 0)), (at(10, 0), at(10, 15)))
    items[3].actual_start = at(10, 15)  # the expert cancelled: skipped to round 1
    projection = project(items, START, now=at(10, 20), current_item_id=4, remaining_seconds=40 * 60)
    expert = projection.of(3)
    assert expert.status == ItemStatus.SKIPPED and expert.start == expert.end == at(10, 15)
    assert projection.of(5).start == at(11, 0)  # 30 minutes earlier than planned
    assert projection.of(5).delay_minutes == -30
    assert projection.next_pin.projected_gap == timedelta(minutes=30)
    assert projection.end_delta_minutes == 0  # the lunch pin holds the rest of the day


def test_a_finished_day_ends_at_the_last_actual_end():
    items = _day()
    spans = [(at(9, 30) + timedelta(minutes=30 * n), at(9, 30) + timedelta(minutes=30 * (n + 1))) for n in range(8)]
    _held(items, *spans)
    projection = project(items, START, now=at(16, 0), finished=True)
    assert [p.status for p in projection.items[-2:]] == [ItemStatus.SKIPPED, ItemStatus.SKIPPED]
    assert projection.projected_end == at(13, 30) and projection.next_pin is None
    assert projection.end_delta_minutes == -120


def test_empty_programme():
    projection = project([], START, now=at(10, 0))
    assert projection.items == () and projection.end_delta == timedelta(0) and projection.current is None


def test_round_and_format_minutes():
    assert round_minutes(timedelta(seconds=29)) == 0
    assert round_minutes(timedelta(seconds=30)) == 1
    assert round_minutes(timedelta(seconds=-30)) == -1
    assert round_minutes(timedelta(minutes=12, seconds=10)) == 12
    assert [format_delta(m) for m in (12, -3, 0)] == ["+12", "-3", "0"]


def test_the_day_run_projects_from_its_own_clock():
    mono = FakeClock(0.0)
    wall = FakeWallClock(at(9, 30), follow=mono)
    run = DayRun(_day(), LiveRun(), mono, wall)
    run.start_day()
    mono.advance(40 * 60)  # the coffee goes on
    projection = run.project(START)
    assert projection.current.item.title == "Inloop met koffie"
    assert projection.of(2).start == at(10, 10)
    assert projection.next_pin.late == timedelta(minutes=10)
    assert projection.end_delta_minutes == 10
    run.next()
    assert run.project(START).of(1).end == at(10, 10)


@pytest.mark.parametrize("remaining", [0.0, 59.0, 3600.0])
def test_the_running_item_ends_when_its_time_is_up(remaining):
    items = _day()
    items[0].actual_start = at(9, 30)
    projection = project(items, START, now=at(9, 35), current_item_id=1, remaining_seconds=remaining)
    assert projection.current.end == at(9, 35) + timedelta(seconds=remaining)
