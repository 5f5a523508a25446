"""Add or edit one person by hand (and a short form for a walk-in), saved to the session when confirmed.

The dialog edits the names, role, attendance, number, e-mail, needs and
attributes (the session's known keys offered with their values), and, for a
person already in the session or a new one alike, who they must sit with
("keep together") or never sit with ("keep apart"). :func:`save_person` writes
the person and their pair rules in one transaction, so a new person gets
their id and their rules together.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.model import Attendance, PairRule, Participant, Role
from facilitator.core.people import age_band, split_needs
from facilitator.io.participant_columns import KNOWN_NEEDS, full_name
from facilitator.store.document import SessionDocument
from facilitator.ui.labels import attendance_label, role_label
from facilitator.ui.widgets.chips import FlowLayout
from facilitator.ui.widgets.person_attributes import PersonAttributesEditor, known_values
from facilitator.ui.widgets.person_pairs import PairRulesEditor
from facilitator.ui.widgets.tones import muted


def pair_rules_of(rules: list[PairRule], person_id: int | None) -> tuple[list[int], list[int]]:
    """(keep together, keep apart): the other people in ``person_id``'s rules."""
    together, apart = [], []
    for rule in rules:
        if person_id is not None and person_id in (rule.first_id, rule.second_id):
            other = rule.second_id if rule.first_id == person_id else rule.first_id
            (together if rule.together else apart).append(other)
    return together, apart


def save_person(document: SessionDocument, person: Participant, together: list[int] | None = None,
                apart: list[int] | None = None) -> Participant:
    """Store ``person`` (new or changed) and, when given, exactly these pair rules for them; one transaction."""
    rules = document.all(PairRule) if person.id is not None else []
    with document.transaction() as session:
        if person.id is None:
            session.add(person)
            session.flush()
        else:
            person = session.merge(person)
        if together is None and apart is None:
            return person
        wanted = {(other, True) for other in together or []} | {(other, False) for other in apart or []}
        kept: set[tuple[int, bool]] = set()
        for rule in rules:
            if person.id not in (rule.first_id, rule.second_id):
                continue
            key = (rule.second_id if rule.first_id == person.id else rule.first_id, rule.together)
            if key in wanted and key not in kept:
                kept.add(key)
            else:
                session.delete(session.merge(rule))
        for other, together_ in sorted(wanted - kept):
            session.add(PairRule(person.id, other, together_))
    return person


