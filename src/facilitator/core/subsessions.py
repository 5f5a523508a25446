"""Parallel sub-sessions (deelsessies): who attends which one in each time slot, from ranked choices.

The rules (never broken in a result): everyone attends exactly one sub-session
in every slot, among those that run in that slot; nobody attends the same
sub-session twice; every sub-session holds between its minimum and maximum
number of people in every slot it runs in; pinned assignments stay.

The objective, in two layers (see :mod:`facilitator.core.subsession_solver`):

1. *Protect the worst-off first.* The allocator looks for the smallest
   threshold ``k`` (starting at the number of slots, the best anyone can be
   guaranteed) such that nobody gets a sub-session they ranked worse than
   ``k`` (or did not rank). It solves with that restriction; only when no
   allocation meets it does it allow ``k + 1``, and so on. So nobody gets
   their last choice when some allocation spares everyone that. A person
   whose own list can't meet ``k`` (too short, or their choices all run in
   one slot) is exempt from that threshold instead of dragging it up for all.
2. *Then maximise satisfaction, convexly.* Among the allocations under the
   threshold it minimises the sum of rank costs ``rank²`` (1, 4, 9, 16 …;
   an unranked sub-session costs more than the last rank, a person without
   any preference costs nothing anywhere). The square makes two people with
   a 2nd choice each cheaper (8) than one with a 1st and one with a 3rd (10):
   spreading the disappointment beats piling it on one person. (A cost on a
   person's *sum* of ranks across slots would be fairer still, but made the
   programme far slower to solve; per-slot costs keep 1,000 people × 8
   sub-sessions × 2 slots at about a second.)

Ties between equally good allocations are broken by a seeded order of the
people in the programme (CBC is deterministic for the same input): the same
seed gives the same allocation, another seed may resolve ties differently,
never at the cost of the objective. The model is written with PuLP and
solved by the CBC program PuLP ships, imported only when an allocation
runs. When the rules can't all hold, the result says why in :class:`Note` records instead of raising.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from facilitator.core.clock import Clock, MonotonicClock
from facilitator.core.progress import Progress


@dataclass(frozen=True)
class Person:
    """Someone to place: their id and the sub-session ids they ranked, best first."""

    id: int
    ranked: tuple[int, ...] = ()
    name: str = ""


@dataclass(frozen=True)
class Offering:
    """A sub-session as the allocator sees it: capacity per slot, and the slots it runs in."""

    id: int
    name: str
    slots: tuple[int, ...] = (1,)
    min_capacity: int = 0
    max_capacity: int = 30
    code: str = ""

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}".strip() if self.code and self.code != self.name else self.name


@dataclass(frozen=True)
class Problem:
    """Everything an allocation needs. ``pinned`` maps (person id, slot) to the offering they must attend."""

    people: tuple[Person, ...]
    offerings: tuple[Offering, ...]
    pinned: dict[tuple[int, int], int] = field(default_factory=dict)

    @property
    def slots(self) -> list[int]:
        return sorted({slot for offering in self.offerings for slot in offering.slots})

    @property
    def depth(self) -> int:
        """Length of the longest preference list (at least 1): the last rank anyone can give."""
        return max([len(p.ranked) for p in self.people] + [1])

    def running(self, slot: int) -> list[Offering]:
        return [o for o in self.offerings if slot in o.slots]

    def offering(self, offering_id: int) -> Offering | None:
        return next((o for o in self.offerings if o.id == offering_id), None)


def rank_of(person: Person, offering_id: int) -> int | None:
    """1 for a first choice, 2 for a second ...; None when the person did not rank it."""
    try:
        return person.ranked.index(offering_id) + 1
    except ValueError:
        return None


@dataclass(frozen=True)
class Note:
    """Something the user should know about an allocation: ``kind`` plus the values to fill into its text."""

    kind: str
    values: dict = field(default_factory=dict)
    #: True when it stops the allocation (the rules can't all hold).
    blocking: bool = True

    @property
    def text(self) -> str:
        """The note in English, for the command line; the UI words it in the user's language by ``kind``."""
        return NOTE_TEXTS[self.kind].format(**self.values)

    def as_dict(self) -> dict:
        return {"kind": self.kind, "blocking": self.blocking, "text": self.text, **self.values}


