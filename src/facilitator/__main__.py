"""Command line: ``facilitator [PATH] [--demo]`` opens the app; subcommands work without a display.

Each subcommand lives in ``facilitator.commands.<name>`` with ``add_arguments``
and ``run``; this module only dispatches, so start-up imports only what the
chosen command needs. Errors print one line (``--debug`` shows the traceback).
"""

from __future__ import annotations

import argparse
import importlib
import sys

from facilitator import __version__

COMMANDS = {
    "new": "write an empty session file",
    "demo": "write a demo session file",
    "info": "print what a session file holds",
    "import-participants": "import a participant list (.csv or .xlsx) into a session file",
    "assign": "seat the participants at the tables for the rounds and store the plan",
    "plan-tables": "plan table rounds for N people before names exist (who meets whom)",
    "allocate": "place the participants in the parallel sub-sessions by their preferences",
    "export-tables": "write the table lists per round (or, with --signs, the table signs) as .docx",
    "export-csv": "write the participant list (or, with --seating, the seating) as CSV for Excel",
    "report": "write the Word report of a session (.docx) for the project team",
    "export-outcomes": "write the notes, themes, votes and actions as .xlsx or CSV files for analysis",
    "smoke": "start the GUI, show every screen once, print timings as JSON",
    "screenshots": "render every main screen to PNG",
}


def _parser(command: str | None) -> argparse.ArgumentParser:
    if command is None:
        parser = argparse.ArgumentParser(
            prog="facilitator",
            description="Run a participation meeting offline. Commands: "
            + "; ".join(f"{name}: {text}" for name, text in COMMANDS.items()),
        )
        module = importlib.import_module("facilitator.commands.gui")
    else:
        parser = argparse.ArgumentParser(prog=f"facilitator {command}", description=COMMANDS[command])
        module = importlib.import_module(f"facilitator.commands.{command.replace('-', '_')}")
    parser.add_argument("--version", action="version", version=f"facilitator {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of errors")
    module.add_arguments(parser)
    parser.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = argv[0] if argv and argv[0] in COMMANDS else None
    args = _parser(command).parse_intermixed_args(argv[1:] if command else argv)
    try:
        return int(args._run(args) or 0)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # one clear line, never a traceback in the user's face
        if args.debug:
            raise
        print(f"facilitator: error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
