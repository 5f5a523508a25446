"""The projector screen: every mode paints, huge digits in the right colour at every scale, repaints only
when a digit changes, never shows participants or notes, survives the beamer coming and going, and chimes
(unless muted) when the time is up."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QApplication

from facilitator.core import model as m
from facilitator.core.clock import FakeClock
from facilitator.core.projection_frame import (
    Countdown,
    Phase,
    ProgrammeRow,
    ProjectorFrame,
    ProjectorMode,
    RowState,
    format_countdown,
)
from facilitator.store.document import SessionDocument
from facilitator.ui.projector import Chime, ProjectorWindow, style
from facilitator.ui.projector.chime import chime_path, default_player
from facilitator.ui.projector.agenda import visible_rows
from facilitator.ui.projector.painters import PAINTERS, painter_for
from facilitator.ui.projector.samples import sample_frames
from facilitator.ui.projector.timer import TimerPainter

ROOT = Path(__file__).resolve().parents[2]
NOW = 1000.0
AMBER, RED = style.PHASE_INK[Phase.WARNING], style.PHASE_INK[Phase.OVER]


def render(frame: ProjectorFrame, size=(1920, 1080), dpr: float = 1.0, now: float = NOW) -> QImage:
    """``frame`` painted on an image of ``size`` device pixels at scale factor ``dpr``."""
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(dpr)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter_for(frame.mode).paint(painter, QRectF(0, 0, size[0] / dpr, size[1] / dpr), frame, now)
    painter.end()
    return image


def ink_rows(image: QImage, colour: QColor, top: float = 0.0, bottom: float = 1.0, tolerance: int = 12) -> list[int]:
    """Rows (device pixels) between ``top`` and ``bottom`` (fractions of the height) holding ``colour``."""
    rows = []
    target = (colour.red(), colour.green(), colour.blue())
    for y in range(int(image.height() * top), int(image.height() * bottom)):
        for x in range(0, image.width(), 3):
            pixel = image.pixelColor(x, y)
            if all(abs(a - b) <= tolerance for a, b in zip((pixel.red(), pixel.green(), pixel.blue()), target)):
                rows.append(y)
                break
    return rows


def timer(remaining: float, **kwargs) -> ProjectorFrame:
    return ProjectorFrame(mode=ProjectorMode.TIMER, item_title="Tafelronde 1: kansen en zorgen",
                          countdown=Countdown.running(remaining, NOW, **kwargs))


@pytest.fixture
def samples(session_file):
    with SessionDocument.open(session_file, read_only=True) as doc:
        return sample_frames(doc.meeting(), doc.all(m.AgendaItem), doc.all(m.WorkForm), NOW)


# -- painting ------------------------------------------------------------------------------------------


def test_every_registered_mode_has_a_sample_and_paints_at_every_scale(qapp, samples):
    assert set(PAINTERS) == {"agenda", "timer", "message", "black", "where", "tables", "themes", "votes"}
    assert {frame.mode for frame in samples.values()} == set(PAINTERS)
    for name, frame in samples.items():
        for dpr in (1.0, 1.5, 2.0):
            image = render(frame, dpr=dpr)
            colours = {image.pixel(x, y) for x in range(0, 1920, 37) for y in range(0, 1080, 29)}
            assert (len(colours) == 1) == (name == "black"), (name, dpr)  # black is black, the rest shows something


def test_the_window_paints_each_mode(qtbot, samples):
    window = ProjectorWindow(FakeClock(NOW))
    qtbot.addWidget(window)
    window.resize(960, 540)
    window.show()
    qtbot.waitExposed(window)
    for frame in samples.values():
        window.show_frame(frame)
        assert not window.grab().toImage().isNull()


def test_an_unknown_mode_paints_black(qapp):
    image = render(ProjectorFrame(mode="dot_vote_results", message="x"))
    assert {image.pixel(x, y) for x in range(0, 1920, 50) for y in range(0, 1080, 50)} == {QColor("black").rgb()}


def test_a_long_programme_shows_the_rows_around_the_current_item(qapp):
    rows = tuple(ProgrammeRow(f"{9 + i // 4:02d}:{i % 4 * 15:02d}", f"Onderdeel {i}",
                              RowState.DONE if i < 12 else RowState.CURRENT if i == 12 else RowState.LATER)
                 for i in range(25))  # fmt: skip
    assert visible_rows(rows, 14) == (11, 25)  # one done row, then the current one and what follows
    assert visible_rows(rows[:10], 14) == (0, 10)
    assert visible_rows(rows, 8) == (11, 19)
    frame = ProjectorFrame(mode=ProjectorMode.AGENDA, meeting_title="G1000 Uden", programme=rows)
    image = render(frame, (1280, 720))
    assert ink_rows(image, style.ACCENT, 0.15, 0.3)  # the current row sits near the top, highlighted


@pytest.mark.parametrize("dpr", [1.0, 1.5, 2.0])
@pytest.mark.parametrize(("size", "remaining"), [
    ((1920, 1080), 252), ((1920, 1080), -207), ((1920, 1080), 3599), ((1920, 1080), 3599.5),
    ((1024, 768), 252), ((1024, 768), -207), ((1280, 800), -207),
])  # fmt: skip
def test_the_digits_are_at_least_a_third_of_the_screen_high(qapp, dpr, size, remaining):
    frame = timer(remaining, warning_seconds=None)
    colour = style.PHASE_INK[frame.countdown.phase(NOW)]
    rows = ink_rows(render(frame, size, dpr), colour, 0.2, 0.78)
    assert rows and (rows[-1] - rows[0]) / size[1] >= 1 / 3, format_countdown(remaining)


@pytest.mark.parametrize(("remaining", "expected"), [(300, style.INK), (90, AMBER), (-30, RED)])
def test_the_digits_turn_amber_at_the_warning_and_red_over_time(qapp, remaining, expected):
    image = render(timer(remaining, warning_seconds=120))
    for colour in (style.INK, AMBER, RED):
        found = ink_rows(image, colour, 0.3, 0.75, tolerance=6)
        assert bool(found) == (colour == expected), (remaining, colour.name())


def test_paused_digits_are_grey_with_the_word_below(qapp):
    frame = ProjectorFrame(mode=ProjectorMode.TIMER, countdown=Countdown.stopped(300, NOW))
    image = render(frame, now=NOW + 999)
    assert ink_rows(image, style.PAUSED_INK, 0.3, 0.75, tolerance=6)
    assert not ink_rows(image, style.INK, 0.3, 0.75, tolerance=6)
    assert ink_rows(image, style.INK, 0.8, 0.9)  # "Paused"


# -- what the room may see -----------------------------------------------------------------------------


def test_frames_built_from_a_session_hold_no_participant_or_note(session_file, samples):
    with SessionDocument.open(session_file) as doc:
        people = doc.all(m.Participant)
        notes = [note.text for note in doc.all(m.StickyNote)]
        for item in doc.all(m.AgendaItem):
            item.facilitator_notes = "Gerrit van den Berg heeft een rolstoel nodig"
            doc.update(item)
        meeting = doc.meeting()
        frames = sample_frames(meeting, doc.all(m.AgendaItem), doc.all(m.WorkForm), NOW)
    secrets = [p.first_name for p in people] + [p.last_name for p in people] + notes + ["rolstoel"]
    assert len(people) == 3 and len(notes) == 2
    shown = " ".join(repr(frame) for frame in frames.values())
    assert "Tafelronde 1" in shown and meeting.title in shown
    assert [secret for secret in secrets if secret in shown] == []


# -- repainting only when a digit changes ---------------------------------------------------------------


class PaintCounter(QObject):
    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


@pytest.fixture
def shown(qtbot):
    clock = FakeClock(NOW)
    window = ProjectorWindow(clock)
    qtbot.addWidget(window)
    window.resize(640, 360)
    window.show()
    qtbot.waitExposed(window)
    return window, clock, PaintCounter(window)


def run_for(qapp, window: ProjectorWindow, clock: FakeClock, seconds: float, step: float) -> None:
    """Let ``seconds`` pass on the fake clock in ticks of ``step``, firing the window's timer when it is due."""
    for _ in range(round(seconds / step)):
        clock.advance(step)
        if window.next_repaint_at is not None and clock.now() >= window.next_repaint_at:
            window._repaint_due()  # what the single-shot QTimer does when it fires
        qapp.processEvents()


