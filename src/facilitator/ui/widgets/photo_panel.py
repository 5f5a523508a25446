"""The tab "Photos": one agenda item's photos of flipcharts and sticky walls as thumbnails.

Add them with "Add photos…" (several at once) or by dropping files on the
tab; the files are read, checked and scaled on the task runner, then stored
in the session file through the Notes screen's editor (so Ctrl+Z takes an
addition, a deletion or a caption back). Double-click opens a photo larger.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import board as rules
from facilitator.core.board import BoardEdit
from facilitator.core.model import Photo
from facilitator.store import board as board_store
from facilitator.ui.board_editor import BoardEditor
from facilitator.ui.photo_files import LARGE_BYTES, THUMBNAIL, read_photo_files, readable_suffixes
from facilitator.ui.photo_model import PhotoListModel
from facilitator.ui.photo_reads import photo_rows, read_thumbnails
from facilitator.ui.photo_viewer import PhotoViewer
from facilitator.ui.tasks import runner_for
from facilitator.ui.widgets.tones import muted


class PhotosPanel(QWidget):
    """Thumbnails of the current agenda item's photos; add, drop, caption, delete, open."""

    def __init__(self, editor: BoardEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.document = None
        self.item_id: int | None = None
        self.tasks = None  # a task runner; None: the main window's
        #: (question) -> bool and (message) -> None; tests replace them.
        self.confirm: Callable[[str], bool] = self._ask
        self.inform: Callable[[str], None] = self._warn
        self.model = PhotoListModel(THUMBNAIL, self)
        self.model.request = self._make_thumbnails
        self.add_button = QPushButton(self.tr("Add photos…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.caption_edit = QLineEdit(self)
        self.caption_edit.setPlaceholderText(self.tr("Caption of the selected photo"))
        self.hint = muted("", self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setWordWrap(True)
        self.list.setSpacing(8)
        self.list.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        lines = self.fontMetrics().lineSpacing()
        self.list.setGridSize(QSize(THUMBNAIL + 24, THUMBNAIL + 2 * lines + 16))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setDragEnabled(False)
        self.list.setAcceptDrops(False)  # drops go to the panel
        self.setAcceptDrops(True)
        self.delete_action = QAction(self.tr("Delete"), self.list)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.list.addAction(self.delete_action)

        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.delete_button)
        row.addWidget(QLabel(self.tr("Caption:"), self))
        row.addWidget(self.caption_edit, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)

        self.add_button.clicked.connect(self.choose_files)
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_action.triggered.connect(self.delete_selected)
        self.caption_edit.editingFinished.connect(self._commit_caption)
        self.list.activated.connect(lambda index: self.open_photo(index.row()))
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        editor.applied.connect(self._applied)
        self._selection_changed()

    # -- showing ------------------------------------------------------------------------------------------

    def show_item(self, document, item_id: int | None) -> None:
        """Show the photos of agenda item ``item_id`` of ``document`` (None: nothing)."""
        self.document, self.item_id = document, item_id
        self.reload()

    def reload(self) -> None:
        rows = photo_rows(self.document, self.item_id) if self.document is not None and self.item_id else []
        self.model.set_rows(rows)
        if self.item_id is None:
            self.hint.setText(self.tr("Choose an agenda item to see its photos."))
        elif rows:
            self.hint.setText(self.tr("%n photos. Drop more photo files here, or use “Add photos…”.", "", len(rows)))
        else:
            self.hint.setText(self.tr("No photos of this agenda item yet. Add photos of flipcharts and sticky "
                                      "walls with “Add photos…”, or drop the files here."))
        self._selection_changed()

    def _applied(self, edit: BoardEdit) -> None:
        if self.document is not None and (not edit or edit.touched(Photo)):
            self.reload()

    def _runner(self):
        return runner_for(self, self.tasks)

    def _make_thumbnails(self, ids: list[int]) -> None:
        if self.document is not None:
            self._runner().start(self._thumbnails(self.document, ids))

    async def _thumbnails(self, document, ids: list[int]) -> None:
        images = await self._runner().run_task(read_thumbnails, document, ids, title=self.tr("Making thumbnails…"),
                                               show_progress=False)
        if document is self.document:
            self.model.set_thumbnails(images)

    # -- adding -------------------------------------------------------------------------------------------

    def choose_files(self) -> None:
        patterns = " ".join(readable_suffixes())
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add photos"), "",
                                                self.tr("Images ({patterns})").format(patterns=patterns))
        if names:
            self.add_files(names)

    def add_files(self, paths: list[str]) -> None:
        """Check, read and store ``paths`` as photos of the current item (reading runs on the task runner)."""
        if self.item_id is None or not paths or not self.editor.allowed():
            return
        large = [p for p in paths if os.path.isfile(p) and os.path.getsize(p) > LARGE_BYTES]
        if large:
            names = ", ".join(f"“{Path(p).name}” ({os.path.getsize(p) / 1_048_576:.0f} MB)" for p in large)
            if not self.confirm(self.tr("These photos are larger than {limit} MB: {names}. Large photos make the "
                                        "session file and its backups big. Add them anyway?")
                                .format(limit=LARGE_BYTES // 1_048_576, names=names)):
                paths = [p for p in paths if p not in large]
                if not paths:
                    return
        self._runner().start(self._add(self.document, self.item_id, list(paths)))

    async def _add(self, document, item_id: int, paths: list[str]) -> None:
        first = board_store.next_position(document, Photo, item_id)
        result = await self._runner().run_task(read_photo_files, paths, item_id, first,
                                               title=self.tr("Reading photos…"))
        if document is not self.document:
            return
        if result.photos:
            text = (self.tr("Add photo “{file}”").format(file=result.photos[0].file_name) if len(result.photos) == 1
                    else self.tr("Add %n photos", "", len(result.photos)))
            if self.editor.push(BoardEdit(added=tuple(result.photos)), text):
                for photo, image in zip(result.photos, result.thumbnails, strict=True):
                    self.model.remember((photo.id, photo.file_name, photo.width, photo.height, len(photo.data)),
                                        image)
                self.model.set_rows(self.model.rows())  # repaint with the thumbnails just made
        if result.refused:
            self.inform("\n".join(result.refused))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt API)
        if self.item_id is not None and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if not paths or self.item_id is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(paths)

    # -- selection, caption, delete, open -------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        return [self.model.row(i.row()).id for i in sorted(self.list.selectionModel().selectedIndexes(),
                                                           key=lambda i: i.row())]

    def _selection_changed(self, *_args) -> None:
        chosen = self.selected_ids()
        editable = self.editor.can_edit and self.item_id is not None
        self.add_button.setEnabled(editable)
        self.delete_button.setEnabled(editable and bool(chosen))
        self.caption_edit.setEnabled(editable and len(chosen) == 1)
        one = next((r for r in self.model.rows() if len(chosen) == 1 and r.id == chosen[0]), None)
        self.caption_edit.setText(one.caption if one else "")

    def _commit_caption(self) -> None:
        chosen = self.selected_ids()
        if len(chosen) != 1 or self.document is None:
            return
        row = next(r for r in self.model.rows() if r.id == chosen[0])
        caption = self.caption_edit.text().strip()
        if caption == row.caption:
            return
        record = Photo(self.item_id, row.file_name, "", b"", caption=row.caption, id=row.id)
        self.editor.push(rules.edit_record(record, caption=caption), self.tr("Caption “{caption}”")
                         .format(caption=caption or row.file_name))
        self._select(chosen)

    def _select(self, ids: list[int]) -> None:
        selection = self.list.selectionModel()
        for index, row in enumerate(self.model.rows()):
            if row.id in ids:
                selection.select(self.model.index(index), selection.SelectionFlag.Select)

    def delete_selected(self) -> bool:
        chosen = self.selected_ids()
        if not chosen or self.document is None or not self.editor.allowed():
            return False
        photos = [p for p in (self.document.get(Photo, i) for i in chosen) if p is not None]
        text = (self.tr("Delete photo “{file}”").format(file=photos[0].file_name) if len(photos) == 1
                else self.tr("Delete %n photos", "", len(photos)))
        return self.editor.push(rules.delete_records(*photos), text)

    def open_photo(self, row: int) -> None:
        if self.document is None or not 0 <= row < self.model.rowCount():
            return
        photo = self.document.get(Photo, self.model.row(row).id)
        if photo is not None:
            viewer = PhotoViewer(photo, self)
            viewer.show()

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Large photos"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Some files were not added"), message)
