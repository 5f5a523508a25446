"""The seating modes: "Waar zit ik?" (everyone's table, alphabetically, in columns) and the table lists.

Both fill the screen with text as large as fits and never smaller than can
be read from the back of a hall (ROW_MIN of the screen height); what does not
fit goes on further pages, which turn by themselves on the frame's
:class:`~facilitator.core.projection_frame.Paging` (monotonic clock). The
layout depends only on the frame and the painted size, so :func:`where_layout`
and :func:`tables_layout` also tell how many pages a list needs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from facilitator.core.projection_frame import ProjectorFrame, ProjectorMode, pages_for
from facilitator.ui.projector import style
from facilitator.ui.projector.base import Painter

# Fractions of the screen height.
HEADER_TOP = 0.04
HEADER_HEIGHT = 0.09
BODY_TOP = 0.17
BODY_BOTTOM = 0.92
ROW_MAX = 0.085  # "Waar zit ik?" rows: as large as fits ...
ROW_MIN = 0.05  # ... never smaller (a 1080 px beamer: 54 px rows, 33 px text)
LIST_ROW_MAX = 0.06  # table lists: cards of a name per line
LIST_ROW_MIN = 0.036
TEXT_SHARE = 0.62  # text size as a share of the row height
MARGIN = 0.04  # of the width, left and right
BAND = "#15181d"


@dataclass(frozen=True)
class WhereLayout:
    row: float  # row height, logical pixels
    columns: int
    rows: int  # rows per column
    column_width: float
    name_width: float  # the name part of a column; the table name takes the rest

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


@dataclass(frozen=True)
class TablesLayout:
    row: float
    columns: int
    grid_rows: int
    lines: int  # lines per card (the header counts as one)
    card_width: float

    @property
    def per_page(self) -> int:
        return self.columns * self.grid_rows


def _font(pixels: float, bold: bool = False) -> QFont:
    return style.base_font(QFont.Weight.DemiBold if bold else QFont.Weight.Normal, pixels)


def where_layout(frame: ProjectorFrame, width: float, height: float) -> WhereLayout:
    """Columns and row height for the "Waar zit ik?" list: everything on one page at the largest size
    that fits, else ROW_MIN rows over as many pages as needed."""
    lines = frame.seats
    body = height * (BODY_BOTTOM - BODY_TOP)
    usable = width * (1 - 2 * MARGIN)
    best = None
    steps = 16
    for step in range(steps + 1):
        row = height * (ROW_MAX - (ROW_MAX - ROW_MIN) * step / steps)
        metrics = QFontMetricsF(_font(row * TEXT_SHARE))
        names = max((metrics.horizontalAdvance(line.name) for line in lines), default=row * 4)
        tables = max((metrics.horizontalAdvance(line.table) for line in lines), default=row * 3)
        gap = row * 0.8
        column = names + gap + tables + row * 0.6
        columns = max(1, min(int((usable + gap) // (column + gap)), 6))
        rows = max(1, int(body // row))
        if columns > 1:  # spread the columns over the width: easier to read than a cramped block
            column = (usable - gap * (columns - 1)) / columns
        best = WhereLayout(row, columns, rows, min(column, usable), names + gap * 0.5)
        if best.per_page >= len(lines):
            needed = math.ceil(len(lines) / columns) if lines else 1
            return WhereLayout(row, columns, max(needed, 1), best.column_width, best.name_width)
    return best


def tables_layout(frame: ProjectorFrame, width: float, height: float) -> TablesLayout:
    """A grid of table cards: every table on one page at the largest size that fits, else pages of
    cards at LIST_ROW_MIN."""
    cards = frame.tables
    lines = max((len(c.names) + (1 if c.host else 0) for c in cards), default=1) + 1
    body = height * (BODY_BOTTOM - BODY_TOP)
    usable = width * (1 - 2 * MARGIN)
    fits, most = None, None
    for grid_rows in range(1, 40):
        largest = body / (grid_rows * lines + (grid_rows - 1) * 0.6)
        if largest < height * LIST_ROW_MIN:
            break
        for step in range(9):
            row = min(height * LIST_ROW_MAX, largest) * (1 - 0.05 * step)
            if row < height * LIST_ROW_MIN:
                break
            metrics = QFontMetricsF(_font(row * TEXT_SHARE))
            bold = QFontMetricsF(_font(row * TEXT_SHARE, bold=True))
            widest = max([metrics.horizontalAdvance("★ " + c.host) for c in cards if c.host]
                         + [metrics.horizontalAdvance(n) for c in cards for n in c.names]
                         + [bold.horizontalAdvance(c.table) for c in cards] + [row * 4])
            gap = row * 0.8
            columns = max(1, min(int((usable + gap) // (widest + row * 1.2 + gap)), 8,
                                 math.ceil(len(cards) / grid_rows) or 1))
            layout = TablesLayout(row, columns, grid_rows, lines, (usable - gap * (columns - 1)) / columns)
            if layout.per_page >= len(cards):
                if fits is None or layout.row > fits.row:
                    fits = layout
                break
            if most is None or (layout.per_page, layout.row) > (most.per_page, most.row):
                most = layout
    if fits is not None:
        return fits
    if most is not None:
        return most
    row = height * LIST_ROW_MIN  # a table longer than the screen: one card per page, cut off
    return TablesLayout(row, 1, 1, lines, usable)


def header(painter: QPainter, rect: QRectF, title: str, subtitle: str, page: int, pages: int,
           foot: str = "") -> None:
    """The title, the quieter subtitle (round or agenda item), "page x of y" with dots, and a foot line
    (a key hint, or figures such as "312 van 330 stippen") at the bottom left: every paged mode's frame."""
    height, width = rect.height(), rect.width()
    margin = width * MARGIN
    box = QRectF(rect.left() + margin, rect.top() + height * HEADER_TOP, width - 2 * margin, height * HEADER_HEIGHT)
    font = style.base_font(QFont.Weight.DemiBold, height * 0.06)
    right = ""
    if pages > 1:
        right = QCoreApplication.translate("Projector", "page {page} of {pages}").format(page=page + 1,
                                                                                         pages=pages)
    side = style.base_font(QFont.Weight.Normal, height * 0.04)
    right_w = QFontMetricsF(side).horizontalAdvance(right) + height * 0.04 if right else 0.0
    if right:
        style.draw_line(painter, QRectF(box.right() - right_w, box.top(), right_w, box.height()), right, side,
                        style.SECONDARY, Qt.AlignmentFlag.AlignRight)
    title_w = min(QFontMetricsF(font).horizontalAdvance(title) + height * 0.04, box.width() - right_w)
    style.draw_line(painter, QRectF(box.left(), box.top(), title_w, box.height()), title, font, style.INK,
                    Qt.AlignmentFlag.AlignLeft)
    if subtitle:  # quieter: it may be long and is then shortened, not the title
        style.draw_line(painter, QRectF(box.left() + title_w, box.top() + height * 0.006,
                                        box.width() - right_w - title_w, box.height()),
                        subtitle, side, style.SECONDARY, Qt.AlignmentFlag.AlignLeft)
    painter.fillRect(QRectF(box.left(), rect.top() + height * 0.145, box.width(), max(1.0, height * 0.002)),
                     style.RULE)
    if pages > 1:  # dots: how far the pages have turned
        size = height * 0.012
        total = min(pages, 40)
        left = rect.center().x() - (total * size * 2.2) / 2
        y = rect.top() + height * 0.955
        painter.setPen(Qt.PenStyle.NoPen)
        for n in range(total):
            painter.setBrush(style.ACCENT if n == min(page, total - 1) else style.FAINT)
            painter.drawEllipse(QRectF(left + n * size * 2.2, y, size, size))
        painter.setBrush(Qt.BrushStyle.NoBrush)
    if foot:
        style.draw_line(painter, QRectF(box.left(), rect.top() + height * 0.935, box.width() * 0.4, height * 0.05),
                        foot, style.base_font(QFont.Weight.Normal, height * 0.035), style.SECONDARY,
                        Qt.AlignmentFlag.AlignLeft)


