"""The "Absorb overrun" dialog: the proposal to win the delay back, item by item, with the floors the chair sets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import absorb
from facilitator.core.model import AgendaItem, AgendaKind
from facilitator.core.projection import ItemStatus, Projection
from facilitator.ui.labels import clock
from facilitator.ui.widgets.tones import heading, ink, muted, scaled

if TYPE_CHECKING:
    from facilitator.ui.live_controller import LiveController

ITEM, NOW, NEW, WON, WHY = range(5)


class AbsorbDialog(QDialog):
    """Shows :func:`absorb.propose` for the chosen break floor and minimum share; Apply carries it out."""

    def __init__(self, controller: "LiveController", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Absorb the overrun"))
        self.proposal: absorb.Proposal | None = None
        self.heading = heading("", self, 1.3)
        self.heading.setWordWrap(True)
        fraction, floor = controller.absorb_settings()
        line = self.fontMetrics().height()
        self.floor_spin = QSpinBox(self)
        self.floor_spin.setMaximumWidth(line * 7)
        self.floor_spin.setRange(0, 60)
        self.floor_spin.setSuffix(self.tr(" min"))
        self.floor_spin.setValue(floor)
        self.fraction_spin = QSpinBox(self)
        self.fraction_spin.setMaximumWidth(line * 7)
        self.fraction_spin.setRange(0, 100)
        self.fraction_spin.setSingleStep(5)
        self.fraction_spin.setSuffix(" %")
        self.fraction_spin.setValue(round(fraction * 100))
        form = QFormLayout()
        form.addRow(self.tr("Breaks at least"), self.floor_spin)
        hint = muted(self.tr("of their planned time, unless an item has its own minimum. Fixed items are "
                             "never shortened."), self)
        fraction_row = QHBoxLayout()
        fraction_row.addWidget(self.fraction_spin)
        fraction_row.addWidget(hint, 1)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("Agenda item"), self.tr("Now"), self.tr("New"),
                                              self.tr("Won"), self.tr("Limit")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setFont(scaled(self.font(), 1.1, bold=True))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        form.addRow(self.tr("Other items at least"), fraction_row)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result)
        layout.addWidget(self.buttons)
        self.floor_spin.valueChanged.connect(self.recompute)
        self.fraction_spin.valueChanged.connect(self.recompute)
        self.recompute()
        self.resize(line * 52, line * 30)

    def settings(self) -> tuple[float, int]:
        """(minimum fraction, break floor) as chosen now."""
        return self.fraction_spin.value() / 100, self.floor_spin.value()

    def recompute(self) -> None:
        fraction, floor = self.settings()
        self.proposal = proposal = self.controller.propose(fraction, floor)
        projection = self.controller.projection()
        if proposal is None or projection is None:
            self.heading.setText(self.tr("There is no programme to absorb an overrun in."))
            self.table.setRowCount(0)
            self.result.setText("")
            self.apply_button.setEnabled(False)
            return
        target = self._target_words(proposal)
        if proposal.needed > 0:
            self.heading.setText(self.tr("%1 min to win back before %2.").replace("%1", str(proposal.needed))
                                 .replace("%2", target))
        else:
            self.heading.setText(self.tr("No delay before %1.").replace("%1", target))
        self._fill(projection, proposal, fraction, floor)
        self.result.setText(self.reason_words(proposal))
        tone = {absorb.Reason.ABSORBED: "good", absorb.Reason.PARTLY: "warn", absorb.Reason.NO_ROOM: "bad"}
        palette = self.result.palette()
        colour = ink(tone[proposal.reason], palette) if proposal.reason in tone else ink("muted", palette)
        palette.setColor(self.result.foregroundRole(), colour)
        self.result.setPalette(palette)
        self.apply_button.setEnabled(bool(proposal.changes))

    def _target_words(self, proposal: absorb.Proposal) -> str:
        if proposal.target is None:
            return self.tr("the end of the day")
        pin = proposal.target.pinned_start
        return f"{proposal.target.title} ({clock(pin)})" if pin else proposal.target.title

    def reason_words(self, proposal: absorb.Proposal) -> str:
        """The proposal's reason as the chair reads it."""
        target = self._target_words(proposal)
        if proposal.reason == absorb.Reason.ON_TIME:
            return self.tr("Nothing to win back: %1 is reached on time.").replace("%1", target)
        if proposal.reason == absorb.Reason.ABSORBED:
            return self.tr("All %1 min won back: %2 is reached on time.").replace("%1", str(proposal.won)) \
                .replace("%2", target)
        if proposal.reason == absorb.Reason.PARTLY:
            return self.tr("%1 of %2 min won back; still %3 min short. The other items are fixed, at their "
                           "minimum, or breaks at the floor.").replace("%1", str(proposal.won)) \
                .replace("%2", str(proposal.needed)).replace("%3", str(proposal.short))
        return self.tr("No room: nothing before %1 can be shortened (fixed items, minimums, break floor). "
                       "Still %2 min short.").replace("%1", target).replace("%2", str(proposal.short))

    def _fill(self, projection: Projection, proposal: absorb.Proposal, fraction: float, floor: int) -> None:
        """Every item that could give time before the target, with what the proposal does to it."""
        new = {change.item.id: change for change in proposal.changes}
        rows = []
        for placed in projection.items:
            if proposal.target is not None and placed.item.id == proposal.target.id:
                break
            if placed.status in (ItemStatus.CURRENT, ItemStatus.UPCOMING):
                rows.append(placed)
        self.table.setRowCount(len(rows))
        bold = scaled(self.font(), 1.0, bold=True)
        for number, placed in enumerate(rows):
            item = placed.item
            change = new.get(item.id)
            cells = [item.title, str(item.planned_minutes),
                     str(change.new_minutes) if change else str(item.planned_minutes),
                     str(change.minutes_won) if change else "",
                     self._limit_words(item, placed.status, fraction, floor)]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column in (NOW, NEW, WON):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if change is not None and column in (NEW, WON):
                    cell.setFont(bold)
                if change is None:
                    cell.setForeground(ink("muted"))
                self.table.setItem(number, column, cell)

    def _limit_words(self, item: AgendaItem, status: ItemStatus, fraction: float, floor: int) -> str:
        if not item.flexible:
            return self.tr("fixed")
        shortest = absorb.floor_minutes(item, fraction, floor)
        if item.kind == AgendaKind.BREAK and shortest == max(floor, 0) and shortest < item.planned_minutes:
            words = self.tr("break: at least %1 min").replace("%1", str(shortest))
        elif shortest >= item.planned_minutes:
            words = self.tr("at its minimum")
        else:
            words = self.tr("at least %1 min").replace("%1", str(shortest))
        if status == ItemStatus.CURRENT:
            words += " · " + self.tr("running now: only the minutes still to come")
        return words
