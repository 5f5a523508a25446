"""One column of an agenda item's board: its notes grouped under theme headers, as a flat list.

:func:`build_board` sorts an item's notes into columns (the work form's
categories first, then any others the notes use) and, inside a column, into
theme groups in theme order, with the unclustered notes last.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from facilitator.core.model import Theme
from facilitator.ui.models.roles import Index, KindRole, RecordRole
from facilitator.ui.queries import NoteRow


@dataclass(frozen=True)
class BoardEntry:
    """A row of a board column: a theme header ("header") or a note ("note")."""

    kind: str
    title: str
    note: NoteRow | None = None
    count: int = 0
    dots: int = 0
    table: str = ""


@dataclass
class BoardColumn:
    category: str
    entries: list[BoardEntry] = field(default_factory=list)

    @property
    def note_count(self) -> int:
        return sum(1 for e in self.entries if e.kind == "note")


def board_categories(form_categories: list[str], notes: list[NoteRow]) -> list[str]:
    """The work form's categories, then those only the notes use ('' last, for notes without one)."""
    used = dict.fromkeys(n.category for n in notes)
    ordered = list(dict.fromkeys(form_categories)) + [c for c in used if c and c not in form_categories]
    return ordered + ([""] if "" in used else [])


def build_board(form_categories: list[str], notes: list[NoteRow], themes: list[Theme], dots: dict[int, int],
                tables: dict[int, str], unclustered: str) -> list[BoardColumn]:
    """Columns of one board; ``dots`` maps theme id -> dot total, ``unclustered`` names the last group."""
    order = {t.id: n for n, t in enumerate(sorted(themes, key=lambda t: (t.position, t.id)))}
    names = {t.id: t.name for t in themes}
    columns = []
    for category in board_categories(form_categories, notes):
        groups: dict[int | None, list[NoteRow]] = {}
        for note in notes:
            if note.category == category:
                groups.setdefault(note.theme_id if note.theme_id in names else None, []).append(note)
        column = BoardColumn(category)
        for theme_id in sorted(groups, key=lambda t: order.get(t, len(order))):
            members = groups[theme_id]
            title = names[theme_id] if theme_id is not None else unclustered
            column.entries.append(BoardEntry("header", title, count=len(members), dots=dots.get(theme_id, 0)))
            column.entries.extend(BoardEntry("note", n.text, n, table=tables.get(n.table_id, "")) for n in members)
        columns.append(column)
    return columns


class BoardColumnModel(QAbstractListModel):
    """The entries of one :class:`BoardColumn`; painted by the note delegate."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[BoardEntry] = []

    def set_entries(self, entries: list[BoardEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> BoardEntry:
        return self._entries[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._entries)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and self._entries[index.row()].kind == "header":
            return Qt.ItemFlag.ItemIsEnabled
        return super().flags(index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return entry.title
        if role == RecordRole:
            return entry
        if role == KindRole:
            return entry.kind
        if role == Qt.ItemDataRole.ToolTipRole:  # a long theme name is elided in its header
            return entry.note.text if entry.note is not None else entry.title
        return None
