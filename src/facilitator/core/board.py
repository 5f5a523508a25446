"""Board edits as data: every change to a board (notes, themes, tallies, actions, photos) is a :class:`BoardEdit`.

An edit lists the records it adds, the records it removes and the fields it
changes (each with the value before and after), so its :meth:`BoardEdit.inverse`
undoes it exactly: removed records come back with their own ids, changed
fields get their old values. The store applies an edit in one transaction
(``store.board.apply``); the UI pushes edits on an undo stack. The functions
below build the edits of the clustering rules:

* grouping notes into a theme (a new one, or an existing one), taking notes
  out of it, moving them between categories;
* merging a theme into another: its notes, dots and actions go along;
* ungrouping a theme: its notes stay, the theme and the dots cast on it go;
* deleting notes: dots cast on them go, actions keep their text but lose the link;
* a theme left without notes by a take-out or a move is removed, unless dots
  or actions still point at it.

A value in a :class:`FieldChange` may be a record instead of an id ("the theme
this edit creates"): its id is known only once the store has inserted it.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable

from facilitator.core.model import ActionItem, StickyNote, Theme, VoteTally


@dataclass(frozen=True)
class FieldChange:
    """One field of one record: ``record`` is the (detached) record the change is about."""

    record: Any
    name: str
    before: Any
    after: Any

    def inverse(self) -> "FieldChange":
        return FieldChange(self.record, self.name, self.after, self.before)


@dataclass(frozen=True)
class BoardEdit:
    """Records added, records removed and fields changed, as one undoable step."""

    added: tuple = ()
    removed: tuple = ()
    changes: tuple[FieldChange, ...] = ()

    def inverse(self) -> "BoardEdit":
        return BoardEdit(self.removed, self.added, tuple(c.inverse() for c in reversed(self.changes)))

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changes)

    def __add__(self, other: "BoardEdit") -> "BoardEdit":
        return BoardEdit(self.added + other.added, self.removed + other.removed, self.changes + other.changes)

    def touched(self, kind: type) -> list:
        """The records of ``kind`` this edit adds, removes or changes (each once)."""
        found: dict[int, Any] = {}
        for record in (*self.added, *self.removed, *(c.record for c in self.changes)):
            if isinstance(record, kind):
                found.setdefault(id(record), record)
        return list(found.values())


def is_record(value: Any) -> bool:
    return dataclasses.is_dataclass(value) and not isinstance(value, type)


def resolve(value: Any) -> Any:
    """A change's value as stored: a record stands for its id."""
    return value.id if is_record(value) else value


@dataclass
class Dependents:
    """What points at some notes or themes from outside the board: dots and actions (the store reads them)."""

    tallies: list[VoteTally] = field(default_factory=list)
    actions: list[ActionItem] = field(default_factory=list)

    def on_theme(self, theme_id: int) -> tuple[list[VoteTally], list[ActionItem]]:
        return ([t for t in self.tallies if t.theme_id == theme_id],
                [a for a in self.actions if a.source_theme_id == theme_id])

    def on_notes(self, note_ids: set[int]) -> tuple[list[VoteTally], list[ActionItem]]:
        return ([t for t in self.tallies if t.note_id in note_ids],
                [a for a in self.actions if a.source_note_id in note_ids])


def _differs(current: Any, after: Any) -> bool:
    if is_record(after):
        return after.id is None or current != after.id
    return current != after


def _set(records: Iterable[Any], name: str, after: Any) -> tuple[FieldChange, ...]:
    """Set ``name`` to ``after`` on every record where it differs."""
    return tuple(FieldChange(r, name, getattr(r, name), after) for r in records if _differs(getattr(r, name), after))


def _emptied(themes: Iterable[Theme], leaving: Iterable[StickyNote], members: Counter, dependents: Dependents,
             ) -> tuple[Theme, ...]:
    """Themes whose notes all leave and that no dots or actions point at."""
    leaving_count = Counter(n.theme_id for n in leaving if n.theme_id is not None)
    gone = []
    for theme in themes:
        if theme.id in leaving_count and leaving_count[theme.id] >= members.get(theme.id, 0):
            tallies, actions = dependents.on_theme(theme.id)
            if not tallies and not actions:
                gone.append(theme)
    return tuple(gone)


