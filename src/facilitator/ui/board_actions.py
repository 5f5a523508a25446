"""The board's controller: turns drops, menu actions and keys on the board into clustering edits, and pushes them.

Every edit is built by the rules in :mod:`facilitator.core.board` from the
board as the file holds it now (``store.board.load_board`` and
``dependents``) and goes through :meth:`BoardEditor.push`, so Ctrl+Z undoes
it; what cannot be done is refused with a sentence on :attr:`message`.

Drops: notes onto a note make a new theme of them (or join the note's theme),
onto a theme's header or column join it, onto "Not clustered" leave their
theme; a theme onto another theme merges into it (the target keeps its name);
in the category layout a note dropped on a column's empty area moves to that category.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from facilitator.core import board as rules
from facilitator.core.board import BoardEdit
from facilitator.core.model import AgendaItem, StickyNote, Theme
from facilitator.store import board as board_store
from facilitator.ui.board_editor import BoardEditor
from facilitator.ui.models.board_model import BY_CATEGORY, BoardEntry, DragPayload
from facilitator.ui.widgets.board import BoardWidget
from facilitator.ui.widgets.board_list import BoardListView, DropTarget


class BoardActions(QObject):
    """Menu actions, keys and drops of one :class:`BoardWidget`, written through one :class:`BoardEditor`."""

    #: "Make action/recommendation…" on a note or theme: the StickyNote or Theme record.
    action_requested = Signal(object)
    #: A sentence for the status bar: what was done (merges), or why something cannot be done.
    message = Signal(str)

    def __init__(self, board: BoardWidget, editor: BoardEditor, current_item: Callable[[], AgendaItem | int | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent or board)
        self.board = board
        self.editor = editor
        self._current_item = current_item

        def action(text: str, slot, keys=(), checkable: bool = False) -> QAction:
            act = QAction(text, board)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the list has focus, not an open editor
            act.setCheckable(checkable)
            act.triggered.connect(lambda _checked=False: slot())
            return act

        self.edit_action = action(self.tr("Edit"), self.edit_selected, ["F2"])
        self.delete_action = action(self.tr("Delete"), self.delete_selected, [QKeySequence.StandardKey.Delete])
        self.group_action = action(self.tr("New theme from selection"), self.group_selected, ["Ctrl+G"])
        self.take_out_action = action(self.tr("Take out of theme"), self.take_out_selected)
        self.quote_action = action(self.tr("Quote"), self.toggle_quote, ["Q"], checkable=True)
        self.hide_action = action(self.tr("Hide from projector"), self.toggle_hidden, ["H"], checkable=True)
        self.ungroup_action = action(self.tr("Ungroup"), self.ungroup_selected, ["Ctrl+Shift+G"])
        self.make_action_action = action(self.tr("Make action or recommendation…"), self.request_action)
        self.new_theme_action = action(self.tr("New theme"), self.new_theme)
        self.key_actions = [self.edit_action, self.delete_action, self.group_action, self.quote_action,
                            self.hide_action, self.ungroup_action]
        board.add_key_actions(self.key_actions, [
            self.tr("Edit the note or rename the theme"), self.tr("Delete the selected notes"),
            self.tr("New theme from the selected notes"), self.tr("Mark or unmark as quote"),
            self.tr("Hide from or show on the projector"), self.tr("Ungroup the theme")])
        board.dropped.connect(self.drop)
        board.menu_requested.connect(self.show_menu)
        board.text_edited.connect(self.commit_text)
        board.new_theme_requested.connect(self.new_theme)
        board.selection_changed.connect(self.update_actions)
        board.drag_finished.connect(self._drag_finished)
        board.shown.connect(self._board_shown)
        self._name_after_drag: int | None = None
        self.update_actions()

    # -- reading the board ------------------------------------------------------------------------------

    def item_id(self) -> int | None:
        item = self._current_item()
        return item.id if isinstance(item, AgendaItem) else item

    def _load(self) -> board_store.Board | None:
        item_id = self.item_id()
        if item_id is None or not self.editor.allowed():
            return None
        return board_store.load_board(self.editor.document, item_id)

    def _deps(self, *, note_ids=(), theme_ids=()) -> rules.Dependents:
        return board_store.dependents(self.editor.document, note_ids=set(note_ids),
                                      theme_ids={t for t in theme_ids if t is not None})

    def _selected(self) -> tuple[board_store.Board | None, list[StickyNote], list[Theme]]:
        """The board as stored, with the notes and themes selected on it; (None, [], []) when none is to edit."""
        board = self._load()
        if board is None:
            return None, [], []
        note_ids, theme_ids = self.board.selected_ids()
        wanted = set(note_ids)
        return board, [n for n in board.notes if n.id in wanted], [t for t in board.themes if t.id in theme_ids]

    def _push(self, edit: BoardEdit, text: str) -> bool:
        return self.editor.push(edit, text)

    # -- enabled state and the menu ---------------------------------------------------------------------

    def _board_shown(self) -> None:
        """A read-only session: nothing to drag or type over (the actions refuse with a sentence anyway)."""
        self.board.set_editable(self.editor.can_edit)
        self.update_actions()

    def update_actions(self) -> None:
        entries = self.board.selected_entries()
        notes = [e.note for e in entries if e.note is not None]
        themes = [e for e in entries if e.kind == "header" and e.theme_id is not None]
        self.edit_action.setText(self.tr("Rename") if themes and not notes else self.tr("Edit"))
        self.edit_action.setEnabled(len(entries) == 1 and (bool(notes) or bool(themes)))
        for act in (self.delete_action, self.group_action, self.quote_action, self.hide_action):
            act.setEnabled(bool(notes))
        self.take_out_action.setEnabled(any(n.theme_id is not None for n in notes))
        self.quote_action.setChecked(bool(notes) and all(n.is_quote for n in notes))
        self.hide_action.setChecked(bool(notes) and all(n.hidden for n in notes))
        self.ungroup_action.setEnabled(bool(themes) and not notes)
        self.make_action_action.setEnabled(len(notes) + len(themes) == 1)

    def build_menu(self, view: BoardListView | None = None) -> QMenu:
        """The context menu for the selection (a note or notes, a theme, or the empty board)."""
        self.update_actions()
        menu = QMenu(self.board)
        entries = self.board.selected_entries()
        notes = [e.note for e in entries if e.note is not None]
        themes = [e for e in entries if e.kind == "header" and e.theme_id is not None]
        if notes:
            menu.addAction(self.edit_action)
            menu.addAction(self.delete_action)
            menu.addSeparator()
            to_category = menu.addMenu(self.tr("Move to category"))
            current = {n.category for n in notes}
            for category in self.board.categories():
                if current != {category}:
                    to_category.addAction(category, lambda c=category: self.move_selected_to_category(c))
            to_category.setEnabled(not to_category.isEmpty())
            to_theme = menu.addMenu(self.tr("Move to theme"))
            to_theme.addAction(self.group_action)
            to_theme.addSeparator()
            for theme in self.board.themes():
                if {n.theme_id for n in notes} != {theme.id}:
                    to_theme.addAction(theme.name, lambda t=theme.id: self.join_selected(t))
            menu.addAction(self.take_out_action)
            menu.addSeparator()
            menu.addAction(self.quote_action)
            menu.addAction(self.hide_action)
            menu.addSeparator()
            menu.addAction(self.make_action_action)
        elif themes:
            menu.addAction(self.edit_action)
            merge = menu.addMenu(self.tr("Merge with"))
            for theme in self.board.themes():
                if theme.id != themes[0].theme_id:
                    merge.addAction(theme.name, lambda t=theme.id: self.merge_selected_into(t))
            merge.setEnabled(not merge.isEmpty())
            menu.addAction(self.ungroup_action)
            menu.addSeparator()
            menu.addAction(self.make_action_action)
        else:
            menu.addAction(self.new_theme_action)
        return menu

    def show_menu(self, view: BoardListView, pos: QPoint) -> None:
        menu = self.build_menu(view)
        menu.exec(pos)
        menu.deleteLater()

    # -- notes ------------------------------------------------------------------------------------------

    def edit_selected(self) -> None:
        """F2: type over the selected note's text or theme's name, in place."""
        view = self.board.active_view()
        if view is None or not self.editor.allowed():
            return
        index = view.currentIndex()
        if not index.isValid() or not view.selectionModel().isSelected(index):
            selected = view.selectionModel().selectedIndexes()
            if not selected:
                return
            index = selected[0]
        view.edit(index)

    def commit_text(self, entry: BoardEntry, text: str) -> None:
        """An inline edit finished: a note's new text, or a theme's new name."""
        board = self._load()
        if board is None:
            return
        if entry.note is not None:
            note = next((n for n in board.notes if n.id == entry.note.id), None)
            if note is None:
                return
            if not text:
                self.message.emit(self.tr("A note needs some text; to remove it, delete it (Del)."))
                return
            self._push(rules.edit_note(note, text=text), self.tr("Edit note"))
            return
        theme = next((t for t in board.themes if t.id == entry.theme_id), None)
        if theme is None:
            return
        if not text:
            self.message.emit(self.tr("A theme needs a name."))
            return
        self._push(rules.rename_theme(theme, text),
                   self.tr("Rename theme “{old}” to “{new}”").format(old=theme.name, new=text))

    def delete_selected(self) -> None:
        _board, notes, _themes = self._selected()
        if not notes:
            return
        edit = rules.delete_notes(notes, self._deps(note_ids=[n.id for n in notes]))
        if self._push(edit, self.tr("Delete %n notes", "", len(notes))):
            self.message.emit(self.tr("Deleted %n notes. Ctrl+Z brings them back.", "", len(notes)))

    def _toggle(self, name: str, on_text: str, off_text: str) -> None:
        _board, notes, _themes = self._selected()
        if not notes:
            return
        value = not all(getattr(n, name) for n in notes)
        edit = BoardEdit()
        for note in notes:
            edit = edit + rules.edit_note(note, **{name: value})
        self._push(edit, on_text if value else off_text)
        self.update_actions()

    def toggle_quote(self) -> None:
        self._toggle("is_quote", self.tr("Mark as quote"), self.tr("Unmark as quote"))

    def toggle_hidden(self) -> None:
        self._toggle("hidden", self.tr("Hide from projector"), self.tr("Show on projector"))

    def move_selected_to_category(self, category: str) -> None:
        board, notes, _themes = self._selected()
        if board is not None:
            self._move(notes, category)

    def _move(self, notes: list[StickyNote], category: str) -> bool:
        return self._push(rules.move_to_category(notes, category),
                          self.tr("Move %n notes to “{category}”", "", len(notes)).format(category=category))

    def group_selected(self) -> None:
        """Ctrl+G: a new theme of the selected notes, its name open for typing."""
        board, notes, _themes = self._selected()
        if notes:
            self._new_theme_of(board, notes)

    def join_selected(self, theme_id: int) -> None:
        board, notes, _themes = self._selected()
        if board is None:
            return
        theme = next((t for t in board.themes if t.id == theme_id), None)
        if theme is not None and notes:
            self._join(board, notes, theme)

    def take_out_selected(self) -> None:
        board, notes, _themes = self._selected()
        if board is not None:
            self._take_out(board, notes)

    def request_action(self) -> None:
        _board, notes, themes = self._selected()
        if len(notes) + len(themes) == 1:
            self.action_requested.emit((notes or themes)[0])

    # -- themes -----------------------------------------------------------------------------------------

    def new_theme(self) -> None:
        """An empty theme to drop notes on, its name open for typing."""
        board = self._load()
        if board is not None:
            self._new_theme_of(board, [], self.tr("New theme"))

    def _new_theme_of(self, board: board_store.Board, notes: list[StickyNote], name: str = "") -> bool:
        name = name or rules.suggested_name([n.text for n in notes]) or self.tr("New theme")
        theme = Theme(name, self.item_id(), position=board_store.next_position(self.editor.document, Theme,
                                                                                self.item_id()))
        edit = rules.group(notes, theme, themes=board.themes, members=board.members(), new=True,
                           dependents=self._deps(theme_ids={n.theme_id for n in notes}))
        text = (self.tr("New theme “{name}” of %n notes", "", len(notes)) if notes
                else self.tr("New theme “{name}”")).format(name=name)
        if not self._push(edit, text):
            return False
        self.board.select(theme_ids=[theme.id])
        if self.board.is_dragging():  # the drag's end gives the focus back to where it started: type after it
            self._name_after_drag = theme.id
        else:
            self.board.edit_theme(theme.id)
        return True

    def _drag_finished(self) -> None:
        theme_id, self._name_after_drag = self._name_after_drag, None
        if theme_id is not None:
            self.board.edit_theme(theme_id)

    def _join(self, board: board_store.Board, notes: list[StickyNote], theme: Theme) -> bool:
        edit = rules.group(notes, theme, themes=board.themes, members=board.members(),
                           dependents=self._deps(theme_ids={n.theme_id for n in notes}))
        return self._push(edit, self.tr("Add %n notes to “{name}”", "", len(notes)).format(name=theme.name))

    def _take_out(self, board: board_store.Board, notes: list[StickyNote], category: str | None = None) -> bool:
        edit = rules.take_out(notes, themes=board.themes, members=board.members(),
                              dependents=self._deps(theme_ids={n.theme_id for n in notes}))
        if not edit and category is not None:
            return self._move(notes, category)
        if category is not None:
            edit = edit + rules.move_to_category(notes, category)
        return self._push(edit, self.tr("Take %n notes out of their theme", "", len(notes)))

    def merge_selected_into(self, theme_id: int) -> None:
        board, _notes, themes = self._selected()
        if board is None:
            return
        keep = next((t for t in board.themes if t.id == theme_id), None)
        if keep is not None:
            self._merge(board, themes, keep)

    def _merge(self, board: board_store.Board, absorbed: list[Theme], keep: Theme) -> bool:
        absorbed = [t for t in absorbed if t.id != keep.id]
        if not absorbed:
            return False
        deps = self._deps(theme_ids={t.id for t in absorbed})
        edit = BoardEdit()
        for theme in absorbed:
            edit = edit + rules.merge_themes(keep, theme, board.notes, deps)
        names = ", ".join(f"“{t.name}”" for t in absorbed)
        if not self._push(edit, self.tr("Theme {names} merged with “{keep}”").format(names=names, keep=keep.name)):
            return False
        self.message.emit(self.tr("{names} merged into “{keep}”; the name “{keep}” was kept (F2 renames it).")
                          .format(names=names, keep=keep.name))
        self.board.select(theme_ids=[keep.id])
        return True

    def ungroup_selected(self) -> None:
        board, _notes, themes = self._selected()
        if board is not None:
            self._ungroup(board, themes)

    def _ungroup(self, board: board_store.Board, themes: list[Theme]) -> bool:
        if not themes:
            return False
        deps = self._deps(theme_ids={t.id for t in themes})
        edit = BoardEdit()
        for theme in themes:
            edit = edit + rules.ungroup(theme, board.notes, deps)
        names = ", ".join(f"“{t.name}”" for t in themes)
        return self._push(edit, self.tr("Ungroup {names}").format(names=names))

    # -- drops ------------------------------------------------------------------------------------------

    def drop(self, payload: DragPayload, target: DropTarget) -> bool:
        """What dragged notes or theme headers do where they fall; False (with a sentence) if nothing."""
        board = self._load()
        if board is None:
            return False
        themes = {t.id: t for t in board.themes}
        entry, column = target.entry, target.column
        if payload.themes and not payload.notes:
            moving = [themes[i] for i in payload.themes if i in themes]
            keep_id = (entry.theme_id if entry is not None else column.theme_id)
            if keep_id in themes and keep_id not in payload.themes:
                return self._merge(board, moving, themes[keep_id])
            if (entry is not None and entry.kind == "header" and entry.theme_id is None) or (
                    entry is None and column.kind == "unclustered"):
                return self._ungroup(board, moving)
            if keep_id not in payload.themes:
                self.message.emit(self.tr("Drop a theme on another theme to merge them."))
            return False
        wanted = set(payload.notes)
        notes = [n for n in board.notes if n.id in wanted]
        if not notes:
            return False
        if entry is not None and entry.kind == "note":
            if entry.note.id in wanted:
                return False  # dropped back on itself
            onto = next((n for n in board.notes if n.id == entry.note.id), None)
            if onto is None:
                return False
            if onto.theme_id in themes:
                return self._join(board, notes, themes[onto.theme_id])
            return self._new_theme_of(board, [onto, *notes])
        if entry is not None and entry.theme_id is not None:
            return self._join(board, notes, themes[entry.theme_id]) if entry.theme_id in themes else False
        by_category = target.layout == BY_CATEGORY and column.kind == "category"
        if entry is not None or column.kind == "unclustered":  # the "Not clustered" group or column
            return self._take_out(board, notes, column.category if by_category else None)
        if column.kind == "theme" and column.theme_id in themes:
            return self._join(board, notes, themes[column.theme_id])
        if by_category and any(n.category != column.category for n in notes):
            return self._move(notes, column.category)
        return False
