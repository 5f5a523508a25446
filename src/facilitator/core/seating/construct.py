"""The solver's first plan: table sizes per round, then everyone seated greedily, hard rules first.

Per searched round: pinned people go to their table; people of a given first
plan (``start``, from :mod:`.itineraries`) take their table in it; when re-planning, people
keep the table they had if it still has a chair for them; the others fill the
emptiest tables (wheelchair users the emptiest accessible ones), which fixes
every table's size for the search. Then each remaining person — wheelchair
users first, keep-together groups next, the rest in a seeded random order —
takes the free seat where they break the fewest rules, meet the fewest people
again and keep the table closest to the room's mix.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from facilitator.core.seating.problem import Plan, Problem
from facilitator.core.seating.quality import category_of, members_by_table
from facilitator.core.seating.search import BALANCE, HARD, REPEAT, State

#: Tables weighed per greedy placement; more tables than this are sampled.
CANDIDATES = 40


@dataclass
class Built:
    """The state to search plus the numbering that maps it back to people and tables."""

    state: State
    people: list[int]  # index -> person key
    tables: list[int]  # index -> table key
    fixed: list[dict[int, int]] = field(default_factory=list)  # kept rounds, as given


def _groups(count: int, pairs: Sequence[tuple[int, int]]) -> list[int]:
    """Union-find root per person for the keep-together pairs."""
    root = list(range(count))

    def find(x: int) -> int:
        while root[x] != x:
            root[x] = root[root[x]]
            x = root[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            root[max(ra, rb)] = min(ra, rb)
    return [find(x) for x in range(count)]


def build(problem: Problem, rng: random.Random, current: Plan | None = None, from_round: int = 0,
          start: Plan | None = None) -> Built:
    """The state to search: rounds before ``from_round`` as in ``current``, the rest seated greedily.

    With ``start`` (a plan found before, e.g. from :mod:`.itineraries`), the
    searched rounds begin where ``start`` seats people instead, at its sizes.
    """
    keys = [person.key for person in problem.people]
    index = {key: i for i, key in enumerate(keys)}
    tkeys = [table.key for table in problem.tables]
    tindex = {key: i for i, key in enumerate(tkeys)}
    slot_of: dict[tuple[str, str], int] = {}
    for attribute in problem.balance:
        for category in sorted({c for p in problem.people if (c := category_of(p.attributes, attribute))}):
            slot_of[(attribute, category)] = len(slot_of)
    slots = [
        tuple(slot_of.get((a, category_of(p.attributes, a) or ""), -1) for a in problem.balance)
        for p in problem.people
    ]
    pairs = {"apart": problem.apart, "together": problem.together}
    lists: dict[str, list[list[int]]] = {}
    index_pairs: dict[str, list[tuple[int, int]]] = {}
    for kind, given in pairs.items():
        lists[kind] = [[] for _ in keys]
        index_pairs[kind] = []
        for a, b in given:
            if a in index and b in index and a != b:
                ia, ib = index[a], index[b]
                if ib not in lists[kind][ia]:
                    lists[kind][ia].append(ib)
                    lists[kind][ib].append(ia)
                    index_pairs[kind].append((ia, ib))
    state = State(
        len(keys), len(tkeys), problem.rounds, slots, len(slot_of),
        [p.needs_access for p in problem.people], [t.accessible for t in problem.tables],
        lists["apart"], lists["together"],
    )
    for held in problem.history:
        groups = members_by_table({p: t for p, t in held.items() if p in index})
        state.add_meetings([[index[p] for p in group] for group in groups.values()])
    base_repeats = (sum(state.meet) - (len(state.meet) - state.meet.count(0))) // 2
    built = Built(state, keys, tkeys)
    for r in range(min(from_round, problem.rounds)):
        given = current[r] if current is not None and r < len(current) else {}
        built.fixed.append(dict(given))
        for key, table in given.items():
            if key in index and table in tindex:
                state.seat(r, index[key], tindex[table])
    group_of = _groups(len(keys), index_pairs["together"])
    for r in range(from_round, problem.rounds):
        state.active.append(r)
        home = current[r] if current is not None and r < len(current) else None
        given = start[r] if start is not None and r < len(start) else None
        _seat_round(problem, state, r, rng, index, tindex, home, group_of, given)
    state.totals(base_repeats)
    return built


def _seat_round(problem, state: State, r, rng, index, tindex, home, group_of, given=None) -> None:
    seats = [table.seats for table in problem.tables]
    T = state.T
    pinned = [False] * state.P
    for (round_index, key), table in sorted(problem.pins.items()):
        if round_index == r and key in index and table in tindex:
            state.seat(r, index[key], tindex[table])
            pinned[index[key]] = True
    state.movable[r] = [not x for x in pinned]
    if home is not None:
        homes = [tindex.get(home.get(key, -1), -1) for key in state_keys(index)]
        state.home[r] = homes
        for p, t in enumerate(homes):
            if pinned[p] or t < 0 or len(state.mem[r][t]) >= seats[t]:
                continue
            if state.needs_access[p] and not state.accessible[t]:
                continue
            state.seat(r, p, t)
    if given is not None:  # a first plan to start from: everyone not pinned sits where it says
        for key, table in given.items():
            p = index.get(key)
            if p is not None and table in tindex and state.tab[r][p] < 0:
                state.seat(r, p, tindex[table])
    waiting = [p for p in range(state.P) if state.tab[r][p] < 0]
    counts = [len(m) for m in state.mem[r]]
    access = [p for p in waiting if state.needs_access[p]]
    _fill(counts, seats, len(access), [t for t in range(T) if state.accessible[t]] or list(range(T)))
    _fill(counts, seats, len(waiting) - len(access), list(range(T)))
    # balance bounds for these sizes
    state.seats = seats
    state.target[r] = list(counts)
    state.seated[r] = state.P
    room = state.room[r]
    for p in range(state.P):
        for s in state.slots[p]:
            if s >= 0:
                room[s] += 1
    for t in range(T):
        state.lo[r][t], state.hi[r][t] = state.bounds(r, counts[t])
    rng.shuffle(waiting)
    groups: dict[int, list[int]] = {}
    for p in waiting:
        groups.setdefault(group_of[p], []).append(p)
    # wheelchair users (with their group) first, then keep-together groups, then everyone else
    order = sorted(groups.values(), key=lambda g: (not any(state.needs_access[p] for p in g), len(g) == 1))
    for group in order:
        group.sort(key=lambda p: not state.needs_access[p])
        for n, p in enumerate(group):
            _place(state, r, p, counts, rng, len(group) - n if n == 0 else 1)


def state_keys(index: dict[int, int]) -> list[int]:
    keys = [0] * len(index)
    for key, i in index.items():
        keys[i] = key
    return keys


def _fill(counts: list[int], seats: list[int], extra: int, allowed: list[int]) -> None:
    """Add ``extra`` people to the emptiest allowed tables with a free chair (over capacity only if all are full)."""
    for _ in range(extra):
        room = [t for t in allowed if counts[t] < seats[t]]
        pool = room or allowed
        best = min(pool, key=lambda t: (counts[t] - (0 if room else seats[t]), t))
        counts[best] += 1


def _place(state: State, r: int, p: int, target: list[int], rng: random.Random, need: int) -> None:
    """Seat p at the best table with a free place (of the target sizes)."""
    mem = state.mem[r]
    free = [t for t in range(state.T) if len(mem[t]) < target[t]]
    if not free:  # only when pins overfilled a table
        free = list(range(state.T))
    if state.needs_access[p]:
        free = [t for t in free if state.accessible[t]] or free
    if need > 1:
        free = [t for t in free if target[t] - len(mem[t]) >= need] or free
    if len(free) > CANDIDATES:
        free = rng.sample(free, CANDIDATES)
    meet, P = state.meet, state.P
    row = p * P
    cnt, lo, hi = state.cnt[r], state.lo[r], state.hi[r]
    tab = state.tab[r]
    best, best_score = free[0], None
    for t in free:
        hard = 0
        if state.needs_access[p] and not state.accessible[t]:
            hard += 1
        hard += sum(1 for x in state.apart[p] if tab[x] == t)
        hard += sum(1 for x in state.together[p] if tab[x] >= 0 and tab[x] != t)
        rep = sum(1 for x in mem[t] if meet[row + x])
        bal = 0
        for s in state.slots[p]:
            if s >= 0:
                c = cnt[t][s]
                bal += 1 if c >= hi[t][s] else (-1 if c < lo[t][s] else 0)
        score = (HARD * hard + BALANCE * bal + REPEAT * rep, len(mem[t]) - target[t])
        if best_score is None or score < best_score:
            best, best_score = t, score
    state.seat(r, p, best)
