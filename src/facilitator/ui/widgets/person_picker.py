"""Choose one person from the session by typing part of a name: a filter field over a list, Enter picks."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from facilitator.core.model import Participant
from facilitator.ui.models.participant_model import dutch_name_key


class PersonPicker(QDialog):
    """A list of ``people`` (by Dutch name order) with a filter; ``chosen_id()`` after it is accepted."""

    def __init__(self, people: list[Participant], title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type part of a name…"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        for person in sorted(people, key=dutch_name_key):
            item = QListWidgetItem(person.display_name)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.list.addItem(item)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self.filter)
        self.search.installEventFilter(self)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.resize(self.fontMetrics().averageCharWidth() * 50, self.fontMetrics().height() * 28)
        self.filter("")

    def filter(self, text: str) -> None:
        words = text.casefold().split()
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = not all(word in item.text().casefold() for word in words)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        self.list.setCurrentItem(first)
        self._enable()

    def _enable(self) -> None:
        item = self.list.currentItem()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(item is not None and not item.isHidden())

    def chosen_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None or item.isHidden() else item.data(Qt.ItemDataRole.UserRole)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._step(1 if key == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(watched, event)

    def _step(self, direction: int) -> None:
        row = self.list.currentRow()
        while 0 <= row + direction < self.list.count():
            row += direction
            if not self.list.item(row).isHidden():
                self.list.setCurrentRow(row)
                return
