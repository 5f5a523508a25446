"""A G1000-scale session file for benchmarks: 1,000 citizens, 100 tables, 4 rounds, 10,000 notes.

A G1000 (a citizens' summit) lets a thousand people drawn from the town set
the agenda at a hundred tables of ten. Everything is generated from one
seeded random generator, so the same seed writes the same meeting. Rows go
in with bulk inserts inside one transaction, with ids assigned here (the
file is new and empty), so a build takes a few seconds.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import insert
from sqlalchemy.orm import Session

from facilitator.core import model as m
from facilitator.core import workforms
from facilitator.core.model import ActionKind, AgendaKind, Attendance, Meeting, Participant, Role
from facilitator.demo import g1000_content as text
from facilitator.demo.files import write_session
from facilitator.demo.people import WHEELCHAIR, random_citizen, random_name, staff
from facilitator.demo.seating import Guest, Place, rotation_rounds
from facilitator.store.schema import MAPPED

DAY = date(2026, 10, 10)
CITIZENS = 1000
TABLES = 100
SEATS = 10  # citizens per table; the host takes an eleventh chair
STEP_FREE_TABLES = 92  # the last eight tables are on the balcony
NOTES = 10_000
ACTIONS = 30
DOTS_PER_PERSON = 5

#: (title, minutes, kind, work form key, categories of the session's copy, pinned start)
PROGRAMME = (
    ("Inloop en registratie", 30, AgendaKind.BREAK, None, None, None),
    ("Opening en uitleg van de dag", 20, AgendaKind.PLENARY, "plenaire-presentatie", None, None),
    ("Ronde 1: Wat vind jij belangrijk voor Zuidhaege?", 60, AgendaKind.TABLE_ROUND, "brainstorm",
     ("Wat gaat goed", "Wat moet beter"), None),
    ("Pauze", 15, AgendaKind.BREAK, None, None, None),
    ("Ronde 2: Thema's verkennen", 60, AgendaKind.TABLE_ROUND, "world-cafe", None, None),
    ("Stemmen op de thema's", 20, AgendaKind.PLENARY, "stippenstemmen", None, None),
    ("Lunch", 45, AgendaKind.BREAK, None, None, time(12, 30)),
    ("Ronde 3: Ideeën uitwerken", 60, AgendaKind.TABLE_ROUND, "1-2-4-allen", ("Korte termijn", "Lange termijn"), None),
    ("Pauze", 15, AgendaKind.BREAK, None, None, None),
    ("Ronde 4: Van idee naar plan", 60, AgendaKind.TABLE_ROUND, "carrousel",
     ("Plan", "Wie doet mee", "Wat is nodig"), None),
    ("Stemmen op de plannen", 20, AgendaKind.PLENARY, "stippenstemmen", None, None),
    ("Slotmanifestatie en afsluiting", 45, AgendaKind.PLENARY, "plenaire-presentatie", None, None),
)
ROUND_POSITIONS = (2, 4, 7, 9)
#: (position of the vote's agenda item, index of the round whose board it votes on)
VOTES = ((5, 1, "Stemmen op de thema's"), (10, 3, "Stemmen op de plannen"))


def meeting(seed: int) -> Meeting:
    return Meeting(
        title="G1000 Zuidhaege — burgertop",
        date=DAY,
        venue="Evenementenhal De Veiling, Zuidhaege",
        organiser="Stichting G1000 Zuidhaege en gemeente Zuidhaege",
        language="nl",
        day_start=time(9, 0),
        description=f"Gegenereerd testbestand op G1000-schaal (seed {seed}); alle namen en gegevens zijn verzonnen.",
        balance_attributes=["gender", "age_band", "district", "education"],
    )


class _Ids:
    """Hands out primary keys per table; the file is new, so every table starts at 1."""

    def __init__(self) -> None:
        self._next: Counter = Counter()

    def __call__(self, kind: type) -> int:
        self._next[kind] += 1
        return self._next[kind]


def _insert(session: Session, kind: type, rows: list[dict]) -> None:
    if rows:
        session.execute(insert(MAPPED[kind]), rows)


def _fill(session: Session, seed: int) -> None:
    rng = random.Random(seed)
    ids = _Ids()

    # work forms, the session's own copies (some with the categories this G1000 harvests in)
    forms: dict[str, dict] = {}
    for _, _, _, key, categories, _ in PROGRAMME:
        if key and key not in forms:
            form = workforms.work_form(key)
            forms[key] = {
                "id": ids(m.WorkForm), "key": form.key, "name": form.name, "description": form.description,
                "default_minutes": form.default_minutes, "categories": list(categories or form.categories),
                "steps": form.steps,
            }
    _insert(session, m.WorkForm, list(forms.values()))

    # the programme as it ran: each item starts when the one before ended (or at its pin) and runs a little off
    items = []
    clock = datetime.combine(DAY, time(9, 0))
    for pos, (title, minutes, kind, key, _, pin) in enumerate(PROGRAMME):
        start = max(clock, datetime.combine(DAY, pin)) if pin else clock + timedelta(minutes=rng.randint(0, 2))
        clock = start + timedelta(minutes=minutes + rng.randint(-2, 4))
        items.append({
            "id": ids(m.AgendaItem), "title": title, "planned_minutes": minutes, "kind": kind, "position": pos,
            "work_form_id": forms[key]["id"] if key else None, "facilitator_notes": "", "pinned_start": pin,
            "actual_start": start, "actual_end": clock,
        })
    _insert(session, m.AgendaItem, items)

    # people: citizens, one host per table, the chair
    people = []
    for nr in range(1, CITIZENS + 1):
        roll = rng.random()
        attendance = Attendance.ABSENT if roll < 0.03 else Attendance.WALK_IN if roll < 0.045 else Attendance.PRESENT
        person = random_citizen(rng, nr, attendance)
        person.id = ids(m.Participant)
        people.append(person)
    hosts = []
    for n in range(TABLES):
        host = staff(*random_name(rng, rng.choice(("vrouw", "man"))), Role.TABLE_HOST, "Tafelbegeleiders G1000")
        host.contact = host.contact.replace("@", f"{n + 1}@")
        host.id = ids(m.Participant)
        hosts.append(host)
    chair = staff("Ingeborg", "", "Terpstra", Role.CHAIR, "Dagvoorzitter")
    chair.id = ids(m.Participant)
    _insert(session, m.Participant, [_person_row(p) for p in (*people, *hosts, chair)])

    tables = [
        {"id": ids(m.Table), "name": f"Tafel {n + 1}", "capacity": SEATS + 1, "host_id": hosts[n].id,
         "accessible": n < STEP_FREE_TABLES, "position": n}
        for n in range(TABLES)
    ]
    _insert(session, m.Table, tables)
    rounds = [
        {"id": ids(m.TableRound), "number": n + 1, "agenda_item_id": items[pos]["id"],
         "title": items[pos]["title"].split(": ", 1)[-1]}
        for n, pos in enumerate(ROUND_POSITIONS)
    ]
    _insert(session, m.TableRound, rounds)

    # seating: the rotation, so nobody meets anyone twice; hosts stay put
    here = [p for p in people if p.attendance.is_here]
    rng.shuffle(here)
    guests = [Guest(p.id, p.attributes, WHEELCHAIR in p.needs) for p in here]
    places = [Place(t["id"], SEATS, t["accessible"]) for t in tables]
    plans = rotation_rounds(guests, places, len(rounds))
    seats = []
    for table_round, plan in zip(rounds, plans):
        seats += [{"id": ids(m.SeatAssignment), "round_id": table_round["id"], "participant_id": pid,
                   "table_id": tid, "pinned": False} for pid, tid in plan.items()]
        seats += [{"id": ids(m.SeatAssignment), "round_id": table_round["id"], "participant_id": t["host_id"],
                   "table_id": t["id"], "pinned": True} for t in tables]
    _insert(session, m.SeatAssignment, seats)

    # one board per round: a theme per subject, notes from every table
    subjects = [(topic, subject) for topic, topic_subjects in text.TOPICS for subject in topic_subjects]
    themes, notes = [], []
    theme_ids: list[list[int]] = []
    notes_per_table = NOTES // (len(rounds) * TABLES)
    for index, (table_round, pos) in enumerate(zip(rounds, ROUND_POSITIONS)):
        item = items[pos]
        board_ids = []
        for n, (_, subject) in enumerate(subjects):
            board_ids.append(ids(m.Theme))
            themes.append({"id": board_ids[-1], "name": text.capitalised(subject), "agenda_item_id": item["id"],
                           "position": n})
        theme_ids.append(board_ids)
        appeal = [rng.paretovariate(1.5) for _ in subjects]  # a few subjects draw many notes
        categories = forms[PROGRAMME[pos][3]]["categories"]
        places_text = list(text.PLACES.values())
        span = (item["actual_end"] - item["actual_start"]) - timedelta(minutes=5)
        position = 0
        for table in tables:
            for pick in rng.choices(range(len(subjects)), appeal, k=notes_per_table):
                category = rng.choice(categories)
                note = text.fill(rng.choice(text.TEMPLATES[category]), subjects[pick][1], rng.choice(text.GROUPS),
                                 rng.choice(places_text), rng.choice(text.PARTNERS))
                notes.append({
                    "id": ids(m.StickyNote), "text": note, "agenda_item_id": item["id"], "category": category,
                    "table_id": table["id"], "round_id": table_round["id"],
                    "theme_id": board_ids[pick] if rng.random() < 0.92 else None, "author_id": None,
                    "is_quote": rng.random() < 0.02, "hidden": rng.random() < 0.005, "position": position,
                    "created_at": (item["actual_start"] + timedelta(minutes=5) + span * rng.random())
                    .replace(microsecond=0),
                })
                position += 1
    _insert(session, m.Theme, themes)
    _insert(session, m.StickyNote, notes)

    # two dot votes, counted per table of the round before
    themed = Counter(n["theme_id"] for n in notes if n["theme_id"] is not None)
    votes, tallies, totals = [], [], Counter()
    for pos, round_index, title in VOTES:
        vote_id = ids(m.DotVote)
        votes.append({"id": vote_id, "title": title, "agenda_item_id": items[pos]["id"],
                      "dots_per_person": DOTS_PER_PERSON})
        board = theme_ids[round_index]
        weights = [themed[t] + 1 for t in board]
        counted: Counter = Counter()
        for person in here:
            for theme_id in rng.choices(board, weights, k=DOTS_PER_PERSON):
                counted[(plans[round_index][person.id], theme_id)] += 1
        tallies += [{"id": ids(m.VoteTally), "vote_id": vote_id, "dots": dots, "theme_id": theme_id,
                     "note_id": None, "table_id": table_id} for (table_id, theme_id), dots in sorted(counted.items())]
        if round_index == len(rounds) - 1:
            for (_, theme_id), dots in counted.items():
                totals[theme_id] += dots
    _insert(session, m.DotVote, votes)
    _insert(session, m.VoteTally, tallies)

    _insert(session, m.ActionItem, _actions(rng, ids, items, theme_ids[-1], subjects, totals, notes))


def _person_row(p: Participant) -> dict:
    return {
        "id": p.id, "first_name": p.first_name, "last_name": p.last_name, "infix": p.infix, "role": p.role,
        "attributes": p.attributes, "needs": p.needs, "attendance": p.attendance,
        "external_ref": p.external_ref, "contact": p.contact,
    }


def _actions(rng, ids, items, board, subjects, totals, notes) -> list[dict]:
    """Agreements and recommendations for the plans with the most dots."""
    first_note = {}
    for note in notes:
        first_note.setdefault(note["theme_id"], note["id"])
    best = sorted(board, key=lambda t: (-totals[t], t))[:ACTIONS]
    rows = []
    for position, theme_id in enumerate(best):
        topic, subject = subjects[board.index(theme_id)]
        recommendation = position % 3 == 0
        if recommendation:
            wording = f"Geef {text.work(subject)} voorrang: reserveer er geld voor in de begroting en betrek inwoners."
            owner, item = "Griffie", items[-1]
        else:
            wording = (f"Werkgroep van inwoners en gemeente maakt een plan van aanpak voor {subject}; "
                       "eerste bijeenkomst binnen een maand.")
            owner, item = text.OWNERS[topic], items[ROUND_POSITIONS[-1]]
        rows.append({
            "id": ids(m.ActionItem), "text": wording,
            "kind": ActionKind.RECOMMENDATION if recommendation else ActionKind.ACTION, "owner": owner,
            "due_date": DAY + timedelta(days=rng.choice((30, 60, 90, 180))), "agenda_item_id": item["id"],
            "source_theme_id": theme_id, "source_note_id": first_note.get(theme_id), "position": position,
        })
    return rows


def build_g1000(path: Path | str, seed: int = 1000) -> Path:
    """Write a G1000-scale meeting to ``path`` (which must not exist yet) and return the path."""
    return write_session(path, meeting(seed), lambda session: _fill(session, seed))