def add_notes(*notes: StickyNote) -> BoardEdit:
    return BoardEdit(added=notes)


def edit_note(note: StickyNote, **fields: Any) -> BoardEdit:
    """Change text, category, table, round, quote or hidden of one note."""
    return BoardEdit(changes=tuple(c for name, value in fields.items() for c in _set([note], name, value)))


def delete_notes(notes: list[StickyNote], dependents: Dependents) -> BoardEdit:
    """Notes go with the dots cast on them; actions made from them keep their text and lose the link."""
    tallies, actions = dependents.on_notes({n.id for n in notes})
    return BoardEdit(removed=(*tallies, *notes), changes=_set(actions, "source_note_id", None))


def group(notes: list[StickyNote], theme: Theme, *, themes: Iterable[Theme] = (), members: Counter | None = None,
          dependents: Dependents | None = None, new: bool = False) -> BoardEdit:
    """Put ``notes`` into ``theme`` (``new``: the edit creates it); themes they leave empty are removed."""
    moving = [n for n in notes if n.theme_id != theme.id or new]
    left_empty = _emptied([t for t in themes if t.id != theme.id], moving, members or Counter(),
                          dependents or Dependents())
    return BoardEdit(added=(theme,) if new else (), removed=left_empty, changes=_set(moving, "theme_id", theme))


def take_out(notes: list[StickyNote], *, themes: Iterable[Theme], members: Counter,
             dependents: Dependents) -> BoardEdit:
    """Notes leave their theme (back to "not clustered"); a theme left empty and unused goes."""
    moving = [n for n in notes if n.theme_id is not None]
    return BoardEdit(removed=_emptied(themes, moving, members, dependents), changes=_set(moving, "theme_id", None))


def move_to_category(notes: list[StickyNote], category: str) -> BoardEdit:
    return BoardEdit(changes=_set(notes, "category", category))


def rename_theme(theme: Theme, name: str) -> BoardEdit:
    return BoardEdit(changes=_set([theme], "name", name.strip()))


def merge_themes(keep: Theme, absorbed: Theme, notes: list[StickyNote], dependents: Dependents) -> BoardEdit:
    """``absorbed`` joins ``keep``: its notes, its dots and the actions made from it move over; it goes."""
    tallies, actions = dependents.on_theme(absorbed.id)
    members = [n for n in notes if n.theme_id == absorbed.id]
    return BoardEdit(removed=(absorbed,), changes=(*_set(members, "theme_id", keep), *_set(tallies, "theme_id", keep),
                                                   *_set(actions, "source_theme_id", keep)))


def ungroup(theme: Theme, notes: list[StickyNote], dependents: Dependents) -> BoardEdit:
    """The theme goes; its notes stay (not clustered); dots cast on it go; actions lose the link."""
    tallies, actions = dependents.on_theme(theme.id)
    members = [n for n in notes if n.theme_id == theme.id]
    return BoardEdit(removed=(*tallies, theme),
                     changes=(*_set(members, "theme_id", None), *_set(actions, "source_theme_id", None)))


def delete_records(*records: Any) -> BoardEdit:
    """Remove records that nothing else points at (an action, a photo, a vote's tallies)."""
    return BoardEdit(removed=records)


def edit_record(record: Any, **fields: Any) -> BoardEdit:
    """Change fields of any record (an action's owner, a photo's caption, a tally's dots)."""
    return BoardEdit(changes=tuple(c for name, value in fields.items() for c in _set([record], name, value)))


def suggested_name(texts: list[str], limit: int = 40) -> str:
    """A first name for a new theme: the shortest of its notes, cut at a word (the facilitator renames it)."""
    text = min((t.strip() for t in texts if t.strip()), key=len, default="")
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",.;:") + "…"
