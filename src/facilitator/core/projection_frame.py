"""What the projector may show: one audience-safe frame, and the countdown arithmetic it needs.

The live view builds a :class:`ProjectorFrame` and hands it to the projector
window; the window paints it. A frame holds only what the room may see: the
meeting's title, agenda titles and times, the current step's name, a
countdown and a message typed by the chair. It has no field for participants,
their attributes, facilitator notes or sticky notes, and
:func:`frame_from_agenda` reads nothing else from the records it is given.

The seating modes ("Waar zit ik?" and the table lists) carry names as the
room may see them: a first name and the initial of the last name
(:func:`short_name`), with table names, never attributes or needs. Their pages
turn on the same monotonic clock (:class:`Paging`): the page shown is computed
from ``now - origin``, never by counting ticks.

The countdown is a deadline on the app's monotonic clock
(:mod:`facilitator.core.clock`), never a number of seconds that something
counts down: the projector computes the digits from ``deadline - now`` at
every repaint, and asks :meth:`Countdown.next_change` when the shown digits
change next, so it repaints once a second and not in between.

Nothing here imports Qt.
"""

from __future__ import annotations

import enum
import math
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import time

from facilitator.core.model import AgendaItem, AgendaKind, Meeting, Participant, Table
from facilitator.core.schedule import plan

#: Seconds of float noise ignored when deciding which whole second to show.
EPSILON = 1e-6
#: The default warning threshold: the digits turn amber with two minutes left.
DEFAULT_WARNING_SECONDS = 120.0


class ProjectorMode(enum.StrEnum):
    """The built-in modes. A frame's ``mode`` is a plain string, so a later mode needs no change here."""

    AGENDA = "agenda"
    TIMER = "timer"
    MESSAGE = "message"
    BLACK = "black"
    WHERE = "where"  # "Waar zit ik?": everyone's table, alphabetically
    TABLES = "tables"  # per table: who sits there
    THEMES = "themes"  # the board's themes with a few of their notes (core.projection_notes)
    VOTES = "votes"  # the dot-vote result as bars (core.projection_notes)


#: The modes that show a round's seating.
SEATING_MODES = frozenset({ProjectorMode.WHERE, ProjectorMode.TABLES})
#: The modes that show an agenda item's board: never hidden notes, never who wrote a note.
NOTES_MODES = frozenset({ProjectorMode.THEMES, ProjectorMode.VOTES})
#: The most letters of a last name "Waar zit ik?" shows to tell two people apart.
MAX_LETTERS = 3
#: How long a page of a seating mode stays on screen before the next one.
DEFAULT_PAGE_SECONDS = 12.0


class RowState(enum.StrEnum):
    """Where a programme row stands in the day."""

    DONE = "done"
    CURRENT = "current"
    NEXT = "next"
    LATER = "later"


class Phase(enum.StrEnum):
    """How the countdown looks: calm, amber near the end, red when over time."""

    NORMAL = "normal"
    WARNING = "warning"
    OVER = "over"


def shown_seconds(remaining: float) -> int:
    """The whole seconds the digits show for ``remaining`` seconds left (negative: over time).

    Counting down the digits round up, so "00:01" stays until the deadline
    itself; from the deadline on they count the overrun up, rounded down, so
    "00:00" shows for the first second over time, then "+00:01".
    """
    if remaining > EPSILON:
        return math.ceil(remaining - EPSILON)
    return -math.floor(-remaining + EPSILON)


def format_countdown(remaining: float) -> str:
    """'04:00', '59:59', '1:05:00'; over time '00:00' for the first second, then '+00:01', '+1:02:03'."""
    seconds = shown_seconds(remaining)
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    body = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
    return f"+{body}" if seconds < 0 else body


def phase_of(remaining: float, warning_seconds: float | None = DEFAULT_WARNING_SECONDS) -> Phase:
    """Phase of the countdown, decided on the shown seconds so colour and digits change together."""
    if remaining <= EPSILON:
        return Phase.OVER
    if warning_seconds is not None and warning_seconds > 0 and shown_seconds(remaining) <= warning_seconds:
        return Phase.WARNING
    return Phase.NORMAL


def seconds_to_next_change(remaining: float) -> float:
    """How long until the shown digits change, for ``remaining`` seconds left (always > 0)."""
    if remaining > EPSILON:
        return remaining - (math.ceil(remaining - EPSILON) - 1)
    overrun = -remaining
    return math.floor(overrun + EPSILON) + 1 - overrun


