"""The benchmark registry: ``@benchmark`` names a measuring function and the targets its figures must meet.

An area module (``startup.py``, ``store.py`` ...) registers its functions on
import; ``run.py`` imports the areas listed in ``AREAS`` and runs what was
asked. A function takes the run's :class:`~benchmarks.context.Context` and
returns a flat dict of figures (numbers, or short lists and strings).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

AREAS = ("startup", "store", "projector", "subsessions", "seating", "golfer", "report", "notes", "frozen")  # modules under benchmarks/ that register benchmarks; add new areas here


@dataclass(frozen=True)
class Target:
    """A figure that should stay below a limit, e.g. ``startup_ms_median < 1500``."""

    figure: str
    below: float
    unit: str
    why: str = ""

    def judge(self, benchmark: str, figures: dict) -> dict:
        value = figures.get(self.figure)
        return {
            "figure": f"{benchmark}.{self.figure}",
            "value": value,
            "target": f"< {self.below:g} {self.unit}",
            "met": value is not None and value < self.below,
            "why": self.why,
        }


@dataclass(frozen=True)
class Benchmark:
    name: str
    measure: Callable[..., dict]
    targets: tuple[Target, ...] = field(default=())

    @property
    def summary(self) -> str:
        return (self.measure.__doc__ or "").strip().splitlines()[0] if self.measure.__doc__ else ""


REGISTRY: dict[str, Benchmark] = {}


def benchmark(name: str, *, targets: tuple[Target, ...] = ()) -> Callable:
    """Register the decorated function as benchmark ``name`` (``area.what``)."""

    def register(measure: Callable[..., dict]) -> Callable[..., dict]:
        if name in REGISTRY:
            raise ValueError(f"benchmark {name!r} registered twice")
        REGISTRY[name] = Benchmark(name, measure, tuple(targets))
        return measure

    return register


def select(names: list[str] | None) -> list[Benchmark]:
    """Benchmarks by exact name or by area (``store`` selects ``store.*``), in registration order."""
    if not names:
        return list(REGISTRY.values())
    unknown = [n for n in names if not any(b == n or b.startswith(n + ".") for b in REGISTRY)]
    if unknown:
        raise SystemExit(f"unknown benchmark {', '.join(unknown)}; known: {', '.join(REGISTRY)}")
    return [b for key, b in REGISTRY.items() if any(key == n or key.startswith(n + ".") for n in names)]
