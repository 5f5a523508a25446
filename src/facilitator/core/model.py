"""The meeting's vocabulary: plain records for everything a session file holds.

These dataclasses are the one set of names every feature uses. They carry ids
and foreign keys as plain integers and no behaviour that needs storage; the
store maps them onto tables, the UI shows them, the report reads them.
Nothing here imports Qt or SQLAlchemy.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime, time


class AgendaKind(enum.StrEnum):
    """What sort of programme item this is; it decides how the day runs it."""

    PLENARY = "plenary"
    TABLE_ROUND = "table_round"
    PARALLEL = "parallel"
    BREAK = "break"


class Role(enum.StrEnum):
    """Why a person is in the room."""

    PARTICIPANT = "participant"
    TABLE_HOST = "table_host"
    CHAIR = "chair"
    EXPERT = "expert"
    ORGANISER = "organiser"


class Attendance(enum.StrEnum):
    """Check-in state on the day; assignments use who is really there."""

    INVITED = "invited"
    PRESENT = "present"
    ABSENT = "absent"
    WALK_IN = "walk_in"

    @property
    def is_here(self) -> bool:
        return self in (Attendance.PRESENT, Attendance.WALK_IN)


class RunState(enum.StrEnum):
    """Where the live run of the day is."""

    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class ActionKind(enum.StrEnum):
    """An agreement with an owner, or a recommendation of the assembly."""

    ACTION = "action"
    RECOMMENDATION = "recommendation"


@dataclass(eq=False)
class Meeting:
    """The session itself: one per file."""

    title: str
    date: date | None = None
    venue: str = ""
    organiser: str = ""
    language: str = "nl"
    day_start: time = time(9, 30)
    description: str = ""
    #: Participant attribute keys every table should mirror the room on ("gender", "age_band", …).
    balance_attributes: list[str] = field(default_factory=list)
    id: int | None = None


@dataclass(eq=False)
class WorkStep:
    """A timed step inside a work form (1-2-4-all: 1 min alone, 2 in pairs ...)."""

    name: str
    minutes: float


@dataclass(eq=False)
class WorkForm:
    """A werkvorm as used by this session (a self-contained copy of the catalogue)."""

    key: str
    name: str
    description: str = ""
    default_minutes: int = 30
    categories: list[str] = field(default_factory=list)
    steps: list[dict] = field(default_factory=list)
    name_en: str = ""
    description_en: str = ""
    id: int | None = None

    def work_steps(self) -> list[WorkStep]:
        return [WorkStep(s["name"], float(s["minutes"])) for s in self.steps]


@dataclass(eq=False)
class AgendaItem:
    """One item of the programme; start times are computed, not stored."""

    title: str
    planned_minutes: int
    kind: AgendaKind = AgendaKind.PLENARY
    position: int = 0
    work_form_id: int | None = None
    facilitator_notes: str = ""
    pinned_start: time | None = None
    actual_start: datetime | None = None
    actual_end: datetime | None = None
    flexible: bool = True
    min_minutes: int | None = None
    #: Board columns the facilitator added on top of the work form's categories.
    board_categories: list[str] = field(default_factory=list)
    id: int | None = None


@dataclass(eq=False)
class LiveRun:
    """The persisted state of running the day live: one row per session.

    Times are wall-clock (they must survive a restart); within one run of the
    app the timer measures with the monotonic clock from these anchors.
    ``elapsed_seconds`` is the running item's time counted up to
    ``anchored_at`` (the last start, resume or save); while running, the time
    since ``anchored_at`` is added on top. ``extra_seconds`` is time the chair
    added (or, negative, removed) on the running item.
    """

    state: RunState = RunState.NOT_STARTED
    current_item_id: int | None = None
    anchored_at: datetime | None = None
    elapsed_seconds: float = 0.0
    extra_seconds: float = 0.0
    id: int | None = None


@dataclass(eq=False)
class Participant:
    """A person in the meeting. Attributes and needs are free-form, per list."""

    first_name: str
    last_name: str = ""
    infix: str = ""
    role: Role = Role.PARTICIPANT
    attributes: dict[str, str] = field(default_factory=dict)
    needs: list[str] = field(default_factory=list)
    attendance: Attendance = Attendance.INVITED
    external_ref: str = ""
    contact: str = ""
    id: int | None = None

    @property
    def display_name(self) -> str:
        """Name as Dutch lists write it: 'Gerrit van den Berg'."""
        return " ".join(p for p in (self.first_name, self.infix, self.last_name) if p)

    @property
    def sort_key(self) -> tuple[str, str]:
        """Dutch sorting ignores the tussenvoegsel: 'Berg, Gerrit van den'."""
        return (self.last_name.casefold(), self.first_name.casefold())


@dataclass(eq=False)
class Table:
    """A table in the room, with its capacity, host and accessibility."""

    name: str
    capacity: int = 8
    host_id: int | None = None
    accessible: bool = True
    position: int = 0
    id: int | None = None


@dataclass(eq=False)
class PairRule:
    """Two people the seating must keep together (same table every round) or apart (never the same table)."""

    first_id: int
    second_id: int
    together: bool = False
    id: int | None = None


@dataclass(eq=False)
class TableRound:
    """A round of table conversations; usually tied to an agenda item."""

    number: int
    agenda_item_id: int | None = None
    title: str = ""
    id: int | None = None


@dataclass(eq=False)
class SeatAssignment:
    """Who sits at which table in which round."""

    round_id: int
    participant_id: int
    table_id: int
    pinned: bool = False
    id: int | None = None


@dataclass(eq=False)
class SubSession:
    """A parallel sub-session (deelsessie) that runs in one or more time slots.

    ``code`` is what preference columns hold ("A", "B", …); participants rank
    sub-sessions in their ``preference_1``, ``preference_2``, … attributes by
    code or by name. Capacities hold per slot the sub-session runs in.
    """

    name: str
    code: str = ""
    room: str = ""
    min_capacity: int = 0
    max_capacity: int = 30
    slots: list[int] = field(default_factory=lambda: [1])
    position: int = 0
    id: int | None = None


@dataclass(eq=False)
class SubSessionAssignment:
    """Who attends which sub-session in which time slot (one per person per slot)."""

    participant_id: int
    sub_session_id: int
    slot: int
    pinned: bool = False
    id: int | None = None


@dataclass(eq=False)
class StickyNote:
    """One captured note (gele briefje) on the board of an agenda item."""

    text: str
    agenda_item_id: int
    category: str = ""
    table_id: int | None = None
    round_id: int | None = None
    theme_id: int | None = None
    author_id: int | None = None
    is_quote: bool = False
    hidden: bool = False
    position: int = 0
    created_at: datetime | None = None
    id: int | None = None


@dataclass(eq=False)
class Theme:
    """A cluster of notes under one name, on the board of an agenda item."""

    name: str
    agenda_item_id: int
    position: int = 0
    id: int | None = None


@dataclass(eq=False)
class DotVote:
    """A dot-voting round (stippenstemmen) held during an agenda item."""

    title: str
    agenda_item_id: int
    dots_per_person: int = 5
    #: How many people voted, when known: the dots cast can then be checked against voters × dots.
    voters: int | None = None
    #: Whether the room votes on single notes instead of themes.
    on_notes: bool = False
    id: int | None = None


@dataclass(eq=False)
class VoteTally:
    """Dots counted for one theme or note, per table or as one total (table None)."""

    vote_id: int
    dots: int
    theme_id: int | None = None
    note_id: int | None = None
    table_id: int | None = None
    id: int | None = None


@dataclass(eq=False)
class ActionItem:
    """An agreement (owner, due date) or recommendation, linked to where it came from."""

    text: str
    kind: ActionKind = ActionKind.ACTION
    owner: str = ""
    due_date: date | None = None
    agenda_item_id: int | None = None
    source_theme_id: int | None = None
    source_note_id: int | None = None
    position: int = 0
    id: int | None = None


@dataclass(eq=False)
class Photo:
    """A photo of a flipchart or sticky wall, attached to an agenda item and stored in the session file."""

    agenda_item_id: int
    file_name: str
    mime: str
    data: bytes
    width: int = 0
    height: int = 0
    caption: str = ""
    position: int = 0
    created_at: datetime | None = None
    id: int | None = None
