"""The frozen app: start-up of the PyInstaller bundle on the demo beside the same start from source, and its size.

Both run ``facilitator smoke DEMO`` offscreen as fresh processes, in turns
(frozen, source, frozen, ...) so a busy machine weighs on both alike, after
one untimed run of each (the first read of 250 MB of bundle from a cold disk
is not what a user gets at the second start). The figure judged is the ratio
of the medians of smoke's own ``startup_ms``: the issue asks that the frozen
app start no slower than from source. The bundle is the one
``installers/linux/build.sh`` makes (``FACILITATOR_BUNDLE`` names another
program); without it the benchmark fails and says how to build it.
"""

from __future__ import annotations

import os
from pathlib import Path

from benchmarks.context import Context, last_lines, median, parse_json_output, rounded, run_measured
from benchmarks.registry import Target, benchmark

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BUNDLE = ROOT / "installers" / "build" / "dist" / "facilitator" / "facilitator"
MB = 1024 * 1024

NO_SLOWER = Target("startup_ratio_frozen_to_source", 1.0, "×",
                   "the installed app starts no slower than from source (issue 7)")
SIZE = Target("bundle_mb", 150, "MB", "the Linux bundle stays under 150 MB unpacked (issue 7)")


def bundle_program() -> Path:
    program = Path(os.environ.get("FACILITATOR_BUNDLE") or DEFAULT_BUNDLE)
    if not program.is_file():
        raise RuntimeError(f"no frozen bundle at {program}: build it with installers/linux/build.sh "
                           "(or name a built program with FACILITATOR_BUNDLE)")
    return program


def folder_mb(folder: Path) -> float:
    """Bytes of every file under ``folder`` (symlinks counted once, as links), in MB: what ``du`` says."""
    total = 0
    for path in folder.rglob("*"):
        total += path.lstat().st_size if path.is_symlink() or path.is_file() else 0
    return total / MB


def newer_sources(program: Path) -> bool:
    """Whether a source file changed after the bundle was built (its figures would be of older code)."""
    built = program.stat().st_mtime
    return any(p.stat().st_mtime > built for p in (ROOT / "src" / "facilitator").rglob("*.py"))


@benchmark("frozen.demo", targets=(NO_SLOWER, SIZE))
def demo(ctx: Context) -> dict:
    """Start-up of the frozen bundle on the demo vs from source (medians of N smoke runs each), bundle size."""
    program = bundle_program()
    demo_file = str(ctx.demo_file)

    def frozen() -> dict:
        run = run_measured([str(program), "smoke", demo_file], ctx.environment(), 300, ctx.workdir)
        if run.returncode != 0:
            raise RuntimeError(f"{program} smoke exited {run.returncode}: {last_lines(run.stderr)}")
        return {"startup_ms": float(parse_json_output(run.stdout)["startup_ms"]), "seconds": run.seconds}

    def source() -> dict:
        report, run = ctx.facilitator_json("smoke", demo_file)
        return {"startup_ms": float(report["startup_ms"]), "seconds": run.seconds}

    frozen(), source()  # warm-up, not counted
    runs = {"frozen": [], "source": []}
    for _ in range(ctx.repeats(5, 2)):
        runs["frozen"].append(frozen())
        runs["source"].append(source())
    medians = {kind: median([r["startup_ms"] for r in done]) for kind, done in runs.items()}
    return {
        "runs": len(runs["frozen"]),
        "frozen_startup_ms_median": rounded(medians["frozen"]),
        "source_startup_ms_median": rounded(medians["source"]),
        "frozen_startup_ms_all": [rounded(r["startup_ms"]) for r in runs["frozen"]],
        "source_startup_ms_all": [rounded(r["startup_ms"]) for r in runs["source"]],
        "startup_ratio_frozen_to_source": round(medians["frozen"] / medians["source"], 3),
        "frozen_process_s_median": rounded(median([r["seconds"] for r in runs["frozen"]]), 2),
        "source_process_s_median": rounded(median([r["seconds"] for r in runs["source"]]), 2),
        "bundle_mb": rounded(folder_mb(program.parent)),
        "bundle": str(program),
        "bundle_older_than_source": newer_sources(program),
    }