def test_a_running_timer_repaints_once_a_second_not_sixty_times(qapp, shown):
    window, clock, paints = shown
    window.show_frame(timer(300))
    qapp.processEvents()
    assert window.next_repaint_at == pytest.approx(NOW + 1)
    assert 990 <= window._repaint_timer.interval() <= 1010  # armed for the next second, not a 16 ms loop
    paints.count = 0
    run_for(qapp, window, clock, 60, 1 / 60)  # a minute, looked at 60 times a second
    assert 59 <= paints.count <= 61


def test_each_repaint_shows_the_next_digits_even_with_late_and_early_timers(qapp, shown, monkeypatch):
    window, clock, _ = shown
    seen: list[tuple[str, str]] = []
    real = TimerPainter.paint

    def spy(self, p, rect, frame, now):
        seen.append((frame.countdown.digits(now), format_countdown(frame.countdown.deadline - clock.now())))
        real(self, p, rect, frame, now)

    monkeypatch.setattr(TimerPainter, "paint", spy)
    window.show_frame(timer(30))
    qapp.processEvents()
    for step in [0.3, 0.9, 1.7, 0.05, 2.5, 0.6] * 8:  # a coarse timer: late, early, a stall
        clock.advance(step)
        window._repaint_due()
        qapp.processEvents()
    digits = [shown_ for shown_, _ in seen]
    assert all(shown_ == expected for shown_, expected in seen)
    assert len(digits) == len(set(digits))  # never painted twice for the same digits
    assert digits[-1].startswith("+")


