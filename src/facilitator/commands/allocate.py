"""``facilitator allocate PATH [--seed N] [--time-limit S] [--json]``: place everyone in the sub-sessions.

Reads the sub-sessions and the participants' rankings from the session file,
allocates (see :mod:`facilitator.core.subsessions`), stores the result in one
transaction (pinned people stay) and prints how many got their 1st, 2nd …
choice per slot and overall. Exit 0: stored; 1: no allocation is possible
(the message says what to change; nothing stored); 2: the file can't be read
or written.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

EXIT_OK, EXIT_INFEASIBLE, EXIT_UNREADABLE = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="a .facilitator session file")
    parser.add_argument("--seed", type=int, default=0, help="breaks ties between equally good allocations (default 0)")
    parser.add_argument("--time-limit", type=float, default=60.0, help="seconds the solver may take (default 60)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def ordinal(rank: int) -> str:
    return f"{rank}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(rank if rank < 20 else rank % 10, 'th') }"


def count_lines(counts) -> list[str]:
    """'slot 1: 1st 52, 2nd 20, …' lines, then the overall line."""
    def line(values: list[int]) -> str:
        parts = [f"{ordinal(rank)} {count}" for rank, count in enumerate(values[: counts.depth], start=1)]
        parts.append(f"unranked {values[counts.depth]}")
        if values[counts.depth + 1]:
            parts.append(f"no preference {values[counts.depth + 1]}")
        return ", ".join(parts)

    lines = [f"slot {slot}: {line(values)}" for slot, values in sorted(counts.slots.items())]
    lines.append(f"overall: {line(counts.overall)}")
    return lines


def run(args: argparse.Namespace) -> int:
    from facilitator.core.subsessions import allocate
    from facilitator.store import subsessions as store
    from facilitator.store.document import SessionDocument
    from facilitator.store.errors import DocumentError

    def fail(message: str) -> int:
        if args.json:
            print(json.dumps({"path": str(args.path), "status": "unreadable", "error": message}, ensure_ascii=False))
        else:
            print(f"facilitator: {message}")
        return EXIT_UNREADABLE

    try:
        with SessionDocument.open(args.path) as doc:
            if doc.read_only:
                return fail(f"{args.path} can't be written: {doc.read_only_reason}")
            loaded = store.load_problem(doc)
            result = allocate(loaded.problem, seed=args.seed, time_limit=args.time_limit)
            written = store.save_allocation(doc, result.assignment) if result.feasible else 0
    except (DocumentError, OSError) as exc:
        return fail(str(exc))

    facts = {"path": str(args.path), "people": len(loaded.problem.people),
             "sub_sessions": len(loaded.problem.offerings), "slots": loaded.problem.slots,
             "pinned": len(loaded.problem.pinned), "stored": written, "seed": args.seed, **result.as_dict(),
             "unknown_preferences": [str(u) for u in loaded.unknown]}
    if args.json:
        print(json.dumps(facts, ensure_ascii=False, indent=2))
        return EXIT_OK if result.feasible else EXIT_INFEASIBLE
    lines = [f"{args.path}: {facts['people']} people, {facts['sub_sessions']} sub-sessions, "
             f"slots {', '.join(map(str, facts['slots'])) or '-'}"]
    lines += [f"warning: {u}" for u in loaded.unknown[:20]]
    if len(loaded.unknown) > 20:
        lines.append(f"warning: … and {len(loaded.unknown) - 20} more preference values that name no sub-session")
    if result.feasible:
        lines += count_lines(result.counts)
        lines += [f"note: {note.text}" for note in result.notes]
        lines.append(f"stored {written} assignments ({len(loaded.problem.pinned)} pinned kept) "
                     f"in {result.seconds:.2f} s")
    else:
        lines.append("no allocation is possible; nothing stored:")
        lines += [f"  - {note.text}" for note in result.notes]
    print("\n".join(lines))
    return EXIT_OK if result.feasible else EXIT_INFEASIBLE
