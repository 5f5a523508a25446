"""Table models of the Sub-sessions screen: the sub-sessions, choice counts, a slot's occupancy, its attendees."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from facilitator.core.model import Participant, SubSession
from facilitator.core.subsessions import ChoiceCounts, Problem, rank_of
from facilitator.ui.labels import number
from facilitator.ui.models.participant_model import dutch_name_key
from facilitator.ui.models.roles import BarRole, Index, RecordRole, SearchRole
from facilitator.ui.models.row_table import RowTableModel
from facilitator.ui.models.sortable import SortableRows
from facilitator.ui.widgets.tones import ink, tint

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def slots_text(slots: list[int]) -> str:
    return ", ".join(str(s) for s in sorted(set(slots or [])))


class SubSessionListModel(RowTableModel):
    """The sub-sessions in their order: code, name, room, minimum, maximum, slots."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[SubSession] = []

    def set_sub_sessions(self, subs: list[SubSession]) -> None:
        self.beginResetModel()
        self._rows = list(subs)
        self.endResetModel()

    def sub_session(self, row: int) -> SubSession:
        return self._rows[row]

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Sub-session"), self.tr("Room"), self.tr("Min"), self.tr("Max"),
                self.tr("Slots")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        sub, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (sub.code, sub.name, sub.room, number(sub.min_capacity), number(sub.max_capacity),
                    slots_text(sub.slots))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (3, 4):
            return _RIGHT
        if role == RecordRole:
            return sub
        return None


def ordinal(rank: int) -> str:
    """'1st', '2nd' … in the user's language ('1e', '2e' in Dutch); one literal per form so lupdate sees them."""
    if rank == 1:
        return QCoreApplication.translate("SubSessionLabels", "1st")
    if rank == 2:
        return QCoreApplication.translate("SubSessionLabels", "2nd")
    if rank == 3:
        return QCoreApplication.translate("SubSessionLabels", "3rd")
    return QCoreApplication.translate("SubSessionLabels", "{rank}th").format(rank=rank)


class ChoiceCountsModel(RowTableModel):
    """Rows: 1st, 2nd … choice, not ranked, no preference; columns: each slot, then all slots (count and %)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[str] = []
        self._columns: list[tuple[str, list[int]]] = []
        self._depth = 0

    def set_counts(self, counts: ChoiceCounts | None) -> None:
        self.beginResetModel()
        self._depth = counts.depth if counts else 0
        self._columns = []
        self._rows = []
        if counts and any(sum(c) for c in counts.slots.values()):
            for slot, values in sorted(counts.slots.items()):
                self._columns.append((self.tr("Slot {slot}").format(slot=slot), values))
            if len(counts.slots) > 1:
                self._columns.append((self.tr("All slots"), counts.overall))
            self._rows = [self.tr("{ordinal} choice").format(ordinal=ordinal(r)) for r in range(1, self._depth + 1)]
            self._rows.append(self.tr("Not ranked"))
            if counts.no_preference():
                self._rows.append(self.tr("No preference"))
        self.endResetModel()

    def headers(self) -> list[str]:
        return [""] + [label for label, _values in self._columns]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return self._rows[row]
        if column == 0:
            return None
        values = self._columns[column - 1][1]
        count, total = values[row], sum(values)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{number(count)} ({round(100 * count / total) if total else 0}%)" if count else "–"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{count} of {total} places").format(count=number(count), total=number(total))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        if role == Qt.ItemDataRole.BackgroundRole and count:
            if row == 0:
                return tint("good")
            if row >= self._depth - 1 and row <= self._depth and self._depth > 1:  # the last rank, not ranked
                return tint("warn")
        if role == Qt.ItemDataRole.FontRole and column == len(self._columns) and len(self._columns) > 1:
            font = QFont()
            font.setBold(True)
            return font
        return None


class Occupancy(NamedTuple):
    sub: SubSession
    count: int


class OccupancyModel(RowTableModel):
    """One slot: each sub-session running in it with its attendees against its capacity (a bar)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Occupancy] = []

    def set_slot(self, subs: list[SubSession], slot: int, assignment: dict[tuple[int, int], int]) -> None:
        self.beginResetModel()
        counts: dict[int, int] = {}
        for (_pid, s), sub_id in assignment.items():
            if s == slot:
                counts[sub_id] = counts.get(sub_id, 0) + 1
        self._rows = [Occupancy(sub, counts.get(sub.id, 0)) for sub in subs if slot in (sub.slots or [])]
        self.endResetModel()

    def occupancy(self, row: int) -> Occupancy:
        return self._rows[row]

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Attendees"), self.tr("Min–max"), self.tr("Room"), self.tr("Sub-session")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        sub = row.sub
        if role == Qt.ItemDataRole.DisplayRole:
            return (sub.code, number(row.count),
                    f"{number(sub.min_capacity)}–{number(sub.max_capacity)}", sub.room, sub.name)[column]
        if role == BarRole:
            return row.count / sub.max_capacity if sub.max_capacity else 0.0
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and row.count:
            if row.count > sub.max_capacity or row.count < sub.min_capacity:
                return ink("bad")
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            if row.count > sub.max_capacity:
                return self.tr("Over its maximum")
            if row.count < sub.min_capacity:
                return self.tr("Under its minimum")
        if role == RecordRole:
            return sub
        return None


class Attendee(NamedTuple):
    person: Participant
    cells: list[str]
    rank: int | None
    search: str
    name_key: tuple[str, str, str]
    pinned: bool


class AttendeeModel(SortableRows, RowTableModel):
    """Everyone placed, for one slot: name, their sub-session then, which choice that was, fixed by hand."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Attendee] = []

    def set_slot(self, people: list[Participant], problem: Problem, slot: int,
                 assignment: dict[tuple[int, int], int], pinned: set[tuple[int, int]]) -> None:
        self.beginResetModel()
        persons = {p.id: p for p in problem.people}
        codes = {o.id: (o.code or o.name) for o in problem.offerings}
        labels = {o.id: o.label for o in problem.offerings}
        rows = []
        for person in people:
            choices = persons.get(person.id)
            sub_id = assignment.get((person.id, slot))
            rank = rank_of(choices, sub_id) if choices and sub_id is not None else None
            if sub_id is None:
                choice = ""
            elif choices is None or not choices.ranked:
                choice = self.tr("no preference")
            else:
                choice = ordinal(rank) if rank else self.tr("not ranked")
            ranking = " › ".join(codes.get(o, "?") for o in choices.ranked) if choices else ""
            fixed = (person.id, slot) in pinned
            cells = [person.display_name, labels.get(sub_id, self.tr("(not placed)")), choice, ranking,
                     self.tr("fixed") if fixed else ""]
            rows.append(Attendee(person, cells, rank, "\n".join(cells).casefold(), dutch_name_key(person), fixed))
        self._rows = sorted(rows, key=lambda r: r.name_key)
        self.endResetModel()

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Sub-session"), self.tr("Choice"), self.tr("Ranking"), self.tr("By hand")]

    def sort_key(self, column: int):
        if column == 0:
            return lambda row: row.name_key
        if column == 2:
            return lambda row: (row.rank is None, row.rank or 0)
        return lambda row: row.cells[column].casefold()

    def person(self, row: int) -> Participant:
        return self._rows[row].person

    def search_text(self, row: int) -> str:
        return self._rows[row].search

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
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            if row.cells[1] and row.rank == 1:
                return ink("good")
            if row.cells[2] == self.tr("not ranked"):
                return ink("bad")
        return None
