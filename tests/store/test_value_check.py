"""Values of the wrong kind in a session file: refused on opening, named by table, row and column."""

import sqlite3

import pytest

from facilitator.core import model as m
from facilitator.store.document import SessionDocument, check_file
from facilitator.store.errors import BadValues, DamagedFile


@pytest.fixture
def filled(doc_path, doc):
    doc.add(m.Participant("Anna", "Bakker", attributes={"gender": "vrouw"}), m.Participant("Piet", "Vos"))
    item, = doc.add(m.AgendaItem("Welkom", 10))
    doc.add(m.StickyNote("Meer groen", item.id))
    doc.close()
    return doc_path


def _edit(path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()


@pytest.mark.parametrize("sql, named", [
    ("UPDATE participant SET attendance = 'bogus' WHERE id = 2",
     "table participant, row 2, column attendance: 'bogus' (should be one of invited, present, absent, walk_in)"),
    ("UPDATE participant SET attributes = '{\"gender\": ' WHERE id = 1",
     "table participant, row 1, column attributes: '{\"gender\": ' (should be JSON)"),
    ("UPDATE agenda_item SET planned_minutes = 'tien' WHERE id = 1",
     "table agenda_item, row 1, column planned_minutes: 'tien' (should be a whole number)"),
    ("UPDATE meeting SET date = '14 maart' WHERE id = 1",
     "table meeting, row 1, column date: '14 maart' (should be a date)"),
    ("UPDATE seating_table SET accessible = 7 WHERE 0", None),  # no such row: nothing to name
    ("UPDATE sticky_note SET agenda_item_id = 77 WHERE id = 1",
     "table sticky_note, row 1: refers to a row of agenda_item that is not there"),
])
def test_a_value_of_the_wrong_kind_is_named_and_the_file_left_alone(filled, sql, named):
    _edit(filled, sql)
    before = filled.read_bytes()
    if named is None:
        SessionDocument.open(filled).close()
        return
    with pytest.raises(BadValues) as info:
        SessionDocument.open(filled)
    assert isinstance(info.value, DamagedFile)  # the open flow offers the newest backup
    assert named in str(info.value) and str(filled) in str(info.value)
    assert filled.read_bytes() == before
    with pytest.raises(BadValues):
        check_file(filled, full=True)  # what `facilitator info` runs


def test_a_sound_file_passes(filled):
    assert check_file(filled).integrity == "ok"
