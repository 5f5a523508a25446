"""``facilitator plan-tables --people N --tables T --size S --rounds R [--seed N] [--time-limit S] [--json]``.

Answers the planning question before names exist ("60 people, 8 tables, 3
rounds: can everyone meet new people every round?"): prints a schedule of
person numbers 0..N-1 per round and table, and how many pairs meet again.
Stops as soon as it finds a schedule without repeats. Exit 0: a schedule
(with or without repeats); 1: the people do not fit at the tables.
"""

from __future__ import annotations

import argparse
import json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--people", type=int, required=True, help="how many people")
    parser.add_argument("--tables", type=int, required=True, help="how many tables")
    parser.add_argument("--size", type=int, required=True, help="chairs per table (hosts not counted)")
    parser.add_argument("--rounds", type=int, required=True, help="how many rounds")
    parser.add_argument("--seed", type=int, default=0, help="the same seed gives the same schedule (default 0)")
    parser.add_argument("--time-limit", type=float, default=10.0, help="seconds to search at most (default 10)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def run(args: argparse.Namespace) -> int:
    from facilitator.core.seating.golfer import plan_tables

    try:
        result = plan_tables(args.people, args.tables, args.size, args.rounds, seed=args.seed,
                             time_limit=args.time_limit)
    except ValueError as exc:
        if args.json:
            print(json.dumps({"status": "impossible", "error": str(exc)}))
        else:
            hint = ": add tables or chairs" if "do not fit" in str(exc) else ""
            print(f"facilitator: {exc}{hint}")
        return 1
    if args.json:
        print(json.dumps({
            "people": args.people, "tables": args.tables, "size": args.size, "rounds": args.rounds,
            "seed": args.seed, "repeated_pairs": result.repeated_pairs, "seconds": round(result.seconds, 3),
            "stopped_by_time_limit": result.stopped_by_time_limit, "schedule": result.schedule,
        }))
        return 0
    for number, tables in enumerate(result.schedule, start=1):
        print(f"round {number}")
        for table, people in enumerate(tables, start=1):
            print(f"  table {table}: {' '.join(map(str, people))}")
    verdict = "everyone meets new people every round" if result.repeated_pairs == 0 else "some pairs meet again"
    print(f"repeated pairs: {result.repeated_pairs} ({verdict})")
    print(f"seconds: {result.seconds:.2f}" + (" (time limit reached)" if result.stopped_by_time_limit else ""))
    return 0
