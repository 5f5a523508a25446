"""Absorbing an overrun: proportional cuts, floors, breaks, inflexible items, shortfalls and undo."""

import random
from datetime import datetime, time, timedelta

import pytest

from facilitator.core.absorb import (
    Reason,
    StaleProposal,
    apply,
    floor_minutes,
    propose,
    split,
    undo,
)
from facilitator.core.model import AgendaItem, AgendaKind
from facilitator.core.projection import project



def at(hour: int, minute: int) -> datetime:
    return datetime(2026, 3, 14, hour, minute)


def _morning(*rows) -> list[AgendaItem]:
    """Items from 10:00 up to a lunch pinned at the end of them (no gap), then one more item."""
    items = [AgendaItem(title, minutes, kind, position=n, id=n + 1, **extra)
             for n, (title, minutes, kind, extra) in enumerate(rows)]
    lunch_at = (at(10, 0) + timedelta(minutes=sum(i.planned_minutes for i in items))).time()
    items.append(AgendaItem("Lunch", 45, AgendaKind.BREAK, position=len(items), pinned_start=lunch_at, id=90))
    items.append(AgendaItem("Middag", 60, position=len(items), id=91))
    return items


def _late_by(items, minutes: int):
    """A projection of the day before it started, with the start ``minutes`` late."""
    return project(items, time(10, 0), now=at(10, 0) + timedelta(minutes=minutes))


def _cuts(proposal):
    return {c.item.title: (c.old_minutes, c.new_minutes) for c in proposal.changes}


def test_flexible_items_are_shortened_in_proportion_to_their_length():
    items = _morning(("Presentatie", 30, AgendaKind.PLENARY, {}),
                     ("Tafelronde", 60, AgendaKind.TABLE_ROUND, {}),
                     ("Vragen", 30, AgendaKind.PLENARY, {}))
    proposal = propose(_late_by(items, 12))
    assert proposal.target.title == "Lunch" and proposal.reason == Reason.ABSORBED
    assert proposal.needed == proposal.won == 12 and proposal.short == 0
    assert _cuts(proposal) == {"Presentatie": (30, 27), "Tafelronde": (60, 54), "Vragen": (30, 27)}
    assert "Middag" not in _cuts(proposal)  # after the pin: not touched


def test_rounding_still_sums_exactly():
    items = _morning(("A", 25, AgendaKind.PLENARY, {}), ("B", 35, AgendaKind.PLENARY, {}),
                     ("C", 40, AgendaKind.PLENARY, {}))
    proposal = propose(_late_by(items, 7))
    assert sum(c.minutes_won for c in proposal.changes) == 7 == proposal.won
    assert _cuts(proposal) == {"A": (25, 23), "B": (35, 33), "C": (40, 37)}


def test_minimums_are_respected_and_the_rest_goes_to_the_others():
    items = _morning(("Presentatie", 30, AgendaKind.PLENARY, {"min_minutes": 28}),
                     ("Tafelronde", 60, AgendaKind.TABLE_ROUND, {}))
    proposal = propose(_late_by(items, 15))
    assert _cuts(proposal) == {"Presentatie": (30, 28), "Tafelronde": (60, 47)}
    assert proposal.won == 15


def test_default_minimum_is_a_fraction_of_the_plan():
    item = AgendaItem("Tafelronde", 45)
    assert floor_minutes(item) == 23 and floor_minutes(item, min_fraction=0.8) == 36
    assert floor_minutes(AgendaItem("Kort", 10, min_minutes=20)) == 10  # never lengthened
    assert floor_minutes(AgendaItem("Vast", 30, flexible=False)) == 30


def test_a_break_never_goes_below_the_floor_the_chair_chose():
    items = _morning(("Pauze", 15, AgendaKind.BREAK, {}), ("Tafelronde", 45, AgendaKind.TABLE_ROUND, {}))
    proposal = propose(_late_by(items, 10), break_floor=12)
    assert _cuts(proposal)["Pauze"] == (15, 12)
    assert sum(c.minutes_won for c in proposal.changes) == 10
    untouched = propose(_late_by(items, 10), break_floor=15)
    assert "Pauze" not in _cuts(untouched) and _cuts(untouched)["Tafelronde"] == (45, 35)


def test_inflexible_items_are_never_touched():
    items = _morning(("Wethouder", 30, AgendaKind.PLENARY, {"flexible": False}),
                     ("Tafelronde", 60, AgendaKind.TABLE_ROUND, {}))
    proposal = propose(_late_by(items, 10))
    assert _cuts(proposal) == {"Tafelronde": (60, 50)}


