"""Action items and recommendations as tables: the report's (from which theme) and the Notes screen's overview
(with the whole path note → theme → vote, and a filter by kind and agenda item)."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont

from facilitator.ui.models.row_table import RowTableModel
from facilitator.core.model import ActionItem, ActionKind
from facilitator.ui.labels import action_kind_label, short_date
from facilitator.ui.models.roles import Index, RecordRole

ItemRole = Qt.ItemDataRole.UserRole + 40

KIND, TEXT, OWNER, DUE, SOURCE = range(5)


class ActionModel(RowTableModel):
    """Agreements first, then recommendations, each in their own order; ``RecordRole`` gives the record."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[ActionItem, list[str]]] = []
        self._headers = [self.tr("Kind"), self.tr("Text"), self.tr("Owner"), self.tr("Due"), self.tr("From theme")]

    def set_actions(self, actions: list[ActionItem], themes: dict[int, str]) -> None:
        ordered = sorted(actions, key=lambda a: (a.kind != ActionKind.ACTION, a.position, a.id or 0))
        self.beginResetModel()
        self._rows = [(a, [action_kind_label(a.kind), a.text, a.owner, short_date(a.due_date),
                           themes.get(a.source_theme_id, "")]) for a in ordered]
        self.endResetModel()

    def action(self, row: int) -> ActionItem:
        return self._rows[row][0]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        action, cells = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cells[index.column()]
        if role == RecordRole:
            return action
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == TEXT:
            return action.text
        if role == Qt.ItemDataRole.FontRole and index.column() == KIND and action.kind == ActionKind.RECOMMENDATION:
            font = QFont()
            font.setBold(True)
            return font
        return None


# -- the overview on the Notes screen: every action of the day with its path ----------------------------

O_KIND, O_TEXT, O_OWNER, O_DUE, O_ITEM, O_PATH = range(6)


def shorten(text: str, limit: int = 48) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0].rstrip(",.;:") + "…"


class ActionOverviewModel(RowTableModel):
    """Kind, text, owner, due date, agenda item and the path ("Note ‘…’ → theme ‘Wonen’ → 2nd of 7, 47 dots").

    ``RecordRole`` gives the ActionItem; ``ItemRole`` its agenda item id (for the filter).
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[ActionItem, list[str]]] = []
        self._headers = [self.tr("Kind"), self.tr("Text"), self.tr("Owner"), self.tr("Due"), self.tr("Agenda item"),
                         self.tr("Came from")]

    def set_overview(self, overview) -> None:
        """``overview``: a :class:`facilitator.ui.action_data.Overview`."""
        self.beginResetModel()
        self._rows = []
        for action in overview.actions:
            item = overview.items.get(action.agenda_item_id)
            path = overview.paths.get(action.id)
            self._rows.append((action, [action_kind_label(action.kind), action.text, action.owner,
                                        short_date(action.due_date), item.title if item else "",
                                        self.path_text(path) if path else ""]))
        self.endResetModel()

    def path_text(self, path) -> str:
        """The path in words: note → theme → place in the vote(s)."""
        steps = []
        if path.note_id is not None:
            steps.append(self.tr("Note ‘{text}’").format(text=shorten(path.note_text)))
        if path.theme_id is not None:
            if steps:
                steps.append(self.tr("theme ‘{name}’").format(name=path.theme_name))
            else:
                steps.append(self.tr("Theme ‘{name}’ (%n notes)", "", len(path.theme_note_ids)).format(
                    name=path.theme_name))
        several = len({p.vote_id for p in path.places}) > 1
        for place in path.places:
            where = self.tr("ranked {rank} with %n dots", "", place.dots).format(rank=place.rank)
            steps.append(self.tr("{vote}: {place}").format(vote=place.vote_title, place=where) if several else where)
        return " → ".join(steps)

    def action(self, row: int) -> ActionItem:
        return self._rows[row][0]

    def row_of(self, action_id: int | None) -> int:
        return next((r for r, (a, _) in enumerate(self._rows) if a.id == action_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        action, cells = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cells[index.column()]
        if role == RecordRole:
            return action
        if role == ItemRole:
            return action.agenda_item_id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (O_TEXT, O_PATH):
            return cells[index.column()]
        if role == Qt.ItemDataRole.FontRole and index.column() == O_KIND and action.kind == ActionKind.RECOMMENDATION:
            font = QFont()
            font.setBold(True)
            return font
        return None


class ActionFilterProxy(QSortFilterProxyModel):
    """Shows one kind and/or one agenda item's actions (None: all)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.kind: ActionKind | None = None
        self.item_id: int | None = None

    def set_filter(self, kind: ActionKind | None, item_id: int | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
            self.beginFilterChange()
            self.kind, self.item_id = kind, item_id
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.kind, self.item_id = kind, item_id
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802 (Qt API)
        action = self.sourceModel().action(row)
        return ((self.kind is None or action.kind == self.kind)
                and (self.item_id is None or action.agenda_item_id == self.item_id))
