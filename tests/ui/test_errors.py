"""Unexpected errors: logged with their traceback, shown once in a calm message, and the app goes on."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from facilitator.ui.errors import ErrorReporter, log_path, setup_logging


def visible_messages() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


@pytest.fixture
def reporter(qapp, private_data_dir):
    setup_logging()
    found = ErrorReporter()
    found.install()
    yield found
    found.uninstall()
    if found._box is not None:
        found._box.close()


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_is_logged_and_shown_once_and_the_app_goes_on(reporter, qtbot, private_data_dir):
    button = QPushButton("Tel stippen")
    qtbot.addWidget(button)

    def broken_slot():
        raise ZeroDivisionError("no dots counted")

    button.clicked.connect(broken_slot)
    button.click()
    qtbot.waitUntil(lambda: reporter.showing)

    box = reporter._box
    assert box.text() == "Something went wrong."
    assert "Your data has been saved; the app keeps working." in box.informativeText()
    assert str(log_path()) in box.informativeText()
    assert log_path().parent == private_data_dir / "logs"
    assert "ZeroDivisionError: no dots counted" in box.detailedText()
    assert "broken_slot" in log_path().read_text(encoding="utf-8")

    button.click()  # a second error while the message is open: logged, no second message
    qtbot.waitUntil(lambda: reporter.count == 2)
    QApplication.processEvents()
    assert visible_messages() == [box]
    assert log_path().read_text(encoding="utf-8").count("ZeroDivisionError: no dots counted") >= 2

    box.accept()
    qtbot.waitUntil(lambda: not reporter.showing)
    button.clicked.disconnect(broken_slot)
    clicks = []
    button.clicked.connect(lambda: clicks.append(1))
    button.click()
    assert clicks == [1]


@pytest.mark.qt_no_exception_capture
def test_errors_from_worker_threads_and_asyncio_are_reported(reporter, qtbot):
    worker = threading.Thread(target=lambda: [][1], name="worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: reporter.showing)
    assert "IndexError" in reporter._box.detailedText()
    reporter._box.accept()
    qtbot.waitUntil(lambda: not reporter.showing)

    reporter.asyncio_handler(None, {"message": "Task exception was never retrieved", "exception": KeyError("x")})
    qtbot.waitUntil(lambda: reporter.showing)
    assert "KeyError" in reporter._box.detailedText()
    assert "Task exception was never retrieved" in log_path().read_text(encoding="utf-8")


def test_log_rotates_at_about_a_megabyte(private_data_dir):
    from facilitator.ui import errors

    setup_logging()
    assert errors._handler.maxBytes == 1_000_000 and errors._handler.backupCount == 5
    assert log_path() == private_data_dir / "logs" / "facilitator.log"
