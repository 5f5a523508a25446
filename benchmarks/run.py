"""Run the benchmarks; print one JSON object of figures, each target and whether it is met.

Usage: ``python benchmarks/run.py [--only NAME ...] [--quick] [--list]``.
The JSON goes to stdout and to ``benchmarks/results/latest.json``; progress and
a short table of the targets go to stderr. Exit 0 when every benchmark ran
(``--strict``: and met its targets), 1 when a target was missed under
``--strict``, 2 when a benchmark failed.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):  # run as a script: import the package, not the folder's modules by bare name
    sys.path[0] = str(ROOT)

from benchmarks import registry  # noqa: E402
from benchmarks.context import Context, filesystem_of  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="benchmarks/run.py", description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", metavar="NAME", help="a benchmark or an area (repeatable)")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions: rough figures, much sooner")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and their targets, run nothing")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--demo-file", type=Path, help="measure a copy of this file instead of building the demo")
    parser.add_argument("--g1000-file", type=Path, help="measure a copy of this file instead of building G1000")
    parser.add_argument("--workdir", type=Path, help="scratch folder (default: a new one under benchmarks/results/)")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder and its session files")
    parser.add_argument("--output", type=Path, default=RESULTS / "latest.json", help="where to write the JSON too")
    return parser.parse_args(argv)


def load_areas() -> None:
    for area in registry.AREAS:
        importlib.import_module(f"benchmarks.{area}")


def git_commit() -> str:
    try:
        head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain"], capture_output=True, text=True)
    except OSError:
        return ""
    return head.stdout.strip() + ("-dirty" if dirty.stdout.strip() else "")


def version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


def machine(workdir: Path) -> dict:
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "sqlite": sqlite3.sqlite_version,
        "pyside6": version("PySide6-Essentials") or version("PySide6"),
        "sqlalchemy": version("SQLAlchemy"),
        "facilitator": version("facilitator"),
        "commit": git_commit(),
        "workdir_filesystem": filesystem_of(workdir),
        "load_average_1min": round(os.getloadavg()[0], 2),  # above the CPU count, the tails are the machine's, not ours
    }


def run(selected: list[registry.Benchmark], ctx: Context) -> tuple[dict, dict, list[dict]]:
    figures, errors, targets = {}, {}, []
    for bench in selected:
        print(f"benchmark {bench.name} ...", file=sys.stderr, flush=True)
        started = time.perf_counter()
        try:
            result = bench.measure(ctx)
        except Exception as exc:  # one failing benchmark must not hide the others' figures
            errors[bench.name] = f"{type(exc).__name__}: {exc}"
            traceback.print_exc(file=sys.stderr)
            result = {}
        else:
            result["seconds"] = round(time.perf_counter() - started, 2)
            figures[bench.name] = result
        targets += [target.judge(bench.name, result) for target in bench.targets]
    return figures, errors, targets


def print_table(targets: list[dict]) -> None:
    for t in targets:
        verdict = "not measured" if t["value"] is None else "met" if t["met"] else "MISSED"
        print(f"  {t['figure']:<34} {t['value']!s:>10}  target {t['target']:<10}  {verdict}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    load_areas()
    if args.list:
        for bench in registry.REGISTRY.values():
            goals = "; ".join(f"{t.figure} < {t.below:g} {t.unit}" for t in bench.targets)
            print(f"{bench.name:<20} {bench.summary}" + (f"  [{goals}]" if goals else ""))
        return 0
    selected = registry.select(args.only)

    RESULTS.mkdir(parents=True, exist_ok=True)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="run-", dir=RESULTS))
    workdir.mkdir(parents=True, exist_ok=True)
    started_at = datetime.now(UTC).isoformat(timespec="seconds")
    about = machine(workdir)
    started = time.perf_counter()
    ctx = Context(workdir, quick=args.quick, demo_file=args.demo_file, g1000_file=args.g1000_file)
    try:
        figures, errors, targets = run(selected, ctx)
    finally:
        if not args.keep and args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)

    report = {
        "meta": {
            "started": started_at,
            "seconds": round(time.perf_counter() - started, 1),
            "quick": args.quick,
            "benchmarks": [b.name for b in selected],
            "files": ctx.files,
            "machine": about,
        },
        "figures": figures,
        "targets": targets,
        "all_targets_met": all(t["met"] for t in targets),
        "errors": errors,
    }
    text = json.dumps(report, indent=2, ensure_ascii=False)
    print(text)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text + "\n", encoding="utf-8")
    print_table(targets)
    if errors:
        return 2
    return 1 if args.strict and not report["all_targets_met"] else 0


if __name__ == "__main__":
    sys.exit(main())