def _empty(painter: QPainter, rect: QRectF) -> None:
    text = QCoreApplication.translate("Projector", "Nobody is seated in this round yet.")
    style.draw_line(painter, rect.adjusted(0, rect.height() * 0.3, 0, -rect.height() * 0.3), text,
                    style.base_font(QFont.Weight.Normal, rect.height() * 0.05), style.SECONDARY)


class _PagedPainter(Painter):
    """A mode whose pages turn: the page count depends on the size last painted (the window asks
    :meth:`next_change` right after painting)."""

    _size: tuple[float, float] = (1920.0, 1080.0)

    @staticmethod
    def pages(frame: ProjectorFrame, width: float, height: float) -> int:
        raise NotImplementedError

    def next_change(self, frame: ProjectorFrame, now: float) -> float | None:
        if frame.paging is None:
            return None
        return frame.paging.next_change(now, self.pages(frame, *self._size))

    def _page(self, rect: QRectF, frame: ProjectorFrame, now: float, count: int, per_page: int) -> tuple[int, int]:
        """Remember the size painted (for :meth:`next_change`); the page shown now, and how many there are."""
        self._size = (rect.width(), rect.height())
        pages = pages_for(count, per_page)
        return (frame.paging.page(now, pages) if frame.paging else 0), pages


