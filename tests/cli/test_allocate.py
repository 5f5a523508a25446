"""``facilitator allocate`` as a user runs it: exit 0 stored, 1 impossible (saying what to change), 2 unreadable."""

import json

import pytest

from facilitator.core.model import Meeting, Participant, SubSession, SubSessionAssignment
from facilitator.store.document import SessionDocument

from cli_runner import run_cli as _run


@pytest.fixture(scope="module")
def conference(tmp_path_factory):
    path = tmp_path_factory.mktemp("conference") / "Praktijkconferentie.facilitator"
    result = _run("demo", path, "--scale", "conference")
    assert result.returncode == 0, result.stderr
    assert "4 sub sessions" in result.stdout
    return path


def test_the_conference_demo_is_allocated_and_stored(conference, tmp_path):
    copy = tmp_path / "c.facilitator"
    copy.write_bytes(conference.read_bytes())
    result = _run("allocate", copy, "--json")
    assert result.returncode == 0, result.stdout
    facts = json.loads(result.stdout)
    assert facts["status"] == "allocated" and facts["people"] == 78 and facts["slots"] == [1, 2]
    overall = facts["counts"]["overall"]
    assert sum(v for k, v in overall.items()) == 156 == facts["stored"]
    assert overall["4"] == 0 and overall["unranked"] == 0 and facts["worst_rank"] <= 3
    assert overall["1"] >= 70  # nearly everyone gets their first choice in one of the two rounds
    with SessionDocument.open(copy, read_only=True) as doc:
        rows = doc.all(SubSessionAssignment)
    assert len(rows) == 156

    text = _run("allocate", copy, "--seed", "5")
    assert text.returncode == 0
    assert "slot 1: 1st" in text.stdout and "overall: 1st" in text.stdout and "stored 156 assignments" in text.stdout


def test_an_impossible_allocation_says_what_to_change_and_stores_nothing(tmp_path):
    path = tmp_path / "s.facilitator"
    with SessionDocument.create(path, Meeting("T")) as doc:
        doc.add(SubSession("Alleen A", code="A", max_capacity=3, slots=[1]),
                *(Participant(f"P{i}", attributes={"preference_1": "A", "preference_2": "X"}) for i in range(5)))
    result = _run("allocate", path)
    assert result.returncode == 1
    assert "add 2 places" in result.stdout and "nothing stored" in result.stdout
    assert "preference_2 = 'X' names no sub-session" in result.stdout
    facts = json.loads(_run("allocate", path, "--json").stdout)
    assert facts["status"] == "infeasible" and facts["stored"] == 0
    assert facts["notes"][0]["kind"] == "max_too_small"


def test_a_session_without_sub_sessions_is_refused_with_a_hint(tmp_path):
    path = tmp_path / "empty.facilitator"
    assert _run("new", path).returncode == 0
    result = _run("allocate", path)
    assert result.returncode == 1 and "add them first" in result.stdout


@pytest.mark.parametrize("content", [None, b"", b"not a database at all", b"SQLite format 3\x00" + b"\x00" * 200])
def test_unreadable_files_exit_2(tmp_path, content):
    path = tmp_path / "broken.facilitator"
    if content is not None:
        path.write_bytes(content)
    result = _run("allocate", path, "--json")
    assert result.returncode == 2
    assert json.loads(result.stdout)["status"] == "unreadable"
