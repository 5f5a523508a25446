"""The programme as a table: planned start, duration, title, kind, work form, pin, flexibility, actual times.

When ``editable`` is set the rows can be dragged to another place and the
title and duration edited in place; the model changes nothing itself but asks
(``move_requested``, ``edit_requested``), and whoever owns the document
writes the change and hands it fresh rows.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from facilitator.ui.models.row_table import RowTableModel
from facilitator.core.model import AgendaKind
from facilitator.core.schedule import ScheduledItem, format_minutes
from facilitator.ui.labels import clock, kind_label
from facilitator.ui.models.roles import Index, RecordRole
from facilitator.ui.widgets.icons import pin_icon, warning_icon
from facilitator.ui.widgets.tones import ink, tint

START, DURATION, TITLE, KIND, WORK_FORM, PINNED, FLEXIBLE, ACTUAL = range(8)
MIME_TYPE = "application/x-facilitator-agenda-item"


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

    #: (item id, row it should have after the move)
    move_requested = Signal(int, int)
    #: (item id, field name, new value) from editing a cell
    edit_requested = Signal(int, str, object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ScheduledItem] = []
        self._forms: dict[int, str] = {}
        self.editable = False
        self._headers = [self.tr("Start"), self.tr("Duration"), self.tr("Title"), self.tr("Kind"),
                         self.tr("Work form"), self.tr("Pinned"), self.tr("Flexible"), self.tr("Actual")]

    def set_rows(self, rows: list[ScheduledItem], work_form_names: dict[int, str]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._forms = dict(work_form_names)
        self.endResetModel()

    def entry(self, row: int) -> ScheduledItem:
        return self._rows[row]

    def row_of(self, item_id: int | None) -> int:
        """The row showing the item with this id, -1 if none."""
        return next((n for n, e in enumerate(self._rows) if e.item.id == item_id), -1)

    # -- editing and moving ----------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.editable else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
            if index.column() in (TITLE, DURATION):
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 (Qt API)
        if not (self.editable and index.isValid() and role == Qt.ItemDataRole.EditRole):
            return False
        item = self._rows[index.row()].item
        if index.column() == TITLE and str(value).strip() and str(value).strip() != item.title:
            self.edit_requested.emit(item.id, "title", str(value).strip())
            return True
        if index.column() == DURATION and int(value) > 0 and int(value) != item.planned_minutes:
            self.edit_requested.emit(item.id, "planned_minutes", int(value))
            return True
        return False

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        rows = sorted({index.row() for index in indexes if index.isValid()})
        data = QMimeData()
        if rows:
            data.setData(MIME_TYPE, QByteArray(str(self._rows[rows[0]].item.id).encode("ascii")))
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        return self.editable and action == Qt.DropAction.MoveAction and data.hasFormat(MIME_TYPE)

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        """A dragged row dropped between rows (``row``) or onto one (``parent``): ask to move it there."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            item_id = int(bytes(data.data(MIME_TYPE).data()).decode("ascii"))
        except ValueError:
            return False
        source = self.row_of(item_id)
        if source < 0:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
            if parent.isValid() and row > source:
                row += 1  # dropped onto a row below: it goes in that row's place, after it
        return self.moveRows(QModelIndex(), source, 1, QModelIndex(), row)

    def moveRows(self, source_parent, source_row: int, count: int, destination_parent,  # noqa: N802
                 destination_child: int) -> bool:
        """Qt's move (``destination_child`` counts rows before the move); emits ``move_requested``."""
        if not self.editable or count != 1 or source_parent.isValid() or destination_parent.isValid():
            return False
        if not 0 <= source_row < len(self._rows):
            return False
        target = destination_child if destination_child <= source_row else destination_child - 1
        target = max(0, min(target, len(self._rows) - 1))
        if target == source_row:
            return False
        self.move_requested.emit(self._rows[source_row].item.id, target)
        return True

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: N802
        return False  # a drag that moved a row must not remove it afterwards: the move is done by the owner

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry, column = self._rows[index.row()], index.column()
        item = entry.item
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.EditRole:
            return item.planned_minutes if column == DURATION else self._display(entry, column)
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
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (START, DURATION, PINNED, FLEXIBLE):
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
        if column == FLEXIBLE:
            return self.flexible_text(item)
        if column == ACTUAL:
            return actual_text(entry)
        return ""

    def flexible_text(self, item) -> str:
        """'fixed' (never shortened), 'min 20' (may be shortened to 20 min) or '' (may be shortened freely)."""
        if not item.flexible:
            return self.tr("fixed")
        if item.min_minutes:
            return self.tr("min {minutes}").format(minutes=format_minutes(item.min_minutes))
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
        if column == FLEXIBLE:
            if not entry.item.flexible:
                return self.tr("Fixed: absorbing an overrun never shortens this item.")
            return self.tr("Flexible: absorbing an overrun may shorten this item, down to {minutes} min.").format(
                minutes=entry.item.min_minutes or 0)
        if column == TITLE and entry.item.facilitator_notes:
            return entry.item.facilitator_notes
        return None
