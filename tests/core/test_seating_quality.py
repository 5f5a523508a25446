"""evaluate(): repeated pairs, balance deviations and rule violations on hand-checked plans."""

from __future__ import annotations

from facilitator.core.seating.problem import Person, Problem, TableSpec
from facilitator.core.seating.quality import evaluate, share_bounds


def person(key, gender=None, access=False):
    return Person(key, {"gender": gender} if gender else {}, access)


def test_share_bounds_are_floor_and_ceiling_in_integers():
    assert share_bounds(5, 4, 10) == (2, 2)
    assert share_bounds(3, 4, 10) == (1, 2)  # 1.2
    assert share_bounds(0, 4, 10) == (0, 0)
    assert share_bounds(7, 3, 21) == (1, 1)
    assert share_bounds(3, 3, 0) == (0, 0)


def test_repeated_pairs_count_meetings_beyond_the_first():
    problem = Problem(tuple(person(k) for k in range(4)), (TableSpec(1, 4), TableSpec(2, 4)), rounds=3)
    plan = [{0: 1, 1: 1, 2: 1, 3: 2}, {0: 1, 1: 1, 2: 2, 3: 2}, {0: 1, 1: 1, 2: 1, 3: 2}]
    # (0,1) meets 3 times -> 2; (0,2) twice -> 1; (1,2) twice -> 1; (2,3) once
    assert evaluate(problem, plan).repeated_pairs == 4


def test_history_meetings_count_but_repeats_inside_history_do_not():
    history = ({0: 1, 1: 1}, {0: 1, 1: 1, 2: 1})
    problem = Problem(tuple(person(k) for k in range(3)), (TableSpec(1, 3), TableSpec(2, 3)), 1, history=history)
    assert evaluate(problem, [{0: 1, 1: 2, 2: 2}]).repeated_pairs == 1  # (1,2) met in history
    assert evaluate(problem, [{0: 1, 1: 1, 2: 2}]).repeated_pairs == 1  # (0,1): once, not twice
    assert evaluate(problem, [{0: 1, 1: 2, 2: 1}]).repeated_pairs == 1


def test_hosts_do_not_count_for_pairs_or_balance_but_take_a_chair():
    people = (person(0, "m"), person(1, "v"), person(2, "m"), person(3, "v"))
    tables = (TableSpec(1, 3, host=100), TableSpec(2, 3, host=101))
    problem = Problem(people, tables, 1, balance=("gender",))
    quality = evaluate(problem, [{0: 1, 1: 1, 2: 2, 3: 2}])
    assert quality.repeated_pairs == 0 and quality.balance_deviations == 0 and quality.rule_violations == 0
    crowded = evaluate(problem, [{0: 1, 1: 1, 2: 1, 3: 2}])
    assert [v.kind for v in crowded.violations] == ["capacity"]
    assert crowded.violations[0].reason == "table 1 has 3 people for 2 chairs besides the host in round 1"


def test_balance_deviations_per_table_and_category():
    # 6 people: 4 m, 2 v; two tables of 3: share m = 2, v = 1 at each
    people = tuple(person(k, "m" if k < 4 else "v") for k in range(6))
    problem = Problem(people, (TableSpec(1, 3), TableSpec(2, 3)), 1, balance=("gender",))
    assert evaluate(problem, [{0: 1, 1: 1, 4: 1, 2: 2, 3: 2, 5: 2}]).balance_deviations == 0
    quality = evaluate(problem, [{0: 1, 1: 1, 2: 1, 3: 2, 4: 2, 5: 2}])
    assert quality.balance_deviations == 4
    cells = {(d.table, d.category): (d.count, d.floor, d.ceiling) for d in quality.deviations}
    assert cells == {(1, "m"): (3, 2, 2), (1, "v"): (0, 1, 1), (2, "m"): (1, 2, 2), (2, "v"): (2, 1, 1)}


def test_people_without_a_value_belong_to_no_category():
    people = (person(0, "m"), person(1), person(2, "m"), person(3))
    problem = Problem(people, (TableSpec(1, 2), TableSpec(2, 2)), 1, balance=("gender",))
    # share of m per table = 2 * 2 / 4 = 1
    assert evaluate(problem, [{0: 1, 1: 1, 2: 2, 3: 2}]).balance_deviations == 0
    assert evaluate(problem, [{0: 1, 2: 1, 1: 2, 3: 2}]).balance_deviations == 2


def test_every_rule_kind_is_reported():
    people = (person(0, access=True), person(1), person(2), person(3), person(4))
    tables = (TableSpec(1, 2, accessible=False), TableSpec(2, 3))
    problem = Problem(
        people, tables, 1, pins={(0, 3): 2}, apart=((1, 2),), together=((0, 3),),
    )
    quality = evaluate(problem, [{0: 1, 1: 2, 2: 2, 3: 1, 4: 9}])
    assert sorted(v.kind for v in quality.violations) == ["access", "apart", "pin", "unseated"]
    # 0 and 3 sit together at table 1: no together violation; 4 is at a table that does not exist
    unseated = [v for v in quality.violations if v.kind == "unseated"]
    assert unseated[0].people == (4,) and "does not exist" in unseated[0].reason
    split = evaluate(problem, [{0: 2, 1: 2, 2: 1, 3: 2, 4: 1}])
    assert [v.kind for v in split.violations] == []
    split = evaluate(problem, [{0: 1, 1: 2, 2: 1, 3: 2, 4: 2}])
    assert sorted(v.kind for v in split.violations) == ["access", "together"]


def test_missing_round_leaves_everyone_unseated():
    problem = Problem((person(0), person(1)), (TableSpec(1, 2),), 2)
    quality = evaluate(problem, [{0: 1, 1: 1}])
    assert [(v.kind, v.round) for v in quality.violations] == [("unseated", 1), ("unseated", 1)]

