"""Opening a session file the calm way: explain problems, offer the newest backup, warn when read-only.

:class:`OpenFlow` wraps ``SessionDocument.open``. A missing, foreign or
damaged file gets a message that names the file and the problem; when the
store has a backup of it, the message offers to open the newest one, which
is restored as a *new* file beside the original (the original is never
touched). A file from a newer Facilitator is refused with a clear reason.
A file that another Facilitator window holds opens read-only, and the user
is told so. Every message goes through ``chooser`` (by default: show it
modally and return the clicked button), which tests replace.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from facilitator.store import backups
from facilitator.store.document import READ_ONLY_IN_USE as IN_USE, SessionDocument
from facilitator.store.errors import (
    BadValues,
    DamagedFile,
    DocumentError,
    DocumentNotFound,
    NewerSchema,
    NotASessionFile,
    ReadOnlyDocument,
)

Chooser = Callable[[QMessageBox], "QAbstractButton | None"]


def show_modal(box: QMessageBox) -> QAbstractButton | None:
    box.exec()
    return box.clickedButton()


def when(moment: datetime, *, seconds: bool = False) -> str:
    """'today at 14:05', or the locale's short date and the time."""
    clock = moment.strftime("%H:%M:%S" if seconds else "%H:%M")
    if moment.date() == date.today():
        return QCoreApplication.translate("OpenFlow", "today at %1").replace("%1", clock)
    return f"{QLocale().toString(QDate(moment.date()), QLocale.FormatType.ShortFormat)} {clock}"


class OpenFlow(QObject):
    """Opens session files for a window, talking to the user about anything unusual."""

    def __init__(self, parent_widget: QWidget | None = None, chooser: Chooser = show_modal) -> None:
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        self.chooser = chooser

    # -- the flow -------------------------------------------------------------------------

    def open(self, path: Path, *, offer_backup: bool = True) -> SessionDocument | None:
        """The opened document, or None when it could not be opened (the user has been told why)."""
        path = Path(path)
        try:
            doc = SessionDocument.open(path)
        except NewerSchema:
            self.chooser(self.newer_schema_box(path))
            return None
        except (DocumentNotFound, NotASessionFile, DamagedFile) as error:
            newest = backups.list_backups(path)[:1] if offer_backup else []
            box, restore = self.problem_box(error, newest[0] if newest else None)
            if restore is not None and self.chooser(box) is restore:
                return self.open(backups.restore_copy(newest[0], path), offer_backup=False)
            if restore is None:
                self.chooser(box)
            return None
        except (ReadOnlyDocument, DocumentError, OSError) as error:
            self.chooser(self._box(QMessageBox.Icon.Warning, self.cannot_open(path), self.describe(error)))
            return None
        if doc.read_only_reason == IN_USE:
            self.chooser(self.read_only_box(path))
        return doc

    def tell(self, text: str, informative: str = "", icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> None:
        """Any other message to the user, through the same chooser."""
        self.chooser(self._box(icon, text, informative))

    # -- the messages ---------------------------------------------------------------------

    def cannot_open(self, path: Path) -> str:
        return self.tr("Facilitator cannot open “%1”.").replace("%1", path.name)

    def describe(self, error: Exception) -> str:
        """What went wrong, in the user's words."""
        if isinstance(error, DocumentNotFound):
            return self.tr(
                "The file is not there (any more). Perhaps it was moved or renamed, "
                "or it is on a USB stick that is not connected."
            )
        if isinstance(error, NotASessionFile):
            return self.tr("This is not a Facilitator session file.")
        if isinstance(error, BadValues):
            return self.tr(
                "The file holds values Facilitator cannot read, for example after it was changed with another "
                "program. The details say where."
            )
        if isinstance(error, DamagedFile):
            return self.tr(
                "The file is damaged. This can happen when the computer crashed while saving, "
                "or when the file is in a synchronised folder such as OneDrive or Dropbox."
            )
        if isinstance(error, NewerSchema):
            return self.tr("It was made with a newer version of Facilitator; update the app to open it.")
        if isinstance(error, ReadOnlyDocument):
            return self.tr(
                "It needs to be updated for this version of Facilitator, but it is open in another "
                "Facilitator window. Close it there and try again."
            )
        if isinstance(error, PermissionError):
            return self.tr("You do not have permission to open this file.")
        return str(error)

    def problem_box(
        self, error: DocumentError, newest: backups.Backup | None
    ) -> tuple[QMessageBox, QAbstractButton | None]:
        """The message for a file that can't be opened; with a restore button when there is a backup."""
        text = self.describe(error)
        if newest is not None:
            text += "\n\n" + self.tr(
                "Facilitator has a backup of this file from %1. It can open a copy of it; "
                "the original file stays as it is."
            ).replace("%1", when(newest.created))
        box = self._box(QMessageBox.Icon.Warning, self.cannot_open(error.path), text, ok=newest is None)
        box.setDetailedText(f"{error.path}\n{error}")
        if newest is None:
            return box, None
        restore = box.addButton(
            self.tr("Open the newest backup (from %1)").replace("%1", when(newest.created)),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(restore)
        return box, restore

    def newer_schema_box(self, path: Path) -> QMessageBox:
        return self._box(
            QMessageBox.Icon.Critical,
            self.cannot_open(path),
            self.tr("It was made with a newer version of Facilitator; update the app to open it."),
        )

    def read_only_box(self, path: Path) -> QMessageBox:
        return self._box(
            QMessageBox.Icon.Information,
            self.tr("“%1” is already open in another Facilitator window.").replace("%1", path.name),
            self.tr(
                "You can look at it here, but not change it. To make changes, use the other window, "
                "or close it and open the file again."
            ),
        )

    def _box(self, icon: QMessageBox.Icon, text: str, informative: str, *, ok: bool = True) -> QMessageBox:
        box = QMessageBox(self._parent_widget)
        box.setIcon(icon)
        box.setWindowTitle(self.tr("Open session"))
        box.setText(text)
        box.setInformativeText(informative)
        if ok:
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
        return box


def demo_folder() -> Path:
    from facilitator.paths import data_dir

    return data_dir() / "demo"


DEMO_KEEP_DAYS = 7


def build_demo_copy(folder: Path | None = None) -> Path:
    """Write a fresh copy of the demo day and return its path; copies older than a week are removed."""
    from facilitator.demo import build_demo

    folder = folder or demo_folder()
    folder.mkdir(parents=True, exist_ok=True)
    _prune_demo_copies(folder)
    stamp = datetime.now().strftime("%Y-%m-%d %H.%M.%S")
    return Path(build_demo(folder / f"Demo burgerberaad {stamp}.facilitator"))


def _prune_demo_copies(folder: Path) -> None:
    """Old demo copies only fill the disk; one still open (it has a WAL file beside it) stays."""
    cutoff = datetime.now().timestamp() - DEMO_KEEP_DAYS * 24 * 3600
    for path in folder.glob("Demo burgerberaad *.facilitator"):
        try:
            if path.stat().st_mtime < cutoff and not Path(f"{path}-wal").exists():
                path.unlink()
        except OSError:
            continue
