"""``facilitator import-participants PATH FILE [--dry-run] [--skip-invalid] [--json]``.

Reads a participant list (``.csv`` or ``.xlsx``), prints the import report
(encoding, separator, column mapping, value mapping, every problem by Excel
row and column) and stores the people in the session file in one transaction.
Exit 0: imported (or, with ``--dry-run``, would import); 1: refused because of
row errors, nothing stored; 2: the list or the session file can't be read.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

EXIT_OK, EXIT_REFUSED, EXIT_UNREADABLE = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="a .facilitator session file")
    parser.add_argument("file", type=Path, help="the participant list: .csv or .xlsx")
    parser.add_argument("--dry-run", action="store_true", help="check and report only; store nothing")
    parser.add_argument("--skip-invalid", action="store_true", help="import the good rows, skip rows with errors")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def _print(args: argparse.Namespace, facts: dict, lines: list[str]) -> None:
    if args.json:
        print(json.dumps(facts, ensure_ascii=False, indent=2))
    else:
        print("\n".join(lines))


def run(args: argparse.Namespace) -> int:
    from facilitator.core.model import Participant
    from facilitator.io import participant_import as pi
    from facilitator.store.document import SessionDocument
    from facilitator.store.errors import DocumentError

    try:
        with SessionDocument.open(args.path, read_only=args.dry_run) as doc:
            existing = doc.all(Participant)
            try:
                report = pi.preview(args.file, existing=existing)
            except pi.UnreadableFile as exc:
                message = str(exc)
                _print(args, {"file": str(args.file), "status": "unreadable", "error": message},
                       [f"facilitator: {message}"])
                return EXIT_UNREADABLE
            facts = report.as_dict()
            lines = report.lines()
            try:
                if args.dry_run:
                    result = pi.plan(existing, report, args.skip_invalid)
                else:
                    if doc.read_only:
                        raise DocumentError(args.path, f"can't be written: {doc.read_only_reason}")
                    result = pi.apply(doc, report, args.skip_invalid)
            except pi.ImportRefused as exc:
                facts.update(status="refused", imported=0, updated=0, unchanged=0, skipped=0)
                lines.append(f"refused: {exc}. Fix the rows, or run again with --skip-invalid to skip them.")
                _print(args, facts, lines)
                return EXIT_REFUSED
    except DocumentError as exc:
        message = str(exc)
        facts = {"file": str(args.file), "status": "unreadable", "error": message}
        _print(args, facts, [f"facilitator: {message}"])
        return EXIT_UNREADABLE
    facts.update(status="dry-run" if args.dry_run else "imported", **result.as_dict())
    verb = "would import" if args.dry_run else "imported"
    lines.append(f"{verb} {result.imported} new, updated {result.updated}, unchanged {result.unchanged}, "
                 f"skipped {result.skipped} rows with errors" + (" (dry run: nothing stored)" if args.dry_run else ""))
    _print(args, facts, lines)
    return EXIT_OK
