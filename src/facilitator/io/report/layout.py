"""A page estimate for the table of contents: which page each heading lands on. No Qt.

No word processor is at hand when the report is written, so the builder
estimates the layout: every chapter (Heading 1) starts on a new page, which
keeps an estimate error inside one chapter; within a chapter the heights of
paragraphs (lines from the text length), table rows (which never split),
pictures (which never split) and headings (kept with what follows) are added
up against the page's usable height. The figures are for the report's own
styles (Calibri/Carlito 11 pt on A4) and were checked against LibreOffice.
"""

from __future__ import annotations

import math

PT_PER_CM = 72 / 2.54
#: Average character width as a share of the font size (Calibri, Dutch prose).
CHAR_WIDTH = 0.42
#: Line height as a share of the font size (Calibri's ascent + descent + gap).
LINE_HEIGHT = 1.22
#: (character width, line height) per font family, for a template's own body font; others get the middle.
FONTS = {
    "calibri": (0.42, 1.22), "carlito": (0.42, 1.22), "cambria": (0.51, 1.17), "caladea": (0.51, 1.17),
    "times new roman": (0.43, 1.15), "liberation serif": (0.43, 1.15), "georgia": (0.49, 1.14),
    "arial": (0.47, 1.15), "liberation sans": (0.47, 1.15), "helvetica": (0.47, 1.15), "verdana": (0.55, 1.22),
    "segoe ui": (0.46, 1.33), "aptos": (0.45, 1.2), "garamond": (0.42, 1.13), "tahoma": (0.47, 1.21),
}


def font_metrics(family: str) -> tuple[float, float]:
    """(character width, line height) as shares of the font size for a font family."""
    return FONTS.get(family.strip().casefold(), (0.47, 1.18))


class PageEstimate:
    """Tracks the current page and how far down it the text has come."""

    def __init__(self, usable_width_cm: float, usable_height_cm: float) -> None:
        self.width = usable_width_cm * PT_PER_CM
        self.height = usable_height_cm * PT_PER_CM
        self.page = 1
        self.y = 0.0
        self.char_width, self.line_height = CHAR_WIDTH, LINE_HEIGHT
        self._hard = False
        self.moved_heading = False
        self._kept = 0.0  # height of a just-placed paragraph that must stay with what follows (a heading)

    def lines(self, text: str, size: float, width_pt: float | None = None) -> int:
        """How many lines ``text`` takes at ``size`` points in a column ``width_pt`` wide."""
        per_line = max(8, int((width_pt or self.width) / (size * self.char_width)))
        total = 0
        for part in (text or " ").split("\n"):
            words_len, count = 0, 1
            for word in part.split(" "):
                extra = len(word) + (1 if words_len else 0)
                if words_len and words_len + extra > per_line:
                    count += 1
                    words_len = len(word)
                else:
                    words_len += extra
            total += count
        return total

    def new_page(self) -> None:
        if self.y > 0:
            self.page += 1
        self.y = 0.0
        self._hard = False

    def page_break(self) -> None:
        """An explicit break (page break before): unlike at a natural break, space before stays on the new page."""
        self.new_page()
        self._hard = True

    def paragraph(self, text: str, size: float, before: float = 0.0, after: float = 0.0,
                  width_pt: float | None = None, keep_next: float = 0.0, spacing: float = 1.0) -> None:
        """A paragraph that may break across pages; ``keep_next`` points must follow it on the same page;
        ``spacing`` is the style's line spacing (1.0 single, 1.15 Word's newer default)."""
        line = size * self.line_height * spacing
        count = self.lines(text, size, width_pt)
        before = before if self.y > 0 or self._hard else 0.0
        self._hard = False
        if keep_next and self.y + before + line * count + keep_next > self.height:
            self.new_page()
            before = 0.0
        self.y += before
        top = self.y
        for _ in range(count):
            if self.y + line > self.height:
                self.new_page()
                top = 0.0
            self.y += line
        self.y += after
        self._kept = (self.y - top) if keep_next else 0.0

    def block(self, height: float, before: float = 0.0, after: float = 0.0) -> None:
        """Something that never splits (a picture, a table row)."""
        before = before if self.y > 0 else 0.0
        kept, self._kept = self._kept, 0.0
        if self.y + before + height > self.height:
            moved = kept if 0 < kept < self.y else 0.0  # the heading goes along to the new page
            self.moved_heading = moved > 0
            self.new_page()
            self.y, before = moved, 0.0
        self.y += before + height + after

    def table(self, rows: list[list], widths_cm: list[float], size: float, header_rows: int = 1,
              padding: float = 4.0, together: bool = False) -> None:
        """A table whose rows never split and whose header row repeats on each new page."""
        line = size * self.line_height

        def cell(value, width_cm: float) -> float:
            main, sub = value if isinstance(value, tuple) else (value, "")
            height = self.lines(str(main), size, width_cm * PT_PER_CM - 11) * line
            if sub:
                height += self.lines(sub, size * 0.85, width_cm * PT_PER_CM - 11) * line * 0.85 + 3
            return height

        def height(row: list) -> float:
            return max(cell(value, w) for value, w in zip(row, widths_cm)) + padding + 1

        head = sum(height(r) for r in rows[:header_rows])
        if together:
            self.block(sum(height(r) for r in rows))
            return
        self.block(head + (height(rows[header_rows]) if len(rows) > header_rows else 0))
        if len(rows) > header_rows:
            self.y -= height(rows[header_rows])
        for row in rows[header_rows:]:
            h = height(row)
            if self.y + h > self.height:
                self.new_page()
                self.y += head
            self.y += h

    def space(self, points: float) -> None:
        self.y = min(self.height, self.y + points)

    def ceil_lines(self, points: float, size: float) -> int:
        return math.ceil(points / (size * self.line_height))
