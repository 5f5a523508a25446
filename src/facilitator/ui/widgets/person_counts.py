"""The live counts above the Participants table: who is here (present, walk-in), still expected, absent, the
roles, and the room's composition on one attribute (of the participants here, or of all before anyone is)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from facilitator.core.model import Attendance, Participant, Role
from facilitator.ui.labels import attendance_label, number, role_label
from facilitator.ui.models.participant_model import header_name
from facilitator.ui.widgets.chips import ChipRow

MAX_CHIPS = 12


def composition(people: list[Participant], key: str) -> list[tuple[str, int]]:
    """Counts per value of one attribute, largest first ('' for people without the attribute)."""
    counted = Counter(p.attributes.get(key, "") for p in people)
    return sorted(counted.items(), key=lambda kv: (-kv[1], kv[0].casefold()))


class PersonCounts(QWidget):
    """Attendance and role chips (``summary``), and the composition row (``composition``) by ``attribute_box``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people: list[Participant] = []
        self.summary = ChipRow(self)
        self.composition_label = QLabel(self)
        self.attribute_box = QComboBox(self)
        self.attribute_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.composition = ChipRow(self)
        self.top_row = QHBoxLayout()
        self.top_row.addWidget(self.summary, 1)
        composition_row = QHBoxLayout()
        composition_row.addWidget(self.composition_label)
        composition_row.addWidget(self.attribute_box)
        composition_row.addWidget(self.composition, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.top_row)
        layout.addLayout(composition_row)
        self.attribute_box.currentIndexChanged.connect(self.show_composition)

    def set_people(self, people: list[Participant], keys: list[str] | None = None) -> None:
        """Count ``people``; with ``keys``, offer these attributes for the composition (keeping the chosen one)."""
        self.people = people
        if keys is not None:
            current = self.attribute_box.currentData()
            self.attribute_box.blockSignals(True)
            self.attribute_box.clear()
            for key in keys:
                self.attribute_box.addItem(header_name(key), key)
            self.attribute_box.setCurrentIndex(max(self.attribute_box.findData(current), 0))
            self.attribute_box.blockSignals(False)
        self.show_summary()
        self.show_composition()

    def show_summary(self) -> None:
        states = Counter(p.attendance for p in self.people)
        roles = Counter(p.role for p in self.people)
        counted = self.tr("{label}: {count}")

        def state(which: Attendance) -> str:
            return counted.format(label=attendance_label(which), count=number(states[which]))

        chips = [(self.tr("People: {count}").format(count=number(len(self.people))), "plain"),
                 (state(Attendance.PRESENT), "good"), (state(Attendance.WALK_IN), "accent"),
                 (self.tr("Still expected: {count}").format(count=number(states[Attendance.INVITED])), "muted"),
                 (state(Attendance.ABSENT), "bad")]
        for role in Role:
            if roles[role] and role != Role.PARTICIPANT:
                chips.append((counted.format(label=role_label(role), count=number(roles[role])), "plain"))
        self.summary.set_chips(chips)

    def show_composition(self) -> None:
        key = self.attribute_box.currentData()
        citizens = [p for p in self.people if p.role == Role.PARTICIPANT]
        here = [p for p in citizens if p.attendance.is_here]
        group = here or citizens
        if here:
            text = self.tr("Composition of the {count} participants here, by")
        else:
            text = self.tr("Composition of all {count} participants, by")
        self.composition_label.setText(text.format(count=number(len(group))))
        has_keys = key is not None and bool(group)
        for widget in (self.composition_label, self.attribute_box, self.composition):
            widget.setVisible(has_keys)
        if not has_keys:
            return
        counts = composition(group, key)
        template = self.tr("{value}: {count} ({percent}%)")
        chips = [(template.format(value=value or self.tr("(unknown)"), count=number(count),
                                  percent=round(100 * count / len(group))), "accent")
                 for value, count in counts[:MAX_CHIPS]]
        if len(counts) > MAX_CHIPS:
            chips.append((self.tr("+{count} more").format(count=len(counts) - MAX_CHIPS), "plain"))
        self.composition.set_chips(chips)
