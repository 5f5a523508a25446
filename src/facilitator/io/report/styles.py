"""The report's paragraph and table styles: its own look, or a template's styles with missing ones added. No Qt.

:class:`StyleBook` finds or creates a style by name (a template lacking
"Caption" or the table style still gets one) and resolves a paragraph
style's size, spacing and font through its base styles, the document
defaults and the theme: the figures the page estimate works with.
"""

from __future__ import annotations

import re

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

FONT = "Calibri"  # Word's default; LibreOffice shows it with the metric-compatible Carlito
INK = RGBColor(0x1F, 0x2A, 0x37)
ACCENT = RGBColor(0x1F, 0x4E, 0x79)
GREY = RGBColor(0x5F, 0x6B, 0x76)
TABLE_STYLE = "Light List Accent 1"
KEEP_TOGETHER_ROWS = 12
#: Our own styles (name, size pt, bold, colour, space before, space after), used when no template is given.
_OWN = {
    "Normal": (11, False, INK, 0, 6), "Title": (28, True, ACCENT, 0, 12), "Subtitle": (16, False, GREY, 0, 24),
    "Heading 1": (20, True, ACCENT, 0, 12), "Heading 2": (14, True, ACCENT, 16, 6),
    "Heading 3": (12, True, INK, 12, 3), "Caption": (9, False, GREY, 3, 12), "Quote": (11, False, INK, 4, 6),
    "TOC Heading": (20, True, ACCENT, 0, 12), "TOC 1": (11, True, INK, 8, 2), "TOC 2": (11, False, INK, 0, 2),
}
_OUTLINE = {"Heading 1": 0, "Heading 2": 1, "Heading 3": 2}


class StyleBook:
    """The styles of one report document."""

    def __init__(self, document, own_style: bool, text_width) -> None:
        self.document = document
        self.own_style = own_style
        self.text_width = text_width
        self._metrics: dict[str, tuple] = {}

    def style(self, name: str, kind=WD_STYLE_TYPE.PARAGRAPH):
        try:
            return self.document.styles[name]
        except KeyError:
            style = self.document.styles.add_style(name, kind)
            if kind == WD_STYLE_TYPE.PARAGRAPH:
                style.base_style = self.document.styles["Normal"]
                self._shape(style, name, force=True)
            return style

    def _shape(self, style, name: str, force: bool = False) -> None:
        spec = _OWN.get(name)
        if spec is None or not (self.own_style or force):
            return
        size, bold, color, before, after = spec
        style.font.size = Pt(size)
        style.font.bold = bold
        style.font.color.rgb = color
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(after)
        if self.own_style:
            style.font.name = FONT
            r_pr = style.element.get_or_add_rPr()
            fonts = r_pr.find(qn("w:rFonts"))
            for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                fonts.attrib.pop(qn(attribute), None)
            fonts.set(qn("w:eastAsia"), FONT)
        if name in _OUTLINE:
            style.paragraph_format.keep_with_next = True
            p_pr = style.element.get_or_add_pPr()
            if p_pr.find(qn("w:outlineLvl")) is None:
                level = OxmlElement("w:outlineLvl")
                level.set(qn("w:val"), str(_OUTLINE[name]))
                p_pr.append(level)
        if name.startswith("TOC ") and name != "TOC Heading":
            style.paragraph_format.tab_stops.add_tab_stop(self.text_width, WD_TAB_ALIGNMENT.RIGHT,
                                                          WD_TAB_LEADER.DOTS)
            if name == "TOC 2":
                style.paragraph_format.left_indent = Cm(0.6)
        if name == "Quote":
            style.font.italic = True
            style.paragraph_format.left_indent = Cm(1.0)
            style.paragraph_format.right_indent = Cm(1.0)
        if name == "Caption":
            style.font.italic = True
            style.font.bold = False

    def ensure(self) -> None:
        for name in _OWN:
            existing = name in [s.name for s in self.document.styles]
            style = self.style(name)
            if existing:
                self._shape(style, name)
        if self.own_style:
            self.document.styles["Normal"].paragraph_format.line_spacing = 1.0
        self.style(TABLE_STYLE, WD_STYLE_TYPE.TABLE)

    def body_font(self) -> str:
        """The family of the Normal style's text: its own, or the document default, or the theme's minor font."""
        candidates = []
        style = self.document.styles["Normal"]
        while style is not None:
            r_pr = style.element.rPr
            if r_pr is not None and r_pr.find(qn("w:rFonts")) is not None:
                candidates.append(r_pr.find(qn("w:rFonts")))
            style = style.base_style
        defaults = self.document.styles.element.find(qn("w:docDefaults"))
        if defaults is not None and defaults.find(".//" + qn("w:rFonts")) is not None:
            candidates.append(defaults.find(".//" + qn("w:rFonts")))
        for fonts in candidates:
            if fonts.get(qn("w:ascii")):
                return fonts.get(qn("w:ascii"))
            theme = fonts.get(qn("w:asciiTheme"))
            if theme:
                return self.theme_font("major" if theme.startswith("major") else "minor")
        return FONT

    def theme_font(self, kind: str) -> str:
        try:
            blob = self.document.part.part_related_by(RT.THEME).blob.decode("utf-8", "replace")
        except (KeyError, AttributeError):
            return FONT
        match = re.search(rf"<a:{kind}Font>\s*<a:latin typeface=\"([^\"]+)\"", blob)
        return match.group(1) if match else FONT

    def metrics(self, name: str | None, line_height: float) -> tuple[float, float, float, float, bool]:
        """(size pt, space before pt, space after pt, line spacing factor, contextual spacing) of a paragraph
        style, through its base styles and the document defaults: what the page estimate needs."""
        key = name or "Normal"
        if key in self._metrics:
            return self._metrics[key]
        size = before = after = spacing = None
        contextual = False
        style = self.style(key)
        while style is not None:
            if size is None and style.font.size is not None:
                size = style.font.size.pt
            fmt = style.paragraph_format
            if before is None and fmt.space_before is not None:
                before = fmt.space_before.pt
            if after is None and fmt.space_after is not None:
                after = fmt.space_after.pt
            if spacing is None and fmt.line_spacing is not None:
                value = fmt.line_spacing
                spacing = float(value) if isinstance(value, float) else value.pt / (line_height * (size or 11))
            p_pr = style.element.pPr
            contextual = contextual or (p_pr is not None and p_pr.find(qn("w:contextualSpacing")) is not None)
            style = style.base_style
        defaults = self.document.styles.element.find(qn("w:docDefaults"))
        d_size = defaults.find(".//" + qn("w:sz")) if defaults is not None else None
        d_spacing = defaults.find(".//" + qn("w:pPr") + "/" + qn("w:spacing")) if defaults is not None else None

        def twips(attribute: str) -> float | None:
            value = d_spacing.get(qn(attribute)) if d_spacing is not None else None
            return int(value) / 20 if value and value.lstrip("-").isdigit() else None

        size = size or (int(d_size.get(qn("w:val"))) / 2 if d_size is not None else 11.0)
        before = before if before is not None else (twips("w:before") or 0.0)
        after = after if after is not None else (twips("w:after") or 0.0)
        if spacing is None:
            line = d_spacing.get(qn("w:line")) if d_spacing is not None else None
            rule = d_spacing.get(qn("w:lineRule"), "auto") if d_spacing is not None else "auto"
            spacing = int(line) / 240 if line and rule == "auto" else 1.0
        self._metrics[key] = (size, before, after, spacing, contextual)
        return self._metrics[key]
