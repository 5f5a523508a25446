"""The work-form catalogue: the built-in werkvormen and the user's own, described, and the user's own edited.

The user's own forms are kept in ``workforms.json`` in the data folder
(:mod:`facilitator.io.workform_library`), written at once after each change.
A built-in form cannot be changed, but "Copy to my own…" starts an own form
from it. From the agenda builder, "Add to programme" adds an item made from
the selected form.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.model import WorkForm
from facilitator.core.workforms import catalogue, copy_of, name_in
from facilitator.io.workform_library import LibraryError, load_user_forms, new_key, save_user_forms
from facilitator.ui.i18n import current_language
from facilitator.ui.widgets.tones import muted
from facilitator.ui.widgets.work_form_card import WorkFormCard
from facilitator.ui.widgets.workform_editor import WorkFormEditor

FormRole = Qt.ItemDataRole.UserRole + 1
OwnRole = Qt.ItemDataRole.UserRole + 2


class WorkFormCatalogue(QDialog):
    """Lists built-in and own work forms; ``add_requested(form)`` when the user adds one to the programme."""

    add_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, can_add: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Work forms"))
        self.editor_factory = WorkFormEditor  # tests swap in a fake that answers at once
        self.confirm = self._confirm
        self.own: list[WorkForm] = []
        self.list = QListWidget(self)
        self.card = WorkFormCard(self)
        self.minutes_label = muted("", self)
        self.problem = muted("", self)
        self.problem.hide()
        self.add_button = QPushButton(self.tr("Add to programme"), self)
        self.add_button.setVisible(can_add)
        self.new_button = QPushButton(self.tr("New…"), self)
        self.copy_button = QPushButton(self.tr("Copy to my own…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        details = QWidget(self)
        details_layout = QVBoxLayout(details)
        details_layout.addWidget(self.card)
        details_layout.addWidget(self.minutes_label)
        details_layout.addStretch(1)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(details)
        splitter.setStretchFactor(1, 2)
        row = QHBoxLayout()
        for button in (self.add_button, self.new_button, self.copy_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)

        self.list.currentItemChanged.connect(self._show)
        self.list.itemDoubleClicked.connect(lambda _item: self._add() if can_add else self.edit_current())
        self.add_button.clicked.connect(self._add)
        self.new_button.clicked.connect(lambda: self.edit_new(None))
        self.copy_button.clicked.connect(lambda: self.edit_new(self.current_form()))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self._reload()
        width = self.fontMetrics().averageCharWidth()
        self.resize(width * 110, self.fontMetrics().lineSpacing() * 32)

    # -- the list -------------------------------------------------------------------------------------

    def _reload(self, select_key: str | None = None) -> None:
        try:
            self.own = load_user_forms()
            self.problem.hide()
        except LibraryError as exc:
            self.own = []
            self.problem.setText(self.tr("Your own work forms could not be read: {problem}").format(problem=str(exc)))
            self.problem.show()
        language = current_language()
        self.list.clear()
        for heading, forms, own in ((self.tr("Built in"), catalogue(), False),
                                    (self.tr("Your own"), self.own, True)):
            head = QListWidgetItem(heading)
            head.setFlags(Qt.ItemFlag.NoItemFlags)
            font = QFont(self.list.font())
            font.setBold(True)
            head.setFont(font)
            self.list.addItem(head)
            for form in forms:
                item = QListWidgetItem(f"  {name_in(form, language)}")
                item.setData(FormRole, form)
                item.setData(OwnRole, own)
                self.list.addItem(item)
            if own and not forms:
                empty = QListWidgetItem(self.tr("  (none yet: “New…” or “Copy to my own…”)"))
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                self.list.addItem(empty)
        rows = [r for r in range(self.list.count()) if self.list.item(r).data(FormRole) is not None]
        chosen = next((r for r in rows if self.list.item(r).data(FormRole).key == select_key), rows[0] if rows else -1)
        self.list.setCurrentRow(chosen)

    def current_form(self) -> WorkForm | None:
        item = self.list.currentItem()
        return item.data(FormRole) if item is not None else None

    def _is_own(self) -> bool:
        item = self.list.currentItem()
        return bool(item is not None and item.data(OwnRole))

    def _show(self, *_args) -> None:
        form = self.current_form()
        self.card.show_form(form)
        self.minutes_label.setText(self.tr("Default duration: {minutes} min").format(minutes=form.default_minutes)
                                   if form else "")
        for button in (self.add_button, self.copy_button):
            button.setEnabled(form is not None)
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(form is not None and self._is_own())

    def select(self, key: str) -> None:
        for row in range(self.list.count()):
            form = self.list.item(row).data(FormRole)
            if form is not None and form.key == key:
                self.list.setCurrentRow(row)

    # -- changes to the user's own forms --------------------------------------------------------------

    def _add(self) -> None:
        form = self.current_form()
        if form is not None:
            self.add_requested.emit(copy_of(form))

    def edit_new(self, start: WorkForm | None) -> WorkForm | None:
        """Make a new own form, empty or starting from ``start`` (a copy of it under a new key)."""
        draft = copy_of(start) if start is not None else None
        if draft is not None:
            draft.key = ""
            draft.name = self.tr("{name} (own)").format(name=draft.name)
            draft.name_en = f"{draft.name_en} (own)" if draft.name_en else ""
        edited = self._edit(draft)
        if edited is None:
            return None
        edited.key = new_key(edited.name, [f.key for f in self.own])
        return self._save([*self.own, edited], edited.key) and edited

    def edit_current(self) -> WorkForm | None:
        form = self.current_form()
        if form is None or not self._is_own():
            return None
        edited = self._edit(copy_of(form))
        if edited is None:
            return None
        edited.key = form.key
        forms = [edited if f.key == form.key else f for f in self.own]
        return self._save(forms, form.key) and edited

    def delete_current(self) -> bool:
        form = self.current_form()
        if form is None or not self._is_own():
            return False
        question = self.tr("Delete your work form “{name}”?").format(name=form.name)
        info = self.tr("Sessions that use it keep their own copy.")
        if not self.confirm(question, info):
            return False
        return self._save([f for f in self.own if f.key != form.key], None)

    def _edit(self, form: WorkForm | None) -> WorkForm | None:
        dialog = self.editor_factory(form, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.work_form()

    def _save(self, forms: list[WorkForm], select_key: str | None) -> bool:
        try:
            save_user_forms(forms)
        except (LibraryError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Work forms"),
                                self.tr("Your work forms could not be saved: {problem}").format(problem=str(exc)))
            return False
        self._reload(select_key)
        return True

    def _confirm(self, question: str, info: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Work forms"), question, parent=self)
        box.setInformativeText(info)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete
