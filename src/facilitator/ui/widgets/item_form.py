"""The agenda builder's form for one item: title, duration, kind, work form, pin, flexibility, notes.

The form writes nothing itself: it emits ``edited(item_id, changes, merge)``
(``changes`` maps field names of :class:`AgendaItem` to new values; edits
with the same ``merge`` key in a row undo as one step) and
``work_form_chosen(item_id, form_or_None)``. Typing in the notes is sent
after a pause, when the field loses focus, or before another item is shown.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.model import AgendaItem, AgendaKind, WorkForm
from facilitator.core.schedule import ScheduledItem, format_minutes
from facilitator.core.workforms import description_in, name_in
from facilitator.ui.i18n import current_language
from facilitator.ui.labels import clock, kind_label
from facilitator.ui.widgets.tones import ink, muted, scaled
from facilitator.ui.widgets.work_form_card import WorkFormCard

NOTES_PAUSE_MS = 800
MAX_MINUTES = 12 * 60


class _NotesEdit(QPlainTextEdit):
    """Notes field that reports losing focus, so the form can send what was typed."""

    left = Signal()

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.left.emit()
        super().focusOutEvent(event)


class ItemForm(QScrollArea):
    """Edits one agenda item; :meth:`show_entry` fills it, signals carry the edits."""

    edited = Signal(int, dict, str)
    work_form_chosen = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._item: AgendaItem | None = None
        self._start: time | None = None
        self._choices: dict[str, WorkForm] = {}
        body = QWidget(self)
        self.heading = QLabel(body)
        self.heading.setFont(scaled(self.font(), 1.3, bold=True))
        self.heading.setWordWrap(True)
        self.when_label = muted("", body)
        self.pin_warning = QLabel(body)
        self.pin_warning.setWordWrap(True)
        pal = self.pin_warning.palette()
        pal.setColor(self.pin_warning.foregroundRole(), ink("bad"))
        self.pin_warning.setPalette(pal)

        self.title_edit = QLineEdit(body)
        self.minutes = QSpinBox(body)
        self.minutes.setRange(1, MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.kind_box = QComboBox(body)
        for kind in AgendaKind:
            self.kind_box.addItem(kind_label(kind), kind.value)
        self.form_box = QComboBox(body)
        self.form_box.setMaxVisibleItems(25)
        self.pin_check = QCheckBox(self.tr("Pin at"), body)
        self.pin_time = QTimeEdit(body)
        self.pin_time.setDisplayFormat("HH:mm")
        self.flexible_check = QCheckBox(self.tr("May be shortened"), body)
        self.flexible_check.setToolTip(self.tr("When the day runs late, absorbing the overrun may shorten this "
                                               "item, but not below its minimum."))
        self.min_minutes = QSpinBox(body)
        self.min_minutes.setRange(0, MAX_MINUTES)
        self.min_minutes.setSuffix(self.tr(" min"))
        self.min_minutes.setSpecialValueText(self.tr("no minimum"))
        self.notes_edit = _NotesEdit(body)
        self.notes_edit.setPlaceholderText(self.tr("Only for you and the chair; never on the big screen."))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(self.notes_edit.fontMetrics().lineSpacing() * 7)
        self.form_card = WorkFormCard(body)

        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin_check)
        pin_row.addWidget(self.pin_time)
        pin_row.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("D&uration"), self.minutes)
        form.addRow(self.tr("&Kind"), self.kind_box)
        form.addRow(self.tr("&Work form"), self.form_box)
        form.addRow(self.tr("Start"), pin_row)
        form.addRow(self.tr("Flexible"), self.flexible_check)
        form.addRow(self.tr("&Minimum"), self.min_minutes)
        self.notes_label = QLabel(self.tr("Facilitator &notes"), body)
        self.notes_label.setBuddy(self.notes_edit)
        self.hint = muted("", body)
        layout = QVBoxLayout(body)
        for widget in (self.heading, self.when_label, self.pin_warning):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes_edit)
        layout.addWidget(self.form_card)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.setWidget(body)

        for box in (self.minutes, self.min_minutes, self.pin_time):
            box.setKeyboardTracking(False)  # typed digits count on Enter or leaving the field, not one by one
        self._notes_timer = QTimer(self, singleShot=True, interval=NOTES_PAUSE_MS)
        self._notes_timer.timeout.connect(self.flush)
        self.title_edit.editingFinished.connect(self._title_done)
        self.minutes.valueChanged.connect(self._minutes_changed)
        self.kind_box.activated.connect(self._kind_chosen)
        self.form_box.activated.connect(self._form_chosen)
        self.pin_check.toggled.connect(self._pin_toggled)
        self.pin_time.timeChanged.connect(self._pin_moved)
        self.flexible_check.toggled.connect(self._flexible_toggled)
        self.min_minutes.valueChanged.connect(self._minimum_changed)
        self.notes_edit.textChanged.connect(self._notes_timer.start)
        self.notes_edit.left.connect(self.flush)
        self._editors = (self.title_edit, self.minutes, self.kind_box, self.form_box, self.pin_check, self.pin_time,
                         self.flexible_check, self.min_minutes, self.notes_edit)
        self.show_entry(None, None, [])

    # -- filling ------------------------------------------------------------------------------------------

    @property
    def item_id(self) -> int | None:
        return self._item.id if self._item else None

    def show_entry(self, entry: ScheduledItem | None, form: WorkForm | None, choices: list[list[WorkForm]]) -> None:
        """Show an item (None: a hint); ``choices`` are the work forms offered, in groups (the session's first)."""
        if entry is None or entry.item.id != self.item_id:
            self.flush()
        has_item = entry is not None
        for widget in (*self._editors, self.when_label, self.form_card, self.notes_label):
            widget.setEnabled(has_item)
        self.form_card.setVisible(has_item)
        if entry is None:
            self._item = None
            self.heading.setText(self.tr("No item selected"))
            self.when_label.setText(self.tr("Select an item in the programme, or add one."))
            self.pin_warning.hide()
            return
        item = self._item = entry.item
        self._start = entry.start.time()
        self.heading.setText(item.title)
        self.when_label.setText(self.tr("{start}–{end} · start computed from the items before").format(
            start=clock(entry.start), end=clock(entry.end)) if item.pinned_start is None else
            self.tr("{start}–{end} · pinned start").format(start=clock(entry.start), end=clock(entry.end)))
        self._show_pin_warning(entry)
        for widget in self._editors:
            widget.blockSignals(True)
        if self.title_edit.text() != item.title:
            self.title_edit.setText(item.title)
        self.minutes.setValue(item.planned_minutes)
        self.kind_box.setCurrentIndex(self.kind_box.findData(AgendaKind(item.kind).value))
        self._fill_forms(choices, form)
        self.pin_check.setChecked(item.pinned_start is not None)
        self.pin_time.setEnabled(item.pinned_start is not None)
        start = item.pinned_start or self._start
        self.pin_time.setTime(QTime(start.hour, start.minute))
        self.flexible_check.setChecked(item.flexible)
        self.min_minutes.setMaximum(item.planned_minutes)
        self.min_minutes.setValue(item.min_minutes or 0)
        self.min_minutes.setEnabled(item.flexible)
        if self.notes_edit.toPlainText() != item.facilitator_notes:
            self.notes_edit.setPlainText(item.facilitator_notes)
        for widget in self._editors:
            widget.blockSignals(False)
        self.form_card.show_form(form, item.planned_minutes)

    def _fill_forms(self, groups: list[list[WorkForm]], current: WorkForm | None) -> None:
        language = current_language()
        self._choices = {}
        self.form_box.clear()
        self.form_box.addItem(self.tr("(none)"), "")
        for group in groups:
            fresh = [form for form in group if form.key not in self._choices]
            if not fresh:
                continue
            self.form_box.insertSeparator(self.form_box.count())
            for form in fresh:
                self._choices[form.key] = form
                self.form_box.addItem(name_in(form, language), form.key)
                self.form_box.setItemData(self.form_box.count() - 1, description_in(form, language),
                                          Qt.ItemDataRole.ToolTipRole)
        self.form_box.setCurrentIndex(max(0, self.form_box.findData(current.key if current else "")))

    def _show_pin_warning(self, entry: ScheduledItem) -> None:
        text = ""
        if entry.gap_before:
            text = self.tr("⚠ The pin leaves {minutes} min unplanned before this item.").format(
                minutes=format_minutes(entry.gap_before.total_seconds() / 60))
        elif entry.overlap_before:
            text = self.tr("⚠ The items before run {minutes} min into this pinned start.").format(
                minutes=format_minutes(entry.overlap_before.total_seconds() / 60))
        self.pin_warning.setText(text)
        self.pin_warning.setVisible(bool(text))

    # -- edits --------------------------------------------------------------------------------------------

    def _send(self, changes: dict, merge: str = "") -> None:
        if self._item is not None and changes:
            for name, value in changes.items():
                setattr(self._item, name, value)  # what is shown now; the next show_entry brings the stored item
            self.edited.emit(self._item.id, changes, merge)

    def flush(self) -> None:
        """Send the notes typed so far (if they changed)."""
        self._notes_timer.stop()
        if self._item is not None and self.notes_edit.toPlainText() != self._item.facilitator_notes:
            self._send({"facilitator_notes": self.notes_edit.toPlainText()}, "notes")

    def _title_done(self) -> None:
        title = self.title_edit.text().strip()
        if self._item is None:
            return
        if not title:
            self.title_edit.setText(self._item.title)  # an item always has a title
        elif title != self._item.title:
            self._send({"title": title})

    def _minutes_changed(self, value: int) -> None:
        changes: dict = {"planned_minutes": value}
        if self._item is not None and self._item.min_minutes and self._item.min_minutes > value:
            changes["min_minutes"] = value
        self._send(changes, "minutes")

    def _kind_chosen(self, index: int) -> None:
        kind = AgendaKind(self.kind_box.itemData(index))
        if self._item is not None and kind != self._item.kind:
            self._send({"kind": kind})

    def _form_chosen(self, index: int) -> None:
        if self._item is not None:
            key = self.form_box.itemData(index) or ""
            self.work_form_chosen.emit(self._item.id, self._choices.get(key))

    def _pin_toggled(self, checked: bool) -> None:
        self.pin_time.setEnabled(checked)
        if checked:
            start = self._start or time(9, 0)
            self.pin_time.blockSignals(True)
            self.pin_time.setTime(QTime(start.hour, start.minute))
            self.pin_time.blockSignals(False)
            self._send({"pinned_start": start})
        else:
            self._send({"pinned_start": None})

    def _pin_moved(self, value: QTime) -> None:
        if self.pin_check.isChecked():
            self._send({"pinned_start": time(value.hour(), value.minute())}, "pin")

    def _flexible_toggled(self, checked: bool) -> None:
        self.min_minutes.setEnabled(checked)
        self._send({"flexible": checked})

    def _minimum_changed(self, value: int) -> None:
        self._send({"min_minutes": value or None}, "minimum")
