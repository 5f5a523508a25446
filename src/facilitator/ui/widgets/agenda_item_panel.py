"""Side panel of the Agenda screen: the selected item's times, facilitator notes and work form."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from facilitator.core.model import WorkForm
from facilitator.core.schedule import ScheduledItem, format_minutes
from facilitator.ui.labels import clock, kind_label
from facilitator.ui.widgets.chips import ChipRow
from facilitator.ui.widgets.tones import heading, muted, scaled


class AgendaItemPanel(QScrollArea):
    """Read-only details of one agenda item; ``show_item(None, None)`` shows a hint instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.title_label = QLabel(body)
        self.title_label.setFont(scaled(self.font(), 1.3, bold=True))
        self.title_label.setWordWrap(True)
        self.when_label = muted("", body)
        self.pin_label = QLabel(body)
        self.pin_label.setWordWrap(True)
        self.notes_heading = heading(self.tr("Facilitator notes"), body, 1.05)
        self.notes_label = self._text(body)
        self.form_heading = heading("", body, 1.05)
        self.form_label = self._text(body)
        for label in (self.notes_heading, self.form_heading):
            label.setWordWrap(True)  # a long heading (or work form name) wraps instead of widening the panel
        self.categories = ChipRow(body)
        self.steps_label = self._text(body)
        for widget in (self.title_label, self.when_label, self.pin_label, self.notes_heading, self.notes_label,
                       self.form_heading, self.form_label, self.categories, self.steps_label):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidget(body)
        self.show_item(None, None)

    @staticmethod
    def _text(parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def show_item(self, entry: ScheduledItem | None, form: WorkForm | None) -> None:
        has_item = entry is not None
        for widget in (self.pin_label, self.notes_heading, self.notes_label, self.form_heading,
                       self.form_label, self.categories, self.steps_label):
            widget.setVisible(has_item)
        if entry is None:
            self.title_label.setText(self.tr("No item selected"))
            self.when_label.setText(self.tr("Select an item in the programme to see its notes and work form."))
            return
        item = entry.item
        self.title_label.setText(item.title)
        self.when_label.setText(self.tr("{start}–{end} · {minutes} min · {kind}").format(
            start=clock(entry.start), end=clock(entry.end), minutes=item.planned_minutes, kind=kind_label(item.kind)))
        self.pin_label.setText(self._pin_text(entry))
        self.pin_label.setVisible(bool(self.pin_label.text()))
        self.notes_label.setText(item.facilitator_notes or self.tr("No notes for this item."))
        self._show_form(form, item.planned_minutes)

    def _pin_text(self, entry: ScheduledItem) -> str:
        parts = []
        if entry.item.pinned_start is not None:
            parts.append(self.tr("Pinned at {time}.").format(time=clock(entry.item.pinned_start)))
        if entry.gap_before:
            parts.append(self.tr("⚠ {minutes} min unplanned before it.").format(
                minutes=format_minutes(entry.gap_before.total_seconds() / 60)))
        if entry.overlap_before:
            parts.append(self.tr("⚠ The items before run {minutes} min into it.").format(
                minutes=format_minutes(entry.overlap_before.total_seconds() / 60)))
        return " ".join(parts)

    def _show_form(self, form: WorkForm | None, planned: int) -> None:
        if form is None:
            self.form_heading.setText(self.tr("Work form"))
            self.form_label.setText(self.tr("No work form chosen."))
            self.categories.hide()
            self.steps_label.hide()
            return
        self.form_heading.setText(self.tr("Work form: {name}").format(name=form.name))
        self.form_label.setText(form.description or self.tr("No description."))
        self.categories.set_chips([(c, "note") for c in form.categories])
        self.categories.setVisible(bool(form.categories))
        steps = form.work_steps()
        self.steps_label.setVisible(bool(steps))
        if steps:
            self.steps_label.setText(self._steps_html(steps, planned))

    def _steps_html(self, steps, planned: int) -> str:
        rows, at = [], 0.0
        for step in steps:
            rows.append(f"<tr><td align='right'>{format_minutes(at)}</td><td>&nbsp;{html.escape(step.name)}</td>"
                        f"<td align='right'>&nbsp;{format_minutes(step.minutes)}</td></tr>")
            at += step.minutes
        total = self.tr("Steps take {steps} of the {planned} min planned.").format(
            steps=format_minutes(at), planned=planned)
        head = self.tr("<b>Timed steps</b> (start, step, minutes)")
        return f"{head}<table cellspacing='2'>{''.join(rows)}</table><i>{html.escape(total)}</i>"
