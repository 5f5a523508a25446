"""What every screen's editor shares: the open document, and refusing edits while it is open read-only."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from facilitator.store.document import SessionDocument


class DocumentEditor(QObject):
    """Base of the screens' editors (programme, tables, boards): each writes its edits to ``document`` at once."""

    #: An edit could not be made; a sentence for the status bar.
    refused = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document: SessionDocument | None = None

    def set_document(self, document: SessionDocument | None) -> None:
        self.document = document

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
