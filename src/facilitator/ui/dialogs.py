"""Small informational dialogs of the Help menu: keyboard shortcuts and "About Facilitator"."""

from __future__ import annotations

import platform
from importlib import metadata

from PySide6.QtCore import Qt, __version__ as qt_version
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator import __version__
from facilitator.ui.icons import app_icon


def app_version() -> str:
    """The installed package's version (pip's or the installer's metadata), else the source tree's."""
    try:
        return metadata.version("facilitator")
    except metadata.PackageNotFoundError:
        return __version__


def plain(text: str) -> str:
    """A menu text without its mnemonic ampersand and trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".")


def keys_text(keys: list[QKeySequence]) -> str:
    """Every key of an action, as the platform writes them: 'N, Right'."""
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys if not k.isEmpty())


class ShortcutsDialog(QDialog):
    """Lists every action that has a keyboard shortcut, read from the actions themselves.

    ``sections`` adds groups under a heading, e.g. the Live screen's keys:
    ``[(heading, [(what, [keys...]), ...]), ...]``.
    """

    def __init__(self, actions: list[QAction], parent: QWidget | None = None,
                 sections: list[tuple[str, list[tuple[str, list[QKeySequence]]]]] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows: list[tuple[str, str, bool]] = [
            (plain(a.text()), keys_text(a.shortcuts()), False) for a in actions if not a.shortcut().isEmpty()
        ]
        for title, entries in sections:
            rows.append((title, "", True))
            rows += [(plain(text), keys_text(keys), False) for text, keys in entries if keys]
        table = QTableWidget(len(rows), 2, self)
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        bold = QFont(table.font())
        bold.setBold(True)
        for row, (text, keys, is_heading) in enumerate(rows):
            for column, value in enumerate((text, keys)):
                cell = QTableWidgetItem(value)
                if is_heading:
                    cell.setFont(bold)
                table.setItem(row, column, cell)
        table.resizeColumnsToContents()
        natural = table.columnWidth(0) + table.columnWidth(1) + table.verticalScrollBar().sizeHint().width() * 2
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.resizeRowsToContents()
        self.table = table

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        height = table.horizontalHeader().height() + sum(table.rowHeight(r) for r in range(len(rows)))
        screen = self.screen().availableGeometry().height() if self.screen() else height * 2
        height = min(height + buttons.sizeHint().height() * 3, round(screen * 0.85))
        self.resize(max(table.fontMetrics().averageCharWidth() * 64, natural), height)


class AboutDialog(QDialog):
    """Name, version, purpose and licence of the app."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Facilitator"))
        icon = QLabel()
        size = self.fontMetrics().height() * 5
        icon.setPixmap(app_icon().pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        name = QLabel(f"<h2>Facilitator {app_version()}</h2>")
        purpose = QLabel(
            self.tr(
                "Run a participation meeting offline, from one laptop at the venue: "
                "the agenda with a live timer, participants and tables, sticky notes, "
                "and the report in Word."
            )
        )
        purpose.setWordWrap(True)
        licence = QLabel(
            self.tr(
                "Open source under the European Union Public Licence (EUPL) version 1.2. "
                "You may use, study, share and improve it."
            )
            + ' <a href="https://interoperable-europe.ec.europa.eu/collection/eupl">EUPL-1.2</a>'
        )
        licence.setWordWrap(True)
        licence.setOpenExternalLinks(True)
        built = QLabel(
            self.tr("Built with Qt %1 (PySide6, LGPL-3.0) on Python %2.")
            .replace("%1", qt_version)
            .replace("%2", platform.python_version())
        )
        built.setWordWrap(True)
        built.setEnabled(False)
        for label in (name, purpose, licence, built):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

        text = QVBoxLayout()
        for label in (name, purpose, licence, built):
            text.addWidget(label)
        text.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addLayout(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 70, self.sizeHint().height())
