"""Table lists and table signs as .docx: content, order, language and page set-up, read back with python-docx."""

from datetime import date

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Cm

from facilitator.core import model as m
from facilitator.core.progress import Cancelled, Progress
from facilitator.io.seating_snapshot import NothingToExport, load_seating, long_date
from facilitator.io.table_lists import sign_font_size, write_table_lists, write_table_signs
from facilitator.store.document import SessionDocument


@pytest.fixture
def doc(tmp_path):
    """Two tables, two rounds; Tafel 2 has no host and no step-free access; one round seats nobody at Tafel 2."""
    document = SessionDocument.create(tmp_path / "s.facilitator", m.Meeting(
        "Burgerberaad Warmte", date(2026, 3, 14), organiser="Gemeente Zuidhaege"))
    host, gerrit, fatima, anna, koen, zoe = document.add(
        m.Participant("Marloes", "Verbeek", role=m.Role.TABLE_HOST),
        m.Participant("Gerrit", "Berg", infix="van den"),
        m.Participant("Fatima", "Leeuwen", infix="van"),
        m.Participant("Anna", "Bouzid"),
        m.Participant("Koen", "Aalders"),
        m.Participant("Zoë", "Çelik"),
    )
    t1, t2 = document.add(m.Table("Tafel 1", 6, host.id, True, 0), m.Table("Tafel 2", 6, None, False, 1))
    r1, r2 = document.add(m.TableRound(1, title="Kansen en zorgen"), m.TableRound(2))
    document.add(*[m.SeatAssignment(r, p.id, t.id) for r, p, t in [
        (r1.id, host, t1), (r1.id, gerrit, t1), (r1.id, fatima, t1), (r1.id, anna, t1),
        (r1.id, koen, t2), (r1.id, zoe, t2),
        (r2.id, host, t1), (r2.id, koen, t1), (r2.id, zoe, t1), (r2.id, gerrit, t1), (r2.id, fatima, t1),
        (r2.id, anna, t1),
    ]])
    yield document
    document.close()


def _texts(cell) -> list[str]:
    return [p.text for p in cell.paragraphs if p.text]


def test_table_lists_one_part_per_round_with_host_access_and_names_alphabetical(doc, tmp_path):
    path = write_table_lists(load_seating(doc), tmp_path / "lijsten.docx")
    word = Document(str(path))
    headings = [p for p in word.paragraphs if p.style.name == "Heading 1"]
    assert [h.text for h in headings] == ["Ronde 1 · Kansen en zorgen", "Ronde 2"]
    assert not headings[0].paragraph_format.page_break_before and headings[1].paragraph_format.page_break_before
    assert len(word.tables) == 2
    first = word.tables[0].rows[0].cells
    assert _texts(first[0]) == [  # Dutch order, without the infix: Berg, Bouzid, Leeuwen
        "Tafel 1", "rolstoeltoegankelijk · 3 deelnemers", "Gastvrouw/gastheer: Marloes Verbeek",
        "Gerrit van den Berg", "Anna Bouzid", "Fatima van Leeuwen"]
    assert _texts(first[1]) == ["Tafel 2", "2 deelnemers", "Koen Aalders", "Zoë Çelik"]  # no host, not accessible
    second = word.tables[1].rows[0].cells
    assert _texts(second[0])[3:] == ["Koen Aalders", "Gerrit van den Berg", "Anna Bouzid", "Zoë Çelik",
                                     "Fatima van Leeuwen"]
    assert _texts(second[1]) == ["Tafel 2", "0 deelnemers", "niemand"]
    # a table's block never breaks across pages
    for table in word.tables:
        for row in table.rows:
            assert row._tr.trPr.find(qn("w:cantSplit")) is not None


def test_table_lists_page_is_a4_portrait_with_meeting_in_the_header(doc, tmp_path):
    word = Document(str(write_table_lists(load_seating(doc), tmp_path / "l.docx")))
    section = word.sections[0]
    assert section.orientation == WD_ORIENT.PORTRAIT
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    header = section.header.paragraphs[0].text
    assert header == "Burgerberaad Warmte · zaterdag 14 maart 2026\tTafellijsten"
    assert word.core_properties.title == "Burgerberaad Warmte — Tafellijsten"
    assert "PAGE" in section.footer._element.xml


def test_english_meeting_gets_english_words(doc, tmp_path):
    meeting = doc.meeting()
    meeting.language = "en"
    doc.update(meeting)
    word = Document(str(write_table_lists(load_seating(doc), tmp_path / "l.docx")))
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["Round 1 · Kansen en zorgen", "Round 2"]
    cells = word.tables[0].rows[0].cells
    assert _texts(cells[0])[1:3] == ["wheelchair accessible · 3 participants", "Table host: Marloes Verbeek"]
    assert word.sections[0].header.paragraphs[0].text.endswith("Saturday 14 March 2026\tTable lists")
    signs = Document(str(write_table_signs(load_seating(doc), tmp_path / "s.docx")))
    assert "Round 1" in [p.text for p in signs.tables[0].rows[0].cells[0].paragraphs]


