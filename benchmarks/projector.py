"""Projector figures: what projecting the countdown costs the laptop (CPU share of a core, paints per second).

The projector repaints only when a shown digit changes, so a running timer
should cost well under a few percent of one core. The window runs offscreen
in a child process on the real monotonic clock; CPU time is the child's own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from benchmarks.context import Context
from benchmarks.registry import Target, benchmark

IDLE_CPU = Target("cpu_percent_of_core", 3.0, "%", "idle CPU while projecting a running timer (issue 3)")

CHILD = r"""
import json, os, resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from facilitator.core.clock import MonotonicClock
from facilitator.core.projection_frame import Countdown, ProjectorFrame, ProjectorMode
from facilitator.ui.projector.window import ProjectorWindow

seconds = float(sys.argv[1])
app = QApplication([])
clock = MonotonicClock()
window = ProjectorWindow(clock=clock)
window.resize(1920, 1080)
paints = 0

class Count(QObject):
    def eventFilter(self, obj, event):
        global paints
        if event.type() == QEvent.Type.Paint:
            paints += 1
        return False

counter = Count()
window.installEventFilter(counter)
window.open()
window.show_frame(ProjectorFrame(ProjectorMode.TIMER, "Burgerberaad", "Tafelronde 2: oplossingsrichtingen",
                                 countdown=Countdown.running(25 * 60, clock.now())))
app.processEvents()
start_cpu, start_wall, start_paints = time.process_time(), time.monotonic(), paints
QTimer.singleShot(int(seconds * 1000), app.quit)
app.exec()
cpu, wall = time.process_time() - start_cpu, time.monotonic() - start_wall
print(json.dumps({"seconds": round(wall, 1), "cpu_percent_of_core": round(100 * cpu / wall, 2),
                  "paints_per_second": round((paints - start_paints) / wall, 2)}))
"""


@benchmark("projector.idle_cpu", targets=(IDLE_CPU,))
def idle_cpu(ctx: Context) -> dict:
    """CPU share of one core while the projector shows a running countdown at 1920×1080 (offscreen)."""
    seconds = 5 if ctx.quick else 20
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", CHILD, str(seconds)], capture_output=True, text=True,
                         env=env, check=True, timeout=seconds + 60).stdout
    return json.loads(out.strip().splitlines()[-1])
