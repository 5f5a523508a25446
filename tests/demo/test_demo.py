"""The generated session files: the burgerberaad demo day and the G1000 benchmark meeting.

Checks what a facilitator would check (the programme, who is there, who sits
where, what the tables wrote, the vote, the follow-up) and what the project
relies on (counts, determinism, the ``facilitator demo`` command).
"""

import csv
import json
import sqlite3
import subprocess
import sys
from collections import Counter, defaultdict
from datetime import time
from itertools import combinations, pairwise
from pathlib import Path

import pytest

from facilitator.__main__ import main
from facilitator.assets import resource
from facilitator.core import model as m
from facilitator.core.schedule import plan as plan_day
from facilitator.demo import build_demo, build_g1000
from facilitator.demo.files import write_session
from facilitator.demo.seating import Guest, Place, rotation_rounds
from facilitator.store.document import SessionDocument

ROLE_OWNERS = {"Projectteam gemeente", "Woningcorporatie", "Griffie"}


def _load(path: Path) -> dict:
    """Everything in a session file, as the core's records, keyed by kind."""
    with SessionDocument.open(path, read_only=True) as doc:
        kinds = (m.Participant, m.AgendaItem, m.WorkForm, m.Table, m.TableRound, m.SeatAssignment,
                 m.StickyNote, m.Theme, m.DotVote, m.VoteTally, m.ActionItem)
        data = {kind: doc.all(kind) for kind in kinds}
        data[m.Meeting] = doc.meeting()
    return data


def _dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, in id order: two files with equal dumps hold equal data."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {name: conn.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall() for name in names}
    finally:
        conn.close()


def _seating(data: dict) -> dict[int, dict[int, int]]:
    """round id -> {participant id: table id}."""
    plans: dict[int, dict[int, int]] = defaultdict(dict)
    for seat in data[m.SeatAssignment]:
        assert seat.participant_id not in plans[seat.round_id], "someone has two seats in one round"
        plans[seat.round_id][seat.participant_id] = seat.table_id
    return plans


