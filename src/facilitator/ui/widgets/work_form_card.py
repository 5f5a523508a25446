"""A work form described for the facilitator: its name, what it is, the harvest categories and timed steps."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from facilitator.core.model import WorkForm
from facilitator.core.schedule import format_minutes
from facilitator.core.workforms import description_in, name_in
from facilitator.ui.i18n import current_language
from facilitator.ui.widgets.chips import ChipRow
from facilitator.ui.widgets.tones import heading


def text_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class WorkFormCard(QWidget):
    """Heading, description (in the app's language), category chips and the steps against the planned minutes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = heading("", self, 1.05)
        self.heading.setWordWrap(True)  # a long name wraps instead of widening the panel
        self.description = text_label(self)
        self.categories = ChipRow(self)
        self.steps = text_label(self)
        for widget in (self.heading, self.description, self.categories, self.steps):
            layout.addWidget(widget)

    def show_form(self, form: WorkForm | None, planned: int | None = None) -> None:
        """Describe ``form`` (None: "no work form"); ``planned`` minutes are compared with its steps."""
        language = current_language()
        if form is None:
            self.heading.setText(self.tr("Work form"))
            self.description.setText(self.tr("No work form chosen."))
            self.categories.hide()
            self.steps.hide()
            return
        self.heading.setText(self.tr("Work form: {name}").format(name=name_in(form, language)))
        self.description.setText(description_in(form, language) or self.tr("No description."))
        self.categories.set_chips([(c, "note") for c in form.categories])
        self.categories.setVisible(bool(form.categories))
        steps = form.work_steps()
        self.steps.setVisible(bool(steps))
        if steps:
            self.steps.setText(self._steps_html(steps, form.default_minutes if planned is None else planned))

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
