"""Feeds the projector's seating modes: reads a round's seating from the document into a frame.

The live controller asks :meth:`SeatingProjection.frame` at every tick; the
seating is read again only after the document was written (a listener marks
it stale), so a G1000 costs nothing per second. Which round: the one the
chair projected from the Tables screen, else the table round of the live
agenda item, else the next table round in the programme, else the first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.core.model import AgendaItem, Meeting, Participant, Table, TableRound
from facilitator.core.projection_frame import ProjectorFrame, seating_frame
from facilitator.ui import queries
from facilitator.ui.projection_feed import ProjectionFeed


class SeatingProjection(ProjectionFeed):
    """The seating-mode frames of one document, with the paging the chair started."""

    def forget(self) -> None:
        super().forget()
        self.round_id: int | None = None  # chosen by the chair; None: follow the programme
        self._data: tuple | None = None

    def _read(self) -> tuple:
        if self._stale or self._data is None:
            doc = self.document
            self._stale = False
            self._data = (
                sorted(doc.all(Table), key=lambda t: (t.position, t.id)),
                {p.id: p for p in doc.all(Participant)},
                queries.rounds(doc),
                queries.seating(doc),
                {i.id: i for i in doc.all(AgendaItem)},
            )
            self._cache = None
        return self._data

    def current_round(self, current_item_id: int | None) -> TableRound | None:
        """The round to show (see the module)."""
        if self.document is None:
            return None
        _tables, _people, rounds, seating, items = self._read()
        if not rounds:
            return None
        chosen = next((r for r in rounds if r.id == self.round_id), None)
        if chosen is not None:
            return chosen
        linked = next((r for r in rounds if r.agenda_item_id is not None and r.agenda_item_id == current_item_id),
                      None)
        if linked is not None:
            return linked
        current = items.get(current_item_id)
        if current is not None:
            later = [r for r in rounds if r.agenda_item_id in items
                     and items[r.agenda_item_id].position >= current.position]
            if later:
                return min(later, key=lambda r: items[r.agenda_item_id].position)
        return next((r for r in rounds if seating.get(r.id)), rounds[0])

    def round_title(self, rnd: TableRound) -> str:
        text = QCoreApplication.translate("SeatingProjection", "Round {number}").format(number=rnd.number)
        return f"{text}: {rnd.title}" if rnd.title else text

    def frame(self, mode: str, meeting: Meeting, current_item_id: int | None = None) -> ProjectorFrame:
        """The frame for ``mode`` (a seating mode) of the round to show."""
        if self.document is None:
            return ProjectorFrame(mode=mode, meeting_title=meeting.title, paging=self.paging)
        tables, people, _rounds, seating, _items = self._read()
        rnd = self.current_round(current_item_id)
        key = (mode, meeting.title, rnd.id if rnd else None, self.paging)
        if self._cache is not None and self._cache[0] == key:
            return self._cache[1]
        result = seating_frame(mode, meeting, self.round_title(rnd) if rnd else "", tables, people,
                               seating.get(rnd.id, {}) if rnd else {}, self.paging)
        self._cache = (key, result)
        return result
