"""The live run: transitions, actual times, steps, restart, sleep, and a jittery 8-hour day without drift."""

import random
from datetime import datetime, time, timedelta

import pytest

from facilitator.core.clock import FakeClock, FakeWallClock, MonotonicClock, SystemWallClock
from facilitator.core.live import Action, DayRun, InvalidTransition, step_at
from facilitator.core.model import AgendaItem, AgendaKind, LiveRun, RunState, WorkForm, WorkStep
from facilitator.core.workforms import work_form

MORNING = datetime(2026, 3, 14, 9, 30)
ONE_TWO_FOUR = 7


def _day() -> list[AgendaItem]:
    """The session day of domain.md, with ids as the store would give them."""
    rows = [
        ("Inloop met koffie", 30, AgendaKind.BREAK, None, None),
        ("Welkom en terugblik", 15, AgendaKind.PLENARY, None, None),
        ("Expertpresentatie warmtetransitie", 30, AgendaKind.PLENARY, None, None),
        ("Tafelronde 1: kansen en zorgen", 45, AgendaKind.TABLE_ROUND, None, None),
        ("Pauze", 15, AgendaKind.BREAK, None, None),
        ("Tafelronde 2: oplossingsrichtingen", 45, AgendaKind.TABLE_ROUND, ONE_TWO_FOUR, None),
        ("Lunch", 45, AgendaKind.BREAK, None, time(12, 30)),
        ("Stippenstemmen", 45, AgendaKind.PLENARY, None, None),
        ("Tafelronde 3: aanbevelingen", 60, AgendaKind.TABLE_ROUND, None, None),
        ("Plenaire terugkoppeling en afsluiting", 30, AgendaKind.PLENARY, None, time(15, 0)),
    ]
    return [
        AgendaItem(title, minutes, kind, position=n, work_form_id=form, pinned_start=pin, id=n + 1)
        for n, (title, minutes, kind, form, pin) in enumerate(rows)
    ]


def _forms() -> list[WorkForm]:
    form = work_form("1-2-4-allen")
    form.id = ONE_TWO_FOUR
    return [form]


@pytest.fixture
def mono():
    return FakeClock(5000.0)


@pytest.fixture
def wall(mono):
    return FakeWallClock(MORNING, follow=mono)


@pytest.fixture
def items():
    return _day()


@pytest.fixture
def run(items, mono, wall):
    return DayRun(items, LiveRun(), mono, wall, _forms())


def _stored(live_run: LiveRun) -> LiveRun:
    """What the session file holds: a copy, detached from the running object."""
    return LiveRun(live_run.state, live_run.current_item_id, live_run.anchored_at,
                   live_run.elapsed_seconds, live_run.extra_seconds, live_run.id)


def _stored_items(items):
    return [AgendaItem(i.title, i.planned_minutes, i.kind, i.position, i.work_form_id, i.facilitator_notes,
                       i.pinned_start, i.actual_start, i.actual_end, i.flexible, i.min_minutes, id=i.id)
            for i in items]


# -- clocks ------------------------------------------------------------------------------------


def test_fake_wall_clock_follows_the_monotonic_clock_and_jumps_on_its_own():
    mono = FakeClock(10.0)
    wall = FakeWallClock(MORNING, follow=mono)
    mono.advance(90)
    assert wall.now() == MORNING + timedelta(seconds=90)
    wall.advance(3600)  # a suspend: only the wall clock moved
    assert wall.now() == MORNING + timedelta(seconds=3690)
    wall.set(MORNING)
    mono.advance(1)
    assert wall.now() == MORNING + timedelta(seconds=1)
    alone = FakeWallClock(MORNING)
    alone.advance(-60)
    assert alone.now() == MORNING - timedelta(minutes=1)


def test_real_clocks():
    assert isinstance(SystemWallClock().now(), datetime)
    clock = MonotonicClock()
    assert clock.now() <= clock.now()


# -- starting, pausing, moving on ----------------------------------------------------------------


