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
