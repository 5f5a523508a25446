"""Simple, deterministic table plans for the demos (the real assignment solver is a separate job).

Two ways to seat people over several rounds:

* :func:`mixed_rounds` — a greedy plan for a burgerberaad of tens of people:
  wheelchair users first, at accessible tables; then everyone at the table
  where they meet nobody again and add the most variety (gender, age,
  district, education, opinion), keeping tables evenly filled.
* :func:`rotation_rounds` — for a G1000 of a thousand: person (t, q), the q-th
  person of table t in round 0, sits at table (t + r·q) mod T in round r. Two
  people meet twice only if (r−s)(q1−q2) ≡ 0 (mod T), which cannot happen
  while (rounds−1)(seats−1) < T: with 100 tables of 10 and 4 rounds nobody
  meets anyone twice. Wheelchair users get slots whose every table is accessible.

Both return, per round, a mapping of person key to table key. Table hosts are
not seated here: they stay at their own table.
"""

from __future__ import annotations

import math
import random
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations

#: The attributes a mixed table should vary in.
DIVERSITY_KEYS = ("gender", "age_band", "district", "education", "stance")

Plan = dict[int, int]


@dataclass(frozen=True)
class Guest:
    """Someone to seat: a key, the attributes that count for diversity, and whether they need step-free access."""

    key: int
    attributes: Mapping[str, str] = field(default_factory=dict)
    needs_access: bool = False


@dataclass(frozen=True)
class Place:
    """A table as the planner sees it: free seats (capacity less the host) and accessibility."""

    key: int
    seats: int
    accessible: bool = True


def _limits(count: int, places: Sequence[Place]) -> dict[int, int]:
    """Fill tables evenly: nobody above ceil(count / tables) unless the seats demand it."""
    even = math.ceil(count / len(places))
    limits = {p.key: min(p.seats, even) for p in places}
    if sum(limits.values()) < count:
        limits = {p.key: p.seats for p in places}
    if sum(limits.values()) < count:
        raise ValueError(f"{count} people do not fit at {len(places)} tables")
    return limits


def mixed_rounds(
    guests: Sequence[Guest],
    places: Sequence[Place],
    rounds: int,
    rng: random.Random,
    keys: Sequence[str] = DIVERSITY_KEYS,
    attempts: int = 24,
) -> list[Plan]:
    """A greedy plan per round: no repeated pairs where avoidable, varied tables, access respected.

    Each round tries ``attempts`` seating orders (more while people still meet
    again), improves each by moving and swapping people who meet again, and
    keeps the plan with the fewest repeated pairs, then the most variety.
    """
    met: dict[int, set[int]] = defaultdict(set)
    limits = _limits(len(guests), places)
    plans: list[Plan] = []
    for _ in range(rounds):
        best: tuple[tuple[int, int], Plan] | None = None
        tries = 0
        while tries < attempts or (best[0][0] > 0 and tries < 4 * attempts):
            tries += 1
            plan = _untangle(_greedy_round(guests, places, limits, met, rng, keys), guests, places, limits, met)
            score = _score(plan, guests, met, keys)
            if best is None or score < best[0]:
                best = (score, plan)
        plan = best[1]
        by_table: dict[int, list[int]] = defaultdict(list)
        for person, table in plan.items():
            by_table[table].append(person)
        for sitting in by_table.values():
            for a, b in combinations(sitting, 2):
                met[a].add(b)
                met[b].add(a)
        plans.append(plan)
    return plans


def _greedy_round(
    guests: Sequence[Guest],
    places: Sequence[Place],
    limits: Mapping[int, int],
    met: Mapping[int, set[int]],
    rng: random.Random,
    keys: Sequence[str],
) -> Plan:
    """One greedy pass in a random order: each person takes the best free seat for them."""
    others = [g for g in guests if not g.needs_access]
    rng.shuffle(others)
    order = [g for g in guests if g.needs_access] + others
    tables = list(places)
    rng.shuffle(tables)  # so ties do not always favour the first table
    seated: dict[int, set[int]] = {p.key: set() for p in tables}
    alike: dict[int, Counter] = {p.key: Counter() for p in tables}
    plan: Plan = {}
    for guest in order:
        traits = [(k, guest.attributes.get(k)) for k in keys]
        known = met.get(guest.key, set())
        best: tuple | None = None
        for place in tables:
            sitting = seated[place.key]
            if len(sitting) >= limits[place.key] or (guest.needs_access and not place.accessible):
                continue
            same = sum(alike[place.key][t] for t in traits)
            cost = (len(sitting & known), 4 * same + 5 * len(sitting))
            if best is None or cost < best[0]:
                best = (cost, place)
        if best is None:
            raise ValueError(f"no accessible seat left for guest {guest.key}")
        place = best[1]
        seated[place.key].add(guest.key)
        alike[place.key].update(traits)
        plan[guest.key] = place.key
    return plan


