"""What every main screen offers the main window: show a document, refresh, a name."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from facilitator.store.document import SessionDocument


class MainView(QWidget):
    """A main screen (Agenda, Deelnemers ...). Subclasses load everything they show from the document."""

    #: Stable name used by ``smoke``, ``screenshots`` and settings; never translated.
    key: str = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: SessionDocument | None = None

    def title(self) -> str:
        """The translated name shown in the navigation."""
        raise NotImplementedError

    def set_document(self, document: SessionDocument | None) -> None:
        """Show ``document`` (None: show nothing); loads its data at once."""
        self.document = document
        self.refresh()

    def refresh(self) -> None:
        """Re-read what this screen shows from the document."""
        raise NotImplementedError

    def shortcut_section(self) -> tuple[str, list[tuple[str, list[QKeySequence]]]] | None:
        """(heading, [(what, keys)]) of this screen's own keys for Help > Keyboard shortcuts; None if it has none."""
        return None
