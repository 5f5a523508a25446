"""Writes the report .docx: title page, contents, the chapters, annexes; atomically and cancellable. No Qt."""

from __future__ import annotations

import io
import time
from pathlib import Path

from facilitator.core.progress import Progress
from facilitator.io.atomic_file import write_atomically
from facilitator.io.report import outcomes, sections
from facilitator.io.report.builder import ReportBuilder
from facilitator.io.report.data import ReportData
from facilitator.io.report.options import ChartRenderer, ReportResult
from facilitator.io.report.words import words


def build_report(data: ReportData, charts: ChartRenderer, progress: Progress | None = None) -> ReportBuilder:
    """The report as a :class:`ReportBuilder` (its ``document`` is the python-docx Document)."""
    progress = progress or Progress()
    w = words(data.language)
    meeting = data.meeting
    title = meeting.title or w["report"]
    builder = ReportBuilder(data.options.template, title, w)
    total = 6 + len(data.outcomes)
    progress.step(0, total, w["summary"])
    sections.title_page(builder, data)
    sections.summary(builder, data, charts)
    progress.step(1, total, w["programme"])
    sections.programme(builder, data, charts)
    progress.step(2, total, w["participants"])
    sections.participants(builder, data, charts)
    outcomes.outcomes(builder, data, charts, progress, 3, total)
    progress.step(3 + len(data.outcomes), total, w["actions_title"])
    outcomes.actions(builder, data)
    progress.step(4 + len(data.outcomes), total, w["annexes"])
    outcomes.annexes(builder, data)
    builder.fill_toc()
    builder.header_footer()
    builder.properties(title=f"{title} \u2014 {w['report']}", author=meeting.organiser or "Facilitator",
                       subject=meeting.description.split(". ")[0] if meeting.description else title,
                       language=data.language, keywords=w["report"])
    progress.step(5 + len(data.outcomes), total, w["report"])
    return builder


def write_report(data: ReportData, out: Path, charts: ChartRenderer, progress: Progress | None = None) -> ReportResult:
    """Write the .docx atomically; may run on a worker thread; raises Cancelled when cancelled."""
    started = time.monotonic()
    progress = progress or Progress()
    builder = build_report(data, charts, progress)
    buffer = io.BytesIO()
    builder.document.save(buffer)
    progress.step(1, 1, "")  # the last chance to cancel before the file is replaced
    write_atomically(Path(out), buffer.getvalue())
    return ReportResult(Path(out), [text for _, text, _, _ in builder.headings], builder.pictures,
                        time.monotonic() - started)
