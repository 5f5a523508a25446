"""The Word report (verslag) of a session for the project team: load the data, outline it, write the .docx. No Qt.

* :func:`load_report` reads everything the report needs into a :class:`ReportData` (GUI thread, fast);
* :func:`outline` lists its sections for a preview;
* :func:`write_report` writes the .docx atomically (worker thread, cancellable), drawing its charts
  with a :class:`ChartRenderer` (the Qt one lives in ``facilitator.ui.report_charts``).
"""

from __future__ import annotations

from facilitator.io.report.data import ReportData, load_report
from facilitator.io.report.options import ChartRenderer, ReportOptions, ReportResult
from facilitator.io.report.outline import outline

__all__ = ["ChartRenderer", "ReportData", "ReportOptions", "ReportResult", "load_report", "outline",
           "write_report"]


def __getattr__(name: str):
    """``write_report`` loads python-docx (a quarter of a second): only when a report is written, not for a preview."""
    if name == "write_report":
        from facilitator.io.report.writer import write_report

        return write_report
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