def test_start_day_runs_the_first_item_and_records_its_start(run, items):
    assert run.state == RunState.NOT_STARTED and run.current_item is None
    assert run.allowed() == {Action.START_DAY, Action.RESET}
    changes = run.start_day()
    assert run.state == RunState.RUNNING and run.current_item is items[0]
    assert items[0].actual_start == MORNING and items[0].actual_end is None
    assert changes.run is run.run and changes.items == (items[0],)
    assert run.run.current_item_id == 1 and run.run.anchored_at == MORNING


def test_elapsed_and_remaining_come_from_the_clock_and_overrun_counts_up(run, mono):
    run.start_day()
    mono.advance(10 * 60)
    assert run.elapsed() == 600 and run.remaining() == 20 * 60 and not run.is_over()
    mono.advance(20 * 60)
    assert run.remaining() == 0 and run.is_over()
    mono.advance(125)
    status = run.status()
    assert status.remaining == -125 and status.is_over
    assert status.item.title == "Inloop met koffie" and status.next_item.title == "Welkom en terugblik"
    assert status.monotonic == mono.now() and status.now == MORNING + timedelta(seconds=30 * 60 + 125)


def test_pause_stops_the_clock_and_resume_continues(run, mono):
    run.start_day()
    mono.advance(300)
    changes = run.pause()
    assert run.state == RunState.PAUSED and changes.run.elapsed_seconds == 300
    mono.advance(3600)
    assert run.elapsed() == 300
    run.resume()
    mono.advance(60)
    assert run.elapsed() == 360
    assert Action.PAUSE in run.allowed() and Action.RESUME not in run.allowed()


def test_toggle_starts_pauses_and_resumes(run, mono):
    run.toggle()
    assert run.state == RunState.RUNNING
    run.toggle()
    assert run.state == RunState.PAUSED
    run.toggle()
    assert run.state == RunState.RUNNING


def test_next_ends_the_item_and_starts_the_following_one(run, mono, wall, items):
    run.start_day()
    mono.advance(32 * 60)
    changes = run.next()
    assert items[0].actual_end == MORNING + timedelta(minutes=32)
    assert items[1].actual_start == items[0].actual_end
    assert set(changes.items) == {items[0], items[1]}
    assert run.elapsed() == 0 and run.run.extra_seconds == 0


def test_next_from_a_pause_starts_the_next_item_running(run, mono, items):
    run.start_day()
    run.pause()
    mono.advance(60)
    run.next()
    assert run.state == RunState.RUNNING and run.current_item is items[1]
    mono.advance(5)
    assert run.elapsed() == 5


def test_next_on_the_last_item_finishes_the_day(items, mono, wall):
    run = DayRun(items[-2:], LiveRun(), mono, wall)
    run.start_day()
    run.next()
    mono.advance(60)
    changes = run.next()
    assert run.state == RunState.FINISHED and run.current_item is None
    assert items[-1].actual_end == MORNING + timedelta(minutes=1)
    assert changes.items == (items[-1],)
    with pytest.raises(InvalidTransition):
        run.next()


def test_skip_leaves_the_passed_items_without_actual_times(run, mono, items):
    run.start_day()
    mono.advance(600)
    changes = run.skip_to(items[3].id)
    assert run.current_item is items[3]
    assert items[1].actual_start is None and items[2].actual_start is None
    assert items[0].actual_end == items[3].actual_start
    assert set(changes.items) == {items[0], items[3]}
    with pytest.raises(InvalidTransition):
        run.skip_to(items[1].id)
    with pytest.raises(InvalidTransition):
        run.skip_to(999)


def test_start_day_at_a_later_item_and_clear_a_rehearsal(items, mono, wall):
    items[0].actual_start, items[0].actual_end = MORNING - timedelta(days=1), MORNING - timedelta(hours=23)
    run = DayRun(items, LiveRun(), mono, wall)
    changes = run.start_day(items[1].id)
    assert items[0].actual_start is None and items[0].actual_end is None
    assert run.current_item is items[1] and items[0] in changes.items


