"""The projector window: paints the current frame full-screen on the beamer, or as a normal window without one.

The live view owns the window and feeds it :class:`ProjectorFrame` values
(``show_frame``); the window picks the mode's painter and paints. It repaints
only when the picture changes: on a new frame, and for a running countdown
once per shown second, by a single-shot timer armed after each paint for the
moment the digits change (computed from the deadline on the monotonic clock,
so a coarse or late timer never makes the digits drift).

Displays: ``open()`` goes full-screen on a display other than the main
window's when there are two or more, else opens a normal window. When the
beamer's cable is pulled the window moves to a remaining display as a normal
window (``screen_lost``); when a display is plugged in it goes back to full
screen there by itself if it had been projecting (``auto_return``), or
offers the display (``screen_offered``) for the live view to act on.

When a running countdown reaches zero the window emits ``time_up`` and plays
its chime, if it has one; this happens whether the window is shown or not.
"""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QEvent, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QPainter, QPaintEvent, QScreen
from PySide6.QtWidgets import QWidget

from facilitator.core.clock import Clock, MonotonicClock
from facilitator.core.projection_frame import EPSILON, ProjectorFrame, ProjectorMode
from facilitator.ui.projector import style
from facilitator.ui.projector.chime import Chime
from facilitator.ui.projector.painters import painter_for

log = logging.getLogger(__name__)
# A countdown that ran out longer ago than this (the laptop slept) does not chime any more.
CHIME_LATE_LIMIT = 10.0
# A normal window takes this share of its display's width, at 16:9.
WINDOWED_SHARE = 0.6


def _milliseconds(seconds: float) -> int:
    """A timer interval that never fires before ``seconds`` have passed."""
    return max(0, math.ceil(seconds * 1000)) + 1


