"""The seating store adapter: the Problem a file describes, plans stored and read back, one hand move, snapshots."""

from __future__ import annotations

import pytest

from facilitator.core import model as m
from facilitator.core.seating.quality import evaluate
from facilitator.core.seating.solver import solve
from facilitator.store.document import SessionDocument
from facilitator.store.seating import current_plan, load_problem, move_person, restore_seats, save_plan, seats_of


@pytest.fixture
def day(tmp_path):
    doc = SessionDocument.create(tmp_path / "dag.facilitator",
                                 m.Meeting("Burgerberaad", balance_attributes=["gender", "district"]))
    citizens = [
        m.Participant(f"P{n}", attributes={"gender": "mv"[n % 2], "district": "nz"[n % 3 == 0], "age": "40"},
                      needs=["rolstoel"] if n == 1 else [],
                      attendance=m.Attendance.ABSENT if n == 11 else m.Attendance.PRESENT)
        for n in range(12)
    ]
    hosts = [m.Participant(f"Host{n}", role=m.Role.TABLE_HOST, attendance=m.Attendance.PRESENT) for n in range(3)]
    chair = m.Participant("Voorzitter", role=m.Role.CHAIR, attendance=m.Attendance.PRESENT)
    doc.add(*citizens, *hosts, chair)
    tables = [m.Table(f"Tafel {n + 1}", capacity=5, host_id=hosts[n].id, accessible=n == 0, position=n)
              for n in range(3)]
    rounds = [m.TableRound(n + 1, title=f"Ronde {n + 1}") for n in range(2)]
    doc.add(*tables, *rounds)
    doc.add(m.SeatAssignment(rounds[1].id, citizens[2].id, tables[2].id, pinned=True),
            m.PairRule(citizens[3].id, citizens[4].id, together=True),
            m.PairRule(citizens[5].id, citizens[6].id, together=False))
    yield doc, citizens, hosts, tables, rounds
    doc.close()


def test_load_problem_reads_people_tables_rules_and_balance(day):
    doc, citizens, hosts, tables, rounds = day
    setup = load_problem(doc)
    problem = setup.problem
    assert [p.key for p in problem.people] == [c.id for c in citizens[:11]]  # absent, hosts and chair left out
    assert problem.rounds == 2 and setup.round_ids == [r.id for r in rounds]
    assert problem.balance == ("gender", "district")
    assert problem.people[0].attributes == {"gender": "m", "district": "z"}  # only the balance attributes
    assert [p.needs_access for p in problem.people][:3] == [False, True, False]
    assert [(t.key, t.capacity, t.host, t.accessible) for t in problem.tables] == [
        (t.id, 5, t.host_id, t.accessible) for t in tables]
    assert problem.pins == {(1, citizens[2].id): tables[2].id}
    assert problem.together == ((citizens[3].id, citizens[4].id),)
    assert problem.apart == ((citizens[5].id, citizens[6].id),)
    assert setup.names[hosts[0].id] == "Host0"


def test_overrides_and_before_check_in_everyone_not_absent(day):
    doc, citizens, *_ = day
    for person in citizens:
        person.attendance = m.Attendance.INVITED if person is not citizens[11] else m.Attendance.ABSENT
    doc.update(*citizens)
    setup = load_problem(doc, rounds=4, balance=["gender"])
    assert setup.problem.rounds == 4 and setup.problem.balance == ("gender",)
    assert len(setup.problem.people) == 11


def test_save_plan_round_trip_keeps_hosts_and_pins(day):
    doc, citizens, hosts, tables, rounds = day
    setup = load_problem(doc)
    solution = solve(setup.problem, seed=1, time_limit=5, patience=5_000)
    assert solution.quality.rule_violations == 0
    save_plan(doc, setup, solution.plan)
    assert current_plan(doc, setup) == solution.plan
    seats = doc.all(m.SeatAssignment)
    for table in tables:
        for table_round in rounds:
            assert any(s.participant_id == table.host_id and s.table_id == table.id and s.pinned
                       and s.round_id == table_round.id for s in seats)
    pinned = [s for s in seats if s.pinned and s.participant_id == citizens[2].id]
    assert [(s.round_id, s.table_id) for s in pinned] == [(rounds[1].id, tables[2].id)]
    # storing again replaces instead of adding
    save_plan(doc, setup, solution.plan)
    assert len(doc.all(m.SeatAssignment)) == len(seats)
    assert evaluate(setup.problem, current_plan(doc, setup)) == solution.quality


def test_save_plan_creates_missing_rounds(day):
    doc, *_ = day
    setup = load_problem(doc, rounds=3)
    solution = solve(setup.problem, seed=2, time_limit=5, patience=5_000)
    round_ids = save_plan(doc, setup, solution.plan)
    assert len(round_ids) == 3 and len(doc.all(m.TableRound)) == 3
    assert current_plan(doc, load_problem(doc)) == solution.plan


def test_move_person_is_one_saved_hand_edit(day):
    doc, citizens, hosts, tables, rounds = day
    setup = load_problem(doc)
    save_plan(doc, setup, solve(setup.problem, seed=1, time_limit=5, patience=5_000).plan)
    move_person(doc, rounds[0].id, citizens[0].id, tables[1].id)
    assert current_plan(doc, setup)[0][citizens[0].id] == tables[1].id
    move_person(doc, rounds[1].id, citizens[2].id, tables[0].id)  # a pinned person: the pin moves along
    seat = doc.all(m.SeatAssignment, round_id=rounds[1].id, participant_id=citizens[2].id)
    assert [(s.table_id, s.pinned) for s in seat] == [(tables[0].id, True)]


def test_seat_snapshots_put_back_a_round_or_one_persons_seat(day):
    doc, citizens, hosts, tables, rounds = day
    setup = load_problem(doc)
    save_plan(doc, setup, solve(setup.problem, seed=1, time_limit=5).plan)
    ids = [r.id for r in rounds]
    before = seats_of(doc, ids)
    assert len(before) == 2 * (11 + 3) and (rounds[1].id, citizens[2].id, tables[2].id, True) in [s[1:] for s in before]

    person = citizens[0].id
    mine = seats_of(doc, [ids[0]], [person])
    assert len(mine) == 1
    elsewhere = next(t.id for t in tables if t.id != mine[0][3])
    move_person(doc, ids[0], person, elsewhere)
    assert restore_seats(doc, [ids[0]], [person], mine) == 0
    assert seats_of(doc, ids) == before  # only that seat changed back, nothing else touched, same rows

    doc.delete(*doc.all(m.SeatAssignment, round_id=ids[1]))  # a whole round gone (a new plan, a slip)
    assert restore_seats(doc, [ids[1]], None, [s for s in before if s[1] == ids[1]]) == 0
    assert seats_of(doc, ids) == before

    doc.delete(citizens[5])  # someone removed meanwhile: their seats cannot come back, the rest can
    assert restore_seats(doc, ids, None, before) == 2
    assert seats_of(doc, ids) == [s for s in before if s[2] != citizens[5].id]
    taken = before[0]  # a row id in use by someone else meanwhile: the seat comes back under a new id
    other = next(s for s in before if s[1] == taken[1] and s[2] not in (taken[2], citizens[5].id))
    assert restore_seats(doc, [taken[1]], [other[2]], [(taken[0], *other[1:])]) == 0
    assert [s[1:] for s in seats_of(doc, [taken[1]], [other[2]])] == [other[1:]]
    assert taken in seats_of(doc, ids)