def _score(plan: Plan, guests: Sequence[Guest], met: Mapping[int, set[int]], keys: Sequence[str]) -> tuple[int, int]:
    """(pairs meeting again, pairs alike in some attribute, summed over attributes): lower is better."""
    attributes = {g.key: g.attributes for g in guests}
    by_table: dict[int, list[int]] = defaultdict(list)
    for person, table in plan.items():
        by_table[table].append(person)
    repeats = likeness = 0
    for sitting in by_table.values():
        for a, b in combinations(sitting, 2):
            repeats += b in met.get(a, ())
            likeness += sum(attributes[a].get(k) == attributes[b].get(k) for k in keys)
    return repeats, likeness


def _untangle(
    plan: Plan, guests: Sequence[Guest], places: Sequence[Place], limits: Mapping[int, int],
    met: Mapping[int, set[int]],
) -> Plan:
    """Move people to a free seat, or swap two, while that lowers the number of people meeting again."""
    plan = dict(plan)
    step_free = {p.key: p.accessible for p in places}
    needs_access = {g.key: g.needs_access for g in guests}
    members: dict[int, set[int]] = defaultdict(set)
    for person, table in plan.items():
        members[table].add(person)
    none: set[int] = set()

    def again(person: int, table: int, leaving: int) -> int:
        return sum(1 for other in members[table] if other != leaving and other in met.get(person, none))

    people = sorted(plan)
    for _ in range(10):
        swapped = False
        for a in people:
            if again(a, plan[a], a) == 0:
                continue
            for place in places:
                ta, tb = plan[a], place.key
                if tb == ta or len(members[tb]) >= limits[tb] or (needs_access[a] and not place.accessible):
                    continue
                if again(a, tb, a) < again(a, ta, a):
                    members[ta].remove(a), members[tb].add(a)
                    plan[a] = tb
                    swapped = True
                    break
            if again(a, plan[a], a) == 0:
                continue
            for b in people:
                ta, tb = plan[a], plan[b]
                if ta == tb or (needs_access[a] and not step_free[tb]) or (needs_access[b] and not step_free[ta]):
                    continue
                if again(a, tb, b) + again(b, ta, a) < again(a, ta, a) + again(b, tb, b):
                    members[ta].remove(a), members[tb].remove(b)
                    members[ta].add(b), members[tb].add(a)
                    plan[a], plan[b] = tb, ta
                    swapped = True
                    break
        if not swapped:
            break
    return plan


def rotation_rounds(guests: Sequence[Guest], places: Sequence[Place], rounds: int) -> list[Plan]:
    """The (t + r·q) mod T rotation; guests are seated in the order given (shuffle them first)."""
    count, tables = len(guests), len(places)
    per_table = math.ceil(count / tables)
    if per_table > min(p.seats for p in places):
        raise ValueError(f"{count} people do not fit at {tables} tables of {min(p.seats for p in places)}")

    def table_of(slot: tuple[int, int], r: int) -> int:
        t, q = slot
        return (t + r * q) % tables

    slots = sorted(((t, q) for q in range(per_table) for t in range(tables)), key=lambda s: (s[1], s[0]))
    step_free = [s for s in slots if all(places[table_of(s, r)].accessible for r in range(rounds))]
    taken: set[tuple[int, int]] = set()
    slot_of: dict[int, tuple[int, int]] = {}
    free_step_free = iter(step_free)
    for guest in guests:
        if guest.needs_access:
            slot = next((s for s in free_step_free if s not in taken), None)
            if slot is None:
                raise ValueError(f"no accessible seat left for guest {guest.key}")
            taken.add(slot)
            slot_of[guest.key] = slot
    free = (s for s in slots if s not in taken)
    for guest in guests:
        if not guest.needs_access:
            slot = next(free)
            taken.add(slot)
            slot_of[guest.key] = slot
    return [{key: places[table_of(slot, r)].key for key, slot in slot_of.items()} for r in range(rounds)]


def repeated_pairs(plans: Sequence[Plan]) -> int:
    """How many pairs of people share a table in more than one round (0 is the goal)."""
    seen: dict[tuple[int, int], int] = defaultdict(int)
    for plan in plans:
        by_table: dict[int, list[int]] = defaultdict(list)
        for person, table in plan.items():
            by_table[table].append(person)
        for sitting in by_table.values():
            for pair in combinations(sorted(sitting), 2):
                seen[pair] += 1
    return sum(1 for times in seen.values() if times > 1)
