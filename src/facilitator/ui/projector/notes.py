"""The notes modes: "Thema's" (the item's themes, their note counts and a few notes) and "Stemuitslag"
(the dot-vote ranking as big horizontal bars).

Both paint only what the frame carries (core.projection_notes leaves hidden
notes and authors out) as large as fits and never smaller than can be read
from the back of a hall; what does not fit goes on further pages that turn on
the frame's :class:`~facilitator.core.projection_frame.Paging`, like the
seating modes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from facilitator.core.projection_frame import ProjectorFrame, ProjectorMode, pages_for
from facilitator.ui.projector import style
from facilitator.ui.projector.seating import BODY_BOTTOM, BODY_TOP, MARGIN, TEXT_SHARE, _PagedPainter, header
from facilitator.ui.plurals import plurals

CARD_ROW_MAX = 0.07  # a theme card's line height, of the screen height: as large as fits ...
CARD_ROW_MIN = 0.045  # ... never smaller (a 1080 px beamer: 49 px lines, 30 px note text)
BAR_ROW_MAX = 0.11  # the vote result's bars
BAR_ROW_MIN = 0.065
BAR_TEXT_MIN = 0.036  # names of the vote result: never smaller (39 px on a 1080 px beamer)
NOTE_INK = QColor("#dcdcd6")
BAR = QColor("#3f7fe0")
BAR_TOP = QColor("#5b9bff")


def _font(pixels: float, bold: bool = False) -> QFont:
    return style.base_font(QFont.Weight.DemiBold if bold else QFont.Weight.Normal, pixels)


@dataclass(frozen=True)
class CardLayout:
    row: float  # line height, logical pixels
    columns: int
    grid_rows: int
    texts: int  # note lines per card

    @property
    def per_page(self) -> int:
        return self.columns * self.grid_rows

    @property
    def lines(self) -> int:
        return 1 + self.texts


def card_layout(frame: ProjectorFrame, width: float, height: float) -> CardLayout:
    """Columns, note lines per card and line height: every theme on one page as large as fits (and with
    as many notes as can be read), else pages of cards at CARD_ROW_MIN."""
    count = max(1, len(frame.themes))
    most_texts = max((len(c.texts) for c in frame.themes), default=0)
    body = height * (BODY_BOTTOM - BODY_TOP)
    best = None
    for columns in (1, 2, 3) if count > 1 else (1,):
        if columns > count:
            break
        grid_rows = math.ceil(count / columns)
        for texts in range(min(most_texts, 3), -1, -1):
            lines = 1 + texts
            row = min(height * CARD_ROW_MAX, body / (grid_rows * lines + (grid_rows - 1) * 0.5 + grid_rows * 0.4))
            if row < height * CARD_ROW_MIN:
                continue
            # two notes per theme if they fit, then fewer columns (wider lines, less cut off), then size
            score = (min(texts, 2), -columns, texts, row)
            if best is None or score > best[0]:
                best = (score, CardLayout(row, columns, grid_rows, texts))
            break
    if best is not None:
        return best[1]
    row = height * CARD_ROW_MIN
    texts = min(most_texts, 2)
    grid_rows = max(1, int((body + row * 0.5) // ((1 + texts) * row + row * 0.9)))
    return CardLayout(row, 2, grid_rows, texts)


def bar_layout(frame: ProjectorFrame, height: float) -> tuple[float, int]:
    """(row height, lines per page) of the vote result: all lines as large as fits, else pages of BAR_ROW_MIN."""
    body = height * (BODY_BOTTOM - BODY_TOP)
    count = max(1, len(frame.ranking))
    row = min(height * BAR_ROW_MAX, body / count)
    if row < height * BAR_ROW_MIN:
        row = height * BAR_ROW_MIN
    return row, max(1, int(body // row))


def _split(text: str, metrics: QFontMetricsF, width: float) -> tuple[str, str]:
    """The words of ``text`` that fit on a first line of ``width``, and the rest (elided when drawn)."""
    words = text.split()
    first = words[0] if words else ""
    for count in range(1, len(words) + 1):
        candidate = " ".join(words[:count])
        if metrics.horizontalAdvance(candidate) > width and count > 1:
            break
        first = candidate
    return first, text[len(first):].strip()


def _empty(painter: QPainter, rect: QRectF, text: str) -> None:
    style.draw_line(painter, rect.adjusted(0, rect.height() * 0.3, 0, -rect.height() * 0.3), text,
                    _font(rect.height() * 0.05), style.SECONDARY)


class ThemesPainter(_PagedPainter):
    """ "Thema's": a card per theme with its name, how many notes it has, and a few of their texts."""

    mode = ProjectorMode.THEMES

    @staticmethod
    def pages(frame: ProjectorFrame, width: float, height: float) -> int:
        return pages_for(len(frame.themes), card_layout(frame, width, height).per_page)

    def paint(self, painter: QPainter, rect: QRectF, frame: ProjectorFrame, now: float) -> None:
        painter.fillRect(rect, style.BACKGROUND)
        layout = card_layout(frame, rect.width(), rect.height())
        page, pages = self._page(rect, frame, now, len(frame.themes), layout.per_page)
        header(painter, rect, QCoreApplication.translate("Projector", "Themes"), frame.item_title, page, pages,
               frame.caption)
        if not frame.themes:
            _empty(painter, rect, QCoreApplication.translate("Projector", "No themes on the board yet."))
            return
        height, width = rect.height(), rect.width()
        row = layout.row
        usable = width * (1 - 2 * MARGIN)
        gap = row * 0.6
        card_w = (usable - gap * (layout.columns - 1)) / layout.columns
        card_h = layout.lines * row + row * 0.4
        left, top = rect.left() + width * MARGIN, rect.top() + height * BODY_TOP
        name_font, count_font = _font(row * TEXT_SHARE, bold=True), _font(row * TEXT_SHARE * 0.85)
        text_font = _font(row * TEXT_SHARE * 0.95)
        count_metrics = QFontMetricsF(count_font)
        shown = frame.themes[page * layout.per_page:(page + 1) * layout.per_page]
        for index, card in enumerate(shown):
            grid_row, column = divmod(index, layout.columns)
            box = QRectF(left + column * (card_w + gap), top + grid_row * (card_h + row * 0.5), card_w, card_h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.CURRENT_BAND)
            painter.drawRoundedRect(box, row * 0.2, row * 0.2)
            painter.fillRect(QRectF(box.left(), box.top() + row * 0.2, row * 0.12, box.height() - row * 0.4),
                             style.ACCENT)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            pad = row * 0.45
            count = plurals().notes(card.count)
            count_w = count_metrics.horizontalAdvance(count) + row * 0.2
            line = QRectF(box.left() + pad, box.top() + row * 0.2, box.width() - 2 * pad - count_w, row)
            style.draw_line(painter, line, card.name, name_font, style.INK, Qt.AlignmentFlag.AlignLeft)
            style.draw_line(painter, QRectF(box.right() - pad - count_w, line.top(), count_w, row), count,
                            count_font, style.SECONDARY, Qt.AlignmentFlag.AlignRight)
            line = QRectF(line.left() + row * 0.3, line.top(), box.width() - 2 * pad - row * 0.3, row)
            for text in card.texts[:layout.texts]:
                line.translate(0, row)
                style.draw_line(painter, line, "– " + text, text_font, NOTE_INK, Qt.AlignmentFlag.AlignLeft)


class VotesPainter(_PagedPainter):
    """ "Stemuitslag": place, name, a bar as long as its share of the most dots, and the dots."""

    mode = ProjectorMode.VOTES

    @staticmethod
    def pages(frame: ProjectorFrame, width: float, height: float) -> int:
        return pages_for(len(frame.ranking), bar_layout(frame, height)[1])

    def paint(self, painter: QPainter, rect: QRectF, frame: ProjectorFrame, now: float) -> None:
        painter.fillRect(rect, style.BACKGROUND)
        row, per_page = bar_layout(frame, rect.height())
        page, pages = self._page(rect, frame, now, len(frame.ranking), per_page)
        header(painter, rect, QCoreApplication.translate("Projector", "Vote result"), frame.item_title, page, pages,
               frame.caption)
        if not frame.ranking:
            _empty(painter, rect, QCoreApplication.translate("Projector", "No dots counted yet."))
            return
        height, width = rect.height(), rect.width()
        left, top = rect.left() + width * MARGIN, rect.top() + height * BODY_TOP
        usable = width * (1 - 2 * MARGIN)
        pixels = row * TEXT_SHARE * 0.9
        widest = max(QFontMetricsF(_font(pixels)).horizontalAdvance(line.name) for line in frame.ranking)
        two_lines = widest > usable * 0.6 and row / 2.4 >= height * BAR_TEXT_MIN
        if two_lines:  # long names on tall rows: two lines rather than cut off
            pixels = min(pixels, row / 2.4)
        elif widest > usable * 0.6:  # else smaller text, down to what reads from the back
            pixels = max(height * BAR_TEXT_MIN, pixels * usable * 0.6 / widest)
        font, bold = _font(pixels), _font(pixels, bold=True)
        metrics = QFontMetricsF(bold)
        rank_w = metrics.horizontalAdvance("88.") + row * 0.3
        dots_w = metrics.horizontalAdvance("8888") + row * 0.4
        names = QFontMetricsF(font)
        name_w = min(max(names.horizontalAdvance(line.name) for line in frame.ranking) + row * 0.5, usable * 0.62)
        if two_lines:
            name_w = usable * 0.6
        bar_left = left + rank_w + name_w
        bar_room = usable - rank_w - name_w - dots_w
        most = max((line.dots for line in frame.ranking), default=0) or 1
        shown = frame.ranking[page * per_page:(page + 1) * per_page]
        for index, line in enumerate(shown):
            y = top + index * row
            style.draw_line(painter, QRectF(left, y, rank_w - row * 0.3, row), f"{line.rank}.", bold,
                            style.SECONDARY, Qt.AlignmentFlag.AlignRight)
            name_box = QRectF(left + rank_w, y, name_w - row * 0.4, row)
            if two_lines and names.horizontalAdvance(line.name) > name_box.width():
                first, rest = _split(line.name, names, name_box.width())
                half = row / 2
                style.draw_line(painter, QRectF(name_box.left(), y + row * 0.04, name_box.width(), half), first,
                                font, style.INK, Qt.AlignmentFlag.AlignLeft)
                style.draw_line(painter, QRectF(name_box.left(), y + half - row * 0.04, name_box.width(), half), rest,
                                font, style.INK, Qt.AlignmentFlag.AlignLeft)
            else:
                style.draw_line(painter, name_box, line.name, font, style.INK, Qt.AlignmentFlag.AlignLeft)
            length = bar_room * line.dots / most
            painter.fillRect(QRectF(bar_left, y + row * 0.18, max(length, row * 0.06), row * 0.64),
                             BAR_TOP if line.rank == 1 else BAR)
            style.draw_line(painter, QRectF(bar_left + length + row * 0.25, y, dots_w, row), str(line.dots), bold,
                            style.INK, Qt.AlignmentFlag.AlignLeft)


_SAMPLE_THEMES = (
    ("Betaalbaar verduurzamen", ("Subsidie moet ook voor huurders gelden", "Eerst isoleren, dan pas van het gas af",
                                 "Een lening zonder rente voor ouderen")),
    ("Informatie en vertrouwen", ("Eén loket in de wijk", "Heldere planning per straat")),
    ("Samen in de buurt", ("Buurtinkoop van zonnepanelen", "Een energiecoach per blok")),
    ("Warmtenet of eigen oplossing", ("Keuzevrijheid voor bewoners", "Wat kost aansluiten?")),
    ("Overlast tijdens de werkzaamheden", ("Werk per straat plannen",)),
)


def sample_notes_frame(mode: str, meeting_title: str, now: float) -> ProjectorFrame:
    """A themes or vote-result frame of a made-up board (the projector's samples without a session's board)."""
    from facilitator.core.projection_frame import Paging
    from facilitator.core.projection_notes import RankLine, ThemeCard

    item = QCoreApplication.translate("Projector", "Round 2: solutions")
    if mode == ProjectorMode.THEMES:
        cards = tuple(ThemeCard(name, 3 + 2 * len(texts), texts) for name, texts in _SAMPLE_THEMES)
        return ProjectorFrame(mode=mode, meeting_title=meeting_title, item_title=item, themes=cards,
                              paging=Paging(origin=now))
    dots = (64, 48, 48, 31, 12)
    ranks = (1, 2, 2, 4, 5)
    lines = tuple(RankLine(rank, name, count) for rank, (name, _t), count in zip(ranks, _SAMPLE_THEMES, dots))
    return ProjectorFrame(mode=mode, meeting_title=meeting_title, item_title=item, ranking=lines,
                          caption=QCoreApplication.translate("Projector", "{cast} of {possible} dots").format(
                              cast=sum(dots), possible=220), paging=Paging(origin=now))
