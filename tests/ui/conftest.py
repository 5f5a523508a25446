"""Fixtures for the shell's UI tests: a small session file, a window with a synchronous task runner,
one qasync loop for the whole session, and English as the language unless a test switches it.

Settings, logs and backups go to the per-test data folder that the top-level
conftest sets (``FACILITATOR_DATA_DIR``); ``ui.settings.app_settings`` keeps
its INI file there, so no test touches the user's own settings.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_API", "pyside6")

from facilitator.core import model as m  # noqa: E402
from facilitator.store.document import SessionDocument  # noqa: E402


def make_session(path: Path, title: str = "Burgerberaad Warmte") -> Path:
    """A small meeting written through the store API: agenda, participants, tables, notes."""
    with SessionDocument.create(path, m.Meeting(title=title, date=date(2026, 3, 14), venue="Raadhuis")) as doc:
        welcome, round_1 = doc.add(
            m.AgendaItem("Welkom en terugblik", 15, position=1),
            m.AgendaItem("Tafelronde 1: kansen en zorgen", 45, kind=m.AgendaKind.TABLE_ROUND, position=2),
        )
        doc.add(
            m.Participant("Fatima", "Leeuwen", infix="van", attendance=m.Attendance.PRESENT),
            m.Participant("Koen", "Vries", infix="de"),
            m.Participant("Gerrit", "Berg", infix="van den", needs=["rolstoel"]),
            m.Table("Tafel 1", capacity=8, position=1),
        )
        doc.add(
            m.StickyNote("Meer groen in de wijk", round_1.id, category="Kansen", position=1),
            m.StickyNote("Wie betaalt de warmtepomp?", round_1.id, category="Zorgen", position=2),
        )
    return path


@pytest.fixture
def new_session():
    """``new_session(path, title=...)`` writes another small session file."""
    return make_session


@pytest.fixture
def session_file(tmp_path) -> Path:
    return make_session(tmp_path / "Burgerberaad Warmte.facilitator")


@pytest.fixture
def doc(path):
    """The session file of the test module's own ``path`` fixture, open for writing; closed afterwards."""
    document = SessionDocument.open(path)
    yield document
    document.close()


@pytest.fixture
def show_screen(qtbot):
    """Show a main screen at 1280×800, exposed, with a document loaded: ``show_screen(AgendaView(), doc)``."""

    def show(screen, doc):
        qtbot.addWidget(screen)
        screen.resize(1280, 800)
        screen.show()
        qtbot.waitExposed(screen)
        screen.set_document(doc)
        return screen

    return show


@pytest.fixture
def translations(qapp):
    """The app's translators, in English for stable texts; back to English after the test."""
    from facilitator.ui.i18n import Translations

    found = Translations(qapp)
    found.install("en")
    yield found
    found.install("en")


@pytest.fixture
def tasks():
    from facilitator.ui.tasks import SyncTaskRunner

    return SyncTaskRunner()


class Messages:
    """Stands in for the user at message boxes: records each one and clicks what the test says."""

    def __init__(self) -> None:
        self.boxes: list[tuple[str, str]] = []
        self.answer = None  # callable(box) -> button, or None to close the box

    def __call__(self, box):
        self.boxes.append((box.text(), box.informativeText()))
        return self.answer(box) if self.answer else None

    @property
    def texts(self) -> str:
        return "\n".join(f"{text} {info}" for text, info in self.boxes)


@pytest.fixture
def make_window(qtbot, tasks, translations):
    """Build a MainWindow (more than one per test is fine: a second instance, a restart)."""
    from facilitator.ui.main_window import MainWindow

    def build(runner=None):
        window = MainWindow(runner or tasks, translations)
        window.messages = Messages()
        window.open_flow.chooser = window.messages
        qtbot.addWidget(window)
        return window

    return build


@pytest.fixture(scope="session")
def qasync_loop(qapp):
    """One qasync event loop for the whole test session (qasync dislikes a new loop per test)."""
    import qasync

    loop = qasync.QEventLoop(qapp)
    yield loop
    loop.close()
