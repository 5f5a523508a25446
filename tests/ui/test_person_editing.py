"""Editing people by hand on the Participants screen: add, edit, delete, attributes, keep-together/apart pairs.
Every change is checked again after reopening the session file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from facilitator.core import model as m
from facilitator.store.document import SessionDocument
from facilitator.ui.person_dialog import PersonDialog, save_person
from facilitator.ui.views import ParticipantsView
from facilitator.ui.widgets.person_picker import PersonPicker


@pytest.fixture
def path(tmp_path):
    file = tmp_path / "Burgerberaad.facilitator"
    meeting = m.Meeting("Burgerberaad", balance_attributes=["gender", "district"])
    with SessionDocument.create(file, meeting) as doc:
        doc.add(
            m.Participant("Fatima", "Leeuwen", "van", attributes={"gender": "vrouw", "district": "West", "age": "64",
                                                                  "age_band": "45-64"}),
            m.Participant("Koen", "Vries", "de", attributes={"gender": "man", "district": "Noord"}),
            m.Participant("Gerrit", "Berg", "van den", attributes={"gender": "man", "district": "West"},
                          needs=["rolstoel"]),
        )
    return file


@pytest.fixture
def view(show_screen, doc, translations):
    return show_screen(ParticipantsView(), doc)


def reopened(path) -> tuple[dict[str, m.Participant], list[m.PairRule]]:
    with SessionDocument.open(path, read_only=True) as document:
        return {p.display_name: p for p in document.all(m.Participant)}, document.all(m.PairRule)


def pairs_by_name(people: dict[str, m.Participant], rules: list[m.PairRule]) -> set[tuple[str, str, bool]]:
    names = {p.id: name for name, p in people.items()}
    return {(*sorted((names[r.first_id], names[r.second_id])), r.together) for r in rules}


def test_a_new_person_is_saved_with_attributes_needs_and_a_keep_together_pair(view, doc, path):
    dialog = view.open_person_dialog()
    assert dialog.windowTitle() == "Add participant"
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()  # no name yet
    dialog.first_name.setText("Priya")
    dialog.last_name.setText("Ramdin")
    dialog.role.setCurrentIndex(dialog.role.findData(m.Role.TABLE_HOST.value))
    dialog.contact.setText("priya@voorbeeld.nl")
    dialog.number.setText("77")
    # the session's known keys are offered, each with the values it already uses
    gender = dialog.attributes.box("gender")
    assert [gender.itemText(i) for i in range(gender.count())] == ["", "man", "vrouw"]
    assert dialog.attributes.box("district") is not None and dialog.attributes.box("age") is not None
    dialog.attributes.set_value("gender", "vrouw")
    dialog.attributes.set_value("age", "38")
    dialog.attributes.add_key("Postcode")
    dialog.attributes.set_value("Postcode", "4811 AA")
    dialog.need_boxes["ringleiding"].setChecked(True)
    dialog.other_needs.setText("glutenvrij")
    koen = next(p for p in doc.all(m.Participant) if p.first_name == "Koen")
    dialog.pairs.together.add_person(koen.id)
    dialog.accept()
    assert dialog.saved is not None and view.selected().display_name == "Priya Ramdin"
    assert view.model.rowCount() == 4
    people, rules = reopened(path)
    priya = people["Priya Ramdin"]
    assert priya.role == m.Role.TABLE_HOST and priya.contact == "priya@voorbeeld.nl" and priya.external_ref == "77"
    assert priya.attributes == {"gender": "vrouw", "age": "38", "age_band": "30-44", "Postcode": "4811 AA"}
    assert priya.needs == ["ringleiding", "glutenvrij"]
    assert pairs_by_name(people, rules) == {("Koen de Vries", "Priya Ramdin", True)}


def test_editing_changes_the_person_and_their_pairs(view, doc, path):
    assert view.select_person(next(p.id for p in doc.all(m.Participant) if p.first_name == "Gerrit"))
    dialog = view.edit_selected()
    assert dialog.windowTitle() == "Edit participant"
    assert dialog.infix.text() == "van den" and dialog.need_boxes["rolstoel"].isChecked()
    assert dialog.attributes.box("gender").currentText() == "man"
    ids = {p.first_name: p.id for p in doc.all(m.Participant)}
    dialog.last_name.setText("Bergh")
    dialog.attendance.setCurrentIndex(dialog.attendance.findData(m.Attendance.PRESENT.value))
    dialog.attributes.set_value("district", "")  # an emptied value drops the attribute
    dialog.pairs.apart.picker = lambda candidates, title: next(p.id for p in candidates if p.first_name == "Fatima")
    dialog.pairs.apart.ask_add()
    dialog.pairs.together.add_person(ids["Koen"])
    dialog.accept()
    people, rules = reopened(path)
    gerrit = people["Gerrit van den Bergh"]
    assert gerrit.attendance == m.Attendance.PRESENT and gerrit.attributes == {"gender": "man"}
    assert gerrit.needs == ["rolstoel"] and gerrit.id == ids["Gerrit"]
    assert pairs_by_name(people, rules) == {("Fatima van Leeuwen", "Gerrit van den Bergh", False),
                                            ("Gerrit van den Bergh", "Koen de Vries", True)}
    # the rules show from the other side too, and can be taken away there
    view.select_person(ids["Fatima"])
    dialog = view.edit_selected()
    assert [dialog.pairs.apart.list.item(i).text() for i in range(dialog.pairs.apart.list.count())] == [
        "Gerrit van den Bergh"]
    dialog.pairs.apart.list.setCurrentRow(0)
    dialog.pairs.apart.remove_current()
    dialog.accept()
    people, rules = reopened(path)
    assert pairs_by_name(people, rules) == {("Gerrit van den Bergh", "Koen de Vries", True)}


def test_a_person_cannot_be_kept_together_and_apart_with_the_same_person(view, doc):
    view.select_person(doc.all(m.Participant)[0].id)
    dialog = view.edit_selected()
    offered = []
    dialog.pairs.together.picker = lambda candidates, title: offered.append([p.first_name for p in candidates])
    koen = next(p.id for p in doc.all(m.Participant) if p.first_name == "Koen")
    dialog.pairs.apart.add_person(koen)
    dialog.pairs.together.ask_add()
    assert offered == [["Gerrit"]]  # neither Fatima herself nor Koen (already kept apart)


def test_deleting_a_person_takes_their_pairs_along(view, doc, path, monkeypatch):
    people = {p.first_name: p for p in doc.all(m.Participant)}
    save_person(doc, people["Koen"], together=[people["Fatima"].id], apart=[people["Gerrit"].id])
    assert len(doc.all(m.PairRule)) == 2
    view.refresh()
    view.select_person(people["Koen"].id)
    monkeypatch.setattr(view, "confirm_delete", lambda person: False)
    assert not view.delete_selected() and view.model.rowCount() == 3
    monkeypatch.setattr(view, "confirm_delete", lambda person: True)
    assert view.delete_selected()
    assert view.model.rowCount() == 2
    stored, rules = reopened(path)
    assert sorted(stored) == ["Fatima van Leeuwen", "Gerrit van den Berg"] and rules == []


def test_the_person_picker_filters_and_enter_picks(qtbot, doc, translations):
    picker = PersonPicker(doc.all(m.Participant), "Keep apart from")
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker.search, "van")
    shown = [picker.list.item(i).text() for i in range(picker.list.count()) if not picker.list.item(i).isHidden()]
    assert shown == ["Gerrit van den Berg", "Fatima van Leeuwen"]  # Dutch order: Berg before Leeuwen
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    assert picker.chosen_id() == next(p.id for p in doc.all(m.Participant) if p.first_name == "Fatima")
    qtbot.keyClicks(picker.search, "xyz")
    assert picker.chosen_id() is None


def test_a_read_only_session_cannot_be_edited(qtbot, path, translations):
    with SessionDocument.open(path, read_only=True) as document:
        screen = ParticipantsView()
        qtbot.addWidget(screen)
        screen.set_document(document)
        screen.select_person(document.all(m.Participant)[0].id)
        assert not screen.add_button.isEnabled() and not screen.delete_button.isEnabled()
        dialog = PersonDialog(document, document.all(m.Participant)[0], screen)
        qtbot.addWidget(dialog)
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
        assert "read-only" in dialog.notice.text()
