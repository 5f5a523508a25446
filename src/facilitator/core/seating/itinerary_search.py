"""Who follows which itinerary: swaps of two cells' occupants (a person or nobody) until every table mirrors the room.

Given repeat-free itineraries (:mod:`.itineraries`; a *cell* is one itinerary,
its physical table per round), every way of putting people into cells has no
repeated pair. This search puts people into cells and then swaps the
occupants of two cells — two people, or a person and an empty cell (which
changes table sizes) — by simulated annealing. A swap touches at most two
tables per round, so its price is computed from those alone: ``HARD`` per broken
rule (a chair too few, a wheelchair user at a table without step-free access,
a pin not kept, a keep-apart pair at one table) plus the distance of each
table's count per balance category outside ``[floor, ceil]`` of its
proportional share (as :mod:`.quality` defines it; a table's bounds follow its
size). Keep-together pairs and history are not handled here: the solver does
not use this phase for them.
"""

from __future__ import annotations

import math
import random

#: Weight of one broken rule against one person of balance distance.
HARD = 10
#: Annealing temperature slides from hot to cold over each cycle of ``cycle`` steps.
HOT, COLD = 0.4, 0.1
#: Share of swaps whose partner cell is also in trouble (else any cell, empty cells included).
TARGETED = 0.0
#: Steps between checks of the clock and refreshes of the trouble list.
CHECK_EVERY = 128
#: Share of steps aimed at one balance cell out of bounds (a person of its category out, or one in).
DIRECTED = 0.8
#: Candidate cells weighed per placement while building the first assignment.
SAMPLE = 48


class Rules:
    """The problem in numbers: people 0..P-1, tables 0..T-1, balance slots 0..S-1 (attribute-category pairs)."""

    def __init__(self, people, tables, rounds, slots, slot_count, needs_access, accessible, seats, pins, apart):
        self.P, self.T, self.R, self.S = people, tables, rounds, slot_count
        self.full = [tuple(row) for row in slots]  # per person: slot per attribute, -1 for none
        self.slots = [tuple(s for s in row if s >= 0) for row in slots]
        self.room = [0] * slot_count
        for row in self.slots:
            for s in row:
                self.room[s] += 1
        self.attribute_of = [0] * slot_count  # per slot: its attribute's position
        self.holders: list[list[int]] = [[] for _ in range(slot_count)]  # per slot: the people in it
        for p, row in enumerate(self.full):
            for i, slot in enumerate(row):
                if slot >= 0:
                    self.attribute_of[slot] = i
                    self.holders[slot].append(p)
        self.needs_access, self.accessible, self.seats = needs_access, accessible, seats
        self.pins = pins  # per person: list of (round, table)
        self.apart = apart  # per person: list of people

    def penalties(self, largest: int) -> list[list[list[int]]]:
        """pen[size][slot][count]: distance of ``count`` outside the bounds of a table of ``size``."""
        P = max(1, self.P)
        table = []
        for m in range(largest + 2):
            row = []
            for n in self.room:
                lo, hi = n * m // P, -(-n * m // P)
                row.append([lo - c if c < lo else (c - hi if c > hi else 0) for c in range(largest + 2)])
            table.append(row)
        return table


