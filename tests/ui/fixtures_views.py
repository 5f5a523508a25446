"""Session files for the screen tests: a small burgerberaad day, and a G1000-sized one for timing.

Both are built through the store API only (``SessionDocument.create``/``add``/
``transaction``), as the app itself would write them.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time
from pathlib import Path

from facilitator.core import model as m
from facilitator.store.document import SessionDocument

DAY = date(2026, 3, 14)


WORK_FORMS = [
    m.WorkForm("world_cafe", "World Café",
               "Gesprekken in rondes aan tafels; de tafelbegeleider blijft, de deelnemers wisselen.",
               45, ["Kansen", "Zorgen", "Vragen"],
               [{"name": "Uitleg", "minutes": 5}, {"name": "Gesprek aan tafel", "minutes": 30},
                {"name": "Oogsten", "minutes": 10}]),
    m.WorkForm("1-2-4-all", "1-2-4-allen", "Eerst alleen, dan in tweetallen, dan met vier, dan met de hele groep.",
               20, ["Oplossingsrichting"],
               [{"name": "Alleen", "minutes": 1}, {"name": "Tweetallen", "minutes": 2},
                {"name": "Viertallen", "minutes": 4}, {"name": "Allen", "minutes": 5}]),
    m.WorkForm("dot_voting", "Stippenstemmen",
               "Iedere deelnemer plakt vijf stippen op de thema's die het zwaarst wegen.", 30),
    m.WorkForm("brainstorm", "Brainstorm", "Zoveel mogelijk ideeën, eerst niet oordelen.", 45, ["Aanbeveling"]),
]

# title, minutes, kind, work form key, pinned start, facilitator notes
PROGRAMME = [
    ("Inloop met koffie", 30, m.AgendaKind.BREAK, None, None, ""),
    ("Welkom en terugblik", 15, m.AgendaKind.PLENARY, None, None, "Voorzitter opent. Huisregels, telefoons op stil."),
    ("Expertpresentatie warmtetransitie", 30, m.AgendaKind.PLENARY, None, None, "Slides op USB-stick; 10 min vragen."),
    ("Tafelronde 1: kansen en zorgen", 45, m.AgendaKind.TABLE_ROUND, "world_cafe", None,
     "Let op: tafel 2 heeft geen rolstoelplek."),
    ("Pauze", 15, m.AgendaKind.BREAK, None, None, ""),
    ("Tafelronde 2: oplossingsrichtingen", 45, m.AgendaKind.TABLE_ROUND, "1-2-4-all", None, "Nieuwe tafelindeling."),
    ("Lunch", 45, m.AgendaKind.BREAK, None, time(12, 45), "Cateraar komt om 12:30."),
    ("Stippenstemmen op de oplossingsrichtingen", 45, m.AgendaKind.PLENARY, "dot_voting", None,
     "Vijf stippen per persoon."),
    ("Tafelronde 3: aanbevelingen formuleren", 60, m.AgendaKind.TABLE_ROUND, "brainstorm", None, ""),
    ("Plenaire terugkoppeling en afsluiting", 30, m.AgendaKind.PLENARY, None, time(15, 0), "Wethouder reageert."),
]

# first, infix, last, role, attendance, gender, age band, district, education, stance, needs
PEOPLE = [
    ("Fatima", "van", "Leeuwen", "participant", "present", "vrouw", "65+", "West", "laag", "voor", []),
    ("Koen", "de", "Vries", "participant", "present", "man", "41-65", "Noord", "middelbaar", "tegen", []),
    ("Anna", "", "Bouzid", "participant", "present", "vrouw", "16-25", "Centrum", "middelbaar", "tegen",
     ["vegetarisch"]),
    ("Gerrit", "van den", "Berg", "participant", "present", "man", "65+", "Oost", "laag", "neutraal", ["rolstoel"]),
    ("Sanne", "", "Jansen", "participant", "present", "vrouw", "26-40", "Zuid", "hoog", "voor", []),
    ("Mehmet", "", "Yilmaz", "participant", "present", "man", "26-40", "West", "middelbaar", "neutraal", []),
    ("Els", "", "Bakker", "participant", "present", "vrouw", "41-65", "Noord", "hoog", "voor", ["ringleiding"]),
    ("Daan", "", "Visser", "participant", "present", "man", "16-25", "Centrum", "laag", "tegen", []),
    ("Noor", "el", "Amrani", "participant", "present", "vrouw", "26-40", "Oost", "hoog", "neutraal", []),
    ("Wim", "", "Smit", "participant", "present", "man", "65+", "Zuid", "middelbaar", "tegen", []),
    ("Lotte", "ter", "Horst", "participant", "present", "vrouw", "41-65", "West", "middelbaar", "voor", []),
    ("Joost", "", "Mulder", "participant", "present", "man", "41-65", "Centrum", "hoog", "neutraal", []),
    ("Priya", "", "Ramdin", "participant", "walk_in", "vrouw", "26-40", "Noord", "hoog", "voor", []),
    ("Henk", "", "Dekker", "participant", "walk_in", "man", "65+", "Oost", "laag", "tegen", ["rolstoel"]),
    ("Ingrid", "", "Peters", "participant", "absent", "vrouw", "41-65", "Zuid", "middelbaar", "neutraal", []),
    ("Bram", "van", "Dijk", "participant", "invited", "man", "16-25", "West", "middelbaar", "voor", []),
    ("Marloes", "", "Hendriks", "table_host", "present", "vrouw", "41-65", "", "", "", []),
    ("Pieter", "", "Kok", "table_host", "present", "man", "26-40", "", "", "", []),
    ("Yara", "de", "Wit", "table_host", "present", "vrouw", "26-40", "", "", "", []),
    ("Marijke", "", "Schouten", "chair", "present", "vrouw", "41-65", "", "", "", []),
]

ROUND_SEATS = {  # round number -> table index -> participant indexes (hosts are added)
    1: {0: [0, 1, 2, 3, 4], 1: [5, 6, 7, 8, 9], 2: [10, 11, 12, 13]},
    2: {0: [5, 10, 2, 13, 8], 1: [0, 11, 4, 12], 2: [1, 6, 3, 9, 7]},
}

# agenda index -> (category, theme name or None, table index, text, quote, hidden)
NOTES = {
    3: [
        ("Kansen", "Samen doen", 0, "Buurtcollectief voor zonnepanelen", False, False),
        ("Kansen", "Samen doen", 1, "Straat voor straat aanpakken", False, False),
        ("Kansen", "Samen doen", 2, "Ik help mijn buren graag met de aanvraag", True, False),
        ("Zorgen", "Kosten", 0, "Wie betaalt de warmtepomp voor huurders?", False, False),
        ("Zorgen", "Kosten", 1, "Energierekening stijgt eerst", False, False),
        ("Zorgen", "Kosten", 2, "Ouderen kunnen geen lening meer krijgen", False, False),
        ("Zorgen", None, 2, "Geluid van buitenunits", False, False),
        ("Vragen", "Informatie", 0, "Waar vind ik betrouwbaar advies?", False, False),
        ("Vragen", "Informatie", 1, "Wat betekent 'aardgasvrij-ready'?", False, False),
        ("Vragen", None, 2, "Telefoonnummer van de wethouder", False, True),
        ("Overig", None, 1, "Meer fietsenstallingen bij het dorpshuis", False, False),
    ],
    5: [
        ("Oplossingsrichting", "Isolatie eerst", 0, "Eerst isoleren, dan pas van het gas af", False, False),
        ("Oplossingsrichting", "Isolatie eerst", 1, "Gratis isolatiescan voor iedereen", False, False),
        ("Oplossingsrichting", "Isolatie eerst", 2, "Subsidie voor spouwmuurisolatie", False, False),
        ("Oplossingsrichting", "Collectieve warmtepomp", 0, "Warmtenet voor de nieuwbouwwijk", False, False),
        ("Oplossingsrichting", "Collectieve warmtepomp", 2, "Coöperatie zoals in het buurdorp", False, False),
        ("Oplossingsrichting", None, 1, "Groene stroom van de eigen windmolen", False, False),
    ],
}

TALLIES = {  # theme name -> dots per table
    "Isolatie eerst": (9, 7, 5),
    "Collectieve warmtepomp": (4, 6, 3),
    "Samen doen": (5, 4, 4),
    "Kosten": (3, 3, 2),
    "Informatie": (0, 2, 0),
}

ACTIONS = [
    ("Gratis isolatiescan uitwerken", m.ActionKind.ACTION, "Team Duurzaamheid", date(2026, 4, 15), "Isolatie eerst"),
    ("Informatiepunt in de bibliotheek", m.ActionKind.ACTION, "Wijkcoördinator", date(2026, 5, 1), "Informatie"),
    ("Verslag naar alle deelnemers", m.ActionKind.ACTION, "Griffie", date(2026, 3, 28), None),
    ("Begin met isoleren, wijk voor wijk", m.ActionKind.RECOMMENDATION, "", None, "Isolatie eerst"),
    ("Steun buurtcoöperaties met geld en kennis", m.ActionKind.RECOMMENDATION, "", None, "Samen doen"),
]


def build_small(path: Path) -> SessionDocument:
    """A burgerberaad session day in progress: the morning has run, lunch is pinned, votes are in."""
    doc = SessionDocument.create(path, m.Meeting(
        "Burgerberaad Warmtetransitie Zuiderveen", DAY, "Dorpshuis De Schakel, Zuiderveen",
        "Gemeente Zuiderveen", day_start=time(9, 30)))
    forms = {f.key: f for f in doc.add(*[m.WorkForm(f.key, f.name, f.description, f.default_minutes,
                                                    list(f.categories), list(f.steps)) for f in WORK_FORMS])}
    items = doc.add(*[
        m.AgendaItem(title, minutes, kind, position, forms[wf].id if wf else None, notes, pin)
        for position, (title, minutes, kind, wf, pin, notes) in enumerate(PROGRAMME)
    ])
    actual = [((9, 30), (10, 2)), ((10, 2), (10, 20)), ((10, 20), (10, 55)), ((10, 56), None)]
    for item, (start, end) in zip(items, actual, strict=False):  # the first four items have run
        item.actual_start = datetime.combine(DAY, time(*start))
        item.actual_end = datetime.combine(DAY, time(*end)) if end else None
    doc.update(*items[:4])
    people = doc.add(*[
        m.Participant(first, last, infix, m.Role(role), {"geslacht": g, "leeftijd": age, "wijk": wijk,
                      "opleiding": edu, "houding": stance} if wijk else {"geslacht": g, "leeftijd": age},
                      list(needs), m.Attendance(att))
        for first, infix, last, role, att, g, age, wijk, edu, stance, needs in PEOPLE
    ])
    hosts = people[16:19]
    tables = doc.add(*[m.Table(f"Tafel {n + 1}", cap, hosts[n].id, acc, n)
                       for n, (cap, acc) in enumerate([(7, True), (7, False), (6, True)])])
    rounds = doc.add(m.TableRound(1, items[3].id, "Kansen en zorgen"), m.TableRound(2, items[5].id, "Oplossingen"))
    seats = []
    for rnd in rounds:
        for t_index, members in ROUND_SEATS[rnd.number].items():
            for p in [hosts[t_index]] + [people[i] for i in members]:
                seats.append(m.SeatAssignment(rnd.id, p.id, tables[t_index].id, pinned=p in hosts))
    doc.add(*seats)
    themes = {}
    for a_index, notes in NOTES.items():
        for name in dict.fromkeys(n[1] for n in notes if n[1]):
            themes[name] = m.Theme(name, items[a_index].id, len(themes))
    doc.add(*themes.values())
    round_of = {3: rounds[0].id, 5: rounds[1].id}
    doc.add(*[
        m.StickyNote(text, items[a_index].id, cat, tables[t].id, round_of[a_index],
                     themes[theme].id if theme else None, is_quote=quote, hidden=hidden, position=pos)
        for a_index, notes in NOTES.items()
        for pos, (cat, theme, t, text, quote, hidden) in enumerate(notes)
    ])
    (vote,) = doc.add(m.DotVote("Stippen op de oplossingsrichtingen", items[7].id, 5))
    doc.add(*[m.VoteTally(vote.id, dots, theme_id=themes[name].id, table_id=tables[t].id)
              for name, per_table in TALLIES.items() for t, dots in enumerate(per_table) if dots])
    doc.add(*[m.ActionItem(text, kind, owner, due, items[8].id, themes[src].id if src else None, position=n)
              for n, (text, kind, owner, due, src) in enumerate(ACTIONS)])
    return doc


def build_large(path: Path, *, people: int = 1000, tables: int = 100, rounds: int = 4,
                notes: int = 10_000, seed: int = 1) -> SessionDocument:
    """A G1000-sized day (for timing only): 1,000 people, 100 tables of 10, 4 rounds, 10,000 notes."""
    rng = random.Random(seed)
    doc = SessionDocument.create(path, m.Meeting("G1000 Uden", DAY, "Sporthal De Hoef", "Stichting G1000"))
    (wc,) = doc.add(m.WorkForm("world_cafe", "World Café", "", 45, ["Kansen", "Zorgen", "Ideeën"],
                               [{"name": "Gesprek", "minutes": 40}]))
    items = doc.add(*[m.AgendaItem(f"Item {n}", 30, m.AgendaKind.TABLE_ROUND if n % 2 else m.AgendaKind.PLENARY,
                                   n, wc.id if n % 2 else None) for n in range(12)])
    genders, ages = ["vrouw", "man", "x"], ["16-25", "26-40", "41-65", "65+"]
    wijken = ["Noord", "Oost", "Zuid", "West", "Centrum", "Buitengebied"]
    with doc.transaction() as s:
        folk = [m.Participant(f"Voornaam{n}", f"Achternaam{rng.randrange(400)}", rng.choice(["", "van", "de"]),
                              attributes={"geslacht": rng.choice(genders), "leeftijd": rng.choice(ages),
                                          "wijk": rng.choice(wijken), "houding": rng.choice(["voor", "tegen"])},
                              needs=["rolstoel"] if n % 50 == 0 else [],
                              attendance=m.Attendance.PRESENT if n % 10 else m.Attendance.ABSENT)
                for n in range(people)]
        s.add_all(folk)
        s.flush()
        tabs = [m.Table(f"Tafel {n + 1}", 10, folk[n].id, n % 7 != 0, n) for n in range(tables)]
        s.add_all(tabs)
        s.flush()
        table_rounds = [m.TableRound(r + 1, items[2 * r + 1].id, f"Ronde {r + 1}") for r in range(rounds)]
        s.add_all(table_rounds)
        s.flush()
        for rnd in table_rounds:
            order = folk[:]
            rng.shuffle(order)
            s.add_all(m.SeatAssignment(rnd.id, p.id, tabs[i % tables].id) for i, p in enumerate(order))
        themes = [m.Theme(f"Thema {r}-{k}", rnd.agenda_item_id, k)
                  for r, rnd in enumerate(table_rounds) for k in range(12)]
        s.add_all(themes)
        s.flush()
        s.add_all(m.StickyNote(f"Briefje {n} over {rng.choice(['wonen', 'groen', 'zorg', 'verkeer'])}",
                               table_rounds[n % rounds].agenda_item_id, rng.choice(wc.categories),
                               tabs[n % tables].id, table_rounds[n % rounds].id,
                               themes[(n % rounds) * 12 + rng.randrange(12)].id if n % 3 else None,
                               is_quote=n % 17 == 0, hidden=n % 41 == 0, position=n)
                  for n in range(notes))
        vote = m.DotVote("Stippen", items[-1].id, 5)
        s.add(vote)
        s.flush()
        s.add_all(m.VoteTally(vote.id, rng.randrange(1, 6), theme_id=th.id, table_id=t.id)
                  for th in themes[-12:] for t in tabs)
        s.add_all(m.ActionItem(f"Actie {n}", m.ActionKind.ACTION if n % 2 else m.ActionKind.RECOMMENDATION,
                               "Gemeente", DAY, items[-1].id, themes[n].id, position=n) for n in range(20))
    return doc
