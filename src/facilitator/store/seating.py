"""Seating between the session file and the solver: build the Problem, read and store plans, one hand move,
and the seat snapshots that undo and redo put back.

Who is seated: participants (role PARTICIPANT) who are here (present or walk-in)
once anyone has checked in, before that everyone not marked absent. Hosts sit
at their own table, pinned, every round. Pins are the pinned seat rows of
non-hosts; keep-together and keep-apart pairs come from PairRule; wheelchair
users (``rolstoel`` in their needs) must sit at accessible tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import delete, insert, select

from facilitator.core import model as m
from facilitator.core.people import WHEELCHAIR
from facilitator.core.seating.problem import Person, Plan, Problem, TableSpec
from facilitator.store.schema import MAPPED


@dataclass
class SeatingSetup:
    """The problem plus what maps it back to the file: the TableRound id per round index, and names."""

    problem: Problem
    round_ids: list[int]
    names: dict[int, str] = field(default_factory=dict)  # participant id -> display name (hosts too)
    table_names: dict[int, str] = field(default_factory=dict)


def seated_participants(people: Sequence[m.Participant]) -> list[m.Participant]:
    """The participants a plan seats: those here if check-in has started, else everyone not absent."""
    participants = [p for p in people if p.role == m.Role.PARTICIPANT]
    if any(p.attendance.is_here for p in participants):
        return [p for p in participants if p.attendance.is_here]
    return [p for p in participants if p.attendance != m.Attendance.ABSENT]


def load_problem(doc, rounds: int | None = None, balance: Sequence[str] | None = None) -> SeatingSetup:
    """The seating problem the file describes (``rounds`` and ``balance`` override the file's)."""
    meeting = doc.meeting()
    everyone = doc.all(m.Participant)
    tables = doc.all(m.Table)
    table_rounds = sorted(doc.all(m.TableRound), key=lambda r: (r.number, r.id))
    rounds = len(table_rounds) if rounds is None else rounds
    balance = tuple(meeting.balance_attributes if balance is None else balance)
    hosts = {t.host_id for t in tables if t.host_id is not None}
    seated = [p for p in seated_participants(everyone) if p.id not in hosts]
    keys = {p.id for p in seated}
    people = tuple(
        Person(p.id, {a: p.attributes[a] for a in balance if a in p.attributes}, WHEELCHAIR in p.needs)
        for p in seated
    )
    specs = tuple(TableSpec(t.id, t.capacity, t.host_id, t.accessible) for t in tables)
    round_ids = [r.id for r in table_rounds[:rounds]]
    position = {rid: n for n, rid in enumerate(round_ids)}
    table_ids = {t.id for t in tables}
    pins = {
        (position[s.round_id], s.participant_id): s.table_id
        for s in doc.all(m.SeatAssignment, pinned=True)
        if s.round_id in position and s.participant_id in keys and s.table_id in table_ids
    }
    apart, together = [], []
    for rule in doc.all(m.PairRule):
        if rule.first_id in keys and rule.second_id in keys:
            (together if rule.together else apart).append((rule.first_id, rule.second_id))
    problem = Problem(people, specs, rounds, balance, pins, tuple(apart), tuple(together))
    names = {p.id: p.display_name for p in everyone}
    return SeatingSetup(problem, round_ids, names, {t.id: t.name for t in tables})


def current_plan(doc, setup: SeatingSetup) -> Plan:
    """The seats the file holds now for the setup's people, per round index (rounds without rows are empty)."""
    keys = {p.key for p in setup.problem.people}
    position = {rid: n for n, rid in enumerate(setup.round_ids)}
    plan: Plan = [{} for _ in range(setup.problem.rounds)]
    for seat in doc.all(m.SeatAssignment):
        if seat.round_id in position and seat.participant_id in keys:
            plan[position[seat.round_id]][seat.participant_id] = seat.table_id
    return plan


def save_plan(doc, setup: SeatingSetup, plan: Plan) -> list[int]:
    """Store ``plan`` in one transaction; returns the round ids (missing TableRound rows are created).

    The non-pinned seats of those rounds are replaced; pinned seats stay (a
    pinned person the plan moves gets the plan's table, still pinned); every
    host gets a pinned seat at their table.
    """
    tables = doc.all(m.Table)
    seats = MAPPED[m.SeatAssignment]
    with doc.transaction() as session:
        round_ids = list(setup.round_ids)
        numbers = [r.number for r in session.scalars(select(m.TableRound))]
        next_number = max(numbers, default=0) + 1
        while len(round_ids) < len(plan):
            table_round = m.TableRound(number=next_number, title="")
            next_number += 1
            session.add(table_round)
            session.flush()
            round_ids.append(table_round.id)
        for index, assignment in enumerate(plan):
            round_id = round_ids[index]
            session.execute(delete(seats).where(seats.c.round_id == round_id, seats.c.pinned.is_(False)))
            pinned = {s.participant_id: s for s in session.scalars(
                select(m.SeatAssignment).where(seats.c.round_id == round_id))}
            for person, table in assignment.items():
                if person in pinned:
                    pinned[person].table_id = table
                else:
                    session.add(m.SeatAssignment(round_id, person, table))
            for table in tables:
                if table.host_id is None:
                    continue
                if table.host_id in pinned:
                    pinned[table.host_id].table_id = table.id
                elif table.host_id not in assignment:
                    session.add(m.SeatAssignment(round_id, table.host_id, table.id, pinned=True))
    setup.round_ids = round_ids
    return round_ids


def move_person(doc, round_id: int, participant_id: int, table_id: int) -> None:
    """One hand edit: the person sits at ``table_id`` in that round (a pin, if any, stays and moves along)."""
    with doc.transaction() as session:
        columns = MAPPED[m.SeatAssignment].c
        seats = list(session.scalars(select(m.SeatAssignment).where(
            columns.round_id == round_id, columns.participant_id == participant_id)))
        if seats:
            seats[0].table_id = table_id
            for extra in seats[1:]:
                session.delete(extra)
        else:
            session.add(m.SeatAssignment(round_id, participant_id, table_id))


#: One seat row as a snapshot holds it: row id, round id, participant id, table id, pinned.
Seat = tuple[int, int, int, int, bool]


def seats_of(doc, round_ids: Sequence[int], people: Sequence[int] | None = None) -> list[Seat]:
    """The seats of those rounds (only of ``people`` when given), for :func:`restore_seats` to put back."""
    columns = MAPPED[m.SeatAssignment].c
    query = select(columns.id, columns.round_id, columns.participant_id, columns.table_id, columns.pinned).where(
        columns.round_id.in_(list(round_ids)))
    if people is not None:
        query = query.where(columns.participant_id.in_(list(people)))
    with doc.reader() as session:
        return [(i, r, p, t, bool(pin)) for i, r, p, t, pin in session.execute(query.order_by(columns.id))]


def restore_seats(doc, round_ids: Sequence[int], people: Sequence[int] | None, seats: Sequence[Seat]) -> int:
    """Make the seats of those rounds (of ``people`` when given) exactly ``seats``, in one transaction.

    Rows keep their ids where those are free, so every table lists its people in the order it did.
    Rows whose round, person or table is gone meanwhile are left out; returns how many.
    """
    table = MAPPED[m.SeatAssignment]
    columns = table.c
    with doc.transaction() as session:
        rounds = set(session.scalars(select(MAPPED[m.TableRound].c.id)))
        persons = set(session.scalars(select(MAPPED[m.Participant].c.id)))
        tables = set(session.scalars(select(MAPPED[m.Table].c.id)))
        gone = delete(table).where(columns.round_id.in_(list(round_ids)))
        if people is not None:
            gone = gone.where(columns.participant_id.in_(list(people)))
        session.execute(gone)
        kept = [s for s in seats if s[1] in rounds and s[2] in persons and s[3] in tables]
        taken = set(session.scalars(select(columns.id).where(columns.id.in_([s[0] for s in kept]))))
        rows = [{"round_id": r, "participant_id": p, "table_id": t, "pinned": pin}
                | ({} if i in taken else {"id": i}) for i, r, p, t, pin in kept]
        for with_id in (True, False):  # one executemany per shape of row
            batch = [row for row in rows if ("id" in row) is with_id]
            if batch:
                session.execute(insert(table), batch)
    return len(seats) - len(kept)
