"""The main window: a start screen or the six main screens, menus, status bar, and the open file's life.

It owns the open :class:`SessionDocument`: opening (through
:class:`OpenFlow`), "Save as" (a copy made by the task runner, then the work
goes on in the copy, as in Word), rotating backups (at open and every 10
minutes, off the GUI thread), closing. Every write is committed by the
store; its listener reports back here (from any thread, marshalled by a
signal) so the status bar can say "Saved 14:03:22".

It also owns the day's :class:`LiveController` (the live run and the
projector), so the run keeps ticking, saving and projecting whichever screen
is shown, and survives the screens being rebuilt for a language switch.

A language switch retranslates the window at once: menus, sidebar, status
bar and start screen set their texts again, and the main screens are
rebuilt so every string in them comes out in the new language.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFileDialog, QMainWindow, QStackedWidget, QWidget

from facilitator.core.model import Meeting
from facilitator.core.progress import Cancelled, Progress
from facilitator.paths import SESSION_SUFFIX
from facilitator.store.backups import Backup, restore_copy
from facilitator.store.document import SessionDocument
from facilitator.ui import i18n
from facilitator.ui.actions import WindowActions
from facilitator.ui.backups_dialog import BackupsDialog
from facilitator.ui.dialogs import AboutDialog, ShortcutsDialog
from facilitator.ui.icons import app_icon
from facilitator.ui.live_controller import LiveController
from facilitator.ui.open_flow import OpenFlow, build_demo_copy
from facilitator.ui.settings import RecentFiles, app_settings
from facilitator.ui.status import DocumentStatus
from facilitator.ui.tasks import Runner
from facilitator.ui.welcome import WelcomeScreen
from facilitator.ui.workspace import Workspace

log = logging.getLogger(__name__)
BACKUP_EVERY_MS = 10 * 60 * 1000


def _copy(doc: SessionDocument, target: Path, progress: Progress) -> Path:
    progress.step(0, 1)
    return doc.copy_to(target)


def _build_demo(progress: Progress) -> Path:
    return build_demo_copy()


def _backup(doc_path: Path, reason: str, progress: Progress) -> Path:
    from facilitator.store.backups import make_backup

    return make_backup(doc_path, reason=reason)


class MainWindow(QMainWindow):
    """The app's one main window. ``tasks`` runs long work; ``translations`` switches language."""

    document_changed = Signal()
    _saved = Signal(object)  # datetime, from whichever thread committed

    def __init__(self, tasks: Runner, translations: i18n.Translations | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.tasks = tasks
        self.translations = translations
        self.document: SessionDocument | None = None
        self.recent = RecentFiles()
        self.open_flow = OpenFlow(self)
        self.setWindowIcon(app_icon())
        self.live = LiveController(self, beside=self)

        self.welcome = WelcomeScreen()
        self.workspace = Workspace()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.workspace)
        self.setCentralWidget(self.pages)
        self.status = DocumentStatus(self.statusBar())
        self.actions_ = WindowActions(self)
        self._language = translations.language if translations else "en"

        self.welcome.new_requested.connect(self.ask_new_session)
        self.welcome.open_requested.connect(self.ask_open)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.recent_chosen.connect(self.open_path)
        self.workspace.current_changed.connect(self._view_shown)
        self._saved.connect(self._on_saved)
        self.live.notice.connect(lambda message: self.statusBar().showMessage(message, 15000))
        self.live.projector_shown.connect(self.actions_.projector.setChecked)
        self._backup_timer = QTimer(self, interval=BACKUP_EVERY_MS)
        self._backup_timer.timeout.connect(lambda: self.backup_now("auto"))

        self._restore_settings()
        self._show_document(None)
        self.retranslate()

    # -- opening and closing --------------------------------------------------------------

    def open_path(self, path: Path | str) -> bool:
        """Open a session file (explaining any problem to the user); True when it is now shown."""
        path = Path(path)
        if self.document is not None and self.document.path.resolve() == path.resolve():
            return True
        doc = self.open_flow.open(path)
        if doc is None:
            return False
        self._show_document(doc)
        return True

    def create_session(self, path: Path, meeting: Meeting) -> None:
        self._show_document(SessionDocument.create(path, meeting))

    def open_demo(self) -> None:
        """Build a fresh copy of the demo day off the GUI thread, then open it."""
        self.tasks.start(self._open_demo())

    async def _open_demo(self) -> None:
        path = await self.tasks.run_task(_build_demo, title=self.tr("Preparing the demo day…"), cancellable=False)
        self.open_path(path)

    def close_document(self) -> None:
        self._show_document(None)

    def _show_document(self, doc: SessionDocument | None) -> None:
        old = self.document
        if old is not None:
            old.remove_listener(self._saved_from_any_thread)
        self.document = doc
        self._backup_timer.stop()
        if doc is not None:
            doc.add_listener(self._saved_from_any_thread)
            self.recent.add(doc.path)
            if not doc.read_only:
                self._backup_timer.start()
                self.backup_now("open")
        self.live.set_document(doc)  # before the screens: the Live screen shows the run it reads
        self.workspace.set_document(doc)
        self.pages.setCurrentWidget(self.workspace if doc else self.welcome)
        self.welcome.set_recent(self.recent.existing())
        self.status.show(doc)
        self.actions_.set_document_open(doc is not None)
        if doc is not None:
            self.workspace.current_view().setFocus()
        self._update_title()
        if old is not None and old is not doc:
            old.close()
        self.document_changed.emit()

    # -- saving a copy, backups -----------------------------------------------------------

    async def save_as(self, target: Path) -> bool:
        """Copy the open file to ``target`` off the GUI thread, then continue in the copy."""
        doc = self.document
        target = Path(target)
        if doc is None:
            return False
        if target.suffix != SESSION_SUFFIX:
            target = target.with_name(target.name + SESSION_SUFFIX)
        if target.exists():
            self.open_flow.tell(
                self.tr("There is already a file called “%1”.").replace("%1", target.name),
                self.tr("Choose another name, so that no session is overwritten."),
            )
            return False
        try:
            await self.tasks.run_task(_copy, doc, target, title=self.tr("Saving a copy…"))
        except Cancelled:
            target.unlink(missing_ok=True)
            return False
        if self.document is not doc:  # closed or replaced meanwhile; the copy stays on disk
            return False
        # Open it from the event loop, not inside this task: opening may show a modal message,
        # and a nested event loop inside a running asyncio task would let other tasks re-enter.
        QTimer.singleShot(0, lambda: self.open_path(target))
        return True

    def backup_now(self, reason: str = "manual") -> None:
        if self.document is not None and not self.document.read_only:
            self.tasks.start(self._backup(self.document.path, reason))

    async def _backup(self, path: Path, reason: str) -> None:
        try:
            await self.tasks.run_task(_backup, path, reason, title=self.tr("Making a backup…"), show_progress=False)
        except Exception as exc:  # a failed backup must not look like a crash; the data is still in the file
            log.warning("backup of %s failed: %s", path, exc, exc_info=True)
            self.statusBar().showMessage(self.tr("The backup did not succeed: %1").replace("%1", str(exc)), 15000)

    def open_backup_copy(self, backup: Backup) -> bool:
        """Restore ``backup`` as a new file beside the session file and continue in it."""
        if self.document is None:
            return False
        return self.open_path(restore_copy(backup, self.document.path))

    # -- asking the user ------------------------------------------------------------------

    def _folder(self) -> str:
        folder = app_settings().value("last_folder", "")
        return str(folder or (self.document.path.parent if self.document else ""))

    def _remember_folder(self, path: Path) -> None:
        app_settings().setValue("last_folder", str(Path(path).parent))

    def _filter(self) -> str:
        return self.tr("Facilitator sessions (*%1)").replace("%1", SESSION_SUFFIX)

    def ask_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open session"), self._folder(), self._filter())
        if path:
            self._remember_folder(Path(path))
            self.open_path(Path(path))

    def ask_new_session(self) -> None:
        from facilitator.ui.new_session import NewSessionDialog

        folder = self._folder()
        dialog = NewSessionDialog(self, Path(folder) if folder else None)
        if dialog.exec() == NewSessionDialog.DialogCode.Accepted:
            self._remember_folder(dialog.path())
            self.create_session(dialog.path(), dialog.meeting())

    def ask_save_as(self) -> None:
        if self.document is None:
            return
        start = str(Path(self._folder() or self.document.path.parent) / self.document.path.name)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy as"), start, self._filter(), options=QFileDialog.Option.DontConfirmOverwrite
        )
        if path:
            self._remember_folder(Path(path))
            self.tasks.start(self.save_as(Path(path)))

    def show_backups(self) -> BackupsDialog | None:
        if self.document is None:
            return None
        dialog = BackupsDialog(self.document.path, self, can_backup=not self.document.read_only)
        dialog.backup_now_requested.connect(lambda: self.tasks.start(self._backup_and_reload(dialog)))
        dialog.open_copy_requested.connect(lambda backup: (dialog.accept(), self.open_backup_copy(backup)))
        dialog.open()
        return dialog

    async def _backup_and_reload(self, dialog: BackupsDialog) -> None:
        if self.document is not None:
            await self._backup(self.document.path, "manual")
            dialog.reload()

    def show_shortcuts(self) -> ShortcutsDialog:
        sections = [self.workspace.view(key).shortcut_section() for key in self.workspace.keys()]
        dialog = ShortcutsDialog(self.actions_.all(), self, [section for section in sections if section])
        dialog.open()
        return dialog

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self)
        dialog.open()
        return dialog

    def clear_recent(self) -> None:
        self.recent.clear()
        self.welcome.set_recent([])

    # -- screens and language -------------------------------------------------------------

    def show_view(self, key: str) -> None:
        self.workspace.show_view(key)

    def _view_shown(self, key: str) -> None:
        self.actions_.check_view(self.workspace.keys().index(key))
        app_settings().setValue("last_view", key)

    def set_language(self, language: str) -> None:
        """Switch the app's language now and remember it for next time."""
        if self.translations is not None:
            self.translations.install(language)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
            language = self.translations.language
        i18n.save_language(language)
        self.actions_.check_language(language)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange and self.translations is not None:
            if self.translations.language != self._language:
                self._language = self.translations.language
                self.workspace.build_views()
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.actions_.retranslate([view.title() for view in self.workspace.views])
        self.actions_.check_language(self._language)
        self.status.retranslate()
        self._update_title()

    # -- status and title -----------------------------------------------------------------

    def _saved_from_any_thread(self, saved_at: datetime) -> None:
        self._saved.emit(saved_at)

    def _on_saved(self, saved_at: datetime) -> None:
        if self.document is None:
            return
        self.status.mark_saved(saved_at)
        self.workspace.changed()
        self._update_title()

    def _update_title(self) -> None:
        doc = self.document
        if doc is None:
            self.setWindowTitle("Facilitator")
            return
        meeting = doc.meeting()
        title = meeting.title if meeting and meeting.title else self.tr("Untitled meeting")
        self.setWindowTitle(f"{title} — {doc.path.name} — Facilitator")

    # -- remembered state -----------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = app_settings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            screen = self.screen().availableGeometry()
            self.resize(round(screen.width() * 0.8), round(screen.height() * 0.85))
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        last_view = str(settings.value("last_view", "") or "")
        if last_view in self.workspace.keys():
            self.workspace.show_view(last_view)

    def save_settings(self) -> None:
        settings = app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("last_view", self.workspace.current_key())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        self.save_settings()
        self._show_document(None)
        self.live.shutdown()  # the projector closes with the app
        super().closeEvent(event)
