"""The task runner: a real qasync loop with progress, cancel and the delayed dialog; and the synchronous stand-in."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtWidgets import QPushButton

from facilitator.core.progress import Cancelled
from facilitator.ui.tasks import SyncTaskRunner, TaskRunner

WAIT_S = 10  # a worker waits this long at most for the GUI side; the tests never get near it


@pytest.fixture
def runner(qasync_loop):
    found = TaskRunner(qasync_loop, show_after_ms=0)
    yield found
    found.shutdown()


def test_job_runs_off_the_gui_thread_and_its_progress_reaches_the_dialog(runner, qasync_loop):
    gate = threading.Event()
    seen = []

    def job(name, *, progress):
        progress.step(1, 4, f"counting {name}")
        assert gate.wait(WAIT_S)
        return threading.current_thread().name

    def on_progress(done, total, text):
        dialog = runner.dialog
        seen.append((done, total, text, dialog.isVisible(), dialog.value(), dialog.maximum(), dialog.labelText()))
        gate.set()

    runner.progressed.connect(on_progress)
    thread_name = qasync_loop.run_until_complete(runner.run_task(job, "dots", title="Counting dots"))
    assert thread_name.startswith("facilitator-task")
    assert seen[0] == (1, 4, "counting dots", True, 1, 4, "counting dots")
    assert runner.dialog is None  # gone once the job ended


def test_cancel_button_cancels_and_raises_cancelled(runner, qasync_loop):
    gate = threading.Event()
    after_cancel = []

    def job(*, progress):
        progress.step(1, 10, "first")
        assert gate.wait(WAIT_S)
        progress.step(2, 10, "second")  # raises: the user pressed Cancel
        after_cancel.append("not reached")

    def press_cancel(done, total, text):
        runner.dialog.findChild(QPushButton).click()
        gate.set()

    runner.progressed.connect(press_cancel)
    with pytest.raises(Cancelled):
        qasync_loop.run_until_complete(runner.run_task(job, title="Long job"))
    assert after_cancel == []


def test_a_short_job_shows_no_dialog(qasync_loop):
    runner = TaskRunner(qasync_loop)  # the real 300 ms delay
    shown = []
    runner.dialog_shown.connect(shown.append)
    try:
        assert qasync_loop.run_until_complete(runner.run_task(lambda *, progress: 42, title="Quick")) == 42
    finally:
        runner.shutdown()
    assert shown == []


def test_a_long_job_shows_its_dialog_after_the_delay(qasync_loop):
    runner = TaskRunner(qasync_loop, show_after_ms=20)
    shown = threading.Event()
    runner.dialog_shown.connect(lambda title: shown.set())

    def job(*, progress):
        assert shown.wait(WAIT_S)  # finishes only once the dialog is up
        return "done"

    try:
        assert qasync_loop.run_until_complete(runner.run_task(job, title="Slow")) == "done"
    finally:
        runner.shutdown()
    assert shown.is_set()


def test_quiet_job_has_no_dialog_and_errors_reach_the_caller(runner, qasync_loop):
    shown = []
    runner.dialog_shown.connect(shown.append)

    def job(*, progress):
        raise ValueError("disk full")

    with pytest.raises(ValueError, match="disk full"):
        qasync_loop.run_until_complete(runner.run_task(job, title="Backup", show_progress=False))
    assert shown == []


def test_started_coroutines_report_errors_and_drop_cancels(runner, qasync_loop, monkeypatch):
    reported = []
    monkeypatch.setattr(sys, "excepthook", lambda t, e, tb: reported.append(e))

    async def fails():
        await runner.run_task(lambda *, progress: 1 / 0, title="Divide", show_progress=False)

    async def cancelled():
        raise Cancelled()

    runner.start(fails())
    runner.start(cancelled())
    assert runner.busy
    qasync_loop.run_until_complete(runner.idle())
    assert not runner.busy
    assert [type(e) for e in reported] == [ZeroDivisionError]


# -- the synchronous stand-in -----------------------------------------------------------


def test_sync_runner_runs_at_once_with_progress():
    runner = SyncTaskRunner()
    results = []

    def job(n, *, progress):
        for i in range(1, n + 1):
            progress.step(i, n, f"step {i}")
        return n * 2

    async def flow():
        results.append(await runner.run_task(job, 3, title="Three steps"))

    runner.start(flow())
    assert results == [6]
    assert runner.runs == ["Three steps"]
    assert runner.steps == [(1, 3, "step 1"), (2, 3, "step 2"), (3, 3, "step 3")]


def test_sync_runner_cancels_at_the_chosen_step():
    runner = SyncTaskRunner(cancel_at_step=2)
    reached = []
    outcome = []

    def job(*, progress):
        for i in range(1, 5):
            progress.step(i, 4)
            reached.append(i)

    async def flow():
        try:
            await runner.run_task(job, title="Cancelled midway")
        except Cancelled:
            outcome.append("cancelled")

    runner.start(flow())
    assert reached == [1]
    assert outcome == ["cancelled"]
    runner.start(runner.run_task(job, title="Uncaught cancel"))  # start() drops a Cancelled


def test_sync_runner_lets_errors_through():
    runner = SyncTaskRunner()

    async def flow():
        await runner.run_task(lambda *, progress: {}["missing"], title="Broken")

    with pytest.raises(KeyError):
        runner.start(flow())
