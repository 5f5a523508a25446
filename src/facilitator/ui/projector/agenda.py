"""The agenda mode: the meeting's title over the programme, the current item highlighted, moved starts shown quietly."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from facilitator.core.projection_frame import ProgrammeRow, ProjectorFrame, ProjectorMode, RowState
from facilitator.ui.projector import style
from facilitator.ui.projector.base import Painter

# Row heights as fractions of the screen height: as large as fits, never smaller than readable.
ROW_MAX = 0.085
ROW_MIN = 0.06
ROWS_TOP = 0.19
ROWS_BOTTOM = 0.95

_INK = {RowState.DONE: style.FAINT, RowState.CURRENT: style.INK, RowState.NEXT: style.INK,
        RowState.LATER: style.SECONDARY}



def visible_rows(rows: tuple[ProgrammeRow, ...], fits: int) -> tuple[int, int]:
    """The slice [first, last) of rows to show when only ``fits`` do: one done row, then what is on and next."""
    if len(rows) <= fits:
        return 0, len(rows)
    focus = next((i for i, r in enumerate(rows) if r.state in (RowState.CURRENT, RowState.NEXT)), len(rows) - 1)
    first = min(max(focus - 1, 0), len(rows) - fits)
    return first, first + fits


class AgendaPainter(Painter):
    mode = ProjectorMode.AGENDA

    def paint(self, painter: QPainter, rect: QRectF, frame: ProjectorFrame, now: float) -> None:
        painter.fillRect(rect, style.BACKGROUND)
        height, width = rect.height(), rect.width()
        margin = width * 0.05
        header = QRectF(rect.left() + margin, rect.top() + height * 0.05, width - 2 * margin, height * 0.09)
        title = frame.meeting_title or QCoreApplication.translate("Projector", "Programme")
        style.draw_line(painter, header, title, style.base_font(QFont.Weight.DemiBold, height * 0.06), style.INK,
                        Qt.AlignmentFlag.AlignLeft)
        painter.fillRect(QRectF(header.left(), rect.top() + height * 0.155, header.width(), max(1.0, height * 0.002)),
                         style.RULE)

        rows = frame.programme
        if not rows:
            return
        area = height * (ROWS_BOTTOM - ROWS_TOP)
        row_h = max(min(height * ROW_MAX, area / len(rows)), height * ROW_MIN)
        first, last = visible_rows(rows, max(1, math.floor(area / row_h + 1e-9)))
        top = rect.top() + height * ROWS_TOP
        for offset, row in enumerate(rows[first:last]):
            self._row(painter, QRectF(rect.left() + margin, top + offset * row_h, width - 2 * margin, row_h), row)

    @staticmethod
    def _row(painter: QPainter, box: QRectF, row: ProgrammeRow) -> None:
        current = row.state is RowState.CURRENT
        ink = _INK[row.state]
        size = box.height() * 0.5
        weight = QFont.Weight.DemiBold if current else QFont.Weight.Normal
        font = style.base_font(weight, size)
        if current:
            band = box.adjusted(-box.height() * 0.3, box.height() * 0.06, box.height() * 0.3, -box.height() * 0.06)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.CURRENT_BAND)
            painter.drawRoundedRect(band, band.height() * 0.12, band.height() * 0.12)
            painter.setBrush(style.ACCENT)
            painter.drawRoundedRect(QRectF(band.left(), band.top(), box.height() * 0.08, band.height()),
                                    box.height() * 0.04, box.height() * 0.04)
            painter.setBrush(Qt.BrushStyle.NoBrush)

        plain = style.base_font(QFont.Weight.Normal, size)  # the same column whatever the row's weight
        time_w = QFontMetricsF(plain).horizontalAdvance("00:00") + box.height() * 0.6
        style.draw_line(painter, QRectF(box.left(), box.top(), time_w, box.height()), row.start, font, ink,
                        Qt.AlignmentFlag.AlignLeft)

        right_w = 0.0
        if current:
            now_text = QCoreApplication.translate("Projector", "Now")
            right_w = _tag(painter, box, now_text, style.base_font(QFont.Weight.DemiBold, size * 0.8), style.ACCENT)
        elif row.projected_start:
            text = QCoreApplication.translate("Projector", "expected {time}").format(time=row.projected_start)
            right_w = _tag(painter, box, text, style.base_font(QFont.Weight.Normal, size * 0.8), style.SHIFT)

        title_font = QFont(font)
        title_font.setItalic(row.is_break)
        title_box = QRectF(box.left() + time_w, box.top(), box.width() - time_w - right_w, box.height())
        style.draw_line(painter, title_box, row.title, title_font, ink, Qt.AlignmentFlag.AlignLeft)


def _tag(painter: QPainter, box: QRectF, text: str, font: QFont, ink: QColor) -> float:
    """Right-aligned text in the row; returns the width it takes, with a gap before it."""
    width = QFontMetricsF(font).horizontalAdvance(text)
    style.draw_line(painter, QRectF(box.right() - width, box.top(), width, box.height()), text, font, ink,
                    Qt.AlignmentFlag.AlignRight)
    return width + box.height() * 0.6
