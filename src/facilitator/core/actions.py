"""Where an agreement or recommendation came from: the path note → theme → vote → action, as data.

An :class:`~facilitator.core.model.ActionItem` keeps links to the note and/or
theme it was made from. :func:`trace_all` follows them for every action of
the day: the note (its text), the theme (its own, or the note's current
theme) with its notes, and the theme's (or note's) place in each dot vote
(rank, dots, out of how many). The report and the overview turn a
:class:`ActionPath` into words; nothing here knows Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable, Mapping

from facilitator.core import votes as vote_rules
from facilitator.core.model import ActionItem, ActionKind, DotVote, Theme, VoteTally


@dataclass(frozen=True)
class VotePlace:
    """A theme's or note's place in one dot vote: ``rank`` of ``ranked`` things, with ``dots``."""

    vote_id: int
    vote_title: str
    target: str  # "theme" or "note"
    rank: int
    dots: int
    ranked: int


@dataclass(frozen=True)
class ActionPath:
    """What one action came from. Empty fields: that link is missing (an action typed in on its own)."""

    action_id: int | None
    note_id: int | None = None
    note_text: str = ""
    theme_id: int | None = None
    theme_name: str = ""
    theme_note_ids: tuple[int, ...] = ()
    places: tuple[VotePlace, ...] = ()

    @property
    def empty(self) -> bool:
        return self.note_id is None and self.theme_id is None

    def best_place(self) -> VotePlace | None:
        """The highest place (a theme's place before a note's when equal)."""
        return min(self.places, key=lambda p: (p.rank, p.target != "theme", p.vote_id), default=None)


def places(votes: Iterable[DotVote], tallies: Iterable[VoteTally]) -> dict[tuple[str, int], list[VotePlace]]:
    """Every voted-on theme or note: its places, one per vote it appeared in."""
    by_vote: dict[int, list[VoteTally]] = {}
    for tally in tallies:
        by_vote.setdefault(tally.vote_id, []).append(tally)
    found: dict[tuple[str, int], list[VotePlace]] = {}
    for vote in votes:
        ranking = vote_rules.ranking(by_vote.get(vote.id, []))
        for ranked in ranking:
            found.setdefault(ranked.key, []).append(
                VotePlace(vote.id, vote.title, ranked.key[0], ranked.rank, ranked.dots, len(ranking)))
    return found


def trace_all(actions: Iterable[ActionItem], *, notes: Mapping[int, Any], themes: Mapping[int, Theme],
              votes: Iterable[DotVote], tallies: Iterable[VoteTally],
              theme_members: Mapping[int, Iterable[int]] | None = None) -> dict[int | None, ActionPath]:
    """The path of each action, by action id.

    ``notes``: id -> anything with ``text`` and ``theme_id`` (a StickyNote or a
    light row; only the notes actions point at are needed); ``theme_members``:
    theme id -> its note ids (defaults to what ``notes`` holds).
    """
    voted = places(votes, tallies)
    if theme_members is None:
        members: dict[int, list[int]] = {}
        for note_id, note in notes.items():
            if note.theme_id is not None:
                members.setdefault(note.theme_id, []).append(note_id)
        theme_members = members
    result: dict[int | None, ActionPath] = {}
    for action in actions:
        note = notes.get(action.source_note_id) if action.source_note_id is not None else None
        theme_id = action.source_theme_id
        if note is not None and note.theme_id is not None:
            theme_id = note.theme_id  # the note's theme now (it may have been merged since)
        theme = themes.get(theme_id) if theme_id is not None else None
        found = []
        if theme is not None:
            found += voted.get(("theme", theme.id), [])
        if note is not None:
            found += voted.get(("note", action.source_note_id), [])
        result[action.id] = ActionPath(
            action.id,
            note_id=action.source_note_id if note is not None else None,
            note_text=note.text if note is not None else "",
            theme_id=theme.id if theme is not None else None,
            theme_name=theme.name if theme is not None else "",
            theme_note_ids=tuple(sorted(theme_members.get(theme.id, ()))) if theme is not None else (),
            places=tuple(sorted(found, key=lambda p: (p.vote_id, p.target))),
        )
    return result


def action_from(source: Any, *, kind: ActionKind, text: str, owner: str = "", due_date: date | None = None,
                position: int = 0) -> ActionItem:
    """A new action made from a note or a theme (``source``: a Theme, a note record or row, or None).

    A note's action links the note and its theme; an agreement keeps owner and
    due date, a recommendation has neither.
    """
    is_theme = isinstance(source, Theme)
    is_action = ActionKind(kind) == ActionKind.ACTION
    return ActionItem(
        text=text.strip(), kind=ActionKind(kind), owner=owner.strip() if is_action else "",
        due_date=due_date if is_action else None,
        agenda_item_id=getattr(source, "agenda_item_id", None),
        source_theme_id=source.id if is_theme else getattr(source, "theme_id", None),
        source_note_id=None if is_theme or source is None else source.id,
        position=position,
    )
