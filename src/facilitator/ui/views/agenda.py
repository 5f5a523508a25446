"""The Agenda screen: the meeting, its programme on the clock (pins, gaps, overlaps) and each item's details."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QTableView, QVBoxLayout

from facilitator.core.model import AgendaItem, AgendaKind, WorkForm
from facilitator.core.schedule import ScheduledItem, format_minutes, plan
from facilitator.ui.labels import clock, long_date
from facilitator.ui.models.agenda_model import TITLE, AgendaModel
from facilitator.ui.views.base import MainView
from facilitator.ui.widgets.agenda_item_panel import AgendaItemPanel
from facilitator.ui.widgets.header_card import HeaderCard
from facilitator.ui.widgets.tones import muted


def delay_minutes(entries: list[ScheduledItem]) -> tuple[int, ScheduledItem] | None:
    """How far the last item that started began after its planned start (minutes, negative = early)."""
    started = [e for e in entries if e.item.actual_start is not None]
    if not started:
        return None
    last = started[-1]
    planned = datetime.combine(last.item.actual_start.date(), last.start.time())
    return round((last.item.actual_start - planned).total_seconds() / 60), last


class AgendaView(MainView):
    key = "agenda"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.header = HeaderCard(self)
        self.empty_label = muted("", self)
        self.model = AgendaModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.panel = AgendaItemPanel(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.empty_label)
        layout.addWidget(splitter, 1)
        self._forms: dict[int, WorkForm] = {}
        self.table.selectionModel().currentRowChanged.connect(self._show_current)

    def title(self) -> str:
        return self.tr("Agenda")

    def refresh(self) -> None:
        if self.document is None:
            self.header.set_title("")
            self.header.set_figures([])
            self.header.set_warnings([])
            self.model.set_rows([], {})
            self.panel.show_item(None, None)
            return
        meeting = self.document.meeting()
        items = self.document.all(AgendaItem)
        self._forms = {f.id: f for f in self.document.all(WorkForm)}
        entries = plan(items, meeting.day_start, meeting.date)
        facts = [f for f in (long_date(meeting.date), meeting.venue, meeting.organiser) if f]
        self.header.set_title(meeting.title, " · ".join(facts))
        self.header.set_figures(self._figures(meeting.day_start, entries))
        self.header.set_warnings(self._warnings(entries))
        self.model.set_rows(entries, {i: f.name for i, f in self._forms.items()})
        self.empty_label.setText(self.tr("The programme is empty: no agenda items yet."))
        self.empty_label.setVisible(not entries)
        self._select_current(entries)

    def _figures(self, day_start, entries: list[ScheduledItem]) -> list[tuple[str, ...]]:
        end = entries[-1].end if entries else None
        breaks = sum(e.item.planned_minutes for e in entries if e.item.kind == AgendaKind.BREAK)
        figures = [
            (clock(day_start), self.tr("day starts")),
            (clock(end) if end else clock(day_start), self.tr("planned end")),
            (str(len(entries)), self.tr("agenda items")),
            (format_minutes(breaks), self.tr("of breaks")),
        ]
        found = delay_minutes(entries)
        if found is not None:
            minutes, entry = found
            tip = self.tr("“{title}” started at {actual}, planned {planned}.").format(
                title=entry.item.title, actual=clock(entry.item.actual_start), planned=clock(entry.start))
            if minutes > 0:
                figures.append((f"+{format_minutes(minutes)}", self.tr("min behind plan"), tip))
            elif minutes < 0:
                figures.append((format_minutes(-minutes), self.tr("min ahead of plan"), tip))
            else:
                figures.append(("0", self.tr("on time"), tip))
        return figures

    def _warnings(self, entries: list[ScheduledItem]) -> list[str]:
        warnings = []
        for entry in entries:
            if entry.gap_before:
                warnings.append(self.tr("“{title}” is pinned at {time}: {minutes} min unplanned before it.").format(
                    title=entry.item.title, time=clock(entry.start),
                    minutes=format_minutes(entry.gap_before.total_seconds() / 60)))
            if entry.overlap_before:
                warnings.append(self.tr(
                    "“{title}” is pinned at {time}, but the items before run {minutes} min into it.").format(
                    title=entry.item.title, time=clock(entry.start),
                    minutes=format_minutes(entry.overlap_before.total_seconds() / 60)))
        return warnings

    def _select_current(self, entries: list[ScheduledItem]) -> None:
        """Select the running item (started, not ended), else the first one."""
        if not entries:
            self.panel.show_item(None, None)
            return
        running = [n for n, e in enumerate(entries) if e.item.actual_start and not e.item.actual_end]
        row = running[-1] if running else 0
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._show_current(self.table.currentIndex())  # also when the row did not change

    def _show_current(self, current, _previous=None) -> None:
        if not current.isValid():
            self.panel.show_item(None, None)
            return
        entry = self.model.entry(current.row())
        self.panel.show_item(entry, self._forms.get(entry.item.work_form_id))
