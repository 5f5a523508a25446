"""What the projector's notes modes may show: an item's themes with a few of their notes, and a vote's ranking.

The room sees theme names, how many notes each theme has, a few note texts,
and the dots per theme or note. It never sees a hidden note (moderation: not
its text, not in a count, not in the ranking) and never who wrote a note:
:class:`ThemeCard` and :class:`RankLine` have no field for an author, and
the builders read only ``text``, ``theme_id``, ``hidden``, ``is_quote`` and
``position`` of a note. Nothing here imports Qt.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from facilitator.core.model import VoteTally
from facilitator.core.projection_frame import Paging, ProjectorFrame, ProjectorMode
from facilitator.core.votes import NOTE, THEME, ranking

#: How many note texts a theme card carries at most (the painter shows as many as fit).
TEXTS_PER_THEME = 4


@dataclass(frozen=True)
class ThemeCard:
    """One theme as the room sees it: its name, its (visible) notes counted, and a few of their texts."""

    name: str
    count: int
    texts: tuple[str, ...] = ()


@dataclass(frozen=True)
class RankLine:
    """One line of the vote result: place (shared on a tie), what was voted on, and its dots."""

    rank: int
    name: str
    dots: int


def theme_cards(themes: Sequence, notes: Iterable, texts_per_theme: int = TEXTS_PER_THEME) -> tuple[ThemeCard, ...]:
    """Cards for ``themes`` (records with ``id`` and ``name``), most notes first, then in board order.

    Hidden notes are left out entirely; a theme whose notes are all hidden is not shown. Each card's texts
    are its quotes first, then the others in board order.
    """
    members: dict[int, list] = defaultdict(list)
    hidden_only: set[int] = set()
    for note in notes:
        if note.theme_id is None:
            continue
        if note.hidden:
            hidden_only.add(note.theme_id)
            continue
        members[note.theme_id].append(note)
    cards = []
    for order, theme in enumerate(themes):
        visible = members.get(theme.id, [])
        if not visible and theme.id in hidden_only:
            continue
        chosen = sorted(visible, key=lambda n: (not n.is_quote, n.position, n.id or 0))[:texts_per_theme]
        texts = tuple(" ".join(n.text.split()) for n in chosen)
        cards.append((-len(visible), order, ThemeCard(theme.name, len(visible), texts)))
    return tuple(card for *_key, card in sorted(cards, key=lambda c: (c[0], c[1])))


def rank_lines(tallies: Iterable[VoteTally], theme_names: Mapping[int, str], notes: Mapping[int, tuple[str, bool]],
               targets: Iterable[tuple[str, int]] = ()) -> tuple[RankLine, ...]:
    """The ranking as lines; ``notes`` maps a note id to (text, hidden). Hidden notes are left out, and so
    are targets whose name is unknown (a theme deleted meanwhile)."""
    shown = []
    for entry in ranking(tallies, targets):
        kind, target = entry.key
        if kind == THEME and target in theme_names:
            shown.append((theme_names[target], entry.dots))
        elif kind == NOTE and target in notes and not notes[target][1]:
            shown.append((f"“{' '.join(notes[target][0].split())}”", entry.dots))
    lines: list[RankLine] = []
    for index, (name, dots) in enumerate(shown):  # ranked again: a place left out leaves no gap
        rank = lines[-1].rank if lines and lines[-1].dots == dots else index + 1
        lines.append(RankLine(rank, name, dots))
    return tuple(lines)


def themes_frame(meeting_title: str, item_title: str, cards: tuple[ThemeCard, ...], paging: Paging | None = None,
                 caption: str = "") -> ProjectorFrame:
    return ProjectorFrame(mode=ProjectorMode.THEMES, meeting_title=meeting_title, item_title=item_title,
                          themes=cards, caption=caption, paging=paging or Paging())


def votes_frame(meeting_title: str, item_title: str, lines: tuple[RankLine, ...], paging: Paging | None = None,
                caption: str = "") -> ProjectorFrame:
    return ProjectorFrame(mode=ProjectorMode.VOTES, meeting_title=meeting_title, item_title=item_title,
                          ranking=lines, caption=caption, paging=paging or Paging())
