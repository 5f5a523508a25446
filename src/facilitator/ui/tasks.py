"""The one way to run long work without freezing the window.

Usage, from code that runs on the GUI thread::

    async def export(self):
        try:
            path = await self.tasks.run_task(write_report, doc, target, title=self.tr("Writing the report…"))
        except Cancelled:
            return
        ...

    self.tasks.start(self.export())          # from a slot (a button, a menu action)

``run_task(fn, *args, title, cancellable=True, show_progress=True)`` calls
``fn(*args, progress=progress)`` on a worker thread (a ThreadPoolExecutor,
through asyncio's ``run_in_executor`` on the qasync loop) and returns its
result, or raises what it raised. ``progress`` is a
:class:`facilitator.core.progress.Progress`: the job calls
``progress.step(done, total, text)`` now and then. A progress dialog appears
only when the job takes longer than about 300 ms, so short jobs don't flash;
its Cancel button calls ``progress.cancel()``, the job's next ``step`` raises
:class:`Cancelled`, and ``run_task`` raises it to the caller. Steps are
passed to the GUI thread through a queued signal, coalesced so that a job
reporting 10,000 steps does not flood the event queue. ``show_progress=False``
runs quietly (automatic backups).

``start(coro)`` launches a coroutine from a slot; an exception it raises goes
to the error reporter (``sys.excepthook``), a ``Cancelled`` is dropped.

Tests inject :class:`SyncTaskRunner` instead: the same interface, but the
job runs at once on the calling thread and ``start`` drives the coroutine to
its end before returning, so a test needs no event loop and no waiting.
"""

from __future__ import annotations

import asyncio
import functools
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable, Coroutine, Protocol, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from facilitator.core.progress import Cancelled, Progress

T = TypeVar("T")
SHOW_AFTER_MS = 300

__all__ = ["Cancelled", "Progress", "Runner", "SyncTaskRunner", "TaskRunner", "runner_for"]


class Runner(Protocol):
    """What the UI needs from a task runner; both runners below provide it."""

    async def run_task(
        self, fn: Callable[..., T], *args: Any, title: str, cancellable: bool = True, show_progress: bool = True
    ) -> T: ...

    def start(self, coro: Coroutine[Any, Any, Any]) -> None: ...

    async def idle(self) -> None: ...

    def shutdown(self) -> None: ...


class _Job(QObject):
    """One running job: its Progress, its (hidden until needed) dialog, and the relay to the GUI thread.

    The worker thread only calls :meth:`post`; it keeps the latest step and
    emits ``changed`` when none is pending, so the GUI thread sees at most
    one queued update per job at a time.
    """

    changed = Signal()

    def __init__(self, runner: "TaskRunner", title: str, dialog: QProgressDialog | None) -> None:
        super().__init__()
        self.runner = runner
        self.title = title
        self.dialog = dialog
        self.progress = Progress(self.post)
        self.done = False
        self._lock = threading.Lock()
        self._latest: tuple[int, int, str] | None = None
        self.changed.connect(self.deliver)  # self lives in the GUI thread: queued from workers

    def post(self, done: int, total: int, text: str) -> None:  # worker thread
        with self._lock:
            pending = self._latest is not None
            self._latest = (done, total, text)
        if not pending:
            self.changed.emit()

    def deliver(self) -> None:  # GUI thread
        with self._lock:
            latest, self._latest = self._latest, None
        if latest is None or self.done:
            return
        done, total, text = latest
        if self.dialog is not None:
            self.dialog.setRange(0, max(total, 0))
            self.dialog.setValue(min(done, total) if total > 0 else 0)
            if text:
                self.dialog.setLabelText(text)
        self.runner.progressed.emit(done, total, text)

    def show_dialog(self) -> None:
        if self.dialog is None or self.done:
            return
        self.runner.dialog = self.dialog
        self.dialog.show()
        self.runner.dialog_shown.emit(self.title)

    def finish(self) -> None:
        self.done = True
        if self.dialog is not None:
            if self.runner.dialog is self.dialog:
                self.runner.dialog = None
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None


