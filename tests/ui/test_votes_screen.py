"""Voting from the Notes screen ("Vote…" and "Project ▾" in the board's tool row) and the Live screen's
H and V keys for the projector's themes and vote result."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from facilitator.core import model as m
from facilitator.core.clock import FakeClock, FakeWallClock
from facilitator.core.projection_frame import ProjectorMode
from facilitator.store.document import SessionDocument
from facilitator.ui.live_controller import LiveController
from facilitator.ui.views.live import LiveView
from facilitator.ui.views.notes import NotesView

NOW = 1000.0


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "stemmen.facilitator"
    with SessionDocument.create(path, m.Meeting("Burgerberaad")) as doc:
        item, = doc.add(m.AgendaItem("Oplossingen", 45, position=1))
        doc.add(m.Table("Tafel 1", position=1), m.Table("Tafel 2", position=2))
        wonen, groen = doc.add(m.Theme("Betaalbaar wonen", item.id, 0), m.Theme("Meer groen", item.id, 1))
        doc.add(m.StickyNote("Starterswoningen", item.id, theme_id=wonen.id, position=0),
                m.StickyNote("Bomen", item.id, theme_id=groen.id, position=1),
                m.StickyNote("Verborgen geheim", item.id, theme_id=groen.id, position=2, hidden=True))
    return path


class Window(QWidget):
    """Stands in for the main window: a screen inside it and the live controller on ``live``."""

    def __init__(self, screen: QWidget, live: LiveController) -> None:
        super().__init__()
        self.live = live
        QVBoxLayout(self).addWidget(screen)


@pytest.fixture
def controller(doc):
    clock = FakeClock(NOW)
    live = LiveController(clock=clock, wall=FakeWallClock(datetime(2026, 3, 14, 9, 0), follow=clock))
    live.set_document(doc)
    live.open_projector = lambda *a, **k: None  # no real window in the tests
    yield live
    live.shutdown()


def test_vote_button_opens_the_dialog_and_typed_dots_reach_the_screen_and_the_projector(qtbot, doc, controller):
    view = NotesView()
    window = Window(view, controller)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    view.set_document(doc)
    view.refresh()
    assert view.voting.vote_button.parent() is not None and view.voting.vote_button.isVisible()

    qtbot.mouseClick(view.voting.vote_button, Qt.MouseButton.LeftButton)
    dialog = view.voting.dialog
    assert dialog is not None and dialog.isVisible() and dialog.item_id == view.current_item().id
    assert dialog.new_vote("Stippen", 5, 4)
    grid = dialog.grid
    grid.setFocus()
    QTest.keyClicks(grid, "3")
    QTest.keyClick(grid.focusWidget(), Qt.Key.Key_Return)
    QTest.keyClicks(grid, "8")
    QTest.keyClick(grid.focusWidget(), Qt.Key.Key_Return)

    ranking = view.ranking.model  # the screen's own ranking follows the editor's writes
    assert [ranking.index(r, 1).data() for r in range(ranking.rowCount())] == ["Meer groen", "Betaalbaar wonen"]
    assert {(t.theme_id, t.dots) for t in doc.all(m.VoteTally)} == {(doc.all(m.Theme)[0].id, 3),
                                                                     (doc.all(m.Theme)[1].id, 8)}

    view.voting.votes_action.trigger()  # Project ▾ → Vote result
    assert controller.mode == ProjectorMode.VOTES
    frame = controller.current_frame
    assert [(r.name, r.dots) for r in frame.ranking] == [("Meer groen", 8), ("Betaalbaar wonen", 3)]
    assert frame.caption == "11 of 20 dots"

    grid.setCurrentIndex(dialog.model.index(0, 1))
    QTest.keyClicks(grid, "9")
    QTest.keyClick(grid.focusWidget(), Qt.Key.Key_Return)
    controller.tick()  # the projector re-reads after the write, at its next second
    assert controller.current_frame.ranking[0].name == "Betaalbaar wonen"
    assert controller.current_frame.ranking[0].dots == 12

    view.voting.themes_action.trigger()
    frame = controller.current_frame
    assert frame.mode == ProjectorMode.THEMES and [c.name for c in frame.themes] == ["Betaalbaar wonen",
                                                                                      "Meer groen"]
    assert "Verborgen geheim" not in repr(frame)
    view.voting.timer_action.trigger()
    assert controller.mode == ProjectorMode.TIMER


def test_the_live_screen_keys_h_and_v_project_the_live_items_themes_and_votes(qtbot, doc, controller):
    item = doc.all(m.AgendaItem)[0]
    view = LiveView(controller=controller)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.set_document(doc)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    controller.notes.item_id = 12345  # chosen earlier on the Notes screen: H and V follow the live item again
    controller.start_day()
    assert controller.day.run.current_item_id == item.id
    qtbot.keyClick(view, Qt.Key.Key_H)
    assert controller.mode == ProjectorMode.THEMES and view.themes_action.isChecked()
    assert controller.notes.item_id is None
    assert [c.name for c in controller.current_frame.themes] == ["Betaalbaar wonen", "Meer groen"]
    qtbot.keyClick(view, Qt.Key.Key_V)
    assert controller.mode == ProjectorMode.VOTES and view.votes_action.isChecked()
    assert "H themes" in view.legend.text() and "V vote result" in view.legend.text()
    rows = dict(view.shortcut_rows())
    assert [k.toString() for k in rows["Projector: the live item's themes"]] == ["H"]
    assert [k.toString() for k in rows["Projector: the live item's vote result"]] == ["V"]
    view.set_document(None)
