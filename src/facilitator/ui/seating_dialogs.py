"""The Tables screen's small dialogs: one table, several tables at once, moving a person, the solver's options."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.model import Participant, Role, Table
from facilitator.ui.models.participant_model import dutch_name_key


def _buttons(dialog: QDialog, layout) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    layout.addWidget(box)
    return box


class TableDialog(QDialog):
    """Add or edit one table: name or number, chairs, host (table hosts first, or anyone), step-free."""

    def __init__(self, table: Table, people: list[Participant], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.setWindowTitle(self.tr("Edit table") if table.id else self.tr("Add a table"))
        self.name = QLineEdit(table.name, self)
        self.capacity = QSpinBox(self)
        self.capacity.setRange(1, 99)
        self.capacity.setValue(table.capacity)
        self.capacity.setSuffix(self.tr(" chairs"))
        self.host = QComboBox(self)
        self.host.setEditable(True)  # type to find a name among a thousand
        self.host.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.host.addItem(self.tr("No host"), None)
        hosts = sorted((p for p in people if p.role == Role.TABLE_HOST), key=dutch_name_key)
        others = sorted((p for p in people if p.role != Role.TABLE_HOST), key=dutch_name_key)
        for person in hosts:
            self.host.addItem(self.tr("{name} (table host)").format(name=person.display_name), person.id)
        if hosts and others:
            self.host.insertSeparator(self.host.count())
        for person in others:
            self.host.addItem(person.display_name, person.id)
        found = self.host.findData(table.host_id)
        self.host.setCurrentIndex(max(found, 0))
        self.accessible = QCheckBox(self.tr("Step-free: a wheelchair can reach this table"), self)
        self.accessible.setChecked(table.accessible)
        self.problem = QLabel("", self)
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("Name or number:"), self.name)
        form.addRow(self.tr("Capacity (host included):"), self.capacity)
        form.addRow(self.tr("Host:"), self.host)
        form.addRow("", self.accessible)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        _buttons(self, layout)

    def accept(self) -> None:
        if not self.name.text().strip():
            self.problem.setText(self.tr("Give the table a name or a number."))
            self.problem.show()
            self.name.setFocus()
            return
        super().accept()

    def result_table(self) -> Table:
        """The table with the dialog's values (same record, id kept)."""
        table = self.table
        table.name = self.name.text().strip()
        table.capacity = self.capacity.value()
        table.host_id = self.host.currentData() if self.host.findText(self.host.currentText()) >= 0 else None
        table.accessible = self.accessible.isChecked()
        return table


class AddTablesDialog(QDialog):
    """'Add N tables of S chairs', numbered on: Tafel 9, Tafel 10 …"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add tables"))
        self.count = QSpinBox(self)
        self.count.setRange(1, 200)
        self.count.setValue(8)
        self.capacity = QSpinBox(self)
        self.capacity.setRange(1, 99)
        self.capacity.setValue(8)
        self.capacity.setSuffix(self.tr(" chairs"))
        self.prefix = QLineEdit(self.tr("Table"), self)
        self.accessible = QCheckBox(self.tr("Step-free"), self)
        self.accessible.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Number of tables:"), self.count)
        form.addRow(self.tr("Capacity of each (host included):"), self.capacity)
        form.addRow(self.tr("Names start with:"), self.prefix)
        form.addRow("", self.accessible)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        _buttons(self, layout)


class MovePersonDialog(QDialog):
    """Move a person to another table by keyboard: pick the person, pick the table."""

    def __init__(self, people: list[tuple[int, str, str]], tables: list[tuple[int, str]],
                 person_id: int | None = None, parent: QWidget | None = None) -> None:
        """``people``: (id, name, where they sit now); ``tables``: (id, 'Tafel 3 (7/8)')."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move to table"))
        self.person = QComboBox(self)
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for pid, name, where in people:
            self.person.addItem(f"{name} — {where}" if where else name, pid)
        self.person.setCurrentIndex(max(self.person.findData(person_id), 0))
        self.table = QComboBox(self)
        for tid, text in tables:
            self.table.addItem(text, tid)
        form = QFormLayout()
        form.addRow(self.tr("Person:"), self.person)
        form.addRow(self.tr("To table:"), self.table)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        _buttons(self, layout)
        self.table.setFocus()

    def choice(self) -> tuple[int | None, int | None]:
        return self.person.currentData(), self.table.currentData()


class SolveDialog(QDialog):
    """The solver's options: rounds (or the round to replan from), time limit, seed."""

    def __init__(self, rounds: int, round_names: list[str], *, replan_from: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.replanning = replan_from is not None
        self.setWindowTitle(self.tr("Replan the coming rounds") if self.replanning else self.tr("Assign tables"))
        intro = QLabel(self)
        intro.setWordWrap(True)
        form = QFormLayout()
        self.rounds = QSpinBox(self)
        self.rounds.setRange(1, 20)
        self.rounds.setValue(max(rounds, 1))
        self.from_round = QComboBox(self)
        for number, name in enumerate(round_names):
            self.from_round.addItem(name, number)
        if self.replanning:
            intro.setText(self.tr("For late arrivals and no-shows: the rounds before the chosen one stay as "
                                  "they are; from it on, as few people as possible move, and the rules hold."))
            self.from_round.setCurrentIndex(max(0, min(replan_from, len(round_names) - 1)))
            form.addRow(self.tr("From round:"), self.from_round)
            self.rounds.hide()  # not in the form: a child left visible would paint over the dialog's corner
        else:
            intro.setText(self.tr("Seat everyone who is here at the tables, for every round: each table a "
                                  "small mirror of the room, new faces every round, hosts and pinned people "
                                  "in place. Pinned seats stay; the rest is replaced."))
            form.addRow(self.tr("Rounds:"), self.rounds)
            self.from_round.hide()
        self.time_limit = QDoubleSpinBox(self)
        self.time_limit.setRange(0.5, 300)
        self.time_limit.setDecimals(1)
        self.time_limit.setValue(10)
        self.time_limit.setSuffix(self.tr(" s"))
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 999_999)
        self.seed.setToolTip(self.tr("The same seed gives the same plan for the same people and rules."))
        form.addRow(self.tr("Time limit:"), self.time_limit)
        form.addRow(self.tr("Seed:"), self.seed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        _buttons(self, layout)