class PersonDialog(QDialog):
    """Edit ``person`` (None: a new one; ``walk_in``: a new walk-in, short form). ``saved`` after accept."""

    def __init__(self, document: SessionDocument, person: Participant | None = None, parent: QWidget | None = None,
                 *, walk_in: bool = False, name: str = "") -> None:
        super().__init__(parent)
        self.document = document
        self.original = person
        self.walk_in = walk_in
        self.saved: Participant | None = None
        people = document.all(Participant)
        others = {p.id: p for p in people if person is None or p.id != person.id}
        meeting = document.meeting()
        balance = list(meeting.balance_attributes) if meeting else []
        known = known_values(people, balance)
        if walk_in:
            self.setWindowTitle(self.tr("Walk-in"))
        elif person is None:
            self.setWindowTitle(self.tr("Add participant"))
        else:
            self.setWindowTitle(self.tr("Edit participant"))
        person = person or Participant("", attendance=Attendance.WALK_IN if walk_in else Attendance.INVITED)
        if name and not (person.first_name or person.last_name):
            person.first_name, person.infix, person.last_name = full_name(" ".join(name.split()))

        self.first_name = QLineEdit(person.first_name, self)
        self.infix = QLineEdit(person.infix, self)
        self.last_name = QLineEdit(person.last_name, self)
        self.role = QComboBox(self)
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        self.role.setCurrentIndex(self.role.findData(Role(person.role).value))
        self.attendance = QComboBox(self)
        for state in Attendance:
            self.attendance.addItem(attendance_label(state), state.value)
        self.attendance.setCurrentIndex(self.attendance.findData(Attendance(person.attendance).value))
        self.number = QLineEdit(person.external_ref, self)
        self.contact = QLineEdit(person.contact, self)
        self.need_boxes: dict[str, QCheckBox] = {}
        needs_box = QWidget(self)
        flow = FlowLayout(needs_box)
        for need in KNOWN_NEEDS:
            box = QCheckBox(need, needs_box)
            box.setChecked(any(n.casefold() == need.casefold() for n in person.needs))
            flow.addWidget(box)
            self.need_boxes[need] = box
        other_needs = [n for n in person.needs if n.casefold() not in {k.casefold() for k in KNOWN_NEEDS}]
        self.other_needs = QLineEdit(", ".join(other_needs), self)
        self.other_needs.setPlaceholderText(self.tr("Other needs, separated by commas"))

        form = QFormLayout()
        form.addRow(self.tr("First name"), self.first_name)
        form.addRow(self.tr("Infix (tussenvoegsel)"), self.infix)
        form.addRow(self.tr("Last name"), self.last_name)
        if walk_in:
            for widget in (self.role, self.attendance, self.number, self.contact):
                widget.hide()
        else:
            form.addRow(self.tr("Role"), self.role)
            form.addRow(self.tr("Attendance"), self.attendance)
            form.addRow(self.tr("Number"), self.number)
            form.addRow(self.tr("E-mail"), self.contact)
        form.addRow(self.tr("Needs"), needs_box)
        form.addRow("", self.other_needs)

        self.attributes = PersonAttributesEditor(self)
        only = (balance or list(known)) if walk_in else None
        self.attributes.set_attributes(person.attributes, known, only)
        attributes_group = QGroupBox(self.tr("Attributes"), self)
        attributes_layout = QVBoxLayout(attributes_group)
        attributes_layout.addWidget(self.attributes)
        if walk_in and balance:
            attributes_layout.insertWidget(0, muted(self.tr("The attributes the tables are balanced on:"), self))
        self.pairs = PairRulesEditor(self)
        together, apart = pair_rules_of(document.all(PairRule), self.original.id if self.original else None)
        self.pairs.set_rules(others, together, apart)
        pairs_group = QGroupBox(self.tr("Seating"), self)
        QVBoxLayout(pairs_group).addWidget(self.pairs)
        pairs_group.setVisible(not walk_in)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.notice = muted("", self)
        right = QVBoxLayout()
        right.addWidget(attributes_group)
        right.addWidget(pairs_group)
        right.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.buttons)
        for edit in (self.first_name, self.last_name):
            edit.textChanged.connect(self._enable)
        self._enable()
        self.first_name.setFocus()
        em = self.fontMetrics().averageCharWidth()
        self.resize(max(self.sizeHint().width(), em * (95 if walk_in else 125)), self.sizeHint().height())

    def _enable(self) -> None:
        named = bool(self.first_name.text().strip() or self.last_name.text().strip())
        writable = not self.document.read_only
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(named and writable)
        if not writable:
            self.notice.setText(self.tr("This session is open read-only: changes cannot be saved."))
        elif not named:
            self.notice.setText(self.tr("Give at least a first or a last name."))
        else:
            self.notice.setText("")
        self.notice.setVisible(bool(self.notice.text()))

    def person(self) -> Participant:
        """The person as filled in (with the id of the person edited, if any)."""
        original = self.original
        needs = [need for need, box in self.need_boxes.items() if box.isChecked()]
        needs += [n for n in split_needs(self.other_needs.text()) if n not in needs]
        attributes = self.attributes.attributes()
        age = attributes.get("age", "")
        if age.isdigit() and 0 <= int(age) <= 120 and (original is None or original.attributes.get("age") != age):
            attributes["age_band"] = age_band(int(age))
        role = Role.PARTICIPANT if self.walk_in else Role(self.role.currentData())
        attendance = Attendance.WALK_IN if self.walk_in else Attendance(self.attendance.currentData())
        return Participant(
            first_name=" ".join(self.first_name.text().split()), infix=" ".join(self.infix.text().split()),
            last_name=" ".join(self.last_name.text().split()), role=role, attributes=attributes, needs=needs,
            attendance=attendance, external_ref=self.number.text().strip(), contact=self.contact.text().strip(),
            id=original.id if original else None)

    def accept(self) -> None:
        if not self.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled():
            return
        together, apart = (None, None) if self.walk_in else (self.pairs.together.ids(), self.pairs.apart.ids())
        self.saved = save_person(self.document, self.person(), together, apart)
        super().accept()