def test_finish_leaves_items_not_reached_without_times(run, mono, items):
    run.start_day()
    mono.advance(60)
    run.finish()
    assert run.state == RunState.FINISHED
    assert all(i.actual_start is None for i in items[1:])
    assert run.allowed() == {Action.PREVIOUS, Action.RESET}


# -- previous: undoing a step forward ------------------------------------------------------------


def test_previous_undoes_next_and_the_time_since_goes_back_to_the_item(run, mono, items):
    run.start_day()
    mono.advance(10 * 60)
    run.add_minutes(5)
    run.next()  # by mistake
    mono.advance(40)
    changes = run.previous()
    assert run.current_item is items[0]
    assert run.elapsed() == 10 * 60 + 40 and run.run.extra_seconds == 300
    assert items[0].actual_start == MORNING and items[0].actual_end is None
    assert items[1].actual_start is None and items[1].actual_end is None
    assert set(changes.items) == {items[0], items[1]}
    with pytest.raises(InvalidTransition):
        run.previous()  # already at the first item


def test_previous_keeps_a_pause(run, mono, items):
    run.start_day()
    run.next()
    run.pause()
    run.previous()
    assert run.state == RunState.PAUSED and run.current_item is items[0]


def test_previous_onto_a_skipped_item_takes_over_the_current_start(run, mono, items):
    run.start_day()
    mono.advance(60)
    run.skip_to(items[2].id)
    start = items[2].actual_start
    mono.advance(30)
    run.previous()
    assert run.current_item is items[1]
    assert items[1].actual_start == start and run.elapsed() == 30
    assert items[2].actual_start is None


def test_previous_after_finish_reopens_the_last_item(run, mono, items):
    run.start_day()
    mono.advance(100)
    run.finish()
    mono.advance(20)
    run.previous()
    assert run.state == RunState.RUNNING and run.current_item is items[0]
    assert run.elapsed() == 120 and items[0].actual_end is None


def test_previous_after_a_restart_uses_the_recorded_times(run, mono, items):
    run.start_day()
    mono.advance(600)
    run.next()
    mono.advance(60)
    later_mono = FakeClock(1.0)
    later_wall = FakeWallClock(MORNING + timedelta(seconds=700), follow=later_mono)
    restarted = DayRun(_stored_items(items), _stored(run.run), later_mono, later_wall)
    restarted.previous()
    assert restarted.current_item.id == items[0].id
    assert restarted.elapsed() == 600 + 100  # its 10 minutes plus the time on the item we left


# -- minutes and steps ---------------------------------------------------------------------------


def test_add_and_remove_minutes_on_the_running_item(run, mono):
    run.start_day()
    mono.advance(25 * 60)
    changes = run.add_minutes(5)
    assert changes.run.extra_seconds == 300 and run.remaining() == 10 * 60
    run.add_minutes(-2)
    assert run.remaining() == 8 * 60
    run.add_minutes(-600)
    assert run.target() == 0 and run.remaining() == -25 * 60


def test_steps_of_one_two_four_all(run, mono, items):
    run.start_day(items[5].id)
    step = run.current_step()
    assert (step.index, step.count, step.step.name, step.remaining) == (0, 4, "Alleen nadenken", 60)
    assert step.next_step.name == "Met z'n tweeën"
    mono.advance(61)
    step = run.current_step()
    assert (step.index, step.elapsed, step.remaining) == (1, 1, 119)
    mono.advance(6 * 60)  # 7:01 in: the fours are done, all together
    step = run.status().step
    assert step.step.name == "Met de hele groep" and step.remaining == 8 * 60 - 1 and step.next_step is None
    mono.advance(9 * 60)  # 16:01 in, a minute past the steps' 15: the last step runs over
    assert run.current_step().remaining == -61
    run.next()
    assert run.current_step() is None  # lunch has no steps


def test_step_at_edges():
    steps = [WorkStep("a", 1), WorkStep("b", 0.5)]
    assert step_at([], 10) is None
    assert step_at(steps, 60).index == 1
    assert step_at(steps, 59.999).index == 0