class Follow:
    """Cells (itineraries) and their occupants, with sizes, counts and prices per table and round."""

    def __init__(self, rules: Rules, tabs: list[tuple[int, ...]], rng: random.Random) -> None:
        self.rules, self.rng = rules, rng
        self.tabs = tabs
        T, R, S = rules.T, rules.R, rules.S
        self.C = len(tabs)
        self.occ = [-1] * self.C
        self.pos = [-1] * rules.P
        self.lines = [0] * (R * T)  # cells per table-round
        for cell in tabs:
            for r, t in enumerate(cell):
                self.lines[r * T + t] += 1
        self.pen = rules.penalties(max(self.lines, default=0))
        self.size = [0] * (R * T)
        self.cnt = [[0] * S for _ in range(R * T)]
        self.bal = [0] * (R * T)  # balance distance per table-round
        self.seats = [rules.seats[k % T] for k in range(R * T)]
        self.line_cells: list[list[int]] = [[] for _ in range(R * T)]
        for c, cell in enumerate(tabs):
            for r, t in enumerate(cell):
                self.line_cells[r * T + t].append(c)
        self.access_bad = [sum(1 for t in cell if not rules.accessible[t]) for cell in tabs]
        self.hard = self.balance = 0
        self._fill()

    # -- building -----------------------------------------------------------------------------------------------
    def _fill(self) -> None:
        """Leave the empty cells where chairs are short, seat those with rules first, then everyone else."""
        rules, rng, T = self.rules, self.rng, self.rules.T
        full = list(self.lines)
        free = list(range(self.C))
        rng.shuffle(free)
        for _ in range(max(0, self.C - rules.P)):
            sample = free if len(free) <= SAMPLE else rng.sample(free, SAMPLE)
            cell = max(sample, key=lambda c: sum(full[r * T + t] > self.seats[r * T + t]
                                                 for r, t in enumerate(self.tabs[c])))
            free.remove(cell)
            for r, t in enumerate(self.tabs[cell]):
                full[r * T + t] -= 1
        people = list(range(rules.P))
        rng.shuffle(people)
        people.sort(key=lambda p: not (rules.needs_access[p] or rules.pins[p] or rules.apart[p]))
        for p in people:
            if rules.needs_access[p] or rules.pins[p] or rules.apart[p]:
                sample = free if len(free) <= SAMPLE else rng.sample(free, SAMPLE)
                cell = min(sample, key=lambda c: self.person_hard(p, c, -1))
                free.remove(cell)
            else:
                cell = free.pop()
            self.occ[cell], self.pos[p] = p, cell
        self._count()

    def place(self, pos: list[int]) -> None:
        """Put each person p into cell ``pos[p]`` (as :meth:`anneal` returns them) and recount."""
        self.pos = list(pos)
        self.occ = [-1] * self.C
        for p, cell in enumerate(pos):
            self.occ[cell] = p
        self._count()

    def _count(self) -> None:
        rules, T = self.rules, self.rules.T
        self.size = [0] * len(self.size)
        self.cnt = [[0] * rules.S for _ in self.size]
        for p, cell in enumerate(self.pos):
            for r, t in enumerate(self.tabs[cell]):
                k = r * T + t
                self.size[k] += 1
                for s in rules.slots[p]:
                    self.cnt[k][s] += 1
        for k in range(len(self.size)):
            self.bal[k] = self._price(k, self.size[k], self.cnt[k])
        self.balance = sum(self.bal)
        self.hard = sum(max(0, n - s) for n, s in zip(self.size, self.seats))
        self.hard += sum(self.person_hard(p, self.pos[p], -1) for p in range(rules.P)) - self._apart_pairs()

    def _apart_pairs(self) -> int:
        """Apart meetings are counted from both sides by person_hard; this is the surplus."""
        return sum(self._meetings(p, self.pos[p], x) for p in range(self.rules.P) for x in self.rules.apart[p]
                   if x > p)

    def _price(self, k: int, size: int, counts: list[int]) -> int:
        pen = self.pen[size]
        return sum(pen[s][c] for s, c in enumerate(counts))

    # -- pricing ------------------------------------------------------------------------------------------------
    def _meetings(self, p: int, cell: int, x: int) -> int:
        return sum(1 for a, b in zip(self.tabs[cell], self.tabs[self.pos[x]]) if a == b)

    def person_hard(self, p: int, cell: int, skip: int) -> int:
        """Rules p breaks in ``cell``: access, pins, and meetings with keep-apart partners other than ``skip``."""
        rules = self.rules
        tabs = self.tabs[cell]
        hard = self.access_bad[cell] if rules.needs_access[p] else 0
        for r, t in rules.pins[p]:
            hard += tabs[r] != t
        for x in rules.apart[p]:
            if x != skip and self.pos[x] >= 0:
                hard += self._meetings(p, cell, x)
        return hard

    def delta(self, c1: int, c2: int) -> tuple[int, int]:
        """(rules, balance) change if the occupants of cells c1 and c2 change places."""
        u, v = self.occ[c1], self.occ[c2]
        hard = 0
        if u >= 0:
            hard += self.person_hard(u, c2, v) - self.person_hard(u, c1, v)
        if v >= 0:
            hard += self.person_hard(v, c1, u) - self.person_hard(v, c2, u)
        bal = 0
        T, slots, full, pen = self.rules.T, self.rules.slots, self.rules.full, self.pen
        size, cnt, seats = self.size, self.cnt, self.seats
        for r, (t1, t2) in enumerate(zip(self.tabs[c1], self.tabs[c2])):
            if t1 == t2:
                continue
            k1, k2 = r * T + t1, r * T + t2
            if u >= 0 and v >= 0:
                p1, p2, n1, n2 = pen[size[k1]], pen[size[k2]], cnt[k1], cnt[k2]
                for s, x in zip(full[u], full[v]):
                    if s == x:
                        continue
                    if s >= 0:  # one of s leaves k1 for k2
                        bal += p1[s][n1[s] - 1] - p1[s][n1[s]] + p2[s][n2[s] + 1] - p2[s][n2[s]]
                    if x >= 0:  # one of x leaves k2 for k1
                        bal += p2[x][n2[x] - 1] - p2[x][n2[x]] + p1[x][n1[x] + 1] - p1[x][n1[x]]
                continue
            w, out, into = (u, k1, k2) if u >= 0 else (v, k2, k1)
            for k, change in ((out, -1), (into, 1)):
                n = size[k] + change
                counts = cnt[k]
                row = pen[n]
                price = self._price(k, n, counts)
                for s in slots[w]:
                    price += row[s][counts[s] + change] - row[s][counts[s]]
                bal += price - self.bal[k]
                hard += max(0, n - seats[k]) - max(0, size[k] - seats[k])
        return hard, bal

    def swap(self, c1: int, c2: int, delta: tuple[int, int]) -> None:
        """Make the swap that ``delta`` priced."""
        u, v = self.occ[c1], self.occ[c2]
        T, slots = self.rules.T, self.rules.slots
        for r, (t1, t2) in enumerate(zip(self.tabs[c1], self.tabs[c2])):
            if t1 == t2:
                continue
            k1, k2 = r * T + t1, r * T + t2
            for w, out, into in ((u, k1, k2), (v, k2, k1)):
                if w < 0:
                    continue
                self.size[out] -= 1
                self.size[into] += 1
                for s in slots[w]:
                    self.cnt[out][s] -= 1
                    self.cnt[into][s] += 1
            for k in (k1, k2):
                self.bal[k] = self._price(k, self.size[k], self.cnt[k])
        self.occ[c1], self.occ[c2] = v, u
        if u >= 0:
            self.pos[u] = c2
        if v >= 0:
            self.pos[v] = c1
        self.hard += delta[0]
        self.balance += delta[1]

    def cost(self) -> int:
        return HARD * self.hard + self.balance

    def troubled(self) -> list[int]:
        """Cells on a table-round that is out of balance or over its chairs, or whose person breaks a rule."""
        T = self.rules.T
        bad = [b > 0 or n > s for b, n, s in zip(self.bal, self.size, self.seats)]
        found = []
        for c, cell in enumerate(self.tabs):
            if any(bad[r * T + t] for r, t in enumerate(cell)):
                found.append(c)
            elif self.occ[c] >= 0 and self.person_hard(self.occ[c], c, -1):
                found.append(c)
        return found

    def misses(self) -> list[tuple[int, int, int]]:
        """(table-round, slot, +1 too many / -1 too few) for every balance cell out of bounds."""
        found = []
        for k, counts in enumerate(self.cnt):
            if self.bal[k]:
                row = self.pen[self.size[k]]
                for s, c in enumerate(counts):
                    if row[s][c]:
                        found.append((k, s, 1 if row[s][c + 1] > row[s][c] else -1))
        return found

    def _directed(self, miss: tuple[int, int, int]) -> tuple[int, int]:
        """Two cells whose swap moves one person of the slot out of (or into) the table-round that misses."""
        k, s, sign = miss
        rng, occ, full = self.rng, self.occ, self.rules.full
        i = self.rules.attribute_of[s]
        here = self.line_cells[k]
        if sign > 0:
            out = [c for c in here if occ[c] >= 0 and full[occ[c]][i] == s]
            c2 = rng.randrange(self.C)
        else:
            out = [c for c in here if occ[c] < 0 or full[occ[c]][i] != s]
            c2 = self.pos[rng.choice(self.rules.holders[s])]
        return (rng.choice(out) if out else c2), c2  # (the list is a few steps old: c1 == c2 is skipped)

    # -- searching ----------------------------------------------------------------------------------------------
    def anneal(self, cycle: int, stall: int, out_of_time) -> list[int]:
        """Search until perfect, ``stall`` steps without a new best, or ``out_of_time()``; the best cells' people.

        Simulated annealing: a worsening by d is taken with chance exp(-d / T),
        T sliding from ``HOT`` to ``COLD`` over each cycle. Most steps aim at
        one balance cell out of bounds (:meth:`_directed`); the others swap a
        cell in trouble with any cell.
        """
        rng = self.rng
        best_cost, best = self.cost(), list(self.pos)
        step = last_gain = 0
        trouble: list[int] = []
        misses: list[tuple[int, int, int]] = []
        temperature = HOT
        while best_cost > 0:
            if step % CHECK_EVERY == 0:
                cost = self.cost()
                if cost < best_cost:
                    best_cost, best, last_gain = cost, list(self.pos), step
                if step - last_gain > stall or out_of_time() or cost == 0:
                    break
                trouble = self.troubled()
                if not trouble:
                    break
                misses = self.misses()
                temperature = HOT * (COLD / HOT) ** ((step % cycle) / cycle)
            step += 1
            if misses and rng.random() < DIRECTED:
                c1, c2 = self._directed(rng.choice(misses))
            else:
                c1 = rng.choice(trouble)
                c2 = rng.choice(trouble) if rng.random() < TARGETED else rng.randrange(self.C)
            if c1 == c2 or (self.occ[c1] < 0 and self.occ[c2] < 0):
                continue
            delta = self.delta(c1, c2)
            value = HARD * delta[0] + delta[1]
            if value > 0 and rng.random() >= math.exp(-value / temperature):
                continue
            self.swap(c1, c2, delta)
            if value < 0 and self.cost() == 0:
                best_cost, best = 0, list(self.pos)
        self.steps = step
        return best
