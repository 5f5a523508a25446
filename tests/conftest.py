"""Test-wide set-up: offscreen Qt, the PySide6 binding, and a private data folder per test."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
#: Where the fictional participant lists live: beside the repository (as CI has it), or the workplace's copy.
SHARED_CANDIDATES = (REPO.parent / "shared" / "data" / "participants", Path("/work/shared/data/participants"))


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path_factory, monkeypatch):
    """Logs and backups of each test go to a fresh folder, never the user's."""
    path = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("FACILITATOR_DATA_DIR", str(path))
    return path


@pytest.fixture
def shared() -> Path:
    """The folder of shared participant lists; the test is skipped when it is not there."""
    for path in SHARED_CANDIDATES:
        if (path / "burgerberaad_60.csv").exists():
            return path
    pytest.skip("the shared participant lists (../shared/data/participants) are not checked out next to the repo")
