"""The "New session" dialog: a title, a date, a venue, the organiser, and where to keep the file."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.model import Meeting
from facilitator.paths import SESSION_SUFFIX

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def file_name_for(title: str) -> str:
    """A file name made from the meeting title, safe on Windows, macOS and Linux."""
    name = _UNSAFE.sub("", title).strip().rstrip(".") or "Bijeenkomst"
    return name[:80] + SESSION_SUFFIX


def default_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class NewSessionDialog(QDialog):
    """Asks what the new meeting is called and where its file goes; :meth:`path` and :meth:`meeting` tell."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New session"))
        self._folder = folder or default_folder()

        self._title = QLineEdit(self.tr("New meeting"))
        self._title.selectAll()
        self._date = QDateEdit(QDate.currentDate())
        self._date.setCalendarPopup(True)
        self._venue = QLineEdit()
        self._venue.setPlaceholderText(self.tr("for example: Town hall, council chamber"))
        self._organiser = QLineEdit()
        self._organiser.setPlaceholderText(self.tr("for example: Municipality of Zuidhaege, project team"))
        self._where = QLabel()
        self._exists = QLabel(self.tr("A file with this name already exists; choose another title or folder."))
        self._exists.setWordWrap(True)
        browse = QPushButton(self.tr("Choose folder…"))
        browse.clicked.connect(self._choose_folder)

        where_row = QHBoxLayout()
        where_row.addWidget(self._where, 1)
        where_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self._title)
        form.addRow(self.tr("&Date"), self._date)
        form.addRow(self.tr("&Venue"), self._venue)
        form.addRow(self.tr("&Organiser"), self._organiser)
        form.addRow(self.tr("Saved as"), where_row)
        form.addRow("", self._exists)

        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Everything you enter is saved at once; there is no Save button."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self._buttons)
        self._title.textChanged.connect(self._update_where)
        self._update_where()

    def path(self) -> Path:
        return self._folder / file_name_for(self._title.text())

    def meeting(self) -> Meeting:
        chosen = self._date.date()
        return Meeting(
            title=self._title.text().strip() or self.tr("New meeting"),
            date=date(chosen.year(), chosen.month(), chosen.day()),
            venue=self._venue.text().strip(),
            organiser=self._organiser.text().strip(),
        )

    def _update_where(self) -> None:
        path = self.path()
        metrics = self._where.fontMetrics()
        self._where.setText(metrics.elidedText(str(path), Qt.TextElideMode.ElideMiddle, metrics.averageCharWidth() * 60))
        self._where.setToolTip(str(path))
        exists = path.exists()
        self._exists.setVisible(exists)
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not exists)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where should the session file go?"), str(self._folder))
        if folder:
            self._folder = Path(folder)
            self._update_where()
