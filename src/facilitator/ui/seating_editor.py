"""The Tables screen's edits, each written to the session file at once: tables, rounds, balance, seats.

:class:`SeatingEditor` writes through the document (``add``/``update``/
``delete``) and the seating store adapter (``facilitator.store.seating``),
then emits ``changed`` so the screen reads the file again. A read-only file
refuses every edit with a sentence for the status bar (``refused``).

Seat edits (a move, a pin, a stored plan) are steps on ``stack``: each
:class:`SeatCommand` snapshots the seats it may touch (one person in one
round, or whole rounds) before and after its write, and undo and redo put a
snapshot back (:func:`facilitator.store.seating.restore_seats`), then emit
``seats_restored`` with the rounds and a sentence for the status bar. Edits
of the tables or rounds clear the stack, since the old seats no longer fit
them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand

from facilitator.core.model import AgendaItem, AgendaKind, Meeting, SeatAssignment, Table, TableRound
from facilitator.store import seating as seating_store
from facilitator.ui import queries
from facilitator.ui.document_editor import DocumentEditor


class SeatingEditor(DocumentEditor):
    """Edits of one document's tables and seating."""

    changed = Signal()
    #: Undo or redo put seats back: the round ids it touched, and a sentence saying which step.
    seats_restored = Signal(list, str)

    def read_only_text(self) -> str:
        return self.tr("This session is open read-only: the tables cannot be changed.")

    # -- tables -------------------------------------------------------------------------------------

    def add_table(self, table: Table) -> Table | None:
        if not self.allowed():
            return None
        tables = self.document.all(Table)
        table.position = max((t.position for t in tables), default=0) + 1
        self.document.add(table)
        self.stack.clear()
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
        self.stack.clear()
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
        self.stack.clear()
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
            self.stack.clear()
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
        self.stack.clear()
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
        """One hand edit: ``participant_id`` sits at ``table_id`` in the round (written at once, undoable)."""
        return self.push_seats(
            self.tr("Move a person"), [round_id], [participant_id],
            lambda: seating_store.move_person(self.document, round_id, participant_id, table_id))

    def set_pinned(self, round_id: int, participant_id: int, pinned: bool) -> bool:
        """Pin a person at the table they sit at in the round (the solver then leaves them there)."""
        if not self.document or not self.document.all(SeatAssignment, round_id=round_id,
                                                      participant_id=participant_id):
            return False

        def write() -> None:
            seat = self.document.all(SeatAssignment, round_id=round_id, participant_id=participant_id)[0]
            seat.pinned = pinned
            self.document.update(seat)

        return self.push_seats(self.tr("Pin") if pinned else self.tr("Unpin"), [round_id], [participant_id], write)

    def push_seats(self, text: str, round_ids: Sequence[int], people: Sequence[int] | None,
                   write: Callable[[], Sequence[int] | None]) -> bool:
        """Run ``write`` (a seat edit of those rounds, of ``people`` only when given) as one undoable step.

        ``write`` may return the round ids it ended up touching (a stored plan can add rounds).
        """
        if not self.allowed():
            return False
        self.stack.push(SeatCommand(self, text, round_ids, people, write))
        return True

    def _restore(self, command: "SeatCommand", seats: list, undone: bool) -> None:
        lost = seating_store.restore_seats(self.document, command.round_ids, command.people, seats)
        if lost:
            said = self.tr("%n seat(s) could not be put back: the person, table or round is gone.", "", lost)
        elif undone:
            said = self.tr("Undone: {step}").format(step=command.text())
        else:
            said = self.tr("Redone: {step}").format(step=command.text())
        self.seats_restored.emit(list(command.round_ids), said)


class SeatCommand(QUndoCommand):
    """A seat edit on the undo stack: the snapshots of the seats it may touch, before and after."""

    def __init__(self, editor: SeatingEditor, text: str, round_ids: Sequence[int], people: Sequence[int] | None,
                 write: Callable[[], Sequence[int] | None]) -> None:
        super().__init__(text)
        self.editor = editor
        self.round_ids = list(round_ids)
        self.people = None if people is None else list(people)
        self.write: Callable[[], Sequence[int] | None] | None = write
        self.before = seating_store.seats_of(editor.document, self.round_ids, self.people)
        self.after: list = []

    def redo(self) -> None:
        if self.write is None:
            self.editor._restore(self, self.after, undone=False)
            return
        touched = self.write()  # the first time: the edit itself
        self.write = None
        if touched:
            self.round_ids = list(dict.fromkeys([*self.round_ids, *touched]))
        self.after = seating_store.seats_of(self.editor.document, self.round_ids, self.people)

    def undo(self) -> None:
        self.editor._restore(self, self.before, undone=True)
