"""Every entity of the vocabulary survives a write, close and reopen unchanged."""

import dataclasses
from datetime import date, datetime, time

import pytest

from facilitator.core import model as m
from facilitator.store.document import SessionDocument
from facilitator.store.schema import MAPPED


def _one_of_each(doc: SessionDocument) -> dict[type, object]:
    """Insert one fully-filled record of every kind, parents first."""
    made: dict[type, object] = {}
    made[m.WorkForm], = doc.add(m.WorkForm(
        "world-cafe", "World Café", "Gesprek in rondes aan tafels.", 45,
        ["Kansen", "Zorgen", "Vragen"], [{"name": "Ronde", "minutes": 20}],
        "World Café", "Conversations in rounds at tables."))
    made[m.AgendaItem], = doc.add(m.AgendaItem(
        "Tafelronde 1", 45, m.AgendaKind.TABLE_ROUND, 3, made[m.WorkForm].id, "Let op de tijd",
        time(10, 45), datetime(2026, 3, 14, 10, 47, 12), datetime(2026, 3, 14, 11, 36), False, 30,
        ["Ideeën", "Vragen van de zaal"]))
    made[m.Participant], = doc.add(m.Participant(
        "Gerrit", "Berg", "van den", m.Role.TABLE_HOST,
        {"gender": "man", "age_band": "30-44", "district": "West"}, ["rolstoel", "ringleiding"],
        m.Attendance.WALK_IN, "12", "gerrit@voorbeeld.nl"))
    made[m.Table], = doc.add(m.Table("Tafel 3", 9, made[m.Participant].id, False, 2))
    made[m.TableRound], = doc.add(m.TableRound(1, made[m.AgendaItem].id, "Kansen en zorgen"))
    other, = doc.add(m.Participant("Mila", "Jansen"))
    made[m.PairRule], = doc.add(m.PairRule(made[m.Participant].id, other.id, True))
    made[m.SubSession], = doc.add(m.SubSession("Warmtenet in de wijk", "B", "Zaal 2", 8, 24, [1, 2], 1))
    made[m.SubSessionAssignment], = doc.add(m.SubSessionAssignment(
        made[m.Participant].id, made[m.SubSession].id, 2, True))
    made[m.SeatAssignment], = doc.add(m.SeatAssignment(
        made[m.TableRound].id, made[m.Participant].id, made[m.Table].id, True))
    made[m.Theme], = doc.add(m.Theme("Betaalbaarheid", made[m.AgendaItem].id, 1))
    made[m.StickyNote], = doc.add(m.StickyNote(
        "Zorgen over de kosten van een warmtepomp", made[m.AgendaItem].id, "Zorgen",
        made[m.Table].id, made[m.TableRound].id, made[m.Theme].id, made[m.Participant].id,
        True, True, 4, datetime(2026, 3, 14, 10, 55, 3)))
    made[m.DotVote], = doc.add(m.DotVote("Stippenstemmen", made[m.AgendaItem].id, 5, 58, True))
    made[m.Photo], = doc.add(m.Photo(
        made[m.AgendaItem].id, "flap tafel 3.jpg", "image/jpeg", b"\xff\xd8\xff\xe0 not really a jpeg", 4032, 3024,
        "Flap van tafel 3", 2, datetime(2026, 3, 14, 11, 40, 9)))
    made[m.LiveRun], = doc.add(m.LiveRun(
        m.RunState.PAUSED, made[m.AgendaItem].id, datetime(2026, 3, 14, 10, 50, 1), 212.5, -120.0))
    made[m.VoteTally], = doc.add(m.VoteTally(
        made[m.DotVote].id, 17, made[m.Theme].id, None, made[m.Table].id))
    made[m.ActionItem], = doc.add(m.ActionItem(
        "Informatieavond over subsidies", m.ActionKind.RECOMMENDATION, "Projectteam gemeente",
        date(2026, 5, 1), made[m.AgendaItem].id, made[m.Theme].id, made[m.StickyNote].id, 1))
    return made


def test_every_mapped_kind_is_covered(doc):
    made = _one_of_each(doc)
    assert set(made) | {m.Meeting} == set(MAPPED)


def test_round_trip_of_every_entity(doc_path, doc):
    made = _one_of_each(doc)
    meeting = doc.meeting()
    meeting.date, meeting.venue, meeting.organiser = date(2026, 3, 14), "Wijkcentrum De Schakel", "Griffie"
    meeting.day_start, meeting.language = time(9, 0), "en"
    meeting.balance_attributes = ["gender", "age_band"]
    doc.update(meeting)
    made[m.Meeting] = meeting
    doc.close()

    with SessionDocument.open(doc_path, read_only=True) as reopened:
        for cls, original in made.items():
            loaded = reopened.get(cls, original.id)
            assert loaded is not None, cls.__name__
            assert dataclasses.asdict(loaded) == dataclasses.asdict(original), cls.__name__
        enums = reopened.get(m.Participant, made[m.Participant].id)
        assert isinstance(enums.role, m.Role) and isinstance(enums.attendance, m.Attendance)


def test_counts_reflect_content(doc):
    _one_of_each(doc)
    counts = doc.counts()
    for name in ("agenda_items", "tables", "rounds", "notes", "themes", "votes", "actions", "sub_sessions"):
        assert counts[name] == 1, name
    assert counts["participants"] == 2
    assert counts["dots"] == 17


def test_update_and_delete_are_committed_at_once(doc_path, doc):
    item, = doc.add(m.AgendaItem("Pauze", 15, m.AgendaKind.BREAK))
    item.planned_minutes = 20
    doc.update(item)
    note, = doc.add(m.StickyNote("weg", item.id))
    doc.delete(note)
    # A second reader (as another process would) sees both without any save.
    with SessionDocument.open(doc_path, read_only=True) as other:
        assert other.get(m.AgendaItem, item.id).planned_minutes == 20
        assert other.all(m.StickyNote) == []


def test_all_orders_by_position_and_filters(doc):
    a, b = doc.add(m.AgendaItem("B", 10, position=2), m.AgendaItem("A", 10, position=1))
    doc.add(m.StickyNote("x", a.id), m.StickyNote("y", b.id), m.StickyNote("z", b.id))
    assert [i.title for i in doc.all(m.AgendaItem)] == ["A", "B"]
    assert [n.text for n in doc.all(m.StickyNote, agenda_item_id=b.id)] == ["y", "z"]


def test_failed_transaction_leaves_nothing(doc):
    with pytest.raises(RuntimeError):
        with doc.transaction() as session:
            session.add(m.AgendaItem("half", 10))
            session.flush()
            raise RuntimeError("boom")
    assert doc.all(m.AgendaItem) == []


def test_listeners_hear_every_commit(doc):
    heard = []
    doc.add_listener(heard.append)
    doc.add(m.AgendaItem("Welkom", 15))
    assert len(heard) == 1 and doc.last_saved == heard[0]
    doc.remove_listener(heard.append)
    doc.add(m.AgendaItem("Pauze", 15))
    assert len(heard) == 1


def test_foreign_keys_are_enforced(doc):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError):
        doc.add(m.StickyNote("zwevend", agenda_item_id=4242))
