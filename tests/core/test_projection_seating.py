"""The seating modes' frames without Qt: short names, order, telling namesakes apart, paging, privacy."""

from __future__ import annotations

import dataclasses

from facilitator.core.clock import FakeClock
from facilitator.core.model import Meeting, Participant, Role, Table
from facilitator.core.projection_frame import (
    DEFAULT_PAGE_SECONDS,
    ProjectorMode,
    Paging,
    SeatLine,
    pages_for,
    seat_lines,
    seating_frame,
    short_name,
)


def test_short_names_show_the_first_name_and_the_initial_of_the_last_name_only():
    assert short_name("Gerrit", "Berg") == "Gerrit B."
    assert short_name("Fatima", "leeuwen") == "Fatima L."
    assert short_name("Noor", "") == "Noor"
    assert short_name(" Koen ", " Vries ") == "Koen V."


def test_lines_are_alphabetical_ignoring_accents_and_case():
    lines = seat_lines([("Özlem", "Kaya", "Tafel 2"), ("anna", "Bakker", "Tafel 1"), ("Otto", "Smit", "Tafel 3"),
                        ("Pieter", "Jong", "Tafel 1"), ("Émile", "Dijk", "Tafel 4")])
    assert [line.name for line in lines] == ["anna B.", "Émile D.", "Otto S.", "Özlem K.", "Pieter J."]
    assert lines[0] == SeatLine("anna B.", "Tafel 1")


def test_namesakes_at_different_tables_get_a_letter_more_but_never_more_than_three():
    lines = seat_lines([("Jan", "Bakker", "Tafel 1"), ("Jan", "Bos", "Tafel 2"), ("Jan", "Berg", "Tafel 3"),
                        ("Jan", "Groeneveld", "Tafel 4"), ("Jan", "Groenewoud", "Tafel 5"),
                        ("Els", "Bakker", "Tafel 1"), ("Els", "Bos", "Tafel 1")])
    names = {line.table: line.name for line in lines if line.name.startswith("Jan")}
    assert names == {"Tafel 1": "Jan Ba.", "Tafel 2": "Jan Bo.", "Tafel 3": "Jan Be.", "Tafel 4": "Jan Gro.",
                     "Tafel 5": "Jan Gro."}  # the same three letters: both lines stay, each with its table
    assert [line.name for line in lines if line.name.startswith("Els")] == ["Els B.", "Els B."]  # same table


def test_pages_turn_on_the_clock_from_the_origin_and_by_hand():
    clock = FakeClock(500.0)
    paging = Paging(origin=clock.now(), seconds=12)
    assert paging.page(clock.now(), 3) == 0
    assert paging.next_change(clock.now(), 3) == 512
    clock.advance(11.999)
    assert paging.page(clock.now(), 3) == 0
    clock.advance(0.001)
    assert paging.page(clock.now(), 3) == 1 and paging.next_change(clock.now(), 3) == 524
    clock.advance(24)
    assert paging.page(clock.now(), 3) == 0  # round again after the last page
    turned = dataclasses.replace(paging, offset=2)
    assert turned.page(clock.now(), 3) == 2
    assert paging.page(clock.now(), 1) == 0 and paging.next_change(clock.now(), 1) is None
    by_hand = Paging(origin=500.0, seconds=0, offset=4)
    assert by_hand.page(10_000.0, 3) == 1 and by_hand.next_change(10_000.0, 3) is None
    assert Paging().seconds == DEFAULT_PAGE_SECONDS


def test_pages_needed():
    assert [pages_for(n, 45) for n in (0, 1, 45, 46, 60, 1000)] == [1, 1, 1, 2, 2, 23]


def _room():
    people = {
        1: Participant("Marloes", "Verbeek", role=Role.TABLE_HOST, attributes={"gender": "vrouw"}, id=1),
        2: Participant("Gerrit", "Berg", infix="van den", attributes={"gender": "man", "age_band": "65+"},
                       needs=["rolstoel"], contact="gerrit@example.org", id=2),
        3: Participant("Fatima", "Leeuwen", infix="van", attributes={"gender": "vrouw"}, id=3),
        4: Participant("Koen", "Vries", infix="de", id=4),
    }
    tables = [Table("Tafel 1", 8, host_id=1, id=10), Table("Tafel 2", 8, id=11), Table("Tafel 3", 8, id=12)]
    return people, tables


def test_a_seating_frame_holds_short_names_and_table_names_and_nothing_else():
    people, tables = _room()
    seating = {10: [1, 2], 11: [3, 4]}
    frame = seating_frame(ProjectorMode.WHERE, Meeting("Burgerberaad"), "Ronde 1", tables, people, seating,
                          Paging(origin=3.0))
    assert [(line.name, line.table) for line in frame.seats] == [
        ("Fatima L.", "Tafel 2"), ("Gerrit B.", "Tafel 1"), ("Koen V.", "Tafel 2"), ("Marloes V.", "Tafel 1")]
    assert [(t.table, t.host, t.names) for t in frame.tables] == [
        ("Tafel 1", "Marloes V.", ("Gerrit B.",)), ("Tafel 2", "", ("Fatima L.", "Koen V."))]  # empty table left out
    assert frame.round_title == "Ronde 1" and frame.paging == Paging(origin=3.0)
    text = repr(frame)
    for secret in ("Berg", "Leeuwen", "Vries", "van den", "rolstoel", "65+", "vrouw", "gerrit@", "Verbeek"):
        assert secret not in text


def test_a_host_shows_at_their_table_even_without_a_seat_in_the_round():
    people, tables = _room()
    frame = seating_frame(ProjectorMode.TABLES, Meeting("M"), "", tables, people, {})
    assert [(t.table, t.host, t.names) for t in frame.tables] == [("Tafel 1", "Marloes V.", ())]
    assert [line.name for line in frame.seats] == ["Marloes V."]


def test_the_seating_parts_of_a_frame_hold_only_what_the_room_may_see():
    from facilitator.core.projection_frame import TableList

    assert [f.name for f in dataclasses.fields(SeatLine)] == ["name", "table"]
    assert [f.name for f in dataclasses.fields(TableList)] == ["table", "names", "host"]
    assert [f.name for f in dataclasses.fields(Paging)] == ["origin", "seconds", "offset"]
