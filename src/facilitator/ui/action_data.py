"""Reads for the actions overview: every action of the day with its path (note → theme → vote), in few queries."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from facilitator.core import model as m
from facilitator.core.actions import ActionPath, trace_all
from facilitator.store.document import SessionDocument
from facilitator.store.schema import MAPPED
from facilitator.ui import queries


@dataclass(frozen=True, slots=True)
class SourceNote:
    """The part of a note an action's path needs."""

    text: str
    theme_id: int | None
    agenda_item_id: int


@dataclass
class Overview:
    """Actions (agreements first), their paths by action id, agenda item titles by id."""

    actions: list[m.ActionItem] = field(default_factory=list)
    paths: dict[int | None, ActionPath] = field(default_factory=dict)
    items: dict[int, m.AgendaItem] = field(default_factory=dict)
    themes: dict[int, m.Theme] = field(default_factory=dict)
    notes: dict[int, SourceNote] = field(default_factory=dict)


def read_overview(doc: SessionDocument | None) -> Overview:
    """Every action with its path; only the notes that actions point at are read (plus theme sizes)."""
    if doc is None:
        return Overview()
    actions = sorted(doc.all(m.ActionItem), key=lambda a: (a.kind != m.ActionKind.ACTION, a.position, a.id or 0))
    themes = {t.id: t for t in doc.all(m.Theme)}
    note_ids = {a.source_note_id for a in actions if a.source_note_id is not None}
    t = MAPPED[m.StickyNote].c
    with doc.reader() as session:
        notes = {row.id: SourceNote(row.text, row.theme_id, row.agenda_item_id) for row in session.execute(
            select(t.id, t.text, t.theme_id, t.agenda_item_id).where(t.id.in_(note_ids)))} if note_ids else {}
        theme_ids = {a.source_theme_id for a in actions} | {n.theme_id for n in notes.values()}
        theme_ids.discard(None)
        members: dict[int, list[int]] = {}
        if theme_ids:
            for note_id, theme_id in session.execute(select(t.id, t.theme_id).where(t.theme_id.in_(theme_ids))):
                members.setdefault(theme_id, []).append(note_id)
    paths = trace_all(actions, notes=notes, themes=themes, votes=doc.all(m.DotVote),
                      tallies=queries.vote_totals(doc), theme_members=members)
    return Overview(actions, paths, {i.id: i for i in doc.all(m.AgendaItem)}, themes, notes)
