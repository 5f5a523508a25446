"""The Sub-sessions screen: empty state, editing with validation, allocating through the task runner, moving."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from facilitator.core.model import Meeting, SubSession, SubSessionAssignment
from facilitator.demo.conference import build_conference
from facilitator.store import subsessions as store
from facilitator.store.document import SessionDocument
from facilitator.ui.tasks import SyncTaskRunner
from facilitator.ui.views.subsessions import SubSessionsView


@pytest.fixture
def conference(tmp_path):
    doc = SessionDocument.open(build_conference(tmp_path / "conferentie.facilitator"))
    yield doc
    doc.close()


@pytest.fixture
def empty(tmp_path):
    doc = SessionDocument.create(tmp_path / "leeg.facilitator", Meeting("Leeg"))
    yield doc
    doc.close()


def shown(qtbot, doc, runner=None) -> SubSessionsView:
    view = SubSessionsView()
    qtbot.addWidget(view)
    view.tasks = runner or SyncTaskRunner()
    view.resize(1280, 800)
    view.show()
    view.set_document(doc)
    return view


def ok(dialog) -> QDialogButtonBox:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_without_sub_sessions_the_screen_explains_them_and_offers_to_add_one(qtbot, empty, translations):
    view = shown(qtbot, empty)
    assert view.stack.currentIndex() == 0 and view.empty_add.isEnabled()
    assert "Voorkeur 1" in view.empty_text.text() and not view.allocate_button.isVisible()
    dialog = view.add_sub_session()
    assert dialog.code.text() == "A" and not ok(dialog).isEnabled()  # no name yet
    dialog.name.setText("Loten en werven")
    dialog.room.setText("Grote zaal")
    dialog.minimum.setValue(5)
    dialog.maximum.setValue(20)
    assert ok(dialog).isEnabled()
    dialog.accept()
    assert view.stack.currentIndex() == 1 and view.list_model.rowCount() == 1
    saved = empty.all(SubSession)[0]
    assert (saved.code, saved.name, saved.room, saved.min_capacity, saved.max_capacity, saved.slots) == \
        ("A", "Loten en werven", "Grote zaal", 5, 20, [1, 2])
    assert view.add_sub_session().code.text() == "B"  # the next free code


def test_the_dialog_refuses_what_makes_no_sense(qtbot, conference, translations):
    view = shown(qtbot, conference)
    view.list.selectRow(1)
    dialog = view.edit_sub_session()
    assert dialog.name.text().startswith("Mandaat") and ok(dialog).isEnabled()
    dialog.code.setText("a")
    dialog.minimum.setValue(30)
    dialog.slots.setText("1, twee")
    assert not ok(dialog).isEnabled()
    assert dialog.problems() == ["Another sub-session already has the code “a”.",
                                 "The minimum can't be above the maximum.",
                                 "Slots are numbers from 1 to 20, separated by commas."]
    dialog.code.setText("B")
    dialog.minimum.setValue(10)
    dialog.slots.setText("2")
    dialog.accept()
    assert conference.all(SubSession)[1].slots == [2] and view.list_model.data(view.list_model.index(1, 5)) == "2"


def test_allocating_stores_everyone_and_shows_the_choices_per_slot(qtbot, conference, translations):
    runner = SyncTaskRunner()
    view = shown(qtbot, conference, runner)
    assert view.counts_caption.isVisible() and view.allocate_button.isEnabled()
    view.allocate()
    assert runner.runs == ["Allocating the sub-sessions…"]
    assert len(conference.all(SubSessionAssignment)) == 156
    assert view.notice.text().startswith("Allocated 78 people")
    model = view.counts_model
    assert model.headers() == ["", "Slot 1", "Slot 2", "All slots"]
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == \
        ["1st choice", "2nd choice", "3rd choice", "4th choice", "Not ranked"]
    first = model.data(model.index(0, 3))
    assert first.startswith("78 ")  # everyone got their first choice in one of the two slots
    occupancy = view.occupancy_model
    assert occupancy.rowCount() == 4
    assert sum(occupancy.occupancy(r).count for r in range(4)) == 78
    assert all(o.sub.min_capacity <= o.count <= o.sub.max_capacity
               for o in (occupancy.occupancy(r) for r in range(4)))
    assert view.attendee_model.rowCount() == 78
    view.search.setText("zzz-nobody")
    assert view.proxy.rowCount() == 0


def test_cancelling_the_allocation_changes_nothing(qtbot, conference, translations):
    view = shown(qtbot, conference, SyncTaskRunner(cancel_at_step=1))
    view.allocate()
    assert conference.all(SubSessionAssignment) == []
    assert "cancelled" in view.notice.text()


def test_an_impossible_allocation_says_why_and_stores_nothing(qtbot, conference, translations):
    for sub in conference.all(SubSession):
        sub.max_capacity = 15
        conference.update(sub)
    view = shown(qtbot, conference)
    view.allocate()
    assert conference.all(SubSessionAssignment) == []
    assert "No allocation is possible" in view.notice.text() and "add 18 places" in view.notice.text()


def test_moving_a_person_warns_and_pins_the_move(qtbot, conference, translations):
    view = shown(qtbot, conference)
    view.allocate()
    view.attendees.selectRow(0)
    person = view.attendee_model.person(view.proxy.mapToSource(view.proxy.index(0, 0)).row())
    dialog = view.move_person()
    assert dialog is not None and dialog.choice.count() == 4
    other_slot = store.read_allocation(conference).assignment[(person.id, 2)]
    dialog.choice.setCurrentIndex(dialog.choice.findData(other_slot))  # what they attend in slot 2
    assert "attends" in dialog.warning.text() and ok(dialog).text() == "Move anyway"
    current = store.read_allocation(conference).assignment[(person.id, 1)]
    dialog.choice.setCurrentIndex(dialog.choice.findData(current))
    assert not dialog.warning.isVisible() or dialog.warning.text() == ""
    free = next(o.id for o in view._problem.offerings if o.id not in (current, other_slot))
    dialog.choice.setCurrentIndex(dialog.choice.findData(free))
    dialog.accept()
    stored = store.read_allocation(conference)
    assert stored.assignment[(person.id, 1)] == free and (person.id, 1) in stored.pinned
    assert "fixed" in [view.attendee_model.data(view.attendee_model.index(r, 4))
                       for r in range(view.attendee_model.rowCount())]


def test_deleting_asks_first(qtbot, conference, translations):
    view = shown(qtbot, conference)
    asked = []
    view.confirm = lambda question, detail: asked.append(question) or False
    view.list.selectRow(0)
    assert view.delete_sub_session() is False and len(conference.all(SubSession)) == 4
    view.confirm = lambda question, detail: True
    assert view.delete_sub_session() is True and len(conference.all(SubSession)) == 3
    assert asked and asked[0].startswith("Delete “Gemeentelijke")


def test_a_read_only_file_can_be_looked_at_but_not_changed(qtbot, tmp_path, translations):
    path = build_conference(tmp_path / "c.facilitator")
    with SessionDocument.open(path, read_only=True) as doc:
        view = shown(qtbot, doc)
        assert view.list_model.rowCount() == 4
        assert not view.allocate_button.isEnabled() and not view.add_button.isEnabled()
        view.set_document(None)
