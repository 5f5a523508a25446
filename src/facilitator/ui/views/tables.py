"""The Tables screen: set up the tables and rounds, assign people (solver or by hand), show and project it.

Per round every table is a card (who sits there, how it mirrors the room on
the balance attributes, broken rules in red, categories off balance in
amber); the chips above give the plan's figures. "Assign tables" runs the
solver through the window's task runner and stores its plan; "Replan" re-plans
the coming rounds for late arrivals and no-shows. People are moved by
dragging them to another card, or with "Move to table…" from the keyboard;
every edit is saved at once and the figures are judged again in memory.
Moves, pins and stored plans are undone and redone with Ctrl+Z / Ctrl+Y or
the buttons beside them (the editor's stack).
"""

from __future__ import annotations

import html
import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTabBar,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.model import Role, TableRound
from facilitator.core.projection_frame import ProjectorMode
from facilitator.ui.document_editor import StepButton, undo_actions
from facilitator.ui.labels import number
from facilitator.ui.models.participant_model import header_name
from facilitator.ui.models.seating_model import SeatingModel, build_cards
from facilitator.ui.seating_dialogs import MovePersonDialog
from facilitator.ui.seating_editor import SeatingEditor
from facilitator.ui.seating_setup_flow import TableSetupFlow
from facilitator.ui.seating_solve import SolveFlow
from facilitator.ui.seating_state import SeatingState
from facilitator.ui.views.base import MainView
from facilitator.ui.widgets.chips import ChipRow
from facilitator.ui.widgets.seating_setup import SeatingSetup
from facilitator.ui.widgets.table_card_delegate import PALETTE, TableCardDelegate
from facilitator.ui.widgets.table_grid import TableGrid
from facilitator.ui.widgets.tones import muted

MAX_CARD_LINES = 14


def category_key(text: str) -> tuple:
    """Age bands in age order ('<18' before '18-29' before '65+'), other categories alphabetically."""
    digits = "".join(c if c.isdigit() else " " for c in text).split()
    if text.strip().startswith("<"):
        return (0, -1, text)
    if digits:
        return (0, int(digits[0]), text)
    return (1, 0, text.casefold())


