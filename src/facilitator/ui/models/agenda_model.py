"""The programme as a table: planned start, duration, title, kind, work form, pin, actual times."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from facilitator.ui.models.row_table import RowTableModel
from facilitator.core.model import AgendaKind
from facilitator.core.schedule import ScheduledItem, format_minutes
from facilitator.ui.labels import clock, kind_label
from facilitator.ui.models.roles import Index, RecordRole
from facilitator.ui.widgets.icons import pin_icon, warning_icon
from facilitator.ui.widgets.tones import ink, tint

START, DURATION, TITLE, KIND, WORK_FORM, PINNED, ACTUAL = range(7)


def actual_text(entry: ScheduledItem) -> str:
    """'10:20–10:55 (+5)': recorded times and the overrun against the plan; '10:56–' while running."""
    item = entry.item
    if item.actual_start is None:
        return ""
    if item.actual_end is None:
        return f"{clock(item.actual_start)}–"
    minutes = (item.actual_end - item.actual_start).total_seconds() / 60
    delta = round(minutes - item.planned_minutes)
    suffix = f" ({delta:+d})" if delta else ""
    return f"{clock(item.actual_start)}–{clock(item.actual_end)}{suffix}"


class AgendaModel(RowTableModel):
    """One row per agenda item, in programme order; ``RecordRole`` gives the ScheduledItem."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ScheduledItem] = []
        self._forms: dict[int, str] = {}
        self._headers = [self.tr("Start"), self.tr("Duration"), self.tr("Title"), self.tr("Kind"),
                         self.tr("Work form"), self.tr("Pinned"), self.tr("Actual")]

    def set_rows(self, rows: list[ScheduledItem], work_form_names: dict[int, str]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._forms = dict(work_form_names)
        self.endResetModel()

    def entry(self, row: int) -> ScheduledItem:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry, column = self._rows[index.row()], index.column()
        item = entry.item
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == RecordRole:
            return entry
        if role == Qt.ItemDataRole.DecorationRole:
            if column == PINNED and item.pinned_start is not None:
                return pin_icon()
            if column == START and (entry.gap_before or entry.overlap_before):
                return warning_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            if entry.overlap_before:
                return tint("bad")
            if item.kind == AgendaKind.BREAK:
                return tint("break")
        if role == Qt.ItemDataRole.ForegroundRole and column == ACTUAL and item.actual_end is not None:
            over = (item.actual_end - item.actual_start).total_seconds() / 60 - item.planned_minutes
            return ink("bad") if over >= 1 else ink("good")
        if role == Qt.ItemDataRole.FontRole:
            if column == TITLE and item.kind != AgendaKind.BREAK:
                font = QFont()
                font.setBold(True)
                return font
            if item.kind == AgendaKind.BREAK:
                font = QFont()
                font.setItalic(True)
                return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (START, DURATION, PINNED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, entry: ScheduledItem, column: int) -> str:
        item = entry.item
        if column == START:
            return clock(entry.start)
        if column == DURATION:
            return format_minutes(item.planned_minutes)
        if column == TITLE:
            return item.title
        if column == KIND:
            return kind_label(item.kind)
        if column == WORK_FORM:
            return self._forms.get(item.work_form_id, "") if item.work_form_id else ""
        if column == PINNED:
            return clock(item.pinned_start)
        if column == ACTUAL:
            return actual_text(entry)
        return ""

    def _tooltip(self, entry: ScheduledItem, column: int) -> str | None:
        if column == START and entry.gap_before:
            return self.tr("The pinned start leaves {minutes} min unplanned before this item.").format(
                minutes=format_minutes(entry.gap_before.total_seconds() / 60))
        if column == START and entry.overlap_before:
            return self.tr("The items before run {minutes} min into this pinned start.").format(
                minutes=format_minutes(entry.overlap_before.total_seconds() / 60))
        if column == PINNED and entry.item.pinned_start is not None:
            return self.tr("Pinned: this item starts at {time} whatever runs before it.").format(
                time=clock(entry.item.pinned_start))
        if column == TITLE and entry.item.facilitator_notes:
            return entry.item.facilitator_notes
        return None
