"""Charts for the Word report drawn offscreen with Qt (QImage + QPainter): bars, grouped bars, a timeline.

:class:`QtChartRenderer` implements :class:`facilitator.io.report.ChartRenderer`.
It paints on a QImage, never on a widget, so it works on a worker thread and
with ``QT_QPA_PLATFORM=offscreen``; a QGuiApplication must exist (the app
has one; the command line creates one). Charts are sized for a 16 cm wide
picture: 1600 px is 100 px per cm, so 30 px text prints at about 8.5 pt.
A value of None is a suppressed group: no bar, the label "<5"; a text value (the report's "x") is drawn as
that label, without a bar.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

ACCENT = QColor("#1F4E79")
LIGHT = QColor("#9DC3E6")
HIGHLIGHT = QColor("#C55A11")
INK = QColor("#1F2A37")
GRID = QColor("#D5DBE1")
SERIES = (ACCENT, LIGHT, QColor("#7F7F7F"))


def _font(px: int, bold: bool = False) -> QFont:
    font = QFont("Carlito")
    font.setFamilies(["Calibri", "Carlito", "Liberation Sans", "Arial", "sans-serif"])
    font.setPixelSize(px)
    font.setBold(bold)
    return font


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _canvas(width: int, height: int) -> tuple[QImage, QPainter]:
    image = QImage(width, int(height), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    return image, painter


def _elide(metrics: QFontMetricsF, text: str, width: float) -> str:
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


def _nice_max(value: float) -> float:
    if value <= 0:
        return 5.0
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if value / step <= 6:
            return step * (int(value / step) + (0 if value % step == 0 else 1))
    return value


class QtChartRenderer:
    """Bar charts, grouped bars and a planned-vs-actual timeline as PNG bytes; photos as JPEG."""

    def bar_chart(self, title: str, labels: list[str], values: list[float | None], *, unit: str = "",
                  highlight: int | None = None, width_px: int = 1600) -> bytes:
        return self.grouped_bar_chart(title, labels, [("", list(values))], unit=unit, width_px=width_px,
                                      highlight=highlight)

    def grouped_bar_chart(self, title: str, labels: list[str], series: list[tuple[str, list[float | str | None]]], *,
                          unit: str = "", width_px: int = 1600, highlight: int | None = None) -> bytes:
        """Horizontal bars: one row per label, one bar per series; a legend when there is more than one series."""
        label_font, value_font = _font(34), _font(32, bold=True)
        metrics = QFontMetricsF(label_font)
        bar_h = 46 if len(series) == 1 else 36
        gap = 22
        row_h = bar_h * len(series) + gap
        legend_h = 60 if len(series) > 1 else 10
        height = legend_h + row_h * max(len(labels), 1) + 60
        image, painter = _canvas(width_px, height)
        label_w = min(width_px * 0.42, max((metrics.horizontalAdvance(t) for t in labels), default=100) + 30)
        left, right = label_w + 20, width_px - 130
        peak = _nice_max(max((v for _, vs in series for v in vs if isinstance(v, (int, float))), default=0))
        scale = (right - left) / peak
        painter.setFont(_font(28))
        painter.setPen(QPen(GRID, 2))
        top, bottom = legend_h, legend_h + row_h * len(labels)
        steps = 5
        for i in range(steps + 1):
            x = left + (right - left) * i / steps
            painter.setPen(QPen(GRID, 2))
            painter.drawLine(int(x), top, int(x), bottom)
            painter.setPen(INK)
            text = f"{peak * i / steps:g}"
            painter.drawText(QRectF(x - 60, bottom + 8, 120, 34), Qt.AlignmentFlag.AlignCenter, text)
        if len(series) > 1:
            x = left
            painter.setFont(label_font)
            for index, (name, _) in enumerate(series):
                painter.fillRect(QRectF(x, 14, 32, 32), SERIES[index % len(SERIES)])
                painter.setPen(INK)
                painter.drawText(QRectF(x + 42, 8, 400, 44), Qt.AlignmentFlag.AlignVCenter, name)
                x += 60 + metrics.horizontalAdvance(name) + 40
        for row, label in enumerate(labels):
            y = top + row * row_h + gap / 2
            painter.setFont(label_font)
            painter.setPen(INK)
            painter.drawText(QRectF(10, y, label_w, bar_h * len(series)),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             _elide(metrics, label, label_w - 10))
            for index, (_, values) in enumerate(series):
                value = values[row] if row < len(values) else None
                colour = SERIES[index % len(SERIES)]
                if highlight is not None and row == highlight and len(series) == 1:
                    colour = HIGHLIGHT
                by = y + index * bar_h
                width = 0.0 if value is None or isinstance(value, str) else value * scale
                if width > 0:
                    painter.fillRect(QRectF(left, by + 3, width, bar_h - 6), colour)
                painter.setFont(value_font)
                painter.setPen(INK)
                text = "<5" if value is None else value if isinstance(value, str) else f"{value:g}"
                painter.drawText(QRectF(left + width + 10, by, 200, bar_h), Qt.AlignmentFlag.AlignVCenter, text)
        painter.setPen(QPen(INK, 2))
        painter.drawLine(int(left), top, int(left), bottom)
        painter.end()
        return _png(image)

    def timeline_chart(self, rows: list[tuple[str, float, float, float | None, float | None]], *,
                       width_px: int = 1600, origin_minutes: float = 0.0,
                       legend: tuple[str, str] = ("planned", "actual")) -> bytes:
        """Per item a light bar (planned) above a dark bar (actual); the axis in clock time from ``origin_minutes``."""
        label_font = _font(32)
        metrics = QFontMetricsF(label_font)
        row_h, bar_h = 66, 24
        height = 80 + row_h * max(len(rows), 1) + 60
        image, painter = _canvas(width_px, height)
        label_w = min(width_px * 0.36, max((metrics.horizontalAdvance(r[0]) for r in rows), default=100) + 30)
        left, right = label_w + 20, width_px - 40
        ends = [v for r in rows for v in (r[2], r[4]) if v is not None]
        starts = [v for r in rows for v in (r[1], r[3]) if v is not None]
        first = min(starts, default=0.0)
        first = 30 * int(first // 30)
        last = max(ends, default=60.0)
        span = max(30.0, last - first)
        scale = (right - left) / span
        top, bottom = 70, 70 + row_h * len(rows)
        painter.setFont(label_font)
        for colour, x in ((LIGHT, left), (ACCENT, left + 260)):
            painter.fillRect(QRectF(x, 18, 32, 28), colour)
        painter.setPen(INK)
        painter.drawText(QRectF(left + 42, 10, 210, 44), Qt.AlignmentFlag.AlignVCenter, legend[0])
        painter.drawText(QRectF(left + 302, 10, 300, 44), Qt.AlignmentFlag.AlignVCenter, legend[1])
        step = 30 if span <= 8 * 60 else 60
        tick = first
        painter.setFont(_font(28))
        while tick <= first + span + 0.1:
            x = left + (tick - first) * scale
            painter.setPen(QPen(GRID, 2))
            painter.drawLine(int(x), top, int(x), bottom)
            clock = int(origin_minutes + tick) % (24 * 60)
            painter.setPen(INK)
            painter.drawText(QRectF(x - 50, bottom + 8, 100, 34), Qt.AlignmentFlag.AlignCenter,
                             f"{clock // 60:02d}:{clock % 60:02d}")
            tick += step
        for row, (label, p_start, p_end, a_start, a_end) in enumerate(rows):
            y = top + row * row_h + 8
            painter.setFont(label_font)
            painter.setPen(INK)
            painter.drawText(QRectF(10, y, label_w, bar_h * 2), Qt.AlignmentFlag.AlignVCenter |
                             Qt.AlignmentFlag.AlignRight, _elide(metrics, label, label_w - 10))
            painter.fillRect(QRectF(left + (p_start - first) * scale, y, max(2.0, (p_end - p_start) * scale),
                                    bar_h), LIGHT)
            if a_start is not None:
                end = a_end if a_end is not None else a_start
                painter.fillRect(QRectF(left + (a_start - first) * scale, y + bar_h,
                                        max(3.0, (end - a_start) * scale), bar_h), ACCENT)
        painter.end()
        return _png(image)

    def downscale(self, image: bytes, max_px: int = 1600) -> bytes:
        """A photo as JPEG no larger than ``max_px`` on its long side; ValueError if it is no image."""
        picture = QImage.fromData(image)
        if picture.isNull():
            raise ValueError("the photo is not an image Qt can read")
        if max(picture.width(), picture.height()) > max_px:
            picture = picture.scaled(max_px, max_px, Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation)
        picture = picture.convertToFormat(QImage.Format.Format_RGB32)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        picture.save(buffer, "JPEG", 85)
        buffer.close()
        return bytes(data.data())
