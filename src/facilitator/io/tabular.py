"""Read a spreadsheet as it really arrives: ``.csv`` in any of the usual encodings and separators, or ``.xlsx``.

The result is a plain grid of strings, one list per row *as Excel numbers
them* (row 1 is the first line of the file, title rows included), so a
problem can be reported where the user will look for it. No Qt.

Encodings are detected, not guessed: a byte order mark decides (UTF-8 with
BOM, UTF-16); without one, NUL bytes in every other position mean UTF-16, any
other NUL means a binary file; then UTF-8 is tried strictly and Windows-1252
(what Dutch Excel writes) after it. The separator (``;``, ``,`` or tab) is
the one under which the rows line up best, optionally helped by a score the
caller gives (the participant import scores how many column names it knows).
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Callable

SEPARATORS = (";", ",", "\t")
SEPARATOR_NAMES = {";": "semicolon", ",": "comma", "\t": "tab"}
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old binary .xls
MAX_BYTES = 50 * 1024 * 1024
MAX_UNPACKED = 200 * 1024 * 1024  # an .xlsx unpacks to far less; more is a zip bomb, not a participant list
MAX_ROWS = 100_000


class UnreadableFile(Exception):
    """The file is missing, empty, binary, corrupt or not a table; the message says which, in one line."""


@dataclass
class Grid:
    """A sheet's cells as text. ``rows[i]`` is Excel row ``i + 1``."""

    rows: list[list[str]]
    format: str  # "csv" or "xlsx"
    encoding: str = ""  # codec name for csv: "utf-8", "utf-8-sig", "cp1252", "utf-16"
    separator: str = ""  # ";", "," or "\t" for csv
    sheet: str = ""  # the worksheet read, for xlsx
    notes: list[str] = field(default_factory=list)


