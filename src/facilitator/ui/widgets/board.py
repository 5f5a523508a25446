"""An agenda item's board: one column per category, each a list of theme groups and notes.

Each column is a QListView over a :class:`BoardColumnModel` painted by the
:class:`NoteDelegate`, so a board of thousands of notes is a handful of widgets.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QListView, QScrollArea, QVBoxLayout, QWidget

from facilitator.ui.models.board_model import BoardColumn, BoardColumnModel
from facilitator.ui.widgets.note_delegate import NoteDelegate
from facilitator.ui.widgets.tones import muted, scaled

COLUMN_CHARS = 28  # narrowest column, in average characters


class BoardListView(QListView):
    """A list whose rows wrap to its width: a new width re-measures every row at once."""

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.doItemsLayout()


class BoardColumnView(QFrame):
    """A category header over the list of that category's theme groups and notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * COLUMN_CHARS)
        self.title_label = QLabel(self)
        self.title_label.setFont(scaled(self.font(), 1.2, bold=True))
        self.count_label = muted("", self)
        self.model = BoardColumnModel(self)
        self.list = BoardListView(self)
        self.list.setModel(self.model)
        self.list.setItemDelegate(NoteDelegate(self.list))
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setUniformItemSizes(False)
        self.list.setSelectionMode(QListView.SelectionMode.SingleSelection)
        head = QHBoxLayout()
        head.addWidget(self.title_label, 1)
        head.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.list, 1)

    def set_column(self, column: BoardColumn, title: str) -> None:
        self.title_label.setText(title)
        self.count_label.setText(self.tr("%n notes", "", column.note_count))
        self.model.set_entries(column.entries)


class BoardWidget(QScrollArea):
    """The columns side by side; scrolls sideways when there are more than fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self)
        self._row = QHBoxLayout(body)
        self._row.setContentsMargins(0, 0, 0, 0)
        self.setWidget(body)
        self.columns: list[BoardColumnView] = []
        self.empty_label = muted("", body)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._row.addWidget(self.empty_label)

    def set_columns(self, columns: list[BoardColumn], titles: list[str], empty_text: str) -> None:
        while len(self.columns) > len(columns):
            view = self.columns.pop()
            view.hide()
            view.setParent(None)  # gone from view now; Python deletes it
        while len(self.columns) < len(columns):
            view = BoardColumnView(self.widget())
            self._row.addWidget(view, 1)
            self.columns.append(view)
        for view, column, title in zip(self.columns, columns, titles, strict=True):
            view.set_column(column, title)
        self.empty_label.setText(empty_text)
        self.empty_label.setVisible(not columns)
