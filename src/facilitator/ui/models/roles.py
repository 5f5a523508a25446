"""Item-data roles the screens' models share beyond Qt's own, and the index type their methods take."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

#: What Qt passes as an index to a model's methods.
Index = QModelIndex | QPersistentModelIndex

#: Lower-cased text of the whole row, which the filter proxies match against.
SearchRole = Qt.ItemDataRole.UserRole + 2
#: A bar's length as a fraction 0..1 (painted by the bar delegate).
BarRole = Qt.ItemDataRole.UserRole + 3
#: The record (or row object) behind an item, for panels and delegates.
RecordRole = Qt.ItemDataRole.UserRole + 4
#: What a tree row is: "header" (a group) or "item".
KindRole = Qt.ItemDataRole.UserRole + 5
