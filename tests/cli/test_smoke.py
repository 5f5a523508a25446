"""``facilitator smoke``: the real GUI starts offscreen, shows every screen, and reports JSON; errors fail it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

KEYS = ["agenda", "live", "participants", "tables", "subsessions", "notes", "report"]


def facilitator(*args: str, code: str | None = None, timeout: int = 120) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_API": "pyside6"}
    command = [sys.executable, "-c", code, *args] if code else [sys.executable, "-m", "facilitator", *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout)


@pytest.fixture
def new_file(tmp_path) -> Path:
    path = tmp_path / "Avond.facilitator"
    done = facilitator("new", str(path), "--title", "Stadsgesprek Centrum")
    assert done.returncode == 0, done.stderr
    return path


def test_smoke_reports_startup_and_every_screen(new_file):
    done = facilitator("smoke", str(new_file))
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert set(report) >= {"startup_ms", "open_ms", "views", "peak_rss_mb", "file", "counts"}
    assert report["views"] == KEYS
    assert report["file"] == str(new_file)
    assert 0 < report["open_ms"] < report["startup_ms"] < 60_000
    assert report["peak_rss_mb"] > 10
    assert report["counts"]["participants"] == 0 and report["counts"]["notes"] == 0


def test_smoke_fails_in_one_line_on_a_damaged_file(tmp_path):
    path = tmp_path / "kapot.facilitator"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    done = facilitator("smoke", str(path))
    assert done.returncode == 1
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("facilitator smoke: error: ")


def test_smoke_fails_when_a_screen_raises_inside_qt(new_file):
    code = (
        "import sys\n"
        "from facilitator.ui.views import MAIN_VIEWS\n"
        "notes = next(cls for cls in MAIN_VIEWS if cls.key == 'notes')\n"
        "def broken(self, event):\n"
        "    raise RuntimeError('notes screen broke')\n"
        "notes.showEvent = broken\n"
        "from facilitator.__main__ import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    done = facilitator("smoke", str(new_file), code=code)
    assert done.returncode == 1
    assert "notes screen broke" in done.stderr
    assert done.stdout == ""
