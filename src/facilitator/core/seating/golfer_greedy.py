"""Greedy golfer rounds by the "freedom" of people, after Triska & Musliu (2012).

The freedom of a group is how many people have met nobody in it yet: how
many could still join it without a repeated pair. Round by round, each table
is filled by first seating the pair of unseated people who have not met with
the greatest freedom, then one person at a time the one who meets the fewest
at the table again and, among those, leaves the table the greatest freedom;
ties are broken by the seeded random generator. Met sets are bit masks, so a
freedom is an ``int.bit_count``.

With many unseated people (more than PAIR_SCAN) the first of a pair is drawn
at random and only their partner chosen, which keeps a round within
O(people² · tables / table size) bit operations.
"""

from __future__ import annotations

import random

#: Up to this many unseated people the best pair of all is sought; beyond, the first of the pair is random.
PAIR_SCAN = 64


def freedom_rounds(start: list[list[list[int]]], people: int, sizes: list[int], rounds: int,
                   rng: random.Random) -> list[list[list[int]]]:
    """``start`` (rounds -> tables -> people) extended to ``rounds`` rounds by greedy freedom rounds."""
    met = [0] * people  # bit q of met[p]: p has met q
    schedule = [[list(group) for group in week] for week in start]
    for week in schedule:
        _meet(met, week)
    while len(schedule) < rounds:
        week = freedom_round(met, people, sizes, rng)
        _meet(met, week)
        schedule.append(week)
    return schedule


def _meet(met: list[int], week: list[list[int]]) -> None:
    for group in week:
        mask = sum(1 << p for p in group)
        for p in group:
            met[p] |= mask & ~(1 << p)


def freedom_round(met: list[int], people: int, sizes: list[int], rng: random.Random) -> list[list[int]]:
    """One round: tables of ``sizes`` (people 0..people-1), filled greedily by freedom."""
    everyone = (1 << people) - 1
    unseated = list(range(people))
    groups: list[list[int]] = [[] for _ in sizes]
    for t in sorted(range(len(sizes)), key=lambda t: -sizes[t]):
        group = groups[t]
        if sizes[t] >= 2 and len(unseated) >= 2:
            x, y = _pair(met, unseated, everyone, rng)
            group += [x, y]
        while len(group) < sizes[t]:
            taken, known = sum(1 << p for p in group), 0  # members as a mask, and everyone they have met
            for p in group:
                known |= met[p]
            best, picks = None, []
            for z in unseated:
                if taken >> z & 1:
                    continue
                key = (-(met[z] & taken).bit_count(), (everyone & ~(known | met[z] | taken | 1 << z)).bit_count())
                if best is None or key > best:
                    best, picks = key, [z]
                elif key == best:
                    picks.append(z)
            group.append(rng.choice(picks))
        members = set(group)
        unseated = [p for p in unseated if p not in members]
    return groups


def _pair(met: list[int], unseated: list[int], everyone: int, rng: random.Random) -> tuple[int, int]:
    """The pair of unseated people who have not met with the greatest freedom (a random first one if many)."""
    firsts = unseated if len(unseated) <= PAIR_SCAN else [rng.choice(unseated)]
    best, picks = None, []
    for i, x in enumerate(firsts):
        mx = met[x]
        for y in (unseated[i + 1:] if len(firsts) > 1 else unseated):
            if y == x:
                continue
            key = (not mx >> y & 1, (everyone & ~(mx | met[y]) & ~(1 << x | 1 << y)).bit_count())
            if best is None or key > best:
                best, picks = key, [(x, y)]
            elif key == best:
                picks.append((x, y))
    return rng.choice(picks)
