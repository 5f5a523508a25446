"""Write a generated session file in one transaction, leaving nothing behind if that fails."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from facilitator.core.model import Meeting
from facilitator.store.document import SessionDocument


def write_session(path: Path | str, meeting: Meeting, fill: Callable[[Session], None]) -> Path:
    """Create ``path`` holding ``meeting``, let ``fill`` add everything else, and close the file.

    ``fill`` runs inside one :meth:`SessionDocument.transaction`, so the
    content is committed once, at the end. Refuses to overwrite (FileExistsError);
    a failure removes the half-made file again.
    """
    path = Path(path)
    doc = SessionDocument.create(path, meeting)
    try:
        with doc.transaction() as session:
            fill(session)
    except BaseException:
        doc.close()
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    doc.close()
    return path
