"""Pure mixing (``plan-tables``): classic social-golfer instances, groups-size-weeks, zero repeats known to exist.

Each instance runs in this process with a time limit; the figure per
instance is [solved or UNSOLVED, repeated pairs left, seconds, seed, method]
(method: "affine" plane, "cyclic" construction or tabu "search"). 5-3-7 is
Kirkman's schoolgirl problem; 6-3-8 a nearly Kirkman triple system on 18
people; 8-4-9 and 8-4-10 are the instances local search is measured on
(Dotú & Van Hentenryck 2005; Triska & Musliu 2012 were the first to solve
8-4-10 with a metaheuristic); 8-8-3 is the "60 people, 8 tables, 3 rounds"
planning question rounded up to full tables. Every instance listed has a
zero-repeat schedule (8-4-10: Aguado 2004; the others: found by this code).
"""

from __future__ import annotations

import sys

from benchmarks.context import Context
from benchmarks.registry import Target, benchmark

INSTANCES = ("4-4-5", "5-3-7", "5-5-6", "6-3-7", "6-3-8", "6-4-5", "6-4-6", "6-5-6", "8-8-3", "7-4-7", "8-4-8",
             "9-3-4", "10-4-5", "9-4-8", "10-4-7", "8-4-9", "8-3-10", "7-3-9", "8-4-10", "10-10-3")
QUICK = ("4-4-5", "5-3-7", "6-3-8", "8-8-3", "8-4-8", "8-4-9", "9-3-4", "10-4-7")
SOLVED = Target("unsolved", 1, "instances", "zero-repeat schedules exist for all of them")


@benchmark("golfer.classic", targets=(SOLVED,))
def classic(ctx: Context) -> dict:
    """plan-tables on classic instances: solved?, repeated pairs left, seconds, seed, method per instance."""
    from facilitator.core.seating.golfer import plan_tables

    limit, seed = (10.0 if ctx.quick else 60.0), 0
    figures: dict = {"time_limit": limit}
    unsolved = 0
    for name in QUICK if ctx.quick else INSTANCES:
        groups, size, weeks = map(int, name.split("-"))
        result = plan_tables(groups * size, groups, size, weeks, seed=seed, time_limit=limit)
        solved = "solved" if result.repeated_pairs == 0 else "UNSOLVED"
        figures[name] = [solved, result.repeated_pairs, round(result.seconds, 2), seed, result.method]
        print(f"golfer {name}: {solved}, {result.repeated_pairs} repeats, {result.seconds:.2f} s, seed {seed}, "
              f"{result.method}", file=sys.stderr, flush=True)
        unsolved += result.repeated_pairs > 0
    figures["unsolved"] = unsolved
    return figures


@benchmark("golfer.sixty")
def sixty(ctx: Context) -> dict:
    """The issue's question: 60 people, 8 tables (of 8), 3 rounds: repeated pairs and seconds."""
    from facilitator.core.seating.golfer import plan_tables

    result = plan_tables(60, 8, 8, 3, seed=0, time_limit=10.0)
    return {"repeated_pairs": result.repeated_pairs, "seconds": round(result.seconds, 2)}