def _info_counts(path: Path, capsys) -> dict:
    assert main(["info", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)["counts"]


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo") / "Sessiedag 2.facilitator")


@pytest.fixture(scope="module")
def demo(demo_path) -> dict:
    return _load(demo_path)


@pytest.fixture(scope="module")
def g1000_path(tmp_path_factory) -> Path:
    return build_g1000(tmp_path_factory.mktemp("g1000") / "G1000.facilitator", seed=1000)


@pytest.fixture(scope="module")
def g1000(g1000_path) -> dict:
    return _load(g1000_path)


# -- the burgerberaad demo day ---------------------------------------------------------------------


def test_demo_counts_as_info_reports_them(demo_path, capsys):
    counts = _info_counts(demo_path, capsys)
    assert counts["participants"] == 60 + 2 + 8 + 2  # the list, two reserves, hosts, chair and expert
    assert counts["agenda_items"] == 10
    assert counts["tables"] == 8
    assert counts["rounds"] == 3
    assert counts["notes"] >= 120
    assert 10 <= counts["themes"] <= 16
    assert counts["votes"] == 1
    assert 4 <= counts["actions"] <= 6
    assert 0 < counts["dots"] <= 5 * 58


def test_demo_meeting_is_a_saturday_session_day_in_zuidhaege(demo):
    meeting = demo[m.Meeting]
    assert "Burgerberaad" in meeting.title and "sessiedag 2" in meeting.title
    assert meeting.date.weekday() == 5
    assert "Zuidhaege" in meeting.venue and meeting.organiser
    assert meeting.day_start == time(9, 30) and meeting.language == "nl"


def test_demo_programme_follows_the_typical_session_day(demo):
    items = demo[m.AgendaItem]
    meeting = demo[m.Meeting]
    placed = plan_day(items, meeting.day_start, meeting.date)
    starts = [p.start.strftime("%H:%M") for p in placed]
    assert starts == ["09:30", "10:00", "10:15", "10:45", "11:30", "11:45", "12:30", "13:15", "14:00", "15:00"]
    assert placed[-1].end.strftime("%H:%M") == "15:30"
    kinds = [i.kind for i in items]
    assert kinds.count(m.AgendaKind.TABLE_ROUND) == 3 and kinds.count(m.AgendaKind.BREAK) == 3
    lunch = next(i for i in items if i.title == "Lunch")
    assert lunch.pinned_start == time(12, 30) and lunch.kind == m.AgendaKind.BREAK
    forms = {f.id: f for f in demo[m.WorkForm]}
    rounds = [i for i in items if i.kind == m.AgendaKind.TABLE_ROUND]
    assert [forms[i.work_form_id].key for i in rounds] == ["world-cafe", "1-2-4-allen", "brainstorm"]
    assert forms[rounds[0].work_form_id].categories == ["Kansen", "Zorgen", "Vragen"]
    vote_item = next(i for i in items if "Stippenstemmen" in i.title)
    assert forms[vote_item.work_form_id].key == "stippenstemmen"
    assert all(i.facilitator_notes for i in items)


def test_demo_day_is_running_a_few_minutes_late(demo):
    items = demo[m.AgendaItem]
    meeting = demo[m.Meeting]
    placed = {p.item.id: p for p in plan_day(items, meeting.day_start, meeting.date)}
    morning = [i for i in items if placed[i.id].start.time() < time(12, 30)]
    assert len(morning) == 6 and all(i.actual_start and i.actual_end for i in morning)
    started = [i for i in items if i.actual_start]
    for before, after in pairwise(started):
        assert before.actual_end <= after.actual_start
    late = (items[-1].actual_start - placed[items[-1].id].start).total_seconds() / 60
    assert 2 <= late <= 15
    assert items[-1].actual_end is None  # the closing plenary is under way


def test_demo_has_all_60_people_of_the_shipped_list(demo):
    with resource("demo", "burgerberaad_60.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 60
    by_ref = {p.external_ref: p for p in demo[m.Participant] if p.role == m.Role.PARTICIPANT}
    for row in rows:
        person = by_ref[row["Nr"]]
        assert (person.first_name, person.infix, person.last_name) == (
            row["Voornaam"], row["Tussenvoegsel"], row["Achternaam"])
        assert person.attributes["age"] == row["Leeftijd"] and person.contact == row["E-mail"]
        assert person.attributes["district"] == row["Wijk"] and person.attributes["stance"] == row["Houding"]
    gerrit = by_ref["12"]
    assert gerrit.display_name == "Gerrit van den Berg"
    assert gerrit.attributes == {"gender": "man", "age_band": "30-44", "age": "32", "district": "West",
                                 "education": "laag", "stance": "voor"}
    assert gerrit.needs == ["tolk NGT"]
    assert by_ref["8"].needs == ["rolstoel"] and by_ref["22"].attributes["age_band"] == "<18"


def test_shipped_csv_is_an_exact_copy_of_the_shared_one(shared):
    assert resource("demo", "burgerberaad_60.csv").read_bytes() == (shared / "burgerberaad_60.csv").read_bytes()


def test_demo_attendance_and_roles(demo):
    people = demo[m.Participant]
    roles = Counter(p.role for p in people)
    assert roles == {m.Role.PARTICIPANT: 62, m.Role.TABLE_HOST: 8, m.Role.CHAIR: 1, m.Role.EXPERT: 1}
    citizens = [p for p in people if p.role == m.Role.PARTICIPANT]
    attendance = Counter(p.attendance for p in citizens)
    assert 2 <= attendance[m.Attendance.ABSENT] <= 6 and 1 <= attendance[m.Attendance.WALK_IN] <= 2
    assert attendance[m.Attendance.PRESENT] == 62 - attendance[m.Attendance.ABSENT] - attendance[m.Attendance.WALK_IN]
    assert all(p.attendance == m.Attendance.PRESENT for p in people if p.role != m.Role.PARTICIPANT)


def test_demo_tables_have_hosts_and_some_are_not_step_free(demo):
    tables = demo[m.Table]
    hosts = {p.id for p in demo[m.Participant] if p.role == m.Role.TABLE_HOST}
    assert [t.name for t in tables] == [f"Tafel {n}" for n in range(1, 9)]
    assert {t.host_id for t in tables} == hosts
    assert all(8 <= t.capacity <= 9 for t in tables)
    assert 2 <= sum(not t.accessible for t in tables) <= 3
    rounds = demo[m.TableRound]
    items = {i.id: i for i in demo[m.AgendaItem]}
    assert [r.number for r in rounds] == [1, 2, 3]
    assert all(items[r.agenda_item_id].kind == m.AgendaKind.TABLE_ROUND for r in rounds)


def test_demo_seating_fits_keeps_hosts_and_respects_wheelchairs(demo):
    people = {p.id: p for p in demo[m.Participant]}
    tables = {t.id: t for t in demo[m.Table]}
    here = {p.id for p in people.values() if p.role == m.Role.PARTICIPANT and p.attendance.is_here}
    plans = _seating(demo)
    assert len(plans) == 3
    wheelchair = [pid for pid in here if "rolstoel" in people[pid].needs]
    assert wheelchair, "the demo list has wheelchair users"
    for plan in plans.values():
        assert {pid for pid in plan if people[pid].role == m.Role.PARTICIPANT} == here
        for table in tables.values():
            assert plan[table.host_id] == table.id
        for table_id, sitting in Counter(plan.values()).items():
            assert sitting <= tables[table_id].capacity
        assert all(tables[plan[pid]].accessible for pid in wheelchair)
    host_seats = [s for s in demo[m.SeatAssignment] if people[s.participant_id].role == m.Role.TABLE_HOST]
    assert host_seats and all(s.pinned for s in host_seats)


def test_demo_tables_are_mixed_and_nobody_meets_anyone_twice(demo):
    people = {p.id: p for p in demo[m.Participant]}
    met = Counter()
    for plan in _seating(demo).values():
        at = defaultdict(list)
        for pid, table_id in plan.items():
            if people[pid].role == m.Role.PARTICIPANT:
                at[table_id].append(people[pid])
        for sitting in at.values():
            assert 6 <= len(sitting) <= 8
            for key, least in (("gender", 2), ("stance", 2), ("district", 3), ("age_band", 3), ("education", 2)):
                assert len({p.attributes[key] for p in sitting}) >= least, key
            met.update(combinations(sorted(p.id for p in sitting), 2))
    assert max(met.values()) == 1


def test_demo_notes_are_a_varied_dutch_harvest_of_each_round(demo):
    notes = demo[m.StickyNote]
    rounds = {r.id: r for r in demo[m.TableRound]}
    texts = [n.text for n in notes]
    assert len(set(texts)) == len(texts) >= 120
    assert all(n.table_id and n.round_id and rounds[n.round_id].agenda_item_id == n.agenda_item_id for n in notes)
    per_round = Counter(rounds[n.round_id].number for n in notes)
    assert min(per_round.values()) >= 20
    first = [n for n in notes if rounds[n.round_id].number == 1]
    assert Counter(n.category for n in first).keys() == {"Kansen", "Zorgen", "Vragen"}
    assert len({n.table_id for n in notes}) == 8
    assert sum(n.is_quote for n in notes) >= 3
    assert 1 <= sum(n.hidden for n in notes) <= 2
    assert "Zorgen over de kosten van een warmtepomp voor huurders" in texts
    assert "Begin met de wijken waar de woningcorporatie al renoveert" in texts
    for n in first:
        assert n.created_at and n.created_at.date() == demo[m.Meeting].date


def test_demo_themes_cluster_most_notes_of_rounds_1_and_2(demo):
    themes = {t.id: t for t in demo[m.Theme]}
    rounds = {r.number: r for r in demo[m.TableRound]}
    for number in (1, 2):
        board = rounds[number].agenda_item_id
        on_board = [t for t in themes.values() if t.agenda_item_id == board]
        assert 5 <= len(on_board) <= 8
        assert all(len(t.name) > 5 and t.name[0].isupper() for t in on_board)
        notes = [n for n in demo[m.StickyNote] if n.agenda_item_id == board]
        themed = [n for n in notes if n.theme_id]
        assert len(themed) >= 0.8 * len(notes)
        assert all(themes[n.theme_id].agenda_item_id == board for n in themed)
        assert {n.theme_id for n in themed} == {t.id for t in on_board}
    board_3 = rounds[3].agenda_item_id
    assert not any(t.agenda_item_id == board_3 for t in themes.values())


def test_demo_dot_vote_tallies_add_up(demo):
    (vote,) = demo[m.DotVote]
    assert vote.dots_per_person == 5
    rounds = {r.number: r for r in demo[m.TableRound]}
    round_2_themes = {t.id for t in demo[m.Theme] if t.agenda_item_id == rounds[2].agenda_item_id}
    tallies = demo[m.VoteTally]
    assert tallies and all(t.vote_id == vote.id and t.dots > 0 for t in tallies)
    assert {t.theme_id for t in tallies} == round_2_themes
    people = {p.id: p for p in demo[m.Participant]}
    seated = Counter(
        table_id for pid, table_id in _seating(demo)[rounds[2].id].items() if people[pid].role == m.Role.PARTICIPANT)
    per_table = Counter()
    for tally in tallies:
        per_table[tally.table_id] += tally.dots
    assert per_table.keys() == seated.keys()
    for table_id, dots in per_table.items():
        assert 4 * seated[table_id] <= dots <= 5 * seated[table_id]
    totals = Counter()
    for tally in tallies:
        totals[tally.theme_id] += tally.dots
    assert len(set(totals.values())) > 3  # a real spread, not a tie


def test_demo_actions_and_recommendations_have_owners_dates_and_sources(demo):
    actions = demo[m.ActionItem]
    kinds = Counter(a.kind for a in actions)
    assert kinds[m.ActionKind.ACTION] >= 1 and kinds[m.ActionKind.RECOMMENDATION] >= 1
    assert {a.owner for a in actions} <= ROLE_OWNERS
    names = {p.display_name for p in demo[m.Participant]}
    assert not any(a.owner in names for a in actions)
    meeting_day = demo[m.Meeting].date
    assert all(a.due_date and a.due_date > meeting_day for a in actions)
    themes = {t.id for t in demo[m.Theme]}
    notes = {n.id for n in demo[m.StickyNote]}
    linked = [a for a in actions if a.source_theme_id]
    assert len(linked) >= 4
    assert all(a.source_theme_id in themes for a in linked)
    assert all(a.source_note_id in notes for a in actions if a.source_note_id)
    assert all(a.text.endswith(".") and len(a.text) > 40 for a in actions)


def test_demo_is_the_same_every_time(demo_path, tmp_path):
    again = build_demo(tmp_path / "again.facilitator")
    assert _dump(again) == _dump(demo_path)


def test_a_failing_build_leaves_no_file(tmp_path):
    def broken(session):
        session.add(m.Theme(name="half", agenda_item_id=None))
        raise RuntimeError("stop")

    target = tmp_path / "half.facilitator"
    with pytest.raises(RuntimeError):
        write_session(target, m.Meeting("Half"), broken)
    assert not target.exists() and not Path(f"{target}-wal").exists()


# -- the G1000 benchmark meeting ----------------------------------------------------------------------


def test_g1000_counts(g1000_path, capsys):
    counts = _info_counts(g1000_path, capsys)
    assert counts["participants"] == 1000 + 100 + 1
    assert counts["tables"] == 100
    assert counts["rounds"] == 4
    assert counts["notes"] == 10_000
    assert 380 <= counts["themes"] <= 420
    assert counts["votes"] == 2
    assert 25 <= counts["actions"] <= 35
    assert 10 <= counts["agenda_items"] <= 14


def test_g1000_people_look_like_a_municipal_list(g1000):
    citizens = [p for p in g1000[m.Participant] if p.role == m.Role.PARTICIPANT]
    assert len(citizens) == 1000
    assert len({p.external_ref for p in citizens}) == 1000
    genders = Counter(p.attributes["gender"] for p in citizens)
    assert genders["man"] > 400 and genders["vrouw"] > 400 and genders["anders"] > 0
    assert len({p.attributes["district"] for p in citizens}) == 6
    assert {p.attributes["age_band"] for p in citizens} >= {"18-29", "30-44", "45-64", "65+"}
    assert 50 <= sum("rolstoel" in p.needs for p in citizens) <= 130
    assert sum(bool(p.infix) for p in citizens) > 150
    assert all(p.contact.endswith("@voorbeeld.nl") and p.contact.isascii() for p in citizens)
    assert Counter(p.attendance for p in citizens)[m.Attendance.PRESENT] > 900


def test_g1000_seating_is_complete_and_sound(g1000):
    people = {p.id: p for p in g1000[m.Participant]}
    tables = {t.id: t for t in g1000[m.Table]}
    here = {p.id for p in people.values() if p.role == m.Role.PARTICIPANT and p.attendance.is_here}
    plans = _seating(g1000)
    assert len(plans) == 4
    met = Counter()
    for plan in plans.values():
        citizens = {pid: tid for pid, tid in plan.items() if people[pid].role == m.Role.PARTICIPANT}
        assert citizens.keys() == here
        assert all(plan[t.host_id] == t.id for t in tables.values())
        sizes = Counter(citizens.values())
        assert len(sizes) == 100 and max(sizes.values()) <= 10 and min(sizes.values()) >= 9
        assert all(tables[tid].accessible for pid, tid in citizens.items() if "rolstoel" in people[pid].needs)
        by_table = defaultdict(list)
        for pid, tid in citizens.items():
            by_table[tid].append(pid)
        for sitting in by_table.values():
            met.update(combinations(sorted(sitting), 2))
    assert max(met.values()) == 1


def test_g1000_notes_votes_and_actions_hang_together(g1000):
    rounds = {r.id: r for r in g1000[m.TableRound]}
    themes = {t.id: t for t in g1000[m.Theme]}
    forms = {f.id: f for f in g1000[m.WorkForm]}
    items = {i.id: i for i in g1000[m.AgendaItem]}
    notes = g1000[m.StickyNote]
    per_round = Counter(n.round_id for n in notes)
    assert set(per_round.values()) == {2500}
    assert len({(n.round_id, n.table_id) for n in notes}) == 400
    for n in notes[::97]:
        assert rounds[n.round_id].agenda_item_id == n.agenda_item_id
        assert n.category in forms[items[n.agenda_item_id].work_form_id].categories
        assert n.theme_id is None or themes[n.theme_id].agenda_item_id == n.agenda_item_id
    assert sum(n.theme_id is not None for n in notes) > 8500
    present = sum(1 for p in g1000[m.Participant] if p.role == m.Role.PARTICIPANT and p.attendance.is_here)
    for vote in g1000[m.DotVote]:
        dots = sum(t.dots for t in g1000[m.VoteTally] if t.vote_id == vote.id)
        assert dots == vote.dots_per_person * present
    actions = g1000[m.ActionItem]
    assert all(a.owner and a.source_theme_id in themes and a.due_date for a in actions)


def test_g1000_same_seed_same_meeting(g1000_path, tmp_path):
    again = build_g1000(tmp_path / "again.facilitator", seed=1000)
    assert _dump(again) == _dump(g1000_path)


def test_rotation_refuses_when_wheelchair_users_cannot_all_sit_step_free():
    guests = [Guest(n, needs_access=True) for n in range(5)]
    places = [Place(1, 4, accessible=True), Place(2, 4, accessible=False)]
    with pytest.raises(ValueError, match="accessible"):
        rotation_rounds(guests, places, rounds=2)


# -- the command ---------------------------------------------------------------------------------------


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "facilitator", *args], capture_output=True, text=True, timeout=120, check=False)


