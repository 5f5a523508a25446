"""The small form that sets up a dot vote: title, dots per person, how many voted (optional), on what."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from facilitator.core import votes
from facilitator.core.model import DotVote


class VoteFormDialog(QDialog):
    """New or changed vote; ``values()`` -> (title, dots per person, voters or None, kind)."""

    def __init__(self, parent: QWidget | None = None, *, vote: DotVote | None = None, kind: str = votes.THEME,
                 kind_fixed: bool = False, default_title: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the vote") if vote else self.tr("New dot vote"))
        self.title = QLineEdit(vote.title if vote else default_title, self)
        self.title.setPlaceholderText(self.tr("For example: Which solutions matter most?"))
        self.dots = QSpinBox(self)
        self.dots.setRange(1, 100)
        self.dots.setValue(vote.dots_per_person if vote else 5)
        self.voters = QSpinBox(self)
        self.voters.setRange(0, 100000)
        self.voters.setSpecialValueText(self.tr("not known"))
        self.voters.setValue(vote.voters or 0 if vote else 0)
        self.voters.setToolTip(self.tr("How many people voted: the dots counted are then checked against "
                                       "voters × dots per person"))
        self.on_themes = QRadioButton(self.tr("Themes"), self)
        self.on_notes = QRadioButton(self.tr("Notes"), self)
        group = QButtonGroup(self)
        group.addButton(self.on_themes)
        group.addButton(self.on_notes)
        (self.on_notes if kind == votes.NOTE else self.on_themes).setChecked(True)
        for button in (self.on_themes, self.on_notes):
            button.setEnabled(not kind_fixed)
        kinds = QHBoxLayout()
        kinds.addWidget(self.on_themes)
        kinds.addWidget(self.on_notes)
        kinds.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Dots per person:"), self.dots)
        form.addRow(self.tr("Number of voters:"), self.voters)
        form.addRow(self.tr("Vote on:"), kinds)
        form.addRow(buttons)
        self.title.selectAll()

    def values(self) -> tuple[str, int, int | None, str]:
        title = self.title.text().strip() or self.tr("Dot vote")
        return (title, self.dots.value(), self.voters.value() or None,
                votes.NOTE if self.on_notes.isChecked() else votes.THEME)
