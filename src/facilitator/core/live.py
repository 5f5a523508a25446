"""The live run of the day: a timer state machine over the agenda, computed from stored anchors and two clocks.

A :class:`DayRun` owns the :class:`~facilitator.core.model.LiveRun` record and
the agenda items it is given, and changes them in place; every transition
returns a :class:`Changes` naming the records to commit together. It does no
I/O and counts no ticks:

* While an item runs, its elapsed time is ``run.elapsed_seconds`` (counted up
  to the anchor) plus how far the *monotonic* clock moved since the anchor.
* The anchor is stored as *wall-clock* time (``run.anchored_at``), so a new
  DayRun built after the app was killed adds ``wall now - anchored_at``.
  :meth:`DayRun.check` re-anchors every ``checkpoint_every`` seconds; that is
  how a restart knows how long the app was away.
* When the wall clock moved more than ``sleep_threshold`` seconds further than
  the monotonic clock, the laptop slept (the monotonic clock stops in a
  suspend). The timer leaves that time out and reports a :class:`Sleep`;
  the chair decides with :meth:`DayRun.count_sleep` or :meth:`DayRun.discard_sleep`.
  A restart after more than ``sleep_threshold`` seconds away is reported the
  same way, already counted (the meeting went on while the app was closed).

Actual times: an item gets ``actual_start`` (wall clock) when it first starts
and ``actual_end`` when the run moves past it. Items passed over by
:meth:`DayRun.skip_to` (or left unheld by :meth:`DayRun.finish`) keep no
actual times at all: the report shows them as not held, not as zero minutes.
Items after the current one never carry actual times.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from typing import Iterable

from facilitator.core.clock import Clock, WallClock
from facilitator.core.live_status import (
    Action,
    Changes,
    InvalidTransition,
    LiveStatus,
    Sleep,
    StepStatus,
    step_at,
)
from facilitator.core.model import AgendaItem, LiveRun, RunState, WorkForm
from facilitator.core.projection import Projection, project

__all__ = ["Action", "Changes", "DayRun", "InvalidTransition", "LiveStatus", "Sleep", "StepStatus", "step_at"]


class DayRun:
    """The day's programme, run live: start, pause, resume, next, previous, skip, finish, ± minutes.

    ``items`` are the session's agenda items (with ids), ``run`` its LiveRun
    record (a fresh ``LiveRun()`` before the day), ``work_forms`` the session's
    work forms (for timed steps). Build a new DayRun from the stored records to
    continue after a restart.
    """

    def __init__(
        self,
        items: Iterable[AgendaItem],
        run: LiveRun,
        clock: Clock,
        wall: WallClock,
        work_forms: Iterable[WorkForm] = (),
        *,
        sleep_threshold: float = 60.0,
        checkpoint_every: float = 30.0,
    ) -> None:
        self.run = run
        self._clock = clock
        self._wall = wall
        self.set_work_forms(work_forms)
        self.sleep_threshold = sleep_threshold
        self.checkpoint_every = checkpoint_every
        self._left: dict[int, tuple[float, float]] = {}  # item id -> (elapsed, extra) when the run moved past it
        self._sleep: Sleep | None = None
        self.repaired = False
        mono, wall_now = self._read()
        self._mono_anchor = mono
        self._seen = (mono, wall_now)
        self._checkpointed = mono
        self._items: list[AgendaItem] = []
        self.set_items(items)
        if run.state == RunState.RUNNING:
            self._restore_running(wall_now)

    # -- the agenda -----------------------------------------------------------------------

    def set_work_forms(self, work_forms: Iterable[WorkForm]) -> None:
        """Use these work forms' timed steps (after the chair edited a work form mid-day)."""
        self._steps = {form.id: form.work_steps() for form in work_forms if form.id is not None}

    @property
    def items(self) -> list[AgendaItem]:
        """The programme in running order (by position)."""
        return list(self._items)

    def set_items(self, items: Iterable[AgendaItem]) -> None:
        """Take an edited programme (reordered, items added); the run keeps its place.

        If the current item is gone, the run pauses on the first item not yet
        held (or finishes) and ``repaired`` becomes True.
        """
        ordered = sorted(items, key=lambda i: (i.position, i.id or 0))
        if any(item.id is None for item in ordered):
            raise ValueError("the live run needs saved agenda items (with ids)")
        self._items = ordered
        self._normalise()

    def _normalise(self) -> None:
        run = self.run
        if run.state in (RunState.NOT_STARTED, RunState.FINISHED):
            run.current_item_id = None
            return
        if self._index(run.current_item_id) is None:
            self.repaired = True
            waiting = next((i for i in self._items if i.actual_end is None), None)
            run.elapsed_seconds = run.extra_seconds = 0.0
            run.anchored_at = self._wall.now()
            if waiting is None:
                run.state, run.current_item_id = RunState.FINISHED, None
            else:
                run.state, run.current_item_id = RunState.PAUSED, waiting.id

    def _restore_running(self, wall_now: datetime) -> None:
        """Add the time the app was away (wall clock since the stored anchor) and re-anchor."""
        run = self.run
        away = max(0.0, (wall_now - run.anchored_at).total_seconds()) if run.anchored_at else 0.0
        run.elapsed_seconds += away
        run.anchored_at = wall_now
        if away > self.sleep_threshold:
            self._sleep = Sleep(away, away, run.current_item_id, wall_now, app_closed=True)

    def _index(self, item_id: int | None) -> int | None:
        for index, item in enumerate(self._items):
            if item.id == item_id:
                return index
        return None

    def _item(self, item_id: int) -> AgendaItem:
        index = self._index(item_id)
        if index is None:
            raise InvalidTransition(f"no agenda item {item_id}")
        return self._items[index]

    # -- reading the clocks ------------------------------------------------------------------

    def _read(self) -> tuple[float, datetime]:
        return self._clock.now(), self._wall.now()

    def _look(self) -> tuple[float, datetime]:
        """Read both clocks for a transition, noticing a sleep since the last look first."""
        mono, wall = self._read()
        self._observe(mono, wall)
        return mono, wall

    def _elapsed(self, mono: float) -> float:
        run = self.run
        if run.state == RunState.RUNNING:
            return run.elapsed_seconds + (mono - self._mono_anchor)
        return run.elapsed_seconds

    def _anchor(self, mono: float, wall: datetime, elapsed: float) -> None:
        self.run.elapsed_seconds = elapsed
        self.run.anchored_at = wall
        self._mono_anchor = mono
        self._checkpointed = mono

    def _observe(self, mono: float, wall: datetime) -> bool:
        """Notice a sleep or a wall-clock jump since the last look; True if the record was re-anchored."""
        seen_mono, seen_wall = self._seen
        self._seen = (mono, wall)
        jump = (wall - seen_wall).total_seconds() - (mono - seen_mono)
        if abs(jump) <= self.sleep_threshold or self.run.state != RunState.RUNNING:
            return False
        self._anchor(mono, wall, self._elapsed(mono))  # the stored anchor must agree with the wall clock again
        if jump > 0:
            item_id = self.run.current_item_id
            earlier = self._sleep if self._sleep and self._sleep.item_id == item_id else None
            self._sleep = Sleep(
                jump + (earlier.seconds if earlier else 0.0),
                earlier.included if earlier else 0.0,
                item_id,
                wall,
                app_closed=bool(earlier and earlier.app_closed),
            )
        return True

    # -- queries -----------------------------------------------------------------------------

    @property
    def state(self) -> RunState:
        return self.run.state

    @property
    def current_item(self) -> AgendaItem | None:
        index = self._index(self.run.current_item_id)
        return None if index is None else self._items[index]

    @property
    def next_item(self) -> AgendaItem | None:
        if self.run.state == RunState.NOT_STARTED:
            return self._items[0] if self._items else None
        index = self._index(self.run.current_item_id)
        if index is None or index + 1 >= len(self._items):
            return None
        return self._items[index + 1]

    @property
    def pending_sleep(self) -> Sleep | None:
        """A sleep (or restart) the chair has not yet decided about."""
        return self._sleep

    def elapsed(self) -> float:
        """Seconds the current item has run (0 without a current item)."""
        return self._elapsed(self._clock.now()) if self.current_item else 0.0

    def target(self) -> float:
        """Seconds the current item may take: planned minutes plus what the chair added."""
        item = self.current_item
        return 0.0 if item is None else item.planned_minutes * 60 + self.run.extra_seconds

    def remaining(self) -> float:
        """Seconds left on the current item; negative = overrun."""
        return self.target() - self.elapsed()

    def is_over(self) -> bool:
        return self.current_item is not None and self.remaining() <= 0

    def current_step(self) -> StepStatus | None:
        """The running step of the current item's timed work form, or None."""
        item = self.current_item
        if item is None:
            return None
        return step_at(self._steps.get(item.work_form_id, []), self.elapsed())

    def status(self) -> LiveStatus:
        """Everything a screen shows, from one reading of the clocks."""
        mono, wall = self._read()
        item = self.current_item
        elapsed = self._elapsed(mono) if item else 0.0
        target = item.planned_minutes * 60 + self.run.extra_seconds if item else 0.0
        steps = self._steps.get(item.work_form_id, []) if item else []
        return LiveStatus(self.run.state, item, self.next_item, elapsed, target,
                          step_at(steps, elapsed), wall, mono, self._sleep)

    def project(self, day_start: time, day: date | None = None) -> Projection:
        """The programme projected from this moment: see :func:`facilitator.core.projection.project`."""
        now = self.status()
        return project(
            self._items, day_start, now=now.now, day=day,
            current_item_id=self.run.current_item_id,
            remaining_seconds=now.remaining,
            finished=self.run.state == RunState.FINISHED,
        )

    def allowed(self) -> frozenset[Action]:
        """The actions possible now (for enabling buttons and shortcuts)."""
        state = self.run.state
        if state == RunState.NOT_STARTED:
            return frozenset({Action.START_DAY, Action.RESET} if self._items else {Action.RESET})
        if state == RunState.FINISHED:
            ran = any(i.actual_start for i in self._items)
            return frozenset({Action.PREVIOUS, Action.RESET} if ran else {Action.RESET})
        actions = {Action.NEXT, Action.FINISH, Action.ADJUST, Action.RESET}
        actions.add(Action.PAUSE if state == RunState.RUNNING else Action.RESUME)
        index = self._index(self.run.current_item_id)
        if index:
            actions.add(Action.PREVIOUS)
        if index is not None and index + 2 < len(self._items):
            actions.add(Action.SKIP)
        return frozenset(actions)

    # -- transitions -------------------------------------------------------------------------

    def _require(self, *states: RunState) -> None:
        if self.run.state not in states:
            raise InvalidTransition(f"not possible while the run is {self.run.state.value}")

    def _begin(self, item: AgendaItem, mono: float, wall: datetime, elapsed: float = 0.0,
               extra: float = 0.0, state: RunState = RunState.RUNNING) -> None:
        self.run.state = state
        self.run.current_item_id = item.id
        self.run.extra_seconds = extra
        self._anchor(mono, wall, elapsed)
        if item.actual_start is None:
            item.actual_start = wall
        item.actual_end = None

    def _leave(self, mono: float, wall: datetime) -> AgendaItem:
        """Close the current item: it ends now; remember its clock in case the chair comes back.

        A sleep not yet decided about goes with it: its actual times hold the
        sleep either way, and counting it could no longer change any timer.
        """
        item = self.current_item
        assert item is not None
        self._left[item.id] = (self._elapsed(mono), self.run.extra_seconds)
        item.actual_end = wall
        if self._sleep is not None and self._sleep.item_id == item.id:
            self._sleep = None
        return item

    def _clear_times(self, items: Iterable[AgendaItem]) -> list[AgendaItem]:
        cleared = [i for i in items if i.actual_start is not None or i.actual_end is not None]
        for item in cleared:
            item.actual_start = item.actual_end = None
        return cleared

    def _changes(self, *items: AgendaItem) -> Changes:
        unique = tuple({id(i): i for i in items}.values())
        return Changes(self.run, unique)

    def toggle(self) -> Changes:
        """Space: start the day, pause, or resume."""
        if self.run.state == RunState.NOT_STARTED:
            return self.start_day()
        if self.run.state == RunState.RUNNING:
            return self.pause()
        return self.resume()

    def start_day(self, item_id: int | None = None) -> Changes:
        """Start the day at the first item (or at ``item_id``; earlier items count as skipped).

        Actual times left from a rehearsal are cleared.
        """
        self._require(RunState.NOT_STARTED)
        if not self._items:
            raise InvalidTransition("the programme is empty")
        mono, wall = self._look()
        first = self._items[0] if item_id is None else self._item(item_id)
        cleared = self._clear_times(self._items)
        self._begin(first, mono, wall)
        return self._changes(*cleared, first)

    def pause(self) -> Changes:
        self._require(RunState.RUNNING)
        mono, wall = self._look()
        self._anchor(mono, wall, self._elapsed(mono))
        self.run.state = RunState.PAUSED
        return self._changes()

    def resume(self) -> Changes:
        self._require(RunState.PAUSED)
        mono, wall = self._look()
        self.run.state = RunState.RUNNING
        self._anchor(mono, wall, self.run.elapsed_seconds)
        return self._changes()

    def next(self) -> Changes:
        """End the current item and start the following one, also from a pause (after the last: finish)."""
        self._require(RunState.RUNNING, RunState.PAUSED)
        index = self._index(self.run.current_item_id)
        if index + 1 >= len(self._items):
            return self.finish()
        return self.skip_to(self._items[index + 1].id)

    def skip_to(self, item_id: int) -> Changes:
        """End the current item and start a later one; the items in between are skipped (no actual times)."""
        self._require(RunState.RUNNING, RunState.PAUSED)
        index = self._index(self.run.current_item_id)
        target = self._index(item_id)
        if target is None or target <= index:
            raise InvalidTransition("skip goes to a later item")
        mono, wall = self._look()
        ended = self._leave(mono, wall)
        skipped = self._clear_times(self._items[index + 1:target])
        following = self._items[target]
        self._begin(following, mono, wall)
        return self._changes(ended, *skipped, following)

    def finish(self) -> Changes:
        """End the current item and the day; items not reached stay without actual times."""
        self._require(RunState.RUNNING, RunState.PAUSED)
        mono, wall = self._look()
        ended = self._leave(mono, wall)
        self.run.state, self.run.current_item_id = RunState.FINISHED, None
        self.run.extra_seconds = 0.0
        self._anchor(mono, wall, 0.0)
        return self._changes(ended)

    def previous(self) -> Changes:
        """Undo the last step forward: back to the item before the current one.

        The current item loses its actual times (it starts afresh later) and its
        counted time (and an undecided sleep) goes back to the previous item,
        which continues from where it was left, its end cleared, as if the
        chair had never moved on. A
        previous item that was skipped takes over the current item's start and
        time. After :meth:`finish`, this reopens the last item that ran. (After
        a restart the counted time of a left item is taken from its actual start
        and end, pauses included, and its added minutes are lost.)
        """
        self._require(RunState.RUNNING, RunState.PAUSED, RunState.FINISHED)
        mono, wall = self._look()
        if self.run.state == RunState.FINISHED:
            held = [i for i in self._items if i.actual_start is not None]
            if not held:
                raise InvalidTransition("nothing has run yet")
            back = held[-1]
            elapsed, extra = self._left_clock(back)
            if back.actual_end is not None:
                elapsed += max(0.0, (wall - back.actual_end).total_seconds())
            self._begin(back, mono, wall, elapsed, extra)
            return self._changes(back)
        index = self._index(self.run.current_item_id)
        if index == 0:
            raise InvalidTransition("this is the first item")
        here, back = self._items[index], self._items[index - 1]
        spent, started = self._elapsed(mono), here.actual_start
        here.actual_start = here.actual_end = None
        if back.actual_start is not None:
            elapsed, extra = self._left_clock(back)
            elapsed += spent
        else:
            back.actual_start, elapsed, extra = started or wall, spent, 0.0
        self._left.pop(here.id, None)
        if self._sleep is not None and self._sleep.item_id == here.id:  # its time moves back too
            self._sleep = replace(self._sleep, item_id=back.id)
        self._begin(back, mono, wall, elapsed, extra, self.run.state)
        return self._changes(here, back)

    def _left_clock(self, item: AgendaItem) -> tuple[float, float]:
        if item.id in self._left:
            return self._left[item.id]
        if item.actual_start and item.actual_end:
            return max(0.0, (item.actual_end - item.actual_start).total_seconds()), 0.0
        return 0.0, 0.0

    def add_minutes(self, minutes: float) -> Changes:
        """Give the current item more time (or less, negative); its time never goes below zero."""
        self._require(RunState.RUNNING, RunState.PAUSED)
        mono, wall = self._look()
        if self.run.state == RunState.RUNNING:
            self._anchor(mono, wall, self._elapsed(mono))  # every save carries a fresh anchor
        item = self.current_item
        floor = -item.planned_minutes * 60.0
        self.run.extra_seconds = max(floor, self.run.extra_seconds + minutes * 60)
        return self._changes()

    def count_sleep(self) -> Changes:
        """The chair counts the sleep: the item's clock includes it."""
        sleep = self._take_sleep()
        self.run.elapsed_seconds += sleep.seconds - sleep.included
        return self._changes()

    def discard_sleep(self) -> Changes:
        """The chair doesn't count the sleep: it was a pause."""
        sleep = self._take_sleep()
        self.run.elapsed_seconds = max(0.0, self.run.elapsed_seconds - sleep.included)
        return self._changes()

    def _take_sleep(self) -> Sleep:
        if self._sleep is None:
            raise InvalidTransition("no sleep to decide about")
        mono, wall = self._look()
        if self.run.state == RunState.RUNNING:
            self._anchor(mono, wall, self._elapsed(mono))
        sleep, self._sleep = self._sleep, None
        return sleep

    def reset(self) -> Changes:
        """Back to before the day: no current item, all actual times cleared (after a rehearsal)."""
        mono, wall = self._read()
        self.run.state, self.run.current_item_id = RunState.NOT_STARTED, None
        self.run.elapsed_seconds = self.run.extra_seconds = 0.0
        self.run.anchored_at = None
        self._mono_anchor = self._checkpointed = mono
        self._seen = (mono, wall)
        self._left.clear()
        self._sleep = None
        return self._changes(*self._clear_times(self._items))

    # -- the tick ------------------------------------------------------------------------------

    def check(self) -> Changes | None:
        """Call on every timer tick: notices a sleep, and re-anchors now and then.

        Returns the records to save when something changed (a sleep was
        noticed, or a checkpoint is due), else None. The displayed time never
        depends on how often this is called.
        """
        mono, wall = self._read()
        changed = self._observe(mono, wall)
        if self.run.state == RunState.RUNNING and mono - self._checkpointed >= self.checkpoint_every:
            self._anchor(mono, wall, self._elapsed(mono))
            changed = True
        return self._changes() if changed else None

    def checkpoint(self) -> Changes:
        """Re-anchor now (e.g. before closing), so a restart measures only the time away."""
        mono, wall = self._look()
        if self.run.state == RunState.RUNNING:
            self._anchor(mono, wall, self._elapsed(mono))
        return self._changes()
