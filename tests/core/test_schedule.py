"""Schedule arithmetic: start times, pins, gaps and overlaps."""

from datetime import time, timedelta

from facilitator.core.model import AgendaItem, AgendaKind
from facilitator.core.schedule import format_minutes, plan, planned_end


def _day():
    return [
        AgendaItem("Inloop met koffie", 30, AgendaKind.BREAK, position=0),
        AgendaItem("Welkom", 15, position=1),
        AgendaItem("Expertpresentatie", 30, position=2),
        AgendaItem("Tafelronde 1", 45, AgendaKind.TABLE_ROUND, position=3),
        AgendaItem("Lunch", 45, AgendaKind.BREAK, position=4, pinned_start=time(12, 30)),
        AgendaItem("Afsluiting", 30, position=5),
    ]


def test_items_follow_each_other_from_day_start():
    placed = plan(_day(), time(9, 30))
    starts = [p.start.time() for p in placed[:4]]
    assert starts == [time(9, 30), time(10, 0), time(10, 15), time(10, 45)]


def test_pin_later_than_running_time_leaves_a_gap():
    placed = plan(_day(), time(9, 30))
    lunch = placed[4]
    assert lunch.start.time() == time(12, 30)
    assert lunch.gap_before == timedelta(minutes=60)  # 11:30 -> 12:30
    assert placed[5].start.time() == time(13, 15)


def test_pin_earlier_than_running_time_is_an_overlap():
    items = _day()
    items[3].planned_minutes = 150  # round runs until 13:15
    lunch = plan(items, time(9, 30))[4]
    assert lunch.overlap_before == timedelta(minutes=45)
    assert lunch.gap_before == timedelta(0)


def test_order_follows_position_not_list_order():
    items = list(reversed(_day()))
    assert [p.item.title for p in plan(items, time(9, 30))][0] == "Inloop met koffie"


def test_planned_end_and_empty_programme():
    assert planned_end(_day(), time(9, 30)) == time(13, 45)
    assert planned_end([], time(9, 30)) == time(9, 30)


def test_format_minutes():
    assert format_minutes(45) == "45"
    assert format_minutes(65) == "1:05"
    assert format_minutes(-12) == "-12"
    assert format_minutes(-75) == "-1:15"
