"""The tables of one round as cards: name, capacity, host, accessibility, who sits there, and how it mixes.

A :class:`TableCard` also carries the table's composition on the session's
balance attributes (counts per category, host not counted), the categories
outside their fair share (amber) and the broken rules at this table (red),
as :func:`facilitator.core.seating.quality.evaluate` found them.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Mapping, Sequence
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
    person_id: int | None = None
    pinned: bool = False
    flagged: bool = False  # part of a broken rule


@dataclass(frozen=True)
class Mix:
    """One balance attribute at one table: (category, count) in the room's category order, and the
    categories outside their fair share."""

    attribute: str
    label: str
    counts: tuple[tuple[str, int], ...]
    off: frozenset[str] = frozenset()


@dataclass
class TableCard:
    """A table with its seats in the shown round (none when no round is shown)."""

    table: Table
    host: str = ""
    seats: list[Seat] = field(default_factory=list)
    mix: list[Mix] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # broken rules here (plain sentences)

    @property
    def fill(self) -> int:
        return len(self.seats)

    @property
    def over(self) -> bool:
        return self.fill > self.table.capacity

    @property
    def tone(self) -> str:
        """'bad' with a broken rule, 'warn' with a category off balance, else 'accent'."""
        if self.problems or self.over:
            return "bad"
        return "warn" if any(m.off for m in self.mix) else "accent"

    def matches(self, needle: str) -> bool:
        return bool(needle) and any(needle in seat.name.casefold() for seat in self.seats)


def build_cards(tables: list[Table], people: dict[int, Participant], seating: dict[int, list[int]] | None, *,
                balance: Sequence[tuple[str, str]] = (), categories: Mapping[str, Sequence[str]] | None = None,
                pinned: set[int] | frozenset[int] = frozenset(), off: Mapping[int, set[tuple[str, str]]] | None = None,
                problems: Mapping[int, list[str]] | None = None, flagged: set[int] | frozenset[int] = frozenset(),
                ) -> list[TableCard]:
    """Cards in table order; ``seating`` maps table id -> participant ids (None: no round shown).

    ``balance`` is (attribute key, label) of the attributes to show the mix of, ``categories`` their
    categories in a stable order; ``pinned`` and ``flagged`` are participant ids; ``off`` maps table id
    -> {(attribute, category)} out of balance; ``problems`` table id -> sentences.
    """
    cards = []
    for table in tables:
        host = people.get(table.host_id) if table.host_id is not None else None
        card = TableCard(table, host.display_name if host else "")
        members = [people[pid] for pid in (seating or {}).get(table.id, []) if pid in people]
        members.sort(key=lambda p: (p.id != table.host_id, dutch_name_key(p)))
        card.seats = [Seat(p.display_name, p.id == table.host_id, p.attendance.is_here, tuple(p.needs), p.id,
                           p.id in pinned, p.id in flagged) for p in members]
        if seating is not None:
            guests = [p for p in members if p.id != table.host_id]
            here_off = (off or {}).get(table.id, set())
            for key, label in balance:
                counts = Counter(p.attributes.get(key, "") for p in guests)
                order = list((categories or {}).get(key, ())) or sorted(c for c in counts if c)
                card.mix.append(Mix(key, label, tuple((c, counts.get(c, 0)) for c in order),
                                    frozenset(c for a, c in here_off if a == key)))
            card.problems = list((problems or {}).get(table.id, []))
        cards.append(card)
    return cards


class SeatingModel(QAbstractListModel):
    """One row per table; ``RecordRole`` gives the :class:`TableCard`, painted by the card delegate.

    ``selected`` is the participant id picked on a card (for "Move to table…" and pinning).
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._cards: list[TableCard] = []
        self.needle = ""
        self.selected: int | None = None

    def set_cards(self, cards: list[TableCard]) -> None:
        self.beginResetModel()
        self._cards = list(cards)
        self.endResetModel()

    def replace_cards(self, cards: list[TableCard]) -> None:
        """New contents for the same tables (a hand edit): repaint without resetting the view."""
        if len(cards) != len(self._cards) or any(a.table.id != b.table.id for a, b in zip(cards, self._cards)):
            self.set_cards(cards)
            return
        self._cards = list(cards)
        if cards:
            self.dataChanged.emit(self.index(0), self.index(len(cards) - 1))

    def set_needle(self, text: str) -> None:
        """Highlight the cards (and names) containing ``text``; '' shows all cards normally."""
        self.needle = text.casefold().strip()
        self._repaint()

    def set_selected(self, person_id: int | None) -> None:
        self.selected = person_id
        self._repaint()

    def _repaint(self) -> None:
        if self._cards:
            self.dataChanged.emit(self.index(0), self.index(len(self._cards) - 1))

    def card(self, row: int) -> TableCard:
        return self._cards[row]

    def cards(self) -> list[TableCard]:
        return list(self._cards)

    def row_of_table(self, table_id: int) -> int | None:
        return next((n for n, c in enumerate(self._cards) if c.table.id == table_id), None)

    def seat_of(self, person_id: int) -> tuple[int, Seat] | None:
        """(row, seat) of a person in the shown round."""
        for row, card in enumerate(self._cards):
            for seat in card.seats:
                if seat.person_id == person_id:
                    return row, seat
        return None

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
        if role == Qt.ItemDataRole.DisplayRole:
            return card.table.name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{card.table.name}, {card.fill}/{card.table.capacity}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(card)
        return None

    @staticmethod
    def _tooltip(card: TableCard) -> str:
        lines = [f"<b>{html.escape(card.table.name)}</b> ({card.fill}/{card.table.capacity})"]
        for problem in card.problems:
            lines.append(f"<span style='color:#b22'>⚠ {html.escape(problem)}</span>")
        for mix in card.mix:
            parts = [f"{'<b>' if c in mix.off else ''}{html.escape(c or '–')} {n}{'</b>' if c in mix.off else ''}"
                     for c, n in mix.counts]
            lines.append(f"{html.escape(mix.label)}: " + ", ".join(parts))
        for seat in card.seats:
            extra = f" ({', '.join(seat.needs)})" if seat.needs else ""
            mark = "★ " if seat.is_host else ("📌 " if seat.pinned else "")
            lines.append(html.escape(mark + seat.name + extra))
        return "<br>".join(lines)
