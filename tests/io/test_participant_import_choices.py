"""The user's corrections on an import preview: which column is which field, and the value groups to correct."""

import csv
from pathlib import Path

from facilitator.io.participant_import import is_field, preview


def _write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows(rows)
    return path


ROWS = [["Voornaam", "Achternaam", "Geslacht", "Sekse volgens BRP", "Postcode", "Notitie"],
        ["Anna", "Bos", "v", "vrouw", "4811 AA", "belt terug"],
        ["Piet", "Vos", "m", "man", "4812 BB", ""],
        ["Sam", "Smit", "x", "Man ", "4812 BB", "x"]]


def test_a_column_can_be_given_another_field_and_the_old_one_becomes_an_attribute(tmp_path):
    report = preview(_write(tmp_path / "l.csv", ROWS)).recheck(columns={"D": "gender"})
    fields = {c["column"]: (c["field"], c["known"]) for c in report.columns}
    assert fields["D"] == ("gender", True)
    assert fields["C"] == ("Geslacht", False)  # recognised by name, but the user chose D: kept as attribute
    people = [r.person for r in report.rows]
    assert [p.attributes["gender"] for p in people] == ["vrouw", "man", "man"]
    assert people[0].attributes["Geslacht"] == "v"
    assert report.column_choices == {"D": "gender"}


def test_a_column_can_be_ignored_or_kept_under_another_name(tmp_path):
    report = preview(_write(tmp_path / "l.csv", ROWS), columns={"F": "", "E": "postcode"})
    assert [(c["column"], c["field"]) for c in report.columns][4:] == [("E", "postcode"), ("F", None)]
    anna = report.rows[0].person
    assert anna.attributes["postcode"] == "4811 AA" and "Notitie" not in anna.attributes
    again = report.recheck(columns={"F": "Notitie"})  # choices add up over rechecks
    assert again.rows[0].person.attributes["Notitie"] == "belt terug"
    assert "Notitie" not in again.recheck(columns={"F": ""}).rows[0].person.attributes


def test_choosing_a_field_twice_leaves_it_with_the_first_column(tmp_path):
    report = preview(_write(tmp_path / "l.csv", ROWS), columns={"C": "gender", "D": "gender"})
    assert [c["field"] for c in report.columns][2:4] == ["gender", "Sekse volgens BRP"]


def test_without_a_name_column_every_row_is_refused_with_one_clear_problem(tmp_path):
    report = preview(_write(tmp_path / "l.csv", ROWS), columns={"A": "", "B": "Achternaam"})
    assert len(report.errors) == 1
    problem = report.errors[0]
    assert problem.row == 1 and problem.column == "" and "no column holds the names" in problem.message
    assert report.valid_rows == [] and len(report.rows) == 3


def test_value_groups_list_each_spelling_its_stored_value_and_count(shared):
    report = preview(shared / "messy_excel_export.csv")
    gender = {tuple(g.spellings): (g.stored, g.rows, g.unknown) for g in report.values["gender"]}
    assert gender == {("man",): ("man", 15, False), ("vrouw", "Vrouw"): ("vrouw", 9, False), ("M",): ("man", 1, False)}
    education = {g.stored: (g.rows, g.unknown) for g in report.values["education"]}
    assert education["HBO"] == (1, True) and education["hoog"][1] is False
    assert "contact" not in report.values and "age" not in report.values  # only category columns
    fixed = report.recheck({"education": {"HBO": "hoog"}})
    hbo = next(g for g in fixed.values["education"] if g.spellings == ["HBO"])
    assert (hbo.stored, hbo.rows, hbo.unknown) == ("hoog", 1, False)
    assert not [g for g in fixed.values["education"] if g.unknown]


def test_known_fields():
    assert is_field("gender") and is_field("preference_3") and is_field("external_ref")
    assert not is_field("Postcode") and not is_field("preference_x")


def test_every_problem_says_its_kind_for_a_translated_message(shared):
    report = preview(shared / "messy_excel_export.csv")
    assert [(p.row, p.kind) for p in report.problems] == [
        (5, "empty_name"), (10, "impossible_age"), (11, "impossible_age"), (13, "duplicate"),
        (19, "bad_email"), (22, "unknown_value")]
    assert report.problems[3].other_row == 12 and report.problems[3].as_dict()["kind"] == "duplicate"


def test_row_outcomes_say_what_each_row_will_do_and_whom_it_matches(shared, tmp_path):
    from facilitator.core.model import Participant
    from facilitator.io.participant_import import plan, row_outcomes

    stored = [Participant("Hans", "Linden", "van der", attributes={"gender": "man", "age": "16", "age_band": "<18",
                                                                    "district": "Noord", "education": "middelbaar",
                                                                    "stance": "tegen"},
                          external_ref="1", contact="hans.linden1@voorbeeld.nl", id=7),
              Participant("Bas", "Hendriks", external_ref="2", id=8)]
    report = preview(shared / "messy_excel_export.csv")
    outcomes = row_outcomes(stored, report)
    assert set(outcomes) == {r.number for r in report.valid_rows}
    assert outcomes[2] == ("unchanged", stored[0])
    assert outcomes[3][0] == "updated" and outcomes[3][1].first_name == "Bas"  # Nr 2 is Willem Jansen in the list
    assert outcomes[4] == ("new", None)
    counts = plan(stored, report, skip_invalid=True)
    assert [o for o, _ in outcomes.values()].count("new") == counts.imported
    assert stored[1].first_name == "Bas"  # nothing changed
