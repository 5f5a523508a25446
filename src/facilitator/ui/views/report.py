"""The Report screen: a preview, from the session's real data, of what the Word report will contain."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHeaderView, QLayout, QScrollArea, QVBoxLayout, QWidget

from facilitator.core import votes
from facilitator.core.model import ActionItem, ActionKind, AgendaItem, Attendance, Role, Theme
from facilitator.core.schedule import plan
from facilitator.ui import queries
from facilitator.ui.labels import long_date, number
from facilitator.ui.models.action_model import TEXT as ACTION_TEXT
from facilitator.ui.models.action_model import ActionModel
from facilitator.ui.models.programme_model import TITLE, ProgrammeModel
from facilitator.ui.models.ranking_model import ranked_rows
from facilitator.ui.views.base import MainView
from facilitator.ui.widgets.fitted_table import FittedTableView
from facilitator.ui.widgets.header_card import HeaderCard
from facilitator.ui.widgets.ranking_panel import RankingPanel
from facilitator.ui.widgets.table_setup import fit_columns, wrap_rows
from facilitator.ui.widgets.tones import heading, muted

TOP_THEMES = 10


class ReportView(MainView):
    key = "report"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        page = QWidget(self)
        self.header = HeaderCard(page)
        self.intro = muted("", page)
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
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # scroll, never squeeze a table
        gap = self.fontMetrics().height()
        for widget in (self.header, self.intro, self.top_themes, self.actions_heading, self.actions_caption,
                       self.action_table, self.programme_heading, self.programme_caption, self.programme_table):
            if widget in (self.top_themes, self.actions_heading, self.programme_heading):
                layout.addSpacing(gap)  # a blank line between sections, as in the document
            layout.addWidget(widget)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def title(self) -> str:
        return self.tr("Report")

    def refresh(self) -> None:
        doc = self.document
        if doc is None:
            self.header.set_title("")
            self.header.set_figures([])
            self.intro.setText("")
            self.top_themes.set_ranking([], "", "")
            self.action_model.set_actions([], {})
            self.programme_model.set_rows([])
            return
        meeting = doc.meeting()
        items = doc.all(AgendaItem)
        themes = doc.all(Theme)
        actions = doc.all(ActionItem)
        tallies = queries.vote_totals(doc)
        facts = [f for f in (long_date(meeting.date), meeting.venue, meeting.organiser) if f]
        self.header.set_title(meeting.title, " · ".join(facts))
        self.header.set_figures(self._figures(doc.counts(), queries.presence(doc), actions))
        self.intro.setText(self.tr(
            "This is what the Word report will hold. Participant names stay out of it: it shows counts only."))
        self._show_top_themes(doc, items, themes, tallies)
        theme_names = {t.id: t.name for t in themes}
        self.action_model.set_actions(actions, theme_names)
        fit_columns(self.action_table, stretch_last=False)
        wrap_rows(self.action_table, ACTION_TEXT)
        self.actions_caption.setText(self.tr("No action items or recommendations yet.") if not actions else "")
        self.actions_caption.setVisible(not actions)
        self.action_table.setVisible(bool(actions))
        self._show_programme(items, meeting)

    def _figures(self, counts: dict[str, int], presence, actions: list[ActionItem]) -> list[tuple[str, str, str]]:
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
            (number(counts["notes"]), self.tr("notes"), ""),
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
