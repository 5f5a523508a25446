"""Small dialogs of the Sub-sessions screen: add or edit a sub-session, and move one person in a slot."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.model import SubSession
from facilitator.core.subsessions import Note, Problem, move_problems, rank_of
from facilitator.ui.labels import number
from facilitator.ui.widgets.tones import ink, muted

MAX_SLOT = 20
MAX_PLACES = 5000


def parse_slots(text: str) -> list[int] | None:
    """'1, 2' or '1 2' -> [1, 2]; None when something else is in there or a slot is out of range."""
    parts = [p for p in re.split(r"[\s,;]+", text.strip()) if p]
    if not parts or not all(p.isdigit() for p in parts):
        return None
    slots = sorted({int(p) for p in parts})
    return slots if all(1 <= s <= MAX_SLOT for s in slots) else None


class SubSessionDialog(QDialog):
    """Code, name, room, minimum and maximum per slot, and the slots; OK only when it all makes sense."""

    def __init__(self, parent: QWidget | None, others: list[SubSession], sub: SubSession | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit sub-session") if sub else self.tr("Add sub-session"))
        self._others = [o for o in others if sub is None or o.id != sub.id]
        self.code = QLineEdit(sub.code if sub else self._next_code())
        self.code.setMaxLength(40)
        self.name = QLineEdit(sub.name if sub else "")
        self.name.setPlaceholderText(self.tr("for example: Mandate and political follow-up"))
        self.room = QLineEdit(sub.room if sub else "")
        self.room.setPlaceholderText(self.tr("for example: Room 2.14"))
        self.minimum = QSpinBox()
        self.maximum = QSpinBox()
        for box in (self.minimum, self.maximum):
            box.setRange(0, MAX_PLACES)
        self.minimum.setValue(sub.min_capacity if sub else 0)
        self.maximum.setValue(sub.max_capacity if sub else 25)
        self.slots = QLineEdit(", ".join(map(str, sub.slots)) if sub else "1, 2")
        self.slots.setToolTip(self.tr("The rounds this sub-session runs in, for example “1, 2”."))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        palette = self.problem.palette()
        palette.setColor(self.problem.foregroundRole(), ink("bad"))
        self.problem.setPalette(palette)

        form = QFormLayout()
        form.addRow(self.tr("&Code"), self.code)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Room"), self.room)
        form.addRow(self.tr("M&inimum per slot"), self.minimum)
        form.addRow(self.tr("M&aximum per slot"), self.maximum)
        form.addRow(self.tr("&Slots"), self.slots)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(muted(self.tr("Participants rank sub-sessions by code or by name (the columns "
                                       "“Voorkeur 1”, “Voorkeur 2” … of the participant list)."), self))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for edit in (self.code, self.name, self.slots):
            edit.textChanged.connect(self._check)
        for box in (self.minimum, self.maximum):
            box.valueChanged.connect(self._check)
        self._check()

    def _next_code(self) -> str:
        used = {o.code.strip().upper() for o in self._others}
        return next((c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c not in used), "")

    def problems(self) -> list[str]:
        found = []
        name, code = self.name.text().strip(), self.code.text().strip()
        if not name:
            found.append(self.tr("Give the sub-session a name."))
        taken = {o.code.strip().casefold() for o in self._others if o.code.strip()}
        if code and code.casefold() in taken:
            found.append(self.tr("Another sub-session already has the code “{code}”.").format(code=code))
        if name and name.casefold() in {o.name.strip().casefold() for o in self._others}:
            found.append(self.tr("Another sub-session already has this name."))
        if self.maximum.value() < 1:
            found.append(self.tr("The maximum must be at least 1."))
        if self.minimum.value() > self.maximum.value():
            found.append(self.tr("The minimum can't be above the maximum."))
        if parse_slots(self.slots.text()) is None:
            found.append(self.tr("Slots are numbers from 1 to {last}, separated by commas.").format(last=MAX_SLOT))
        return found

    def _check(self) -> None:
        found = self.problems()
        self.problem.setText("\n".join(found))
        self.problem.setVisible(bool(found))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not found)

    def apply_to(self, sub: SubSession) -> SubSession:
        """Write the dialog's values into ``sub`` (new or loaded) and return it."""
        sub.code = self.code.text().strip()
        sub.name = self.name.text().strip()
        sub.room = self.room.text().strip()
        sub.min_capacity = self.minimum.value()
        sub.max_capacity = self.maximum.value()
        sub.slots = parse_slots(self.slots.text()) or [1]
        return sub


class MoveDialog(QDialog):
    """Choose another sub-session for one person in one slot; says at once what the move would break."""

    def __init__(self, parent: QWidget | None, name: str, person_id: int, slot: int, problem: Problem,
                 assignment: dict[tuple[int, int], int], note_text) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move {name}").format(name=name))
        self._problem, self._assignment, self._note_text = problem, assignment, note_text
        self._person_id, self._slot = person_id, slot
        person = next((p for p in problem.people if p.id == person_id), None)
        self.choice = QComboBox()
        counts: dict[int, int] = {}
        for (_pid, s), sub_id in assignment.items():
            if s == slot:
                counts[sub_id] = counts.get(sub_id, 0) + 1
        for offering in problem.running(slot):
            rank = rank_of(person, offering.id) if person else None
            wish = self.tr("choice {rank}").format(rank=rank) if rank else self.tr("not ranked")
            self.choice.addItem(self.tr("{label} · {count}/{maximum} · {wish}").format(
                label=offering.label, count=number(counts.get(offering.id, 0)),
                maximum=number(offering.max_capacity), wish=wish), offering.id)
        current = assignment.get((person_id, slot))
        self.choice.setCurrentIndex(max(self.choice.findData(current), 0))
        self.keep = QCheckBox(self.tr("Keep here when allocating again"))
        self.keep.setChecked(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        palette = self.warning.palette()
        palette.setColor(self.warning.foregroundRole(), ink("warn"))
        self.warning.setPalette(palette)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Slot"), QLabel(number(slot)))
        form.addRow(self.tr("&Sub-session"), self.choice)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.keep)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self.choice.currentIndexChanged.connect(self._check)
        self._check()

    def chosen(self) -> int | None:
        return self.choice.currentData()

    def problems(self) -> list[Note]:
        chosen = self.chosen()
        if chosen is None:
            return []
        return move_problems(self._problem, self._assignment, self._person_id, self._slot, chosen)

    def _check(self) -> None:
        found = self.problems()
        self.warning.setText("\n".join(self._note_text(n) for n in found))
        self.warning.setVisible(bool(found))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Move anyway") if found else self.tr("Move"))
