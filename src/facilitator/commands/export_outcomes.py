"""``facilitator export-outcomes PATH --out FILE.xlsx|FOLDER [--format xlsx|csv]``: notes, themes, votes, actions.

One .xlsx workbook (a sheet each) or one CSV file per sheet in a folder, for
analysis in Excel (see :mod:`facilitator.io.outcomes_export`: no participant
names or note authors; hidden notes included and marked unless
``--without-hidden``). The format follows ``--out`` (a name ending in
``.xlsx`` is a workbook, anything else a folder for CSV files) unless
``--format`` says. Exit 0: written; 1: nothing to export; 2: the session
file can't be read or the output can't be written.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

EXIT_OK, EXIT_NOTHING, EXIT_UNREADABLE = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="a .facilitator session file")
    parser.add_argument("--out", type=Path, required=True,
                        help="the .xlsx file to write, or the folder for the CSV files")
    parser.add_argument("--format", choices=("xlsx", "csv"), help="xlsx (one workbook) or csv (a file per sheet)")
    parser.add_argument("--lang", choices=("nl", "en"), help="column names in this language (default: the meeting's)")
    parser.add_argument("--without-hidden", action="store_true", help="leave hidden notes out")


def run(args: argparse.Namespace) -> int:
    from facilitator.io.outcomes_export import NoOutcomes, load_outcomes, write_csv_files, write_xlsx
    from facilitator.store.document import SessionDocument
    from facilitator.store.errors import DocumentError

    started = time.monotonic()
    fmt = args.format or ("xlsx" if args.out.suffix.lower() == ".xlsx" else "csv")
    try:
        with SessionDocument.open(args.path, read_only=True, outdated_ok=True) as doc:
            outcomes = load_outcomes(doc, args.lang, include_hidden=not args.without_hidden)
    except DocumentError as exc:
        print(f"facilitator: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    except NoOutcomes as exc:
        print(f"facilitator: nothing to export: {exc}", file=sys.stderr)
        return EXIT_NOTHING
    try:
        if fmt == "xlsx":
            out = args.out if args.out.suffix.lower() == ".xlsx" else args.out.with_name(args.out.name + ".xlsx")
            written = [write_xlsx(outcomes, out)]
        else:
            args.out.mkdir(parents=True, exist_ok=True)
            written = write_csv_files(outcomes, args.out, args.path.stem)
    except OSError as exc:
        print(f"facilitator: {args.out}: can't be written: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    counts = ", ".join(f"{len(s.rows)} {s.title.lower()}" for s in outcomes.sheets)
    print(f"wrote {', '.join(str(p) for p in written)}: {counts} ({time.monotonic() - started:.1f} s)")
    return EXIT_OK
