"""The tab "Agreements and recommendations": every action of the day with its path; make, edit and delete them.

New ones come from a note or theme (the board's context menu emits
``action_requested``; :meth:`ActionOverview.create_from` answers it) or are
typed in with "New…". Every change goes through the Notes screen's
:class:`~facilitator.ui.board_editor.BoardEditor`, so Ctrl+Z undoes it.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QSizePolicy,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import board as rules
from facilitator.core.actions import action_from
from facilitator.core.board import BoardEdit
from facilitator.core.model import ActionItem, ActionKind, DotVote, StickyNote, Theme, VoteTally
from facilitator.store import board as board_store
from facilitator.ui.action_data import Overview, read_overview
from facilitator.ui.action_dialog import ActionDialog
from facilitator.ui.board_editor import BoardEditor
from facilitator.ui.models.action_model import O_ITEM, O_PATH, O_TEXT, ActionFilterProxy, ActionOverviewModel, shorten
from facilitator.ui.widgets.table_setup import configure, fit_columns
from facilitator.ui.widgets.tones import muted


class ActionOverview(QWidget):
    """Filter by kind and agenda item; double-click (or Enter) edits, Delete deletes (undoable)."""

    #: How many actions the day has (for the tab's title).
    counted = Signal(int)

    def __init__(self, editor: BoardEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.document = None
        self.overview = Overview()
        #: Shows a dialog and says whether it was accepted; tests fill the real dialog's widgets instead.
        self.run_dialog: Callable[[ActionDialog], bool] = lambda d: d.exec() == QDialog.DialogCode.Accepted
        #: The agenda item a typed-in action belongs to (the Notes screen's current item).
        self.current_item: Callable[[], Any] = lambda: None
        self.model = ActionOverviewModel(self)
        self.proxy = ActionFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.kind_box = QComboBox(self)
        self.kind_box.addItem(self.tr("Agreements and recommendations"), None)
        self.kind_box.addItem(self.tr("Agreements only"), ActionKind.ACTION)
        self.kind_box.addItem(self.tr("Recommendations only"), ActionKind.RECOMMENDATION)
        self.item_box = QComboBox(self)
        self.item_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.item_box.setMinimumContentsLength(14)  # long agenda titles: the popup shows them whole
        self.kind_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_box.setMinimumContentsLength(14)
        self.shown_label = muted("", self)
        self.shown_label.setMinimumWidth(0)
        self.shown_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.new_button = QPushButton(self.tr("New…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        configure(self.table)
        self.table.setWordWrap(True)
        self.table.setToolTip(self.tr("Double-click to edit; Delete removes (Ctrl+Z brings it back)."))
        self.delete_action = QAction(self.tr("Delete"), self.table)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.delete_action)

        row = QHBoxLayout()
        row.addWidget(self.kind_box)
        row.addWidget(self.item_box)
        row.addWidget(self.shown_label, 1)
        buttons = QHBoxLayout()  # under the table, so a narrow window keeps the filters whole
        buttons.addStretch(1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.kind_box.currentIndexChanged.connect(self._filter)
        self.item_box.currentIndexChanged.connect(self._filter)
        self.table.activated.connect(self._edit_index)  # a double-click, or Enter
        self.new_button.clicked.connect(lambda: self.create_from(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_action.triggered.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        editor.applied.connect(self._applied)
        self._update_buttons()

    # -- reading ------------------------------------------------------------------------------------------

    def load(self, document) -> None:
        """Read every action of ``document`` (None: show nothing) with its path."""
        self.document = document
        selected = self.selected()
        self.overview = read_overview(document)
        self.model.set_overview(self.overview)
        self._fill_item_box()
        width = self.fontMetrics().averageCharWidth()
        fit_columns(self.table, stretch_last=False, widths={O_TEXT: width * 46, O_ITEM: width * 24})
        self.table.setColumnWidth(O_TEXT, width * 46)
        self.table.setColumnWidth(O_ITEM, width * 24)
        self._fit_path()
        self._select([a.id for a in selected])
        self._filter()
        self.counted.emit(len(self.overview.actions))

    def _fit_path(self) -> None:
        """The path column takes the room the others leave (at least 40 characters) and wraps."""
        others = sum(self.table.columnWidth(c) for c in range(self.model.columnCount()) if c != O_PATH)
        least = self.fontMetrics().averageCharWidth() * 40
        self.table.setColumnWidth(O_PATH, max(self.table.viewport().width() - others - 2, least))
        self.table.resizeRowsToContents()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_path()

    def _fill_item_box(self) -> None:
        previous = self.item_box.currentData()
        used = {a.agenda_item_id for a in self.overview.actions}
        self.item_box.blockSignals(True)
        self.item_box.clear()
        self.item_box.addItem(self.tr("All agenda items"), None)
        for item in sorted(self.overview.items.values(), key=lambda i: (i.position, i.id)):
            if item.id in used:
                self.item_box.addItem(item.title, item.id)
        found = self.item_box.findData(previous) if previous is not None else 0
        self.item_box.setCurrentIndex(max(found, 0))
        self.item_box.blockSignals(False)

    def _filter(self, *_args) -> None:
        self.proxy.set_filter(self.kind_box.currentData(), self.item_box.currentData())
        self.shown_label.setText(self.tr("Showing {shown} of {total}").format(
            shown=self.proxy.rowCount(), total=self.model.rowCount()))
        self.table.resizeRowsToContents()
        self._update_buttons()

    def _applied(self, edit: BoardEdit) -> None:
        """Re-read after edits that can change an action or its path (not after typing a note)."""
        if self.document is None:
            return
        notes_changed = edit.removed or any(isinstance(c.record, StickyNote) and c.name in ("theme_id", "text")
                                            for c in edit.changes)
        if not edit or notes_changed or any(edit.touched(kind) for kind in (ActionItem, Theme, DotVote, VoteTally)):
            self.load(self.document)

    # -- selection ----------------------------------------------------------------------------------------

    def selected(self) -> list[ActionItem]:
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.action(r) for r in rows]

    def _select(self, action_ids: list[int | None]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for action_id in action_ids:
            row = self.model.row_of(action_id)
            if row >= 0:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)

    def _update_buttons(self, *_args) -> None:
        editable = self.editor.can_edit
        chosen = len(self.selected())
        self.new_button.setEnabled(editable)
        self.edit_button.setEnabled(editable and chosen == 1)
        self.delete_button.setEnabled(editable and chosen > 0)

    # -- making, editing, deleting ------------------------------------------------------------------------

    def origin_text(self, source: Any) -> str:
        """Where a new action comes from, in words."""
        if isinstance(source, Theme):
            return self.tr("From theme ‘{name}’.").format(name=source.name)
        if source is None:
            return self.tr("Typed in: not made from a note or theme.")
        theme = self._theme(getattr(source, "theme_id", None))
        if theme is not None:
            return self.tr("From note ‘{text}’ in theme ‘{name}’.").format(text=shorten(source.text, 80),
                                                                           name=theme.name)
        return self.tr("From note ‘{text}’.").format(text=shorten(source.text, 80))

    def _theme(self, theme_id: int | None) -> Theme | None:
        if theme_id is None:
            return None
        found = self.overview.themes.get(theme_id)
        if found is None and self.document is not None:
            found = self.document.get(Theme, theme_id)
        return found

    def create_from(self, source: Any) -> bool:
        """Ask for a new agreement or recommendation made from ``source`` (a note, a theme, or None)."""
        if not self.editor.allowed():
            return False
        if isinstance(source, Theme):
            text, kind = source.name, ActionKind.RECOMMENDATION
        else:
            text, kind = (source.text if source is not None else ""), ActionKind.ACTION
        dialog = ActionDialog(self, text=text, origin=self.origin_text(source), kind=kind)
        if not self.run_dialog(dialog):
            return False
        values = dialog.values()
        if source is None:
            item = self.current_item()
            source = _Nowhere(getattr(item, "id", item))
        action = action_from(source, position=board_store.next_position(self.document, ActionItem), **values)
        if self.editor.push(BoardEdit(added=(action,)), self._step_text(action, "add")):
            self._select([action.id])
            return True
        return False

    def _edit_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit(self.model.action(self.proxy.mapToSource(index).row()))

    def edit_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            self.edit(chosen[0])

    def edit(self, action: ActionItem) -> bool:
        if not self.editor.allowed():
            return False
        path = self.overview.paths.get(action.id)
        origin = self.model.path_text(path) if path is not None and not path.empty else ""
        dialog = ActionDialog.for_action(action, origin, self)
        if not self.run_dialog(dialog):
            return False
        return self.editor.push(rules.edit_record(action, **dialog.values()), self._step_text(action, "edit"))

    def delete_selected(self) -> bool:
        chosen = self.selected()
        if not chosen or not self.editor.allowed():
            return False
        text = (self._step_text(chosen[0], "delete") if len(chosen) == 1
                else self.tr("Delete %n agreements and recommendations", "", len(chosen)))
        return self.editor.push(rules.delete_records(*chosen), text)

    def _step_text(self, action: ActionItem, what: str) -> str:
        """The undo step's name: "Add agreement ‘…’"."""
        short = shorten(action.text, 30)
        is_action = action.kind == ActionKind.ACTION
        if what == "add":
            text = self.tr("Add agreement ‘{text}’") if is_action else self.tr("Add recommendation ‘{text}’")
        elif what == "edit":
            text = self.tr("Edit agreement ‘{text}’") if is_action else self.tr("Edit recommendation ‘{text}’")
        else:
            text = self.tr("Delete agreement ‘{text}’") if is_action else self.tr("Delete recommendation ‘{text}’")
        return text.format(text=short)


class _Nowhere:
    """A typed-in action's "source": only the agenda item it belongs to."""

    def __init__(self, agenda_item_id: int | None) -> None:
        self.agenda_item_id = agenda_item_id
        self.id = None
        self.theme_id = None
