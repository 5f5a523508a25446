"""``facilitator report`` as a user runs it: the .docx, its options, clear errors with exit 2, no traceback."""

import zipfile

import pytest
from docx import Document

from cli_runner import run_cli as _run


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.facilitator"
    assert _run("demo", path).returncode == 0
    return path


def test_report_writes_the_word_file(demo, tmp_path):
    out = tmp_path / "verslag.docx"
    result = _run("report", demo, "--out", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"wrote {out}: 17 headings, ") and "pictures" in result.stdout
    document = Document(str(out))
    assert document.core_properties.author == "Gemeente Zuidhaege — griffie"
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"][0] == "Samenvatting"


def test_report_options_language_annexes_names(demo, tmp_path):
    out = tmp_path / "report.docx"
    result = _run("report", demo, "--out", out, "--lang", "en", "--annexes", "seating,notes", "--include-names")
    assert result.returncode == 0, result.stderr
    document = Document(str(out))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert "Annex: table assignment" in headings and "Annex: all notes" in headings
    with zipfile.ZipFile(out) as package:
        assert b"Table 1" in package.read("word/document.xml")


@pytest.mark.parametrize("args, message", [
    (["--annexes", "seating,photos"], "unknown annex photos"),
    (["--template", "missing.dotx"], "missing.dotx: the template file does not exist"),
    (["--logo", "missing.png"], "missing.png: the logo file does not exist"),
])
def test_report_bad_options_are_one_clear_line(demo, tmp_path, args, message):
    result = _run("report", demo, "--out", tmp_path / "x.docx", *args)
    assert result.returncode == 2 and message in result.stderr
    assert not (tmp_path / "x.docx").exists()


def test_report_of_a_file_that_is_not_a_session(tmp_path):
    bad = tmp_path / "kapot.facilitator"
    bad.write_text("no database")
    result = _run("report", bad, "--out", tmp_path / "x.docx")
    assert result.returncode == 2 and "kapot.facilitator" in result.stderr
