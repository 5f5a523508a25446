"""The solver's notes reach the user in Dutch, with names instead of keys."""

from facilitator.core.seating.notes import feasibility_notes
from facilitator.core.seating.problem import Person, Problem, TableSpec
from facilitator.ui.seating_notes import note_text


def test_notes_are_said_in_dutch_with_names(translations):
    translations.install("nl")
    problem = Problem(
        people=(Person(1, needs_access=True), Person(2, needs_access=True), Person(3)),
        tables=(TableSpec(10, 2, accessible=False), TableSpec(11, 2, accessible=True)),
        rounds=1,
        pins={(0, 1): 10},
        apart=((2, 3),),
        together=((2, 3),),
    )
    notes = feasibility_notes(problem)
    assert {n.kind for n in notes} >= {"pin_not_accessible", "apart_linked"}
    names, tables = {1: "Fatima van Leeuwen", 2: "Koen de Vries", 3: "Anna Bouzid"}, {10: "Tafel 1", 11: "Tafel 2"}
    texts = [note_text(n, names, tables) for n in notes]
    pinned = next(t for t, n in zip(texts, notes) if n.kind == "pin_not_accessible")
    assert "Fatima van Leeuwen" in pinned and "Tafel 1" in pinned and "rolstoel" in pinned
    linked = next(t for t, n in zip(texts, notes) if n.kind == "apart_linked")
    assert "Koen de Vries" in linked and "Anna Bouzid" in linked
    assert all(str(n) == n for n in notes)  # the command line prints the plain English
