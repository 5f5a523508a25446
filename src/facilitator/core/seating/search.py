"""The solver's working state: who sits where, kept up to date incrementally so a swap is judged in microseconds.

People and tables are numbered 0..P-1 and 0..T-1 here. Per round the state
holds each person's table, each table's members and its count per balance
*slot* (one slot per attribute-category pair); over all rounds a P x P byte
matrix counts how often two people meet (history and fixed rounds included).
Table sizes per round are fixed before the search starts (see
:mod:`.construct`), so a swap of two people never changes a table's size and
the balance bounds of a table stay the same.

The cost of a plan is ``HARD * rule breaks + BALANCE * distance outside the
balance bounds + REPEAT * repeated pairs + MOVE * people moved`` (the last only
when re-planning) ``+ SIZE * distance from the planned table sizes``.
:meth:`State.swap_delta` gives the change a swap makes without making it. A
swap keeps table sizes; a *move* to a table with a free chair
(:meth:`State.move_delta`) changes them, and with them the balance bounds; the
search moves only now and then, when a rule cannot hold at the planned sizes.
"""

from __future__ import annotations

from collections.abc import Sequence

HARD = 1000
BALANCE = 2
REPEAT = 1
MOVE = 10
SIZE = 2  # per person a table sits above or below its planned size


