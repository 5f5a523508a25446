"""Schedule arithmetic: planned start times of the programme, pins, gaps and overlaps."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Sequence

from facilitator.core.model import AgendaItem


@dataclass(frozen=True)
class ScheduledItem:
    """An agenda item placed on the clock.

    ``gap_before`` is idle time a pin creates before the item (positive);
    ``overlap_before`` is how far the items before run into a pinned start.
    """

    item: AgendaItem
    start: datetime
    end: datetime
    gap_before: timedelta = timedelta(0)
    overlap_before: timedelta = timedelta(0)


def plan(items: Sequence[AgendaItem], day_start: time, day: date | None = None) -> list[ScheduledItem]:
    """Place items one after another from ``day_start``; a pinned item starts at its pin.

    Items keep their order (by ``position``). A pin later than the running
    time leaves a gap; a pin earlier than it is an overlap the chair must solve.
    """
    anchor = day or date(2000, 1, 1)
    clock = datetime.combine(anchor, day_start)
    placed: list[ScheduledItem] = []
    for item in sorted(items, key=lambda i: i.position):
        gap = overlap = timedelta(0)
        start = clock
        if item.pinned_start is not None:
            start = datetime.combine(anchor, item.pinned_start)
            if start > clock:
                gap = start - clock
            elif start < clock:
                overlap = clock - start
        end = start + timedelta(minutes=item.planned_minutes)
        placed.append(ScheduledItem(item, start, end, gap, overlap))
        clock = end
    return placed


def planned_end(items: Sequence[AgendaItem], day_start: time) -> time:
    """Clock time at which the programme ends as planned."""
    placed = plan(items, day_start)
    if not placed:
        return day_start
    return placed[-1].end.time()


def format_minutes(minutes: float) -> str:
    """'1:05' for 65 minutes, '45' for 45: how facilitators write durations."""
    minutes = int(round(minutes))
    hours, rest = divmod(abs(minutes), 60)
    sign = "-" if minutes < 0 else ""
    return f"{sign}{hours}:{rest:02d}" if hours else f"{sign}{rest}"
