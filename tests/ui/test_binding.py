"""The Qt binding must not leak references: PySide6 6.12.0 on Python 3.11 did, and the app aborted.

Each call that returns None dropped one reference to None; after ~30,000 of
them (a few repaints of a big screen) Python died with "none_dealloc". This
guards the pin in pyproject.toml against a future binding with the same fault.
"""

import sys

from PySide6.QtCore import QObject


def test_calls_returning_none_keep_none_alive():
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        probe.setObjectName("probe")
    assert before - sys.getrefcount(None) < 10
