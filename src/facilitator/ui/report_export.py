"""Exporting the Word report: where to save it, writing it on the task runner, then offering to open it.

The flow (also used by File > Export > Report (Word)…): check the template
and logo, ask where to save (a name from the meeting's title and date),
read the session and write the .docx on the window's task runner
(``load_report``, ``write_report``; progress and Cancel, the window never
freezes; a cancelled or failed write leaves no file), then a with "Open" and "Show folder". Problems — an unreadable template, a
file open in Word, a full disk — are messages naming the file and what to
do, never a traceback. Every message goes through ``chooser`` (tests replace
it). ``facilitator.io.report`` and the chart renderer are imported only
here, when a report is made: python-docx is not loaded at start-up.
"""

from __future__ import annotations

import errno
import re
import zipfile
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImageReader
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from facilitator.core.progress import Cancelled
from facilitator.ui.open_flow import Chooser, show_modal
from facilitator.ui.settings import app_settings

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def file_stem(title: str, day=None) -> str:
    """A file name (without suffix) from the meeting's title and date, safe on Windows, macOS and Linux."""
    stem = _UNSAFE.sub(" ", title).strip(" .") or "Facilitator"
    stem = re.sub(r"\s+", " ", stem)[:100].rstrip(" .")
    return f"{stem} {day.isoformat()}" if day else stem


def template_problem(path: Path) -> str | None:
    """Why ``path`` can't serve as a Word template ("missing", "unreadable", "not_word"); None if it can."""
    if not path.is_file():
        return "missing"
    try:
        with zipfile.ZipFile(path) as package:
            names = set(package.namelist())
    except zipfile.BadZipFile:
        return "not_word"
    except OSError:
        return "unreadable"
    return None if "word/document.xml" in names else "not_word"


