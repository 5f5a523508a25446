"""The session file's tables, and their mapping onto the core's dataclasses.

The core's records are mapped imperatively (``registry.map_imperatively``), so
the store adds persistence to the one vocabulary instead of a second copy of
it. Relations are plain foreign-key ids; nothing lazy-loads behind the UI's back.
"""

from __future__ import annotations

import enum

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table as SqlTable,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import registry

from facilitator.core import model as m

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def _enum(cls: type[enum.Enum]) -> Enum:
    """Store an enum by its value as plain text, so files stay readable by any tool."""
    return Enum(cls, native_enum=False, length=24, values_callable=lambda e: [x.value for x in e])


def _id() -> Column:
    return Column("id", Integer, primary_key=True)


def _fk(name: str, target: str, nullable: bool = True, ondelete: str = "SET NULL") -> Column:
    return Column(name, Integer, ForeignKey(f"{target}.id", ondelete=ondelete), nullable=nullable, index=True)


meeting = SqlTable(
    "meeting", metadata, _id(),
    Column("title", String(300), nullable=False),
    Column("date", Date),
    Column("venue", String(300), nullable=False, default=""),
    Column("organiser", String(300), nullable=False, default=""),
    Column("language", String(8), nullable=False, default="nl"),
    Column("day_start", Time, nullable=False),
    Column("description", Text, nullable=False, default=""),
    Column("balance_attributes", JSON, nullable=False, default=lambda: []),
)

