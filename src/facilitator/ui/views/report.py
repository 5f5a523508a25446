"""The Report screen: where the Word report is made — its options, a preview from the session's real data, export.

On the right the options panel (language, names, annexes, template, logo)
with "Export…" and the analysis exports; on the left what the report will
hold: the key figures, the report's outline (``outline(load_report(...))``
from ``facilitator.io.report``, imported only when this screen first shows a
session, and read on the task runner), the top themes, the actions and the programme. Writing the report
is :class:`facilitator.ui.report_export.ReportExport`'s job.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QHeaderView, QLayout, QScrollArea, QVBoxLayout, QWidget
from shiboken6 import isValid

from facilitator.core import votes
from facilitator.core.model import ActionItem, ActionKind, AgendaItem, Attendance, Role, Theme
from facilitator.core.schedule import plan
from facilitator.ui import queries
from facilitator.ui.labels import long_date, number
from facilitator.ui.models.action_model import TEXT as ACTION_TEXT
from facilitator.ui.models.action_model import ActionModel
from facilitator.ui.models.programme_model import TITLE, ProgrammeModel
from facilitator.ui.models.ranking_model import ranked_rows
from facilitator.ui.report_export import ReportExport
from facilitator.ui.report_outcomes import OutcomesExport
from facilitator.ui.tasks import runner_for
from facilitator.ui.views.base import MainView
from facilitator.ui.widgets.fitted_table import FittedTableView
from facilitator.ui.widgets.header_card import HeaderCard
from facilitator.ui.widgets.ranking_panel import RankingPanel
from facilitator.ui.widgets.report_options import ReportOptionsPanel
from facilitator.ui.widgets.report_outline import ReportOutline
from facilitator.ui.widgets.table_setup import fit_columns, wrap_rows
from facilitator.ui.widgets.tones import heading, muted

TOP_THEMES = 10


def outline_rows(doc, values: dict, progress=None) -> list[tuple[int, str, str]]:
    """The report's outline for ``doc`` with these options (may run on a worker thread)."""
    from facilitator.io import report  # python-docx loads with it: only once a report is previewed

    return report.outline(report.load_report(doc, report.ReportOptions(**values)))


