"""A person's attributes as rows of key and value: the session's known keys offered first, each with the values
the session already uses for it, and a field to add a key of one's own. An empty value drops the attribute."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from facilitator.core.model import Participant
from facilitator.ui.models.participant_model import attribute_keys, header_name


def known_values(people: list[Participant], balance: list[str] | None = None) -> dict[str, list[str]]:
    """Key -> the values the session uses for it, most common first; the balance attributes' keys come first."""
    keys = list(dict.fromkeys([*(balance or []), *attribute_keys(people)]))
    counted = {key: Counter() for key in keys}
    for person in people:
        for key, value in person.attributes.items():
            if value:
                counted[key][str(value)] += 1
    return {key: [value for value, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))]
            for key, counts in counted.items()}


class PersonAttributesEditor(QWidget):
    """Edits one person's attributes; :meth:`attributes` gives the filled-in ones."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._boxes: dict[str, QComboBox] = {}
        self._known: dict[str, list[str]] = {}
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.new_key = QLineEdit(self)
        self.new_key.setPlaceholderText(self.tr("New attribute, e.g. Postcode"))
        self.add_button = QPushButton(self.tr("Add attribute"), self)
        self.add_button.clicked.connect(lambda: self.add_key(self.new_key.text()))
        self.new_key.returnPressed.connect(lambda: self.add_key(self.new_key.text()))
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_key, 1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addLayout(add_row)

    def set_attributes(self, attributes: dict[str, str], known: dict[str, list[str]],
                       only: list[str] | None = None) -> None:
        """Show ``attributes`` with a row for every known key (or just the keys in ``only``, plus the filled ones)."""
        self._known = known
        keys = list(only) if only is not None else list(known)
        keys += [key for key in attributes if key not in keys]
        for key in keys:
            self.add_key(key, str(attributes.get(key, "")))

    def add_key(self, key: str, value: str = "") -> QComboBox | None:
        key = " ".join(key.split())
        if not key:
            return None
        if key in self._boxes:
            self._boxes[key].setFocus()
            return self._boxes[key]
        row = len(self._boxes)
        label = QLabel(header_name(key), self)
        box = QComboBox(self)
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.addItems(["", *self._known.get(key, [])])
        box.setEditText(value)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(16)
        label.setBuddy(box)
        self.grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.grid.addWidget(box, row, 1)
        self._boxes[key] = box
        self.new_key.clear()
        return box

    def box(self, key: str) -> QComboBox | None:
        return self._boxes.get(key)

    def set_value(self, key: str, value: str) -> None:
        (self._boxes.get(key) or self.add_key(key)).setEditText(value)

    def attributes(self) -> dict[str, str]:
        values = {key: " ".join(box.currentText().split()) for key, box in self._boxes.items()}
        return {key: value for key, value in values.items() if value}
