"""The Report screen's options panel: language, names, annexes, house-style template and logo, the export buttons.

The template, the logo and the annexes are remembered across sessions in the
app's settings (``report/...``); the language follows the meeting each time
a session is shown, and "Include names" is never remembered: it starts off
for every session, so personal data only goes into a report on purpose.
:meth:`ReportOptionsPanel.values` gives the choices as keyword arguments of
``facilitator.io.report.ReportOptions`` (that package is imported only when
a report is made, so python-docx costs nothing at start-up).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFileDialog, QFormLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget,
)

from facilitator.ui.settings import app_settings
from facilitator.ui.widgets.tones import heading, ink, muted

TEMPLATE_KEY, LOGO_KEY = "report/template", "report/logo"
ANNEX_SEATING_KEY, ANNEX_NOTES_KEY = "report/annex_seating", "report/annex_notes"
TEMPLATE_SUFFIXES = (".docx", ".dotx")


def _flag(value: object) -> bool:
    """QSettings gives "true"/"false" strings from INI files."""
    return value is True or str(value).lower() == "true"


class FileChoice(QWidget):
    """A remembered file (template or logo): its name, "Choose…" and "Clear"; a warning when it has gone."""

    changed = Signal()

    def __init__(self, key: str, none_text: str, dialog_title: str, filters: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key, self.none_text, self.dialog_title, self.filters = key, none_text, dialog_title, filters
        self.name = QLabel(self)
        self.name.setWordWrap(True)
        self.problem = muted("", self)
        pal = self.problem.palette()
        pal.setColor(self.problem.foregroundRole(), ink("warn"))
        self.problem.setPalette(pal)
        self.choose = QPushButton(self.tr("Choose…"), self)
        self.clear = QPushButton(self.tr("Clear"), self)
        self.choose.clicked.connect(self.ask)
        self.clear.clicked.connect(lambda: self.set_path(None))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.choose)
        buttons.addWidget(self.clear)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        stored = str(app_settings().value(key, "") or "")
        self.path: Path | None = Path(stored) if stored else None
        self._show()

    def usable(self) -> Path | None:
        """The chosen file if it is still there; None otherwise (the report then does without)."""
        return self.path if self.path is not None and self.path.is_file() else None

    def ask(self) -> None:
        start = str(self.path.parent if self.path else app_settings().value("last_folder", "") or "")
        found, _ = QFileDialog.getOpenFileName(self, self.dialog_title, start, self.filters)
        if found:
            self.set_path(Path(found))

    def set_path(self, path: Path | None) -> None:
        self.path = path
        settings = app_settings()
        if path is None:
            settings.remove(self.key)
        else:
            settings.setValue(self.key, str(path))
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        self.name.setText(self.path.name if self.path else self.none_text)
        self.name.setToolTip(str(self.path) if self.path else "")
        gone = self.path is not None and not self.path.is_file()
        self.problem.setText(self.tr("Not found: {path}. The report does without it.").format(path=str(self.path))
                             if gone else "")
        self.problem.setVisible(gone)
        self.clear.setEnabled(self.path is not None)


class ReportOptionsPanel(QFrame):
    """The choices for the Word report and the buttons that make it (and the analysis exports)."""

    changed = Signal()
    export_requested = Signal()
    outcomes_requested = Signal(str)  # "xlsx" or "csv"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.setFixedWidth(self.fontMetrics().averageCharWidth() * 42)
        settings = app_settings()
        self.language = QComboBox(self)
        for code, name in (("nl", "Nederlands"), ("en", "English")):  # a language is named in its own language
            self.language.addItem(name, code)
        self.annex_seating = QCheckBox(self.tr("Table assignment per round"), self)
        self.annex_notes = QCheckBox(self.tr("Full list of notes"), self)
        self.annex_seating.setChecked(_flag(settings.value(ANNEX_SEATING_KEY, False)))
        self.annex_notes.setChecked(_flag(settings.value(ANNEX_NOTES_KEY, False)))
        self.include_names = QCheckBox(self.tr("Include names"), self)
        self.names_note = muted("", self)
        self.template = FileChoice(TEMPLATE_KEY, self.tr("Standard layout (no template)"),
                                   self.tr("Choose an organisation template"),
                                   self.tr("Word documents and templates (*.docx *.dotx)"), self)
        self.logo = FileChoice(LOGO_KEY, self.tr("No logo"), self.tr("Choose a logo"),
                               self.tr("Images (*.png *.jpg *.jpeg)"), self)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setDefault(True)
        self.export_button.setMinimumHeight(self.fontMetrics().height() * 2 + 4)
        self.export_button.setToolTip(self.tr("Write the report as a Word document (.docx)"))
        self.xlsx_button = QPushButton(self.tr("Excel…"), self)
        self.csv_button = QPushButton(self.tr("CSV…"), self)

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Language"), self.language)
        layout = QVBoxLayout(self)
        gap = self.fontMetrics().height() // 2
        layout.addWidget(heading(self.tr("Make the report"), self, 1.15))
        layout.addWidget(muted(self.tr("A Word document for the project team, to edit and send on."), self))
        layout.addLayout(form)
        layout.addSpacing(gap)
        layout.addWidget(heading(self.tr("Privacy"), self, 1.0))
        layout.addWidget(self.include_names)
        layout.addWidget(self.names_note)
        layout.addSpacing(gap)
        layout.addWidget(heading(self.tr("Annexes"), self, 1.0))
        layout.addWidget(self.annex_seating)
        layout.addWidget(self.annex_notes)
        layout.addSpacing(gap)
        layout.addWidget(heading(self.tr("House style"), self, 1.0))
        layout.addWidget(self.template)
        layout.addWidget(QLabel(self.tr("Logo on the title page"), self))
        layout.addWidget(self.logo)
        layout.addSpacing(gap)
        layout.addWidget(self.export_button)
        layout.addStretch(1)
        layout.addWidget(heading(self.tr("For analysis"), self, 1.0))
        layout.addWidget(muted(self.tr("Notes, themes, votes and actions as a spreadsheet, without names."), self))
        row = QHBoxLayout()
        row.addWidget(self.xlsx_button)
        row.addWidget(self.csv_button)
        layout.addLayout(row)

        self.language.currentIndexChanged.connect(self._changed)
        for box in (self.annex_seating, self.annex_notes, self.include_names):
            box.toggled.connect(self._changed)
        self.template.changed.connect(self._changed)
        self.logo.changed.connect(self._changed)
        self.export_button.clicked.connect(self.export_requested)
        self.xlsx_button.clicked.connect(lambda: self.outcomes_requested.emit("xlsx"))
        self.csv_button.clicked.connect(lambda: self.outcomes_requested.emit("csv"))
        self._explain_names()

    def reset_for(self, language: str) -> None:
        """A session is shown: the meeting's language, names off (never carried over from another session)."""
        self.blockSignals(True)
        self.language.setCurrentIndex(max(self.language.findData("en" if language == "en" else "nl"), 0))
        self.include_names.setChecked(False)
        self.blockSignals(False)
        self._explain_names()

    def values(self) -> dict[str, object]:
        """The choices as keyword arguments of ``ReportOptions``."""
        return {
            "language": self.language.currentData(),
            "include_names": self.include_names.isChecked(),
            "template": self.template.usable(),
            "logo": self.logo.usable(),
            "annex_seating": self.annex_seating.isChecked(),
            "annex_notes": self.annex_notes.isChecked(),
        }

    def _changed(self) -> None:
        settings = app_settings()
        settings.setValue(ANNEX_SEATING_KEY, self.annex_seating.isChecked())
        settings.setValue(ANNEX_NOTES_KEY, self.annex_notes.isChecked())
        self._explain_names()
        self.changed.emit()

    def _explain_names(self) -> None:
        if not self.include_names.isChecked():
            text = self.tr("Off: no participant names anywhere in the report; tables by number.")
        elif not self.annex_seating.isChecked():
            text = self.tr("Names only appear in the table assignment annex, which is off.")
        else:
            text = self.tr("The annex lists who sat where by name: the report then holds personal data. "
                           "Share it only with people who may see it.")
        self.names_note.setText(text)
        pal = self.names_note.palette()
        on = self.include_names.isChecked() and self.annex_seating.isChecked()
        pal.setColor(self.names_note.foregroundRole(), ink("warn") if on else ink("muted", pal))
        self.names_note.setPalette(pal)

    def set_busy(self, busy: bool) -> None:
        for button in (self.export_button, self.xlsx_button, self.csv_button):
            button.setEnabled(not busy)
