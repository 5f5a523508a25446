"""Who sits where, read once from a session file as plain records, for the printed lists and exports. No Qt.

A :class:`SeatingSnapshot` holds the meeting, its tables (in room order),
its rounds (by number), every person, and per round and table the people
seated there. The exporters only read it, so they can run on a worker
thread without touching the session file again; they write their file with
:func:`facilitator.io.atomic_file.write_atomically`.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from facilitator.core.model import Meeting, Participant, SeatAssignment, Table, TableRound


class NothingToExport(ValueError):
    """The session holds nothing the chosen export can show; the message says what is missing.

    ``reason`` is one of ``"no_tables"``, ``"no_seating"``, ``"no_people"``, so the UI can say it in its own words.
    """

    MESSAGES = {
        "no_tables": "the session has no tables yet",
        "no_seating": "nobody is seated at a table yet (make a table plan first)",
        "no_people": "the session has no participants yet",
    }

    def __init__(self, reason: str) -> None:
        super().__init__(self.MESSAGES[reason])
        self.reason = reason


#: Month and weekday names per language, for dates on the printed pages (io code cannot use Qt's locale).
MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}
_WEEKDAYS = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


def _plain(text: str) -> str:
    """'Çelik' -> 'celik': letters without accents, case-folded, so Ç sorts with C and Ö with O."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_sort_key(person: Participant) -> tuple:
    """Alphabetical the Dutch way: last name without the infix, then first name ('Berg, Gerrit van den');
    accents do not move a name to the end of the list."""
    return (_plain(person.last_name), _plain(person.first_name), _plain(person.infix), *person.sort_key, person.id or 0)


def language_of(meeting: Meeting | None) -> str:
    """'nl' or 'en': the meeting's language, Dutch for anything else."""
    return "en" if meeting is not None and meeting.language == "en" else "nl"


def long_date(value: date | None, language: str) -> str:
    """'zaterdag 14 maart 2026' / 'Saturday 14 March 2026'; '' without a date."""
    if value is None:
        return ""
    lang = "en" if language == "en" else "nl"
    return f"{_WEEKDAYS[lang][value.weekday()]} {value.day} {MONTHS[lang][value.month - 1]} {value.year}"


@dataclass
class SeatingSnapshot:
    """The seating of one session as plain records."""

    meeting: Meeting
    tables: list[Table]
    rounds: list[TableRound]
    people: dict[int, Participant]
    #: round id -> table id -> participant ids seated there
    seats: dict[int, dict[int, list[int]]] = field(default_factory=dict)

    @property
    def language(self) -> str:
        return language_of(self.meeting)

    def host(self, table: Table) -> Participant | None:
        return self.people.get(table.host_id) if table.host_id is not None else None

    def seated(self, round_id: int, table: Table, *, without_host: bool = True) -> list[Participant]:
        """The people at ``table`` in a round, alphabetical the Dutch way (last name, ignoring the infix)."""
        ids = self.seats.get(round_id, {}).get(table.id, [])
        people = [self.people[i] for i in ids if i in self.people]
        if without_host:
            people = [p for p in people if p.id != table.host_id]
        return sorted(people, key=name_sort_key)

    def has_seating(self) -> bool:
        return any(self.seats.get(r.id) for r in self.rounds)


def load_seating(doc) -> SeatingSnapshot:
    """Read tables, rounds, people and seat assignments of an open :class:`SessionDocument`."""
    meeting = doc.meeting() or Meeting(title="")
    tables = doc.all(Table)
    rounds = sorted(doc.all(TableRound), key=lambda r: (r.number, r.id))
    people = {p.id: p for p in doc.all(Participant)}
    seats: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for seat in doc.all(SeatAssignment):
        seats[seat.round_id][seat.table_id].append(seat.participant_id)
    return SeatingSnapshot(meeting, tables, rounds, people, {r: dict(t) for r, t in seats.items()})
