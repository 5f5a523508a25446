"""The five main screens on a real session file: what each shows, and that it stays fast on a G1000."""

import os
import time
from pathlib import Path

import pytest
from fixtures_views import build_large, build_small
from PySide6.QtCore import Qt

from facilitator.core.model import AgendaItem, Meeting, Table
from facilitator.store.document import SessionDocument
from facilitator.ui.views import MAIN_VIEWS, AgendaView, NotesView, ParticipantsView, ReportView, TablesView



@pytest.fixture(scope="module")
def small_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("views") / "Burgerberaad.facilitator"
    build_small(path).close()
    return path


@pytest.fixture
def doc(small_path):
    document = SessionDocument.open(small_path, read_only=True)
    yield document
    document.close()


def shown(qtbot, cls, document):
    view = cls()
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.set_document(document)
    return view


def column(model, col, rows=None):
    return [model.index(r, col).data() for r in range(rows if rows is not None else model.rowCount())]


def test_agenda_shows_the_programme_on_the_clock(qtbot, doc):
    view = shown(qtbot, AgendaView, doc)
    assert view.model.rowCount() == 10
    assert column(view.model, 0) == ["09:30", "10:00", "10:15", "10:45", "11:30", "11:45", "12:45", "13:30",
                                     "14:15", "15:00"]
    assert column(view.model, 3)[:2] == ["Break", "Plenary"]
    assert view.model.index(6, 5).data() == "12:45"  # the pinned lunch
    assert view.header.title_label.text() == "Burgerberaad Warmtetransitie Zuiderveen"
    assert "Dorpshuis De Schakel" in view.header.subtitle_label.text()
    assert view.header.figure("planned end") == "15:30"
    assert view.header.figure("min behind plan") == "+11"
    warnings = view.header.warnings_label.text()
    assert "Lunch" in warnings and "15 min unplanned" in warnings and "run 15 min into it" in warnings
    # the running item is selected; its notes and work form are in the side panel
    assert view.table.currentIndex().row() == 3
    assert view.panel.notes_label.text() == "Let op: tafel 2 heeft geen rolstoelplek."
    assert view.panel.form_heading.text() == "Work form: World Café"
    assert view.panel.categories.texts() == ["Kansen", "Zorgen", "Vragen"]
    assert "Gesprek aan tafel" in view.panel.steps_label.text()
    view.table.setCurrentIndex(view.model.index(6, 0))
    assert view.panel.title_label.text() == "Lunch"
    assert "Pinned at 12:45" in view.panel.pin_label.text()


def test_participants_table_filters_and_counts(qtbot, doc):
    view = shown(qtbot, ParticipantsView, doc)
    assert view.model.rowCount() == 20 and view.proxy.rowCount() == 20
    names = column(view.proxy, 0)
    assert names[:4] == ["Noor el Amrani", "Els Bakker", "Gerrit van den Berg", "Anna Bouzid"]
    assert names[-1] == "Mehmet Yilmaz"
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())]
    assert headers == ["Name", "Role", "Attendance", "Geslacht", "Leeftijd", "Wijk", "Opleiding", "Houding", "Needs"]
    assert "Present: 16" in view.summary.texts() and "Walk-in: 2" in view.summary.texts()
    assert view.composition.texts() == ["man: 7 (50%)", "vrouw: 7 (50%)"]
    view.attribute_box.setCurrentIndex(view.attribute_box.findData("wijk"))
    assert view.composition.texts() == ["Centrum: 3 (21%)", "Noord: 3 (21%)", "Oost: 3 (21%)", "West: 3 (21%)",
                                        "Zuid: 2 (14%)"]  # of the 14 here: absent Ingrid and invited Bram not
    view.search.setText("west laag")
    assert column(view.proxy, 0) == ["Fatima van Leeuwen"]
    assert view.shown_label.text() == "Showing 1 of 20"
    view.search.setText("rolstoel")
    assert column(view.proxy, 0) == ["Gerrit van den Berg", "Henk Dekker"]
    view.search.clear()
    view.attendance_box.setCurrentIndex(view.attendance_box.findData("absent"))
    assert column(view.proxy, 0) == ["Ingrid Peters"]


def test_tables_show_who_sits_where_per_round(qtbot, doc):
    view = shown(qtbot, TablesView, doc)
    assert view.round_bar.count() == 2
    cards = view.model.cards()
    assert [c.table.name for c in cards] == ["Tafel 1", "Tafel 2", "Tafel 3"]
    assert [c.fill for c in cards] == [6, 6, 5]
    assert cards[0].seats[0].name == "Marloes Hendriks" and cards[0].seats[0].is_host
    assert not cards[1].table.accessible
    view.search.setText("yilmaz")
    assert view.model.matching_rows() == [1]
    assert "Tafel 2" in view.found_label.text()
    view.round_bar.setCurrentIndex(1)
    assert [c.fill for c in view.model.cards()] == [6, 5, 6]
    assert view.model.matching_rows() == [0]
    assert "Tafelronde 2: oplossingsrichtingen" in view.round_label.text()


def test_tables_without_rounds_still_show_the_tables(qtbot, tmp_path):
    document = SessionDocument.create(tmp_path / "leeg.facilitator", Meeting("Inloopavond"))
    document.add(Table("Tafel A", 6), Table("Tafel B", 8, accessible=False))
    view = shown(qtbot, TablesView, document)
    assert [c.table.name for c in view.model.cards()] == ["Tafel A", "Tafel B"]
    assert view.round_bar.isHidden()
    assert view.round_label.text() == "No table rounds yet: the tables are shown without seating."
    document.close()


