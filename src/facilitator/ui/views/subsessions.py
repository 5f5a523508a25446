"""The Sub-sessions screen: parallel deelsessies, placing everyone by their ranking, and who goes where per slot.

Top: the sub-sessions (add, edit, delete in a small dialog) and the
"Allocate" button, which runs the allocator through the window's task runner
(progress, cancel) and stores the result. Then how many got their 1st, 2nd …
choice per slot, and per slot each sub-session's attendees against its
capacity beside a list of everyone placed, where one person can be moved by
hand (the move is checked against capacities and the never-twice rule, and
pinned so a new allocation keeps it). Without sub-sessions the screen
explains what they are.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.model import SubSession
from facilitator.core.progress import Cancelled, Progress
from facilitator.core.subsessions import Allocation, Problem, allocate, choice_counts
from facilitator.store import subsessions as store
from facilitator.ui.labels import number
from facilitator.ui.models.subsession_model import (
    AttendeeModel,
    ChoiceCountsModel,
    OccupancyModel,
    SubSessionListModel,
)
from facilitator.ui.models.text_filter import TextFilterProxy
from facilitator.ui.tasks import runner_for
from facilitator.ui.views.base import MainView
from facilitator.ui.widgets.bar_delegate import BarDelegate
from facilitator.ui.widgets.chips import ChipRow
from facilitator.ui.widgets.subsession_dialogs import MoveDialog, SubSessionDialog
from facilitator.ui.widgets.subsession_notes import note_text
from facilitator.ui.widgets.table_setup import configure, fit_columns
from facilitator.ui.widgets.tones import heading, ink, muted

SEED = 0


def allocate_and_store(doc, seed: int, progress: Progress) -> tuple[Allocation, int]:
    """Worker-thread job: read the problem, allocate, store when possible. (result, unknown preference values)."""
    loaded = store.load_problem(doc)
    result = allocate(loaded.problem, seed=seed, progress=progress)
    progress.step(1, 1)  # a cancel during the solve stops here, before anything is written
    if result.feasible:
        store.save_allocation(doc, result.assignment)
    return result, len(loaded.unknown)


def _table(model, parent) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    configure(view)
    return view


def _fit_height(view: QTableView, rows: int, most: int = 8) -> None:
    """As tall as ``rows`` rows (at least one, at most ``most``; more scroll), so the slots get the room."""
    shown = min(max(rows, 1), most)
    height = view.horizontalHeader().sizeHint().height() + shown * view.verticalHeader().defaultSectionSize()
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setFixedHeight(height + 2 * view.frameWidth())


class SubSessionsView(MainView):
    key = "subsessions"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.tasks = None  # a task runner; None: the window's
        self.confirm = self._ask  # (question, detail) -> bool; tests replace it
        self.summary = ChipRow(self)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.allocate_button = QPushButton(self.tr("Allocate"), self)
        self.allocate_button.setDefault(True)
        self.allocate_button.setToolTip(self.tr("Place everyone here in the sub-sessions by their preferences"))

        self.list_model = SubSessionListModel(self)
        self.list = _table(self.list_model, self)
        self.counts_model = ChoiceCountsModel(self)
        self.counts = _table(self.counts_model, self)
        self.counts.setAlternatingRowColors(False)
        self.notice = muted("", self)
        self.slot_bar = QTabBar(self)
        self.slot_bar.setExpanding(False)
        self.slot_bar.setDrawBase(False)
        self.occupancy_model = OccupancyModel(self)
        self.occupancy = _table(self.occupancy_model, self)
        self.occupancy.setItemDelegateForColumn(1, BarDelegate(self.occupancy))
        self.attendee_model = AttendeeModel(self)
        self.proxy = TextFilterProxy(self)
        self.proxy.setSourceModel(self.attendee_model)
        self.attendees = _table(self.proxy, self)
        self.attendees.setSortingEnabled(True)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find a person…"))
        self.move_button = QPushButton(self.tr("Move…"), self)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._empty_page())
        self.stack.addWidget(self._content_page())
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for button in (self.add_button, self.edit_button, self.delete_button, self.allocate_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.stack, 1)

        self._problem = Problem((), ())
        self._subs: list[SubSession] = []
        self._stored = store.Stored()
        self._slots: list[int] = []
        self.add_button.clicked.connect(self.add_sub_session)
        self.edit_button.clicked.connect(self.edit_sub_session)
        self.delete_button.clicked.connect(self.delete_sub_session)
        self.allocate_button.clicked.connect(self.allocate)
        self.move_button.clicked.connect(self.move_person)
        self.list.doubleClicked.connect(lambda _index: self.edit_sub_session())
        self.attendees.doubleClicked.connect(lambda _index: self.move_person())
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.attendees.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.slot_bar.currentChanged.connect(self._show_slot)
        self.search.textChanged.connect(self.proxy.set_text)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def title(self) -> str:
        return self.tr("Sub-sessions")

    def _empty_page(self) -> QWidget:
        page = QWidget(self)
        self.empty_heading = heading(self.tr("No sub-sessions yet"), page)
        self.empty_text = muted(self.tr(
            "Sub-sessions (deelsessies, workshops) run side by side in one or more time slots. Participants rank "
            "them — imported from columns such as “Voorkeur 1”, “Voorkeur 2” … or entered by hand — and "
            "Facilitator places everyone in one per slot: never the same one twice, within each room’s minimum "
            "and maximum, with as many first choices as possible and nobody left with their last choice when "
            "that can be avoided."), page)
        self.empty_text.setMaximumWidth(self.fontMetrics().averageCharWidth() * 90)
        self.empty_add = QPushButton(self.tr("Add a sub-session"), page)
        self.empty_add.clicked.connect(self.add_sub_session)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.empty_heading, 0, Qt.AlignmentFlag.AlignHCenter)
        middle = QHBoxLayout()  # centred, yet free to wrap narrower (an aligned label would not grow in height)
        middle.addStretch(1)
        middle.addWidget(self.empty_text, 4)
        middle.addStretch(1)
        layout.addLayout(middle)
        layout.addWidget(self.empty_add, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _content_page(self) -> QWidget:
        page = QWidget(self)
        top = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(heading(self.tr("Sub-sessions"), page, 1.1))
        left.addWidget(self.list)
        right.addWidget(heading(self.tr("Choices given"), page, 1.1))
        right.addWidget(self.counts)
        self.counts_caption = muted(self.tr("Nobody is placed yet: press Allocate."), page)
        right.addWidget(self.counts_caption)
        right.addStretch(1)
        left.addStretch(1)
        top.addLayout(left, 5)
        top.addLayout(right, 3)
        people = QWidget(page)
        people_layout = QVBoxLayout(people)
        people_layout.setContentsMargins(0, 0, 0, 0)
        find = QHBoxLayout()
        find.addWidget(self.search, 1)
        find.addWidget(self.move_button)
        people_layout.addLayout(find)
        people_layout.addWidget(self.attendees, 1)
        split = QSplitter(Qt.Orientation.Horizontal, page)
        split.addWidget(self.occupancy)
        split.addWidget(people)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.slot_bar)
        layout.addWidget(split, 3)
        return page

    # -- loading -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        doc = self.document
        if doc is None:
            loaded, self._stored = None, store.Stored()
        else:
            loaded, self._stored = store.load_problem(doc), store.read_allocation(doc)
        self._problem = loaded.problem if loaded else Problem((), ())
        self._subs = loaded.sub_sessions if loaded else []
        self._people = sorted(loaded.people.values(), key=lambda p: p.id) if loaded else []
        self._unknown = loaded.unknown if loaded else []
        self.list_model.set_sub_sessions(self._subs)
        fit_columns(self.list, stretch_last=False)
        self.list.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        _fit_height(self.list, len(self._subs))
        placed = {pid for pid in (p.id for p in self._problem.people)}
        self._assignment = {k: v for k, v in self._stored.assignment.items() if k[0] in placed}
        counts = choice_counts(self._problem, self._assignment) if self._assignment else None
        self.counts_model.set_counts(counts)
        fit_columns(self.counts)
        _fit_height(self.counts, self.counts_model.rowCount())
        self.counts_caption.setVisible(counts is None)
        self._slots = self._problem.slots
        previous = self.slot_bar.currentIndex()
        self.slot_bar.blockSignals(True)
        while self.slot_bar.count():
            self.slot_bar.removeTab(0)
        for slot in self._slots:
            self.slot_bar.addTab(self.tr("Slot {slot}").format(slot=slot))
        self.slot_bar.setCurrentIndex(min(max(previous, 0), len(self._slots) - 1))
        self.slot_bar.blockSignals(False)
        self.stack.setCurrentIndex(1 if self._subs else 0)
        self._show_summary()
        self._show_slot()
        if not self.notice.text():
            self._show_unknown()
        self._enable()

    def _show_summary(self) -> None:
        problem = self._problem
        chips = [(self.tr("Sub-sessions: {count}").format(count=number(len(self._subs))), "plain"),
                 (self.tr("Slots: {count}").format(count=number(len(problem.slots))), "plain"),
                 (self.tr("To place: {count}").format(count=number(len(problem.people))), "accent")]
        without = sum(1 for p in problem.people if not p.ranked)
        if without:
            chips.append((self.tr("Without preferences: {count}").format(count=number(without)), "warn"))
        if self._assignment:
            expected = len(problem.people) * len(problem.slots)
            tone = "good" if len(self._assignment) >= expected else "warn"
            chips.append((self.tr("Placed: {done} of {total}").format(
                done=number(len(self._assignment)), total=number(expected)), tone))
        self.summary.set_chips(chips if self._subs else [])

    def _show_slot(self, _index: int = -1) -> None:
        index = self.slot_bar.currentIndex()
        slot = self._slots[index] if 0 <= index < len(self._slots) else None
        self.occupancy_model.set_slot(self._subs, slot or 0, self._assignment)
        fit_columns(self.occupancy, stretch_last=False)
        self.occupancy.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.occupancy.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.attendee_model.set_slot(self._people, self._problem, slot or 0, self._assignment, self._stored.pinned)
        fit_columns(self.attendees, widths={1: self.fontMetrics().averageCharWidth() * 36})
        self.attendees.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)

    def _show_unknown(self) -> None:
        if not self._unknown:
            self._tell("")
            return
        examples = "; ".join(f"{u.person}: “{u.value}”" for u in self._unknown[:3])
        self._tell(self.tr("{count} preference values name no sub-session and are ignored ({examples}). "
                           "Use the sub-sessions’ codes or names.").format(count=number(len(self._unknown)),
                                                                         examples=examples), "warn")

    def _enable(self) -> None:
        writable = self.document is not None and not self.document.read_only
        chosen = bool(self.list.selectionModel().selectedRows())
        for button in (self.add_button, self.empty_add):
            button.setEnabled(writable)
        self.edit_button.setEnabled(writable and chosen)
        self.delete_button.setEnabled(writable and chosen)
        self.allocate_button.setEnabled(writable and bool(self._subs))
        self.move_button.setEnabled(writable and bool(self.attendees.selectionModel().selectedRows()))
        for button in (self.add_button, self.edit_button, self.delete_button, self.allocate_button):
            button.setVisible(bool(self._subs))

    def _tell(self, message: str, tone: str = "") -> None:
        palette = self.notice.palette()
        palette.setColor(self.notice.foregroundRole(), ink(tone or "muted", palette))
        self.notice.setPalette(palette)
        self.notice.setText(message)
        self.notice.setVisible(bool(message))

    # -- editing the sub-sessions ---------------------------------------------------------------------

    def selected_sub_session(self) -> SubSession | None:
        rows = self.list.selectionModel().selectedRows()
        return self.list_model.sub_session(rows[0].row()) if rows else None

    def add_sub_session(self) -> SubSessionDialog | None:
        if self.document is None:
            return None
        dialog = SubSessionDialog(self, self._subs)
        dialog.accepted.connect(lambda: self._save(dialog.apply_to(SubSession("", position=len(self._subs) + 1))))
        dialog.open()
        return dialog

    def edit_sub_session(self) -> SubSessionDialog | None:
        sub = self.selected_sub_session()
        if sub is None or self.document is None or self.document.read_only:
            return None
        dialog = SubSessionDialog(self, self._subs, sub)
        dialog.accepted.connect(lambda: self._save(dialog.apply_to(sub)))
        dialog.open()
        return dialog

    def _save(self, sub: SubSession) -> None:
        store.save_sub_session(self.document, sub)
        self.refresh()

    def delete_sub_session(self) -> bool:
        sub = self.selected_sub_session()
        if sub is None or self.document is None:
            return False
        going = sum(1 for v in self._stored.assignment.values() if v == sub.id)
        detail = self.tr("{count} people placed in it lose that place; allocate again afterwards.").format(
            count=number(going)) if going else ""
        if not self.confirm(self.tr("Delete “{name}”?").format(name=sub.name), detail):
            return False
        self.document.delete(sub)
        self.refresh()
        return True

    def _ask(self, question: str, detail: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete sub-session"), question, parent=self)
        box.setInformativeText(detail)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete

    # -- allocating ----------------------------------------------------------------------------------

    def _runner(self):
        return runner_for(self, self.tasks)

    def allocate(self) -> None:
        if self.document is not None and not self.document.read_only:
            self._runner().start(self._allocate())

    async def _allocate(self) -> None:
        doc = self.document
        try:
            result, unknown = await self._runner().run_task(
                allocate_and_store, doc, SEED, title=self.tr("Allocating the sub-sessions…"))
        except Cancelled:
            self._tell(self.tr("Allocation cancelled; nothing was changed."), "warn")
            return
        if self.document is not doc:
            return
        self.refresh()
        if result.feasible:
            lines = [self.tr("Allocated {count} people in {seconds} s.").format(
                count=number(len(self._problem.people)), seconds=f"{result.seconds:.1f}")]
            lines += [note_text(n) for n in result.notes]
            if unknown:
                lines.append(self.tr("{count} preference values name no sub-session and were ignored.").format(
                    count=number(unknown)))
            self._tell(" ".join(lines), "warn" if len(lines) > 1 else "good")
        else:
            lines = [self.tr("No allocation is possible; nothing was changed.")]
            self._tell("\n".join(lines + [f"• {note_text(n)}" for n in result.notes]), "bad")

    # -- moving one person ---------------------------------------------------------------------------

    def move_person(self) -> MoveDialog | None:
        rows = self.attendees.selectionModel().selectedRows()
        index = self.slot_bar.currentIndex()
        if not rows or self.document is None or self.document.read_only or not 0 <= index < len(self._slots):
            return None
        person = self.attendee_model.person(self.proxy.mapToSource(rows[0]).row())
        slot = self._slots[index]
        dialog = MoveDialog(self, person.display_name, person.id, slot, self._problem, self._assignment, note_text)
        dialog.accepted.connect(lambda: self._move(person.id, slot, dialog.chosen(), dialog.keep.isChecked()))
        dialog.open()
        return dialog

    def _move(self, person_id: int, slot: int, sub_id: int | None, keep: bool) -> None:
        if sub_id is None:
            return
        store.move(self.document, person_id, slot, sub_id, pinned=keep)
        self.refresh()