class TaskRunner(QObject):
    """Runs jobs on worker threads under the qasync loop, with a delayed progress dialog."""

    #: ``(done, total, text)`` on the GUI thread, as the dialog shows it.
    progressed = Signal(int, int, str)
    #: The progress dialog of a job became visible (its title).
    dialog_shown = Signal(str)

    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        parent_widget: Callable[[], QWidget | None] = lambda: None,
        *,
        workers: int = 2,
        show_after_ms: int = SHOW_AFTER_MS,
    ) -> None:
        super().__init__()
        self._loop = loop
        self._parent_widget = parent_widget
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="facilitator-task")
        self._show_after_ms = show_after_ms
        self._tasks: set[asyncio.Task] = set()
        self.dialog: QProgressDialog | None = None  # the visible job's dialog, for tests

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def start(self, coro: Coroutine[Any, Any, Any]) -> None:
        task = self._loop.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._finished)

    async def idle(self) -> None:
        """Wait until every coroutine given to :meth:`start` has ended."""
        while self._tasks:
            await asyncio.wait(set(self._tasks))

    def _finished(self, task: asyncio.Task) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None and not isinstance(exc, Cancelled):
            sys.excepthook(type(exc), exc, exc.__traceback__)

    async def run_task(
        self, fn: Callable[..., T], *args: Any, title: str, cancellable: bool = True, show_progress: bool = True
    ) -> T:
        dialog = self._dialog(title, cancellable) if show_progress else None
        job = _Job(self, title, dialog)
        if dialog is not None and cancellable:
            dialog.canceled.connect(job.progress.cancel)
        timer = QTimer(singleShot=True, interval=max(self._show_after_ms, 0))
        timer.timeout.connect(job.show_dialog)
        if dialog is not None:
            if self._show_after_ms <= 0:
                job.show_dialog()
            else:
                timer.start()
        try:
            call = functools.partial(fn, *args, progress=job.progress)
            return await self._loop.run_in_executor(self._executor, call)
        finally:
            timer.stop()
            job.finish()

    def _dialog(self, title: str, cancellable: bool) -> QProgressDialog:
        dialog = QProgressDialog(self._parent_widget())
        dialog.setWindowTitle(title)
        dialog.setLabelText(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setRange(0, 0)  # busy until the first step says how much there is
        dialog.setMinimumDuration(2**30)  # shown by our own timer, not by QProgressDialog's estimate
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.hide()
        return dialog

    def shutdown(self) -> None:
        """Wait for running jobs to finish (at exit: a half-written copy is worse than a short wait)."""
        self._executor.shutdown(wait=True, cancel_futures=True)


class SyncTaskRunner:
    """Test stand-in for :class:`TaskRunner`: runs every job at once on the calling thread.

    ``runs`` lists the titles of the jobs run, ``steps`` every progress step;
    ``cancel_at_step`` makes the n-th step (1-based, counted over the runner's
    life) raise Cancelled, as if the user had pressed Cancel just before it.
    """

    def __init__(self, cancel_at_step: int | None = None) -> None:
        self.runs: list[str] = []
        self.steps: list[tuple[int, int, str]] = []
        self.cancel_at_step = cancel_at_step
        self.busy = False

    async def run_task(
        self, fn: Callable[..., T], *args: Any, title: str, cancellable: bool = True, show_progress: bool = True
    ) -> T:
        self.runs.append(title)
        progress: Progress

        def listener(done: int, total: int, text: str) -> None:
            self.steps.append((done, total, text))
            if cancellable and self.cancel_at_step is not None and len(self.steps) >= self.cancel_at_step:
                progress.cancel()
                raise Cancelled()

        progress = Progress(listener)
        result = fn(*args, progress=progress)
        return result

    async def idle(self) -> None:
        return None

    def start(self, coro: Coroutine[Any, Any, Any]) -> None:
        """Drive ``coro`` to its end now; its exceptions (but Cancelled) propagate."""
        try:
            coro.send(None)
        except StopIteration:
            return
        except Cancelled:
            return
        coro.close()
        raise RuntimeError("SyncTaskRunner: the coroutine awaited something other than run_task")

    def shutdown(self) -> None:
        pass


def runner_for(widget: QWidget, own: Runner | None = None) -> Runner:
    """The runner for ``widget``'s long work: its own (a test's), else its window's, else a synchronous one."""
    if own is not None:
        return own
    found = getattr(widget.window(), "tasks", None)
    return found if found is not None else SyncTaskRunner()
