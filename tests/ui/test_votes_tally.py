"""Dot voting through the real dialog: set up a vote, type paper dots into the grid from the keyboard, undo,
and the ranking, the checks and the file follow every keystroke's commit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from facilitator.core import model as m
from facilitator.core import votes
from facilitator.store.document import SessionDocument
from facilitator.ui.board_editor import BoardEditor
from facilitator.ui.vote_dialog import VoteDialog


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "stemmen.facilitator"
    with SessionDocument.create(path, m.Meeting("Burgerberaad")) as doc:
        item, = doc.add(m.AgendaItem("Oplossingen", 45, position=1))
        doc.add(*(m.Table(f"Tafel {n}", position=n) for n in (1, 2, 3)))
        doc.add(m.Theme("Betaalbaar wonen", item.id, 0), m.Theme("Meer groen", item.id, 1),
                m.Theme("Veilig fietsen", item.id, 2))
        doc.add(m.StickyNote("Starterswoningen", item.id, position=0),
                m.StickyNote("Geheim", item.id, position=1, hidden=True))
    return path


@pytest.fixture
def dialog(qtbot, doc):
    editor = BoardEditor()
    editor.set_document(doc)
    item = doc.all(m.AgendaItem)[0]
    dialog = VoteDialog(editor, item.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog._test_editor = editor  # keep it alive with the dialog
    return dialog


def type_in(grid, keys: str) -> None:
    """Type a number in the current cell and press Enter, as a facilitator at the keyboard."""
    QTest.keyClicks(grid, keys[0])  # the first digit opens the editor (AnyKeyPressed) ...
    editor = grid.focusWidget() if grid.state() == grid.State.EditingState else grid
    QTest.keyClicks(editor, keys[1:])  # ... the rest goes into it
    QTest.keyClick(editor, Qt.Key.Key_Return)


def file_tallies(doc) -> dict:
    names = {t.id: t.name for t in doc.all(m.Theme)}
    tables = {t.id: t.name for t in doc.all(m.Table)}
    return {(names[t.theme_id], tables.get(t.table_id, "total")): t.dots for t in doc.all(m.VoteTally)}


def ranking_rows(dialog) -> list[tuple[str, str, str]]:
    model = dialog.ranking.model
    return [tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount())]


def test_typing_paper_dots_writes_each_cell_at_once_and_the_ranking_follows(dialog, doc):
    assert dialog.new_vote("Stippen", 5, 6)
    grid = dialog.grid
    assert grid.isVisible() and dialog.model.rowCount() == 3 and dialog.model.columnCount() == 4
    assert [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "○ Tafel 1", "○ Tafel 2", "○ Tafel 3", "Total"]
    grid.setFocus()
    assert grid.currentIndex().row() == 0 and grid.currentIndex().column() == 0

    type_in(grid, "7")  # Tafel 1: wonen 7 → cursor moves down
    assert grid.currentIndex().row() == 1
    assert file_tallies(doc) == {("Betaalbaar wonen", "Tafel 1"): 7}
    assert ranking_rows(dialog)[0] == ("1", "Betaalbaar wonen", "7")
    type_in(grid, "12")  # groen 12: the ranking turns at once
    assert ranking_rows(dialog)[0] == ("1", "Meer groen", "12")
    type_in(grid, "3")  # fietsen; the column is done: Enter goes to the next table's top
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (0, 1)
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "Tafel 1"  # no longer marked
    assert "Tafel 2, Tafel 3" in dialog.waiting.text()
    assert dialog.check.text() == "22 of 30 dots" and not dialog.check.property("over")

    QTest.keyClicks(grid, "9")  # Tab: written, and on to the next table in the same row
    QTest.keyClick(grid.focusWidget(), Qt.Key.Key_Tab)
    assert file_tallies(doc)[("Betaalbaar wonen", "Tafel 2")] == 9
    assert grid.currentIndex().column() == 2
    assert ranking_rows(dialog)[0] == ("1", "Betaalbaar wonen", "16")
    assert dialog.check.text().startswith("31 of 30 dots: more dots than possible")
    assert dialog.check.property("over")


def test_ctrl_z_undoes_a_cell_and_ctrl_y_redoes_it(dialog, doc):
    dialog.new_vote("Stippen", 5, None)
    grid = dialog.grid
    grid.setFocus()
    type_in(grid, "4")
    type_in(grid, "6")
    grid.setCurrentIndex(dialog.model.index(0, 0))
    type_in(grid, "5")  # a correction: the same cell, changed
    assert file_tallies(doc) == {("Betaalbaar wonen", "Tafel 1"): 5, ("Meer groen", "Tafel 1"): 6}
    QTest.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert file_tallies(doc) == {("Betaalbaar wonen", "Tafel 1"): 4, ("Meer groen", "Tafel 1"): 6}
    assert dialog.model.index(0, 0).data() == "4" and ranking_rows(dialog)[0][1] == "Meer groen"
    QTest.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert file_tallies(doc) == {}
    QTest.keyClick(grid, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert file_tallies(doc) == {("Betaalbaar wonen", "Tafel 1"): 4}
    assert "number of voters is not known" in dialog.check.text()


def test_delete_clears_a_cell_and_the_single_total_column_counts_without_tables(dialog, doc):
    dialog.new_vote("Stippen", 3, None)
    grid = dialog.grid
    grid.setFocus()
    grid.setCurrentIndex(dialog.model.index(2, 3))  # fietsen, one total
    type_in(grid, "20")
    assert file_tallies(doc) == {("Veilig fietsen", "total"): 20}
    grid.setCurrentIndex(dialog.model.index(2, 3))
    QTest.keyClick(grid, Qt.Key.Key_Delete)
    assert file_tallies(doc) == {} and dialog.model.index(2, 3).data() == ""
    assert ranking_rows(dialog) == []  # no dots: the empty text, not a table of zeros
    assert dialog.ranking.caption.text() == "No dots counted yet."


def test_a_vote_on_notes_lists_the_visible_notes_only(dialog, doc):
    dialog.new_vote("Op notities", 3, 10, votes.NOTE)
    rows = [dialog.model.headerData(r, Qt.Orientation.Vertical) for r in range(dialog.model.rowCount())]
    assert rows == ["“Starterswoningen”"]
    grid = dialog.grid
    grid.setFocus()
    type_in(grid, "8")
    tally, = doc.all(m.VoteTally)
    assert tally.note_id is not None and tally.theme_id is None and tally.dots == 8
    assert ranking_rows(dialog)[0][1:] == ("“Starterswoningen”", "8")


def test_a_vote_on_notes_without_dots_is_still_on_notes_when_the_dialog_opens_again(qtbot, dialog, doc):
    dialog.new_vote("Op notities", 3, None, votes.NOTE)
    vote, = doc.all(m.DotVote)
    assert vote.on_notes  # stored with the vote, not guessed from its dots
    again = VoteDialog(dialog._test_editor, vote.agenda_item_id)
    qtbot.addWidget(again)
    assert again.kind(again.current_vote()) == votes.NOTE
    assert [again.model.headerData(r, Qt.Orientation.Vertical) for r in range(again.model.rowCount())] == [
        "“Starterswoningen”"]


def test_setting_up_changing_and_deleting_a_vote_are_undoable(dialog, doc):
    form = dialog.ask_new_vote()
    form.title.setText("Welke oplossing eerst?")
    form.dots.setValue(4)
    form.voters.setValue(25)
    form.accept()
    vote, = doc.all(m.DotVote)
    assert (vote.title, vote.dots_per_person, vote.voters) == ("Welke oplossing eerst?", 4, 25)
    assert dialog.change_vote("Welke oplossing eerst?", 5, None)
    assert doc.all(m.DotVote)[0].dots_per_person == 5 and doc.all(m.DotVote)[0].voters is None
    dialog.enter_dots((votes.THEME, doc.all(m.Theme)[0].id), None, 3)
    assert dialog.delete_vote()
    assert doc.all(m.DotVote) == [] and doc.all(m.VoteTally) == []
    assert dialog.vote_box.count() == 0 and not dialog.grid.isVisible()
    dialog.editor.stack.undo()  # the vote and its dots come back
    assert len(doc.all(m.DotVote)) == 1 and doc.all(m.VoteTally)[0].dots == 3
    assert dialog.vote_box.count() == 1 and ranking_rows(dialog)[0][2] == "3"
