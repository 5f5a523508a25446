"""Feeds the projector's notes modes ("Thema's", "Stemuitslag") from the document.

The live controller asks :meth:`NotesProjection.frame` at every tick; the
board is read again only after the document was written (a listener marks it
stale), and then only the one agenda item's themes, notes and vote tallies,
so a tally typed on the Notes screen reaches the projector within a second
without costing anything in between. Which item: the one the chair projected
from the Notes screen, else the live agenda item. Which vote: the one chosen,
else the item's latest vote with dots.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select

from facilitator.core import votes
from facilitator.core.model import AgendaItem, DotVote, Meeting, StickyNote, Theme, VoteTally
from facilitator.core.projection_frame import ProjectorFrame, ProjectorMode
from facilitator.core.projection_notes import rank_lines, theme_cards, themes_frame, votes_frame
from facilitator.store.document import SessionDocument
from facilitator.store.schema import MAPPED
from facilitator.ui.labels import number
from facilitator.ui.plurals import plurals
from facilitator.ui.projection_feed import ProjectionFeed


def vote_caption(vote: DotVote, tallies: list[VoteTally]) -> str:
    """'312 van 330 stippen' (or '312 stippen' when the voters are not known)."""
    check = votes.budget(vote, tallies)
    if check.possible is not None:
        return QCoreApplication.translate("NotesProjection", "{cast} of {possible} dots").format(
            cast=number(check.cast), possible=number(check.possible))
    return plurals().dots(check.cast)


class NotesProjection(ProjectionFeed):
    """The notes-mode frames of one document."""

    def forget(self) -> None:
        super().forget()
        self.item_id: int | None = None  # chosen by the chair; None: follow the live agenda item
        self.vote_id: int | None = None  # chosen by the chair; None: the item's latest vote with dots
        self._data: dict[int, tuple] = {}

    def _read(self, kind: str, item_id: int):
        """What one mode needs of one item, read once after each write (plain rows, summed dots: cheap on
        a G1000 file)."""
        if self._stale:
            self._stale, self._data, self._cache = False, {}, None
        key = (kind, item_id)
        if key not in self._data:
            with self.document.reader() as session:
                self._data[key] = (self._read_themes if kind == ProjectorMode.THEMES else self._read_votes)(
                    session, item_id)
        return self._data[key]

    @staticmethod
    def _read_themes(session, item_id: int) -> tuple:
        t, n = MAPPED[Theme].c, MAPPED[StickyNote].c
        title = session.execute(select(MAPPED[AgendaItem].c.title).where(MAPPED[AgendaItem].c.id == item_id)).scalar()
        themes = session.execute(select(t.id, t.name).where(t.agenda_item_id == item_id)
                                 .order_by(t.position, t.id)).all()
        notes = session.execute(select(n.id, n.text, n.theme_id, n.hidden, n.is_quote, n.position).where(
            (n.agenda_item_id == item_id) & n.theme_id.is_not(None))).all()
        return title or "", themes, notes

    @staticmethod
    def _read_votes(session, item_id: int) -> tuple:
        t, n, v, c = MAPPED[Theme].c, MAPPED[StickyNote].c, MAPPED[DotVote].c, MAPPED[VoteTally].c
        title = session.execute(select(MAPPED[AgendaItem].c.title).where(MAPPED[AgendaItem].c.id == item_id)).scalar()
        held = list(session.scalars(select(DotVote).where(v.agenda_item_id == item_id).order_by(v.id)))
        sums = session.execute(select(c.vote_id, c.theme_id, c.note_id, func.sum(c.dots)).where(
            c.vote_id.in_([vote.id for vote in held])).group_by(c.vote_id, c.theme_id, c.note_id)).all() if held else []
        tallies = [VoteTally(vote_id, int(dots or 0), theme_id=theme_id, note_id=note_id)
                   for vote_id, theme_id, note_id, dots in sums]
        voted_themes = {x.theme_id for x in tallies if x.theme_id is not None}
        voted_notes = {x.note_id for x in tallies if x.note_id is not None}
        themes = session.execute(select(t.id, t.name).where((t.agenda_item_id == item_id) | t.id.in_(voted_themes))
                                 .order_by(t.position, t.id)).all()
        own = [theme_id for theme_id, _name in session.execute(
            select(t.id, t.name).where(t.agenda_item_id == item_id).order_by(t.position, t.id)).all()]
        # themes with notes, and whether any of them is visible: a theme of hidden notes only is not shown at 0
        visible = dict(session.execute(select(n.theme_id, func.max(n.hidden.is_(False))).where(
            (n.agenda_item_id == item_id) & n.theme_id.is_not(None)).group_by(n.theme_id)).all())
        notes = {i: (text, bool(hidden)) for i, text, hidden in session.execute(
            select(n.id, n.text, n.hidden).where(n.id.in_(voted_notes))).all()} if voted_notes else {}
        return title or "", held, tallies, dict(themes), own, visible, notes

    def chosen_vote(self, held: list[DotVote], tallies: list[VoteTally]) -> DotVote | None:
        chosen = next((v for v in held if v.id == self.vote_id), None)
        if chosen is not None:
            return chosen
        with_dots = {t.vote_id for t in tallies if t.dots}
        return next((v for v in reversed(held) if v.id in with_dots), held[-1] if held else None)

    def frame(self, mode: str, meeting: Meeting, current_item_id: int | None = None) -> ProjectorFrame:
        """The frame for ``mode`` (a notes mode) of the chosen item, else the live one."""
        item_id = self.item_id if self.item_id is not None else current_item_id
        if self.document is None or item_id is None:
            return ProjectorFrame(mode=mode, meeting_title=meeting.title, paging=self.paging)
        data = self._read(mode, item_id)
        key = (mode, meeting.title, item_id, self.vote_id, self.paging)
        if self._cache is not None and self._cache[0] == key:
            return self._cache[1]
        if mode == ProjectorMode.THEMES:
            title, themes, notes = data
            clustered = sum(1 for n in notes if not n.hidden)
            caption = plurals().notes_in_themes(clustered) if themes else ""
            result = themes_frame(meeting.title, title, theme_cards(themes, notes), self.paging, caption)
        else:
            title, held, tallies, theme_names, own, visible, note_texts = data
            vote = self.chosen_vote(held, tallies)
            mine = [t for t in tallies if vote is not None and t.vote_id == vote.id]
            on_own = not mine or any(t.theme_id in set(own) for t in mine)
            targets = []
            if vote is not None and on_own and not vote.on_notes:
                voted = {t.theme_id for t in mine}  # themes of this board without dots count as 0, unless
                targets = [(votes.THEME, i) for i in own if visible.get(i, True) or i in voted]  # all hidden
            lines = rank_lines(mine, theme_names, note_texts, targets)
            if vote is not None and vote.title and vote.title != title:
                title = f"{title} · {vote.title}" if title else vote.title
            result = votes_frame(meeting.title, title, lines, self.paging,
                                 vote_caption(vote, mine) if vote is not None else "")
        self._cache = (key, result)
        return result

def sample_frames(doc: SessionDocument, now: float) -> dict[str, ProjectorFrame]:
    """``{"themes": …, "votes": …}`` of a session for the screenshots: the item with the most themes, and
    the latest vote with dots (left out when there are none: the made-up samples show instead)."""
    from collections import Counter

    projection = NotesProjection()
    projection.set_document(doc)
    projection.restart(now)
    try:
        meeting = doc.meeting()
        themed = Counter(t.agenda_item_id for t in doc.all(Theme)).most_common(1)
        projection.item_id = themed[0][0] if themed else None
        frames = {"themes": projection.frame(ProjectorMode.THEMES, meeting)}
        voted = {t.vote_id for t in doc.all(VoteTally) if t.dots}
        vote = max((v for v in doc.all(DotVote) if v.id in voted), key=lambda v: v.id, default=None)
        projection.item_id = vote.agenda_item_id if vote else projection.item_id
        projection.vote_id = vote.id if vote else None
        frames["votes"] = projection.frame(ProjectorMode.VOTES, meeting)
        return {name: frame for name, frame in frames.items() if frame.themes or frame.ranking}  # else: samples
    finally:
        projection.set_document(None)
