"""The main screens, in navigation order. The main window builds one of each."""

from facilitator.ui.views.agenda import AgendaView
from facilitator.ui.views.base import MainView
from facilitator.ui.views.live import LiveView
from facilitator.ui.views.notes import NotesView
from facilitator.ui.views.participants import ParticipantsView
from facilitator.ui.views.report import ReportView
from facilitator.ui.views.subsessions import SubSessionsView
from facilitator.ui.views.tables import TablesView

MAIN_VIEWS: list[type[MainView]] = [
    AgendaView, LiveView, ParticipantsView, TablesView, SubSessionsView, NotesView, ReportView,
]

__all__ = [
    "MAIN_VIEWS", "MainView", "AgendaView", "LiveView", "ParticipantsView", "TablesView", "SubSessionsView",
    "NotesView", "ReportView",
]
