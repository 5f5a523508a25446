"""Pure mixing before names exist ("plan-tables"): the social golfer problem.

N people at T tables of at most S chairs for R rounds: who sits where so that
nobody meets anyone twice?

When T is a prime or a power of two and S <= T, the rounds come from the
affine plane of order T: person (x, y) — x a table, y a seat number — sits in
round w at table x + w·y in the field of T elements, and two people meet in at
most one round (with full tables of T, one more round seats each seat number
together). Leaving seats empty never makes anyone meet twice, so this also
covers fewer people than chairs. With R <= T that is the answer, no search.

Otherwise a tabu search in the manner of Dotú & Van Hentenryck (2005) takes
over: it starts from the plane's rounds where there are any (that solves 8-4-9
at once) and greedy rounds for the rest (each person takes the seat where they
meet the fewest people again, in the spirit of Triska & Musliu 2012), then
repeatedly makes the best swap of two people of one round where one of them
sits in a repeated pair; the same swap is then tabu for a random while unless
it beats the best schedule so far (aspiration). After many swaps without
progress a few random swaps shake the schedule. It stops as soon as no pair
repeats, at the time limit, or after ``patience`` swaps without a new best.

Deterministic for a seed, except where the time limit cuts a run short.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from facilitator.core.clock import Clock, MonotonicClock
from facilitator.core.progress import Progress

#: Tabu tenure: a swapped person stays in their round's table for this many swaps (drawn at random).
TENURE = (4, 100)
#: Swaps without a new best before the schedule is shaken, and how many random swaps a shake makes.
STALL, SHAKE = 500, 3
#: Swaps without any new best after which the search gives up (keeps fake-clock runs finite).
PATIENCE = 400_000
CHECK_EVERY = 64


@dataclass(frozen=True)
class GolferResult:
    schedule: list[list[list[int]]]  # rounds -> tables -> person numbers 0..N-1
    repeated_pairs: int  # sum over pairs of meetings beyond the first
    seconds: float
    stopped_by_time_limit: bool = False
    iterations: int = 0


def table_sizes(people: int, tables: int, size: int) -> list[int]:
    """People per table, as even as possible: the first ``people % tables`` tables get one more."""
    if tables < 1 or size < 1:
        raise ValueError("there must be at least one table with at least one chair")
    if people > tables * size:
        raise ValueError(f"{people} people do not fit at {tables} tables of {size}")
    base, extra = divmod(people, tables)
    return [base + (1 if t < extra else 0) for t in range(tables)]


def count_repeats(schedule: list[list[list[int]]]) -> int:
    """Sum over pairs of their meetings beyond the first."""
    seen: dict[tuple[int, int], int] = {}
    repeats = 0
    for tables in schedule:
        for group in tables:
            ordered = sorted(group)
            for i, a in enumerate(ordered):
                for b in ordered[i + 1:]:
                    if (a, b) in seen:
                        repeats += 1
                    seen[(a, b)] = 1
    return repeats


def plan_tables(
    people: int, tables: int, size: int, rounds: int, *, seed: int = 0, time_limit: float = 10.0,
    clock: Clock | None = None, progress: Progress | None = None, patience: int = PATIENCE,
) -> GolferResult:
    """A schedule with as few repeated pairs as the search finds (0 stops it at once)."""
    clock = clock or MonotonicClock()
    progress = progress or Progress()
    start = clock.now()
    if rounds < 1:
        raise ValueError("the number of rounds must be at least 1")
    sizes = table_sizes(people, tables, size)
    schedule = affine_schedule(people, tables, size, rounds)
    if schedule is not None:
        return GolferResult(schedule, count_repeats(schedule), clock.now() - start)
    rng = random.Random(seed)
    # more rounds than the affine plane has: its rounds still make a strong start for the search
    plane = affine_schedule(people, tables, size, min(rounds, tables))
    search = _Golf(people, sizes, rounds, rng, plane)
    limit_ms = max(1, int(time_limit * 1000))
    progress.step(0, limit_ms, "first schedule")
    stopped = search.run(clock, start, time_limit, progress, limit_ms, patience)
    schedule = [[sorted(group) for group in week] for week in search.best]
    progress.step(limit_ms, limit_ms, "done")
    return GolferResult(schedule, count_repeats(schedule), clock.now() - start, stopped, search.iteration)


#: Irreducible polynomials for the fields of 4, 8, ... 64 elements (bit i = coefficient of x^i).
_MODULUS = {4: 0b111, 8: 0b1011, 16: 0b10011, 32: 0b100101, 64: 0b1000011}


def _field(order: int):
    """(add, multiply) of the field with ``order`` elements, or None (only primes and powers of two here)."""
    if order in _MODULUS:
        modulus, bits = _MODULUS[order], order.bit_length() - 1

        def multiply(a: int, b: int) -> int:
            product = 0
            while b:
                if b & 1:
                    product ^= a
                b >>= 1
                a <<= 1
                if a >> bits:
                    a ^= modulus
            return product

        return (lambda a, b: a ^ b), multiply
    if order >= 2 and all(order % d for d in range(2, int(order ** 0.5) + 1)):
        return (lambda a, b: (a + b) % order), (lambda a, b: a * b % order)
    return None


def affine_schedule(people: int, tables: int, size: int, rounds: int) -> list[list[list[int]]] | None:
    """A schedule without repeats from the affine plane of order ``tables``, when it exists (else None)."""
    field_ops = _field(tables)
    full = size == tables and people == tables * size  # then the seat levels are one more round: the lines y = c
    if field_ops is None or size > tables or rounds > tables + full or people > tables * size:
        return None
    add, multiply = field_ops
    # person n is (x, y) = (n % tables, n // tables): seat levels fill across all tables, so sizes stay even
    schedule = []
    for w in range(rounds):
        groups: list[list[int]] = [[] for _ in range(tables)]
        for n in range(people):
            x, y = n % tables, n // tables
            groups[y if w == tables else add(x, multiply(w, y))].append(n)
        schedule.append(groups)
    return schedule


class _Golf:
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

    def run(self, clock, start, time_limit, progress, limit_ms, patience) -> bool:
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
        while cost > 0:
            self.iteration += 1
            it = self.iteration
            if it % CHECK_EVERY == 0:
                elapsed = clock.now() - start
                if elapsed >= time_limit:
                    stopped = True
                    break
                progress.step(min(int(elapsed * 1000), limit_ms), limit_ms, f"{best_cost} repeated pairs")
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
            _Golf._swap_np(met, where[r], r, p, q)
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
                            cost += _Golf._swap_np(met, where[r], r, p, q)
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
