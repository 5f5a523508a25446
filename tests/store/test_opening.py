"""Opening files: wrong kinds of file, damage, newer schemas, a second instance, Save As."""

import sqlite3

import pytest

from facilitator.core import model as m
from facilitator.store import backups
from facilitator.store.document import SessionDocument, check_file, cloud_sync_warning
from facilitator.store.errors import (
    DamagedFile,
    DocumentNotFound,
    NewerSchema,
    NotASessionFile,
    ReadOnlyDocument,
)
from facilitator.store.migrate import HEAD_VERSION


def test_new_file_is_wal_and_at_head(doc_path, doc):
    assert doc.schema_version() == HEAD_VERSION
    conn = sqlite3.connect(doc_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    assert check_file(doc_path, full=True).integrity == "ok"


def test_create_refuses_to_overwrite(doc_path, doc):
    with pytest.raises(FileExistsError):
        SessionDocument.create(doc_path, m.Meeting("nog een"))


def test_missing_file(tmp_path):
    with pytest.raises(DocumentNotFound):
        SessionDocument.open(tmp_path / "weg.facilitator")


@pytest.mark.parametrize("content", [b"", b"Nr;Voornaam;Achternaam\n1;Anna;Vos\n", b"\x89PNG\r\n\x1a\n" + bytes(200)])
def test_files_that_are_not_sessions_are_refused_untouched(tmp_path, content):
    path = tmp_path / "deelnemers.facilitator"
    path.write_bytes(content)
    with pytest.raises(NotASessionFile) as info:
        SessionDocument.open(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == content


def test_another_programs_database_is_refused(tmp_path):
    path = tmp_path / "other.facilitator"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotASessionFile, match="another program"):
        SessionDocument.open(path)


def test_damaged_file_is_named_and_never_written(doc_path, doc):
    doc.add(*[m.AgendaItem(f"Item {i}", 10, position=i) for i in range(200)])
    doc.close()
    data = bytearray(doc_path.read_bytes())
    page = 4096
    data[2 * page : 2 * page + 600] = b"\xde\xad\xbe\xef" * 150  # scribble over a b-tree page
    doc_path.write_bytes(bytes(data))
    with pytest.raises(DamagedFile) as info:
        SessionDocument.open(doc_path)
    assert str(doc_path) in str(info.value)
    assert doc_path.read_bytes() == bytes(data)


def test_truncated_file_is_damaged(doc_path, doc):
    doc.add(*[m.StickyNote(f"n{i}", doc.add(m.AgendaItem("x", 1))[0].id) for i in range(50)])
    doc.close()
    doc_path.write_bytes(doc_path.read_bytes()[: 3 * 4096 + 100])
    with pytest.raises((DamagedFile, NotASessionFile)):
        SessionDocument.open(doc_path)


def test_newer_schema_is_refused_clearly(doc_path, doc):
    doc.close()
    conn = sqlite3.connect(doc_path)
    conn.execute(f"PRAGMA user_version = {HEAD_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(NewerSchema) as info:
        SessionDocument.open(doc_path)
    assert info.value.file_version == HEAD_VERSION + 1
    assert "newer version" in str(info.value)


def test_second_instance_gets_read_only(doc_path, doc):
    second = SessionDocument.open(doc_path)
    try:
        assert second.read_only and "another" in second.read_only_reason
        with pytest.raises(ReadOnlyDocument):
            second.add(m.AgendaItem("mag niet", 5))
        doc.add(m.AgendaItem("Welkom", 15))
        assert [i.title for i in second.all(m.AgendaItem)] == ["Welkom"]  # it still sees live data
    finally:
        second.close()
    doc.close()
    third = SessionDocument.open(doc_path)  # the lock went with the first instance
    assert not third.read_only
    third.close()


def test_save_as_writes_a_complete_single_file_copy(tmp_path, doc):
    doc.add(m.AgendaItem("Welkom", 15))
    copy = doc.copy_to(tmp_path / "kopie" / "Kopie.facilitator")
    assert not copy.with_name(copy.name + "-wal").exists()
    with SessionDocument.open(copy) as opened:
        assert [i.title for i in opened.all(m.AgendaItem)] == ["Welkom"]
        assert opened.meeting().title == "Burgerberaad Test"


def test_backups_rotate_and_restore_beside_the_original(doc_path, doc, private_data_dir):
    doc.add(m.AgendaItem("Welkom", 15))
    made = [backups.make_backup(doc_path, keep=3, reason="test") for _ in range(5)]
    listed = backups.list_backups(doc_path)
    assert len(listed) == 3
    assert listed[0].path == made[-1] and str(private_data_dir) in str(listed[0].path)
    restored = backups.restore_copy(listed[0], doc_path)
    assert restored.parent == doc_path.parent and restored != doc_path and "hersteld" in restored.name
    with SessionDocument.open(restored) as opened:
        assert [i.title for i in opened.all(m.AgendaItem)] == ["Welkom"]


def test_cloud_sync_warning(tmp_path):
    assert cloud_sync_warning(tmp_path / "OneDrive - Gemeente" / "x.facilitator")
    assert not cloud_sync_warning(tmp_path / "Documenten" / "x.facilitator")


def test_a_closed_file_is_one_file_and_looking_at_it_leaves_nothing(doc_path, doc):
    doc.add(m.AgendaItem("Welkom", 15))
    doc.close()
    beside = lambda: sorted(p.name for p in doc_path.parent.iterdir())  # noqa: E731
    assert beside() == [doc_path.name]
    check_file(doc_path, full=True)
    with SessionDocument.open(doc_path, read_only=True) as viewer:
        assert [i.title for i in viewer.all(m.AgendaItem)] == ["Welkom"]
    assert beside() == [doc_path.name]
    with SessionDocument.open(doc_path) as again:  # and it is WAL again while open
        with again.reader() as session:
            assert session.connection().exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
