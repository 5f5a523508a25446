"""The chime at the end of an item or step: the bundled sound through the best player at hand, easy to mute.

PySide6-Essentials (the app's Qt) does not ship QtMultimedia, so QSoundEffect
is used only when PySide6-Addons happens to be installed. Otherwise the
bundled ``resources/sounds/chime.wav`` plays through the platform's own
player: ``winsound`` on Windows (standard library), ``afplay`` on macOS,
``pw-play``/``paplay``/``aplay`` on Linux, started detached so the GUI never
waits. Where none of these exists the app falls back to
``QApplication.beep()``. ``muted`` is a plain property; the controller
persists it (under :data:`MUTED_SETTING`).
"""

from __future__ import annotations

import importlib.util
import logging
import shutil
import sys
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QProcess, QUrl, Signal
from PySide6.QtWidgets import QApplication

from facilitator.assets import resource

log = logging.getLogger(__name__)
MUTED_SETTING = "projector/chime_muted"
# Linux players, best first: PipeWire, PulseAudio, ALSA.
LINUX_PLAYERS = (("pw-play", ()), ("paplay", ()), ("aplay", ("-q",)))


def chime_path() -> Path:
    return resource("sounds", "chime.wav")


def _qt_multimedia(path: Path) -> Callable[[], None] | None:
    if importlib.util.find_spec("PySide6.QtMultimedia") is None:
        return None
    from PySide6.QtMultimedia import QSoundEffect  # PySide6-Addons, when installed

    effect = QSoundEffect()
    effect.setSource(QUrl.fromLocalFile(str(path)))
    effect.setVolume(0.8)
    return effect.play  # the bound method keeps the effect alive as long as the chime


def _platform_player(path: Path) -> Callable[[], None] | None:
    if sys.platform == "win32":
        import winsound

        flags = winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_NODEFAULT
        return lambda: winsound.PlaySound(str(path), flags)
    players = (("afplay", ()),) if sys.platform == "darwin" else LINUX_PLAYERS
    for name, options in players:
        program = shutil.which(name)
        if program:
            return lambda: _start(program, [*options, str(path)])
    return None


def _start(program: str, arguments: list[str]) -> bool:
    """Start a player without waiting for it; False when it could not start."""
    started = QProcess.startDetached(program, arguments)
    return bool(started[0] if isinstance(started, tuple) else started)


def default_player(path: Path | None = None) -> tuple[str, Callable[[], object]]:
    """The best way this machine has to play the chime, as (name, play)."""
    path = path or chime_path()
    if path.is_file():
        for name, find in (("QSoundEffect", _qt_multimedia), ("system player", _platform_player)):
            try:
                play = find(path)
            except Exception:  # a broken audio stack must not stop the projector
                log.warning("chime: %s unavailable", name, exc_info=True)
                continue
            if play is not None:
                return name, play
    return "beep", QApplication.beep


class Chime(QObject):
    """``play()`` sounds the chime unless ``muted``. ``player`` (a callable) replaces the sound, for tests.

    A player that returns False (the system player would not start) is
    followed by ``QApplication.beep()``, so the room still hears something.
    """

    muted_changed = Signal(bool)

    def __init__(self, muted: bool = False, player: Callable[[], object] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._muted = bool(muted)
        self._player = player
        self.backend = "custom" if player else ""

    @property
    def muted(self) -> bool:
        return self._muted

    @muted.setter
    def muted(self, value: bool) -> None:
        if bool(value) != self._muted:
            self._muted = bool(value)
            self.muted_changed.emit(self._muted)

    def play(self) -> bool:
        """Sound the chime (or, if it cannot start, a beep); False, and silence, when muted."""
        if self._muted:
            return False
        if self._player is None:  # found on first use: no audio probing at start-up
            self.backend, self._player = default_player()
        try:
            started = self._player()
        except Exception:
            log.warning("chime: could not play through %s", self.backend, exc_info=True)
            started = False
        if started is False:
            QApplication.beep()
        return True
