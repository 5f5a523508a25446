"""Hostile input for the participant import: any bytes give a report or a clear error naming the file, never a crash.

Property-based (hypothesis): random bytes; near-CSV text built from real
column names, separators, quotes, byte order marks, UTF-16, NULs, very long
lines, title rows, duplicate headers, cut off anywhere; real ``.xlsx``
workbooks with random cells, cut off anywhere; random zip archives named
``.xlsx``. The default run is quick and repeatable (derandomised); the
``slow`` variants search much longer (``pytest -m slow``). Crashes the
search found are pinned down as regular tests at the end.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.io.participant_import import ImportRefused, ImportReport, UnreadableFile, plan, preview

QUICK = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
LONG = settings(max_examples=3000, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

HEADERS = ["Voornaam", "Tussenvoegsel", "Achternaam", "Naam", "Geslacht", "Leeftijd", "Wijk", "Opleiding",
           "Opleidingsniveau", "E-mail", "Nr", "Bijzonderheden", "Voorkeur 1", "Voorkeur 2", "Houding", "Beroep",
           "first name", "age", "", " ", "Voornaam", "Leeftijd", "preference 1", "\ufeffVoornaam", "Nr."]
READABLE_CELLS = st.one_of(
    st.sampled_from(["", " ", "Anna", "van den", "Berg", "M", "man", "Vrouw", "x", "67", "-3", "200", "12,5", "1e9",
                     "nan", "inf", "0x10", "1_000", "٣٤", "①", "a@b.nl", "geen@", "rolstoel; tolk NGT", "=1+2",
                     '"', "'", "\n", "\t", ";", ",", "\ufeff", "\u2028", "Zoë Çelik", "\u202e", "voor", "Noord"]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=20),
)
SEPARATORS = st.sampled_from([";", ",", "\t", "|", " ", ";;", ""])
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16", "utf-16-le", "utf-16-be",
                             "utf-32", "utf-7"])


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("hostile")


def check(path: Path) -> ImportReport | None:
    """The property: a report that can be printed, planned and rechecked, or UnreadableFile naming the file."""
    try:
        report = preview(path)
    except UnreadableFile as exc:
        message = str(exc)
        assert str(path) in message and "\n" not in message.strip() and "Traceback" not in message
        return None
    json.dumps(report.as_dict(), ensure_ascii=False)
    assert all(isinstance(line, str) for line in report.lines())
    for row in report.rows:
        assert row.number > report.header_row
    try:
        plan([], report)
    except ImportRefused as exc:
        assert report.errors and "nothing imported" in str(exc)
    result = plan([], report, skip_invalid=True)
    assert result.imported + result.unchanged + result.updated + result.skipped == len(report.rows)
    report.recheck({})
    return report


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


# -- strategies ---------------------------------------------------------------------------------


#: Header cores the import recognises (a name column and one more known column); extra columns are drawn on top.
NAME_COLUMNS = [["Voornaam", "Achternaam"], ["Naam", "Leeftijd"], ["Voornaam", "Tussenvoegsel", "Achternaam"],
                ["first name", "last name"], ["Achternaam", "Geslacht"], ["Roepnaam", "Naam"]]


@st.composite
def participant_csv(draw) -> bytes:
    """A list the import can read, full of what real lists get wrong: odd values, duplicate and empty
    headers, title rows, ragged rows, quotes, separators inside cells, every usual encoding."""
    separator = draw(st.sampled_from([";", ",", "\t"]))
    quote = draw(st.sampled_from(['"', ""]))
    header = draw(st.permutations(draw(st.sampled_from(NAME_COLUMNS))
                                  + draw(st.lists(st.sampled_from(HEADERS), max_size=6))))
    rows = draw(st.lists(st.lists(READABLE_CELLS, min_size=0, max_size=len(header) + 2), max_size=12))
    titles = draw(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=30),
                           max_size=2))
    lines = [*titles, header, *rows]

    def cell(value: str) -> str:
        if quote and (draw(st.booleans()) or separator in value or quote in value):
            return quote + value.replace(quote, quote * 2) + quote
        return value

    text = draw(st.sampled_from(["\r\n", "\n"])).join(
        line if isinstance(line, str) else separator.join(cell(c) for c in line) for line in lines)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
    return text.encode(encoding, errors="replace")


@st.composite
def near_csv(draw) -> bytes:
    """A participant list with one thing done to it that breaks real files: a stray byte order mark or NUL,
    random bytes inserted, cut off anywhere, a very long line, another separator or encoding."""
    data = draw(participant_csv())
    how = draw(st.sampled_from(["prefix", "insert", "cut", "long", "separator", "encoding", "nul", "no-names"]))
    if how == "prefix":
        data = draw(st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00", b"\xef\xbb"])) + data
    elif how == "insert":
        at = int(draw(st.floats(0, 1)) * len(data))
        data = data[:at] + draw(st.binary(min_size=1, max_size=4)) + data[at:]
    elif how == "cut":
        data = data[:int(draw(st.floats(0, 1)) * len(data))]
    elif how == "long":
        data += b"x" * draw(st.integers(100_000, 200_000))
    elif how == "separator":
        data = data.replace(b";", draw(SEPARATORS).encode()).replace(b",", b"|")
    elif how == "encoding":
        data = data.decode("latin-1").encode(draw(ENCODINGS), errors="replace")
    elif how == "nul":
        data = data.replace(b"a", b"a\x00", draw(st.integers(1, 3)))
    else:
        data = b"Geslacht;Leeftijd;Wijk\r\n" + data  # a header row without names above the real one
    return data


def _workbook(cells: list[list[object]], sheets: int) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    for index in range(sheets):
        sheet = book.active if index == 0 else book.create_sheet(f"Blad{index + 1}")
        for row in cells:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


XLSX_VALUES = st.one_of(st.none(), st.integers(-10**12, 10**12), st.floats(allow_nan=True, allow_infinity=False),
                        st.booleans(), st.dates(), st.datetimes(), st.times(),
                        st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=15),
                        st.sampled_from(["Voornaam", "Achternaam", "Leeftijd", "Geslacht", "Naam", "Nr"]))


@st.composite
def xlsx_bytes(draw) -> bytes:
    rows = draw(st.lists(st.lists(XLSX_VALUES, max_size=6), max_size=8))
    data = _workbook(rows, draw(st.integers(1, 2)))
    how = draw(st.sampled_from(["whole", "cut", "flip"]))
    where = draw(st.floats(0, 1))  # a fraction: the workbook's length varies with its time stamps
    if how == "cut":
        data = data[:int(where * len(data))]
    elif how == "flip":
        at = min(int(where * len(data)), len(data) - 1)
        data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1:]
    return data


@st.composite
def random_zip(draw) -> bytes:
    names = ["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml", "_rels/.rels",
             "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/styles.xml", "word/document.xml", "a.txt"]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in draw(st.lists(st.sampled_from(names), max_size=6, unique=True)):
            content = draw(st.one_of(st.binary(max_size=200), st.sampled_from([
                b"<?xml version='1.0'?><x/>", b"<workbook><sheets><sheet name='a' sheetId='1' r:id='rId1'/></sheets>",
                b"<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'/>", b"<<<"])))
            archive.writestr(name, content)
    return buffer.getvalue()


# -- the properties -----------------------------------------------------------------------------


@QUICK
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".csv", ".xlsx", ".txt", ""]))
def test_random_bytes(folder, data, suffix):
    check(_write(folder, f"random{suffix}", data))


@QUICK
@given(data=participant_csv())
def test_participant_csv_always_gives_a_report(folder, data):
    assert check(_write(folder, "lijst.csv", data)) is not None


@QUICK
@given(data=near_csv())
def test_near_csv(folder, data):
    check(_write(folder, "lijst.csv", data))


@QUICK
@given(data=xlsx_bytes())
def test_real_and_broken_xlsx(folder, data):
    check(_write(folder, "lijst.xlsx", data))


@QUICK
@given(data=random_zip(), suffix=st.sampled_from([".xlsx", ".csv"]))
def test_random_zip_named_xlsx(folder, data, suffix):
    check(_write(folder, f"archief{suffix}", data))


@pytest.mark.slow
@LONG
@given(data=st.one_of(st.binary(max_size=20_000), participant_csv(), near_csv()))
def test_long_search_csv(folder, data):
    check(_write(folder, "lang.csv", data))


@pytest.mark.slow
@LONG
@given(data=st.one_of(xlsx_bytes(), random_zip()))
def test_long_search_xlsx(folder, data):
    check(_write(folder, "lang.xlsx", data))


# -- fixed hostile files ------------------------------------------------------------------------


@pytest.mark.parametrize("name, data", [
    ("leeg.csv", b""),
    ("spaties.csv", b"  \r\n\t\r\n"),
    ("alleen-bom.csv", b"\xef\xbb\xbf"),
    ("alleen-kop.csv", b"Voornaam;Achternaam;Leeftijd\r\n"),
    ("dubbele-kop.csv", b"Voornaam;Voornaam;Achternaam;Achternaam\r\nAnna;Anne;Bouzid;B\r\n"),
    ("titel.csv", b"Deelnemers burgerberaad\r\nexport 2026\r\n\r\nVoornaam;Achternaam\r\nAnna;Bouzid\r\n"),
    ("nul.csv", b"Voornaam;Achternaam\r\nAn\x00na;Bouzid\r\n"),
    ("utf16.csv", "Voornaam\tAchternaam\r\nZoë\tÇelik\r\n".encode("utf-16")),
    ("utf16-half.csv", "Voornaam;Achternaam\r\nZoë;Çelik\r\n".encode("utf-16")[:-1]),
    ("lange-regel.csv", b"Voornaam;Achternaam\r\n" + b"A" * 1_000_000 + b";B\r\n"),
    ("open-quote.csv", b'Voornaam;Achternaam\r\n"Anna;Bouzid\r\n'),
    ("xls.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100),
    ("zip.xlsx", b"PK\x03\x04" + b"\x00" * 100),
    ("tekst.xlsx", b"Voornaam;Achternaam\r\nAnna;Bouzid\r\n"),
])
def test_fixed_hostile_files(folder, name, data):
    check(_write(folder, name, data))


def test_a_folder_and_a_missing_file_are_clear_errors(folder):
    for path in (folder, folder / "bestaat-niet.csv"):
        with pytest.raises(UnreadableFile, match="no such file|is a folder"):
            preview(path)


# -- regressions: what the search (and a look at the reader) turned up --------------------------


def _xlsx_with_dimension(folder: Path, name: str, dimension: str, people: int) -> Path:
    """A real workbook whose stored sheet size (``<dimension ref=...>``) says ``dimension``, as stale writers do."""
    import re

    data = _workbook([["Voornaam", "Achternaam"], *[[f"Persoon{n}", "Bouzid"] for n in range(people)]], 1)
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                content = re.sub(rb'<dimension ref="[^"]*"', f'<dimension ref="{dimension}"'.encode(), content)
            archive.writestr(info.filename, content)
    return _write(folder, name, buffer.getvalue())


def test_a_stale_too_small_sheet_size_loses_no_rows(folder):
    report = check(_xlsx_with_dimension(folder, "oud.xlsx", "A1:B2", 6))
    assert [r.person.first_name for r in report.rows] == [f"Persoon{n}" for n in range(6)]


def test_a_sheet_size_of_the_whole_sheet_reads_only_what_is_there(folder):
    report = check(_xlsx_with_dimension(folder, "groot.xlsx", "A1:XFD1048576", 3))
    assert len(report.rows) == 3 and len(report.grid.rows) == 4 and len(report.grid.rows[0]) == 2


def test_many_duplicate_rows_take_linear_time(folder):
    import time

    def seconds(rows: int) -> float:
        path = _write(folder, f"dubbel{rows}.csv", b"Voornaam;Achternaam\r\n" + b"Anna;Bouzid\r\n" * rows)
        started = time.perf_counter()
        report = preview(path)
        assert len(report.errors) == rows - 1  # every row after the first is a duplicate
        return time.perf_counter() - started

    seconds(500)  # warm up
    small, large = seconds(3000), seconds(12000)
    assert large < 9 * small + 0.5  # linear: about 4x; counting all problems per row made it 16x


def test_far_too_many_rows_is_a_clear_error(folder):
    path = _write(folder, "enorm.csv", b"Voornaam;Achternaam\r\n" + b"A;B\r\n" * 100_001)
    with pytest.raises(UnreadableFile, match=r"enorm\.csv: more than 100,000 rows"):
        preview(path)


def test_an_xlsx_that_unpacks_to_a_zip_bomb_is_refused(folder, monkeypatch):
    from facilitator.io import tabular

    path = _xlsx_with_dimension(folder, "bom.xlsx", "A1:B2", 50)
    monkeypatch.setattr(tabular, "MAX_UNPACKED", 1000)
    with pytest.raises(UnreadableFile, match=r"bom\.xlsx: unpacks to .* far too large"):
        preview(path)


def test_a_password_protected_xlsx_says_so(folder):
    path = _write(folder, "beveiligd.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    with pytest.raises(UnreadableFile, match=r"beveiligd\.xlsx: a password-protected Excel file"):
        preview(path)
    with pytest.raises(UnreadableFile, match=r"oud\.xls: an old Excel \.xls file"):
        preview(_write(folder, "oud.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)))


def test_a_cell_longer_than_the_csv_limit_is_a_clear_error(folder):
    path = _write(folder, "open-quote.csv", b'Voornaam;Achternaam\r\n"Anna;' + b"x" * 200_000 + b"\r\n")
    with pytest.raises(UnreadableFile, match=r"open-quote\.csv: a cell holds more than 131,072 characters"):
        preview(path)


@pytest.mark.parametrize("name, data, code", [
    ("leeg.csv", b"", 2), ("ruis.csv", bytes(range(256)) * 4, 2), ("kapot.xlsx", b"PK\x03\x04" + bytes(64), 2),
    ("geen-kop.csv", b"a;b;c\r\n1;2;3\r\n", 2),
])
def test_the_command_line_exits_2_without_a_traceback(folder, name, data, code):
    import subprocess
    import sys

    session = folder / "cli.facilitator"
    if not session.exists():
        subprocess.run([sys.executable, "-m", "facilitator", "new", str(session)], check=True, capture_output=True)
    result = subprocess.run([sys.executable, "-m", "facilitator", "import-participants", str(session),
                             str(_write(folder, name, data))], capture_output=True, text=True, timeout=120)
    assert result.returncode == code
    assert "Traceback" not in result.stdout + result.stderr and name in result.stdout + result.stderr
