"""The capture bar under the board: type a note, press Enter, it is on the board and in the file.

Keyboard first, for a facilitator keeping up with a table that talks (or
typing a table's paper notes after a round): the text field keeps the focus;
Enter saves the note with the category, table and round chosen beside it and
clears the field; Esc clears it. Ctrl+1…9 pick a category, Alt+Left/Right the
previous/next category, Alt+Up/Down the previous/next table. A large label
says which table (and category) the next note goes to, and how many notes
that table has in this round. Every note goes through the screen's
:class:`~facilitator.ui.board_editor.BoardEditor`, so Ctrl+Z takes it back.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from typing import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from facilitator.core import board
from facilitator.core.model import AgendaItem, StickyNote, Table, TableRound
from facilitator.ui.board_editor import BoardEditor
from facilitator.ui.widgets.tones import muted, scaled

ADD_CATEGORY = object()  # the data of the "Add category…" entry
MAX_TEXT = 500  # a sticky note, not an essay


class CaptureField(QLineEdit):
    """The note field. Ctrl+1…9 choose a category here (elsewhere they switch screens); Ctrl+Z / Ctrl+Y undo
    the typing while the field holds text, and in the empty field the board's last step (the note just saved)."""

    #: Ctrl+digit pressed: the category number (1 to 9).
    category_key = Signal(int)

    @staticmethod
    def _digit(event) -> int:
        if event.modifiers() == Qt.KeyboardModifier.ControlModifier and Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_9:
            return event.key() - Qt.Key.Key_0
        return 0

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            if self._digit(event):
                event.accept()  # the key comes to keyPressEvent, not to the window's screen switch
                return True
            if not self.text():
                combined = event.keyCombination().toCombined()
                if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo) \
                        or combined == QKeySequence("Ctrl+Y")[0].toCombined():
                    event.ignore()  # leave the key to the screen's Undo / Redo actions
                    return False
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        digit = self._digit(event)
        if digit:
            self.category_key.emit(digit)
            return
        super().keyPressEvent(event)