def test_agenda_message_and_black_repaint_only_for_a_new_frame(qapp, shown, samples):
    window, clock, paints = shown
    for name in ("agenda", "message", "black"):
        window.show_frame(samples[name])
        qapp.processEvents()
        paints.count = 0
        run_for(qapp, window, clock, 60, 1 / 60)
        for _ in range(50):
            window.show_frame(samples[name])  # the live view may send the same frame every tick
        qapp.processEvents()
        assert (paints.count, window.next_repaint_at) == (0, None), name
    window.show_frame(samples["agenda"])
    qapp.processEvents()
    assert paints.count == 1


def test_a_paused_timer_does_not_repaint(qapp, shown):
    window, clock, paints = shown
    window.show_frame(ProjectorFrame(mode=ProjectorMode.TIMER, countdown=Countdown.stopped(90, clock.now())))
    qapp.processEvents()
    paints.count = 0
    run_for(qapp, window, clock, 30, 0.25)
    assert paints.count == 0 and window.next_repaint_at is None


# -- displays --------------------------------------------------------------------------------------------


def test_with_one_display_it_opens_as_a_normal_window(qtbot):
    window = ProjectorWindow(FakeClock(NOW))
    qtbot.addWidget(window)
    window.open()
    assert window.isVisible() and not window.isFullScreen() and not window.is_projecting()
    assert window.screen_name == ""


def test_losing_its_display_leaves_a_normal_window_on_the_primary_one(qtbot):
    window = ProjectorWindow(FakeClock(NOW))
    qtbot.addWidget(window)
    window.open()
    screen = window.screen()
    window._target = screen  # as if it filled this display, which now goes away
    events = []
    window.screen_lost.connect(lambda name: events.append(("lost", name)))
    window.screens_changed.connect(lambda: events.append(("changed",)))
    window._on_screen_removed(screen)
    assert events == [("lost", screen.name()), ("changed",)]
    assert window.isVisible() and not window.isFullScreen() and not window.is_projecting()
    assert window.screen() is QGuiApplication.primaryScreen()
    window.show_frame(timer(60))
    assert not window.grab().toImage().isNull()  # and it still paints


TWO_SCREENS = """
import json, sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
from facilitator.core.clock import FakeClock
from facilitator.ui.projector import ProjectorWindow

screens = {s.name(): s for s in app.screens()}
laptop, beamer = screens["Laptop"], screens["Beamer"]
chair = QWidget(); chair.setScreen(laptop); chair.setGeometry(100, 100, 800, 500); chair.show()
window = ProjectorWindow(FakeClock(), beside=chair)
events = []
window.screen_lost.connect(lambda name: events.append("lost " + name))
window.screen_offered.connect(lambda s: events.append("offered " + s.name()))
state = lambda: [window.screen().name(), window.isFullScreen(), window.is_projecting(), window.geometry().getRect()]
window.open(); app.processEvents()
opened = state()
window._on_screen_removed(beamer); app.processEvents()
lost = state()
window._on_screen_added(beamer); app.processEvents()
back = state()
window.auto_return = False
window._on_screen_removed(beamer); window._on_screen_added(beamer); app.processEvents()
offered = state()
window.set_screen(laptop); app.processEvents()
chosen_laptop = state()
print(json.dumps(dict(opened=opened, lost=lost, back=back, offered=offered, laptop=chosen_laptop, events=events)))
"""


