"""The projector's frame without Qt: countdown digits, phases, when the digits change, programme rows, privacy."""

from __future__ import annotations

import dataclasses
import random
from datetime import time

import pytest

from facilitator.core.clock import FakeClock
from facilitator.core.model import AgendaItem, AgendaKind, Meeting
from facilitator.core.projection_frame import (
    Countdown,
    Phase,
    ProgrammeRow,
    ProjectorFrame,
    RowState,
    format_countdown,
    frame_from_agenda,
    phase_of,
    programme_rows,
    seconds_to_next_change,
)


@pytest.mark.parametrize(("remaining", "shown"), [
    (240, "04:00"), (239.3, "04:00"), (239.0, "03:59"), (240.0000000001, "04:00"), (59.9, "01:00"),
    (0.4, "00:01"), (0, "00:00"), (-0.5, "00:00"), (-1, "+00:01"), (-207, "+03:27"), (-207.9, "+03:27"),
    (3599, "59:59"), (3599.5, "1:00:00"), (3725, "1:02:05"), (-3723, "+1:02:03"), (36000, "10:00:00"),
])  # fmt: skip
def test_countdown_digits(remaining, shown):
    assert format_countdown(remaining) == shown


@pytest.mark.parametrize(("remaining", "phase"), [
    (300, Phase.NORMAL), (120.5, Phase.NORMAL), (120, Phase.WARNING), (0.3, Phase.WARNING),
    (0, Phase.OVER), (-0.2, Phase.OVER), (-600, Phase.OVER),
])  # fmt: skip
def test_the_colour_changes_with_the_digits_at_the_warning_threshold_and_at_zero(remaining, phase):
    assert phase_of(remaining, 120) is phase


def test_no_warning_threshold_means_no_warning_phase():
    assert phase_of(5, None) is Phase.NORMAL
    assert phase_of(5, 0) is Phase.NORMAL
    assert phase_of(-5, None) is Phase.OVER


@pytest.mark.parametrize(("remaining", "wait"), [(240, 1.0), (239.3, 0.3), (0.4, 0.4), (0, 1.0), (-0.25, 0.75)])
def test_time_to_the_next_digit_change(remaining, wait):
    assert seconds_to_next_change(remaining) == pytest.approx(wait)


def test_a_minute_of_digit_changes_shows_every_second_once():
    clock = FakeClock()
    countdown = Countdown.running(30, clock.now())
    shown = [countdown.digits(clock.now())]
    while clock.now() < 1060:
        clock.advance(countdown.next_change(clock.now()) - clock.now())
        shown.append(countdown.digits(clock.now()))
    assert shown[:3] == ["00:30", "00:29", "00:28"]
    assert "00:00" in shown and shown[-1] == "+00:30"
    assert len(shown) == len(set(shown)) == 61  # each change is a new picture; none is skipped


def test_digits_come_from_the_deadline_however_jittery_the_ticks():
    clock, rng = FakeClock(), random.Random(8)
    countdown = Countdown.running(600, clock.now())
    for _ in range(2000):
        clock.advance(rng.choice([0.01, 0.3, 0.97, 1.0, 1.04, 2.5]))
        assert countdown.digits(clock.now()) == format_countdown(1600 - clock.now())


def test_a_paused_countdown_stands_still_and_plans_no_repaint():
    clock = FakeClock()
    countdown = Countdown.stopped(125, clock.now(), total_seconds=500)
    clock.advance(3600)
    assert countdown.paused and countdown.digits(clock.now()) == "02:05"
    assert countdown.next_change(clock.now()) is None
    assert countdown.elapsed_fraction(clock.now()) == pytest.approx(0.75)
    assert Countdown.running(10, 0).elapsed_fraction(5) is None  # no total: no progress line


