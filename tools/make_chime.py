"""Developer tool: write the projector's chime, ``resources/sounds/chime.wav``, from two soft sine tones.

    python tools/make_chime.py            # (re)writes resources/sounds/chime.wav
    python tools/make_chime.py out.wav    # somewhere else

A gentle "ding-dong": E5 then C5 (a major third down), each a sine with a
quiet octave partial, a 6 ms raised-cosine attack and an exponential decay,
the second tone 220 ms after the first; 0.8 s in all, faded to silence at
the end, peaking at -7 dBFS. 44.1 kHz, 16-bit, mono (about 70 KB). Only the
standard library is used, and the output is the same byte for byte on every
run, so the committed file can be checked against this script.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 44_100
LENGTH = 0.8  # seconds
PEAK = 0.45  # of full scale: about -7 dBFS, soft on a hall's speakers
#: (start s, frequency Hz, loudness, decay time constant s)
TONES = ((0.0, 659.26, 1.0, 0.22), (0.22, 523.25, 0.9, 0.26))
ATTACK = 0.006
FADE_OUT = 0.08
OCTAVE = 0.12  # loudness of the octave partial, for a little warmth

OUT = Path(__file__).resolve().parents[1] / "resources" / "sounds" / "chime.wav"


def tone(t: float, frequency: float, decay: float) -> float:
    """One tone at ``t`` seconds after its start: a shaped sine with a quiet octave above it."""
    if t < 0:
        return 0.0
    attack = 0.5 - 0.5 * math.cos(math.pi * t / ATTACK) if t < ATTACK else 1.0
    envelope = attack * math.exp(-t / decay)
    phase = 2 * math.pi * frequency * t
    return envelope * (math.sin(phase) + OCTAVE * math.sin(2 * phase)) / (1 + OCTAVE)


def samples() -> list[float]:
    count = int(RATE * LENGTH)
    raw = [sum(level * tone(i / RATE - start, f, decay) for start, f, level, decay in TONES) for i in range(count)]
    fade_from = count - int(RATE * FADE_OUT)
    for i in range(fade_from, count):  # end at silence, without a click
        raw[i] *= 0.5 + 0.5 * math.cos(math.pi * (i - fade_from) / (count - fade_from))
    loudest = max(abs(v) for v in raw)
    return [v * PEAK / loudest for v in raw]


def write(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    frames = b"".join(struct.pack("<h", round(v * 32767)) for v in samples())
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)
    return path


if __name__ == "__main__":
    target = write(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
    print(f"{target} ({target.stat().st_size // 1024} KB)")
