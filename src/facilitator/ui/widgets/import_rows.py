"""What an import preview shows read-only: every problem where Excel shows it, and the rows as they will be stored.

Problems are worded here, in the user's language, from the engine's
``Problem.kind``; the engine's English message is the fallback.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from facilitator.core.model import Participant
from facilitator.io.participant_import import ERROR, ImportReport, Problem
from facilitator.ui.models.participant_model import header_name
from facilitator.ui.models.roles import Index
from facilitator.ui.models.row_table import RowTableModel
from facilitator.ui.widgets.icons import warning_icon
from facilitator.ui.widgets.tones import ink, tint

def error_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)


_NOT_ATTRIBUTES = {"external_ref", "first_name", "infix", "last_name", "full_name", "contact", "needs"}


class ProblemModel(RowTableModel):
    """Every problem of the report: error or warning, Excel row, column letter and header, what is wrong."""

    SEVERITY, ROW, COLUMN, MESSAGE = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Problem] = []

    def headers(self) -> list[str]:
        return [self.tr("Kind"), self.tr("Row"), self.tr("Column"), self.tr("Problem")]

    def set_problems(self, problems: list[Problem]) -> None:
        self.beginResetModel()
        self._rows = list(problems)
        self.endResetModel()

    def problem(self, row: int) -> Problem:
        return self._rows[row]

    def message(self, p: Problem) -> str:
        """The problem in the user's language."""
        if p.kind == "empty_name":
            return self.tr("Empty name: no first or last name")
        if p.kind == "impossible_age":
            return self.tr("Impossible age: “{value}”").format(value=p.value)
        if p.kind == "duplicate" and p.field == "external_ref":
            return self.tr("Duplicate person: the same number as row {row}").format(row=p.other_row)
        if p.kind == "duplicate":
            return self.tr("Duplicate person: the same name and e-mail as row {row}").format(row=p.other_row)
        if p.kind == "unknown_value":
            return self.tr("Unknown value “{value}” (see Values)").format(
                value=p.value)
        if p.kind == "bad_email":
            return self.tr("Not an e-mail address: “{value}” (left out)").format(value=p.value)
        if p.kind == "number_conflict":
            return self.tr("Number {number} is {name} in this session, not this person. Renumbered list? Ignore "
                           "the number column under Columns").format(number=p.value, name=p.known_as)
        if p.kind == "no_name_column":
            return self.tr("No column holds the names: choose one under Columns")
        return p.message

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p, c = self._rows[index.row()], index.column()
        error = p.severity == ERROR
        if role == Qt.ItemDataRole.DisplayRole:
            if c == self.SEVERITY:
                return self.tr("Error") if error else self.tr("Warning")
            if c == self.ROW:
                return p.row
            if c == self.COLUMN:
                return f"{p.column} ({p.header})" if p.column else "—"
            return self.message(p)
        if role == Qt.ItemDataRole.ForegroundRole and c == self.SEVERITY:
            return ink("bad" if error else "warn")
        if role == Qt.ItemDataRole.DecorationRole and c == self.SEVERITY:
            return error_icon() if error else warning_icon()
        if role == Qt.ItemDataRole.ToolTipRole and c == self.MESSAGE:
            return self.message(p)
        return None


