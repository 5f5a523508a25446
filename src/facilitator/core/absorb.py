"""Absorb an overrun: propose how to win the delay back before the next pinned item (or the end of the day).

The proposal shortens the flexible items still to come before that point, in
proportion to their planned length, never below their minimum, never a break
below the floor the chair chose, and never an inflexible item. The running
item counts too when it is flexible, but only by the whole minutes it has
left. Minutes are integers that add up exactly. :func:`apply` carries a
proposal out; :func:`undo` puts the old durations back.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass
from datetime import timedelta
from fractions import Fraction
from typing import Sequence

from facilitator.core.model import AgendaItem, AgendaKind
from facilitator.core.projection import ItemStatus, Projection


class Reason(enum.StrEnum):
    """Why the proposal is what it is (the UI words it)."""

    ON_TIME = "on_time"        # no delay to win back at the target
    ABSORBED = "absorbed"      # the whole delay is won back
    PARTLY = "partly"          # not enough room: ``short`` minutes remain
    NO_ROOM = "no_room"        # nothing between now and the target can be shortened
    UNDO = "undo"              # the inverse of an applied proposal


class StaleProposal(Exception):
    """An item's duration changed since the proposal was made; make a new one."""


@dataclass(frozen=True)
class Change:
    """One item's duration, before and after."""

    item: AgendaItem
    old_minutes: int
    new_minutes: int

    @property
    def minutes_won(self) -> int:
        return self.old_minutes - self.new_minutes


@dataclass(frozen=True)
class Proposal:
    """Shorter durations that win back ``won`` of the ``needed`` minutes before ``target``.

    ``target`` is the pinned item the time is won back for; None means the end of the day.
    """

    changes: tuple[Change, ...]
    needed: int
    won: int
    short: int
    reason: Reason
    target: AgendaItem | None = None

    def inverse(self) -> "Proposal":
        """The proposal that puts every duration back."""
        back = tuple(Change(c.item, c.new_minutes, c.old_minutes) for c in self.changes)
        return Proposal(back, 0, -self.won, 0, Reason.UNDO, self.target)


def floor_minutes(item: AgendaItem, min_fraction: float = 0.5, break_floor: int = 10) -> int:
    """The shortest an item may become.

    Its ``min_minutes``, else ``min_fraction`` of its plan (rounded up); a break
    never below ``break_floor``; an inflexible item not at all.
    """
    if not item.flexible:
        return item.planned_minutes
    floor = item.min_minutes if item.min_minutes is not None else math.ceil(item.planned_minutes * min_fraction)
    if item.kind == AgendaKind.BREAK:
        floor = max(floor, break_floor)
    return min(max(floor, 0), item.planned_minutes)


def split(needed: int, weights: Sequence[int], caps: Sequence[int]) -> list[int]:
    """Split ``needed`` whole minutes in proportion to ``weights``, none above its cap.

    Shares above a cap are capped and the rest is shared again among the
    others; fractions are settled by largest remainder (ties: earliest), so
    the result sums to ``min(needed, sum(caps))`` exactly.
    """
    if needed >= sum(caps):
        return list(caps)
    shares = [Fraction(0)] * len(caps)
    open_ = [i for i, cap in enumerate(caps) if cap > 0]
    left = Fraction(needed)
    while open_:
        total = sum(weights[i] for i in open_)
        full = [i for i in open_ if left * weights[i] / total >= caps[i]]
        if not full:
            for i in open_:
                shares[i] = left * weights[i] / total
            break
        for i in full:
            shares[i] = Fraction(caps[i])
            left -= caps[i]
        open_ = [i for i in open_ if i not in full]
    cuts = [math.floor(s) for s in shares]
    rest = needed - sum(cuts)
    by_remainder = sorted(range(len(caps)), key=lambda i: (-(shares[i] - cuts[i]), i))
    for i in by_remainder[:rest]:
        cuts[i] += 1
    return cuts


def propose(
    projection: Projection,
    *,
    min_fraction: float = 0.5,
    break_floor: int = 10,
    needed: int | None = None,
) -> Proposal:
    """Propose shorter durations that win back the delay at the next pin (or the day's end).

    ``needed`` overrides the minutes to win back (default: how late the
    projection arrives at the next pinned item, else how late the day ends,
    rounded up to whole minutes).
    """
    slack = projection.next_pin
    target = slack.item if slack else None
    if needed is None:
        late = slack.late if slack else max(projection.end_delta, timedelta(0))
        needed = math.ceil(late.total_seconds() / 60 - 1e-9)
    if needed <= 0:
        return Proposal((), 0, 0, 0, Reason.ON_TIME, target)

    candidates, caps = [], []
    for placed in projection.items:
        if target is not None and placed.item is target:
            break
        if placed.status not in (ItemStatus.CURRENT, ItemStatus.UPCOMING):
            continue
        item = placed.item
        cap = item.planned_minutes - floor_minutes(item, min_fraction, break_floor)
        if placed.status == ItemStatus.CURRENT and projection.now is not None:
            left = (placed.end - projection.now).total_seconds()
            cap = min(cap, max(0, math.floor(left / 60)))
        candidates.append(item)
        caps.append(max(cap, 0))

    cuts = split(needed, [i.planned_minutes for i in candidates], caps)
    changes = tuple(
        Change(item, item.planned_minutes, item.planned_minutes - cut)
        for item, cut in zip(candidates, cuts) if cut > 0
    )
    won = sum(c.minutes_won for c in changes)
    reason = Reason.ABSORBED if won == needed else Reason.PARTLY if won else Reason.NO_ROOM
    return Proposal(changes, needed, won, needed - won, reason, target)


def apply(proposal: Proposal) -> list[AgendaItem]:
    """Set the proposed durations; returns the changed items to save. All or nothing."""
    for change in proposal.changes:
        if change.item.planned_minutes != change.old_minutes:
            raise StaleProposal(f"{change.item.title!r} is no longer {change.old_minutes} minutes")
    for change in proposal.changes:
        change.item.planned_minutes = change.new_minutes
    return [c.item for c in proposal.changes]


def undo(proposal: Proposal) -> list[AgendaItem]:
    """Put back the durations an applied proposal changed; returns the items to save."""
    return apply(proposal.inverse())
