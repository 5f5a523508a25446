"""Tabu search for the social golfer problem, after Dotú & Van Hentenryck (2005).

Starts from given rounds (an affine plane's, where there are any) and greedy
rounds for the rest (each person takes the seat where they meet the fewest
people again, in the spirit of Triska & Musliu 2012), then repeatedly makes the
best swap of two people of one round where one of them sits in a repeated
pair; the same swap is then tabu for a random while unless it beats the best
schedule so far (aspiration). After many swaps without progress a few random
swaps shake the schedule.

Pure Python (standard library only), incremental as in Dotú & Van Hentenryck:
besides the P x P meeting counts the search keeps, per round, how many people
at each table each person has met and how many repeated pairs each person sits
in, so a swap's change in repeated pairs is a few lookups and a swap updates
only the counts it touches. The same counts are also kept packed into big
integers, one small unsigned "lane" per person, so the prices of all swaps of
one person in a round are three big-integer additions; ``to_bytes`` unpacks
them, and ``translate``, ``min``, ``count`` and ``index`` on the bytes, all in
C, find the cheapest. The same seed makes the same swaps as the numpy version
this replaced.
"""

from __future__ import annotations

import random
import sys
from array import array
from functools import partial
from itertools import compress
from operator import mul

#: Tabu tenure: a swapped person stays in their round's table for this many swaps (drawn at random).
TENURE = (4, 100)
#: Swaps without a new best before the schedule is shaken, and how many random swaps a shake makes.
STALL, SHAKE = 500, 3
#: Swaps without any new best after which the search gives up (keeps fake-clock runs finite).
PATIENCE = 400_000
CHECK_EVERY = 64
#: Swaps between clearing expired tabu entries (a multiple of CHECK_EVERY).
PRUNE_EVERY = 4096
_NONE = 1 << 30  # no swap found yet


#: Byte translations of meeting counts: 1 where two people have met (at all, more than once).
_MET = bytes([0] + [1] * 255)
_AGAIN = bytes([0, 0] + [1] * 254)
#: Per lane value v, the byte values above v (to delete with ``bytes.translate``).
_DEARER = [bytes(range(v + 1, 256)) for v in range(256)]


def _pack(lanes: bytes, code: str) -> int:
    """Small counts, one a lane, as an integer (lane 0 lowest)."""
    if code != "B":
        wide = array(code, list(lanes))  # (from bytes, array would take them as raw memory)
        if sys.byteorder == "big":
            wide.byteswap()
        lanes = wide.tobytes()
    return int.from_bytes(lanes, "little")


def _unpack(code: str, data: bytes) -> array:
    """Lanes of more than one byte, from a little-endian ``to_bytes``."""
    lanes = array(code, data)
    if sys.byteorder == "big":
        lanes.byteswap()
    return lanes


