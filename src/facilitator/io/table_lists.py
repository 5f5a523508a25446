"""Printable table lists and table signs (tafelkaarten) as Word files (.docx). No Qt.

* :func:`write_table_lists` — A4 portrait, one part per round (each round
  starts on a new page): per table its name, whether it is wheelchair
  accessible, its host and, alphabetically, the people seated there. Tables
  stand two side by side; a table's block never breaks across pages.
* :func:`write_table_signs` — one A4 landscape page per table, to put on the
  table: its name big, its host, and per round (a column each) who sits there,
  in type big enough to read from a chair.

Texts follow the meeting's language (Dutch by default, or English); the words
are in :data:`WORDS`, as this layer cannot use Qt's translations. Both take
a :class:`SeatingSnapshot` (see :func:`load_seating`) and write the file
atomically; they report progress per round or table and can be cancelled.
"""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from facilitator.core.model import Table, TableRound
from facilitator.core.progress import Progress
from facilitator.io.atomic_file import write_atomically
from facilitator.io.seating_snapshot import NothingToExport, SeatingSnapshot, long_date

#: Every text the two documents print, per language.
WORDS: dict[str, dict[str, str]] = {
    "nl": {
        "round": "Ronde", "table_lists": "Tafellijsten", "table_signs": "Tafelkaarten",
        "host": "Gastvrouw/gastheer", "accessible": "rolstoeltoegankelijk", "one_person": "1 deelnemer",
        "people": "{n} deelnemers", "tables": "{n} tafels", "nobody": "niemand", "page": "Pagina",
        "no_seating": "Voor deze ronde is nog geen tafelindeling gemaakt.",
    },
    "en": {
        "round": "Round", "table_lists": "Table lists", "table_signs": "Table signs",
        "host": "Table host", "accessible": "wheelchair accessible", "one_person": "1 participant",
        "people": "{n} participants", "tables": "{n} tables", "nobody": "nobody", "page": "Page",
        "no_seating": "No table plan has been made for this round yet.",
    },
}

FONT = "Calibri"  # Word's default; LibreOffice shows it with the metric-compatible Carlito
INK = RGBColor(0x1F, 0x2A, 0x37)
ACCENT = RGBColor(0x1F, 0x4E, 0x79)
GREY = RGBColor(0x5F, 0x6B, 0x76)
RULE = "9AA5B1"
A4 = (Cm(21.0), Cm(29.7))


def _people(words: dict[str, str], count: int) -> str:
    return words["one_person"] if count == 1 else words["people"].format(n=count)


def round_heading(snapshot: SeatingSnapshot, rnd: TableRound) -> str:
    """'Ronde 1 · Kansen en zorgen'."""
    text = f"{WORDS[snapshot.language]['round']} {rnd.number}"
    return f"{text} · {rnd.title}" if rnd.title.strip() else text


# -- page set-up ----------------------------------------------------------------------------------


def _new_document(snapshot: SeatingSnapshot, kind: str, landscape: bool) -> Document:
    document = Document()
    words = WORDS[snapshot.language]
    section = document.sections[0]
    width, height = A4
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        width, height = height, width
    section.page_width, section.page_height = width, height
    margin = Cm(1.6) if landscape else Cm(2.0)
    section.left_margin = section.right_margin = margin
    section.top_margin, section.bottom_margin = Cm(1.8), Cm(1.6)
    section.header_distance = section.footer_distance = Cm(0.8)

    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    normal.font.color.rgb = INK
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    for name, size in (("Heading 1", 20), ("Heading 2", 14), ("Title", 26)):
        style = document.styles[name]
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.color.rgb = ACCENT
        style.font.bold = True
        rfonts = style.element.rPr.rFonts
        for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rfonts.set(qn(attribute), FONT)
        for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            rfonts.attrib.pop(qn(attribute), None)

    meeting = snapshot.meeting
    facts = " · ".join(f for f in (meeting.title, long_date(meeting.date, snapshot.language)) if f)
    header = section.header.paragraphs[0]
    header.style = document.styles["Normal"]  # the Header style's own tab stops would catch the tab
    header.paragraph_format.tab_stops.add_tab_stop(width - 2 * margin, WD_TAB_ALIGNMENT.RIGHT)
    _run(header, facts, size=9, color=GREY)
    _run(header, "\t" + words[kind], size=9, color=GREY, bold=True)
    _border(header, "bottom")
    if not landscape:
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _run(footer, f"{words['page']} ", size=9, color=GREY)
        _page_number(footer)
    props = document.core_properties
    props.title = f"{meeting.title} — {words[kind]}" if meeting.title else words[kind]
    props.author = meeting.organiser or "Facilitator"
    props.comments = "Facilitator"
    return document


