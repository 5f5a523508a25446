"""The Live screen in the main window: F5 from any screen, the keys in Help, a language switch mid-run, and a whole
demo day run through the UI on a fast fake clock (overruns, one absorb, a pause, a restart), ending with the actual
times on the Agenda and Report screens."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.core import model as m
from facilitator.core.clock import FakeClock, FakeWallClock
from facilitator.core.projection_frame import ProjectorMode
from facilitator.store import live_store
from facilitator.store.document import SessionDocument
from facilitator.ui.projector import Chime

DAY_START = datetime(2026, 3, 14, 9, 30)


def activate(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def with_fake_clocks(window, start: datetime, mono_start: float = 1000.0):
    mono = FakeClock(mono_start)
    wall = FakeWallClock(start, follow=mono)
    window.live.set_clocks(mono, wall)
    window.live.chime = Chime(player=lambda: None)  # silent
    return mono, wall


@pytest.fixture
def programme(tmp_path):
    from test_live_screen import make_programme

    return make_programme(tmp_path / "Stadsgesprek.facilitator")


def test_live_is_the_second_screen_and_f5_projects_from_any_screen(make_window, programme, qtbot):
    window = make_window()
    mono, _wall = with_fake_clocks(window, datetime(2026, 3, 14, 10, 0))
    activate(qtbot, window)
    window.open_path(programme)
    assert window.workspace.keys()[:2] == ["agenda", "live"]
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.current_key() == "live"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.live.day.state == m.RunState.RUNNING

    window.show_view("agenda")
    qtbot.keyClick(window, Qt.Key.Key_Space)  # the run's keys belong to the Live screen only
    assert window.live.day.state == m.RunState.RUNNING
    qtbot.keyClick(window, Qt.Key.Key_F5)  # the projector from any screen
    projector = window.live.projector
    qtbot.addWidget(projector)
    assert projector.isVisible() and window.actions_.projector.isChecked()
    assert not projector.isFullScreen()  # one display: a normal window
    assert projector.frame == window.live.current_frame and projector.frame.item_title == "Welkom"
    assert projector.clock is window.live.clock
    window.show_view("live")
    assert window.workspace.view("live").projector_action.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert projector.frame.mode == ProjectorMode.BLACK
    mono.advance(60)
    window.live.tick()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert not projector.isVisible() and not window.actions_.projector.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert projector.isVisible()
    window.close_document()  # nothing left to project
    assert not projector.isVisible() and not window.actions_.projector.isEnabled()


def test_the_help_menu_lists_the_live_keys(make_window, programme):
    window = make_window()
    window.open_path(programme)
    dialog = window.show_shortcuts()
    table = dialog.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Live screen"] == ""  # the heading of the group
    assert rows["Start the day, pause, resume"] == "Space"
    assert rows["Next item"] == "N, Right" and rows["Previous item"] == "P, Left"
    assert rows["One minute more"] == "+, =" and rows["One minute less"] == "-"
    assert rows["Absorb the overrun"] == "I" and rows["Undo absorb"] == "Ctrl+Z"
    assert rows["Projector on/off"] == "F5" and rows["Projector: black screen (again: back)"] == "B"
    assert (rows["Projector: timer"], rows["Projector: agenda"], rows["Projector: message"]) == ("T", "A", "M")
    assert rows["Live"] == "Ctrl+2"
    assert rows["Agenda screen"] == ""  # every screen with keys of its own has a group
    assert rows["Add item"] == "Ins" and rows["Delete item"] == "Del"
    assert (rows["Move up"], rows["Move down"]) == ("Ctrl+Up", "Ctrl+Down")
    assert rows["Redo"] == "Ctrl+Y, Ctrl+Shift+Z"
    dialog.close()


def test_a_language_switch_mid_run_keeps_the_run_and_the_projector(make_window, programme, qtbot):
    window = make_window()
    mono, _wall = with_fake_clocks(window, datetime(2026, 3, 14, 10, 0))
    window.show()
    qtbot.waitExposed(window)
    window.open_path(programme)
    window.show_view("live")
    window.live.start_day()
    window.live.open_projector()
    qtbot.addWidget(window.live.projector)
    window.set_language("nl")
    try:
        view = window.workspace.view("live")
        assert view.title() == "Live" and view.controller is window.live
        mono.advance(90)
        window.live.tick()  # the screen made before the switch is gone; nothing may reach it
        assert view.now.display.text == "13:30"
        assert window.live.projector_open() and view.projector_action.isChecked()
    finally:
        window.set_language("en")


# -- a whole day -----------------------------------------------------------------------------------------------


def test_a_whole_demo_day_run_through_the_ui(make_window, tmp_path, qtbot):
    from facilitator.demo import build_demo

    path = build_demo(tmp_path / "Demo burgerberaad.facilitator")
    window = make_window()
    mono, wall = with_fake_clocks(window, DAY_START)
    activate(qtbot, window)
    assert window.open_path(path)
    window.show_view("live")
    view = window.workspace.view("live")
    asked = []
    view.confirm = lambda title, text, button: asked.append(text) or True

    def key(name, modifier=Qt.KeyboardModifier.NoModifier, on=None):
        qtbot.keyClick(on or window, getattr(Qt.Key, f"Key_{name}"), modifier)

    def run_for(minutes: float):
        """Time passes, ticking every 20 s as the real timer would (and more)."""
        for _ in range(int(minutes * 3)):
            mono.advance(20)
            window.live.tick()

    def current() -> str:
        return window.live.day.current_item.title

    key("Space")  # the demo holds recorded times: the chair is asked before they go
    assert asked and "recorded times" in asked[0]
    assert window.live.day.state == m.RunState.RUNNING and current() == "Inloop met koffie"
    assert all(i.actual_start is None for i in window.live.day.items[1:])
    run_for(33)
    key("N")
    run_for(16)
    key("N")
    run_for(35)
    assert view.now.display.text == "+05:00" and view.now.display.tone == "over"
    key("Right")
    run_for(48)
    key("N")
    assert current() == "Pauze"
    assert view.summary.pin_text() == "Lunch 12:30: 12 min late"

    dialog = view.ask_absorb()  # win the 12 minutes back before the pinned lunch
    assert dialog.result.text() == "All 12 min won back: Lunch (12:30) is reached on time."
    dialog.apply_button.click()
    assert view.summary.pin_text() == "Lunch 12:30: no slack left"
    minutes = {i.title: i.planned_minutes for i in window.live.day.items}
    assert (minutes["Pauze"], minutes["Tafelronde 2: oplossingsrichtingen"]) == (12, 36)

    run_for(5)
    key("Space")  # a pause: the coffee machine broke
    assert window.live.day.state == m.RunState.PAUSED
    run_for(2)
    assert view.now.display.text == "07:00" and view.now.display.tone == "stopped"
    key("Space")
    run_for(7)
    key("N")
    run_for(36)
    key("N")
    assert current() == "Lunch"
    run_for(45)
    key("N")
    run_for(48)
    key("N")
    assert current() == "Tafelronde 3: aanbevelingen formuleren"
    run_for(30)
    assert view.now.display.text == "30:00"

    # The app is closed mid-item (the chair restarts the laptop); back two minutes later.
    closed_at = wall.now()
    window.close()
    window = make_window()
    mono, wall = with_fake_clocks(window, closed_at + timedelta(minutes=2), mono_start=7.0)
    activate(qtbot, window)
    assert window.open_path(path)
    assert window.workspace.current_key() == "live"  # where the chair left off
    view = window.workspace.view("live")
    assert current() == "Tafelronde 3: aanbevelingen formuleren"
    assert view.now.display.text == "28:00"  # the meeting went on while the app was away
    assert view.sleep_bar.isVisibleTo(view)
    view.sleep_bar.count_button.click()
    assert view.now.display.text == "28:00"
    run_for(30)
    key("N")
    run_for(34)
    assert view.summary.end_text() == "15:41 (+11 min)"
    key("N")  # the last item: the day is finished
    assert window.live.day.state == m.RunState.FINISHED
    assert view.summary.end_text() == "15:41 (+11 min)"
    assert view.now.caption.text() == "The day is finished"

    _, items = live_store.load(window.document)
    held = [(i.title, i.actual_start.strftime("%H:%M"), i.actual_end.strftime("%H:%M")) for i in items]
    assert held == [
        ("Inloop met koffie", "09:30", "10:03"),
        ("Welkom en terugblik op sessiedag 1", "10:03", "10:19"),
        ("Expertpresentatie warmtetransitie", "10:19", "10:54"),
        ("Tafelronde 1: kansen en zorgen", "10:54", "11:42"),
        ("Pauze", "11:42", "11:56"),
        ("Tafelronde 2: oplossingsrichtingen", "11:56", "12:32"),
        ("Lunch", "12:32", "13:17"),
        ("Stippenstemmen op de oplossingsrichtingen", "13:17", "14:05"),
        ("Tafelronde 3: aanbevelingen formuleren", "14:05", "15:07"),
        ("Plenaire terugkoppeling en afsluiting", "15:07", "15:41"),
    ]

    # The Agenda and Report screens read the same recorded times.
    window.show_view("agenda")
    agenda = window.workspace.view("agenda").model
    actual = agenda.headers().index("Actual")
    assert agenda.index(0, actual).data() == "09:30–10:03 (+3)"
    assert agenda.index(9, actual).data() == "15:07–15:41 (+4)"
    window.show_view("report")
    report = window.workspace.view("report")
    assert report.programme_model.recorded() == 10
    assert report.programme_caption.text() == "Times recorded for 10 of 10 items."
    with SessionDocument.open(path, read_only=True) as look:  # it is all on disk, in another reader too
        (run,) = look.all(m.LiveRun)
        assert run.state == m.RunState.FINISHED
