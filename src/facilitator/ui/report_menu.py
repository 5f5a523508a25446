"""File > Export entries for the outcomes: the Word report and the analysis exports (Excel, CSV).

"Report (Word)…" shows the Report screen (its options are there) and opens
its save dialog; the analysis exports run from here for the window's session.
:class:`ReportMenu` puts its actions at the top of the Export menu, keeps
their texts and enabled state with the window's other actions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from facilitator.ui.report_outcomes import CSV, XLSX, OutcomesExport

if TYPE_CHECKING:
    from facilitator.ui.main_window import MainWindow

REPORT = "report"
KINDS = (REPORT, XLSX, CSV)


class ReportMenu(QObject):
    """The report and analysis actions of the File > Export menu."""

    def __init__(self, window: "MainWindow", action: Callable[..., QAction]) -> None:
        super().__init__(window)
        self.window = window
        self.outcomes = OutcomesExport(window, lambda: window.tasks)
        self.actions = {
            REPORT: action(self.ask_report),
            XLSX: action(lambda: self.outcomes.ask(window.document, XLSX)),
            CSV: action(lambda: self.outcomes.ask(window.document, CSV)),
        }

    def ask_report(self) -> None:
        if self.window.document is None:
            return
        self.window.show_view("report")
        self.window.workspace.view("report").ask_export()

    def add_to(self, menu: QMenu) -> None:
        """Put the actions first in ``menu``, then a separator before what is already there."""
        first = menu.actions()[0] if menu.actions() else None
        menu.insertActions(first, list(self.actions.values()))
        if first is not None:
            menu.insertSeparator(first)

    def retranslate(self) -> None:
        self.actions[REPORT].setText(self.tr("&Report (Word)…"))
        self.actions[XLSX].setText(self.tr("&Notes, themes and votes (Excel)…"))
        self.actions[CSV].setText(self.tr("Notes, themes and votes (CS&V)…"))

    def set_enabled(self, enabled: bool) -> None:
        for act in self.actions.values():
            act.setEnabled(enabled)
