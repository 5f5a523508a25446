"""The dialog "Suggest groups…": groupings of similar loose notes, which the facilitator accepts or ignores.

:class:`SuggestionsDialog` lists each suggestion with a checkbox, its
(editable) name and its notes; :func:`suggest_groups` runs the whole step on
the Notes screen: it reads the board, computes the suggestions on the task
runner (``core.similarity``, plain offline text similarity), shows the
dialog, and writes everything the facilitator ticked as ONE undoable step
("Group 3 suggestions"): one Ctrl+Z takes the whole acceptance back.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import board as rules
from facilitator.core.board import BoardEdit, Dependents
from facilitator.core.model import Theme
from facilitator.store import board as board_store
from facilitator.ui.board_editor import BoardEditor
from facilitator.ui.tasks import runner_for

if TYPE_CHECKING:  # the similarity module is loaded only when suggestions are asked for
    from facilitator.core.similarity import Suggestion
from facilitator.ui.widgets.tones import muted
from facilitator.ui.plurals import plurals


class SuggestionsDialog(QDialog):
    """Suggestions with checkboxes (all ticked at first); new groups' names can be edited in place."""

    def __init__(self, suggestions: list[Suggestion], texts: dict[int, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Suggest groups"))
        self.suggestions = list(suggestions)
        joins = sum(1 for s in suggestions if s.theme_id is not None)
        intro = muted(self.tr("Notes that are not in a theme yet and look alike (same words, parts of words). "
                              "Tick what makes sense, edit the names, and accept: Ctrl+Z takes it all back "
                              "in one step."), self)
        intro.setWordWrap(True)
        summary = self.tr("%n suggestions", "", len(suggestions))
        if joins:
            summary += " · " + self.tr("%n of them for an existing theme", "", joins)
        self.summary = QLabel(summary, self)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Theme"), self.tr("Suggestion")])
        self.tree.setColumnCount(2)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.items: list[QTreeWidgetItem] = []
        bold = self.tree.font()
        bold.setBold(True)
        for suggestion in self.suggestions:
            count = len(suggestion.note_ids)
            if suggestion.theme_id is not None:
                what = self.tr("%n notes into this existing theme", "", count)
            else:
                what = self.tr("New theme of %n notes", "", count)
            top = QTreeWidgetItem(self.tree, [suggestion.name, what])
            flags = top.flags() | Qt.ItemFlag.ItemIsUserCheckable
            if suggestion.theme_id is None:
                flags |= Qt.ItemFlag.ItemIsEditable
                top.setToolTip(0, self.tr("Double-click or F2 to change the name"))
            top.setFlags(flags)
            top.setCheckState(0, Qt.CheckState.Checked)
            top.setFont(0, bold)
            for note_id in suggestion.note_ids:
                child = QTreeWidgetItem(top, ["“" + texts.get(note_id, "") + "”"])
                child.setFlags(Qt.ItemFlag.ItemIsEnabled)
                child.setFirstColumnSpanned(True)
                child.setToolTip(0, texts.get(note_id, ""))
            top.setExpanded(True)
            self.items.append(top)
        self.tree.setEditTriggers(QTreeWidget.EditTrigger.DoubleClicked | QTreeWidget.EditTrigger.EditKeyPressed)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, self.tree.header().ResizeMode.ResizeToContents)
        self.all_button = QPushButton(self.tr("Tick all"), self)
        self.none_button = QPushButton(self.tr("Tick none"), self)
        self.buttons = QDialogButtonBox(self)
        self.accept_button = self.buttons.addButton(self.tr("Group the ticked notes"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.all_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Checked))
        self.none_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Unchecked))
        self.tree.itemChanged.connect(self._update)
        row = QHBoxLayout()
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        width = self.fontMetrics().averageCharWidth()
        self.resize(width * 120, self.fontMetrics().lineSpacing() * 32)
        self._update()

    def _tick_all(self, state: Qt.CheckState) -> None:
        for item in self.items:
            item.setCheckState(0, state)

    def _update(self, *_args) -> None:
        ticked = sum(1 for i in self.items if i.checkState(0) == Qt.CheckState.Checked)
        self.accept_button.setEnabled(ticked > 0)

    def chosen(self) -> list[Suggestion]:
        """The ticked suggestions, with the names as edited (an emptied name keeps the proposal)."""
        found = []
        for suggestion, item in zip(self.suggestions, self.items, strict=True):
            if item.checkState(0) != Qt.CheckState.Checked:
                continue
            if suggestion.theme_id is None:
                suggestion = replace(suggestion, name=item.text(0).strip() or suggestion.name)
            found.append(suggestion)
        return found


