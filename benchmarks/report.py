"""Word-report figures (issue 6): ``facilitator report`` on the G1000 file, in a child process.

The whole command (open the file, read the report data, draw the charts
offscreen, build and write the .docx) is timed and its peak memory counted
by the kernel. Targets: under 20 s and under 600 MB for the default report;
the variant with both annexes (the table assignment with names and all
10,000 notes) is measured alongside.
"""

from __future__ import annotations

import re

from benchmarks.context import Context
from benchmarks.registry import Target, benchmark

SECONDS = Target("seconds", 20.0, "s", "the G1000 report (issue 6)")
MEMORY = Target("max_rss_mb", 600.0, "MB", "whole report command, as the kernel counts it (issue 6)")


def _report(ctx: Context, name: str, *options: str) -> dict:
    out = ctx.workdir / f"{name}.docx"
    child = ctx.facilitator("report", str(ctx.g1000_file), "--out", str(out), *options, timeout=600)
    if child.returncode != 0:
        raise RuntimeError(f"facilitator report exited {child.returncode}: {child.stderr.strip()[-300:]}")
    match = re.search(r"(\d+) headings, (\d+) pictures \(([\d.]+) s\)", child.stdout)
    return {"seconds": round(child.seconds, 2), "max_rss_mb": round(child.max_rss_mb, 1),
            "seconds_build": float(match.group(3)) if match else None,
            "headings": int(match.group(1)) if match else None, "pictures": int(match.group(2)) if match else None,
            "docx_kb": round(out.stat().st_size / 1024)}


@benchmark("report.g1000", targets=(SECONDS, MEMORY))
def report_g1000(ctx: Context) -> dict:
    """facilitator report on the G1000 file: seconds and peak memory of the whole command."""
    return _report(ctx, "report-g1000")


@benchmark("report.g1000_annexes", targets=(SECONDS, MEMORY))
def report_g1000_annexes(ctx: Context) -> dict:
    """The same with both annexes (table assignment with names, all 10,000 notes)."""
    return _report(ctx, "report-g1000-annexes", "--annexes", "seating,notes", "--include-names")
