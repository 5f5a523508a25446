"""Programme templates in the app: save the open programme as a template; start a new session from one.

File > New from template… shows the shipped and the user's templates with a
preview of the day on the clock, then the usual New-session dialog; the new
file gets the template's start time, work forms and items.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.model import AgendaItem, Meeting, WorkForm
from facilitator.core.schedule import format_minutes
from facilitator.io.templates import Template, apply_template, from_programme, list_templates, save_template
from facilitator.store.document import SessionDocument
from facilitator.ui.i18n import current_language
from facilitator.ui.labels import clock, kind_label
from facilitator.ui.settings import app_settings
from facilitator.ui.widgets.tones import heading, muted

TemplateRole = Qt.ItemDataRole.UserRole + 1


def create_from_template(path: Path, meeting: Meeting, template: Template) -> Path:
    """Write a new session file holding ``meeting`` and the template's programme, and close it."""
    meeting.day_start = template.day_start
    doc = SessionDocument.create(path, meeting)
    try:
        with doc.transaction() as session:
            apply_template(session, template)
    finally:
        doc.close()
    return path


def ask_save_template(parent: QWidget, doc: SessionDocument) -> Path | None:
    """Ask a name, then save the programme of ``doc`` as one of the user's templates."""
    title = QCoreApplication.translate("TemplateFlow", "Save as template")
    meeting = doc.meeting()
    name, ok = QInputDialog.getText(parent, title, QCoreApplication.translate(
        "TemplateFlow", "Name of the template (it keeps the items, times, work forms and notes; no participants):"),
        text=meeting.title)
    if not ok or not name.strip():
        return None
    template = from_programme(name.strip(), meeting.day_start, doc.all(AgendaItem), doc.all(WorkForm))
    try:
        path = save_template(template)
    except FileExistsError:
        question = QCoreApplication.translate(
            "TemplateFlow", "There is already a template called “{name}”. Replace it?").format(name=template.name)
        if QMessageBox.question(parent, title, question) != QMessageBox.StandardButton.Yes:
            return None
        path = save_template(template, overwrite=True)
    except OSError as exc:
        problem = QCoreApplication.translate("TemplateFlow", "The template could not be saved: {problem}")
        QMessageBox.warning(parent, title, problem.format(problem=str(exc)))
        return None
    bar = parent.window().statusBar() if parent is not None and hasattr(parent.window(), "statusBar") else None
    if bar is not None:
        saved = QCoreApplication.translate("TemplateFlow", "Template “{name}” saved.")
        bar.showMessage(saved.format(name=template.name), 10000)
    return path


class TemplatePicker(QDialog):
    """Choose a template; the day is previewed on the clock. :meth:`template` is the one chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New session from a template"))
        templates, problems = list_templates()
        language = current_language()
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        for template in templates:
            label = template.name_in(language)
            item = QListWidgetItem(label if template.built_in else self.tr("{name} (your own)").format(name=label))
            item.setData(TemplateRole, template)
            self.list.addItem(item)
        self.title = heading("", self, 1.15)
        self.title.setWordWrap(True)
        self.description = muted("", self)
        self.preview = QTableWidget(0, 4, self)
        self.preview.setHorizontalHeaderLabels([self.tr("Start"), self.tr("Duration"), self.tr("Title"),
                                                self.tr("Kind")])
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.setShowGrid(False)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problems = muted("\n".join(problems), self)
        self.problems.setVisible(bool(problems))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use this template…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.description)
        right.addWidget(self.preview, 1)
        row = QHBoxLayout()
        row.addWidget(self.list, 2)
        row.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.list.currentItemChanged.connect(self._show)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.setCurrentRow(0 if templates else -1)
        self._show()
        self.resize(self.fontMetrics().averageCharWidth() * 160, self.fontMetrics().lineSpacing() * 36)

    def template(self) -> Template | None:
        item = self.list.currentItem()
        return item.data(TemplateRole) if item is not None else None

    def _show(self, *_args) -> None:
        template = self.template()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(template is not None)
        if template is None:
            self.title.setText(self.tr("No templates found."))
            self.description.setText("")
            self.preview.setRowCount(0)
            return
        language = current_language()
        entries = template.schedule()
        end = clock(entries[-1].end) if entries else clock(template.day_start)
        self.title.setText(template.name_in(language))
        self.description.setText(template.description_in(language) + "\n" + self.tr(
            "{start}–{end} · {count} agenda items").format(start=clock(template.day_start), end=end,
                                                            count=len(entries)))
        self.preview.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            values = (clock(entry.start), format_minutes(entry.item.planned_minutes), entry.item.title,
                      kind_label(entry.item.kind))
            for column, value in enumerate(values):
                self.preview.setItem(row, column, QTableWidgetItem(value))


def ask_new_from_template(window) -> Path | None:
    """File > New from template…: pick a template, name the session, create it and open it in ``window``."""
    from facilitator.ui.new_session import NewSessionDialog

    picker = TemplatePicker(window)
    if picker.exec() != QDialog.DialogCode.Accepted or picker.template() is None:
        return None
    template = picker.template()
    folder = str(app_settings().value("last_folder", "") or "")
    dialog = NewSessionDialog(window, Path(folder) if folder else None)
    title = QCoreApplication.translate("TemplateFlow", "New session from “{name}”")
    dialog.setWindowTitle(title.format(name=template.name_in(current_language())))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    app_settings().setValue("last_folder", str(dialog.path().parent))
    path = create_from_template(dialog.path(), dialog.meeting(), template)
    window.open_path(path)
    return path
