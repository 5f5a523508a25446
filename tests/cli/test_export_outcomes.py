"""``facilitator export-outcomes`` as a user runs it: a workbook or CSV files, exit codes 0/1/2, no traceback."""

import openpyxl
import pytest

from cli_runner import run_cli as _run


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.facilitator"
    assert _run("demo", path).returncode == 0
    return path


def test_a_workbook_or_a_folder_of_csv_files(demo, tmp_path):
    result = _run("export-outcomes", demo, "--out", tmp_path / "analyse.xlsx")
    assert result.returncode == 0, result.stderr
    assert "126 notities" in result.stdout
    book = openpyxl.load_workbook(tmp_path / "analyse.xlsx", read_only=True)
    assert book.sheetnames == ["Notities", "Thema's", "Stemmen", "Stemmen per tafel", "Acties en aanbevelingen"]
    result = _run("export-outcomes", demo, "--out", tmp_path / "csv", "--lang", "en", "--without-hidden")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == [
        "demo - actions.csv", "demo - notes.csv", "demo - themes.csv", "demo - votes-per-table.csv",
        "demo - votes.csv"]


def test_nothing_to_export_exits_1_and_unreadable_exits_2(tmp_path):
    session = tmp_path / "leeg.facilitator"
    assert _run("new", session).returncode == 0
    result = _run("export-outcomes", session, "--out", tmp_path / "a.xlsx")
    assert result.returncode == 1 and "nothing to export" in result.stderr
    assert _run("export-outcomes", tmp_path / "nope.facilitator", "--out", tmp_path / "a.xlsx").returncode == 2
    assert list(tmp_path.glob("*.xlsx")) == []