NOTE_TEXTS = {
    "no_offerings": "There are no sub-sessions: add them first.",
    "no_people": "There is nobody to place (participants who are not absent).",
    "min_exceeds_people": "Slot {slot}: the minimums add up to {total} places but there are only {people} people; "
                          "lower the minimums by {excess}.",
    "max_too_small": "Slot {slot}: the maximums add up to {total} places for {people} people; "
                     "add {short} places (raise maximums or add a sub-session).",
    "too_few_offerings": "Slots {slots} need {needed} different sub-sessions per person but only {available} run "
                         "in them; add sub-sessions or let them run in more slots.",
    "min_over_slots": "{offering} runs in {count} slots with a minimum of {minimum}: that needs {needed} different "
                      "people but there are only {people}; lower its minimum.",
    "pin_not_running": "{person} is fixed to {offering} in slot {slot}, which does not run then; undo that move.",
    "pin_twice": "{person} is fixed to {offering} in more than one slot; undo one of those moves.",
    "pins_over_capacity": "{offering} in slot {slot}: {pinned} people are fixed there but it holds at most {maximum}; "
                          "raise its maximum or move people.",
    "needs_room": "{offering} in slot {slot} needs {count} more places than its maximum of {maximum}; "
                  "raise the maximum.",
    "below_minimum": "{offering} in slot {slot} can't reach its minimum of {minimum} (short by {count}); "
                     "lower the minimum.",
    "no_allocation": "The capacities and the never-twice rule can't all hold together; "
                     "loosen the minimums or maximums.",
    "solver_failed": "The optimisation program (CBC) could not run: {reason}. Reinstall Facilitator; if that does "
                     "not help, ask whether security software on this computer blocks it.",
    "time_limit": "The solver stopped at its time limit; the allocation is valid but may not be the best.",
    "exempt": "{count} people ranked too few sub-sessions that run in different slots; "
              "they may get a sub-session they did not rank.",
    "forced_unranked": "{count} places went to people who did not rank that sub-session: the capacities left no "
                       "better way; raise the maximums of popular sub-sessions to avoid that.",
}


@dataclass
class ChoiceCounts:
    """How many got their 1st, 2nd ... choice: per slot ``[1st, 2nd, ..., depth-th, unranked, no preference]``."""

    depth: int
    slots: dict[int, list[int]] = field(default_factory=dict)

    @property
    def overall(self) -> list[int]:
        total = [0] * (self.depth + 2)
        for counts in self.slots.values():
            total = [a + b for a, b in zip(total, counts)]
        return total

    def ranked(self, slot: int | None = None) -> list[int]:
        """Counts per rank only (1st ... depth-th), for one slot or overall."""
        return (self.overall if slot is None else self.slots[slot])[: self.depth]

    def unranked(self, slot: int | None = None) -> int:
        return (self.overall if slot is None else self.slots[slot])[self.depth]

    def no_preference(self, slot: int | None = None) -> int:
        return (self.overall if slot is None else self.slots[slot])[self.depth + 1]

    def as_dict(self) -> dict:
        def named(counts: list[int]) -> dict:
            found = {str(rank): count for rank, count in enumerate(counts[: self.depth], start=1)}
            found.update(unranked=counts[self.depth], no_preference=counts[self.depth + 1])
            return found

        return {"slots": {str(slot): named(c) for slot, c in sorted(self.slots.items())},
                "overall": named(self.overall)}


def choice_counts(problem: Problem, assignment: dict[tuple[int, int], int]) -> ChoiceCounts:
    """Count 1st, 2nd ... choices of an assignment (person id, slot) -> offering id."""
    depth = problem.depth
    people = {p.id: p for p in problem.people}
    counts = ChoiceCounts(depth, {slot: [0] * (depth + 2) for slot in problem.slots})
    for (person_id, slot), offering_id in assignment.items():
        person = people.get(person_id)
        if person is None or slot not in counts.slots:
            continue
        rank = rank_of(person, offering_id)
        column = depth + 1 if not person.ranked else depth if rank is None else rank - 1
        counts.slots[slot][column] += 1
    return counts


