"""Sample projector frames from a session's programme, and PNGs of every mode (for ``facilitator screenshots``).

The samples put the day at an item in the middle of the programme, running
seven minutes late (later unpinned items move with it), with a timer four
minutes from the end, one in its warning time (on a step, where the item's
work form has steps), one over time and one paused.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from facilitator.core.clock import FakeClock
from facilitator.core.model import AgendaItem, AgendaKind, Meeting, WorkForm
from facilitator.core.projection_frame import Countdown, ProjectorFrame, ProjectorMode, frame_from_agenda, hhmm
from facilitator.core.schedule import plan
from facilitator.ui.projector.notes import sample_notes_frame
from facilitator.ui.projector.seating import sample_seating_frame

SIZE = (1920, 1080)
NOW = 1000.0
DELAY = timedelta(minutes=7)



def _current(items: Sequence[AgendaItem], forms: dict[int, WorkForm]) -> AgendaItem | None:
    """An item mid-day, never a break; one with timed steps and an unpinned item after it if there is one."""
    ordered = sorted(items, key=lambda i: i.position)
    candidates = [i for i in ordered if i.kind != AgendaKind.BREAK] or ordered
    if not candidates:
        return None

    def shows_shift(item: AgendaItem) -> bool:  # the delay shows on the next item unless a pin absorbs it
        following = ordered[ordered.index(item) + 1:]
        return bool(following) and following[0].pinned_start is None

    stepped = [i for i in candidates if i.work_form_id in forms and forms[i.work_form_id].steps and shows_shift(i)]
    middle = len(candidates) // 2
    return min(stepped or candidates, key=lambda i: abs(candidates.index(i) - middle))


def sample_frames(meeting: Meeting, items: Sequence[AgendaItem], work_forms: Sequence[WorkForm] = (),
                  now: float = NOW) -> dict[str, ProjectorFrame]:
    """``{name: frame}`` for agenda, timer, timer_warning, timer_over, timer_paused, message, black, and made-up
    seating (where, tables) and board (themes, votes) frames."""
    forms = {form.id: form for form in work_forms if form.id is not None}
    current = _current(items, forms)
    current_id = current.id if current else None
    placed = plan(items, meeting.day_start)
    projected = {}
    after = False
    for entry in placed:  # the items after the current one move, up to the next pinned one (it absorbs the delay)
        if entry.item.id == current_id:
            after = True
        elif after and entry.item.pinned_start is not None:
            break
        elif after:
            projected[entry.item.id] = (entry.start + DELAY).time()

    def frame(mode: str, **kwargs) -> ProjectorFrame:
        return frame_from_agenda(mode, meeting, items, current_item_id=current_id, projected_starts=projected,
                                 **kwargs)

    total = (current.planned_minutes if current else 30) * 60.0
    steps = forms[current.work_form_id].work_steps() if current and current.work_form_id in forms else []
    step = max(steps, key=lambda s: s.minutes) if steps else None
    welcome = "\n".join((  # two lines, as the chair may type them
        QCoreApplication.translate("ProjectorSamples", "Welcome!"),
        QCoreApplication.translate("ProjectorSamples", "We start at {time}.").format(time=hhmm(meeting.day_start)),
    ))
    return {
        "agenda": frame(ProjectorMode.AGENDA),
        "timer": frame(ProjectorMode.TIMER, countdown=Countdown.running(4 * 60 + 12, now, total_seconds=total)),
        "timer_warning": frame(
            ProjectorMode.TIMER, step_name=step.name if step else None,
            countdown=Countdown.running(94, now, total_seconds=step.minutes * 60 if step else total),
        ),
        "timer_over": frame(ProjectorMode.TIMER, countdown=Countdown.running(-(3 * 60 + 27), now, total_seconds=total)),
        "timer_paused": frame(ProjectorMode.TIMER,
                              countdown=Countdown.stopped(11 * 60 + 40, now, total_seconds=total)),
        "message": frame(ProjectorMode.MESSAGE, message=welcome),
        "black": frame(ProjectorMode.BLACK),
        "where": sample_seating_frame(ProjectorMode.WHERE, meeting.title, now),  # a made-up room
        "tables": sample_seating_frame(ProjectorMode.TABLES, meeting.title, now),
        "themes": sample_notes_frame(ProjectorMode.THEMES, meeting.title, now),  # a made-up board
        "votes": sample_notes_frame(ProjectorMode.VOTES, meeting.title, now),
    }


def render_modes(meeting: Meeting, items: Sequence[AgendaItem], work_forms: Sequence[WorkForm],
                 outdir: Path, frames: Mapping[str, ProjectorFrame] | None = None) -> list[str]:
    """Write ``projector_<name>.png`` at 1920×1080 for every sample frame; returns the file names.
    ``frames`` replaces or adds samples (the session's own seating, for the seating modes)."""
    from facilitator.ui.projector.window import ProjectorWindow

    clock = FakeClock(NOW)
    window = ProjectorWindow(clock)
    window.resize(*SIZE)
    window.show()
    written = []
    try:
        for name, frame in {**sample_frames(meeting, items, work_forms, clock.now()), **(frames or {})}.items():
            window.show_frame(frame)
            QApplication.processEvents()
            file_name = f"projector_{name}.png"
            if not window.grab().save(str(outdir / file_name), "PNG"):
                raise OSError(f"could not write {outdir / file_name}")
            written.append(file_name)
    finally:
        window.close()
        window.deleteLater()
    return written
