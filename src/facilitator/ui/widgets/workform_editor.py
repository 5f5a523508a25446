"""A dialog to make or change one of the user's own work forms: names, descriptions, minutes, categories, steps."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.model import WorkForm
from facilitator.core.schedule import format_minutes
from facilitator.ui.widgets.tones import muted


class WorkFormEditor(QDialog):
    """Edits a copy of ``form`` (or a new one); :meth:`work_form` gives the result after Save."""

    def __init__(self, form: WorkForm | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit work form") if form is not None and form.key else self.tr("New work form"))
        self._key = form.key if form else ""
        self.name = QLineEdit(form.name if form else "")
        self.name.setPlaceholderText(self.tr("for example: Wandelgesprek"))
        self.name_en = QLineEdit(form.name_en if form else "")
        self.name_en.setPlaceholderText(self.tr("for example: Walk and talk"))
        self.description = QPlainTextEdit(form.description if form else "")
        self.description.setPlaceholderText(self.tr("Explain it as you would to the room: short sentences."))
        self.description_en = QPlainTextEdit(form.description_en if form else "")
        for edit in (self.description, self.description_en):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 5)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 12 * 60)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(form.default_minutes if form else 30)
        self.categories = QLineEdit(", ".join(form.categories) if form else "")
        self.categories.setPlaceholderText(self.tr("for example: Kansen, Zorgen, Vragen"))
        self.steps = QTableWidget(0, 2)
        self.steps.setHorizontalHeaderLabels([self.tr("Step"), self.tr("Minutes")])
        self.steps.verticalHeader().hide()
        self.steps.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.steps.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for step in (form.steps if form else []):
            self.add_step(step["name"], step["minutes"])
        add = QPushButton(self.tr("Add step"))
        remove = QPushButton(self.tr("Remove step"))
        add.clicked.connect(lambda: self.add_step("", 5))
        remove.clicked.connect(self._remove_step)
        self.total = muted("")
        self.steps.itemChanged.connect(self._update_total)
        self.minutes.valueChanged.connect(self._update_total)

        step_buttons = QHBoxLayout()
        step_buttons.addWidget(add)
        step_buttons.addWidget(remove)
        step_buttons.addWidget(self.total, 1)
        layout = QFormLayout()
        layout.addRow(self.tr("&Name (Dutch)"), self.name)
        layout.addRow(self.tr("Name (&English)"), self.name_en)
        layout.addRow(self.tr("&Description (Dutch)"), self.description)
        layout.addRow(self.tr("Description (En&glish)"), self.description_en)
        layout.addRow(self.tr("Default &duration"), self.minutes)
        layout.addRow(self.tr("Harvest &categories"), self.categories)
        layout.addRow(self.tr("Timed &steps"), self.steps)
        layout.addRow("", step_buttons)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._update_ok)
        outer = QVBoxLayout(self)
        outer.addLayout(layout)
        outer.addWidget(self.buttons)
        self._update_ok()
        self._update_total()
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.sizeHint().height())

    def add_step(self, name: str, minutes: float) -> None:
        row = self.steps.rowCount()
        self.steps.insertRow(row)
        self.steps.setItem(row, 0, QTableWidgetItem(name))
        self.steps.setItem(row, 1, QTableWidgetItem(format_minutes(minutes) if float(minutes).is_integer()
                                                    else str(minutes)))

    def _remove_step(self) -> None:
        row = self.steps.currentRow()
        if row >= 0:
            self.steps.removeRow(row)
            self._update_total()

    def _step_list(self) -> list[dict]:
        found = []
        for row in range(self.steps.rowCount()):
            name = (self.steps.item(row, 0).text() if self.steps.item(row, 0) else "").strip()
            raw = (self.steps.item(row, 1).text() if self.steps.item(row, 1) else "").strip().replace(",", ".")
            try:
                minutes = float(raw)
            except ValueError:
                continue
            if name and minutes > 0:
                found.append({"name": name, "minutes": int(minutes) if minutes.is_integer() else minutes})
        return found

    def _update_total(self, *_args) -> None:
        steps = self._step_list()
        total = sum(s["minutes"] for s in steps)
        self.total.setText(self.tr("Steps add up to {steps} of {minutes} min.").format(
            steps=format_minutes(total), minutes=self.minutes.value()) if steps else "")

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(self.name.text().strip()))

    def work_form(self) -> WorkForm:
        """The form as entered (key as given to the editor; '' for a new one, which the caller assigns)."""
        return WorkForm(
            key=self._key,
            name=self.name.text().strip(),
            name_en=self.name_en.text().strip(),
            description=self.description.toPlainText().strip(),
            description_en=self.description_en.toPlainText().strip(),
            default_minutes=self.minutes.value(),
            categories=[c.strip() for c in self.categories.text().split(",") if c.strip()],
            steps=self._step_list(),
        )
