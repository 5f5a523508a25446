"""The Live screen: run the day. The current item in huge digits, the programme projected, the projector's controls.

Everything is on one screen and on the keyboard (Space, N/→, P/←, +/−, I,
T/A/M/B/W/L/H/V; F5 is the main window's): the keys work while this screen is shown,
never while typing in a field. The run itself lives in the
:class:`LiveController` the main window owns (it keeps ticking, saving and
feeding the projector while another screen is shown); a Live screen made on
its own (tests, a view test) makes its own controller.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QMessageBox,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.live import Action
from facilitator.core.model import AgendaKind, RunState
from facilitator.core.projection import ItemStatus
from facilitator.core.projection_frame import ProjectorMode
from facilitator.ui.labels import clock
from facilitator.ui.live_controller import LiveController
from facilitator.ui.models.live_programme_model import TITLE, LiveProgrammeModel
from facilitator.ui.views.base import MainView
from facilitator.ui.widgets.live_absorb import AbsorbDialog
from facilitator.ui.widgets.live_controls import big_button, button_grid, keys_text, tooltip_with_keys
from facilitator.ui.widgets.live_dialogs import MessageDialog, SkipDialog
from facilitator.ui.widgets.live_now import NowPanel
from facilitator.ui.widgets.live_preview import ProjectorPreview
from facilitator.ui.widgets.live_sleep_bar import SleepBar
from facilitator.ui.widgets.live_summary import DaySummary
from facilitator.ui.widgets.tones import heading, muted, scaled


class LiveView(MainView):
    key = "live"

    def __init__(self, parent: QWidget | None = None, controller: LiveController | None = None) -> None:
        super().__init__(parent)
        self.controller: LiveController | None = None
        self._owns_controller = False
        self.confirm = self._confirm  # (title, text, button) -> bool; tests answer for the chair
        self.sleep_bar = SleepBar(self)
        self.notice = muted("", self)
        self.notice.hide()
        self.summary = DaySummary(self)
        self.now = NowPanel(self)
        self.model = LiveProgrammeModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # it shows; the keys belong to the run
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.setFont(scaled(self.font(), 1.1))
        self.table.verticalHeader().setDefaultSectionSize(round(self.table.fontMetrics().height() * 1.8))
        self._make_actions()
        self._layout()
        self.sleep_bar.count_requested.connect(lambda: self.controller and self.controller.count_sleep())
        self.sleep_bar.discard_requested.connect(lambda: self.controller and self.controller.discard_sleep())
        if controller is not None:
            self._bind(controller, owns=False)

    # -- building -------------------------------------------------------------------------------

    def _make_actions(self) -> None:
        style = self.style()

        def action(slot, keys=(), icon=None, checkable=False) -> QAction:
            act = QAction(self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # only while this screen is shown
            act.setCheckable(checkable)
            if icon is not None:
                act.setIcon(style.standardIcon(icon))
            act.triggered.connect(lambda _checked=False: slot())
            self.addAction(act)
            return act

        pixmap = QStyle.StandardPixmap
        self.toggle_action = action(self.toggle, ["Space"], pixmap.SP_MediaPlay)
        self.previous_action = action(self.previous, ["P", "Left"], pixmap.SP_MediaSkipBackward)
        self.next_action = action(self.next, ["N", "Right"], pixmap.SP_MediaSkipForward)
        self.skip_action = action(self.ask_skip, ["S"])
        self.minus_action = action(lambda: self._add(-1), ["-"])
        self.plus_action = action(lambda: self._add(1), ["+", "="])
        self.plus5_action = action(lambda: self._add(5))
        self.absorb_action = action(self.ask_absorb, ["I"])
        self.undo_action = action(self.undo, [QKeySequence.StandardKey.Undo])
        self.redo_action = action(self.redo, ["Ctrl+Y", "Ctrl+Shift+Z"])
        self.finish_action = action(self.finish)
        self.reset_action = action(self.ask_reset)
        self.projector_action = action(self.toggle_projector, checkable=True)  # F5 is the main window's
        self.timer_action = action(lambda: self.set_mode(ProjectorMode.TIMER), ["T"], checkable=True)
        self.agenda_action = action(lambda: self.set_mode(ProjectorMode.AGENDA), ["A"], checkable=True)
        self.message_action = action(self.ask_message, ["M"], checkable=True)
        self.black_action = action(self.toggle_black, ["B"], checkable=True)
        self.where_action = action(lambda: self.set_seating_mode(ProjectorMode.WHERE), ["W"], checkable=True)
        self.lists_action = action(lambda: self.set_seating_mode(ProjectorMode.TABLES), ["L"], checkable=True)
        self.themes_action = action(lambda: self.set_notes_mode(ProjectorMode.THEMES), ["H"], checkable=True)
        self.votes_action = action(lambda: self.set_notes_mode(ProjectorMode.VOTES), ["V"], checkable=True)
        self.page_down_action = action(lambda: self.turn_page(1), ["PgDown"])
        self.page_up_action = action(lambda: self.turn_page(-1), ["PgUp"])
        self.chime_action = action(self.toggle_chime, checkable=True)
        self.modes = QActionGroup(self)
        for act in (self.timer_action, self.agenda_action, self.message_action, self.black_action,
                    self.where_action, self.lists_action, self.themes_action, self.votes_action):
            self.modes.addAction(act)
        self.modes.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)

    def _layout(self) -> None:
        self.more_button = big_button(QAction(self), self)
        self.more_menu = QMenu(self.more_button)
        self.more_menu.addActions([self.redo_action, self.finish_action, self.reset_action])
        self.more_button.setMenu(self.more_menu)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        run_rows = [
            [(big_button(self.toggle_action, self, 1.25), 3), (big_button(self.previous_action, self), 2),
             (big_button(self.next_action, self, 1.25), 3), (big_button(self.skip_action, self), 2),
             (self.more_button, 2)],
            [(big_button(self.minus_action, self), 2), (big_button(self.plus_action, self), 2),
             (big_button(self.plus5_action, self), 2), (big_button(self.absorb_action, self), 3),
             (big_button(self.undo_action, self), 3)],
        ]
        self.toggle_button = run_rows[0][0][0]
        self.controls = button_grid(run_rows, self)
        left = QVBoxLayout()
        left.addWidget(self.now, 1)
        left.addWidget(self.controls)

        self.programme_heading = heading("", self, 1.15)
        self.preview = ProjectorPreview(LiveControllerClock(self), self)
        self.projector_button = big_button(self.projector_action, self, 1.15)
        self.projector_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.screens_menu = QMenu(self.projector_button)
        self.screens_menu.aboutToShow.connect(self._fill_screens)
        self.projector_button.setMenu(self.screens_menu)
        modes = [big_button(a, self) for a in (self.timer_action, self.agenda_action, self.message_action,
                                                self.black_action)]
        seating_modes = [big_button(a, self) for a in (self.where_action, self.lists_action, self.themes_action,
                                                       self.votes_action)]
        self.chime_button = big_button(self.chime_action, self)
        self.projector_heading = heading("", self, 1.15)
        side = QVBoxLayout()
        side.addWidget(self.projector_heading)
        side.addWidget(self.projector_button)
        side.addWidget(self.chime_button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.preview, 3)
        row.addLayout(side, 2)

        right = QVBoxLayout()
        right.addWidget(self.programme_heading)
        right.addWidget(self.table, 1)
        right.addLayout(row)
        right.addWidget(button_grid([modes, seating_modes], self))

        body = QHBoxLayout()
        body.addLayout(left, 11)
        body.addLayout(right, 9)
        self.legend = muted("", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sleep_bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.summary)
        layout.addLayout(body, 1)
        layout.addWidget(self.legend)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            self.previous_action: self.tr("Previous"),
            self.next_action: self.tr("Next"),
            self.skip_action: self.tr("Skip…"),
            self.minus_action: self.tr("−1 min"),
            self.plus_action: self.tr("+1 min"),
            self.plus5_action: self.tr("+5 min"),
            self.absorb_action: self.tr("Absorb…"),
            self.undo_action: self.tr("Undo absorb"),
            self.redo_action: self.tr("Redo absorb"),
            self.finish_action: self.tr("Finish the day"),
            self.reset_action: self.tr("Reset the run…"),
            self.projector_action: self.tr("Projector on/off"),
            self.timer_action: self.tr("Timer"),
            self.agenda_action: self.tr("Agenda"),
            self.message_action: self.tr("Message…"),
            self.black_action: self.tr("Black screen"),
            self.where_action: self.tr("Where do I sit?"),
            self.lists_action: self.tr("Table lists"),
            self.themes_action: self.tr("Themes"),
            self.votes_action: self.tr("Vote result"),
            self.page_down_action: self.tr("Next page"),
            self.page_up_action: self.tr("Previous page"),
            self.chime_action: self.tr("Chime"),
        }
        for act, text in texts.items():
            act.setText(text)
            tooltip_with_keys(act, text.rstrip("…"))
        self.undo_action.setIconText(self.tr("Undo"))  # the button; menus and Help say what it undoes
        self.absorb_action.setToolTip(self.tr("Absorb the overrun: shorten what comes, to be on time again (%1)")
                                      .replace("%1", keys_text(self.absorb_action)))
        self.projector_action.setToolTip(self.tr("Open or close the projector screen (F5); the arrow chooses "
                                                 "the display"))
        self.more_button.defaultAction().setText(self.tr("More"))
        self.programme_heading.setText(self.tr("Programme"))
        self.projector_heading.setText(self.tr("Projector"))
        self.legend.setText(self.tr("Keys:  Space start/pause  ·  N or → next  ·  P or ← previous  ·  + / − one "
                                    "minute  ·  I absorb  ·  Ctrl+Z undo  ·  F5 projector  ·  T timer  ·  "
                                    "A agenda  ·  M message  ·  B black  ·  W where do I sit  ·  L table lists  ·  "
                                    "H themes  ·  V vote result"))
        self._update_toggle_text()

    def shortcut_section(self) -> tuple[str, list[tuple[str, list[QKeySequence]]]]:
        """(heading, [(what, keys)]) for the Help menu's list of shortcuts."""
        return self.tr("Live screen"), self.shortcut_rows()

    def shortcut_rows(self) -> list[tuple[str, list[QKeySequence]]]:
        """(what, keys) of the Live screen's actions."""
        rows = [
            (self.tr("Start the day, pause, resume"), self.toggle_action),
            (self.tr("Next item"), self.next_action),
            (self.tr("Previous item"), self.previous_action),
            (self.tr("Skip to a later item"), self.skip_action),
            (self.tr("One minute more"), self.plus_action),
            (self.tr("One minute less"), self.minus_action),
            (self.tr("Absorb the overrun"), self.absorb_action),
            (self.tr("Undo absorb"), self.undo_action),
            (self.tr("Redo absorb"), self.redo_action),
            (self.tr("Projector: timer"), self.timer_action),
            (self.tr("Projector: agenda"), self.agenda_action),
            (self.tr("Projector: message"), self.message_action),
            (self.tr("Projector: black screen (again: back)"), self.black_action),
            (self.tr("Projector: where do I sit? (the round on the programme)"), self.where_action),
            (self.tr("Projector: table lists"), self.lists_action),
            (self.tr("Projector: the live item's themes"), self.themes_action),
            (self.tr("Projector: the live item's vote result"), self.votes_action),
            (self.tr("Projector: next page of a list"), self.page_down_action),
            (self.tr("Projector: previous page of a list"), self.page_up_action),
        ]
        return [(text, list(act.shortcuts())) for text, act in rows]

    def title(self) -> str:
        return self.tr("Live")

    # -- the controller --------------------------------------------------------------------------

    def _bind(self, controller: LiveController, owns: bool) -> None:
        self.controller = controller
        self._owns_controller = owns
        controller.changed.connect(self._changed)
        controller.ticked.connect(self._ticked)
        controller.frame_changed.connect(self.preview.set_frame)
        controller.projector_shown.connect(self.projector_action.setChecked)
        if owns:  # the main window tells its own controller's news in its status bar
            controller.notice.connect(self._tell)
        controller.undo_stack.canUndoChanged.connect(self._undo_changed)
        controller.undo_stack.canRedoChanged.connect(self._undo_changed)
        self.preview.set_frame(controller.current_frame)

    def _controller(self) -> LiveController:
        """The main window's controller when there is one, else one of our own."""
        if self.controller is None:
            shared = getattr(self.window(), "live", None)
            if isinstance(shared, LiveController):
                self._bind(shared, owns=False)
            else:
                self._bind(LiveController(self, beside=self.window()), owns=True)
        return self.controller

    def set_document(self, document) -> None:
        controller = self._controller()
        if self._owns_controller:
            controller.set_document(document)
        super().set_document(document)

    def refresh(self) -> None:
        self._render()

    def _changed(self) -> None:
        self._render()

    def _ticked(self) -> None:
        if self.isVisible():  # a hidden screen catches up when it is shown
            self._render()

    def _undo_changed(self, _can: bool) -> None:
        self._enable()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self.controller is not None:
            self._render()

    # -- showing ---------------------------------------------------------------------------------

    def _render(self) -> None:
        controller = self.controller
        status = controller.status() if controller is not None and self.document is not None else None
        if status is None:
            self.sleep_bar.show_sleep(None)
            self.notice.hide()
            self.summary.show_day(None, None, RunState.NOT_STARTED)
            self.model.set_projection(None)
            self.now.show_nothing(self.tr("No session is open."))
            self._enable()
            return
        projection = controller.projection()
        self.sleep_bar.show_sleep(status.sleep if controller.can_drive else None)
        if self.document.read_only:
            self.notice.setText(self.tr("Read-only: this session is open in another Facilitator window. The live "
                                        "run is shown, but can only be driven there."))
        elif not controller.day.items:
            self.notice.setText(self.tr("The programme is empty: add agenda items on the Agenda screen first."))
        self.notice.setVisible(self.document.read_only or not controller.day.items)
        self.summary.show_day(projection, status.now, status.state)
        self.model.set_projection(projection)
        if not controller.day.items:
            self.now.show_nothing("")
        else:
            items = projection.items
            current = projection.current
            following = None
            if current is not None:
                index = items.index(current)
                following = next((p for p in items[index + 1:] if p.status == ItemStatus.UPCOMING), None)
            first = next((p for p in items if p.status == ItemStatus.UPCOMING), None)
            self.now.show_status(status, current, following, first)
        row = self.model.current_row()
        if row >= 0:
            self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)
        self.preview.set_frame(controller.current_frame)
        self._enable()

    def _update_toggle_text(self) -> None:
        state = self.controller.day.state if self.controller and self.controller.day else RunState.NOT_STARTED
        text = {RunState.NOT_STARTED: self.tr("Start the day"), RunState.RUNNING: self.tr("Pause"),
                RunState.PAUSED: self.tr("Resume"), RunState.FINISHED: self.tr("Start the day")}[state]
        icon = QStyle.StandardPixmap.SP_MediaPause if state == RunState.RUNNING else QStyle.StandardPixmap.SP_MediaPlay
        self.toggle_action.setText(text)
        self.toggle_action.setIcon(self.style().standardIcon(icon))
        tooltip_with_keys(self.toggle_action, text)

    def _enable(self) -> None:
        controller = self.controller
        allowed = controller.allowed() if controller is not None and self.document is not None else frozenset()
        self._update_toggle_text()
        self.toggle_action.setEnabled(bool(allowed & {Action.START_DAY, Action.PAUSE, Action.RESUME}))
        self.previous_action.setEnabled(Action.PREVIOUS in allowed)
        self.next_action.setEnabled(Action.NEXT in allowed)
        self.skip_action.setEnabled(Action.SKIP in allowed)
        for act in (self.minus_action, self.plus_action, self.plus5_action):
            act.setEnabled(Action.ADJUST in allowed)
        self.finish_action.setEnabled(Action.FINISH in allowed)
        self.reset_action.setEnabled(Action.RESET in allowed)
        driving = bool(allowed) and bool(controller.day.items)
        self.absorb_action.setEnabled(driving and controller.day.state != RunState.FINISHED)
        stack = controller.undo_stack if controller is not None else None
        self.undo_action.setEnabled(bool(stack and stack.canUndo()) and driving)
        self.redo_action.setEnabled(bool(stack and stack.canRedo()) and driving)
        showing = controller is not None and self.document is not None
        for act in (self.projector_action, self.timer_action, self.agenda_action, self.message_action,
                    self.black_action, self.chime_action, self.where_action, self.lists_action,
                    self.page_down_action, self.page_up_action, self.themes_action, self.votes_action):
            act.setEnabled(showing)
        if controller is not None:
            mode = controller.mode
            for act, name in ((self.timer_action, ProjectorMode.TIMER), (self.agenda_action, ProjectorMode.AGENDA),
                              (self.message_action, ProjectorMode.MESSAGE), (self.black_action, ProjectorMode.BLACK),
                              (self.where_action, ProjectorMode.WHERE), (self.lists_action, ProjectorMode.TABLES),
                              (self.themes_action, ProjectorMode.THEMES), (self.votes_action, ProjectorMode.VOTES)):
                act.setChecked(mode == name)
            self.projector_action.setChecked(controller.projector_open())
            self.chime_action.setChecked(not controller.chime.muted)
            self.chime_action.setText(self.tr("Chime off") if controller.chime.muted else self.tr("Chime on"))
            tooltip_with_keys(self.chime_action, self.tr("A chime when an item or a step ends; click to mute"))

    # -- what the chair does ---------------------------------------------------------------------

    def toggle(self) -> None:
        controller = self.controller
        if controller is None or not controller.can_drive:
            return
        if controller.day.state == RunState.NOT_STARTED and controller.has_recorded_times():
            if not self.confirm(self.tr("Start the day"), self.tr(
                    "This programme already has recorded times (a rehearsal, or the demo). Starting the day "
                    "clears them."), self.tr("Start the day")):
                return
        controller.toggle()

    def next(self) -> None:
        if self.controller is not None:
            self.controller.next()

    def previous(self) -> None:
        if self.controller is not None:
            self.controller.previous()

    def finish(self) -> None:
        if self.controller is not None:
            self.controller.finish()

    def _add(self, minutes: int) -> None:
        if self.controller is not None:
            self.controller.add_minutes(minutes)

    def ask_reset(self) -> None:
        if self.controller is None or not self.controller.can_drive:
            return
        if self.confirm(self.tr("Reset the run"), self.tr(
                "Back to before the day: the current item is let go and every recorded start and end time "
                "is cleared."), self.tr("Reset")):
            self.controller.reset()

    def ask_skip(self) -> SkipDialog | None:
        controller = self.controller
        if controller is None or Action.SKIP not in controller.allowed():
            return None
        projection = controller.projection()
        later = [p for p in projection.items if p.status == ItemStatus.UPCOMING]
        dialog = SkipDialog(later, self)
        dialog.accepted.connect(lambda: dialog.item_id() is not None and controller.skip_to(dialog.item_id()))
        dialog.open()
        return dialog

    def ask_absorb(self) -> AbsorbDialog | None:
        controller = self.controller
        if controller is None or not self.absorb_action.isEnabled():
            return None
        dialog = AbsorbDialog(controller, self)
        dialog.accepted.connect(lambda: self._apply(dialog))
        dialog.open()
        return dialog

    def _apply(self, dialog: AbsorbDialog) -> None:
        if dialog.proposal is not None and self.controller.apply_proposal(dialog.proposal):
            self.controller.remember_absorb_settings(*dialog.settings())

    def undo(self) -> None:
        if self.controller is not None and self.undo_action.isEnabled():
            self.controller.undo_stack.undo()

    def redo(self) -> None:
        if self.controller is not None and self.redo_action.isEnabled():
            self.controller.undo_stack.redo()

    # -- the projector ---------------------------------------------------------------------------

    def toggle_projector(self) -> None:
        if self.controller is not None and self.document is not None:
            self.controller.toggle_projector()
            self._enable()

    def set_mode(self, mode: str) -> None:
        if self.controller is not None:
            self.controller.set_mode(mode)

    def set_seating_mode(self, mode: str) -> None:
        """W, L: the seating of the round the programme is at (not one picked on the Tables screen)."""
        if self.controller is not None:
            self.controller.seating.round_id = None
            self.controller.set_mode(mode)

    def set_notes_mode(self, mode: str) -> None:
        """H, V: the themes or vote result of the live agenda item (not one picked on the Notes screen)."""
        if self.controller is not None:
            self.controller.notes.item_id = self.controller.notes.vote_id = None
            self.controller.set_mode(mode)

    def turn_page(self, pages: int) -> None:
        if self.controller is not None:
            self.controller.turn_page(pages)

    def toggle_black(self) -> None:
        if self.controller is not None:
            self.controller.toggle_black()

    def toggle_chime(self) -> None:
        if self.controller is not None:
            self.controller.set_muted(not self.controller.chime.muted)
            self._enable()

    def message_presets(self) -> list[str]:
        """"5 minutes left", "Welcome!", "Break until HH:MM" (the running or the next break's end)."""
        presets = [self.tr("5 minutes left"), self.tr("Welcome!")]
        projection = self.controller.projection() if self.controller else None
        if projection is not None and projection.items:
            breaks = [p for p in projection.items if p.item.kind == AgendaKind.BREAK
                      and p.status in (ItemStatus.CURRENT, ItemStatus.UPCOMING)]
            until = clock(breaks[0].end) if breaks else clock(projection.now + timedelta(minutes=15))
            presets.append(self.tr("Break until %1").replace("%1", until))
        return presets

    def ask_message(self) -> MessageDialog | None:
        controller = self.controller
        if controller is None or self.document is None:
            return None
        self._enable()  # the M key checked the action; the mode changes only when a text is chosen
        dialog = MessageDialog(self.message_presets(), controller.message, self)
        dialog.accepted.connect(lambda: dialog.text() and controller.show_message(dialog.text()))
        dialog.open()
        return dialog

    def _fill_screens(self) -> None:
        self.screens_menu.clear()
        controller = self.controller
        for screen in LiveController.screens():
            size = screen.size()
            act = self.screens_menu.addAction(f"{screen.name()} ({size.width()}×{size.height()})")
            act.triggered.connect(lambda _checked=False, s=screen: controller and controller.project_on(s))
        self.screens_menu.addSeparator()
        self.screens_menu.addAction(self.projector_action)

    # -- messages --------------------------------------------------------------------------------

    def _confirm(self, title: str, text: str, button: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        yes = box.addButton(button, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

    def _tell(self, message: str) -> None:
        window = self.window()
        bar = window.statusBar() if hasattr(window, "statusBar") else None
        if bar is not None:
            bar.showMessage(message, 15000)


class LiveControllerClock:
    """The clock of the view's controller, whichever controller that turns out to be (for the preview)."""

    def __init__(self, view: LiveView) -> None:
        self.view = view

    def now(self) -> float:
        controller = self.view.controller
        return controller.clock.now() if controller is not None else 0.0
