"""One column of an agenda item's board, as a flat list of theme headers and notes, with drag-and-drop data.

Two layouts: :func:`build_board` sorts an item's notes into a column per
category (the work form's categories first, then any others the notes use)
with theme groups inside, unclustered notes last; :func:`build_theme_board`
gives a column per theme (its header first) and one of the notes not yet
clustered (first), each note showing its category. A drag carries the ids of the
dragged notes and themes in :data:`MIME_TYPE`; the model never writes — an
inline edit is handed on through :attr:`BoardColumnModel.text_edited`.
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, Qt, Signal

from facilitator.core.model import Theme
from facilitator.ui.models.roles import Index, KindRole, RecordRole
from facilitator.ui.queries import NoteRow

#: The drag format of board entries: JSON {"notes": [ids], "themes": [ids]}.
MIME_TYPE = "application/x-facilitator-board"

BY_CATEGORY, BY_THEME = "category", "theme"


@dataclass(frozen=True)
class BoardEntry:
    """A row of a board column: a theme header ("header") or a note ("note").

    A header's ``theme_id`` is None for the "not clustered" group; ``tables``
    names the tables its notes came from. A note's ``category`` is shown only
    in the theme layout.
    """

    kind: str
    title: str
    note: NoteRow | None = None
    count: int = 0
    dots: int = 0
    table: str = ""
    theme_id: int | None = None
    tables: str = ""
    table_count: int = 0
    category: str = ""


@dataclass
class BoardColumn:
    """A column: a category (``kind`` "category"), a theme ("theme") or the unclustered notes ("unclustered")."""

    category: str
    entries: list[BoardEntry] = field(default_factory=list)
    kind: str = "category"
    theme_id: int | None = None

    @property
    def note_count(self) -> int:
        return sum(1 for e in self.entries if e.kind == "note")


@dataclass(frozen=True)
class DragPayload:
    """What a drag carries: note ids and theme ids."""

    notes: tuple[int, ...] = ()
    themes: tuple[int, ...] = ()

    def to_mime(self) -> QMimeData:
        mime = QMimeData()
        mime.setData(MIME_TYPE, QByteArray(json.dumps({"notes": self.notes, "themes": self.themes}).encode()))
        return mime

    @classmethod
    def from_mime(cls, mime: QMimeData) -> "DragPayload | None":
        if mime is None or not mime.hasFormat(MIME_TYPE):
            return None
        try:
            found = json.loads(bytes(mime.data(MIME_TYPE)).decode())
            return cls(tuple(int(i) for i in found.get("notes", ())), tuple(int(i) for i in found.get("themes", ())))
        except (ValueError, TypeError, AttributeError):
            return None


def board_categories(form_categories: list[str], notes: list[NoteRow]) -> list[str]:
    """The work form's categories, then those only the notes use ('' last, for notes without one)."""
    used = dict.fromkeys(n.category for n in notes)
    ordered = list(dict.fromkeys(form_categories)) + [c for c in used if c and c not in form_categories]
    return ordered + ([""] if "" in used else [])


def short_table(name: str) -> str:
    """"Tafel 3" -> "T3"; a name without a number stays as it is."""
    found = re.fullmatch(r"\D*?(\d+)\s*", name)
    return f"T{found.group(1)}" if found else name


def tables_label(notes: list[NoteRow], tables: dict[int, str], most: int = 5) -> tuple[str, int]:
    """The tables a theme's notes came from: (short names "T1 T3 T5", or "" when more than ``most``; how many)."""
    used = sorted({n.table_id for n in notes if n.table_id in tables}, key=lambda t: (len(tables[t]), tables[t]))
    return ("" if len(used) > most else " ".join(short_table(tables[t]) for t in used)), len(used)


def _ordered(themes: list[Theme]) -> list[Theme]:
    return sorted(themes, key=lambda t: (t.position, t.id or 0))


def build_board(form_categories: list[str], notes: list[NoteRow], themes: list[Theme], dots: dict[int, int],
                tables: dict[int, str], unclustered: str) -> list[BoardColumn]:
    """Columns per category; ``dots`` maps theme id -> dot total, ``unclustered`` names the last group.

    Themes without any note (just made, to drop notes on) are shown at the top of the first column.
    """
    order = {t.id: n for n, t in enumerate(_ordered(themes))}
    names = {t.id: t.name for t in themes}
    by_theme: dict[int, list[NoteRow]] = {}
    for note in notes:
        if note.theme_id in names:
            by_theme.setdefault(note.theme_id, []).append(note)
    columns = []
    for category in board_categories(form_categories, notes):
        groups: dict[int | None, list[NoteRow]] = {}
        for note in notes:
            if note.category == category:
                groups.setdefault(note.theme_id if note.theme_id in names else None, []).append(note)
        column = BoardColumn(category)
        if not columns:
            for theme in _ordered(themes):
                if theme.id not in by_theme:
                    column.entries.append(BoardEntry("header", theme.name, dots=dots.get(theme.id, 0),
                                                     theme_id=theme.id))
        for theme_id in sorted(groups, key=lambda t: order.get(t, len(order))):
            members = groups[theme_id]
            title = names[theme_id] if theme_id is not None else unclustered
            spread, spread_count = tables_label(by_theme.get(theme_id, []), tables) if theme_id is not None else ("", 0)
            column.entries.append(BoardEntry("header", title, count=len(members), dots=dots.get(theme_id, 0),
                                             theme_id=theme_id, tables=spread, table_count=spread_count))
            column.entries.extend(BoardEntry("note", n.text, n, table=tables.get(n.table_id, ""), theme_id=n.theme_id)
                                  for n in members)
        columns.append(column)
    if not columns and themes:
        columns.append(BoardColumn("", [BoardEntry("header", t.name, dots=dots.get(t.id, 0), theme_id=t.id)
                                        for t in _ordered(themes)]))
    return columns


