"""The boards in the session file: read one agenda item's board, and apply a :class:`BoardEdit` in one transaction.

:func:`apply` writes an edit durably before it returns (a crash a moment
later loses nothing) and keeps the edit's own record objects in step with
the file: added records get their ids, changed fields their new values. A
record that comes back (an undone delete) keeps its old id, so older undo
steps still find it; only if that id was taken meanwhile does it get a new one.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import delete, func, inspect, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, make_transient

from facilitator.core import model as m
from facilitator.core.board import BoardEdit, Dependents, resolve
from facilitator.store.document import SessionDocument
from facilitator.store.errors import StaleEdit
from facilitator.store.schema import MAPPED

#: Parents before children: the order records are inserted in (and deleted in reverse).
ORDER = (m.Theme, m.DotVote, m.StickyNote, m.VoteTally, m.ActionItem, m.Photo)


def _rank(record: object) -> int:
    return ORDER.index(type(record)) if type(record) in ORDER else len(ORDER)


def apply(doc: SessionDocument, edit: BoardEdit) -> None:
    """Write ``edit`` in one durable transaction: additions, then field changes, then removals.

    Raises :class:`StaleEdit` (and writes nothing) when a record it names is gone meanwhile.
    """
    try:
        _write(doc, edit)
    except (IntegrityError, _Missing) as error:
        raise StaleEdit(doc.path, str(error).splitlines()[0]) from error
    for change in edit.changes:
        setattr(change.record, change.name, resolve(change.after))


class _Missing(Exception):
    pass


def _write(doc: SessionDocument, edit: BoardEdit) -> None:
    with doc.transaction() as session:
        for record in sorted(edit.added, key=_rank):
            _insert(session, record)
        by_value: dict[tuple[type, str, object], tuple[object, list[object]]] = {}
        for change in edit.changes:
            value = resolve(change.after)
            same = repr(value) if isinstance(value, (list, dict)) else value  # a list (board categories) as a key
            by_value.setdefault((type(change.record), change.name, same), (value, []))[1].append(change.record)
        for (kind, name, _same), (value, records) in by_value.items():
            table = MAPPED[kind]
            ids = [r.id for r in records]
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                result = session.execute(update(table).where(table.c.id.in_(chunk)).values({name: value}))
                if result.rowcount != len(set(chunk)):
                    raise _Missing(f"{kind.__name__} {name}: {len(set(chunk)) - result.rowcount} gone")
        by_kind: dict[type, list[int]] = defaultdict(list)
        for record in sorted(edit.removed, key=_rank, reverse=True):
            by_kind[type(record)].append(record.id)
        for kind in sorted(by_kind, key=lambda k: ORDER.index(k) if k in ORDER else len(ORDER), reverse=True):
            table = MAPPED[kind]
            ids = by_kind[kind]
            for start in range(0, len(ids), 500):
                session.execute(delete(table).where(table.c.id.in_(ids[start:start + 500])))


def _insert(session: Session, record: object) -> None:
    if inspect(record).key is not None:  # it was in the file once (an undone delete): insert it again
        make_transient(record)
    if record.id is not None and session.get(type(record), record.id) is not None:
        record.id = None  # its old id was taken meanwhile
    session.add(record)
    session.flush()


@dataclass
class Board:
    """One agenda item's board as records: notes in board order and themes in theme order."""

    notes: list[m.StickyNote]
    themes: list[m.Theme]

    def members(self) -> Counter:
        return Counter(n.theme_id for n in self.notes if n.theme_id is not None)


def load_board(doc: SessionDocument, agenda_item_id: int) -> Board:
    with doc.reader() as session:
        notes = list(session.scalars(select(m.StickyNote).where(MAPPED[m.StickyNote].c.agenda_item_id == agenda_item_id)
                                     .order_by(MAPPED[m.StickyNote].c.position, MAPPED[m.StickyNote].c.id)))
        themes = list(session.scalars(select(m.Theme).where(MAPPED[m.Theme].c.agenda_item_id == agenda_item_id)
                                      .order_by(MAPPED[m.Theme].c.position, MAPPED[m.Theme].c.id)))
    return Board(notes, themes)


def dependents(doc: SessionDocument, *, note_ids: set[int] = frozenset(), theme_ids: set[int] = frozenset(),
               ) -> Dependents:
    """The dots and actions that point at these notes or themes."""
    tallies, actions = MAPPED[m.VoteTally].c, MAPPED[m.ActionItem].c
    found = Dependents()
    with doc.reader() as session:
        if note_ids:
            found.tallies += session.scalars(select(m.VoteTally).where(tallies.note_id.in_(note_ids))).all()
            found.actions += session.scalars(select(m.ActionItem).where(actions.source_note_id.in_(note_ids))).all()
        if theme_ids:
            found.tallies += session.scalars(select(m.VoteTally).where(tallies.theme_id.in_(theme_ids))).all()
            found.actions += session.scalars(
                select(m.ActionItem).where(actions.source_theme_id.in_(theme_ids))).all()
    return found


def next_position(doc: SessionDocument, kind: type, agenda_item_id: int | None = None) -> int:
    """One past the highest position of ``kind`` (on one agenda item's board, when given)."""
    table = MAPPED[kind]
    query = select(func.max(table.c.position))
    if agenda_item_id is not None:
        query = query.where(table.c.agenda_item_id == agenda_item_id)
    with doc.reader() as session:
        highest = session.execute(query).scalar()
    return 0 if highest is None else highest + 1
