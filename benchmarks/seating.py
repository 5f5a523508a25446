"""Table-assignment figures (issue 4): ``facilitator assign`` on the demo day and on the G1000 file.

Each run is the whole command in a child process on a copy of the file (load,
solve, store), measured by the kernel for its peak memory; the solver's own
seconds come from the command's JSON. Targets: the demo (≈60 people, 8 tables,
3 rounds, 4 attributes, hosts fixed) with 0 repeated pairs and 0 balance
deviations in under 2 s; G1000 (≈1,000 people, 100 tables of 10 plus a host,
4 rounds, 4 attributes) the same in under 20 s and under 500 MB.
"""

from __future__ import annotations

from benchmarks.context import Context
from benchmarks.registry import Target, benchmark
from facilitator.store.backups import copy_database

ZERO_REPEATS = Target("repeated_pairs", 1, "pairs", "nobody meets anyone twice (issue 4)")
ZERO_DEVIATIONS = Target("balance_deviations", 1, "cells", "every table mirrors the room (issue 4)")
NO_BREAKS = Target("rule_violations", 1, "rules", "hard rules hold")
DEMO_SECONDS = Target("seconds_solver", 2.0, "s", "60 people, 8 tables, 3 rounds (issue 4)")
G1000_SECONDS = Target("seconds_solver", 20.0, "s", "1,000 people, 100 tables, 4 rounds (issue 4)")
G1000_MEMORY = Target("max_rss_mb", 500.0, "MB", "whole assign command, as the kernel counts it (issue 4)")


def _assign(ctx: Context, source, name: str, time_limit: float, seeds: int) -> dict:
    runs = []
    for seed in range(seeds):
        path = copy_database(source, ctx.workdir / f"{name}-{seed}.facilitator")
        facts, child = ctx.facilitator_json("assign", str(path), "--json", "--seed", str(seed),
                                             "--time-limit", str(time_limit))
        runs.append((facts, child))
    worst = max(runs, key=lambda run: (run[0]["repeated_pairs"] + run[0]["balance_deviations"],
                                       run[0]["seconds"]))
    facts, child = worst
    return {
        "people": facts["people"], "tables": facts["tables"], "rounds": facts["rounds"],
        "repeated_pairs": facts["repeated_pairs"], "balance_deviations": facts["balance_deviations"],
        "rule_violations": facts["rule_violations"], "seconds_solver": facts["seconds"],
        "seconds_command": round(child.seconds, 2), "max_rss_mb": round(max(c.max_rss_mb for _, c in runs), 1),
        "seeds": seeds,
        "per_seed": [[f["repeated_pairs"], f["balance_deviations"], f["seconds"]] for f, _ in runs],
    }


@benchmark("seating.demo", targets=(ZERO_REPEATS, ZERO_DEVIATIONS, NO_BREAKS, DEMO_SECONDS))
def assign_demo(ctx: Context) -> dict:
    """assign on the demo day (worst of several seeds): repeated pairs, deviations, seconds, memory."""
    return _assign(ctx, ctx.demo_file, "assign-demo", 2.0, ctx.repeats(5, 2))


@benchmark("seating.g1000", targets=(ZERO_REPEATS, ZERO_DEVIATIONS, NO_BREAKS, G1000_SECONDS, G1000_MEMORY))
def assign_g1000(ctx: Context) -> dict:
    """assign on the G1000 file (worst of the seeds): repeated pairs, deviations, seconds, peak memory."""
    return _assign(ctx, ctx.g1000_file, "assign-g1000", 20.0, ctx.repeats(3, 1))