class WherePainter(_PagedPainter):
    """ "Waar zit ik?": first name + initial -> table, alphabetical, down the columns."""

    mode = ProjectorMode.WHERE

    @staticmethod
    def pages(frame: ProjectorFrame, width: float, height: float) -> int:
        return pages_for(len(frame.seats), where_layout(frame, width, height).per_page)

    def paint(self, painter: QPainter, rect: QRectF, frame: ProjectorFrame, now: float) -> None:
        painter.fillRect(rect, style.BACKGROUND)
        title = QCoreApplication.translate("Projector", "Where do I sit?")
        layout = where_layout(frame, rect.width(), rect.height())
        page, pages = self._page(rect, frame, now, len(frame.seats), layout.per_page)
        shown = frame.seats[page * layout.per_page:(page + 1) * layout.per_page]
        hint = f"{shown[0].name[:2]} – {shown[-1].name[:2]}" if pages > 1 and shown else ""
        header(painter, rect, title, frame.round_title, page, pages, hint)
        if not frame.seats:
            _empty(painter, rect)
            return
        height, width = rect.height(), rect.width()
        left = rect.left() + width * MARGIN
        top = rect.top() + height * BODY_TOP
        gap = (width * (1 - 2 * MARGIN) - layout.columns * layout.column_width) / max(layout.columns - 1, 1)
        font = _font(layout.row * TEXT_SHARE)
        table_font = _font(layout.row * TEXT_SHARE, bold=True)
        for index, line in enumerate(shown):
            column, row = divmod(index, layout.rows)
            x = left + column * (layout.column_width + gap)
            box = QRectF(x, top + row * layout.row, layout.column_width, layout.row)
            if row % 2 == 0:
                painter.fillRect(box.adjusted(-layout.row * 0.2, layout.row * 0.04, layout.row * 0.2,
                                              -layout.row * 0.04), style.RULE)
            pad = layout.row * 0.1
            name_box = QRectF(box.left() + pad, box.top(), layout.name_width, box.height())
            style.draw_line(painter, name_box, line.name, font, style.INK, Qt.AlignmentFlag.AlignLeft)
            table_box = QRectF(name_box.right(), box.top(), box.right() - name_box.right() - pad, box.height())
            style.draw_line(painter, table_box, line.table, table_font, style.ACCENT, Qt.AlignmentFlag.AlignRight)


