"""The grid of table cards, where a person is picked with a click and dragged to another card.

One QListView in icon mode paints every card (no widget per table or per
person, so a G1000 of 100 tables × 11 stays light). A press on a name picks
that person (``picked``); dragging it onto another card emits
``dropped(person id, table id)``. The drag carries the person's id as
:data:`PERSON_MIME`, so only people are dropped here.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QListView

from facilitator.ui.models.seating_model import SeatingModel
from facilitator.ui.widgets.table_card_delegate import TableCardDelegate

PERSON_MIME = "application/x-facilitator-person"


class TableGrid(QListView):
    picked = Signal(object)  # participant id or None
    dropped = Signal(int, int)  # participant id, table id

    def __init__(self, model: SeatingModel, delegate: TableCardDelegate, parent=None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(delegate)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setSpacing(max(2, self.fontMetrics().height() // 4))
        self.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.editable = True
        self._press: tuple[QPoint, int] | None = None

    @property
    def seating(self) -> SeatingModel:
        return self.model()

    @property
    def cards(self) -> TableCardDelegate:
        return self.itemDelegate()

    def person_at(self, point: QPoint) -> int | None:
        """The participant whose name is at ``point`` (viewport coordinates)."""
        index = self.indexAt(point)
        if not index.isValid():
            return None
        card = self.seating.card(index.row())
        return self.cards.person_at(self.visualRect(index), self.fontMetrics(), card, point)

    def table_at(self, point: QPoint) -> int | None:
        index = self.indexAt(point)
        return self.seating.card(index.row()).table.id if index.isValid() else None

    # -- picking and dragging ------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        super().mousePressEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        person = self.person_at(event.position().toPoint())
        self._press = (event.position().toPoint(), person) if person is not None else None
        self.seating.set_selected(person)
        self.picked.emit(person)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is None or not self.editable or not (event.buttons() & Qt.MouseButton.LeftButton):
            super().mouseMoveEvent(event)
            return
        start, person = self._press
        if (event.position().toPoint() - start).manhattanLength() < QApplication.startDragDistance():
            return
        self._press = None
        mime = QMimeData()
        mime.setData(PERSON_MIME, str(person).encode())
        mime.setText(self.seating.seat_of(person)[1].name if self.seating.seat_of(person) else "")
        drag = QDrag(self)
        drag.setMimeData(mime)
        if mime.text():
            drag.setPixmap(self._name_tag(mime.text()))
        drag.exec(Qt.DropAction.MoveAction)
        self._set_drop_row(None)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._press = None
        super().mouseReleaseEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(PERSON_MIME) and self.editable:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        index = self.indexAt(event.position().toPoint())
        if not event.mimeData().hasFormat(PERSON_MIME) or not index.isValid():
            self._set_drop_row(None)
            event.ignore()
            return
        self._set_drop_row(index.row())
        event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:  # noqa: N802
        self._set_drop_row(None)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        self._set_drop_row(None)
        table = self.table_at(event.position().toPoint())
        data = event.mimeData()
        if table is None or not data.hasFormat(PERSON_MIME):
            event.ignore()
            return
        person = int(bytes(data.data(PERSON_MIME)).decode())
        event.acceptProposedAction()
        self.dropped.emit(person, table)

    def _name_tag(self, name: str) -> QPixmap:
        """What follows the pointer while dragging: the person's name on a highlighted tag."""
        metrics = self.fontMetrics()
        pad = metrics.height() // 3
        ratio = self.devicePixelRatioF()
        size = QSize(metrics.horizontalAdvance(name) + 2 * pad, metrics.height() + pad)
        pixmap = QPixmap(size * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Highlight))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(QRect(QPoint(0, 0), size), pad, pad)
        painter.setPen(self.palette().color(QPalette.ColorRole.HighlightedText))
        painter.drawText(QRect(QPoint(0, 0), size), Qt.AlignmentFlag.AlignCenter, name)
        painter.end()
        return pixmap

    def _set_drop_row(self, row: int | None) -> None:
        if self.cards.drop_row != row:
            self.cards.drop_row = row
            self.viewport().update()
