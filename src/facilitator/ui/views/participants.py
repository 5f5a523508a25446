"""The Participants screen: everyone in a filterable table, check-in on the day, editing, import, and the counts.

Check-in is made for a queue at the door: type part of a name in the search
field and press Enter; when one person matches (or one was picked with the
arrow keys) they are marked present at once, the field empties for the next
one, and a line offers Undo. The attendance column has a tick box for the
same (present / absent), Space toggles the selected person. "Walk-in" adds
someone who was not on the list. Every change is written to the session at
once; the counts (present, walk-in, still expected, absent) and the room's
composition follow live.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from facilitator.core.model import Attendance, Participant
from facilitator.ui.labels import attendance_label, number
from facilitator.ui.models.participant_model import ATTENDANCE, NAME, ParticipantModel
from facilitator.ui.models.text_filter import TextFilterProxy
from facilitator.ui.tasks import runner_for
from facilitator.ui.views.base import MainView
from facilitator.ui.widgets.person_checkin import CheckInNotice, set_attendance
from facilitator.ui.widgets.person_counts import PersonCounts, composition

__all__ = ["ParticipantsView", "composition"]
from facilitator.ui.widgets.table_setup import configure, fit_columns, track_sort_column
from facilitator.ui.widgets.tones import muted

MAX_COLUMN_CHARS = 22
_KEYS_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ParticipantsView(MainView):
    key = "participants"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.counts = PersonCounts(self)
        self.summary, self.composition = self.counts.summary, self.counts.composition
        self.composition_label, self.attribute_box = self.counts.composition_label, self.counts.attribute_box
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find a name and press Enter to check in; also filters on role, "
                                               "attribute or need"))
        self.attendance_box = QComboBox(self)
        self.shown_label = muted("", self)
        self.shown_label.setWordWrap(False)
        self.notice = CheckInNotice(self)
        self.model = ParticipantModel(self)
        self.proxy = TextFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setSortIndicator(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        configure(self.table)
        track_sort_column(self.table)
        self.empty_label = muted("", self)
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.add_button = QPushButton(self.tr("Add person…"), self)
        self.walk_in_button = QPushButton(self.tr("Walk-in…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self._picked = False  # the user chose a row with the arrow keys since the last keystroke

        for button in (self.walk_in_button, self.add_button, self.edit_button, self.delete_button,
                       self.import_button):
            self.counts.top_row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.search, 3)
        filter_row.addWidget(self.attendance_box)
        filter_row.addWidget(self.shown_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addLayout(filter_row)
        layout.addWidget(self.notice)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)

        self._fill_attendance_box()
        self.search.textChanged.connect(self._typed)
        self.search.returnPressed.connect(self.check_in_found)
        self.search.installEventFilter(self)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.attendance_box.currentIndexChanged.connect(self._filter)
        self.model.attendance_toggled.connect(self._toggled)
        self.notice.undo_requested.connect(self._undo)
        self.import_button.clicked.connect(self.ask_import)
        self.add_button.clicked.connect(lambda: self.open_person_dialog())
        self.walk_in_button.clicked.connect(lambda: self.open_person_dialog(walk_in=True))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def title(self) -> str:
        return self.tr("Participants")

    def shortcut_section(self):
        keys = QKeySequence
        return self.tr("Participants screen"), [
            (self.tr("Find a person"), [keys(keys.StandardKey.Find)]),
            (self.tr("Check in the person found (in the search field)"), [keys("Return")]),
            (self.tr("Choose among several matches (in the search field)"), [keys("Down"), keys("Up")]),
            (self.tr("Present / absent for the selected person"), [keys("Space")]),
            (self.tr("Edit the selected person"), [keys("Return"), keys("F2")]),
            (self.tr("Delete the selected person"), [keys(keys.StandardKey.Delete)]),
        ]

    def _fill_attendance_box(self) -> None:
        self.attendance_box.addItem(self.tr("Everyone"), None)
        self.attendance_box.addItem(self.tr("Here (present or walk-in)"), "here")
        for state in Attendance:
            self.attendance_box.addItem(attendance_label(state), state.value)

    # -- showing --------------------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        people = self.document.all(Participant) if self.document else []
        self.model.set_people(people)  # comes back in name order
        self.table.horizontalHeader().setSortIndicator(NAME, Qt.SortOrder.AscendingOrder)
        fit_columns(self.table)
        cap = self.fontMetrics().averageCharWidth() * MAX_COLUMN_CHARS  # a long organisation name is elided
        wide = {column: cap for column in range(ATTENDANCE + 1, self.model.columnCount() - 1)
                if self.table.columnWidth(column) > cap}
        if wide:
            fit_columns(self.table, widths=wide)
        self.counts.set_people(self.model.people, self.model.attribute_keys)
        self.empty_label.setText(self.tr("No participants yet. Import a list (.csv or .xlsx) with “Import…”, "
                                         "or add people one by one."))
        self.empty_label.setVisible(not people)
        self._filter()
        if select_id is not None:
            self.select_person(select_id)
        self._enable()

    def _show_counts(self) -> None:
        self.counts.set_people(self.model.people)

    def _typed(self) -> None:
        self._picked = False
        self._filter()
        if self.search.text().strip() and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, NAME))

    def _filter(self) -> None:
        wanted = self.attendance_box.currentData()
        if wanted is None:
            predicate = None
        elif wanted == "here":
            predicate = lambda row: self.model.person(row).attendance.is_here  # noqa: E731
        else:
            predicate = lambda row: self.model.person(row).attendance == wanted  # noqa: E731
        self.proxy.set_predicate(predicate)
        self.proxy.set_text(self.search.text())
        self._show_shown()

    def _show_shown(self) -> None:
        self.shown_label.setText(self.tr("Showing {shown} of {total}").format(
            shown=number(self.proxy.rowCount()), total=number(self.model.rowCount())))

    def _enable(self) -> None:
        writable = self.document is not None and not self.document.read_only
        chosen = self.selected() is not None
        for button in (self.import_button, self.add_button, self.walk_in_button):
            button.setEnabled(writable)
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen and writable)

    # -- the selected person --------------------------------------------------------------------

    def selected(self) -> Participant | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.person(self.proxy.mapToSource(index).row())

    def select_person(self, person_id: int) -> bool:
        row = self.model.row_of(person_id)
        index = self.proxy.mapFromSource(self.model.index(row, NAME)) if row >= 0 else None
        if index is None or not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    # -- check-in -------------------------------------------------------------------------------

    def check_in_found(self) -> Participant | None:
        """Enter in the search field: mark the one person found present (or the one picked with the arrows)."""
        shown = self.proxy.rowCount()
        text = self.search.text().strip()
        if not text:
            return None
        if shown == 0:
            self.notice.show_hint(self.tr("Nobody matches “{text}”. Not on the list? Use “Walk-in…”.").format(
                text=text))
            return None
        if shown > 1 and not self._picked:
            self.notice.show_hint(self.tr("{count} people match “{text}”: type more of the name, or choose one "
                                          "with ↓ and press Enter.").format(count=number(shown), text=text))
            return None
        person = self.selected() if self._picked else self.model.person(self.proxy.mapToSource(
            self.proxy.index(0, NAME)).row())
        if person is None:
            return None
        if person.attendance.is_here:
            self.notice.show_hint(self.tr("{name} is already checked in ({state}).").format(
                name=person.display_name, state=attendance_label(person.attendance)), "accent")
            self.search.clear()
            return person
        stored = self.set_attendance(person, Attendance.PRESENT)
        if stored is not None:
            self.search.clear()
        return stored

    def set_attendance(self, person: Participant, state: Attendance) -> Participant | None:
        """Write the new attendance, show it in place, and say so with an Undo."""
        if self.document is None or self.document.read_only:
            self.notice.show_hint(self.tr("This session is open read-only: check-in is not saved."))
            return None
        previous = person.attendance
        stored = set_attendance(self.document, person, state)
        self.model.update_person(stored)
        self._show_counts()
        self._show_shown()
        if state == Attendance.PRESENT:
            text = self.tr("{name} is checked in.").format(name=stored.display_name)
        else:
            text = self.tr("{name} is marked absent.").format(name=stored.display_name)
        self.notice.show_done(text, stored.id, previous)
        return stored

    def toggle_selected(self) -> None:
        person = self.selected()
        if person is not None:
            self._toggled(person.id, not person.attendance.is_here)

    def _toggled(self, person_id: int, here: bool) -> None:
        row = self.model.row_of(person_id)
        if row < 0:
            return
        person = self.model.person(row)
        if here and not person.attendance.is_here:
            self.set_attendance(person, Attendance.PRESENT)
        elif not here and person.attendance.is_here:
            self.set_attendance(person, Attendance.ABSENT)

    def _undo(self, person_id: int, previous: Attendance) -> None:
        row = self.model.row_of(person_id)
        if row >= 0 and self.document is not None and not self.document.read_only:
            self.model.update_person(set_attendance(self.document, self.model.person(row), previous))
            self._show_counts()
            self._show_shown()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.proxy.rowCount():
            current = self.table.currentIndex().row()
            step = 1 if key == Qt.Key.Key_Down else -1
            row = min(max(current + step, 0), self.proxy.rowCount() - 1) if current >= 0 else 0
            self.table.setCurrentIndex(self.proxy.index(row, NAME))
            self._picked = True
            return True
        if watched is self.table:
            if key == Qt.Key.Key_Space:
                self.toggle_selected()
                return True
            if key in (*_KEYS_ENTER, Qt.Key.Key_F2):
                self.edit_selected()
                return True
            if event.matches(QKeySequence.StandardKey.Delete):
                self.delete_selected()
                return True
        return super().eventFilter(watched, event)

    # -- editing --------------------------------------------------------------------------------

    def open_person_dialog(self, person: Participant | None = None, *, walk_in: bool = False):
        """Open the person dialog (new, edit or walk-in); the screen refreshes when it is saved."""
        from facilitator.ui.person_dialog import PersonDialog

        if self.document is None:
            return None
        name = self.search.text() if walk_in and not self.proxy.rowCount() else ""
        dialog = PersonDialog(self.document, person, self, walk_in=walk_in, name=name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._person_saved(dialog))
        dialog.open()
        return dialog

    def _person_saved(self, dialog) -> None:
        saved = dialog.saved
        if saved is None:
            return
        if dialog.walk_in:
            self.search.clear()
        self.refresh(select_id=saved.id)
        if dialog.walk_in:
            self.notice.show_hint(self.tr("{name} was added as a walk-in.").format(name=saved.display_name), "accent")

    def edit_selected(self):
        person = self.selected()
        return self.open_person_dialog(person) if person is not None else None

    def delete_selected(self) -> bool:
        person = self.selected()
        if person is None or self.document is None or self.document.read_only:
            return False
        if not self.confirm_delete(person):
            return False
        self.document.delete(person)
        self.notice.clear()
        self.refresh()
        return True

    def confirm_delete(self, person: Participant) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete participant"),
                          self.tr("Delete {name} from this session?").format(name=person.display_name), parent=self)
        box.setInformativeText(self.tr("Their seats in the table rounds and their keep-together and keep-apart "
                                       "rules are deleted with them."))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete

    # -- import ---------------------------------------------------------------------------------

    def ask_import(self):
        """Choose a list and open the import preview for it."""
        from facilitator.ui.participant_import_dialog import ask_list_path

        if self.document is None:
            return None
        path = ask_list_path(self, self.document)
        return self.open_import(path) if path is not None else None

    def open_import(self, path: Path | str | None = None):
        """The import dialog (reading ``path`` at once when given); the screen refreshes after an import."""
        from facilitator.ui.participant_import_dialog import ParticipantImportDialog
        if self.document is None:
            return None
        dialog = ParticipantImportDialog(self.document, runner_for(self), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._imported)
        dialog.open()
        if path is not None:
            dialog.load(path)
        return dialog

    def _imported(self, result) -> None:
        self.refresh()
        message = self.tr("Imported: {new} new, {updated} updated, {unchanged} unchanged, {skipped} rows with "
                          "errors skipped.").format(new=result.imported, updated=result.updated,
                                                    unchanged=result.unchanged, skipped=result.skipped)
        self.notice.show_hint(message, "accent")
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(message, 15000)
