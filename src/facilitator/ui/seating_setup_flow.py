"""The Tables screen's set-up: asking for tables (one, several), deleting them, the number of rounds.

The dialogs ask; :class:`facilitator.ui.seating_editor.SeatingEditor` writes
each answer at once. Deleting what holds seats asks first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from facilitator.core.model import Table
from facilitator.ui.seating_dialogs import AddTablesDialog, TableDialog

if TYPE_CHECKING:
    from facilitator.ui.views.tables import TablesView


class TableSetupFlow(QObject):
    """Set-up questions for one Tables screen."""

    def __init__(self, view: "TablesView") -> None:
        super().__init__(view)
        self.view = view
        setup = view.setup
        setup.add_requested.connect(self.ask_add_table)
        setup.add_many_requested.connect(self.ask_add_tables)
        setup.edit_requested.connect(self.ask_edit_table)
        setup.delete_requested.connect(self.ask_delete_table)
        setup.rounds_changed.connect(self.set_rounds)
        setup.balance_changed.connect(view.editor.set_balance)

    def ask_add_table(self) -> TableDialog:
        name = self.tr("Table {number}").format(number=len(self.view.state.tables) + 1)
        dialog = TableDialog(Table(name), list(self.view.state.people.values()), self.view)
        dialog.accepted.connect(lambda: self._save_table(dialog.result_table(), new=True))
        dialog.open()
        return dialog

    def ask_edit_table(self, table: Table) -> TableDialog:
        dialog = TableDialog(table, list(self.view.state.people.values()), self.view)
        dialog.accepted.connect(lambda: self._save_table(dialog.result_table(), new=False))
        dialog.open()
        return dialog

    def _save_table(self, table: Table, new: bool) -> None:
        if new:
            host = table.host_id
            table.host_id = None
            added = self.view.editor.add_table(table)
            if added is not None and host is not None:
                added.host_id = host
                self.view.editor.update_table(added)
        else:
            self.view.editor.update_table(table)

    def ask_add_tables(self) -> AddTablesDialog:
        dialog = AddTablesDialog(self.view)
        dialog.accepted.connect(lambda: self.view.editor.add_tables(dialog.count.value(), dialog.capacity.value(),
                                                               dialog.prefix.text().strip(),
                                                               dialog.accessible.isChecked()))
        dialog.open()
        return dialog

    def ask_delete_table(self, table: Table) -> None:
        seated = sum(1 for tables in self.view.state.seating.values() for pid in tables.get(table.id, []))
        if seated and not self._confirm(self.tr("Delete table"), self.tr(
                "{count} seats at {table} (over all rounds) go with it; those people are then without a table.")
                .format(count=seated, table=table.name)):
            return
        self.view.editor.delete_table(table)

    def set_rounds(self, count: int) -> None:
        rounds = self.view.state.rounds
        lost = sum(len(m) for r in rounds[count:] for m in self.view.state.seating.get(r.id, {}).values())
        if lost and not self._confirm(self.tr("Fewer rounds"), self.tr(
                "The seating of the rounds removed ({count} seats) is deleted with them.").format(count=lost)):
            self.view.setup.show_setup(self.view.state.tables, self.view.state.people, len(rounds), self.view.state.balance)
            return
        self.view.editor.set_rounds(count)

    def _confirm(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.view)
        ok = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        chooser = self.view.chooser or getattr(self.view.window(), "messages", None)  # tests stand in for the user
        if chooser is not None:
            clicked = chooser(box)
            return clicked is ok
        box.exec()
        return box.clickedButton() is ok
