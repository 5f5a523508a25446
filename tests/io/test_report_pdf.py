"""The demo day's report as LibreOffice lays it out (headless PDF): a filled contents page with the right page
numbers, page numbers in the footer, the pictures. Skipped when LibreOffice (soffice) or pdftotext is missing."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from facilitator.demo.burgerberaad import build_demo
from facilitator.io.report import ReportOptions, load_report, write_report
from facilitator.store.document import SessionDocument

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None or shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="LibreOffice (soffice) and poppler-utils (pdftotext, pdfinfo) are needed to lay the report out as PDF")


def _house_style(path: Path) -> Path:
    """A template unlike the report's own look: Letter-sized python-docx default (Cambria body, 1.15 lines),
    2 cm margins, its own header and footer text."""
    from docx import Document
    from docx.shared import Cm

    document = Document()
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(2.0)
    section.header.paragraphs[0].text = "Gemeente Zuidhaege · Griffie"
    document.save(str(path))
    return path


@pytest.fixture(scope="module")
def converted(tmp_path_factory, qapp) -> dict[str, tuple[Path, list[str]]]:
    """The report, in its own look and in a house style, converted in one LibreOffice run; text per page."""
    from facilitator.ui.report_charts import QtChartRenderer

    folder = tmp_path_factory.mktemp("pdf")
    demo = build_demo(folder / "demo.facilitator")
    template = _house_style(folder / "huisstijl.docx")
    with SessionDocument.open(demo, read_only=True, outdated_ok=True) as doc:
        data = load_report(doc, ReportOptions(annex_seating=True, annex_notes=True))
        styled = load_report(doc, ReportOptions(template=template))
    write_report(data, folder / "verslag.docx", QtChartRenderer())
    write_report(styled, folder / "huisstijl-verslag.docx", QtChartRenderer())
    profile = (folder / "lo-profile").as_uri()  # a private profile: never clashes with another soffice
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(folder), str(folder / "verslag.docx"), str(folder / "huisstijl-verslag.docx")],
                   check=True, capture_output=True, timeout=300)
    result = {}
    for name in ("verslag", "huisstijl-verslag"):
        path = folder / f"{name}.pdf"
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        count = int(re.search(r"Pages:\s+(\d+)", info).group(1))
        result[name] = (path, [subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(path), "-"],
                                              capture_output=True, text=True, check=True).stdout
                               for n in range(1, count + 1)])
    return result


@pytest.fixture(scope="module")
def pdf(converted):
    return converted["verslag"]


def _toc(pages: list[str]) -> list[tuple[str, int]]:
    return [(text.strip(), int(number)) for text, number in
            re.findall(r"^\s*(\S.*?)\s*\.{3,}\s*(\d+)\s*$", pages[1], re.M)]


def test_the_contents_page_lists_every_chapter_with_its_page(pdf):
    _, pages = pdf
    assert pages[1].lstrip().splitlines()[0].strip() == "Burgerberaad Warmtetransitie — sessiedag 2"
    assert "Inhoud" in pages[1]
    entries = _toc(pages)
    names = [name for name, _ in entries]
    assert names[:3] == ["Samenvatting", "Kerncijfers", "Belangrijkste thema’s"]
    assert "Actiepunten en aanbevelingen" in names and "Bijlage: alle notities" in names


@pytest.mark.parametrize("name", ["verslag", "huisstijl-verslag"])
def test_the_contents_page_numbers_are_where_the_headings_are(converted, name):
    _, pages = converted[name]
    assert len(_toc(pages)) >= 15
    last = 3
    for name, number in _toc(pages):
        found = next(n for n in range(last, len(pages) + 1)
                     if any(line.strip() == name for line in pages[n - 1].splitlines()))
        assert found == number, f"{name!r} is on page {found}, the contents say {number}"
        last = found


def test_every_page_but_the_title_page_has_its_number_in_the_footer(pdf):
    _, pages = pdf
    assert "Pagina" not in pages[0]
    for number, text in enumerate(pages[1:], start=2):
        assert re.search(rf"Pagina {number}\s*$", text.rstrip()), f"page {number} has no page number"


def test_the_pdf_has_the_pictures_and_the_action_table(pdf):
    path, pages = pdf
    images = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True)
    if images.returncode == 0:
        assert len(images.stdout.strip().splitlines()) - 2 >= 6
    text = "\n".join(pages)
    assert "Figuur 1: Gepland (licht) en werkelijk (donker) per onderdeel" in text
    assert "Aanbeveling" in text and "Woningcorporatie" in text and "30-06-2026" in text
