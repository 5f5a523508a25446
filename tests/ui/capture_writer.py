"""Child process for the capture crash test: the real Notes screen types notes until it is killed.

Run as ``python capture_writer.py PATH``. It opens the session file, shows the
Notes screen offscreen on the first agenda item with a board, then types
notes into the capture bar and presses Enter, printing each note's text (one
line, flushed) only after the Enter has been handled, that is, after the note
was committed. Every line the parent read is a note that must survive SIGKILL.
"""

from __future__ import annotations

import itertools
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from facilitator.store.document import SessionDocument  # noqa: E402
from facilitator.ui.views.notes import NotesView  # noqa: E402


def main(path: str) -> int:
    app = QApplication([])
    doc = SessionDocument.open(path)
    view = NotesView()
    view.resize(1280, 800)
    view.show()
    view.set_document(doc)
    field = view.capture.field
    field.setFocus()
    print("ready", flush=True)
    for number in itertools.count():
        if number % 7 == 6:
            QTest.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # the next table
        text = f"briefje {number} van {os.getpid()}"
        QTest.keyClicks(field, text)
        QTest.keyClick(field, Qt.Key.Key_Return)
        app.processEvents()
        if field.text():
            print(f"not saved: {field.text()}", flush=True)
            return 1
        print(text, flush=True)  # only now: the Enter was handled and the note committed
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
