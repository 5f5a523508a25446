"""Edits of the programme as undoable commands: add, delete, move and change agenda items.

:class:`ProgrammeEditor` owns a ``QUndoStack`` for the open document. Each
command writes through :mod:`facilitator.store.programme` at once (so every
edit is on disk when ``redo`` returns) and then emits ``changed`` with the id
of the item to show, so the screen re-reads the programme. Commands name
items by id, never by row, and an item keeps its id through delete and undo,
so older steps stay valid. Deleting an item on which the session recorded
something (notes, votes, a table round, actual times) cannot be undone: the
editor asks first (``confirm_delete``) and then clears the history.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand

from facilitator.core.model import AgendaItem, WorkForm
from facilitator.store import programme
from facilitator.store.document import SessionDocument
from facilitator.ui.document_editor import DocumentEditor

ConfirmDelete = Callable[[AgendaItem, programme.Captured], bool]


class ProgrammeEditor(DocumentEditor):
    """The builder's edits of one document, with undo and redo."""

    #: Something changed; the id of the item to select (or None).
    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.confirm_delete: ConfirmDelete = lambda item, found: False

    def read_only_text(self) -> str:
        return QCoreApplication.translate(
            "ProgrammeEditor", "This session is open read-only: the programme cannot be changed.")

    # -- the edits ------------------------------------------------------------------------------------

    def add_item(self, item: AgendaItem, row: int, form: WorkForm | None = None) -> None:
        """Insert ``item`` at ``row``; with ``form``, the item uses the session's copy of it."""
        if self.allowed():
            self.stack.push(AddItem(self, item, row, form))

    def delete_item(self, item_id: int) -> bool:
        """Delete an item: undoable, or after confirmation when the session recorded something on it."""
        if not self.allowed():
            return False
        found = programme.captured(self.document, item_id)
        if not found.anything:
            self.stack.push(DeleteItem(self, item_id))
            return True
        item = self.document.get(AgendaItem, item_id)
        if item is None or not self.confirm_delete(item, found):
            return False
        programme.delete_item(self.document, item_id)
        self.stack.clear()  # older steps may point at what went with it
        self.changed.emit(None)
        return True

    def move_item(self, item_id: int, row: int, merge: bool = False) -> None:
        """Move an item to ``row``; with ``merge``, moves of the same item in a row undo as one step (keys)."""
        if self.allowed():
            self.stack.push(MoveItem(self, item_id, row, merge))

    def edit_item(self, item_id: int, changes: dict[str, Any], merge: str = "") -> None:
        """Change fields of one item; consecutive edits with the same ``merge`` key undo as one step."""
        if self.allowed() and changes:
            self.stack.push(EditItem(self, item_id, changes, merge))

    def set_work_form(self, item_id: int, form: WorkForm | None) -> None:
        """Let an item use ``form`` (the session's copy, made now if needed) or none."""
        if self.allowed():
            self.stack.push(SetWorkForm(self, item_id, form))

    def _title(self, item_id: int) -> str:
        item = self.document.get(AgendaItem, item_id) if self.document else None
        return item.title if item else ""


class _Command(QUndoCommand):
    def __init__(self, editor: ProgrammeEditor, text: str) -> None:
        super().__init__(text)
        self.editor = editor

    @property
    def doc(self) -> SessionDocument:
        return self.editor.document

    def _gone(self) -> None:
        """The item this step is about no longer exists (deleted elsewhere): drop the step."""
        self.setObsolete(True)
        self.editor.refused.emit(
            QCoreApplication.translate(
                "ProgrammeEditor", "That step can no longer be undone: the item is gone."))
        self.editor.changed.emit(None)


class AddItem(_Command):
    def __init__(self, editor: ProgrammeEditor, item: AgendaItem, row: int, form: WorkForm | None) -> None:
        super().__init__(editor, QCoreApplication.translate(
            "ProgrammeEditor", "Add “{title}”").format(title=item.title))
        self.item = programme.snapshot(item)
        self.row = row
        self.form = form
        self.made_form_id: int | None = None

    def redo(self) -> None:
        item = programme.snapshot(self.item)
        if self.form is not None:
            copy, created = programme.use_work_form(self.doc, self.form)
            item.work_form_id = copy.id
            self.made_form_id = copy.id if created else None
        programme.insert_item(self.doc, item, self.row)
        self.item.id = item.id  # the same id when redone, so later steps still find it
        self.editor.changed.emit(item.id)

    def undo(self) -> None:
        if programme.captured(self.doc, self.item.id).anything:
            self.setObsolete(True)
            self.editor.refused.emit(
                QCoreApplication.translate(
                    "ProgrammeEditor", "Not undone: notes or times were recorded on the item meanwhile."))
            return
        try:
            programme.delete_item(self.doc, self.item.id)
        except StopIteration:
            return self._gone()
        if self.made_form_id is not None:
            programme.drop_unused_work_form(self.doc, self.made_form_id)
        self.editor.changed.emit(None)


