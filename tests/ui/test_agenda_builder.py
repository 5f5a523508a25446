"""The agenda builder: add, edit, pin, reorder by keyboard and by drag, undo/redo, delete, read-only refusal."""

from datetime import time

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTime

from facilitator.core import model as m
from facilitator.core import workforms
from facilitator.store.document import SessionDocument
from facilitator.ui.models.agenda_model import DURATION, FLEXIBLE, START, TITLE
from facilitator.ui.views.agenda import AgendaView

PROGRAMME = [("Inloop", 30, m.AgendaKind.BREAK), ("Welkom", 15, m.AgendaKind.PLENARY),
             ("Tafelronde 1", 45, m.AgendaKind.TABLE_ROUND), ("Pauze", 15, m.AgendaKind.BREAK)]


@pytest.fixture
def path(tmp_path):
    file = tmp_path / "Dag.facilitator"
    with SessionDocument.create(file, m.Meeting("Sessiedag", day_start=time(9, 30))) as doc:
        doc.add(*[m.AgendaItem(t, mins, kind, n) for n, (t, mins, kind) in enumerate(PROGRAMME)])
    return file


@pytest.fixture
def view(show_screen, doc, translations):
    shown = show_screen(AgendaView(), doc)
    yield shown
    shown.set_document(None)


def titles(doc):
    return [i.title for i in doc.all(m.AgendaItem)]


def starts(view):
    return [view.model.index(r, START).data() for r in range(view.model.rowCount())]


def select(view, row):
    view.table.setCurrentIndex(view.model.index(row, TITLE))


def test_the_builder_shows_the_programme_with_an_editable_form(view, doc):
    assert starts(view) == ["09:30", "10:00", "10:15", "11:00"]
    assert not view.read_only_banner.isVisible()
    assert view.side.currentWidget() is view.form
    assert view.form.title_edit.text() == "Inloop" and view.form.minutes.value() == 30
    assert view.model.index(0, FLEXIBLE).data() == ""
    assert view.model.flags(view.model.index(0, TITLE)) & Qt.ItemFlag.ItemIsEditable


def test_adding_a_blank_item_and_one_from_a_work_form(view, doc):
    select(view, 1)
    view.add_action.trigger()
    assert titles(doc) == ["Inloop", "Welkom", "New item", "Tafelronde 1", "Pauze"]
    assert view.current_item_id() == doc.all(m.AgendaItem)[2].id
    assert view.form.title_edit.hasFocus() and view.form.title_edit.selectedText() == "New item"
    view.form.title_edit.setText("Kennismaking")
    view.form.title_edit.editingFinished.emit()
    assert titles(doc)[2] == "Kennismaking"

    view.add_from_form(workforms.work_form("world-cafe"))
    added = doc.all(m.AgendaItem)[3]
    assert (added.title, added.planned_minutes, added.kind) == ("World Café", 45, m.AgendaKind.TABLE_ROUND)
    (copy,) = doc.all(m.WorkForm)
    assert added.work_form_id == copy.id and copy.name_en == "World Café" and copy.categories == [
        "Kansen", "Zorgen", "Vragen"]
    assert view.form.form_card.heading.text() == "Work form: World Café"
    assert view.model.index(3, 4).data() == "World Café"
    view.undo_action.trigger()  # the copy goes again with the item that brought it
    assert "World Café" not in titles(doc) and doc.all(m.WorkForm) == []


def test_editing_duration_kind_and_flexibility_writes_at_once(view, doc):
    select(view, 1)
    view.form.minutes.setValue(20)
    assert doc.all(m.AgendaItem)[1].planned_minutes == 20
    assert starts(view) == ["09:30", "10:00", "10:20", "11:05"]
    view.form.kind_box.setCurrentIndex(view.form.kind_box.findData("table_round"))
    view.form.kind_box.activated.emit(view.form.kind_box.currentIndex())
    assert doc.all(m.AgendaItem)[1].kind == m.AgendaKind.TABLE_ROUND
    view.form.min_minutes.setValue(12)
    assert doc.all(m.AgendaItem)[1].min_minutes == 12
    assert view.model.index(1, FLEXIBLE).data() == "min 12"
    view.form.minutes.setValue(10)  # below the minimum: the minimum follows
    assert (doc.all(m.AgendaItem)[1].planned_minutes, doc.all(m.AgendaItem)[1].min_minutes) == (10, 10)
    view.form.flexible_check.setChecked(False)
    assert not doc.all(m.AgendaItem)[1].flexible and not view.form.min_minutes.isEnabled()
    assert view.model.index(1, FLEXIBLE).data() == "fixed"


