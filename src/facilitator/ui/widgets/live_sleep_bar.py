"""A calm bar over the Live screen when the timer did not watch for a while: count that time, or not?"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from facilitator.core.live import Sleep
from facilitator.ui.labels import clock
from facilitator.ui.widgets.tones import tint


class SleepBar(QFrame):
    """'The laptop slept 23 minutes (10:12–10:35). Count it as meeting time?' [Count it] [Don't count it]."""

    count_requested = Signal()
    discard_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), tint("warn"))
        self.setPalette(palette)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.count_button = QPushButton(self)
        self.discard_button = QPushButton(self)
        self.count_button.clicked.connect(self.count_requested)
        self.discard_button.clicked.connect(self.discard_requested)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.count_button)
        layout.addWidget(self.discard_button)
        self.hide()

    def show_sleep(self, sleep: Sleep | None) -> None:
        """Ask about ``sleep``; None hides the bar."""
        if sleep is None:
            self.hide()
            return
        minutes = max(1, round(sleep.seconds / 60))
        began = clock(sleep.noticed_at - timedelta(seconds=sleep.seconds))
        ended = clock(sleep.noticed_at)
        if sleep.app_closed:
            text = self.tr("Facilitator was closed for %n minute(s) (%1–%2); the timer counted that time. "
                           "Keep it as meeting time?", "", minutes)
            self.count_button.setText(self.tr("Keep counting it"))
            self.discard_button.setText(self.tr("Leave it out"))
        else:
            text = self.tr("The laptop slept %n minute(s) (%1–%2). Count it as meeting time?", "", minutes)
            self.count_button.setText(self.tr("Count it"))
            self.discard_button.setText(self.tr("Don't count it"))
        self.label.setText(text.replace("%1", began).replace("%2", ended))
        self.show()