@dataclass(frozen=True)
class Countdown:
    """The time left of the item or step on screen.

    ``deadline`` is the monotonic clock time at which the time left reaches
    zero. While paused, ``paused_at`` is the clock time the timer stopped and
    the digits stand at ``deadline - paused_at``. ``total_seconds`` (the full
    length of the item or step) draws a progress line; None draws none.
    """

    deadline: float
    warning_seconds: float | None = DEFAULT_WARNING_SECONDS
    paused_at: float | None = None
    total_seconds: float | None = None

    @classmethod
    def running(cls, remaining: float, now: float, **kwargs) -> "Countdown":
        """A countdown with ``remaining`` seconds left at clock time ``now``, running."""
        return cls(deadline=now + remaining, **kwargs)

    @classmethod
    def stopped(cls, remaining: float, now: float, **kwargs) -> "Countdown":
        """A paused countdown standing at ``remaining`` seconds."""
        return cls(deadline=now + remaining, paused_at=now, **kwargs)

    @property
    def paused(self) -> bool:
        return self.paused_at is not None

    def remaining(self, now: float) -> float:
        """Seconds left at clock time ``now`` (negative when over time)."""
        return self.deadline - (self.paused_at if self.paused_at is not None else now)

    def digits(self, now: float) -> str:
        return format_countdown(self.remaining(now))

    def phase(self, now: float) -> Phase:
        return phase_of(self.remaining(now), self.warning_seconds)

    def next_change(self, now: float) -> float | None:
        """Clock time at which the shown digits change next; None while paused (they stand still)."""
        if self.paused:
            return None
        return now + seconds_to_next_change(self.remaining(now))

    def elapsed_fraction(self, now: float) -> float | None:
        """How much of ``total_seconds`` has gone, 0..1 (1 when over time); None without a total."""
        if not self.total_seconds or self.total_seconds <= 0:
            return None
        return min(1.0, max(0.0, 1.0 - self.remaining(now) / self.total_seconds))


@dataclass(frozen=True)
class ProgrammeRow:
    """One line of the programme as the room sees it: start 'HH:MM', title, and where it stands.

    ``projected_start`` ('HH:MM') is set only when the live run moved the start
    away from the planned one.
    """

    start: str
    title: str
    state: RowState = RowState.LATER
    projected_start: str | None = None
    is_break: bool = False


@dataclass(frozen=True)
class SeatLine:
    """One line of "Waar zit ik?": a short name and the table."""

    name: str
    table: str


@dataclass(frozen=True)
class TableList:
    """One table's list: its name, its host's short name (if any) and the others' short names."""

    table: str
    names: tuple[str, ...] = ()
    host: str = ""


@dataclass(frozen=True)
class Paging:
    """Pages that turn by themselves every ``seconds`` from ``origin`` (monotonic clock time).

    ``offset`` adds the pages the chair turned by hand; ``seconds`` <= 0 turns
    pages only by hand. How many pages there are depends on the screen, so the
    painter passes it in.
    """

    origin: float = 0.0
    seconds: float = DEFAULT_PAGE_SECONDS
    offset: int = 0

    def _turns(self, now: float) -> int:
        if self.seconds <= 0:
            return 0
        return max(0, math.floor((now - self.origin) / self.seconds + EPSILON))

    def page(self, now: float, pages: int) -> int:
        """The page (0-based) shown at ``now`` out of ``pages``."""
        if pages <= 1:
            return 0
        return (self._turns(now) + self.offset) % pages

    def next_change(self, now: float, pages: int) -> float | None:
        """Clock time of the next page turn; None with one page or without automatic turning."""
        if pages <= 1 or self.seconds <= 0:
            return None
        return self.origin + (self._turns(now) + 1) * self.seconds


@dataclass(frozen=True)
class ProjectorFrame:
    """Everything the projector paints, and nothing the audience may not see.

    Equal frames paint the same picture, so the live view may hand the same
    frame over as often as it likes: the projector repaints only on a change.
    """

    mode: str = ProjectorMode.AGENDA
    meeting_title: str = ""
    item_title: str = ""
    step_name: str | None = None
    countdown: Countdown | None = None
    programme: tuple[ProgrammeRow, ...] = field(default_factory=tuple)
    message: str = ""
    round_title: str = ""  # the seating modes: which round ("Tafelronde 2")
    seats: tuple[SeatLine, ...] = ()  # "Waar zit ik?", alphabetical
    tables: tuple[TableList, ...] = ()  # the table lists, in table order
    paging: Paging | None = None
    # The notes modes (built by core.projection_notes): ThemeCard and RankLine tuples, and a caption
    # ("Stippenstemmen · 312 van 330 stippen").
    themes: tuple = ()
    ranking: tuple = ()
    caption: str = ""


