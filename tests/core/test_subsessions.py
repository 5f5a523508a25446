"""The sub-session allocator: rules never broken, the worst-off protected, reproducible, infeasibility explained."""

from __future__ import annotations

import random

import pytest

from facilitator.core.progress import Cancelled, Progress
from facilitator.core.subsession_solver import rank_cost
from facilitator.core.subsessions import (
    NOTE_TEXTS,
    Note,
    Offering,
    Person,
    Problem,
    allocate,
    choice_counts,
    move_problems,
    rank_of,
)

A, B, C, D = 1, 2, 3, 4


def offerings(count: int = 4, slots=(1, 2), low: int = 0, high: int = 30) -> tuple[Offering, ...]:
    return tuple(Offering(i, f"Sessie {'ABCDEFGH'[i - 1]}", tuple(slots), low, high, "ABCDEFGH"[i - 1])
                 for i in range(1, count + 1))


def random_problem(people: int = 120, count: int = 6, seed: int = 7, low: int = 10, high: int = 30) -> Problem:
    rng = random.Random(seed)
    weights = [1.6 ** -i for i in range(count)]
    crowd = []
    for pid in range(1, people + 1):
        ids, w, ranked = list(range(1, count + 1)), weights[:], []
        for _ in range(4):
            pick = rng.choices(range(len(ids)), w)[0]
            ranked.append(ids.pop(pick))
            w.pop(pick)
        crowd.append(Person(pid, tuple(ranked), f"P{pid}"))
    return Problem(tuple(crowd), offerings(count, low=low, high=high))


def assert_rules(problem: Problem, assignment: dict[tuple[int, int], int]) -> None:
    running = {slot: {o.id for o in problem.running(slot)} for slot in problem.slots}
    for person in problem.people:
        got = [assignment[(person.id, slot)] for slot in problem.slots]  # KeyError: someone has no session
        assert all(o in running[slot] for o, slot in zip(got, problem.slots))
        assert len(set(got)) == len(got), f"{person.name} attends a sub-session twice"
    for offering in problem.offerings:
        for slot in offering.slots:
            n = sum(1 for (_p, s), o in assignment.items() if s == slot and o == offering.id)
            assert offering.min_capacity <= n <= offering.max_capacity
    for key, offering_id in problem.pinned.items():
        assert assignment[key] == offering_id


def test_every_rule_holds_on_a_tight_random_problem():
    problem = random_problem(people=120, count=6, low=12, high=24)  # 6 × 24 = 144 places per slot for 120
    result = allocate(problem, seed=3)
    assert result.feasible and result.notes == [] or all(not n.blocking for n in result.notes)
    assert_rules(problem, result.assignment)
    counts = result.counts
    assert sum(counts.overall) == 240 and counts.slots.keys() == {1, 2}
    assert counts.as_dict()["overall"]["1"] == counts.overall[0]


def test_the_worst_off_are_protected_where_a_greedy_gives_a_last_choice():
    # One seat per sub-session per slot; handing out best-available in list order gives P3 its last choice (C).
    people = (Person(1, (D, A, B, C), "P1"), Person(2, (D, A, C, B), "P2"),
              Person(3, (D, B, A, C), "P3"), Person(4, (A, B, C, D), "P4"))
    problem = Problem(people, offerings(4, high=1))
    greedy, load = {}, {}
    for person in people:
        for slot in (1, 2):
            pick = next(o for o in person.ranked if load.get((o, slot), 0) < 1
                        and o not in (greedy.get((person.id, 1)), greedy.get((person.id, 2))))
            greedy[(person.id, slot)], load[(pick, slot)] = pick, 1
    assert max(rank_of(p, greedy[(p.id, s)]) for p in people for s in (1, 2)) == 4

    result = allocate(problem, seed=1)
    assert_rules(problem, result.assignment)
    assert result.worst_rank == 3
    assert result.counts.ranked()[3] == 0  # nobody gets their 4th (last) choice


def test_a_squared_rank_cost_prefers_two_seconds_over_a_first_and_a_third():
    assert rank_cost(2, 4) * 2 < rank_cost(1, 4) + rank_cost(3, 4)
    assert rank_cost(5, 4) > rank_cost(4, 4) > rank_cost(3, 4)  # unranked costs more than the last rank
    assert rank_cost(0, 4) == 0  # no preferences: any sub-session suits


def test_same_seed_same_allocation_and_every_seed_equally_good():
    problem = random_problem(people=150, count=6, low=10, high=30)
    first, again = allocate(problem, seed=11), allocate(problem, seed=11)
    assert first.assignment == again.assignment
    people = {p.id: p for p in problem.people}

    def cost(result) -> int:
        return sum(rank_cost(rank_of(people[pid], o) or 5, 4) for (pid, _s), o in result.assignment.items())

    others = [allocate(problem, seed=s) for s in (12, 13, 14)]
    assert {cost(r) for r in others} == {cost(first)}
    assert any(r.assignment != first.assignment for r in others)  # ties are broken by the seed


def test_pinned_people_stay_even_at_their_last_choice():
    problem = random_problem(people=60, count=4, low=5, high=20)
    person = problem.people[0]
    pinned = {(person.id, 1): person.ranked[-1], (problem.people[1].id, 2): problem.people[1].ranked[2]}
    result = allocate(Problem(problem.people, problem.offerings, pinned), seed=2)
    assert_rules(Problem(problem.people, problem.offerings, pinned), result.assignment)
    assert result.assignment[(person.id, 1)] == person.ranked[-1]