def test_table_signs_one_landscape_page_per_table_with_names_per_round(doc, tmp_path):
    word = Document(str(write_table_signs(load_seating(doc), tmp_path / "kaarten.docx")))
    section = word.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE and section.page_width > section.page_height
    assert abs(section.page_width - Cm(29.7)) < Cm(0.01)
    names = [p for p in word.paragraphs if p.text in ("Tafel 1", "Tafel 2")]
    assert [p.text for p in names] == ["Tafel 1", "Tafel 2"]
    assert not names[0].paragraph_format.page_break_before and names[1].paragraph_format.page_break_before
    assert max(r.font.size.pt for r in names[0].runs) >= 40  # the table name is big
    assert "Gastvrouw/gastheer: Marloes Verbeek  ·  rolstoeltoegankelijk" in [p.text for p in word.paragraphs]
    first, second = word.tables  # one per sign, a column per round: the headings in one row, the names below
    assert len(first.columns) == 2 and len(first.rows) == 2
    assert [_texts(c) for c in first.rows[0].cells] == [["Ronde 1", "Kansen en zorgen"], ["Ronde 2"]]
    assert _texts(first.rows[1].cells[0]) == ["Gerrit van den Berg", "Anna Bouzid", "Fatima van Leeuwen"]
    assert len(_texts(first.rows[1].cells[1])) == 5
    assert _texts(second.rows[1].cells[1]) == ["—"]  # nobody at Tafel 2 in round 2
    name_sizes = [r.font.size.pt for p in first.rows[1].cells[0].paragraphs for r in p.runs]
    assert min(name_sizes) >= 18  # readable from a chair


def test_sign_font_size_shrinks_for_many_rounds_long_names_and_long_lists():
    assert sign_font_size(3, 8, 18) >= 20
    assert sign_font_size(5, 10, 30) < sign_font_size(3, 10, 30)
    assert sign_font_size(3, 20, 10) < sign_font_size(3, 8, 10)
    assert sign_font_size(10, 40, 60) == 11  # never smaller than 11 pt


def test_nothing_to_export(tmp_path):
    with SessionDocument.create(tmp_path / "e.facilitator", m.Meeting("Leeg")) as empty:
        snapshot = load_seating(empty)
        with pytest.raises(NothingToExport) as caught:
            write_table_signs(snapshot, tmp_path / "x.docx")
        assert caught.value.reason == "no_tables"
        empty.add(m.Table("Tafel 1"))
        snapshot = load_seating(empty)
        with pytest.raises(NothingToExport) as caught:
            write_table_lists(snapshot, tmp_path / "x.docx")
        assert caught.value.reason == "no_seating"
        write_table_signs(snapshot, tmp_path / "signs.docx")  # signs need only tables
    assert not (tmp_path / "x.docx").exists()
    assert Document(str(tmp_path / "signs.docx")).paragraphs[0].text == "Tafel 1"


def test_progress_is_reported_and_cancel_stops_without_a_file(doc, tmp_path):
    steps = []
    write_table_lists(load_seating(doc), tmp_path / "a.docx", Progress(lambda d, t, _: steps.append((d, t))))
    assert steps[0] == (0, 2) and steps[-1] == (2, 2)
    cancelled = Progress()
    cancelled.cancel()
    with pytest.raises(Cancelled):
        write_table_signs(load_seating(doc), tmp_path / "b.docx", cancelled)
    assert not (tmp_path / "b.docx").exists() and list(tmp_path.glob(".b.docx*")) == []


def test_long_date_in_both_languages():
    assert long_date(date(2026, 3, 14), "nl") == "zaterdag 14 maart 2026"
    assert long_date(date(2026, 3, 14), "en") == "Saturday 14 March 2026"
    assert long_date(None, "nl") == ""


def test_the_demo_day_has_a_page_per_round_and_every_seated_person(tmp_path):
    from facilitator.demo.burgerberaad import build_demo

    path = build_demo(tmp_path / "demo.facilitator")
    with SessionDocument.open(path, read_only=True) as demo:
        snapshot = load_seating(demo)
    word = Document(str(write_table_lists(snapshot, tmp_path / "l.docx")))
    assert len([p for p in word.paragraphs if p.style.name == "Heading 1"]) == len(snapshot.rounds)
    listed = "\n".join(c.text for t in word.tables for row in t.rows for c in row.cells)
    for rnd in snapshot.rounds:
        for table in snapshot.tables:
            for person in snapshot.seated(rnd.id, table):
                assert person.display_name in listed
