"""The programme planned against actual: per item the planned and the recorded times and the difference."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.ui.models.row_table import RowTableModel
from facilitator.core.model import AgendaKind
from facilitator.core.schedule import ScheduledItem, format_minutes
from facilitator.ui.labels import clock
from facilitator.ui.models.roles import Index, RecordRole
from facilitator.ui.widgets.tones import ink, tint

TITLE, PLANNED, PLANNED_MIN, ACTUAL, ACTUAL_MIN, DIFFERENCE = range(6)


def actual_minutes(entry: ScheduledItem) -> int | None:
    item = entry.item
    if item.actual_start is None or item.actual_end is None:
        return None
    return round((item.actual_end - item.actual_start).total_seconds() / 60)


class ProgrammeModel(RowTableModel):
    """One row per agenda item; actual columns stay empty where nothing was recorded."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ScheduledItem] = []
        self._headers = [self.tr("Agenda item"), self.tr("Planned"), self.tr("Min"), self.tr("Actual"),
                         self.tr("Min"), self.tr("Difference")]

    def set_rows(self, rows: list[ScheduledItem]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def recorded(self) -> int:
        """How many items have a recorded start and end."""
        return sum(1 for e in self._rows if actual_minutes(e) is not None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry, column = self._rows[index.row()], index.column()
        minutes = actual_minutes(entry)
        if role == Qt.ItemDataRole.DisplayRole:
            item = entry.item
            if column == TITLE:
                return item.title
            if column == PLANNED:
                return f"{clock(entry.start)}–{clock(entry.end)}"
            if column == PLANNED_MIN:
                return format_minutes(item.planned_minutes)
            if column == ACTUAL and item.actual_start is not None:
                return f"{clock(item.actual_start)}–{clock(item.actual_end)}"
            if column == ACTUAL_MIN and minutes is not None:
                return format_minutes(minutes)
            if column == DIFFERENCE and minutes is not None:
                delta = minutes - item.planned_minutes
                return f"+{format_minutes(delta)}" if delta > 0 else format_minutes(delta)
            return ""
        if role == RecordRole:
            return entry
        if role == Qt.ItemDataRole.ForegroundRole and column == DIFFERENCE and minutes is not None:
            delta = minutes - entry.item.planned_minutes
            return ink("bad") if delta > 0 else ink("good")
        if role == Qt.ItemDataRole.BackgroundRole and entry.item.kind == AgendaKind.BREAK:
            return tint("break")
        if role == Qt.ItemDataRole.TextAlignmentRole and column != TITLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