class State:
    """Seats of the movable rounds plus everything needed to price a swap."""

    def __init__(
        self,
        people: int,
        tables: int,
        rounds: int,
        slots: Sequence[tuple[int, ...]],
        slot_count: int,
        needs_access: Sequence[bool],
        accessible: Sequence[bool],
        apart: Sequence[Sequence[int]],
        together: Sequence[Sequence[int]],
    ) -> None:
        self.P, self.T, self.R = people, tables, rounds
        self.slots = list(slots)  # per person: slot index per attribute, -1 for no category
        self.S = slot_count
        self.needs_access = list(needs_access)
        self.accessible = list(accessible)
        self.apart = [list(x) for x in apart]
        self.together = [list(x) for x in together]
        self.meet = bytearray(people * people)
        self.tab: list[list[int]] = [[-1] * people for _ in range(rounds)]
        self.mem: list[list[list[int]]] = [[[] for _ in range(tables)] for _ in range(rounds)]
        self.cnt: list[list[list[int]]] = [[[0] * slot_count for _ in range(tables)] for _ in range(rounds)]
        self.lo: list[list[list[int]]] = [[[0] * slot_count for _ in range(tables)] for _ in range(rounds)]
        self.hi: list[list[list[int]]] = [[[0] * slot_count for _ in range(tables)] for _ in range(rounds)]
        self.home: list[list[int] | None] = [None] * rounds  # replan: the table each person sat at before
        self.movable: list[list[bool]] = [[False] * people for _ in range(rounds)]
        self.active: list[int] = []  # rounds the search may change
        self.rep = self.bal = self.hard = self.moved = self.size = 0
        #: weights a search step judges by (hard is counted twice over, hence the halving)
        self.weights = (HARD // 2, BALANCE, REPEAT, MOVE, SIZE)
        self.seats = [0] * tables  # chairs per table for the people to seat
        self.target = [[0] * tables for _ in range(rounds)]  # planned size per round and table
        self.room = [[0] * slot_count for _ in range(rounds)]  # people per slot per round
        self.seated = [0] * rounds

    # -- building ---------------------------------------------------------------------------------------------
    def add_meetings(self, groups: Sequence[Sequence[int]]) -> None:
        """Count the meetings of rounds that are not searched (history, kept rounds)."""
        meet, P = self.meet, self.P
        for group in groups:
            for i, p in enumerate(group):
                for q in group[i + 1:]:
                    if meet[p * P + q] < 255:
                        meet[p * P + q] += 1
                        meet[q * P + p] += 1

    def seat(self, r: int, p: int, t: int) -> None:
        """Put person p at table t in round r during construction (meetings and counts included)."""
        meet, P = self.meet, self.P
        for x in self.mem[r][t]:
            meet[p * P + x] += 1
            meet[x * P + p] += 1
        self.mem[r][t].append(p)
        self.tab[r][p] = t
        counts = self.cnt[r][t]
        for s in self.slots[p]:
            if s >= 0:
                counts[s] += 1

    def totals(self, base_repeats: int) -> None:
        """Compute the cost components from scratch (``base_repeats``: repeats no plan can change)."""
        meet = self.meet
        # sum over ordered pairs of (meetings - 1) where they met, halved for the unordered pairs
        rep = (sum(meet) - (len(meet) - meet.count(0))) // 2
        self.rep = rep - base_repeats
        self.bal = sum(self.table_balance(r, t) for r in self.active for t in range(self.T))
        self.hard = sum(self.person_hard(r, p) for r in self.active for p in range(self.P))
        self.moved = sum(self.person_moved(r, p) for r in self.active for p in range(self.P))
        self.size = sum(abs(len(self.mem[r][t]) - self.target[r][t]) for r in self.active for t in range(self.T))

    # -- pricing ----------------------------------------------------------------------------------------------
    def table_balance(self, r: int, t: int) -> int:
        counts, lo, hi = self.cnt[r][t], self.lo[r][t], self.hi[r][t]
        total = 0
        for s in range(self.S):
            c = counts[s]
            if c < lo[s]:
                total += lo[s] - c
            elif c > hi[s]:
                total += c - hi[s]
        return total

    def person_hard(self, r: int, p: int) -> int:
        """Rule breaks charged to p: access, plus half of each broken pair rule (so a pair counts once)."""
        tab = self.tab[r]
        t = tab[p]
        if t < 0:
            return 0
        breaks = 2 if self.needs_access[p] and not self.accessible[t] else 0
        breaks += sum(1 for x in self.apart[p] if tab[x] == t)
        breaks += sum(1 for x in self.together[p] if tab[x] >= 0 and tab[x] != t)
        return breaks

    def person_moved(self, r: int, p: int) -> int:
        home = self.home[r]
        return 1 if home is not None and home[p] >= 0 and self.tab[r][p] != home[p] else 0

    def cost(self) -> int:
        return self.value((self.hard, self.bal, self.rep, self.moved, self.size))

    def value(self, delta: tuple[int, ...]) -> int:
        """What a priced change (or a whole plan's figures) is worth."""
        wh, wb, wr, wm, ws = self.weights
        return wh * delta[0] + wb * delta[1] + wr * delta[2] + wm * delta[3] + ws * delta[4]

    def core(self) -> int:
        """The cost without the moving penalty: 0 means a perfect plan."""
        return self.hard + self.bal + self.rep

    def swap_delta(self, r: int, p: int, q: int) -> tuple[int, int, int, int, int]:
        """(hard*2, balance, repeats, moved, size) change if p and q (at different tables) swap in round r."""
        tab = self.tab[r]
        a, b = tab[p], tab[q]
        meet, P = self.meet, self.P
        rp, rq = p * P, q * P
        rep = 0
        for x in self.mem[r][a]:
            if x != p:
                if meet[rp + x] >= 2:
                    rep -= 1
                if meet[rq + x]:
                    rep += 1
        for x in self.mem[r][b]:
            if x != q:
                if meet[rq + x] >= 2:
                    rep -= 1
                if meet[rp + x]:
                    rep += 1
        bal = 0
        ca, cb = self.cnt[r][a], self.cnt[r][b]
        la, ha, lb, hb = self.lo[r][a], self.hi[r][a], self.lo[r][b], self.hi[r][b]
        for s, u in zip(self.slots[p], self.slots[q]):
            if s == u:
                continue
            if s >= 0:  # one of s leaves a and joins b
                c = ca[s]
                bal += -1 if c > ha[s] else (1 if c <= la[s] else 0)
                c = cb[s]
                bal += 1 if c >= hb[s] else (-1 if c < lb[s] else 0)
            if u >= 0:  # one of u leaves b and joins a
                c = cb[u]
                bal += -1 if c > hb[u] else (1 if c <= lb[u] else 0)
                c = ca[u]
                bal += 1 if c >= ha[u] else (-1 if c < la[u] else 0)
        hard = 0
        access, ok = self.needs_access, self.accessible
        if access[p]:
            hard += 2 * ((not ok[b]) - (not ok[a]))
        if access[q]:
            hard += 2 * ((not ok[a]) - (not ok[b]))
        if self.apart[p] or self.together[p] or self.apart[q] or self.together[q]:
            hard += self._pair_delta(tab, p, q, a, b)
        moved = 0
        home = self.home[r]
        if home is not None:
            hp, hq = home[p], home[q]
            if hp >= 0:
                moved += (b != hp) - (a != hp)
            if hq >= 0:
                moved += (a != hq) - (b != hq)
        return hard, bal, rep, moved, 0

    def _pair_delta(self, tab: list[int], p: int, q: int, a: int, b: int) -> int:
        def where(x: int) -> int:
            return b if x == p else a if x == q else tab[x]

        change = 0
        for person, old, new in ((p, a, b), (q, b, a)):
            for x in self.apart[person]:
                change += 2 * ((where(x) == new) - (tab[x] == old)) if x not in (p, q) else 0
            for x in self.together[person]:
                if x in (p, q) or tab[x] < 0:
                    continue
                change += 2 * ((where(x) != new) - (tab[x] != old))
        return change

    def swap(self, r: int, p: int, q: int, delta: tuple[int, int, int, int]) -> None:
        """Make the swap that ``delta`` priced."""
        tab = self.tab[r]
        a, b = tab[p], tab[q]
        meet, P = self.meet, self.P
        ma, mb = self.mem[r][a], self.mem[r][b]
        ma.remove(p)
        mb.remove(q)
        for x in ma:
            meet[p * P + x] -= 1
            meet[x * P + p] -= 1
            meet[q * P + x] += 1
            meet[x * P + q] += 1
        for x in mb:
            meet[q * P + x] -= 1
            meet[x * P + q] -= 1
            meet[p * P + x] += 1
            meet[x * P + p] += 1
        ma.append(q)
        mb.append(p)
        tab[p], tab[q] = b, a
        ca, cb = self.cnt[r][a], self.cnt[r][b]
        for s in self.slots[p]:
            if s >= 0:
                ca[s] -= 1
                cb[s] += 1
        for s in self.slots[q]:
            if s >= 0:
                cb[s] -= 1
                ca[s] += 1
        self.hard += delta[0]
        self.bal += delta[1]
        self.rep += delta[2]
        self.moved += delta[3]

    # -- moves to a free chair --------------------------------------------------------------------------------
    def bounds(self, r: int, size: int) -> tuple[list[int], list[int]]:
        """Balance bounds per slot for a table of ``size`` in round r."""
        seated, room = self.seated[r], self.room[r]
        if seated <= 0:
            return [0] * self.S, [0] * self.S
        lo = [c * size // seated for c in room]
        hi = [-(-c * size // seated) for c in room]
        return lo, hi

    def _balance_of(self, counts: list[int], lo: list[int], hi: list[int]) -> int:
        return sum(lo[s] - c if c < lo[s] else (c - hi[s] if c > hi[s] else 0) for s, c in enumerate(counts))

    def move_delta(self, r: int, p: int, b: int) -> tuple[int, int, int, int, int] | None:
        """The change if p moves to table b in round r (None when b has no free chair)."""
        tab = self.tab[r]
        a = tab[p]
        mb = self.mem[r][b]
        if a == b or len(mb) >= self.seats[b]:
            return None
        meet, row = self.meet, p * self.P
        rep = sum(1 for x in mb if meet[row + x]) - sum(1 for x in self.mem[r][a] if x != p and meet[row + x] >= 2)
        bal = 0
        for t, change in ((a, -1), (b, 1)):
            counts = list(self.cnt[r][t])
            for s in self.slots[p]:
                if s >= 0:
                    counts[s] += change
            lo, hi = self.bounds(r, len(self.mem[r][t]) + change)
            bal += self._balance_of(counts, lo, hi) - self.table_balance(r, t)
        hard = 0
        if self.needs_access[p]:
            hard += 2 * ((not self.accessible[b]) - (not self.accessible[a]))
        hard += 2 * sum((tab[x] == b) - (tab[x] == a) for x in self.apart[p])
        hard += 2 * sum((tab[x] != b) - (tab[x] != a) for x in self.together[p] if tab[x] >= 0)
        home = self.home[r]
        moved = 0 if home is None or home[p] < 0 else (b != home[p]) - (a != home[p])
        target, ma = self.target[r], len(self.mem[r][a])
        size = (abs(ma - 1 - target[a]) - abs(ma - target[a]) + abs(len(mb) + 1 - target[b])
                - abs(len(mb) - target[b]))
        return hard, bal, rep, moved, size

    def move(self, r: int, p: int, b: int, delta: tuple[int, int, int, int, int]) -> None:
        """Make the move that ``delta`` priced."""
        a = self.tab[r][p]
        meet, P = self.meet, self.P
        self.mem[r][a].remove(p)
        for x in self.mem[r][a]:
            meet[p * P + x] -= 1
            meet[x * P + p] -= 1
        counts = self.cnt[r][a]
        for s in self.slots[p]:
            if s >= 0:
                counts[s] -= 1
        self.seat(r, p, b)
        for t in (a, b):
            self.lo[r][t], self.hi[r][t] = self.bounds(r, len(self.mem[r][t]))
        self.hard += delta[0]
        self.bal += delta[1]
        self.rep += delta[2]
        self.moved += delta[3]
        self.size += delta[4]

    # -- where the trouble is ---------------------------------------------------------------------------------
    def conflicts(self, r: int) -> list[int]:
        """Movable people of round r who sit in a repeated pair, at an unbalanced table, or break a rule."""
        meet, P = self.meet, self.P
        movable = self.movable[r]
        found: list[int] = []
        for t, members in enumerate(self.mem[r]):
            unbalanced = self.table_balance(r, t) > 0
            for p in members:
                if not movable[p]:
                    continue
                if unbalanced or self.person_hard(r, p):
                    found.append(p)
                    continue
                row = p * P
                for x in members:
                    if x != p and meet[row + x] >= 2:
                        found.append(p)
                        break
        return found
