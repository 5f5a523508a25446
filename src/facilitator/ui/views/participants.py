"""The Participants screen: everyone in a filterable table, attendance counts and the room's composition."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
)

from facilitator.core.model import Attendance, Participant, Role
from facilitator.ui.labels import attendance_label, number, role_label
from facilitator.ui.models.participant_model import NAME, ParticipantModel, header_name
from facilitator.ui.models.text_filter import TextFilterProxy
from facilitator.ui.views.base import MainView
from facilitator.ui.widgets.chips import ChipRow
from facilitator.ui.widgets.table_setup import configure, fit_columns, track_sort_column
from facilitator.ui.widgets.tones import muted

MAX_CHIPS = 12


def composition(people: list[Participant], key: str) -> list[tuple[str, int]]:
    """Counts per value of one attribute, largest first ('' for people without the attribute)."""
    counted = Counter(p.attributes.get(key, "") for p in people)
    return sorted(counted.items(), key=lambda kv: (-kv[1], kv[0].casefold()))


class ParticipantsView(MainView):
    key = "participants"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.summary = ChipRow(self)
        self.composition_label = QLabel(self)
        self.attribute_box = QComboBox(self)
        self.attribute_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.composition = ChipRow(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Filter by name, role, attribute or need…"))
        self.attendance_box = QComboBox(self)
        self.shown_label = muted("", self)
        self.shown_label.setWordWrap(False)
        self.model = ParticipantModel(self)
        self.proxy = TextFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setSortIndicator(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        configure(self.table)
        track_sort_column(self.table)
        self.empty_label = muted("", self)

        composition_row = QHBoxLayout()
        composition_row.addWidget(self.composition_label)
        composition_row.addWidget(self.attribute_box)
        composition_row.addWidget(self.composition, 1)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.search, 2)
        filter_row.addWidget(self.attendance_box)
        filter_row.addWidget(self.shown_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(composition_row)
        layout.addLayout(filter_row)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)

        self._fill_attendance_box()
        self.search.textChanged.connect(self._filter)
        self.attendance_box.currentIndexChanged.connect(self._filter)
        self.attribute_box.currentIndexChanged.connect(self._show_composition)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def title(self) -> str:
        return self.tr("Participants")

    def _fill_attendance_box(self) -> None:
        self.attendance_box.addItem(self.tr("Everyone"), None)
        self.attendance_box.addItem(self.tr("Here (present or walk-in)"), "here")
        for state in Attendance:
            self.attendance_box.addItem(attendance_label(state), state.value)

    def refresh(self) -> None:
        people = self.document.all(Participant) if self.document else []
        self.model.set_people(people)  # comes back in name order
        self.table.horizontalHeader().setSortIndicator(NAME, Qt.SortOrder.AscendingOrder)
        fit_columns(self.table)
        self._show_summary(people)
        current = self.attribute_box.currentData()
        self.attribute_box.blockSignals(True)
        self.attribute_box.clear()
        for key in self.model.attribute_keys:
            self.attribute_box.addItem(header_name(key), key)
        found = self.attribute_box.findData(current)
        self.attribute_box.setCurrentIndex(max(found, 0))
        self.attribute_box.blockSignals(False)
        self._show_composition()
        self.empty_label.setText(self.tr("No participants yet. They arrive with the participant import."))
        self.empty_label.setVisible(not people)
        self._filter()

    def _show_summary(self, people: list[Participant]) -> None:
        states = Counter(p.attendance for p in people)
        roles = Counter(p.role for p in people)
        chips = [(self.tr("People: {count}").format(count=number(len(people))), "plain")]
        counted = self.tr("{label}: {count}")
        tones = {Attendance.PRESENT: "good", Attendance.WALK_IN: "accent", Attendance.INVITED: "muted",
                 Attendance.ABSENT: "bad"}
        for state in (Attendance.PRESENT, Attendance.WALK_IN, Attendance.INVITED, Attendance.ABSENT):
            chips.append((counted.format(label=attendance_label(state), count=number(states[state])), tones[state]))
        for role in Role:
            if roles[role]:
                chips.append((counted.format(label=role_label(role), count=number(roles[role])), "plain"))
        self.summary.set_chips(chips)

    def _show_composition(self) -> None:
        key = self.attribute_box.currentData()
        citizens = [p for p in self.model.people if p.role == Role.PARTICIPANT]
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

    def _filter(self) -> None:
        wanted = self.attendance_box.currentData()
        if wanted is None:
            predicate = None
        elif wanted == "here":
            predicate = lambda row: self.model.person(row).attendance.is_here  # noqa: E731
        else:
            predicate = lambda row: self.model.person(row).attendance == wanted  # noqa: E731
        self.proxy.set_predicate(predicate)
        self.proxy.set_text(self.search.text())
        self.shown_label.setText(self.tr("Showing {shown} of {total}").format(
            shown=number(self.proxy.rowCount()), total=number(self.model.rowCount())))