class Golf:
    """Groups per round, who is where, a P x P meeting count, and the per-round counts that price swaps."""

    joined: list[list[int]]  # [r][t * P + p]: how many people at table t in round r p has met
    loss: list[list[int]]  # [r][p]: how many people at p's table in round r p has met more than once
    packed_joined: list[list[int]]  # [r][t]: joined[r][t * P + p] in lane p
    packed_loss: list[int]  # [r]: loss[r][p] in lane p
    masks: list[list[int]]  # [r][t]: 1 in the lane of everyone at table t in round r
    met_there: list[list[int]]  # [r][p]: in lane q, joined[r][t * P + p] for q's table t in round r
    known: list[int]  # [p]: 2 in the lane of everyone p has met

    def __init__(self, people: int, sizes: list[int], rounds: int, rng: random.Random,
                 start: list[list[list[int]]] | None = None) -> None:
        self.P, self.R, self.T, self.rng = people, rounds, len(sizes), rng
        self.meet = bytearray(people * people)  # meetings per pair: at most one a round
        self.where = [[-1] * people for _ in range(rounds)]
        self.groups: list[list[list[int]]] = [[[] for _ in sizes] for _ in range(rounds)]
        self.cost = 0
        start = start or []
        for r in range(rounds):
            if r < len(start):
                for t, group in enumerate(start[r]):
                    for p in group:
                        self._seat(r, p, t)
            else:
                self._greedy_round(r, sizes)
        self.best = [[list(g) for g in week] for week in self.groups]
        self.best_cost = self.cost
        self.iteration = 0

    def _seat(self, r: int, p: int, t: int) -> None:
        meet, P = self.meet, self.P
        for x in self.groups[r][t]:
            if meet[p * P + x]:
                self.cost += 1
            meet[p * P + x] += 1
            meet[x * P + p] += 1
        self.groups[r][t].append(p)
        self.where[r][p] = t

    def _greedy_round(self, r: int, sizes: list[int]) -> None:
        order = list(range(self.P))
        self.rng.shuffle(order)
        meet, P = self.meet, self.P
        for p in order:
            best, best_score = -1, None
            for t in range(self.T):
                group = self.groups[r][t]
                if len(group) >= sizes[t]:
                    continue
                score = (sum(1 for x in group if meet[p * P + x]), -(sizes[t] - len(group)), self.rng.random())
                if best_score is None or score < best_score:
                    best, best_score = t, score
            self._seat(r, p, best)

    def run(self, clock, start, time_limit, progress, limit_ms, patience, max_swaps=None) -> bool:
        """Tabu search: every swap of a conflicting person in every round priced from the tables, best one made.

        Returns whether the time limit stopped it; the best schedule found is left in ``best``.
        """
        rng, P, R = self.rng, self.P, self.R
        self._tables()
        where, L, masks = self.where, self.loss, self.masks
        packed_joined, packed_loss, known, met_there = self.packed_joined, self.packed_loss, self.known, self.met_there
        # p's prices in round r, lane q: Jr[b, p] + Jr[a, q] - Lr[q] - 2 * (p met q) + offset, a being p's table
        # and b q's: the change in repeated pairs of swapping p and q plus Lr[p] (p's repeated pairs at a, the
        # same for every q) and the offset; the lanes of p's own table get `high` on top, above all others
        width, offset, high, _, unpack = self.lanes
        narrow, width = width == 1, width * P
        offsets = offset * sum(self.ones)
        tabu: dict[int, int] = {}
        last_best = stall = 0
        cost, best_cost = self.cost, self.best_cost
        best_where = [list(w) for w in where]
        stopped = False
        swap = self._swap
        while cost > 0 and self.T > 1 and (max_swaps is None or self.iteration < max_swaps):  # (1 table: no swaps)
            self.iteration += 1
            it = self.iteration
            if it % CHECK_EVERY == 0:
                elapsed = clock.now() - start
                if elapsed >= time_limit:
                    stopped = True
                    break
                progress.step(min(int(elapsed * 1000), limit_ms), limit_ms)
                if it - last_best > patience:
                    break
                if it % PRUNE_EVERY == 0:
                    tabu = {key: until for key, until in tabu.items() if until > it}
            low, choices = _NONE, []
            for r in range(R):
                Lr = L[r]
                if not any(Lr):
                    continue
                wr, Mr, Pr, Br = where[r], masks[r], packed_joined[r], met_there[r]
                columns: dict[int, int] = {}
                for p in compress(range(P), Lr):  # the people in a repeated pair in round r
                    a, lp = wr[p], offset + Lr[p]  # p's lanes are p's changes + lp
                    column = columns.get(a)
                    if column is None:  # the lanes' terms of q alone
                        column = columns[a] = Pr[a] + offsets - packed_loss[r] + high * Mr[a]
                    lanes = unpack((Br[p] + column - known[p]).to_bytes(width, "little"))
                    most = low + lp if low + lp < high else high - 1  # the dearest lane still of interest
                    if narrow:  # drop the dearer lanes in C: mostly none is left
                        cheap = lanes.translate(None, _DEARER[most])
                        if not cheap:
                            continue
                        least = min(cheap)
                    else:
                        least = min(lanes)
                        if least > most:
                            continue
                    change = least - lp
                    key0, q, found = (r * P + p) * P, -1, []
                    for _ in range(lanes.count(least)):
                        q = lanes.index(least, q + 1)
                        if not (cost + change >= best_cost and tabu.get(key0 + q, 0) > it):
                            found.append((r, p, q))
                    if found:
                        if change < low:
                            low, choices = change, found
                        else:
                            choices += found
                        continue
                    # all of p's cheapest swaps are tabu: the cheapest allowed one, if any is no dearer than low
                    for q in [q for q, lane in enumerate(lanes) if lane <= most]:
                        change = lanes[q] - lp
                        if change > low or (tabu.get(key0 + q, 0) > it and cost + change >= best_cost):
                            continue
                        if change < low:
                            low, choices = change, [(r, p, q)]
                        else:
                            choices.append((r, p, q))
            if not choices:
                continue
            r, p, q = choices[rng.randrange(len(choices))]
            swap(r, p, q)
            cost += low
            tabu[(r * P + p) * P + q] = tabu[(r * P + q) * P + p] = it + rng.randint(*TENURE)
            if cost < best_cost:
                best_cost, best_where, last_best, stall = cost, [list(w) for w in where], it, 0
            else:
                stall += 1
                if stall > STALL:
                    stall = 0
                    for _ in range(SHAKE):
                        r = rng.randrange(R)
                        p, q = rng.sample(range(P), 2)
                        if where[r][p] != where[r][q]:
                            cost += swap(r, p, q)
        self.cost, self.best_cost = cost, best_cost
        self.best = [[[] for _ in range(self.T)] for _ in range(R)]
        for r in range(R):
            for p in range(P):
                self.best[r][best_where[r][p]].append(p)
        return stopped

    @staticmethod
    def _lanes(size: int):
        """Bytes per lane, the offset that keeps lanes above 0, the extra for p's own table, and the unpacker."""
        # with tables of at most `size`, a lane outside p's table is 0 .. 3 * size + 1, one at p's table
        # high .. high + 3 * size - 1, so high = top - 3 * size + 1 keeps them apart while 6 * size + 2 < top
        for width, code in ((1, "B"), (2, "H"), (4, "I")):
            top = (1 << (8 * width)) - 1
            if 6 * size + 2 < top and array(code).itemsize == width:
                return width, size + 1, top - 3 * size + 1, code, bytes if width == 1 else partial(_unpack, code)
        raise ValueError(f"tables of {size} are too large for the tabu search")

    def _tables(self) -> None:
        """The per-round counts (see the class) from the meeting counts and the groups."""
        P, meet = self.P, self.meet
        self.lanes = self._lanes(max(len(group) for week in self.groups for group in week))
        width, code = self.lanes[0], self.lanes[3]
        self.ones = ones = [1 << (8 * width * p) for p in range(P)]  # 1 in lane p
        # lane y of met[x] is 1 if x and y have met, of again[x] if they have met more than once
        met = [_pack(meet[x * P:(x + 1) * P].translate(_MET), code) for x in range(P)]
        again = [_pack(meet[x * P:(x + 1) * P].translate(_AGAIN), code) for x in range(P)]
        self.known = [2 * row for row in met]
        self.masks = [[sum(ones[p] for p in group) for group in week] for week in self.groups]
        self.packed_joined = [[sum(met[x] for x in group) for group in week] for week in self.groups]
        self.packed_loss = [sum(again[x] & mask for group, mask in zip(week, masks) for x in group)
                            for week, masks in zip(self.groups, self.masks)]
        unpack = self.lanes[4]
        self.joined = [[count for packed in week for count in unpack(packed.to_bytes(width * P, "little"))]
                       for week in self.packed_joined]
        self.loss = [list(unpack(packed.to_bytes(width * P, "little"))) for packed in self.packed_loss]
        self.met_there = [[sum(map(mul, Jr[p::P], masks)) for p in range(P)]
                          for Jr, masks in zip(self.joined, self.masks)]

    def _meet(self, m: int, x: int, step: int) -> None:
        """m and x meet ``step`` (1 or -1) times more, with everyone seated where they are; keeps the tables."""
        P, meet = self.P, self.meet
        old = meet[m * P + x]
        new = meet[m * P + x] = meet[x * P + m] = old + step
        if not old or not new:  # they now have met, or no longer
            lane_m, lane_x = step * self.ones[m], step * self.ones[x]
            self.known[m] += 2 * lane_x
            self.known[x] += 2 * lane_m
            for wr, Jr, packed, masks, there in zip(self.where, self.joined, self.packed_joined, self.masks,
                                                    self.met_there):
                tx, tm = wr[x], wr[m]
                Jr[tx * P + m] += step
                Jr[tm * P + x] += step
                packed[tx] += lane_m
                packed[tm] += lane_x
                there[m] += step * masks[tx]
                there[x] += step * masks[tm]
        elif old + new == 3:  # between once and twice: a repeated pair wherever they sit together
            both = step * (self.ones[m] + self.ones[x])
            for r, wr in enumerate(self.where):
                if wr[m] == wr[x]:
                    Lr = self.loss[r]
                    Lr[m] += step
                    Lr[x] += step
                    self.packed_loss[r] += both

    def _swap(self, r: int, p: int, q: int) -> int:
        """Swap p and q (at different tables) in round r; returns the change in repeated pairs."""
        P, meet, ones, wr, Lr, Jr = self.P, self.meet, self.ones, self.where[r], self.loss[r], self.joined[r]
        a, b = wr[p], wr[q]
        ga, gb = self.groups[r][a], self.groups[r][b]
        change = Jr[b * P + p] + Jr[a * P + q] - (2 if meet[p * P + q] else 0) - Lr[p] - Lr[q]
        rest_a, rest_b = [x for x in ga if x != p], [x for x in gb if x != q]
        for x in rest_a:
            self._meet(p, x, -1)
            self._meet(q, x, 1)
        for x in rest_b:
            self._meet(q, x, -1)
            self._meet(p, x, 1)
        # the counts are final; now move p to table b and q to table a
        pP, qP = p * P, q * P
        before = Lr[p] * ones[p] + Lr[q] * ones[q]
        moved, again = 0, []  # again: for q at table a, then p at table b, how many there they met before
        for rest, leaving, joining in ((rest_a, pP, qP), (rest_b, qP, pP)):
            count = 0
            for x in rest:
                if meet[leaving + x] > 1:
                    Lr[x] -= 1
                    moved -= ones[x]
                if meet[joining + x] > 1:
                    Lr[x] += 1
                    moved += ones[x]
                    count += 1
            again.append(count)
        lq, lp = again
        Lr[p], Lr[q] = lp, lq
        self.packed_loss[r] += moved + lp * ones[p] + lq * ones[q] - before
        aP, bP = a * P, b * P
        packed, masks, there = self.packed_joined[r], self.masks[r], self.met_there[r]
        moved, across = 0, masks[b] - masks[a]
        for y, (kp, kq) in enumerate(zip(meet[pP:pP + P], meet[qP:qP + P])):
            if (kp > 0) != (kq > 0):  # p leaves table a for b, q leaves b for a: y's count of known people there
                step = 1 if kp else -1
                Jr[aP + y] -= step
                Jr[bP + y] += step
                moved += step * ones[y]
                there[y] += step * across
        packed[a] -= moved
        packed[b] += moved
        # now the seats: in everyone's met_there, p's lane takes table b's count, q's lane table a's
        swapped = ones[p] - ones[q]
        for y, (ja, jb) in enumerate(zip(Jr[aP:aP + P], Jr[bP:bP + P])):
            if ja != jb:
                there[y] += (jb - ja) * swapped
        masks[a] -= swapped
        masks[b] += swapped
        wr[p], wr[q] = b, a
        ga[ga.index(p)] = q
        gb[gb.index(q)] = p
        return change
