"""Clustering on the Notes screen through the real widgets: drag and drop, the context menu, board keys, undo/redo.

A drag starts with real mouse events on a column's viewport; the drag's own
event loop (``QDrag.exec``, which blocks) is replaced by delivering the
dragged data as drag-move and drop events to the target list, as Qt would.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from facilitator.core import model as m
from facilitator.store.document import SessionDocument
from facilitator.ui.models.board_model import BY_THEME
from facilitator.ui.views.notes import NotesView

CATEGORIES = ["Kansen", "Zorgen", "Vragen"]
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def path(tmp_path):
    file = tmp_path / "Cluster.facilitator"
    with SessionDocument.create(file, m.Meeting("Tafelgesprekken")) as doc:
        (form,) = doc.add(m.WorkForm("kansen-zorgen", "Kansen en zorgen", categories=CATEGORIES))
        (talk,) = doc.add(m.AgendaItem("Tafelronde", 45, kind=m.AgendaKind.TABLE_ROUND, position=1,
                                       work_form_id=form.id))
        tables = doc.add(*[m.Table(f"Tafel {n}", position=n) for n in range(1, 4)])
        geld, groen = doc.add(m.Theme("Geld", talk.id, position=0), m.Theme("Groen", talk.id, position=1))
        doc.add(
            m.StickyNote("Wie betaalt de warmtepomp?", talk.id, "Zorgen", tables[0].id, theme_id=geld.id, position=1),
            m.StickyNote("Subsidie voor huurders", talk.id, "Kansen", tables[2].id, theme_id=geld.id, position=2),
            m.StickyNote("Meer bomen in de straat", talk.id, "Kansen", tables[1].id, theme_id=groen.id, position=3),
            m.StickyNote("Geveltuinen", talk.id, "Kansen", tables[0].id, position=4),
            m.StickyNote("Parken", talk.id, "Kansen", tables[2].id, position=5),
            m.StickyNote("Is het veilig?", talk.id, "Vragen", tables[1].id, position=6),
        )
        (vote,) = doc.add(m.DotVote("Stippen", talk.id, 3))
        doc.add(m.VoteTally(vote.id, 5, theme_id=groen.id, table_id=tables[1].id),
                m.ActionItem("Groenplan maken", agenda_item_id=talk.id, source_theme_id=groen.id))
    return file


@pytest.fixture
def view(show_screen, doc, translations):
    shown = show_screen(NotesView(), doc)
    shown.activateWindow()
    yield shown
    shown.set_document(None)


# -- helpers ------------------------------------------------------------------------------------------------

def state(doc) -> tuple:
    """The board as the file holds it: notes, themes, dots and action links."""
    themes = {t.id: t.name for t in doc.all(m.Theme)}
    notes = sorted((n.text, n.category, themes.get(n.theme_id), n.is_quote, n.hidden) for n in doc.all(m.StickyNote))
    tallies = sorted((themes.get(t.theme_id), t.dots) for t in doc.all(m.VoteTally))
    actions = sorted((a.text, themes.get(a.source_theme_id), a.source_note_id is not None)
                     for a in doc.all(m.ActionItem))
    return notes, sorted(themes.values()), tallies, actions


def note_id(doc, text: str) -> int:
    return next(n.id for n in doc.all(m.StickyNote) if n.text == text)


def theme_of(doc, text: str) -> str | None:
    note = next(n for n in doc.all(m.StickyNote) if n.text == text)
    return doc.get(m.Theme, note.theme_id).name if note.theme_id else None


def column(view, category=None, *, kind="category", theme=None):
    for col in view.board.columns:
        c = col.list.column
        if c.kind == kind and (category is None or c.category == category) and (theme is None or c.category == theme):
            return col.list
    raise AssertionError(f"no column {category or theme}")


def row_point(lst, *, note=None, theme=None) -> QPoint:
    row = lst.model().row_of(note_id=note, theme_id=theme)
    assert row >= 0, (note, theme)
    index = lst.model().index(row)
    lst.scrollTo(index)
    return lst.visualRect(index).center()


def empty_point(lst) -> QPoint:
    """A point in a column's list below its last row."""
    last = lst.visualRect(lst.model().index(lst.model().rowCount() - 1))
    point = QPoint(lst.viewport().width() // 2, last.bottom() + 10)
    assert not lst.indexAt(point).isValid() and point.y() < lst.viewport().height()
    return point


def mouse(lst, kind, pos: QPoint, buttons=Qt.MouseButton.LeftButton, modifiers=Qt.KeyboardModifier.NoModifier):
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(kind, QPointF(pos), QPointF(lst.viewport().mapToGlobal(pos)), button, buttons, modifiers)
    QApplication.sendEvent(lst.viewport(), event)


def drag(lst, pos: QPoint) -> QMimeData:
    """Press on ``pos`` and move the mouse: the list starts a drag; returns what it carries."""
    carried = []
    lst.run_drag = lambda d: carried.append(d.mimeData())
    mouse(lst, QEvent.Type.MouseButtonPress, pos)
    for step in (3, 8, 20, 40):
        mouse(lst, QEvent.Type.MouseMove, pos + QPoint(step, step))
    assert carried, "the list did not start a drag"
    mouse(lst, QEvent.Type.MouseButtonRelease, pos + QPoint(40, 40), buttons=Qt.MouseButton.NoButton)
    return carried[0]


def drop(target, pos: QPoint, mime: QMimeData) -> None:
    """Hover over ``pos`` (the target row is outlined), then let go."""
    buttons, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    move = QDragMoveEvent(pos, Qt.DropAction.MoveAction, mime, buttons, none)
    target.dragMoveEvent(move)
    assert move.isAccepted()
    index = target.indexAt(pos)
    assert target.drop_row == (index.row() if index.isValid() else -1)
    event = QDropEvent(QPointF(pos), Qt.DropAction.MoveAction, mime, buttons, none)
    target.dropEvent(event)
    assert event.isAccepted() and target.drop_row is None


def drag_note(view, doc, text: str, category: str) -> QMimeData:
    lst = column(view, category)
    return drag(lst, row_point(lst, note=note_id(doc, text)))


def key(view, k, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget() or view, k, modifiers)


def select(view, doc, *texts: str, theme: str | None = None) -> None:
    ids = [note_id(doc, t) for t in texts]
    theme_ids = [next(t.id for t in doc.all(m.Theme) if t.name == theme)] if theme else []
    view.board.select(ids, theme_ids)
    assert QApplication.focusWidget() is view.board.active_view()


def type_over(text: str) -> None:
    """Type over the open inline editor and press Enter (the delegate commits on the next turn of the loop)."""
    editing = QApplication.focusWidget()
    editing.selectAll()
    QTest.keyClicks(editing, text)
    QTest.keyClick(editing, Qt.Key.Key_Return)
    QApplication.processEvents()


def menu_action(menu: QMenu, *path: str):
    for name in path[:-1]:
        menu = next(a.menu() for a in menu.actions() if a.menu() is not None and a.text() == name)
    found = next((a for a in menu.actions() if a.text() == path[-1]), None)
    assert found is not None, f"{path} not in {[a.text() for a in menu.actions()]}"
    return found


# -- dragging -----------------------------------------------------------------------------------------------

def test_dragging_a_note_onto_another_makes_a_theme_named_at_once(view, doc, qtbot):
    before = state(doc)
    mime = drag_note(view, doc, "Parken", "Kansen")
    target = column(view, "Kansen")
    drop(target, row_point(target, note=note_id(doc, "Geveltuinen")), mime)
    assert theme_of(doc, "Parken") == theme_of(doc, "Geveltuinen") == "Parken"  # the shorter note names it
    assert target.state() == target.State.EditingState, "the new theme's name is open for typing"
    type_over("Groen in de buurt")
    assert theme_of(doc, "Parken") == "Groen in de buurt"
    header = column(view, "Kansen").model().entries()
    assert ("header", "Groen in de buurt", 2) in [(e.kind, e.title, e.count) for e in header]
    view.board.active_view().setFocus()
    key(view, Qt.Key.Key_Z, CTRL)
    assert theme_of(doc, "Parken") == "Parken"
    key(view, Qt.Key.Key_Z, CTRL)
    assert state(doc) == before
    key(view, Qt.Key.Key_Y, CTRL)
    key(view, Qt.Key.Key_Y, CTRL)
    assert theme_of(doc, "Geveltuinen") == "Groen in de buurt"


def test_dropping_several_notes_on_a_header_joins_and_on_not_clustered_takes_out(view, doc):
    kansen = column(view, "Kansen")
    select(view, doc, "Geveltuinen", "Parken")
    geld = next(t.id for t in doc.all(m.Theme) if t.name == "Geld")
    mime = kansen.model().mimeData(kansen.selectedIndexes())
    zorgen = column(view, "Zorgen")
    drop(zorgen, row_point(zorgen, theme=geld), mime)
    assert theme_of(doc, "Geveltuinen") == theme_of(doc, "Parken") == "Geld"
    assert {n.category for n in doc.all(m.StickyNote) if n.text in ("Geveltuinen", "Parken")} == {"Kansen"}
    vragen = column(view, "Vragen")
    not_clustered = next(r for r, e in enumerate(vragen.model().entries()) if e.kind == "header")
    drop(vragen, vragen.visualRect(vragen.model().index(not_clustered)).center(),
         drag_note(view, doc, "Parken", "Kansen"))
    assert theme_of(doc, "Parken") is None
    assert next(n for n in doc.all(m.StickyNote) if n.text == "Parken").category == "Vragen"


def test_dropping_on_another_columns_empty_area_moves_the_note_there(view, doc):
    before = state(doc)
    mime = drag_note(view, doc, "Geveltuinen", "Kansen")
    zorgen = column(view, "Zorgen")
    drop(zorgen, empty_point(zorgen), mime)
    assert next(n for n in doc.all(m.StickyNote) if n.text == "Geveltuinen").category == "Zorgen"
    assert "Geveltuinen" in [e.title for e in column(view, "Zorgen").model().entries()]
    assert view.undo_action.text().startswith("Undo Move 1 ") and view.undo_action.text().endswith(" to “Zorgen”")
    key(view, Qt.Key.Key_Z, CTRL)
    assert state(doc) == before


def test_dragging_a_theme_onto_another_merges_keeping_the_targets_name(view, doc, qtbot):
    before = state(doc)
    ids = {t.name: t.id for t in doc.all(m.Theme)}
    kansen = column(view, "Kansen")
    mime = drag(kansen, row_point(kansen, theme=ids["Groen"]))
    messages = []
    view.board_actions.message.connect(messages.append)
    drop(kansen, row_point(kansen, theme=ids["Geld"]), mime)
    assert [t.name for t in doc.all(m.Theme)] == ["Geld"]
    assert theme_of(doc, "Meer bomen in de straat") == "Geld"
    assert state(doc)[2] == [("Geld", 5)] and state(doc)[3] == [("Groenplan maken", "Geld", False)]
    assert "“Geld” was kept" in messages[-1]
    assert view.undo_action.text() == "Undo Theme “Groen” merged with “Geld”"
    kansen = column(view, "Kansen")
    kansen.setFocus()
    key(view, Qt.Key.Key_Z, CTRL)
    assert state(doc) == before
    key(view, Qt.Key.Key_Y, CTRL)
    assert [t.name for t in doc.all(m.Theme)] == ["Geld"]


def test_by_theme_layout_has_a_column_per_theme_and_drops_into_it(view, doc):
    view.board.by_theme_button.click()
    assert view.board.layout_name == BY_THEME
    kinds = [(c.list.column.kind, c.list.column.category) for c in view.board.columns]
    assert kinds == [("unclustered", "Not clustered"), ("theme", "Geld"), ("theme", "Groen")]
    geld = column(view, kind="theme", theme="Geld").model().entries()
    assert (geld[0].kind, geld[0].count, geld[0].tables) == ("header", 2, "T1 T3")
    assert [e.category for e in geld[1:]] == ["Zorgen", "Kansen"]  # each note shows its category
    loose = column(view, kind="unclustered")
    mime = drag(loose, row_point(loose, note=note_id(doc, "Is het veilig?")))
    groen = column(view, kind="theme", theme="Groen")
    drop(groen, empty_point(groen), mime)
    assert theme_of(doc, "Is het veilig?") == "Groen"
    groen = column(view, kind="theme", theme="Groen")
    mime = drag(groen, row_point(groen, note=note_id(doc, "Meer bomen in de straat")))
    loose = column(view, kind="unclustered")
    drop(loose, empty_point(loose), mime)
    assert theme_of(doc, "Meer bomen in de straat") is None
    assert "Meer bomen in de straat" in [e.title for e in column(view, kind="unclustered").model().entries()]


def test_new_theme_button_gives_an_empty_theme_to_drop_on(view, doc):
    view.board.new_theme_button.click()
    new = next(t for t in doc.all(m.Theme) if t.name == "New theme")
    type_over("Veiligheid")
    assert doc.get(m.Theme, new.id).name == "Veiligheid"
    mime = drag_note(view, doc, "Is het veilig?", "Vragen")
    kansen = column(view, "Kansen")  # an empty theme heads the first column
    drop(kansen, row_point(kansen, theme=new.id), mime)
    assert theme_of(doc, "Is het veilig?") == "Veiligheid"


# -- context menu and keys ----------------------------------------------------------------------------------

def test_note_menu_and_keys_edit_every_way_and_undo_each(view, doc):
    original = state(doc)
    steps = []

    def step(do, check):
        before = state(doc)
        do()
        after = state(doc)
        assert after != before and check(), steps
        steps.append((before, after))

    select(view, doc, "Geveltuinen")
    menu = view.board_actions.build_menu()
    step(lambda: menu_action(menu, "Quote").trigger(),
         lambda: next(n for n in doc.all(m.StickyNote) if n.text == "Geveltuinen").is_quote)
    select(view, doc, "Geveltuinen")
    step(lambda: key(view, Qt.Key.Key_H),
         lambda: next(n for n in doc.all(m.StickyNote) if n.text == "Geveltuinen").hidden)
    select(view, doc, "Geveltuinen")
    step(lambda: key(view, Qt.Key.Key_Q),
         lambda: not next(n for n in doc.all(m.StickyNote) if n.text == "Geveltuinen").is_quote)
    select(view, doc, "Geveltuinen", "Parken")
    step(lambda: menu_action(view.board_actions.build_menu(), "Move to category", "Vragen").trigger(),
         lambda: theme_of(doc, "Parken") is None and "Parken" in [e.title for e in column(view, "Vragen")
                                                                   .model().entries()])
    select(view, doc, "Parken")
    step(lambda: menu_action(view.board_actions.build_menu(), "Move to theme", "Groen").trigger(),
         lambda: theme_of(doc, "Parken") == "Groen")
    select(view, doc, "Parken")
    step(lambda: menu_action(view.board_actions.build_menu(), "Take out of theme").trigger(),
         lambda: theme_of(doc, "Parken") is None)
    select(view, doc, "Parken", "Geveltuinen")
    step(lambda: key(view, Qt.Key.Key_G, CTRL), lambda: theme_of(doc, "Parken") == "Parken")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # keep the suggested name
    QApplication.processEvents()
    select(view, doc, "Is het veilig?")

    def edit_inline():
        key(view, Qt.Key.Key_F2)
        type_over("Is het wel veilig?")

    step(edit_inline, lambda: "Is het wel veilig?" in [n.text for n in doc.all(m.StickyNote)])
    select(view, doc, "Is het wel veilig?")
    step(lambda: key(view, Qt.Key.Key_Delete), lambda: len(doc.all(m.StickyNote)) == 5)

    view.board.active_view().setFocus()
    for before, after in reversed(steps):
        assert state(doc) == after
        key(view, Qt.Key.Key_Z, CTRL)
        assert state(doc) == before
    assert state(doc) == original
    for _before, after in steps:
        key(view, Qt.Key.Key_Y, CTRL)
        assert state(doc) == after


def test_theme_menu_and_keys_rename_merge_ungroup_and_undo(view, doc):
    original = state(doc)
    select(view, doc, theme="Geld")
    menu = view.board_actions.build_menu()
    assert [a.text() for a in menu.actions() if a.text()] == ["Rename", "Merge with", "Ungroup",
                                                              "Make action or recommendation…"]
    menu_action(menu, "Rename").trigger()
    type_over("Kosten")
    assert "Kosten" in state(doc)[1]
    select(view, doc, theme="Kosten")
    menu_action(view.board_actions.build_menu(), "Merge with", "Groen").trigger()
    assert state(doc)[1] == ["Groen"] and theme_of(doc, "Subsidie voor huurders") == "Groen"
    select(view, doc, theme="Groen")
    key(view, Qt.Key.Key_G, CTRL | SHIFT)
    assert state(doc)[1] == [] and state(doc)[2] == [] and state(doc)[3] == [("Groenplan maken", None, False)]
    view.board.columns[0].list.setFocus()
    for _ in range(3):
        key(view, Qt.Key.Key_Z, CTRL)
    assert state(doc) == original


def test_make_action_hands_the_note_or_theme_on(view, doc):
    view.board_actions.action_requested.disconnect()  # the action dialog is tested on its own
    asked = []
    view.board_actions.action_requested.connect(asked.append)
    select(view, doc, "Parken")
    menu_action(view.board_actions.build_menu(), "Make action or recommendation…").trigger()
    select(view, doc, theme="Groen")
    menu_action(view.board_actions.build_menu(), "Make action or recommendation…").trigger()
    assert [type(r) for r in asked] == [m.StickyNote, m.Theme]
    assert (asked[0].text, asked[1].name) == ("Parken", "Groen")


def test_hidden_notes_and_table_spread_are_shown(view, doc):
    select(view, doc, "Parken")
    key(view, Qt.Key.Key_H)
    entry = next(e for e in column(view, "Kansen").model().entries() if e.title == "Parken")
    assert entry.note.hidden
    geld = next(e for e in column(view, "Zorgen").model().entries() if e.title == "Geld")
    assert geld.tables == "T1 T3"  # its notes came from two tables, across both columns
    image = view.board.grab()  # paints every row: headers, cards, the hidden mark
    assert not image.isNull()


def test_a_read_only_session_refuses_drops_and_keys_with_a_sentence(show_screen, path, translations):
    document = SessionDocument.open(path, read_only=True)
    shown = show_screen(NotesView(), document)
    shown.activateWindow()
    try:
        said = []
        shown.editor.refused.connect(said.append)
        lst = column(shown, "Kansen")
        assert not lst.acceptDrops() and not lst.dragEnabled() and not shown.board.new_theme_button.isEnabled()
        before = state(document)
        mime = lst.model().mimeData([lst.model().index(lst.model().row_of(note_id=note_id(document, "Parken")))])
        lst.dropEvent(QDropEvent(QPointF(row_point(lst, note=note_id(document, "Geveltuinen"))),
                                 Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                                 Qt.KeyboardModifier.NoModifier))
        assert said and "read-only" in said[-1]
        said.clear()
        shown.board.select([note_id(document, "Parken")])
        shown.board_actions.quote_action.trigger()
        assert state(document) == before and said and "read-only" in said[-1]
    finally:
        shown.set_document(None)
        document.close()
