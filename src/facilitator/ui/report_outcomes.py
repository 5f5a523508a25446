"""Exporting the outcomes for analysis: notes, themes, votes and actions as one .xlsx workbook or CSV files.

From File > Export and the Report screen. The .xlsx goes where the user
saves it; the CSV files (one per sheet, ``<session> - notities.csv`` …) go
into a folder the user picks, after asking before any file is replaced.
Reading and writing both run on the window's task runner (a G1000 file has
10,000 notes), so the window never freezes; see
:mod:`facilitator.io.outcomes_export` for the columns and the privacy choices.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from facilitator.core.progress import Cancelled, Progress
from facilitator.ui.report_export import ExportMessages
from facilitator.ui.settings import app_settings

XLSX, CSV = "xlsx", "csv"


def write_outcomes(doc, kind: str, target: Path, stem: str, progress: Progress) -> list[Path]:
    """Read the outcomes of ``doc`` and write them as ``kind`` to ``target`` (runs on a worker thread)."""
    from facilitator.io import outcomes_export as out

    progress.step(0, 1)
    outcomes = out.load_outcomes(doc)
    if kind == XLSX:
        return [out.write_xlsx(outcomes, target, progress)]
    return out.write_csv_files(outcomes, target, stem, progress)


def csv_names(doc) -> list[str]:
    """The CSV files an export of ``doc`` writes, in the meeting's language."""
    from facilitator.io.outcomes_export import SHEET_NAMES, SHEETS

    language = "en" if doc.meeting().language == "en" else "nl"
    return [f"{doc.path.stem} - {SHEET_NAMES[language][key][1]}.csv" for key in SHEETS]


class OutcomesExport(QObject):
    """The analysis exports of one window or screen."""

    def __init__(self, parent_widget: QWidget, tasks: Callable[[], object]) -> None:
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self.tasks = tasks
        self.messages = ExportMessages(parent_widget)

    def title(self, kind: str) -> str:
        return self.tr("Export for analysis (Excel)") if kind == XLSX else self.tr("Export for analysis (CSV)")

    def ask(self, doc, kind: str) -> Path | None:
        """Ask where to write, then start; the chosen file or folder (None when nothing was started)."""
        if doc is None:
            return None
        counts = doc.counts()
        if not any(counts.get(k) for k in ("notes", "themes", "votes", "actions")):
            self.messages.tell(self.title(kind), self.tr("This session has no notes, themes, votes or actions yet."),
                               self.tr("Capture notes on the Notes screen first."), warning=False)
            return None
        folder = Path(str(app_settings().value("last_folder", "") or doc.path.parent))
        if kind == XLSX:
            name = self.tr("outcomes")  # the file is "<session> - opbrengst.xlsx"
            found, _ = QFileDialog.getSaveFileName(self.parent_widget, self.title(kind),
                                                   str(folder / f"{doc.path.stem} - {name}.xlsx"),
                                                   self.tr("Excel workbooks (*.xlsx)"))
            if not found:
                return None
            target = Path(found)
            if target.suffix.lower() != ".xlsx":
                target = target.with_name(target.name + ".xlsx")
            app_settings().setValue("last_folder", str(target.parent))
        else:
            found = QFileDialog.getExistingDirectory(self.parent_widget, self.title(kind), str(folder))
            if not found:
                return None
            target = Path(found)
            app_settings().setValue("last_folder", str(target))
            if not self._may_replace([target / name for name in csv_names(doc) if (target / name).exists()]):
                return None
        self.tasks().start(self.export(doc, kind, target))
        return target

    def _may_replace(self, existing: list[Path]) -> bool:
        if not existing:
            return True
        box = self.messages.box(QMessageBox.Icon.Question, self.title(CSV),
                                self.tr("These files in this folder will be replaced:"),
                                "\n".join(p.name for p in existing))
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        return self.messages.chooser(box) is replace

    async def export(self, doc, kind: str, target: Path) -> bool:
        """Write the export on the task runner; True when the files were written."""
        from facilitator.io.outcomes_export import NoOutcomes

        try:
            written = await self.tasks().run_task(write_outcomes, doc, kind, target, doc.path.stem,
                                                  title=self.tr("Writing the outcomes…"))
        except Cancelled:
            return False
        except NoOutcomes:
            self.messages.tell(self.title(kind), self.tr("This session has no notes, themes, votes or actions yet."),
                               warning=False)
            return False
        except OSError as exc:
            self.messages.write_error(self.title(kind), target, exc)
            return False
        if kind == XLSX:
            self.messages.done(self.title(kind), written[0],
                               self.tr("The workbook is ready: “{name}”.").format(name=written[0].name),
                               self.tr("Notes, themes, votes and actions, a sheet each; no participant names."))
        else:
            self.messages.done(self.title(kind), target,
                               self.tr("The CSV files are ready: one per sheet, {count} in all.").format(
                                   count=len(written)),
                               "\n".join(p.name for p in written), can_open=False)
        return True
