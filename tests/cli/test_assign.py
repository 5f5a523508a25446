"""``facilitator assign`` as a user runs it: exit 0 stored with JSON figures, 1 impossible, 2 unreadable file."""

import json

import pytest

from facilitator.core import model as m
from facilitator.store.document import SessionDocument

from cli_runner import run_cli as _run


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("assign") / "demo.facilitator"
    assert _run("demo", path).returncode == 0
    return path


def test_assign_demo_stores_the_plan_and_prints_json(demo, tmp_path):
    path = tmp_path / "copy.facilitator"
    path.write_bytes(demo.read_bytes())
    result = _run("assign", path, "--rounds", "3", "--seed", "1", "--time-limit", "3", "--json")
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout)
    for key in ("repeated_pairs", "balance_deviations", "rule_violations", "seconds", "notes", "rounds",
                "people", "tables"):
        assert key in facts
    assert facts["status"] == "stored" and facts["rule_violations"] == 0
    assert facts["balance"] == ["gender", "age_band", "district", "education"]  # what the demo marks
    assert (facts["rounds"], facts["tables"]) == (3, 8) and facts["seconds"] <= 4
    with SessionDocument.open(path, read_only=True) as doc:
        hosts = {t.host_id for t in doc.all(m.Table)}
        seats = doc.all(m.SeatAssignment)
    assert len({s.participant_id for s in seats} - hosts) == facts["people"]


def test_assign_text_and_balance_option(demo, tmp_path):
    path = tmp_path / "copy.facilitator"
    path.write_bytes(demo.read_bytes())
    result = _run("assign", path, "--balance", "gender", "--time-limit", "2")
    assert result.returncode == 0, result.stderr
    assert "balance: gender)" in result.stdout and "repeated pairs:" in result.stdout
    assert result.stdout.strip().endswith("stored")


def test_unreadable_file_exit_2(tmp_path):
    missing = _run("assign", tmp_path / "nothere.facilitator", "--json")
    assert missing.returncode == 2
    assert json.loads(missing.stdout)["status"] == "unreadable"
    junk = tmp_path / "junk.facilitator"
    junk.write_bytes(b"not a database at all" * 10)
    result = _run("assign", junk)
    assert result.returncode == 2 and result.stdout.startswith("facilitator:")


def test_more_people_than_chairs_exit_1_and_nothing_stored(tmp_path):
    path = tmp_path / "klein.facilitator"
    with SessionDocument.create(path, m.Meeting("Klein")) as doc:
        doc.add(*(m.Participant(f"P{n}") for n in range(7)))
        doc.add(m.Table("Tafel 1", capacity=4), m.TableRound(1))
    result = _run("assign", path)
    assert result.returncode == 1
    assert "7 people to seat but only 4 chairs" in result.stdout and "add tables or chairs" in result.stdout
    with SessionDocument.open(path, read_only=True) as doc:
        assert doc.all(m.SeatAssignment) == []
    facts = json.loads(_run("assign", path, "--json").stdout)
    assert facts["status"] == "impossible" and facts["reasons"]
