"""Side panel of the Agenda screen: the selected item's times, facilitator notes and work form."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from facilitator.core.model import WorkForm
from facilitator.core.schedule import ScheduledItem, format_minutes
from facilitator.ui.labels import clock, kind_label
from facilitator.ui.widgets.tones import heading, muted, scaled
from facilitator.ui.widgets.work_form_card import WorkFormCard, text_label


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
        self.notes_heading.setWordWrap(True)  # a long heading wraps instead of widening the panel
        self.notes_label = text_label(body)
        self.form_card = WorkFormCard(body)
        card = self.form_card
        self.form_heading, self.form_label, self.categories, self.steps_label = (
            card.heading, card.description, card.categories, card.steps)
        for widget in (self.title_label, self.when_label, self.pin_label, self.notes_heading, self.notes_label,
                       self.form_card):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidget(body)
        self.show_item(None, None)

    def show_item(self, entry: ScheduledItem | None, form: WorkForm | None) -> None:
        has_item = entry is not None
        for widget in (self.pin_label, self.notes_heading, self.notes_label, self.form_card):
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
        self.form_card.show_form(form, item.planned_minutes)

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
