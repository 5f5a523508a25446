"""The Word report of the demo day, read back with python-docx: structure, contents, privacy, options."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from facilitator.core import model as m
from facilitator.core.progress import Cancelled, Progress
from facilitator.demo.burgerberaad import build_demo
from facilitator.io.report import ReportOptions, load_report, outline, write_report
from facilitator.store.document import SessionDocument
from facilitator.ui.report_charts import QtChartRenderer


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    return build_demo(tmp_path_factory.mktemp("report") / "demo.facilitator")


@pytest.fixture(scope="module")
def charts(qapp):  # pytest-qt's session-wide QApplication: the charts need a QGuiApplication
    return QtChartRenderer()


def _build(demo: Path, out: Path, charts, **options) -> tuple:
    with SessionDocument.open(demo, read_only=True, outdated_ok=True) as doc:
        data = load_report(doc, ReportOptions(**options))
        people = doc.all(m.Participant)
    return write_report(data, out, charts), data, people


@pytest.fixture(scope="module")
def default(demo, charts, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "verslag.docx"
    result, data, people = _build(demo, out, charts, annex_seating=True, annex_notes=True)
    return out, result, people


def _parts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as package:
        return {name: package.read(name).decode("utf-8", "replace") + " " + name for name in package.namelist()}


def _headings(document, level: int) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def test_the_report_has_its_chapters_in_built_in_heading_styles(default):
    out, result, _ = default
    document = Document(str(out))
    assert _headings(document, 1) == ["Samenvatting", "Programma", "Deelnemers", "Opbrengst per onderdeel",
                                      "Actiepunten en aanbevelingen", "Bijlagen"]
    assert "Tafelronde 1: kansen en zorgen" in _headings(document, 2)
    assert "Kosten en betaalbaarheid (11)" in _headings(document, 3)
    assert result.headings[:3] == ["Samenvatting", "Kerncijfers", "Belangrijkste thema’s"]
    assert result.pictures >= 6 and len(document.inline_shapes) == result.pictures
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert captions[0].startswith("Figuur 1: ") and len(captions) == result.pictures


def test_the_contents_are_a_toc_field_already_filled_with_the_headings(default):
    out, result, _ = default
    body = Document(str(out)).element.body
    instructions = [t.text for t in body.iter(qn("w:instrText"))]
    assert any(t.strip().startswith('TOC \\o "1-2" \\h \\z \\u') for t in instructions)
    entries = [p for p in Document(str(out)).paragraphs if p.style.name in ("TOC 1", "TOC 2")]
    assert [re.sub(r"\t.*", "", p.text) for p in entries] == result.headings
    assert all(re.search(r"\t\d+$", p.text) for p in entries)  # a tab and the cached page number
    bookmarks = {b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))}
    assert sum(1 for t in instructions if "PAGEREF _Toc" in t) == len(entries) and len(bookmarks) == len(entries)
    fld = body.iter(qn("w:fldChar"))
    assert {f.get(qn("w:fldCharType")) for f in fld} == {"begin", "separate", "end"}


def test_header_footer_and_document_properties(default):
    out, _, _ = default
    document = Document(str(out))
    section = document.sections[0]
    assert section.different_first_page_header_footer
    assert "Burgerberaad Warmtetransitie" in section.header.paragraphs[0].text
    footer_xml = section.footer._element.xml
    assert "PAGE" in footer_xml and "Pagina" in footer_xml
    props = document.core_properties
    assert props.author == "Gemeente Zuidhaege — griffie" and props.title.startswith("Burgerberaad Warmtetransitie")
    assert props.language == "nl-NL" and props.subject
    core = _parts(out)["docProps/core.xml"]
    assert "python-docx" not in core


def test_tables_use_a_table_style_and_repeat_their_header_row(default):
    out, _, _ = default
    document = Document(str(out))
    for table in document.tables:
        assert table.style is not None and table.style.name == "Light List Accent 1"
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    actions = next(t for t in document.tables if t.rows[0].cells[1].text == "Aanbeveling")
    assert [c.text for c in actions.rows[0].cells] == ["Nr.", "Aanbeveling", "Eigenaar", "Datum"]
    first = actions.rows[1].cells
    assert first[2].text == "Woningcorporatie" and first[3].text == "30-06-2026"
    assert "Herkomst: notitie" in first[1].text and "thema “Huurders beschermen" in first[1].text
    assert "plaats 1 bij het stemmen (64 stippen)" in first[1].text


def test_participant_composition_is_aggregated_and_small_groups_show_as_under_five(default):
    out, _, _ = default
    document = Document(str(out))
    gender = next(t for t in document.tables if t.rows[1].cells[0].text == "man")
    rows = {r.cells[0].text: [c.text for c in r.cells[1:]] for r in gender.rows[1:]}
    assert rows["anders"] == ["<5", "", "<5"]
    for table in document.tables:
        if table.rows[0].cells[0].text == "Categorie":
            for row in table.rows[1:]:
                assert not any(c.text in {"1", "2", "3", "4"} for c in row.cells[1:])


#: Surnames of the demo that are also ordinary words of the report ("Wijk" is the district attribute).
ORDINARY_WORDS = {"Wijk"}


def _texts(parts: dict[str, str]) -> str:
    """Every text, attribute value and part name of the package (XML tags and theme font codes aside)."""
    values = []
    for name, xml in parts.items():
        if name.startswith("word/theme/"):
            continue
        values.append(name)
        values.extend(re.findall(r">([^<]+)<", xml))
        values.extend(re.findall(r'="([^"]*)"', xml))
    return "\n".join(values)


def test_no_participant_name_or_contact_anywhere_in_the_package_by_default(default):
    out, _, people = default
    parts = _parts(out)
    raw = "\n".join(parts.values())
    text = _texts(parts)
    assert len(people) == 72
    leaks = []
    for person in people:
        if person.display_name in raw or (person.contact and person.contact in raw):
            leaks.append(person.display_name)
        for value in (person.first_name, person.last_name):
            if value and value not in ORDINARY_WORDS and re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text):
                leaks.append(value)
    assert leaks == []


def test_include_names_puts_names_only_in_the_seating_annex(demo, charts, tmp_path):
    out = tmp_path / "met-namen.docx"
    _, data, people = _build(demo, out, charts, include_names=True, annex_seating=True)
    document = Document(str(out))
    annex_start = next(i for i, p in enumerate(document.paragraphs) if p.text == "Bijlage: tafelindeling")
    seated = next(p for p in people if p.role == m.Role.PARTICIPANT and p.attendance.is_here)
    body_text = "\n".join(p.text for p in document.paragraphs[:annex_start])
    assert seated.display_name not in body_text
    annex_tables = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert seated.display_name in annex_tables
    assert seated.contact not in "\n".join(_parts(out).values())


def test_english_variant(demo, charts, tmp_path):
    out = tmp_path / "report.docx"
    _build(demo, out, charts, language="en")
    document = Document(str(out))
    assert _headings(document, 1) == ["Summary", "Programme", "Participants", "Outcomes per item",
                                      "Action items and recommendations"]
    assert document.core_properties.language == "en-GB"
    assert any(p.text.startswith("Figure 1: ") for p in document.paragraphs)


def test_hidden_notes_are_left_out_and_quotes_are_set_as_quotes(demo, charts, tmp_path):
    with SessionDocument.open(demo, read_only=True, outdated_ok=True) as doc:
        notes = doc.all(m.StickyNote)
    hidden = [n.text for n in notes if n.hidden]
    quotes = [n.text for n in notes if n.is_quote and not n.hidden]
    assert hidden and quotes
    out = tmp_path / "notes.docx"
    _build(demo, out, charts, annex_notes=True)
    document = Document(str(out))
    everything = "\n".join(p.text for p in document.paragraphs) + "\n".join(
        c.text for t in document.tables for r in t.rows for c in r.cells)
    assert not any(text in everything for text in hidden)
    quoted = [p.text for p in document.paragraphs if p.style.name == "Quote"]
    assert all(any(q in text for text in quoted) for q in quotes)


def test_outline_lists_the_sections_for_the_preview(demo):
    with SessionDocument.open(demo, read_only=True, outdated_ok=True) as doc:
        data = load_report(doc, ReportOptions(annex_notes=True))
    rows = outline(data)
    assert [h for level, h, _ in rows if level == 1][:3] == ["Samenvatting", "Programma", "Deelnemers"]
    assert any(h == "Tafelronde 1: kansen en zorgen" and "60 notities" in s for _, h, s in rows)
    assert rows[-1][1] == "Bijlage: alle notities"


def test_cancelling_leaves_no_file(demo, charts, tmp_path):
    with SessionDocument.open(demo, read_only=True, outdated_ok=True) as doc:
        data = load_report(doc, ReportOptions())
    steps = []
    progress = Progress(lambda done, total, text: (steps.append(text), progress.cancel() if done == 3 else None))
    with pytest.raises(Cancelled):
        write_report(data, tmp_path / "weg.docx", charts, progress)
    assert not (tmp_path / "weg.docx").exists() and list(tmp_path.iterdir()) == []
    assert steps[:3] == ["Samenvatting", "Programma", "Deelnemers"]


def _template(path: Path, dotx: bool = False) -> Path:
    document = Document()
    document.styles["Heading 1"].font.name = "Georgia"
    document.sections[0].left_margin = document.sections[0].right_margin = 720000  # 2 cm
    document.sections[0].header.paragraphs[0].text = "Gemeente Zuidhaege · huisstijl"
    document.add_paragraph("Body text of the template that must go")
    document.save(str(path))
    if dotx:
        with zipfile.ZipFile(path) as source:
            files = {name: source.read(name) for name in source.namelist()}
        files["[Content_Types].xml"] = files["[Content_Types].xml"].replace(
            b"document.main+xml", b"template.main+xml")
        with zipfile.ZipFile(path, "w") as target:
            for name, data in files.items():
                target.writestr(name, data)
    return path


@pytest.mark.parametrize("suffix", [".docx", ".dotx"])
def test_a_template_gives_its_styles_header_and_page_setup(demo, charts, tmp_path, suffix):
    template = _template(tmp_path / f"huisstijl{suffix}", dotx=suffix == ".dotx")
    out = tmp_path / "verslag.docx"
    _build(demo, out, charts, template=template)
    document = Document(str(out))
    assert document.styles["Heading 1"].font.name == "Georgia"
    assert abs(document.sections[0].left_margin - 720000) < 1000  # 2 cm, in twips
    assert document.sections[0].header.paragraphs[0].text == "Gemeente Zuidhaege · huisstijl"
    assert "PAGE" in document.sections[0].footer._element.xml
    assert not any("must go" in p.text for p in document.paragraphs)
    assert _headings(document, 1)[0] == "Samenvatting"
    with zipfile.ZipFile(out) as package:
        assert b"document.main+xml" in package.read("[Content_Types].xml")


def test_a_template_without_the_needed_styles_falls_back(demo, charts, tmp_path):
    template = tmp_path / "kaal.docx"
    document = Document()
    styles = document.styles.element
    for style in list(styles):
        if style.get(qn("w:styleId")) in ("Caption", "Quote", "LightList-Accent1", "Title", "ListBullet"):
            styles.remove(style)
    document.save(str(template))
    out = tmp_path / "verslag.docx"
    result, _, _ = _build(demo, out, charts, template=template)
    document = Document(str(out))
    assert [p for p in document.paragraphs if p.style.name == "Caption"] and result.pictures >= 6
    assert all(t.style is not None for t in document.tables)


def test_a_broken_template_is_a_clear_error(demo, charts, tmp_path):
    from facilitator.io.report.template import TemplateError

    bad = tmp_path / "kapot.docx"
    bad.write_text("no zip")
    with pytest.raises(TemplateError, match="kapot.docx"):
        _build(demo, tmp_path / "x.docx", charts, template=bad)


def test_photos_and_logo_become_pictures(demo, charts, tmp_path):
    from PySide6.QtGui import QColor, QImage

    image = QImage(2400, 1800, QImage.Format.Format_RGB32)
    image.fill(QColor("#88aa55"))
    png = tmp_path / "foto.png"
    image.save(str(png))
    copy = tmp_path / "met-foto.facilitator"
    copy.write_bytes(demo.read_bytes())
    with SessionDocument.open(copy) as doc:
        item = doc.all(m.AgendaItem)[3]
        doc.add(m.Photo(agenda_item_id=item.id, file_name="flap.png", mime="image/png", data=png.read_bytes(),
                        width=2400, height=1800, caption="De flap van tafel 3"))
    out = tmp_path / "foto.docx"
    result, _, _ = _build(copy, out, charts, logo=png)
    document = Document(str(out))
    assert any(p.text.endswith("De flap van tafel 3") for p in document.paragraphs if p.style.name == "Caption")
    assert len(document.inline_shapes) == result.pictures + 1  # the logo has no caption
    names = [n for n in zipfile.ZipFile(out).namelist() if n.startswith("word/media/")]
    assert any(n.endswith((".jpg", ".jpeg")) for n in names)


def test_the_preview_side_of_the_report_does_not_load_python_docx():
    import subprocess
    import sys

    code = ("import sys, facilitator.io.report as r; r.outline; r.load_report;"
            "print('docx' in sys.modules); r.write_report; print('docx' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "True"]


def test_a_lone_small_group_takes_the_next_smallest_along_so_it_cannot_be_subtracted():
    from facilitator.io.report.fmt import HIDDEN, protected

    assert protected([39, 18, 1]) == [None, HIDDEN, "<5"]  # man, vrouw, anders: 58 − 39 − 18 would give 1
    assert protected([30, 20, 8]) == [None, None, None]
    assert protected([30, 3, 2]) == [None, "<5", "<5"]  # two small groups: only their sum can be worked out
    assert protected([56, 1, 1]) == [HIDDEN, "<5", "<5"]  # ... unless that sum pins them down (2 = 1 + 1)
    assert protected([4]) == ["<5"]  # nothing else to hide
    assert protected([25, 0, 2, 9]) == [None, None, "<5", HIDDEN]  # an empty group is no cover
