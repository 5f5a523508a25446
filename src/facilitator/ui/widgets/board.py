"""An agenda item's board: columns of theme groups and notes to cluster by drag and drop, in two layouts.

"By category" gives a column per category with theme groups inside; "By
theme" a column per theme plus one of the notes not clustered yet. Each
column is a one-column QTableView over a :class:`BoardColumnModel` painted by the
:class:`NoteDelegate`, so a board of thousands of notes is a handful of
widgets. The board only shows and reports: a drop comes out as
:attr:`BoardWidget.dropped` (what was dragged, where it fell), a right click
as :attr:`BoardWidget.menu_requested`; ``ui.board_actions`` turns them into edits.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.model import Theme
from facilitator.ui.models.board_model import (
    BY_CATEGORY,
    BY_THEME,
    BoardColumn,
    BoardColumnModel,
    BoardEntry,
    board_categories,
    build_board,
    build_theme_board,
)
from facilitator.ui.queries import NoteRow
from facilitator.ui.widgets.board_list import BoardListView
from facilitator.ui.widgets.note_delegate import NoteDelegate
from facilitator.ui.widgets.tones import muted, scaled, tint
from facilitator.ui.plurals import plurals

COLUMN_CHARS = 28  # narrowest column, in average characters


class BoardColumnView(QFrame):
    """A category header over the list of that category's theme groups and notes (theme layout: no header)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * COLUMN_CHARS)
        self.title_label = QLabel(self)
        self.title_label.setFont(scaled(self.font(), 1.2, bold=True))
        self.count_label = muted("", self)
        self.model = BoardColumnModel(self)
        self.list = BoardListView(self)
        self.list.setModel(self.model)
        self.list.setItemDelegate(NoteDelegate(self.list))
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setDropIndicatorShown(False)  # the delegate outlines the target row itself
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        palette = self.list.palette()  # a selected row is tinted, not filled: the card stays readable
        palette.setColor(QPalette.ColorRole.Highlight, tint("accent"))
        palette.setColor(QPalette.ColorRole.HighlightedText, palette.color(QPalette.ColorRole.Text))
        self.list.setPalette(palette)
        self.head = QWidget(self)
        head = QHBoxLayout(self.head)
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title_label, 1)
        head.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.head)
        layout.addWidget(self.list, 1)

    def set_column(self, column: BoardColumn, title: str, layout: str = BY_CATEGORY) -> None:
        self.list.column = column
        self.list.layout_name = layout
        self.head.setVisible(layout == BY_CATEGORY)
        self.title_label.setText(title)
        self.count_label.setText(self.tr("%n notes", "", column.note_count))
        if self.model.entries() != column.entries:  # a column an edit did not touch keeps its rows as they are
            self.model.set_entries(column.entries)


