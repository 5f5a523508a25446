"""Word fields as raw XML (python-docx has no field API): PAGE, bookmarks, and a pre-filled table of contents.

A TOC field is empty until a word processor updates it. So :func:`fill_toc`
writes the field *with* its result: one paragraph per heading in the
built-in styles "TOC 1"/"TOC 2", each a hyperlink to a bookmark on its heading
with the text, a right tab with a dot leader and a PAGEREF field holding the
page number the builder computed. Word and LibreOffice both show that cached
result on first open; updating the field (F9) rebuilds the same entries.
"""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

TOC_INSTRUCTION = ' TOC \\o "1-2" \\h \\z \\u '


def _run(*children) -> OxmlElement:
    run = OxmlElement("w:r")
    for child in children:
        run.append(child)
    return run


def _fld_char(kind: str, dirty: bool = False) -> OxmlElement:
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    if dirty:
        char.set(qn("w:dirty"), "true")
    return char


def _instr(text: str) -> OxmlElement:
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = text
    return instr


def _text(text: str) -> OxmlElement:
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    return t


def field_runs(instruction: str, result: str) -> list[OxmlElement]:
    """The runs of a complex field: begin, instruction, separate, cached result, end."""
    return [_run(_fld_char("begin")), _run(_instr(instruction)), _run(_fld_char("separate")),
            _run(_text(result)), _run(_fld_char("end"))]


def add_field(paragraph, instruction: str, result: str) -> None:
    """Append a field (e.g. ``PAGE``) with a cached result to a python-docx paragraph."""
    for run in field_runs(f" {instruction} ", result):
        paragraph._p.append(run)


def bookmark(paragraph, name: str, bookmark_id: int) -> None:
    """Wrap the paragraph's content in a bookmark (what TOC hyperlinks and PAGEREF fields point to)."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(bookmark_id))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(bookmark_id))
    p = paragraph._p
    p_pr = p.find(qn("w:pPr"))
    if p_pr is not None:
        p_pr.addnext(start)
    else:
        p.insert(0, start)
    p.append(end)


def toc_entry(paragraph, text: str, anchor: str, page: int, *, begin: bool, end: bool) -> None:
    """Fill one TOC paragraph: (field begin) hyperlink(text, tab, PAGEREF) (field end)."""
    p = paragraph._p
    if begin:
        p.append(_run(_fld_char("begin")))
        p.append(_run(_instr(TOC_INSTRUCTION)))
        p.append(_run(_fld_char("separate")))
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), anchor)
    link.set(qn("w:history"), "1")
    link.append(_run(_text(text)))
    link.append(_run(OxmlElement("w:tab")))
    for run in field_runs(f" PAGEREF {anchor} \\h ", str(page)):
        link.append(run)
    p.append(link)
    if end:
        p.append(_run(_fld_char("end")))

