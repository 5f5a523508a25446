"""``facilitator export-tables`` and ``export-csv`` as a user runs them: files, exit codes 0/1/2, no traceback."""

import csv
import io

import pytest
from docx import Document

from cli_runner import run_cli as _run


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.facilitator"
    assert _run("demo", path).returncode == 0
    return path


def test_export_tables_writes_the_lists_and_the_signs(demo, tmp_path):
    result = _run("export-tables", demo, tmp_path / "lijsten.docx")
    assert result.returncode == 0, result.stderr
    assert "table lists" in result.stdout and "8 tables, 3 rounds" in result.stdout
    lists = Document(str(tmp_path / "lijsten.docx"))
    assert [p.text.split(" · ")[0] for p in lists.paragraphs if p.style.name == "Heading 1"] == [
        "Ronde 1", "Ronde 2", "Ronde 3"]
    result = _run("export-tables", demo, tmp_path / "kaarten.docx", "--signs")
    assert result.returncode == 0, result.stderr
    signs = Document(str(tmp_path / "kaarten.docx"))
    assert [p.text for p in signs.paragraphs if p.text.startswith("Tafel ")] == [f"Tafel {n}" for n in range(1, 9)]


def test_export_csv_writes_participants_and_seating(demo, tmp_path):
    result = _run("export-csv", demo, tmp_path / "deelnemers.csv")
    assert result.returncode == 0, result.stderr
    people = list(csv.reader(io.StringIO((tmp_path / "deelnemers.csv").read_bytes().decode("utf-8-sig")),
                             delimiter=";"))
    assert people[0][:4] == ["Nr", "Voornaam", "Tussenvoegsel", "Achternaam"] and len(people) == 1 + 72
    result = _run("export-csv", demo, tmp_path / "indeling.csv", "--seating")
    assert result.returncode == 0, result.stderr
    seating = list(csv.reader(io.StringIO((tmp_path / "indeling.csv").read_bytes().decode("utf-8-sig")),
                              delimiter=";"))
    assert seating[0] == ["Ronde", "Tafel", "Voornaam", "Tussenvoegsel", "Achternaam", "Rol"]
    assert len(seating) == 1 + 198 and {row[0] for row in seating[1:]} == {"1", "2", "3"}


def test_nothing_to_export_exits_1(tmp_path):
    session = tmp_path / "leeg.facilitator"
    assert _run("new", session).returncode == 0
    for args in (("export-tables", session, tmp_path / "a.docx"), ("export-csv", session, tmp_path / "b.csv"),
                 ("export-csv", session, tmp_path / "c.csv", "--seating")):
        result = _run(*args)
        assert result.returncode == 1 and "nothing to export" in result.stderr
    assert list(tmp_path.glob("*.docx")) + list(tmp_path.glob("*.csv")) == []


def test_unreadable_session_or_unwritable_output_exits_2(demo, tmp_path):
    result = _run("export-tables", tmp_path / "nope.facilitator", tmp_path / "a.docx")
    assert result.returncode == 2 and "no such file" in result.stderr
    (tmp_path / "tekst.facilitator").write_text("geen sessie")
    assert _run("export-csv", tmp_path / "tekst.facilitator", tmp_path / "b.csv").returncode == 2
    result = _run("export-csv", demo, tmp_path / "no-folder" / "b.csv")
    assert result.returncode == 2 and "can't be written" in result.stderr
