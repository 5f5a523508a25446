"""The tally grid as a spreadsheet: type a number, Enter goes down, Tab goes right, arrows move, Delete clears.

Typing in a cell replaces its number; Enter (or ↓/↑ while typing) writes it and
moves down (up); Tab/Shift+Tab write it and move right/left into the next cell,
ready for the next number; Delete or Backspace on a cell clears it (0 dots).
Every write goes out through the model's ``dots_entered`` at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QIntValidator, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QStyledItemDelegate, QTableView, QWidget

from facilitator.ui.models.vote_tally_model import VoteTallyModel

MAX_DOTS = 99999


class TallyDelegate(QStyledItemDelegate):
    """A number editor whose Enter and ↑/↓ write the cell and move the cursor, as in a spreadsheet."""

    def __init__(self, view: "VoteTallyGrid") -> None:
        super().__init__(view)
        self.view = view

    def createEditor(self, parent: QWidget, option, index) -> QWidget:  # noqa: N802 (Qt API)
        editor = QLineEdit(parent)
        editor.setValidator(QIntValidator(0, MAX_DOTS, editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index) -> None:  # noqa: N802
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.selectAll()  # a typed digit replaces the number, as in a spreadsheet

    def setModelData(self, editor: QWidget, model, index) -> None:  # noqa: N802
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(editor, QLineEdit):
            key = event.key()
            step = {Qt.Key.Key_Return: 1, Qt.Key.Key_Enter: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(key)
            if step is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
                self.view.move_by(step, 0)
                return True
        return super().eventFilter(editor, event)


class VoteTallyGrid(QTableView):
    """A table view over a :class:`VoteTallyModel` made for entering paper dots from the keyboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(TallyDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(round(self.fontMetrics().height() * 1.7))
        rows.setMaximumWidth(self.fontMetrics().averageCharWidth() * 46)
        rows.setTextElideMode(Qt.TextElideMode.ElideRight)
        columns = self.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # sized once per grid, not per cell
        columns.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("00000") + 16)
        columns.setHighlightSections(True)

    def fit_columns(self) -> None:
        """Each column as wide as its header (with the "○" mark) or a four-digit number, whichever is wider."""
        model = self.model()
        header = self.horizontalHeader()
        metrics = header.fontMetrics()
        least = metrics.horizontalAdvance("0000") + 24
        for column in range(model.columnCount() if model is not None else 0):
            name = model.column_name(column)
            header.resizeSection(column, max(least, metrics.horizontalAdvance(f"○ {name}") + 20))

    def tally_model(self) -> VoteTallyModel:
        return self.model()

    def move_by(self, rows: int, columns: int) -> None:
        """Move the cursor (clamped to the grid); at the bottom Enter goes to the top of the next column."""
        model = self.model()
        current = self.currentIndex()
        if model is None or not current.isValid():
            return
        row, column = current.row() + rows, current.column() + columns
        if row >= model.rowCount() and column + 1 < model.columnCount():
            row, column = 0, column + 1  # a table's column done: on to the next table
        row = max(0, min(row, model.rowCount() - 1))
        column = max(0, min(column, model.columnCount() - 1))
        self.setCurrentIndex(model.index(row, column))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        current = self.currentIndex()
        if self.state() != QAbstractItemView.State.EditingState and current.isValid():
            key = event.key()
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.model().setData(current, "", Qt.ItemDataRole.EditRole)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.move_by(1, 0)
                return
        super().keyPressEvent(event)
