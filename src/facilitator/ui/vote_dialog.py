"""Dot voting on an agenda item ("Stemmen…"): set up a vote, enter the paper dots per table, watch the ranking.

The dialog stays open beside the board (not modal). Its grid has a row per
theme (or note) and a column per table plus one for a single total; every
number typed is written at once through the Notes screen's
:class:`~facilitator.ui.board_editor.BoardEditor` (so Ctrl+Z undoes it, here
and on the board) and the ranking and the checks below follow at once: dots
cast against voters × dots per person, and which tables entered nothing yet.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from facilitator.core import votes
from facilitator.core.board import BoardEdit, edit_record
from facilitator.core.model import AgendaItem, DotVote, StickyNote, Table, Theme, VoteTally
from facilitator.core.projection_frame import ProjectorMode
from facilitator.store.schema import MAPPED
from facilitator.ui.board_editor import BoardEditor
from facilitator.ui.document_editor import undo_actions
from facilitator.ui.labels import number
from facilitator.ui.models.ranking_model import ranked_rows
from facilitator.ui.vote_form import VoteFormDialog
from facilitator.ui.widgets.ranking_panel import RankingPanel
from facilitator.ui.widgets.tones import ink, muted
from facilitator.ui.widgets.vote_tally_grid import VoteTallyGrid
from facilitator.ui.models.vote_tally_model import VoteTallyModel

#: Tables named in the "nothing entered yet" line before it says "and N more".
NAMED_WAITING = 8


class VoteDialog(QDialog):
    """The votes of one agenda item; ``editor`` writes every change (shared with the Notes screen)."""

    def __init__(self, editor: BoardEditor, item_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.item_id = item_id
        self.setWindowTitle(self.tr("Dot voting"))
        self.setModal(False)
        self._votes: list[DotVote] = []
        self._tallies: list[VoteTally] = []
        self._theme_names: dict[int, tuple[str, int]] = {}
        self._note_texts: dict[int, str] = {}

        self.vote_box = QComboBox(self)
        self.vote_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.new_button = QPushButton(self.tr("New vote…"), self)
        self.change_button = QPushButton(self.tr("Change…"), self)
        self.delete_button = QPushButton(self.tr("Delete vote"), self)
        self.project_button = QToolButton(self)
        self.project_button.setText(self.tr("Project the result"))
        self.project_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        project_menu = QMenu(self.project_button)
        project_menu.addAction(self.tr("Project the themes"), lambda: self.project(ProjectorMode.THEMES))
        self.project_button.setMenu(project_menu)
        self.project_button.clicked.connect(lambda: self.project(ProjectorMode.VOTES))

        self.model = VoteTallyModel(self)
        self.grid = VoteTallyGrid(self)
        self.grid.setModel(self.model)
        self.hint = muted(self.tr("Type the dots counted on each table's sheet: Enter goes down, Tab goes to the "
                                  "next table, Delete clears a cell, Ctrl+Z undoes."), self)
        self.empty = muted("", self)
        self.check = QLabel(self)
        self.check.setWordWrap(True)
        self.waiting = muted("", self)
        self.ranking = RankingPanel(self.tr("Ranking"), self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Vote:"), self))
        top.addWidget(self.vote_box, 1)
        for button in (self.new_button, self.change_button, self.delete_button, self.project_button):
            top.addWidget(button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.hint)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(self.grid, 1)
        left_layout.addWidget(self.check)
        left_layout.addWidget(self.waiting)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(self.ranking)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([3000, 1000])  # the grid first: a column per table; the ranking takes a quarter
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

        self.undo_action, self.redo_action = undo_actions(editor.stack, self)

        self.vote_box.currentIndexChanged.connect(lambda _i: self._show_vote())
        self.new_button.clicked.connect(self.ask_new_vote)
        self.change_button.clicked.connect(self.ask_change_vote)
        self.delete_button.clicked.connect(self.delete_vote)
        self.model.dots_entered.connect(self.enter_dots)
        editor.applied.connect(self._applied)
        self.resize(1100, 640)
        self.reload()

    # -- reading -------------------------------------------------------------------------------

    @property
    def document(self):
        return self.editor.document

    def current_vote(self) -> DotVote | None:
        vote_id = self.vote_box.currentData()
        return next((v for v in self._votes if v.id == vote_id), None)

    def kind(self, vote: DotVote | None) -> str:
        return votes.NOTE if vote is not None and vote.on_notes else votes.THEME

    def _read_tallies(self, vote: DotVote | None) -> list[VoteTally]:
        if vote is None or self.document is None:
            return []
        with self.document.reader() as session:
            return list(session.scalars(select(VoteTally).where(MAPPED[VoteTally].c.vote_id == vote.id)
                                        .order_by(MAPPED[VoteTally].c.id)))

    def reload(self, keep: int | None = None) -> None:
        """Read the item's votes again; show ``keep`` (a vote id), else the one shown, else the latest."""
        doc = self.document
        previous = keep if keep is not None else self.vote_box.currentData()
        self._votes = [v for v in doc.all(DotVote) if v.agenda_item_id == self.item_id] if doc else []
        self.vote_box.blockSignals(True)
        self.vote_box.clear()
        for vote in self._votes:
            self.vote_box.addItem(self.tr("{title} (%n dots per person)", "", vote.dots_per_person)
                                  .format(title=vote.title), vote.id)
        found = self.vote_box.findData(previous) if previous is not None else -1
        self.vote_box.setCurrentIndex(found if found >= 0 else self.vote_box.count() - 1)
        self.vote_box.blockSignals(False)
        self._show_vote()

    def _rows(self, vote: DotVote | None) -> list[tuple[votes.Target, str]]:
        """The grid's rows: the item's themes (or visible notes), and anything else the vote's dots name."""
        doc = self.document
        if vote is None or doc is None:
            return []
        kind = self.kind(vote)
        t, n = MAPPED[Theme].c, MAPPED[StickyNote].c
        named = {tally.theme_id if kind == votes.THEME else tally.note_id for tally in self._tallies} - {None}
        with doc.reader() as session:
            if kind == votes.THEME:
                rows = session.execute(select(t.id, t.name, t.agenda_item_id).where(
                    (t.agenda_item_id == self.item_id) | t.id.in_(named)).order_by(
                    t.agenda_item_id != self.item_id, t.position, t.id)).all()
                self._theme_names = {i: (name, item) for i, name, item in rows}
                return [((votes.THEME, i), name) for i, name, _item in rows]
            rows = session.execute(select(n.id, n.text, n.hidden).where(
                ((n.agenda_item_id == self.item_id) & n.hidden.is_(False)) | n.id.in_(named)).order_by(
                n.agenda_item_id != self.item_id, n.position, n.id)).all()
        self._note_texts = {i: text for i, text, _hidden in rows}
        return [((votes.NOTE, i), f"“{' '.join(text.split())}”") for i, text, _hidden in rows]

    def _columns(self) -> list[tuple[int | None, str]]:
        tables = sorted(self.document.all(Table), key=lambda t: (t.position, t.id)) if self.document else []
        return [(t.id, t.name) for t in tables] + [(None, self.tr("Total"))]

    # -- showing -------------------------------------------------------------------------------

    def _show_vote(self) -> None:
        vote = self.current_vote()
        self._tallies = self._read_tallies(vote)
        rows = self._rows(vote)
        self.model.set_grid(rows, self._columns() if vote else [], self._tallies)
        self.grid.fit_columns()
        for widget in (self.change_button, self.delete_button, self.project_button):
            widget.setEnabled(vote is not None and self.editor.can_edit or widget is self.project_button)
        self.new_button.setEnabled(self.editor.can_edit)
        if vote is None:
            self.empty.setText(self.tr("No vote on this agenda item yet: “New vote…” sets one up."))
        elif not rows:
            self.empty.setText(self.tr("Nothing to vote on yet: group the notes into themes first, or set the "
                                       "vote up on notes.") if self.kind(vote) == votes.THEME else
                               self.tr("This board has no notes to vote on yet."))
        self.empty.setVisible(vote is None or not rows)
        self.grid.setVisible(bool(rows))
        if rows and not self.grid.currentIndex().isValid():
            self.grid.setCurrentIndex(self.model.index(0, 0))
        self._show_figures()

    def _show_figures(self) -> None:
        """The ranking and the checks, from the tallies as written."""
        vote = self.current_vote()
        if vote is None:
            self.ranking.set_ranking([], "", self.tr("No dots counted yet."))
            self.check.setText("")
            self.waiting.setText("")
            return
        targets = [self.model.target(row) for row in range(self.model.rowCount())]
        ranked = votes.ranking(self._tallies, targets)
        check = votes.budget(vote, self._tallies)
        rows = ranked_rows(ranked, self._theme_names, self._note_texts, {}) if check.cast else []
        self.ranking.set_ranking(rows, self.tr("%n dots per person", "", vote.dots_per_person),
                                 self.tr("No dots counted yet."))
        if check.possible is None:
            text = self.tr("{cast} dots counted (the number of voters is not known)").format(cast=number(check.cast))
        elif check.over:
            text = self.tr("{cast} of {possible} dots: more dots than possible ({voters} voters × {dots} dots) — "
                           "check the counts").format(cast=number(check.cast), possible=number(check.possible),
                                                      voters=vote.voters, dots=vote.dots_per_person)
        else:
            text = self.tr("{cast} of {possible} dots").format(cast=number(check.cast), possible=number(check.possible))
        self.check.setText(text)
        palette = self.check.palette()
        palette.setColor(self.check.foregroundRole(), ink("bad") if check.over else self.palette().windowText().color())
        self.check.setPalette(palette)
        self.check.setProperty("over", check.over)
        waiting = [self.model.column_name(c) for c in range(self.model.columnCount()) if self.model.waiting(c)]
        if not waiting or not self.model.rowCount():
            self.waiting.setText("")
        else:
            named = ", ".join(waiting[:NAMED_WAITING])
            more = len(waiting) - NAMED_WAITING
            if more > 0:
                named += " " + self.tr("and %n more tables", "", more)
            self.waiting.setText(self.tr("Nothing entered yet (○): {tables}").format(tables=named))

    def _applied(self, edit: BoardEdit) -> None:
        """After every board write (here, on the board, or an undo): follow what it touched."""
        if self.document is None:
            return
        if not edit or edit.touched(DotVote) or edit.touched(Theme) or edit.touched(StickyNote):
            self.reload()
        elif edit.touched(VoteTally):
            if not self._follow(edit):
                self._tallies = self._read_tallies(self.current_vote())
            self.model.set_tallies(self._tallies)
            self._show_figures()

    def _follow(self, edit: BoardEdit) -> bool:
        """Take an edit of this vote's own tallies (typed here, or its undo) without reading the file again:
        the store set the changed fields on these very records. False when it names tallies not held here."""
        held = {id(t) for t in self._tallies}
        if any(id(r) not in held for r in (*edit.removed, *(c.record for c in edit.changes))
               if isinstance(r, VoteTally)):
            return False
        vote = self.current_vote()
        gone = {id(r) for r in edit.removed if isinstance(r, VoteTally)}
        self._tallies = [t for t in self._tallies if id(t) not in gone] + [
            r for r in edit.added if isinstance(r, VoteTally) and vote is not None and r.vote_id == vote.id
            and id(r) not in held]
        return True

    # -- what the facilitator does ----------------------------------------------------------------

    def enter_dots(self, target: votes.Target, table_id: int | None, dots: int) -> bool:
        """One cell typed: write it at once (undoable)."""
        vote = self.current_vote()
        if vote is None:
            return False
        cells = votes.cell_tallies(self._tallies)
        edit = votes.set_dots(vote, target, table_id, dots, cells.get((target, table_id), []))
        return self.editor.push(edit, self.tr("Enter dots"))

    def new_vote(self, title: str, dots_per_person: int, voters: int | None, kind: str = votes.THEME) -> bool:
        vote = DotVote(title=title, agenda_item_id=self.item_id, dots_per_person=dots_per_person, voters=voters,
                       on_notes=kind == votes.NOTE)
        if not self.editor.push(BoardEdit(added=(vote,)), self.tr("New vote")):
            return False
        self.reload(keep=vote.id)
        self.grid.setFocus()
        return True

    def change_vote(self, title: str, dots_per_person: int, voters: int | None, kind: str | None = None) -> bool:
        vote = self.current_vote()
        if vote is None:
            return False
        changes = dict(title=title, dots_per_person=dots_per_person, voters=voters)
        if kind is not None and not any(t.vote_id == vote.id for t in self._tallies):
            changes["on_notes"] = kind == votes.NOTE  # what it is on can change until dots are in
        edit = edit_record(vote, **changes)
        if edit:
            return self.editor.push(edit, self.tr("Change the vote"))
        self._show_vote()
        return True

    def delete_vote(self) -> bool:
        vote = self.current_vote()
        if vote is None:
            return False
        return self.editor.push(BoardEdit(removed=(*self._tallies, vote)), self.tr("Delete the vote"))

    def ask_new_vote(self) -> VoteFormDialog:
        item = self.document.get(AgendaItem, self.item_id) if self.document else None
        form = VoteFormDialog(self, default_title=self.tr("Dot vote: {title}").format(title=item.title)
                              if item else "")
        form.accepted.connect(lambda: self.new_vote(*form.values()))
        form.open()
        return form

    def ask_change_vote(self) -> VoteFormDialog | None:
        vote = self.current_vote()
        if vote is None:
            return None
        form = VoteFormDialog(self, vote=vote, kind=self.kind(vote),
                              kind_fixed=any(t.vote_id == vote.id for t in self._tallies))
        form.accepted.connect(lambda: self.change_vote(*form.values()))
        form.open()
        return form

    def project(self, mode: str) -> bool:
        """Show the result (or the themes) of this item on the projector, opening it if needed."""
        window = self.parent().window() if self.parent() is not None else None
        live = getattr(window, "live", None)
        if live is None or not hasattr(live, "project_notes"):
            return False
        vote = self.current_vote()
        live.project_notes(mode, self.item_id, vote.id if vote else None)
        return True

    def set_item(self, item_id: int) -> None:
        """Show another agenda item's votes (the Notes screen switched items)."""
        if item_id != self.item_id:
            self.item_id = item_id
            self.grid.setCurrentIndex(self.model.index(-1, -1))
            self.reload()
