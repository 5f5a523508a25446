"""The Agenda screen, the agenda builder: the programme on the clock (pins, gaps, overlaps), edited in place.

Add items (blank or from a work form), delete, drag rows or press Ctrl+Up/Down
to reorder, edit the selected item in the form beside the table, undo with
Ctrl+Z and redo with Ctrl+Y. Every edit is written at once (through
:class:`ProgrammeEditor`); start times stay computed. A read-only session
shows the programme with a banner and the read-only details panel instead.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
)

from facilitator.core.model import AgendaItem, AgendaKind, WorkForm
from facilitator.core.schedule import ScheduledItem, format_minutes, plan
from facilitator.core.workforms import catalogue, name_in, suggested_kind
from facilitator.io.workform_library import LibraryError, load_user_forms
from facilitator.store.programme import Captured
from facilitator.ui.document_editor import undo_actions
from facilitator.ui.i18n import current_language
from facilitator.ui.labels import clock, long_date
from facilitator.ui.models.agenda_model import TITLE, AgendaModel
from facilitator.ui.programme_editor import ProgrammeEditor
from facilitator.ui.views.base import MainView
from facilitator.ui.widgets.agenda_item_panel import AgendaItemPanel
from facilitator.ui.widgets.agenda_toolbar import AgendaToolbar
from facilitator.ui.widgets.header_card import HeaderCard
from facilitator.ui.widgets.item_form import ItemForm
from facilitator.ui.widgets.tones import muted

DEFAULT_MINUTES = 15


def delay_minutes(entries: list[ScheduledItem]) -> tuple[int, ScheduledItem] | None:
    """How far the last item that started began after its planned start (minutes, negative = early)."""
    started = [e for e in entries if e.item.actual_start is not None]
    if not started:
        return None
    last = started[-1]
    planned = datetime.combine(last.item.actual_start.date(), last.start.time())
    return round((last.item.actual_start - planned).total_seconds() / 60), last


class AgendaView(MainView):
    key = "agenda"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.editor = ProgrammeEditor(self)
        self.editor.confirm_delete = self._confirm_delete
        self.header = HeaderCard(self)
        self.read_only_banner = QLabel(self)
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet("padding: 0.4em; background: rgba(230, 150, 0, 60);")
        self.toolbar = AgendaToolbar(self)
        self.notice = muted("", self)
        self.notice.hide()
        self.empty_label = muted("", self)
        self.model = AgendaModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDropIndicatorShown(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.form = ItemForm(self)
        self.panel = AgendaItemPanel(self)
        self.side = QStackedWidget(self)
        self.side.addWidget(self.form)
        self.side.addWidget(self.panel)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([660, 340])  # in proportion; the form needs room for its labels and fields
        self.splitter = splitter
        layout = QVBoxLayout(self)
        for widget in (self.header, self.read_only_banner, self.toolbar, self.notice, self.empty_label):
            layout.addWidget(widget)
        layout.addWidget(splitter, 1)

        self._forms: dict[int, WorkForm] = {}
        self._own_forms: list[WorkForm] = []
        self._keep_id: int | None = None
        self._make_actions()
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.model.move_requested.connect(self.editor.move_item)
        self.model.edit_requested.connect(lambda item_id, name, value: self.editor.edit_item(item_id, {name: value}))
        self.form.edited.connect(self.editor.edit_item)
        self.form.work_form_chosen.connect(self.editor.set_work_form)
        self.editor.changed.connect(self._changed)
        self.editor.refused.connect(self._tell)
        self._set_editable(False)

    def shortcut_section(self) -> tuple[str, list[tuple[str, list[QKeySequence]]]]:
        """The builder's keys for the Help menu's list of shortcuts."""
        rows = [(self.tr("Add item"), self.add_action), (self.tr("Delete item"), self.delete_action),
                (self.tr("Move up"), self.up_action), (self.tr("Move down"), self.down_action),
                (self.tr("Undo"), self.undo_action), (self.tr("Redo"), self.redo_action)]
        return self.tr("Agenda screen"), [(label, act.shortcuts()) for label, act in rows]

    def _make_actions(self) -> None:
        def action(text: str, slot, keys=(), on_table: bool = False) -> QAction:
            """An action of the screen; ``on_table``: its keys work only in the programme table (so Delete or
            Ctrl+Up in a field of the form never touch an item)."""
            act = QAction(text, self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut if on_table
                                   else Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _checked=False: slot())
            (self.table if on_table else self).addAction(act)
            return act

        self.add_action = action(self.tr("Add item"), self.add_blank, ["Ins"])
        self.delete_action = action(self.tr("Delete item"), self.delete_current, [QKeySequence.StandardKey.Delete],
                                    on_table=True)
        self.up_action = action(self.tr("Move up"), lambda: self.move_current(-1), ["Ctrl+Up"], on_table=True)
        self.down_action = action(self.tr("Move down"), lambda: self.move_current(1), ["Ctrl+Down"], on_table=True)
        self.undo_action, self.redo_action = undo_actions(self.editor.stack, self)
        self.toolbar.set_actions(self.add_action, self.delete_action, self.up_action, self.down_action,
                                 self.undo_action, self.redo_action)
        self.toolbar.form_chosen.connect(self.add_from_form)
        self.toolbar.catalogue_requested.connect(self.show_catalogue)
        self.toolbar.template_requested.connect(self.save_as_template)
        self.toolbar.export_requested.connect(self.export_programme)

    def title(self) -> str:
        return self.tr("Agenda")

    # -- showing ----------------------------------------------------------------------------------------

    def set_document(self, document) -> None:
        self.form.flush()  # notes still being typed belong to the document shown until now
        self.editor.set_document(document)
        self._set_editable(document is not None and not document.read_only,
                           document is not None and document.read_only)
        self._load_own_forms()
        self.model.set_rows([], {})  # ids of another file mean nothing here: no selection to keep
        super().set_document(document)

    def _set_editable(self, editable: bool, read_only: bool = False) -> None:
        self.model.editable = editable
        self.table.setDragEnabled(editable)
        self.table.setAcceptDrops(editable)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove if editable
                                   else QAbstractItemView.DragDropMode.NoDragDrop)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed if editable
                                   else QAbstractItemView.EditTrigger.NoEditTriggers)
        self.toolbar.set_editable(editable)
        for act in (self.add_action, self.delete_action, self.up_action, self.down_action):
            act.setEnabled(editable)
        self.side.setCurrentWidget(self.form if editable else self.panel)
        self.read_only_banner.setText(self.tr(
            "Read-only: this session is open in another Facilitator window, or was opened read-only. "
            "You can look at the programme and export it, but not change it."))
        self.read_only_banner.setVisible(read_only)

    def _load_own_forms(self) -> None:
        try:
            self._own_forms = load_user_forms()
        except LibraryError as exc:
            self._own_forms = []
            self._tell(self.tr("Your own work forms could not be read: {problem}").format(problem=str(exc)))
        self.toolbar.set_forms(catalogue(), self._own_forms)

    def refresh(self, select_id: int | None = None) -> None:
        if self.document is None:
            self.header.set_title("")
            self.header.set_figures([])
            self.header.set_warnings([])
            self.model.set_rows([], {})
            self._show_entry(None)
            return
        keep = select_id if select_id is not None else self.current_item_id()
        meeting = self.document.meeting()
        items = self.document.all(AgendaItem)
        self._forms = {f.id: f for f in self.document.all(WorkForm)}
        entries = plan(items, meeting.day_start, meeting.date)
        facts = [f for f in (long_date(meeting.date), meeting.venue, meeting.organiser) if f]
        self.header.set_title(meeting.title, " · ".join(facts))
        self.header.set_figures(self._figures(meeting.day_start, entries))
        self.header.set_warnings(self._warnings(entries))
        language = current_language()
        self.model.set_rows(entries, {i: name_in(f, language) for i, f in self._forms.items()})
        self.empty_label.setText(self.tr("The programme is empty: no agenda items yet.")
                                 + (" " + self.tr("Add one with “Add item” (Insert) or from a work form.")
                                    if self.editor.can_edit else ""))
        self.empty_label.setVisible(not entries)
        self._select(keep, entries)

    def current_item_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.entry(index.row()).item.id if index.isValid() else None

    def _figures(self, day_start, entries: list[ScheduledItem]) -> list[tuple[str, ...]]:
        end = entries[-1].end if entries else None
        breaks = sum(e.item.planned_minutes for e in entries if e.item.kind == AgendaKind.BREAK)
        figures = [
            (clock(day_start), self.tr("day starts")),
            (clock(end) if end else clock(day_start), self.tr("planned end")),
            (str(len(entries)), self.tr("agenda items")),
            (format_minutes(breaks), self.tr("of breaks")),
        ]
        found = delay_minutes(entries)
        if found is not None:
            minutes, entry = found
            tip = self.tr("“{title}” started at {actual}, planned {planned}.").format(
                title=entry.item.title, actual=clock(entry.item.actual_start), planned=clock(entry.start))
            if minutes > 0:
                figures.append((f"+{format_minutes(minutes)}", self.tr("min behind plan"), tip))
            elif minutes < 0:
                figures.append((format_minutes(-minutes), self.tr("min ahead of plan"), tip))
            else:
                figures.append(("0", self.tr("on time"), tip))
        return figures

    def _warnings(self, entries: list[ScheduledItem]) -> list[str]:
        warnings = []
        for entry in entries:
            if entry.gap_before:
                warnings.append(self.tr("“{title}” is pinned at {time}: {minutes} min unplanned before it.").format(
                    title=entry.item.title, time=clock(entry.start),
                    minutes=format_minutes(entry.gap_before.total_seconds() / 60)))
            if entry.overlap_before:
                warnings.append(self.tr(
                    "“{title}” is pinned at {time}, but the items before run {minutes} min into it.").format(
                    title=entry.item.title, time=clock(entry.start),
                    minutes=format_minutes(entry.overlap_before.total_seconds() / 60)))
        return warnings

    def _select(self, item_id: int | None, entries: list[ScheduledItem]) -> None:
        """Select the item with ``item_id``; else the running item (started, not ended), else the first."""
        if not entries:
            self._show_entry(None)
            return
        row = self.model.row_of(item_id) if item_id is not None else -1
        if row < 0:
            running = [n for n, e in enumerate(entries) if e.item.actual_start and not e.item.actual_end]
            row = running[-1] if running else 0
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._show_current(self.table.currentIndex())  # also when the row did not change

    def _show_current(self, current, _previous=None) -> None:
        entry = self.model.entry(current.row()) if current.isValid() else None
        if entry is not None and self.form.item_id not in (None, entry.item.id):
            self._keep_id = entry.item.id  # notes still being typed go to their item; the new one stays selected
            try:
                self.form.flush()
            finally:
                self._keep_id = None
        self._show_entry(entry)

    def _show_entry(self, entry: ScheduledItem | None) -> None:
        form = self._forms.get(entry.item.work_form_id) if entry is not None else None
        self.panel.show_item(entry, form)
        used = sorted(self._forms.values(), key=lambda f: name_in(f, current_language()).casefold())
        self.form.show_entry(entry, form, [used, catalogue(), self._own_forms])
        has_item = entry is not None and self.editor.can_edit
        self.delete_action.setEnabled(has_item)
        row = self.table.currentIndex().row()
        self.up_action.setEnabled(has_item and row > 0)
        self.down_action.setEnabled(has_item and row < self.model.rowCount() - 1)

    # -- editing ----------------------------------------------------------------------------------------

    def _insert_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() + 1 if index.isValid() else self.model.rowCount()

    def add_blank(self) -> None:
        self.form.flush()
        self.editor.add_item(AgendaItem(self.tr("New item"), DEFAULT_MINUTES), self._insert_row())
        self._edit_title()

    def add_from_form(self, form: WorkForm) -> None:
        """Add an item made from a work form (its name, default minutes and usual kind) below the current one."""
        self.form.flush()
        item = AgendaItem(name_in(form, current_language()), form.default_minutes, suggested_kind(form.key))
        self.editor.add_item(item, self._insert_row(), form)
        self._edit_title()

    def _edit_title(self) -> None:
        if self.editor.can_edit and self.form.item_id is not None:
            self.form.title_edit.setFocus()
            self.form.title_edit.selectAll()

    def delete_current(self) -> None:
        item_id = self.current_item_id()
        if item_id is not None:
            self.form.flush()
            row = self.table.currentIndex().row()
            if self.editor.delete_item(item_id) and self.model.rowCount():
                self._select(self.model.entry(min(row, self.model.rowCount() - 1)).item.id,
                             [self.model.entry(r) for r in range(self.model.rowCount())])

    def move_current(self, step: int) -> None:
        index = self.table.currentIndex()
        target = index.row() + step if index.isValid() else -1
        if 0 <= target < self.model.rowCount():
            self.form.flush()
            self.editor.move_item(self.model.entry(index.row()).item.id, target, merge=True)

    def _confirm_delete(self, item: AgendaItem, found: Captured) -> bool:
        parts = []
        if found.notes:
            parts.append(self.tr("notes ({count})").format(count=found.notes))
        if found.themes:
            parts.append(self.tr("themes ({count})").format(count=found.themes))
        if found.votes:
            parts.append(self.tr("dot votes ({count})").format(count=found.votes))
        if found.rounds:
            parts.append(self.tr("its table round"))
        if found.actions:
            parts.append(self.tr("links from actions ({count})").format(count=found.actions))
        if found.photos:
            parts.append(self.tr("photos ({count})").format(count=found.photos))
        if found.has_run:
            parts.append(self.tr("the times it really ran"))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete agenda item"),
                          self.tr("Delete “{title}”?").format(title=item.title), parent=self)
        box.setInformativeText(self.tr("The session recorded things on this item: {what}. They are deleted "
                                       "with it, and this cannot be undone.").format(what=", ".join(parts)))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete

    def _changed(self, select_id: int | None) -> None:
        self.refresh(self._keep_id if self._keep_id is not None else select_id)

    def _tell(self, message: str) -> None:
        window = self.window()
        bar = window.statusBar() if hasattr(window, "statusBar") else None
        if bar is not None:
            bar.showMessage(message, 10000)
        self.notice.setText(message)
        self.notice.setVisible(bool(message))

    # -- dialogs ----------------------------------------------------------------------------------------

    def show_catalogue(self):
        from facilitator.ui.workform_catalogue import WorkFormCatalogue

        dialog = WorkFormCatalogue(self, can_add=self.editor.can_edit)
        dialog.add_requested.connect(self.add_from_form)
        dialog.finished.connect(lambda _result: self._load_own_forms())
        dialog.finished.connect(lambda _result: self._show_current(self.table.currentIndex()))
        dialog.open()
        return dialog

    def save_as_template(self):
        from facilitator.ui.template_flow import ask_save_template

        if self.document is not None:
            return ask_save_template(self, self.document)
        return None

    def export_programme(self):
        from facilitator.ui.programme_export import ask_export_programme

        if self.document is not None:
            return ask_export_programme(self, self.document)
        return None
