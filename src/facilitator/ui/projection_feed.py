"""What the projector's data feeds share: the document they read, a stale flag set on every write, paging."""

from __future__ import annotations

from facilitator.core.projection_frame import DEFAULT_PAGE_SECONDS, Paging
from facilitator.store.document import SessionDocument


class ProjectionFeed:
    """Base of the feeds (seating, notes): data is read again only after the document was written."""

    def __init__(self, page_seconds: float = DEFAULT_PAGE_SECONDS) -> None:
        self.document: SessionDocument | None = None
        self.paging = Paging(seconds=page_seconds)
        self._stale = True
        self._cache: tuple | None = None  # (key, frame)
        self.forget()

    def forget(self) -> None:
        """Drop what was read and chosen for the previous document (subclasses add their own)."""
        self._stale, self._cache = True, None

    def set_document(self, document: SessionDocument | None) -> None:
        if self.document is not None:
            self.document.remove_listener(self._written)
        self.document = document
        self.forget()
        if document is not None:
            document.add_listener(self._written)

    def _written(self, _saved_at) -> None:  # any thread: only a flag
        self._stale = True

    def restart(self, now: float) -> None:
        """Show the first page now; pages turn every ``seconds`` from here."""
        self.paging = Paging(origin=now, seconds=self.paging.seconds)

    def turn(self, pages: int) -> None:
        """The chair turns ``pages`` pages by hand (negative: back)."""
        self.paging = Paging(self.paging.origin, self.paging.seconds, self.paging.offset + pages)
