"""The base of the flat table models: rows in ``self._rows``, column titles from ``headers()``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from facilitator.ui.models.roles import Index


class RowTableModel(QAbstractTableModel):
    """Row count, column count and header titles, shared by every table model of the screens."""

    _rows: list[Any]
    _headers: list[str]

    def headers(self) -> list[str]:
        """The (translated) column titles; override when they depend on the data."""
        return self._headers

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None
