"""The main window: opening, navigation, status bar, remembered state, language, and the opening flow's messages."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from facilitator.core import model as m
from facilitator.store import backups
from facilitator.store.document import SessionDocument
from facilitator.ui import i18n
from facilitator.ui.settings import app_settings
from facilitator.ui.views import MAIN_VIEWS

KEYS = [cls.key for cls in MAIN_VIEWS]


def damage(path: Path) -> None:
    """Overwrite the schema page after the header: SQLite reports the file malformed."""
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\x5a" * (4096 - 100)
    path.write_bytes(bytes(data))


def test_start_screen_when_nothing_is_open(make_window):
    window = make_window()
    assert window.document is None
    assert window.pages.currentWidget() is window.welcome
    assert window.windowTitle() == "Facilitator"
    assert not window.actions_.save_as.isEnabled()
    assert window.welcome.new_button.text() == "New session…"


def test_opens_a_document_with_title_and_file_in_view(make_window, session_file):
    window = make_window()
    assert window.open_path(session_file)
    assert window.pages.currentWidget() is window.workspace
    assert window.windowTitle() == "Burgerberaad Warmte — Burgerberaad Warmte.facilitator — Facilitator"
    assert session_file.name in window.status.file.text()
    assert window.status.file.toolTip() == str(session_file)
    assert not window.status.read_only.isVisibleTo(window)
    assert window.actions_.save_as.isEnabled()
    assert window.messages.boxes == []


def test_only_the_visible_screen_loads_at_open(make_window, session_file):
    window = make_window()
    window.open_path(session_file)
    current = window.workspace.current_key()
    loaded = {view.key for view in window.workspace.views if view.document is not None}
    assert loaded == {current}
    other = next(k for k in KEYS if k != current)
    window.show_view(other)
    assert window.workspace.view(other).document is window.document


def test_navigation_by_click_and_by_ctrl_number(make_window, session_file, qtbot):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.open_path(session_file)
    sidebar = window.workspace.sidebar
    assert [sidebar.item(i).text() for i in range(sidebar.count())] == [v.title() for v in window.workspace.views]

    rect = sidebar.visualItemRect(sidebar.item(1))
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.workspace.current_key() == KEYS[1]
    assert window.workspace.stack.currentWidget() is window.workspace.view(KEYS[1])

    window.activateWindow()
    qtbot.waitUntil(lambda: QCoreApplication.instance().activeWindow() is window)
    for number, key in reversed(list(enumerate(KEYS, start=1))):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        assert window.workspace.current_key() == key
        assert window.actions_.go[number - 1].isChecked()
        assert window.workspace.view(key).document is window.document


def test_status_bar_says_saved_after_a_write_from_another_thread(make_window, session_file, qtbot):
    window = make_window()
    window.open_path(session_file)
    assert window.status.saved.text() == "Every change is saved at once"
    writer = threading.Thread(target=lambda: window.document.add(m.Participant("Priya", "Ramdin")))
    writer.start()
    writer.join()
    qtbot.waitUntil(lambda: window.status.saved.text().startswith("Saved "))
    assert window.status.saved.text() == f"Saved {window.document.last_saved:%H:%M:%S}"


def test_title_follows_a_renamed_meeting(make_window, session_file, qtbot):
    window = make_window()
    window.open_path(session_file)
    meeting = window.document.meeting()
    meeting.title = "G1000 Uden"
    window.document.update(meeting)
    qtbot.waitUntil(lambda: window.windowTitle().startswith("G1000 Uden — "))


def test_window_state_is_remembered_by_the_next_instance(make_window, session_file, qtbot):
    first = make_window()
    first.show()
    qtbot.waitExposed(first)
    first.resize(700, 520)
    qtbot.waitUntil(lambda: first.size().width() == 700)
    first.open_path(session_file)
    first.show_view("notes")
    first.close()

    second = make_window()
    assert (second.size().width(), second.size().height()) == (700, 520)
    assert second.workspace.current_key() == "notes"
    assert session_file.resolve() in second.recent.existing()
    assert second.welcome.recent.count() == 1
    second.open_path(session_file)
    assert second.workspace.current_key() == "notes"


def test_recent_files_open_from_the_start_screen_and_can_be_cleared(make_window, session_file, tmp_path, new_session):
    other = new_session(tmp_path / "Inloopavond.facilitator", "Inloopavond Centrum")
    window = make_window()
    window.open_path(session_file)
    window.open_path(other)
    window.close_document()
    assert window.pages.currentWidget() is window.welcome
    assert window.welcome.recent.count() == 2
    window.welcome.recent_chosen.emit(session_file.resolve())
    assert window.document.path == session_file.resolve()
    window.actions_.fill_recent()
    names = [a.text() for a in window.actions_.recent_menu.actions()]
    assert any("Inloopavond" in n for n in names)
    window.clear_recent()
    assert window.recent.paths() == []


def test_language_switch_retranslates_live_and_is_remembered(make_window, session_file, translations):
    window = make_window()
    window.open_path(session_file)
    assert window.actions_.file_menu.title() == "&File"
    window.set_language("nl")
    assert translations.language == "nl"
    assert window.actions_.file_menu.title() == "&Bestand"
    assert window.actions_.save_as.text() == "Opslaan &als…"
    assert window.status.saved.text() == "Elke wijziging wordt direct opgeslagen"
    assert window.actions_.languages["nl"].isChecked()
    # Qt's own strings are Dutch too (standard buttons).
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    # The screens were rebuilt for the new language and still show the document.
    assert window.workspace.current_view().document is window.document
    assert i18n.saved_language() == "nl"
    assert i18n.choose_language() == "nl"

    window.set_language("en")
    assert window.actions_.file_menu.title() == "&File"
    assert i18n.choose_language() == "en"
    assert i18n.choose_language("nl") == "nl"  # --lang wins over the setting


def test_language_from_environment(monkeypatch):
    monkeypatch.setenv("FACILITATOR_LANG", "en")
    assert i18n.choose_language() == "en"
    monkeypatch.setenv("FACILITATOR_LANG", "nl_NL")
    assert i18n.choose_language() == "nl"
    monkeypatch.delenv("FACILITATOR_LANG")
    assert i18n.choose_language() == "nl"  # the default


def test_second_instance_opens_read_only_and_says_so(make_window, session_file):
    first = make_window()
    first.open_path(session_file)
    second = make_window()
    assert second.open_path(session_file)
    assert second.document.read_only
    assert len(second.messages.boxes) == 1
    assert "already open in another Facilitator window" in second.messages.texts
    assert second.status.read_only.isVisibleTo(second)
    assert "another Facilitator window" in second.status.read_only.text()
    assert not first.document.read_only


def test_damaged_file_offers_the_newest_backup_and_restores_beside_it(make_window, session_file):
    older = backups.make_backup(session_file, reason="auto")
    assert older.exists()
    damage(session_file)
    original = session_file.read_bytes()

    window = make_window()

    def choose_restore(box):
        return next(b for b in box.buttons() if b.text().startswith("Open the newest backup (from "))

    window.messages.answer = choose_restore
    assert window.open_path(session_file)
    assert "cannot open “Burgerberaad Warmte.facilitator”" in window.messages.texts
    assert "damaged" in window.messages.texts
    restored = window.document.path
    assert restored != session_file
    assert restored.parent == session_file.parent
    assert "(hersteld " in restored.name
    assert window.document.meeting().title == "Burgerberaad Warmte"
    assert session_file.read_bytes() == original  # the original is never touched


def test_damaged_file_without_backup_only_explains(make_window, tmp_path, new_session):
    path = new_session(tmp_path / "Stuk.facilitator")
    damage(path)
    window = make_window()
    assert not window.open_path(path)
    assert window.document is None
    assert "damaged" in window.messages.texts
    assert "backup" not in window.messages.texts


def test_a_file_with_values_of_the_wrong_kind_says_where_and_offers_the_backup(make_window, session_file):
    import sqlite3

    backups.make_backup(session_file, reason="auto")
    conn = sqlite3.connect(session_file)
    conn.execute("UPDATE participant SET attendance = 'bogus' WHERE id = (SELECT min(id) FROM participant)")
    conn.commit()
    conn.close()
    window = make_window()
    details = []

    def look(box):
        details.append(box.detailedText())
        return None

    window.messages.answer = look
    assert not window.open_path(session_file)
    assert "holds values Facilitator cannot read" in window.messages.texts
    assert "has a backup of this file" in window.messages.texts
    assert "table participant, row " in details[0] and "column attendance: 'bogus'" in details[0]


def test_missing_and_foreign_files_are_explained(make_window, tmp_path):
    window = make_window()
    assert not window.open_path(tmp_path / "weg.facilitator")
    assert "is not there" in window.messages.texts
    text_file = tmp_path / "notities.facilitator"
    text_file.write_text("geen sessie", encoding="utf-8")
    assert not window.open_path(text_file)
    assert "not a Facilitator session file" in window.messages.texts
    assert window.pages.currentWidget() is window.welcome


def test_file_from_a_newer_version_is_refused(make_window, session_file):
    with sqlite3.connect(session_file) as conn:
        conn.execute("PRAGMA user_version=999")
    window = make_window()
    assert not window.open_path(session_file)
    assert window.document is None
    assert "made with a newer version of Facilitator; update the app" in window.messages.texts


def test_save_as_writes_a_copy_and_continues_in_it(make_window, session_file, tmp_path, tasks, qtbot):
    window = make_window()
    window.open_path(session_file)
    target = tmp_path / "kopie" / "Burgerberaad Warmte 2"
    tasks.start(window.save_as(target))
    copy = target.with_name(target.name + ".facilitator")
    qtbot.waitUntil(lambda: window.document.path == copy)
    assert tasks.runs[-2:] == ["Saving a copy…", "Making a backup…"]  # the copy, then its backup at open
    assert window.windowTitle().endswith("Burgerberaad Warmte 2.facilitator — Facilitator")
    window.document.add(m.Participant("Alleen", "In de kopie"))
    with SessionDocument.open(session_file, read_only=True) as original:
        assert original.counts()["participants"] == 3
    assert window.document.counts()["participants"] == 4


def test_save_as_refuses_to_overwrite(make_window, session_file, tmp_path, tasks, new_session):
    existing = new_session(tmp_path / "Bestaat al.facilitator")
    before = existing.read_bytes()
    window = make_window()
    window.open_path(session_file)
    tasks.start(window.save_as(existing))
    assert window.document.path == session_file
    assert "already a file called “Bestaat al.facilitator”" in window.messages.texts
    assert existing.read_bytes() == before


def _content(path):
    """Everything a session file holds, as SQL (independent of its journal mode)."""
    import sqlite3

    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_backups_at_open_every_ten_minutes_and_in_the_dialog(make_window, session_file):
    window = make_window()
    window.open_path(session_file)
    assert [b.reason for b in backups.list_backups(session_file)] == ["open"]
    assert window._backup_timer.isActive() and window._backup_timer.interval() == 10 * 60 * 1000
    window._backup_timer.timeout.emit()
    assert sorted(b.reason for b in backups.list_backups(session_file)) == ["auto", "open"]

    dialog = window.show_backups()
    assert dialog.table.rowCount() == 2
    assert {dialog.table.item(r, 1).text() for r in range(2)} == {"on opening", "automatic (every 10 minutes)"}
    dialog.backup_button.click()
    assert dialog.table.rowCount() == 3
    before = _content(session_file)
    dialog.open_button.click()
    assert "(hersteld " in window.document.path.name
    assert window.document.path.parent == session_file.parent
    # Closing the original switches its journal back from WAL (header bytes 18-19); what it holds is untouched.
    assert _content(session_file) == before
    dialog.close()


def test_read_only_documents_make_no_backups(make_window, session_file):
    holder = SessionDocument.open(session_file)
    try:
        window = make_window()
        window.open_path(session_file)
        assert window.document.read_only
        assert not window._backup_timer.isActive()
        assert backups.list_backups(session_file) == []
    finally:
        holder.close()


def test_cloud_folder_warning(make_window, tmp_path, new_session):
    path = new_session(tmp_path / "OneDrive - Gemeente" / "Stadsgesprek.facilitator")
    window = make_window()
    window.open_path(path)
    assert window.status.cloud.isVisibleTo(window)
    assert "synchronised folder" in window.status.cloud.text()


def test_close_document_returns_to_start_and_releases_the_file(make_window, session_file):
    window = make_window()
    window.open_path(session_file)
    window.close_document()
    assert window.document is None
    assert window.pages.currentWidget() is window.welcome
    with SessionDocument.open(session_file) as again:
        assert not again.read_only


def test_help_dialogs(make_window, qtbot):
    from facilitator import __version__

    window = make_window()
    about = window.show_about()
    qtbot.waitExposed(about)
    texts = " ".join(label.text() for label in about.findChildren(type(window.status.file)))
    assert __version__ in texts and "EUPL" in texts
    about.close()
    shortcuts = window.show_shortcuts()
    table = shortcuts.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Save as"] == "Ctrl+Shift+S"
    assert rows[window.workspace.views[0].title()] == "Ctrl+1"
    assert rows["Quit"] == "Ctrl+Q"
    shortcuts.close()


def test_demo_day_opens_a_fresh_copy_and_old_copies_are_pruned(make_window, private_data_dir):
    import os

    pytest.importorskip("facilitator.demo")
    old = private_data_dir / "demo" / "Demo burgerberaad 2020-01-01 09.00.00.facilitator"
    old.parent.mkdir(parents=True)
    old.write_bytes(b"old demo")
    os.utime(old, (0, 0))
    window = make_window()
    window.welcome.demo_button.click()
    assert window.document is not None
    assert window.document.path.parent == private_data_dir / "demo"
    assert window.document.counts()["participants"] > 0
    assert not old.exists()


def test_settings_live_in_the_test_data_folder(private_data_dir):
    assert Path(app_settings().fileName()) == private_data_dir / "settings.ini"


@pytest.mark.parametrize("title", ["Raad: 12/3 <avond>?", "   "])
def test_new_session_dialog_makes_a_safe_file_name(qtbot, tmp_path, title):
    from facilitator.ui.new_session import NewSessionDialog

    dialog = NewSessionDialog(folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog._title.setText(title)
    name = dialog.path().name
    assert name.endswith(".facilitator") and not set('<>:"/\\|?*') & set(name)
    assert dialog.path().parent == tmp_path


def test_new_session_dialog_collects_the_meeting(qtbot, tmp_path):
    from facilitator.ui.new_session import NewSessionDialog

    dialog = NewSessionDialog(folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog._title.setText("Stadsgesprek Stationsplein")
    dialog._venue.setText("Stadhuis, raadzaal")
    dialog._organiser.setText("Gemeente Zuidhaege")
    meeting = dialog.meeting()
    assert (meeting.title, meeting.venue, meeting.organiser) == ("Stadsgesprek Stationsplein", "Stadhuis, raadzaal", "Gemeente Zuidhaege")
    assert meeting.date is not None


def test_save_as_and_backups_with_the_real_task_runner(make_window, session_file, tmp_path, qasync_loop, qtbot):
    from facilitator.ui.tasks import TaskRunner

    runner = TaskRunner(qasync_loop)
    try:
        window = make_window(runner)
        window.open_path(session_file)
        qasync_loop.run_until_complete(runner.idle())  # the backup at open ran on a worker thread
        assert [b.reason for b in backups.list_backups(session_file)] == ["open"]

        copy = tmp_path / "Verder.facilitator"
        assert qasync_loop.run_until_complete(window.save_as(copy))
        qtbot.waitUntil(lambda: window.document.path == copy)
        qasync_loop.run_until_complete(runner.idle())
        assert [b.reason for b in backups.list_backups(copy)] == ["open"]
        assert window.document.meeting().title == "Burgerberaad Warmte"
    finally:
        runner.shutdown()


def test_demo_day_opens_from_the_start_screen(make_window, qtbot, private_data_dir):
    window = make_window()
    window.welcome.demo_button.click()  # built through the task runner (synchronous in tests)
    assert window.document is not None
    assert window.document.meeting().title.startswith("Burgerberaad")
    assert window.document.path.parent == private_data_dir / "demo"
    assert window.document.counts()["participants"] > 60
