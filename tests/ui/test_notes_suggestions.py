""""Suggest groups…" on the Notes screen: the real dialog, accepting some suggestions in one undoable step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from facilitator.core import model as m
from facilitator.store.document import SessionDocument
from facilitator.ui.suggestions_dialog import SuggestionsDialog
from facilitator.ui.tasks import SyncTaskRunner
from facilitator.ui.views.notes import NotesView

LOOSE = [
    "Een gratis isolatiescan voor elke woning",
    "Isoleren gaat voor: de gemeente betaalt een gratis isolatiescan voor elke woning",
    "Collectieve inkoop van warmtepompen per straat",
    "Steun collectieve inkoop per straat of buurt",
    "Energiecoaches uit de buurt die bij mensen thuis komen",
    "Zet energiecoaches uit de eigen buurt in",
    "Maak subsidie vooraf mogelijk voor huishoudens met een laag inkomen",
    "Dit burgerberaad laat zien dat de gemeente echt wil luisteren",
]


@pytest.fixture
def path(tmp_path):
    file = tmp_path / "Voorstellen.facilitator"
    with SessionDocument.create(file, m.Meeting("Burgerberaad")) as doc:
        (talk,) = doc.add(m.AgendaItem("Oplossingen", 45, kind=m.AgendaKind.TABLE_ROUND, position=1))
        (money,) = doc.add(m.Theme("Eerlijke financiering", talk.id, 0))
        doc.add(m.StickyNote("Subsidie vooraf in plaats van achteraf", talk.id, theme_id=money.id, position=0),
                *[m.StickyNote(text, talk.id, position=n + 1) for n, text in enumerate(LOOSE)])
    return file


@pytest.fixture
def view(show_screen, doc, translations):
    shown = show_screen(NotesView(), doc)
    shown.suggest.tasks = SyncTaskRunner()
    yield shown
    shown.set_document(None)


def themes_of(doc) -> dict[str, list[str]]:
    names = {t.id: t.name for t in doc.all(m.Theme)}
    found: dict[str, list[str]] = {name: [] for name in names.values()}
    for note in doc.all(m.StickyNote):
        if note.theme_id is not None:
            found[names[note.theme_id]].append(note.text)
    return found


def test_ticked_suggestions_are_grouped_in_one_step_with_edited_names(qtbot, view, doc):
    seen = []

    def run(dialog: SuggestionsDialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        seen.append([(item.text(0), item.childCount()) for item in dialog.items])
        by_name = {item.text(0): item for item in dialog.items}
        by_name["Energiecoaches buurt"].setCheckState(0, Qt.CheckState.Unchecked)
        renamed = by_name["Gratis isolatiescan woning"]
        dialog.tree.editItem(renamed, 0)
        editor = dialog.tree.findChild(QLineEdit)
        assert editor is not None and editor.text() == "Gratis isolatiescan woning"
        editor.setFocus()
        editor.selectAll()
        QTest.keyClicks(editor, "Isolatiescan")
        QTest.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: renamed.text(0) == "Isolatiescan")  # the delegate commits on a queued call
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
        return dialog.result() == SuggestionsDialog.DialogCode.Accepted

    view.suggest.run_dialog = run
    qtbot.mouseClick(view.suggest.button, Qt.MouseButton.LeftButton)
    assert seen == [[("Eerlijke financiering", 1), ("Energiecoaches buurt", 2), ("Gratis isolatiescan woning", 2),
                     ("Collectieve inkoop straat", 2)]]  # the fit first, then new groups by size and likeness
    assert themes_of(doc) == {
        "Eerlijke financiering": ["Subsidie vooraf in plaats van achteraf", LOOSE[6]],
        "Isolatiescan": LOOSE[0:2],
        "Collectieve inkoop straat": LOOSE[2:4],
    }
    assert view.editor.stack.count() == 1 and view.editor.stack.undoText() == "Group 3 suggestions"
    view.editor.stack.undo()
    assert themes_of(doc) == {"Eerlijke financiering": ["Subsidie vooraf in plaats van achteraf"]}
    view.editor.stack.redo()
    assert set(themes_of(doc)) == {"Eerlijke financiering", "Isolatiescan", "Collectieve inkoop straat"}


def test_nothing_to_suggest_says_so_and_cancel_changes_nothing(qtbot, view, doc):
    messages = []
    view.suggest.message.connect(messages.append)
    view.suggest.run_dialog = lambda dialog: False
    view.suggest.run()
    assert set(themes_of(doc)) == {"Eerlijke financiering"} and view.editor.stack.count() == 0
    notes = doc.all(m.StickyNote)
    for note in notes:
        note.theme_id = doc.all(m.Theme)[0].id
    doc.update(*notes)
    view.refresh()
    view.suggest.run()
    assert messages == ["No suggestions: the notes outside themes do not look enough alike."]
