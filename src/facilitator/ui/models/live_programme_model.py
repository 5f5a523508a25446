"""The programme as the live run sees it: planned start, projected (or actual) start, delay, minutes, title."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from facilitator.core.model import AgendaKind
from facilitator.core.projection import ItemStatus, Projection, ProjectedItem
from facilitator.core.schedule import format_minutes
from facilitator.ui.labels import clock
from facilitator.ui.models.roles import Index, RecordRole
from facilitator.ui.models.row_table import RowTableModel
from facilitator.ui.widgets.icons import pin_icon
from facilitator.ui.widgets.tones import ink, tint

PLANNED, PROJECTED, DELAY, MINUTES, TITLE = range(5)
MARKS = {ItemStatus.DONE: "✓", ItemStatus.CURRENT: "▶", ItemStatus.SKIPPED: "–", ItemStatus.UPCOMING: ""}


def delay_text(minutes: int) -> str:
    """'+12', '−3' (a real minus sign) or '' when on time."""
    if minutes > 0:
        return f"+{minutes}"
    if minutes < 0:
        return f"−{-minutes}"
    return ""


def _shown(row: ProjectedItem) -> tuple:
    """What a row shows; when this is unchanged, the row needs no repaint."""
    item = row.item
    return (row.status, clock(row.planned_start), clock(row.start), clock(row.end), row.delay_minutes,
            item.title, item.planned_minutes, item.kind, item.pinned_start)


class LiveProgrammeModel(RowTableModel):
    """One row per item of the projection; ``RecordRole`` gives the ProjectedItem."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ProjectedItem] = []
        self._headers = [self.tr("Planned"), self.tr("Now"), self.tr("Delay"), self.tr("Min"),
                         self.tr("Agenda item")]

    def set_projection(self, projection: Projection | None) -> None:
        """Show ``projection``; the same items in the same order only repaint (no reset, the view keeps its place)."""
        rows = list(projection.items) if projection is not None else []
        if [r.item.id for r in rows] == [r.item.id for r in self._rows] and rows:
            old, self._rows = self._rows, rows
            last = len(self._headers) - 1
            for number, (before, now) in enumerate(zip(old, rows)):
                if _shown(before) != _shown(now):  # most seconds change nothing a row shows
                    self.dataChanged.emit(self.index(number, 0), self.index(number, last))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, number: int) -> ProjectedItem:
        return self._rows[number]

    def current_row(self) -> int:
        return next((n for n, r in enumerate(self._rows) if r.status == ItemStatus.CURRENT), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        status = row.status
        if role == Qt.ItemDataRole.DisplayRole:
            if column == PLANNED:
                return clock(row.planned_start)
            if column == PROJECTED:
                return "" if status == ItemStatus.SKIPPED else clock(row.start)
            if column == DELAY:
                return "" if status == ItemStatus.SKIPPED else delay_text(row.delay_minutes)
            if column == MINUTES:
                return format_minutes(row.item.planned_minutes)
            if column == TITLE:
                mark = MARKS[status]
                title = f"{mark}  {row.item.title}" if mark else row.item.title
                return title + ("  " + self.tr("(skipped)") if status == ItemStatus.SKIPPED else "")
            return None
        if role == RecordRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.DecorationRole and column == PLANNED and row.item.pinned_start is not None:
            return pin_icon()
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(status == ItemStatus.CURRENT or (column == DELAY and status == ItemStatus.UPCOMING))
            font.setItalic(status == ItemStatus.SKIPPED)
            font.setStrikeOut(status == ItemStatus.SKIPPED and column == TITLE)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if status in (ItemStatus.DONE, ItemStatus.SKIPPED):
                return ink("muted")
            if column == DELAY:
                minutes = row.delay_minutes
                return ink("good") if minutes < 0 else ink("bad") if minutes >= 5 else ink("warn")
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if status == ItemStatus.CURRENT:
                return tint("accent")
            if row.item.kind == AgendaKind.BREAK:
                return tint("break")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column != TITLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _tooltip(self, row: ProjectedItem) -> str:
        if row.status == ItemStatus.DONE:
            return self.tr("Held %1–%2, planned %3–%4").replace("%1", clock(row.start)).replace(
                "%2", clock(row.end)).replace("%3", clock(row.planned_start)).replace("%4", clock(row.planned_end))
        if row.status == ItemStatus.SKIPPED:
            return self.tr("Skipped: not held")
        return self.tr("Projected %1–%2, planned %3–%4").replace("%1", clock(row.start)).replace(
            "%2", clock(row.end)).replace("%3", clock(row.planned_start)).replace("%4", clock(row.planned_end))
