"""The working area once a session is open: a left sidebar of the main screens, and the screens.

Screens get the document lazily: only the visible one loads at once, the
others when first shown, so opening a G1000 file does not load five screens
before the first paint. A screen that was loaded before is refreshed when it
is shown again after something was written elsewhere.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from facilitator.store.document import SessionDocument
from facilitator.ui.views import MAIN_VIEWS, MainView


class Sidebar(QListWidget):
    """Big, readable navigation entries; arrow keys and clicks both work."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        self.setFont(font)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet("QListWidget#sidebar::item { padding: 0.7em 1em; }")
        palette = self.palette()  # blend with the window so the screen beside it stands out
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        self.setPalette(palette)

    def set_titles(self, titles: list[str]) -> None:
        row = self.currentRow()
        self.blockSignals(True)
        self.clear()
        line = self.fontMetrics().height()
        for number, title in enumerate(titles, start=1):
            item = QListWidgetItem(title)
            keys = QKeySequence(f"Ctrl+{number}").toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(f"{title} ({keys})")
            self.addItem(item)
        self.setCurrentRow(max(row, 0))
        self.blockSignals(False)
        widest = max((self.fontMetrics().horizontalAdvance(t) for t in titles), default=0)
        self.setFixedWidth(widest + line * 4)


class Workspace(QWidget):
    """Sidebar plus stacked main views; ``current_changed(key)`` when another screen is shown."""

    current_changed = Signal(str)

    def __init__(self, view_classes: list[type[MainView]] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view_classes = list(view_classes or MAIN_VIEWS)
        self.document: SessionDocument | None = None
        self._generation = 0
        self._loaded: dict[str, int] = {}  # key → generation its data was loaded at
        self.sidebar = Sidebar(self)
        self.stack = QStackedWidget(self)
        self.views: list[MainView] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(self.sidebar)
        layout.addWidget(line)
        layout.addWidget(self.stack, 1)
        self.sidebar.currentRowChanged.connect(self._show_row)
        self.build_views()

    # -- the screens ----------------------------------------------------------------------

    def build_views(self) -> None:
        """(Re)create the screens, e.g. after a language switch, keeping the current one."""
        key = self.current_key() if self.views else ""
        for view in self.views:
            self.stack.removeWidget(view)
            if view.document is not None:
                view.set_document(None)  # lets it drop listeners on the document
            view.deleteLater()
        self.views = [cls(self.stack) for cls in self._view_classes]
        for view in self.views:
            self.stack.addWidget(view)
        self._loaded = {}
        self.sidebar.set_titles([view.title() for view in self.views])
        self.show_view(key or self.views[0].key)

    def keys(self) -> list[str]:
        return [cls.key for cls in self._view_classes]

    def view(self, key: str) -> MainView:
        return self.views[self.keys().index(key)]

    def current_view(self) -> MainView:
        return self.stack.currentWidget()

    def current_key(self) -> str:
        return self.current_view().key

    def show_view(self, key: str) -> None:
        keys = self.keys()
        row = keys.index(key) if key in keys else 0
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)  # → _show_row
        else:
            self._show_row(row)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        view = self.views[row]
        self._load(view)
        self.stack.setCurrentWidget(view)
        self.current_changed.emit(view.key)

    def _load(self, view: MainView) -> None:
        if self.document is None:
            return
        loaded = self._loaded.get(view.key)
        if loaded is None:
            view.set_document(self.document)
        elif loaded < self._generation:
            view.refresh()
        self._loaded[view.key] = self._generation

    # -- the document ---------------------------------------------------------------------

    def set_document(self, document: SessionDocument | None) -> None:
        """Show ``document``: the visible screen loads now, the others when first shown."""
        self.document = document
        self._loaded = {}
        if document is None:
            for view in self.views:
                if view.document is not None:
                    view.set_document(None)
            return
        self._load(self.current_view())

    def changed(self) -> None:
        """Something was written: other screens refresh when shown next (the current one made it)."""
        self._generation += 1
        if self.document is not None and self.views:
            self._loaded[self.current_key()] = self._generation

    def retranslate(self) -> None:
        self.sidebar.set_titles([view.title() for view in self.views])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange and self.views:
            self.retranslate()
        super().changeEvent(event)
