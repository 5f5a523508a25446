"""``facilitator assign PATH [--rounds R] [--balance ATTR,...] [--seed N] [--time-limit S] [--json]``.

Seats the participants of a session file at its tables for R rounds (hosts
fixed, pins, wheelchair access, keep-together/apart pairs; balanced on the
chosen attributes, default the ones the session marks; new faces every round),
stores the plan and prints the figures. Exit 0: stored; 1: no plan is possible
(e.g. more people than chairs), nothing stored; 2: the file can't be opened.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

EXIT_OK, EXIT_IMPOSSIBLE, EXIT_UNREADABLE = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="a .facilitator session file")
    parser.add_argument("--rounds", type=int, default=None, help="rounds to plan (default: the file's table rounds)")
    parser.add_argument("--balance", default=None,
                        help="attributes to balance on, comma separated (default: those the session marks)")
    parser.add_argument("--seed", type=int, default=0, help="the same seed gives the same plan (default 0)")
    parser.add_argument("--time-limit", type=float, default=10.0, help="seconds to search at most (default 10)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def _print(args: argparse.Namespace, facts: dict, lines: list[str]) -> None:
    print(json.dumps(facts, ensure_ascii=False, indent=2) if args.json else "\n".join(lines))


def run(args: argparse.Namespace) -> int:
    from facilitator.core.seating.notes import impossible
    from facilitator.core.seating.solver import solve
    from facilitator.store.document import SessionDocument
    from facilitator.store.errors import DocumentError
    from facilitator.store.seating import load_problem, save_plan

    balance = None if args.balance is None else [a.strip() for a in args.balance.split(",") if a.strip()]
    facts: dict = {"path": str(args.path)}
    try:
        with SessionDocument.open(args.path) as doc:
            if doc.read_only:
                raise DocumentError(args.path, f"can't be written: {doc.read_only_reason}")
            setup = load_problem(doc, args.rounds, balance)
            problem = setup.problem
            facts.update(people=len(problem.people), tables=len(problem.tables), rounds=problem.rounds,
                         balance=list(problem.balance))
            reasons = impossible(problem)
            if args.rounds is None and problem.rounds == 0:
                reasons.append("the file has no table rounds yet: give --rounds")
            if reasons:
                facts.update(status="impossible", reasons=reasons)
                _print(args, facts, [f"facilitator: no plan possible: {r}" for r in reasons] + ["nothing stored"])
                return EXIT_IMPOSSIBLE
            solution = solve(problem, seed=args.seed, time_limit=args.time_limit)
            save_plan(doc, setup, solution.plan)
    except DocumentError as exc:
        facts.update(status="unreadable", error=str(exc))
        _print(args, facts, [f"facilitator: {exc}"])
        return EXIT_UNREADABLE
    quality = solution.quality
    unknown = [a for a in problem.balance if not any(p.attributes.get(a) for p in problem.people)]
    notes = list(solution.notes) + [f"nobody has a value for '{a}'" for a in unknown]
    facts.update(
        status="stored", repeated_pairs=quality.repeated_pairs, balance_deviations=quality.balance_deviations,
        rule_violations=quality.rule_violations, seconds=round(solution.seconds, 3),
        stopped_by_time_limit=solution.stopped_by_time_limit, seed=args.seed, notes=notes,
        violations=[v.reason for v in quality.violations],
    )
    lines = [
        f"seated {len(problem.people)} people at {len(problem.tables)} tables for {problem.rounds} rounds"
        f" (balance: {', '.join(problem.balance) or 'none'})",
        f"repeated pairs: {quality.repeated_pairs}",
        f"balance deviations: {quality.balance_deviations}",
        f"rule violations: {quality.rule_violations}",
        f"seconds: {solution.seconds:.2f}" + (" (time limit reached)" if solution.stopped_by_time_limit else ""),
        *(f"note: {n}" for n in notes),
        *(f"violation: {v.reason}" for v in quality.violations[:20]),
        "stored",
    ]
    _print(args, facts, lines)
    return EXIT_OK
