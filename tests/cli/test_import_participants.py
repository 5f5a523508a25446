"""``facilitator import-participants`` as a user runs it: exit codes 0/1/2, text and JSON, never a traceback."""

import json
import os

import pytest

from cli_runner import run_cli as _run


@pytest.fixture
def session(tmp_path):
    path = tmp_path / "s.facilitator"
    assert _run("new", path).returncode == 0
    return path


def _count(session) -> int:
    return json.loads(_run("info", session, "--json").stdout)["counts"]["participants"]


def test_import_clean_list_exit_0(session, shared):
    result = _run("import-participants", session, shared / "burgerberaad_60_excel_nl.csv")
    assert result.returncode == 0, result.stderr
    assert "cp1252" in result.stdout and "semicolon" in result.stdout and "imported 60 new" in result.stdout
    assert _count(session) == 60


def test_json_report(session, shared):
    result = _run("import-participants", session, shared / "messy_excel_export.csv", "--json", "--skip-invalid")
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout)
    assert (facts["encoding"], facts["separator"], facts["rows"]) == ("cp1252", ";", 25)
    assert (facts["imported"], facts["updated"], facts["skipped"]) == (21, 0, 4)
    assert {"column": "F", "header": "Leeftijd", "field": "age"} in [
        {k: c[k] for k in ("column", "header", "field")} for c in facts["columns"]]
    assert {"row": 5, "column": "B", "field": "first_name"} in [
        {k: p[k] for k in ("row", "column", "field")} for p in facts["problems"]]
    assert all({"row", "column", "field", "message"} <= set(p) for p in facts["problems"])
    assert facts["mapping"]["gender"] == {"M": "man", "Vrouw ": "vrouw"}
    assert _count(session) == 21


def test_row_errors_refuse_with_exit_1_and_store_nothing(session, shared):
    result = _run("import-participants", session, shared / "messy_excel_export.csv")
    assert result.returncode == 1
    assert "row 13, column A (Nr)" in result.stdout and "--skip-invalid" in result.stdout
    assert _count(session) == 0
    facts = json.loads(_run("import-participants", session, shared / "messy_excel_export.csv", "--json").stdout)
    assert facts["status"] == "refused" and facts["imported"] == 0
    assert _count(session) == 0


def test_a_number_that_belongs_to_someone_else_refuses_with_exit_1(session, shared, tmp_path):
    assert _run("import-participants", session, shared / "burgerberaad_60.csv").returncode == 0
    lines = (shared / "burgerberaad_60.csv").read_text(encoding="utf-8").splitlines()
    lines[1] = "2" + lines[1][1:]  # Fatima under Anna's number
    renumbered = tmp_path / "renumbered.csv"
    renumbered.write_text("\n".join(lines[:2]), encoding="utf-8")
    result = _run("import-participants", session, renumbered, "--json")
    assert result.returncode == 1, result.stderr
    facts = json.loads(result.stdout)
    assert facts["status"] == "refused"
    assert [(p["row"], p["column"], p["kind"]) for p in facts["problems"]] == [(2, "A", "number_conflict")]
    assert "belongs to Anna Bouzid" in facts["problems"][0]["message"]


def test_dry_run_stores_nothing(session, shared):
    result = _run("import-participants", session, shared / "burgerberaad_60.xlsx", "--dry-run", "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout)["imported"] == 60 and _count(session) == 0
    assert _run("import-participants", session, shared / "messy_excel_export.csv", "--dry-run").returncode == 1


def test_reimport_updates_instead_of_duplicating(session, shared):
    assert _run("import-participants", session, shared / "burgerberaad_60.csv").returncode == 0
    facts = json.loads(_run("import-participants", session, shared / "burgerberaad_60.xlsx", "--json").stdout)
    assert (facts["imported"], facts["updated"], facts["unchanged"]) == (0, 0, 60)
    assert _count(session) == 60


@pytest.mark.parametrize("name, content", [
    ("random.csv", os.urandom(4096)),
    ("empty.csv", b""),
    ("picture.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00" + os.urandom(64)),
    ("broken.xlsx", b"PK\x03\x04" + os.urandom(300)),
    ("notes.csv", "Boodschappen\nmelk\nbrood\n".encode()),
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500)),
])
@pytest.mark.parametrize("as_json", [False, True])
def test_garbage_exit_2_without_traceback(session, tmp_path, name, content, as_json):
    path = tmp_path / name
    path.write_bytes(content)
    result = _run("import-participants", session, path, *(["--json"] if as_json else []))
    assert result.returncode == 2
    if as_json:
        assert json.loads(result.stdout)["status"] == "unreadable"
    else:
        assert result.stdout.count("\n") == 1 and str(path) in result.stdout
    assert _count(session) == 0


def test_missing_list_and_missing_session_exit_2(session, tmp_path, shared):
    assert _run("import-participants", session, tmp_path / "weg.csv").returncode == 2
    result = _run("import-participants", tmp_path / "geen.facilitator", shared / "g1000.csv")
    assert result.returncode == 2 and "no such file" in result.stdout
    not_a_session = tmp_path / "tekst.facilitator"
    not_a_session.write_text("iets")
    assert _run("import-participants", not_a_session, shared / "g1000.csv").returncode == 2
