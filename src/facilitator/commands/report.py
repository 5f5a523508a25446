"""``facilitator report PATH --out FILE.docx``: the Word report of a session for the project team.

Options: ``--include-names`` (names in the table-assignment annex only),
``--lang nl|en``, ``--template FILE`` (.docx/.dotx), ``--annexes seating,notes``,
``--logo FILE``. Exit 0: written; 2: the session file, template or logo can't
be read or the output can't be written. Qt is imported only here, lazily, for
the charts (a QGuiApplication is created offscreen when none exists).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

EXIT_OK, EXIT_UNREADABLE = 0, 2
ANNEXES = ("seating", "notes")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="a .facilitator session file")
    parser.add_argument("--out", type=Path, required=True, help="the .docx file to write")
    parser.add_argument("--include-names", action="store_true",
                        help="list participants' names in the table-assignment annex (off: no names anywhere)")
    parser.add_argument("--lang", choices=("nl", "en"), default=None,
                        help="language of the report (default: the session's language)")
    parser.add_argument("--template", type=Path, default=None, help="an organisation's .docx or .dotx template")
    parser.add_argument("--annexes", default="", help="comma-separated annexes: seating, notes")
    parser.add_argument("--logo", type=Path, default=None, help="an image for the title page")


def ensure_gui_application():
    """The QGuiApplication the charts need; created offscreen when the command line runs without one."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["facilitator-report"])
    return app


def _fail(message: str) -> int:
    print(f"facilitator: {message}", file=sys.stderr)
    return EXIT_UNREADABLE


def run(args: argparse.Namespace) -> int:
    from facilitator.io.report import ReportOptions, load_report, write_report
    from facilitator.io.report.template import TemplateError
    from facilitator.store.document import SessionDocument
    from facilitator.store.errors import DocumentError

    annexes = {a.strip() for a in args.annexes.split(",") if a.strip()}
    unknown = annexes - set(ANNEXES)
    if unknown:
        return _fail(f"--annexes: unknown annex {', '.join(sorted(unknown))} (choose from {', '.join(ANNEXES)})")
    for label, path in (("template", args.template), ("logo", args.logo)):
        if path is not None and not path.is_file():
            return _fail(f"{path}: the {label} file does not exist")
    try:
        with SessionDocument.open(args.path, read_only=True, outdated_ok=True) as doc:
            language = args.lang or ("en" if doc.meeting().language == "en" else "nl")
            options = ReportOptions(language=language, include_names=args.include_names, template=args.template,
                                    logo=args.logo, annex_seating="seating" in annexes,
                                    annex_notes="notes" in annexes)
            data = load_report(doc, options)
    except DocumentError as exc:
        return _fail(str(exc))
    ensure_gui_application()
    from facilitator.ui.report_charts import QtChartRenderer

    try:
        result = write_report(data, args.out, QtChartRenderer())
    except TemplateError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"{args.out}: can't be written: {exc.strerror or exc}")
    print(f"wrote {result.path}: {len(result.headings)} headings, {result.pictures} pictures "
          f"({result.seconds:.1f} s)")
    return EXIT_OK
