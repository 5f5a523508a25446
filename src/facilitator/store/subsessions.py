"""Sub-sessions in a session file: the allocation problem it holds, storing an allocation, reading it back.

Who is placed: participants (role PARTICIPANT) who are not marked absent.
Their ranking comes from the attributes ``preference_1``, ``preference_2`` …
(the import maps ``Voorkeur 1..4`` there), each naming a sub-session by code
or by name, case and surrounding spaces ignored; values that name no
sub-session are reported, not guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import delete, select

from facilitator.core.model import Attendance, Participant, Role, SubSession, SubSessionAssignment
from facilitator.core.subsessions import Offering, Person, Problem
from facilitator.store.document import SessionDocument
from facilitator.store.schema import MAPPED

_PREFERENCE = re.compile(r"^preference_(\d+)$")


@dataclass(frozen=True)
class UnknownChoice:
    """A preference value that names no sub-session: whose, which attribute, what it said."""

    person: str
    key: str
    value: str

    def __str__(self) -> str:
        return f"{self.person}: {self.key} = {self.value!r} names no sub-session"


@dataclass
class Loaded:
    """The problem of a session file and what came up while reading it."""

    problem: Problem
    sub_sessions: list[SubSession]
    people: dict[int, Participant]
    unknown: list[UnknownChoice] = field(default_factory=list)


def placed(person: Participant) -> bool:
    """Whether the allocation places this person: a participant not marked absent."""
    return person.role == Role.PARTICIPANT and person.attendance != Attendance.ABSENT


def preference_keys(attributes: dict[str, str]) -> list[str]:
    """'preference_1', 'preference_2' … present in ``attributes``, in rank order."""
    found = [(int(m.group(1)), key) for key in attributes if (m := _PREFERENCE.match(key))]
    return [key for _n, key in sorted(found)]


def ranked_choices(person: Participant, sub_sessions: list[SubSession]) -> tuple[list[int], list[UnknownChoice]]:
    """The sub-session ids a person ranked, best first (repeats dropped), and the values naming none."""
    lookup: dict[str, int] = {}
    for sub in sub_sessions:  # a code wins over a name that happens to read the same
        lookup.setdefault(sub.name.strip().casefold(), sub.id)
    for sub in sub_sessions:
        if sub.code.strip():
            lookup[sub.code.strip().casefold()] = sub.id
    ranked: list[int] = []
    unknown: list[UnknownChoice] = []
    for key in preference_keys(person.attributes):
        value = str(person.attributes.get(key, "")).strip()
        if not value:
            continue
        found = lookup.get(value.casefold())
        if found is None:
            unknown.append(UnknownChoice(person.display_name, key, value))
        elif found not in ranked:
            ranked.append(found)
    return ranked, unknown


def offering(sub: SubSession) -> Offering:
    return Offering(sub.id, sub.name, tuple(sorted(set(sub.slots or [1]))), sub.min_capacity, sub.max_capacity,
                    sub.code)


def load_problem(doc: SessionDocument) -> Loaded:
    """Everyone to place with their ranking, the sub-sessions, and the pinned assignments of the file."""
    sub_sessions = doc.all(SubSession)
    people = {p.id: p for p in doc.all(Participant) if placed(p)}
    persons: list[Person] = []
    unknown: list[UnknownChoice] = []
    for person in sorted(people.values(), key=lambda p: p.id):
        ranked, bad = ranked_choices(person, sub_sessions)
        unknown += bad
        persons.append(Person(person.id, tuple(ranked), person.display_name))
    pinned = {(a.participant_id, a.slot): a.sub_session_id for a in doc.all(SubSessionAssignment, pinned=True)
              if a.participant_id in people}
    problem = Problem(tuple(persons), tuple(offering(s) for s in sub_sessions), pinned)
    return Loaded(problem, sub_sessions, people, unknown)


@dataclass
class Stored:
    """The allocation in the file: (person id, slot) -> sub-session id, and which of those are pinned."""

    assignment: dict[tuple[int, int], int] = field(default_factory=dict)
    pinned: set[tuple[int, int]] = field(default_factory=set)


def read_allocation(doc: SessionDocument) -> Stored:
    stored = Stored()
    for row in doc.all(SubSessionAssignment):
        stored.assignment[(row.participant_id, row.slot)] = row.sub_session_id
        if row.pinned:
            stored.pinned.add((row.participant_id, row.slot))
    return stored


def save_allocation(doc: SessionDocument, assignment: dict[tuple[int, int], int]) -> int:
    """Replace every non-pinned assignment by ``assignment`` in one transaction; pinned rows stay. Rows written."""
    table = MAPPED[SubSessionAssignment]
    with doc.transaction() as session:
        kept = {(pid, slot) for pid, slot in session.execute(
            select(table.c.participant_id, table.c.slot).where(table.c.pinned.is_(True)))}
        session.execute(delete(table).where(table.c.pinned.is_(False)))
        rows = [SubSessionAssignment(pid, sub_id, slot) for (pid, slot), sub_id in sorted(assignment.items())
                if (pid, slot) not in kept]
        session.add_all(rows)
    return len(rows)


def move(doc: SessionDocument, participant_id: int, slot: int, sub_session_id: int, pinned: bool = True) -> None:
    """Put one person in ``sub_session_id`` for ``slot`` (by hand: pinned, so a new allocation keeps it)."""
    table = MAPPED[SubSessionAssignment]
    with doc.transaction() as session:
        session.execute(delete(table).where(table.c.participant_id == participant_id, table.c.slot == slot))
        session.add(SubSessionAssignment(participant_id, sub_session_id, slot, pinned=pinned))


def unpin(doc: SessionDocument, participant_id: int, slot: int) -> None:
    """Let the next allocation move this person again in ``slot``."""
    table = MAPPED[SubSessionAssignment]
    with doc.transaction() as session:
        session.execute(table.update().where(table.c.participant_id == participant_id, table.c.slot == slot)
                        .values(pinned=False))


def save_sub_session(doc: SessionDocument, sub: SubSession) -> SubSession:
    """Add or update a sub-session; assignments in slots it no longer runs in go (one transaction)."""
    table = MAPPED[SubSessionAssignment]
    with doc.transaction() as session:
        if sub.id is None:
            session.add(sub)
            session.flush()
        else:
            sub = session.merge(sub)
            session.flush()
            session.execute(delete(table).where(table.c.sub_session_id == sub.id,
                                                table.c.slot.not_in(list(sub.slots or [1]))))
    return sub
