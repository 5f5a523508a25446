"""The report's document structure: styles, page setup, header/footer, headings, tables, figures, contents.

:class:`ReportBuilder` wraps a python-docx Document and a :class:`PageEstimate`;
the sections call its methods and never touch the XML. Without a template
the report gets its own look (Calibri, blue headings, A4); with a template
the template's styles are used and only missing ones are added. No Qt.
"""

from __future__ import annotations

import io
from datetime import datetime
from xml.sax.saxutils import escape

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

from facilitator.io.report import fields
from facilitator.io.report.layout import PT_PER_CM, PageEstimate, font_metrics
from facilitator.io.report.styles import ACCENT, GREY, KEEP_TOGETHER_ROWS, TABLE_STYLE, StyleBook
from facilitator.io.report.template import has_content, open_template


class ReportBuilder:
    """Builds the .docx; keeps the headings (with estimated pages) for the table of contents."""

    def __init__(self, template, title: str, words: dict[str, str]) -> None:
        self.document = open_template(template)
        self.own_style = template is None
        self.words = words
        self.title = title
        self.headings: list[tuple[int, str, str, int]] = []  # (level, text, bookmark, page)
        self.pictures = 0
        self._figures = 0
        self._bookmarks = 0
        self._toc_anchor = None
        self._ids: dict[str, str] = {}
        self._heading_last = False
        section = self.document.sections[-1]
        if self.own_style:
            section.page_width, section.page_height = Cm(21.0), Cm(29.7)
            section.left_margin = section.right_margin = Cm(2.5)
            section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
            section.header_distance = section.footer_distance = Cm(1.0)
        self.text_width = section.page_width - section.left_margin - section.right_margin
        height = section.page_height - section.top_margin - section.bottom_margin
        self.layout = PageEstimate(self.text_width / 360000, height / 360000)
        self.styles = StyleBook(self.document, self.own_style, self.text_width)
        self.styles.ensure()
        if not self.own_style:
            self.layout.char_width, self.layout.line_height = font_metrics(self.styles.body_font())

    # -- styles ---------------------------------------------------------------------------------------

    def add(self, style: str | None = None, text: str = ""):
        """A new body paragraph in ``style`` (by cached style id: python-docx's lookup scans every style)."""
        paragraph = self.document.add_paragraph(text)
        if style:
            style_id = self._ids.get(style)
            if style_id is None:
                style_id = self._ids[style] = self._style(style).style_id
            paragraph._p.style = style_id
        return paragraph

    def _style(self, name: str, kind=WD_STYLE_TYPE.PARAGRAPH):
        return self.styles.style(name, kind)

    def metrics(self, name: str | None) -> tuple[float, float, float, float, bool]:
        """(size, space before, space after, line spacing, contextual spacing) of a paragraph style."""
        return self.styles.metrics(name, self.layout.line_height)

    # -- page furniture -------------------------------------------------------------------------------

    def header_footer(self) -> None:
        """The title in the header, 'Pagina N' in the footer; none on the title page. A template's own stay."""
        section = self.document.sections[-1]
        section.different_first_page_header_footer = True
        if not has_content(section.header):
            paragraph = section.header.paragraphs[0]
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run = paragraph.add_run(self.title)
            run.font.size, run.font.color.rgb = Pt(9), GREY
        if not has_content(section.footer):
            paragraph = section.footer.paragraphs[0]
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = paragraph.add_run(f"{self.words['page']} ")
            run.font.size, run.font.color.rgb = Pt(9), GREY
            fields.add_field(paragraph, "PAGE", "1")
            for run in paragraph.runs:
                run.font.size, run.font.color.rgb = Pt(9), GREY

    def properties(self, *, title: str, author: str, subject: str, language: str, keywords: str) -> None:
        props = self.document.core_properties
        props.title, props.author, props.subject = title, author, subject
        props.language = "en-GB" if language == "en" else "nl-NL"
        props.keywords, props.comments, props.category = keywords, "", self.words["report"]
        props.last_modified_by = author
        props.created = props.modified = datetime.now().replace(microsecond=0)
        props.revision = 1
        props.identifier = props.content_status = props.version = ""
        lang = "en-GB" if language == "en" else "nl-NL"
        if self.own_style:
            for style_name in ("Normal",):
                r_pr = self.document.styles[style_name].element.get_or_add_rPr()
                element = r_pr.find(qn("w:lang")) or OxmlElement("w:lang")
                element.set(qn("w:val"), lang)
                r_pr.append(element)

    # -- text -----------------------------------------------------------------------------------------

    def paragraph(self, text: str = "", style: str | None = None, *, size: float | None = None,
                  italic: bool = False, bold: bool = False, color=None, align=None, keep_next: bool = False):
        paragraph = self.add(style)
        if text:
            run = paragraph.add_run(text)
            run.italic = italic or None
            run.bold = bold or None
            if color is not None:
                run.font.color.rgb = color
            if size is not None:
                run.font.size = Pt(size)
        if align is not None:
            paragraph.alignment = align
        if keep_next:
            paragraph.paragraph_format.keep_with_next = True
        own, before, after, spacing, _ = self.metrics(style)
        self.layout.paragraph(text, size or own, before, after, keep_next=30 if keep_next else 0, spacing=spacing)
        self._heading_last = False
        return paragraph

    def heading(self, text: str, level: int, *, new_page: bool = False, toc: bool = True):
        paragraph = self.add(f"Heading {level}")
        paragraph.add_run(text)
        if new_page:
            paragraph.paragraph_format.page_break_before = True
            self.layout.page_break()
        size, before, after, spacing, _ = self.metrics(f"Heading {level}")
        self.layout.paragraph(text, size, before, after, keep_next=size * 1.6, spacing=spacing)
        if toc and level <= 2:
            self._bookmarks += 1
            name = f"_Toc{self._bookmarks:06d}"
            fields.bookmark(paragraph, name, self._bookmarks)
            self.headings.append((level, text, name, self.layout.page))
        self._heading_last = toc and level <= 2
        return paragraph

    def _follow_heading(self) -> None:
        """A heading the layout moved along with the block after it is on the new page."""
        if self.layout.moved_heading and self.headings and self._heading_last:
            level, text, name, _ = self.headings[-1]
            self.headings[-1] = (level, text, name, self.layout.page)
        self.layout.moved_heading = False
        self._heading_last = False

    def bullet(self, text: str, *, quote: bool = False):
        style = "Quote" if quote else "List Bullet"
        paragraph = self.add(style, text)
        size, before, after, spacing, contextual = self.metrics(style)
        if contextual:
            before = after = 0.0  # spacing between paragraphs of the same style is ignored
        self.layout.paragraph(text, size, before, after, spacing=spacing,
                              width_pt=self.layout.width - (30 if not quote else 60))
        return paragraph

    def page_break(self) -> None:
        self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        self.layout.new_page()

    # -- tables and figures ---------------------------------------------------------------------------

    def table(self, header: list[str], rows: list[list], widths_cm: list[float], *,
              align_right: set[int] = frozenset()):
        """A table in the table style, its header row repeated on every page, rows never split.

        Rows are written as XML directly: python-docx's cell access walks the whole table, which is
        quadratic for the 10,000-note annex of a G1000.
        """
        table = self.document.add_table(rows=0, cols=len(header))
        try:
            table.style = self.document.styles[TABLE_STYLE]
        except KeyError:
            table.style = self._style("Table Grid", WD_STYLE_TYPE.TABLE)
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        tbl = table._tbl
        for col, width in zip(tbl.tblGrid.findall(qn("w:gridCol")), widths_cm):
            col.set(qn("w:w"), str(int(width * 567)))
        twips = [str(int(width * 567)) for width in widths_cm]
        together = len(rows) <= KEEP_TOGETHER_ROWS  # a short table stays on one page, under its heading
        for r, values in enumerate([header, *rows]):
            tbl.append(_row(values, twips, header=r == 0, align_right=align_right, keep=together and r < len(rows),
                            shade=r == 0 and self.own_style))  # direct fill: LibreOffice drops it on repeats
        self.layout.table([header, *rows], widths_cm, 10, together=together)
        self._follow_heading()
        self.document.add_paragraph().paragraph_format.space_after = Pt(0)
        size, before, _, spacing, _ = self.metrics(None)
        self.layout.paragraph("", size, before, 0, spacing=spacing)
        return table

    def figure(self, png: bytes, caption: str, *, width_cm: float = 16.0, pixel_size: tuple[int, int] | None = None,
               alt: str = "") -> None:
        """A picture (never split from its caption) and a numbered caption 'Figuur n: ...'."""
        width_cm = min(width_cm, self.text_width / 360000)
        w, h = pixel_size or _png_size(png)
        height_cm = width_cm * h / max(w, 1)
        max_height = self.layout.height / PT_PER_CM * 0.8
        if height_cm > max_height:
            width_cm, height_cm = width_cm * max_height / height_cm, max_height
        self._figures += 1
        self.pictures += 1
        paragraph = self.document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.keep_with_next = True
        paragraph.paragraph_format.space_before = Pt(6)
        paragraph.paragraph_format.space_after = Pt(0)
        run = paragraph.add_run()
        run.add_picture(io.BytesIO(png), width=Cm(width_cm), height=Cm(height_cm))
        doc_pr = run._r.find(".//" + qn("wp:docPr"))
        if doc_pr is not None:
            doc_pr.set("name", f"{self.words['figure']} {self._figures}")
            doc_pr.set("descr", alt or caption)
        pic_name = run._r.find(".//" + qn("pic:cNvPr"))
        if pic_name is not None:
            pic_name.set("name", f"figure{self._figures}.png")
        label = self.document.add_paragraph(style=self._style("Caption"))
        label.add_run(f"{self.words['figure']} ")
        fields.add_field(label, "SEQ Figure \\* ARABIC", str(self._figures))
        label.add_run(f": {caption}")
        size, c_before, c_after, spacing, _ = self.metrics("Caption")
        caption_height = c_before + self.layout.line_height * size * spacing * self.layout.lines(caption + "Figuur 10: ", size) + c_after
        self.layout.block(height_cm * PT_PER_CM + caption_height, before=6)
        self._follow_heading()

    # -- contents -------------------------------------------------------------------------------------

    def toc_placeholder(self) -> None:
        """Where the table of contents goes; filled by :meth:`fill_toc` once every heading's page is known."""
        heading = self.document.add_paragraph(self.words["contents"], style=self._style("TOC Heading"))
        heading.paragraph_format.page_break_before = True
        self._toc_anchor = heading

    def fill_toc(self) -> None:
        """Write the contents' entries after its heading; pages shift when the contents need more than one page."""
        anchor = self._toc_anchor._p
        lines = sum(1.6 if level == 1 else 1.2 for level, *_ in self.headings) * 11 * 1.22 + 40
        extra = max(0, int(lines // self.layout.height))
        entries = [(lv, text, name, page + extra) for lv, text, name, page in self.headings]
        self.headings = entries
        entries = entries or [(1, "", "_Toc000000", 1)]
        for index, (level, text, name, page) in enumerate(entries):
            paragraph = self.document.add_paragraph(style=self._style(f"TOC {min(level, 2)}"))
            fields.toc_entry(paragraph, text, name, page, begin=index == 0, end=index == len(entries) - 1)
            anchor.addnext(paragraph._p)
            anchor = paragraph._p


def _cell_paragraph(text: str, *, size: str, bold: bool = False, color: str = "", right: bool = False,
                    before: str = "40", after: str = "40", keep: bool = False) -> str:
    align = '<w:jc w:val="right"/>' if right else ""
    keep_next = "<w:keepNext/>" if keep else ""
    p_pr = f'<w:pPr>{keep_next}<w:spacing w:before="{before}" w:after="{after}"/>{align}</w:pPr>'
    r_pr = ("<w:b/>" if bold else "") + (f'<w:color w:val="{color}"/>' if color else "") + f'<w:sz w:val="{size}"/>'
    return f'<w:p>{p_pr}<w:r><w:rPr>{r_pr}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def _row(values: list, twips: list[str], *, header: bool, align_right, keep: bool = False,
         shade: bool = False) -> OxmlElement:
    """One table row, parsed from text in one go: a header row repeats on every page, a body row never splits."""
    cells = []
    for c, (value, width) in enumerate(zip(values, twips)):
        main, sub = value if isinstance(value, tuple) else (value, "")
        body = _cell_paragraph(str(main), size="20", bold=header, right=c in align_right, after="0" if sub else "40",
                               keep=keep, color="FFFFFF" if shade else "")
        if sub:
            body += _cell_paragraph(sub, size="17", color=str(GREY), before="20", after="60", keep=keep)
        fill = f'<w:shd w:val="clear" w:color="auto" w:fill="{ACCENT}"/>' if shade else ""
        cells.append(f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/>{fill}</w:tcPr>{body}</w:tc>')
    flag = "<w:tblHeader/>" if header else "<w:cantSplit/>"
    return parse_xml(f'<w:tr {nsdecls("w")}><w:trPr>{flag}</w:trPr>{"".join(cells)}</w:tr>')


def _png_size(data: bytes) -> tuple[int, int]:
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    return 4, 3

