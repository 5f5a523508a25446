"""Bulk reads the screens need: one query per kind of record, never one per row.

Small kinds come back as the model's own records (``document.all``); the big
ones (notes, seats) as light rows from a column ``select``, which is several
times faster than loading 10,000 mapped objects. Candidates for the store's
own read API once the screens settle.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select

from facilitator.core import model as m
from facilitator.store.document import SessionDocument
from facilitator.store.schema import MAPPED


@dataclass(frozen=True, slots=True)
class NoteRow:
    """A sticky note as the lists and boards show it (ids, not records, for its relations)."""

    id: int
    text: str
    agenda_item_id: int
    category: str
    table_id: int | None
    round_id: int | None
    theme_id: int | None
    is_quote: bool
    hidden: bool


def note_rows(doc: SessionDocument, agenda_item_id: int | None = None) -> list[NoteRow]:
    """Notes in board order (agenda item, position); all of them, or one item's."""
    t = MAPPED[m.StickyNote].c
    query = select(t.id, t.text, t.agenda_item_id, t.category, t.table_id, t.round_id, t.theme_id,
                   t.is_quote, t.hidden).order_by(t.agenda_item_id, t.position, t.id)
    if agenda_item_id is not None:
        query = query.where(t.agenda_item_id == agenda_item_id)
    with doc.reader() as session:
        return [NoteRow(*row) for row in session.execute(query)]


def seating(doc: SessionDocument) -> dict[int, dict[int, list[int]]]:
    """Every round's seating: round id -> table id -> participant ids (in assignment order)."""
    t = MAPPED[m.SeatAssignment].c
    result: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    with doc.reader() as session:
        for round_id, table_id, person_id in session.execute(
            select(t.round_id, t.table_id, t.participant_id).order_by(t.id)
        ):
            result[round_id][table_id].append(person_id)
    return result


def rounds(doc: SessionDocument) -> list[m.TableRound]:
    """Table rounds by number."""
    return sorted(doc.all(m.TableRound), key=lambda r: (r.number, r.id))


def vote_totals(doc: SessionDocument) -> list[m.VoteTally]:
    """Dot tallies summed over tables: one (unsaved) tally per vote and theme or note.

    A G1000 vote has a tally per table and theme (thousands of rows); the screens
    only show totals, so SQL adds them up and ``core.votes`` ranks a few hundred.
    """
    t = MAPPED[m.VoteTally].c
    query = select(t.vote_id, t.theme_id, t.note_id, func.sum(t.dots)).group_by(t.vote_id, t.theme_id, t.note_id)
    with doc.reader() as session:
        rows = session.execute(query).all()
    return [m.VoteTally(vote_id, int(dots), theme_id=theme_id, note_id=note_id)
            for vote_id, theme_id, note_id, dots in rows]


def hidden_note_count(doc: SessionDocument) -> int:
    """How many notes are hidden from the projector (and left out of the report)."""
    t = MAPPED[m.StickyNote].c
    with doc.reader() as session:
        return session.execute(select(func.count()).where(t.hidden.is_(True))).scalar_one()


def note_texts(doc: SessionDocument, ids: set[int]) -> dict[int, str]:
    """Texts of some notes (those voted on), in one query."""
    if not ids:
        return {}
    t = MAPPED[m.StickyNote].c
    with doc.reader() as session:
        return dict(session.execute(select(t.id, t.text).where(t.id.in_(sorted(ids)))).all())


def presence(doc: SessionDocument) -> Counter:
    """How many people of each (role, attendance) the list holds; for key figures."""
    t = MAPPED[m.Participant].c
    with doc.reader() as session:
        rows = session.execute(select(t.role, t.attendance, func.count()).group_by(t.role, t.attendance))
        return Counter({(m.Role(role), m.Attendance(att)): count for role, att, count in rows})