def test_notes_board_ranking_list_and_actions(qtbot, doc):
    view = shown(qtbot, NotesView, doc)
    assert view.item_box.currentText() == "Tafelronde 1: kansen en zorgen (11 notes)"
    columns = view.board.columns
    assert [c.title_label.text() for c in columns] == ["Kansen", "Zorgen", "Vragen", "Overig"]
    zorgen = columns[1].model
    entries = [zorgen.entry(r) for r in range(zorgen.rowCount())]
    assert [(e.kind, e.title) for e in entries][0] == ("header", "Kosten")
    assert (entries[0].count, entries[0].dots) == (3, 8)
    assert entries[-2].title == "Not clustered" and entries[-1].title == "Geluid van buitenunits"
    assert entries[1].table == "Tafel 1"
    ranking = view.ranking.model
    assert [(ranking.row(r).ranked.rank, ranking.row(r).name) for r in range(ranking.rowCount())] == [
        (1, "Samen doen"), (2, "Kosten"), (3, "Informatie")]
    assert "Quotes: 1" in view.item_figures.texts() and "Hidden: 1" in view.item_figures.texts()
    # the voting item has no notes of its own: the ranking of its vote, with a shared place
    voting_item = doc.all(AgendaItem)[7]
    view.item_box.setCurrentIndex(view.item_box.findData(voting_item.id))
    assert view.item_box.currentText() == "Stippenstemmen op de oplossingsrichtingen (no notes)"
    assert [c for c in view.board.columns if c.isVisible()] == []
    rows = [ranking.row(r) for r in range(ranking.rowCount())]
    assert [(r.ranked.rank, r.name, r.ranked.dots) for r in rows] == [
        (1, "Isolatie eerst", 21), (2, "Samen doen", 13), (2, "Collectieve warmtepomp", 13), (4, "Kosten", 8),
        (5, "Informatie", 2)]
    assert view.list_model.rowCount() == 17
    view.search.setText("kosten")
    assert view.proxy.rowCount() == 3
    view.search.setText("hidden")
    assert column(view.proxy, 0) == ["Telefoonnummer van de wethouder"]
    view.search.clear()
    view.note_table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # a click on the Theme header
    assert column(view.proxy, 2)[:2] == ["Samen doen", "Samen doen"]
    assert view.action_model.rowCount() == 5
    assert column(view.action_model, 0) == ["Action"] * 3 + ["Recommendation"] * 2


def test_report_preview_shows_key_figures_themes_actions_and_programme(qtbot, doc):
    view = shown(qtbot, ReportView, doc)
    figures = {t.caption_label.text(): t.value_label.text() for t in view.header.tiles}
    # 17 notes, one of them hidden: what the report holds is 16
    assert figures == {"participants present / invited": "14 / 16", "tables": "3", "table rounds": "2",
                       "notes": "16", "themes": "5", "dots": "57", "action items": "3", "recommendations": "2"}
    top = view.top_themes.model
    assert [column(top, c, 2) for c in range(4)] == [
        ["1", "2"], ["Isolatie eerst", "Samen doen"],
        ["Tafelronde 2: oplossingsrichtingen", "Tafelronde 1: kansen en zorgen"], ["21", "13"]]
    assert view.action_model.rowCount() == 5
    assert view.programme_model.recorded() == 3
    assert column(view.programme_model, 5, 3) == ["+2", "+3", "+5"]
    assert view.programme_caption.text() == "Times recorded for 3 of 10 items."


@pytest.mark.parametrize("cls", MAIN_VIEWS)
def test_every_view_shows_nothing_without_a_document_and_renders(qtbot, doc, cls, tmp_path):
    view = shown(qtbot, cls, doc)
    assert view.key and view.title()
    image = view.grab().toImage()
    assert image.width() >= 1280 and not image.isNull()
    folder = Path(os.environ.get("FACILITATOR_VIEWS_PNG", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    assert view.grab().save(str(folder / f"{cls.key}.png"))
    view.set_document(None)
    view.grab()


@pytest.mark.slow
def test_views_open_a_g1000_session_well_under_a_second(qtbot, tmp_path):
    """1,000 people, 100 tables, 4 rounds, 10,000 notes: set_document + refresh of each screen."""
    path = tmp_path / "g1000.facilitator"
    try:
        from facilitator.demo import build_g1000
        build_g1000(path)
    except ImportError:
        build_large(path).close()
    document = SessionDocument.open(path, read_only=True)
    timings, views = {}, {}
    for cls in MAIN_VIEWS:
        view = views[cls.key] = cls()
        qtbot.addWidget(view)
        view.resize(1280, 800)
        view.show()
        started = time.perf_counter()
        view.set_document(document)
        timings[cls.key] = time.perf_counter() - started
        view.grab()
    for key, needle in (("participants", "noord vrouw"), ("notes", "woning")):  # a keystroke in the filter box
        started = time.perf_counter()
        views[key].search.setText(needle)
        timings[f"{key} filter"] = time.perf_counter() - started
        assert 0 < views[key].proxy.rowCount() < views[key].proxy.sourceModel().rowCount()
    started = time.perf_counter()
    views["tables"].round_bar.setCurrentIndex(3)
    timings["tables round switch"] = time.perf_counter() - started
    document.close()
    print({key: f"{seconds * 1000:.0f} ms" for key, seconds in timings.items()})
    assert max(timings.values()) < 0.8, timings
