"""The Live screen and its controller on fake clocks: buttons and keys, overrun, steps, absorb and undo, sleep,
restart, the chime, and the projector frames that follow the run (titles and times only)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.core import model as m
from facilitator.core.clock import FakeClock, FakeWallClock
from facilitator.core.projection_frame import ProjectorMode, RowState
from facilitator.core.workforms import work_form
from facilitator.store import live_store
from facilitator.store.document import SessionDocument
from facilitator.ui.live_controller import LiveController
from facilitator.ui.projector import Chime
from facilitator.ui.projector.chime import MUTED_SETTING
from facilitator.ui.settings import app_settings
from facilitator.ui.views.live import LiveView
from facilitator.ui.widgets.live_absorb import AbsorbDialog
from facilitator.ui.widgets.live_dialogs import MessageDialog, SkipDialog

MORNING = datetime(2026, 3, 14, 10, 0)
SECRETS = ("Fatima", "Leeuwen", "Wie betaalt", "wethouder komt")


def make_programme(path):
    """10:00 Welkom 15 · 10:15 Tafelronde 1 45 (1-2-4-allen: 1+2+4+8) · 11:00 Pauze 15 · Lunch at 11:20 · Afsluiting."""
    with SessionDocument.create(path, m.Meeting("Stadsgesprek Centrum", date(2026, 3, 14),
                                                day_start=time(10, 0))) as doc:
        (form,) = doc.add(work_form("1-2-4-allen"))
        doc.add(
            m.AgendaItem("Welkom", 15, position=0, facilitator_notes="Let op: de wethouder komt om 11 uur"),
            m.AgendaItem("Tafelronde 1", 45, m.AgendaKind.TABLE_ROUND, position=1, work_form_id=form.id),
            m.AgendaItem("Pauze", 15, m.AgendaKind.BREAK, position=2),
            m.AgendaItem("Lunch", 45, m.AgendaKind.BREAK, position=3, pinned_start=time(11, 20)),
            m.AgendaItem("Afsluiting", 15, position=4, flexible=False),
        )
        (item,) = [i for i in doc.all(m.AgendaItem) if i.title == "Tafelronde 1"]
        doc.add(m.Participant("Fatima", "Leeuwen", infix="van"), m.StickyNote("Wie betaalt de warmtepomp?", item.id))
    return path


class Live:
    """A Live screen on its own controller with fake clocks and a chime that only counts."""

    def __init__(self, qtbot, path, mono=None, wall=None):
        self.mono = mono or FakeClock(5000.0)
        self.wall = wall or FakeWallClock(MORNING, follow=self.mono)
        self.rings: list[float] = []
        self.controller = LiveController(clock=self.mono, wall=self.wall,
                                         chime=Chime(player=lambda: self.rings.append(self.mono.now())))
        self.view = LiveView(controller=self.controller)
        qtbot.addWidget(self.view)
        self.view.resize(1280, 800)
        self.view.show()  # a hidden screen does not redraw every second
        self.doc = SessionDocument.open(path)
        self.controller.set_document(self.doc)
        self.view.set_document(self.doc)

    def advance(self, seconds: float) -> None:
        """Time passes; the tick a real timer would give at that moment."""
        self.mono.advance(seconds)
        self.controller.tick()

    def close(self) -> None:
        self.controller.set_document(None)
        self.view.set_document(None)
        self.doc.close()

    def stored(self):
        run, items = live_store.load(self.doc)
        return run, {i.title: i for i in items}

    @property
    def digits(self) -> str:
        return self.view.now.display.text


@pytest.fixture
def programme(tmp_path):
    return make_programme(tmp_path / "Stadsgesprek.facilitator")


@pytest.fixture
def live(qtbot, programme):
    screen = Live(qtbot, programme)
    yield screen
    screen.close()


def activate(qtbot, widget):
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


# -- driving the run ---------------------------------------------------------------------------------------


def test_start_pause_resume_and_next_through_the_buttons(live, qtbot):
    view = live.view
    assert view.toggle_action.text() == "Start the day" and view.toggle_action.isEnabled()
    assert not view.next_action.isEnabled() and not view.previous_action.isEnabled()
    assert live.digits == "15:00" and view.now.display.tone == "stopped"
    qtbot.mouseClick(view.toggle_button, Qt.MouseButton.LeftButton)
    assert live.controller.day.state == m.RunState.RUNNING
    assert view.toggle_action.text() == "Pause" and view.next_action.isEnabled()
    run, items = live.stored()
    assert run.state == m.RunState.RUNNING and items["Welkom"].actual_start == MORNING

    live.advance(5 * 60)
    assert live.digits == "10:00" and view.now.display.tone == "normal"
    view.toggle_button.click()  # pause
    assert view.toggle_action.text() == "Resume" and live.stored()[0].state == m.RunState.PAUSED
    live.advance(10 * 60)
    assert live.digits == "10:00" and view.now.display.tone == "stopped"
    view.toggle_button.click()  # resume
    live.advance(60)
    assert live.digits == "09:00"

    next_button = view.controls.findChildren(type(view.toggle_button))[2]
    assert next_button.defaultAction() is view.next_action
    next_button.click()
    assert live.controller.day.current_item.title == "Tafelronde 1"
    _, items = live.stored()
    assert items["Welkom"].actual_end == MORNING + timedelta(minutes=16)  # 5 + 10 paused + 1
    assert items["Tafelronde 1"].actual_start == items["Welkom"].actual_end
    assert view.previous_action.isEnabled() and view.skip_action.isEnabled()


def test_the_keyboard_drives_the_run(live, qtbot):
    view = live.view
    activate(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert live.controller.day.state == m.RunState.RUNNING
    live.advance(60)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert live.controller.day.state == m.RunState.PAUSED
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert live.controller.day.state == m.RunState.RUNNING
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert live.controller.day.current_item.title == "Tafelronde 1"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert live.controller.day.current_item.title == "Pauze"
    qtbot.keyClick(view, Qt.Key.Key_P)
    assert live.controller.day.current_item.title == "Tafelronde 1"
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert live.controller.day.current_item.title == "Welkom"
    target = live.controller.day.target()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert live.controller.day.target() == target + 60
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert live.controller.day.target() == target - 60
    assert "−1 min added" in view.now.state_line.text()

    qtbot.keyClick(view, Qt.Key.Key_B)
    assert live.controller.mode == ProjectorMode.BLACK and view.black_action.isChecked()
    qtbot.keyClick(view, Qt.Key.Key_B)  # back to what was shown
    assert live.controller.mode == ProjectorMode.TIMER and view.timer_action.isChecked()
    qtbot.keyClick(view, Qt.Key.Key_A)
    assert live.controller.mode == ProjectorMode.AGENDA
    qtbot.keyClick(view, Qt.Key.Key_T)
    assert live.controller.mode == ProjectorMode.TIMER

    qtbot.keyClick(view, Qt.Key.Key_M)
    dialog = view.findChild(MessageDialog)
    assert dialog is not None and dialog.isVisible()
    assert view.timer_action.isChecked()  # nothing changes until a text is chosen
    assert [dialog.combo.itemText(i) for i in range(dialog.combo.count())] == [
        "5 minutes left", "Welcome!", "Break until 11:14"]  # the break's projected end (Welkom was cut to 14 min)
    dialog.combo.setCurrentIndex(2)
    dialog.accept()
    assert live.controller.mode == ProjectorMode.MESSAGE
    assert live.controller.current_frame.message == "Break until 11:14"

    qtbot.keyClick(view, Qt.Key.Key_S)
    skip = view.findChild(SkipDialog)
    assert skip.list.count() == 4 and skip.list.currentItem().text().endswith("Pauze")
    skip.accept()
    assert live.controller.day.current_item.title == "Pauze"
    assert live.stored()[1]["Tafelronde 1"].actual_start is None  # skipped: not held

    qtbot.keyClick(view, Qt.Key.Key_I)
    assert view.findChild(AbsorbDialog).isVisible()


def test_an_overrun_counts_up_in_red_and_moves_the_rest_of_the_day(live):
    view = live.view
    live.controller.start_day()
    live.advance(14 * 60)
    assert live.digits == "01:00" and view.now.display.tone == "warn"
    live.advance(60 + 3 * 60 + 12)
    assert live.digits == "+03:12" and view.now.display.tone == "over"
    assert view.now.state_line.text() == "over time"
    assert view.summary.pin_text() == "Lunch 11:20: 2 min slack"  # 5 min planned gap, 3:12 of it used
    assert view.summary.end_text() == "12:20 (on schedule)"
    model = view.model
    assert [model.index(r, 2).data() for r in range(model.rowCount())] == ["", "+3", "+3", "", ""]
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == [
        "10:00", "10:18", "11:03", "11:20", "12:05"]
    live.advance(5 * 60)  # now the lunch is late, and the end of the day with it
    assert view.summary.pin_text() == "Lunch 11:20: 3 min late"
    assert view.summary.end_text() == "12:23 (+3 min)"


def test_the_running_step_of_a_timed_work_form(live):
    live.controller.start_day()
    live.advance(15 * 60)
    live.controller.next()
    live.advance(90)  # 1 min alone, then 30 s in pairs
    now = live.view.now
    assert now.step_box.isVisibleTo(live.view)
    assert now.step_line.text() == "Step 2 of 4: Met z'n tweeën · 01:30 left"
    assert now.step_next.text() == "Then: Met z'n vieren (4 min)"
    frame = live.controller.current_frame
    assert frame.step_name == "Met z'n tweeën" and frame.countdown.remaining(live.mono.now()) == 90
    live.advance(14 * 60)
    assert now.step_line.text() == "All 4 steps done"
    assert live.controller.current_frame.step_name is None  # the item's own time again
    assert live.controller.current_frame.countdown.remaining(live.mono.now()) == 45 * 60 - 15.5 * 60


# -- absorbing an overrun -----------------------------------------------------------------------------


def test_absorb_shows_the_proposal_applies_it_and_ctrl_z_undoes_it(live, qtbot):
    view = live.view
    activate(qtbot, view)
    live.controller.start_day()
    live.advance(27 * 60)  # Welkom 12 min over: the lunch at 11:20 is 7 min late
    assert view.summary.pin_text() == "Lunch 11:20: 7 min late"
    dialog = view.ask_absorb()
    assert dialog.heading.text() == "7 min to win back before Lunch (11:20)."
    rows = [[dialog.table.item(r, c).text() for c in range(5)] for r in range(dialog.table.rowCount())]
    assert rows == [
        ["Welkom", "15", "15", "", "at least 8 min · running now: only the minutes still to come"],
        ["Tafelronde 1", "45", "40", "5", "at least 23 min"],
        ["Pauze", "15", "13", "2", "break: at least 10 min"],
    ]
    assert dialog.result.text() == "All 7 min won back: Lunch (11:20) is reached on time."
    dialog.floor_spin.setValue(15)  # breaks stay whole: the round gives it all
    assert [dialog.table.item(r, 2).text() for r in range(3)] == ["15", "38", "15"]
    dialog.floor_spin.setValue(10)
    dialog.apply_button.click()
    _, items = live.stored()
    assert (items["Tafelronde 1"].planned_minutes, items["Pauze"].planned_minutes) == (40, 13)
    assert view.summary.pin_text() == "Lunch 11:20: no slack left"
    assert [view.model.index(r, 3).data() for r in range(5)] == ["15", "40", "13", "45", "15"]
    assert view.undo_action.isEnabled()
    assert live.controller.absorb_settings() == (0.5, 10)
    assert str(app_settings().value("live/break_floor")) == "10"  # remembered for the next absorb

    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    _, items = live.stored()
    assert (items["Tafelronde 1"].planned_minutes, items["Pauze"].planned_minutes) == (45, 15)
    assert view.summary.pin_text() == "Lunch 11:20: 7 min late"
    assert live.controller.current_frame.programme[3].projected_start == "11:27"  # the projector follows
    qtbot.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert live.stored()[1]["Tafelronde 1"].planned_minutes == 40


def test_an_absorb_no_longer_matching_the_programme_changes_nothing(live):
    live.controller.start_day()
    live.advance(27 * 60)
    proposal = live.controller.propose()
    notices = []
    live.controller.notice.connect(notices.append)
    (round_1,) = [i for i in live.doc.all(m.AgendaItem) if i.title == "Tafelronde 1"]
    round_1.planned_minutes = 50  # the Agenda screen changed it meanwhile
    live.doc.update(round_1)
    assert not live.controller.apply_proposal(proposal)
    assert live.stored()[1]["Tafelronde 1"].planned_minutes == 50
    assert live.stored()[1]["Pauze"].planned_minutes == 15
    assert notices and "changed in the meantime" in notices[0]
    assert not live.controller.undo_stack.canUndo()


def test_an_edit_on_the_agenda_screen_is_never_saved_over(live):
    live.controller.start_day()
    (round_1,) = [i for i in live.doc.all(m.AgendaItem) if i.title == "Tafelronde 1"]
    round_1.title = "Tafelronde 1: kansen en zorgen"
    live.doc.update(round_1)
    live.advance(60)
    live.controller.next()  # saves the items it changed: the new title stays
    _, items = live.stored()
    assert "Tafelronde 1: kansen en zorgen" in items
    assert live.view.now.title.text() == "Tafelronde 1: kansen en zorgen"


# -- sleep and restart --------------------------------------------------------------------------------


@pytest.mark.parametrize(("button", "counted"), [("count_button", True), ("discard_button", False)])
def test_after_a_sleep_the_bar_asks_whether_to_count_it(live, button, counted):
    bar = live.view.sleep_bar
    live.controller.start_day()
    live.advance(2 * 60)
    assert bar.isHidden()
    live.wall.advance(23 * 60)  # the lid was closed: only the wall clock moved
    live.advance(1)
    assert bar.isVisibleTo(live.view)
    text = bar.label.text()  # "minute(s)" until the English plural forms are in the .ts
    assert text.startswith("The laptop slept 23 minute") and text.endswith("(10:02–10:25). Count it as meeting time?")
    assert live.digits == "12:59"  # not counted until the chair says so
    getattr(bar, button).click()
    assert bar.isHidden()
    assert live.digits == ("+10:01" if counted else "12:59")
    assert live.controller.day.pending_sleep is None


def test_a_restart_mid_item_shows_the_right_time_left(qtbot, programme):
    first = Live(qtbot, programme)
    first.controller.start_day()
    first.advance(5 * 60)
    first.controller.next()
    first.advance(10 * 60)
    assert first.digits == "35:00"
    closed_at = first.wall.now()
    first.close()  # the app closes (or is killed after its last checkpoint)

    mono = FakeClock(42.0)  # a new process: another monotonic origin
    wall = FakeWallClock(closed_at + timedelta(minutes=3), follow=mono)
    second = Live(qtbot, programme, mono, wall)
    try:
        assert second.controller.day.current_item.title == "Tafelronde 1"
        assert second.digits == "32:00"
        assert second.view.sleep_bar.label.text().startswith("Facilitator was closed for 3 minute")
        assert "(10:15–10:18)" in second.view.sleep_bar.label.text()
        second.view.sleep_bar.discard_button.click()  # those minutes were no meeting time after all
        assert second.digits == "35:00"
        second.advance(60)
        assert second.digits == "34:00"
    finally:
        second.close()


# -- chime and projector -----------------------------------------------------------------------------


def test_the_chime_rings_at_the_end_of_an_item_and_of_a_step_unless_muted(live):
    controller = live.controller
    controller.start_day()
    live.advance(15 * 60 - 1)
    assert live.rings == []
    live.advance(1)
    assert live.rings == [live.mono.now()]
    live.advance(30)
    controller.next()  # the chair moving on rings nothing
    assert len(live.rings) == 1
    live.advance(60)  # the first step (1 min alone) is over
    assert len(live.rings) == 2
    live.view.chime_action.trigger()
    assert controller.chime.muted and live.view.chime_action.text() == "Chime off"
    assert str(app_settings().value(MUTED_SETTING)).lower() == "true"
    live.advance(2 * 60)
    assert len(live.rings) == 2
    assert LiveController().chime.muted  # the next start remembers


def test_no_chime_for_an_end_long_gone_after_a_sleep(live):
    live.controller.start_day()
    live.advance(14 * 60)
    live.wall.advance(30 * 60)  # slept through the end; counted, it is far over
    live.advance(1)
    live.controller.count_sleep()
    live.advance(1)
    assert live.rings == []


def test_the_projector_frame_follows_the_run_and_shows_no_people_or_notes(live):
    controller = live.controller
    frame = controller.current_frame
    assert frame.mode == ProjectorMode.AGENDA  # before the day the room sees the programme
    assert [(r.start, r.title, r.state) for r in frame.programme][:2] == [
        ("10:00", "Welkom", RowState.NEXT), ("10:15", "Tafelronde 1", RowState.LATER)]
    controller.start_day()
    frame = controller.current_frame
    assert frame.mode == ProjectorMode.TIMER and frame.item_title == "Welkom"
    assert frame.countdown.remaining(live.mono.now()) == 15 * 60 and not frame.countdown.paused
    live.advance(1)
    assert controller.current_frame is frame  # the same deadline: nothing to repaint but the digits
    live.advance(16 * 60)
    controller.pause()
    frame = controller.current_frame
    assert frame.countdown.paused and frame.countdown.remaining(live.mono.now() + 999) == -61
    assert [r.projected_start for r in frame.programme] == [None, "10:16", "11:01", None, None]
    controller.next()
    frame = controller.current_frame
    assert [r.state for r in frame.programme] == [RowState.DONE, RowState.CURRENT, RowState.NEXT,
                                                   RowState.LATER, RowState.LATER]
    assert not frame.countdown.paused and frame.item_title == "Tafelronde 1"  # next from a pause starts it
    text = repr(frame) + repr(controller.frame())
    assert not [secret for secret in SECRETS if secret in text]
    assert live.view.preview.frame == frame


def test_a_read_only_session_shows_the_run_but_cannot_drive_it(qtbot, programme):
    live = Live(qtbot, programme)
    live.controller.start_day()
    live.advance(60)
    viewer = SessionDocument.open(programme, read_only=True)
    controller = LiveController(clock=live.mono, wall=live.wall)
    view = LiveView(controller=controller)
    qtbot.addWidget(view)
    controller.set_document(viewer)
    view.set_document(viewer)
    try:
        assert controller.day.state == m.RunState.RUNNING
        assert view.now.display.text == "14:00"
        assert not view.toggle_action.isEnabled() and not view.next_action.isEnabled()
        assert not view.absorb_action.isEnabled()
        assert view.notice.isVisibleTo(view) and "Read-only" in view.notice.text()
        assert not controller.toggle()
    finally:
        controller.set_document(None)
        viewer.close()
        live.close()
