"""Notes figures on the G1000 file (10,000 notes): a typed note on the board and in the file, and the search.

Both run the real Notes screen offscreen in a child process on a copy of the
G1000 file. ``notes.capture``: on the busiest board (2,500 notes), type a note
into the capture bar and press Enter (``QTest.keyClick``), then time until the
note is in its column's model, its transaction committed (``editor.push``
returns only after the commit) and the screen repainted (``processEvents``).
``notes.filter``: type realistic searches into the All notes box one key at a
time and time each keystroke until the filtered list is repainted.
``notes.suggestions``: the suggested groupings in this process (CPU time).
"""

from __future__ import annotations

import shutil
import subprocess
import sys

from benchmarks.context import Context, last_lines, parse_json_output
from benchmarks.registry import Target, benchmark

CAPTURE_P99 = Target("p99_ms", 16.0, "ms", "a typed note visible and committed within a frame (issue 5)")
FILTER_MAX = Target("keystroke_ms_max", 100.0, "ms", "a keystroke in the search over 10,000 notes (issue 5)")

SETUP = r"""
import json, statistics, sys, time
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from facilitator.core.model import StickyNote
from facilitator.store.document import SessionDocument
from facilitator.ui.views.notes import NotesView

path, count = sys.argv[1], int(sys.argv[2])
doc = SessionDocument.open(path)
view = NotesView()
view.resize(1440, 900)
view.show()
started = time.perf_counter()
view.set_document(doc)
app.processEvents()
load_ms = (time.perf_counter() - started) * 1000
busiest = max(view._notes_by_item, key=lambda item: len(view._notes_by_item[item]))

def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]

def figures(times):
    return {"count": len(times), "p50_ms": round(percentile(times, 0.5), 2), "p99_ms": round(percentile(times, 0.99), 2),
            "max_ms": round(max(times), 2)}
"""

CAPTURE = SETUP + r"""
view.item_box.setCurrentIndex(view.item_box.findData(busiest))
app.processEvents()
board_notes = len(view.current_notes())
field = view.capture.field
field.setFocus()
before = doc.counts()["notes"]
phrases = ["Meer groen in de wijk en betere afspraken met de woningcorporatie",
           "Wie betaalt de warmtepomp als de huur omhoog gaat?", "Jongeren willen meepraten over het buurthuis",
           "Snel in gesprek met de huisartsen", "Veiliger fietsen naar school"]
times = []
for n in range(count):
    if n % 10 == 9:  # the next table, as when typing a round's paper notes
        QTest.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    text = f"{phrases[n % len(phrases)]} ({n})"
    field.setText(text)
    app.processEvents()
    started = time.perf_counter()
    QTest.keyClick(field, Qt.Key.Key_Return)
    app.processEvents()
    times.append((time.perf_counter() - started) * 1000)
    column = next(c for c in view.board.columns if c.list.column.category == view.capture.category())
    last = column.model.entry(column.model.rowCount() - 1)
    assert last.title == text and last.note.id is not None, (last, text)
    assert field.text() == ""
after = doc.counts()["notes"]
assert after == before + count, (before, after)
doc.close()
print(json.dumps({"board_notes": board_notes, "notes_in_file": after, "load_ms": round(load_ms), **figures(times)}))
"""

FILTER = SETUP + r"""
view.tabs.setCurrentWidget(view.all_notes_tab)
app.processEvents()
queries = ["woning", "groen wijk", "inbraken bibliotheek", "tafel 12", "warmtepomp"]
times, per_query = [], {}
for query in queries:
    spent = []
    for key in query:
        started = time.perf_counter()
        QTest.keyClicks(view.search, key)
        app.processEvents()
        spent.append((time.perf_counter() - started) * 1000)
    shown = view.proxy.rowCount()
    for _ in query:  # and back, one Backspace at a time
        started = time.perf_counter()
        QTest.keyClick(view.search, Qt.Key.Key_Backspace)
        app.processEvents()
        spent.append((time.perf_counter() - started) * 1000)
    assert view.proxy.rowCount() == view.list_model.rowCount()
    per_query[query] = {"shown": shown, "max_ms": round(max(spent), 1)}
    times += spent
result = figures(times)
doc.close()
print(json.dumps({"notes": view.list_model.rowCount(), "keystroke_ms_p50": result["p50_ms"],
                  "keystroke_ms_p99": result["p99_ms"], "keystroke_ms_max": result["max_ms"], "keystrokes": len(times),
                  "queries": per_query}))
"""


def _run(ctx: Context, script: str, name: str, *args: str) -> dict:
    copy = ctx.workdir / f"notes-{name}.facilitator"
    shutil.copyfile(ctx.g1000_file, copy)  # the G1000 file as built, not yet opened by anyone
    run = subprocess.run([sys.executable, "-c", script, str(copy), *args], capture_output=True, text=True,
                         env=ctx.environment(), timeout=600)
    if run.returncode != 0:
        raise RuntimeError(f"notes.{name} child exited {run.returncode}: {last_lines(run.stderr, 3)}")
    return parse_json_output(run.stdout)


@benchmark("notes.capture", targets=(CAPTURE_P99,))
def capture(ctx: Context) -> dict:
    """Enter in the capture bar on the busiest G1000 board: note in its column, committed, repainted (ms)."""
    return _run(ctx, CAPTURE, "capture", str(ctx.repeats(300, 60)))


@benchmark("notes.filter", targets=(FILTER_MAX,))
def filter_notes(ctx: Context) -> dict:
    """A keystroke in the All notes search over the G1000 file's 10,000 notes, until repainted (ms)."""
    return _run(ctx, FILTER, "filter", "0")


SUGGEST_1000 = Target("seconds_1000", 1.0, "s", "suggested groupings of 1,000 loose notes (issue 5)")


@benchmark("notes.suggestions", targets=(SUGGEST_1000,))
def suggestions(ctx: Context) -> dict:
    """Suggested groupings (core.similarity.suggest, CPU seconds, best of 3) on 1,000 and 2,500 loose notes
    made of the demo day's note texts, and on the busiest G1000 board as it is."""
    import random
    import time

    from facilitator.core import similarity
    from facilitator.demo import content
    from facilitator.core.model import StickyNote, Theme
    from facilitator.store.document import SessionDocument

    def cpu(notes, themes) -> float:
        best = float("inf")
        for _ in range(ctx.repeats(3, 1)):
            start = time.process_time()
            similarity.suggest(notes, themes)
            best = min(best, time.process_time() - start)
        return round(best, 3)

    rng, texts = random.Random(5), content.all_texts()
    themes = [(5000, "Wonen"), (5001, "Kosten")]
    figures = {}
    for count in (1000, 2500):
        notes = [(i, f"{rng.choice(texts)} {rng.choice(texts)}", None) for i in range(count)]
        figures[f"seconds_{count}"] = cpu(notes, themes)
    with SessionDocument.open(ctx.g1000_file, read_only=True) as doc:
        notes_by_item: dict = {}
        for note in doc.all(StickyNote):
            notes_by_item.setdefault(note.agenda_item_id, []).append((note.id, note.text, note.theme_id))
        item, busiest = max(notes_by_item.items(), key=lambda pair: len(pair[1]))
        themes = [(t.id, t.name) for t in doc.all(Theme, agenda_item_id=item)]
    figures["g1000_board_notes"] = len(busiest)
    figures["g1000_board_loose"] = sum(1 for _i, _t, theme in busiest if theme is None)
    figures["seconds_g1000_board"] = cpu(busiest, themes)
    return figures
