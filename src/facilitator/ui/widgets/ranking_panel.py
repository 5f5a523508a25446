"""A dot-vote ranking with bars: heading, a caption line and the ranked table (or why it is empty)."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout, QWidget

from facilitator.ui.models.ranking_model import DOTS, NAME, RankedRow, RankingModel
from facilitator.ui.widgets.bar_delegate import BarDelegate
from facilitator.ui.widgets.table_setup import configure
from facilitator.ui.widgets.tones import heading, muted


class RankingPanel(QWidget):
    """``set_ranking(rows, caption, empty_text)``; with ``show_source`` a column says where a theme came from."""

    def __init__(self, title: str, parent: QWidget | None = None, *, show_source: bool = False,
                 table_class: type[QTableView] = QTableView) -> None:
        super().__init__(parent)
        self.heading = heading(title, self, 1.1)
        self.caption = muted("", self)
        self.model = RankingModel(self, show_source=show_source)
        self.table = table_class(self)
        self.table.setModel(self.model)
        configure(self.table, alternate=False)
        self.table.setItemDelegateForColumn(self.model.columnCount() - 1, BarDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        if show_source:
            header.setSectionResizeMode(DOTS - 1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)  # takes the room instead of the table when there is no ranking
        self._layout = layout

    def set_ranking(self, rows: list[RankedRow], caption: str, empty_text: str) -> None:
        self.model.set_rows(rows)
        self.caption.setText(caption if rows else empty_text)
        self.table.setVisible(bool(rows))
        self._layout.setStretch(self._layout.count() - 1, 0 if rows else 1)
