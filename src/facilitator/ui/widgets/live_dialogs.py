"""Two small questions of the Live screen: the line the projector shows (with presets), and which item to skip to."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.projection import ProjectedItem
from facilitator.ui.labels import clock



def _lay_out(dialog: QDialog, label: QLabel, field: QWidget, action: str) -> QPushButton:
    """Label above field above [Cancel] [action]; returns the action button (the default one)."""
    label.setBuddy(field)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    button = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
    button.setDefault(True)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    for widget in (label, field, buttons):
        layout.addWidget(widget)
    return button

class MessageDialog(QDialog):
    """Asks for the line the room sees; presets (e.g. "5 minutes left", "Break until 12:45") or typed freely."""

    def __init__(self, presets: Sequence[str], current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Message on the projector"))
        label = QLabel(self.tr("Text for the room (choose one or type your own):"), self)
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItems(list(presets))
        self.combo.setEditText(current or (presets[0] if presets else ""))
        self.combo.lineEdit().selectAll()
        self.show_button = _lay_out(self, label, self.combo, self.tr("Show"))
        self.resize(self.fontMetrics().averageCharWidth() * 60, self.sizeHint().height())

    def text(self) -> str:
        return self.combo.currentText().strip()


class SkipDialog(QDialog):
    """Which later item to go to; the items in between are skipped (kept out of the report's times)."""

    def __init__(self, later: Sequence[ProjectedItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Skip to a later item"))
        label = QLabel(self.tr("Go on with (the items in between are skipped):"), self)
        self.list = QListWidget(self)
        for placed in later:
            entry = QListWidgetItem(f"{clock(placed.start)}  {placed.item.title}")
            entry.setData(Qt.ItemDataRole.UserRole, placed.item.id)
            self.list.addItem(entry)
        self.list.setCurrentRow(1 if len(later) > 1 else 0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.skip_button = _lay_out(self, label, self.list, self.tr("Skip"))
        self.resize(self.fontMetrics().averageCharWidth() * 60, self.fontMetrics().height() * 22)

    def item_id(self) -> int | None:
        entry = self.list.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None
