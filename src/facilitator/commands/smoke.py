"""``facilitator smoke [PATH]``: start the real GUI, show every main screen once, print timings as JSON.

With no PATH it builds the demo day into a temporary folder. It honours
``QT_QPA_PLATFORM=offscreen``. Unless ``FACILITATOR_DATA_DIR`` is set, the
run uses a temporary data folder, so it neither adds to the user's recent
files nor to their backups.

Figures printed: ``startup_ms`` runs from the start of the process to the
first completed paint of the main window's visible screen with the document
shown (a Paint event filter on that screen). On Linux the start of the
process is the kernel's: ``/proc/self/stat`` field 22 (start time in clock
ticks since boot) against ``CLOCK_BOOTTIME`` now, the clock that field is
counted on; elsewhere it is the moment this module was imported, so the
interpreter's own start is left out there. Without PATH, the demo file is built by a child process first and
its time is left out of ``startup_ms`` (reported as ``demo_build_ms``). ``open_ms`` runs from asking
the window to open the file to that same paint. ``peak_rss_mb`` is
``ru_maxrss``. Any exception, including one raised inside a Qt slot or an
asyncio task, makes the command print one line to stderr and exit 1.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

from facilitator.display import offscreen_unless_display

_IMPORTED = time.perf_counter()
VIEW_PAINT_TIMEOUT_S = 60


class SmokeFailure(Exception):
    """Something the smoke run saw go wrong."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", nargs="?", type=Path, help="session file (default: a fresh demo day)")
    parser.add_argument("--lang", choices=["nl", "en"], default=None, help="language of the app")


def process_age_ms() -> float:
    """Milliseconds since this process started (see the module docstring for how)."""
    try:
        with open("/proc/self/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
        start_ticks = int(fields[19])  # field 22 overall; the split starts at field 3
        started = start_ticks / os.sysconf("SC_CLK_TCK")
        return (time.clock_gettime(time.CLOCK_BOOTTIME) - started) * 1000.0
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.perf_counter() - _IMPORTED) * 1000.0


def peak_rss_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024, 1)


def run(args: argparse.Namespace) -> int:
    offscreen_unless_display()
    with tempfile.TemporaryDirectory(prefix="facilitator-smoke-") as tmp:
        os.environ.setdefault("FACILITATOR_DATA_DIR", str(Path(tmp) / "data"))
        try:
            built = time.perf_counter()
            path = args.path or _demo_file(Path(tmp))
            demo_ms = 0.0 if args.path else (time.perf_counter() - built) * 1000.0
            report = _smoke(path, args.lang, demo_ms)
        except Exception as exc:  # one line, whatever it was
            message = " ".join(str(exc).split()) or type(exc).__name__
            print(f"facilitator smoke: error: {type(exc).__name__}: {message}", file=sys.stderr)
            if getattr(args, "debug", False):
                traceback.print_exc()
            return 1
    print(json.dumps(report, ensure_ascii=False))
    return 0


def _demo_file(folder: Path) -> Path:
    """Build the demo in a child process, so this one imports nothing early that start-up would need."""
    import subprocess

    path = folder / "Demo burgerberaad.facilitator"
    code = "import sys; from facilitator.demo import build_demo; build_demo(__import__('pathlib').Path(sys.argv[1]))"
    if getattr(sys, "frozen", False):  # the installed app: sys.executable is facilitator itself, it has no -c
        command = [sys.executable, "demo", str(path)]
    else:
        command = [sys.executable, "-c", code, str(path)]
    subprocess.run(command, check=True, capture_output=True)
    return path


def _smoke(path: Path, language: str | None, demo_ms: float = 0.0) -> dict:
    from facilitator.app import create_shell

    failures: list[str] = []

    def record(exc_type, exc, tb) -> None:
        failures.append("".join(traceback.format_exception_only(exc_type, exc)).strip())
        if os.environ.get("FACILITATOR_SMOKE_TRACEBACK"):
            traceback.print_exception(exc_type, exc, tb)

    previous_hook = sys.excepthook
    sys.excepthook = record
    try:
        shell = create_shell(language, report_errors=False)
        shell.loop.set_exception_handler(
            lambda _loop, context: failures.append(str(context.get("exception") or context.get("message")))
        )
        try:
            report = shell.loop.run_until_complete(_drive(shell, Path(path), failures))
            if demo_ms:  # building the demo is no part of starting the app
                report["startup_ms"] = round(report["startup_ms"] - demo_ms, 1)
                report["demo_build_ms"] = round(demo_ms, 1)
            return report
        finally:
            window = shell.window
            if window is not None:
                window.close()
            shell.tasks.shutdown()
    finally:
        sys.excepthook = previous_hook


async def _drive(shell, path: Path, failures: list[str]) -> dict:
    import asyncio

    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QWidget

    from facilitator.app import create_window

    class PaintWatch(QObject):
        """Resolves a future at the first Paint event of a screen or of any widget inside it.

        A screen filled edge to edge by an opaque child (a scroll area) gets no
        Paint event of its own; its children do.
        """

        def __init__(self, widget) -> None:
            super().__init__()
            self.widgets = [widget, *widget.findChildren(QWidget)]
            self.painted = asyncio.get_running_loop().create_future()
            for watched in self.widgets:
                watched.installEventFilter(self)

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
            if event.type() == QEvent.Type.Paint and not self.painted.done():
                self.painted.set_result(time.perf_counter())
            return False

        async def wait(self, what: str) -> float:
            try:
                return await asyncio.wait_for(self.painted, VIEW_PAINT_TIMEOUT_S)
            except TimeoutError:
                raise SmokeFailure(f"{what} was never painted") from None
            finally:
                for watched in self.widgets:
                    watched.removeEventFilter(self)

    def check() -> None:
        if failures:
            raise SmokeFailure(failures[0])

    window = create_window(shell)

    def refuse(box):  # any message while opening (damaged, newer, in use) fails the run
        raise SmokeFailure(f"{box.text()} {box.informativeText()}")

    window.open_flow.chooser = refuse
    window.show()
    opening = time.perf_counter()
    if not window.open_path(path):
        raise SmokeFailure(f"{path}: could not be opened")
    first = window.workspace.current_view()
    painted_at = await PaintWatch(first).wait(f"the {first.key} screen")
    startup_ms = process_age_ms()
    open_ms = (painted_at - opening) * 1000.0
    check()

    shown = [first.key]
    for key in window.workspace.keys():
        if key == first.key:
            continue
        view = window.workspace.view(key)
        watch = PaintWatch(view)
        window.show_view(key)
        await watch.wait(f"the {key} screen")
        check()
        shown.append(key)
    await asyncio.sleep(0)
    check()
    counts = window.document.counts()
    return {
        "startup_ms": round(startup_ms, 1),
        "open_ms": round(open_ms, 1),
        "views": shown,
        "peak_rss_mb": peak_rss_mb(),
        "file": str(path),
        "counts": counts,
    }