def test_unranked_is_a_last_resort_and_people_without_preferences_fill_the_gaps():
    people = (Person(1, (A,), "short list"), Person(2, (), "no list"), Person(3, (B, A), "P3"))
    problem = Problem(people, offerings(2, slots=(1,), high=2))
    result = allocate(problem)
    assert result.feasible
    assert result.assignment[(1, 1)] == A and result.assignment[(3, 1)] == B
    assert result.counts.no_preference() == 1 and result.counts.unranked() == 0


def test_someone_who_ranked_too_few_does_not_drag_everyone_down():
    crowd = [Person(i, (A, B, C, D), f"P{i}") for i in range(1, 9)] + [Person(9, (A,), "one choice")]
    result = allocate(Problem(tuple(crowd), offerings(4, high=5)))
    assert result.feasible and result.worst_rank == 5  # only the one-choice person gets an unranked place
    assert [n.kind for n in result.notes] == ["exempt"]
    assert all(rank_of(p, result.assignment[(p.id, s)]) <= 2 for p in crowd[:8] for s in (1, 2))


@pytest.mark.parametrize(("problem", "kind"), [
    (Problem(tuple(Person(i, (A,)) for i in range(5)), offerings(2, low=3)), "min_exceeds_people"),
    (Problem(tuple(Person(i, (A,)) for i in range(50)), offerings(2, high=20)), "max_too_small"),
    (Problem(tuple(Person(i, (A,)) for i in range(5)), offerings(1)), "too_few_offerings"),
    (Problem(tuple(Person(i, (A,)) for i in range(5)), (Offering(1, "A", (1, 2), 3, 9),
                                                           Offering(2, "B", (1, 2), 0, 9))), "min_over_slots"),
    (Problem((Person(1, (A,)),), offerings(2), {(1, 1): A, (1, 2): A}), "pin_twice"),
    (Problem((Person(1, (A,)), Person(2, (A,))), offerings(2, high=1) + (Offering(3, "C", (1, 2), 0, 5),),
             {(1, 1): A, (2, 1): A}), "pins_over_capacity"),
    (Problem((Person(1, (A,)),), (Offering(1, "A", (1,)), Offering(2, "B", (2,)), Offering(3, "C", (2,))),
             {(1, 2): A}), "pin_not_running"),
    (Problem((), offerings(2)), "no_people"),
    (Problem((Person(1, (A,)),), ()), "no_offerings"),
])
def test_impossible_problems_are_explained_not_raised(problem, kind):
    result = allocate(problem)
    assert not result.feasible and result.assignment == {}
    assert kind in [note.kind for note in result.notes]
    assert all(note.text and "{" not in note.text for note in result.notes)
    assert result.as_dict()["status"] == "infeasible"


def test_when_the_never_twice_rule_bites_the_note_says_where_places_are_missing():
    # A runs in both slots; B (slot 1) and C (slot 2) hold 2 each: 10 people can't all avoid A twice.
    problem = Problem(tuple(Person(i, (A, B, C)) for i in range(10)),
                      (Offering(A, "A", (1, 2), 0, 10), Offering(B, "B", (1,), 0, 2), Offering(C, "C", (2,), 0, 2)))
    result = allocate(problem)
    assert not result.feasible
    room = [n for n in result.notes if n.kind == "needs_room"]
    assert room and sum(n.values["count"] for n in room) == 6
    assert "more places" in room[0].text


def test_cancelling_stops_the_allocation():
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        allocate(random_problem(people=20, count=4), progress=progress)


def test_moving_someone_by_hand_warns_about_what_it_breaks():
    problem = Problem((Person(1, (A, B)), Person(2, (A, B)), Person(3, (B, A))), offerings(2, low=1, high=2))
    assignment = {(1, 1): A, (1, 2): B, (2, 1): A, (2, 2): B, (3, 1): B, (3, 2): A}
    assert move_problems(problem, assignment, 1, 1, A) == []
    kinds = [n.kind for n in move_problems(problem, assignment, 3, 1, A)]
    assert kinds == ["move_twice", "move_full", "move_below_minimum"]


def test_counts_of_a_stored_assignment_and_every_note_text_formats():
    problem = Problem((Person(1, (A, B)), Person(2, ())), offerings(2, slots=(1,)))
    counts = choice_counts(problem, {(1, 1): B, (2, 1): A, (99, 1): A})
    assert counts.slots[1] == [0, 1, 0, 1] and counts.ranked(1) == [0, 1]
    values = dict(slot=1, total=2, people=3, excess=1, short=1, slots="1, 2", needed=2, available=1, offering="A",
                  count=2, minimum=1, person="P", pinned=2, maximum=1, threshold=3, worst=4, limit=5,
                  reason="no such file")
    for kind in NOTE_TEXTS:
        assert Note(kind, values).text


def test_a_solver_that_cannot_run_gives_a_note_not_a_traceback(monkeypatch, tmp_path):
    """CBC missing or blocked (security software, a broken install): the allocation says so in a sentence."""
    from facilitator.core import subsession_solver

    monkeypatch.setattr(subsession_solver, "_cbc_path", lambda: str(tmp_path / "no-cbc-here"))
    result = allocate(random_problem(people=30, count=4, low=0, high=30), seed=1)
    assert result.assignment == {}
    assert [note.kind for note in result.notes] == ["solver_failed"]
    assert result.as_dict()["status"] == "solver_failed" and result.as_dict()["optimal"] is False
    assert "could not run" in result.notes[0].text and "no-cbc-here" in result.notes[0].text
