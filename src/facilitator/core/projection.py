"""The projected schedule: where every item lands now that the day runs late (or early).

Pure arithmetic over agenda items and the live run's numbers. Items already
held sit at their actual times; the running item ends when its time is up (or
now, while it runs over); every later item follows on, except that a pinned
item starts at its pin unless the items before it run into it. The pin's gap
is the *slack*: how much of a delay it can still swallow.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Sequence

from facilitator.core.model import AgendaItem
from facilitator.core.schedule import plan


class ItemStatus(enum.StrEnum):
    """Where an item is in the live run."""

    DONE = "done"          # held: actual start and end
    SKIPPED = "skipped"    # passed over (or not reached when the day finished): no actual times
    CURRENT = "current"    # running or paused now
    UPCOMING = "upcoming"  # still to come


@dataclass(frozen=True)
class ProjectedItem:
    """One item with its planned and projected (or, when held, actual) place on the clock."""

    item: AgendaItem
    status: ItemStatus
    planned_start: datetime
    planned_end: datetime
    start: datetime
    end: datetime

    @property
    def delay(self) -> timedelta:
        """How much later than planned it starts (negative: earlier)."""
        return self.start - self.planned_start

    @property
    def delay_minutes(self) -> int:
        return round_minutes(self.delay)


@dataclass(frozen=True)
class Slack:
    """The gap before the next pinned item, as planned and as it now looks.

    ``projected_gap`` negative means the items before run into the pin by
    that much (``late``); what the gap swallows of the delay is ``absorbed``.
    """

    item: AgendaItem
    pinned_at: datetime
    planned_gap: timedelta
    projected_gap: timedelta

    @property
    def late(self) -> timedelta:
        return max(timedelta(0), -self.projected_gap)

    @property
    def absorbed(self) -> timedelta:
        """How much of the delay the gap takes up (all of the planned gap once it is late)."""
        return max(timedelta(0), min(self.planned_gap, self.planned_gap - self.projected_gap))

    @property
    def minutes(self) -> int:
        """The slack in whole minutes; negative = late for the pin."""
        return round_minutes(self.projected_gap)


@dataclass(frozen=True)
class Projection:
    """The whole programme projected, with the end of the day and the next pin's slack."""

    items: tuple[ProjectedItem, ...]
    planned_end: datetime | None
    projected_end: datetime | None
    next_pin: Slack | None
    now: datetime | None

    @property
    def end_delta(self) -> timedelta:
        """How much later than planned the day ends (negative: earlier)."""
        if self.planned_end is None or self.projected_end is None:
            return timedelta(0)
        return self.projected_end - self.planned_end

    @property
    def end_delta_minutes(self) -> int:
        return round_minutes(self.end_delta)

    @property
    def current(self) -> ProjectedItem | None:
        return next((p for p in self.items if p.status == ItemStatus.CURRENT), None)

    def of(self, item_id: int) -> ProjectedItem:
        return next(p for p in self.items if p.item.id == item_id)


def round_minutes(delta: timedelta) -> int:
    """Whole minutes, halves away from zero (so +30 s shows as +1, -30 s as -1)."""
    minutes = delta.total_seconds() / 60
    return int(math.copysign(math.floor(abs(minutes) + 0.5), minutes))


def format_delta(minutes: int) -> str:
    """'+12', '-3' or '0': a delta as a chair reads it (the UI adds the unit)."""
    return f"{minutes:+d}" if minutes else "0"


def project(
    items: Sequence[AgendaItem],
    day_start: time,
    *,
    now: datetime | None = None,
    current_item_id: int | None = None,
    remaining_seconds: float = 0.0,
    finished: bool = False,
    day: date | None = None,
) -> Projection:
    """Project the programme from ``now``.

    ``current_item_id`` and ``remaining_seconds`` describe the running (or
    paused) item; held items are those with an actual start. Before the day
    has started, the programme starts at ``day_start`` or now, whichever is
    later. ``finished`` marks a finished day: items not held are skipped.
    ``day`` is the date the times fall on (default: the date of ``now``).
    Without ``now`` this is the plan itself.
    """
    day = day or (now.date() if now else None)
    planned = plan(items, day_start, day)
    if not planned:
        return Projection((), None, None, None, now)
    anchor = planned[0].start.date()
    ids = [p.item.id for p in planned]
    current = ids.index(current_item_id) if current_item_id is not None and current_item_id in ids else None
    held = [i for i, p in enumerate(planned) if p.item.actual_start is not None and i != current]
    reached = current if current is not None else (held[-1] if held else -1)
    if finished:
        reached = len(planned)

    cursor = planned[0].start
    if now is not None and current is None and not held:
        cursor = max(cursor, now)
    placed: list[ProjectedItem] = []
    next_pin: Slack | None = None
    for index, entry in enumerate(planned):
        item = entry.item
        if index == current:
            status = ItemStatus.CURRENT
            start = item.actual_start or now or cursor
            end = (now or cursor) + timedelta(seconds=max(0.0, remaining_seconds))
        elif item.actual_start is not None:
            status = ItemStatus.DONE
            start = item.actual_start
            end = item.actual_end or max(start, now or start)
        elif index < reached:
            status, start, end = ItemStatus.SKIPPED, cursor, cursor
        else:
            status = ItemStatus.UPCOMING
            start = cursor
            if item.pinned_start is not None:
                pinned_at = datetime.combine(anchor, item.pinned_start)
                start = max(cursor, pinned_at)
                if next_pin is None:
                    planned_gap = entry.gap_before - entry.overlap_before
                    next_pin = Slack(item, pinned_at, planned_gap, pinned_at - cursor)
            end = start + timedelta(minutes=item.planned_minutes)
        placed.append(ProjectedItem(item, status, entry.start, entry.end, start, end))
        cursor = end
    return Projection(tuple(placed), planned[-1].end, cursor, next_pin, now)
