"""``facilitator new`` and ``facilitator info`` as a user runs them, in a subprocess."""

import json
import subprocess
import sys


def _run(*args):
    return subprocess.run([sys.executable, "-m", "facilitator", *args], capture_output=True, text=True, timeout=60)


def test_new_then_info_json(tmp_path):
    path = tmp_path / "Avond.facilitator"
    made = _run("new", str(path), "--title", "Inloopavond Stationsplein", "--date", "2026-12-03")
    assert made.returncode == 0, made.stderr
    info = _run("info", str(path), "--json")
    assert info.returncode == 0, info.stderr
    facts = json.loads(info.stdout)
    assert facts["schema_version"] >= 1 and facts["integrity"] == "ok"
    assert facts["meeting"]["title"] == "Inloopavond Stationsplein"
    assert facts["meeting"]["date"] == "2026-12-03"
    for key in ("participants", "agenda_items", "tables", "rounds", "notes", "themes", "votes", "actions"):
        assert facts["counts"][key] == 0


def test_info_text_names_the_counts(tmp_path):
    path = tmp_path / "a.facilitator"
    _run("new", str(path))
    out = _run("info", str(path)).stdout
    assert "integrity ok" in out and "participants" in out


def test_new_refuses_to_overwrite_in_one_line(tmp_path):
    path = tmp_path / "a.facilitator"
    path.write_text("iets")
    result = _run("new", str(path))
    assert result.returncode != 0
    assert "already exists" in result.stderr and "Traceback" not in result.stderr
    assert path.read_text() == "iets"


def test_info_on_a_damaged_or_foreign_file_exits_non_zero_without_traceback(tmp_path):
    path = tmp_path / "kapot.facilitator"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    result = _run("info", str(path), "--json")
    assert result.returncode != 0
    facts = json.loads(result.stdout)
    assert facts["integrity"] == "error" and str(path) in facts["error"]
    assert "Traceback" not in result.stderr + result.stdout
    plain = _run("info", str(tmp_path / "bestaat-niet.facilitator"))
    assert plain.returncode != 0 and "no such file" in plain.stdout and len(plain.stdout.strip().splitlines()) == 1


def test_debug_flag_shows_the_traceback(tmp_path):
    path = tmp_path / "a.facilitator"
    path.write_text("x")
    result = _run("new", str(path), "--debug")
    assert result.returncode != 0 and "Traceback" in result.stderr


def test_info_describes_a_file_of_an_older_schema_without_touching_it(tmp_path):
    from sqlalchemy import create_engine, text

    from facilitator.store.migrate import HEAD_VERSION, upgrade

    path = tmp_path / "oud.facilitator"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        upgrade(conn, 1)
        conn.execute(text("INSERT INTO meeting (id, title, venue, organiser, language, day_start, description) "
                          "VALUES (1, 'Oud beraad', '', '', 'nl', '09:30:00.000000', '')"))
    engine.dispose()
    before = path.read_bytes()
    result = _run("info", str(path), "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    facts = json.loads(result.stdout)
    assert facts["schema_version"] == 1 and facts["app_schema_version"] == HEAD_VERSION
    assert facts["meeting"]["title"] == "Oud beraad" and facts["counts"]["agenda_items"] == 0
    assert path.read_bytes() == before
