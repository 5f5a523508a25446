"""What a live run reports and accepts: actions, one reading of the timer, step positions, the changes to persist.

Value types only; :mod:`facilitator.core.live` holds the state machine that
produces them. Nothing here imports Qt or SQLAlchemy.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import Sequence

from facilitator.core.model import AgendaItem, LiveRun, RunState, WorkStep


class InvalidTransition(Exception):
    """The action is not possible in the run's present state (the UI should have disabled it)."""


class Action(enum.StrEnum):
    """What the chair can do; :meth:`DayRun.allowed` says which apply now."""

    START_DAY = "start_day"
    PAUSE = "pause"
    RESUME = "resume"
    NEXT = "next"
    PREVIOUS = "previous"
    SKIP = "skip"
    FINISH = "finish"
    ADJUST = "adjust"
    RESET = "reset"


@dataclass(frozen=True)
class Changes:
    """Records a transition changed: commit them in one transaction (``live_store.save``)."""

    run: LiveRun
    items: tuple[AgendaItem, ...] = ()


@dataclass(frozen=True)
class Sleep:
    """Time the timer did not watch: the laptop slept, or the app was closed.

    ``seconds`` is how long; ``included`` is how much of it the timer counts
    right now (0 after a sleep, all of it after a restart). ``item_id`` is the
    item that was running; when the run moves past it, the question lapses
    (``pending_sleep`` becomes None).
    """

    seconds: float
    included: float
    item_id: int | None
    noticed_at: datetime
    app_closed: bool = False


@dataclass(frozen=True)
class StepStatus:
    """Where a timed work form is: step ``index`` of ``count``; after the last step it runs over."""

    index: int
    count: int
    step: WorkStep
    elapsed: float
    remaining: float
    next_step: WorkStep | None


@dataclass(frozen=True)
class LiveStatus:
    """One consistent reading of the run, for a screen to show (seconds are floats).

    ``now`` is the wall-clock time and ``monotonic`` the monotonic clock's
    reading it was taken at: a countdown's deadline is ``monotonic + remaining``.
    """

    state: RunState
    item: AgendaItem | None
    next_item: AgendaItem | None
    elapsed: float
    target: float
    step: StepStatus | None
    now: datetime
    monotonic: float
    sleep: Sleep | None

    @property
    def remaining(self) -> float:
        """Seconds left; negative while the item runs over (the display counts up)."""
        return self.target - self.elapsed

    @property
    def is_over(self) -> bool:
        return self.item is not None and self.remaining <= 0


def step_at(steps: Sequence[WorkStep], elapsed: float) -> StepStatus | None:
    """The step running ``elapsed`` seconds into an item with these timed steps (None without steps)."""
    start = 0.0
    for index, step in enumerate(steps):
        end = start + step.minutes * 60
        last = index == len(steps) - 1
        if elapsed < end or last:
            following = None if last else steps[index + 1]
            return StepStatus(index, len(steps), step, elapsed - start, end - elapsed, following)
        start = end
    return None
