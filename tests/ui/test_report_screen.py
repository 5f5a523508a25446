"""The Report screen: options, the preview of the report's outline, export through the task runner, and errors.

Most tests swap ``facilitator.io.report`` for a small fake with the same
contract (load_report / outline / write_report), so they test this screen's
flow alone; one test makes the real report of the demo day.
"""

import errno
import os
import subprocess
import sys
import types
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QFileDialog, QMessageBox

import facilitator.io
import facilitator.ui
from facilitator.io.atomic_file import write_atomically
from facilitator.store.document import SessionDocument
from facilitator.ui.report_menu import CSV, REPORT, XLSX
from facilitator.ui.tasks import SyncTaskRunner
from facilitator.ui.views import ReportView
from facilitator.ui.widgets.report_options import TEMPLATE_KEY
from facilitator.ui.settings import app_settings


@dataclass(frozen=True)
class FakeOptions:
    language: str = "nl"
    include_names: bool = False
    template: Path | None = None
    logo: Path | None = None
    annex_seating: bool = False
    annex_notes: bool = False


@dataclass(frozen=True)
class FakeResult:
    path: Path
    headings: list
    pictures: int
    seconds: float


class FakeReport(types.ModuleType):
    """``facilitator.io.report`` as the contract describes it, recording its calls."""

    def __init__(self) -> None:
        super().__init__("facilitator.io.report")
        self.ReportOptions = FakeOptions
        self.TemplateError = type("TemplateError", (ValueError,), {})
        self.loaded: list[FakeOptions] = []
        self.fail_with: BaseException | None = None

    def load_report(self, doc, options):
        self.loaded.append(options)
        return {"title": doc.meeting().title, "options": options}

    def outline(self, data):
        options = data["options"]
        rows = [(1, "Samenvatting" if options.language == "nl" else "Summary", data["title"]),
                (2, "Kerncijfers", "14 aanwezig"), (1, "Actiepunten", "5 acties")]
        if options.annex_seating:
            rows.append((1, "Bijlage: tafelindeling", "met namen" if options.include_names else "tafels op nummer"))
        return rows

    def write_report(self, data, out, charts, progress=None):
        for step in range(3):
            progress.step(step, 3, "Hoofdstuk")
        if self.fail_with is not None:
            raise self.fail_with
        write_atomically(out, b"PK fake docx")
        return FakeResult(Path(out), ["Samenvatting", "Actiepunten"], 2, 0.1)


@pytest.fixture
def fake_report(monkeypatch):
    fake = FakeReport()
    charts = types.ModuleType("facilitator.ui.report_charts")
    charts.QtChartRenderer = lambda: "renderer"
    monkeypatch.setitem(sys.modules, "facilitator.io.report", fake)
    monkeypatch.setattr(facilitator.io, "report", fake, raising=False)
    monkeypatch.setitem(sys.modules, "facilitator.ui.report_charts", charts)
    monkeypatch.setattr(facilitator.ui, "report_charts", charts, raising=False)
    return fake


