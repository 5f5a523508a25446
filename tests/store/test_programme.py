"""Programme edits in the store: insert, move, delete with positions kept 0..n-1, ids kept, captured data found."""

from datetime import datetime, time

import pytest

from facilitator.core import model as m
from facilitator.core import workforms
from facilitator.store import programme
from facilitator.store.document import SessionDocument


@pytest.fixture
def doc(tmp_path):
    document = SessionDocument.create(tmp_path / "p.facilitator", m.Meeting("Programma", day_start=time(9, 0)))
    document.add(*[m.AgendaItem(title, 15, position=n) for n, title in enumerate("ABCD")])
    yield document
    document.close()


def order(doc):
    items = doc.all(m.AgendaItem)
    assert [i.position for i in items] == list(range(len(items)))
    return "".join(i.title for i in items)


def test_insert_move_and_delete_renumber_positions(doc):
    programme.insert_item(doc, m.AgendaItem("X", 10), 1)
    assert order(doc) == "AXBCD"
    ids = {i.title: i.id for i in doc.all(m.AgendaItem)}
    assert programme.move_item(doc, ids["X"], 4) == 1
    assert order(doc) == "ABCDX"
    assert programme.move_item(doc, ids["D"], 0) == 3
    assert order(doc) == "DABCX"
    kept, row = programme.delete_item(doc, ids["A"])
    assert (kept.title, row) == ("A", 1) and order(doc) == "DBCX"
    back = programme.insert_item(doc, kept, row)
    assert back.id == ids["A"] and order(doc) == "DABCX"  # the same id again, so undo history stays valid


def test_update_returns_what_was_there_and_refuses_other_fields(doc):
    item = doc.all(m.AgendaItem)[0]
    before = programme.update_item(doc, item.id, {"planned_minutes": 25, "pinned_start": time(9, 30)})
    assert before == {"planned_minutes": 15, "pinned_start": None}
    assert doc.get(m.AgendaItem, item.id).planned_minutes == 25
    with pytest.raises(ValueError):
        programme.update_item(doc, item.id, {"actual_start": datetime(2026, 1, 1)})
    with pytest.raises(KeyError):
        programme.update_item(doc, 9999, {"title": "weg"})


def test_a_work_form_is_copied_into_the_session_once_and_dropped_when_unused(doc):
    copy, created = programme.use_work_form(doc, workforms.work_form("fishbowl"))
    again, created_again = programme.use_work_form(doc, workforms.work_form("fishbowl"))
    assert created and not created_again and again.id == copy.id
    item = doc.all(m.AgendaItem)[0]
    programme.update_item(doc, item.id, {"work_form_id": copy.id})
    assert not programme.drop_unused_work_form(doc, copy.id)
    programme.update_item(doc, item.id, {"work_form_id": None})
    assert programme.drop_unused_work_form(doc, copy.id) and doc.all(m.WorkForm) == []


def test_captured_finds_what_a_delete_would_take_along(doc):
    a, b = doc.all(m.AgendaItem)[:2]
    assert not programme.captured(doc, a.id).anything
    doc.add(m.StickyNote("Meer groen", a.id), m.StickyNote("Minder auto's", a.id), m.Theme("Groen", a.id))
    doc.add(m.TableRound(1, b.id))
    found = programme.captured(doc, a.id)
    assert (found.notes, found.themes, found.anything) == (2, 1, True)
    assert programme.captured(doc, b.id).rounds == 1
    b.actual_start = datetime(2026, 3, 14, 9, 15)
    doc.update(b)
    assert programme.captured(doc, b.id).has_run


def test_photos_of_an_item_count_as_recorded_so_deleting_it_asks_first(doc):
    item = doc.all(m.AgendaItem)[0]
    doc.add(m.Photo(item.id, "flap.jpg", "image/jpeg", b"\xff\xd8 jpeg bytes"))
    found = programme.captured(doc, item.id)
    assert (found.photos, found.anything) == (1, True)
