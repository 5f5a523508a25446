"""All sticky notes of the session as one flat table (text, category, theme, table, agenda item), for search."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from facilitator.ui.models.row_table import RowTableModel
from facilitator.ui.models.roles import Index, RecordRole, SearchRole
from facilitator.ui.models.sortable import SortableRows
from facilitator.ui.queries import NoteRow
from facilitator.ui.widgets.tones import ink

TEXT, CATEGORY, THEME, TABLE, ITEM = range(5)


class Row(NamedTuple):
    note: NoteRow
    cells: tuple[str, str, str, str, str]
    search: str
    order: int  # board order, the default sort


class NoteListModel(SortableRows, RowTableModel):
    """One row per note; names of themes, tables and agenda items are resolved once, at load."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._headers = [self.tr("Note"), self.tr("Category"), self.tr("Theme"), self.tr("Table"),
                         self.tr("Agenda item")]
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_notes(self, notes: list[NoteRow], themes: dict[int, str], tables: dict[int, str],
                  items: dict[int, str]) -> None:
        quote, hidden = self.tr("quote"), self.tr("hidden")
        rows = []
        for order, note in enumerate(notes):
            cells = (note.text, note.category, themes.get(note.theme_id, ""), tables.get(note.table_id, ""),
                     items.get(note.agenda_item_id, ""))
            flags = (quote if note.is_quote else "", hidden if note.hidden else "")
            rows.append(Row(note, cells, "\n".join(cells + flags).casefold(), order))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def sort_key(self, column: int):
        if column == ITEM:
            return lambda row: row.order  # agenda items sort in programme order, not by title
        return lambda row: (row.cells[column].casefold(), row.order)

    def note(self, row: int) -> NoteRow:
        return self._rows[row].note

    def search_text(self, row: int) -> str:
        return self._rows[row].search

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
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
