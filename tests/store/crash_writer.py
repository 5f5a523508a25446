"""Child process for the crash tests: open a session file and add sticky notes until told or killed.

Run as ``python crash_writer.py PATH [--count N]``. It prints ``ready writable``
(or ``ready read-only: REASON``) once the file is open, then the id of every
note, one per line and flushed, only after the note's commit has returned.
So every id the parent has read is a promise that the note is on disk.

Without ``--count`` it writes until it is killed; with it, it writes N notes,
closes the file properly and exits 0. Opened read-only (another process holds
the file), it tries one write, prints ``refused: ERROR`` and exits 3.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
from pathlib import Path

from facilitator.core.model import AgendaItem, StickyNote
from facilitator.store.document import SessionDocument
from facilitator.store.errors import ReadOnlyDocument

REFUSED_EXIT = 3


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--count", type=int, default=None, help="stop after this many notes")
    args = parser.parse_args(argv)

    doc = SessionDocument.open(args.path)
    if doc.read_only:
        print(f"ready read-only: {doc.read_only_reason}", flush=True)
        try:
            doc.add(StickyNote(text="must not be written", agenda_item_id=1))
        except ReadOnlyDocument as exc:
            print(f"refused: {type(exc).__name__}", flush=True)
            return REFUSED_EXIT
        print("written despite read-only", flush=True)
        return 1

    board = doc.all(AgendaItem)[0].id
    print("ready writable", flush=True)
    numbers = range(args.count) if args.count is not None else itertools.count()
    for number in numbers:
        (note,) = doc.add(StickyNote(text=f"note {number} of writer {os.getpid()}", agenda_item_id=board))
        print(note.id, flush=True)  # only now, after the commit returned
    doc.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
