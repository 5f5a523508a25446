"""``facilitator plan-tables``: the schedule as text and JSON, and a clear refusal when people do not fit."""

import json

from cli_runner import run_cli


def _run(*args):
    return run_cli("plan-tables", *args)


def test_json_schedule_without_repeats():
    result = _run("--people", 60, "--tables", 8, "--size", 8, "--rounds", 3, "--json")
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout)
    assert facts["repeated_pairs"] == 0 and isinstance(facts["seconds"], float)
    schedule = facts["schedule"]
    assert len(schedule) == 3 and all(len(tables) == 8 for tables in schedule)
    for tables in schedule:
        assert sorted(p for table in tables for p in table) == list(range(60))


def test_text_output():
    result = _run("--people", 16, "--tables", 4, "--size", 4, "--rounds", 5, "--seed", 3)
    assert result.returncode == 0
    assert "round 5" in result.stdout and "  table 4:" in result.stdout
    assert "repeated pairs: 0 (everyone meets new people every round)" in result.stdout


def test_people_who_do_not_fit_exit_1():
    result = _run("--people", 30, "--tables", 3, "--size", 8, "--rounds", 2)
    assert result.returncode == 1
    assert "30 people do not fit at 3 tables of 8" in result.stdout
    assert json.loads(_run("--people", 30, "--tables", 3, "--size", 8, "--rounds", 2, "--json").stdout)[
        "status"] == "impossible"
