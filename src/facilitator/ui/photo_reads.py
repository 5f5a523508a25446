"""Reads of the photos in the session file: light rows for the grid, the bytes only where needed."""

from __future__ import annotations

from sqlalchemy import func, select

from facilitator.core.model import Photo
from facilitator.core.progress import Progress
from facilitator.store.document import SessionDocument
from facilitator.store.schema import MAPPED
from facilitator.ui.photo_files import make_thumbnails
from facilitator.ui.photo_model import PhotoRow


def photo_rows(doc: SessionDocument, agenda_item_id: int) -> list[PhotoRow]:
    """One agenda item's photos in order, without their bytes."""
    t = MAPPED[Photo].c
    query = (select(t.id, t.file_name, t.caption, t.width, t.height, func.length(t.data))
             .where(t.agenda_item_id == agenda_item_id).order_by(t.position, t.id))
    with doc.reader() as session:
        return [PhotoRow(*row) for row in session.execute(query)]


def photo_counts(doc: SessionDocument) -> dict[int, int]:
    """How many photos each agenda item has."""
    t = MAPPED[Photo].c
    with doc.reader() as session:
        return dict(session.execute(select(t.agenda_item_id, func.count()).group_by(t.agenda_item_id)).all())


def photo_bytes(doc: SessionDocument, ids: list[int]) -> dict[int, bytes]:
    t = MAPPED[Photo].c
    with doc.reader() as session:
        return dict(session.execute(select(t.id, t.data).where(t.id.in_(ids))).all())


def read_thumbnails(doc: SessionDocument, ids: list[int], *, progress: Progress):
    """Read the photos' bytes and scale them (worker thread: the session file allows readers on any thread)."""
    made = {}
    for start in range(0, len(ids), 8):  # a few at a time: twenty 10 MB photos need not sit in memory at once
        progress.step(start, len(ids), "")
        made.update(make_thumbnails(photo_bytes(doc, ids[start:start + 8]), progress=progress))
    return made
