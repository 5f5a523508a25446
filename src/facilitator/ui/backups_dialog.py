"""The "Backups" dialog: the rotating backups of the open file, to open a copy of or add to.

Opening a backup never overwrites anything: the window asks the store for a
restored copy beside the session file and continues in that copy.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.store import backups
from facilitator.ui.open_flow import when


class BackupsDialog(QDialog):
    """Lists ``list_backups(path)``; emits what the user wants done, the window does it."""

    open_copy_requested = Signal(object)  # a backups.Backup
    backup_now_requested = Signal()

    def __init__(self, session_path: Path, parent: QWidget | None = None, *, can_backup: bool = True) -> None:
        super().__init__(parent)
        self.session_path = Path(session_path)
        self.setWindowTitle(self.tr("Backups"))
        intro = QLabel(
            self.tr(
                "Facilitator makes a backup of “%1” when you open it and every 10 minutes, "
                "and keeps the newest %2. Opening a backup makes a copy beside the file; "
                "the file itself stays as it is."
            )
            .replace("%1", self.session_path.name)
            .replace("%2", str(backups.KEEP))
        )
        intro.setWordWrap(True)

        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Occasion"), self.tr("Size")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("There are no backups of this file yet."))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(self.tr("&Open a copy"))
        self.backup_button = QPushButton(self.tr("&Make a backup now"))
        self.backup_button.setEnabled(can_backup)
        folder_button = QPushButton(self.tr("Show &folder"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self._open_selected)
        self.backup_button.clicked.connect(self.backup_now_requested)
        folder_button.clicked.connect(self._show_folder)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(self._open_selected)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self._backups: list[backups.Backup] = []
        self.reload()
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.fontMetrics().height() * 26)

    def reason_label(self, reason: str) -> str:
        if reason.startswith("before-schema"):
            return self.tr("before updating the file")
        reason = re.sub(r"-\d+$", "", reason)
        labels = {
            "open": self.tr("on opening"),
            "auto": self.tr("automatic (every 10 minutes)"),
            "manual": self.tr("made by hand"),
        }
        return labels.get(reason, reason)

    def reload(self) -> None:
        self._backups = backups.list_backups(self.session_path)
        self.table.setRowCount(len(self._backups))
        locale = QLocale()
        for row, backup in enumerate(self._backups):
            size_text = locale.formattedDataSize(backup.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
            size = QTableWidgetItem(size_text)
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, QTableWidgetItem(when(backup.created, seconds=True)))
            self.table.setItem(row, 1, QTableWidgetItem(self.reason_label(backup.reason)))
            self.table.setItem(row, 2, size)
        self.table.setVisible(bool(self._backups))
        self.empty.setVisible(not self._backups)
        if self._backups:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> backups.Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self._backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.selected() is not None)

    def _open_selected(self) -> None:
        backup = self.selected()
        if backup is not None:
            self.open_copy_requested.emit(backup)

    def _show_folder(self) -> None:
        folder = backups.folder_for(self.session_path)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