def _programme() -> list[AgendaItem]:
    return [
        AgendaItem("Inloop", 30, AgendaKind.BREAK, position=1, id=1),
        AgendaItem("Welkom", 15, position=2, id=2),
        AgendaItem("Tafelronde 1", 45, AgendaKind.TABLE_ROUND, position=3, id=3),
        AgendaItem("Lunch", 45, AgendaKind.BREAK, position=4, id=4, pinned_start=time(12, 30)),
        AgendaItem("Afsluiting", 30, position=5, id=5),
    ]


def test_programme_rows_mark_done_current_next_and_later():
    rows = programme_rows(_programme(), time(9, 30), current_item_id=2)
    assert [(r.start, r.title, r.state) for r in rows] == [
        ("09:30", "Inloop", RowState.DONE), ("10:00", "Welkom", RowState.CURRENT),
        ("10:15", "Tafelronde 1", RowState.NEXT), ("12:30", "Lunch", RowState.LATER),
        ("13:15", "Afsluiting", RowState.LATER),
    ]  # fmt: skip
    assert [r.is_break for r in rows] == [True, False, False, True, False]


def test_before_the_start_the_first_row_is_next_and_after_the_end_all_are_done():
    assert [r.state for r in programme_rows(_programme(), time(9, 30))][:2] == [RowState.NEXT, RowState.LATER]
    assert {r.state for r in programme_rows(_programme(), time(9, 30), 3, finished=True)} == {RowState.DONE}


def test_a_projected_start_shows_only_where_it_moved_and_not_on_done_rows():
    projected = {1: time(9, 40), 3: time(10, 22), 4: time(12, 30)}
    rows = programme_rows(_programme(), time(9, 30), current_item_id=2, projected_starts=projected)
    assert [r.projected_start for r in rows] == [None, None, "10:22", None, None]


def test_frame_from_agenda_takes_titles_and_times_only():
    meeting = Meeting("Burgerberaad", organiser="Gerrit van den Berg", venue="Raadhuis", description="Intern")
    items = _programme()
    items[2].facilitator_notes = "Let op: mevrouw Jansen wil niet gefilmd worden"
    frame = frame_from_agenda("timer", meeting, items, current_item_id=3, step_name="Met z'n tweeën",
                              countdown=Countdown.running(60, 0))
    assert (frame.meeting_title, frame.item_title, frame.step_name) == ("Burgerberaad", "Tafelronde 1",
                                                                        "Met z'n tweeën")
    text = repr(frame)
    for secret in ("Gerrit", "Raadhuis", "Intern", "Jansen", "gefilmd"):
        assert secret not in text


def test_the_frame_holds_only_fields_the_audience_may_see():
    """A new field is a deliberate choice: add it here only if the room may see what it holds."""
    assert [f.name for f in dataclasses.fields(ProjectorFrame)] == [
        "mode", "meeting_title", "item_title", "step_name", "countdown", "programme", "message",
        "round_title", "seats", "tables", "paging",  # seating: short names and table names only
        "themes", "ranking", "caption"]  # the notes modes: theme names, counts, visible note texts, dots
    from facilitator.core.projection_notes import RankLine, ThemeCard

    assert [f.name for f in dataclasses.fields(ThemeCard)] == ["name", "count", "texts"]  # never an author
    assert [f.name for f in dataclasses.fields(RankLine)] == ["rank", "name", "dots"]
    assert [f.name for f in dataclasses.fields(ProgrammeRow)] == [
        "start", "title", "state", "projected_start", "is_break"]
    assert [f.name for f in dataclasses.fields(Countdown)] == [
        "deadline", "warning_seconds", "paused_at", "total_seconds"]


def test_equal_frames_compare_equal_so_the_projector_can_skip_them():
    a = frame_from_agenda("agenda", Meeting("M"), _programme(), current_item_id=2)
    b = frame_from_agenda("agenda", Meeting("M"), _programme(), current_item_id=2)
    assert a == b and hash(a) == hash(b)
    assert a != dataclasses.replace(b, mode="timer")
