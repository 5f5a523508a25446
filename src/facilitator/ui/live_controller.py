"""The live run, driven from the GUI: one DayRun, one clock, a tick at every shown second, saves, undo, projector.

The controller owns the session's :class:`~facilitator.core.live.DayRun`
(built from :func:`facilitator.store.live_store.load` when a document is
shown) and persists every :class:`~facilitator.core.live.Changes` a
transition returns with :func:`facilitator.store.live_store.save`, at once.
Its single-shot tick timer is re-armed for the moment the shown digits
change next (computed from the run, never by counting ticks); each tick
calls ``DayRun.check()`` (sleep, checkpoints), rings the chime when an item
or a step runs out, and tells the screens (``ticked``). A transition, a
reload or another document emits ``changed``: show everything anew.

It also feeds the projector: a :class:`ProjectorFrame` built from the live
status (the countdown on the same monotonic clock, rebuilt after every
transition), in the mode the chair chose; F5 opens or closes the
:class:`ProjectorWindow`. Absorbing an overrun goes through a QUndoStack,
so Ctrl+Z on the Live screen puts the old durations back.

Other screens write to the same file (the agenda builder): the controller
listens to the document and, at the next tick or action, re-reads the
programme, so it never saves an agenda item over a newer edit.
"""

from __future__ import annotations

import dataclasses
import logging
import math

from PySide6.QtCore import QCoreApplication, QObject, QThread, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from facilitator.core import absorb
from facilitator.core.clock import Clock, MonotonicClock, SystemWallClock, WallClock
from facilitator.core.live import Action, Changes, DayRun, InvalidTransition, LiveStatus
from facilitator.core.model import AgendaItem, LiveRun, Meeting, RunState, WorkForm
from facilitator.core.projection import ItemStatus, Projection, project
from facilitator.core.projection_frame import (
    EPSILON,
    Countdown,
    NOTES_MODES,
    SEATING_MODES,
    ProjectorFrame,
    ProjectorMode,
    frame_from_agenda,
    seconds_to_next_change,
)
from facilitator.store import live_store
from facilitator.store.document import SessionDocument
from facilitator.ui.projector.chime import MUTED_SETTING, Chime
from facilitator.ui.projector.window import CHIME_LATE_LIMIT, ProjectorWindow
from facilitator.ui.notes_projection import NotesProjection
from facilitator.ui.seating_projection import SeatingProjection
from facilitator.ui.settings import app_settings

log = logging.getLogger(__name__)
SCREEN_SETTING = "projector/screen"
BREAK_FLOOR_SETTING = "live/break_floor"
MIN_FRACTION_SETTING = "live/min_fraction"


def _flag(value: object) -> bool:
    """A boolean from QSettings (INI files give the strings 'true'/'false')."""
    return str(value).strip().lower() in ("1", "true", "yes")


def _milliseconds(seconds: float) -> int:
    """A timer interval that never fires before ``seconds`` have passed."""
    return max(1, math.ceil(seconds * 1000) + 1)


class AbsorbCommand(QUndoCommand):
    """Shorter durations from an absorb proposal; undo puts the old ones back (items found by id)."""

    def __init__(self, controller: "LiveController", changes: list[tuple[int, int, int]], text: str) -> None:
        super().__init__(text)
        self.controller = controller
        self.changes = changes  # (item id, old minutes, new minutes)
        self.failed = False

    def redo(self) -> None:
        self._set([(item_id, old, new) for item_id, old, new in self.changes])

    def undo(self) -> None:
        self._set([(item_id, new, old) for item_id, old, new in self.changes])

    def _set(self, durations: list[tuple[int, int, int]]) -> None:
        try:
            self.controller.set_durations(durations)
        except absorb.StaleProposal:
            self.failed = True
            self.setObsolete(True)  # the stack drops it: it no longer matches the programme
            self.controller.notice.emit(QCoreApplication.translate(
                "LiveController",
                "The programme was changed in the meantime, so the durations were left as they are."))


