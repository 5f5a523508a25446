"""Unexpected errors: log them with their traceback and tell the user calmly, once.

:func:`setup_logging` writes the log to ``paths.log_dir()/facilitator.log``
(about 1 MB, five old files kept). :class:`ErrorReporter` is installed as
``sys.excepthook`` (which PySide6 also calls for an exception in a slot), as
``threading.excepthook`` and as the asyncio loop's exception handler. It
logs the error and shows a non-blocking message with a "show details" area;
while that message is open, further errors are only logged, so a failing
paint or timer cannot pile up dialogs. Every write is committed at once, so
the message can truthfully say the data is saved; the app keeps running.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator.paths import log_dir

LOG_NAME = "facilitator.log"
LOG_BYTES = 1_000_000
LOG_COUNT = 5

log = logging.getLogger("facilitator")
_handler: RotatingFileHandler | None = None


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the ``facilitator`` loggers to the rotating log file; returns its path.

    Calling it again (another data folder, in tests) moves the log there.
    """
    global _handler
    path = log_dir() / LOG_NAME
    if _handler is not None and Path(_handler.baseFilename) == path.resolve():
        return path
    if _handler is not None:
        log.removeHandler(_handler)
        _handler.close()
    _handler = RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_COUNT, encoding="utf-8")
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(_handler)
    log.setLevel(level)
    for name in ("qasync", "asyncio"):
        logging.getLogger(name).addHandler(_handler)
    return path


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    logging.getLogger("facilitator.qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def route_qt_messages() -> None:
    """Qt's own warnings go to the log file instead of a terminal the user never sees."""
    qInstallMessageHandler(_qt_message)


def log_path() -> Path:
    return Path(_handler.baseFilename) if _handler is not None else log_dir() / LOG_NAME


ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class ErrorReporter(QObject):
    """Logs unexpected exceptions and shows one calm message at a time."""

    #: Carries an exception from any thread to the GUI thread.
    _reported = Signal(object, str)

    def __init__(self, parent_widget: Callable[[], QWidget | None] = lambda: None) -> None:
        super().__init__()
        self._parent_widget = parent_widget
        self._box: QMessageBox | None = None
        self.count = 0
        self._reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    # -- installation ---------------------------------------------------------------------

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        previous_sys, previous_thread = getattr(self, "_previous", (sys.__excepthook__, threading.__excepthook__))
        if sys.excepthook == self.excepthook:
            sys.excepthook = previous_sys
        if threading.excepthook == self._thread_hook:
            threading.excepthook = previous_thread

    # -- the hooks ------------------------------------------------------------------------

    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        self.report((exc_type, exc, tb))

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        self.report((args.exc_type, args.exc_value, args.exc_traceback), where=f"thread {args.thread}")

    def asyncio_handler(self, _loop: object, context: dict) -> None:
        """For ``loop.set_exception_handler``."""
        exc = context.get("exception")
        if exc is None:
            log.error("asyncio: %s", context.get("message", context))
            return
        self.report((type(exc), exc, exc.__traceback__), where=str(context.get("message", "")))

    def report(self, exc_info: ExcInfo, where: str = "") -> None:
        """Log the error now and show the message on the GUI thread (from any thread)."""
        self.count += 1
        details = "".join(traceback.format_exception(*exc_info))
        log.error("Unexpected error%s\n%s", f" ({where})" if where else "", details.rstrip())
        self._reported.emit(exc_info[1], details)

    # -- the message ----------------------------------------------------------------------

    @property
    def showing(self) -> bool:
        return self._box is not None

    def message_box(self, details: str, parent: QWidget | None = None) -> QMessageBox:
        """The calm message; its 'show details' area holds the traceback."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Something went wrong"))
        box.setText(self.tr("Something went wrong."))
        box.setInformativeText(
            self.tr("Your data has been saved; the app keeps working. Details are in %1.").replace(
                "%1", str(log_path())
            )
        )
        box.setDetailedText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return box

    def _show(self, _exc: BaseException, details: str) -> None:
        if self._box is not None:  # never two at once; it is in the log
            return
        box = self.message_box(details, self._parent_widget())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._closed)
        self._box = box
        box.open()

    def _closed(self, _result: int) -> None:
        self._box = None