def hhmm(value: time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


def programme_rows(
    items: Sequence[AgendaItem],
    day_start: time,
    current_item_id: int | None = None,
    projected_starts: Mapping[int, time] | None = None,
    finished: bool = False,
) -> tuple[ProgrammeRow, ...]:
    """The programme as projector rows: planned times from :func:`plan`, the current one marked.

    Rows before the current item are done, the one after it is next. Before
    the day starts (no current item) the first row is next; ``finished``
    marks them all done. ``projected_starts`` (item id -> clock time) comes
    from the live run; a row shows it only where it differs from the plan.
    Only titles, times and whether a row is a break are read from the items.
    """
    placed = plan(items, day_start)
    ids = [entry.item.id for entry in placed]
    current = ids.index(current_item_id) if current_item_id in ids else None
    rows = []
    for index, entry in enumerate(placed):
        if finished:
            state = RowState.DONE
        elif current is None:
            state = RowState.NEXT if index == 0 else RowState.LATER
        elif index < current:
            state = RowState.DONE
        elif index == current:
            state = RowState.CURRENT
        else:
            state = RowState.NEXT if index == current + 1 else RowState.LATER
        start = hhmm(entry.start.time())
        projected = (projected_starts or {}).get(entry.item.id) if state is not RowState.DONE else None
        shifted = hhmm(projected) if projected is not None and hhmm(projected) != start else None
        rows.append(ProgrammeRow(start, entry.item.title, state, shifted, entry.item.kind == AgendaKind.BREAK))
    return tuple(rows)


def frame_from_agenda(
    mode: str,
    meeting: Meeting,
    items: Sequence[AgendaItem],
    *,
    current_item_id: int | None = None,
    step_name: str | None = None,
    countdown: Countdown | None = None,
    message: str = "",
    projected_starts: Mapping[int, time] | None = None,
    finished: bool = False,
) -> ProjectorFrame:
    """A frame for ``mode`` from the meeting and its programme (the title and times only)."""
    current = next((item for item in items if item.id is not None and item.id == current_item_id), None)
    return ProjectorFrame(
        mode=mode,
        meeting_title=meeting.title,
        item_title=current.title if current else "",
        step_name=step_name,
        countdown=countdown,
        programme=programme_rows(items, meeting.day_start, current_item_id, projected_starts, finished),
        message=message,
    )


# -- the seating modes ------------------------------------------------------------------------------


def short_name(first: str, last: str = "") -> str:
    """'Gerrit', 'Berg' -> 'Gerrit B.': what the room may read of a name (the infix is left out)."""
    first, last = first.strip(), last.strip()
    if not last:
        return first
    return f"{first} {last[0].upper()}." if first else f"{last[0].upper()}."


def name_key(text: str) -> tuple[str, str]:
    """Alphabetical order as people look for themselves: accents and case ignored ('Özlem' near 'Otto')."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return (plain.casefold(), text)


def seat_lines(people: Sequence[tuple[str, str, str]]) -> tuple[SeatLine, ...]:
    """(first name, last name, table) -> sorted lines. Two people whose short names are the same but who
    sit at different tables get one more letter of the last name each, until they differ ('Jan Ba.' and
    'Jan Be.'), up to MAX_LETTERS: a name never shows more of the last name than that."""
    letters = [1] * len(people)

    def shown(index: int) -> str:
        first, last, _table = people[index]
        last = last.strip()
        if not last or letters[index] <= 1:
            return short_name(first, last)
        return f"{first.strip()} {last[:letters[index]]}."

    for _ in range(MAX_LETTERS):
        groups: dict[str, list[int]] = {}
        for index in range(len(people)):
            groups.setdefault(shown(index).casefold(), []).append(index)
        clashes = [group for group in groups.values() if len({people[i][2] for i in group}) > 1]
        if not clashes:
            break
        for group in clashes:
            for index in group:
                letters[index] = min(letters[index] + 1, len(people[index][1].strip()) or 1, MAX_LETTERS)
    lines = [SeatLine(shown(i), people[i][2]) for i in range(len(people))]
    return tuple(sorted(lines, key=lambda line: (*name_key(line.name), name_key(line.table))))


def pages_for(count: int, per_page: int) -> int:
    """Pages needed to show ``count`` lines ``per_page`` at a time (at least one)."""
    return max(1, math.ceil(count / max(1, per_page)))


def seating_frame(
    mode: str,
    meeting: Meeting,
    round_title: str,
    tables: Sequence[Table],
    people: Mapping[int, Participant],
    seating: Mapping[int, Sequence[int]],
    paging: Paging | None = None,
) -> ProjectorFrame:
    """A frame for a seating mode: ``seating`` maps table id -> participant ids for the round shown.

    Only first names, the first letter of last names, and table names are read.
    """
    lines, lists = [], []
    for table in tables:
        members = [people[pid] for pid in seating.get(table.id, ()) if pid in people]
        host = people.get(table.host_id) if table.host_id is not None else None
        if host is not None and host not in members:
            members.insert(0, host)
        if not members:
            continue
        for person in members:
            lines.append((person.first_name, person.last_name, table.name))
        others = sorted((short_name(p.first_name, p.last_name) for p in members if p is not host), key=name_key)
        lists.append(TableList(table.name, tuple(others), short_name(host.first_name, host.last_name) if host else ""))
    return ProjectorFrame(
        mode=mode,
        meeting_title=meeting.title,
        round_title=round_title,
        seats=seat_lines(lines),
        tables=tuple(lists),
        paging=paging or Paging(),
    )
