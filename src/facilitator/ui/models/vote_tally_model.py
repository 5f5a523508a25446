"""The tally grid of one dot vote: a row per theme (or note), a column per table plus one for a single total.

A cell shows the dots counted for that theme at that table (empty: none).
Typing in a cell does not change the model: :meth:`setData` asks for the
change on ``dots_entered`` (target, table id, dots); the vote dialog writes
it through the board editor and hands the tallies back with
:meth:`set_tallies`, so undo and the file always agree with the grid.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from facilitator.core import votes
from facilitator.core.model import VoteTally
from facilitator.ui.models.roles import Index
from facilitator.ui.widgets.tones import ink


class VoteTallyModel(QAbstractTableModel):
    """Rows: ``(target, name)``; columns: ``(table id or None, name)``; cells from the vote's tallies."""

    #: The user typed a number: (target, table id or None, dots).
    dots_entered = Signal(object, object, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[votes.Target, str]] = []
        self._columns: list[tuple[int | None, str]] = []
        self._cells: dict[tuple[votes.Target, int | None], list[VoteTally]] = {}
        self._entered: dict[int | None, int] = {}

    # -- filling -------------------------------------------------------------------------------

    def set_grid(self, rows: list[tuple[votes.Target, str]], columns: list[tuple[int | None, str]],
                 tallies: list[VoteTally]) -> None:
        self.beginResetModel()
        self._rows, self._columns = list(rows), list(columns)
        self._fill(tallies)
        self.endResetModel()

    def set_tallies(self, tallies: list[VoteTally]) -> None:
        """New tallies for the same rows and columns: only the cells (and table headers) that changed repaint,
        the cursor stays (a G1000 grid has 10,000 cells)."""
        before = self._sums()
        entered = dict(self._entered)
        self._fill(tallies)
        after = self._sums()
        rows = {target: row for row, (target, _name) in enumerate(self._rows)}
        columns = {table_id: column for column, (table_id, _name) in enumerate(self._columns)}
        for target, table_id in {key for key in before.keys() | after.keys() if before.get(key) != after.get(key)}:
            if target in rows and table_id in columns:
                index = self.index(rows[target], columns[table_id])
                self.dataChanged.emit(index, index)
        for table_id in {t for t in entered.keys() | self._entered.keys() if bool(entered.get(t)) !=
                         bool(self._entered.get(t))}:
            if table_id in columns:
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, columns[table_id], columns[table_id])

    def _sums(self) -> dict:
        return {key: sum(t.dots for t in tallies) for key, tallies in self._cells.items()}

    def _fill(self, tallies: list[VoteTally]) -> None:
        self._cells = votes.cell_tallies(tallies)
        self._entered = votes.per_table(tallies)

    # -- reading -------------------------------------------------------------------------------

    def target(self, row: int) -> votes.Target:
        return self._rows[row][0]

    def table_id(self, column: int) -> int | None:
        return self._columns[column][0]

    def column_name(self, column: int) -> str:
        return self._columns[column][1]

    def cell(self, row: int, column: int) -> list[VoteTally]:
        return self._cells.get((self.target(row), self.table_id(column)), [])

    def dots(self, row: int, column: int) -> int | None:
        tallies = self.cell(row, column)
        return sum(t.dots for t in tallies) if tallies else None

    def waiting(self, column: int) -> bool:
        """A table column nothing was entered in yet (the single-total column never waits)."""
        table_id = self.table_id(column)
        return table_id is not None and not self._entered.get(table_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            dots = self.dots(index.row(), index.column())
            return "" if dots is None else str(dots)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and section < len(self._rows):
                return self._rows[section][1]
            return None
        if section >= len(self._columns):
            return None
        waiting = self.waiting(section)
        if role == Qt.ItemDataRole.DisplayRole:
            name = self._columns[section][1]
            return f"○ {name}" if waiting else name
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.table_id(section) is None:
                return self.tr("One total for the whole room, without tables")
            if waiting:
                return self.tr("This table has not entered any dots yet")
            return self.tr("%n dots entered", "", self._entered.get(self.table_id(section), 0))
        if role == Qt.ItemDataRole.FontRole and waiting:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and waiting:
            return ink("muted")
        return None

    # -- editing -------------------------------------------------------------------------------

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value).strip() if value is not None else ""
        try:
            dots = int(text) if text else 0
        except ValueError:
            return False
        if dots < 0:
            return False
        if dots == (self.dots(index.row(), index.column()) or 0):
            return True  # nothing changed (an empty cell left empty, the same number typed again)
        self.dots_entered.emit(self.target(index.row()), self.table_id(index.column()), dots)
        return True
