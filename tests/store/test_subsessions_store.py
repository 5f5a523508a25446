"""Sub-sessions in the file: who is placed, preferences by code or name, one-transaction saves that keep pins."""

from __future__ import annotations

from facilitator.core.model import Attendance, Participant, Role, SubSession, SubSessionAssignment
from facilitator.core.subsessions import allocate
from facilitator.store import subsessions as store


def fill(doc) -> tuple[list[SubSession], list[Participant]]:
    subs = list(doc.add(
        SubSession("Gemeentelijke organisatie", code="A", min_capacity=0, max_capacity=3, slots=[1, 2], position=1),
        SubSession("Mandaat en opvolging", code="B", max_capacity=3, slots=[1, 2], position=2),
        SubSession("Loting", code="C", max_capacity=3, slots=[1, 2], position=3),
    ))
    people = list(doc.add(
        Participant("Lotte", "Amrani", attributes={"preference_1": "a", "preference_2": " B ", "preference_3": "C"}),
        Participant("Sem", "Dijk", attributes={"preference_2": "loting", "preference_1": "Mandaat en opvolging"}),
        Participant("Yara", "Wit", attributes={"preference_1": "Z", "preference_2": "A", "preference_3": "a"}),
        Participant("Afwezig", "Iemand", attendance=Attendance.ABSENT, attributes={"preference_1": "A"}),
        Participant("Gastvrouw", "Tafel", role=Role.TABLE_HOST),
    ))
    return subs, people


def test_the_problem_takes_participants_here_and_their_ranking_by_code_or_name(doc):
    subs, people = fill(doc)
    loaded = store.load_problem(doc)
    ids = [s.id for s in subs]
    ranked = {p.name: p.ranked for p in loaded.problem.people}
    assert ranked == {"Lotte Amrani": (ids[0], ids[1], ids[2]), "Sem Dijk": (ids[1], ids[2]),
                      "Yara Wit": (ids[0],)}  # the repeat of A is dropped; absent people and hosts are not placed
    assert [str(u) for u in loaded.unknown] == ["Yara Wit: preference_1 = 'Z' names no sub-session"]
    assert [o.code for o in loaded.problem.offerings] == ["A", "B", "C"]
    assert loaded.problem.offerings[0].slots == (1, 2)


def test_saving_replaces_the_allocation_in_one_go_and_keeps_pinned_people(doc):
    subs, people = fill(doc)
    lotte, sem = people[0], people[1]
    store.move(doc, lotte.id, 1, subs[2].id)  # by hand: pinned to C in slot 1
    loaded = store.load_problem(doc)
    assert loaded.problem.pinned == {(lotte.id, 1): subs[2].id}
    result = allocate(loaded.problem, seed=1)
    assert result.feasible and result.assignment[(lotte.id, 1)] == subs[2].id
    written = store.save_allocation(doc, result.assignment)
    assert written == 5  # three people, two slots, minus the pinned one
    stored = store.read_allocation(doc)
    assert stored.assignment == result.assignment and stored.pinned == {(lotte.id, 1)}

    store.save_allocation(doc, {(sem.id, 1): subs[0].id})  # a second allocation replaces the first
    stored = store.read_allocation(doc)
    assert stored.assignment == {(lotte.id, 1): subs[2].id, (sem.id, 1): subs[0].id}
    store.unpin(doc, lotte.id, 1)
    assert store.read_allocation(doc).pinned == set()
    assert len(doc.all(SubSessionAssignment)) == 2


def test_a_failed_save_leaves_the_old_allocation(doc):
    subs, people = fill(doc)
    store.save_allocation(doc, {(people[0].id, 1): subs[0].id})
    try:
        store.save_allocation(doc, {(people[0].id, 1): subs[0].id, (99999, 1): subs[0].id})  # no such person
    except Exception:
        pass
    else:
        raise AssertionError("a foreign key violation should have stopped the save")
    assert store.read_allocation(doc).assignment == {(people[0].id, 1): subs[0].id}


def test_deleting_a_sub_session_removes_its_assignments(doc):
    subs, people = fill(doc)
    store.save_allocation(doc, {(people[0].id, 1): subs[0].id, (people[1].id, 1): subs[1].id})
    doc.delete(subs[0])
    assert store.read_allocation(doc).assignment == {(people[1].id, 1): subs[1].id}
