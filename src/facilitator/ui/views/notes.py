"""The Notes screen: an agenda item's board (categories, themes, notes), its dot-vote ranking, all notes, actions."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import votes
from facilitator.core.model import ActionItem, AgendaItem, AgendaKind, DotVote, Table, Theme, VoteTally, WorkForm
from facilitator.ui import queries
from facilitator.ui.labels import number
from facilitator.ui.models.action_model import TEXT as ACTION_TEXT
from facilitator.ui.models.action_model import ActionModel
from facilitator.ui.models.board_model import build_board
from facilitator.ui.models.note_list_model import TEXT, NoteListModel
from facilitator.ui.models.ranking_model import ranked_rows
from facilitator.ui.models.text_filter import TextFilterProxy
from facilitator.ui.views.base import MainView
from facilitator.ui.widgets.board import BoardWidget
from facilitator.ui.widgets.chips import ChipRow
from facilitator.ui.widgets.ranking_panel import RankingPanel
from facilitator.ui.widgets.table_setup import configure, fit_columns, track_sort_column, wrap_rows
from facilitator.ui.widgets.tones import muted


class NotesView(MainView):
    key = "notes"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.item_box = QComboBox(self)
        self.item_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.item_figures = ChipRow(self)
        self.board = BoardWidget(self)
        self.ranking = RankingPanel(self.tr("Dot-vote ranking"), self)
        board_tab = QWidget(self)
        board_row = QHBoxLayout(board_tab)
        board_row.addWidget(self.board, 3)
        board_row.addWidget(self.ranking, 1)

        self.list_model = NoteListModel(self)
        self.proxy = TextFilterProxy(self)
        self.proxy.setSourceModel(self.list_model)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search all notes: text, category, theme, table, agenda item…"))
        self.shown_label = muted("", self)
        self.shown_label.setWordWrap(False)
        self.note_table = QTableView(self)
        self.note_table.setModel(self.proxy)
        configure(self.note_table)
        self.note_table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # board order
        self.note_table.setSortingEnabled(True)
        track_sort_column(self.note_table)
        all_notes = QWidget(self)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.shown_label)
        all_layout = QVBoxLayout(all_notes)
        all_layout.addLayout(search_row)
        all_layout.addWidget(self.note_table, 1)

        self.action_model = ActionModel(self)
        self.action_table = QTableView(self)
        self.action_table.setModel(self.action_model)
        configure(self.action_table)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(board_tab, self.tr("Board"))
        self.tabs.addTab(all_notes, self.tr("All notes"))
        self.tabs.addTab(self.action_table, self.tr("Actions and recommendations"))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Agenda item:"), self))
        top.addWidget(self.item_box)
        top.addWidget(self.item_figures, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self._clear_data()
        self.item_box.currentIndexChanged.connect(self._show_item)
        self.search.textChanged.connect(self._filter)

    def title(self) -> str:
        return self.tr("Notes")

    def _clear_data(self) -> None:
        self._items: dict[int, AgendaItem] = {}
        self._forms: dict[int, WorkForm] = {}
        self._themes: list[Theme] = []
        self._tables: dict[int, str] = {}
        self._notes_by_item: dict[int, list[queries.NoteRow]] = {}
        self._votes: list[DotVote] = []
        self._tallies: list[VoteTally] = []
        self._dots: dict[int, int] = {}

    def refresh(self) -> None:
        doc = self.document
        self._clear_data()
        notes, actions = [], []
        if doc is not None:
            self._items = {i.id: i for i in doc.all(AgendaItem)}
            self._forms = {f.id: f for f in doc.all(WorkForm)}
            self._themes = doc.all(Theme)
            self._tables = {t.id: t.name for t in doc.all(Table)}
            self._votes = doc.all(DotVote)
            self._tallies = queries.vote_totals(doc)
            notes = queries.note_rows(doc)
            actions = doc.all(ActionItem)
        by_item = defaultdict(list)
        for note in notes:
            by_item[note.agenda_item_id].append(note)
        self._notes_by_item = dict(by_item)
        self._dots = {target: dots for (kind, target), dots in votes.totals(self._tallies).items() if kind == "theme"}
        theme_names = {t.id: t.name for t in self._themes}
        titles = {i: item.title for i, item in self._items.items()}
        self.list_model.set_notes(notes, theme_names, self._tables, titles)
        self.note_table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # loaded in board order
        fit_columns(self.note_table, widths={TEXT: self.fontMetrics().averageCharWidth() * 60})
        self.action_model.set_actions(actions, theme_names)
        fit_columns(self.action_table, stretch_last=False)
        wrap_rows(self.action_table, ACTION_TEXT)
        self.tabs.setTabText(1, self.tr("All notes ({count})").format(count=number(len(notes))))
        self.tabs.setTabText(2, self.tr("Actions and recommendations ({count})").format(count=len(actions)))
        self._fill_item_box()
        self._filter()

    def _fill_item_box(self) -> None:
        previous = self.item_box.currentData()
        with_notes = [i for i in self._items.values() if self._notes_by_item.get(i.id)]
        voted_on = {v.agenda_item_id for v in self._votes}
        others = [i for i in self._items.values() if not self._notes_by_item.get(i.id)
                  and (i.kind != AgendaKind.BREAK or i.id in voted_on)]
        self.item_box.blockSignals(True)
        self.item_box.clear()
        for item in with_notes:
            count = len(self._notes_by_item[item.id])
            self.item_box.addItem(self.tr("{title} ({notes})").format(
                title=item.title, notes=self.tr("%n notes", "", count)), item.id)
        if with_notes and others:
            self.item_box.insertSeparator(self.item_box.count())
        for item in others:
            self.item_box.addItem(self.tr("{title} (no notes)").format(title=item.title), item.id)
        found = self.item_box.findData(previous) if previous is not None else -1
        self.item_box.setCurrentIndex(found if found >= 0 else 0)
        self.item_box.blockSignals(False)
        self._show_item()

    def current_item(self) -> AgendaItem | None:
        return self._items.get(self.item_box.currentData())

    def _show_item(self, _index: int = -1) -> None:
        item = self.current_item()
        notes = self._notes_by_item.get(item.id, []) if item else []
        themes = [t for t in self._themes if item and t.agenda_item_id == item.id]
        form = self._forms.get(item.work_form_id) if item else None
        columns = build_board(form.categories if form else [], notes, themes, self._dots, self._tables,
                              self.tr("Not clustered"))
        titles = [c.category or self.tr("(no category)") for c in columns]
        if item is None:
            empty = self.tr("No agenda items yet.")
        else:
            empty = self.tr("No notes on the board of “{title}” yet.").format(title=item.title)
        self.board.set_columns(columns, titles, empty)
        self._show_ranking(item, themes, notes)
        self.item_figures.set_chips(self._item_chips(notes, themes) if item else [])

    def _item_chips(self, notes, themes) -> list[tuple[str, str]]:
        quotes = sum(1 for n in notes if n.is_quote)
        hidden = sum(1 for n in notes if n.hidden)
        clustered = sum(1 for n in notes if n.theme_id is not None)
        chips = [(self.tr("Notes: {count}").format(count=number(len(notes))), "note"),
                 (self.tr("Themes: {count}").format(count=len(themes)), "plain"),
                 (self.tr("Clustered: {count}").format(count=number(clustered)), "plain")]
        if quotes:
            chips.append((self.tr("Quotes: {count}").format(count=quotes), "plain"))
        if hidden:
            chips.append((self.tr("Hidden: {count}").format(count=hidden), "muted"))
        return chips

    def _show_ranking(self, item: AgendaItem | None, themes: list[Theme], notes) -> None:
        """The item's themes as voted on (in any vote), or the votes held during this item."""
        theme_ids = {t.id for t in themes}
        note_ids = {n.id for n in notes}
        held_here = {v.id for v in self._votes if item and v.agenda_item_id == item.id}
        relevant = [t for t in self._tallies if t.vote_id in held_here or t.theme_id in theme_ids
                    or t.note_id in note_ids]
        all_themes = {t.id: (t.name, t.agenda_item_id) for t in self._themes}
        texts = {n.id: n.text for n in notes}
        voted_notes = {t.note_id for t in relevant if t.note_id is not None} - set(texts)
        if voted_notes and self.document is not None:
            texts.update(queries.note_texts(self.document, voted_notes))
        rows = ranked_rows(votes.ranking(relevant), all_themes, texts, {})
        used_votes = [v for v in self._votes if v.id in {t.vote_id for t in relevant}]
        caption = "; ".join(self.tr("{title}: %n dots per person", "", v.dots_per_person).format(title=v.title)
                            for v in used_votes)
        total = sum(t.dots for t in relevant)
        if total:
            caption += " · " + self.tr("dots in total: {count}").format(count=number(total))
        self.ranking.set_ranking(rows, caption, self.tr("No dot votes on this item’s themes yet."))

    def _filter(self) -> None:
        self.proxy.set_text(self.search.text())
        self.shown_label.setText(self.tr("Showing {shown} of {total}").format(
            shown=number(self.proxy.rowCount()), total=number(self.list_model.rowCount())))
