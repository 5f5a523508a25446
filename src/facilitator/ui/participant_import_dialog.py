"""The participant import: choose a list, see what will be stored and every problem, correct, then confirm.

The dialog reads the file and, after the user confirms, stores the people
through the window's task runner (off the GUI thread; a 1,000-row list does
not freeze the window). Between the two nothing is written: every correction
(which column is which field, what a value means) goes back through
:meth:`ImportReport.recheck`, and the screen shows the engine's new report:
the encoding and separator found, the header row, the column choices, the
value groups, every problem by Excel row and column, and the rows as they
will be stored. Clicking a problem selects its row. With row errors the
Import button stays disabled until "Skip rows with errors" is ticked. For a
list imported before, the summary says how many people will be added,
updated or left unchanged.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.model import Participant
from facilitator.io.participant_import import (
    ImportRefused,
    ImportReport,
    ImportResult,
    UnreadableFile,
    apply,
    is_field,
    row_outcomes,
)
from facilitator.io.participant_import import preview as read_list
from facilitator.store.document import SessionDocument
from facilitator.store.errors import DocumentError
from facilitator.ui.widgets.import_choices import ChoiceDelegate, ColumnChoiceModel, ValueModel, field_label
from facilitator.ui.widgets.import_file import ask_list_path, unreadable_text
from facilitator.ui.widgets.import_rows import ProblemModel, RowPreviewModel
from facilitator.ui.widgets.table_setup import configure, fit_columns
from facilitator.ui.widgets.tones import heading, ink, muted, scaled



def _read(path: Path, document: SessionDocument, progress) -> tuple[ImportReport, list[Participant]]:
    progress.step(0, 2)
    existing = document.all(Participant)
    progress.step(1, 2)
    return read_list(path, existing=existing), existing


def _store(document: SessionDocument, report: ImportReport, skip: bool, progress) -> ImportResult:
    progress.step(0, 1)
    return apply(document, report, skip_invalid=skip)


class ParticipantImportDialog(QDialog):
    """Preview, correct and import one participant list into ``document``."""

    #: The people were stored (an ImportResult).
    imported = Signal(object)

    def __init__(self, document: SessionDocument, tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.tasks = tasks
        self.path: Path | None = None
        self.report: ImportReport | None = None
        self.existing: list[Participant] = []
        self.outcome: ImportResult | None = None
        self.counts: ImportResult | None = None
        self.outcomes: dict = {}
        self.busy = False
        self.setWindowTitle(self.tr("Import participants"))
        self.setSizeGripEnabled(True)

        self.file_label = QLabel(self)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("Choose a file…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        self.facts_label = muted("", self)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.error_label.setFont(scaled(self.error_label.font(), 1.15))
        palette = self.error_label.palette()
        palette.setColor(self.error_label.foregroundRole(), ink("bad"))
        self.error_label.setPalette(palette)

        self.columns = ColumnChoiceModel(self)
        self.columns_view = self._table(self.columns)
        self.columns_view.setItemDelegateForColumn(ColumnChoiceModel.FIELD, ChoiceDelegate(self.columns_view))
        self.values = ValueModel(self)
        self.values_view = self._table(self.values)
        self.values_view.setItemDelegateForColumn(ValueModel.STORED, ChoiceDelegate(self.values_view))
        self.values_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.values_note = muted("", self)
        values_page = QWidget(self)
        values_layout = QVBoxLayout(values_page)
        values_layout.setContentsMargins(0, 0, 0, 0)
        values_layout.addWidget(self.values_view, 1)
        values_layout.addWidget(self.values_note)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.columns_view, "")
        self.tabs.addTab(values_page, "")

        self.problems = ProblemModel(self)
        self.problems_view = self._table(self.problems)
        self.problems_view.selectionModel().currentRowChanged.connect(self._problem_chosen)
        self.problems_heading = heading("", self, 1.05)
        problems_box = QWidget(self)
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addWidget(self.problems_heading)
        problems_layout.addWidget(self.problems_view, 1)
        self.no_problems_label = muted(self.tr("Every row has a name and a possible age, no person is in the list "
                                               "twice, and every value is known."), self)
        problems_layout.addWidget(self.no_problems_label)
        problems_layout.addStretch(0)

        self.rows = RowPreviewModel(self)
        self.rows_view = self._table(self.rows)
        self.rows_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        rows_box = QWidget(self)
        rows_layout = QVBoxLayout(rows_box)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        rows_layout.addWidget(heading(self.tr("The rows as they will be stored"), self, 1.05))
        rows_layout.addWidget(self.rows_view, 1)

        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.tabs)
        top.addWidget(problems_box)
        top.setStretchFactor(0, 1)
        top.setStretchFactor(1, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(rows_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.skip_box = QCheckBox(self.tr("Skip rows with errors"), self)
        self.skip_box.toggled.connect(self._show_summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)

        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.skip_box)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.facts_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.summary_label)
        layout.addLayout(bottom)

        self.columns.chosen.connect(self.choose_column)
        self.values.corrected.connect(self.correct_value)
        em = self.fontMetrics().averageCharWidth()
        self.resize(em * 150, self.fontMetrics().height() * 44)
        self._show()

    @staticmethod
    def _fit(view: QTableView, stretch: int) -> None:
        """Columns as wide as their contents, except ``stretch``, which takes the rest (eliding or wrapping)."""
        header = view.horizontalHeader()
        for column in range(header.count()):
            mode = QHeaderView.ResizeMode.Stretch if column == stretch else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)

    def _table(self, model) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        configure(view)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        return view

    # -- reading ----------------------------------------------------------------------------------

    def choose_file(self) -> None:
        path = ask_list_path(self, self.document)
        if path is not None:
            self.load(path)

    def load(self, path: Path | str) -> None:
        """Read ``path`` (off the GUI thread) and show its preview, or why it can't be read."""
        self.tasks.start(self._load(Path(path)))

    async def _load(self, path: Path) -> None:
        self.path, self.report, self.busy = path, None, True
        self.skip_box.setChecked(False)  # skipping rows is chosen per list, never carried over
        self.error_label.clear()
        self._show()
        try:
            title = self.tr("Reading “{name}”…").format(name=path.name)
            self.report, self.existing = await self.tasks.run_task(_read, path, self.document, title=title)
        except UnreadableFile as exc:
            self.error_label.setText(unreadable_text(path, str(exc)))
        finally:
            self.busy = False
            self._show()

    # -- corrections ------------------------------------------------------------------------------

    def choose_column(self, letter: str, target: str) -> None:
        """Column ``letter`` becomes ``target`` (a field, an attribute name, or "" to ignore it)."""
        if self.report is None:
            return
        choices = {letter: target}
        if is_field(target):  # the column that had this field keeps its values, as an attribute
            for column in self.report.columns:
                if column["field"] == target and column["column"] != letter:
                    choices[column["column"]] = column["header"] or column["column"]
        self.report = self.report.recheck(columns=choices)
        self._show()

    def correct_value(self, field: str, spellings: list[str], value: str) -> None:
        """Store ``value`` for every spelling of one value group of ``field``."""
        if self.report is None:
            return
        self.report = self.report.recheck({field: {spelling: value for spelling in spellings}})
        self._show()

    # -- showing ----------------------------------------------------------------------------------

    def _show(self) -> None:
        report = self.report
        if self.path is None:
            self.file_label.setText(self.tr("No list chosen yet: choose a .csv or .xlsx file."))
        else:
            self.file_label.setText(self.tr("List: {path}").format(path=str(self.path)))
        self.error_label.setVisible(bool(self.error_label.text()))
        self.layout().setStretchFactor(self.error_label, 0 if report is not None else 1)
        self.splitter.setVisible(report is not None)
        self.facts_label.setVisible(report is not None)
        self.skip_box.setVisible(report is not None and bool(report.errors))
        if report is None:
            self.summary_label.setText(self.tr("Reading the list…") if self.busy else "")
            self._enable()
            return
        self.facts_label.setText(self.facts(report))
        self.columns.set_report(report)
        for row in range(self.columns.rowCount()):
            self.columns_view.openPersistentEditor(self.columns.index(row, ColumnChoiceModel.FIELD))
        self.values.set_report(report)
        self.outcomes = row_outcomes(self.existing, report)
        self.rows.set_report(report, self.skip_box.isChecked(), self.outcomes)
        self.problems.set_problems(report.problems)
        left_out = ", ".join(f"{field_label(name)} ({count})" for name, count in self.values.left_out)
        self.values_note.setText(self.tr("Not listed, too many different values: {columns}").format(
            columns=left_out) if left_out else "")
        self.values_note.setVisible(bool(left_out))
        self.tabs.setTabText(0, self.tr("Columns ({count})").format(count=self.columns.rowCount()))
        unknown = self.values.unknown
        self.tabs.setTabText(1, self.tr("Values: {count} to check").format(count=unknown) if unknown
                             else self.tr("Values"))
        if report.problems:
            self.problems_heading.setText(self.tr("Problems: {errors} errors, {warnings} warnings").format(
                errors=len(report.errors), warnings=len(report.warnings)))
        else:
            self.problems_heading.setText(self.tr("No problems found"))
        self.problems_view.setVisible(bool(report.problems))
        self.no_problems_label.setVisible(not report.problems)
        for view in (self.values_view, self.rows_view):
            fit_columns(view)
        self._fit(self.columns_view, ColumnChoiceModel.EXAMPLE)
        self.columns_view.horizontalHeader().setSectionResizeMode(ColumnChoiceModel.FIELD, QHeaderView.ResizeMode.Fixed)
        self.columns_view.horizontalHeader().resizeSection(
            ColumnChoiceModel.FIELD, self.fontMetrics().averageCharWidth() * 34)
        self._fit(self.problems_view, ProblemModel.MESSAGE)
        self._show_summary()

    def facts(self, report: ImportReport) -> str:
        grid = report.grid
        if grid.format == "xlsx":
            found = self.tr("Excel workbook, sheet “{sheet}”").format(sheet=grid.sheet)
        else:
            encodings = {"utf-8": "UTF-8", "utf-8-sig": self.tr("UTF-8 with byte order mark"),
                         "cp1252": self.tr("Windows-1252 (older Excel)"), "utf-16": "UTF-16",
                         "utf-16-le": "UTF-16", "utf-16-be": "UTF-16"}
            separators = {";": self.tr("“;” (semicolon)"), ",": self.tr("“,” (comma)"), "\t": self.tr("tab")}
            found = self.tr("CSV file, encoding {encoding}, separator {separator}").format(
                encoding=encodings.get(grid.encoding, grid.encoding),
                separator=separators.get(grid.separator, grid.separator))
        rows = self.tr("header in row {row}, {count} data rows").format(row=report.header_row, count=len(report.rows))
        return f"{found} · {rows}"

    def _show_summary(self) -> None:
        report = self.report
        if report is None:
            return
        skip = self.skip_box.isChecked()
        if self.rows.skip_errors != skip:
            self.rows.set_report(report, skip, self.outcomes)
        done = Counter(outcome for outcome, _person in self.outcomes.values())
        self.counts = ImportResult(done["new"], done["updated"], done["unchanged"], len(report.rows) - len(
            report.valid_rows))
        lines = [self.tr("{total} rows in the list. {valid} can be imported: {new} new, {updated} updated, "
                         "{unchanged} unchanged.").format(
            total=len(report.rows), valid=len(report.valid_rows), new=self.counts.imported,
            updated=self.counts.updated, unchanged=self.counts.unchanged)]
        if self.rows.renamed:
            lines.append(self.tr("%n row(s) give a person in this session another name (matched by number; "
                                 "see the Import column).", "", self.rows.renamed))
        bad = len(report.rows) - len(report.valid_rows)
        if bad and skip:
            lines.append(self.tr("%n row(s) with errors will be skipped.", "", bad))
        elif bad:
            lines.append(self.tr("%n row(s) with errors. Correct the file and choose it again, or tick "
                                 "“Skip rows with errors” to import the other rows.", "", bad))
        if self.document.read_only:
            lines.append(self.tr("This session is open read-only: nothing can be imported into it."))
        else:
            lines.append(self.tr("Nothing is stored until you press Import."))
        self.summary_label.setText(" ".join(lines))
        self._enable()

    def _enable(self) -> None:
        report = self.report
        ready = (report is not None and not self.busy and not self.document.read_only and bool(report.valid_rows)
                 and (not report.errors or self.skip_box.isChecked()))
        self.import_button.setEnabled(ready)
        self.choose_button.setEnabled(not self.busy)

    def _problem_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        problem = self.problems.problem(current.row())
        row = self.rows.row_of(problem.row)
        if problem.kind == "no_name_column":
            self.tabs.setCurrentIndex(0)
            return
        if row < 0:
            return
        self.rows_view.setCurrentIndex(self.rows.index(row, self.rows.column_of(problem.field)))
        self.rows_view.scrollTo(self.rows.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        if problem.kind == "unknown_value":
            self.tabs.setCurrentIndex(1)

    def reject(self) -> None:
        """Cancel; not while a list is being read or stored (the job would come back to a closed dialog)."""
        if not self.busy:
            super().reject()

    # -- storing ----------------------------------------------------------------------------------

    def confirm(self) -> None:
        """Store the people (only now); the dialog closes when they are in the session."""
        if self.import_button.isEnabled():
            self.tasks.start(self._import())

    async def _import(self) -> None:
        report, skip = self.report, self.skip_box.isChecked()
        self.busy = True
        self._enable()
        try:
            title = self.tr("Importing {count} people…").format(count=len(report.valid_rows))
            self.outcome = await self.tasks.run_task(_store, self.document, report, skip, title=title,
                                                    cancellable=False)
        except (ImportRefused, DocumentError) as exc:
            self.error_label.setText(self.tr("Nothing was imported: {reason}").format(reason=str(exc)))
            self.error_label.show()
            return
        finally:
            self.busy = False
            self._enable()
        self.imported.emit(self.outcome)
        self.accept()
