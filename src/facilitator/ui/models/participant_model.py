"""Everyone in the meeting as a table: name, role, attendance, one column per attribute, needs.

The attendance column is checkable (checked: here, present or walk-in): a
click or Space asks, through ``attendance_toggled``, for the person to be
checked in or marked absent; the screen writes it and hands the stored
person back with :meth:`ParticipantModel.update_person`, which changes that
one row in place (no reset, so selection and scroll position stay).
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont

from facilitator.ui.models.row_table import RowTableModel
from facilitator.core.model import Attendance, Participant, Role
from facilitator.ui.labels import attendance_label, attribute_label, role_label
from facilitator.ui.models.roles import Index, RecordRole, SearchRole
from facilitator.ui.models.sortable import SortableRows
from facilitator.ui.widgets.tones import ink

NAME, ROLE, ATTENDANCE = range(3)
_ATTENDANCE_TONE = {Attendance.PRESENT: "good", Attendance.WALK_IN: "accent", Attendance.ABSENT: "bad"}


def attribute_keys(people: list[Participant]) -> list[str]:
    """Attribute names in the order the data first uses them (the import's column order)."""
    keys: dict[str, None] = {}
    for person in people:
        keys.update(dict.fromkeys(person.attributes))
    return list(keys)


def header_name(key: str) -> str:
    """'age_band' -> 'Leeftijdsgroep' in Dutch ('Age band' in English): the app's own keys are translated;
    any other key came from the list and is shown as written there, capitalised ('leeftijd' -> 'Leeftijd')."""
    known = attribute_label(key)
    if known:
        return known
    text = key.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def dutch_name_key(person: Participant) -> tuple[str, str, str]:
    """Sort as Dutch lists do: 'Berg, Gerrit van den' (tussenvoegsel ignored, then used as tie-break)."""
    return (*person.sort_key, person.infix.casefold())


class Row(NamedTuple):
    person: Participant
    cells: list[str]
    search: str
    name_key: tuple[str, str, str]


class ParticipantModel(SortableRows, RowTableModel):
    """Participants, sorted Dutch-style by name unless a header says otherwise; ``RecordRole`` gives the record."""

    #: The user ticked (True) or cleared (False) the attendance box of the person with this id.
    attendance_toggled = Signal(int, bool)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._keys: list[str] = []

    def _row(self, person: Participant) -> Row:
        cells = [person.display_name, role_label(person.role), attendance_label(person.attendance),
                 *(str(person.attributes.get(k, "")) for k in self._keys), ", ".join(person.needs)]
        return Row(person, cells, "\n".join(cells).casefold(), dutch_name_key(person))

    def set_people(self, people: list[Participant]) -> None:
        self.beginResetModel()
        self._keys = attribute_keys(people)
        self._rows = sorted((self._row(person) for person in people), key=lambda r: r.name_key)
        self.endResetModel()

    def row_of(self, person_id: int | None) -> int:
        """The model row of the person with this id; -1 if not shown."""
        return next((i for i, row in enumerate(self._rows) if row.person.id == person_id), -1)

    def update_person(self, person: Participant) -> None:
        """Show the stored ``person`` in place of the row with its id (same place, same selection)."""
        row = self.row_of(person.id)
        if row < 0 or any(key not in self._keys for key in person.attributes):
            self.set_people([p for p in self.people if p.id != person.id] + [person])
            return
        self._rows[row] = self._row(person)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == ATTENDANCE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 (Qt API)
        if not index.isValid() or index.column() != ATTENDANCE or role != Qt.ItemDataRole.CheckStateRole:
            return False
        person = self._rows[index.row()].person
        if person.id is not None:
            self.attendance_toggled.emit(person.id, Qt.CheckState(value) == Qt.CheckState.Checked)
        return True

    def sort_key(self, column: int):
        if column == NAME:
            return lambda row: row.name_key
        return lambda row: row.cells[column].casefold()  # stable: equal values stay in name order

    @property
    def attribute_keys(self) -> list[str]:
        return list(self._keys)

    @property
    def people(self) -> list[Participant]:
        return [row.person for row in self._rows]

    def person(self, row: int) -> Participant:
        return self._rows[row].person

    def search_text(self, row: int) -> str:
        return self._rows[row].search

    def headers(self) -> list[str]:
        fixed = [self.tr("Name"), self.tr("Role"), self.tr("Attendance")]
        return fixed + [header_name(key) for key in self._keys] + [self.tr("Needs")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.cells[column]
        if role == SearchRole:
            return row.search
        if role == RecordRole:
            return row.person
        person = row.person
        if role == Qt.ItemDataRole.CheckStateRole and column == ATTENDANCE:
            return Qt.CheckState.Checked if person.attendance.is_here else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == ATTENDANCE and person.attendance in _ATTENDANCE_TONE:
                return ink(_ATTENDANCE_TONE[person.attendance])
            if person.attendance == Attendance.ABSENT:
                return ink("muted")
        if role == Qt.ItemDataRole.FontRole and column == ROLE and person.role != Role.PARTICIPANT:
            font = QFont()
            font.setItalic(True)
            return font
        return None
