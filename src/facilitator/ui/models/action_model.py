"""Action items and recommendations as a table: kind, text, owner, due date, the theme it came from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from facilitator.ui.models.row_table import RowTableModel
from facilitator.core.model import ActionItem, ActionKind
from facilitator.ui.labels import action_kind_label, short_date
from facilitator.ui.models.roles import Index, RecordRole

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