class BoardWidget(QWidget):
    """The layout switch and "New theme" over the columns side by side (scrolling sideways when many)."""

    dropped = Signal(object, object)  # DragPayload, DropTarget
    menu_requested = Signal(object, QPoint)  # the BoardListView, global position
    text_edited = Signal(object, str)  # BoardEntry, new text (an inline edit of a note or a theme's name)
    new_theme_requested = Signal()
    selection_changed = Signal()
    layout_changed = Signal(str)
    drag_finished = Signal()
    shown = Signal()  # the board was (re)built from new data

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_label = QLabel(self.tr("Layout:"), self)
        self.by_category_button = QToolButton(self)
        self.by_category_button.setText(self.tr("By category"))
        self.by_theme_button = QToolButton(self)
        self.by_theme_button.setText(self.tr("By theme"))
        self.layout_group = QButtonGroup(self)
        for button in (self.by_category_button, self.by_theme_button):
            button.setCheckable(True)
            button.setAutoRaise(False)
            self.layout_group.addButton(button)
        self.by_category_button.setChecked(True)
        self.new_theme_button = QPushButton(self.tr("New theme"), self)
        self.new_theme_button.setToolTip(self.tr("An empty theme to drop notes on"))
        #: The row above the columns (other parts of the screen add their buttons with :meth:`add_tool`); a
        #: toolbar, so that in a narrow window the buttons that do not fit go into its » menu.
        self.tool_row = QToolBar(self)
        self.tool_row.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.tool_row.setStyleSheet("QToolBar { border: none; spacing: 4px; }")
        for widget in (self.layout_label, self.by_category_button, self.by_theme_button):
            self.tool_row.addWidget(widget)
        self.tool_row.addSeparator()
        self.tool_row.addWidget(self.new_theme_button)
        spacer = QWidget(self.tool_row)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.tool_row.addWidget(spacer)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self.scroll)
        self._row = QHBoxLayout(body)
        self._row.setContentsMargins(0, 0, 0, 0)
        self.scroll.setWidget(body)
        self.columns: list[BoardColumnView] = []
        self.empty_label = muted("", body)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._row.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tool_row)
        layout.addWidget(self.scroll, 1)

        self.layout_name = BY_CATEGORY
        self._key_actions: list[QAction] = []
        self._key_rows: list[tuple[str, QAction]] = []
        self._active: BoardListView | None = None
        self._editable = True
        self._data: tuple | None = None
        self._pending_column: BoardColumnView | None = None
        self._spare: list[BoardColumnView] = []
        self.scroll.horizontalScrollBar().rangeChanged.connect(self._range_changed)
        self.by_category_button.clicked.connect(lambda: self.set_layout(BY_CATEGORY))
        self.by_theme_button.clicked.connect(lambda: self.set_layout(BY_THEME))
        self.new_theme_button.clicked.connect(self.new_theme_requested)

    # -- what the board shows ---------------------------------------------------------------------------


    def add_tool(self, widget: QWidget, *, after: QWidget | None = None) -> None:
        """Put another part's button in the tool row: right after ``after``, else at the right end."""
        actions = self.tool_row.actions()
        index = next((n for n, a in enumerate(actions) if after is not None
                      and self.tool_row.widgetForAction(a) is after), None)
        if index is None or index + 1 >= len(actions):
            self.tool_row.addWidget(widget)
        else:
            self.tool_row.insertWidget(actions[index + 1], widget)

    def set_board(self, categories: list[str], notes: list[NoteRow], themes: list[Theme], dots: dict[int, int],
                  tables: dict[int, str], empty_text: str) -> None:
        """Show one agenda item's board: the work form's ``categories``, its notes and themes, dots per theme."""
        self._data = (list(categories), list(notes), list(themes), dict(dots), dict(tables), empty_text)
        self._rebuild()

    def set_layout(self, layout: str) -> None:
        """"category" or "theme"."""
        (self.by_theme_button if layout == BY_THEME else self.by_category_button).setChecked(True)
        if layout == self.layout_name:
            return
        self.layout_name = layout
        self._rebuild()
        self.layout_changed.emit(layout)

    def _rebuild(self) -> None:
        if self._data is None:
            return
        categories, notes, themes, dots, tables, empty_text = self._data
        if self.layout_name == BY_THEME:
            columns = build_theme_board(notes, themes, dots, tables, self.tr("Not clustered"),
                                        self.tr("(no category)"))
            titles = [c.category for c in columns]
        else:
            columns = build_board(categories, notes, themes, dots, tables, self.tr("Not clustered"))
            titles = [c.category or self.tr("(no category)") for c in columns]
        if not notes and not themes and not categories:
            columns, titles = [], []
        self.set_columns(columns, titles, empty_text)
        self.shown.emit()

    def insert_notes(self, notes: list[NoteRow], tables: dict[int, str], unclustered: str = "") -> bool:
        """Typed notes (no theme) at the end of their column's "not clustered" group, without rebuilding the board.

        False when that is not possible (a category without a column yet): the caller shows the board anew.
        """
        if self._data is None:
            return False
        kind = "unclustered" if self.layout_name == BY_THEME else "category"
        views = {}
        for note in notes:
            key = "" if kind == "unclustered" else note.category
            view = next((v for v in self.columns if v.list.column.kind == kind
                         and (kind == "unclustered" or v.list.column.category == key)), None)
            if view is None or note.theme_id is not None:
                return False
            views.setdefault(id(view), (view, []))[1].append(note)
        categories, known, themes, dots, all_tables, empty_text = self._data
        self._data = (categories, known + list(notes), themes, dots, all_tables, empty_text)
        for view, rows in views.values():
            category = self.tr("(no category)") if kind == "unclustered" else ""
            entries = [BoardEntry("note", n.text, n, table=tables.get(n.table_id, ""),
                                  category=(n.category or category) if kind == "unclustered" else "") for n in rows]
            view.model.append_notes(entries, unclustered or self.tr("Not clustered"))
            view.list.column.entries[:] = view.model.entries()
            view.count_label.setText(
                plurals().notes(view.list.column.note_count))
            view.list.scrollToBottom()
        self.empty_label.setVisible(not self.columns)
        return True

    def categories(self) -> list[str]:
        """The categories a note can be moved to: the work form's, then those the notes use."""
        if self._data is None:
            return []
        return [c for c in board_categories(self._data[0], self._data[1]) if c]

    def themes(self) -> list[Theme]:
        return list(self._data[2]) if self._data is not None else []

    def set_columns(self, columns: list[BoardColumn], titles: list[str], empty_text: str) -> None:
        self._pending_column = None
        selected = self.selected_ids()
        scrolled = {self._column_key(v.list.column): v.list.verticalScrollBar().value() for v in self.columns}
        while len(self.columns) > len(columns):  # kept aside, hidden, for the next layout switch
            view = self.columns.pop()
            if self._active is view.list:
                self._active = None
            view.list.clearSelection()
            view.hide()
            self._spare.append(view)
        while len(self.columns) < len(columns):
            if self._spare:
                view = self._spare.pop()
                self.columns.append(view)
                view.show()
            else:
                self._add_column()
        for view, column, title in zip(self.columns, columns, titles, strict=True):
            view.set_column(column, title, BY_THEME if column.kind != "category" else BY_CATEGORY)
            if self._column_key(column) in scrolled:
                view.list.doItemsLayout()
                view.list.verticalScrollBar().setValue(scrolled[self._column_key(column)])
        self.empty_label.setText(empty_text)
        self.empty_label.setVisible(not columns)
        self.select(*selected, focus=False)

    @staticmethod
    def _column_key(column: BoardColumn) -> tuple:
        return (column.kind, column.theme_id if column.kind == "theme" else column.category)

    def _add_column(self) -> None:
        view = BoardColumnView(self.scroll.widget())
        view.model.editable = self._editable
        view.list.setDragEnabled(self._editable)
        view.list.setAcceptDrops(self._editable)
        view.list.addActions(self._key_actions)
        view.list.dropped.connect(self.dropped)
        view.list.menu_requested.connect(self.menu_requested)
        view.list.drag_finished.connect(self.drag_finished)
        view.model.text_edited.connect(self.text_edited)
        view.list.selectionModel().selectionChanged.connect(lambda *_args, v=view.list: self._selected_in(v))
        self._row.addWidget(view, 1)
        self.columns.append(view)

    def set_editable(self, editable: bool) -> None:
        """A read-only session: nothing to drag, edit or drop."""
        self._editable = editable
        self.new_theme_button.setEnabled(editable)
        for view in self.columns + self._spare:
            view.model.editable = editable
            view.list.setDragEnabled(editable)
            view.list.setAcceptDrops(editable)

    def add_key_actions(self, actions: list[QAction], labels: list[str] | None = None) -> None:
        """Actions whose keys work while a column's list has the focus (not while a note is being edited);
        ``labels`` name them in Help > Keyboard shortcuts."""
        self._key_actions.extend(actions)
        self._key_rows.extend(zip(labels or [a.text() for a in actions], actions))
        for view in self.columns + self._spare:
            view.list.addActions(actions)

    def shortcut_rows(self) -> list[tuple[str, list]]:
        """(what, keys) of the board's keys, for the screen's section of the shortcut list."""
        return [(label, act.shortcuts()) for label, act in self._key_rows]

    # -- selection --------------------------------------------------------------------------------------

    def _selected_in(self, view: BoardListView) -> None:
        if view.selectionModel().hasSelection():
            if self._active is not None and self._active is not view:
                other = self._active
                self._active = view
                other.clearSelection()
            self._active = view
        self.selection_changed.emit()

    def is_dragging(self) -> bool:
        """Whether a drag from one of the columns is under way (its drop is being handled)."""
        return any(v.list.dragging for v in self.columns)

    def active_view(self) -> BoardListView | None:
        return self._active

    def selected_entries(self) -> list[BoardEntry]:
        """The selected rows of the column last selected in, in board order."""
        view = self._active
        if view is None:
            return []
        rows = sorted(i.row() for i in view.selectionModel().selectedIndexes())
        return [view.model().entry(r) for r in rows]

    def selected_ids(self) -> tuple[list[int], list[int]]:
        entries = self.selected_entries()
        return ([e.note.id for e in entries if e.note is not None],
                [e.theme_id for e in entries if e.kind == "header" and e.theme_id is not None])

    def find(self, *, note_id: int | None = None, theme_id: int | None = None):
        """(list view, index) of a note or of a theme's (first) header; (None, None) if not on the board."""
        for view in self.columns:
            row = view.model.row_of(note_id=note_id, theme_id=theme_id)
            if row >= 0:
                return view.list, view.model.index(row)
        return None, None

    def select(self, note_ids=(), theme_ids=(), *, focus: bool = True) -> None:
        """Select these notes and theme headers (in the first column that shows one of them)."""
        targets = [("note", i) for i in note_ids] + [("theme", i) for i in theme_ids]
        for view in self.columns:
            rows = [view.model.row_of(**({"note_id": i} if kind == "note" else {"theme_id": i})) for kind, i in targets]
            rows = [r for r in rows if r >= 0]
            if not rows:
                continue
            selection = view.list.selectionModel()
            flags = selection.SelectionFlag
            selection.setCurrentIndex(view.model.index(rows[0]), flags.ClearAndSelect)
            for row in rows[1:]:
                selection.select(view.model.index(row), flags.Select)
            view.list.scrollTo(view.model.index(rows[0]))
            if focus:
                view.list.setFocus()
            return

    def edit_theme(self, theme_id: int) -> bool:
        """Open a theme's name for typing, in place; False if its header is not on the board."""
        view, index = self.find(theme_id=theme_id)
        if view is None:
            return False
        self._show_column(view.parentWidget())
        view.setFocus()
        view.setCurrentIndex(index)
        view.scrollTo(index)
        view.edit(index)
        return True

    def _show_column(self, column: BoardColumnView) -> None:
        """Scroll sideways to a column; a new theme's is just made, off to the right: once the range grows."""
        self.scroll.ensureWidgetVisible(column)
        self._pending_column = column

    def _range_changed(self) -> None:
        column, self._pending_column = self._pending_column, None
        if column is not None and column in self.columns:
            self.scroll.ensureWidgetVisible(column)