@dataclass
class Allocation:
    """The outcome: the assignment (person id, slot) -> offering id (empty when infeasible), counts, notes."""

    assignment: dict[tuple[int, int], int]
    counts: ChoiceCounts
    notes: list[Note]
    worst_rank: int | None = None
    seconds: float = 0.0
    optimal: bool = True

    @property
    def feasible(self) -> bool:
        return not any(note.blocking for note in self.notes)

    def as_dict(self) -> dict:
        failed = any(note.kind == "solver_failed" for note in self.notes)
        status = "allocated" if self.feasible else "solver_failed" if failed else "infeasible"
        return {"status": status, "worst_rank": self.worst_rank, "optimal": self.optimal and not failed, "seconds": round(self.seconds, 3), "counts": self.counts.as_dict(),
                "notes": [note.as_dict() for note in self.notes]}


# -- checks before solving --------------------------------------------------------------------------


def _name(problem: Problem, person_id: int) -> str:
    person = next((p for p in problem.people if p.id == person_id), None)
    return (person.name if person and person.name else f"#{person_id}")


def precheck(problem: Problem) -> list[Note]:
    """The reasons an allocation can't exist that are visible without solving, each saying what to change."""
    notes: list[Note] = []
    if not problem.offerings:
        return [Note("no_offerings")]
    people = len(problem.people)
    if people == 0:
        return [Note("no_people")]
    for slot in problem.slots:
        running = problem.running(slot)
        low, high = sum(o.min_capacity for o in running), sum(o.max_capacity for o in running)
        if low > people:
            notes.append(Note("min_exceeds_people", dict(slot=slot, total=low, people=people, excess=low - people)))
        if high < people:
            notes.append(Note("max_too_small", dict(slot=slot, total=high, people=people, short=people - high)))
    slots = problem.slots
    for size in range(2, len(slots) + 1):  # Hall's condition: every set of slots needs as many sessions
        for subset in itertools.combinations(slots, size):
            available = {o.id for slot in subset for o in problem.running(slot)}
            if len(available) < size:
                notes.append(Note("too_few_offerings", dict(slots=", ".join(map(str, subset)), needed=size,
                                                             available=len(available))))
    for offering in problem.offerings:
        needed = offering.min_capacity * len(offering.slots)
        if len(offering.slots) > 1 and needed > people:
            notes.append(Note("min_over_slots", dict(offering=offering.label, count=len(offering.slots),
                                                     minimum=offering.min_capacity, needed=needed, people=people)))
    notes += _pin_problems(problem)
    return notes


def _pin_problems(problem: Problem) -> list[Note]:
    notes: list[Note] = []
    per_person: dict[tuple[int, int], list[int]] = {}
    fixed: dict[tuple[int, int], int] = {}
    for (person_id, slot), offering_id in sorted(problem.pinned.items()):
        offering = problem.offering(offering_id)
        if offering is None:
            continue
        if slot not in offering.slots:
            notes.append(Note("pin_not_running", dict(person=_name(problem, person_id), offering=offering.label,
                                                      slot=slot)))
        per_person.setdefault((person_id, offering_id), []).append(slot)
        fixed[(offering_id, slot)] = fixed.get((offering_id, slot), 0) + 1
    for (person_id, offering_id), slots in per_person.items():
        if len(slots) > 1:
            notes.append(Note("pin_twice", dict(person=_name(problem, person_id),
                                                offering=problem.offering(offering_id).label)))
    for (offering_id, slot), count in sorted(fixed.items()):
        offering = problem.offering(offering_id)
        if count > offering.max_capacity:
            notes.append(Note("pins_over_capacity", dict(offering=offering.label, slot=slot, pinned=count,
                                                         maximum=offering.max_capacity)))
    return notes


