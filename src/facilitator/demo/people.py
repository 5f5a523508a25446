"""Fictional people for the demos: the shipped list of 60 citizens, and a seeded generator of more.

Participant lists in this field come with Dutch columns (``Voornaam``,
``Tussenvoegsel``, ``Leeftijd``, ``Wijk`` ...). The demos keep the attributes
under English keys (gender, age_band, age, district, education, stance) with
the list's own Dutch values, and ``Bijzonderheden`` as needs.
All names and e-mail addresses here are made up.
"""

from __future__ import annotations

import csv
import random
import unicodedata
from pathlib import Path

from facilitator.assets import resource
from facilitator.core.model import Attendance, Participant, Role
from facilitator.core.people import WHEELCHAIR, age_band, split_needs  # noqa: F401 (re-exported for the demos)


def email_local_part(*names: str) -> str:
    """'Björn', 'Öztürk' -> 'bjorn.ozturk': ASCII letters only, as a mail address needs."""
    parts = []
    for name in names:
        folded = unicodedata.normalize("NFKD", name.replace("ı", "i")).encode("ascii", "ignore").decode()
        parts.append("".join(ch for ch in folded.lower() if ch.isalnum()))
    return ".".join(p for p in parts if p)


def citizen(
    nr: str, first: str, infix: str, last: str, gender: str, age: int, district: str,
    education: str, stance: str, contact: str, needs: list[str], attendance: Attendance,
) -> Participant:
    """A participant with the attribute keys every demo uses."""
    return Participant(
        first_name=first,
        infix=infix,
        last_name=last,
        role=Role.PARTICIPANT,
        attributes={
            "gender": gender,
            "age_band": age_band(age),
            "age": str(age),
            "district": district,
            "education": education,
            "stance": stance,
        },
        needs=needs,
        attendance=attendance,
        external_ref=nr,
        contact=contact,
    )


def read_participant_csv(path: Path | None = None) -> list[Participant]:
    """The shipped fictional list (``resources/demo/burgerberaad_60.csv``) as invited participants."""
    path = path or resource("demo", "burgerberaad_60.csv")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [
        citizen(
            row["Nr"].strip(), row["Voornaam"].strip(), row["Tussenvoegsel"].strip(), row["Achternaam"].strip(),
            row["Geslacht"].strip(), int(row["Leeftijd"]), row["Wijk"].strip(), row["Opleidingsniveau"].strip(),
            row["Houding"].strip(), row["E-mail"].strip(), split_needs(row["Bijzonderheden"]),
            Attendance.INVITED,
        )
        for row in rows
    ]


# -- a seeded generator with the shape of a municipality's G1000 list --------------------------

FIRST_NAMES = {
    "vrouw": (
        "Anna", "Emma", "Julia", "Sanne", "Lieke", "Anouk", "Iris", "Noor", "Fleur", "Eva", "Sophie",
        "Fenna", "Mila", "Yara", "Zoë", "Chloë", "Dewi", "Fatima", "Naima", "Samira", "Esra", "Aylin",
        "Ingrid", "Marga", "Ria", "Wilma", "Annelies", "Marloes", "Chantal", "Petra", "Els", "Truus",
        "Linda", "Hanneke", "Mirjam", "Nadia", "Sevda", "Priya", "Mei", "Agnieszka",
    ),
    "man": (
        "Jan", "Piet", "Henk", "Gerrit", "Willem", "Johan", "Koen", "Bas", "Tim", "Thijs", "Stijn", "Sem",
        "Lucas", "Milan", "Levi", "Daan", "Bram", "Ruben", "Jeroen", "Erik", "Frank", "Hans", "Kees",
        "René", "Joël", "Björn", "Rik", "Rachid", "Mohammed", "Ahmed", "Mehmet", "Emre", "Youssef",
        "Hüseyin", "Tomasz", "Arjen", "Wout", "Jesse", "Dirk", "Marco",
    ),
    "anders": ("Kim", "Robin", "Charlie", "Sam", "Noa", "Alex", "Jip", "Micha"),
}

