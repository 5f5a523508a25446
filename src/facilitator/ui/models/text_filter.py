"""A filter proxy that keeps rows containing every typed word, in any column; fast on 10,000 rows.

The source model precomputes one lower-cased text per row (``search_text(row)``,
or the ``SearchRole`` of column 0), so a keystroke costs one substring test
per row instead of a ``data()`` call per cell.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from facilitator.ui.models.roles import SearchRole


class TextFilterProxy(QSortFilterProxyModel):
    """Rows whose search text contains all words of :meth:`set_text`, and pass an optional predicate."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._predicate: Callable[[int], bool] | None = None

    def set_text(self, text: str) -> None:
        words = text.casefold().split()
        if words != self._words:
            self._refilter(lambda: setattr(self, "_words", words))

    def set_predicate(self, predicate: Callable[[int], bool] | None) -> None:
        """An extra test on the source row number (e.g. 'only people present'); None accepts all."""
        self._refilter(lambda: setattr(self, "_predicate", predicate))

    def _refilter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9: keeps the view's state tidy
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Let a :class:`SortableRows` source sort itself (fast); otherwise sort here as usual."""
        source = self.sourceModel()
        if hasattr(source, "sort_key"):
            source.sort(column, order)
        else:
            super().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        if self._predicate is not None and not self._predicate(source_row):
            return False
        if not self._words:
            return True
        source = self.sourceModel()
        search = getattr(source, "search_text", None)
        text = search(source_row) if search else str(source.index(source_row, 0, source_parent).data(SearchRole) or "")
        return all(word in text for word in self._words)
