"""Edits of the programme that touch more than one row: insert, move and delete agenda items, each in one
transaction that keeps positions 0..n-1, plus what the builder must know before it deletes an item.

Items come back detached (the document's usual way); an item keeps its id
through a delete and a re-insert, so the builder's undo history stays valid.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator.core.model import (
    ActionItem,
    AgendaItem,
    DotVote,
    LiveRun,
    Photo,
    StickyNote,
    TableRound,
    Theme,
    WorkForm,
)
from facilitator.core.workforms import copy_of
from facilitator.store.document import SessionDocument

#: The fields of an agenda item the builder edits (not its position, id or actual times).
EDITABLE = ("title", "planned_minutes", "kind", "work_form_id", "facilitator_notes", "pinned_start",
            "flexible", "min_minutes")


def _ordered(session: Session) -> list[AgendaItem]:
    return list(session.scalars(select(AgendaItem).order_by(AgendaItem.position, AgendaItem.id)))


def _renumber(items: list[AgendaItem]) -> None:
    for position, item in enumerate(items):
        if item.position != position:
            item.position = position


def snapshot(item: AgendaItem) -> AgendaItem:
    """A detached copy of an item with all its fields (id included), e.g. to put it back after a delete."""
    return AgendaItem(**{f.name: getattr(item, f.name) for f in dataclasses.fields(AgendaItem)})


def insert_item(doc: SessionDocument, item: AgendaItem, row: int) -> AgendaItem:
    """Insert ``item`` at ``row`` of the programme (clamped) and renumber; its id is kept if it has one."""
    with doc.transaction() as session:
        items = _ordered(session)
        if item.id is not None and session.get(AgendaItem, item.id) is not None:
            item.id = None  # the old id was taken meanwhile: a new one will do
        session.add(item)
        items.insert(max(0, min(row, len(items))), item)
        _renumber(items)
    return item


def move_item(doc: SessionDocument, item_id: int, row: int) -> int:
    """Move the item to ``row`` (its index after the move, clamped); returns the row it came from."""
    with doc.transaction() as session:
        items = _ordered(session)
        source = next(n for n, i in enumerate(items) if i.id == item_id)
        item = items.pop(source)
        items.insert(max(0, min(row, len(items))), item)
        _renumber(items)
    return source


def delete_item(doc: SessionDocument, item_id: int) -> tuple[AgendaItem, int]:
    """Delete an item and close the gap; returns a snapshot of it and the row it had."""
    with doc.transaction() as session:
        items = _ordered(session)
        row = next(n for n, i in enumerate(items) if i.id == item_id)
        item = items.pop(row)
        kept = snapshot(item)
        session.delete(item)
        _renumber(items)
    return kept, row


def update_item(doc: SessionDocument, item_id: int, changes: dict[str, Any]) -> dict[str, Any]:
    """Set some editable fields of one item; returns their values before (for undo). KeyError if it is gone."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable here: {', '.join(sorted(unknown))}")
    with doc.transaction() as session:
        item = session.get(AgendaItem, item_id)
        if item is None:
            raise KeyError(item_id)
        before = {name: getattr(item, name) for name in changes}
        for name, value in changes.items():
            setattr(item, name, value)
    return before


def use_work_form(doc: SessionDocument, form: WorkForm) -> tuple[WorkForm, bool]:
    """The session's own copy of ``form`` (by key), adding one if it has none; and whether it was added."""
    with doc.transaction() as session:
        found = session.scalars(select(WorkForm).where(WorkForm.key == form.key)).first()
        if found is not None:
            return found, False
        copy = copy_of(form)
        session.add(copy)
    return copy, True


def drop_unused_work_form(doc: SessionDocument, form_id: int) -> bool:
    """Remove a session's work form that no item uses any more (undo of adding it); True if removed."""
    with doc.transaction() as session:
        used = session.scalar(select(func.count()).select_from(AgendaItem).where(AgendaItem.work_form_id == form_id))
        form = session.get(WorkForm, form_id)
        if used or form is None:
            return False
        session.delete(form)
    return True


@dataclass(frozen=True)
class Captured:
    """What the session recorded on an item; deleting the item deletes or unlinks all of it."""

    notes: int = 0
    themes: int = 0
    votes: int = 0
    rounds: int = 0
    actions: int = 0
    photos: int = 0
    has_run: bool = False

    @property
    def anything(self) -> bool:
        return bool(self.notes or self.themes or self.votes or self.rounds or self.actions or self.photos
                    or self.has_run)


def captured(doc: SessionDocument, item_id: int) -> Captured:
    def count(session: Session, cls: type, column) -> int:
        return session.scalar(select(func.count()).select_from(cls).where(column == item_id)) or 0

    with doc.reader() as session:
        item = session.get(AgendaItem, item_id)
        if item is None:
            return Captured()
        live = session.scalar(select(func.count()).select_from(LiveRun).where(LiveRun.current_item_id == item_id))
        return Captured(
            notes=count(session, StickyNote, StickyNote.agenda_item_id),
            themes=count(session, Theme, Theme.agenda_item_id),
            votes=count(session, DotVote, DotVote.agenda_item_id),
            rounds=count(session, TableRound, TableRound.agenda_item_id),
            actions=count(session, ActionItem, ActionItem.agenda_item_id),
            photos=count(session, Photo, Photo.agenda_item_id),
            has_run=bool(item.actual_start or item.actual_end or live),
        )


def forms_in_use(doc: SessionDocument) -> set[int]:
    with doc.reader() as session:
        rows = session.scalars(select(AgendaItem.work_form_id).where(AgendaItem.work_form_id.is_not(None)))
        return set(rows)