def clean_pins(problem: Problem) -> Problem:
    """The problem without pins of people or offerings it doesn't know (e.g. someone now absent)."""
    people = {p.id for p in problem.people}
    offerings = {o.id for o in problem.offerings}
    pinned = {key: value for key, value in problem.pinned.items() if key[0] in people and value in offerings}
    return Problem(problem.people, problem.offerings, pinned)


# -- allocating -------------------------------------------------------------------------------------


def allocate(problem: Problem, seed: int = 0, progress: Progress | None = None,
             time_limit: float = 60.0, clock: Clock | None = None) -> Allocation:
    """Place everyone (see the module docstring for the rules and the objective); never raises on bad input.

    Raises :class:`~facilitator.core.progress.Cancelled` when ``progress`` is cancelled between solves.
    """
    from facilitator.core import subsession_solver as solver

    clock = clock or MonotonicClock()
    started = clock.now()
    progress = progress or Progress()
    progress.step(0, 1)
    problem = clean_pins(problem)
    notes = precheck(problem)
    if notes:
        return Allocation({}, choice_counts(problem, {}), notes, seconds=clock.now() - started)
    found = None
    try:
        found = solver.solve(problem, seed, progress, time_limit, clock)
        if found is None:
            notes = [Note(kind, values) for kind, values in solver.diagnose(problem, time_limit)]
            notes = notes or [Note("no_allocation")]
    except solver.SolverFailed as failure:
        notes = [Note("solver_failed", dict(reason=str(failure)))]
    if found is None:
        return Allocation({}, choice_counts(problem, {}), notes, seconds=clock.now() - started)
    if found.exempt:
        notes.append(Note("exempt", dict(count=found.exempt), blocking=False))
    counts = choice_counts(problem, found.assignment)
    if counts.unranked() - found.exempt_unranked > 0:
        notes.append(Note("forced_unranked", dict(count=counts.unranked() - found.exempt_unranked), blocking=False))
    if not found.optimal:
        notes.append(Note("time_limit", blocking=False))
    return Allocation(found.assignment, counts, notes, worst_rank=found.worst,
                      seconds=clock.now() - started, optimal=found.optimal)


# -- checking a hand-made change ------------------------------------------------------------------


def move_problems(problem: Problem, assignment: dict[tuple[int, int], int], person_id: int, slot: int,
                  offering_id: int) -> list[Note]:
    """What moving one person to ``offering_id`` in ``slot`` would break (empty: nothing)."""
    offering = problem.offering(offering_id)
    if offering is None:
        return []
    notes: list[Note] = []
    name = _name(problem, person_id)
    if slot not in offering.slots:
        notes.append(Note("pin_not_running", dict(person=name, offering=offering.label, slot=slot)))
    for (other_person, other_slot), other in assignment.items():
        if other_person == person_id and other_slot != slot and other == offering_id:
            notes.append(Note("move_twice", dict(person=name, offering=offering.label, slot=other_slot)))
    current = assignment.get((person_id, slot))
    if current == offering_id:
        return notes
    count = sum(1 for (_p, s), o in assignment.items() if s == slot and o == offering_id)
    if count + 1 > offering.max_capacity:
        notes.append(Note("move_full", dict(offering=offering.label, slot=slot, count=count + 1,
                                            maximum=offering.max_capacity)))
    old = problem.offering(current) if current is not None else None
    if old is not None:
        left = sum(1 for (_p, s), o in assignment.items() if s == slot and o == old.id) - 1
        if left < old.min_capacity:
            notes.append(Note("move_below_minimum", dict(offering=old.label, slot=slot, count=left,
                                                         minimum=old.min_capacity)))
    return notes


NOTE_TEXTS.update({
    "move_twice": "{person} already attends {offering} in slot {slot}: nobody attends a sub-session twice.",
    "move_full": "{offering} in slot {slot} would hold {count} people, more than its maximum of {maximum}.",
    "move_below_minimum": "{offering} in slot {slot} would keep {count} people, fewer than its minimum of {minimum}.",
})
