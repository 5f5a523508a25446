"""Clocks: the monotonic clock the timer measures with, the wall clock it records with, and fakes.

The live timer needs two clocks. The *monotonic* clock (:class:`Clock`) measures
how long an item has run; it never jumps, and on Linux and macOS it stops while
the laptop sleeps. The *wall* clock (:class:`WallClock`) gives the time of day:
what the session file stores (actual start and end of items, the timer's anchor),
so a restarted app can work out how much time passed. When the wall clock moved
much further than the monotonic one, the laptop slept.

Tests drive :class:`FakeClock` and :class:`FakeWallClock` by hand; a fake wall
clock can *follow* a fake monotonic clock, so one ``advance`` moves both and
``FakeWallClock.advance`` alone simulates a suspend (or a clock adjustment).
"""

from __future__ import annotations

import sys
import time
from datetime import datetime, timedelta
from typing import Callable, Protocol


class Clock(Protocol):
    """Seconds from an arbitrary origin that never jump backwards."""

    def now(self) -> float: ...


class WallClock(Protocol):
    """The local time of day, as naive datetimes (what the session file stores)."""

    def now(self) -> datetime: ...


def _windows_unbiased_seconds() -> Callable[[], float] | None:
    """``QueryUnbiasedInterruptTime``: Windows' monotonic time *without* sleep, or None.

    Python's ``time.monotonic`` on Windows keeps counting while the laptop
    sleeps (``GetTickCount64``/``QueryPerformanceCounter``), so a sleep would go
    unnoticed there. The unbiased interrupt time stops during sleep and
    hibernation, like ``CLOCK_MONOTONIC`` on Linux (resolution ~16 ms).
    """
    try:
        import ctypes

        query = ctypes.windll.kernel32.QueryUnbiasedInterruptTime  # type: ignore[attr-defined]
        query.argtypes = [ctypes.POINTER(ctypes.c_ulonglong)]
        query.restype = ctypes.c_int
        probe = ctypes.c_ulonglong()
        if not query(ctypes.byref(probe)):
            return None
    except (ImportError, AttributeError, OSError):
        return None

    def seconds() -> float:
        value = ctypes.c_ulonglong()
        query(ctypes.byref(value))
        return value.value / 10_000_000  # 100-ns units

    return seconds


class MonotonicClock:
    """The real clock: immune to wall-clock changes, and stopped while the laptop sleeps.

    ``time.monotonic`` on Linux and macOS; on Windows the unbiased interrupt
    time (see :func:`_windows_unbiased_seconds`), falling back to
    ``time.monotonic`` (which counts sleep, so sleep is then not detected).
    """

    def __init__(self) -> None:
        source = _windows_unbiased_seconds() if sys.platform == "win32" else None
        self._source: Callable[[], float] = source or time.monotonic

    def now(self) -> float:
        return self._source()


class SystemWallClock:
    """The real wall clock: local time of day, naive, as the session file stores it."""

    def now(self) -> datetime:
        return datetime.now()


class FakeClock:
    """A clock that only moves when a test says so."""

    def __init__(self, start: float = 1000.0) -> None:
        self._now = start

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a monotonic clock cannot go back")
        self._now += seconds


class FakeWallClock:
    """A wall clock a test drives: on its own, or following a :class:`FakeClock`.

    With ``follow``, the wall time is ``start`` plus however far the fake
    monotonic clock moved since, plus every :meth:`advance` of this clock; so
    advancing only this clock is a suspend (monotonic time stood still) and a
    negative advance is the clock being set back.
    """

    def __init__(self, start: datetime, follow: FakeClock | None = None) -> None:
        self._start = start
        self._follow = follow
        self._origin = follow.now() if follow is not None else 0.0
        self._offset = timedelta(0)

    def now(self) -> datetime:
        moved = self._follow.now() - self._origin if self._follow is not None else 0.0
        return self._start + timedelta(seconds=moved) + self._offset

    def advance(self, seconds: float) -> None:
        """Move the wall clock alone (either way): a suspend, or a clock adjustment."""
        self._offset += timedelta(seconds=seconds)

    def set(self, moment: datetime) -> None:
        """Jump to ``moment`` (keeps following the monotonic clock from there)."""
        self._offset += moment - self.now()
