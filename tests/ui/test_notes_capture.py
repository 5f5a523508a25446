"""Capturing notes on the Notes screen through the real widgets: type, Enter, switch by keys, undo, read-only."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from facilitator.core import model as m
from facilitator.store.document import SessionDocument
from facilitator.ui import queries
from facilitator.ui.views.notes import NotesView

CATEGORIES = ["Kansen", "Zorgen", "Ideeën"]
STAMP = datetime(2026, 3, 14, 10, 30)


@pytest.fixture
def path(tmp_path):
    file = tmp_path / "Capture.facilitator"
    with SessionDocument.create(file, m.Meeting("Tafelgesprekken")) as doc:
        (form,) = doc.add(m.WorkForm("kansen-zorgen", "Kansen en zorgen", categories=CATEGORIES))
        welcome, talk = doc.add(m.AgendaItem("Welkom", 10, position=1),
                                m.AgendaItem("Tafelronde", 45, kind=m.AgendaKind.TABLE_ROUND, position=2,
                                             work_form_id=form.id))
        doc.add(*[m.Table(f"Tafel {n}", position=n) for n in range(1, 5)])
        doc.add(m.TableRound(1, talk.id), m.TableRound(2, talk.id))
        doc.add(m.StickyNote("Al bekend", talk.id, category="Kansen", position=4))
    return file


@pytest.fixture
def view(show_screen, doc, translations):
    shown = show_screen(NotesView(), doc)
    shown.capture.now = lambda: STAMP
    shown.item_box.setCurrentIndex(shown.item_box.findData(talk_id(doc)))
    shown.capture.field.setFocus()
    yield shown
    shown.set_document(None)


def talk_id(doc) -> int:
    return next(i.id for i in doc.all(m.AgendaItem) if i.title == "Tafelronde")


def type_note(qtbot, view, text: str) -> None:
    QTest.keyClicks(view.capture.field, text)
    QTest.keyClick(view.capture.field, Qt.Key.Key_Return)


def board_texts(view, category: str) -> list[str]:
    column = next(c for c in view.board.columns if c.list.column.category == category)
    return [e.title for e in column.model.entries() if e.kind == "note"]


def stored(doc) -> list[m.StickyNote]:
    return sorted(doc.all(m.StickyNote), key=lambda n: (n.position, n.id))


def test_twenty_notes_in_a_row_land_on_the_board_and_in_the_file_in_order(qtbot, view, doc):
    capture = view.capture
    assert capture.category() == "Kansen"
    assert capture.table_box.currentText() == "Tafel 1"
    assert capture.round_box.currentText() == "Round 2", "the latest round of the item is chosen"
    QTest.keyClick(capture.field, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Zorgen
    QTest.keyClick(capture.field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # Tafel 2
    texts = [f"Zorg nummer {n}: de buurt wil meedoen" for n in range(20)]
    for text in texts:
        type_note(qtbot, view, text)
        assert capture.field.text() == ""
        assert capture.field.hasFocus()

    assert board_texts(view, "Zorgen") == texts
    notes = [n for n in stored(doc) if n.category == "Zorgen"]
    assert [n.text for n in notes] == texts
    rounds = {r.number: r.id for r in doc.all(m.TableRound)}
    table_2 = next(t.id for t in doc.all(m.Table) if t.name == "Tafel 2")
    assert {(n.table_id, n.round_id, n.created_at) for n in notes} == {(table_2, rounds[2], STAMP)}
    assert [n.position for n in notes] == list(range(5, 25)), "positions follow the board's last note"
    assert capture.table_count() == 20 and capture.count_label.text().startswith("20 note")
    assert capture.table_box.itemText(2) == "Tafel 2 (20)"
    assert view.list_model.rowCount() == 21
    assert view._figures_timer.isActive(), "the counts wait until typing pauses"
    view.flush_figures()
    assert view.item_figures.texts()[0] == "Notes: 21"
    assert view.item_box.currentText() == "Tafelronde (21 notes)"
    assert view.tabs.tabText(1) == "All notes (21)"
    assert view.undo_action.text() == "Undo Add note"


def test_keys_switch_category_and_table(qtbot, view):
    capture = view.capture
    field = capture.field
    QTest.keyClick(field, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert capture.category() == "Ideeën"
    QTest.keyClick(field, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert capture.category() == "", "after the work form's categories: no category"
    QTest.keyClick(field, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert capture.category() == "Kansen", "wraps around, skipping 'Add category…'"
    QTest.keyClick(field, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert capture.category() == ""
    QTest.keyClick(field, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert capture.category() == "", "no ninth category: unchanged"
    QTest.keyClick(field, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert capture.category() == "Kansen"
    assert capture.target_label.text() == "Tafel 1 · Kansen"
    for expected in ("Tafel 2", "Tafel 3", "Tafel 4", "No table", "Tafel 1"):
        QTest.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        assert capture.table_box.currentText() == expected
    QTest.keyClick(field, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert capture.table_box.currentText() == "No table"
    QTest.keyClicks(field, "half getypt")
    QTest.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == ""


def test_paper_results_table_by_table(qtbot, view, doc):
    capture = view.capture
    for table in range(1, 5):
        for n in range(table):  # Tafel 1 has one note, Tafel 4 four
            type_note(qtbot, view, f"Tafel {table}, briefje {n}")
        assert capture.table_count() == table and str(table) in capture.count_label.text()
        QTest.keyClick(capture.field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    names = {t.id: t.name for t in doc.all(m.Table)}
    by_table = {}
    for note in stored(doc)[1:]:
        by_table.setdefault(names[note.table_id], []).append(note.text)
    assert {name: len(texts) for name, texts in by_table.items()} == {"Tafel 1": 1, "Tafel 2": 2, "Tafel 3": 3,
                                                                      "Tafel 4": 4}
    assert [capture.table_box.itemText(i) for i in range(5)] == [
        "No table", "Tafel 1 (1)", "Tafel 2 (2)", "Tafel 3 (3)", "Tafel 4 (4)"]
    capture.round_box.setCurrentIndex(0)  # round 1: nothing typed there yet
    assert capture.table_box.itemText(4) == "Tafel 4"


def test_undo_and_redo_of_a_typed_note(qtbot, view, doc):
    type_note(qtbot, view, "Eerste")
    type_note(qtbot, view, "Tweede")
    QTest.keyClicks(view.capture.field, "x")
    QTest.keyClick(view.capture.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.capture.field.text() == "", "with typing in the field, Ctrl+Z undoes the typing"
    assert board_texts(view, "Kansen") == ["Al bekend", "Eerste", "Tweede"]
    QTest.keyClick(view.capture.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert board_texts(view, "Kansen") == ["Al bekend", "Eerste"]
    assert [n.text for n in stored(doc)] == ["Al bekend", "Eerste"]
    assert view.capture.table_count() == 1
    QTest.keyClick(view.capture.field, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert board_texts(view, "Kansen") == ["Al bekend", "Eerste", "Tweede"]
    assert [n.text for n in stored(doc)] == ["Al bekend", "Eerste", "Tweede"]
    QTest.keyClick(view.capture.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view.capture.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [n.text for n in stored(doc)] == ["Al bekend", "Eerste", "Tweede"]
    type_note(qtbot, view, "Derde")
    assert [n.position for n in stored(doc)] == [4, 5, 6, 7]


def test_a_new_category_is_a_column_and_undoable(qtbot, view, doc):
    capture = view.capture
    capture.ask_category = lambda: "Vragen"
    capture.category_box.activated.emit(capture.category_box.findText("Add category…"))
    assert capture.category() == "Vragen"
    assert "Vragen" in [c.list.column.category for c in view.board.columns]
    item = next(i for i in doc.all(m.AgendaItem) if i.title == "Tafelronde")
    assert item.board_categories == ["Vragen"]
    type_note(qtbot, view, "Wie beslist er?")
    assert board_texts(view, "Vragen") == ["Wie beslist er?"]
    view.undo_action.trigger()
    view.undo_action.trigger()
    assert next(i for i in doc.all(m.AgendaItem) if i.title == "Tafelronde").board_categories == []
    assert "Vragen" not in [c.list.column.category for c in view.board.columns]


def test_incremental_update_matches_a_full_read(qtbot, view, doc):
    QTest.keyClick(view.capture.field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    for n, key in enumerate((Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_1)):
        QTest.keyClick(view.capture.field, key, Qt.KeyboardModifier.ControlModifier)
        type_note(qtbot, view, f"Notitie {n}")
    view.note_table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # sorted by category, then typed into
    type_note(qtbot, view, "Na het sorteren")

    def shown_state():
        columns = [(c.list.column.category, [(e.kind, e.title, e.count) for e in c.model.entries()],
                    c.count_label.text()) for c in view.board.columns]
        rows = [tuple(view.list_model.index(r, col).data() for col in range(5))
                for r in range(view.list_model.rowCount())]
        return (columns, rows, view.item_box.currentText(), view.capture.table_box.itemText(2),
                view.item_figures.texts(), view.tabs.tabText(1), view.capture.table_count())

    view.flush_figures()
    incremental = shown_state()
    assert view.board_records().notes[-1].text == "Na het sorteren"
    view.refresh()
    view.note_table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    full = shown_state()
    for part, (seen, expected) in enumerate(zip(incremental, full, strict=True)):
        assert seen == expected, part
    assert [n.text for n in view.board_records().notes] == [n.text for n in queries.note_rows(doc, talk_id(doc))]


def test_filter_finds_a_typed_note(qtbot, view):
    view.search.setText("vleermuis")
    assert view.proxy.rowCount() == 0
    type_note(qtbot, view, "Een vleermuis in de kerktoren")
    assert view.proxy.rowCount() == 1
    view.flush_figures()
    assert view.shown_label.text() == "Showing 1 of 2"


@pytest.fixture
def read_only_view(show_screen, path, translations):
    holder = SessionDocument.open(path)
    second = SessionDocument.open(path)
    assert second.read_only
    shown = show_screen(NotesView(), second)
    shown.item_box.setCurrentIndex(shown.item_box.findData(talk_id(second)))
    yield shown
    shown.set_document(None)
    second.close()
    holder.close()


def test_read_only_document_refuses_capture_with_a_reason(qtbot, read_only_view):
    capture = read_only_view.capture
    assert not capture.field.isEnabled()
    assert "Read-only" in capture.refusal and "another Facilitator window" in capture.refusal
    assert capture.field.placeholderText() == capture.refusal
    capture.field.setText("mag niet")
    assert capture.save() is None
    assert [n.text for n in read_only_view.document.all(m.StickyNote)] == ["Al bekend"]


def test_shortcut_section_lists_capture_keys(view):
    heading, rows = view.shortcut_section()
    labels = [label for label, _keys in rows]
    assert heading == "Notes screen"
    assert "Save the note and start the next" in labels and "Previous / next table" in labels
    assert "Undo" in labels and "Redo" in labels


WRITER = Path(__file__).with_name("capture_writer.py")


def test_notes_typed_before_a_kill_survive_it(path, tmp_path):
    """The real capture bar in a child process types notes; SIGKILL lands mid-typing; nothing reported is lost."""
    reported: list[str] = []
    for round_number, wanted in enumerate((5, 23, 11)):
        stderr = (tmp_path / f"writer-{round_number}.err").open("w+")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        child = subprocess.Popen([sys.executable, str(WRITER), str(path)], stdin=subprocess.DEVNULL,
                                 stdout=subprocess.PIPE, stderr=stderr, text=True, env=env)
        watchdog = threading.Timer(120, child.kill)
        watchdog.start()
        try:
            assert child.stdout.readline().strip() == "ready", stderr.seek(0) or stderr.read()[-2000:]
            texts = [child.stdout.readline().rstrip("\n") for _ in range(wanted)]
            child.send_signal(signal.SIGKILL)
            texts += child.stdout.read().splitlines()  # lines already in the pipe when the kill landed
            child.wait()
        finally:
            watchdog.cancel()
            child.stdout.close()
            stderr.close()
        assert child.returncode == -signal.SIGKILL
        assert all(t.startswith("briefje ") for t in texts), texts
        reported += texts
        with SessionDocument.open(path) as doc:
            assert doc.integrity() == ["ok"]
            in_file = [n.text for n in sorted(doc.all(m.StickyNote), key=lambda n: (n.position, n.id))]
        missing = set(reported) - set(in_file)
        assert not missing, f"typed, reported and lost after SIGKILL: {sorted(missing)}"
        extra = set(in_file) - set(reported) - {"Al bekend"}
        assert len(extra) <= round_number + 1, "at most the note in flight at each kill is unreported"
        positions = [n for n in in_file if n in reported]
        assert positions == reported, "the notes keep the order they were typed in"