class TablesPainter(_PagedPainter):
    """Per table: its name and who sits there (the host first, ★), as a grid of cards."""

    mode = ProjectorMode.TABLES

    @staticmethod
    def pages(frame: ProjectorFrame, width: float, height: float) -> int:
        return pages_for(len(frame.tables), tables_layout(frame, width, height).per_page)

    def paint(self, painter: QPainter, rect: QRectF, frame: ProjectorFrame, now: float) -> None:
        painter.fillRect(rect, style.BACKGROUND)
        title = QCoreApplication.translate("Projector", "Tables")
        layout = tables_layout(frame, rect.width(), rect.height())
        page, pages = self._page(rect, frame, now, len(frame.tables), layout.per_page)
        header(painter, rect, title, frame.round_title, page, pages)
        if not frame.tables:
            _empty(painter, rect)
            return
        height, width = rect.height(), rect.width()
        left = rect.left() + width * MARGIN
        top = rect.top() + height * BODY_TOP
        row = layout.row
        gap = (width * (1 - 2 * MARGIN) - layout.columns * layout.card_width) / max(layout.columns - 1, 1)
        card_h = layout.lines * row + row * 0.3
        font = _font(row * TEXT_SHARE)
        bold = _font(row * TEXT_SHARE, bold=True)
        shown = frame.tables[page * layout.per_page:(page + 1) * layout.per_page]
        for index, card in enumerate(shown):
            grid_row, column = divmod(index, layout.columns)
            box = QRectF(left + column * (layout.card_width + gap), top + grid_row * (card_h + row * 0.6),
                         layout.card_width, card_h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.CURRENT_BAND)
            painter.drawRoundedRect(box, row * 0.25, row * 0.25)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            pad = row * 0.5
            line = QRectF(box.left() + pad, box.top() + row * 0.15, box.width() - 2 * pad, row)
            style.draw_line(painter, line, card.table, bold, style.ACCENT, Qt.AlignmentFlag.AlignLeft)
            names = ([("★ " + card.host, style.INK)] if card.host else []) + [(n, style.INK) for n in card.names]
            for text, ink in names:
                line.translate(0, row)
                style.draw_line(painter, line, text, font, ink, Qt.AlignmentFlag.AlignLeft)



_SAMPLE_FIRST = ("Anouk", "Bram", "Chantal", "Daan", "Eva", "Hamza", "Ilse", "Jasper", "Lotte", "Milan", "Noor",
                 "Ruben", "Sanne", "Tim", "Yara", "Zeynep", "Wouter", "Priya", "Olaf", "Mila")
_SAMPLE_LAST = "ABDEGHJKMNOPRSTW"


def sample_seating_frame(mode: str, meeting_title: str, now: float, people: int = 60,
                         tables: int = 8) -> ProjectorFrame:
    """A seating frame of a made-up room (for the projector's samples and screenshots without a seating)."""
    from facilitator.core.projection_frame import Paging, SeatLine, TableList, name_key

    names = [f"{_SAMPLE_FIRST[n % len(_SAMPLE_FIRST)]} {_SAMPLE_LAST[(n * 7) % len(_SAMPLE_LAST)]}."
             for n in range(people)]
    table_names = [QCoreApplication.translate("Projector", "Table {number}").format(number=n + 1)
                   for n in range(tables)]
    seats = tuple(sorted((SeatLine(name, table_names[n % tables]) for n, name in enumerate(names)),
                         key=lambda line: name_key(line.name)))
    lists = tuple(TableList(table, tuple(sorted((names[n] for n in range(t, people, tables)), key=name_key)))
                  for t, table in enumerate(table_names))
    return ProjectorFrame(mode=mode, meeting_title=meeting_title,
                          round_title=QCoreApplication.translate("Projector", "Round 1"), seats=seats,
                          tables=lists, paging=Paging(origin=now))
