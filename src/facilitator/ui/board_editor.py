"""Every edit of the boards as one undoable step: :class:`BoardEditor` owns the undo stack of the Notes screen.

An edit is a :class:`~facilitator.core.board.BoardEdit` built by the core's
clustering rules; :meth:`BoardEditor.push` writes it at once (through
:func:`facilitator.store.board.apply`, durable before ``push`` returns) and
puts it on the stack. Undo writes its inverse. After every write the editor
emits ``applied`` with the edit as written, so the screen updates just what
it touched; a step whose records are gone meanwhile is dropped with a
sentence on ``refused``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QUndoCommand

from facilitator.core.board import BoardEdit
from facilitator.store import board as board_store
from facilitator.store.errors import StaleEdit
from facilitator.ui.document_editor import DocumentEditor


class BoardEditor(DocumentEditor):
    """The Notes screen's edits of one document, with undo and redo."""

    #: An edit was written (forward, or its inverse on undo): the BoardEdit as written.
    applied = Signal(object)

    def read_only_text(self) -> str:
        return QCoreApplication.translate("BoardEditor", "This session is open read-only: notes cannot be changed.")

    def push(self, edit: BoardEdit, text: str) -> bool:
        """Write ``edit`` and put it on the undo stack as ``text`` ("Add note", "Merge themes" …)."""
        if not edit or not self.allowed():
            return False
        command = BoardCommand(self, edit, text)
        self.stack.push(command)
        return not command.isObsolete()

    def _write(self, command: "BoardCommand", edit: BoardEdit) -> None:
        try:
            board_store.apply(self.document, edit)
        except StaleEdit:
            command.setObsolete(True)
            self.refused.emit(QCoreApplication.translate(
                "BoardEditor", "That step no longer applies: what it changed is gone (deleted with its agenda item)."))
            self.applied.emit(BoardEdit())  # the screen re-reads what is there
            return
        self.applied.emit(edit)


class BoardCommand(QUndoCommand):
    """One board edit on the undo stack."""

    def __init__(self, editor: BoardEditor, edit: BoardEdit, text: str) -> None:
        super().__init__(text)
        self.editor = editor
        self.edit = edit

    def redo(self) -> None:
        self.editor._write(self, self.edit)

    def undo(self) -> None:
        self.editor._write(self, self.edit.inverse())
