"""The vocabulary's own small rules, clock and progress."""

import pytest

from facilitator.core.clock import FakeClock, MonotonicClock
from facilitator.core.model import Attendance, Participant, WorkForm
from facilitator.core.progress import Cancelled, Progress


def test_display_name_and_dutch_sort_key():
    p = Participant("Gerrit", "Berg", "van den")
    assert p.display_name == "Gerrit van den Berg"
    assert p.sort_key == ("berg", "gerrit")
    assert Participant("Anna").display_name == "Anna"


def test_defaults_are_not_shared_between_records():
    a, b = Participant("A"), Participant("B")
    a.attributes["district"] = "West"
    a.needs.append("rolstoel")
    assert b.attributes == {} and b.needs == []


def test_attendance_is_here():
    assert Attendance.PRESENT.is_here and Attendance.WALK_IN.is_here
    assert not Attendance.ABSENT.is_here and not Attendance.INVITED.is_here


def test_work_steps():
    form = WorkForm("124", "1-2-4-allen", steps=[{"name": "Alleen", "minutes": 1}, {"name": "Tweetallen", "minutes": 2}])
    assert [(s.name, s.minutes) for s in form.work_steps()] == [("Alleen", 1.0), ("Tweetallen", 2.0)]


def test_fake_clock_moves_only_forward_when_told():
    clock = FakeClock(10.0)
    assert clock.now() == 10.0
    clock.advance(2.5)
    assert clock.now() == 12.5
    with pytest.raises(ValueError):
        clock.advance(-1)
    real = MonotonicClock()
    assert real.now() <= real.now()


def test_progress_reports_then_cancels():
    seen = []
    progress = Progress(lambda done, total, text: seen.append((done, total, text)))
    progress.step(1, 3, "een")
    progress.cancel()
    assert progress.cancelled
    with pytest.raises(Cancelled):
        progress.step(2, 3)
    assert seen == [(1, 3, "een")]
