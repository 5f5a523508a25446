"""Schema migrations: the chain matches the models, and a first-schema file opens in this version."""

import sqlite3

from sqlalchemy import create_engine, text

from facilitator.core import model as m
from facilitator.store import backups
from facilitator.store.document import SessionDocument
from facilitator.store.migrate import HEAD_VERSION, upgrade
from facilitator.store.schema import metadata


def _file_at(path, version):
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        upgrade(conn, version)
    engine.dispose()


def test_migrations_produce_exactly_the_models_schema(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    path = tmp_path / "head.facilitator"
    _file_at(path, HEAD_VERSION)
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
    engine.dispose()
    assert diff == []


def test_every_revision_sets_user_version_and_application_id(tmp_path):
    path = tmp_path / "v.facilitator"
    _file_at(path, HEAD_VERSION)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == HEAD_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == int.from_bytes(b"FACI", "big")
    conn.close()


def test_file_of_the_first_schema_opens_with_its_data(tmp_path, private_data_dir):
    path = tmp_path / "eerste.facilitator"
    _file_at(path, 1)
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:  # data as version 1 wrote it, in plain SQL
        conn.execute(text("INSERT INTO meeting (id, title, venue, organiser, language, day_start, description) "
                          "VALUES (1, 'Oud beraad', 'Stadhuis', 'Griffie', 'nl', '09:30:00.000000', '')"))
        conn.execute(text("INSERT INTO agenda_item (id, title, planned_minutes, kind, position, facilitator_notes) "
                          "VALUES (1, 'Welkom', 15, 'plenary', 0, '')"))
        conn.execute(text("INSERT INTO sticky_note (id, text, agenda_item_id, category, is_quote, hidden, position) "
                          "VALUES (1, 'Meer groen in de wijk', 1, 'Kansen', 0, 0, 0)"))
    engine.dispose()

    with SessionDocument.open(path) as doc:
        assert doc.schema_version() == HEAD_VERSION
        assert doc.meeting().title == "Oud beraad"
        assert doc.get(m.AgendaItem, 1).kind is m.AgendaKind.PLENARY
        assert doc.get(m.StickyNote, 1).text == "Meer groen in de wijk"  # survives the table rebuilds
        item = doc.get(m.AgendaItem, 1)
        assert item.flexible is True and item.min_minutes is None  # columns added in schema 2
        assert doc.all(m.LiveRun) == []
        doc.add(m.StickyNote("Nieuw na migratie", 1))
    if HEAD_VERSION > 1:  # a migrated file is backed up first
        assert any("before-schema" in b.reason for b in backups.list_backups(path))
