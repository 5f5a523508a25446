"""Composition root: the one place that knows every layer and wires the desktop app together.

It builds the QApplication, the translators, error handling (log file and
calm message), the qasync event loop (asyncio on Qt's loop), the task
runner and the main window, then opens a file or the demo day. The
``gui``, ``smoke`` and ``screenshots`` commands all start the app through
here, so they exercise the same wiring a user gets.
"""

from __future__ import annotations

import asyncio
import os
import sys
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_API", "pyside6")  # before qasync is imported: never let it guess the binding

from PySide6.QtCore import QCoreApplication, QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from facilitator import __version__  # noqa: E402
from facilitator.ui import i18n  # noqa: E402
from facilitator.ui.errors import ErrorReporter, route_qt_messages, setup_logging  # noqa: E402
from facilitator.ui.icons import app_icon  # noqa: E402
from facilitator.ui.settings import APPLICATION, ORGANISATION  # noqa: E402


@dataclass
class Shell:
    """Everything the running app is made of, for the commands that drive it."""

    app: QApplication
    loop: asyncio.AbstractEventLoop
    translations: i18n.Translations
    errors: ErrorReporter
    tasks: object  # a facilitator.ui.tasks.Runner
    window: object | None = None  # the MainWindow, once made


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Facilitator")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("facilitator")
    app.setWindowIcon(app_icon())
    return app


def create_shell(language: str | None = None, *, report_errors: bool = True, tasks: object | None = None) -> Shell:
    """Build app, translators, logging, error hooks, event loop and task runner (no window yet).

    ``report_errors=False`` leaves ``sys.excepthook`` to the caller (``smoke``
    turns every error into a failure instead of a message).
    """
    import qasync

    from facilitator.ui.tasks import TaskRunner

    app = application()
    setup_logging()
    route_qt_messages()
    translations = i18n.Translations(app)
    translations.install(i18n.choose_language(language))
    # Deliver the LanguageChange now, before any window exists, so none is rebuilt for it later.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    shell = Shell(app, loop, translations, ErrorReporter(lambda: shell.window), tasks)
    if report_errors:
        shell.errors.install()
        loop.set_exception_handler(shell.errors.asyncio_handler)
    if shell.tasks is None:
        shell.tasks = TaskRunner(loop, lambda: shell.window)
    return shell


def create_window(shell: Shell):
    """The main window, wired to the shell's task runner and translations (shown by the caller)."""
    from facilitator.ui.main_window import MainWindow

    shell.window = MainWindow(shell.tasks, shell.translations)
    return shell.window


def run_gui(path: Path | None = None, *, demo: bool = False, language: str | None = None) -> int:
    """Start the desktop app and run until its window closes; the process exit code."""
    shell = create_shell(language)
    window = create_window(shell)
    window.show()
    if demo:
        shell.loop.call_soon(window.open_demo)
    elif path is not None:
        shell.loop.call_soon(window.open_path, Path(path))
    try:
        with shell.loop:
            return int(shell.loop.run_forever() or 0)
    finally:
        shell.tasks.shutdown()
        shell.errors.uninstall()
