"""The report's table of contents as the Report screen previews it: headings by level, each with a one-line summary."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from facilitator.ui.widgets.tones import scaled


class ReportOutline(QTreeWidget):
    """``(level, heading, summary)`` rows as a fully expanded, unscrollable two-column tree (the page scrolls)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.header().setStretchLastSection(True)
        self.setStyleSheet("QTreeWidget::item { padding: 0.15em 0; }")  # the rows of a contents page breathe
        self.setIndentation(self.fontMetrics().averageCharWidth() * 3)

    def set_outline(self, rows: list[tuple[int, str, str]]) -> None:
        self.clear()
        parents: dict[int, QTreeWidgetItem] = {}
        for level, title, summary in rows:
            parent = next((parents[lvl] for lvl in range(level - 1, 0, -1) if lvl in parents), None)
            item = QTreeWidgetItem([title, summary])
            item.setToolTip(1, summary)
            if level <= 1:
                item.setFont(0, scaled(self.font(), bold=True))
            (parent.addChild(item) if parent is not None else self.addTopLevelItem(item))
            parents[level] = item
            for deeper in [lvl for lvl in parents if lvl > level]:
                del parents[deeper]
        self.expandAll()
        self._fit_height()

    def rows(self) -> list[tuple[int, str, str]]:
        """What is shown, in order: (level, heading, summary); for tests."""
        found: list[tuple[int, str, str]] = []

        def walk(item: QTreeWidgetItem, level: int) -> None:
            found.append((level, item.text(0), item.text(1)))
            for index in range(item.childCount()):
                walk(item.child(index), level + 1)

        for index in range(self.topLevelItemCount()):
            walk(self.topLevelItem(index), 1)
        return found

    def _fit_height(self) -> None:
        count = len(self.rows())
        row = self.sizeHintForRow(0) if count else self.fontMetrics().height()
        self.setFixedHeight(max(count, 1) * max(row, 1) + 2 * self.frameWidth() + 2)
