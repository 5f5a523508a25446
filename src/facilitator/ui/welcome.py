"""The start screen shown while no session is open: new, open, the demo day, recent files."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui.icons import app_icon


def _scaled(widget: QWidget, factor: float, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


class WelcomeScreen(QWidget):
    """Big, obvious choices for the start of the day; the window acts on its signals."""

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading = QLabel("Facilitator")
        _scaled(self.heading, 2.6, bold=True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle = QLabel()
        _scaled(self.subtitle, 1.25)
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle.setWordWrap(True)

        self.new_button = QPushButton()
        self.open_button = QPushButton()
        self.demo_button = QPushButton()
        for button in (self.new_button, self.open_button, self.demo_button):
            _scaled(button, 1.3)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumHeight(round(button.fontMetrics().height() * 2.4))
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)

        self.recent_heading = QLabel()
        _scaled(self.recent_heading, 1.15, bold=True)
        self.recent = QListWidget()
        _scaled(self.recent, 1.1)
        self.recent.setFrameShape(QFrame.Shape.StyledPanel)
        self.recent.setUniformItemSizes(True)
        self.recent.itemActivated.connect(self._activated)
        self.recent.itemClicked.connect(self._activated)
        self.no_recent = QLabel()
        self.no_recent.setEnabled(False)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setEnabled(False)

        buttons = QHBoxLayout()
        buttons.setSpacing(self.fontMetrics().height())
        for button in (self.new_button, self.open_button, self.demo_button):
            buttons.addWidget(button)

        column = QVBoxLayout()
        column.setSpacing(round(self.fontMetrics().height() * 0.8))
        column.addStretch(2)
        column.addWidget(self.icon)
        column.addWidget(self.heading)
        column.addWidget(self.subtitle)
        column.addSpacing(self.fontMetrics().height())
        column.addLayout(buttons)
        column.addSpacing(self.fontMetrics().height())
        column.addWidget(self.recent_heading)
        column.addWidget(self.recent)
        column.addWidget(self.no_recent)
        column.addStretch(1)
        column.addWidget(self.hint)
        column.addStretch(1)

        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)
        self.set_recent([])
        self.retranslate()

    def retranslate(self) -> None:
        size = self.fontMetrics().height() * 5
        self.icon.setPixmap(app_icon().pixmap(QSize(size, size)))
        self.subtitle.setText(self.tr("Run a participation meeting from this laptop, with or without internet."))
        self.new_button.setText(self.tr("New session…"))
        self.open_button.setText(self.tr("Open…"))
        self.demo_button.setText(self.tr("Open the demo day"))
        self.new_button.setToolTip(self.tr("Start a new meeting file (Ctrl+N)"))
        self.open_button.setToolTip(self.tr("Open a session file (Ctrl+O)"))
        self.demo_button.setToolTip(self.tr("Try everything out on a fresh copy of an example citizens' assembly"))
        self.recent_heading.setText(self.tr("Recently opened"))
        self.no_recent.setText(self.tr("No sessions opened yet."))
        self.hint.setText(self.tr("Every change is saved at once, and a backup is made every 10 minutes."))

    def set_recent(self, paths: list[Path]) -> None:
        """Show ``paths`` as two-line entries: the session's name, and its folder in grey."""
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            label = QLabel(
                f"<b>{html.escape(path.stem)}</b><br>"
                f"<span style='color: palette(placeholder-text)'>{html.escape(str(path.parent))}</span>"
            )
            label.setContentsMargins(*[round(self.fontMetrics().height() * 0.4)] * 4)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            item.setSizeHint(label.sizeHint() + QSize(0, self.fontMetrics().height() // 4))
            self.recent.addItem(item)
            self.recent.setItemWidget(item, label)
        rows = min(len(paths), 5)
        if rows:
            self.recent.setFixedHeight(
                sum(self.recent.sizeHintForRow(r) for r in range(rows)) + 2 * self.recent.frameWidth()
            )
        self.recent.setVisible(bool(paths))
        self.no_recent.setVisible(not paths)

    def _activated(self, item: QListWidgetItem) -> None:
        self.recent_chosen.emit(Path(item.data(Qt.ItemDataRole.UserRole)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
