"""The analysis export: notes, themes, votes and actions as .xlsx (read back) and CSV (formula-safe), no names."""

import csv
import io
import zipfile
from datetime import date, datetime

import openpyxl
import pytest

from facilitator.core import model as m
from facilitator.core.progress import Cancelled, Progress
from facilitator.io.outcomes_export import (
    ACTIONS, NOTES, THEMES, VOTES, VOTES_BY_TABLE, NoOutcomes, load_outcomes, write_csv_files, write_xlsx,
)
from facilitator.store.document import SessionDocument

NAMES = ("Fatima", "Leeuwen", "Gerrit", "Berg", "fatima@example.org")
HOSTILE = "=HYPERLINK(\"http://x.example\",\"Klik\")"


@pytest.fixture
def session(tmp_path):
    """A small day: two rounds, notes (one hidden, one hostile, one by a named author), themes, a vote, actions."""
    path = tmp_path / "Warmte.facilitator"
    with SessionDocument.create(path, m.Meeting("Burgerberaad Warmte", date(2026, 3, 14), organiser="Gemeente")) as doc:
        intro, talk, vote_item = doc.add(
            m.AgendaItem("Welkom", 15, position=1),
            m.AgendaItem("Tafelronde: kansen", 45, kind=m.AgendaKind.TABLE_ROUND, position=2),
            m.AgendaItem("Stippen", 20, position=3))
        fatima, gerrit = doc.add(
            m.Participant("Fatima", "Leeuwen", infix="van", contact="fatima@example.org"),
            m.Participant("Gerrit", "Berg", infix="van den"))
        t1, t2 = doc.add(m.Table("Tafel 1", position=1), m.Table("Tafel 2", position=2))
        (rnd,) = doc.add(m.TableRound(1, talk.id))
        green, money = doc.add(m.Theme("Groen", talk.id, 1), m.Theme("Kosten", talk.id, 2))
        notes = doc.add(
            m.StickyNote("Meer bomen", talk.id, "Kansen", t1.id, rnd.id, green.id, author_id=fatima.id, position=1,
                         created_at=datetime(2026, 3, 14, 10, 5)),
            m.StickyNote(HOSTILE, talk.id, "Zorgen", t2.id, rnd.id, money.id, author_id=gerrit.id, position=2),
            m.StickyNote("- wie betaalt?", talk.id, "Vragen", t2.id, rnd.id, money.id, is_quote=True, position=3),
            m.StickyNote("Telefoon van de wethouder", talk.id, "", t1.id, rnd.id, None, hidden=True, position=4))
        (vote,) = doc.add(m.DotVote("Stippen op de thema's", vote_item.id))
        doc.add(m.VoteTally(vote.id, 7, theme_id=green.id, table_id=t1.id),
                m.VoteTally(vote.id, 2, theme_id=green.id, table_id=t2.id),
                m.VoteTally(vote.id, 5, theme_id=money.id, table_id=t2.id),
                m.VoteTally(vote.id, 3, note_id=notes[0].id, table_id=t1.id))
        doc.add(m.ActionItem("Bomenplan maken", m.ActionKind.ACTION, "Team Groen", date(2026, 5, 1), vote_item.id,
                             green.id, notes[0].id),
                m.ActionItem("+31 6 nummer niet delen", m.ActionKind.RECOMMENDATION, position=2))
    doc = SessionDocument.open(path, read_only=True)
    yield doc
    doc.close()


def _csv(path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline=""), delimiter=";"))


def test_the_sheets_hold_notes_themes_votes_and_actions_with_their_paths(session):
    out = load_outcomes(session)
    notes = out.sheet(NOTES)
    assert notes.title == "Notities" and notes.header[:4] == ("Nr", "Agendapunt", "Ronde", "Tafel")
    assert [r[6] for r in notes.rows] == ["Meer bomen", HOSTILE, "- wie betaalt?", "Telefoon van de wethouder"]
    first = notes.rows[0]
    assert first[1:6] == ["Tafelronde: kansen", 1, "Tafel 1", "Kansen", "Groen"]
    assert first[9] == 3 and first[10] == datetime(2026, 3, 14, 10, 5)  # dots on the note itself
    assert notes.rows[2][7] == "ja" and notes.rows[3][8] == "ja"  # quote; hidden, included but marked
    assert [r[:5] for r in out.sheet(THEMES).rows] == [["Groen", "Tafelronde: kansen", 1, 9, 1],
                                                        ["Kosten", "Tafelronde: kansen", 2, 5, 2]]
    assert [r[2:] for r in out.sheet(VOTES).rows] == [["thema", "Groen", 9, 1, 2], ["thema", "Kosten", 5, 2, 1],
                                                      ["notitie", "Meer bomen", 3, 3, 1]]
    assert [r[2:] for r in out.sheet(VOTES_BY_TABLE).rows] == [
        ["Groen", "Tafel 1", 7], ["Groen", "Tafel 2", 2], ["Kosten", "Tafel 2", 5], ["Meer bomen", "Tafel 1", 3]]
    action = out.sheet(ACTIONS).rows[0]
    assert action == ["Actiepunt", "Bomenplan maken", "Team Groen", date(2026, 5, 1), "Stippen", "Groen", 9,
                      "Meer bomen"]
    english = load_outcomes(session, "en")
    assert english.sheet(NOTES).title == "Notes" and english.sheet(ACTIONS).rows[1][0] == "Recommendation"
    assert len(load_outcomes(session, include_hidden=False).sheet(NOTES).rows) == 3