class NoteCapture(QFrame):
    """Choosers for category, table and round, and the field a note is typed in."""

    def __init__(self, editor: BoardEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.item: AgendaItem | None = None
        self._tables: list[Table] = []
        self._table_names: dict[int, str] = {}
        self._counts: Counter = Counter()  # (table id, round id) -> notes on this item's board
        self._next_position = 0
        self._wanted_category: str | None = None
        self._reason = ""
        #: Asks the name of a new category (a test replaces it); returns "" when cancelled.
        self.ask_category: Callable[[], str] = self._ask_category
        #: Wall-clock time stamped on a note (tests pin it).
        self.now: Callable[[], datetime] = lambda: datetime.now().replace(microsecond=0)

        self.target_label = QLabel(self)  # "Tafel 3 · Kansen": where the next note goes, large
        self.target_label.setFont(scaled(self.font(), 1.6, bold=True))
        self.target_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.count_label = QLabel(self)
        self.count_label.setFont(scaled(self.font(), 1.15))
        self.field = CaptureField(self)
        self.field.setFont(scaled(self.font(), 1.25))
        self.field.setMaxLength(MAX_TEXT)
        self.field.setClearButtonEnabled(True)
        self.save_button = QPushButton(self.tr("Add"), self)
        self.save_button.setAutoDefault(False)
        self.category_box = QComboBox(self)
        self.table_box = QComboBox(self)
        self.table_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.round_box = QComboBox(self)
        self.hint = muted(self.tr("Enter saves · Esc clears · Ctrl+1…9 or Alt+←/→ category · Alt+↑/↓ table · Ctrl+Z undo"),
                          self)
        self.hint.setWordWrap(True)  # in a narrow window it takes two lines rather than losing its start
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.category_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.round_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for box in (self.category_box, self.table_box, self.round_box):
            box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab stays in the field's flow; keys do the choosing

        grid = QGridLayout(self)
        target = QHBoxLayout()  # where the next note goes, large enough to read while typing
        target.addWidget(self.target_label)
        target.addWidget(self.count_label)
        target.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        target.addWidget(self.hint, 1)
        choosers = QHBoxLayout()
        for text, box in ((self.tr("Category:"), self.category_box), (self.tr("Table:"), self.table_box),
                          (self.tr("Round:"), self.round_box)):
            label = QLabel(text, self)
            label.setBuddy(box)
            choosers.addWidget(label)
            choosers.addWidget(box)
        choosers.addStretch(1)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        entry = QHBoxLayout()
        entry.addWidget(self.field, 1)
        entry.addWidget(self.save_button)
        grid.addLayout(target, 0, 0)
        grid.addLayout(entry, 1, 0)
        grid.addLayout(choosers, 2, 0)

        self._make_actions()
        self.editor.applied.connect(self._applied)
        self.field.returnPressed.connect(self.save)
        self.field.category_key.connect(lambda number: self.pick_category(number - 1))
        self.save_button.clicked.connect(self.save)
        self.category_box.activated.connect(self._category_activated)
        self.category_box.currentIndexChanged.connect(self._show_target)
        self.table_box.currentIndexChanged.connect(self._show_target)
        self.round_box.currentIndexChanged.connect(self._round_changed)
        self.set_board(None, [], [], [], Counter(), 0)

    # -- keys --------------------------------------------------------------------------------------

    def _make_actions(self) -> None:
        def action(text: str, keys: list[str], slot) -> QAction:
            act = QAction(text, self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _checked=False: slot())
            self.addAction(act)
            return act

        self.clear_action = action(self.tr("Clear the note"), ["Esc"], self.clear)
        self.previous_table_action = action(self.tr("Previous table"), ["Alt+Up"], lambda: self.step_table(-1))
        self.next_table_action = action(self.tr("Next table"), ["Alt+Down"], lambda: self.step_table(1))
        self.previous_category_action = action(self.tr("Previous category"), ["Alt+Left"],
                                               lambda: self.step_category(-1))
        self.next_category_action = action(self.tr("Next category"), ["Alt+Right"], lambda: self.step_category(1))

    def shortcut_rows(self) -> list[tuple[str, list[QKeySequence]]]:
        """(what, keys) of the capture keys, for the screen's section of Help > Keyboard shortcuts."""
        return [
            (self.tr("Save the note and start the next"), [QKeySequence("Return")]),
            (self.tr("Clear the note"), self.clear_action.shortcuts()),
            (self.tr("Category 1 to 9 (in the note field)"), [QKeySequence("Ctrl+1"), QKeySequence("Ctrl+9")]),
            (self.tr("Previous / next category"), [*self.previous_category_action.shortcuts(),
                                                   *self.next_category_action.shortcuts()]),
            (self.tr("Previous / next table"), [*self.previous_table_action.shortcuts(),
                                                *self.next_table_action.shortcuts()]),
        ]

    # -- what the choosers offer ---------------------------------------------------------------------

    def set_board(self, item: AgendaItem | None, categories: list[str], tables: list[Table],
                  rounds: list[TableRound], counts: Counter, next_position: int) -> None:
        """Show the choosers for ``item``'s board; keeps the table and category chosen where they still exist.

        ``categories`` are the board's columns ('' = no category), ``rounds`` the item's table rounds (the
        latest is chosen), ``counts`` the notes per (table id, round id) and ``next_position`` the board
        position of the next note.
        """
        previous_item = self.item.id if self.item else None
        self.item = item
        self._tables = tables
        self._table_names = {t.id: t.name for t in tables}
        self._counts = Counter(counts)
        self._next_position = next_position
        kept_category = self._wanted_category if self._wanted_category is not None else self.category()
        kept_table = self.table_id() if self.table_box.count() else -1
        kept_round = self.round_id()
        self._wanted_category = None
        for box in (self.category_box, self.table_box, self.round_box):
            box.blockSignals(True)
            box.clear()
        for category in categories:
            self.category_box.addItem(category or self.tr("(no category)"), category)
        if item is not None:
            self.category_box.insertSeparator(self.category_box.count())
            self.category_box.addItem(self.tr("Add category…"), ADD_CATEGORY)
        found = self.category_box.findData(kept_category) if kept_category is not None else -1
        self.category_box.setCurrentIndex(found if found >= 0 else 0)

        self.table_box.addItem(self.tr("No table"), None)
        for table in tables:
            self.table_box.addItem(table.name, table.id)
        if kept_table not in (-1, None) and self.table_box.findData(kept_table) >= 0:
            self.table_box.setCurrentIndex(self.table_box.findData(kept_table))
        elif rounds and tables and (kept_table == -1 or item is None or item.id != previous_item):
            self.table_box.setCurrentIndex(1)  # a table round: start with the first table
        for table_round in rounds:
            title = table_round.title or self.tr("Round %1").replace("%1", str(table_round.number))
            self.round_box.addItem(title, table_round.id)
        if not rounds:
            self.round_box.addItem(self.tr("No round"), None)
        same_round = self.round_box.findData(kept_round) if kept_round is not None else -1
        if rounds and item is not None and item.id == previous_item and same_round >= 0:
            self.round_box.setCurrentIndex(same_round)
        elif rounds:
            self.round_box.setCurrentIndex(len(rounds) - 1)  # the latest round of the item
        self.round_box.setEnabled(len(rounds) > 1)
        for box in (self.category_box, self.table_box, self.round_box):
            box.blockSignals(False)
        self._update_table_counts()
        self._show_target()
        self._set_enabled()

    def _set_enabled(self) -> None:
        reason = ""
        if self.item is None:
            reason = self.tr("Choose an agenda item to capture notes.")
        elif self.editor.document is not None and self.editor.document.read_only:
            reason = self.tr("Read-only: {reason}. Notes cannot be added.").format(
                reason=self.editor.document.read_only_reason)
        for widget in (self.field, self.save_button, self.category_box, self.table_box, self.round_box):
            widget.setEnabled(not reason)
        for act in self.actions():
            act.setEnabled(not reason)
        self.round_box.setEnabled(not reason and self.round_box.count() > 1)
        self.field.setPlaceholderText(reason or self.tr("Type a note and press Enter…"))
        self.setToolTip(reason)
        self._reason = reason

    @property
    def refusal(self) -> str:
        """Why notes cannot be captured now ('' when they can)."""
        return self._reason

    @property
    def next_position(self) -> int:
        """The board position the next note gets (one past the last note of the board)."""
        return self._next_position

    # -- choosing ----------------------------------------------------------------------------------------

    def category(self) -> str | None:
        data = self.category_box.currentData()
        return None if data is ADD_CATEGORY else data

    def table_id(self) -> int | None:
        return self.table_box.currentData()

    def round_id(self) -> int | None:
        return self.round_box.currentData()

    def _category_count(self) -> int:
        return sum(1 for i in range(self.category_box.count()) if isinstance(self.category_box.itemData(i), str))

    def pick_category(self, index: int) -> None:
        if 0 <= index < self._category_count():
            self.category_box.setCurrentIndex(index)

    def step_category(self, step: int) -> None:
        count = self._category_count()
        if count:
            self.category_box.setCurrentIndex((max(self.category_box.currentIndex(), 0) + step) % count)

    def step_table(self, step: int) -> None:
        count = self.table_box.count()
        if count:
            self.table_box.setCurrentIndex((self.table_box.currentIndex() + step) % count)

    def _category_activated(self, index: int) -> None:
        if self.category_box.itemData(index) is not ADD_CATEGORY:
            return
        self.category_box.setCurrentIndex(0)
        name = self.ask_category().strip()
        if name and self.item is not None:
            known = [self.category_box.itemData(i) for i in range(self._category_count())]
            if name in known:
                self.category_box.setCurrentIndex(known.index(name))
            else:
                self._wanted_category = name  # chosen once the screen shows the new column
                if not self.editor.push(board.edit_record(self.item, board_categories=[
                        *self.item.board_categories, name]), self.tr("Add category")):
                    self._wanted_category = None
        self.field.setFocus()

    def _ask_category(self) -> str:
        name, ok = QInputDialog.getText(self, self.tr("Add category"),
                                        self.tr("Name of the new column on this board:"))
        return name if ok else ""

    # -- saving --------------------------------------------------------------------------------------

    def save(self) -> StickyNote | None:
        """Save the typed note (Enter) and clear the field for the next; None if nothing was saved."""
        text = " ".join(self.field.text().split())
        if not text or self.item is None or self.category() is None:
            return None
        note = StickyNote(text, self.item.id, category=self.category(), table_id=self.table_id(),
                          round_id=self.round_id(), position=self._next_position, created_at=self.now())
        if not self.editor.push(board.add_notes(note), self.tr("Add note")):
            return None  # the editor said why; the text stays so nothing typed is lost
        self.field.setText("")  # also forgets the field's own undo history: Ctrl+Z now undoes the note
        self.field.setFocus()
        return note

    def clear(self) -> None:
        self.field.setText("")

    def _applied(self, edit: board.BoardEdit) -> None:
        """Count the notes that reached this item's board (typed here, or a redo); the screen re-seeds the
        counts with :meth:`set_board` after any other edit."""
        notes = [r for r in edit.added if isinstance(r, StickyNote)]
        if notes:
            self.notes_added(notes)

    def notes_added(self, notes: list[StickyNote]) -> None:
        for note in notes:
            if self.item is not None and note.agenda_item_id == self.item.id:
                self._counts[(note.table_id, note.round_id)] += 1
                self._next_position = max(self._next_position, note.position + 1)
                if note.round_id == self.round_id():
                    self._update_table_count(note.table_id)
        self._show_target()

    def table_count(self) -> int:
        """Notes on this board from the chosen table in the chosen round."""
        return self._counts[(self.table_id(), self.round_id())]

    def _round_changed(self, _index: int = -1) -> None:
        self._update_table_counts()
        self._show_target()

    def _update_table_counts(self) -> None:
        for table_id in (None, *(t.id for t in self._tables)):
            self._update_table_count(table_id)

    def _update_table_count(self, table_id: int | None) -> None:
        """A table's entry in the chooser with its number of notes this round: "Tafel 3 (7)"."""
        row = self.table_box.findData(table_id) if table_id is not None else 0
        if row >= 0:
            name = self._table_names.get(table_id) or self.tr("No table")
            self.table_box.setItemText(row, self._with_count(name, self._counts[(table_id, self.round_id())]))

    @staticmethod
    def _with_count(name: str, count: int) -> str:
        return f"{name} ({count})" if count else name

    def _show_target(self, _index: int = -1) -> None:
        table = self._table_names.get(self.table_id()) or self.tr("No table")
        category = self.category()
        category_text = (category or self.tr("(no category)")) if category is not None else ""
        self.target_label.setText(f"{table} · {category_text}" if category_text else table)
        count = self.table_count()
        if self.round_box.count() and self.round_id() is not None:
            text = self.tr("%n note(s) from this table this round", "", count)
        else:
            text = self.tr("%n note(s) from this table", "", count)
        self.count_label.setText(text)