class RowPreviewModel(RowTableModel):
    """The rows of the list as they will be stored: Excel row, status, what the import does with the row (new
    person, update of whom, unchanged), number, name parts, attributes, needs, e-mail."""

    ROW, STATUS, OUTCOME, NUMBER = range(4)
    _FIXED = 7  # Row, Status, Import, Number, First name, Infix, Last name

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self._keys: list[str] = []
        self._severity: dict[int, str] = {}
        self._numbers: dict[int, int] = {}
        self._outcomes: dict[int, tuple[str, Participant | None]] = {}
        self._headers = self._make_headers()
        self.skip_errors = False

    def set_report(self, report: ImportReport, skip_errors: bool,
                   outcomes: dict[int, tuple[str, Participant | None]] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(report.rows)
        self.skip_errors = skip_errors
        self._outcomes = dict(outcomes or {})
        keys: list[str] = []
        for column in report.columns:
            name = column["field"]
            if not name or name in _NOT_ATTRIBUTES:
                continue
            keys.extend(["age", "age_band"] if name == "age" else [name])
        self._keys = list(dict.fromkeys(keys))
        self._severity = {}
        for p in report.problems:
            if self._severity.get(p.row) != ERROR:
                self._severity[p.row] = p.severity
        self._numbers = {row.number: i for i, row in enumerate(self._rows)}
        self._headers = self._make_headers()
        self.endResetModel()

    def headers(self) -> list[str]:
        return self._headers

    def _make_headers(self) -> list[str]:
        return [self.tr("Row"), self.tr("Status"), self.tr("Import"), self.tr("Number"), self.tr("First name"),
                self.tr("Infix"), self.tr("Last name"), *(header_name(k) for k in self._keys), self.tr("Needs"),
                self.tr("E-mail")]

    def row_of(self, excel_row: int) -> int:
        """The model row of an Excel row number; -1 when it is not a data row (the header row)."""
        return self._numbers.get(excel_row, -1)

    def column_of(self, field: str) -> int:
        """The column showing ``field`` (for a problem), or the first-name column."""
        fixed = {"external_ref": 3, "first_name": 4, "full_name": 4, "infix": 5, "last_name": 6}
        if field in fixed:
            return fixed[field]
        if field in self._keys:
            return self._FIXED + self._keys.index(field)
        if field == "needs":
            return self._FIXED + len(self._keys)
        if field == "contact":
            return self._FIXED + len(self._keys) + 1
        return 4

    @property
    def renamed(self) -> int:
        """Rows that would update a stored person who has another name (matched by number)."""
        return sum(1 for row in self._rows if self._renames(row) is not None)

    def _renames(self, record) -> Participant | None:
        outcome, found = self._outcomes.get(record.number, ("", None))
        if found is not None and outcome == "updated" and \
                found.display_name.casefold() != record.person.display_name.casefold():
            return found
        return None

    def status(self, row: int) -> str:
        record = self._rows[row]
        if record.errors:
            return self.tr("Skipped") if self.skip_errors else self.tr("Error")
        if self._severity.get(record.number):
            return self.tr("Warning")
        return self.tr("OK")

    def outcome(self, row: int) -> str:
        record = self._rows[row]
        outcome, _found = self._outcomes.get(record.number, ("", None))
        renamed = self._renames(record)
        if renamed is not None:
            return self.tr("Updates “{name}”").format(name=renamed.display_name)
        return {"new": self.tr("New"), "updated": self.tr("Update"), "unchanged": self.tr("Unchanged")}.get(
            outcome, "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record, c = self._rows[index.row()], index.column()
        person = record.person
        if role == Qt.ItemDataRole.DisplayRole:
            if c == self.ROW:
                return record.number
            if c == self.STATUS:
                return self.status(index.row())
            if c == self.OUTCOME:
                return self.outcome(index.row())
            if c < self._FIXED:
                return [person.external_ref, person.first_name, person.infix, person.last_name][c - self.NUMBER]
            if c < self._FIXED + len(self._keys):
                return person.attributes.get(self._keys[c - self._FIXED], "")
            return ", ".join(person.needs) if c == self._FIXED + len(self._keys) else person.contact
        if role == Qt.ItemDataRole.BackgroundRole:
            if record.errors:
                return tint("bad")
            if self._severity.get(record.number) or (c == self.OUTCOME and self._renames(record) is not None):
                return tint("warn")
        if role == Qt.ItemDataRole.ForegroundRole and record.errors and self.skip_errors:
            return ink("muted")
        if role == Qt.ItemDataRole.ToolTipRole and c == self.OUTCOME and self._renames(record) is not None:
            return self.tr("The session has a person with this number under another name; the import would "
                           "rename them. Check that this list belongs to this session.")
        return None
