"""What every benchmark shares: the scratch folder, the demo files, child processes measured by the kernel.

The demo and G1000 session files are built once per run, on first use, with
the ``facilitator demo`` command (or copied from files given on the command
line), so ``--only store.note_commit`` builds only the demo file.
"""

from __future__ import annotations

import json
import math
import os
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

MB = 1024 * 1024


@dataclass(frozen=True)
class ChildRun:
    """A finished child process: exit code, output, wall time and its peak memory as the kernel counted it."""

    returncode: int
    stdout: str
    stderr: str
    seconds: float
    max_rss_mb: float  # ru_maxrss of this child from wait4(): getrusage(RUSAGE_CHILDREN) for just this one


class Context:
    """One benchmark run: options, scratch folder and lazily built session files."""

    def __init__(
        self,
        workdir: Path,
        *,
        quick: bool = False,
        demo_file: Path | None = None,
        g1000_file: Path | None = None,
    ) -> None:
        self.workdir = Path(workdir)
        self.quick = quick
        self._given = {"demo": demo_file, "g1000": g1000_file}
        self.files: dict[str, dict] = {}  # how each session file was made, for the report's meta
        self.data_dir = self.workdir / "data"
        self.data_dir.mkdir(parents=True, exist_ok=True)
        # Backups and logs of everything measured go to the scratch folder, never the user's data folder.
        os.environ["FACILITATOR_DATA_DIR"] = str(self.data_dir)

    def repeats(self, normal: int, quick: int) -> int:
        return quick if self.quick else normal

    # -- session files ---------------------------------------------------------------------

    @cached_property
    def demo_file(self) -> Path:
        """The demo meeting (about 60 participants, a full day's programme)."""
        return self._session_file("demo", [])

    @cached_property
    def g1000_file(self) -> Path:
        """The G1000-sized meeting (about 1,000 participants), the heaviest file the app should handle."""
        return self._session_file("g1000", ["--scale", "g1000"])

    def _session_file(self, name: str, options: list[str]) -> Path:
        target = self.workdir / f"{name}.facilitator"
        started = time.perf_counter()
        given = self._given[name]
        if given is not None:
            from facilitator.store.backups import copy_database  # a consistent copy, even of a file in use

            copy_database(Path(given), target)
            made_by = f"copy of {given}"
        else:
            run = self.facilitator("demo", str(target), *options)
            if run.returncode != 0 or not target.is_file():
                command = " ".join(["facilitator demo", *options])
                raise RuntimeError(f"{command} exited {run.returncode}: {last_lines(run.stderr)}")
            made_by = "facilitator demo " + " ".join(["OUT", *options])
        self.files[name] = {
            "made_by": made_by,
            "seconds": round(time.perf_counter() - started, 2),
            "bytes": target.stat().st_size,  # as built, before any benchmark opened it
        }
        return target

    # -- child processes -------------------------------------------------------------------

    def environment(self) -> dict[str, str]:
        env = dict(os.environ)
        env["QT_QPA_PLATFORM"] = "offscreen"
        env["FACILITATOR_DATA_DIR"] = str(self.data_dir)
        return env

    def facilitator(self, *args: str, timeout: float = 300) -> ChildRun:
        """Run ``facilitator ARGS`` with this interpreter, offscreen, and measure it."""
        return run_measured([sys.executable, "-m", "facilitator", *args], self.environment(), timeout, self.workdir)

    def facilitator_json(self, *args: str, timeout: float = 300) -> tuple[dict, ChildRun]:
        """Run a command that prints one JSON object; fail loudly when it doesn't."""
        run = self.facilitator(*args, timeout=timeout)
        if run.returncode != 0:
            raise RuntimeError(f"facilitator {' '.join(args)} exited {run.returncode}: {last_lines(run.stderr)}")
        return parse_json_output(run.stdout), run


def run_measured(command: list[str], env: dict[str, str], timeout: float, scratch: Path) -> ChildRun:
    """Run ``command`` to its end; its peak RSS comes from wait4(), the kernel's own account of it."""
    out_path, err_path = scratch / "child.out", scratch / "child.err"
    with out_path.open("w+") as out, err_path.open("w+") as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=env, text=True)
        watchdog = threading.Timer(timeout, process.kill)
        watchdog.daemon = True
        watchdog.start()
        try:
            _pid, status, usage = os.wait4(process.pid, 0)
        finally:
            watchdog.cancel()
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, so Popen must not wait again
        out.seek(0)
        err.seek(0)
        return ChildRun(process.returncode, out.read(), err.read(), seconds, usage.ru_maxrss * 1024 / MB)


def last_lines(text: str, count: int = 1) -> str:
    """The end of a child's stderr, where Python puts the exception: enough to say what went wrong."""
    return " | ".join(line.strip() for line in text.strip().splitlines()[-count:])


def parse_json_output(stdout: str) -> dict:
    """The JSON object a command printed: the whole output, or else its last line that is one."""
    try:
        return json.loads(stdout)
    except json.JSONDecodeError:
        pass
    for line in reversed(stdout.splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                return json.loads(line)
            except json.JSONDecodeError:
                continue
    raise ValueError(f"no JSON object in the output: {stdout[-400:]!r}")


# -- statistics ------------------------------------------------------------------------------


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile: the smallest value that ``share`` of the values do not exceed."""
    ordered = sorted(values)
    rank = math.ceil(share * len(ordered) - 1e-9)
    return ordered[min(max(rank, 1), len(ordered)) - 1]


def rounded(value: float, digits: int = 1) -> float:
    return round(float(value), digits)


def filesystem_of(path: Path) -> str:
    """The type of the file system holding ``path`` (ext4, tmpfs ...), as /proc/mounts says; '' if unknown."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return ""
    resolved, best, kind = str(Path(path).resolve()), "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3:
            point = parts[1].replace("\\040", " ")
            inside = resolved == point or resolved.startswith(point.rstrip("/") + "/")
            if inside and len(point) > len(best):
                best, kind = point, parts[2]
    return kind
