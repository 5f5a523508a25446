"""What every screen's editor shares: the open document, refusing edits while it is read-only, the undo stack,
undo keys and buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QToolButton, QWidget

from facilitator.store.document import SessionDocument


class DocumentEditor(QObject):
    """Base of the screens' editors (programme, tables, boards): each writes its edits to ``document`` at once
    and keeps its undoable steps on ``stack`` (emptied when another document opens)."""

    #: An edit could not be made; a sentence for the status bar.
    refused = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document: SessionDocument | None = None
        self.stack = QUndoStack(self)

    def set_document(self, document: SessionDocument | None) -> None:
        self.document = document
        self.stack.clear()

    @property
    def can_edit(self) -> bool:
        return self.document is not None and not self.document.read_only

    def allowed(self) -> bool:
        """Whether edits can be written now; says why not on ``refused``."""
        if self.document is None:
            return False
        if self.document.read_only:
            self.refused.emit(self.read_only_text())
            return False
        return True

    def read_only_text(self) -> str:
        """The sentence for a refused edit in a read-only session, naming what cannot be changed."""
        raise NotImplementedError


def undo_actions(stack: QUndoStack, widget: QWidget) -> tuple[QAction, QAction]:
    """Undo (Ctrl+Z) and redo (Ctrl+Y, Ctrl+Shift+Z) of ``stack``, for keys pressed anywhere in ``widget``."""
    undo = stack.createUndoAction(widget, QCoreApplication.translate("UndoActions", "Undo"))
    redo = stack.createRedoAction(widget, QCoreApplication.translate("UndoActions", "Redo"))
    undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
    redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
    for action in (undo, redo):
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        widget.addAction(action)
    return undo, redo


class StepButton(QToolButton):
    """A short Undo or Redo button for ``stack``; its tooltip names the step ("Undo: Move a person (Ctrl+Z)").

    It listens to the stack itself, with its own slots, so nothing calls into a deleted action while the
    window closes."""

    def __init__(self, stack: QUndoStack, action: QAction, text: str, redo: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.setText(text)
        self.keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.clicked.connect(stack.redo if redo else stack.undo)
        (stack.canRedoChanged if redo else stack.canUndoChanged).connect(self.setEnabled)
        (stack.redoTextChanged if redo else stack.undoTextChanged).connect(self.show_step)
        self.setEnabled(stack.canRedo() if redo else stack.canUndo())
        self.show_step(stack.redoText() if redo else stack.undoText())

    def show_step(self, step: str) -> None:
        label = f"{self.text()}: {step}" if step else self.text()
        self.setToolTip(f"{label} ({self.keys})" if self.keys else label)
