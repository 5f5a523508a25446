"""The Tables screen: every table as a card and, per round, who sits where; find a person's table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListView, QTabBar, QVBoxLayout

from facilitator.core.model import AgendaItem, Participant, Role, Table, TableRound
from facilitator.ui import queries
from facilitator.ui.labels import number
from facilitator.ui.models.seating_model import SeatingModel, build_cards
from facilitator.ui.views.base import MainView
from facilitator.ui.widgets.chips import ChipRow
from facilitator.ui.widgets.table_card_delegate import TableCardDelegate
from facilitator.ui.widgets.tones import muted

MAX_CARD_LINES = 14


class TablesView(MainView):
    key = "tables"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rounds_label = QLabel(self.tr("Round:"), self)
        self.round_bar = QTabBar(self)
        self.round_bar.setExpanding(False)
        self.round_bar.setDrawBase(False)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find a person’s table…"))
        self.figures = ChipRow(self)
        self.round_label = QLabel(self)
        self.round_label.setWordWrap(True)
        self.found_label = muted("", self)
        self.model = SeatingModel(self)
        self.delegate = TableCardDelegate(self)
        self.grid = QListView(self)
        self.grid.setModel(self.model)
        self.grid.setItemDelegate(self.delegate)
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setFlow(QListView.Flow.LeftToRight)
        self.grid.setWrapping(True)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setUniformItemSizes(True)
        self.grid.setSpacing(max(2, self.fontMetrics().height() // 4))
        self.grid.setSelectionMode(QListView.SelectionMode.SingleSelection)

        top = QHBoxLayout()
        top.addWidget(self.rounds_label)
        top.addWidget(self.round_bar)
        top.addStretch(1)
        facts = QHBoxLayout()
        facts.addWidget(self.figures, 1)
        facts.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(facts)
        layout.addWidget(self.round_label)
        layout.addWidget(self.found_label)
        layout.addWidget(self.grid, 1)

        self._tables: list[Table] = []
        self._people: dict[int, Participant] = {}
        self._rounds: list[TableRound] = []
        self._seating: dict[int, dict[int, list[int]]] = {}
        self._items: dict[int, str] = {}
        self.round_bar.currentChanged.connect(self._show_round)
        self.search.textChanged.connect(self._find)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def title(self) -> str:
        return self.tr("Tables")

    def refresh(self) -> None:
        doc = self.document
        self._tables = doc.all(Table) if doc else []
        self._people = {p.id: p for p in doc.all(Participant)} if doc else {}
        self._rounds = queries.rounds(doc) if doc else []
        self._seating = queries.seating(doc) if doc else {}
        self._items = {i.id: i.title for i in doc.all(AgendaItem)} if doc else {}
        previous = self.round_bar.currentIndex()
        self.round_bar.blockSignals(True)
        while self.round_bar.count():
            self.round_bar.removeTab(0)
        for rnd in self._rounds:
            text = self.tr("Round {number}").format(number=rnd.number)
            self.round_bar.addTab(f"{text} · {rnd.title}" if rnd.title else text)
        self.round_bar.setCurrentIndex(min(max(previous, 0), len(self._rounds) - 1))
        self.round_bar.blockSignals(False)
        for widget in (self.rounds_label, self.round_bar):
            widget.setVisible(bool(self._rounds))
        self._show_figures()
        self._show_round(self.round_bar.currentIndex())

    def current_round(self) -> TableRound | None:
        index = self.round_bar.currentIndex()
        return self._rounds[index] if 0 <= index < len(self._rounds) else None

    def _show_figures(self) -> None:
        tables = self._tables
        hosts = sum(1 for t in tables if t.host_id is not None)
        self.figures.set_chips([
            (self.tr("Tables: {count}").format(count=number(len(tables))), "plain"),
            (self.tr("Seats: {count}").format(count=number(sum(t.capacity for t in tables))), "plain"),
            (self.tr("♿ Accessible: {count}").format(count=number(sum(1 for t in tables if t.accessible))), "accent"),
            (self.tr("With a host: {count}").format(count=number(hosts)), "plain"),
        ])
        self.figures.setVisible(bool(tables))

    def _show_round(self, _index: int = -1) -> None:
        rnd = self.current_round()
        seating = self._seating.get(rnd.id) if rnd else None
        cards = build_cards(self._tables, self._people, seating)
        widest = max([c.table.capacity for c in cards] + [c.fill for c in cards] + [2])
        self.delegate.lines = min(widest, MAX_CARD_LINES)
        self.model.set_cards(cards)
        self.round_label.setText(self._round_text(rnd, seating))
        self._find(self.search.text())

    def _round_text(self, rnd: TableRound | None, seating: dict[int, list[int]] | None) -> str:
        if not self._tables:
            return self.tr("No tables yet. Add tables to plan the seating.")
        if rnd is None:
            return self.tr("No table rounds yet: the tables are shown without seating.")
        if not seating:
            return self.tr("Nobody is seated in round {number} yet.").format(number=rnd.number)
        seated = {pid for members in seating.values() for pid in members}
        waiting = [p for p in self._people.values()
                   if p.role == Role.PARTICIPANT and p.attendance.is_here and p.id not in seated]
        item = self._items.get(rnd.agenda_item_id, "")
        parts = [item] if item else []
        parts.append(self.tr("Seated: {people}").format(people=number(len(seated))))
        parts.append(self.tr("Tables in use: {tables}").format(
            tables=number(sum(1 for members in seating.values() if members))))
        if waiting:
            parts.append(self.tr("Here but not seated: {count}").format(count=number(len(waiting))))
        self.round_label.setToolTip(", ".join(p.display_name for p in waiting[:40]))
        return " · ".join(parts)

    def _find(self, text: str) -> None:
        self.model.set_needle(text)
        rows = self.model.matching_rows()
        if not self.model.needle:
            self.found_label.setText("")
        elif rows:
            names = ", ".join(self.model.card(r).table.name for r in rows[:12])
            more = len(rows) - 12
            if more > 0:
                found = self.tr("Found at: {tables} (+{count} more)").format(tables=names, count=number(more))
            else:
                found = self.tr("Found at: {tables}").format(tables=names)
            self.found_label.setText(found)
            self.grid.scrollTo(self.model.index(rows[0]))
        else:
            self.found_label.setText(self.tr("Nobody seated in this round matches “{text}”.").format(text=text))
        self.found_label.setVisible(bool(self.model.needle))
