"""The status bar's permanent facts about the open file: where it is, read-only, synced folder, last save."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QStatusBar

from facilitator.store.document import SessionDocument, cloud_sync_warning
from facilitator.store.document import READ_ONLY_IN_USE as IN_USE

_BADGE = "QLabel {{ background: {bg}; color: {fg}; border-radius: 0.3em; padding: 0.1em 0.6em; }}"


class DocumentStatus(QObject):
    """Owns the status bar labels for the open document and keeps their texts current."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self.file = QLabel()
        self.file.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.read_only = QLabel()
        self.read_only.setStyleSheet(_BADGE.format(bg="#8a4b00", fg="white"))
        self.cloud = QLabel()
        self.cloud.setStyleSheet(_BADGE.format(bg="#fff0c2", fg="#5a4100"))
        self.saved = QLabel()
        bar.addWidget(self.file, 1)
        for label in (self.read_only, self.cloud, self.saved):
            bar.addPermanentWidget(label)
        self.document: SessionDocument | None = None
        self.saved_at: datetime | None = None
        self.show(None)

    def show(self, document: SessionDocument | None) -> None:
        self.document = document
        self.saved_at = document.last_saved if document else None
        self.retranslate()

    def mark_saved(self, saved_at: datetime) -> None:
        self.saved_at = saved_at
        self._saved_text()

    def reason_text(self, reason: str) -> str:
        if reason == IN_USE:
            return self.tr("it is open in another Facilitator window")
        if reason == "requested":
            return self.tr("opened for viewing only")
        return reason

    def retranslate(self) -> None:
        doc = self.document
        path = Path(doc.path) if doc else None
        self.file.setText(self._elided(str(path)) if path else "")
        self.file.setToolTip(str(path) if path else "")
        read_only = bool(doc and doc.read_only)
        self.read_only.setVisible(read_only)
        if read_only:
            self.read_only.setText(self.tr("Read-only: %1").replace("%1", self.reason_text(doc.read_only_reason)))
        cloud = bool(path and cloud_sync_warning(path))
        self.cloud.setVisible(cloud)
        self.cloud.setText(self.tr("In a synchronised folder: keep the file on this laptop during the meeting"))
        self.cloud.setToolTip(
            self.tr(
                "Folders such as OneDrive or Dropbox can damage a session file that is in use. "
                "Use Save as… to continue in a copy on the laptop itself."
            )
        )
        self._saved_text()

    def _saved_text(self) -> None:
        doc = self.document
        self.saved.setVisible(doc is not None and not doc.read_only)
        if self.saved_at is not None:
            self.saved.setText(self.tr("Saved %1").replace("%1", self.saved_at.strftime("%H:%M:%S")))
        else:
            self.saved.setText(self.tr("Every change is saved at once"))

    def _elided(self, text: str) -> str:
        metrics = self.file.fontMetrics()
        return metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, metrics.averageCharWidth() * 90)
