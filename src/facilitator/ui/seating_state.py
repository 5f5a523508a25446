"""What the Tables screen knows of the seating: the file's tables, rounds and seats, and how good the plan is.

:class:`SeatingState` is read from the document in a few bulk queries
(:meth:`load`), judged with :func:`facilitator.core.seating.quality.evaluate`
on the problem the store adapter builds, and kept up to date in memory after
a hand edit (:meth:`move`), so a drag re-judges the plan without reading the
file again. It turns the judgement into what the cards show: per table the
categories out of balance, the broken rules in plain words, the people in
them.
"""

from __future__ import annotations

import dataclasses
import logging
from collections import defaultdict
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from facilitator.core import model as m
from facilitator.core.seating.quality import Quality, evaluate
from facilitator.store.document import SessionDocument
from facilitator.store.schema import MAPPED
from facilitator.ui import queries

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SeatingState", text)


@dataclass
class SeatingState:
    """The seating of one document, as the Tables screen shows and edits it."""

    tables: list[m.Table] = field(default_factory=list)
    people: dict[int, m.Participant] = field(default_factory=dict)
    rounds: list[m.TableRound] = field(default_factory=list)
    seating: dict[int, dict[int, list[int]]] = field(default_factory=dict)  # round id -> table id -> people
    pinned: dict[int, set[int]] = field(default_factory=dict)  # round id -> pinned people
    balance: list[str] = field(default_factory=list)
    items: dict[int, m.AgendaItem] = field(default_factory=dict)
    setup: object | None = None  # facilitator.store.seating.SeatingSetup
    plan: list[dict[int, int]] | None = None
    quality: Quality | None = None

    @classmethod
    def load(cls, doc: SessionDocument | None) -> "SeatingState":
        if doc is None:
            return cls()
        state = cls(
            tables=doc.all(m.Table),
            people={p.id: p for p in doc.all(m.Participant)},
            rounds=queries.rounds(doc),
            seating=queries.seating(doc),
            pinned=_pins(doc),
            balance=list(doc.meeting().balance_attributes or []),
            items={i.id: i for i in doc.all(m.AgendaItem)},
        )
        if state.tables and state.rounds:
            try:
                from facilitator.store.seating import current_plan, load_problem

                state.setup = load_problem(doc)
                state.plan = current_plan(doc, state.setup)
                state.evaluate()
            except Exception:  # figures are a help: the cards still show who sits where
                log.exception("tables: could not judge the seating")
                state.setup = state.plan = state.quality = None
        return state

    # -- judging --------------------------------------------------------------------------------------

    def evaluate(self) -> Quality | None:
        if self.setup is not None and self.plan is not None:
            self.quality = evaluate(self.setup.problem, self.plan)
        return self.quality

    def round_index(self, round_id: int | None) -> int | None:
        ids = list(getattr(self.setup, "round_ids", []) or [])
        return ids.index(round_id) if round_id in ids else None

    @property
    def to_seat(self) -> int:
        """How many people the plan seats (present participants, not hosts)."""
        return len(self.setup.problem.people) if self.setup is not None else 0

    def seated_in(self, round_id: int) -> int:
        """People of the plan with a table in this round."""
        index = self.round_index(round_id)
        if index is None or self.plan is None or index >= len(self.plan):
            return 0
        keys = {p.key for p in self.setup.problem.people}
        tables = {t.id for t in self.tables}
        return sum(1 for key, table in self.plan[index].items() if key in keys and table in tables)

    def table_name(self, table_id: int | None) -> str:
        return next((t.name for t in self.tables if t.id == table_id), "?")

    def name(self, person_id: int) -> str:
        person = self.people.get(person_id)
        return person.display_name if person else "?"

    def flags(self, round_id: int | None) -> tuple[dict[int, set[tuple[str, str]]], dict[int, list[str]], set[int]]:
        """For one round: table -> {(attribute, category)} off balance, table -> broken rules (sentences),
        and the people in a broken rule."""
        off: dict[int, set[tuple[str, str]]] = defaultdict(set)
        problems: dict[int, list[str]] = defaultdict(list)
        flagged: set[int] = set()
        index = self.round_index(round_id)
        if self.quality is None or index is None:
            return off, problems, flagged
        for deviation in self.quality.deviations:
            if deviation.round == index:
                off[deviation.table].add((deviation.attribute, deviation.category))
        for violation in self.quality.violations:
            if violation.round != index:
                continue
            flagged.update(violation.people)
            if violation.table is not None:
                problems[violation.table].append(self.reason(violation))
            else:
                for person in violation.people:  # "together" and "unseated": at the tables they sit at
                    table = self.plan[index].get(person) if self.plan else None
                    if table is not None:
                        problems[table].append(self.reason(violation))
        return off, problems, flagged

    def reasons(self, round_id: int | None) -> list[str]:
        """The broken rules of a round in plain words (for the figures' tooltip)."""
        index = self.round_index(round_id)
        if self.quality is None or index is None:
            return []
        return [self.reason(v) for v in self.quality.violations if v.round == index]

    def reason(self, violation) -> str:
        names = [self.name(p) for p in violation.people]
        table = self.table_name(violation.table)
        kind = violation.kind
        if kind == "capacity":
            return _tr("{table}: {count} people for {seats} chairs").format(
                table=table, count=len(violation.people),
                seats=next((t.seats for t in self.setup.problem.tables if t.key == violation.table), "?"))
        if kind == "access":
            return _tr("{name} needs step-free access; {table} has none").format(name=names[0], table=table)
        if kind == "pin":
            return _tr("{name} is pinned to another table").format(name=names[0])
        if kind == "apart":
            return _tr("{first} and {second} should sit apart").format(first=names[0], second=names[-1])
        if kind == "together":
            return _tr("{first} and {second} should sit together").format(first=names[0], second=names[-1])
        if kind == "unseated":
            return _tr("{name} has no table").format(name=names[0] if names else "?")
        return violation.reason

    # -- a hand edit -------------------------------------------------------------------------------------

    def move(self, round_id: int, person_id: int, table_id: int) -> None:
        """Record in memory what :func:`store.seating.move_person` wrote, and judge the plan again."""
        tables = self.seating.setdefault(round_id, {})
        for members in tables.values():
            if person_id in members:
                members.remove(person_id)
        tables.setdefault(table_id, []).append(person_id)
        index = self.round_index(round_id)
        if index is not None and self.plan is not None and index < len(self.plan):
            if person_id in {p.key for p in self.setup.problem.people}:
                self.plan[index][person_id] = table_id
            if (index, person_id) in self.setup.problem.pins:  # the pin moves along (as the store does)
                self._set_pin(index, person_id, table_id)
        self.evaluate()

    def _set_pin(self, index: int, person_id: int, table_id: int | None) -> None:
        pins = dict(self.setup.problem.pins)
        if table_id is None:
            pins.pop((index, person_id), None)
        else:
            pins[(index, person_id)] = table_id
        self.setup.problem = dataclasses.replace(self.setup.problem, pins=pins)

    def set_pinned(self, round_id: int, person_id: int, pinned: bool) -> None:
        pins = self.pinned.setdefault(round_id, set())
        if pinned:
            pins.add(person_id)
        else:
            pins.discard(person_id)
        index = self.round_index(round_id)
        if index is not None and self.setup is not None and person_id in {p.key for p in self.setup.problem.people}:
            table = self.plan[index].get(person_id) if self.plan and index < len(self.plan) else None
            self._set_pin(index, person_id, table if pinned else None)
            self.evaluate()


def _pins(doc: SessionDocument) -> dict[int, set[int]]:
    t = MAPPED[m.SeatAssignment].c
    found: dict[int, set[int]] = defaultdict(set)
    with doc.reader() as session:
        for round_id, person_id in session.execute(select(t.round_id, t.participant_id).where(t.pinned)):
            found[round_id].add(person_id)
    return found
