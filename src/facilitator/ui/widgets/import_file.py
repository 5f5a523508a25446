"""Where a participant list comes from: the file chooser, and what to tell the user when a list can't be read.

The texts belong to the import dialog (translation context
``ParticipantImportDialog``); they live here to keep the dialog's module short.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from facilitator.store.document import SessionDocument
from facilitator.ui.settings import app_settings

LIST_SUFFIXES = ("*.csv", "*.xlsx", "*.txt", "*.tsv")


def ask_list_path(parent: QWidget, document: SessionDocument) -> Path | None:
    """Ask for a participant list (.csv or .xlsx), starting in the folder the last one came from."""
    folder = str(app_settings().value("import_folder", "") or document.path.parent)
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("ParticipantImportDialog", "Choose a participant list"), folder,
        QCoreApplication.translate("ParticipantImportDialog", "Participant lists (%1)").replace(
            "%1", " ".join(LIST_SUFFIXES)))
    if not path:
        return None
    app_settings().setValue("import_folder", str(Path(path).parent))
    return Path(path)


def unreadable_text(path: Path, reason: str) -> str:
    """Why a list can't be read, naming the file, and what to do about it."""
    detail = reason.split(": ", 1)[1] if reason.startswith(str(path)) and ": " in reason else reason
    advice = {
        "no such file": QCoreApplication.translate("ParticipantImportDialog", "The file is not there (any more)."),
        "the file is empty": QCoreApplication.translate("ParticipantImportDialog", "The file is empty."),
        ".xls file": QCoreApplication.translate(
            "ParticipantImportDialog", "It is an old Excel .xls file: open it in Excel and save it as .xlsx or .csv."),
        "binary file": QCoreApplication.translate(
            "ParticipantImportDialog", "It is not a spreadsheet or text file."),
        "no header row": QCoreApplication.translate(
            "ParticipantImportDialog", "No row with column names such as Voornaam and Achternaam was found in "
            "the first 30 rows. Add such a header row above the names."),
        "not a table": QCoreApplication.translate(
            "ParticipantImportDialog", "No columns separated by “;”, “,” or tabs were found."),
        "not a valid .xlsx": QCoreApplication.translate(
            "ParticipantImportDialog", "The .xlsx file is damaged: open it in Excel and save it again."),
    }
    what = next((text for key, text in advice.items() if key in detail), "")
    lines = [QCoreApplication.translate("ParticipantImportDialog", "“{name}” cannot be read as a participant list.")
             .format(name=path.name)]
    if what:
        lines.append(what)
    lines.append(QCoreApplication.translate("ParticipantImportDialog", "Details: {detail}").format(detail=detail))
    lines.append(QCoreApplication.translate(
        "ParticipantImportDialog", "Save the list from Excel as .xlsx or as CSV, then choose it again."))
    return "\n".join(lines)
