"""The screens' item models and the pure helpers behind them, on plain records (no session file)."""

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from facilitator.core import model as m
from facilitator.core.schedule import plan
from facilitator.core.votes import ranking
from facilitator.ui.models.action_model import ActionModel
from facilitator.ui.models.agenda_model import ACTUAL, PINNED, START, AgendaModel, actual_text
from facilitator.ui.models.board_model import board_categories, build_board
from facilitator.ui.models.note_list_model import NoteListModel
from facilitator.ui.models.participant_model import ParticipantModel, attribute_keys
from facilitator.ui.models.programme_model import DIFFERENCE, ProgrammeModel
from facilitator.ui.models.ranking_model import DOTS, RankingModel, ranked_rows
from facilitator.ui.models.roles import BarRole
from facilitator.ui.models.seating_model import SeatingModel, build_cards
from facilitator.ui.models.text_filter import TextFilterProxy
from facilitator.ui.queries import NoteRow
from facilitator.ui.views.agenda import delay_minutes
from facilitator.ui.views.participants import composition

DAY = date(2026, 3, 14)


@pytest.fixture(autouse=True)
def app(qapp):
    """Icons and fonts in the models need a QApplication."""
    return qapp


def text(model, row, column):
    return model.index(row, column).data()


def person(pid, first, infix, last, attendance="present", **attributes):
    return m.Participant(first, last, infix, attributes=attributes, attendance=m.Attendance(attendance), id=pid)


@pytest.fixture
def people():
    return [
        person(1, "Koen", "de", "Vries", geslacht="man", wijk="Noord"),
        person(2, "Gerrit", "van den", "Berg", geslacht="man", wijk="Oost", leeftijd="65+"),
        person(3, "Anna", "", "Bouzid", "absent", geslacht="vrouw", wijk="Centrum"),
        person(4, "Els", "", "Bakker", "walk_in", geslacht="vrouw", wijk="Noord"),
    ]


def test_agenda_model_places_items_on_the_clock_with_pins_and_actuals():
    items = [
        m.AgendaItem("Welkom", 15, position=0,
                     actual_start=datetime(2026, 3, 14, 9, 30), actual_end=datetime(2026, 3, 14, 9, 50)),
        m.AgendaItem("Tafelronde", 45, m.AgendaKind.TABLE_ROUND, 1, work_form_id=7),
        m.AgendaItem("Lunch", 30, m.AgendaKind.BREAK, 2, pinned_start=time(10, 45)),
    ]
    model = AgendaModel()
    model.set_rows(plan(items, time(9, 30)), {7: "World Café"})
    assert [text(model, r, START) for r in range(3)] == ["09:30", "09:45", "10:45"]
    assert text(model, 1, 4) == "World Café"
    assert text(model, 2, PINNED) == "10:45"
    assert model.index(2, PINNED).data(Qt.ItemDataRole.DecorationRole) is not None
    assert "15" in model.index(2, START).data(Qt.ItemDataRole.ToolTipRole)  # the gap the pin leaves
    assert model.index(2, 0).data(Qt.ItemDataRole.BackgroundRole) is not None  # breaks stand out
    assert text(model, 0, ACTUAL) == "09:30–09:50 (+5)"


def test_actual_text_while_an_item_runs():
    entry = plan([m.AgendaItem("Ronde", 45, actual_start=datetime(2026, 3, 14, 10, 56))], time(10, 45))[0]
    assert actual_text(entry) == "10:56–"
    assert delay_minutes([entry])[0] == 11


def test_participants_sort_dutch_style_and_columns_follow_the_data(people):
    model = ParticipantModel()
    model.set_people(people)
    assert [text(model, r, 0) for r in range(4)] == [
        "Els Bakker", "Gerrit van den Berg", "Anna Bouzid", "Koen de Vries"]
    assert attribute_keys(people) == ["geslacht", "wijk", "leeftijd"]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3, 7)] == [
        "Geslacht", "Wijk", "Leeftijd", "Needs"]
    assert text(model, 2, 2) == "Absent"


def test_filter_proxy_matches_every_word_in_any_column_and_sorts_through_the_source(people):
    model = ParticipantModel()
    model.set_people(people)
    proxy = TextFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text("noord")
    assert proxy.rowCount() == 2
    proxy.set_text("noord VROUW")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Els Bakker"]
    proxy.set_text("")
    proxy.set_predicate(lambda row: model.person(row).attendance.is_here)
    assert proxy.rowCount() == 3
    proxy.set_predicate(None)
    kept = QPersistentModelIndex(model.index(0, 0))  # Els Bakker
    proxy.sort(4, Qt.SortOrder.AscendingOrder)  # by wijk
    assert [proxy.index(r, 4).data() for r in range(4)] == ["Centrum", "Noord", "Noord", "Oost"]
    assert kept.data() == "Els Bakker" and kept.row() == 1


def test_composition_counts_one_attribute_largest_first(people):
    assert composition(people, "geslacht") == [("man", 2), ("vrouw", 2)]
    assert composition(people, "leeftijd") == [("", 3), ("65+", 1)]


