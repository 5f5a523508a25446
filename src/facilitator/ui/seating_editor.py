"""The Tables screen's edits, each written to the session file at once: tables, rounds, balance, seats.

:class:`SeatingEditor` writes through the document (``add``/``update``/
``delete``) and the seating store adapter (``facilitator.store.seating``),
then emits ``changed`` so the screen reads the file again. A read-only file
refuses every edit with a sentence for the status bar (``refused``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal

from facilitator.core.model import AgendaItem, AgendaKind, Meeting, SeatAssignment, Table, TableRound
from facilitator.ui import queries
from facilitator.ui.document_editor import DocumentEditor


class SeatingEditor(DocumentEditor):
    """Edits of one document's tables and seating."""

    changed = Signal()

    def read_only_text(self) -> str:
        return self.tr("This session is open read-only: the tables cannot be changed.")

    # -- tables -------------------------------------------------------------------------------------

    def add_table(self, table: Table) -> Table | None:
        if not self.allowed():
            return None
        tables = self.document.all(Table)
        table.position = max((t.position for t in tables), default=0) + 1
        self.document.add(table)
        self.changed.emit()
        return table

    def add_tables(self, count: int, capacity: int, prefix: str, accessible: bool = True) -> list[Table]:
        """``count`` tables of ``capacity`` chairs, numbered on from the highest number in use."""
        if not self.allowed() or count <= 0:
            return []
        tables = self.document.all(Table)
        position = max((t.position for t in tables), default=0)
        numbers = [int(n) for t in tables for n in [t.name.rsplit(" ", 1)[-1]] if n.isdigit()]
        first = max(numbers, default=0) + 1
        new = [Table(f"{prefix} {first + n}".strip(), capacity, accessible=accessible, position=position + 1 + n)
               for n in range(count)]
        self.document.add(*new)
        self.changed.emit()
        return new

    def update_table(self, table: Table) -> None:
        """Write a changed table; a new host gets a pinned seat there in every round (and loses others)."""
        if not self.allowed():
            return
        others = [t for t in self.document.all(Table) if t.id != table.id and t.host_id is not None
                  and t.host_id == table.host_id]
        with self.document.transaction() as session:
            for other in others:  # one person hosts one table
                other.host_id = None
                session.merge(other)
            session.merge(table)
            if table.host_id is not None:
                self._seat_host(session, table)
        self.changed.emit()

    def _seat_host(self, session, table: Table) -> None:
        from sqlalchemy import select

        rounds = [r.id for r in session.scalars(select(TableRound))]
        seats = {s.round_id: s for s in session.scalars(
            select(SeatAssignment).filter_by(participant_id=table.host_id))}
        for round_id in rounds:
            seat = seats.get(round_id)
            if seat is None:
                session.add(SeatAssignment(round_id, table.host_id, table.id, pinned=True))
            else:
                seat.table_id, seat.pinned = table.id, True

    def delete_table(self, table: Table) -> None:
        """Delete a table; who sat there in any round is then without a table (the seats go with it)."""
        if self.allowed():
            self.document.delete(table)
            self.changed.emit()

    # -- rounds and balance ------------------------------------------------------------------------------

    def set_rounds(self, count: int) -> None:
        """Have ``count`` table rounds: new ones link to the programme's table-round items not yet
        linked (in programme order); removed ones (the last) take their seating with them."""
        if not self.allowed():
            return
        rounds = queries.rounds(self.document)
        if count < len(rounds):
            self.document.delete(*rounds[count:])
        elif count > len(rounds):
            linked = {r.agenda_item_id for r in rounds}
            free = [i for i in self.document.all(AgendaItem)
                    if i.kind == AgendaKind.TABLE_ROUND and i.id not in linked]
            start = max((r.number for r in rounds), default=0)
            new = []
            for n in range(count - len(rounds)):
                item = free[n] if n < len(free) else None
                new.append(TableRound(start + n + 1, item.id if item else None, item.title if item else ""))
            self.document.add(*new)
            hosts = [t for t in self.document.all(Table) if t.host_id is not None]
            if hosts:  # hosts stay at their table in the new rounds too
                with self.document.transaction() as session:
                    for table in hosts:
                        self._seat_host(session, table)
        self.changed.emit()

    def set_balance(self, keys: list[str]) -> None:
        """The attributes every table should mirror the room on."""
        if not self.allowed():
            return
        meeting: Meeting = self.document.meeting()
        meeting.balance_attributes = list(keys)
        self.document.update(meeting)
        self.changed.emit()

    # -- seats ----------------------------------------------------------------------------------------------

    def move(self, round_id: int, participant_id: int, table_id: int) -> bool:
        """One hand edit: ``participant_id`` sits at ``table_id`` in the round (written at once)."""
        if not self.allowed():
            return False
        from facilitator.store.seating import move_person

        move_person(self.document, round_id, participant_id, table_id)
        return True

    def set_pinned(self, round_id: int, participant_id: int, pinned: bool) -> bool:
        """Pin a person at the table they sit at in the round (the solver then leaves them there)."""
        if not self.allowed():
            return False
        seats = self.document.all(SeatAssignment, round_id=round_id, participant_id=participant_id)
        if not seats:
            return False
        seat = seats[0]
        seat.pinned = pinned
        self.document.update(seat)
        return True