def test_demo_command_writes_the_file_and_refuses_to_overwrite(tmp_path):
    out = tmp_path / "demo.facilitator"
    made = _cli("demo", str(out))
    assert made.returncode == 0, made.stderr
    assert len(made.stdout.strip().splitlines()) == 1
    assert "126 notes" in made.stdout and "8 tables" in made.stdout
    info = json.loads(_cli("info", str(out), "--json").stdout)
    assert info["integrity"] == "ok" and info["counts"]["participants"] == 72
    before = out.read_bytes()

    refused = _cli("demo", str(out))
    assert refused.returncode != 0
    assert "already exists" in refused.stderr and "--force" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1 and "Traceback" not in refused.stderr
    assert out.read_bytes() == before

    forced = _cli("demo", str(out), "--force")
    assert forced.returncode == 0, forced.stderr
    assert _dump(out)["meeting"] and "126 notes" in forced.stdout


def test_demo_command_overwrites_a_foreign_file_only_with_force(tmp_path):
    out = tmp_path / "notities.facilitator"
    out.write_text("niet van ons")
    assert _cli("demo", str(out)).returncode != 0 and out.read_text() == "niet van ons"
    assert _cli("demo", str(out), "--force").returncode == 0
    assert out.read_bytes().startswith(b"SQLite format 3\x00")


def test_seed_only_goes_with_the_g1000_scale(tmp_path):
    wrong = _cli("demo", str(tmp_path / "x.facilitator"), "--seed", "3")
    assert wrong.returncode != 0 and "--seed" in wrong.stderr and "Traceback" not in wrong.stderr
    assert not (tmp_path / "x.facilitator").exists()
