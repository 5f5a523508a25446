"""Dot-vote totals and ranking."""

from facilitator.core.model import VoteTally
from facilitator.core.votes import ranking, totals


def test_totals_sum_per_target_across_tables():
    tallies = [
        VoteTally(1, 4, theme_id=10, table_id=1),
        VoteTally(1, 6, theme_id=10, table_id=2),
        VoteTally(1, 3, theme_id=11),
        VoteTally(1, 2, note_id=99),
    ]
    assert totals(tallies) == {("theme", 10): 10, ("theme", 11): 3, ("note", 99): 2}


def test_ranking_most_first_with_shared_ranks():
    tallies = [VoteTally(1, 5, theme_id=1), VoteTally(1, 9, theme_id=2), VoteTally(1, 5, theme_id=3), VoteTally(1, 1, theme_id=4)]
    ranked = ranking(tallies)
    assert [r.key[1] for r in ranked] == [2, 1, 3, 4]
    assert [r.rank for r in ranked] == [1, 2, 2, 4]


def test_ranking_of_nothing_is_empty():
    assert ranking([]) == []


# -- the per-table breakdown, the budget and the tally grid's edits ------------------------------------

from facilitator.core.board import BoardEdit  # noqa: E402
from facilitator.core.model import DotVote  # noqa: E402
from facilitator.core.votes import (  # noqa: E402
    NOTE,
    THEME,
    breakdown,
    budget,
    cell_tallies,
    per_table,
    set_dots,
    tables_without_entry,
)


def _vote(voters=None, dots=5) -> DotVote:
    return DotVote("Stippen", agenda_item_id=1, dots_per_person=dots, voters=voters, id=7)


def test_ranking_lists_targets_without_dots_at_the_end():
    ranked = ranking([VoteTally(7, 3, theme_id=2)], targets=[(THEME, 1), (THEME, 2), (THEME, 3)])
    assert [(r.key[1], r.dots, r.rank) for r in ranked] == [(2, 3, 1), (1, 0, 2), (3, 0, 2)]


def test_breakdown_and_per_table_count_dots_per_table_and_the_tableless_total():
    tallies = [VoteTally(7, 4, theme_id=10, table_id=1), VoteTally(7, 6, theme_id=10, table_id=2),
               VoteTally(7, 3, theme_id=11, table_id=1), VoteTally(7, 5, theme_id=11), VoteTally(7, 0, theme_id=12,
                                                                                                  table_id=3)]
    assert breakdown(tallies) == {(THEME, 10): {1: 4, 2: 6}, (THEME, 11): {1: 3, None: 5}, (THEME, 12): {3: 0}}
    assert per_table(tallies) == {1: 7, 2: 6, None: 5}
    assert tables_without_entry(tallies, [1, 2, 3, 4]) == [3, 4]  # table 3 typed only a zero


def test_budget_checks_dots_cast_against_voters_times_dots_per_person():
    tallies = [VoteTally(7, 150, theme_id=1), VoteTally(7, 162, theme_id=2), VoteTally(8, 99, theme_id=1)]
    within = budget(_vote(voters=66), tallies)
    assert (within.cast, within.possible, within.over, within.unused) == (312, 330, False, 18)
    over = budget(_vote(voters=60), tallies)
    assert over.over and over.unused == 0
    unknown = budget(_vote(voters=None), tallies)
    assert unknown.possible is None and not unknown.over and unknown.unused is None


def test_set_dots_adds_changes_and_removes_a_cell_with_an_exact_inverse():
    vote = _vote()
    added = set_dots(vote, (THEME, 4), 2, 6)
    tally, = added.added
    assert (tally.vote_id, tally.theme_id, tally.note_id, tally.table_id, tally.dots) == (7, 4, None, 2, 6)
    assert set_dots(vote, (NOTE, 9), None, 3).added[0].note_id == 9
    assert not set_dots(vote, (THEME, 4), 2, 0)  # an empty cell set to 0: nothing to write

    tally.id = 1
    changed = set_dots(vote, (THEME, 4), 2, 8, [tally])
    change, = changed.changes
    assert (change.name, change.before, change.after) == ("dots", 6, 8)
    assert changed.inverse().changes[0].after == 6
    assert not set_dots(vote, (THEME, 4), 2, 6, [tally])  # unchanged
    cleared = set_dots(vote, (THEME, 4), 2, 0, [tally])
    assert cleared.removed == (tally,) and cleared.inverse().added == (tally,)


def test_set_dots_folds_a_cell_counted_twice_into_one():
    vote = _vote()
    first, second = VoteTally(7, 2, theme_id=4, table_id=1, id=1), VoteTally(7, 3, theme_id=4, table_id=1, id=2)
    cells = cell_tallies([first, second, VoteTally(7, 1, theme_id=5, id=3)])
    assert cells[((THEME, 4), 1)] == [first, second] and len(cells[((THEME, 5), None)]) == 1
    edit = set_dots(vote, (THEME, 4), 1, 5, cells[((THEME, 4), 1)])
    assert edit.changes[0].record is first and edit.removed == (second,)


def test_set_dots_refuses_nonsense():
    import pytest

    with pytest.raises(ValueError):
        set_dots(_vote(), (THEME, 1), None, -1)
    with pytest.raises(ValueError):
        set_dots(_vote(), ("table", 1), None, 1)
    assert isinstance(set_dots(_vote(), (THEME, 1), None, 0), BoardEdit)