def test_the_workbook_reads_back_with_a_bold_frozen_filtered_header_and_real_dates(session, tmp_path):
    target = write_xlsx(load_outcomes(session), tmp_path / "uitkomsten.xlsx")
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Notities", "Thema's", "Stemmen", "Stemmen per tafel", "Acties en aanbevelingen"]
    sheet = book["Notities"]
    assert sheet["A1"].value == "Nr" and sheet["A1"].font.b and not sheet["A2"].font.b
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:K5"
    assert 6 <= sheet.column_dimensions["A"].width < sheet.column_dimensions["G"].width <= 60
    assert sheet["G3"].value == HOSTILE and sheet["G3"].data_type == "s"  # text, never a formula
    assert sheet["K2"].value == datetime(2026, 3, 14, 10, 5) and sheet["K2"].number_format.startswith("dd-mm-yyyy")
    actions = book["Acties en aanbevelingen"]
    assert actions["D2"].value == datetime(2026, 5, 1) and actions["B3"].value == "+31 6 nummer niet delen"
    assert book.properties.title == "Burgerberaad Warmte" and book.properties.creator == "Gemeente"


def test_csv_files_one_per_sheet_are_formula_safe(session, tmp_path):
    written = write_csv_files(load_outcomes(session), tmp_path, "Warmte")
    assert [p.name for p in written] == ["Warmte - notities.csv", "Warmte - themas.csv", "Warmte - stemmen.csv",
                                         "Warmte - stemmen-per-tafel.csv", "Warmte - acties.csv"]
    notes = _csv(tmp_path / "Warmte - notities.csv")
    assert notes[0][6] == "Notitie"
    assert notes[2][6] == "'" + HOSTILE and notes[3][6] == "'- wie betaalt?"
    assert notes[1][10] == "2026-03-14 10:05"
    actions = _csv(tmp_path / "Warmte - acties.csv")
    assert actions[1][3] == "2026-05-01" and actions[2][1] == "'+31 6 nummer niet delen"


def test_no_participant_name_author_or_contact_anywhere(session, tmp_path):
    outcomes = load_outcomes(session)
    write_xlsx(outcomes, tmp_path / "a.xlsx")
    write_csv_files(outcomes, tmp_path, "x")
    with zipfile.ZipFile(tmp_path / "a.xlsx") as package:
        blobs = [package.read(name).decode("utf-8") for name in package.namelist()]
    blobs += [p.read_text(encoding="utf-8-sig") for p in tmp_path.glob("*.csv")]
    for name in NAMES:
        assert not any(name in blob for blob in blobs), name
    assert not any("Auteur" in h or "Author" in h for s in outcomes.sheets for h in s.header)


def test_nothing_to_export_and_cancel_writes_nothing(tmp_path, session):
    path = tmp_path / "leeg.facilitator"
    with SessionDocument.create(path, m.Meeting("Leeg")) as empty:
        with pytest.raises(NoOutcomes):
            load_outcomes(empty)
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        write_xlsx(load_outcomes(session), tmp_path / "weg.xlsx", progress)
    with pytest.raises(Cancelled):
        write_csv_files(load_outcomes(session), tmp_path, "weg", progress)
    assert list(tmp_path.glob("weg*")) == []


@pytest.mark.slow
def test_a_g1000_sized_session_exports_quickly(tmp_path):
    from facilitator.core.clock import MonotonicClock

    path = tmp_path / "groot.facilitator"
    with SessionDocument.create(path, m.Meeting("Groot")) as doc:
        (item,) = doc.add(m.AgendaItem("Ronde", 60))
        tables = doc.add(*[m.Table(f"Tafel {n}", position=n) for n in range(1, 101)])
        doc.add(*[m.StickyNote(f"Notitie {n}", item.id, table_id=tables[n % 100].id, position=n)
                  for n in range(10_000)])
        clock = MonotonicClock()
        started = clock.now()
        outcomes = load_outcomes(doc)
        write_xlsx(outcomes, tmp_path / "groot.xlsx")
        assert clock.now() - started < 15
    sheet = openpyxl.load_workbook(tmp_path / "groot.xlsx", read_only=True)["Notities"]
    assert sum(1 for _ in sheet.iter_rows(values_only=True)) == 10_001
