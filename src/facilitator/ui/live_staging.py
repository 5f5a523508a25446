"""A live run staged on fake clocks: the day replayed up to an item that runs over (screenshots, tests).

:func:`stage_overrun` resets the open session's run and plays the morning
through the controller, as a chair would: start the day, then "next" at
each item's recorded start (or, without recorded times, its planned length
plus a little), until the chosen item has run ``over_minutes`` past its
time. The fake clocks stay with the controller, so the screen shows that
moment. It writes to the document: use it on a copy (the demo day).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from facilitator.core.clock import FakeClock, FakeWallClock
from facilitator.core.model import AgendaItem, AgendaKind, WorkForm
from facilitator.core.schedule import plan
from facilitator.ui.live_controller import LiveController

#: Minutes an item without recorded times runs over when replayed.
REPLAY_OVERRUN = 2


def stepped_item(controller: LiveController) -> AgendaItem | None:
    """An item mid-day with timed steps (a round of 1-2-4-all), else the middle item that is not a break."""
    items = controller.day.items
    candidates = [i for i in items if i.kind != AgendaKind.BREAK] or items
    if not candidates:
        return None
    forms = {form.id: form for form in controller.document.all(WorkForm)}
    stepped = [i for i in candidates if i.work_form_id in forms and forms[i.work_form_id].steps]
    middle = len(candidates) // 2
    return min(stepped or candidates, key=lambda i: abs(candidates.index(i) - middle))


def stage_overrun(controller: LiveController, item: AgendaItem | None = None,
                  over_minutes: float = 6.0) -> tuple[FakeClock, FakeWallClock]:
    """Replay the day to ``item`` (default :func:`stepped_item`) running ``over_minutes`` over; the clocks used."""
    if not controller.can_drive or not controller.day.items:
        raise ValueError("staging needs a session open for writing, with a programme")
    target = item or stepped_item(controller)
    items = controller.day.items
    recorded = {i.id: (i.actual_start, i.actual_end) for i in items}
    meeting = controller.meeting
    day = meeting.date or next((s.date() for s, _ in recorded.values() if s), None) or date.today()
    planned = {entry.item.id: entry for entry in plan(items, meeting.day_start, day)}

    starts: list[datetime] = []
    for index, agenda_item in enumerate(items):
        began = recorded[agenda_item.id][0]
        if began is None:
            began = planned[agenda_item.id].start if not starts else starts[-1] + timedelta(
                minutes=items[index - 1].planned_minutes + REPLAY_OVERRUN)
            if agenda_item.pinned_start is not None:
                began = max(began, planned[agenda_item.id].start)
        starts.append(began)
        if agenda_item.id == target.id:
            break

    mono = FakeClock()
    wall = FakeWallClock(starts[0], follow=mono)
    controller.set_clocks(mono, wall)
    controller.reset()  # before the day again, without the times left from a rehearsal (or the demo's own)
    controller.start_day()
    for began in starts[1:]:
        mono.advance(max(0.0, (began - wall.now()).total_seconds()))
        controller.next()
    mono.advance(target.planned_minutes * 60 + over_minutes * 60)
    controller.tick()
    return mono, wall
