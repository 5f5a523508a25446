"""Agreements and recommendations on the Notes screen: made from a note or theme through the real dialog,
the overview across the day with each one's path, filters, edit, delete and undo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from facilitator.core import model as m
from facilitator.store.document import SessionDocument
from facilitator.ui.action_dialog import ActionDialog
from facilitator.ui.models.action_model import O_DUE, O_ITEM, O_KIND, O_OWNER, O_PATH, O_TEXT
from facilitator.ui.views.notes import NotesView


@pytest.fixture
def path(tmp_path):
    file = tmp_path / "Acties.facilitator"
    with SessionDocument.create(file, m.Meeting("Burgerberaad Wonen")) as doc:
        talk, close = doc.add(m.AgendaItem("Tafelronde wonen", 45, kind=m.AgendaKind.TABLE_ROUND, position=1),
                              m.AgendaItem("Afsluiting", 15, position=2))
        wonen, groen, kosten = doc.add(m.Theme("Wonen", talk.id, 0), m.Theme("Groen", talk.id, 1),
                                       m.Theme("Kosten", talk.id, 2))
        doc.add(m.StickyNote("Meer betaalbare huurwoningen", talk.id, theme_id=wonen.id, position=0),
                m.StickyNote("Tiny houses toestaan", talk.id, theme_id=wonen.id, position=1),
                m.StickyNote("Bomen in elke straat", talk.id, theme_id=groen.id, position=2),
                m.StickyNote("Subsidie vooraf", talk.id, theme_id=kosten.id, position=3),
                m.StickyNote("Een losse gedachte", talk.id, position=4))
        (vote,) = doc.add(m.DotVote("Stemronde", close.id, 5))
        doc.add(m.VoteTally(vote.id, 50, theme_id=groen.id), m.VoteTally(vote.id, 30, theme_id=wonen.id),
                m.VoteTally(vote.id, 17, theme_id=wonen.id), m.VoteTally(vote.id, 9, theme_id=kosten.id))
        doc.add(m.ActionItem("Verslag naar de raad", owner="Griffie", due_date=date(2026, 4, 1),
                             agenda_item_id=close.id, position=0))
    return file


@pytest.fixture
def view(show_screen, doc, translations):
    shown = show_screen(NotesView(), doc)
    shown.tabs.setCurrentWidget(shown.actions_tab)
    yield shown
    shown.set_document(None)


def answer(qtbot, **fill):
    """A ``run_dialog`` that fills the real dialog's widgets and clicks OK (or Cancel)."""
    seen = []

    def run(dialog: ActionDialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.show()
        seen.append((dialog.text_edit.toPlainText(), dialog.origin_label.text(), dialog.kind()))
        if fill.get("recommendation"):
            qtbot.mouseClick(dialog.recommendation_button, Qt.MouseButton.LeftButton)
        if "text" in fill:
            dialog.text_edit.selectAll()
            QTest.keyClicks(dialog.text_edit, fill["text"])
        if "owner" in fill:
            dialog.owner_edit.clear()
            QTest.keyClicks(dialog.owner_edit, fill["owner"])
        if "due" in fill:
            if dialog.no_date.isChecked():
                qtbot.mouseClick(dialog.no_date, Qt.MouseButton.LeftButton)
            assert dialog.due_edit.isEnabled()
            dialog.due_edit.setDate(QDate(*fill["due"]))
        if fill.get("no_date"):
            qtbot.mouseClick(dialog.no_date, Qt.MouseButton.LeftButton)
            assert dialog.no_date.isChecked() and not dialog.due_edit.isEnabled()
        which = QDialogButtonBox.StandardButton.Cancel if fill.get("cancel") else QDialogButtonBox.StandardButton.Ok
        qtbot.mouseClick(dialog.buttons.button(which), Qt.MouseButton.LeftButton)
        return dialog.result() == ActionDialog.DialogCode.Accepted

    run.seen = seen
    return run


def cells(view, row: int) -> list[str]:
    model = view.actions.proxy
    return [model.index(row, c).data() for c in range(model.columnCount())]


def record(doc, name: str):
    return next(r for kind in (m.Theme, m.StickyNote) for r in doc.all(kind) if getattr(r, "name", None) == name
                or getattr(r, "text", None) == name)


def test_a_note_from_the_board_menu_becomes_an_agreement_with_its_path(qtbot, view, doc):
    run = answer(qtbot, text="200 huurwoningen bouwen", owner="Wethouder Wonen", due=(2026, 9, 1))
    view.actions.run_dialog = run
    view.board_actions.action_requested.emit(record(doc, "Meer betaalbare huurwoningen"))
    assert run.seen == [("Meer betaalbare huurwoningen",
                         "From note ‘Meer betaalbare huurwoningen’ in theme ‘Wonen’.", m.ActionKind.ACTION)]
    made = next(a for a in doc.all(m.ActionItem) if a.text == "200 huurwoningen bouwen")
    assert (made.owner, made.due_date, made.kind) == ("Wethouder Wonen", date(2026, 9, 1), m.ActionKind.ACTION)
    assert made.source_note_id == record(doc, "Meer betaalbare huurwoningen").id
    assert made.source_theme_id == record(doc, "Wonen").id and made.agenda_item_id == record(doc, "Wonen").agenda_item_id
    assert view.actions.model.rowCount() == 2
    row = next(r for r in range(2) if cells(view, r)[O_TEXT] == "200 huurwoningen bouwen")
    assert cells(view, row)[O_PATH] == "Note ‘Meer betaalbare huurwoningen’ → theme ‘Wonen’ → ranked 2 with 47 dots"
    assert cells(view, row)[O_ITEM] == "Tafelronde wonen" and cells(view, row)[O_OWNER] == "Wethouder Wonen"
    assert view.tabs.tabText(view.tabs.indexOf(view.actions_tab)).endswith("(2)")
    view.editor.stack.undo()
    assert [a.text for a in doc.all(m.ActionItem)] == ["Verslag naar de raad"]
    assert view.actions.model.rowCount() == 1
    view.editor.stack.redo()
    assert view.actions.model.rowCount() == 2


def test_a_theme_becomes_a_recommendation_without_owner_or_date(qtbot, view, doc):
    run = answer(qtbot, owner="niemand")
    view.actions.run_dialog = run
    assert view.actions.create_from(record(doc, "Wonen"))
    assert run.seen[0] == ("Wonen", "From theme ‘Wonen’.", m.ActionKind.RECOMMENDATION)
    made = next(a for a in doc.all(m.ActionItem) if a.text == "Wonen")
    assert (made.kind, made.owner, made.due_date, made.source_note_id) == (
        m.ActionKind.RECOMMENDATION, "", None, None)
    row = next(r for r in range(2) if cells(view, r)[O_TEXT] == "Wonen")
    assert cells(view, row)[O_PATH] == "Theme ‘Wonen’ (2 notes) → ranked 2 with 47 dots"
    assert cells(view, row)[O_KIND] == "Recommendation"
    cancelled = answer(qtbot, text="Nooit", cancel=True)
    view.actions.run_dialog = cancelled
    assert not view.actions.create_from(record(doc, "Kosten"))
    assert len(doc.all(m.ActionItem)) == 2


def test_filters_by_kind_and_agenda_item(qtbot, view, doc):
    view.actions.run_dialog = answer(qtbot)
    view.actions.create_from(record(doc, "Groen"))
    view.actions.run_dialog = answer(qtbot)
    view.actions.create_from(record(doc, "Een losse gedachte"))
    assert view.actions.proxy.rowCount() == 3
    view.actions.kind_box.setCurrentIndex(view.actions.kind_box.findData(m.ActionKind.RECOMMENDATION))
    assert [cells(view, r)[O_TEXT] for r in range(view.actions.proxy.rowCount())] == ["Groen"]
    view.actions.kind_box.setCurrentIndex(0)
    talk = record(doc, "Groen").agenda_item_id
    view.actions.item_box.setCurrentIndex(view.actions.item_box.findData(talk))
    assert sorted(cells(view, r)[O_TEXT] for r in range(view.actions.proxy.rowCount())) == [
        "Een losse gedachte", "Groen"]
    assert view.actions.shown_label.text() == "Showing 2 of 3"
    loose = next(r for r in range(2) if cells(view, r)[O_TEXT] == "Een losse gedachte")
    assert cells(view, loose)[O_PATH] == "Note ‘Een losse gedachte’"


def test_double_click_edits_and_delete_is_undoable(qtbot, view, doc):
    table = view.actions.table
    run = answer(qtbot, text="Verslag naar raad en deelnemers", no_date=True)
    view.actions.run_dialog = run
    rect = table.visualRect(view.actions.proxy.index(0, O_TEXT))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert run.seen[0][0] == "Verslag naar de raad" and run.seen[0][1] == "Not made from a note or theme."
    (action,) = doc.all(m.ActionItem)
    assert len(run.seen) == 1 and action.text == "Verslag naar raad en deelnemers"
    assert action.due_date is None and action.owner == "Griffie"
    assert cells(view, 0)[O_DUE] == ""
    table.selectRow(0)
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Delete)
    assert doc.all(m.ActionItem) == [] and view.actions.model.rowCount() == 0
    view.editor.stack.undo()
    (back,) = doc.all(m.ActionItem)
    assert back.text == "Verslag naar raad en deelnemers" and view.actions.model.rowCount() == 1
    view.editor.stack.undo()
    assert doc.all(m.ActionItem)[0].text == "Verslag naar de raad"


def test_the_path_follows_a_theme_merge_and_a_deleted_note(qtbot, view, doc):
    view.actions.run_dialog = answer(qtbot)
    view.actions.create_from(record(doc, "Subsidie vooraf"))
    from facilitator.core import board as rules
    from facilitator.store import board as board_store
    kosten, wonen = record(doc, "Kosten"), record(doc, "Wonen")
    board = board_store.load_board(doc, kosten.agenda_item_id)
    deps = board_store.dependents(doc, theme_ids={kosten.id})
    view.editor.push(rules.merge_themes(wonen, kosten, board.notes, deps), "Merge")
    row = next(r for r in range(2) if cells(view, r)[O_TEXT] == "Subsidie vooraf")
    assert cells(view, row)[O_PATH] == "Note ‘Subsidie vooraf’ → theme ‘Wonen’ → ranked 1 with 56 dots"
    note = record(doc, "Subsidie vooraf")
    view.editor.push(rules.delete_notes([note], board_store.dependents(doc, note_ids={note.id})), "Delete")
    assert cells(view, row)[O_PATH] == "Theme ‘Wonen’ (2 notes) → ranked 1 with 56 dots"
