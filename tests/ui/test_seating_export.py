"""File > Export in the main window: table lists, table signs and CSV files written through the task runner."""

import pytest
from docx import Document
from PySide6.QtWidgets import QFileDialog, QMessageBox

from facilitator.core.progress import Cancelled
from facilitator.ui import seating_export
from facilitator.ui.seating_export import KINDS, PARTICIPANTS_CSV, SEATING_CSV, TABLE_LISTS, TABLE_SIGNS


@pytest.fixture
def seated_window(make_window, tmp_path):
    from fixtures_views import build_small

    path = tmp_path / "dag.facilitator"
    build_small(path).close()
    window = make_window()
    assert window.open_path(path)
    return window


@pytest.fixture
def save_to(monkeypatch):
    """``save_to(path)``: the save dialog answers ``path``; records what it suggested."""
    asked = []

    def answer(path):
        def dialog(parent, title, start, filters):
            asked.append((title, start, filters))
            return str(path), ""

        monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
        return asked

    return answer


@pytest.fixture
def infos(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    return shown


def test_the_export_menu_lists_four_exports_enabled_only_with_a_session(make_window, seated_window):
    empty = make_window()
    actions = empty.actions_
    assert actions.export_menu.title() == "E&xport"
    assert [a.text() for a in actions.export_menu.actions()][-4:] == [  # after the report's (test_report_screen)
        "Table &lists (.docx)…", "Table &signs (.docx)…", "&Seating as CSV…", "&Participant list as CSV…"]
    assert actions.export_menu.menuAction() in actions.file_menu.actions()
    assert not any(a.isEnabled() for a in actions.exports.values())
    assert all(a.isEnabled() for a in seated_window.actions_.exports.values())


@pytest.mark.parametrize("kind, name", [(TABLE_LISTS, "lijsten.docx"), (TABLE_SIGNS, "kaarten"),
                                        (SEATING_CSV, "indeling.csv"), (PARTICIPANTS_CSV, "mensen")])
def test_each_export_writes_where_the_user_chose(seated_window, save_to, tmp_path, kind, name):
    asked = save_to(tmp_path / name)
    seated_window.actions_.exports[kind].trigger()
    suffix = ".docx" if kind in (TABLE_LISTS, TABLE_SIGNS) else ".csv"
    written = tmp_path / (name if name.endswith(suffix) else name + suffix)  # the suffix is added when left out
    assert written.is_file()
    title, start, filters = asked[0]
    assert start.endswith(suffix) and start.startswith(str(tmp_path))  # suggested beside the session file
    assert suffix[1:] in filters
    assert str(written) in seated_window.statusBar().currentMessage()
    if suffix == ".docx":
        assert Document(str(written)).paragraphs
    else:
        assert written.read_bytes().startswith(b"\xef\xbb\xbf")


def test_cancelling_the_dialog_writes_nothing(seated_window, monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert seated_window.actions_.seating_export.ask(TABLE_LISTS) is None
    assert list(tmp_path.glob("*.docx")) == []


def test_a_session_without_tables_gets_a_message_not_a_dialog(make_window, tmp_path, infos, monkeypatch):
    from facilitator.core import model as m
    from facilitator.store.document import SessionDocument

    path = tmp_path / "leeg.facilitator"
    with SessionDocument.create(path, m.Meeting("Leeg")) as doc:
        doc.add(m.Participant("Anna", "Bouzid"))
    window = make_window()
    window.open_path(path)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("no dialog expected"))
    for kind in (TABLE_LISTS, TABLE_SIGNS, SEATING_CSV):
        assert window.actions_.seating_export.ask(kind) is None
    assert [text for _, text in infos] == ["This session has no tables yet. Add tables on the Tables screen first."] * 3


def test_a_write_error_is_a_message_not_a_crash(seated_window, save_to, tmp_path, infos):
    save_to(tmp_path / "geen-map" / "lijst.csv")
    seated_window.actions_.exports[SEATING_CSV].trigger()
    assert len(infos) == 1 and "could not be written" in infos[0][1] and "geen-map" in infos[0][1]


def test_the_writing_runs_on_the_task_runner_and_can_be_cancelled(seated_window, save_to, tmp_path, monkeypatch):
    calls = []

    async def spy(fn, *args, **kwargs):
        calls.append((fn, args[1:], kwargs["title"]))
        raise Cancelled()

    monkeypatch.setattr(seated_window.tasks, "run_task", spy)
    save_to(tmp_path / "lijst.docx")
    seated_window.actions_.exports[TABLE_LISTS].trigger()
    expected = (seating_export.write_export, (TABLE_LISTS, tmp_path / "lijst.docx"), "Writing the table lists…")
    assert calls == [expected]
    assert not (tmp_path / "lijst.docx").exists()
    assert set(KINDS) == set(seated_window.actions_.exports)

