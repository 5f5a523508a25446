"""The participant import dialog on the shared lists: what it shows, what the user corrects, what it stores."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from facilitator.core import model as m
from facilitator.store.document import SessionDocument
from facilitator.ui.participant_import_dialog import ParticipantImportDialog
from facilitator.ui.tasks import SyncTaskRunner
from facilitator.ui.widgets.import_choices import ATTRIBUTE, IGNORE, ColumnChoiceModel, ValueModel
from facilitator.ui.widgets.import_rows import ProblemModel, RowPreviewModel


@pytest.fixture
def doc(tmp_path):
    document = SessionDocument.create(tmp_path / "Burgerberaad.facilitator", m.Meeting("Burgerberaad"))
    yield document
    document.close()


@pytest.fixture
def open_dialog(qtbot, doc, translations):
    def build(path: Path, runner=None, document=None) -> ParticipantImportDialog:
        dialog = ParticipantImportDialog(document or doc, runner or SyncTaskRunner())
        qtbot.addWidget(dialog)
        dialog.load(path)
        return dialog

    return build


def cells(model, column: int) -> list:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def names(document) -> list[str]:
    return sorted(p.display_name for p in document.all(m.Participant))


def test_the_messy_export_shows_every_problem_and_refuses_until_skipping_is_chosen(open_dialog, shared, doc):
    tasks = SyncTaskRunner()
    dialog = open_dialog(shared / "messy_excel_export.csv", tasks)
    assert tasks.runs == ["Reading “messy_excel_export.csv”…"]
    facts = dialog.facts_label.text()
    assert "Windows-1252" in facts and "“;” (semicolon)" in facts and "header in row 1, 25 data rows" in facts
    problems = dialog.problems
    assert cells(problems, ProblemModel.ROW) == [5, 10, 11, 13, 19, 22]
    assert cells(problems, ProblemModel.COLUMN) == ["B (Voornaam)", "F (Leeftijd)", "F (Leeftijd)", "A (Nr)",
                                                    "J (E-mail)", "H (Opleidingsniveau)"]
    assert cells(problems, ProblemModel.SEVERITY) == ["Error"] * 4 + ["Warning"] * 2
    messages = cells(problems, ProblemModel.MESSAGE)
    assert messages[0].startswith("Empty name") and messages[1] == "Impossible age: “onbekend”"
    assert messages[2] == "Impossible age: “230”" and messages[3] == "Duplicate person: the same number as row 12"
    assert "“geen”" in messages[4] and "Unknown value “HBO”" in messages[5]
    assert dialog.problems_heading.text() == "Problems: 4 errors, 2 warnings"
    assert dialog.tabs.tabText(1) == "Values: 1 to check"
    # errors: nothing can be imported until the user chooses to skip those rows
    assert dialog.skip_box.isVisibleTo(dialog) and not dialog.import_button.isEnabled()
    assert "21 can be imported: 21 new, 0 updated, 0 unchanged. 4 rows with errors." in dialog.summary_label.text()
    assert cells(dialog.rows, RowPreviewModel.STATUS).count("Error") == 4
    dialog.confirm()  # the button is disabled: confirming does nothing
    assert doc.all(m.Participant) == []
    dialog.skip_box.setChecked(True)
    assert dialog.import_button.isEnabled()
    assert cells(dialog.rows, RowPreviewModel.STATUS).count("Skipped") == 4
    assert "4 rows with errors will be skipped" in dialog.summary_label.text()
    assert doc.all(m.Participant) == []  # still nothing before the confirmation
    results = []
    dialog.imported.connect(results.append)
    dialog.confirm()
    assert tasks.runs[-1] == "Importing 21 people…"
    assert (results[0].imported, results[0].skipped) == (21, 4)
    people = doc.all(m.Participant)
    assert len(people) == 21 and "Frank Dijkstra" not in names(doc) and "Chloë El Amrani" not in names(doc)
    assert dialog.result() == ParticipantImportDialog.DialogCode.Accepted


def test_clicking_a_problem_selects_its_row_and_column(open_dialog, shared):
    dialog = open_dialog(shared / "messy_excel_export.csv")
    dialog.show()
    dialog.problems_view.setCurrentIndex(dialog.problems.index(2, 0))  # row 11, the age 230
    current = dialog.rows_view.currentIndex()
    assert dialog.rows.index(current.row(), RowPreviewModel.ROW).data() == 11
    assert dialog.rows.headerData(current.column(), Qt.Orientation.Horizontal) == "Age"
    dialog.problems_view.setCurrentIndex(dialog.problems.index(5, 0))  # an unknown value: the Values tab opens
    assert dialog.rows.index(dialog.rows_view.currentIndex().row(), 0).data() == 22
    assert dialog.tabs.currentIndex() == 1


@pytest.mark.parametrize("name, facts", [
    ("burgerberaad_60_excel_nl.csv", "CSV file, encoding Windows-1252 (older Excel), separator “;” (semicolon)"),
    ("burgerberaad_60.xlsx", "Excel workbook, sheet “"),
    ("burgerberaad_60.csv", "CSV file, encoding UTF-8, separator “,” (comma)"),
])
def test_clean_lists_import_at_once(open_dialog, shared, doc, name, facts):
    dialog = open_dialog(shared / name)
    assert dialog.facts_label.text().startswith(facts)
    assert dialog.problems.rowCount() == 0 and dialog.problems_heading.text() == "No problems found"
    assert not dialog.skip_box.isVisibleTo(dialog) and dialog.import_button.isEnabled()
    assert cells(dialog.columns, ColumnChoiceModel.FIELD)[:4] == ["Number", "First name", "Infix (tussenvoegsel)",
                                                                  "Last name"]
    dialog.confirm()
    people = {p.external_ref: p for p in doc.all(m.Participant)}
    assert len(people) == 60
    assert people["4"].display_name == "Stijn Çelik" and people["4"].attributes["age_band"] == "65+"
    assert people["1"].display_name == "Fatima van Leeuwen"


def test_correcting_values_and_columns_changes_what_is_stored(open_dialog, shared, doc):
    dialog = open_dialog(shared / "messy_excel_export.csv")
    values = dialog.values
    hbo = next(r for r in range(values.rowCount()) if values.index(r, ValueModel.SPELLINGS).data() == "“HBO”")
    assert values.index(hbo, ValueModel.STORED).data() == "HBO" and values.group(hbo)[1].unknown
    assert "hoog" in values.options(hbo)
    assert values.setData(values.index(hbo, ValueModel.STORED), "hoog")
    assert [p.row for p in dialog.report.warnings] == [19]  # the HBO warning is gone
    assert dialog.tabs.tabText(1) == "Values"
    male = next(r for r in range(values.rowCount()) if values.index(r, ValueModel.SPELLINGS).data() == "“M”")
    assert values.index(male, ValueModel.STORED).data() == "man"
    columns = dialog.columns
    district = columns.row_of_letter("G")
    needs = columns.row_of_letter("K")
    assert columns.setData(columns.index(district, ColumnChoiceModel.FIELD), IGNORE)
    assert columns.setData(columns.index(needs, ColumnChoiceModel.FIELD), ATTRIBUTE)
    assert columns.index(district, ColumnChoiceModel.FIELD).data() == "Ignore this column"
    assert columns.index(needs, ColumnChoiceModel.FIELD).data() == "Keep as attribute “Bijzonderheden”"
    headers = [dialog.rows.headerData(c, Qt.Orientation.Horizontal) for c in range(dialog.rows.columnCount())]
    assert "District" not in headers and "Bijzonderheden" in headers
    assert doc.all(m.Participant) == []
    dialog.skip_box.setChecked(True)
    dialog.confirm()
    people = {p.external_ref: p for p in doc.all(m.Participant)}
    assert people["21"].attributes["education"] == "hoog"
    assert people["13"].attributes["Bijzonderheden"] == "rolstoel" and people["13"].needs == []
    assert all("district" not in p.attributes for p in people.values())


def test_choosing_a_field_another_column_had_keeps_that_column_as_an_attribute(open_dialog, shared):
    dialog = open_dialog(shared / "messy_excel_export.csv")
    columns = dialog.columns
    columns.setData(columns.index(columns.row_of_letter("I"), ColumnChoiceModel.FIELD), "district")  # Houding
    fields = {c["column"]: c["field"] for c in dialog.report.columns}
    assert fields["I"] == "district" and fields["G"] == "Wijk"
    assert dialog.report.rows[0].person.attributes["district"] == "tegen"


def test_removing_every_name_column_explains_itself(open_dialog, shared):
    dialog = open_dialog(shared / "messy_excel_export.csv")
    columns = dialog.columns
    for letter in "BCD":
        columns.setData(columns.index(columns.row_of_letter(letter), ColumnChoiceModel.FIELD), IGNORE)
    assert dialog.problems.index(0, ProblemModel.MESSAGE).data().startswith("No column holds the names")
    assert dialog.report.valid_rows == []
    dialog.skip_box.setChecked(True)
    assert not dialog.import_button.isEnabled()
    dialog.problems_view.setCurrentIndex(dialog.problems.index(0, 0))
    assert dialog.tabs.currentIndex() == 0


def _write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="cp1252", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows(rows)
    return path


def test_reimporting_an_updated_list_says_what_it_adds_and_updates(open_dialog, shared, doc, tmp_path):
    open_dialog(shared / "burgerberaad_60.csv").confirm()
    with (shared / "burgerberaad_60.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    rows[1][6] = "Oost"  # Fatima moved
    rows[2][3] = "Bouzid-Jansen"
    rows.append(["61", "Walk", "", "In", "vrouw", "30", "Zuid", "hoog", "voor", "walk.in@voorbeeld.nl", ""])
    dialog = open_dialog(_write(tmp_path / "bijgewerkt.csv", rows))
    assert "61 can be imported: 1 new, 2 updated, 58 unchanged." in dialog.summary_label.text()
    outcomes = cells(dialog.rows, RowPreviewModel.OUTCOME)
    assert outcomes[:3] == ["Update", "Updates “Anna Bouzid”", "Unchanged"] and outcomes[-1] == "New"
    assert "1 row gives a person in this session another name" in dialog.summary_label.text()
    dialog.confirm()
    people = {p.external_ref: p for p in doc.all(m.Participant)}
    assert len(people) == 61 and people["1"].attributes["district"] == "Oost"
    assert people["2"].last_name == "Bouzid-Jansen"


def test_a_number_that_belongs_to_someone_else_is_a_problem_not_a_rename(open_dialog, shared, doc, tmp_path):
    open_dialog(shared / "burgerberaad_60.csv").confirm()
    with (shared / "burgerberaad_60.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    rows[1][0], rows[2][0] = "2", "1"  # renumbered
    dialog = open_dialog(_write(tmp_path / "hernummerd.csv", rows))
    messages = [dialog.problems.message(dialog.problems.problem(r)) for r in range(dialog.problems.rowCount())]
    assert messages == [
        "Number 2 is Anna Bouzid in this session, not this person. Renumbered list? Ignore the number column "
        "under Columns",
        "Number 1 is Fatima van Leeuwen in this session, not this person. Renumbered list? Ignore the number "
        "column under Columns"]
    assert dialog.skip_box.isVisibleTo(dialog) and not dialog.import_button.isEnabled()  # nothing renamed
    assert {p.external_ref: p.first_name for p in doc.all(m.Participant)}["1"] == "Fatima"


@pytest.mark.parametrize("content, advice", [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "old Excel .xls file"),
    (b"", "The file is empty."),
    (b"Naam van de klant;Bedrag\nJansen;12\n", "No row with column names"),
])
def test_an_unreadable_list_says_which_file_and_what_to_do(open_dialog, doc, tmp_path, content, advice):
    path = tmp_path / "deelnemers.csv"
    path.write_bytes(content)
    dialog = open_dialog(path)
    text = dialog.error_label.text()
    assert "“deelnemers.csv” cannot be read as a participant list." in text
    assert advice in text and "choose it again" in text
    assert dialog.report is None and not dialog.import_button.isEnabled()
    assert not dialog.splitter.isVisibleTo(dialog)
    assert doc.all(m.Participant) == []


def test_a_read_only_session_previews_but_does_not_import(open_dialog, shared, tmp_path):
    path = tmp_path / "alleen-lezen.facilitator"
    SessionDocument.create(path, m.Meeting("Inloop")).close()
    with SessionDocument.open(path, read_only=True) as document:
        dialog = open_dialog(shared / "burgerberaad_60.csv", document=document)
        assert dialog.rows.rowCount() == 60 and not dialog.import_button.isEnabled()
        assert "read-only" in dialog.summary_label.text()


def test_the_import_runs_off_the_gui_thread_with_the_real_task_runner(open_dialog, shared, doc, qasync_loop):
    from facilitator.ui.tasks import TaskRunner

    runner = TaskRunner(qasync_loop, show_after_ms=10_000)
    dialog = open_dialog(shared / "g1000.csv", runner)
    assert dialog.report is None and not dialog.import_button.isEnabled()  # it runs when the loop runs
    qasync_loop.run_until_complete(runner.idle())
    assert dialog.rows.rowCount() == 1000 and dialog.import_button.isEnabled()
    dialog.confirm()
    qasync_loop.run_until_complete(runner.idle())
    assert len(doc.all(m.Participant)) == 1000
    runner.shutdown()


def test_the_participants_screen_and_the_file_menu_open_the_import(make_window, session_file, shared, tasks,
                                                                   monkeypatch):
    from facilitator.ui import participant_import_dialog

    window = make_window()
    window.open_path(session_file)
    monkeypatch.setattr(participant_import_dialog, "ask_list_path", lambda parent, document: None)
    window.actions_.import_participants.trigger()  # the chooser is cancelled: nothing opens
    assert window.workspace.current_key() == "participants"
    view = window.workspace.view("participants")
    monkeypatch.setattr(participant_import_dialog, "ask_list_path",
                        lambda parent, document: shared / "messy_excel_export.csv")
    window.actions_.import_participants.trigger()
    dialog = view.findChildren(ParticipantImportDialog)[-1]
    assert dialog.rows.rowCount() == 25 and tasks.runs[-1] == "Reading “messy_excel_export.csv”…"
    dialog.skip_box.setChecked(True)
    dialog.confirm()
    assert view.model.rowCount() == 3 + 21
    assert "21 new" in view.notice.label.text()


def test_the_combo_boxes_in_the_tables_make_the_corrections(open_dialog, shared, qtbot):
    dialog = open_dialog(shared / "messy_excel_export.csv")
    dialog.show()
    columns = dialog.columns
    index = columns.index(columns.row_of_letter("G"), ColumnChoiceModel.FIELD)
    box = dialog.columns_view.indexWidget(index)  # the always-open combo box of column G (Wijk)
    ignore = box.findData(IGNORE)
    box.setCurrentIndex(ignore)
    box.activated.emit(ignore)
    qtbot.wait(10)  # the replaced editors are deleted later, safely
    assert {c["column"]: c["field"] for c in dialog.report.columns}["G"] is None
    values = dialog.values
    hbo = next(r for r in range(values.rowCount()) if values.index(r, ValueModel.SPELLINGS).data() == "“HBO”")
    dialog.tabs.setCurrentIndex(1)
    dialog.values_view.edit(values.index(hbo, ValueModel.STORED))
    editor = dialog.values_view.indexWidget(values.index(hbo, ValueModel.STORED))
    editor.setEditText("hoog")
    editor.lineEdit().editingFinished.emit()
    qtbot.wait(10)
    assert dialog.report.corrections == {"education": {"HBO": "hoog"}}
    assert not [p for p in dialog.report.problems if p.kind == "unknown_value"]


def test_the_dialog_stays_open_while_it_reads(open_dialog, shared, qasync_loop):
    from facilitator.ui.tasks import TaskRunner

    runner = TaskRunner(qasync_loop, show_after_ms=10_000)
    dialog = open_dialog(shared / "burgerberaad_60.csv", runner)
    dialog.show()
    dialog.busy = True  # as while the worker thread reads
    dialog.reject()
    assert dialog.isVisible()
    dialog.busy = False
    qasync_loop.run_until_complete(runner.idle())
    dialog.reject()
    assert not dialog.isVisible()
    runner.shutdown()
