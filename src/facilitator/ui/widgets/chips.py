"""A wrapping row of chips: small rounded labels for counts ("18 present", "vrouw 9")."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QSizePolicy, QWidget

from facilitator.ui.widgets.tones import tint


class FlowLayout(QLayout):
    """Lays widgets out left to right and wraps them onto the next line (Qt's flow layout example)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt API)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _place(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = max(self.spacing(), 4)
        x, y, line = area.x(), area.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > area.right() and line > 0:
                x, y, line = area.x(), y + line + gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + gap
            line = max(line, hint.height())
        return y + line - rect.y() + margins.bottom()


class ChipRow(QWidget):
    """Chips in a flow layout; ``set_chips([(text, tone, tooltip), ...])`` replaces them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = FlowLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        sp = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sp.setHeightForWidth(True)
        self.setSizePolicy(sp)

    def set_chips(self, chips: list[tuple[str, str] | tuple[str, str, str]]) -> None:
        while (item := self._layout.takeAt(0)) is not None:
            old = item.widget()
            old.hide()
            old.setParent(None)  # gone from view now; Python deletes it
        for text, tone, *tooltip in chips:
            chip = QLabel(text, self)
            chip.setToolTip(tooltip[0] if tooltip else "")
            if tone == "plain":
                chip.setStyleSheet("QLabel { padding: 0.15em 0.2em; }")
            else:
                c = tint(tone)
                chip.setStyleSheet(
                    f"QLabel {{ background: rgba({c.red()},{c.green()},{c.blue()},{c.alpha()});"
                    " border-radius: 0.5em; padding: 0.15em 0.6em; }"
                )
            self._layout.addWidget(chip)
        self.updateGeometry()

    def texts(self) -> list[str]:
        """The chips' texts in order (for tests)."""
        return [self._layout.itemAt(i).widget().text() for i in range(self._layout.count())]
