"""QtChartRenderer: real PNG/JPEG pictures drawn offscreen, also on a worker thread; '<5' groups get no bar."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtGui import QColor, QImage

from facilitator.ui.report_charts import ACCENT, QtChartRenderer


@pytest.fixture(scope="module")
def charts(qapp):  # pytest-qt's session-wide QApplication
    return QtChartRenderer()


def _image(data: bytes) -> QImage:
    image = QImage.fromData(data)
    assert not image.isNull()
    return image


def test_bar_chart_is_a_png_of_the_asked_width_with_coloured_bars(charts):
    data = charts.bar_chart("Uitslag", ["Isoleren", "Warmtenet", "Loket"], [48.0, 20.0, 5.0], highlight=0)
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    image = _image(data)
    assert image.width() == 1600 and 150 < image.height() < 600
    colours = {image.pixelColor(x, y).name() for x in range(0, 1600, 7) for y in range(0, image.height(), 7)}
    assert ACCENT.name().lower() in colours and "#c55a11" in colours  # bars, and the highlighted winner


def test_a_suppressed_group_has_no_bar(charts):
    with_bar = _image(charts.grouped_bar_chart("", ["a", "b"], [("Aanwezig", [10.0, 6.0])]))
    without = _image(charts.grouped_bar_chart("", ["a", "b"], [("Aanwezig", [10.0, None])]))

    def accent_pixels(image: QImage) -> int:
        return sum(image.pixelColor(x, y) == ACCENT for x in range(0, image.width(), 3)
                   for y in range(image.height() // 2, image.height(), 3))

    assert accent_pixels(without) < accent_pixels(with_bar)


def test_timeline_and_charts_on_a_worker_thread(charts):
    results = {}

    def work():
        results["timeline"] = charts.timeline_chart([("Welkom", 0, 15, 3, 19), ("Tafelronde", 15, 60, 19, 70),
                                                     ("Afsluiting", 60, 90, None, None)], origin_minutes=570)
        results["bars"] = charts.bar_chart("x", ["a"], [3.0])

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(30)
    assert _image(results["timeline"]).width() == 1600 and _image(results["bars"]).height() > 50


def test_downscale_makes_a_jpeg_no_larger_than_asked(charts):
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    big = QImage(3000, 2000, QImage.Format.Format_RGB32)
    big.fill(QColor("#336699"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    big.save(buffer, "PNG")
    small = charts.downscale(bytes(data.data()), 1600)
    assert small[:3] == b"\xff\xd8\xff"
    assert _image(small).width() == 1600 and 1065 <= _image(small).height() <= 1067
    with pytest.raises(ValueError):
        charts.downscale(b"not an image")
