"""The demo session day: sessiedag 2 of the Burgerberaad Warmtetransitie in fictional Zuidhaege.

A Saturday with 60 citizens drawn by lot (the shipped CSV), 8 tables with
hosts, three table rounds, a dot vote and the first recommendations. The file
shows the day as it stands at about 15:07: the morning ran a few minutes over,
lunch (pinned at 12:30) started late, and the closing plenary has just begun,
so the agenda shows real start and end times and a projected overrun.
Everything is fixed (seeded), so every build writes the same meeting.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from facilitator.core import workforms
from facilitator.core.model import (
    ActionItem,
    ActionKind,
    AgendaItem,
    AgendaKind,
    Attendance,
    DotVote,
    Meeting,
    Participant,
    Role,
    SeatAssignment,
    StickyNote,
    Table,
    TableRound,
    Theme,
    VoteTally,
)
from facilitator.demo import content
from facilitator.demo.files import write_session
from facilitator.demo.people import WHEELCHAIR, citizen, read_participant_csv, staff
from facilitator.demo.seating import Guest, Place, mixed_rounds

DAY = date(2026, 3, 14)
SEED = 20260314
DOTS_PER_PERSON = 5

#: Numbers (``Nr``) in the CSV of the people who sent word they could not come.
ABSENT_REFS = frozenset({"11", "33", "44", "57"})


@dataclass(frozen=True)
class _Item:
    """One programme line: what, how long, and when it really started and ended today."""

    title: str
    minutes: int
    kind: AgendaKind
    form: str | None
    notes: str
    started: str | None = None
    ended: str | None = None
    pinned: time | None = None


PROGRAMME: tuple[_Item, ...] = (
    _Item("Inloop met koffie", 30, AgendaKind.BREAK, None,
          "Naambordjes en tafelkaarten bij de ingang. Tolken NGT melden zich om 09:15 bij de balie. "
          "Tafel 7 en 8 staan in de zijzaal (drie treden): niet voor rolstoelgebruikers.",
          "09:30", "10:03"),
    _Item("Welkom en terugblik op sessiedag 1", 15, AgendaKind.PLENARY, None,
          "Voorzitter: korte terugblik op sessiedag 1 en de vraag van vandaag. Afmeldingen doorgeven aan de "
          "griffie. Huisregels: telefoon stil, iedereen komt aan het woord, we gaan respectvol met elkaar om.",
          "10:03", "10:19"),
    _Item("Expertpresentatie warmtetransitie", 30, AgendaKind.PLENARY, "plenaire-presentatie",
          "Maarten Kuipers over warmtenet, warmtepomp en isolatie. Hooguit 20 minuten praten, dan vragen. "
          "Vragen die blijven liggen op het vragenbord; het projectteam beantwoordt ze schriftelijk.",
          "10:19", "10:54"),
    _Item("Tafelronde 1: kansen en zorgen", 45, AgendaKind.TABLE_ROUND, "world-cafe",
          "Tafelindeling op het scherm. Briefjes: kansen groen, zorgen roze, vragen geel. Na 15 minuten "
          "wisselen; de tafelbegeleider blijft zitten en vat samen voor de nieuwe groep.",
          "10:56", "11:42"),
    _Item("Pauze", 15, AgendaKind.BREAK, None,
          "Koffie en thee in de foyer. Tafelbegeleiders hangen de briefjes op de wand; facilitator clustert.",
          "11:42", "11:57"),
    _Item("Tafelronde 2: oplossingsrichtingen", 45, AgendaKind.TABLE_ROUND, "1-2-4-allen",
          "Nieuwe tafels! Vraag: wat helpt om de overstap eerlijk en haalbaar te maken? Twee keer 1-2-4-allen "
          "op de timer. Oogst per tafel: de sterkste oplossingsrichtingen, één per briefje.",
          "11:57", "12:38"),
    _Item("Lunch", 45, AgendaKind.BREAK, None,
          "Lunch in de foyer; vegetarische broodjes apart gezet. De catering staat om 12:30 klaar, ook als we "
          "uitlopen. Tijdens de lunch de thema's van ronde 2 op de stemwand zetten.",
          "12:38", "13:17", time(12, 30)),
    _Item("Stippenstemmen op de oplossingsrichtingen", 45, AgendaKind.PLENARY, "stippenstemmen",
          "Ieder vijf stippen; je mag ze stapelen. Tafelbegeleiders tellen per tafel en geven de aantallen door. "
          "Slechtziende deelnemers: tafelbegeleider leest de thema's voor.",
          "13:17", "13:55"),
    _Item("Tafelronde 3: aanbevelingen formuleren", 60, AgendaKind.TABLE_ROUND, "brainstorm",
          "Nieuwe tafels. Werk de best gestemde oplossingsrichtingen uit tot aanbevelingen: wat, wie en wanneer. "
          "Elke tafel kiest er één om plenair te noemen.",
          "13:58", "15:05"),
    _Item("Plenaire terugkoppeling en afsluiting", 30, AgendaKind.PLENARY, "plenaire-presentatie",
          "Elke tafel noemt één aanbeveling. Voorzitter vertelt wat er met de opbrengst gebeurt en noemt de datum "
          "van sessiedag 3. Evaluatieformulier uitdelen. Uiterlijk 15:30 klaar: zaal moet om 16:00 leeg.",
          "15:07", None),
)

#: Programme position of each table round's agenda item, with the round's title.
ROUNDS = ((3, "Kansen en zorgen"), (5, "Oplossingsrichtingen"), (8, "Aanbevelingen formuleren"))
VOTE_POSITION = 7
RECOMMENDING_POSITION = 8
CLOSING_POSITION = 9

#: (name, seats including the host's, step-free)
TABLES = tuple((f"Tafel {n}", 9 if n <= 6 else 8, n <= 6) for n in range(1, 9))

HOSTS = (
    ("Marloes", "", "Verbeek"), ("Jeroen", "", "Pauwels"), ("Samira", "", "El Amrani"), ("Kees", "", "Oosterhuis"),
    ("Linda", "", "Groeneveld"), ("Youssef", "", "Haddou"), ("Annelies", "de", "Ruiter"), ("Bart", "", "Wessels"),
)

#: How popular each round-2 theme is at the vote (same order as content.ROUND_2_THEMES).
VOTE_APPEAL = (5, 7, 6, 5, 8, 3, 3)


def meeting() -> Meeting:
    return Meeting(
        title="Burgerberaad Warmtetransitie — sessiedag 2",
        date=DAY,
        venue="Wijkcentrum De Schakel, Zuidhaege",
        organiser="Gemeente Zuidhaege — griffie",
        language="nl",
        day_start=time(9, 30),
        description=(
            "Tweede sessiedag van het burgerberaad over de warmtetransitie. Vraag aan het beraad: hoe gaat "
            "Zuidhaege eerlijk en betaalbaar van het aardgas af? Demobestand: alle namen en gegevens zijn verzonnen."
        ),
        balance_attributes=["gender", "age_band", "district", "education"],
    )


def _at(clock: str | None) -> datetime | None:
    if clock is None:
        return None
    hours, minutes = map(int, clock.split(":"))
    return datetime.combine(DAY, time(hours, minutes))


def _participants() -> list[Participant]:
    people = read_participant_csv()
    for person in people:
        person.attendance = Attendance.ABSENT if person.external_ref in ABSENT_REFS else Attendance.PRESENT
    people += [  # reserves from the draw who came in place of someone absent
        citizen("R2", "Lotte", "", "Vermeulen", "vrouw", 23, "Zuid", "hoog", "neutraal",
                "lotte.vermeulen@voorbeeld.nl", [], Attendance.WALK_IN),
        citizen("R5", "Hüseyin", "", "Aydın", "man", 68, "Oost", "laag", "tegen",
                "huseyin.aydin@voorbeeld.nl", ["ringleiding"], Attendance.WALK_IN),
    ]
    return people


def _fill(session: Session) -> None:
    rng = random.Random(SEED)

    forms = {key: workforms.work_form(key) for key in dict.fromkeys(i.form for i in PROGRAMME if i.form)}
    session.add_all(forms.values())
    session.flush()

    items = [
        AgendaItem(
            title=i.title, planned_minutes=i.minutes, kind=i.kind, position=pos,
            work_form_id=forms[i.form].id if i.form else None, facilitator_notes=i.notes,
            pinned_start=i.pinned, actual_start=_at(i.started), actual_end=_at(i.ended),
        )
        for pos, i in enumerate(PROGRAMME)
    ]
    citizens = _participants()
    hosts = [staff(*name, Role.TABLE_HOST, "Bureau Tafelgesprek") for name in HOSTS]
    chair = staff("Ingeborg", "", "Terpstra", Role.CHAIR, "Onafhankelijk voorzitter")
    expert = staff("Maarten", "", "Kuipers", Role.EXPERT, "Kenniscentrum Warmte Zuid")
    session.add_all([*items, *citizens, *hosts, chair, expert])
    session.flush()

    tables = [
        Table(name=name, capacity=seats, host_id=host.id, accessible=step_free, position=pos)
        for pos, ((name, seats, step_free), host) in enumerate(zip(TABLES, hosts))
    ]
    rounds = [
        TableRound(number=n, agenda_item_id=items[pos].id, title=title)
        for n, (pos, title) in enumerate(ROUNDS, start=1)
    ]
    session.add_all([*tables, *rounds])
    session.flush()

    here = [p for p in citizens if p.attendance.is_here]
    guests = [Guest(p.id, p.attributes, WHEELCHAIR in p.needs) for p in here]
    places = [Place(t.id, t.capacity - 1, t.accessible) for t in tables]
    plans = mixed_rounds(guests, places, len(rounds), rng)
    for table_round, plan in zip(rounds, plans):
        session.add_all(SeatAssignment(table_round.id, pid, tid) for pid, tid in plan.items())
        session.add_all(SeatAssignment(table_round.id, t.host_id, t.id, pinned=True) for t in tables)

    notes: dict[str, StickyNote] = {}
    boards = (
        (content.ROUND_1_THEMES, content.ROUND_1_LOOSE),
        (content.ROUND_2_THEMES, content.ROUND_2_LOOSE),
        ((), content.ROUND_3_NOTES),
    )
    themes_1, themes_2, _ = (
        _notes(session, rng, items[pos], table_round, tables, clustered, loose, notes)
        for (pos, _), table_round, (clustered, loose) in zip(ROUNDS, rounds, boards)
    )
    session.flush()

    _vote(session, rng, items[VOTE_POSITION], themes_2, here, plans[1])
    _actions(session, items, {**themes_1, **themes_2}, notes)


def _notes(
    session: Session,
    rng: random.Random,
    item: AgendaItem,
    table_round: TableRound,
    tables: list[Table],
    clustered: tuple[tuple[str, tuple[content.Note, ...]], ...],
    loose: tuple[content.Note, ...],
    made: dict[str, StickyNote],
) -> dict[str, Theme]:
    """Put one round's notes on its board, dealt over the tables, clustered into themes.

    The notes are also added to ``made`` by text; the themes come back by name.
    """
    themes = {name: Theme(name=name, agenda_item_id=item.id, position=pos) for pos, (name, _) in enumerate(clustered)}
    session.add_all(themes.values())
    session.flush()
    cards = [(note, themes[name]) for name, notes in clustered for note in notes]
    cards += [(note, None) for note in loose]
    rng.shuffle(cards)
    start = item.actual_start + timedelta(minutes=6)
    step = (item.actual_end - start) / (len(cards) + 1)
    first_table = (table_round.number - 1) * 3  # each round's first note comes from a different table
    for pos, (note, theme) in enumerate(cards):
        table = tables[(first_table + pos) % len(tables)]
        made[note.text] = StickyNote(
            text=note.text, agenda_item_id=item.id, category=note.category, table_id=table.id,
            round_id=table_round.id, theme_id=theme.id if theme else None, is_quote=note.quote,
            hidden=note.hidden, position=pos, created_at=(start + step * pos).replace(microsecond=0),
        )
        session.add(made[note.text])
    return themes


def _vote(
    session: Session, rng: random.Random, item: AgendaItem, themes: dict[str, Theme],
    voters: list[Participant], seating: dict[int, int],
) -> None:
    """Five dots each on the round-2 themes, counted per table of round 2 (a few left a dot unused)."""
    vote = DotVote(title="Stippenstemmen op de oplossingsrichtingen", agenda_item_id=item.id,
                   dots_per_person=DOTS_PER_PERSON)
    session.add(vote)
    session.flush()
    ordered = list(themes.values())
    short = set(rng.sample(range(len(voters)), 3))
    counted: Counter[tuple[int, int]] = Counter()
    for index, voter in enumerate(voters):
        dots = DOTS_PER_PERSON - (1 if index in short else 0)
        for theme in rng.choices(ordered, VOTE_APPEAL, k=dots):
            counted[(seating[voter.id], theme.id)] += 1
    session.add_all(
        VoteTally(vote_id=vote.id, dots=dots, theme_id=theme_id, table_id=table_id)
        for (table_id, theme_id), dots in sorted(counted.items())
    )


@dataclass(frozen=True)
class _FollowUp:
    """An action or recommendation of the day, with the theme and note it came from."""

    kind: ActionKind
    text: str
    owner: str
    due: date
    position: int  # programme position of the agenda item it belongs to
    theme: str | None = None
    note: str | None = None


FOLLOW_UPS = (
    _FollowUp(
        ActionKind.RECOMMENDATION,
        ("Garandeer dat huurders er in woonlasten niet op achteruitgaan: een huurverhoging na verduurzaming "
         "is nooit hoger dan de besparing op energie."),
        "Woningcorporatie", date(2026, 6, 30), RECOMMENDING_POSITION, "Huurders beschermen tegen hogere woonlasten",
        "De gemeente garandeert dat niemand er in woonlasten op achteruitgaat door de overstap",
    ),
    _FollowUp(
        ActionKind.RECOMMENDATION,
        ("Isoleren gaat voor: een gratis isolatiescan voor elke woning en subsidie vooraf voor huishoudens "
         "met een laag inkomen."),
        "Projectteam gemeente", date(2026, 9, 1), RECOMMENDING_POSITION, "Eerst isoleren, dan pas van het gas af",
        "Isoleren gaat voor: de gemeente betaalt een gratis isolatiescan voor elke woning",
    ),
    _FollowUp(
        ActionKind.RECOMMENDATION,
        ("Open in elk wijkcentrum een onafhankelijk energieloket, ook bereikbaar zonder internet en met "
         "informatie in eenvoudige taal."),
        "Projectteam gemeente", date(2026, 12, 31), RECOMMENDING_POSITION, "Onafhankelijk energieloket in de wijk",
        "Open vóór 2027 in elke wijk een onafhankelijk energieloket, ook bereikbaar zonder internet",
    ),
    _FollowUp(
        ActionKind.RECOMMENDATION,
        ("Begin wijk voor wijk in Zuid en West, waar de woningcorporatie al renoveert, en maak met de "
         "bewoners een wijkplan voordat een wijk aan de beurt is."),
        "Projectteam gemeente", date(2026, 12, 31), RECOMMENDING_POSITION,
        "Wijk voor wijk, te beginnen waar al gerenoveerd wordt",
        "Begin in Zuid en West, waar de corporatie al renoveert, en leer daarvan voor de andere wijken",
    ),
    _FollowUp(
        ActionKind.ACTION,
        ("Open vragen van tafelronde 1 (aansluitplicht warmtenet, tarieven, subsidie) schriftelijk beantwoorden "
         "en vóór sessiedag 3 naar alle deelnemers sturen."),
        "Projectteam gemeente", date(2026, 3, 27), CLOSING_POSITION, "Warmtenet of eigen oplossing",
        "Ben ik verplicht om aan te sluiten op het warmtenet?",
    ),
    _FollowUp(
        ActionKind.ACTION,
        "Verslag van sessiedag 2 met de uitslag van het stippenstemmen naar de deelnemers en de raadscommissie sturen.",
        "Griffie", date(2026, 3, 24), CLOSING_POSITION,
    ),
)


def _actions(
    session: Session, items: list[AgendaItem], themes: dict[str, Theme], notes: dict[str, StickyNote],
) -> None:
    """The first recommendations and the agreements made at the close of the day."""
    session.add_all(
        ActionItem(
            text=f.text, kind=f.kind, owner=f.owner, due_date=f.due, agenda_item_id=items[f.position].id,
            source_theme_id=themes[f.theme].id if f.theme else None,
            source_note_id=notes[f.note].id if f.note else None, position=pos,
        )
        for pos, f in enumerate(FOLLOW_UPS)
    )


def build_demo(path: Path | str) -> Path:
    """Write the demo session day to ``path`` (which must not exist yet) and return the path."""
    return write_session(path, meeting(), _fill)
