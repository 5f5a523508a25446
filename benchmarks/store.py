"""Session-file figures: opening the G1000 file, committing one sticky note, the files' sizes.

Measured in this process, with the store alone (no Qt): what the UI waits for
when it opens a file or when a note is typed in and committed.
"""

from __future__ import annotations

import time

from benchmarks.context import Context, filesystem_of, median, percentile, rounded
from benchmarks.registry import Target, benchmark
from facilitator.core.model import AgendaItem, StickyNote
from facilitator.store.backups import copy_database
from facilitator.store.document import SessionDocument

COMMIT_P99 = Target("commit_ms_p99", 5, "ms", "typing notes in live never stutters, even on the slowest 1 in 100")


@benchmark("store.open_g1000")
def open_g1000(ctx: Context) -> dict:
    """Opening the G1000 file for writing and reading its counts (median of N, the first one apart)."""
    times, counts = [], {}
    for _ in range(ctx.repeats(7, 3)):
        started = time.perf_counter()
        doc = SessionDocument.open(ctx.g1000_file)
        counts = doc.counts()
        times.append((time.perf_counter() - started) * 1000)
        doc.close()
    return {
        "runs": len(times),
        "open_ms_median": rounded(median(times)),
        "open_ms_first": rounded(times[0]),
        "open_ms_max": rounded(max(times)),
        "counts": counts,
    }


@benchmark("store.note_commit", targets=(COMMIT_P99,))
def note_commit(ctx: Context) -> dict:
    """One sticky note per durable commit (document.add) on a copy of the demo file: median, p99, max."""
    path = copy_database(ctx.demo_file, ctx.workdir / "note-commit.facilitator")
    times = []
    with SessionDocument.open(path) as doc:
        board = doc.all(AgendaItem)[0].id
        doc.add(StickyNote(text="warm-up, not timed", agenda_item_id=board))
        for number in range(ctx.repeats(1000, 200)):
            note = StickyNote(text=f"Benchmark note {number}: meer groen in de wijk", agenda_item_id=board)
            started = time.perf_counter_ns()
            doc.add(note)
            times.append((time.perf_counter_ns() - started) / 1e6)
    return {
        "commits": len(times),
        "commit_ms_median": rounded(median(times), 3),
        "commit_ms_p99": rounded(percentile(times, 0.99), 3),
        "commit_ms_max": rounded(max(times), 3),
        "commit_ms_mean": rounded(sum(times) / len(times), 3),
        "filesystem": filesystem_of(path),
    }


@benchmark("store.file_sizes")
def file_sizes(ctx: Context) -> dict:
    """Bytes on disk of the demo and G1000 files as built, with what they hold."""
    figures = {}
    for name, path in (("demo", ctx.demo_file), ("g1000", ctx.g1000_file)):
        with SessionDocument.open(path, read_only=True) as doc:
            counts = doc.counts()
        size = ctx.files[name]["bytes"]
        figures[f"{name}_bytes"] = size
        figures[f"{name}_mb"] = rounded(size / 1024 / 1024, 2)
        figures[f"{name}_counts"] = {k: v for k, v in counts.items() if v}
    return figures
