"""All sticky notes of the session as one flat table (text, category, theme, table, agenda item), for search.

Loaded once (:meth:`NoteListModel.set_notes`); a typed note is inserted where
the current sort puts it (:meth:`NoteListModel.add_notes`), found by a binary
search, so adding one note to 10,000 costs a few row comparisons.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont

from facilitator.ui.models.row_table import RowTableModel
from facilitator.ui.models.roles import Index, RecordRole, SearchRole
from facilitator.ui.models.sortable import SortableRows
from facilitator.ui.queries import NoteRow
from facilitator.ui.widgets.tones import ink

TEXT, CATEGORY, THEME, TABLE, ITEM = range(5)
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, SearchRole, RecordRole, Qt.ItemDataRole.ForegroundRole,
                    Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole})


class Row(NamedTuple):
    note: NoteRow
    cells: tuple[str, str, str, str, str]
    search: str
    order: tuple[int, int]  # board order, the default sort: (agenda item id, load/insert sequence)


class NoteListModel(SortableRows, RowTableModel):
    """One row per note; names of themes, tables and agenda items are resolved once, at load."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._headers = [self.tr("Note"), self.tr("Category"), self.tr("Theme"), self.tr("Table"),
                         self.tr("Agenda item")]
        self._italic = QFont()
        self._italic.setItalic(True)
        self._sorted: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._sequence = 0

    def set_notes(self, notes: list[NoteRow], themes: dict[int, str], tables: dict[int, str],
                  items: dict[int, str]) -> None:
        """``notes`` in board order (as ``queries.note_rows`` reads them); the dicts name ids."""
        self._sequence = 0
        rows = [self._row(note, themes, tables, items) for note in notes]
        self.beginResetModel()
        self._rows = rows
        self._sorted = (-1, Qt.SortOrder.AscendingOrder)
        self.endResetModel()

    def _row(self, note: NoteRow, themes: dict[int, str], tables: dict[int, str], items: dict[int, str]) -> Row:
        cells = (note.text, note.category, themes.get(note.theme_id, ""), tables.get(note.table_id, ""),
                 items.get(note.agenda_item_id, ""))
        flags = (self.tr("quote") if note.is_quote else "", self.tr("hidden") if note.hidden else "")
        self._sequence += 1
        return Row(note, cells, "\n".join(cells + flags).casefold(), (note.agenda_item_id, self._sequence))

    def add_notes(self, notes: list[NoteRow], themes: dict[int, str], tables: dict[int, str],
                  items: dict[int, str]) -> None:
        """Insert new notes (last on their item's board) where the current sort order puts them."""
        column, order = self._sorted
        key = self.sort_key(column) if column >= 0 else (lambda row: row.order)
        descending = order == Qt.SortOrder.DescendingOrder
        for note in notes:
            row = self._row(note, themes, tables, items)
            at = self._insertion_point(key(row), key, descending)
            self.beginInsertRows(QModelIndex(), at, at)
            self._rows.insert(at, row)
            self.endInsertRows()

    def _insertion_point(self, wanted, key, descending: bool) -> int:
        """The first row that sorts after ``wanted`` (binary search; the rows are sorted by ``key``)."""
        low, high = 0, len(self._rows)
        while low < high:
            middle = (low + high) // 2
            here = key(self._rows[middle])
            after = here < wanted if descending else wanted < here
            if after:
                high = middle
            else:
                low = middle + 1
        return low

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        super().sort(column, order)
        if column >= 0 and self.sort_key(column) is not None:
            self._sorted = (column, order)

    def sort_key(self, column: int):
        if column == ITEM:
            return lambda row: row.order  # agenda items sort in programme order, not by title
        return lambda row: (row.cells[column].casefold(), row.order)

    def note(self, row: int) -> NoteRow:
        return self._rows[row].note

    def search_text(self, row: int) -> str:
        return self._rows[row].search

    def search_texts(self) -> list[str]:
        """Every row's search text, in row order (for a filter pass over all rows at once)."""
        return [row.search for row in self._rows]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row_number: int, column: int, role: int):
        """``data()`` without a model index (a filter over 10,000 rows asks this for every painted cell)."""
        if role not in _ROLES:
            return None
        row = self._rows[row_number]
        note = row.note
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TEXT and note.is_quote:
                return f"“{note.text}”"
            return row.cells[column]
        if role == SearchRole:
            return row.search
        if role == RecordRole:
            return note
        if role == Qt.ItemDataRole.ForegroundRole and note.hidden:
            return ink("muted")
        if role == Qt.ItemDataRole.FontRole and column == TEXT and note.is_quote:
            return self._italic
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT:
            return self.tr("Hidden note: {text}").format(text=note.text) if note.hidden else note.text
        return None