def test_an_impossible_target_reports_the_shortfall():
    items = _morning(("Presentatie", 20, AgendaKind.PLENARY, {}), ("Pauze", 15, AgendaKind.BREAK, {}),
                     ("Wethouder", 30, AgendaKind.PLENARY, {"flexible": False}))
    proposal = propose(_late_by(items, 25))
    assert _cuts(proposal) == {"Presentatie": (20, 10), "Pauze": (15, 10)}
    assert (proposal.needed, proposal.won, proposal.short, proposal.reason) == (25, 15, 10, Reason.PARTLY)
    nothing = propose(_late_by(_morning(("Wethouder", 30, AgendaKind.PLENARY, {"flexible": False})), 5))
    assert (nothing.changes, nothing.won, nothing.short, nothing.reason) == ((), 0, 5, Reason.NO_ROOM)


def test_nothing_to_win_when_the_gap_before_the_pin_swallows_the_delay():
    items = _morning(("Presentatie", 30, AgendaKind.PLENARY, {}))
    items[-2].pinned_start = time(10, 45)  # 15 minutes of air before lunch
    proposal = propose(_late_by(items, 10))
    assert proposal.reason == Reason.ON_TIME and proposal.changes == () and proposal.needed == 0


def test_without_a_pin_ahead_the_end_of_the_day_is_the_target():
    items = [AgendaItem("Tafelronde", 60, position=0, id=1), AgendaItem("Afsluiting", 30, position=1, id=2)]
    proposal = propose(project(items, time(14, 0), now=at(14, 20)))
    assert proposal.target is None and proposal.needed == 20
    assert _cuts(proposal) == {"Tafelronde": (60, 47), "Afsluiting": (30, 23)}


def test_the_running_item_gives_at_most_the_minutes_it_has_left():
    items = _morning(("Tafelronde", 60, AgendaKind.TABLE_ROUND, {}), ("Vragen", 30, AgendaKind.PLENARY, {}))
    items[0].actual_start = at(10, 5)  # five minutes late, and 52.5 minutes in
    projection = project(items, time(10, 0), now=at(10, 57, ) + timedelta(seconds=30),
                         current_item_id=1, remaining_seconds=7.5 * 60)
    proposal = propose(projection, needed=12)
    assert _cuts(proposal)["Tafelronde"] == (60, 53)  # 7 whole minutes left, so at most 7
    assert proposal.won == 12


def test_apply_then_undo_restores_exactly_and_the_pin_is_met():
    items = _morning(("Presentatie", 30, AgendaKind.PLENARY, {}), ("Pauze", 15, AgendaKind.BREAK, {}),
                     ("Tafelronde", 60, AgendaKind.TABLE_ROUND, {}))
    before = [i.planned_minutes for i in items]
    proposal = propose(_late_by(items, 9))
    changed = apply(proposal)
    assert set(changed) == {c.item for c in proposal.changes}
    assert _late_by(items, 9).next_pin.late == timedelta(0)
    restored = undo(proposal)
    assert [i.planned_minutes for i in items] == before and set(restored) == set(changed)
    inverse = proposal.inverse()
    assert inverse.reason == Reason.UNDO and inverse.won == -proposal.won


def test_a_stale_proposal_changes_nothing():
    items = _morning(("Presentatie", 30, AgendaKind.PLENARY, {}), ("Tafelronde", 60, AgendaKind.TABLE_ROUND, {}))
    proposal = propose(_late_by(items, 9))
    items[1].planned_minutes = 50  # edited in the agenda meanwhile
    with pytest.raises(StaleProposal):
        apply(proposal)
    assert items[0].planned_minutes == 30


def test_split_is_exact_capped_and_near_proportional():
    rng = random.Random(7)
    for _ in range(500):
        n = rng.randint(1, 8)
        weights = [rng.randint(5, 90) for _ in range(n)]
        caps = [rng.randint(0, w) for w in weights]
        needed = rng.randint(0, sum(weights))
        cuts = split(needed, weights, caps)
        assert sum(cuts) == min(needed, sum(caps))
        assert all(0 <= c <= cap for c, cap in zip(cuts, caps))
        if all(cap == w for cap, w in zip(caps, weights)) and needed < sum(caps):
            assert all(abs(c - needed * w / sum(weights)) < 1 for c, w in zip(cuts, weights))
