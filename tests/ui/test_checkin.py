"""Check-in at the door with the keyboard: type a name, Enter; the tick box and Space; walk-ins; live counts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from facilitator.core import model as m
from facilitator.store.document import SessionDocument
from facilitator.ui.models.participant_model import ATTENDANCE
from facilitator.ui.person_dialog import PersonDialog
from facilitator.ui.views import ParticipantsView


@pytest.fixture
def path(tmp_path):
    file = tmp_path / "Burgerberaad.facilitator"
    with SessionDocument.create(file, m.Meeting("Burgerberaad", balance_attributes=["gender"])) as doc:
        doc.add(
            m.Participant("Fatima", "Leeuwen", "van", attributes={"gender": "vrouw"}),
            m.Participant("Koen", "Vries", "de", attributes={"gender": "man"}),
            m.Participant("Gerrit", "Berg", "van den", attributes={"gender": "man"}),
            m.Participant("Anna", "Bouzid", attributes={"gender": "vrouw"}, attendance=m.Attendance.ABSENT),
        )
    return file


@pytest.fixture
def view(show_screen, doc, translations):
    return show_screen(ParticipantsView(), doc)


def attendance(path) -> dict[str, m.Attendance]:
    with SessionDocument.open(path, read_only=True) as document:
        return {p.first_name: p.attendance for p in document.all(m.Participant)}


def type_and_enter(qtbot, view, text: str) -> None:
    view.search.clear()
    qtbot.keyClicks(view.search, text)
    qtbot.keyClick(view.search, Qt.Key.Key_Return)


def test_typing_a_name_and_enter_checks_the_person_in(qtbot, view, path):
    assert "Present: 0" in view.summary.texts() and "Still expected: 3" in view.summary.texts()
    type_and_enter(qtbot, view, "koen")
    assert attendance(path)["Koen"] == m.Attendance.PRESENT
    assert view.search.text() == ""  # ready for the next one
    assert view.notice.label.text() == "Koen de Vries is checked in." and view.notice.undo_button.isVisible()
    assert "Present: 1" in view.summary.texts() and "Still expected: 2" in view.summary.texts()
    assert view.composition_label.text() == "Composition of the 1 participants here, by"
    koen = view.model.row_of(next(p.id for p in view.model.people if p.first_name == "Koen"))
    assert view.model.index(koen, ATTENDANCE).data() == "Present"
    assert view.model.index(koen, ATTENDANCE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    view.notice.undo_button.click()
    assert attendance(path)["Koen"] == m.Attendance.INVITED and "Present: 0" in view.summary.texts()


def test_several_matches_ask_for_a_choice_with_the_arrow_keys(qtbot, view, path):
    type_and_enter(qtbot, view, "van")  # Fatima van Leeuwen and Gerrit van den Berg
    assert "2 people match “van”" in view.notice.label.text()
    assert set(attendance(path).values()) == {m.Attendance.INVITED, m.Attendance.ABSENT}
    qtbot.keyClick(view.search, Qt.Key.Key_Down)  # from the first match (Gerrit) to the second (Fatima)
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert attendance(path)["Fatima"] == m.Attendance.PRESENT and attendance(path)["Gerrit"] == m.Attendance.INVITED
    type_and_enter(qtbot, view, "nobody here")
    assert "Nobody matches “nobody here”" in view.notice.label.text() and "Walk-in" in view.notice.label.text()
    type_and_enter(qtbot, view, "fatima")
    assert "already checked in" in view.notice.label.text()


def test_the_tick_box_and_space_mark_present_and_absent(qtbot, view, path):
    model = view.model
    gerrit = model.row_of(next(p.id for p in model.people if p.first_name == "Gerrit"))
    assert model.flags(model.index(gerrit, ATTENDANCE)) & Qt.ItemFlag.ItemIsUserCheckable
    model.setData(model.index(gerrit, ATTENDANCE), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert attendance(path)["Gerrit"] == m.Attendance.PRESENT
    model.setData(model.index(gerrit, ATTENDANCE), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert attendance(path)["Gerrit"] == m.Attendance.ABSENT
    assert view.notice.label.text() == "Gerrit van den Berg is marked absent."
    view.select_person(model.person(gerrit).id)
    qtbot.keyClick(view.table, Qt.Key.Key_Space)
    assert attendance(path)["Gerrit"] == m.Attendance.PRESENT
    assert "Absent: 1" in view.summary.texts()  # Anna


def test_checking_in_under_the_expected_filter_takes_the_person_off_the_list(qtbot, view, path):
    view.attendance_box.setCurrentIndex(view.attendance_box.findData(m.Attendance.INVITED.value))
    assert view.proxy.rowCount() == 3
    type_and_enter(qtbot, view, "koen")
    assert view.proxy.rowCount() == 2 and view.shown_label.text() == "Showing 2 of 4"


def test_a_walk_in_is_added_in_a_short_dialog_named_from_the_search(qtbot, view, doc, path):
    type_and_enter(qtbot, view, "Priya Ramdin")  # not on the list
    view.walk_in_button.click()
    dialog = view.findChildren(PersonDialog)[-1]
    assert dialog.windowTitle() == "Walk-in"
    assert (dialog.first_name.text(), dialog.last_name.text()) == ("Priya", "Ramdin")
    assert not dialog.role.isVisibleTo(dialog) and not dialog.pairs.isVisibleTo(dialog)
    assert dialog.attributes.box("gender") is not None  # the attribute the tables are balanced on
    dialog.attributes.set_value("gender", "vrouw")
    dialog.accept()
    assert attendance(path)["Priya"] == m.Attendance.WALK_IN
    assert "Walk-in: 1" in view.summary.texts() and view.selected().display_name == "Priya Ramdin"
    assert view.search.text() == "" and "added as a walk-in" in view.notice.label.text()
    priya = next(p for p in doc.all(m.Participant) if p.first_name == "Priya")
    assert priya.attributes == {"gender": "vrouw"} and priya.role == m.Role.PARTICIPANT


def test_check_in_is_fast_on_a_g1000_list(qtbot, tmp_path, translations):
    import time

    file = tmp_path / "G1000.facilitator"
    with SessionDocument.create(file, m.Meeting("G1000")) as document:
        document.add(*(m.Participant(f"Voornaam{i}", f"Achternaam{i}", attributes={"gender": "man"})
                       for i in range(1000)))
    with SessionDocument.open(file) as document:
        screen = ParticipantsView()
        qtbot.addWidget(screen)
        screen.show()
        screen.set_document(document)
        qtbot.keyClicks(screen.search, "voornaam517 ")
        started = time.perf_counter()
        qtbot.keyClick(screen.search, Qt.Key.Key_Return)
        seconds = time.perf_counter() - started
        assert "Voornaam517 Achternaam517 is checked in." == screen.notice.label.text()
        assert seconds < 0.5, seconds