class ProjectorWindow(QWidget):
    """The audience's screen. ``clock`` must be the clock the frames' deadlines are on."""

    screens_changed = Signal()
    screen_lost = Signal(str)  # the display we projected on went away (its name); now a normal window
    screen_offered = Signal(QScreen)  # a display appeared that could take the projection
    time_up = Signal()
    closed = Signal()

    def __init__(self, clock: Clock | None = None, chime: Chime | None = None, beside: QWidget | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.clock = clock or MonotonicClock()
        self.chime = chime
        self.beside = beside  # the main window: the projector avoids its display
        self.auto_return = True
        self.preferred_screen_name = ""  # the controller may persist ``screen_name`` and set it here
        self._frame = ProjectorFrame(mode=ProjectorMode.BLACK)
        self._painter = painter_for(self._frame.mode)
        self._target: QScreen | None = None  # the display we fill; None while a normal window
        self._lost = False  # we were projecting when our display went away
        self._repaint_at: float | None = None
        self._repaint_timer = QTimer(self, singleShot=True, timerType=Qt.TimerType.PreciseTimer)
        self._repaint_timer.timeout.connect(self._repaint_due)
        self._deadline_timer = QTimer(self, singleShot=True, timerType=Qt.TimerType.PreciseTimer)
        self._deadline_timer.timeout.connect(self._deadline_due)

        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # every pixel is painted: no background first
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)  # the keyboard stays with the chair
        self.setMinimumSize(320, 180)
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._on_screen_added)
        app.screenRemoved.connect(self._on_screen_removed)
        self.retranslate()

    # -- what is shown ---------------------------------------------------------------------

    @property
    def frame(self) -> ProjectorFrame:
        return self._frame

    def show_frame(self, frame: ProjectorFrame) -> None:
        """Show ``frame`` from now on; an equal frame changes nothing (and paints nothing)."""
        if frame == self._frame:
            return
        old = self._frame
        if frame.mode != old.mode:
            self._painter = painter_for(frame.mode)
        self._frame = frame
        self._repaint_timer.stop()
        self._repaint_at = None
        if frame.countdown != old.countdown:
            self._arm_deadline()
        self.update()

    @property
    def next_repaint_at(self) -> float | None:
        """Clock time of the next repaint the window has planned by itself (None: only on a new frame)."""
        return self._repaint_at

    def paintEvent(self, event: QPaintEvent) -> None:
        now = self.clock.now()
        painter = QPainter(self)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        try:
            self._painter.paint(painter, QRectF(self.rect()), self._frame, now)
            change = self._painter.next_change(self._frame, now)
        except Exception:  # never a half-drawn screen, nor a message every second, in front of the room
            log.exception("projector: painting %s failed", self._frame.mode)
            painter.fillRect(self.rect(), style.BLACK)
            change = None
        finally:
            painter.end()
        self._arm_repaint(change, now)

    def _arm_repaint(self, at: float | None, now: float) -> None:
        self._repaint_at = at
        if at is None:
            self._repaint_timer.stop()
        else:
            self._repaint_timer.start(_milliseconds(at - now))

    def _repaint_due(self) -> None:
        now = self.clock.now()
        if self._repaint_at is None:
            return
        if now + EPSILON < self._repaint_at:  # a coarse timer fired early: wait for the digit really to change
            self._arm_repaint(self._repaint_at, now)
            return
        self.update()

    # -- the end of the countdown --------------------------------------------------------------

    def _arm_deadline(self) -> None:
        self._deadline_timer.stop()
        countdown = self._frame.countdown
        if countdown is None or countdown.paused:
            return
        left = countdown.remaining(self.clock.now())
        if left > EPSILON:
            self._deadline_timer.start(_milliseconds(left))

    def _deadline_due(self) -> None:
        self._arm_deadline()  # a coarse timer may wake early: then it waits for the rest
        countdown = self._frame.countdown
        if self._deadline_timer.isActive() or countdown is None or countdown.paused:
            return
        if -countdown.remaining(self.clock.now()) <= CHIME_LATE_LIMIT:  # not after a long sleep
            self.time_up.emit()
            if self.chime is not None:
                self.chime.play()

    # -- displays ----------------------------------------------------------------------------

    def open(self, screen: QScreen | None = None) -> None:
        """Show the projection: full-screen on ``screen`` (default :meth:`default_screen`) if it may fill it."""
        self.set_screen(screen or self.default_screen())

    def default_screen(self) -> QScreen:
        """The preferred display if present, else the first one that is not the main window's, else the primary."""
        screens = QGuiApplication.screens()
        named = [s for s in screens if self.preferred_screen_name and s.name() == self.preferred_screen_name]
        others = [s for s in screens if s is not self._chair_screen()]
        return (named or others or [QGuiApplication.primaryScreen()])[0]

    def can_fill(self, screen: QScreen) -> bool:
        """Full screen only on a second display, never over the main window's."""
        return len(QGuiApplication.screens()) > 1 and screen is not self._chair_screen()

    def set_screen(self, screen: QScreen) -> None:
        """Move the projection to ``screen``: full-screen when :meth:`can_fill`, else a normal window there."""
        self._lost = False
        self._place(screen, self.can_fill(screen))

    @property
    def screen_name(self) -> str:
        """Name of the display filled, "" while a normal window (the controller may remember it)."""
        return self._target.name() if self._target is not None else ""

    def is_projecting(self) -> bool:
        """Shown full-screen on a display of its own."""
        return self._target is not None and self.isVisible()

    def _chair_screen(self) -> QScreen | None:
        try:
            return self.beside.screen() if self.beside is not None else None
        except RuntimeError:  # the main window is gone
            return None

    def _place(self, screen: QScreen, full: bool) -> None:
        self._target = screen if full else None
        if self.isFullScreen():
            self.showNormal()  # leave full screen before moving: some window managers keep it where it was
        self.setScreen(screen)  # before showFullScreen, or it fills the display it was on
        if full:
            self.setGeometry(screen.geometry())
            self.setCursor(Qt.CursorShape.BlankCursor)
            self.showFullScreen()
        else:
            area = screen.availableGeometry()
            width = min(int(area.width() * WINDOWED_SHARE), int(area.height() * 0.8 * 16 / 9))
            rect = QRect(0, 0, width, width * 9 // 16)
            rect.moveCenter(area.center())
            self.unsetCursor()
            self.setGeometry(rect)
            self.showNormal()

    def _on_screen_removed(self, screen: QScreen) -> None:
        """A display went away (the beamer's cable was pulled): carry on as a normal window on another."""
        ours = screen is self._target
        shown_there = self.isVisible() and (ours or self.screen() is screen)
        if ours:
            self._target = None
            self._lost = True
        if shown_there:
            remaining = [s for s in QGuiApplication.screens() if s is not screen]
            fallback = QGuiApplication.primaryScreen()
            if fallback is None or fallback is screen:
                fallback = remaining[0] if remaining else None
            if fallback is not None:
                self._place(fallback, full=False)
        if ours:
            self.screen_lost.emit(screen.name())
        self.screens_changed.emit()

    def _on_screen_added(self, screen: QScreen) -> None:
        """A display came (back): return to full screen on it if we lost ours, else offer it."""
        if self._target is None and self.can_fill(screen):
            if self._lost and self.auto_return and self.isVisible():
                self.set_screen(screen)
            else:
                self.screen_offered.emit(screen)
        self.screens_changed.emit()

    # -- window life --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Projector"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.update()  # the words on screen ("Paused") follow the language
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._target = None
        self._lost = False
        self._repaint_timer.stop()
        super().closeEvent(event)
        self.closed.emit()