work_form = SqlTable(
    "work_form", metadata, _id(),
    Column("key", String(80), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("description", Text, nullable=False, default=""),
    Column("default_minutes", Integer, nullable=False, default=30),
    Column("categories", JSON, nullable=False),
    Column("steps", JSON, nullable=False),
    Column("name_en", String(200), nullable=False, default=""),
    Column("description_en", Text, nullable=False, default=""),
)

agenda_item = SqlTable(
    "agenda_item", metadata, _id(),
    Column("title", String(300), nullable=False),
    Column("planned_minutes", Integer, nullable=False),
    Column("kind", _enum(m.AgendaKind), nullable=False),
    Column("position", Integer, nullable=False, default=0),
    _fk("work_form_id", "work_form"),
    Column("facilitator_notes", Text, nullable=False, default=""),
    Column("pinned_start", Time),
    Column("actual_start", DateTime),
    Column("actual_end", DateTime),
    Column("flexible", Boolean, nullable=False, default=True),
    Column("min_minutes", Integer),
    Column("board_categories", JSON, nullable=False, default=lambda: []),
)

live_run = SqlTable(
    "live_run", metadata, _id(),
    Column("state", _enum(m.RunState), nullable=False),
    _fk("current_item_id", "agenda_item"),
    Column("anchored_at", DateTime),
    Column("elapsed_seconds", Float, nullable=False, default=0.0),
    Column("extra_seconds", Float, nullable=False, default=0.0),
)

participant = SqlTable(
    "participant", metadata, _id(),
    Column("first_name", String(200), nullable=False),
    Column("last_name", String(200), nullable=False, default=""),
    Column("infix", String(40), nullable=False, default=""),
    Column("role", _enum(m.Role), nullable=False),
    Column("attributes", JSON, nullable=False),
    Column("needs", JSON, nullable=False),
    Column("attendance", _enum(m.Attendance), nullable=False),
    Column("external_ref", String(100), nullable=False, default=""),
    Column("contact", String(300), nullable=False, default=""),
)

table = SqlTable(
    "seating_table", metadata, _id(),
    Column("name", String(100), nullable=False),
    Column("capacity", Integer, nullable=False),
    _fk("host_id", "participant"),
    Column("accessible", Boolean, nullable=False, default=True),
    Column("position", Integer, nullable=False, default=0),
)

table_round = SqlTable(
    "table_round", metadata, _id(),
    Column("number", Integer, nullable=False),
    _fk("agenda_item_id", "agenda_item"),
    Column("title", String(300), nullable=False, default=""),
)

seat_assignment = SqlTable(
    "seat_assignment", metadata, _id(),
    _fk("round_id", "table_round", nullable=False, ondelete="CASCADE"),
    _fk("participant_id", "participant", nullable=False, ondelete="CASCADE"),
    _fk("table_id", "seating_table", nullable=False, ondelete="CASCADE"),
    Column("pinned", Boolean, nullable=False, default=False),
    UniqueConstraint("round_id", "participant_id", name="uq_seat_round_participant"),
)

pair_rule = SqlTable(
    "pair_rule", metadata, _id(),
    _fk("first_id", "participant", nullable=False, ondelete="CASCADE"),
    _fk("second_id", "participant", nullable=False, ondelete="CASCADE"),
    Column("together", Boolean, nullable=False, default=False),
)

sub_session = SqlTable(
    "sub_session", metadata, _id(),
    Column("name", String(300), nullable=False),
    Column("code", String(40), nullable=False, default=""),
    Column("room", String(200), nullable=False, default=""),
    Column("min_capacity", Integer, nullable=False, default=0),
    Column("max_capacity", Integer, nullable=False, default=30),
    Column("slots", JSON, nullable=False),
    Column("position", Integer, nullable=False, default=0),
)

sub_session_assignment = SqlTable(
    "sub_session_assignment", metadata, _id(),
    _fk("participant_id", "participant", nullable=False, ondelete="CASCADE"),
    _fk("sub_session_id", "sub_session", nullable=False, ondelete="CASCADE"),
    Column("slot", Integer, nullable=False),
    Column("pinned", Boolean, nullable=False, default=False),
    UniqueConstraint("participant_id", "slot", name="uq_sub_session_assignment_participant_slot"),
)

theme = SqlTable(
    "theme", metadata, _id(),
    Column("name", String(300), nullable=False),
    _fk("agenda_item_id", "agenda_item", nullable=False, ondelete="CASCADE"),
    Column("position", Integer, nullable=False, default=0),
)

sticky_note = SqlTable(
    "sticky_note", metadata, _id(),
    Column("text", Text, nullable=False),
    _fk("agenda_item_id", "agenda_item", nullable=False, ondelete="CASCADE"),
    Column("category", String(100), nullable=False, default=""),
    _fk("table_id", "seating_table"),
    _fk("round_id", "table_round"),
    _fk("theme_id", "theme"),
    _fk("author_id", "participant"),
    Column("is_quote", Boolean, nullable=False, default=False),
    Column("hidden", Boolean, nullable=False, default=False),
    Column("position", Integer, nullable=False, default=0),
    Column("created_at", DateTime),
)

dot_vote = SqlTable(
    "dot_vote", metadata, _id(),
    Column("title", String(300), nullable=False),
    _fk("agenda_item_id", "agenda_item", nullable=False, ondelete="CASCADE"),
    Column("dots_per_person", Integer, nullable=False, default=5),
    Column("voters", Integer),
    Column("on_notes", Boolean, nullable=False, default=False),
)

vote_tally = SqlTable(
    "vote_tally", metadata, _id(),
    _fk("vote_id", "dot_vote", nullable=False, ondelete="CASCADE"),
    Column("dots", Integer, nullable=False),
    _fk("theme_id", "theme", ondelete="CASCADE"),
    _fk("note_id", "sticky_note", ondelete="CASCADE"),
    _fk("table_id", "seating_table"),
)

action_item = SqlTable(
    "action_item", metadata, _id(),
    Column("text", Text, nullable=False),
    Column("kind", _enum(m.ActionKind), nullable=False),
    Column("owner", String(200), nullable=False, default=""),
    Column("due_date", Date),
    _fk("agenda_item_id", "agenda_item"),
    _fk("source_theme_id", "theme"),
    _fk("source_note_id", "sticky_note"),
    Column("position", Integer, nullable=False, default=0),
)

photo = SqlTable(
    "photo", metadata, _id(),
    _fk("agenda_item_id", "agenda_item", nullable=False, ondelete="CASCADE"),
    Column("file_name", String(300), nullable=False),
    Column("mime", String(60), nullable=False),
    Column("data", LargeBinary, nullable=False),
    Column("width", Integer, nullable=False, default=0),
    Column("height", Integer, nullable=False, default=0),
    Column("caption", Text, nullable=False, default=""),
    Column("position", Integer, nullable=False, default=0),
    Column("created_at", DateTime),
)

Index("ix_sticky_note_board", sticky_note.c.agenda_item_id, sticky_note.c.position)

#: Every mapped record type and its table; the store's single source of truth.
MAPPED: dict[type, SqlTable] = {
    m.Meeting: meeting,
    m.WorkForm: work_form,
    m.AgendaItem: agenda_item,
    m.LiveRun: live_run,
    m.Participant: participant,
    m.Table: table,
    m.TableRound: table_round,
    m.SeatAssignment: seat_assignment,
    m.PairRule: pair_rule,
    m.SubSession: sub_session,
    m.SubSessionAssignment: sub_session_assignment,
    m.Theme: theme,
    m.StickyNote: sticky_note,
    m.DotVote: dot_vote,
    m.VoteTally: vote_tally,
    m.ActionItem: action_item,
    m.Photo: photo,
}

mapper_registry = registry(metadata=metadata)
for _cls, _table in MAPPED.items():
    mapper_registry.map_imperatively(_cls, _table)