def test_transitions_that_do_not_fit_the_state_raise(run, items):
    for action in (run.pause, run.resume, run.next, run.finish, run.previous):
        with pytest.raises(InvalidTransition):
            action()
    with pytest.raises(InvalidTransition):
        run.add_minutes(1)
    run.start_day()
    with pytest.raises(InvalidTransition):
        run.start_day()
    with pytest.raises(InvalidTransition):
        run.resume()
    with pytest.raises(InvalidTransition):
        run.count_sleep()


def test_empty_programme_and_unsaved_items(mono, wall):
    empty = DayRun([], LiveRun(), mono, wall)
    assert empty.allowed() == {Action.RESET}
    with pytest.raises(InvalidTransition):
        empty.start_day()
    with pytest.raises(ValueError):
        DayRun([AgendaItem("zonder id", 10)], LiveRun(), mono, wall)


def test_reset_goes_back_to_before_the_day(run, mono, items):
    run.start_day()
    mono.advance(60)
    run.next()
    changes = run.reset()
    assert run.state == RunState.NOT_STARTED and run.run.anchored_at is None
    assert all(i.actual_start is None and i.actual_end is None for i in items)
    assert set(changes.items) == {items[0], items[1]}


def test_removing_the_running_item_pauses_on_the_next_one_waiting(run, items):
    run.start_day()
    run.next()
    run.set_items([i for i in items if i.id != 2])
    assert run.repaired and run.state == RunState.PAUSED and run.current_item is items[2]


# -- restart ---------------------------------------------------------------------------------------


def test_restart_mid_item_gives_the_right_remaining_time(run, mono, wall, items):
    run.start_day(items[3].id)  # Tafelronde 1, 45 minutes
    stored = _stored(run.run)
    for second in range(17 * 60 + 30):  # the UI ticks and saves what check() returns
        mono.advance(1)
        if second == 600:
            stored = _stored(run.add_minutes(3).run)
        changes = run.check()
        if changes:
            stored = _stored(changes.run)
    killed_at = wall.now()  # the app dies here; the meeting goes on

    new_mono = FakeClock(12.0)  # a new process: another monotonic origin
    new_wall = FakeWallClock(killed_at + timedelta(seconds=25), follow=new_mono)
    restarted = DayRun(_stored_items(items), stored, new_mono, new_wall, _forms())
    assert restarted.state == RunState.RUNNING and restarted.current_item.id == items[3].id
    assert restarted.elapsed() == pytest.approx(17 * 60 + 55, abs=1e-6)
    assert restarted.remaining() == pytest.approx(48 * 60 - (17 * 60 + 55), abs=1e-6)
    assert restarted.pending_sleep is None  # away less than a minute since the last save: nothing to ask
    new_mono.advance(60)
    assert restarted.elapsed() == pytest.approx(18 * 60 + 55, abs=1e-6)


def test_restart_long_after_the_last_save_is_reported_and_can_be_discarded(run, mono, wall, items):
    run.start_day()
    mono.advance(5 * 60)
    stored = _stored(run.run)  # saved 5 minutes in (start: anchored at 0 with 0 s)
    new_mono = FakeClock(0.0)
    new_wall = FakeWallClock(MORNING + timedelta(minutes=12), follow=new_mono)
    restarted = DayRun(_stored_items(items), stored, new_mono, new_wall)
    sleep = restarted.pending_sleep
    assert sleep.app_closed and sleep.seconds == 12 * 60 and sleep.included == 12 * 60
    assert restarted.elapsed() == 12 * 60  # counted unless the chair says otherwise
    restarted.discard_sleep()
    assert restarted.elapsed() == 0 and restarted.pending_sleep is None


def test_restart_while_paused_keeps_the_paused_time(run, mono, items):
    run.start_day()
    mono.advance(90)
    run.pause()
    later_mono = FakeClock(3.0)
    later_wall = FakeWallClock(MORNING + timedelta(hours=2), follow=later_mono)
    restarted = DayRun(_stored_items(items), _stored(run.run), later_mono, later_wall)
    assert restarted.state == RunState.PAUSED and restarted.elapsed() == 90
    assert restarted.pending_sleep is None