def test_seating_cards_put_the_host_first_and_find_people(people):
    tables = [m.Table("Tafel 1", 4, host_id=2, id=10), m.Table("Tafel 2", 4, accessible=False, id=11)]
    cards = build_cards(tables, {p.id: p for p in people}, {10: [1, 2, 3], 11: [4]})
    assert [s.name for s in cards[0].seats] == ["Gerrit van den Berg", "Anna Bouzid", "Koen de Vries"]
    assert cards[0].seats[0].is_host and not cards[0].seats[1].here
    assert (cards[0].fill, cards[1].fill, cards[0].host) == (3, 1, "Gerrit van den Berg")
    model = SeatingModel()
    model.set_cards(cards)
    model.set_needle("BAKKER")
    assert model.matching_rows() == [1]
    assert build_cards(tables, {}, None)[0].seats == []


def _note(nid, category, theme=None, table=None, **flags):
    return NoteRow(nid, f"note {nid}", 1, category, table, None, theme, flags.get("quote", False),
                   flags.get("hidden", False))


def test_board_columns_follow_the_work_form_then_the_notes():
    notes = [_note(1, "Zorgen", 20), _note(2, "Kansen", 21, 5), _note(3, "Overig"), _note(4, "Zorgen"),
             _note(5, "Zorgen", 21), _note(6, "")]
    themes = [m.Theme("Kosten", 1, position=1, id=20), m.Theme("Samen", 1, position=0, id=21)]
    assert board_categories(["Kansen", "Zorgen", "Vragen"], notes) == ["Kansen", "Zorgen", "Vragen", "Overig", ""]
    columns = build_board(["Kansen", "Zorgen", "Vragen"], notes, themes, {20: 8}, {5: "Tafel 5"}, "Not clustered")
    zorgen = columns[1]
    assert [(e.kind, e.title) for e in zorgen.entries] == [
        ("header", "Samen"), ("note", "note 5"), ("header", "Kosten"), ("note", "note 1"),
        ("header", "Not clustered"), ("note", "note 4")]
    assert zorgen.entries[2].dots == 8 and zorgen.note_count == 3
    assert columns[0].entries[1].table == "Tafel 5"
    assert columns[2].entries == []


def test_note_list_searches_names_and_flags():
    notes = [_note(1, "Kansen", 20, 5, quote=True), _note(2, "Zorgen", hidden=True), _note(3, "Vragen")]
    model = NoteListModel()
    model.set_notes(notes, {20: "Kosten"}, {5: "Tafel 5"}, {1: "Tafelronde 1"})
    assert text(model, 0, 0) == "“note 1”"
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    proxy = TextFilterProxy()
    proxy.setSourceModel(model)
    for needle, rows in (("kosten", 1), ("tafel 5", 1), ("hidden", 1), ("tafelronde", 3), ("quote zorgen", 0)):
        proxy.set_text(needle)
        assert proxy.rowCount() == rows, needle


def test_ranking_model_shares_ranks_and_scales_bars():
    tallies = [m.VoteTally(1, 9, theme_id=1), m.VoteTally(1, 4, theme_id=2), m.VoteTally(1, 4, theme_id=3),
               m.VoteTally(1, 2, note_id=7)]
    rows = ranked_rows(ranking(tallies), {1: ("Isolatie", 5), 2: ("Kosten", 5), 3: ("Samen", 6)},
                       {7: "Losse notitie"}, {5: "Ronde 2"})
    model = RankingModel(show_source=True)
    model.set_rows(rows)
    assert [(text(model, r, 0), text(model, r, 1)) for r in range(4)] == [
        ("1", "Isolatie"), ("2", "Kosten"), ("2", "Samen"), ("4", "“Losse notitie”")]
    assert text(model, 0, 2) == "Ronde 2"
    assert model.index(0, DOTS).data(BarRole) == 1.0
    assert model.index(1, DOTS).data(BarRole) == pytest.approx(4 / 9)
    assert RankingModel().columnCount() == 3


def test_action_model_lists_agreements_before_recommendations():
    actions = [m.ActionItem("Aanbeveling", m.ActionKind.RECOMMENDATION, position=0, id=1),
               m.ActionItem("Scan", owner="Gemeente", due_date=DAY, source_theme_id=4, position=1, id=2)]
    model = ActionModel()
    model.set_actions(actions, {4: "Isolatie"})
    assert [text(model, r, 1) for r in range(2)] == ["Scan", "Aanbeveling"]
    assert (text(model, 0, 0), text(model, 0, 2), text(model, 0, 4)) == ("Action", "Gemeente", "Isolatie")
    assert text(model, 0, 3)  # a localised date


def test_programme_model_compares_plan_and_record():
    items = [m.AgendaItem("Welkom", 15, actual_start=datetime(2026, 3, 14, 9, 30),
                          actual_end=datetime(2026, 3, 14, 9, 50)),
             m.AgendaItem("Pauze", 15, m.AgendaKind.BREAK, 1, actual_start=datetime(2026, 3, 14, 9, 50),
                          actual_end=datetime(2026, 3, 14, 10, 0)),
             m.AgendaItem("Ronde", 45, position=2)]
    model = ProgrammeModel()
    model.set_rows(plan(items, time(9, 30)))
    assert [text(model, r, DIFFERENCE) for r in range(3)] == ["+5", "-5", ""]
    assert text(model, 0, 1) == "09:30–09:45" and model.recorded() == 2
