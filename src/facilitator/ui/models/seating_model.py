"""The tables of one round as cards: name, capacity, host, accessibility and who sits there."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from facilitator.core.model import Participant, Table
from facilitator.ui.models.participant_model import dutch_name_key
from facilitator.ui.models.roles import Index, RecordRole


@dataclass(frozen=True)
class Seat:
    """One person at a table in a round, as a card lists them."""

    name: str
    is_host: bool = False
    here: bool = True
    needs: tuple[str, ...] = ()


@dataclass
class TableCard:
    """A table with its seats in the shown round (none when no round is shown)."""

    table: Table
    host: str = ""
    seats: list[Seat] = field(default_factory=list)

    @property
    def fill(self) -> int:
        return len(self.seats)

    def matches(self, needle: str) -> bool:
        return bool(needle) and any(needle in seat.name.casefold() for seat in self.seats)


def build_cards(tables: list[Table], people: dict[int, Participant],
                seating: dict[int, list[int]] | None) -> list[TableCard]:
    """Cards in table order; ``seating`` maps table id -> participant ids (None: no round shown)."""
    cards = []
    for table in tables:
        host = people.get(table.host_id) if table.host_id is not None else None
        card = TableCard(table, host.display_name if host else "")
        members = [people[pid] for pid in (seating or {}).get(table.id, []) if pid in people]
        members.sort(key=lambda p: (p.id != table.host_id, dutch_name_key(p)))
        card.seats = [Seat(p.display_name, p.id == table.host_id, p.attendance.is_here, tuple(p.needs))
                      for p in members]
        cards.append(card)
    return cards


class SeatingModel(QAbstractListModel):
    """One row per table; ``RecordRole`` gives the :class:`TableCard`, painted by the card delegate."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._cards: list[TableCard] = []
        self.needle = ""

    def set_cards(self, cards: list[TableCard]) -> None:
        self.beginResetModel()
        self._cards = list(cards)
        self.endResetModel()

    def set_needle(self, text: str) -> None:
        """Highlight the cards (and names) containing ``text``; '' shows all cards normally."""
        self.needle = text.casefold().strip()
        if self._cards:
            self.dataChanged.emit(self.index(0), self.index(len(self._cards) - 1))

    def card(self, row: int) -> TableCard:
        return self._cards[row]

    def cards(self) -> list[TableCard]:
        return list(self._cards)

    def matching_rows(self) -> list[int]:
        return [n for n, card in enumerate(self._cards) if card.matches(self.needle)]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        card = self._cards[index.row()]
        if role == RecordRole:
            return card
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return card.table.name
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"<b>{html.escape(card.table.name)}</b>"]
            for seat in card.seats:
                extra = f" ({', '.join(seat.needs)})" if seat.needs else ""
                lines.append(html.escape(("★ " if seat.is_host else "") + seat.name + extra))
            return "<br>".join(lines)
        return None
