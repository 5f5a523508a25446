"""The two things the user corrects in an import preview: which column becomes which field, and what each value
of a category column is stored as. Item models plus the combo-box delegate that edits them.

Neither model changes itself: an edit is emitted (``chosen`` / ``corrected``)
and the dialog rechecks the report and hands the new one back with
``set_report``, so what is shown is always what the import engine says.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from facilitator.io.participant_columns import VOCABULARY
from facilitator.io.participant_import import ImportReport, ValueGroup, is_field
from facilitator.ui.models.participant_model import header_name
from facilitator.ui.models.roles import Index
from facilitator.ui.models.row_table import RowTableModel
from facilitator.ui.widgets.tones import ink, tint

#: The column is kept as an attribute under its own header / left out.
ATTRIBUTE, IGNORE = "@attribute", ""
#: Fields a column can become, in the order the combo box offers them.
FIELDS = ("external_ref", "first_name", "infix", "last_name", "full_name", "gender", "age", "district", "education",
          "stance", "contact", "needs", "organisation", "function")
#: A value column lists its values only when it has at most this many (a postcode column has hundreds).
MAX_GROUPS = 40
EXAMPLES = 3


def field_label(name: str) -> str:
    """The translated name of an import field ('first_name' -> 'First name')."""
    labels = {
        "external_ref": QCoreApplication.translate("ColumnChoiceModel", "Number"),
        "first_name": QCoreApplication.translate("ColumnChoiceModel", "First name"),
        "infix": QCoreApplication.translate("ColumnChoiceModel", "Infix (tussenvoegsel)"),
        "last_name": QCoreApplication.translate("ColumnChoiceModel", "Last name"),
        "full_name": QCoreApplication.translate("ColumnChoiceModel", "Full name (split into parts)"),
        "contact": QCoreApplication.translate("ColumnChoiceModel", "E-mail"),
        "needs": QCoreApplication.translate("ColumnChoiceModel", "Needs"),
        "function": QCoreApplication.translate("ColumnChoiceModel", "Function"),
        "age": QCoreApplication.translate("ColumnChoiceModel", "Age (gives the age band)"),
    }
    if name in labels:
        return labels[name]
    if name.startswith("preference_"):
        return QCoreApplication.translate("ColumnChoiceModel", "Preference {number}").format(
            number=name.removeprefix("preference_"))
    return header_name(name)


class ColumnChoiceModel(RowTableModel):
    """One row per column of the file: its letter, header, a few example values and the field it becomes."""

    LETTER, HEADER, FIELD, EXAMPLE = range(4)
    #: (column letter, target): the field, the header to keep it as an attribute under, or "" to ignore it.
    chosen = Signal(str, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[dict] = []
        self._examples: list[str] = []
        self._preferences = 4

    def headers(self) -> list[str]:
        return [self.tr("Column"), self.tr("Header in the file"), self.tr("Becomes"), self.tr("Example values")]

    def set_report(self, report: ImportReport) -> None:
        self.beginResetModel()
        self._rows = list(report.columns)
        data = report.grid.rows[report.header_row:]
        self._examples = []
        for i in range(len(self._rows)):
            seen: list[str] = []
            for row in data:
                value = " ".join(row[i].split()) if i < len(row) else ""
                if value and value not in seen:
                    seen.append(value)
                if len(seen) == EXAMPLES:
                    break
            self._examples.append(", ".join(seen))
        used = [int(c["field"].removeprefix("preference_")) for c in self._rows
                if c["field"] and c["field"].startswith("preference_") and c["known"]]
        self._preferences = max([4, *used])
        self.endResetModel()

    def options(self, row: int) -> list[tuple[str, str]]:
        """(label, choice) pairs for the combo box of one row."""
        header = self._rows[row]["header"] or self._rows[row]["column"]
        fields = [*FIELDS, *(f"preference_{n}" for n in range(1, self._preferences + 1))]
        return [(field_label(f), f) for f in fields] + [
            (self.tr("Keep as attribute “{header}”").format(header=header), ATTRIBUTE),
            (self.tr("Ignore this column"), IGNORE)]

    def choice(self, row: int) -> str:
        column = self._rows[row]
        if not column["field"]:
            return IGNORE
        return column["field"] if column["known"] else ATTRIBUTE

    def letter(self, row: int) -> str:
        return self._rows[row]["column"]

    def row_of_letter(self, letter: str) -> int:
        return next((i for i, c in enumerate(self._rows) if c["column"] == letter), -1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == self.FIELD else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column, c = self._rows[index.row()], index.column()
        choice = self.choice(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            if c == self.FIELD:
                return dict((value, label) for label, value in self.options(index.row()))[choice]
            return [column["column"], column["header"], "", self._examples[index.row()]][c]
        if role == Qt.ItemDataRole.EditRole and c == self.FIELD:
            return choice
        if role == Qt.ItemDataRole.ForegroundRole and choice == IGNORE:
            return ink("muted")
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 (Qt API)
        if not index.isValid() or index.column() != self.FIELD or role != Qt.ItemDataRole.EditRole:
            return False
        if value == self.choice(index.row()):
            return False
        column = self._rows[index.row()]
        target = (column["header"] or column["column"]) if value == ATTRIBUTE else str(value)
        if value not in (ATTRIBUTE, IGNORE) and not is_field(target):
            return False
        self.chosen.emit(column["column"], target)
        return True


class ValueModel(RowTableModel):
    """The values of the category columns, one row per spelling group: what the file says, how often, and what
    is stored (editable). Values outside a column's vocabulary are marked: they are warnings until corrected."""

    FIELD, SPELLINGS, COUNT, STORED = range(4)
    #: (field, spellings as in the file, value to store instead).
    corrected = Signal(str, list, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, ValueGroup]] = []
        self._stored: dict[str, list[str]] = {}
        self.left_out: list[tuple[str, int]] = []  # (field, how many values) of columns with too many to list

    def headers(self) -> list[str]:
        return [self.tr("Column"), self.tr("In the file"), self.tr("Rows"), self.tr("Stored as")]

    def set_report(self, report: ImportReport) -> None:
        self.beginResetModel()
        self._rows, self.left_out, self._stored = [], [], {}
        order = [c["field"] for c in report.columns if c["field"] in report.values]
        for name in order:
            groups = report.values[name]
            if len(groups) > MAX_GROUPS and not any(g.unknown for g in groups):
                self.left_out.append((name, len(groups)))
                continue
            shown = groups if len(groups) <= MAX_GROUPS else [g for g in groups if g.unknown]
            self._rows.extend((name, group) for group in shown)
            stored = list(dict.fromkeys(VOCABULARY.get(name, {}).values()))
            self._stored[name] = stored + sorted({g.stored for g in groups} - set(stored), key=str.casefold)
        self.endResetModel()

    def options(self, row: int) -> list[str]:
        """The values this row's column already stores (its vocabulary first): what the combo box offers."""
        return self._stored.get(self._rows[row][0], [])

    def group(self, row: int) -> tuple[str, ValueGroup]:
        return self._rows[row]

    @property
    def unknown(self) -> int:
        return sum(1 for _name, group in self._rows if group.unknown)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == self.STORED else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        name, group = self._rows[index.row()]
        c = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if c == self.FIELD:
                return field_label(name)
            if c == self.SPELLINGS:
                return " · ".join(f"“{s}”" for s in group.spellings)
            if c == self.COUNT:
                return group.rows
            return group.stored
        if role == Qt.ItemDataRole.BackgroundRole and group.unknown:
            return tint("warn")
        if role == Qt.ItemDataRole.ToolTipRole and group.unknown:
            return self.tr("Not a known value for this column: it is kept as it is. Choose what it means "
                           "under “Stored as”.")
        if role == Qt.ItemDataRole.TextAlignmentRole and c == self.COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 (Qt API)
        if not index.isValid() or index.column() != self.STORED or role != Qt.ItemDataRole.EditRole:
            return False
        name, group = self._rows[index.row()]
        value = " ".join(str(value).split())
        if not value or (value == group.stored and not group.unknown):
            return False
        self.corrected.emit(name, list(group.spellings), value)
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for a model's ``options(row)``: (label, value) pairs, or plain values with free text allowed."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: N802 (Qt API)
        box = QComboBox(parent)
        options = index.model().options(index.row())
        for option_ in options:
            label, value = option_ if isinstance(option_, tuple) else (option_, option_)
            box.addItem(label, value)
        if options and not isinstance(options[0], tuple):
            box.setEditable(True)
            box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.activated.connect(lambda _i, box=box: self.commitData.emit(box))
        if box.isEditable():
            box.lineEdit().editingFinished.connect(lambda box=box: self.commitData.emit(box))
        return box

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        found = editor.findData(value)
        if found >= 0:
            editor.setCurrentIndex(found)
        elif editor.isEditable():
            editor.setEditText(str(value))

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:  # noqa: N802
        if editor.isEditable():
            text = editor.currentText()
            found = editor.findText(text)
            value = editor.itemData(found) if found >= 0 else text
        else:
            value = editor.currentData()
        model.setData(index, value, Qt.ItemDataRole.EditRole)
