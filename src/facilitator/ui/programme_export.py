"""File > Export programme…: the programme as a clean A4 PDF for the table hosts and the venue.

Times, titles, work forms and kinds, the day's start and end; facilitator
notes only when asked for; never anything about participants. The page is
laid out as HTML in a ``QTextDocument`` and printed by ``QPdfWriter`` on the
GUI thread: a programme is one or two pages, far under the time that would
call for the task runner.
"""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.model import AgendaItem, AgendaKind, Meeting, WorkForm
from facilitator.core.schedule import ScheduledItem, format_minutes, plan
from facilitator.core.workforms import name_in
from facilitator.store.document import SessionDocument
from facilitator.ui.i18n import current_language
from facilitator.ui.labels import clock, kind_label, long_date
from facilitator.ui.settings import app_settings

BREAK_SHADE = "#e8eef7"
RULE = "#b8c2cc"


class ProgrammeSheet(QObject):
    """Builds the page as HTML (a QObject for the translation context of its strings)."""

    def html(self, meeting: Meeting, entries: list[ScheduledItem], forms: dict[int, WorkForm],
             include_notes: bool) -> str:
        language = current_language()
        esc = html.escape
        facts = " · ".join(esc(f) for f in (long_date(meeting.date), meeting.venue, meeting.organiser) if f)
        fixed = self.tr("fixed time")
        rows = []
        for entry in entries:
            item = entry.item
            form = forms.get(item.work_form_id) if item.work_form_id is not None else None
            if entry.gap_before:
                free = self.tr("{minutes} min free").format(
                    minutes=format_minutes(entry.gap_before.total_seconds() / 60))
                rows.append(f"<tr><td></td><td colspan='3'><i>{esc(free)}</i></td></tr>")
            when = f"{clock(entry.start)}–{clock(entry.end)}"
            if item.pinned_start is not None:
                when += f"<br/><small>{esc(fixed)}</small>"
            what = f"<b>{esc(item.title)}</b>" if item.kind != AgendaKind.BREAK else f"<i>{esc(item.title)}</i>"
            if include_notes and item.facilitator_notes:
                notes = esc(item.facilitator_notes).replace("\n", "<br/>")
                what += f"<br/><small><span style='color:#555555'>{notes}</span></small>"
            shade = f" bgcolor='{BREAK_SHADE}'" if item.kind == AgendaKind.BREAK else ""
            rows.append(
                f"<tr{shade}><td width='16%' valign='top' style='white-space:nowrap'>{when}</td><td valign='top'>{what}</td>"
                f"<td width='20%' valign='top'>{esc(name_in(form, language)) if form else ''}</td>"
                f"<td width='15%' valign='top'>{esc(kind_label(item.kind))}</td></tr>")
        end = clock(entries[-1].end) if entries else clock(meeting.day_start)
        head = "".join(f"<th align='left'>{esc(text)}</th>" for text in (
            self.tr("Time"), self.tr("Item"), self.tr("Work form"), self.tr("Kind")))
        title = self.tr("Programme")
        summary = self.tr("Start {start} · end {end} · {count} agenda items").format(
            start=clock(meeting.day_start), end=end, count=len(entries))
        made = self.tr("Programme as planned on {date}. Made with Facilitator.").format(
            date=datetime.now().strftime("%d-%m-%Y %H:%M"))
        return (
            "<html><body>"
            f"<h1>{esc(meeting.title)}</h1>"
            + (f"<p>{facts}</p>" if facts else "")
            + f"<h2>{esc(title)}</h2><p>{esc(summary)}</p>"
            f"<table width='100%' cellspacing='0' cellpadding='5' border='1' style='border-color:{RULE};"
            f" border-collapse:collapse'>"
            f"<thead><tr bgcolor='#d5dde6'>{head}</tr></thead>{''.join(rows)}</table>"
            f"<p><small><span style='color:#666666'>{esc(made)}</span></small></p>"
            "</body></html>"
        )


def programme_html(doc: SessionDocument, include_notes: bool) -> str:
    meeting = doc.meeting()
    entries = plan(doc.all(AgendaItem), meeting.day_start, meeting.date)
    forms = {form.id: form for form in doc.all(WorkForm)}
    return ProgrammeSheet().html(meeting, entries, forms, include_notes)


def write_programme_pdf(doc: SessionDocument, target: Path, include_notes: bool = False) -> Path:
    """Write the programme of ``doc`` to ``target`` as an A4 PDF; returns the path written."""
    target = Path(target)
    writer = QPdfWriter(str(target))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)  # print_ adds 2 cm itself
    writer.setResolution(300)
    writer.setTitle(doc.meeting().title)
    writer.setCreator("Facilitator")
    page = QTextDocument()
    font = QFont()
    font.setPointSizeF(10)
    page.setDefaultFont(font)
    page.setDefaultStyleSheet("h1 { font-size: 18pt; } h2 { font-size: 13pt; } th { font-weight: bold; }")
    page.setHtml(programme_html(doc, include_notes))
    page.print_(writer)  # no page size set: print_ lays it out on the A4 page and numbers the pages
    del writer  # finishes and closes the file
    return target


class ExportProgrammeDialog(QDialog):
    """Where to write the PDF, and whether the facilitator notes go on it."""

    def __init__(self, suggested: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export programme"))
        self.include_notes = QCheckBox(self.tr("Include the facilitator notes (for the team, not for the venue)"))
        self.path_edit = QLineEdit(str(suggested))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        intro = QLabel(self.tr("The programme as an A4 PDF, for the table hosts and the venue: times, items, "
                               "work forms. Never anything about participants."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.include_notes)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.sizeHint().height())

    def path(self) -> Path:
        path = Path(self.path_edit.text().strip())
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def _browse(self) -> None:
        found, _ = QFileDialog.getSaveFileName(self, self.tr("Export programme"), self.path_edit.text(),
                                               self.tr("PDF files (*.pdf)"))
        if found:
            self.path_edit.setText(found)


def ask_export_programme(parent: QWidget, doc: SessionDocument) -> Path | None:
    """Ask where (and whether with notes), write the PDF, and say where it went."""
    folder = Path(str(app_settings().value("last_folder", "") or doc.path.parent))
    dialog = ExportProgrammeDialog(folder / f"{doc.path.stem} - programma.pdf", parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    target = dialog.path()
    try:
        write_programme_pdf(doc, target, dialog.include_notes.isChecked())
    except OSError as exc:
        QMessageBox.warning(parent, dialog.windowTitle(), str(exc))
        return None
    if not target.is_file():
        problem = QCoreApplication.translate("ExportProgrammeDialog", "The PDF could not be written to {path}.")
        QMessageBox.warning(parent, dialog.windowTitle(), problem.format(path=str(target)))
        return None
    bar = parent.window().statusBar() if hasattr(parent.window(), "statusBar") else None
    if bar is not None:
        done = QCoreApplication.translate("ExportProgrammeDialog", "Programme exported to {path}")
        bar.showMessage(done.format(path=str(target)), 15000)
    return target
