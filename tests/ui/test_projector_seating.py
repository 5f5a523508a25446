"""The projector's seating modes: they paint at every size, large enough, page on the clock, and the live
controller feeds them from the session's seating."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from facilitator.core import model as m
from facilitator.core.clock import FakeClock
from facilitator.core.projection_frame import Paging, ProjectorFrame, ProjectorMode, SeatLine, TableList
from facilitator.store.document import SessionDocument
from facilitator.ui.projector import style
from facilitator.ui.projector.painters import painter_for
from facilitator.ui.projector.seating import (
    ROW_MIN,
    TablesPainter,
    WherePainter,
    sample_seating_frame,
    tables_layout,
    where_layout,
)
from facilitator.ui.projector.window import ProjectorWindow

NOW = 1000.0


def paint(frame: ProjectorFrame, size=(1920, 1080), now: float = NOW) -> QImage:
    image = QImage(*size, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter_for(frame.mode).paint(painter, QRectF(0, 0, *size), frame, now)
    painter.end()
    return image


@pytest.mark.parametrize("mode", [ProjectorMode.WHERE, ProjectorMode.TABLES])
@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720), (3840, 2160), (800, 600), (320, 180)])
@pytest.mark.parametrize("people", [0, 6, 60, 1000])
def test_seating_modes_paint_at_every_size(qapp, mode, size, people):
    frame = sample_seating_frame(mode, "Burgerberaad", NOW, people=people, tables=max(1, people // 10))
    if people == 0:
        frame = ProjectorFrame(mode=mode, meeting_title="Burgerberaad", paging=Paging(NOW))
    image = paint(frame, size)
    colours = {image.pixel(x, y) for x in range(0, size[0], 7) for y in range(0, size[1], 7)}
    assert len(colours) > 2  # text on the background, not a blank screen


def test_where_do_i_sit_is_readable_from_the_back_and_pages_a_large_room(qapp):
    small = sample_seating_frame(ProjectorMode.WHERE, "M", NOW, people=60)
    large = sample_seating_frame(ProjectorMode.WHERE, "M", NOW, people=1000, tables=100)
    for frame in (small, large):
        layout = where_layout(frame, 1920, 1080)
        assert layout.row >= ROW_MIN * 1080 - 0.01  # text of at least ~33 px on a 1080 px beamer
        assert layout.columns >= 3
    pages_60 = WherePainter.pages(small, 1920, 1080)
    pages_1000 = WherePainter.pages(large, 1920, 1080)
    assert pages_60 <= 2 and 15 <= pages_1000 <= 25
    per_page = where_layout(large, 1920, 1080).per_page
    assert pages_1000 == -(-1000 // per_page)


def test_a_few_names_are_shown_larger_than_many(qapp):
    few = where_layout(sample_seating_frame(ProjectorMode.WHERE, "M", NOW, people=12), 1920, 1080)
    many = where_layout(sample_seating_frame(ProjectorMode.WHERE, "M", NOW, people=300), 1920, 1080)
    assert few.row > many.row


def test_the_table_lists_of_a_burgerberaad_fit_on_one_page(qapp):
    frame = sample_seating_frame(ProjectorMode.TABLES, "M", NOW, people=60, tables=8)
    layout = tables_layout(frame, 1920, 1080)
    assert layout.per_page >= 8 and TablesPainter.pages(frame, 1920, 1080) == 1
    g1000 = sample_seating_frame(ProjectorMode.TABLES, "M", NOW, people=1000, tables=100)
    assert TablesPainter.pages(g1000, 1920, 1080) > 1


def test_pages_turn_by_the_clock_in_the_window_without_counting_ticks(qtbot):
    clock = FakeClock(NOW)
    window = ProjectorWindow(clock)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    frame = sample_seating_frame(ProjectorMode.WHERE, "M", NOW, people=400, tables=40)
    frame = ProjectorFrame(**{**frame.__dict__, "paging": Paging(origin=NOW, seconds=10)})
    seen: list[int] = []
    real = WherePainter.paint

    def spy(self, painter, rect, shown, now):
        seen.append(shown.paging.page(now, self.pages(shown, rect.width(), rect.height())))
        real(self, painter, rect, shown, now)

    WherePainter.paint = spy
    try:
        window.show_frame(frame)
        window.grab()
        assert window.next_repaint_at == pytest.approx(NOW + 10)
        for _ in range(3):
            clock.advance(10.0)
            window._repaint_due()
            window.grab()
    finally:
        WherePainter.paint = real
    assert seen[0] == 0 and seen[-1] == 3 and sorted(set(seen)) == [0, 1, 2, 3]


def test_names_are_never_cut_off_on_a_full_hd_beamer(qapp):
    from PySide6.QtGui import QFontMetricsF

    from facilitator.ui.projector.seating import TEXT_SHARE, _font

    frame = ProjectorFrame(mode=ProjectorMode.WHERE, seats=tuple(
        SeatLine(f"Maximiliaan-Alexander {chr(65 + n % 26)}.", f"Tafel {n % 100 + 1}") for n in range(1000)),
        paging=Paging())
    layout = where_layout(frame, 1920, 1080)
    metrics = QFontMetricsF(_font(layout.row * TEXT_SHARE))
    widest = max(metrics.horizontalAdvance(s.name) for s in frame.seats)
    assert widest <= layout.name_width  # the column is as wide as its longest name


def test_the_live_controller_projects_the_round_on_the_programme(qtbot, tmp_path):
    from facilitator.core.clock import FakeWallClock
    from facilitator.ui.live_controller import LiveController

    path = tmp_path / "s.facilitator"
    with SessionDocument.create(path, m.Meeting("Burgerberaad")) as doc:
        item, = doc.add(m.AgendaItem("Tafelronde 1", 30, kind=m.AgendaKind.TABLE_ROUND, position=1))
        rnd, = doc.add(m.TableRound(1, item.id, "Kansen"))
        people = doc.add(m.Participant("Gerrit", "Berg", infix="van den", needs=["rolstoel"]),
                         m.Participant("Anna", "Bakker"))
        table, = doc.add(m.Table("Tafel 1"))
        doc.add(*(m.SeatAssignment(rnd.id, p.id, table.id) for p in people))
    doc = SessionDocument.open(path)
    from datetime import datetime

    clock = FakeClock(NOW)
    controller = LiveController(clock=clock, wall=FakeWallClock(datetime(2026, 3, 14, 9, 0), follow=clock))
    try:
        controller.set_document(doc)
        controller.set_mode(ProjectorMode.WHERE)
        frame = controller.current_frame
        assert frame.mode == ProjectorMode.WHERE
        assert [(s.name, s.table) for s in frame.seats] == [("Anna B.", "Tafel 1"), ("Gerrit B.", "Tafel 1")]
        assert frame.round_title == "Round 1: Kansen" and frame.paging.origin == NOW
        assert "rolstoel" not in repr(frame) and "Berg" not in repr(frame)
        controller.turn_page(1)
        assert controller.current_frame.paging.offset == 1
        controller.set_mode(ProjectorMode.TABLES)
        assert controller.current_frame.tables == (TableList("Tafel 1", ("Anna B.", "Gerrit B.")),)
        doc.add(m.Table("Tafel 2"))  # a write elsewhere: read again
        controller.tick()
        assert controller.current_frame.tables[0].table == "Tafel 1"
    finally:
        controller.shutdown()
        doc.close()


def test_the_painters_use_only_the_projector_palette(qapp):
    frame = sample_seating_frame(ProjectorMode.WHERE, "M", NOW)
    image = paint(frame)
    assert image.pixelColor(5, 5) == style.BACKGROUND
