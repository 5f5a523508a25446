"""The people one person must sit with ("keep together") or never sit with ("keep apart"), as two short lists.

Each list adds people through a :class:`PersonPicker`; a person can be on
only one of the two lists. What is chosen is stored as ``PairRule`` records
when the person dialog is saved (see :func:`facilitator.ui.person_dialog.save_person`).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from facilitator.core.model import Participant
from facilitator.ui.widgets.person_picker import PersonPicker

Picker = Callable[[list[Participant], str], "int | None"]


class PairList(QWidget):
    """One list (together or apart) of other people, with "Add…" and "Remove"."""

    changed = Signal()

    def __init__(self, title: str, pick_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pick_title = pick_title
        self.people: dict[int, Participant] = {}
        self.excluded: Callable[[], set[int]] = lambda: set()
        self.picker: Picker = self._pick
        self.list = QListWidget(self)
        self.list.setMaximumHeight(self.fontMetrics().height() * 5)
        self.add_button = QPushButton(title, self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.clicked.connect(self.ask_add)
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self._enable()

    def set_people(self, people: dict[int, Participant], chosen: list[int]) -> None:
        self.people = people
        self.list.clear()
        for person_id in chosen:
            self.add_person(person_id)

    def ids(self) -> list[int]:
        return [self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())]

    def add_person(self, person_id: int) -> None:
        if person_id in self.ids() or person_id not in self.people:
            return
        item = QListWidgetItem(self.people[person_id].display_name)
        item.setData(Qt.ItemDataRole.UserRole, person_id)
        self.list.addItem(item)
        self._enable()
        self.changed.emit()

    def ask_add(self) -> None:
        excluded = self.excluded() | set(self.ids())
        candidates = [p for pid, p in self.people.items() if pid not in excluded]
        chosen = self.picker(candidates, self.pick_title)
        if chosen is not None:
            self.add_person(chosen)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._enable()
            self.changed.emit()

    def _enable(self) -> None:
        self.remove_button.setEnabled(self.list.currentRow() >= 0)

    def _pick(self, candidates: list[Participant], title: str) -> int | None:
        dialog = PersonPicker(candidates, title, self)
        return dialog.chosen_id() if dialog.exec() == PersonPicker.DialogCode.Accepted else None


class PairRulesEditor(QWidget):
    """"Keep together with…" and "Keep apart from…" for one person."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.together = PairList(self.tr("Keep together with…"), self.tr("Keep together with"), self)
        self.apart = PairList(self.tr("Keep apart from…"), self.tr("Keep apart from"), self)
        width = max(self.together.add_button.sizeHint().width(), self.apart.add_button.sizeHint().width())
        for pair_list in (self.together, self.apart):
            pair_list.add_button.setMinimumWidth(width)
            pair_list.remove_button.setMinimumWidth(width)
        self.together.excluded = lambda: set(self.apart.ids())
        self.apart.excluded = lambda: set(self.together.ids())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Same table in every round:"), self))
        layout.addWidget(self.together)
        layout.addWidget(QLabel(self.tr("Never at the same table:"), self))
        layout.addWidget(self.apart)

    def set_rules(self, others: dict[int, Participant], together: list[int], apart: list[int]) -> None:
        self.together.set_people(others, together)
        self.apart.set_people(others, apart)
