"""The dialog "Agreement or recommendation": kind, text, owner and due date, and where it came from."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.model import ActionItem, ActionKind
from facilitator.ui.widgets.tones import muted


class ActionDialog(QDialog):
    """Make or edit one action item or recommendation; :meth:`values` gives what was entered.

    ``origin`` says where it came from ("From note ‘…’ in theme ‘…’"); an
    agreement has an owner and a due date (or "no date"), a recommendation
    has neither, so those fields go grey for it.
    """

    def __init__(self, parent: QWidget | None = None, *, text: str = "", origin: str = "",
                 kind: ActionKind = ActionKind.ACTION, owner: str = "", due_date: date | None = None,
                 editing: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit agreement or recommendation") if editing
                            else self.tr("Agreement or recommendation"))
        self.origin_label = muted(origin or self.tr("Not made from a note or theme."), self)
        self.origin_label.setWordWrap(True)
        self.action_button = QRadioButton(self.tr("&Agreement / action point"), self)
        self.recommendation_button = QRadioButton(self.tr("&Recommendation"), self)
        self.kinds = QButtonGroup(self)
        self.kinds.addButton(self.action_button)
        self.kinds.addButton(self.recommendation_button)
        (self.action_button if ActionKind(kind) == ActionKind.ACTION else self.recommendation_button).setChecked(True)
        self.text_edit = QPlainTextEdit(text, self)
        self.text_edit.setTabChangesFocus(True)
        lines = self.text_edit.fontMetrics().lineSpacing()
        self.text_edit.setFixedHeight(lines * 5)
        self.owner_edit = QLineEdit(owner, self)
        self.owner_edit.setPlaceholderText(self.tr("Who does it (a person, a department)"))
        self.due_edit = QDateEdit(self)
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("d MMM yyyy")
        self.no_date = QCheckBox(self.tr("No date"), self)
        if due_date is not None:
            self.due_edit.setDate(QDate(due_date.year, due_date.month, due_date.day))
        else:
            self.due_edit.setDate(QDate.currentDate().addDays(14))
            self.no_date.setChecked(True)

        kind_row = QHBoxLayout()
        kind_row.addWidget(self.action_button)
        kind_row.addWidget(self.recommendation_button)
        kind_row.addStretch(1)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_edit)
        due_row.addWidget(self.no_date)
        due_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), kind_row)
        form.addRow(self.tr("&Text:"), self.text_edit)
        self.owner_label = QLabel(self.tr("&Owner:"), self)
        self.owner_label.setBuddy(self.owner_edit)
        form.addRow(self.owner_label, self.owner_edit)
        self.due_label = QLabel(self.tr("&Due date:"), self)
        self.due_label.setBuddy(self.due_edit)
        form.addRow(self.due_label, due_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.origin_label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.kinds.buttonToggled.connect(self._update)
        self.no_date.toggled.connect(self._update)
        self.text_edit.textChanged.connect(self._update)
        self._update()
        self.text_edit.setFocus()
        self.resize(self.fontMetrics().averageCharWidth() * 92, self.sizeHint().height())

    @classmethod
    def for_action(cls, action: ActionItem, origin: str, parent: QWidget | None = None) -> "ActionDialog":
        return cls(parent, text=action.text, origin=origin, kind=action.kind, owner=action.owner,
                   due_date=action.due_date, editing=True)

    def kind(self) -> ActionKind:
        return ActionKind.ACTION if self.action_button.isChecked() else ActionKind.RECOMMENDATION

    def _update(self, *_args) -> None:
        is_action = self.kind() == ActionKind.ACTION
        for widget in (self.owner_label, self.owner_edit, self.due_label, self.no_date):
            widget.setEnabled(is_action)
        self.due_edit.setEnabled(is_action and not self.no_date.isChecked())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.text_edit.toPlainText().strip()))

    def values(self) -> dict:
        """``kind``, ``text``, ``owner`` and ``due_date`` as entered (no owner or date for a recommendation)."""
        is_action = self.kind() == ActionKind.ACTION
        due = None
        if is_action and not self.no_date.isChecked():
            picked = self.due_edit.date()
            due = date(picked.year(), picked.month(), picked.day())
        return {"kind": self.kind(), "text": self.text_edit.toPlainText().strip(),
                "owner": self.owner_edit.text().strip() if is_action else "", "due_date": due}
