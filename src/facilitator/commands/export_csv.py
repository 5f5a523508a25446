"""``facilitator export-csv PATH OUT.csv [--seating]``: the participant list (or the seating) as CSV for Excel.

UTF-8 with BOM, ``;`` separated, safe against formula injection (see
:mod:`facilitator.io.csv_export`). Exit 0: written; 1: nothing to export;
2: the session file can't be read or the output can't be written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from facilitator.commands.export_tables import export


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="a .facilitator session file")
    parser.add_argument("out", type=Path, help="the .csv file to write")
    parser.add_argument("--seating", action="store_true",
                        help="who sits where per round (round, table, names, role) instead of the participant list")


def run(args: argparse.Namespace) -> int:
    from facilitator.io.csv_export import write_participants_csv, write_seating_csv

    if args.seating:
        return export(args, write_seating_csv, "seating")
    return export(args, write_participants_csv, "participant list")