def test_checkpoints_keep_the_stored_anchor_fresh(run, mono, wall):
    run.start_day()
    mono.advance(10)
    assert run.check() is None
    mono.advance(25)
    changes = run.check()
    assert changes is not None and changes.run.anchored_at == wall.now() and changes.run.elapsed_seconds == 35
    assert run.check() is None
    assert run.checkpoint().run.elapsed_seconds == 35


# -- sleep -----------------------------------------------------------------------------------------


def test_sleep_is_noticed_left_out_and_counted_on_request(run, mono, wall, items):
    run.start_day(items[3].id)
    mono.advance(600)
    run.check()
    wall.advance(20 * 60)  # lid closed for 20 minutes: the monotonic clock stood still
    mono.advance(1)
    changes = run.check()
    assert changes is not None and changes.run.anchored_at == wall.now()
    sleep = run.pending_sleep
    assert sleep.seconds == pytest.approx(1200) and sleep.included == 0 and not sleep.app_closed
    assert sleep.item_id == items[3].id and run.status().sleep is sleep
    assert run.elapsed() == 601
    run.count_sleep()
    assert run.elapsed() == pytest.approx(601 + 1200) and run.pending_sleep is None


def test_discarded_sleep_is_a_pause(run, mono, wall, items):
    run.start_day(items[3].id)
    mono.advance(600)
    wall.advance(30 * 60)
    run.check()
    run.discard_sleep()
    assert run.elapsed() == 600 and run.state == RunState.RUNNING
    mono.advance(60)
    assert run.elapsed() == 660


def test_a_killed_app_after_a_noticed_sleep_still_leaves_the_sleep_out(run, mono, wall, items):
    run.start_day()
    mono.advance(120)
    wall.advance(3600)
    stored = _stored(run.check().run)  # the caller saves what check() returns
    new_mono = FakeClock(0.0)
    new_wall = FakeWallClock(wall.now() + timedelta(seconds=10), follow=new_mono)
    restarted = DayRun(_stored_items(items), stored, new_mono, new_wall)
    assert restarted.elapsed() == pytest.approx(130, abs=1e-6)


def test_small_jitter_and_clock_set_back_are_not_sleep(run, mono, wall, items):
    run.start_day()
    mono.advance(30)
    wall.advance(45)  # below the threshold: an NTP correction
    run.check()
    assert run.pending_sleep is None
    wall.advance(-3600)  # clock set back an hour (or a time zone change)
    mono.advance(1)
    changes = run.check()
    assert run.pending_sleep is None and changes.run.anchored_at == wall.now()
    stored = _stored(changes.run)
    restarted = DayRun(_stored_items(items), stored, FakeClock(0), FakeWallClock(wall.now()))
    assert restarted.elapsed() == pytest.approx(31, abs=1e-6)


def test_sleep_while_paused_is_not_reported(run, mono, wall):
    run.start_day()
    run.pause()
    wall.advance(7200)
    mono.advance(1)
    assert run.check() is None and run.pending_sleep is None


def test_sleep_noticed_at_a_key_press_lapses_with_the_item_that_ended(run, mono, wall, items):
    run.start_day()
    mono.advance(300)
    wall.advance(600)
    run.next()  # the chair opens the lid and presses N before the next tick
    assert run.pending_sleep is None  # nothing left to decide: that item's clock has stopped
    assert items[0].actual_end - items[0].actual_start == timedelta(seconds=900)  # the wall clock's truth
    mono.advance(10)
    assert run.elapsed() == 10
    with pytest.raises(InvalidTransition):
        run.count_sleep()


def test_previous_takes_an_undecided_sleep_back_with_the_time(run, mono, wall, items):
    run.start_day()
    mono.advance(60)
    run.next()
    mono.advance(30)
    wall.advance(900)
    run.check()
    assert run.pending_sleep.item_id == items[1].id
    run.previous()
    assert run.pending_sleep.item_id == items[0].id and run.elapsed() == 90
    run.count_sleep()
    assert run.elapsed() == pytest.approx(990)


