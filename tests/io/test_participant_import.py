"""Importing participant lists as they really arrive: the shared files, encodings, title rows, problems, re-import."""

import csv
from pathlib import Path

import openpyxl
import pytest

from facilitator.core.model import Meeting, Participant
from facilitator.io.participant_import import ImportRefused, UnreadableFile, apply, plan, preview
from facilitator.io.tabular import column_letter
from facilitator.store.document import SessionDocument

@pytest.fixture
def doc(tmp_path):
    document = SessionDocument.create(tmp_path / "s.facilitator", Meeting(title="Burgerberaad"))
    yield document
    document.close()


def _write(path: Path, rows: list[list[str]], encoding: str, separator: str = ";") -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        csv.writer(fh, delimiter=separator, lineterminator="\r\n").writerows(rows)
    return path


def _clean_rows(shared: Path) -> list[list[str]]:
    with (shared / "burgerberaad_60.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


# -- the six shared files -----------------------------------------------------------------------


@pytest.mark.parametrize("name, fmt, encoding, separator, rows", [
    ("burgerberaad_60.csv", "csv", "utf-8", ",", 60),
    ("burgerberaad_60_excel_nl.csv", "csv", "cp1252", ";", 60),
    ("burgerberaad_60.xlsx", "xlsx", "", "", 60),
    ("g1000.csv", "csv", "utf-8-sig", ";", 1000),
    ("messy_excel_export.csv", "csv", "cp1252", ";", 25),
    ("praktijkconferentie_80.csv", "csv", "utf-8-sig", ";", 80),
])
def test_shared_files_are_read_with_encoding_separator_and_rows(shared, name, fmt, encoding, separator, rows):
    report = preview(shared / name)
    facts = report.as_dict()
    assert (facts["format"], facts["encoding"], facts["separator"], facts["rows"]) == (fmt, encoding, separator, rows)
    assert facts["header_row"] == 1


@pytest.mark.parametrize("name", ["burgerberaad_60.csv", "burgerberaad_60_excel_nl.csv", "burgerberaad_60.xlsx"])
def test_the_three_burgerberaad_files_give_the_same_people(shared, name):
    report = preview(shared / name)
    assert report.problems == []
    people = [r.person for r in report.rows]
    stijn = people[3]
    assert (stijn.first_name, stijn.last_name, stijn.external_ref) == ("Stijn", "Çelik", "4")
    assert stijn.attributes == {"gender": "man", "age": "87", "age_band": "65+", "district": "West",
                                "education": "laag", "stance": "voor"}
    assert stijn.needs == ["slechtziend"] and stijn.contact == "stijn.elik4@voorbeeld.nl"
    assert people[0].infix == "van" and people[0].display_name == "Fatima van Leeuwen"
    reference = [(r.person.display_name, r.person.attributes, r.person.needs) for r in preview(shared / "burgerberaad_60.csv").rows]
    assert [(p.display_name, p.attributes, p.needs) for p in people] == reference


def test_column_mapping_is_reported(shared):
    columns = preview(shared / "burgerberaad_60_excel_nl.csv").columns
    assert [(c["column"], c["header"], c["field"]) for c in columns] == [
        ("A", "Nr", "external_ref"), ("B", "Voornaam", "first_name"), ("C", "Tussenvoegsel", "infix"),
        ("D", "Achternaam", "last_name"), ("E", "Geslacht", "gender"), ("F", "Leeftijd", "age"),
        ("G", "Wijk", "district"), ("H", "Opleidingsniveau", "education"), ("I", "Houding", "stance"),
        ("J", "E-mail", "contact"), ("K", "Bijzonderheden", "needs"),
    ]


def test_g1000_has_no_errors_and_bands_every_age(shared):
    report = preview(shared / "g1000.csv")
    assert report.errors == []
    assert {r.person.attributes["age_band"] for r in report.rows} <= {"<18", "18-29", "30-44", "45-64", "65+"}
    assert report.rows[2].person.last_name == "Yılmaz" and report.rows[2].person.needs == ["rolstoel"]


def test_conference_list_keeps_organisation_function_and_preferences(shared):
    report = preview(shared / "praktijkconferentie_80.csv")
    assert report.problems == []
    lotte = report.rows[0].person
    assert (lotte.first_name, lotte.last_name) == ("Lotte", "El Amrani")
    assert lotte.attributes == {"organisation": "Provincie Gelderland", "function": "projectleider",
                                "preference_1": "D", "preference_2": "A", "preference_3": "C", "preference_4": "B"}
    assert report.rows[1].person.first_name == "Chloë"


# -- the messy file: every problem where Excel shows it --------------------------------------------


def test_messy_file_problems_by_excel_row_and_column(shared):
    report = preview(shared / "messy_excel_export.csv")
    found = [(p.row, p.column, p.header, p.field, p.severity) for p in report.problems]
    assert found == [
        (5, "B", "Voornaam", "first_name", "error"),          # Nr 4: no name at all
        (10, "F", "Leeftijd", "age", "error"),                # 'onbekend'
        (11, "F", "Leeftijd", "age", "error"),                # 230
        (13, "A", "Nr", "external_ref", "error"),             # Nr 11 a second time
        (19, "J", "E-mail", "contact", "warning"),            # 'geen'
        (22, "H", "Opleidingsniveau", "education", "warning"),  # 'HBO' is no level of this list
    ]
    messages = {p.row: p.message for p in report.problems}
    assert "empty name" in messages[5]
    assert "impossible age" in messages[10] and "impossible age" in messages[11]
    assert "duplicate" in messages[13] and "row 12" in messages[13]
    assert "unknown value" in messages[22]
    assert [r.number for r in report.rows if r.errors] == [5, 10, 11, 13]


def test_messy_values_are_normalised_with_a_mapping(shared):
    report = preview(shared / "messy_excel_export.csv")
    assert report.mapping == {"gender": {"M": "man", "Vrouw ": "vrouw"}, "district": {" noord": "Noord"}}
    by_row = {r.number: r.person for r in report.rows}
    assert by_row[7].attributes["gender"] == "man" and by_row[8].attributes["gender"] == "vrouw"
    assert by_row[16].attributes["district"] == "Noord"
    assert by_row[2].attributes["age_band"] == "<18" and by_row[2].attributes["age"] == "16"


def test_the_user_can_correct_the_mapping(shared):
    report = preview(shared / "messy_excel_export.csv").recheck({"education": {"HBO": "hoog"}, "gender": {"M": "vrouw"}})
    assert not [p for p in report.problems if p.field == "education"]
    by_row = {r.number: r.person for r in report.rows}
    assert by_row[22].attributes["education"] == "hoog"
    assert by_row[7].attributes["gender"] == "vrouw"
    assert report.mapping["education"] == {"HBO": "hoog"}


@pytest.mark.parametrize("raw, value", [("M", "man"), ("man", "man"), ("Man ", "man"), ("MAN", "man"),
                                        ("V", "vrouw"), ("vrouw", "vrouw"), (" Vrouw", "vrouw"), ("X", "anders")])
def test_gender_spellings_become_one_value(tmp_path, raw, value):
    rows = [["Voornaam", "Achternaam", "Geslacht"], ["Anna", "Bos", "vrouw"], ["Piet", "Vos", "man"], ["Sam", "Smit", raw]]
    report = preview(_write(tmp_path / "l.csv", rows, "utf-8"))
    assert report.rows[2].person.attributes["gender"] == value
    assert report.problems == []


def test_other_columns_become_attributes_and_ages_bands(tmp_path):
    rows = [["Voornaam", "Achternaam", "Leeftijd", "Postcode", "Geboorteland"],
            ["Anna", "Bos", "17", "4811 AA", "Nederland"], ["Piet", "Vos", "45", "4812 BB", "nederland"]]
    people = [r.person for r in preview(_write(tmp_path / "l.csv", rows, "utf-8")).rows]
    assert people[0].attributes == {"age": "17", "age_band": "<18", "Postcode": "4811 AA", "Geboorteland": "Nederland"}
    assert people[1].attributes["age_band"] == "45-64" and people[1].attributes["Geboorteland"] == "Nederland"


@pytest.mark.parametrize("age, ok", [("-1", False), ("0", True), ("120", True), ("121", False), ("12a", False),
                                     ("34,5", False), ("34.0", True)])
def test_impossible_ages(tmp_path, age, ok):
    rows = [["Voornaam", "Achternaam", "Leeftijd"], ["Anna", "Bos", age]]
    report = preview(_write(tmp_path / "l.csv", rows, "utf-8"))
    assert (report.errors == []) is ok
    if not ok:
        assert (report.errors[0].row, report.errors[0].column, report.errors[0].header) == (2, "C", "Leeftijd")


def test_duplicate_by_name_and_email_without_numbers(tmp_path):
    rows = [["Voornaam", "Achternaam", "E-mail"], ["Anna", "Bos", "a@b.nl"], ["Piet", "Vos", ""],
            ["anna", "bos", "A@B.nl"], ["Anna", "Bos", "ander@b.nl"]]
    report = preview(_write(tmp_path / "l.csv", rows, "utf-8"))
    assert [(p.row, p.column, "row 2" in p.message) for p in report.errors] == [(4, "A", True)]


# -- encodings, separators, title rows --------------------------------------------------------------


@pytest.mark.parametrize("encoding, found", [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("cp1252", "cp1252"),
                                             ("utf-16", "utf-16"), ("utf-16-le", "utf-16-le")])
@pytest.mark.parametrize("separator", [";", ",", "\t"])
def test_encodings_and_separators_are_detected(shared, tmp_path, encoding, found, separator):
    path = _write(tmp_path / "l.csv", _clean_rows(shared), encoding, separator)
    report = preview(path)
    assert (report.grid.encoding, report.grid.separator, len(report.rows)) == (found, separator, 60)
    assert report.rows[3].person.last_name == "Çelik" and report.problems == []


def test_title_rows_above_the_header_count_in_row_numbers(shared, tmp_path):
    rows = [["Deelnemerslijst burgerberaad Zundert"], ["Geloot op 3 maart 2026", "", ""], []] + _clean_rows(shared)
    rows[9][5] = "230"  # person Nr 6, Excel row 4 + 6 = 10
    report = preview(_write(tmp_path / "l.csv", rows, "cp1252"))
    assert report.header_row == 4 and len(report.rows) == 60
    assert [(p.row, p.column) for p in report.errors] == [(10, "F")]


def test_xlsx_with_title_rows_and_a_table_starting_in_column_b(shared, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "Gemeente Zundert: deelnemers"
    for i, row in enumerate(_clean_rows(shared)[:6], start=3):
        for j, value in enumerate(row, start=2):
            sheet.cell(row=i, column=j, value=int(value) if value.isdigit() else (value or None))
    sheet.cell(row=5, column=2 + 5, value="honderd")  # Leeftijd of the second person, Excel G5
    book.save(tmp_path / "l.xlsx")
    report = preview(tmp_path / "l.xlsx")
    assert report.header_row == 3 and len(report.rows) == 5
    assert report.columns[1]["column"] == "B" and report.columns[1]["field"] == "external_ref"
    assert [(p.row, p.column, p.header) for p in report.errors] == [(5, "G", "Leeftijd")]


@pytest.mark.parametrize("content", [b"", b"   \r\n", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01",
                                     bytes(range(256)) * 8, b"just some text\nwithout columns\n",
                                     b"a;b;c\n1;2;3\n", b"PK\x03\x04 not really a zip"])
def test_garbage_is_unreadable(tmp_path, content):
    path = tmp_path / "l.csv"
    path.write_bytes(content)
    with pytest.raises(UnreadableFile):
        preview(path)


def test_missing_and_corrupt_files_are_unreadable(tmp_path):
    with pytest.raises(UnreadableFile, match="no such file"):
        preview(tmp_path / "weg.csv")
    (tmp_path / "k.xlsx").write_bytes(b"PK\x03\x04" + bytes(200))
    with pytest.raises(UnreadableFile):
        preview(tmp_path / "k.xlsx")


def test_column_letters():
    assert [column_letter(i) for i in (0, 1, 25, 26, 27, 51, 52, 701, 702)] == \
        ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]


# -- storing ------------------------------------------------------------------------------------


def test_apply_stores_everyone_in_one_go(shared, doc):
    result = apply(doc, preview(shared / "burgerberaad_60_excel_nl.csv"))
    assert (result.imported, result.updated, result.skipped) == (60, 0, 0)
    people = doc.all(Participant)
    assert len(people) == 60 and people[3].attributes["age_band"] == "65+" and people[3].needs == ["slechtziend"]


def test_errors_refuse_and_store_nothing(shared, doc):
    report = preview(shared / "messy_excel_export.csv")
    with pytest.raises(ImportRefused):
        apply(doc, report)
    assert doc.all(Participant) == []
    result = apply(doc, report, skip_invalid=True)
    assert (result.imported, result.skipped) == (21, 4)
    refs = [p.external_ref for p in doc.all(Participant)]
    assert len(refs) == 21 and refs.count("11") == 1 and "4" not in refs and "9" not in refs


def test_reimporting_an_updated_list_updates_people(shared, doc, tmp_path):
    apply(doc, preview(shared / "burgerberaad_60.csv"))
    rows = _clean_rows(shared)
    rows[1][6] = "Oost"  # Fatima moved
    rows[2][3] = "Bouzid-Jansen"  # Anna's name changed; her number stays
    rows.append(["61", "Walk", "", "In", "vrouw", "30", "Zuid", "hoog", "voor", "walk.in@voorbeeld.nl", ""])
    path = _write(tmp_path / "update.csv", rows, "cp1252")
    before = {p.external_ref: p.id for p in doc.all(Participant)}
    assert plan(doc.all(Participant), preview(path)).as_dict() == {"imported": 1, "updated": 2, "unchanged": 58, "skipped": 0}
    result = apply(doc, preview(path))
    assert (result.imported, result.updated, result.unchanged) == (1, 2, 58)
    people = {p.external_ref: p for p in doc.all(Participant)}
    assert len(people) == 61
    assert people["1"].attributes["district"] == "Oost" and people["1"].id == before["1"]
    assert people["2"].last_name == "Bouzid-Jansen" and people["2"].id == before["2"]


def test_a_renumbered_list_is_refused_instead_of_renaming_people(shared, doc, tmp_path):
    apply(doc, preview(shared / "burgerberaad_60.csv"))
    rows = _clean_rows(shared)
    rows[1][0], rows[2][0] = rows[2][0], rows[1][0]  # the bureau renumbered: Fatima is 2 now, Anna 1
    rows[3][3] = rows[3][3] + "-Smit"  # a changed last name under the same number is still that person
    path = _write(tmp_path / "renumbered.csv", rows, "utf-8", ",")
    stored = doc.all(Participant)
    report = preview(path, existing=stored)
    conflicts = [p for p in report.problems if p.kind == "number_conflict"]
    assert [(p.row, p.column, p.value, p.known_as, p.severity) for p in conflicts] == [
        (2, "A", "2", "Anna Bouzid", "error"), (3, "A", "1", "Fatima van Leeuwen", "error")]
    assert "number 2 belongs to Anna Bouzid in this session, not to Fatima van Leeuwen" in str(conflicts[0])
    with pytest.raises(ImportRefused):
        apply(doc, report)
    assert apply(doc, report, skip_invalid=True).skipped == 2
    people = {p.external_ref: p for p in doc.all(Participant)}
    assert (people["1"].first_name, people["2"].first_name) == ("Fatima", "Anna")  # nobody renamed
    assert people["3"].last_name.endswith("-Smit")

    by_name = report.recheck(columns={"A": ""})  # "ignore the number column": matched by name and e-mail
    assert not by_name.errors and plan(doc.all(Participant), by_name).imported == 0


def test_reimport_without_numbers_matches_by_name_and_email(shared, doc):
    apply(doc, preview(shared / "praktijkconferentie_80.csv"))
    result = apply(doc, preview(shared / "praktijkconferentie_80.csv"))
    assert (result.imported, result.updated, result.unchanged) == (0, 0, 80)
    assert len(doc.all(Participant)) == 80


def test_reimport_keeps_check_in_and_attributes_set_by_hand(shared, doc):
    from facilitator.core.model import Attendance
    apply(doc, preview(shared / "burgerberaad_60.csv"))
    first = doc.all(Participant)[0]
    first.attendance = Attendance.PRESENT
    first.attributes = {**first.attributes, "table_host_wish": "ja"}
    doc.update(first)
    apply(doc, preview(shared / "burgerberaad_60.xlsx"))
    again = doc.get(Participant, first.id)
    assert again.attendance == Attendance.PRESENT and again.attributes["table_host_wish"] == "ja"


def test_a_single_name_column_is_split_dutch_style(tmp_path):
    rows = [["Naam", "Geslacht", "Woonplaats"], ["Gerrit van den Berg", "man", "Zundert"], ["Lotte El Amrani", "vrouw", "Breda"]]
    people = [r.person for r in preview(_write(tmp_path / "l.csv", rows, "utf-8", "\t")).rows]
    assert [(p.first_name, p.infix, p.last_name) for p in people] == [("Gerrit", "van den", "Berg"), ("Lotte", "", "El Amrani")]
    assert people[0].attributes == {"gender": "man", "Woonplaats": "Zundert"}
