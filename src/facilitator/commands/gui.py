"""``facilitator [PATH] [--demo] [--lang nl|en]``: the desktop app (the default command)."""

from __future__ import annotations

import argparse
from pathlib import Path

from facilitator.display import window_problem


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", nargs="?", type=Path, help="a .facilitator session file to open")
    parser.add_argument("--demo", action="store_true", help="open a fresh copy of the demo day")
    parser.add_argument("--lang", choices=["nl", "en"], help="language of the app (default: Dutch, or as chosen)")


def run(args: argparse.Namespace) -> int:
    problem = window_problem()
    if problem:
        raise RuntimeError(problem)
    from facilitator.app import run_gui

    return run_gui(args.path, demo=args.demo, language=args.lang)
