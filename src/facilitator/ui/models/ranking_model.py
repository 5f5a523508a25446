"""The dot-vote ranking as a table: place, what was voted on, where it came from, dots with a bar."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from facilitator.ui.models.row_table import RowTableModel
from facilitator.core.votes import Ranked
from facilitator.ui.models.roles import BarRole, Index, RecordRole

RANK, NAME, SOURCE, DOTS = range(4)


@dataclass(frozen=True)
class RankedRow:
    """One ranked theme or note, with the names to show."""

    ranked: Ranked
    name: str
    source: str = ""


class RankingModel(RowTableModel):
    """Rows in ranking order (core.votes.ranking); the source column only when asked for."""

    def __init__(self, parent=None, *, show_source: bool = False) -> None:
        super().__init__(parent)
        self._rows: list[RankedRow] = []
        self._top = 1
        self._show_source = show_source

    def set_rows(self, rows: list[RankedRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._top = max([r.ranked.dots for r in rows] + [1])
        self.endResetModel()

    def row(self, row: int) -> RankedRow:
        return self._rows[row]

    def _column(self, section: int) -> int:
        return section if self._show_source or section < SOURCE else section + 1

    def headers(self) -> list[str]:
        titles = [self.tr("#"), self.tr("Theme"), self.tr("From"), self.tr("Dots")]
        return [titles[self._column(section)] for section in range(4 if self._show_source else 3)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], self._column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return [str(row.ranked.rank), row.name, row.source, str(row.ranked.dots)][column]
        if role == BarRole and column == DOTS:
            return row.ranked.dots / self._top
        if role == RecordRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column == RANK:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return row.name
        return None


def ranked_rows(ranked: list[Ranked], themes: dict[int, tuple[str, int]], notes: dict[int, str],
                items: dict[int, str]) -> list[RankedRow]:
    """Names for a ranking: ``themes`` maps id -> (name, agenda item id), ``notes`` id -> text."""
    rows = []
    for entry in ranked:
        kind, target = entry.key
        if kind == "theme":
            name, item_id = themes.get(target, ("", None))
            rows.append(RankedRow(entry, name, items.get(item_id, "")))
        else:
            rows.append(RankedRow(entry, f"“{notes.get(target, '')}”"))
    return rows