class ExportMessages(QObject):
    """Messages shared by the report and analysis exports: write errors and "done — open it?"."""

    def __init__(self, parent_widget: QWidget, chooser: Chooser = show_modal) -> None:
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self.chooser = chooser
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl

    def box(self, icon: QMessageBox.Icon, title: str, text: str, informative: str = "") -> QMessageBox:
        box = QMessageBox(self.parent_widget)
        box.setIcon(icon)
        box.setWindowTitle(title)
        box.setText(text)
        box.setInformativeText(informative)
        return box

    def tell(self, title: str, text: str, informative: str = "", *, warning: bool = True) -> None:
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        box = self.box(icon, title, text, informative)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.chooser(box)

    def write_error(self, title: str, target: Path, exc: OSError) -> None:
        """Why ``target`` could not be written, and what to do about it."""
        name = target.name
        code = getattr(exc, "errno", None)
        if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM, errno.EBUSY):
            text = self.tr("“{name}” could not be written: it is open in another program (Word?) or the folder "
                           "is protected.").format(name=name)
            hint = self.tr("Close the file in Word and export again, or choose another name or folder.")
        elif code == errno.ENOSPC:
            text = self.tr("The disk is full: “{name}” could not be written.").format(name=name)
            hint = self.tr("Make room on the disk, or choose another place (a USB stick), and export again.")
        elif code == errno.EROFS:
            text = self.tr("“{name}” could not be written: the disk is read-only.").format(name=name)
            hint = self.tr("Choose another place and export again.")
        elif code == errno.ENOENT:
            text = self.tr("“{name}” could not be written: the folder does not exist.").format(name=name)
            hint = self.tr("Choose an existing folder and export again.")
        else:
            text = self.tr("“{name}” could not be written: {reason}.").format(name=name,
                                                                             reason=exc.strerror or str(exc))
            hint = self.tr("Choose another name or folder and export again.")
        self.tell(title, text, f"{hint}\n{target}")

    def done(self, title: str, path: Path, text: str, detail: str = "", *, can_open: bool = True) -> None:
        """Say what was written; "Open" opens the file, "Show folder" its folder."""
        box = self.box(QMessageBox.Icon.Information, title, text, f"{detail}\n{path}".strip())
        open_button = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole) if can_open else None
        folder_button = box.addButton(self.tr("Show folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        if open_button is not None:
            box.setDefaultButton(open_button)
        clicked = self.chooser(box)
        if clicked is not None and clicked is open_button:
            self.open_url(QUrl.fromLocalFile(str(path)))
        elif clicked is not None and clicked is folder_button:
            self.open_url(QUrl.fromLocalFile(str(path if path.is_dir() else path.parent)))
        status = getattr(self.parent_widget.window(), "statusBar", None)
        if callable(status):
            status().showMessage(self.tr("Exported to {path}").format(path=str(path)), 15000)


class ReportExport(QObject):
    """Makes the Word report of a document with the options the Report screen gives."""

    running_changed = Signal(bool)

    def __init__(self, parent_widget: QWidget, tasks: Callable[[], object]) -> None:
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self.tasks = tasks  # () -> the window's task runner
        self.messages = ExportMessages(parent_widget)
        self.running = False
        self.last_result = None  # the ReportResult of the last export, for tests and the status line

    def title(self) -> str:
        return self.tr("Export report")

    def _template_message(self, path: Path, problem: str) -> None:
        texts = {
            "missing": self.tr("The template “{name}” was not found."),
            "unreadable": self.tr("The template “{name}” could not be read."),
            "not_word": self.tr("The template “{name}” is not a Word document or template (.docx, .dotx)."),
        }
        self.messages.tell(self.title(), texts[problem].format(name=path.name),
                           self.tr("Choose another template, or clear it to use the standard layout.") + f"\n{path}")

    def _logo_message(self, path: Path) -> None:
        self.messages.tell(self.title(), self.tr("The logo “{name}” is not a picture that can be read.").format(
            name=path.name), self.tr("Choose a PNG or JPEG file, or clear the logo.") + f"\n{path}")

    def ask(self, doc, options: dict) -> Path | None:
        """Ask where to save, then start writing; the chosen path, or None when nothing was started."""
        if doc is None or self.running:
            return None
        template, logo = options.get("template"), options.get("logo")
        if template is not None and (problem := template_problem(Path(template))):
            self._template_message(Path(template), problem)
            return None
        if logo is not None and not QImageReader(str(logo)).canRead():
            self._logo_message(Path(logo))
            return None
        meeting = doc.meeting()
        folder = Path(str(app_settings().value("last_folder", "") or doc.path.parent))
        suggested = folder / (file_stem(meeting.title, meeting.date) + ".docx")
        found, _ = QFileDialog.getSaveFileName(self.parent_widget, self.title(), str(suggested),
                                               self.tr("Word documents (*.docx)"))
        if not found:
            return None
        target = Path(found)
        if target.suffix.lower() != ".docx":
            target = target.with_name(target.name + ".docx")
        app_settings().setValue("last_folder", str(target.parent))
        self.tasks().start(self.export(doc, options, target))
        return target

    async def export(self, doc, options: dict, target: Path) -> bool:
        """Load on the GUI thread, write on the runner; True when the report was written."""
        from facilitator.io import report
        from facilitator.ui.report_charts import QtChartRenderer

        template, logo = options.get("template"), options.get("logo")
        template_errors = (zipfile.BadZipFile, KeyError, *_package_errors(report))
        self._set_running(True)
        try:
            result = await self.tasks().run_task(_read_and_write, doc, report.ReportOptions(**options), target,
                                                 QtChartRenderer(), title=self.tr("Writing the report…"))
        except Cancelled:
            return False
        except OSError as exc:
            failed = Path(getattr(exc, "filename", "") or "")
            if template is not None and failed == Path(template):
                self._template_message(Path(template), "unreadable")
            elif logo is not None and failed == Path(logo):
                self._logo_message(Path(logo))
            else:
                self.messages.write_error(self.title(), target, exc)
            return False
        except Exception as exc:  # a template or logo python-docx can't use; anything else is a bug: re-raised
            if template is not None and isinstance(exc, template_errors):
                self._template_message(Path(template), "not_word")
            elif logo is not None and type(exc).__name__ == "UnrecognizedImageError":
                self._logo_message(Path(logo))
            else:
                raise
            return False
        finally:
            self._set_running(False)
        self.last_result = result
        detail = self.tr("Chapters and sections: {sections}; charts and photos: {pictures}.").format(
            sections=len(result.headings), pictures=result.pictures)
        self.messages.done(self.title(), result.path, self.tr("The report is ready: “{name}”.").format(
            name=result.path.name), detail)
        return True

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.running_changed.emit(running)


def _read_and_write(doc, options, target: Path, charts, progress):
    """On the runner: read the session (0.4–0.7 s on a G1000 file, too long for the GUI thread), then write."""
    from facilitator.io import report

    return report.write_report(report.load_report(doc, options), target, charts, progress)


def _package_errors(report) -> tuple[type[BaseException], ...]:
    """The report package's own error for a bad template, if it has one."""
    found = getattr(report, "TemplateError", None) or getattr(getattr(report, "template", None), "TemplateError", None)
    return (found,) if isinstance(found, type) and issubclass(found, BaseException) else ()
