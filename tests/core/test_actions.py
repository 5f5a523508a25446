"""The path note → theme → vote → action as data, and actions made from notes and themes (no Qt)."""

from __future__ import annotations

from datetime import date

from facilitator.core import model as m
from facilitator.core.actions import ActionPath, action_from, places, trace_all


def _day():
    themes = {1: m.Theme("Wonen", 7, id=1), 2: m.Theme("Kosten", 7, id=2), 3: m.Theme("Groen", 7, id=3)}
    notes = {10: m.StickyNote("Meer betaalbare woningen", 7, theme_id=1, id=10),
             11: m.StickyNote("Tiny houses toestaan", 7, theme_id=1, id=11),
             12: m.StickyNote("Subsidie vooraf", 7, theme_id=2, id=12),
             13: m.StickyNote("Een moestuin bij school", 7, id=13)}
    votes = [m.DotVote("Stemronde", 7, id=100), m.DotVote("Tweede ronde", 8, id=101)]
    tallies = [m.VoteTally(100, 30, theme_id=2, table_id=1), m.VoteTally(100, 17, theme_id=2, table_id=2),
               m.VoteTally(100, 47, theme_id=1), m.VoteTally(100, 50, theme_id=3),
               m.VoteTally(101, 9, note_id=13), m.VoteTally(101, 4, note_id=11)]
    return themes, notes, votes, tallies


def test_places_rank_each_vote_on_its_own_with_shared_places():
    _, _, votes, tallies = _day()
    found = places(votes, tallies)
    assert [(p.vote_title, p.rank, p.dots, p.ranked) for p in found[("theme", 1)]] == [("Stemronde", 2, 47, 3)]
    assert [(p.rank, p.dots) for p in found[("theme", 2)]] == [(2, 47)]  # two tables, summed; shares 2nd
    assert [(p.vote_id, p.target, p.rank) for p in found[("note", 13)]] == [(101, "note", 1)]


def test_the_path_of_a_note_an_agreement_and_a_theme_recommendation():
    themes, notes, votes, tallies = _day()
    actions = [m.ActionItem("Bouw 200 woningen", source_note_id=10, source_theme_id=1, id=1),
               m.ActionItem("Betaalbaar wonen voorop", m.ActionKind.RECOMMENDATION, source_theme_id=1, id=2),
               m.ActionItem("Moestuinen", source_note_id=13, id=3),
               m.ActionItem("Los typen", id=4)]
    paths = trace_all(actions, notes=notes, themes=themes, votes=votes, tallies=tallies)
    note_path = paths[1]
    assert (note_path.note_text, note_path.theme_name, note_path.theme_note_ids) == (
        "Meer betaalbare woningen", "Wonen", (10, 11))
    assert [(p.vote_title, p.rank, p.dots) for p in note_path.places] == [("Stemronde", 2, 47)]
    assert paths[2].note_id is None and paths[2].theme_name == "Wonen" and paths[2].best_place().rank == 2
    assert paths[3].theme_id is None and paths[3].best_place().target == "note" and paths[3].best_place().dots == 9
    assert paths[4] == ActionPath(4) and paths[4].empty and paths[4].best_place() is None


def test_a_note_moved_to_another_theme_shows_its_theme_now_and_a_deleted_link_is_dropped():
    themes, notes, votes, tallies = _day()
    notes[10].theme_id = 2  # merged into Kosten since the action was made
    action = m.ActionItem("Bouw", source_note_id=10, source_theme_id=1, id=1)
    path = trace_all([action], notes=notes, themes=themes, votes=votes, tallies=tallies)[1]
    assert path.theme_name == "Kosten" and path.theme_note_ids == (10, 12)
    gone = m.ActionItem("Weg", source_note_id=99, source_theme_id=98, id=2)
    assert trace_all([gone], notes=notes, themes=themes, votes=votes, tallies=tallies)[2].empty


def test_theme_members_can_be_given_when_only_the_source_notes_are_loaded():
    themes, notes, votes, tallies = _day()
    action = m.ActionItem("Groen", m.ActionKind.RECOMMENDATION, source_theme_id=3, id=1)
    path = trace_all([action], notes={}, themes=themes, votes=votes, tallies=tallies,
                     theme_members={3: [40, 41, 42]})[1]
    assert path.theme_note_ids == (40, 41, 42) and path.best_place().rank == 1


def test_action_from_a_note_a_theme_and_nothing():
    themes, notes, _, _ = _day()
    made = action_from(notes[10], kind=m.ActionKind.ACTION, text="  Bouw  ", owner=" Wethouder ",
                       due_date=date(2026, 5, 1), position=3)
    assert (made.text, made.owner, made.due_date, made.agenda_item_id) == ("Bouw", "Wethouder", date(2026, 5, 1), 7)
    assert (made.source_note_id, made.source_theme_id, made.position, made.id) == (10, 1, 3, None)
    advice = action_from(themes[2], kind=m.ActionKind.RECOMMENDATION, text="Subsidie", owner="x",
                         due_date=date(2026, 5, 1))
    assert (advice.source_theme_id, advice.source_note_id, advice.owner, advice.due_date) == (2, None, "", None)
    loose = action_from(None, kind=m.ActionKind.ACTION, text="Iets")
    assert (loose.agenda_item_id, loose.source_theme_id, loose.source_note_id) == (None, None, None)
