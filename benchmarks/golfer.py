"""Pure mixing (``plan-tables``): classic social-golfer instances, groups-size-weeks, zero repeats known to exist.

Each instance runs in this process with a time limit; the figures per
instance are [repeated pairs left (0 = solved), seconds, search iterations]
(0 iterations: built from an affine plane, no search). 5-3-7 is Kirkman's
schoolgirl problem; 8-4-9 and 8-4-10 are the instances local search is
measured on (Dotú & Van Hentenryck 2005, Triska & Musliu 2012); 8-8-3 is the
"60 people, 8 tables, 3 rounds" planning question rounded up to full tables.
"""

from __future__ import annotations

from benchmarks.context import Context
from benchmarks.registry import Target, benchmark

INSTANCES = ("4-4-5", "5-3-7", "5-5-6", "6-3-8", "8-8-3", "7-4-7", "8-4-8", "9-3-4", "10-4-5",
             "8-4-9", "8-3-10", "7-3-9", "8-4-10", "10-10-3")
QUICK = ("4-4-5", "5-3-7", "8-8-3", "8-4-8", "8-4-9", "9-3-4")
SOLVED = Target("unsolved", 1, "instances", "zero-repeat schedules exist for all of them")


@benchmark("golfer.classic", targets=(SOLVED,))
def classic(ctx: Context) -> dict:
    """plan-tables on classic instances: repeated pairs left and seconds per instance."""
    from facilitator.core.seating.golfer import plan_tables

    limit = 10.0 if ctx.quick else 60.0
    figures: dict = {"time_limit": limit}
    unsolved = 0
    for name in QUICK if ctx.quick else INSTANCES:
        groups, size, weeks = map(int, name.split("-"))
        result = plan_tables(groups * size, groups, size, weeks, seed=0, time_limit=limit)
        figures[name] = [result.repeated_pairs, round(result.seconds, 2), result.iterations]
        unsolved += result.repeated_pairs > 0
    figures["unsolved"] = unsolved
    return figures


@benchmark("golfer.sixty")
def sixty(ctx: Context) -> dict:
    """The issue's question: 60 people, 8 tables (of 8), 3 rounds: repeated pairs and seconds."""
    from facilitator.core.seating.golfer import plan_tables

    result = plan_tables(60, 8, 8, 3, seed=0, time_limit=10.0)
    return {"repeated_pairs": result.repeated_pairs, "seconds": round(result.seconds, 2)}
