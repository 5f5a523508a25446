"""File > Export: table lists and table signs (.docx), the seating and the participant list (CSV).

Each export asks where to write (names are personal data: the file goes only
where the user puts it), then reads the seating and writes the file on the
window's task runner, and says in the status bar where it went. A session
without tables, seating or people gets a message instead of a file dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from facilitator.core.progress import Cancelled, Progress
from facilitator.io.seating_snapshot import NothingToExport, load_seating
from facilitator.ui.settings import app_settings

if TYPE_CHECKING:
    from facilitator.ui.main_window import MainWindow

TABLE_LISTS, TABLE_SIGNS = "table_lists", "table_signs"
SEATING_CSV, PARTICIPANTS_CSV = "seating_csv", "participants_csv"
KINDS = (TABLE_LISTS, TABLE_SIGNS, SEATING_CSV, PARTICIPANTS_CSV)


def _writer(kind: str) -> Callable:
    """The io function that writes ``kind``; imported when first used (python-docx costs start-up time)."""
    from facilitator.io import csv_export, table_lists

    return {
        TABLE_LISTS: table_lists.write_table_lists, TABLE_SIGNS: table_lists.write_table_signs,
        SEATING_CSV: csv_export.write_seating_csv, PARTICIPANTS_CSV: csv_export.write_participants_csv,
    }[kind]
_SUFFIX = {TABLE_LISTS: ".docx", TABLE_SIGNS: ".docx", SEATING_CSV: ".csv", PARTICIPANTS_CSV: ".csv"}


def write_export(doc, kind: str, target: Path, progress: Progress) -> Path:
    """Read the seating of ``doc`` and write export ``kind`` to ``target`` (runs on a worker thread)."""
    progress.step(0, 1)
    return _writer(kind)(load_seating(doc), target, progress)


class SeatingExport(QObject):
    """The four exports of the File > Export menu, for the window's open session."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window

    def _texts(self, kind: str) -> tuple[str, str, str]:
        """(dialog title, file-name suffix suggestion, progress title) for one kind of export."""
        return {
            TABLE_LISTS: (self.tr("Export table lists"), self.tr("table lists"), self.tr("Writing the table lists…")),
            TABLE_SIGNS: (self.tr("Export table signs"), self.tr("table signs"), self.tr("Writing the table signs…")),
            SEATING_CSV: (self.tr("Export seating as CSV"), self.tr("seating"), self.tr("Writing the seating…")),
            PARTICIPANTS_CSV: (self.tr("Export participant list as CSV"), self.tr("participants"),
                               self.tr("Writing the participant list…")),
        }[kind]

    def _nothing(self, reason: str) -> str:
        return {
            "no_tables": self.tr("This session has no tables yet. Add tables on the Tables screen first."),
            "no_seating": self.tr("Nobody is seated at a table yet. Make a table plan on the Tables screen first."),
            "no_people": self.tr("This session has no participants yet."),
        }.get(reason, reason)

    def _missing(self, kind: str) -> str | None:
        """Why this export would be empty, from the file's counts; None when there is something to write."""
        counts = self.window.document.counts()
        if kind == PARTICIPANTS_CSV:
            return None if counts.get("participants") else "no_people"
        if not counts.get("tables"):
            return "no_tables"
        if kind != TABLE_SIGNS and not counts.get("seat_assignments"):
            return "no_seating"
        return None

    def ask(self, kind: str) -> Path | None:
        """Ask where to write export ``kind``, then start writing it; the chosen path (None if not asked)."""
        doc = self.window.document
        if doc is None:
            return None
        title, name, _ = self._texts(kind)
        missing = self._missing(kind)
        if missing:
            QMessageBox.information(self.window, title, self._nothing(missing))
            return None
        suffix = _SUFFIX[kind]
        folder = Path(str(app_settings().value("last_folder", "") or doc.path.parent))
        filters = self.tr("Word documents (*.docx)") if suffix == ".docx" else self.tr("CSV files (*.csv)")
        found, _ = QFileDialog.getSaveFileName(self.window, title, str(folder / f"{doc.path.stem} - {name}{suffix}"),
                                               filters)
        if not found:
            return None
        target = Path(found)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        app_settings().setValue("last_folder", str(target.parent))
        self.window.tasks.start(self.export(kind, target))
        return target

    async def export(self, kind: str, target: Path) -> bool:
        """Write export ``kind`` to ``target`` on the task runner; True when the file was written."""
        doc = self.window.document
        if doc is None:
            return False
        title, _, working = self._texts(kind)
        try:
            await self.window.tasks.run_task(write_export, doc, kind, target, title=working)
        except Cancelled:
            return False
        except NothingToExport as exc:
            QMessageBox.information(self.window, title, self._nothing(exc.reason))
            return False
        except OSError as exc:
            problem = self.tr("The file could not be written: {path}\n{reason}")
            QMessageBox.warning(self.window, title, problem.format(path=str(target), reason=exc.strerror or str(exc)))
            return False
        self.window.statusBar().showMessage(self.tr("Exported to {path}").format(path=str(target)), 15000)
        return True
