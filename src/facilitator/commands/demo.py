"""``facilitator demo OUT [--scale g1000|conference] [--seed N] [--force]``: write a demo or benchmark session file."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from filelock import FileLock, Timeout

from facilitator.store.document import SessionDocument

DEFAULT_G1000_SEED = 1000


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("out", type=Path, help="the .facilitator file to write")
    parser.add_argument(
        "--scale", choices=("burgerberaad", "g1000", "conference"), default="burgerberaad",
        help="burgerberaad: a session day with 60 citizens (default); g1000: 1,000 citizens for benchmarks; "
             "conference: a praktijkconferentie with 80 people and sub-sessions A-D to allocate",
    )
    parser.add_argument("--seed", type=int, default=None,
                        help=f"random seed of the g1000 scale (default {DEFAULT_G1000_SEED})")
    parser.add_argument("--force", action="store_true", help="replace OUT if it already exists")


def _remove_existing(out: Path) -> None:
    """Delete ``out`` and its SQLite side files, unless another Facilitator window has it open."""
    if out.is_dir():
        raise IsADirectoryError(f"{out} is a folder, not a session file")
    lock = FileLock(f"{out}.lock", thread_local=False)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise RuntimeError(f"{out} is open in another Facilitator window; close it first") from None
    try:
        for path in (out, Path(f"{out}-wal"), Path(f"{out}-shm")):
            path.unlink(missing_ok=True)
    finally:
        lock.release()


def run(args: argparse.Namespace) -> int:
    out: Path = args.out
    if args.seed is not None and args.scale != "g1000":
        raise ValueError("--seed only applies to --scale g1000 (the burgerberaad demo is always the same)")
    if out.exists():
        if not args.force:
            raise FileExistsError(f"{out} already exists (use --force to replace it)")
        _remove_existing(out)

    from facilitator.demo import build_demo, build_g1000  # only the command that needs them pays the import

    started = time.perf_counter()
    if args.scale == "g1000":
        build_g1000(out, seed=DEFAULT_G1000_SEED if args.seed is None else args.seed)
    elif args.scale == "conference":
        from facilitator.demo.conference import build_conference

        build_conference(out)
    else:
        build_demo(out)
    seconds = time.perf_counter() - started

    with SessionDocument.open(out) as doc:  # read-write: closing it removes the WAL side files
        title, counts = doc.meeting().title, doc.counts()
    shown = ("participants", "agenda_items", "tables", "rounds", "notes", "themes", "votes", "actions")
    if args.scale == "conference":
        shown = ("participants", "agenda_items", "sub_sessions")
    figures = ", ".join(f"{counts[name]} {name.replace('_', ' ')}" for name in shown)
    print(f"wrote {out}: {title} — {figures} ({seconds:.1f} s)")
    return 0
