"""The Agenda screen (to be filled in: shows the document's data)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from facilitator.ui.views.base import MainView


class AgendaView(MainView):
    key = "agenda"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._label = QLabel(self)
        QVBoxLayout(self).addWidget(self._label)

    def title(self) -> str:
        return self.tr("Agenda")

    def refresh(self) -> None:
        self._label.setText(self.document.meeting().title if self.document else "")