#: (tussenvoegsel, achternaam); the list repeats common names so they come up more often.
SURNAMES = (
    ("", "Jansen"), ("", "Janssen"), ("de", "Vries"), ("", "Bakker"), ("van den", "Berg"), ("", "Visser"),
    ("", "Smit"), ("", "Smits"), ("", "Meijer"), ("de", "Boer"), ("", "Mulder"), ("de", "Groot"),
    ("", "Bos"), ("", "Vos"), ("", "Peters"), ("", "Hendriks"), ("van", "Leeuwen"), ("", "Dekker"),
    ("", "Brouwer"), ("de", "Wit"), ("", "Dijkstra"), ("", "Kramer"), ("van der", "Meer"), ("van", "Dijk"),
    ("", "Postma"), ("", "Hoekstra"), ("", "Schouten"), ("van", "Wijk"), ("van der", "Linden"),
    ("ter", "Horst"), ("de", "Jong"), ("", "Koç"), ("", "Öztürk"), ("", "Yılmaz"), ("", "Çelik"),
    ("", "Bouzid"), ("", "El Amrani"), ("", "Nguyen"), ("", "Kowalski"), ("", "Pinas"), ("ter", "Beek"),
    ("van den", "Bosch"), ("", "Willems"), ("", "Verbeek"), ("de", "Ruiter"), ("", "Wessels"),
    ("", "Kuipers"), ("", "Terpstra"), ("", "Groeneveld"), ("de", "Haan"),
)

_GENDERS = (("vrouw", 488), ("man", 494), ("anders", 18))
_DISTRICTS = (("Oost", 215), ("Zuid", 195), ("Noord", 188), ("Centrum", 158), ("West", 133), ("Buitengebied", 111))
_EDUCATION = (("middelbaar", 39), ("hoog", 31), ("laag", 30))
_STANCES = (("voor", 37), ("neutraal", 35), ("tegen", 28))
_NEEDS = (("", 612), ("tolk NGT", 91), ("rolstoel", 86), ("slechtziend", 76), ("ringleiding", 74), ("vegetarisch", 61))
_AGE_RANGES = (((16, 17), 1), ((18, 29), 20), ((30, 44), 24), ((45, 64), 33), ((65, 79), 17), ((80, 92), 5))


def _pick(rng: random.Random, weighted: tuple) -> object:
    values, weights = zip(*weighted)
    return rng.choices(values, weights)[0]


def random_name(rng: random.Random, gender: str) -> tuple[str, str, str]:
    """(first name, tussenvoegsel, last name), plausible for a Dutch town today."""
    infix, last = rng.choice(SURNAMES)
    return rng.choice(FIRST_NAMES[gender]), infix, last


def random_citizen(rng: random.Random, nr: int, attendance: Attendance) -> Participant:
    """One made-up citizen with the columns of a municipality's list."""
    gender = _pick(rng, _GENDERS)
    first, infix, last = random_name(rng, gender)
    low, high = _pick(rng, _AGE_RANGES)
    need = _pick(rng, _NEEDS)
    return citizen(
        str(nr), first, infix, last, gender, rng.randint(low, high), _pick(rng, _DISTRICTS),
        _pick(rng, _EDUCATION), _pick(rng, _STANCES), f"{email_local_part(first, last)}{nr}@voorbeeld.nl",
        [need] if need else [], attendance,
    )


def staff(first: str, infix: str, last: str, role: Role, organisation: str) -> Participant:
    """A table host, chair or expert: present, with only an organisation as attribute."""
    return Participant(
        first_name=first,
        infix=infix,
        last_name=last,
        role=role,
        attributes={"organisation": organisation},
        attendance=Attendance.PRESENT,
        contact=f"{email_local_part(first, last)}@voorbeeld.nl",
    )