class ReportView(MainView):
    key = "report"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        page = QWidget(self)
        self.header = HeaderCard(self)
        self.intro = muted("", page)
        self.outline_heading = heading(self.tr("Contents of the report"), page, 1.1)
        self.outline = ReportOutline(page)
        self.top_themes = RankingPanel(self.tr("Top themes by votes"), page, show_source=True,
                                       table_class=FittedTableView)
        self.actions_heading = heading(self.tr("Actions and recommendations"), page, 1.1)
        self.actions_caption = muted("", page)
        self.action_model = ActionModel(self)
        self.action_table = FittedTableView(page)
        self.action_table.setModel(self.action_model)
        self.programme_heading = heading(self.tr("Programme: planned and actual"), page, 1.1)
        self.programme_caption = muted("", page)
        self.programme_model = ProgrammeModel(self)
        self.programme_table = FittedTableView(page)
        self.programme_table.setModel(self.programme_model)
        layout = QVBoxLayout(page)
        margins = layout.contentsMargins()
        layout.setContentsMargins(margins.left(), 0, margins.right(), 0)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # scroll, never squeeze a table
        gap = self.fontMetrics().height()
        for widget in (self.intro, self.outline_heading, self.outline, self.top_themes,
                       self.actions_heading, self.actions_caption, self.action_table, self.programme_heading,
                       self.programme_caption, self.programme_table):
            if widget in (self.outline_heading, self.top_themes, self.actions_heading, self.programme_heading):
                layout.addSpacing(gap)  # a blank line between sections, as in the document
            layout.addWidget(widget)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        self.options = ReportOptionsPanel(self)
        self.tasks = None  # the window's task runner unless a test sets one
        self._outline_request = 0  # answers to older requests for the outline are dropped
        self.exporter = ReportExport(self, self.task_runner)
        self.outcomes = OutcomesExport(self, self.task_runner)
        self.options.changed.connect(self._show_outline)
        self.options.export_requested.connect(self.ask_export)
        self.options.outcomes_requested.connect(lambda kind: self.outcomes.ask(self.document, kind))
        self.exporter.running_changed.connect(self.options.set_busy)
        body = QHBoxLayout()  # the preview scrolls; the options stay in view beside it
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(scroll, 1)
        body.addWidget(self.options)
        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, margins.top(), margins.right(), margins.bottom())
        top = QVBoxLayout()
        top.setContentsMargins(margins.left(), 0, 0, 0)
        top.addWidget(self.header)  # the figures need the full width
        inner.addLayout(top)
        inner.addLayout(body, 1)
        frame = QScrollArea(self)  # scrolls only in a window too small for the figures and the options
        frame.setWidgetResizable(True)
        frame.setFrameShape(QFrame.Shape.NoFrame)
        frame.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

    def title(self) -> str:
        return self.tr("Report")

    def task_runner(self):
        """The runner for long work: a test's, else the main window's, else a synchronous one."""
        return runner_for(self, self.tasks)

    def set_document(self, document) -> None:
        if document is not None and document is not self.document:
            self.options.reset_for(document.meeting().language)
        super().set_document(document)

    def ask_export(self):
        """Ask where to save the Word report with the panel's options, then write it; the chosen path or None."""
        return self.exporter.ask(self.document, self.options.values())

    def _show_outline(self) -> None:
        """Show the intro at once and the report's outline when it is read (on the task runner: on a G1000
        file reading the report's data takes half a second, and the first time loads python-docx)."""
        values = self.options.values()
        if values["include_names"] and values["annex_seating"]:
            intro = self.tr("This is what the Word report will hold. The table assignment annex names the "
                            "participants; everywhere else the report shows counts only.")
        else:
            intro = self.tr("This is what the Word report will hold. Participant names stay out of it: it shows "
                            "counts only.")
        self.intro.setText(intro if self.document is not None else "")
        self._outline_request += 1
        if self.document is None:
            self._set_outline([])
            return
        request, doc = self._outline_request, self.document
        runner = self.tasks if self.tasks is not None else getattr(self.window(), "tasks", None)
        if runner is None:  # a screen on its own (tests, tools): after this event, on the GUI thread
            QTimer.singleShot(0, self, lambda: self._outline_ready(request, doc, outline_rows(doc, values)))
        else:
            runner.start(self._load_outline(runner, request, doc, values))

    async def _load_outline(self, runner, request: int, doc, values: dict) -> None:
        try:
            rows = await runner.run_task(outline_rows, doc, values, title=self.tr("Contents of the report"),
                                         cancellable=False, show_progress=False)
        except Exception:
            if isValid(self) and request == self._outline_request and self.document is doc:
                raise
            return  # the session was closed or the options changed meanwhile: that answer is not wanted
        self._outline_ready(request, doc, rows)

    def _outline_ready(self, request: int, doc, rows: list[tuple[int, str, str]]) -> None:
        if isValid(self) and request == self._outline_request and self.document is doc:
            self._set_outline(rows)

    def _set_outline(self, rows: list[tuple[int, str, str]]) -> None:
        self.outline.set_outline(rows)
        self.outline_heading.setVisible(bool(rows))
        self.outline.setVisible(bool(rows))

    def refresh(self) -> None:
        doc = self.document
        if doc is None:
            self.header.set_title("")
            self.header.set_figures([])
            self.intro.setText("")
            self.top_themes.set_ranking([], "", "")
            self.action_model.set_actions([], {})
            self.programme_model.set_rows([])
            self._show_outline()
            return
        meeting = doc.meeting()
        items = doc.all(AgendaItem)
        themes = doc.all(Theme)
        actions = doc.all(ActionItem)
        tallies = queries.vote_totals(doc)
        facts = [f for f in (long_date(meeting.date), meeting.venue, meeting.organiser) if f]
        self.header.set_title(meeting.title, " · ".join(facts))
        self.header.set_figures(self._figures(doc.counts(), queries.presence(doc), actions,
                                                  queries.hidden_note_count(doc)))
        self._show_outline()
        self._show_top_themes(doc, items, themes, tallies)
        theme_names = {t.id: t.name for t in themes}
        self.action_model.set_actions(actions, theme_names)
        fit_columns(self.action_table, stretch_last=False)
        widest = self.fontMetrics().averageCharWidth() * 28  # long theme names wrap; the text gets the room
        for column in range(self.action_model.columnCount()):
            if column != ACTION_TEXT and self.action_table.columnWidth(column) > widest:
                self.action_table.setColumnWidth(column, widest)
        wrap_rows(self.action_table, ACTION_TEXT)
        self.actions_caption.setText(self.tr("No action items or recommendations yet.") if not actions else "")
        self.actions_caption.setVisible(not actions)
        self.action_table.setVisible(bool(actions))
        self._show_programme(items, meeting)

    def _figures(self, counts: dict[str, int], presence, actions: list[ActionItem], hidden: int = 0,
                 ) -> list[tuple[str, str, str]]:
        citizens = {state: presence[(Role.PARTICIPANT, state)] for state in Attendance}
        here = citizens[Attendance.PRESENT] + citizens[Attendance.WALK_IN]
        listed = sum(citizens.values())
        staff = sum(count for (role, _state), count in presence.items() if role != Role.PARTICIPANT)
        tip = self.tr("Present {present}, walk-in {walk_in}, absent {absent}, not arrived {invited}; "
                      "{staff} hosts, chairs, experts and organisers not counted.").format(
            present=citizens[Attendance.PRESENT], walk_in=citizens[Attendance.WALK_IN],
            absent=citizens[Attendance.ABSENT], invited=citizens[Attendance.INVITED], staff=staff)
        recommendations = sum(1 for a in actions if a.kind == ActionKind.RECOMMENDATION)
        return [
            (f"{number(here)} / {number(listed)}", self.tr("participants present / invited"), tip),
            (number(counts["tables"]), self.tr("tables"), ""),
            (number(counts["rounds"]), self.tr("table rounds"), ""),
            (number(counts["notes"] - hidden), self.tr("notes"),
             self.tr("Hidden notes ({count}) are left out of the report.").format(count=hidden) if hidden else ""),
            (number(counts["themes"]), self.tr("themes"), ""),
            (number(counts["dots"]), self.tr("dots"), ""),
            (number(len(actions) - recommendations), self.tr("action items"), ""),
            (number(recommendations), self.tr("recommendations"), ""),
        ]

    def _show_top_themes(self, doc, items, themes, tallies) -> None:
        ranked = [r for r in votes.ranking(tallies) if r.key[0] == "theme"]
        rows = ranked_rows(ranked[:TOP_THEMES], {t.id: (t.name, t.agenda_item_id) for t in themes}, {},
                           {i.id: i.title for i in items})
        caption = self.tr("Ranked by the dots of all votes of the day; {shown} of {count} themes with dots.").format(
            shown=len(rows), count=len(ranked))
        self.top_themes.set_ranking(rows, caption, self.tr("No dot votes yet."))

    def _show_programme(self, items: list[AgendaItem], meeting) -> None:
        self.programme_model.set_rows(plan(items, meeting.day_start, meeting.date))
        recorded = self.programme_model.recorded()
        if not items:
            text = self.tr("The programme is empty.")
        elif recorded:
            text = self.tr("Times recorded for {recorded} of {count} items.").format(recorded=recorded,
                                                                                   count=len(items))
        else:
            text = self.tr("No times recorded yet: the report will show the plan.")
        self.programme_caption.setText(text)
        self.programme_table.setVisible(bool(items))
        fit_columns(self.programme_table, stretch_last=False)
        self.programme_table.horizontalHeader().setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