def acceptance(board: board_store.Board, chosen: list[Suggestion], agenda_item_id: int,
               first_position: int) -> BoardEdit:
    """One edit for all accepted suggestions: new themes made, notes moved into them or into existing ones."""
    notes = {n.id: n for n in board.notes}
    themes = {t.id: t for t in board.themes}
    members = board.members()
    edit = BoardEdit()
    made = 0
    for suggestion in chosen:
        moving = [notes[i] for i in suggestion.note_ids if i in notes and notes[i].theme_id is None]
        if not moving:
            continue
        if suggestion.theme_id is not None and suggestion.theme_id in themes:
            edit += rules.group(moving, themes[suggestion.theme_id], themes=board.themes, members=Counter(members),
                                dependents=Dependents())
        elif len(moving) > 1:
            theme = Theme(suggestion.name, agenda_item_id, first_position + made)
            made += 1
            edit += rules.group(moving, theme, new=True)
    return edit


def _compute(notes, themes, *, progress):
    from facilitator.core import similarity

    progress.step(0, 1, "")
    return similarity.suggest(notes, themes)


def suggest_groups(parent: QWidget, editor: BoardEditor, runner, agenda_item_id: int | None,
                   run_dialog: Callable[[SuggestionsDialog], bool] | None = None,
                   inform: Callable[[str], None] | None = None) -> None:
    """The whole "Suggest groups…" step for one board, started from a button (a coroutine on ``runner``)."""
    if agenda_item_id is None or not editor.allowed():
        return
    run_dialog = run_dialog or (lambda d: d.exec() == QDialog.DialogCode.Accepted)
    inform = inform or (lambda text: None)

    async def work() -> None:
        document = editor.document
        board = board_store.load_board(document, agenda_item_id)
        notes = [(n.id, n.text, n.theme_id) for n in board.notes]
        themes = [(t.id, t.name) for t in board.themes]
        suggestions = await runner.run_task(_compute, notes, themes, title=QCoreApplication.translate(
            "SuggestionsDialog", "Looking for similar notes…"))
        if editor.document is not document:
            return
        if not suggestions:
            inform(QCoreApplication.translate(
                "SuggestionsDialog", "No suggestions: the notes outside themes do not look enough alike."))
            return
        dialog = SuggestionsDialog(suggestions, {n.id: n.text for n in board.notes}, parent)
        if not run_dialog(dialog):
            return
        chosen = dialog.chosen()
        board = board_store.load_board(document, agenda_item_id)  # as it is now
        edit = acceptance(board, chosen, agenda_item_id, board_store.next_position(document, Theme, agenda_item_id))
        editor.push(edit, plurals().group_suggestions(len(chosen)))

    runner.start(work())


class SuggestGroups(QObject):
    """The board's "Suggest groups…" button (put on the board's tool row) and what it starts."""

    #: A sentence for the status bar ("No suggestions: …").
    message = Signal(str)

    def __init__(self, board, editor: BoardEditor, current_item: Callable[[], object], parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.editor = editor
        self.current_item = current_item
        self.tasks = None  # a task runner; None: the main window's
        #: Shows the dialog and says whether it was accepted; tests tick the real dialog's items instead.
        self.run_dialog: Callable[[SuggestionsDialog], bool] | None = None
        self.button = QPushButton(self.tr("Suggest groups…"), board)
        self.button.setToolTip(self.tr("Group notes outside themes that look alike (same words, parts of words)"))
        board.add_tool(self.button, after=board.new_theme_button)
        self.button.clicked.connect(self.run)

    def run(self) -> None:
        item = self.current_item()
        suggest_groups(self.parent_widget, self.editor, runner_for(self.parent_widget, self.tasks), getattr(item, "id", None), self.run_dialog,
                       self.message.emit)
