"""Everyone in the meeting as a table: name, role, attendance, one column per attribute, needs."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
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

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._keys: list[str] = []

    def set_people(self, people: list[Participant]) -> None:
        self.beginResetModel()
        self._keys = attribute_keys(people)
        rows = []
        for person in people:
            cells = [person.display_name, role_label(person.role), attendance_label(person.attendance),
                     *(str(person.attributes.get(k, "")) for k in self._keys), ", ".join(person.needs)]
            rows.append(Row(person, cells, "\n".join(cells).casefold(), dutch_name_key(person)))
        self._rows = sorted(rows, key=lambda r: r.name_key)
        self.endResetModel()

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
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[column]
        if role == SearchRole:
            return row.search
        if role == RecordRole:
            return row.person
        person = row.person
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
