"""Check-in on the day: write one person's attendance, and the line that says what just happened (with Undo).

The Participants screen finds the person (type a name, Enter); this module
stores the new attendance and remembers the old one, so a wrong Enter is one
click away from undone.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from facilitator.core.model import Attendance, Participant
from facilitator.store.document import SessionDocument
from facilitator.ui.widgets.tones import tint


def set_attendance(document: SessionDocument, person: Participant, state: Attendance) -> Participant:
    """Store ``person`` with attendance ``state``; returns the stored copy (the given record is left as it was)."""
    changed = replace(person, attendance=state, attributes=dict(person.attributes), needs=list(person.needs))
    document.update(changed)
    return changed


class CheckInNotice(QWidget):
    """"Fatima van Leeuwen is checked in. [Undo]", or a hint when Enter found nobody or several people."""

    #: Undo asked for: (person id, the attendance to go back to).
    undo_requested = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.clicked.connect(self._undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.undo_button)
        layout.addStretch(1)
        self._undo_to: tuple[int, Attendance] | None = None
        self.clear()

    def _tone(self, tone: str) -> None:
        color = tint(tone)
        self.label.setStyleSheet(f"QLabel {{ background: rgba({color.red()}, {color.green()}, {color.blue()}, "
                                 f"{color.alpha()}); border-radius: 4px; padding: 3px 8px; }}")

    def show_done(self, text: str, person_id: int, previous: Attendance) -> None:
        self._tone("good")
        self.label.setText(text)
        self._undo_to = (person_id, previous)
        self.undo_button.show()
        self.show()

    def show_hint(self, text: str, tone: str = "warn") -> None:
        self._tone(tone)
        self.label.setText(text)
        self._undo_to = None
        self.undo_button.hide()
        self.show()

    def clear(self) -> None:
        self.label.clear()
        self._undo_to = None
        self.hide()

    def _undo(self) -> None:
        if self._undo_to is not None:
            person_id, previous = self._undo_to
            self.clear()
            self.undo_requested.emit(person_id, previous)