def build_theme_board(notes: list[NoteRow], themes: list[Theme], dots: dict[int, int], tables: dict[int, str],
                      unclustered: str, no_category: str = "") -> list[BoardColumn]:
    """A first column of the notes not clustered yet, then a column per theme (its header first, then its notes)."""
    names = {t.id: t.name for t in themes}
    members: dict[int | None, list[NoteRow]] = {}
    for note in notes:
        members.setdefault(note.theme_id if note.theme_id in names else None, []).append(note)

    def note_entries(rows: list[NoteRow]) -> list[BoardEntry]:
        return [BoardEntry("note", n.text, n, table=tables.get(n.table_id, ""), theme_id=n.theme_id,
                           category=n.category or no_category) for n in rows]

    columns = []
    for theme in _ordered(themes):
        rows = members.get(theme.id, [])
        spread, spread_count = tables_label(rows, tables)
        header = BoardEntry("header", theme.name, count=len(rows), dots=dots.get(theme.id, 0), theme_id=theme.id,
                            tables=spread, table_count=spread_count)
        columns.append(BoardColumn(theme.name, [header, *note_entries(rows)], kind="theme", theme_id=theme.id))
    rows = members.get(None, [])
    loose = BoardColumn(unclustered, [BoardEntry("header", unclustered, count=len(rows)), *note_entries(rows)],
                        kind="unclustered")
    return [loose, *columns]  # the notes still to cluster first, where the eye starts


class BoardColumnModel(QAbstractListModel):
    """The entries of one :class:`BoardColumn`; painted by the note delegate, dragged as :class:`DragPayload`."""

    #: An inline edit finished: (entry, new text). The board's controller decides what to write.
    text_edited = Signal(object, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[BoardEntry] = []
        self.editable = True

    def set_entries(self, entries: list[BoardEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> BoardEntry:
        return self._entries[row]

    def entries(self) -> list[BoardEntry]:
        return list(self._entries)

    def row_of(self, *, note_id: int | None = None, theme_id: int | None = None) -> int:
        """The row of a note, or of a theme's header; -1 if this column has none."""
        for row, entry in enumerate(self._entries):
            if note_id is not None and entry.note is not None and entry.note.id == note_id:
                return row
            if theme_id is not None and entry.kind == "header" and entry.theme_id == theme_id:
                return row
        return -1

    def append_notes(self, entries: list[BoardEntry], unclustered: str) -> None:
        """Notes at the end of the "not clustered" group (a header for it first, if the column has none)."""
        header = next((r for r in range(len(self._entries) - 1, -1, -1) if self._entries[r].kind == "header"), -1)
        if header < 0 or self._entries[header].theme_id is not None:
            entries = [BoardEntry("header", unclustered), *entries]
            header = len(self._entries)
        start = len(self._entries)
        self.beginInsertRows(QModelIndex(), start, start + len(entries) - 1)
        self._entries.extend(entries)
        self.endInsertRows()
        old = self._entries[header]
        self._entries[header] = dataclasses.replace(old, count=sum(
            1 for e in self._entries[header + 1:] if e.kind == "note"))
        self.dataChanged.emit(self.index(header), self.index(header))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._entries)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        entry = self._entries[index.row()]
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled | Qt.ItemFlag.ItemIsSelectable
        if entry.kind == "note" or entry.theme_id is not None:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
            if self.editable:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.EditRole):
            return entry.title
        if role == RecordRole:
            return entry
        if role == KindRole:
            return entry.kind
        if role == Qt.ItemDataRole.ToolTipRole:  # a long theme name is elided in its header
            return entry.note.text if entry.note is not None else entry.title
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 (Qt API)
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        entry = self._entries[index.row()]
        text = str(value).strip()
        if text == entry.title:
            return False
        self.text_edited.emit(entry, text)
        return True

    # -- drag and drop --------------------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:  # noqa: N802 (Qt API)
        return [MIME_TYPE]

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 (Qt API)
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 (Qt API)
        return Qt.DropAction.MoveAction

    def payload(self, indexes: list[QModelIndex]) -> DragPayload:
        notes, themes = [], []
        for index in sorted(indexes, key=lambda i: i.row()):
            entry = self._entries[index.row()]
            if entry.kind == "note":
                notes.append(entry.note.id)
            elif entry.theme_id is not None:
                themes.append(entry.theme_id)
        return DragPayload(tuple(dict.fromkeys(notes)), tuple(dict.fromkeys(themes)))

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802 (Qt API)
        return self.payload(indexes).to_mime()
