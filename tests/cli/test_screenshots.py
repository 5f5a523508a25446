"""``facilitator screenshots``: every main screen, the start screen, the dialogs and the projector's modes as PNG
files, offscreen."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QImage

KEYS = ["agenda", "live", "participants", "tables", "subsessions", "notes", "report"]
DIALOGS = ["about", "shortcuts", "backups", "new_session", "import_problems", "open_problem", "newer_version",
           "read_only"]
PROJECTOR = [f"projector_{mode}" for mode in
             ("agenda", "timer", "timer_warning", "timer_over", "timer_paused", "message", "black", "live",
              "where", "tables", "themes", "votes")]


def test_screenshots_of_every_screen_and_dialog(tmp_path, qapp):
    session = tmp_path / "Avond.facilitator"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_API": "pyside6"}
    made = subprocess.run([sys.executable, "-m", "facilitator", "new", str(session)], env=env, capture_output=True)
    assert made.returncode == 0, made.stderr

    out = tmp_path / "shots"
    # PATH after --lang, as in the usage line
    done = subprocess.run(
        [sys.executable, "-m", "facilitator", "screenshots", str(out), "--lang", "en", str(session)],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    for key in [*KEYS, "welcome", "tables_setup"]:
        image = QImage(str(out / f"{key}.png"))
        assert (image.width(), image.height()) == (1280, 800), key
    for name in DIALOGS:
        image = QImage(str(out / f"{name}.png"))
        assert not image.isNull() and image.width() > 200, name
    for name in [*PROJECTOR, "live_1920"]:
        image = QImage(str(out / f"{name}.png"))
        assert (image.width(), image.height()) == (1920, 1080), name
    expected = [*KEYS, "welcome", "tables_setup", *DIALOGS, *PROJECTOR, "live_1920"]
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{n}.png" for n in expected)
    assert done.stdout.splitlines()[0] == str(out / "welcome.png")
