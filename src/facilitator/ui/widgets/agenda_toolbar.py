"""The agenda builder's row of buttons: add (blank or from a work form), delete, move, undo, redo, and the
work-form catalogue, save as template and export."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolBar, QToolButton, QWidget

from facilitator.core.model import WorkForm
from facilitator.core.workforms import description_in, name_in
from facilitator.ui.i18n import current_language


class AgendaToolbar(QToolBar):
    """The view's actions as buttons (they fold into a » menu when the window is narrow); the Add button's
    menu lists the built-in and the user's work forms."""

    form_chosen = Signal(object)
    catalogue_requested = Signal()
    template_requested = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setMovable(False)
        self.setFloatable(False)
        self.add_button = QToolButton(self)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.forms_menu = QMenu(self)
        self.add_button.setMenu(self.forms_menu)
        self.catalogue_action = QAction(self.tr("Work forms…"), self)
        self.template_action = QAction(self.tr("Save as template…"), self)
        self.export_action = QAction(self.tr("Export programme…"), self)
        self.catalogue_action.triggered.connect(self.catalogue_requested)
        self.template_action.triggered.connect(self.template_requested)
        self.export_action.triggered.connect(self.export_requested)

    def set_actions(self, add: QAction, *others: QAction) -> None:
        """Buttons for the view's actions (texts, shortcuts in tooltips and enabled state follow the actions)."""
        self.add_button.setDefaultAction(add)
        self.addWidget(self.add_button)
        self.addActions(list(others))
        for action in (add, *others):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys:
                action.setToolTip(f"{action.text()} ({keys})")
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        self.addActions([self.catalogue_action, self.template_action, self.export_action])

    def set_editable(self, editable: bool) -> None:
        self.forms_menu.setEnabled(editable)

    def set_forms(self, built_in: list[WorkForm], own: list[WorkForm]) -> None:
        """Fill the Add button's menu: one entry per work form, the user's own under a heading."""
        language = current_language()
        self.forms_menu.clear()
        self.forms_menu.addSection(self.tr("From a work form"))
        for form in built_in:
            self._add(form, language)
        if own:
            self.forms_menu.addSection(self.tr("Your own work forms"))
            for form in own:
                self._add(form, language)
        self.forms_menu.addSeparator()
        self.forms_menu.addAction(self.tr("All work forms…"), self.catalogue_requested.emit)

    def _add(self, form: WorkForm, language: str) -> None:
        minutes = self.tr("{minutes} min").format(minutes=form.default_minutes)
        action = self.forms_menu.addAction(f"{name_in(form, language)}\t{minutes}")
        action.setToolTip(description_in(form, language))
        action.triggered.connect(lambda _checked=False, f=form: self.form_chosen.emit(f))