class DeleteItem(_Command):
    def __init__(self, editor: ProgrammeEditor, item_id: int) -> None:
        super().__init__(editor, QCoreApplication.translate(
            "ProgrammeEditor", "Delete “{title}”").format(title=editor._title(item_id)))
        self.item_id = item_id
        self.kept: AgendaItem | None = None
        self.row = 0

    def redo(self) -> None:
        try:
            self.kept, self.row = programme.delete_item(self.doc, self.item_id)
        except StopIteration:
            return self._gone()
        self.editor.changed.emit(None)

    def undo(self) -> None:
        item = programme.insert_item(self.doc, programme.snapshot(self.kept), self.row)
        self.item_id = item.id
        self.editor.changed.emit(item.id)


class MoveItem(_Command):
    MERGE_ID = 7001

    def __init__(self, editor: ProgrammeEditor, item_id: int, row: int, merge: bool = False) -> None:
        super().__init__(editor, QCoreApplication.translate(
            "ProgrammeEditor", "Move “{title}”").format(title=editor._title(item_id)))
        self.item_id = item_id
        self.row = row
        self.merge = merge
        self.source: int | None = None

    def id(self) -> int:
        return self.MERGE_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt API)
        if not isinstance(other, MoveItem) or other.item_id != self.item_id or not other.merge:
            return False
        self.row = other.row  # Ctrl+Down three times is one step back
        return True

    def redo(self) -> None:
        try:
            source = programme.move_item(self.doc, self.item_id, self.row)
        except StopIteration:
            return self._gone()
        if self.source is None:
            self.source = source
        self.editor.changed.emit(self.item_id)

    def undo(self) -> None:
        try:
            programme.move_item(self.doc, self.item_id, self.source)
        except StopIteration:
            return self._gone()
        self.editor.changed.emit(self.item_id)


class EditItem(_Command):
    MERGE_ID = 7002

    def __init__(self, editor: ProgrammeEditor, item_id: int, changes: dict[str, Any], merge: str = "") -> None:
        super().__init__(editor, QCoreApplication.translate(
            "ProgrammeEditor", "Change “{title}”").format(title=editor._title(item_id)))
        self.item_id = item_id
        self.changes = dict(changes)
        self.before: dict[str, Any] | None = None
        self.merge = merge

    def id(self) -> int:
        return self.MERGE_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt API)
        if not isinstance(other, EditItem) or other.item_id != self.item_id or other.merge != self.merge:
            return False
        for name, value in (other.before or {}).items():
            self.before.setdefault(name, value)
        self.changes.update(other.changes)
        return True

    def redo(self) -> None:
        try:
            before = programme.update_item(self.doc, self.item_id, self.changes)
        except KeyError:
            return self._gone()
        if self.before is None:
            self.before = before
        self.editor.changed.emit(self.item_id)

    def undo(self) -> None:
        try:
            programme.update_item(self.doc, self.item_id, self.before)
        except KeyError:
            return self._gone()
        self.editor.changed.emit(self.item_id)


class SetWorkForm(_Command):
    def __init__(self, editor: ProgrammeEditor, item_id: int, form: WorkForm | None) -> None:
        super().__init__(editor, QCoreApplication.translate(
            "ProgrammeEditor", "Change the work form of “{title}”").format(title=editor._title(item_id)))
        self.item_id = item_id
        self.form = form
        self.before: int | None = None
        self.made_form_id: int | None = None

    def redo(self) -> None:
        form_id = None
        if self.form is not None:
            copy, created = programme.use_work_form(self.doc, self.form)
            form_id = copy.id
            self.made_form_id = copy.id if created else None
        try:
            self.before = programme.update_item(self.doc, self.item_id, {"work_form_id": form_id})["work_form_id"]
        except KeyError:
            return self._gone()
        self.editor.changed.emit(self.item_id)

    def undo(self) -> None:
        try:
            programme.update_item(self.doc, self.item_id, {"work_form_id": self.before})
        except KeyError:
            return self._gone()
        if self.made_form_id is not None:
            programme.drop_unused_work_form(self.doc, self.made_form_id)
        self.editor.changed.emit(self.item_id)