class TablesView(MainView):
    key = "tables"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.editor = SeatingEditor(self)
        self.editor.changed.connect(self.refresh)
        self.editor.refused.connect(self._tell)
        self.editor.seats_restored.connect(self._seats_restored)
        self.undo_action, self.redo_action = undo_actions(self.editor.stack, self)
        self.solver = SolveFlow(self)
        self.tasks = None  # a task runner; None: the main window's
        self.chooser = None  # callable(message box) -> clicked button, instead of showing it (tests)
        self.last_evaluate_ms = 0.0

        self.rounds_label = QLabel(self.tr("Round:"), self)
        self.round_bar = QTabBar(self)
        self.round_bar.setExpanding(False)
        self.round_bar.setDrawBase(False)
        self.assign_button = QPushButton(self.tr("Assign tables…"), self)
        self.assign_button.setToolTip(self.tr("Seat everyone who is here, for every round (the solver)"))
        self.replan_button = QPushButton(self.tr("Replan…"), self)
        self.replan_button.setToolTip(self.tr("Late arrivals, no-shows: replan from this round on, moving as "
                                              "few people as possible"))
        self.move_button = QPushButton(self.tr("Move to table…"), self)
        self.pin_button = QPushButton(self.tr("Pin"), self)
        self.pin_button.setToolTip(self.tr("Keep the chosen person at this table when the solver runs again"))
        self.project_button = QToolButton(self)
        self.project_button.setText(self.tr("Project “Where do I sit?”"))
        self.project_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        project_menu = QMenu(self.project_button)
        project_menu.addAction(self.tr("Project the table lists"), lambda: self.project(ProjectorMode.TABLES))
        self.project_button.setMenu(project_menu)
        self.project_button.clicked.connect(lambda: self.project(ProjectorMode.WHERE))
        self.setup_button = QPushButton(self.tr("Set up tables"), self)
        self.setup_button.setCheckable(True)
        self.assign_button.clicked.connect(lambda: self.solver.ask(replan=False))
        self.replan_button.clicked.connect(lambda: self.solver.ask(replan=True))
        self.move_button.clicked.connect(self.ask_move)
        self.pin_button.clicked.connect(self.toggle_pin)

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find a person’s table…"))
        self.figures = ChipRow(self)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.round_label = QLabel(self)
        self.round_label.setWordWrap(True)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.RichText)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.notice.linkActivated.connect(lambda _link: self.notice.hide())
        self.notice.setStyleSheet("QLabel { background: rgba(70,110,200,30); border-radius: 0.4em; padding: 0.5em; }")
        self.notice.hide()
        self.found_label = muted("", self)
        self.model = SeatingModel(self)
        self.delegate = TableCardDelegate(self)
        self.grid = TableGrid(self.model, self.delegate, self)
        self.grid.dropped.connect(self.move_person)
        self.grid.picked.connect(lambda _pid: self._enable())
        self.setup = SeatingSetup(self)
        self.setup_flow = TableSetupFlow(self)
        self.setup_button.toggled.connect(self.setup.setVisible)
        self.setup.hide()

        top = QHBoxLayout()
        top.addWidget(self.rounds_label)
        top.addWidget(self.round_bar, 1)
        top.addWidget(self.project_button)
        top.addWidget(self.setup_button)
        self.undo_button = StepButton(self.editor.stack, self.undo_action, self.tr("Undo"), False, self)
        self.redo_button = StepButton(self.editor.stack, self.redo_action, self.tr("Redo"), True, self)
        self.toolbar = QToolBar(self)  # what does not fit folds into its » menu
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        for widget in (self.assign_button, self.replan_button, self.move_button, self.pin_button,
                       self.undo_button, self.redo_button):
            self.toolbar.addWidget(widget)
        actions = QHBoxLayout()
        actions.addWidget(self.toolbar, 3)
        actions.addWidget(self.search, 1)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(actions)
        column.addWidget(self.figures)
        column.addWidget(self.legend)
        column.addWidget(self.round_label)
        column.addWidget(self.notice)
        column.addWidget(self.found_label)
        column.addWidget(self.grid, 1)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.setup)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.state = SeatingState()
        self._round_picked = False
        self.round_bar.currentChanged.connect(self._round_changed)
        self.search.textChanged.connect(self._find)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+M"), self, self.ask_move, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def title(self) -> str:
        return self.tr("Tables")

    def shortcut_section(self):
        return self.tr("Tables screen"), [
            (self.tr("Find a person’s table"), [QKeySequence(QKeySequence.StandardKey.Find)]),
            (self.tr("Move the chosen person to another table"), [QKeySequence("Ctrl+M")]),
            (self.tr("Undo"), self.undo_action.shortcuts()),
            (self.tr("Redo"), self.redo_action.shortcuts()),
        ]

    # -- reading --------------------------------------------------------------------------------------------

    def set_document(self, document) -> None:
        self.editor.set_document(document)
        self._round_picked = False
        self.notice.hide()
        super().set_document(document)

    def refresh(self) -> None:
        doc = self.document
        self.state = SeatingState.load(doc)
        state = self.state
        previous = self.round_bar.currentIndex()
        if not self._round_picked:
            previous = self._live_round_index()
        self.round_bar.blockSignals(True)
        while self.round_bar.count():
            self.round_bar.removeTab(0)
        for rnd in state.rounds:
            self.round_bar.addTab(self._round_name(rnd))
        self.round_bar.setCurrentIndex(min(max(previous, 0), len(state.rounds) - 1))
        self.round_bar.blockSignals(False)
        for widget in (self.rounds_label, self.round_bar):
            widget.setVisible(bool(state.rounds))
        editable = self.editor.can_edit
        self.setup.show_setup(state.tables, state.people, len(state.rounds), state.balance)
        self.setup.set_editable(editable)
        if doc is not None and not state.tables and editable and not self.setup_button.isChecked():
            self.setup_button.setChecked(True)  # nothing to show yet: start with the set-up
        self.grid.editable = editable
        self._show_round()

    def _round_name(self, rnd: TableRound) -> str:
        text = self.tr("Round {number}").format(number=rnd.number)
        return f"{text} · {rnd.title}" if rnd.title else text

    def _live_round_index(self) -> int:
        """The round of the agenda item running live, if any (else the first)."""
        live = getattr(self.window(), "live", None)
        day = getattr(live, "day", None)
        current = day.run.current_item_id if day is not None else None
        return next((n for n, r in enumerate(self.state.rounds) if current and r.agenda_item_id == current), 0)

    def current_round(self) -> TableRound | None:
        index = self.round_bar.currentIndex()
        rounds = self.state.rounds
        return rounds[index] if 0 <= index < len(rounds) else None

    def _round_changed(self, _index: int) -> None:
        self._round_picked = True
        self.model.set_selected(None)
        self._show_round()

    # -- showing -----------------------------------------------------------------------------------------------

    def _show_round(self, *, keep_view: bool = False) -> None:
        state = self.state
        rnd = self.current_round()
        seating = state.seating.get(rnd.id, {}) if rnd else None
        off, problems, flagged = state.flags(rnd.id if rnd else None)
        balance = [(key, header_name(key)) for key in state.balance]
        categories = {key: sorted({p.attributes.get(key, "") for p in state.people.values()} - {""},
                                  key=category_key) for key in state.balance}
        cards = build_cards(state.tables, state.people, seating, balance=balance, categories=categories,
                            pinned=state.pinned.get(rnd.id, set()) if rnd else set(), off=off,
                            problems=problems, flagged=flagged)
        widest = max([c.table.capacity for c in cards] + [c.fill for c in cards] + [2])
        self.delegate.lines = min(widest, MAX_CARD_LINES)
        self.delegate.mixes = len(balance) if rnd else 0
        if keep_view:
            self.model.replace_cards(cards)
        else:
            self.model.set_cards(cards)
        self._categories = categories
        self.round_label.setText(self._round_text(rnd, seating))
        self._show_figures(rnd)
        self._show_legend(balance, categories, rnd is not None)
        self._find(self.search.text())
        self._enable()

    def _show_figures(self, rnd: TableRound | None) -> None:
        state = self.state
        tables = state.tables
        chips = [(self.tr("Tables: {count}").format(count=number(len(tables))), "plain"),
                 (self.tr("Seats: {count}").format(count=number(sum(t.capacity for t in tables))), "plain")]
        quality = state.quality
        if quality is not None and rnd is not None:
            reasons = state.reasons(rnd.id)
            tip = "<br>".join(html.escape(r) for r in reasons[:30])
            chips = [
                (self.tr("Repeated pairs: {count}").format(count=number(quality.repeated_pairs)),
                 "good" if quality.repeated_pairs == 0 else "warn",
                 self.tr("Pairs of people who meet again at a table (all rounds)")),
                (self.tr("Balance deviations: {count}").format(count=number(quality.balance_deviations)),
                 "good" if quality.balance_deviations == 0 else "warn",
                 self.tr("Table, round and group counts outside their fair share (all rounds)")),
                (self.tr("Rule violations: {count}").format(count=number(quality.rule_violations)),
                 "good" if quality.rule_violations == 0 else "bad", tip),
                (self.tr("Seated: {seated} / {present}").format(seated=number(state.seated_in(rnd.id)),
                                                                present=number(state.to_seat)),
                 "good" if state.seated_in(rnd.id) == state.to_seat else "warn",
                 self.tr("People seated in this round / people to seat (here, not hosts)")),
            ] + chips
        else:
            chips.append((self.tr("♿ Accessible: {count}").format(
                count=number(sum(1 for t in tables if t.accessible))), "accent"))
        self.figures.set_chips(chips)
        self.figures.setVisible(bool(tables))

    def _show_legend(self, balance: list[tuple[str, str]], categories: dict[str, list[str]], shown: bool) -> None:
        parts = []
        for key, label in balance:
            swatches = " ".join(f"<span style='color:{PALETTE[n % len(PALETTE)]}'>■</span>&nbsp;{html.escape(c)}"
                                for n, c in enumerate(categories.get(key, [])))
            parts.append(f"<b>{html.escape(label)}</b>: {swatches}")
        self.legend.setText(" &nbsp;·&nbsp; ".join(parts))
        self.legend.setVisible(bool(parts) and shown)

    def _round_text(self, rnd: TableRound | None, seating: dict[int, list[int]] | None) -> str:
        state = self.state
        if not state.tables:
            return self.tr("No tables yet. Add tables to plan the seating.")
        if rnd is None:
            return self.tr("No table rounds yet: the tables are shown without seating.")
        if not seating:
            return self.tr("Nobody is seated in round {number} yet.").format(number=rnd.number)
        seated = {pid for members in seating.values() for pid in members}
        waiting = [p for p in state.people.values()
                   if p.role == Role.PARTICIPANT and p.attendance.is_here and p.id not in seated]
        item = state.items.get(rnd.agenda_item_id)
        parts = [item.title] if item else []
        parts.append(self.tr("Tables in use: {tables}").format(
            tables=number(sum(1 for members in seating.values() if members))))
        if waiting:
            parts.append(self.tr("Here but not seated: {count}").format(count=number(len(waiting))))
        self.round_label.setToolTip(", ".join(p.display_name for p in waiting[:40]))
        return " · ".join(parts)

    def _find(self, text: str) -> None:
        self.model.set_needle(text)
        rows = self.model.matching_rows()
        if not self.model.needle:
            self.found_label.setText("")
        elif rows:
            names = ", ".join(self.model.card(r).table.name for r in rows[:12])
            more = len(rows) - 12
            if more > 0:
                found = self.tr("Found at: {tables} (+{count} more)").format(tables=names, count=number(more))
            else:
                found = self.tr("Found at: {tables}").format(tables=names)
            self.found_label.setText(found)
            self.grid.scrollTo(self.model.index(rows[0]))
        else:
            self.found_label.setText(self.tr("Nobody seated in this round matches “{text}”.").format(text=text))
        self.found_label.setVisible(bool(self.model.needle))

    def _enable(self) -> None:
        editable = self.editor.can_edit
        rnd = self.current_round()
        has_plan = editable and bool(self.state.tables)
        self.assign_button.setEnabled(has_plan)
        self.replan_button.setEnabled(has_plan and rnd is not None and bool(self.state.seating.get(rnd.id)))
        self.move_button.setEnabled(editable and rnd is not None)
        chosen = self.model.selected
        seat = self.model.seat_of(chosen) if chosen is not None else None
        self.pin_button.setEnabled(editable and seat is not None and not seat[1].is_host)
        self.pin_button.setText(self.tr("Unpin") if seat and seat[1].pinned else self.tr("Pin"))
        self.project_button.setEnabled(self.document is not None and bool(self.state.tables))

    def _tell(self, message: str) -> None:
        window = self.window()
        bar = window.statusBar() if hasattr(window, "statusBar") else None
        if bar is not None:
            bar.showMessage(message, 10000)

    def show_notice(self, text: str) -> None:
        """A calm panel above the cards (the solver's result and notes), until the user closes it."""
        lines = "<br>".join(html.escape(line) for line in text.splitlines())
        close = self.tr("Close")
        self.notice.setText(f"{lines}<br><a href='close'>{html.escape(close)}</a>" if text else "")
        self.notice.setVisible(bool(text))

    # -- hand edits ---------------------------------------------------------------------------------------------

    def move_person(self, person_id: int, table_id: int) -> bool:
        """Seat a person at another table in the shown round: saved at once, figures judged again."""
        rnd = self.current_round()
        person = self.state.people.get(person_id)
        if rnd is None or person is None:
            return False
        if any(t.host_id == person_id for t in self.state.tables):
            self._tell(self.tr("{name} hosts a table and stays there; change the host in the set-up.")
                       .format(name=person.display_name))
            return False
        current = next((t for t, members in self.state.seating.get(rnd.id, {}).items() if person_id in members),
                       None)
        if current == table_id or not self.editor.move(rnd.id, person_id, table_id):
            return False
        started = time.perf_counter()
        self.state.move(rnd.id, person_id, table_id)
        self.last_evaluate_ms = (time.perf_counter() - started) * 1000
        self.model.set_selected(person_id)
        self._show_round(keep_view=True)
        self._tell(self.tr("{name} now sits at {table}.").format(name=person.display_name,
                                                                   table=self.state.table_name(table_id)))
        return True

    def _seats_restored(self, round_ids: list[int], said: str) -> None:
        """Undo or redo put seats back: read the file again, show the round it touched, say what it did (the
        solver's panel, about a plan that may be gone now, closes)."""
        self._tell(said)
        self.notice.hide()
        rnd = self.current_round()
        self._round_picked = True
        self.refresh()
        if rnd is None or rnd.id not in round_ids:
            index = next((n for n, r in enumerate(self.state.rounds) if r.id in round_ids), -1)
            if index >= 0:
                self.round_bar.setCurrentIndex(index)

    def ask_move(self) -> MovePersonDialog | None:
        rnd = self.current_round()
        if rnd is None or not self.editor.can_edit:
            return None
        seating = self.state.seating.get(rnd.id, {})
        where = {pid: self.state.table_name(tid) for tid, members in seating.items() for pid in members}
        hosts = {t.host_id for t in self.state.tables}
        people = sorted((p for p in self.state.people.values() if p.id not in hosts
                         and (p.id in where or (p.role == Role.PARTICIPANT and p.attendance.is_here))),
                        key=lambda p: (p.first_name.casefold(), p.last_name.casefold()))
        fill = {tid: len(members) for tid, members in seating.items()}
        tables = [(t.id, f"{t.name} ({fill.get(t.id, 0)}/{t.capacity})") for t in self.state.tables]
        dialog = MovePersonDialog([(p.id, p.display_name, where.get(p.id, "")) for p in people], tables,
                                  self.model.selected, self)
        dialog.accepted.connect(lambda: self.move_person(*dialog.choice()) if None not in dialog.choice() else None)
        dialog.open()
        return dialog

    def toggle_pin(self) -> bool:
        rnd, chosen = self.current_round(), self.model.selected
        seat = self.model.seat_of(chosen) if chosen is not None else None
        if rnd is None or seat is None:
            return False
        pinned = not seat[1].pinned
        if not self.editor.set_pinned(rnd.id, chosen, pinned):
            return False
        self.state.set_pinned(rnd.id, chosen, pinned)
        self._show_round(keep_view=True)
        return True

    # -- the projector ----------------------------------------------------------------------------------------

    def project(self, mode: str) -> bool:
        live = getattr(self.window(), "live", None)
        rnd = self.current_round()
        if live is None or self.document is None:
            return False
        live.project_seating(mode, rnd.id if rnd else None)
        return True
