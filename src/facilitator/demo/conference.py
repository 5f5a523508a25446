"""A praktijkconferentie demo: 80 registered professionals, four deelsessies A–D, each run in two rounds.

The afternoon follows the shape of a national practice conference on citizens'
assemblies: plenary opening, keynote and panel, then two rounds of parallel
sub-sessions of which every participant follows two, then a closing plenary.
Participants ranked the four sub-sessions on registration (``Voorkeur 1..4``,
kept as ``preference_1..4``, codes A–D, as the import stores such a list).
The rooms make the problem tight: not everyone can have their first two
choices, yet an allocation within everyone's first three exists.
Nothing is allocated yet: that is what the demo is for. Everything is seeded,
so every build writes the same meeting; all names are made up.
"""

from __future__ import annotations

import random
from datetime import date, time
from pathlib import Path

from sqlalchemy.orm import Session

from facilitator.core.model import AgendaItem, AgendaKind, Attendance, Meeting, Participant, Role, SubSession
from facilitator.demo.files import write_session
from facilitator.demo.people import email_local_part, random_name, staff

DAY = date(2026, 6, 11)
SEED = 20260611
PEOPLE = 80
#: Registered people who sent word they can't come (by registration number): not placed.
ABSENT = frozenset({17, 58})

#: (code, title, room, min, max, appeal): appeal weighs how often people rank it high.
SUB_SESSIONS = (
    ("A", "Gemeentelijke organisatie: wat vraagt (en kost) een burgerberaad?", "Zaal Domtoren", 12, 22, 1.15),
    ("B", "Mandaat en politieke opvolging: risico's, dilemma's en tips", "Zaal Oudegracht", 12, 20, 0.8),
    ("C", "Loten en werven: hoe bereik je een diverse groep deelnemers?", "Grote zaal", 12, 24, 1.35),
    ("D", "Ontwerp van de bijeenkomsten: inclusieve werkvormen en gespreksleiding", "Zaal Neude", 12, 20,
     0.75),
)

#: (title, minutes, kind, facilitator notes)
PROGRAMME = (
    ("Inloop en registratie", 30, AgendaKind.BREAK, "Badges bij de balie; wie zich heeft afgemeld staat op de lijst."),
    ("Opening door de dagvoorzitter", 15, AgendaKind.PLENARY,
     "Welkom, doel van de middag, huishoudelijke mededelingen."),
    ("Keynote: lessen van twee jaar burgerberaden", 30, AgendaKind.PLENARY, "Tien minuten voor vragen uit de zaal."),
    ("Panelgesprek: bestuurder, projectleider en onderzoeker", 30, AgendaKind.PLENARY,
     "Vragen via de zaalmicrofoon; de dagvoorzitter bewaakt de tijd."),
    ("Pauze", 15, AgendaKind.BREAK, "Koffie en thee in de foyer; de indeling van de deelsessies hangt bij de trap."),
    ("Deelsessieronde 1", 45, AgendaKind.PARALLEL,
     "Ronde 1 van de deelsessies A–D; iedereen volgt er twee, nooit twee keer dezelfde. Zalen staan op de badge."),
    ("Wissel", 10, AgendaKind.BREAK, "Tien minuten om van zaal te wisselen."),
    ("Deelsessieronde 2", 45, AgendaKind.PARALLEL, "Ronde 2 van de deelsessies A–D, in dezelfde zalen."),
    ("Plenaire afsluiting en borrel", 25, AgendaKind.PLENARY,
     "Eén oogst per deelsessie (twee minuten per sessieleider), daarna borrel."),
)

ORGANISATIONS = (
    ("Gemeente Utrecht", 14), ("Gemeente Breda", 12), ("Gemeente Assen", 10), ("Gemeente Zundert", 8),
    ("Provincie Gelderland", 12), ("Waterschap Aa en Maas", 9), ("Gemeente Amersfoort", 8), ("Gemeente Deventer", 7),
)
FUNCTIONS = (("beleidsmedewerker", 24), ("projectleider", 22), ("communicatieadviseur", 14), ("griffier", 14),
             ("raadslid", 14), ("wethouder", 12))

LEADERS = (
    ("Esther", "van", "Lingen", "Sessieleider A — programmamanager participatie"),
    ("Tom", "", "Hermans", "Sessieleider B — griffier"),
    ("Hatice", "", "Kılıç", "Sessieleider C — onderzoeker loting"),
    ("Ruud", "de", "Bruijn", "Sessieleider D — procesbegeleider"),
)


def meeting() -> Meeting:
    return Meeting(
        title="Praktijkconferentie: lessen uit burgerberaden",
        date=DAY,
        venue="Congrescentrum Het Spoorhuis, Utrecht",
        organiser="Netwerk Lokale Democratie (fictief)",
        language="nl",
        day_start=time(13, 0),
        description=("Landelijke praktijkmiddag voor ambtenaren, bestuurders en raadsleden. Na het plenaire deel "
                     "volgt iedereen twee van de vier deelsessies A–D. Demobestand: alle namen zijn verzonnen."),
    )


def _ranking(rng: random.Random) -> list[str]:
    """Codes A–D in the order one person ranks them: weighted by appeal, without repeats."""
    codes = [s[0] for s in SUB_SESSIONS]
    weights = [s[5] for s in SUB_SESSIONS]
    ranked = []
    while codes:
        pick = rng.choices(range(len(codes)), weights)[0]
        ranked.append(codes.pop(pick))
        weights.pop(pick)
    return ranked


def _pick(rng: random.Random, weighted: tuple) -> str:
    values, weights = zip(*weighted)
    return rng.choices(values, weights)[0]


def participants(rng: random.Random) -> list[Participant]:
    """The registered professionals, with organisation, function and their ranking of the sub-sessions."""
    people = []
    for nr in range(1, PEOPLE + 1):
        first, infix, last = random_name(rng, rng.choice(("vrouw", "man", "vrouw", "man", "anders")))
        attributes = {"organisation": _pick(rng, ORGANISATIONS), "function": _pick(rng, FUNCTIONS)}
        attributes.update({f"preference_{rank}": code for rank, code in enumerate(_ranking(rng), start=1)})
        people.append(Participant(
            first_name=first, infix=infix, last_name=last, role=Role.PARTICIPANT, attributes=attributes,
            attendance=Attendance.ABSENT if nr in ABSENT else Attendance.INVITED, external_ref=str(nr),
            contact=f"{email_local_part(first, last)}{nr}@voorbeeld.nl",
        ))
    return people


def _fill(session: Session) -> None:
    rng = random.Random(SEED)
    items = [AgendaItem(title=title, planned_minutes=minutes, kind=kind, position=pos, facilitator_notes=notes)
             for pos, (title, minutes, kind, notes) in enumerate(PROGRAMME)]
    subs = [SubSession(name=title, code=code, room=room, min_capacity=low, max_capacity=high, slots=[1, 2],
                       position=pos)
            for pos, (code, title, room, low, high, _appeal) in enumerate(SUB_SESSIONS)]
    leaders = [staff(first, infix, last, Role.EXPERT, role) for first, infix, last, role in LEADERS]
    chair = staff("Marieke", "", "Zwart", Role.CHAIR, "Dagvoorzitter")
    session.add_all([*items, *subs, *participants(rng), *leaders, chair])


def build_conference(path: Path | str) -> Path:
    """Write the praktijkconferentie demo to ``path`` (which must not exist yet) and return the path."""
    return write_session(path, meeting(), _fill)
