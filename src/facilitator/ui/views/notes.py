"""The Notes screen: capture, cluster, vote and act on an agenda item's board; all notes of the day; actions.

Tabs: the board of the chosen agenda item (columns, ranking, and the capture
bar at the bottom), all notes of the day with a search, photos and the
actions overview. Every board edit goes through ``self.editor`` (one undo
stack, Ctrl+Z / Ctrl+Y here); after each write the screen updates only what
the edit touched: a typed note is inserted into its column and into the
all-notes list without re-reading anything; any other edit re-reads the
current item's board and marks the all-notes list for a re-read when shown.

Hooks for the board, vote and action parts: ``self.board``, ``self.editor``,
:meth:`current_item`, :meth:`board_records` (the current board as records,
kept in step with the edits) and :meth:`reload_board`.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import votes
from facilitator.core.board import BoardEdit
from facilitator.core.model import (
    ActionItem,
    AgendaItem,
    AgendaKind,
    DotVote,
    StickyNote,
    Table,
    TableRound,
    Theme,
    VoteTally,
    WorkForm,
)
from facilitator.store import board as board_store
from facilitator.ui import queries
from facilitator.ui.board_actions import BoardActions
from facilitator.ui.board_editor import BoardEditor
from facilitator.ui.document_editor import undo_actions
from facilitator.ui.labels import number
from facilitator.ui.models.board_model import board_categories
from facilitator.ui.models.note_list_model import TEXT, NoteListModel
from facilitator.ui.models.ranking_model import ranked_rows
from facilitator.ui.models.text_filter import RowFilter
from facilitator.ui.suggestions_dialog import SuggestGroups
from facilitator.ui.views.base import MainView
from facilitator.ui.vote_controls import VoteControls
from facilitator.ui.widgets.board import BoardWidget
from facilitator.ui.widgets.action_overview import ActionOverview
from facilitator.ui.widgets.chips import ChipRow
from facilitator.ui.widgets.note_capture import NoteCapture
from facilitator.ui.widgets.photo_panel import PhotosPanel
from facilitator.ui.widgets.ranking_panel import RankingPanel
from facilitator.ui.widgets.table_setup import configure, fit_columns, track_sort_column
from facilitator.ui.widgets.tones import muted

FIGURES_DELAY_MS = 300  # counts catch up this long after the last typed note


def note_row(note: StickyNote) -> queries.NoteRow:
    """A written note as the lists and boards show it."""
    return queries.NoteRow(note.id, note.text, note.agenda_item_id, note.category, note.table_id, note.round_id,
                           note.theme_id, note.is_quote, note.hidden)


class NotesView(MainView):
    key = "notes"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.editor = BoardEditor(self)
        self.item_box = QComboBox(self)
        self.item_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.item_box.setMinimumContentsLength(24)  # long agenda titles: the popup shows them whole
        self.item_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.item_figures = ChipRow(self)

        # -- tab "Board": columns and ranking, the capture bar under them
        self.board = BoardWidget(self)
        self.ranking = RankingPanel(self.tr("Dot-vote ranking"), self)
        self.capture = NoteCapture(self.editor, self)
        self.board_tab = QWidget(self)
        board_row = QHBoxLayout()
        board_row.addWidget(self.board, 3)
        board_row.addWidget(self.ranking, 1)
        board_layout = QVBoxLayout(self.board_tab)
        board_layout.addLayout(board_row, 1)
        board_layout.addWidget(self.capture)

        # -- tab "All notes": every note of the day, with a search
        self.list_model = NoteListModel(self)
        self.proxy = RowFilter(self)
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
        self.all_notes_tab = QWidget(self)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.shown_label)
        all_layout = QVBoxLayout(self.all_notes_tab)
        all_layout.addLayout(search_row)
        all_layout.addWidget(self.note_table, 1)

        # -- tab "Actions and recommendations" (the overview across the day: ui/widgets/action_overview.py)
        self.actions = ActionOverview(self.editor, self)
        self.actions.current_item = self.current_item
        self.action_model = self.actions.model
        self.action_table = self.actions.table
        self.actions_tab: QWidget = self.actions

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.board_tab, self.tr("Board"))
        self.tabs.addTab(self.all_notes_tab, self.tr("All notes"))
        # -- tab "Photos" of the current item (ui/widgets/photo_panel.py)
        self.photos = PhotosPanel(self.editor, self)
        self.photos_tab: QWidget = self.photos
        self.tabs.addTab(self.photos_tab, self.tr("Photos"))
        self.tabs.addTab(self.actions_tab, self.tr("Actions and recommendations"))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Agenda item:"), self))
        top.addWidget(self.item_box, 1)
        top.addWidget(self.item_figures, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self._figures_timer = QTimer(self)
        self._figures_timer.setSingleShot(True)
        self._figures_timer.setInterval(FIGURES_DELAY_MS)
        self._figures_timer.timeout.connect(self._update_figures)
        self._make_actions()
        self._clear_data()
        self.item_box.currentIndexChanged.connect(self._show_item)
        self.search.textChanged.connect(self._filter)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.editor.applied.connect(self._applied)
        self.editor.refused.connect(self._tell)
        # -- clustering on the board: drops, context menu, board keys
        self.board_actions = BoardActions(self.board, self.editor, self.current_item, self)
        self.board_actions.message.connect(self._tell)
        self.board_actions.action_requested.connect(self.actions.create_from)  # note/theme → action
        self.suggest = SuggestGroups(self.board, self.editor, self.current_item, self)  # "Suggest groups…"
        self.suggest.message.connect(self._tell)
        # -- dot voting and projecting: "Vote…" and "Project ▾" in the board's tool row
        self.voting = VoteControls(self)

    def title(self) -> str:
        return self.tr("Notes")

    def _make_actions(self) -> None:
        self.undo_action, self.redo_action = undo_actions(self.editor.stack, self)

    def shortcut_section(self) -> tuple[str, list[tuple[str, list[QKeySequence]]]]:
        """Capture keys, the board's keys (when the board lists them), undo and redo."""
        rows = list(self.capture.shortcut_rows())
        for part in (self.board, self.ranking):
            if hasattr(part, "shortcut_rows"):
                rows += part.shortcut_rows()
        rows += [(self.tr("Undo"), self.undo_action.shortcuts()), (self.tr("Redo"), self.redo_action.shortcuts())]
        return self.tr("Notes screen"), rows

    def _tell(self, message: str) -> None:
        window = self.window()
        if window is not self and hasattr(window, "statusBar"):
            window.statusBar().showMessage(message, 10000)

    # -- reading ------------------------------------------------------------------------------------------

    def _clear_data(self) -> None:
        self._items: dict[int, AgendaItem] = {}
        self._forms: dict[int, WorkForm] = {}
        self._themes: list[Theme] = []
        self._tables: dict[int, str] = {}
        self._table_records: list[Table] = []
        self._rounds: list[TableRound] = []
        self._notes_by_item: dict[int, list[queries.NoteRow]] = {}
        self._votes: list[DotVote] = []
        self._tallies: list[VoteTally] = []
        self._dots: dict[int, int] = {}
        self._actions: list[ActionItem] = []
        self._board: board_store.Board | None = None
        self._board_item: int | None = None
        self._board_end = 0  # the position one past the current board's last note
        self._list_stale = False

    def set_document(self, document) -> None:
        self.editor.set_document(document)
        super().set_document(document)

    def refresh(self) -> None:
        self._clear_data()
        self.actions.load(self.document)  # the actions overview re-reads itself after edits
        self._read_context()
        notes = queries.note_rows(self.document) if self.document is not None else []
        self._set_all_notes(notes)
        self._fill_item_box()

    def _read_context(self) -> None:
        """The small kinds: agenda items, forms, themes, tables, rounds, votes, actions."""
        doc = self.document
        if doc is None:
            return
        self._items = {i.id: i for i in doc.all(AgendaItem)}
        self._forms = {f.id: f for f in doc.all(WorkForm)}
        self._themes = doc.all(Theme)
        self._table_records = sorted(doc.all(Table), key=lambda t: (t.position, t.id))
        self._tables = {t.id: t.name for t in self._table_records}
        self._rounds = queries.rounds(doc)
        self._votes = doc.all(DotVote)
        self._tallies = queries.vote_totals(doc)
        self._actions = doc.all(ActionItem)
        self._dots = {target: dots for (kind, target), dots in votes.totals(self._tallies).items() if kind == "theme"}
        self.tabs.setTabText(self.tabs.indexOf(self.actions_tab), self.tr("Actions and recommendations ({count})")
                             .format(count=len(self._actions)))

    def _theme_names(self) -> dict[int, str]:
        return {t.id: t.name for t in self._themes}

    def _set_all_notes(self, notes: list[queries.NoteRow]) -> None:
        by_item = defaultdict(list)
        for note in notes:
            by_item[note.agenda_item_id].append(note)
        self._notes_by_item = dict(by_item)
        titles = {i: item.title for i, item in self._items.items()}
        self.list_model.set_notes(notes, self._theme_names(), self._tables, titles)
        self.note_table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # loaded in board order
        fit_columns(self.note_table, widths={TEXT: self.fontMetrics().averageCharWidth() * 60})
        self._list_stale = False
        self._count_all_notes()
        self._filter()

    def _count_all_notes(self) -> None:
        total = sum(len(rows) for rows in self._notes_by_item.values())
        self.tabs.setTabText(self.tabs.indexOf(self.all_notes_tab),
                             self.tr("All notes ({count})").format(count=number(total)))

    def _fill_item_box(self) -> None:
        previous = self.item_box.currentData()
        with_notes = [i for i in self._items.values() if self._notes_by_item.get(i.id)]
        voted_on = {v.agenda_item_id for v in self._votes}
        others = [i for i in self._items.values() if not self._notes_by_item.get(i.id)
                  and (i.kind != AgendaKind.BREAK or i.id in voted_on)]
        self.item_box.blockSignals(True)
        self.item_box.clear()
        for item in with_notes:
            self.item_box.addItem(self._item_text(item), item.id)
        if with_notes and others:
            self.item_box.insertSeparator(self.item_box.count())
        for item in others:
            self.item_box.addItem(self._item_text(item), item.id)
        found = self.item_box.findData(previous) if previous is not None else -1
        self.item_box.setCurrentIndex(found if found >= 0 else 0)
        self.item_box.blockSignals(False)
        widest = max((self.item_box.fontMetrics().horizontalAdvance(self.item_box.itemText(n))
                      for n in range(self.item_box.count())), default=0)
        self.item_box.setMaximumWidth(widest + self.fontMetrics().averageCharWidth() * 6)  # grows to its titles
        self._show_item()

    def _item_text(self, item: AgendaItem) -> str:
        count = len(self._notes_by_item.get(item.id, ()))
        if not count:
            return self.tr("{title} (no notes)").format(title=item.title)
        return self.tr("{title} ({notes})").format(title=item.title, notes=self.tr("%n notes", "", count))

    # -- the current item's board ----------------------------------------------------------------------

    def current_item(self) -> AgendaItem | None:
        return self._items.get(self.item_box.currentData())

    def current_notes(self) -> list[queries.NoteRow]:
        item = self.current_item()
        return self._notes_by_item.get(item.id, []) if item else []

    def board_records(self) -> board_store.Board | None:
        """The current item's board as records (notes and themes), read once and kept in step with the edits."""
        item = self.current_item()
        if item is None or self.document is None:
            return None
        if self._board is None or self._board_item != item.id:
            self._board = board_store.load_board(self.document, item.id)
            self._board_item = item.id
        return self._board

    def form_categories(self, item: AgendaItem | None = None) -> list[str]:
        """The categories the board always shows: the work form's, then those added on the board."""
        item = item or self.current_item()
        if item is None:
            return []
        form = self._forms.get(item.work_form_id)
        return list(dict.fromkeys([*(form.categories if form else []), *item.board_categories]))

    def categories(self, item: AgendaItem | None = None) -> list[str]:
        """The board's columns: the work form's categories, those added on the board, those the notes use."""
        item = item or self.current_item()
        return board_categories(self.form_categories(item), self._notes_by_item.get(item.id, [])) if item else []

    def _show_item(self, _index: int = -1) -> None:
        item = self.current_item()
        self.photos.show_item(self.document, item.id if item else None)
        notes = self.current_notes()
        themes = [t for t in self._themes if item and t.agenda_item_id == item.id]
        self._render_board(item, notes, themes)
        self._show_ranking(item, themes, notes)
        self.item_figures.set_chips(self._item_chips(notes, themes) if item else [])
        self._board_end = (board_store.next_position(self.document, StickyNote, item.id)
                           if item is not None and self.document is not None else 0)
        rounds = [r for r in self._rounds if item is not None and r.agenda_item_id == item.id]
        counts = Counter((n.table_id, n.round_id) for n in notes)
        capture_categories = self.categories(item)
        if item is not None and "" not in capture_categories:
            capture_categories.append("")  # a note may always go without a category
        self.capture.set_board(item, capture_categories, self._table_records, rounds, counts, self._board_end)

    def _render_board(self, item: AgendaItem | None, notes: list[queries.NoteRow], themes: list[Theme]) -> None:
        if item is None:
            empty = self.tr("No agenda items yet.")
        else:
            empty = self.tr("No notes on the board of “{title}” yet.").format(title=item.title)
        self.board.set_board(self.form_categories(item), notes, themes, self._dots, self._tables, empty)

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

    # -- after an edit ------------------------------------------------------------------------------------

    def _applied(self, edit: BoardEdit) -> None:
        """Update what ``edit`` touched: typed notes go in place; anything else re-reads the current board."""
        notes = [r for r in edit.added if isinstance(r, StickyNote)]
        item = self.current_item()
        if (edit and notes and len(notes) == len(edit.added) and not edit.removed and not edit.changes
                and item is not None and all(self._appends(n, item) for n in notes)):
            self._notes_added(notes, item)
        else:
            self.reload_board()

    def _appends(self, note: StickyNote, item: AgendaItem) -> bool:
        """Whether ``note`` goes at the end of the current board, outside any theme (a typed note, a redo)."""
        return note.agenda_item_id == item.id and note.theme_id is None and note.position >= self._board_end

    def _notes_added(self, notes: list[StickyNote], item: AgendaItem) -> None:
        rows = [note_row(n) for n in notes]
        fresh_category = any(r.category not in self.categories(item) for r in rows)
        current = self._notes_by_item.setdefault(item.id, [])
        current.extend(rows)
        self._board_end = max(self._board_end, *(n.position + 1 for n in notes))
        if self._board is not None and self._board_item == item.id:
            self._board.notes.extend(notes)
        if fresh_category or not self.board.insert_notes(rows, self._tables):
            self._render_board(item, current, [t for t in self._themes if t.agenda_item_id == item.id])
        if not self._list_stale:
            self.list_model.add_notes(rows, self._theme_names(), self._tables, {item.id: item.title})
        self._figures_timer.start()  # counts and chips follow when typing pauses, so typing never waits

    def flush_figures(self) -> None:
        """Bring the counts up to date now if typed notes are waiting for them (tests; leaving the screen)."""
        if self._figures_timer.isActive():
            self._figures_timer.stop()
            self._update_figures()

    def _update_figures(self) -> None:
        """The counts that follow typed notes: chips, the item's entry in the chooser, tab and search counts."""
        item = self.current_item()
        if item is None:
            return
        current = self.current_notes()
        self._count_all_notes()
        self._show_count()
        self.item_box.setItemText(self.item_box.currentIndex(), self._item_text(item))
        themes = [t for t in self._themes if t.agenda_item_id == item.id]
        self.item_figures.set_chips(self._item_chips(current, themes))

    def reload_board(self) -> None:
        """Re-read the current item's board and the small kinds; the all-notes list re-reads when shown."""
        if self.document is None:
            return
        self._figures_timer.stop()
        self._read_context()
        item = self.current_item()
        if item is not None:
            self._notes_by_item[item.id] = queries.note_rows(self.document, item.id)
        self._board = None
        self._list_stale = True
        if self.tabs.currentWidget() is self.all_notes_tab:
            self._tab_shown()
        self.item_box.setItemText(self.item_box.currentIndex(), self._item_text(item) if item else "")
        self._count_all_notes()
        self._show_item()

    def _tab_shown(self, _index: int = -1) -> None:
        if self._list_stale and self.document is not None and self.tabs.currentWidget() is self.all_notes_tab:
            self._set_all_notes(queries.note_rows(self.document))

    # -- all notes ----------------------------------------------------------------------------------------

    def _filter(self) -> None:
        self.proxy.set_text(self.search.text())
        self._show_count()

    def _show_count(self) -> None:
        self.shown_label.setText(self.tr("Showing {shown} of {total}").format(
            shown=number(self.proxy.rowCount()), total=number(self.list_model.rowCount())))
