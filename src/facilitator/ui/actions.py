"""The main window's menus and actions (File, View, Help), with their shortcuts and texts.

Actions are created here once and connected to the window's methods; texts
are (re)set by :meth:`WindowActions.retranslate` so a language switch
updates the menus at once. The keyboard-shortcuts dialog reads this list.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from facilitator.ui.programme_export import ask_export_programme
from facilitator.ui.report_menu import ReportMenu
from facilitator.ui.seating_export import KINDS as EXPORT_KINDS, SeatingExport
from facilitator.ui.template_flow import ask_new_from_template

if TYPE_CHECKING:
    from facilitator.ui.main_window import MainWindow

StandardKey = QKeySequence.StandardKey


class WindowActions(QObject):
    """Every menu action of the main window."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window

        def action(slot, keys=None, checkable: bool = False) -> QAction:
            act = QAction(window)
            if keys is not None:
                act.setShortcut(QKeySequence(keys))
            act.setCheckable(checkable)
            if slot is not None:
                act.triggered.connect(lambda _checked=False: slot())
            return act

        self.new = action(window.ask_new_session, StandardKey.New)
        self.new_from_template = action(lambda: ask_new_from_template(window), "Ctrl+Shift+N")
        self.open = action(window.ask_open, StandardKey.Open)
        self.open_demo = action(window.open_demo, "Ctrl+Shift+D")
        self.clear_recent = action(window.clear_recent)
        self.save_as = action(window.ask_save_as, "Ctrl+Shift+S")
        self.backups = action(window.show_backups)
        self.export_programme = action(lambda: window.document and ask_export_programme(window, window.document),
                                       StandardKey.Print)
        self.work_forms = action(lambda: window.workspace.view("agenda").show_catalogue())
        self.import_participants = action(lambda: window.document and (
            window.show_view("participants"), window.workspace.view("participants").ask_import()))
        self.seating_export = SeatingExport(window)  # File > Export: table lists, signs, CSV
        self.exports = {kind: action(lambda kind=kind: self.seating_export.ask(kind)) for kind in EXPORT_KINDS}
        self.report_menu = ReportMenu(window, action)  # File > Export: the report, the analysis exports
        self.close_session = action(window.close_document, "Ctrl+W")
        self.quit = action(window.close, "Ctrl+Q")
        self.views_group = QActionGroup(window)
        self.go: list[QAction] = []
        for number, key in enumerate(window.workspace.keys(), start=1):
            act = action(lambda key=key: window.show_view(key), f"Ctrl+{number}", checkable=True)
            self.views_group.addAction(act)
            self.go.append(act)
        # The projector, from any screen (the Live screen has the rest of the run's keys).
        self.projector = action(lambda: window.live.toggle_projector(), "F5", checkable=True)
        self.language_group = QActionGroup(window)
        self.languages: dict[str, QAction] = {}
        for code, name in (("nl", "Nederlands"), ("en", "English")):
            act = action(lambda code=code: window.set_language(code), checkable=True)
            act.setText(name)  # a language is named in its own language, never translated
            self.language_group.addAction(act)
            self.languages[code] = act
        self.shortcuts = action(window.show_shortcuts, StandardKey.HelpContents)
        self.about = action(window.show_about)

        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(window)
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        self.file_menu.addActions([self.new, self.new_from_template, self.open, self.open_demo])
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.save_as, self.backups, self.export_programme, self.work_forms])
        self.file_menu.insertAction(self.export_programme, self.import_participants)
        self.export_menu = QMenu(window)
        self.export_menu.addActions(list(self.exports.values()))
        self.report_menu.add_to(self.export_menu)
        self.file_menu.insertMenu(self.work_forms, self.export_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.close_session, self.quit])
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions(self.go)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.projector)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addActions(list(self.languages.values()))
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([self.shortcuts, self.about])

    def all(self) -> list[QAction]:
        return [
            self.new, self.new_from_template, self.open, self.open_demo, self.save_as, self.backups,
            self.export_programme, self.close_session, self.quit,
            *self.go, self.projector, self.shortcuts, self.about,
        ]  # fmt: skip

    def retranslate(self, view_titles: list[str]) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.new.setText(self.tr("&New…"))
        self.new_from_template.setText(self.tr("New from &template…"))
        self.export_programme.setText(self.tr("&Export programme…"))
        self.export_menu.setTitle(self.tr("E&xport"))
        for kind, text in zip(EXPORT_KINDS, (self.tr("Table &lists (.docx)…"), self.tr("Table &signs (.docx)…"),
                                             self.tr("&Seating as CSV…"), self.tr("&Participant list as CSV…"))):
            self.exports[kind].setText(text)
        self.report_menu.retranslate()
        self.work_forms.setText(self.tr("&Work forms…"))
        self.import_participants.setText(self.tr("&Import participants…"))
        self.open.setText(self.tr("&Open…"))
        self.open_demo.setText(self.tr("Open the &demo day"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.clear_recent.setText(self.tr("&Clear list"))
        self.save_as.setText(self.tr("Save &as…"))
        self.backups.setText(self.tr("&Backups…"))
        self.close_session.setText(self.tr("&Close session"))
        self.quit.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        for act, title in zip(self.go, view_titles):
            act.setText(title)
        self.projector.setText(self.tr("&Projector on/off"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.shortcuts.setText(self.tr("&Keyboard shortcuts"))
        self.about.setText(self.tr("&About Facilitator"))

    def set_document_open(self, is_open: bool) -> None:
        self.import_participants.setEnabled(is_open)
        self.report_menu.set_enabled(is_open)
        for act in (self.save_as, self.backups, self.export_programme, *self.exports.values(), self.close_session,
                    self.projector, *self.go):
            act.setEnabled(is_open)

    def check_view(self, index: int) -> None:
        if 0 <= index < len(self.go):
            self.go[index].setChecked(True)

    def check_language(self, code: str) -> None:
        if code in self.languages:
            self.languages[code].setChecked(True)

    def fill_recent(self) -> None:
        """Rebuilt each time the submenu opens, so it never lists a stale file."""
        self.recent_menu.clear()
        paths = self.window.recent.existing()
        for number, path in enumerate(paths, start=1):
            act = self.recent_menu.addAction(f"&{number}  {path.stem}")
            act.setToolTip(str(path))
            act.setStatusTip(str(path))
            act.triggered.connect(lambda _checked=False, p=Path(path): self.window.open_path(p))
        if not paths:
            empty = self.recent_menu.addAction(self.tr("(no recent sessions)"))
            empty.setEnabled(False)
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.clear_recent)
        self.clear_recent.setEnabled(bool(self.window.recent.paths()))
