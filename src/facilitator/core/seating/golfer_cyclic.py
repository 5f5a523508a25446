"""Zero-repeat golfer schedules with a cyclic symmetry, found by a small exact search.

Many resolvable designs are invariant under a cyclic shift. Take the people
as ``k`` orbits of ``m`` points, person ``i·m + x`` being point ``x`` of orbit
``i``, plus ``f`` fixed people the shift leaves alone. A round (a "base
round") shifted by 0, 1, ..., m-1 gives ``m`` rounds; ``nb`` base rounds give
``nb·m`` rounds, of which the first R are kept. In all ``nb·m`` rounds two
people meet again exactly when the base rounds seat two pairs of one orbit of
pairs together (pair classes: a difference inside an orbit, a difference
between two orbits, a fixed person with an orbit), a pair of one orbit at
distance m/2 (it would meet twice) or two fixed people. So it suffices to
search the base rounds: a backtracking search that seats the first unseated
person (in a seeded random order) of a base round with people whose pair
classes are all still unused, in many short passes over the configurations
(m, f, nb), since a solution tends to turn up within a few thousand nodes or
not at all. It finds for instance 6-3-8 (18 people, tables of 3, 8 rounds: a
nearly Kirkman triple system) in well under a second with m = 4 and 2 fixed
people, which the tabu search alone rarely finishes.

Deterministic: the search order depends only on the seed and on a node budget.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator


def configurations(tables: int, size: int, rounds: int, min_fixed: int = 0) -> Iterator[tuple[int, int, int]]:
    """(m, f, nb) worth trying, fewest base rounds first: shifts of m, f >= min_fixed fixed people, nb base rounds."""
    people = tables * size
    seen = set()
    for nb in range(1, rounds):
        m = -(-rounds // nb)
        if nb * people > 400:
            break  # the search recurses once per seated person
        if m < 2 or (m, nb) in seen:
            continue
        seen.add((m, nb))
        for f in range(min_fixed, tables + 1):
            if (people - f) % m == 0 and (people - f) // m >= 1:
                yield m, f, nb


def pair_classes(people: int, m: int, f: int) -> tuple[list[list[int]], int]:
    """class[a][b]: the orbit of the pair {a, b} under the shift (-1: may never sit together), and the count."""
    moving = people - f
    ids: dict[tuple, int] = {}
    table = [[-1] * people for _ in range(people)]
    for a in range(people):
        for b in range(a + 1, people):
            if b < moving:
                (i, x), (j, y) = divmod(a, m), divmod(b, m)
                if i == j:
                    d = (y - x) % m
                    key = None if 2 * d == m else (i, i, min(d, m - d))
                else:
                    key = (i, j, (y - x) % m)
            elif a < moving:
                key = ("fixed", b, a // m)
            else:
                key = None  # two fixed people would sit together in every shifted round
            if key is not None:
                table[a][b] = table[b][a] = ids.setdefault(key, len(ids))
    return table, len(ids)


def develop(base: list[list[list[int]]], m: int, f: int, people: int, rounds: int) -> list[list[list[int]]]:
    """The first ``rounds`` rounds of the base rounds shifted by 0..m-1."""
    moving = people - f

    def shift(p: int, s: int) -> int:
        return p if p >= moving else p - p % m + (p % m + s) % m

    schedule = []
    for week in base:
        for s in range(m):
            schedule.append([sorted(shift(p, s) for p in group) for group in week])
    return schedule[:rounds]


#: Search nodes per configuration in each pass over all configurations.
PASSES = (10_000,) * 50


class StopSearch(Exception):
    """Raised by a ``tick`` callback to end the search early (time limit)."""


def cyclic_schedule(
    tables: int, size: int, rounds: int, *, seed: int = 0, node_budget: int = 200_000,
    tick: Callable[[], None] | None = None, min_fixed: int = 0, passes: tuple[int, ...] = PASSES,
    first_pass: int = 0,
) -> list[list[list[int]]] | None:
    """A zero-repeat schedule for full tables from the first configuration that yields one, or None.

    ``tick`` is called every few thousand search nodes; it may raise StopSearch (then None) or Cancelled.
    The last ``min_fixed`` people are fixed people: each round seats them at different tables, so leaving
    them out gives a schedule for fewer people with tables at most one short.
    """
    people = tables * size
    if size < 2 or rounds < 2:
        return None
    tries = []
    for m, f, nb in configurations(tables, size, rounds, min_fixed):
        classes, count = pair_classes(people, m, f)
        if nb * tables * size * (size - 1) // 2 <= count:  # else more pairs to seat than there are classes
            tries.append((m, f, nb, classes, count))
    left = node_budget
    # a solution, where one exists, tends to turn up within a few thousand nodes or not at all: so many short
    # passes over all configurations, each in a new random order (pass numbers count from ``first_pass``)
    for number, share in enumerate(passes, start=first_pass):
        for m, f, nb, classes, count in tries:
            rng = random.Random(f"{seed}/{m}/{f}/{nb}/{number}")
            try:
                base, used = _search(classes, count, people, size, nb, rng, min(share, left), tick)
            except StopSearch:
                return None
            left -= used
            if base is not None:
                return develop(base, m, f, people, rounds)
            if left <= 0:
                return None
    return None


def _search(classes, count, people, size, nb, rng, budget, tick):
    """Backtracking over nb base rounds; (base rounds, nodes used), base rounds None when not found."""
    used = bytearray(count)
    seated = [bytearray(people) for _ in range(nb)]
    orders = []
    for _ in range(nb):
        order = list(range(people))
        rng.shuffle(order)
        orders.append(order)
    rounds: list[list[list[int]]] = [[] for _ in range(nb)]
    nodes = 0

    class _Out(Exception):
        pass

    def place(week: int) -> bool:
        row = seated[week]
        try:
            first = next(p for p in orders[week] if not row[p])
        except StopIteration:
            return week + 1 == nb or place(week + 1)
        row[first] = 1
        if grow(week, [first], orders[week].index(first) + 1):
            return True
        row[first] = 0
        return False

    def grow(week: int, group: list[int], start: int) -> bool:
        nonlocal nodes
        nodes += 1
        if nodes > budget:
            raise _Out
        if tick is not None and nodes % 4096 == 0:
            tick()
        if len(group) == size:
            rounds[week].append(list(group))
            if place(week):
                return True
            rounds[week].pop()
            return False
        row, order = seated[week], orders[week]
        for index in range(start, people):
            q = order[index]
            if row[q]:
                continue
            line = classes[q]
            new = [line[x] for x in group]
            if min(new) < 0 or any(used[c] for c in new) or len(set(new)) < len(new):
                continue
            for c in new:
                used[c] = 1
            row[q] = 1
            group.append(q)
            if grow(week, group, index + 1):
                return True
            group.pop()
            row[q] = 0
            for c in new:
                used[c] = 0
        return False

    try:
        found = place(0)
    except _Out:
        found = False
    return (rounds if found else None), nodes
