"""A table view as tall as its rows, for tables inside a scrolling page (the report preview)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QSizePolicy, QTableView, QWidget

from facilitator.ui.widgets.table_setup import configure


class FittedTableView(QTableView):
    """Never scrolls vertically: its size hint covers the header and every row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        configure(self)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a page to read, not a list to work in

    def setModel(self, model) -> None:  # noqa: N802 (Qt API)
        super().setModel(model)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.updateGeometry)
        self.verticalHeader().sectionResized.connect(self.updateGeometry)

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        rows = self.verticalHeader().length()
        scroll = self.horizontalScrollBar().sizeHint().height() if self.horizontalScrollBar().isVisible() else 0
        height = self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth() + scroll
        return QSize(hint.width(), height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()