def test_pinning_shows_the_gap_and_the_overlap_it_causes(view, doc):
    select(view, 3)  # Pauze, computed 11:00
    view.form.pin_check.setChecked(True)
    assert doc.all(m.AgendaItem)[3].pinned_start == time(11, 0)
    view.form.pin_time.setTime(QTime(11, 15))
    assert doc.all(m.AgendaItem)[3].pinned_start == time(11, 15)
    assert starts(view)[3] == "11:15"
    assert "15 min unplanned" in view.header.warnings_label.text()
    assert "15 min unplanned" in view.form.pin_warning.text() and view.form.pin_warning.isVisible()
    view.form.pin_time.setTime(QTime(10, 50))
    assert "run 10 min into it" in view.header.warnings_label.text()
    view.form.pin_check.setChecked(False)
    assert doc.all(m.AgendaItem)[3].pinned_start is None
    assert view.header.warnings_label.isHidden() and starts(view)[3] == "11:00"


def test_reorder_by_keyboard(qtbot, view, doc):
    view.activateWindow()
    select(view, 0)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(doc) == ["Welkom", "Inloop", "Tafelronde 1", "Pauze"]
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(doc) == ["Welkom", "Tafelronde 1", "Inloop", "Pauze"]
    assert view.table.currentIndex().row() == 2  # the moved item stays selected
    qtbot.keyClick(view.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert titles(doc) == ["Welkom", "Inloop", "Tafelronde 1", "Pauze"]
    assert [i.position for i in doc.all(m.AgendaItem)] == [0, 1, 2, 3]
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # three moves, one step
    assert titles(doc) == ["Inloop", "Welkom", "Tafelronde 1", "Pauze"]
    qtbot.keyClick(view.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert titles(doc) == ["Welkom", "Inloop", "Tafelronde 1", "Pauze"]


def test_reorder_by_drag_and_drop(view, doc):
    model = view.model
    data = model.mimeData([model.index(0, TITLE)])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())  # between rows 2 and 3
    assert titles(doc) == ["Welkom", "Tafelronde 1", "Inloop", "Pauze"]
    data = model.mimeData([model.index(3, TITLE)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(0, TITLE))  # onto row 0
    assert titles(doc) == ["Pauze", "Welkom", "Tafelronde 1", "Inloop"]
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 4)  # Qt's own move, to the end
    assert titles(doc) == ["Welkom", "Tafelronde 1", "Inloop", "Pauze"]
    assert not model.removeRows(0, 1)  # what a view does after a move drag must not delete anything
    view.undo_action.trigger()
    assert titles(doc) == ["Pauze", "Welkom", "Tafelronde 1", "Inloop"]


def test_undo_and_redo_of_edits_notes_and_deletes(view, doc):
    select(view, 2)
    for value in (46, 47, 48):
        view.form.minutes.setValue(value)
    assert view.editor.stack.count() == 1  # spinning the duration is one step
    view.form.notes_edit.setPlainText("Nieuwe tafelindeling")
    view.form.flush()
    view.form.notes_edit.setPlainText("Nieuwe tafelindeling; 8 tafels")
    view.form.flush()
    assert doc.all(m.AgendaItem)[2].facilitator_notes == "Nieuwe tafelindeling; 8 tafels"
    assert view.editor.stack.count() == 2
    view.undo_action.trigger()
    assert doc.all(m.AgendaItem)[2].facilitator_notes == ""
    assert view.form.notes_edit.toPlainText() == ""
    view.undo_action.trigger()
    assert doc.all(m.AgendaItem)[2].planned_minutes == 45
    view.redo_action.trigger()
    assert doc.all(m.AgendaItem)[2].planned_minutes == 48
    assert view.undo_action.text() == "Undo Change “Tafelronde 1”"

    select(view, 1)
    view.delete_action.trigger()  # nothing recorded on it: no question, undoable
    assert titles(doc) == ["Inloop", "Tafelronde 1", "Pauze"]
    view.undo_action.trigger()
    assert titles(doc) == ["Inloop", "Welkom", "Tafelronde 1", "Pauze"]
    assert view.model.entry(view.table.currentIndex().row()).item.title == "Welkom"
    view.redo_action.trigger()
    view.undo_action.trigger()
    view.undo_action.trigger()  # back through the delete to the 48 minutes: ids stayed valid
    assert doc.all(m.AgendaItem)[2].planned_minutes == 45


def test_deleting_an_item_with_notes_asks_first_and_cannot_be_undone(view, doc):
    round_1 = doc.all(m.AgendaItem)[2]
    doc.add(m.StickyNote("Meer groen", round_1.id), m.StickyNote("Te duur", round_1.id))
    view.refresh()
    asked = []
    view.editor.confirm_delete = lambda item, found: asked.append((item.title, found.notes)) or False
    select(view, 2)
    view.delete_action.trigger()
    assert asked == [("Tafelronde 1", 2)] and "Tafelronde 1" in titles(doc)
    view.form.minutes.setValue(50)
    view.editor.confirm_delete = lambda item, found: True
    view.delete_action.trigger()
    assert "Tafelronde 1" not in titles(doc) and doc.all(m.StickyNote) == []
    assert view.editor.stack.count() == 0 and not view.undo_action.isEnabled()


def test_choosing_a_work_form_in_the_form_copies_it_into_the_session(view, doc):
    select(view, 2)
    box = view.form.form_box
    index = box.findData("1-2-4-allen")
    assert box.itemText(index) == "1-2-4-all"  # the app's language
    box.setCurrentIndex(index)
    box.activated.emit(index)
    (copy,) = doc.all(m.WorkForm)
    assert copy.key == "1-2-4-allen" and doc.all(m.AgendaItem)[2].work_form_id == copy.id
    assert "Alleen nadenken" in view.form.form_card.steps.text()
    view.undo_action.trigger()
    assert doc.all(m.AgendaItem)[2].work_form_id is None and doc.all(m.WorkForm) == []


def test_title_and_duration_can_be_edited_in_the_table(view, doc):
    model = view.model
    assert model.index(1, DURATION).data(Qt.ItemDataRole.EditRole) == 15
    assert model.setData(model.index(1, DURATION), 25)
    assert model.setData(model.index(1, TITLE), "Welkom door de voorzitter")
    item = doc.all(m.AgendaItem)[1]
    assert (item.title, item.planned_minutes) == ("Welkom door de voorzitter", 25)
    assert not model.setData(model.index(1, TITLE), "   ")


def test_a_read_only_session_cannot_be_edited_and_says_so(qtbot, path, translations):
    doc = SessionDocument.open(path, read_only=True)
    view = AgendaView()
    qtbot.addWidget(view)
    view.show()
    view.set_document(doc)
    assert view.read_only_banner.isVisible() and "Read-only" in view.read_only_banner.text()
    assert view.side.currentWidget() is view.panel
    assert not view.add_action.isEnabled() and not view.delete_action.isEnabled()
    assert not view.model.flags(view.model.index(0, TITLE)) & Qt.ItemFlag.ItemIsEditable
    assert not view.model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    data = view.model.mimeData([view.model.index(0, TITLE)])
    assert not view.model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    view.editor.add_item(m.AgendaItem("Stiekem", 5), 0)
    view.editor.edit_item(doc.all(m.AgendaItem)[0].id, {"planned_minutes": 99})
    assert titles(doc) == [t for t, _, _ in PROGRAMME] and doc.all(m.AgendaItem)[0].planned_minutes == 30
    assert "read-only" in view.notice.text()
    assert view.toolbar.export_action.isEnabled()  # exporting only reads
    view.set_document(None)
    doc.close()


def test_item_keys_work_in_the_table_but_not_in_the_form(qtbot, view, doc):
    view.activateWindow()
    select(view, 1)
    view.form.kind_box.setFocus()
    qtbot.keyClick(view.form.kind_box, Qt.Key.Key_Delete)
    qtbot.keyClick(view.form.notes_edit, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert titles(doc) == [t for t, _, _ in PROGRAMME]
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert titles(doc) == ["Inloop", "Tafelronde 1", "Pauze"]
    qtbot.keyClick(view.table, Qt.Key.Key_Insert)
    assert len(titles(doc)) == 4 and view.form.title_edit.hasFocus()
    qtbot.keyClicks(view.form.title_edit, "Kennismaken")
    qtbot.keyClick(view.form.title_edit, Qt.Key.Key_Return)
    assert "Kennismaken" in titles(doc)


def test_notes_typed_before_choosing_another_item_are_kept_with_their_item(view, doc):
    select(view, 0)
    view.form.notes_edit.setPlainText("Naambordjes bij de ingang")  # not sent yet (the pause has not passed)
    select(view, 2)
    assert doc.all(m.AgendaItem)[0].facilitator_notes == "Naambordjes bij de ingang"
    assert view.table.currentIndex().row() == 2 and view.form.title_edit.text() == "Tafelronde 1"
    assert view.form.notes_edit.toPlainText() == ""


def test_notes_are_sent_after_a_pause_in_typing(qtbot, view, doc):
    select(view, 1)
    qtbot.keyClicks(view.form.notes_edit, "Wethouder")
    qtbot.waitUntil(lambda: doc.all(m.AgendaItem)[1].facilitator_notes == "Wethouder", timeout=3000)


def test_opening_another_session_selects_its_running_or_first_item(qtbot, view, doc, tmp_path):
    select(view, 3)
    other = SessionDocument.create(tmp_path / "ander.facilitator", m.Meeting("Ander"))
    other.add(*[m.AgendaItem(t, 10, position=n) for n, t in enumerate(["Een", "Twee", "Drie", "Vier", "Vijf"])])
    view.set_document(other)
    assert view.table.currentIndex().row() == 0 and view.form.title_edit.text() == "Een"
    assert view.editor.stack.count() == 0
    view.set_document(None)
    other.close()
