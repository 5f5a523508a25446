"""Tabu search for the social golfer problem, after Dotú & Van Hentenryck (2005).

Starts from given rounds (an affine plane's, where there are any) and greedy
rounds for the rest (each person takes the seat where they meet the fewest
people again, in the spirit of Triska & Musliu 2012), then repeatedly makes the
best swap of two people of one round where one of them sits in a repeated
pair; the same swap is then tabu for a random while unless it beats the best
schedule so far (aspiration). After many swaps without progress a few random
swaps shake the schedule. Swaps of all rounds are priced at once with numpy.
"""

from __future__ import annotations

import random

#: Tabu tenure: a swapped person stays in their round's table for this many swaps (drawn at random).
TENURE = (4, 100)
#: Swaps without a new best before the schedule is shaken, and how many random swaps a shake makes.
STALL, SHAKE = 500, 3
#: Swaps without any new best after which the search gives up (keeps fake-clock runs finite).
PATIENCE = 400_000
CHECK_EVERY = 64


class Golf:
    """Groups per round, who is where, and a P x P meeting count; swaps priced incrementally."""

    def __init__(self, people: int, sizes: list[int], rounds: int, rng: random.Random,
                 start: list[list[list[int]]] | None = None) -> None:
        self.P, self.R, self.T, self.rng = people, rounds, len(sizes), rng
        self.meet = bytearray(people * people)
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
        """Tabu search with numpy: every swap of a conflicting person in all rounds priced at once."""
        import numpy as np

        rng, P, R, T = self.rng, self.P, self.R, self.T
        met = np.frombuffer(bytes(self.meet), dtype=np.uint8).reshape(P, P).astype(np.int16)
        where = np.array(self.where, dtype=np.int64)  # R x P
        tabu = np.zeros((R, P, P), dtype=np.int64)
        everyone = np.arange(P)
        last_best = 0
        stall = 0
        cost = self.cost
        best_cost = self.best_cost
        stopped = False
        best_where = where.copy()
        while cost > 0 and (max_swaps is None or self.iteration < max_swaps):
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
            known = (met > 0).astype(np.int16)
            again = met > 1
            best_change, choices = None, []
            for r in range(R):
                w = where[r]
                same = w[:, None] == w[None, :]
                loss = (again & same).sum(axis=1)
                conflicted = np.flatnonzero(loss)
                if not conflicted.size:
                    continue
                groups = np.zeros((P, T), dtype=np.int16)
                groups[everyone, w] = 1
                joined = known @ groups  # joined[q, t]: people at table t that q met
                a = w[conflicted]
                change = (
                    joined[everyone[None, :], a[:, None]] + joined[conflicted[:, None], w[None, :]]
                    - 2 * known[conflicted, :] - loss[conflicted][:, None] - loss[None, :]
                ).astype(np.int64)
                change[w[None, :] == a[:, None]] = 1 << 30
                forbidden = (tabu[r][conflicted, :] > it) & (cost + change >= best_cost)
                change[forbidden] = 1 << 30
                low = int(change.min())
                if low >= 1 << 30 or (best_change is not None and low > best_change):
                    continue
                rows, cols = np.nonzero(change == low)
                found = [(r, int(conflicted[i]), int(j)) for i, j in zip(rows, cols)]
                if best_change is None or low < best_change:
                    best_change, choices = low, found
                else:
                    choices += found
            if not choices:
                continue
            r, p, q = choices[rng.randrange(len(choices))]
            Golf._swap_np(met, where[r], r, p, q)
            cost += best_change
            tabu[r, p, q] = tabu[r, q, p] = it + rng.randint(*TENURE)
            if cost < best_cost:
                best_cost, best_where, last_best, stall = cost, where.copy(), it, 0
            else:
                stall += 1
                if stall > STALL:
                    stall = 0
                    for _ in range(SHAKE):
                        r = rng.randrange(R)
                        p, q = rng.sample(range(P), 2)
                        if where[r][p] != where[r][q]:
                            cost += Golf._swap_np(met, where[r], r, p, q)
        self.best_cost = best_cost
        self.best = [[[] for _ in range(T)] for _ in range(R)]
        for r in range(R):
            for p in range(P):
                self.best[r][int(best_where[r][p])].append(p)
        return stopped

    @staticmethod
    def _swap_np(met, w, r: int, p: int, q: int) -> int:
        """Swap p and q in round r on the numpy state; returns the change in repeated pairs."""
        import numpy as np

        a, b = int(w[p]), int(w[q])
        ga = np.flatnonzero(w == a)
        ga = ga[ga != p]
        gb = np.flatnonzero(w == b)
        gb = gb[gb != q]
        change = int((met[q, ga] > 0).sum() - (met[p, ga] > 1).sum()
                     + (met[p, gb] > 0).sum() - (met[q, gb] > 1).sum())
        met[p, ga] -= 1
        met[ga, p] -= 1
        met[q, ga] += 1
        met[ga, q] += 1
        met[q, gb] -= 1
        met[gb, q] -= 1
        met[p, gb] += 1
        met[gb, p] += 1
        w[p], w[q] = b, a
        return change
