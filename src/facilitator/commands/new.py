"""``facilitator new PATH [--title T]``: write an empty session file."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from facilitator.core.model import Meeting
from facilitator.store.document import SessionDocument


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="the .facilitator file to create")
    parser.add_argument("--title", default="Nieuwe bijeenkomst", help="title of the meeting")
    parser.add_argument("--date", type=date.fromisoformat, default=None, help="date of the meeting (YYYY-MM-DD)")


def run(args: argparse.Namespace) -> int:
    with SessionDocument.create(args.path, Meeting(title=args.title, date=args.date)):
        pass
    print(f"created {args.path}")
    return 0
