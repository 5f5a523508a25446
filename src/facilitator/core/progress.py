"""Progress and cancellation for long work, independent of how it is run.

A long job takes a :class:`Progress` and calls ``progress.step(...)`` now and
then; that both reports how far it is and raises :class:`Cancelled` once the
user asked to stop. The UI's task runner supplies a Progress that forwards to
a dialog; tests and the command line supply a silent one.
"""

from __future__ import annotations

import threading
from typing import Callable


class Cancelled(Exception):
    """The user cancelled the job; whatever it had done is discarded by the caller."""


Listener = Callable[[int, int, str], None]


class Progress:
    """Thread-safe progress reporting with cooperative cancellation."""

    def __init__(self, listener: Listener | None = None) -> None:
        self._listener = listener
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def step(self, done: int, total: int, text: str = "") -> None:
        """Report ``done`` of ``total``; raise Cancelled if the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()
        if self._listener is not None:
            self._listener(done, total, text)