def column_letter(index: int) -> str:
    """0 -> 'A', 25 -> 'Z', 26 -> 'AA': the column as Excel labels it."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def read_grid(path: Path | str, score: Callable[[list[list[str]]], float] | None = None) -> Grid:
    """The file's cells; raises :class:`UnreadableFile` (never anything else) when it can't be read as a table."""
    path = Path(path)
    try:
        if not path.exists():
            raise UnreadableFile(f"{path}: no such file")
        if path.is_dir():
            raise UnreadableFile(f"{path}: is a folder, not a file")
        if path.stat().st_size > MAX_BYTES:
            raise UnreadableFile(f"{path}: too large for a participant list ({path.stat().st_size // 1_000_000} MB)")
        data = path.read_bytes()
        if not data.strip():
            raise UnreadableFile(f"{path}: the file is empty")
        if data.startswith(_ZIP):
            return _read_xlsx(path, score)
        if data.startswith(_OLE):
            if path.suffix.lower() in (".xlsx", ".xlsm"):  # Excel encrypts a password-protected .xlsx this way
                raise UnreadableFile(f"{path}: a password-protected Excel file (or an old .xls file renamed); "
                                     "remove the password or save it as .xlsx or .csv first")
            raise UnreadableFile(f"{path}: an old Excel .xls file; save it as .xlsx or .csv first")
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            raise UnreadableFile(f"{path}: not a valid .xlsx file")
        try:
            text, encoding = decode(data)
            return _read_csv(text, encoding, score)
        except UnreadableFile as exc:
            raise UnreadableFile(f"{path}: {exc}") from exc
    except UnreadableFile:
        raise
    except OSError as exc:
        raise UnreadableFile(f"{path}: {exc.strerror or exc}") from exc
    except Exception as exc:  # a reader library's own surprise: still one line, never a traceback
        raise UnreadableFile(f"{path}: cannot be read as a table ({type(exc).__name__}: {exc})") from exc


# -- CSV --------------------------------------------------------------------------------------


def decode(data: bytes) -> tuple[str, str]:
    """(text, codec) for the bytes of a text file; :class:`UnreadableFile` for binary data."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16"), "utf-16"
    sample = data[:8192]
    if b"\x00" in sample:
        half = max(len(sample) // 2, 1)
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if odd > 0.3 * half and even < 0.02 * half:
            return _strict(data, "utf-16-le"), "utf-16-le"
        if even > 0.3 * half and odd < 0.02 * half:
            return _strict(data, "utf-16-be"), "utf-16-be"
        raise UnreadableFile("a binary file, not a text or spreadsheet file")
    try:
        return _checked(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        return _strict(data, "cp1252"), "cp1252"


def _strict(data: bytes, codec: str) -> str:
    try:
        return _checked(data.decode(codec))
    except UnicodeDecodeError as exc:
        raise UnreadableFile(f"not readable as text ({codec} fails at byte {exc.start})") from exc


def _checked(text: str) -> str:
    control = sum(1 for ch in text[:20000] if ch < " " and ch not in "\t\r\n")
    if "\x00" in text or control > max(2, len(text[:20000]) // 200):
        raise UnreadableFile("a binary file, not a text or spreadsheet file")
    return text


def _parse(text: str, separator: str) -> list[list[str]]:
    try:
        return [list(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=separator)]
    except csv.Error as exc:  # in practice: one cell longer than the csv module's field limit
        if "field limit" in str(exc):
            raise UnreadableFile(f"a cell holds more than {csv.field_size_limit():,} characters "
                                 "(a quote left open?); not a participant list") from exc
        raise UnreadableFile(f"not readable as CSV ({exc})") from exc


def _consistency(rows: list[list[str]]) -> float:
    """How many (of the first 200 non-blank) rows share the most common width, if that width is 2 or more."""
    widths = Counter(len(r) for r in rows[:200] if any(c.strip() for c in r))
    if not widths:
        return 0.0
    width, count = widths.most_common(1)[0]
    return float(count) if width >= 2 else 0.0


def _read_csv(text: str, encoding: str, score) -> Grid:
    if text.startswith("\ufeff"):
        text = text[1:]
    best: tuple | None = None
    for rank, separator in enumerate(SEPARATORS):
        rows = _parse(text, separator)
        key = (score(rows) if score else 0.0, _consistency(rows), -rank)
        if best is None or key > best[0]:
            best = (key, separator, rows)
    (points, consistency, _), separator, rows = best
    if points <= 0 and consistency <= 0:
        raise UnreadableFile("not a table: no ';', ',' or tab separated columns found")
    if len(rows) > MAX_ROWS:
        raise UnreadableFile(f"more than {MAX_ROWS:,} rows, far too many for a participant list")
    return Grid(rows=[[c.strip("\ufeff") for c in r] for r in rows], format="csv", encoding=encoding, separator=separator)


# -- XLSX -------------------------------------------------------------------------------------


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, (date, time)):
        return value.isoformat()
    return str(value)


def _read_xlsx(path: Path, score) -> Grid:
    try:
        import openpyxl  # MIT; imported here so the rest of the app never pays for it
    except ImportError as exc:  # pragma: no cover - a broken install
        raise UnreadableFile(f"{path}: reading .xlsx needs openpyxl, which is not installed") from exc
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UnreadableFile(f"{path}: not a valid .xlsx file (corrupt or another zip file)") from exc
    if unpacked > MAX_UNPACKED:
        raise UnreadableFile(f"{path}: unpacks to {unpacked // 1_000_000} MB, far too large for a participant list")
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise UnreadableFile(f"{path}: not a valid .xlsx file (corrupt or another zip file)") from exc
    except Exception as exc:
        raise UnreadableFile(f"{path}: not a valid .xlsx file ({type(exc).__name__})") from exc
    try:
        best = None
        for sheet in workbook.worksheets:
            if not hasattr(sheet, "iter_rows"):  # a chart sheet
                continue
            rows = []
            # The sheet's stored size (<dimension>) can be stale: too small drops rows without a word, too
            # large (A1:XFD1048576) pads a million empty rows. Read the rows that are really there instead.
            sheet.reset_dimensions()
            # iter_rows starts at A1 and pads empty rows and leading columns, so indexes are Excel's own
            for row in sheet.iter_rows(min_row=1, min_col=1, values_only=True):
                if len(rows) >= MAX_ROWS:
                    raise UnreadableFile(f"{path}: sheet '{sheet.title}' has more than {MAX_ROWS:,} rows, "
                                         "far too many for a participant list")
                rows.append([_cell_text(v).strip("\ufeff") for v in row])
            while rows and not any(c.strip() for c in rows[-1]):
                rows.pop()
            width = max((len(r) for r in rows), default=0)
            rows = [r + [""] * (width - len(r)) for r in rows]  # every row as wide as the sheet, as Excel shows it
            key = (score(rows) if score else 0.0, _consistency(rows))
            if best is None or key > best[0]:
                best = (key, sheet.title, rows)
    finally:
        workbook.close()
    if best is None or not best[2]:
        raise UnreadableFile(f"{path}: the workbook holds no filled-in sheet")
    return Grid(rows=best[2], format="xlsx", sheet=best[1])
