"""The live run in the session file: lazy creation, one-transaction saves, and a restart mid-item."""

from datetime import datetime, time, timedelta

import pytest
from sqlalchemy.exc import IntegrityError

from facilitator.core import absorb
from facilitator.core.clock import FakeClock, FakeWallClock
from facilitator.core.live import DayRun
from facilitator.core.model import AgendaItem, AgendaKind, LiveRun, RunState
from facilitator.store import live_store
from facilitator.store.document import SessionDocument

MORNING = datetime(2026, 3, 14, 10, 0)


@pytest.fixture
def programme(doc):
    doc.add(
        AgendaItem("Welkom", 15, position=0),
        AgendaItem("Tafelronde 1", 45, AgendaKind.TABLE_ROUND, position=1),
        AgendaItem("Pauze", 15, AgendaKind.BREAK, position=2),
        AgendaItem("Lunch", 45, AgendaKind.BREAK, position=3, pinned_start=time(11, 15)),
    )
    return doc


def test_load_creates_the_live_run_once(programme):
    run, items = live_store.load(programme)
    assert run.id is not None and run.state == RunState.NOT_STARTED
    assert [i.title for i in items] == ["Welkom", "Tafelronde 1", "Pauze", "Lunch"]
    again, _ = live_store.load(programme)
    assert again.id == run.id and len(programme.all(LiveRun)) == 1


def test_save_writes_the_run_and_the_items_together(programme):
    run, items = live_store.load(programme)
    mono = FakeClock()
    day = DayRun(items, run, mono, FakeWallClock(MORNING, follow=mono))
    day.start_day()
    mono.advance(17 * 60)
    changes = day.next()
    live_store.save(programme, changes.run, changes.items)
    stored, stored_items = live_store.load(programme)
    assert stored.state == RunState.RUNNING and stored.current_item_id == items[1].id
    assert stored.anchored_at == MORNING + timedelta(minutes=17)
    assert stored_items[0].actual_start == MORNING and stored_items[0].actual_end == MORNING + timedelta(minutes=17)
    assert stored_items[1].actual_start == MORNING + timedelta(minutes=17)


def test_a_failed_save_writes_nothing(programme):
    run, items = live_store.load(programme)
    run.state, run.current_item_id = RunState.RUNNING, items[0].id
    items[0].actual_start = MORNING
    broken = items[1]
    broken.title = None  # NOT NULL: the whole transaction must roll back
    with pytest.raises(IntegrityError):
        live_store.save(programme, run, [items[0], broken])
    stored, stored_items = live_store.load(programme)
    assert stored.state == RunState.NOT_STARTED and stored_items[0].actual_start is None


def test_a_read_only_look_creates_nothing(doc_path, programme):
    programme.close()
    with SessionDocument.open(doc_path, read_only=True) as looking:
        run, items = live_store.load(looking)
        assert run.id is None and len(items) == 4
    with SessionDocument.open(doc_path) as again:
        assert again.all(LiveRun) == []


def test_save_gives_a_new_run_its_id(programme):
    run = LiveRun(RunState.FINISHED)
    live_store.save(programme, run)
    assert run.id is not None and programme.get(LiveRun, run.id).state == RunState.FINISHED


def test_kill_and_restart_mid_item_continues_with_the_right_time(doc_path, programme):
    run, items = live_store.load(programme)
    mono = FakeClock(777.0)
    wall = FakeWallClock(MORNING, follow=mono)
    day = DayRun(items, run, mono, wall)
    changes = day.start_day()
    live_store.save(programme, changes.run, changes.items)
    for _ in range(20 * 60):  # Welkom runs 5 minutes over; one-second ticks, saving what the timer asks
        mono.advance(1)
        if (changes := day.check()) is not None:
            live_store.save(programme, changes.run, changes.items)
    changes = day.next()  # 10:20, Tafelronde 1
    live_store.save(programme, changes.run, changes.items)
    mono.advance(10 * 60)
    changes = day.add_minutes(5)
    live_store.save(programme, changes.run, changes.items)
    mono.advance(20)
    programme.close()  # the process dies at 10:30:20 (a closed file holds exactly what was committed)

    with SessionDocument.open(doc_path) as reopened:
        later_mono = FakeClock(3.0)  # a new process, another monotonic origin, 20 s later
        later_wall = FakeWallClock(MORNING + timedelta(minutes=30, seconds=40), follow=later_mono)
        run, items = live_store.load(reopened)
        restarted = DayRun(items, run, later_mono, later_wall)
        assert restarted.state == RunState.RUNNING and restarted.current_item.title == "Tafelronde 1"
        assert restarted.elapsed() == pytest.approx(10 * 60 + 40, abs=1e-6)
        assert restarted.remaining() == pytest.approx((45 + 5) * 60 - (10 * 60 + 40), abs=1e-6)
        assert restarted.pending_sleep is None
        assert items[0].actual_end - items[0].actual_start == timedelta(minutes=20)

        # Tafelronde 1 now ends at 11:10 and the break at 11:25: ten minutes into the 11:15 lunch.
        proposal = absorb.propose(restarted.project(time(10, 0)))
        assert proposal.target.title == "Lunch" and proposal.needed == 10
        live_store.save(reopened, restarted.run, absorb.apply(proposal))
        assert restarted.project(time(10, 0)).next_pin.late == timedelta(0)
        assert restarted.remaining() == pytest.approx((37 + 5) * 60 - (10 * 60 + 40), abs=1e-6)

        later_mono.advance(60)
        changes = restarted.next()
        live_store.save(reopened, changes.run, changes.items)

    with SessionDocument.open(doc_path) as third:
        run, items = live_store.load(third)
        assert run.current_item_id == items[2].id and run.state == RunState.RUNNING
        assert [i.planned_minutes for i in items] == [15, 37, 13, 45]
        assert items[1].actual_end == MORNING + timedelta(minutes=31, seconds=40)
        assert items[2].actual_start == items[1].actual_end and items[3].actual_start is None
