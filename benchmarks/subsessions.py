"""Sub-session figures: allocating 1,000 people over 8 sub-sessions in 2 slots (issue 4: under 5 s).

Preferences are generated with a seeded popularity skew (the first sub-session
about twice as likely to be ranked high as the fourth), each person ranking 4
of the 8; every sub-session runs in both slots with room for 100–160 people.
The time is the whole ``allocate`` call in this process, PuLP's import and its CBC runs included.
"""

from __future__ import annotations

import random
import time

from benchmarks.context import Context
from benchmarks.registry import Target, benchmark

ALLOCATE = Target("seconds_allocate", 5.0, "s", "1,000 people, 8 sub-sessions, 2 slots (issue 4)")
PEOPLE, SESSIONS, SLOTS, RANKED = 1000, 8, 2, 4


def problem(seed: int = 4):
    from facilitator.core.subsessions import Offering, Person, Problem

    rng = random.Random(seed)
    offerings = tuple(Offering(i, f"Deelsessie {i}", tuple(range(1, SLOTS + 1)), 60, 160, "ABCDEFGH"[i - 1])
                      for i in range(1, SESSIONS + 1))
    appeal = [1.25 ** -i for i in range(SESSIONS)]
    people = []
    for pid in range(1, PEOPLE + 1):
        ids, weights, ranked = list(range(1, SESSIONS + 1)), appeal[:], []
        for _ in range(RANKED):
            pick = rng.choices(range(len(ids)), weights)[0]
            ranked.append(ids.pop(pick))
            weights.pop(pick)
        people.append(Person(pid, tuple(ranked)))
    return Problem(tuple(people), offerings)


@benchmark("subsessions.g1000", targets=(ALLOCATE,))
def allocate_g1000(ctx: Context) -> dict:
    """Allocate 1,000 people over 8 sub-sessions in 2 slots (seconds, choice counts, worst rank)."""
    from facilitator.core.subsessions import allocate

    timings, result = [], None
    for seed in range(ctx.repeats(3, 1)):
        started = time.perf_counter()
        result = allocate(problem(), seed=seed)
        timings.append(time.perf_counter() - started)
    overall = result.counts.as_dict()["overall"]
    return {"seconds_allocate": round(max(timings), 2), "seconds_all": [round(t, 2) for t in timings],
            "feasible": result.feasible, "worst_rank": result.worst_rank, "optimal": result.optimal,
            "choices_overall": overall, "choices_per_slot": result.counts.as_dict()["slots"]}
