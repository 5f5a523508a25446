"""``facilitator export-tables PATH OUT.docx [--signs]``: the table lists per round (or the table signs) as Word.

Exit 0: written; 1: nothing to export (no tables or no seating yet);
2: the session file can't be read or the output can't be written.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Callable

EXIT_OK, EXIT_NOTHING, EXIT_UNREADABLE = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="a .facilitator session file")
    parser.add_argument("out", type=Path, help="the .docx file to write")
    parser.add_argument("--signs", action="store_true",
                        help="table signs (one A4 landscape page per table) instead of the table lists per round")


def export(args: argparse.Namespace, write: Callable, what: str) -> int:
    """Read the seating of ``args.path``, call ``write(snapshot, args.out)``, print one line; the exit code."""
    from facilitator.io.seating_snapshot import NothingToExport, load_seating
    from facilitator.store.document import SessionDocument
    from facilitator.store.errors import DocumentError

    started = time.monotonic()
    try:
        with SessionDocument.open(args.path, read_only=True, outdated_ok=True) as doc:
            snapshot = load_seating(doc)
    except DocumentError as exc:
        print(f"facilitator: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    try:
        write(snapshot, args.out)
    except NothingToExport as exc:
        print(f"facilitator: nothing to export: {exc}", file=sys.stderr)
        return EXIT_NOTHING
    except OSError as exc:
        print(f"facilitator: {args.out}: can't be written: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    print(f"wrote {args.out}: {what} — {len(snapshot.people)} people, {len(snapshot.tables)} tables, "
          f"{len(snapshot.rounds)} rounds ({time.monotonic() - started:.1f} s)")
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    from facilitator.io.table_lists import write_table_signs, write_table_lists

    if args.signs:
        return export(args, write_table_signs, "table signs")
    return export(args, write_table_lists, "table lists")