def test_two_displays_full_screen_on_the_beamer_and_back_after_the_cable_is_pulled(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [
        {"name": "Laptop", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96, "dpr": 1},
        {"name": "Beamer", "x": 1280, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "dpr": 1},
    ]}))  # fmt: skip
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_API": "pyside6"}
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(TWO_SCREENS)], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["opened"] == ["Beamer", True, True, [1280, 0, 1920, 1080]]  # not over the chair's screen
    assert result["lost"][:3] == ["Laptop", False, False]  # a normal window on the laptop, not full screen
    x, y, w, h = result["lost"][3]
    assert 0 <= x and x + w <= 1280 and 0 <= y and y + h <= 800
    assert result["back"] == ["Beamer", True, True, [1280, 0, 1920, 1080]]  # plugged back: projecting again
    assert result["offered"][:3] == ["Laptop", False, False]
    assert result["laptop"][:3] == ["Laptop", False, False]  # never full screen over the main window
    assert result["events"] == ["lost Beamer", "lost Beamer", "offered Beamer"]


# -- the chime ---------------------------------------------------------------------------------------------


def test_a_muted_chime_does_nothing(qapp):
    played = []
    chime = Chime(muted=True, player=lambda: played.append(1))
    assert chime.play() is False and played == []
    chime.muted = False
    assert chime.play() is True and played == [1]


def test_a_player_that_cannot_start_is_followed_by_a_beep(qapp, monkeypatch):
    beeps = []
    monkeypatch.setattr(QApplication, "beep", lambda: beeps.append(1))
    assert Chime(player=lambda: False).play() is True and beeps == [1]
    assert Chime(player=lambda: 1 / 0).play() is True and beeps == [1, 1]  # nor does a broken one stay silent


def test_muting_is_a_property_that_says_when_it_changes(qtbot):
    chime = Chime(player=lambda: None)
    with qtbot.waitSignal(chime.muted_changed) as changed:
        chime.muted = True
    assert changed.args == [True] and chime.muted


def test_the_window_chimes_once_when_the_time_is_up(qtbot):
    clock, played = FakeClock(NOW), []
    window = ProjectorWindow(clock, Chime(player=lambda: played.append(clock.now())))
    qtbot.addWidget(window)
    window.show_frame(timer(5))
    assert 5000 <= window._deadline_timer.interval() <= 5010
    clock.advance(4.9)
    window._deadline_due()  # early: nothing yet, re-armed for the rest
    assert played == [] and window._deadline_timer.isActive()
    clock.advance(0.2)
    with qtbot.waitSignal(window.time_up):
        window._deadline_due()
    assert played == [pytest.approx(NOW + 5.1)]
    assert not window._deadline_timer.isActive()


def test_no_chime_when_muted_paused_or_woken_long_after_the_end(qtbot):
    clock, played = FakeClock(NOW), []
    chime = Chime(muted=True, player=lambda: played.append(1))
    window = ProjectorWindow(clock, chime)
    qtbot.addWidget(window)
    window.show_frame(timer(5))
    clock.advance(6)
    window._deadline_due()
    chime.muted = False
    window.show_frame(ProjectorFrame(mode=ProjectorMode.TIMER, countdown=Countdown.stopped(0.5, clock.now())))
    assert not window._deadline_timer.isActive()
    window.show_frame(timer(1, total_seconds=60))
    clock.advance(3600)  # the laptop slept through the end
    window._deadline_due()
    assert played == []


def test_the_bundled_chime_is_small_soft_and_made_by_its_script(tmp_path):
    with wave.open(str(chime_path())) as sound:
        assert (sound.getnchannels(), sound.getsampwidth(), sound.getframerate()) == (1, 2, 44100)
        assert 0.2 <= sound.getnframes() / 44100 <= 1.0
    assert chime_path().stat().st_size < 100_000
    made = subprocess.run([sys.executable, str(ROOT / "tools" / "make_chime.py"), str(tmp_path / "chime.wav")],
                          capture_output=True, text=True, check=True)
    assert "chime.wav" in made.stdout
    assert (tmp_path / "chime.wav").read_bytes() == chime_path().read_bytes()


def test_a_player_is_always_found(qapp):
    name, play = default_player()
    assert name in {"QSoundEffect", "system player", "beep"} and callable(play)
