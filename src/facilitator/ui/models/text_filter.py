"""A filter proxy that keeps rows containing every typed word, in any column; fast on 10,000 rows.

The source model precomputes one lower-cased text per row (``search_text(row)``,
or the ``SearchRole`` of column 0), so a keystroke costs one substring test
per row instead of a ``data()`` call per cell.
"""

from __future__ import annotations

import bisect
from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

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


class RowFilter(QAbstractTableModel):
    """The same word filter for a big flat model (10,000 notes), without a per-row call from Qt.

    A :class:`QSortFilterProxyModel` asks Python once per source row on every
    keystroke; this model keeps the shown source rows as a list, recomputed in
    one pass over the source's search texts (narrowed to the rows already shown
    while the user keeps typing), and resets itself. A row inserted in the
    source is tested alone and inserted in place.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._source = None
        self._words: list[str] = []
        self._shown: list[int] = []  # source rows, in source order

    def setSourceModel(self, source) -> None:  # noqa: N802 (Qt API)
        self._source = source
        source.modelReset.connect(self._refilter)
        source.layoutChanged.connect(self._refilter)  # a sort: shown rows in the new order
        source.rowsRemoved.connect(self._refilter)
        source.rowsInserted.connect(self._inserted)
        source.dataChanged.connect(self._changed)
        source.headerDataChanged.connect(self.headerDataChanged)
        self._refilter()

    def sourceModel(self):  # noqa: N802 (Qt API)
        return self._source

    def _accepts(self, text: str) -> bool:
        return all(word in text for word in self._words)

    def set_text(self, text: str) -> None:
        words = text.casefold().split()
        if words == self._words:
            return
        narrower = bool(self._words) and all(any(old in new for new in words) for old in self._words)
        self._words = words
        self._refilter(within=self._shown if narrower else None)

    def _refilter(self, *_args, within: list[int] | None = None) -> None:
        source = self._source
        texts = source.search_texts() if source is not None else []
        rows = range(len(texts)) if within is None else within
        words = self._words
        self.beginResetModel()
        if not words:
            self._shown = list(range(len(texts)))
        elif len(words) == 1:
            word = words[0]
            self._shown = [r for r in rows if word in texts[r]]
        else:
            self._shown = [r for r in rows if all(w in texts[r] for w in words)]
        self.endResetModel()

    def _inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        count = last - first + 1
        at = bisect.bisect_left(self._shown, first)
        if at < len(self._shown):  # rows after the insertion moved down in the source
            self._shown[at:] = [r + count for r in self._shown[at:]]
        for row in range(first, last + 1):
            if self._accepts(self._source.search_text(row)):
                place = bisect.bisect_left(self._shown, row)
                self.beginInsertRows(QModelIndex(), place, place)
                self._shown.insert(place, row)
                self.endInsertRows()

    def _changed(self, top: QModelIndex, bottom: QModelIndex, roles=()) -> None:
        rows = [i for i, r in enumerate(self._shown) if top.row() <= r <= bottom.row()]
        if rows:
            self.dataChanged.emit(self.index(rows[0], 0), self.index(rows[-1], self.columnCount() - 1))

    def mapToSource(self, index: QModelIndex) -> QModelIndex:  # noqa: N802 (Qt API)
        if not index.isValid():
            return QModelIndex()
        return self._source.index(self._shown[index.row()], index.column())

    def source_row(self, row: int) -> int:
        return self._shown[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() or self._source is None else self._source.columnCount()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        return self._source.headerData(section, orientation, role) if self._source is not None else None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._shown[index.row()]
        cell = getattr(self._source, "cell", None)
        if cell is not None:  # no source index to build: one Python call per painted cell and role
            return cell(row, index.column(), role)
        return self._source.data(self._source.index(row, index.column()), role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source sorts itself (fast); the shown rows follow from its layoutChanged."""
        if hasattr(self._source, "sort_key"):
            self._source.sort(column, order)
