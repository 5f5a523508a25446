"""Load and save the live run: the LiveRun row and the agenda items' actual times, each in one transaction.

The timer (``facilitator.core.live.DayRun``) changes these records in place
and says which changed; :func:`save` writes them together, so a crash never
leaves the run pointing at an item whose start was not written.
"""

from __future__ import annotations

from typing import Iterable

from sqlalchemy import select

from facilitator.core.model import AgendaItem, LiveRun
from facilitator.store.document import SessionDocument
from facilitator.store.schema import MAPPED


def load(doc: SessionDocument) -> tuple[LiveRun, list[AgendaItem]]:
    """The session's LiveRun (created on first use) and its agenda items in running order.

    Both are read in one transaction. A read-only document gets a fresh,
    unsaved LiveRun when it has none.
    """
    columns = MAPPED[AgendaItem].c
    items_query = select(AgendaItem).order_by(columns.position, columns.id)
    run_query = select(LiveRun).order_by(MAPPED[LiveRun].c.id).limit(1)
    if doc.read_only:
        with doc.reader() as session:
            run = session.scalars(run_query).first() or LiveRun()
            return run, list(session.scalars(items_query))
    with doc.transaction() as session:
        run = session.scalars(run_query).first()
        if run is None:
            run = LiveRun()
            session.add(run)
            session.flush()
        items = list(session.scalars(items_query))
    return run, items


def save(doc: SessionDocument, live_run: LiveRun, changed_items: Iterable[AgendaItem] = ()) -> None:
    """Write the LiveRun and the changed agenda items in one transaction (all or nothing)."""
    with doc.transaction() as session:
        stored = session.merge(live_run)
        for item in changed_items:
            session.merge(item)
        session.flush()
        if live_run.id is None:
            live_run.id = stored.id