class LiveController(QObject):
    """The live run of the open session, for the Live screen and the projector.

    ``clock`` is the app's one monotonic clock and ``wall`` the time of day;
    tests pass fakes. ``beside`` is the main window (the projector avoids its
    display). ``chime`` defaults to the bundled sound, muted as last chosen.
    """

    changed = Signal()  # a transition, a reload, another document: show everything anew
    ticked = Signal()  # the shown second changed
    notice = Signal(str)  # a calm line for the status bar: something could not be saved, the display moved
    projector_shown = Signal(bool)
    frame_changed = Signal(object)  # the ProjectorFrame the room sees (or would see)

    def __init__(self, parent: QObject | None = None, *, clock: Clock | None = None, wall: WallClock | None = None,
                 chime: Chime | None = None, beside: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock: Clock = clock or MonotonicClock()
        self.wall: WallClock = wall or SystemWallClock()
        self.beside = beside
        self.document: SessionDocument | None = None
        self.meeting: Meeting | None = None
        self.day: DayRun | None = None
        self.undo_stack = QUndoStack(self)
        self.chime = chime or Chime(muted=_flag(app_settings().value(MUTED_SETTING, False)), parent=self)
        self.chime.muted_changed.connect(self._remember_muted)
        self.mode: str = ProjectorMode.AGENDA
        self._mode_chosen = False
        self._before_black: str = ProjectorMode.TIMER
        self.message = ""
        self.seating = SeatingProjection()  # the seating modes: which round, which page
        self.notes = NotesProjection()  # the notes modes (themes, vote result): which item, which page
        self.projector: ProjectorWindow | None = None
        self._frame = ProjectorFrame(mode=ProjectorMode.BLACK)
        self._stale = False
        self._writing = False
        self._forms_seen: tuple = ()
        self._marks: tuple | None = None
        self._sleep_seen: object = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)

    # -- the document ------------------------------------------------------------------------

    def set_document(self, document: SessionDocument | None) -> None:
        """Run ``document``'s day from now on (None: nothing). The old one gets a last checkpoint first."""
        if document is self.document:
            return
        if self.document is not None:
            if self.day is not None and self.day.state == RunState.RUNNING:
                self._save(self.day.checkpoint())  # so a restart measures only the time away
            self.document.remove_listener(self._written)
        self.undo_stack.clear()
        self.document = document
        self.seating.set_document(document)
        self.notes.set_document(document)
        self.day, self.meeting = None, None
        self._stale = False
        self.mode, self._mode_chosen, self.message = ProjectorMode.AGENDA, False, ""  # _build adapts to a run
        if document is not None:
            self._build()
            document.add_listener(self._written)
        else:
            self.close_projector()  # nothing to project, and F5 needs an open session
        self._after_change()

    def set_clocks(self, clock: Clock, wall: WallClock) -> None:
        """Measure with other clocks from now on (screenshots and tests); the open run is read again."""
        self.clock, self.wall = clock, wall
        if self.projector is not None:
            self.projector.clock = clock
        if self.document is not None:
            self._build()
            self._after_change()

    def shutdown(self) -> None:
        """The app closes: a last checkpoint, and the projector goes with the main window."""
        self.set_document(None)
        self.close_projector()
        self._timer.stop()

    def _build(self) -> None:
        doc = self.document
        self.meeting = doc.meeting()
        if doc.read_only or doc.all(LiveRun):
            run, items = live_store.load(doc)
        else:  # no run yet: the row is written with the first change, not by merely looking
            run, items = LiveRun(), doc.all(AgendaItem)
        forms = doc.all(WorkForm)
        self._forms_seen = self._forms_key(forms)
        self.day = DayRun(items, run, self.clock, self.wall, forms)
        self._sleep_seen = self.day.pending_sleep
        if run.state != RunState.NOT_STARTED:
            self._mode_chosen = True  # a run in progress keeps the mode the chair has on screen
            if self.mode == ProjectorMode.AGENDA and run.state != RunState.FINISHED:
                self.mode = ProjectorMode.TIMER

    @staticmethod
    def _forms_key(forms: list[WorkForm]) -> tuple:
        return tuple((f.id, tuple((s["name"], float(s["minutes"])) for s in f.steps)) for f in forms)

    def _written(self, _saved_at) -> None:
        """A write was committed (from any thread): unless it was ours, read the programme again soon."""
        if not (self._writing and QThread.currentThread() is self.thread()):
            self._stale = True

    def _fresh(self) -> bool:
        """Take the programme as other screens left it; True when it was read again."""
        if not self._stale or self.day is None or self.document is None:
            return False
        self._stale = False
        try:
            items = self.document.all(AgendaItem)
            forms = self.document.all(WorkForm)
            self.meeting = self.document.meeting()
        except Exception:  # the file went away under us; keep running on what we have
            log.exception("live: could not read the programme again")
            return False
        run = self.day.run
        before = (run.state, run.current_item_id)
        self.day.set_items(items)
        key = self._forms_key(forms)
        if key != self._forms_seen:
            self._forms_seen = key
            self.day.set_work_forms(forms)
        if (run.state, run.current_item_id) != before:  # the running item was deleted: the run moved on
            self._save(Changes(run))
        return True


    # -- reading ------------------------------------------------------------------------------

    @property
    def can_drive(self) -> bool:
        """The run can be changed: a document open for writing."""
        return self.day is not None and self.document is not None and not self.document.read_only

    def status(self) -> LiveStatus | None:
        return self.day.status() if self.day is not None else None

    def projection(self) -> Projection | None:
        """The programme projected from now. Before the day, times left from a rehearsal are left out:
        starting the day clears them, so the projection shows the day as it would run from now."""
        if self.day is None or self.meeting is None:
            return None
        if self.day.state == RunState.NOT_STARTED and self.has_recorded_times():
            clean = [dataclasses.replace(i, actual_start=None, actual_end=None) for i in self.day.items]
            return project(clean, self.meeting.day_start, now=self.wall.now())
        return self.day.project(self.meeting.day_start)

    def allowed(self) -> frozenset[Action]:
        return self.day.allowed() if self.can_drive else frozenset()

    def has_recorded_times(self) -> bool:
        """Actual times are in the file (a rehearsal, or the demo): starting the day clears them."""
        return self.day is not None and any(i.actual_start or i.actual_end for i in self.day.items)

    # -- transitions ----------------------------------------------------------------------------

    def _do(self, transition, *args) -> bool:
        if not self.can_drive:
            return False
        self._fresh()
        first_start = self.day.state == RunState.NOT_STARTED
        try:
            changes = transition(*args)
        except InvalidTransition as exc:
            log.info("live: %s", exc)
            return False
        if first_start and self.day.state == RunState.RUNNING and not self._mode_chosen:
            self.mode = ProjectorMode.TIMER  # the room sees the agenda before the day, the timer once it runs
        self._save(changes)
        self._after_change()
        return True

    def toggle(self) -> bool:
        """Start the day, pause or resume (Space)."""
        return self._do(lambda: self.day.toggle())

    def start_day(self) -> bool:
        return self._do(lambda: self.day.start_day())

    def pause(self) -> bool:
        return self._do(lambda: self.day.pause())

    def resume(self) -> bool:
        return self._do(lambda: self.day.resume())

    def next(self) -> bool:
        return self._do(lambda: self.day.next())

    def previous(self) -> bool:
        return self._do(lambda: self.day.previous())

    def skip_to(self, item_id: int) -> bool:
        return self._do(lambda: self.day.skip_to(item_id))

    def finish(self) -> bool:
        return self._do(lambda: self.day.finish())

    def reset(self) -> bool:
        return self._do(lambda: self.day.reset())

    def add_minutes(self, minutes: float) -> bool:
        return self._do(lambda: self.day.add_minutes(minutes))

    def count_sleep(self) -> bool:
        return self._do(lambda: self.day.count_sleep())

    def discard_sleep(self) -> bool:
        return self._do(lambda: self.day.discard_sleep())

    # -- absorbing an overrun ---------------------------------------------------------------------

    def absorb_settings(self) -> tuple[float, int]:
        """(minimum fraction, break floor) as the chair last chose them."""
        settings = app_settings()
        try:
            fraction = float(settings.value(MIN_FRACTION_SETTING, 0.5))
            floor = int(settings.value(BREAK_FLOOR_SETTING, 10))
        except (TypeError, ValueError):
            fraction, floor = 0.5, 10
        return min(max(fraction, 0.0), 1.0), max(floor, 0)

    def remember_absorb_settings(self, min_fraction: float, break_floor: int) -> None:
        """The floors the chair applied an absorb with: the dialog starts with them next time."""
        settings = app_settings()
        settings.setValue(MIN_FRACTION_SETTING, float(min_fraction))
        settings.setValue(BREAK_FLOOR_SETTING, int(break_floor))

    def propose(self, min_fraction: float = 0.5, break_floor: int = 10) -> absorb.Proposal | None:
        """How to win back the delay before the next pinned item (or the end of the day)."""
        self._fresh()
        projection = self.projection()
        if projection is None:
            return None
        return absorb.propose(projection, min_fraction=min_fraction, break_floor=break_floor)

    def apply_proposal(self, proposal: absorb.Proposal) -> bool:
        """Shorten the items as proposed (undoable); False when nothing changed or the proposal is stale."""
        if not self.can_drive or not proposal.changes:
            return False
        changes = [(c.item.id, c.old_minutes, c.new_minutes) for c in proposal.changes]
        won = sum(c.minutes_won for c in proposal.changes)
        text = self.tr("Absorb %1 min").replace("%1", str(won))
        command = AbsorbCommand(self, changes, text)
        self.undo_stack.push(command)
        return not command.failed

    def set_durations(self, durations: list[tuple[int, int, int]]) -> None:
        """Set (item id, expected minutes, new minutes) all or nothing; StaleProposal if one moved on."""
        self._fresh()
        by_id = {item.id: item for item in self.day.items}
        targets = []
        for item_id, expected, new in durations:
            item = by_id.get(item_id)
            if item is None or item.planned_minutes != expected:
                raise absorb.StaleProposal(f"agenda item {item_id} is no longer {expected} minutes")
            targets.append((item, new))
        for item, new in targets:
            item.planned_minutes = new
        self._save(Changes(self.day.run, tuple(item for item, _ in targets)))
        self._after_change()

    # -- saving and ticking -------------------------------------------------------------------------

    def _save(self, changes: Changes | None) -> None:
        doc = self.document
        if changes is None or doc is None or doc.read_only:
            return
        self._writing = True
        try:
            live_store.save(doc, changes.run, changes.items)
        except Exception as exc:  # the run goes on in memory; the next save may succeed
            log.exception("live: saving the run failed")
            self.notice.emit(self.tr("The live run could not be saved: %1").replace("%1", str(exc)))
        finally:
            self._writing = False

    def tick(self) -> None:
        """Once per shown second: notice sleep, checkpoint, chime, and let the screens show the new time."""
        if self.day is None:
            return
        reloaded = self._fresh()
        if self.can_drive:
            self._save(self.day.check())
        else:
            self.day.check()
        status = self.day.status()
        self._chime_if_due(status)
        if reloaded or self.day.pending_sleep is not self._sleep_seen:
            self._after_change()
            return
        self._refresh_frame()
        self.ticked.emit()
        self._arm(status)

    def _after_change(self) -> None:
        status = self.status()
        self._marks = self._marks_of(status) if status else None
        self._sleep_seen = self.day.pending_sleep if self.day else None
        self._refresh_frame()
        self.changed.emit()
        self._arm(status)

    def _arm(self, status: LiveStatus | None) -> None:
        if status is None:
            self._timer.stop()
            return
        if status.state == RunState.RUNNING and status.item is not None:
            wait = seconds_to_next_change(status.remaining)
        else:  # the clock and the projection still move: once per wall-clock second
            wait = 1.0 - status.now.microsecond / 1_000_000
        self._timer.start(_milliseconds(wait))

    @staticmethod
    def _marks_of(status: LiveStatus) -> tuple:
        step = status.step
        return (status.item.id if status.item else None, step.index if step else None,
                status.item is not None and status.remaining <= EPSILON,
                step is not None and step.remaining <= EPSILON)

    def _chime_if_due(self, status: LiveStatus) -> None:
        """Ring when the item or a step ran out since the last tick (not for what the chair did)."""
        before, now = self._marks, self._marks_of(status)
        self._marks = now
        if before is None or status.state != RunState.RUNNING or before[0] != now[0] or now[0] is None:
            return
        if now[2] and not before[2]:
            late = -status.remaining
        elif now[1] != before[1] and status.step is not None:
            late = status.step.elapsed
        elif now[3] and not before[3]:
            late = -status.step.remaining
        else:
            return
        if late <= CHIME_LATE_LIMIT:
            self.chime.play()

    def set_muted(self, muted: bool) -> None:
        self.chime.muted = muted

    def _remember_muted(self, muted: bool) -> None:
        settings = app_settings()
        settings.setValue(MUTED_SETTING, bool(muted))
        settings.sync()

    # -- the projector -------------------------------------------------------------------------

    def frame(self) -> ProjectorFrame:
        """What the room sees now: the chosen mode over the live status; nothing but titles and times."""
        day, meeting = self.day, self.meeting
        if day is None or meeting is None:
            return ProjectorFrame(mode=ProjectorMode.BLACK)
        if self.mode in SEATING_MODES:
            return self.seating.frame(self.mode, meeting, day.run.current_item_id)
        if self.mode in NOTES_MODES:
            return self.notes.frame(self.mode, meeting, day.run.current_item_id)
        status = day.status()
        countdown, step_name = None, None
        if status.item is not None:
            step = status.step
            if step is not None and step.remaining > EPSILON:
                remaining, total, step_name = step.remaining, step.step.minutes * 60, step.step.name
            else:
                remaining, total = status.remaining, status.target
            make = Countdown.running if status.state == RunState.RUNNING else Countdown.stopped
            countdown = make(remaining, status.monotonic, total_seconds=total if total > 0 else None)
        projection = self.projection()
        projected = {p.item.id: p.start.time() for p in projection.items if p.status == ItemStatus.UPCOMING}
        return frame_from_agenda(
            self.mode, meeting, day.items, current_item_id=day.run.current_item_id, step_name=step_name,
            countdown=countdown, message=self.message, projected_starts=projected,
            finished=status.state == RunState.FINISHED,
        )

    @property
    def current_frame(self) -> ProjectorFrame:
        return self._frame

    def _refresh_frame(self) -> None:
        frame = self.frame()
        old = self._frame
        if old.countdown is not None and frame.countdown is not None and _same_countdown(old.countdown,
                                                                                       frame.countdown):
            frame = dataclasses.replace(frame, countdown=old.countdown)  # float noise must not repaint
        if frame == old:
            return
        self._frame = frame
        if self.projector is not None:
            self.projector.show_frame(frame)
        self.frame_changed.emit(frame)

    def set_mode(self, mode: str) -> None:
        """Show ``mode`` on the projector (T, A, M, B, W, L)."""
        if mode in SEATING_MODES and mode != self.mode:
            self.seating.restart(self.clock.now())  # the first page first
        if mode in NOTES_MODES and mode != self.mode:
            self.notes.restart(self.clock.now())
        self.mode = mode
        self._mode_chosen = True
        self._refresh_frame()
        self.changed.emit()

    def project_seating(self, mode: str, round_id: int | None) -> None:
        """Show a seating mode for ``round_id`` (None: the round the programme is at), from page one,
        opening the projector if it is closed."""
        self.seating.round_id = round_id
        self.seating.restart(self.clock.now())
        self.set_mode(mode)
        if not self.projector_open():
            self.open_projector()

    def project_notes(self, mode: str, item_id: int | None, vote_id: int | None = None) -> None:
        """Show a notes mode (themes, vote result) of ``item_id`` (None: the live item) from page one,
        opening the projector if it is closed."""
        self.notes.item_id, self.notes.vote_id = item_id, vote_id
        self.notes.restart(self.clock.now())
        self.set_mode(mode)
        if not self.projector_open():
            self.open_projector()

    def turn_page(self, pages: int) -> None:
        """The chair turns a list's pages by hand (PgDn/PgUp)."""
        if self.mode in SEATING_MODES:
            self.seating.turn(pages)
            self._refresh_frame()
        elif self.mode in NOTES_MODES:
            self.notes.turn(pages)
            self._refresh_frame()

    def toggle_black(self) -> None:
        """B: black screen, and back to what was shown before."""
        if self.mode == ProjectorMode.BLACK:
            self.set_mode(self._before_black)
        else:
            self._before_black = self.mode
            self.set_mode(ProjectorMode.BLACK)

    def show_message(self, text: str) -> None:
        self.message = text.strip()
        self.set_mode(ProjectorMode.MESSAGE)

    def projector_open(self) -> bool:
        return self.projector is not None and self.projector.isVisible()

    def toggle_projector(self) -> None:
        """F5: open the projector (full screen on the second display, if there is one) or close it."""
        if self.projector_open():
            self.close_projector()
        else:
            self.open_projector()

    def open_projector(self, screen: QScreen | None = None) -> ProjectorWindow:
        window = self.projector
        if window is None:
            window = self.projector = ProjectorWindow(self.clock, None, beside=self.beside)
            window.preferred_screen_name = str(app_settings().value(SCREEN_SETTING, "") or "")
            window.closed.connect(self._projector_closed)
            window.screen_lost.connect(self._screen_lost)
            window.screen_offered.connect(self._screen_offered)
        window.show_frame(self._frame)
        window.open(screen)
        self._remember_screen()
        self.projector_shown.emit(True)
        return window

    def project_on(self, screen: QScreen) -> None:
        """Move the projection to ``screen`` (the chair chose it)."""
        if self.projector is None or not self.projector.isVisible():
            self.open_projector(screen)
        else:
            self.projector.set_screen(screen)
            self._remember_screen()

    def close_projector(self) -> None:
        if self.projector is not None and self.projector.isVisible():
            self.projector.close()  # -> closed -> _projector_closed

    def _projector_closed(self) -> None:
        self.projector_shown.emit(False)

    def _remember_screen(self) -> None:
        name = self.projector.screen_name if self.projector is not None else ""
        if name:
            app_settings().setValue(SCREEN_SETTING, name)

    def _screen_lost(self, name: str) -> None:
        self.notice.emit(self.tr("The projector's display (%1) went away: the projection is now a window here.")
                          .replace("%1", name))

    def _screen_offered(self, screen: QScreen) -> None:
        """A display was plugged in while the projection is a window: project there."""
        if self.projector is not None and self.projector.isVisible() and not self.projector.is_projecting():
            self.projector.set_screen(screen)
            self._remember_screen()
            self.notice.emit(self.tr("Projecting on %1.").replace("%1", screen.name()))

    @staticmethod
    def screens() -> list[QScreen]:
        return list(QGuiApplication.screens())


def _same_countdown(a: Countdown, b: Countdown) -> bool:
    """Both show the same time the same way (deadlines within a few milliseconds)."""
    if a.paused != b.paused or a.total_seconds != b.total_seconds or a.warning_seconds != b.warning_seconds:
        return False
    if a.paused:
        return abs((a.deadline - a.paused_at) - (b.deadline - b.paused_at)) < 0.005
    return abs(a.deadline - b.deadline) < 0.005
