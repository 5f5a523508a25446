"""The Tables screen's set-up panel: the tables (add, edit, delete), the number of rounds, the balance.

The panel only shows and asks; the screen writes every change at once
through :class:`facilitator.ui.seating_editor.SeatingEditor`.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.model import Participant, Table
from facilitator.ui.models.participant_model import attribute_keys, header_name
from facilitator.ui.widgets.table_setup import configure
from facilitator.ui.widgets.tones import heading, muted

#: An attribute with more categories than this is no use to balance on (names, postcodes).
MAX_CATEGORIES = 12


class SeatingSetup(QWidget):
    add_requested = Signal()
    add_many_requested = Signal()
    edit_requested = Signal(object)  # Table
    delete_requested = Signal(object)  # Table
    rounds_changed = Signal(int)
    balance_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tables_heading = heading(self.tr("Tables"), self, 1.1)
        self.table_list = QTableWidget(0, 4, self)
        self.table_list.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Chairs"), self.tr("Host"), "♿"])
        self.table_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        configure(self.table_list)  # compact rows, as the other screens' tables
        header = self.table_list.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table_list.itemDoubleClicked.connect(lambda _item: self._edit())
        self.table_list.itemSelectionChanged.connect(self._enable)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.add_many_button = QPushButton(self.tr("Add several…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.add_button.clicked.connect(self.add_requested)
        self.add_many_button.clicked.connect(self.add_many_requested)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.add_many_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        self.summary = muted("", self)

        self.rounds = QSpinBox(self)
        self.rounds.setRange(0, 20)
        self.rounds.setKeyboardTracking(False)  # typing "12" is one change, not "1" then "12"
        self.rounds.valueChanged.connect(self._rounds_edited)
        rounds_row = QHBoxLayout()
        rounds_row.addWidget(QLabel(self.tr("Table rounds:"), self))
        rounds_row.addWidget(self.rounds)
        rounds_row.addStretch(1)

        self.balance_box = QGroupBox(self.tr("Every table mirrors the room on"), self)
        self.balance_layout = QVBoxLayout(self.balance_box)
        self.balance_boxes: dict[str, QCheckBox] = {}
        self.balance_empty = muted(self.tr("Import participants with attributes (gender, age, district …) to "
                                           "balance the tables on them."), self.balance_box)
        self.balance_empty.setWordWrap(True)
        self.balance_layout.addWidget(self.balance_empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tables_heading)
        layout.addWidget(self.table_list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addLayout(rounds_row)
        layout.addWidget(self.balance_box)
        self._tables: list[Table] = []
        self._names: dict[int, str] = {}
        self._loading = False
        self.set_editable(True)

    # -- showing -----------------------------------------------------------------------------------------

    def show_setup(self, tables: list[Table], people: dict[int, Participant], rounds: int,
                   balance: list[str]) -> None:
        self._loading = True
        self._tables = list(tables)
        current = self.current_table()
        self.table_list.setRowCount(len(tables))
        for row, table in enumerate(tables):
            host = people.get(table.host_id) if table.host_id is not None else None
            values = [table.name, str(table.capacity), host.display_name if host else "—",
                      "✓" if table.accessible else ""]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in (1, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table_list.setItem(row, column, item)
        if current is not None:
            row = next((n for n, t in enumerate(tables) if t.id == current.id), -1)
            if row >= 0:
                self.table_list.selectRow(row)
        seats = sum(t.capacity for t in tables)
        hosts = sum(1 for t in tables if t.host_id is not None)
        self.summary.setText(self.tr("{tables} tables, {seats} chairs ({free} without the hosts)").format(
            tables=len(tables), seats=seats, free=seats - hosts))
        self.rounds.setValue(rounds)
        self._show_balance(list(people.values()), balance)
        self._loading = False
        self._enable()

    def _show_balance(self, people: list[Participant], balance: list[str]) -> None:
        keys = [k for k in attribute_keys(people) if k != "age"]  # the age band is the one to balance on
        usable = []
        for key in keys:
            categories = Counter(p.attributes.get(key, "") for p in people if p.attributes.get(key, ""))
            if 1 < len(categories) <= MAX_CATEGORIES or key in balance:
                usable.append((key, len(categories)))
        if [key for key, _count in usable] == list(self.balance_boxes):  # the same boxes: only tick them
            for key, box in self.balance_boxes.items():
                box.blockSignals(True)
                box.setChecked(key in balance)
                box.blockSignals(False)
            return
        for box in self.balance_boxes.values():
            box.hide()
            box.setParent(None)
        self.balance_boxes = {}
        for key, count in usable:
            box = QCheckBox(self.tr("{label} ({count} groups)").format(label=header_name(key), count=count),
                            self.balance_box)
            box.setChecked(key in balance)
            box.setProperty("attribute", key)
            box.toggled.connect(self._balance_edited)
            self.balance_layout.addWidget(box)
            self.balance_boxes[key] = box
        self.balance_empty.setVisible(not usable)

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        for widget in (self.add_button, self.add_many_button, self.rounds, self.balance_box):
            widget.setEnabled(editable)
        self._enable()

    def _enable(self) -> None:
        chosen = self.current_table() is not None and self._editable
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def current_table(self) -> Table | None:
        rows = self.table_list.selectionModel().selectedRows() if self.table_list.selectionModel() else []
        if not rows or rows[0].row() >= len(self._tables):
            return None
        return self._tables[rows[0].row()]

    def balance(self) -> list[str]:
        return [key for key, box in self.balance_boxes.items() if box.isChecked()]

    # -- asking ------------------------------------------------------------------------------------------

    def _edit(self) -> None:
        table = self.current_table()
        if table is not None and self._editable:
            self.edit_requested.emit(table)

    def _delete(self) -> None:
        table = self.current_table()
        if table is not None and self._editable:
            self.delete_requested.emit(table)

    def _rounds_edited(self, value: int) -> None:
        if not self._loading:
            self.rounds_changed.emit(value)

    def _balance_edited(self, _checked: bool) -> None:
        if not self._loading:
            self.balance_changed.emit(self.balance())