class Boxes:
    """Stands in for the user at message boxes: records them, clicks the button named ``click`` if there is one."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, list[str]]] = []
        self.click = ""

    def __call__(self, box: QMessageBox):
        buttons = [b.text() for b in box.buttons()]
        self.shown.append((box.text(), box.informativeText(), buttons))
        return next((b for b in box.buttons() if b.text() == self.click), None)

    @property
    def texts(self) -> str:
        return "\n".join(f"{text} {info}" for text, info, _ in self.shown)


@pytest.fixture
def path(tmp_path, new_session):
    return new_session(tmp_path / "Burgerberaad Warmte.facilitator")


@pytest.fixture
def screen(show_screen, doc, fake_report, translations):
    view = ReportView()
    view.tasks = SyncTaskRunner()
    show_screen(view, doc)
    view.boxes = Boxes()
    view.exporter.messages.chooser = view.boxes
    view.outcomes.messages.chooser = view.boxes
    view.opened = []
    view.exporter.messages.open_url = view.opened.append
    return view


@pytest.fixture
def save_as(monkeypatch):
    """``save_as(path)``: the save dialog answers ``path``; returns what it was asked."""
    asked = []

    def answer(path):
        def dialog(parent, title, start, filters):
            asked.append((title, start, filters))
            return (str(path) if path else ""), ""

        monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
        return asked

    return answer


def test_options_start_private_and_the_preview_follows_them(screen, fake_report):
    panel = screen.options
    assert not panel.include_names.isChecked()
    assert panel.values() == {"language": "nl", "include_names": False, "template": None, "logo": None,
                              "annex_seating": False, "annex_notes": False}
    assert screen.outline.rows() == [(1, "Samenvatting", "Burgerberaad Warmte"), (2, "Kerncijfers", "14 aanwezig"),
                                     (1, "Actiepunten", "5 acties")]
    assert "Participant names stay out of it" in screen.intro.text()
    assert panel.names_note.text().startswith("Off: no participant names")
    panel.annex_seating.setChecked(True)
    panel.include_names.setChecked(True)
    assert fake_report.loaded[-1] == FakeOptions(include_names=True, annex_seating=True)
    assert screen.outline.rows()[-1] == (1, "Bijlage: tafelindeling", "met namen")
    assert "personal data" in panel.names_note.text()
    assert "annex names the participants" in screen.intro.text()
    panel.language.setCurrentIndex(panel.language.findData("en"))
    assert screen.outline.rows()[0][1] == "Summary"
    # the top themes, actions and programme of the old preview are still there
    assert screen.header.title_label.text() == "Burgerberaad Warmte"
    assert screen.programme_model.rowCount() == 2


def test_the_outline_is_read_off_the_gui_thread_and_stale_answers_are_dropped(show_screen, doc, fake_report,
                                                                              qasync_loop, monkeypatch):
    import threading

    from facilitator.ui.tasks import TaskRunner

    threads = []
    real_load = fake_report.load_report
    monkeypatch.setattr(fake_report, "load_report",
                        lambda d, o: (threads.append(threading.current_thread().name), real_load(d, o))[1])
    runner = TaskRunner(qasync_loop)
    view = ReportView()
    view.tasks = runner
    try:
        show_screen(view, doc)
        view.options.annex_seating.setChecked(True)  # a second request before the first answer
        assert view.outline.rows() == []  # nothing yet: the window went on
        qasync_loop.run_until_complete(runner.idle())
    finally:
        runner.shutdown()
    assert threads and all(name.startswith("facilitator-task") for name in threads)
    assert view.outline.rows()[-1] == (1, "Bijlage: tafelindeling", "tafels op nummer")  # the latest options


def test_a_screen_without_a_window_reads_the_outline_after_the_event(show_screen, doc, fake_report, qtbot):
    view = show_screen(ReportView(), doc)
    assert view.outline.rows() == []
    qtbot.waitUntil(lambda: bool(view.outline.rows()))
    assert view.outline.rows()[0] == (1, "Samenvatting", "Burgerberaad Warmte")


def test_template_and_annexes_are_remembered_but_names_never(screen, tmp_path, qtbot, doc):
    template = tmp_path / "Huisstijl.dotx"
    template.write_bytes(b"")
    screen.options.template.set_path(template)
    screen.options.annex_notes.setChecked(True)
    screen.options.include_names.setChecked(True)
    assert app_settings().value(TEMPLATE_KEY) == str(template)
    again = ReportView()
    qtbot.addWidget(again)
    again.set_document(doc)
    values = again.options.values()
    assert values["template"] == template and values["annex_notes"] and not values["include_names"]
    assert again.options.template.name.text() == "Huisstijl.dotx"
    template.unlink()  # a remembered template that has gone is named, and left out
    third = ReportView()
    qtbot.addWidget(third)
    assert third.options.values()["template"] is None
    assert "Not found" in third.options.template.problem.text()


def test_export_asks_where_writes_through_the_runner_and_offers_to_open(screen, save_as, tmp_path, doc):
    asked = save_as(tmp_path / "verslag")
    screen.boxes.click = "Open"
    screen.options.export_button.click()
    target = tmp_path / "verslag.docx"
    assert target.read_bytes() == b"PK fake docx"  # .docx added to the chosen name
    title, start, filters = asked[0]
    assert Path(start) == doc.path.parent / "Burgerberaad Warmte 2026-03-14.docx" and "*.docx" in filters
    assert screen.tasks.runs == ["Contents of the report", "Writing the report…"] and len(screen.tasks.steps) == 3
    text, info, buttons = screen.boxes.shown[-1]
    assert text == "The report is ready: “verslag.docx”."
    assert "sections: 2; charts and photos: 2" in info and str(target) in info
    assert sorted(buttons) == ["Close", "Open", "Show folder"]
    assert screen.opened == [QUrl.fromLocalFile(str(target))]
    screen.boxes.click = "Show folder"
    screen.ask_export()
    assert screen.opened[-1] == QUrl.fromLocalFile(str(tmp_path))
    assert screen.options.export_button.isEnabled()


def test_cancel_leaves_no_file_and_no_message(screen, save_as, tmp_path):
    save_as(tmp_path / "verslag.docx")
    screen.tasks = SyncTaskRunner(cancel_at_step=2)
    assert screen.ask_export() == tmp_path / "verslag.docx"
    assert list(tmp_path.glob("*.docx")) == [] and list(tmp_path.glob(".verslag*")) == []
    assert screen.boxes.shown == [] and screen.options.export_button.isEnabled()


@pytest.mark.parametrize("error, expected", [
    (PermissionError(errno.EACCES, "Permission denied"), "open in another program (Word?)"),
    (OSError(errno.ENOSPC, "No space left on device"), "The disk is full"),
    (OSError(errno.EIO, "I/O error"), "I/O error"),
])
def test_write_errors_are_messages_naming_the_file(screen, save_as, tmp_path, fake_report, error, expected):
    save_as(tmp_path / "verslag.docx")
    fake_report.fail_with = error
    screen.ask_export()
    (text, info, _), = screen.boxes.shown
    assert expected in text and "“verslag.docx”" in text and str(tmp_path / "verslag.docx") in info
    assert not (tmp_path / "verslag.docx").exists()


def test_a_target_in_a_folder_that_is_gone_is_a_message(screen, save_as, tmp_path, fake_report):
    save_as(tmp_path / "weg" / "verslag.docx")
    screen.ask_export()
    assert "folder does not exist" in screen.boxes.texts


def test_an_unreadable_template_is_named_before_any_dialog(screen, tmp_path, monkeypatch):
    template = tmp_path / "kapot.dotx"
    template.write_bytes(b"this is no zip")
    screen.options.template.set_path(template)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: pytest.fail("no save dialog expected"))
    assert screen.ask_export() is None
    assert "“kapot.dotx” is not a Word document" in screen.boxes.texts and "clear it" in screen.boxes.texts


def test_a_logo_that_is_no_picture_is_named_before_any_dialog(screen, tmp_path, monkeypatch):
    logo = tmp_path / "logo.png"
    logo.write_text("geen plaatje")
    screen.options.logo.set_path(logo)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: pytest.fail("no save dialog expected"))
    assert screen.ask_export() is None
    assert "“logo.png” is not a picture" in screen.boxes.texts


def test_a_template_the_writer_refuses_is_a_message(screen, save_as, tmp_path, fake_report):
    import zipfile

    template = tmp_path / "huisstijl.docx"
    with zipfile.ZipFile(template, "w") as package:
        package.writestr("word/document.xml", "<kapot/>")
    screen.options.template.set_path(template)
    fake_report.fail_with = fake_report.TemplateError("kapot")
    save_as(tmp_path / "verslag.docx")
    screen.ask_export()
    assert "“huisstijl.docx” is not a Word document" in screen.boxes.texts
    assert not (tmp_path / "verslag.docx").exists() and screen.options.export_button.isEnabled()


def test_file_menu_export_has_the_report_and_the_analysis_exports(make_window, tmp_path, new_session, fake_report,
                                                                  save_as, monkeypatch):
    path = new_session(tmp_path / "Warmte.facilitator")
    window = make_window()
    menu = window.actions_.report_menu
    assert [a.text() for a in window.actions_.export_menu.actions()][:3] == [
        "&Report (Word)…", "&Notes, themes and votes (Excel)…", "Notes, themes and votes (CS&V)…"]
    assert not any(a.isEnabled() for a in menu.actions.values())
    assert window.open_path(path)
    assert all(a.isEnabled() for a in menu.actions.values())
    boxes = Boxes()
    menu.outcomes.messages.chooser = boxes
    save_as(tmp_path / "analyse.xlsx")
    menu.actions[XLSX].trigger()
    assert (tmp_path / "analyse.xlsx").is_file() and "workbook is ready" in boxes.texts
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(tmp_path))
    menu.actions[CSV].trigger()
    assert (tmp_path / "Warmte - notities.csv").is_file()
    menu.actions[CSV].trigger()  # again: the files are there, and the user is asked first (and says no)
    text, info, _ = boxes.shown[-1]
    assert "will be replaced" in text and "Warmte - acties.csv" in info
    view = window.workspace.view("report")
    view.exporter.messages.chooser = Boxes()
    save_as(tmp_path / "verslag.docx")
    menu.actions[REPORT].trigger()
    assert window.workspace.current_key() == "report" and (tmp_path / "verslag.docx").is_file()


def test_python_docx_openpyxl_and_pulp_do_not_load_at_start_up(tmp_path):
    """Each costs start-up time: they load when a report, export or allocation is asked for.
    numpy and scipy are no dependency at all (the bundle's size); nothing may bring them back."""
    code = ("import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]);"
            "from facilitator.ui.main_window import MainWindow; from facilitator.ui.tasks import SyncTaskRunner;"
            "window = MainWindow(SyncTaskRunner());"
            "print(sorted(m for m in ('docx', 'openpyxl', 'facilitator.io.report', 'pulp', 'numpy', 'scipy')"
            " if m in sys.modules))")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FACILITATOR_DATA_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_the_real_report_of_the_demo_day(show_screen, tmp_path, save_as, translations):
    from docx import Document

    from facilitator.demo import build_demo

    path = tmp_path / "demo.facilitator"
    build_demo(path)
    with SessionDocument.open(path) as doc:
        view = ReportView()
        view.tasks = SyncTaskRunner()
        show_screen(view, doc)
        view.exporter.messages.chooser = boxes = Boxes()
        assert [row for row in view.outline.rows() if row[0] == 1]  # the real outline has chapters
        save_as(tmp_path / "verslag.docx")
        view.ask_export()
    assert "The report is ready" in boxes.texts, boxes.texts
    headings = [p.text for p in Document(str(tmp_path / "verslag.docx")).paragraphs if p.style.name == "Heading 1"]
    assert headings and view.exporter.last_result.headings
