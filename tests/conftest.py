"""Test-wide set-up: offscreen Qt, the PySide6 binding, and a private data folder per test."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path_factory, monkeypatch):
    """Logs and backups of each test go to a fresh folder, never the user's."""
    path = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("FACILITATOR_DATA_DIR", str(path))
    return path
