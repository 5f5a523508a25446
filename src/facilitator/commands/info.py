"""``facilitator info PATH [--json]``: what a session file holds; non-zero exit when damaged."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from facilitator.store.document import SessionDocument, check_file
from facilitator.store.errors import DocumentError
from facilitator.store.migrate import HEAD_VERSION


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="a .facilitator file")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def describe(path: Path) -> dict:
    """The facts ``info`` prints; raises DocumentError for a file that can't be read."""
    found = check_file(path, full=True)
    with SessionDocument.open(path, read_only=True, outdated_ok=True) as doc:  # never migrates: info only looks
        meeting = doc.meeting()
        return {
            "path": str(path),
            "schema_version": found.schema_version,
            "app_schema_version": HEAD_VERSION,
            "integrity": found.integrity,
            "meeting": {
                "title": meeting.title if meeting else "",
                "date": meeting.date.isoformat() if meeting and meeting.date else None,
                "venue": meeting.venue if meeting else "",
                "organiser": meeting.organiser if meeting else "",
                "language": meeting.language if meeting else "",
            },
            "counts": doc.counts(),
        }


def run(args: argparse.Namespace) -> int:
    try:
        facts = describe(args.path)
    except DocumentError as exc:
        if args.json:
            print(json.dumps({"path": str(args.path), "integrity": "error", "error": str(exc)}))
        else:
            print(f"facilitator: {exc}")
        return 2
    if args.json:
        print(json.dumps(facts, ensure_ascii=False, indent=2))
        return 0
    meeting = facts["meeting"]
    print(f"{meeting['title']} ({meeting['date'] or 'no date'}, {meeting['venue'] or 'no venue'})")
    print(f"file: {facts['path']}  schema {facts['schema_version']}  integrity {facts['integrity']}")
    for name, count in facts["counts"].items():
        print(f"  {name:<17}{count:>7}")
    return 0
