"""A board column's list: rows that wrap to its width, drags that carry note and theme ids, drops reported.

:class:`BoardListView` starts a drag with a :class:`DragPayload` of the
selected rows, outlines the row (or the whole column) a drag hovers over,
and reports a drop as :attr:`BoardListView.dropped` with a :class:`DropTarget`;
it writes nothing itself. ``run_drag`` is the one blocking call (``QDrag.exec``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QDrag, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyleOptionViewItem, QTableView, QWidget

from facilitator.ui.models.board_model import BY_CATEGORY, BoardColumn, BoardEntry, DragPayload
from facilitator.ui.widgets.tones import ink, tint


@dataclass(frozen=True)
class DropTarget:
    """Where a drag fell: a row (``entry``) of a column, or the column's empty area (``entry`` None)."""

    column: BoardColumn
    entry: BoardEntry | None
    layout: str


class BoardListView(QTableView):
    """A column's list: rows wrap to its width; drags carry a :class:`DragPayload`; drops are reported.

    A one-column table rather than a QListView: a QListView lays out every row
    again (a Python size hint per row) whenever one row is added, which on a
    G1000 board of 1,000+ notes costs tens of milliseconds per typed note. Here
    each row's height is set once (:meth:`fit_rows`), for new or changed rows
    only, and again for all rows when the width changes.
    """

    dropped = Signal(object, object)  # DragPayload, DropTarget
    menu_requested = Signal(object, QPoint)  # this view, global position
    drag_finished = Signal()  # a drag started here is over (dropped or not)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dragging = False
        self.column = BoardColumn("")
        self.layout_name = BY_CATEGORY
        self.drop_row: int | None = None  # the row a drag hovers over; -1: the column itself
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setMinimumSectionSize(1)
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.setCornerButtonEnabled(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

    def setModel(self, model) -> None:  # noqa: N802 (Qt API)
        super().setModel(model)
        model.modelReset.connect(self.fit_rows)
        model.rowsInserted.connect(lambda _parent, first, last: self.fit_rows(first, last))
        model.dataChanged.connect(lambda top, bottom, _roles=(): self.fit_rows(top.row(), bottom.row()))

    def fit_rows(self, first: int = 0, last: int | None = None) -> None:
        """Set the height of rows ``first``..``last`` (all by default) from the delegate's size hint."""
        model, delegate = self.model(), self.itemDelegate()
        if model is None or delegate is None:
            return
        last = model.rowCount() - 1 if last is None else last
        option = QStyleOptionViewItem()
        option.initFrom(self.viewport())
        option.font = self.font()
        option.fontMetrics = self.fontMetrics()
        for row in range(first, last + 1):
            self.setRowHeight(row, delegate.sizeHint(option, model.index(row, 0)).height())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_rows()

    def target_at(self, pos: QPoint) -> DropTarget:
        index = self.indexAt(pos)
        entry = self.model().entry(index.row()) if index.isValid() else None
        return DropTarget(self.column, entry, self.layout_name)

    def startDrag(self, supported) -> None:  # noqa: N802 (Qt API)
        indexes = [i for i in self.selectedIndexes() if i.flags() & Qt.ItemFlag.ItemIsDragEnabled]
        if not indexes:
            return
        payload = self.model().payload(indexes)
        drag = QDrag(self)
        drag.setMimeData(payload.to_mime())
        drag.setPixmap(self._drag_pixmap(indexes))
        self.dragging = True
        try:
            self.run_drag(drag)
        finally:
            self.dragging = False
            self.drag_finished.emit()

    def run_drag(self, drag: QDrag) -> None:
        """Run the drag's own event loop until the drop (tests replace this: the loop blocks)."""
        drag.exec(Qt.DropAction.MoveAction, Qt.DropAction.MoveAction)

    def _drag_pixmap(self, indexes) -> QPixmap:
        first = self.model().entry(indexes[0].row())
        text = first.title if len(indexes) == 1 else self.tr("%n notes", "", len(indexes))
        fm = self.fontMetrics()
        text = fm.elidedText(text, Qt.TextElideMode.ElideRight, fm.averageCharWidth() * 30)
        size = QSize(fm.horizontalAdvance(text) + 16, fm.lineSpacing() + 12)
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tint("accent") if first.kind == "header" else tint("note").darker(105))
        painter.drawRoundedRect(QRect(QPoint(0, 0), size), 6, 6)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(QRect(QPoint(0, 0), size), Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
        return pixmap

    def _hover(self, event) -> bool:
        if DragPayload.from_mime(event.mimeData()) is None:
            event.ignore()
            return False
        index = self.indexAt(event.position().toPoint())
        row = index.row() if index.isValid() else -1
        if row != self.drop_row:
            self.drop_row = row
            self.viewport().update()
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        return True

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._hover(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if DragPayload.from_mime(event.mimeData()) is not None:
            super().dragMoveEvent(event)  # scrolls near the edges
        self._hover(event)

    def dragLeaveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._clear_drop()
        super().dragLeaveEvent(event)

    def _clear_drop(self) -> None:
        if self.drop_row is not None:
            self.drop_row = None
            self.viewport().update()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt API)
        payload = DragPayload.from_mime(event.mimeData())
        self._clear_drop()
        if payload is None:
            event.ignore()
            return
        target = self.target_at(event.position().toPoint())
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.dropped.emit(payload, target)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        if self.drop_row == -1:
            painter = QPainter(self.viewport())
            painter.setPen(QPen(ink("accent"), 2, Qt.PenStyle.DashLine))
            painter.setBrush(tint("accent"))
            painter.drawRoundedRect(self.viewport().rect().adjusted(1, 1, -2, -2), 6, 6)
            painter.end()

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt API)
        index = self.indexAt(event.pos())
        if index.isValid() and not self.selectionModel().isSelected(index):
            self.setCurrentIndex(index)
        self.menu_requested.emit(self, event.globalPos())
