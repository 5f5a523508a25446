"""The Notes screen's voting and projecting buttons: "Vote…" (the dot-vote dialog) and "Project ▾".

:class:`VoteControls` puts both in the board's tool row, opens one
:class:`~facilitator.ui.vote_dialog.VoteDialog` (non-modal, following the
agenda item chosen on the screen) and sends the themes or the vote result of
the current item to the projector through the main window's live controller,
or the projector back to the timer.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu, QPushButton, QToolButton

from facilitator.core.projection_frame import ProjectorMode
from facilitator.ui.vote_dialog import VoteDialog


class VoteControls(QObject):
    """Installed on a NotesView (``editor``, ``current_item()``, ``item_box``, ``board.add_tool``)."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.dialog: VoteDialog | None = None
        self.vote_button = QPushButton(self.tr("Vote…"), view)
        self.vote_button.setToolTip(self.tr("Dot voting on this item: set up a vote and enter the dots per table"))
        self.project_button = QToolButton(view)
        self.project_button.setText(self.tr("Project"))
        self.project_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.project_menu = QMenu(self.project_button)
        self.themes_action = self.project_menu.addAction(self.tr("Themes"),
                                                         lambda: self.project(ProjectorMode.THEMES))
        self.votes_action = self.project_menu.addAction(self.tr("Vote result"),
                                                        lambda: self.project(ProjectorMode.VOTES))
        self.project_menu.addSeparator()
        self.timer_action = self.project_menu.addAction(self.tr("Back to the timer"), self.back_to_timer)
        self.project_button.setMenu(self.project_menu)
        self.project_button.setToolTip(self.tr("Show this item's themes or vote result on the projector "
                                               "(never hidden notes, never who wrote a note)"))
        view.board.add_tool(self.vote_button)
        view.board.add_tool(self.project_button)
        self.vote_button.clicked.connect(self.open_vote)
        view.item_box.currentIndexChanged.connect(self._item_changed)

    def _live(self):
        live = getattr(self.view.window(), "live", None)
        return live if live is not None and hasattr(live, "project_notes") else None

    def open_vote(self) -> VoteDialog | None:
        """Show the dot-vote dialog for the current item (one dialog, raised if already open)."""
        item = self.view.current_item()
        if item is None or self.view.editor.document is None:
            return None
        if self.dialog is None:
            self.dialog = VoteDialog(self.view.editor, item.id, self.view)
        else:
            self.dialog.set_item(item.id)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _item_changed(self, _index: int) -> None:
        item = self.view.current_item()
        if self.dialog is not None and item is not None and self.dialog.isVisible():
            self.dialog.set_item(item.id)

    def project(self, mode: str) -> bool:
        """The current item's themes or vote result on the projector (opened if closed)."""
        live, item = self._live(), self.view.current_item()
        if live is None or item is None:
            return False
        vote_id = None
        if self.dialog is not None and self.dialog.isVisible() and self.dialog.item_id == item.id:
            vote = self.dialog.current_vote()
            vote_id = vote.id if vote is not None else None
        live.project_notes(mode, item.id, vote_id)
        return True

    def back_to_timer(self) -> bool:
        live = self._live()
        if live is None:
            return False
        live.set_mode(ProjectorMode.TIMER)
        return True
