"""One agenda item's photos as a list model for an icon grid: caption under a thumbnail made on demand.

Rows are light (no image bytes). The first time the view asks for a row's
icon, its id joins a queue; the queue is handed to ``request`` once the
event loop is free (one batch for all rows that became visible), and
:meth:`PhotoListModel.set_thumbnails` stores the results: a small cache of
pixmaps keyed by photo, kept across reloads and undo.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

from facilitator.ui.models.roles import Index, RecordRole


@dataclass(frozen=True, slots=True)
class PhotoRow:
    """A stored photo without its bytes."""

    id: int
    file_name: str
    caption: str
    width: int
    height: int
    size: int  # bytes

    @property
    def key(self) -> tuple:
        return (self.id, self.file_name, self.width, self.height, self.size)


class PhotoListModel(QAbstractListModel):
    """Photos in order; DecorationRole is the thumbnail (a grey tile until it is made)."""

    def __init__(self, icon_size: int, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[PhotoRow] = []
        self._cache: dict[tuple, QPixmap] = {}
        self._queued: set[int] = set()
        self._asked: set[tuple] = set()
        self.icon_size = icon_size
        #: Called with a list of photo ids whose thumbnails are wanted.
        self.request: Callable[[list[int]], None] = lambda ids: None
        self._placeholder = self._tile()
        self._flush_timer = QTimer(self, singleShot=True, interval=0)
        self._flush_timer.timeout.connect(self._flush)

    def _tile(self) -> QPixmap:
        tile = QPixmap(QSize(self.icon_size, round(self.icon_size * 0.75)))
        tile.fill(QColor(128, 128, 128, 40))
        painter = QPainter(tile)
        painter.setPen(QApplication.palette().placeholderText().color())
        painter.drawText(tile.rect(), Qt.AlignmentFlag.AlignCenter, "…")
        painter.end()
        return tile

    def set_rows(self, rows: list[PhotoRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._queued &= {r.id for r in rows}  # still wanted: the flush will ask for them
        self._asked &= {r.key for r in rows}
        self.endResetModel()

    def rows(self) -> list[PhotoRow]:
        return list(self._rows)

    def row(self, index: int) -> PhotoRow:
        return self._rows[index]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def thumbnail(self, photo_id: int) -> QPixmap | None:
        found = next((r for r in self._rows if r.id == photo_id), None)
        return self._cache.get(found.key) if found else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.caption or row.file_name
        if role == Qt.ItemDataRole.EditRole:
            return row.caption
        if role == Qt.ItemDataRole.DecorationRole:
            cached = self._cache.get(row.key)
            if cached is None:
                self._want(row)
                return self._placeholder
            return cached
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.file_name}\n{row.width} × {row.height} · {row.size / 1_048_576:.1f} MB"
        if role == RecordRole:
            return row
        return None

    def _want(self, row: PhotoRow) -> None:
        if row.key in self._asked:
            return
        self._asked.add(row.key)
        self._queued.add(row.id)
        self._flush_timer.start()

    def _flush(self) -> None:
        ids, self._queued = sorted(self._queued), set()
        if ids:
            self.request(ids)

    def set_thumbnails(self, images: dict[int, QImage]) -> None:
        """Store thumbnails made elsewhere (GUI thread: they become pixmaps here) and repaint their rows."""
        for row_index, row in enumerate(self._rows):
            image = images.get(row.id)
            if image is not None and not image.isNull():
                self._cache[row.key] = QPixmap.fromImage(image)
                index = self.index(row_index)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def remember(self, key: tuple, image: QImage) -> None:
        """A thumbnail made when the photo was added (before it had a row)."""
        if not image.isNull():
            self._cache[key] = QPixmap.fromImage(image)
            self._asked.add(key)
