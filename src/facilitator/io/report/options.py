"""The report's options, its result and the chart-drawing protocol it needs (implemented with Qt in ui/). No Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True)
class ReportOptions:
    """What the user chose for the report."""

    language: str = "nl"            # "nl" | "en"
    include_names: bool = False     # names only where they belong (table-assignment annex)
    template: Path | None = None    # an organisation's .docx/.dotx: its styles, header/footer, page setup
    logo: Path | None = None        # optional logo on the title page
    annex_seating: bool = False     # annex: table assignment per round (tables by number unless include_names)
    annex_notes: bool = False       # annex: the full list of notes (never authors, never hidden notes)


@dataclass(frozen=True)
class ReportResult:
    """What :func:`write_report` wrote."""

    path: Path
    headings: list[str] = field(default_factory=list)
    pictures: int = 0
    seconds: float = 0.0


class ChartRenderer(Protocol):
    """Draws the report's charts as PNG bytes; :class:`facilitator.ui.report_charts.QtChartRenderer`."""

    def bar_chart(self, title: str, labels: list[str], values: list[float], *, unit: str = "",
                  highlight: int | None = None, width_px: int = 1600) -> bytes: ...

    def grouped_bar_chart(self, title: str, labels: list[str], series: list[tuple[str, list[float | str | None]]], *,
                          unit: str = "", width_px: int = 1600) -> bytes: ...

    def timeline_chart(self, rows: list[tuple[str, float, float, float | None, float | None]],
                       *, width_px: int = 1600, origin_minutes: float = 0.0,
                       legend: tuple[str, str] = ("planned", "actual")) -> bytes: ...

    def downscale(self, image: bytes, max_px: int = 1600) -> bytes: ...