def _run(paragraph, text: str, *, size: float | None = None, bold: bool = False, italic: bool = False,
         color: RGBColor | None = None):
    run = paragraph.add_run(text)
    if size:
        run.font.size = Pt(size)
    run.font.bold = bold or None
    run.font.italic = italic or None
    if color is not None:
        run.font.color.rgb = color
    return run


def _border(paragraph, side: str) -> None:
    """A thin rule under (or over) a paragraph."""
    p_pr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    line = OxmlElement(f"w:{side}")
    for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "4"), ("w:color", RULE)):
        line.set(qn(key), value)
    borders.append(line)
    p_pr.append(borders)


def _page_number(paragraph) -> None:
    """A PAGE field; Word and LibreOffice fill it in when they lay the page out."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _keep_row_together(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    cant = OxmlElement("w:cantSplit")
    tr_pr.append(cant)


def _cell_rule(cell, side: str = "top", size: int = 8, color: str = RULE) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = tc_pr.find(qn("w:tcBorders"))
    if borders is None:
        borders = OxmlElement("w:tcBorders")
        tc_pr.append(borders)
    line = OxmlElement(f"w:{side}")
    for key, value in (("w:val", "single"), ("w:sz", str(size)), ("w:space", "0"), ("w:color", color)):
        line.set(qn(key), value)
    borders.append(line)


def _save(document: Document, target: Path | str) -> Path:
    target = Path(target)
    buffer = io.BytesIO()
    document.save(buffer)
    write_atomically(target, buffer.getvalue())
    return target


def _check(snapshot: SeatingSnapshot, need_seating: bool) -> None:
    if not snapshot.tables:
        raise NothingToExport("no_tables")
    if need_seating and not snapshot.has_seating():
        raise NothingToExport("no_seating")


# -- table lists ----------------------------------------------------------------------------------


def _table_block(cell, snapshot: SeatingSnapshot, rnd: TableRound, table: Table) -> None:
    words = WORDS[snapshot.language]
    people = snapshot.seated(rnd.id, table)
    title = cell.paragraphs[0]
    title.paragraph_format.space_before = Pt(5)
    _run(title, table.name, size=14, bold=True, color=ACCENT)
    facts = [_people(words, len(people))]
    if table.accessible:
        facts.insert(0, words["accessible"])
    line = cell.add_paragraph()
    _run(line, " · ".join(facts), size=9, color=GREY)
    host = snapshot.host(table)
    if host is not None:
        line = cell.add_paragraph()
        line.paragraph_format.space_before = Pt(1)
        _run(line, f"{words['host']}: ", size=10, color=GREY)
        _run(line, host.display_name, size=10, bold=True)
    last = None
    for number, person in enumerate(people):
        last = cell.add_paragraph()
        last.paragraph_format.space_before = Pt(2 if number == 0 else 0)
        _run(last, person.display_name, size=10.5)
    if not people:
        last = cell.add_paragraph()
        _run(last, words["nobody"], size=10, italic=True, color=GREY)
    last.paragraph_format.space_after = Pt(5)


def build_table_lists(snapshot: SeatingSnapshot, progress: Progress | None = None) -> Document:
    """The table lists as a python-docx Document (see :func:`write_table_lists`)."""
    _check(snapshot, need_seating=True)
    progress = progress or Progress()
    words = WORDS[snapshot.language]
    document = _new_document(snapshot, "table_lists", landscape=False)
    for index, rnd in enumerate(snapshot.rounds):
        progress.step(index, len(snapshot.rounds), round_heading(snapshot, rnd))
        heading = document.add_paragraph(style=document.styles["Heading 1"])
        heading.paragraph_format.page_break_before = index > 0
        heading.paragraph_format.space_before = Pt(0)
        heading.paragraph_format.space_after = Pt(2)
        heading.add_run(round_heading(snapshot, rnd))
        seated = sum(len(snapshot.seated(rnd.id, t)) for t in snapshot.tables)
        summary = document.add_paragraph()
        summary.paragraph_format.space_after = Pt(6)
        if not snapshot.seats.get(rnd.id):
            _run(summary, words["no_seating"], size=11, italic=True, color=GREY)
            continue
        _run(summary, f"{_people(words, seated)} · {words['tables'].format(n=len(snapshot.tables))}", size=10,
             color=GREY)
        grid = document.add_table(rows=0, cols=2)
        grid.alignment = WD_TABLE_ALIGNMENT.CENTER
        grid.autofit = False
        for start in range(0, len(snapshot.tables), 2):
            row = grid.add_row()
            _keep_row_together(row)
            for column, table in enumerate(snapshot.tables[start:start + 2]):
                cell = row.cells[column]
                cell.width = Cm(8.5)
                _cell_rule(cell)
                _table_block(cell, snapshot, rnd, table)
            if len(snapshot.tables[start:start + 2]) == 1:
                row.cells[1].width = Cm(8.5)
    progress.step(len(snapshot.rounds), len(snapshot.rounds))
    return document


def write_table_lists(snapshot: SeatingSnapshot, target: Path | str, progress: Progress | None = None) -> Path:
    """Write the table lists per round to ``target`` (.docx); :class:`NothingToExport` without tables or seating."""
    return _save(build_table_lists(snapshot, progress), target)


# -- table signs ----------------------------------------------------------------------------------


def sign_font_size(columns: int, longest_list: int, longest_name: int) -> int:
    """Points for the names on a sign: as big as fits (at most 28), never below 11."""
    usable_width_pt = (29.7 - 3.2) / 2.54 * 72 / max(columns, 1) - 12
    usable_height_pt = 250.0  # what is left under the name, host line and round headings, with room to spare
    by_width = usable_width_pt / (0.5 * max(longest_name, 8))
    by_height = usable_height_pt / (1.3 * max(longest_list, 1))
    return int(max(11, min(28, by_width, by_height)))


def _sign(document: Document, snapshot: SeatingSnapshot, table: Table, first: bool) -> None:
    words = WORDS[snapshot.language]
    name = document.add_paragraph()
    name.alignment = WD_ALIGN_PARAGRAPH.CENTER
    name.paragraph_format.page_break_before = not first
    name.paragraph_format.space_before = Pt(6)
    name.paragraph_format.keep_with_next = True
    _run(name, table.name, size=66 if len(table.name) <= 16 else 44, bold=True, color=ACCENT)
    facts = []
    host = snapshot.host(table)
    if host is not None:
        facts.append(f"{words['host']}: {host.display_name}")
    if table.accessible:
        facts.append(words["accessible"])
    line = document.add_paragraph()
    line.alignment = WD_ALIGN_PARAGRAPH.CENTER
    line.paragraph_format.space_after = Pt(14)
    line.paragraph_format.keep_with_next = True
    _run(line, "  ·  ".join(facts) or " ", size=18, color=GREY)
    rounds = [r for r in snapshot.rounds if snapshot.seats.get(r.id)]
    if not rounds:
        return
    lists = {r.id: snapshot.seated(r.id, table) for r in rounds}
    longest_name = max((len(p.display_name) for people in lists.values() for p in people), default=8)
    size = sign_font_size(len(rounds), max(len(p) for p in lists.values()), longest_name)
    grid = document.add_table(rows=2, cols=len(rounds))  # headings in one row, so every list starts level
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in grid.rows:
        _keep_row_together(row)
    for head_cell, cell, rnd in zip(grid.rows[0].cells, grid.rows[1].cells, rounds):
        _cell_rule(head_cell, "top", size=12, color="1F4E79")
        head = head_cell.paragraphs[0]
        head.alignment = WD_ALIGN_PARAGRAPH.CENTER
        head.paragraph_format.space_before = Pt(4)
        head.paragraph_format.keep_with_next = True
        _run(head, f"{words['round']} {rnd.number}", size=max(14, size - 2), bold=True, color=ACCENT)
        if rnd.title.strip():
            sub = head_cell.add_paragraph()
            sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
            sub.paragraph_format.keep_with_next = True
            _run(sub, rnd.title, size=12, color=GREY)
        people = lists[rnd.id]
        names = [p.display_name for p in people] or ["—"]
        for number, text in enumerate(names):
            line = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
            line.alignment = WD_ALIGN_PARAGRAPH.CENTER
            line.paragraph_format.space_before = Pt(8 if number == 0 else 0)
            line.paragraph_format.line_spacing = 1.05
            _run(line, text, size=size, color=None if people else GREY)


def build_table_signs(snapshot: SeatingSnapshot, progress: Progress | None = None) -> Document:
    """The table signs as a python-docx Document (see :func:`write_table_signs`)."""
    _check(snapshot, need_seating=False)
    progress = progress or Progress()
    document = _new_document(snapshot, "table_signs", landscape=True)
    for index, table in enumerate(snapshot.tables):
        progress.step(index, len(snapshot.tables), table.name)
        _sign(document, snapshot, table, first=index == 0)
    progress.step(len(snapshot.tables), len(snapshot.tables))
    return document


def write_table_signs(snapshot: SeatingSnapshot, target: Path | str, progress: Progress | None = None) -> Path:
    """Write one A4 landscape sign per table to ``target`` (.docx); :class:`NothingToExport` without tables."""
    return _save(build_table_signs(snapshot, progress), target)


__all__ = ["WORDS", "NothingToExport", "build_table_lists", "build_table_signs", "round_heading",
           "sign_font_size", "write_table_lists", "write_table_signs"]
