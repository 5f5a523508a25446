"""The projector's notes modes ("Thema's", "Stemuitslag"): they paint at every size, large enough, page when
long, follow tallies as they are written, and never show a hidden note or who wrote a note."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from facilitator.core import model as m
from facilitator.core.board import BoardEdit
from facilitator.core.clock import FakeClock, FakeWallClock
from facilitator.core.projection_frame import Paging, ProjectorFrame, ProjectorMode
from facilitator.core.projection_notes import RankLine, ThemeCard, rank_lines, theme_cards
from facilitator.store import board as board_store
from facilitator.store.document import SessionDocument
from facilitator.ui.projector import notes as notes_painters
from facilitator.ui.projector import style
from facilitator.ui.projector.notes import (
    BAR_ROW_MIN,
    CARD_ROW_MIN,
    ThemesPainter,
    VotesPainter,
    bar_layout,
    card_layout,
)
from facilitator.ui.projector.painters import painter_for

NOW = 1000.0
SECRET = "Wethouder Jansen liegt"  # a hidden note's text: must never reach the room
AUTHOR = ("Xandra", "Zwartjes")


def paint(frame: ProjectorFrame, size=(1920, 1080), now: float = NOW) -> QImage:
    image = QImage(*size, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter_for(frame.mode).paint(painter, QRectF(0, 0, *size), frame, now)
    painter.end()
    return image


def drawn_text(frame: ProjectorFrame, monkeypatch, size=(1920, 1080)) -> str:
    """Every text the painter draws (through style.draw_line, the only way text reaches the screen)."""
    seen: list[str] = []
    real = style.draw_line

    def spy(painter, rect, text, *args, **kwargs):
        seen.append(text)
        real(painter, rect, text, *args, **kwargs)

    monkeypatch.setattr(notes_painters.style, "draw_line", spy)
    paint(frame, size)
    monkeypatch.setattr(notes_painters.style, "draw_line", real)
    return "\n".join(seen)


def cards(count: int, texts: int = 3) -> tuple[ThemeCard, ...]:
    return tuple(ThemeCard(f"Thema {n + 1}: betaalbaar wonen voor starters", 12 - n % 7,
                           tuple(f"Notitie {k + 1} bij thema {n + 1} over de wijk" for k in range(texts)))
                 for n in range(count))


def ranking(count: int) -> tuple[RankLine, ...]:
    return tuple(RankLine(n + 1, f"Thema {n + 1}", 80 - n * 3) for n in range(count))


@pytest.mark.parametrize("mode", [ProjectorMode.THEMES, ProjectorMode.VOTES])
@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720), (3840, 2160), (800, 600), (320, 180)])
@pytest.mark.parametrize("count", [0, 1, 8, 60])
def test_notes_modes_paint_at_every_size(qapp, mode, size, count):
    frame = ProjectorFrame(mode=mode, meeting_title="Burgerberaad", item_title="Oplossingen",
                           themes=cards(count), ranking=ranking(count), caption="312 van 330 stippen",
                           paging=Paging(NOW))
    image = paint(frame, size)
    colours = {image.pixel(x, y) for x in range(0, size[0], 7) for y in range(0, size[1], 7)}
    assert len(colours) > 2
    assert image.pixelColor(2, 2) == style.BACKGROUND


def test_themes_are_large_and_page_when_many(qapp):
    few = ProjectorFrame(mode=ProjectorMode.THEMES, themes=cards(6))
    layout = card_layout(few, 1920, 1080)
    assert layout.row >= CARD_ROW_MIN * 1080 and layout.texts >= 2 and layout.per_page >= 6
    assert ThemesPainter.pages(few, 1920, 1080) == 1
    many = ProjectorFrame(mode=ProjectorMode.THEMES, themes=cards(40))
    assert card_layout(many, 1920, 1080).row >= CARD_ROW_MIN * 1080 - 0.01
    assert ThemesPainter.pages(many, 1920, 1080) > 1


def test_vote_result_bars_are_large_and_page_past_the_top(qapp):
    row, per_page = bar_layout(ProjectorFrame(mode=ProjectorMode.VOTES, ranking=ranking(8)), 1080)
    assert row >= BAR_ROW_MIN * 1080 and per_page >= 8
    many = ProjectorFrame(mode=ProjectorMode.VOTES, ranking=ranking(40))
    assert bar_layout(many, 1080)[0] >= BAR_ROW_MIN * 1080 - 0.01
    assert VotesPainter.pages(many, 1920, 1080) > 1


def test_the_pages_turn_on_the_frames_clock(qapp, monkeypatch):
    frame = ProjectorFrame(mode=ProjectorMode.VOTES, ranking=ranking(40), paging=Paging(origin=NOW, seconds=10))
    first = drawn_text(frame, monkeypatch)
    assert "Thema 1\n" in first + "\n"
    painter = VotesPainter()
    paint(frame)
    assert painter.next_change(frame, NOW) == pytest.approx(NOW + 10)


def _board(tmp_path):
    """An item with two themes; one hidden note with a unique text; notes written by a participant."""
    path = tmp_path / "s.facilitator"
    doc = SessionDocument.create(path, m.Meeting("Burgerberaad"))
    item, = doc.add(m.AgendaItem("Oplossingen", 45, position=1))
    author, = doc.add(m.Participant(*AUTHOR))
    table, = doc.add(m.Table("Tafel 1"))
    wonen, groen = doc.add(m.Theme("Betaalbaar wonen", item.id, 0), m.Theme("Meer groen", item.id, 1))
    doc.add(m.Theme("Alleen verborgen", item.id, 2))
    secret_theme = doc.all(m.Theme)[-1]
    doc.add(
        m.StickyNote("Starterswoningen bouwen", item.id, theme_id=wonen.id, author_id=author.id, table_id=table.id),
        m.StickyNote("Huren moeten omlaag", item.id, theme_id=wonen.id, is_quote=True, author_id=author.id),
        m.StickyNote(SECRET, item.id, theme_id=wonen.id, hidden=True, author_id=author.id),
        m.StickyNote(SECRET + " echt", item.id, theme_id=secret_theme.id, hidden=True),
        m.StickyNote("Bomen in de straat", item.id, theme_id=groen.id),
    )
    hidden_note = next(n for n in doc.all(m.StickyNote) if n.text == SECRET)
    vote, = doc.add(m.DotVote("Stippen", item.id, dots_per_person=5, voters=4))
    doc.add(m.VoteTally(vote.id, 7, theme_id=wonen.id, table_id=table.id), m.VoteTally(vote.id, 3, theme_id=groen.id))
    note_vote, = doc.add(m.DotVote("Op notities", item.id, dots_per_person=3))
    doc.add(m.VoteTally(note_vote.id, 4, note_id=hidden_note.id))
    return doc, item, vote, note_vote, wonen


def test_what_reaches_the_frame_never_has_hidden_notes_or_authors(qtbot, tmp_path, monkeypatch):
    from facilitator.ui.live_controller import LiveController

    doc, item, vote, note_vote, wonen = _board(tmp_path)
    clock = FakeClock(NOW)
    controller = LiveController(clock=clock, wall=FakeWallClock(datetime(2026, 3, 14, 9, 0), follow=clock))
    try:
        controller.set_document(doc)
        controller.project_notes(ProjectorMode.THEMES, item.id)
        controller.close_projector()
        frame = controller.current_frame
        assert frame.mode == ProjectorMode.THEMES and frame.item_title == "Oplossingen"
        assert [(c.name, c.count) for c in frame.themes] == [("Betaalbaar wonen", 2), ("Meer groen", 1)]
        assert frame.themes[0].texts == ("Huren moeten omlaag", "Starterswoningen bouwen")  # the quote first
        for shown in (repr(frame), drawn_text(frame, monkeypatch)):
            assert SECRET not in shown and "Alleen verborgen" not in shown
            assert AUTHOR[0] not in shown and AUTHOR[1] not in shown
            assert "Betaalbaar wonen" in shown

        controller.project_notes(ProjectorMode.VOTES, item.id, vote.id)
        frame = controller.current_frame
        assert [(r.rank, r.name, r.dots) for r in frame.ranking] == [(1, "Betaalbaar wonen", 7), (2, "Meer groen", 3)]
        assert "10 of 20 dots" in frame.caption

        # a tally written elsewhere (the Notes screen) reaches the projector at the next tick
        tally = next(t for t in doc.all(m.VoteTally) if t.theme_id == wonen.id)
        board_store.apply(doc, BoardEdit(added=(m.VoteTally(vote.id, 9, theme_id=next(
            t.id for t in doc.all(m.Theme) if t.name == "Meer groen")),)))
        controller.tick()
        assert [(r.name, r.dots) for r in controller.current_frame.ranking][:2] == [("Meer groen", 12),
                                                                                     ("Betaalbaar wonen", 7)]
        assert tally.dots == 7

        controller.project_notes(ProjectorMode.VOTES, item.id, note_vote.id)  # the dots went to a hidden note
        frame = controller.current_frame
        for shown in (repr(frame), drawn_text(frame, monkeypatch)):
            assert SECRET not in shown
        assert frame.ranking == ()

        controller.turn_page(1)
        assert controller.current_frame.paging.offset == 1
    finally:
        controller.shutdown()
        doc.close()


def test_core_builders_leave_hidden_notes_out():
    theme = m.Theme("T", 1, id=1)
    notes = [m.StickyNote("zichtbaar", 1, theme_id=1, id=1), m.StickyNote(SECRET, 1, theme_id=1, hidden=True, id=2)]
    card, = theme_cards([theme], notes)
    assert card.count == 1 and card.texts == ("zichtbaar",)
    lines = rank_lines([m.VoteTally(1, 5, note_id=2), m.VoteTally(1, 2, note_id=1)], {}, {1: ("zichtbaar", False),
                                                                                        2: (SECRET, True)})
    assert [(line.rank, line.name) for line in lines] == [(1, "“zichtbaar”")]  # no gap where the hidden one was