# -- a whole day -----------------------------------------------------------------------------------


def _qtimer_intervals(rng: random.Random):
    """A 1-second QTimer as it really fires: 0.9-1.1 s apart, now and then 5 s late (ticks lost).

    Intervals are multiples of 1/1024 s, so the fake clocks add them exactly
    and "zero drift" can be checked with ==.
    """
    while True:
        if rng.random() < 0.01:
            yield 5 * 1024 / 1024
        else:
            yield rng.randint(922, 1126) / 1024


def test_a_jittery_eight_hour_day_ends_without_drift(mono, wall):
    rng = random.Random(20260314)
    programme = _day()
    programme.insert(0, AgendaItem("Opbouw en techniek", 60, AgendaKind.BREAK, position=-2, id=101))
    programme.append(AgendaItem("Napraten en opruimen", 45, AgendaKind.BREAK, position=20, id=102))
    run = DayRun(programme, LiveRun(), mono, wall, _forms())
    overrun = {item.id: rng.randint(-120, 420) for item in programme}
    run.start_day()
    started = mono.now()
    true_elapsed = 0.0
    true_spans: dict[int, float] = {}
    item_began = mono.now()
    ticks = saves = pauses = 0
    paused_for = 0.0
    for interval in _qtimer_intervals(rng):
        mono.advance(interval)
        ticks += 1
        if run.state == RunState.RUNNING:
            true_elapsed += interval
        else:
            paused_for += interval
        if run.check() is not None:
            saves += 1
        status = run.status()
        assert status.elapsed == true_elapsed  # exactly, on every tick
        assert status.sleep is None
        item = status.item
        if item.id == 4 and status.state == RunState.RUNNING and 600 <= true_elapsed < 601.2:
            run.pause()  # the expert's laptop won't connect to the beamer
            pauses += 1
        elif status.state == RunState.PAUSED and paused_for >= 240:
            run.resume()
            paused_for = 0.0
        if item.id == 6 and run.run.extra_seconds == 0 and true_elapsed >= 30 * 60:
            run.add_minutes(4)
        if status.state == RunState.RUNNING and status.remaining <= -overrun[item.id]:
            true_spans[item.id] = mono.now() - item_began
            run.next()
            item_began = mono.now()
            true_elapsed = 0.0
            if run.state == RunState.FINISHED:
                break

    total = mono.now() - started
    assert total >= 8 * 3600 and pauses == 1 and true_spans[6] > (45 + 4) * 60
    assert saves >= total / 35  # a checkpoint about every 30 seconds of running
    for item in programme:  # recorded actual times agree with the true spans, to the microsecond
        recorded = (item.actual_end - item.actual_start).total_seconds()
        assert recorded == pytest.approx(true_spans[item.id], abs=2e-6)
    assert (programme[-1].actual_end - programme[0].actual_start).total_seconds() == pytest.approx(total, abs=2e-6)
    assert abs(ticks - total) > 60  # counting ticks as seconds would have drifted by minutes


def test_edited_work_form_steps_apply_to_the_running_item():
    from datetime import datetime

    from facilitator.core.clock import FakeClock, FakeWallClock
    from facilitator.core.live import DayRun
    from facilitator.core.model import AgendaItem, LiveRun, WorkForm

    form = WorkForm("124", "1-2-4-allen", steps=[{"name": "Alleen", "minutes": 1}], id=7)
    item = AgendaItem("Ronde", 10, work_form_id=7, id=1)
    clock = FakeClock()
    day = DayRun([item], LiveRun(), clock, FakeWallClock(datetime(2026, 3, 14, 10, 0), follow=clock), [form])
    day.start_day()
    assert day.current_step().step.name == "Alleen"
    edited = WorkForm("124", "1-2-4-allen", steps=[{"name": "Tweetallen", "minutes": 2}], id=7)
    day.set_work_forms([edited])
    assert day.current_step().step.name == "Tweetallen"
