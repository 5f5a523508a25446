"""The builder's dialogs: the work-form catalogue (own forms saved), templates (save, pick, new session), PDF export."""

import shutil
import subprocess
import unicodedata
from datetime import time

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog

from facilitator.core import model as m
from facilitator.io import templates as t
from facilitator.io.workform_library import load_user_forms
from facilitator.store.document import SessionDocument
from facilitator.ui.programme_export import write_programme_pdf
from facilitator.ui.template_flow import TemplatePicker, ask_save_template, create_from_template
from facilitator.ui.workform_catalogue import WorkFormCatalogue


def pdf_text(path) -> str:
    """The PDF's text, ligatures (ﬁ) undone and whitespace folded, as pdftotext reads it."""
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", out).split())


class FakeEditor:
    """Stands in for WorkFormEditor: 'accepts' at once with the form a test prepared."""

    result = None
    seen = []

    def __init__(self, form, parent=None):
        FakeEditor.seen.append(form)

    def exec(self):
        return QDialog.DialogCode.Accepted if FakeEditor.result is not None else QDialog.DialogCode.Rejected

    def work_form(self):
        return FakeEditor.result


def test_catalogue_lists_built_in_forms_in_english_and_saves_own_ones(qtbot, translations, private_data_dir):
    dialog = WorkFormCatalogue(can_add=True)
    qtbot.addWidget(dialog)
    dialog.editor_factory = FakeEditor
    names = [dialog.list.item(r).text().strip() for r in range(dialog.list.count())]
    assert names[0] == "Built in" and "1-2-4-all" in names and "Dot voting" in names and names[-2] == "Your own"
    dialog.select("world-cafe")
    assert dialog.card.heading.text() == "Work form: World Café"
    assert "Talks in short rounds" in dialog.card.description.text()
    assert not dialog.edit_button.isEnabled() and dialog.copy_button.isEnabled()
    with qtbot.waitSignal(dialog.add_requested) as added:
        dialog.add_button.click()
    assert added.args[0].key == "world-cafe" and added.args[0].id is None

    FakeEditor.result = m.WorkForm("", "Wandelgesprek", "Lopen en praten.", 25, ["Ideeën"],
                                   [{"name": "Wandelen", "minutes": 20}], "Walk and talk", "Walk and talk.")
    made = dialog.edit_new(None)
    assert made.key == "eigen-wandelgesprek"
    (stored,) = load_user_forms()
    assert (stored.name, stored.name_en, stored.default_minutes, stored.steps) == (
        "Wandelgesprek", "Walk and talk", 25, [{"name": "Wandelen", "minutes": 20}])
    assert (private_data_dir / "workforms.json").is_file()
    assert dialog.current_form().key == "eigen-wandelgesprek" and dialog.edit_button.isEnabled()

    FakeEditor.result = m.WorkForm("", "Wandelgesprek", "Lopen, praten en terugkomen.", 30)
    dialog.edit_current()
    assert load_user_forms()[0].default_minutes == 30 and load_user_forms()[0].key == "eigen-wandelgesprek"

    dialog.select("fishbowl")
    FakeEditor.result = m.WorkForm("", "Fishbowl (own)", "Met twee lege stoelen.", 40)
    dialog.copy_button.click()
    assert FakeEditor.seen[-1].name == "Fishbowl (own)" and FakeEditor.seen[-1].key == ""
    assert [f.key for f in load_user_forms()] == ["eigen-wandelgesprek", "eigen-fishbowl-own"]

    dialog.confirm = lambda question, info: "Fishbowl (own)" in question
    assert dialog.delete_current()
    assert [f.key for f in load_user_forms()] == ["eigen-wandelgesprek"]
    FakeEditor.result = None  # Cancel in the editor changes nothing
    assert dialog.edit_current() is None


def test_own_forms_are_offered_in_the_builder(qtbot, translations, tmp_path):
    from facilitator.io.workform_library import save_user_forms
    from facilitator.ui.views.agenda import AgendaView

    save_user_forms([m.WorkForm("eigen-wandelgesprek", "Wandelgesprek", default_minutes=25)])
    doc = SessionDocument.create(tmp_path / "a.facilitator", m.Meeting("A"))
    doc.add(m.AgendaItem("Welkom", 10))
    view = AgendaView()
    qtbot.addWidget(view)
    view.set_document(doc)
    texts = [a.text() for a in view.toolbar.forms_menu.actions()]
    assert "Wandelgesprek\t25 min" in texts and "World Café\t45 min" in texts
    assert view.form.form_box.findData("eigen-wandelgesprek") > 0
    view.add_from_form(load_user_forms()[0])
    assert doc.all(m.WorkForm)[0].key == "eigen-wandelgesprek"  # the session keeps its own copy
    view.set_document(None)
    doc.close()


def test_save_programme_as_template_and_start_a_new_session_from_it(qtbot, translations, tmp_path, monkeypatch):
    source = SessionDocument.create(tmp_path / "bron.facilitator", m.Meeting("Raadsavond", day_start=time(19, 0)))
    source.add(m.AgendaItem("Welkom", 10, position=0, facilitator_notes="Koffie"),
               m.AgendaItem("Gesprek", 60, m.AgendaKind.TABLE_ROUND, 1, min_minutes=40),
               m.AgendaItem("Afsluiting", 15, position=2, pinned_start=time(20, 30), flexible=False))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Raadsavond wijk", True))
    path = ask_save_template(None, source)
    source.close()
    assert path.name == "raadsavond-wijk.json"
    mine = t.load_template(path)
    assert [(i.title, i.notes, i.pinned_start, i.min_minutes) for i in mine.items][1:] == [
        ("Gesprek", "", None, 40), ("Afsluiting", "", time(20, 30), None)]

    picker = TemplatePicker()
    qtbot.addWidget(picker)
    names = [picker.list.item(r).text() for r in range(picker.list.count())]
    assert "Raadsavond wijk (your own)" in names and "Masterclass on inclusive participation (09:00–17:30)" in names
    picker.list.setCurrentRow(names.index("Masterclass on inclusive participation (09:00–17:30)"))
    assert picker.preview.rowCount() == 14
    assert picker.preview.item(4, 0).text() == "10:50" and picker.preview.item(4, 2).text() == "Pauze"
    assert "09:00–17:30" in picker.description.text()

    new = create_from_template(tmp_path / "Masterclass.facilitator", m.Meeting("Masterclass december"),
                               picker.template())
    with SessionDocument.open(new) as doc:
        assert doc.meeting().day_start == time(9, 0)
        items = doc.all(m.AgendaItem)
        assert len(items) == 14 and items[6].title == "Lunch en kwartetten"
        assert {f.key for f in doc.all(m.WorkForm)} == {"plenaire-presentatie", "kwartetten", "1-2-4-allen",
                                                        "vragenronde"}


def test_new_from_template_in_the_main_window(make_window, tmp_path, monkeypatch, qtbot):
    from facilitator.ui import template_flow
    from facilitator.ui.new_session import NewSessionDialog

    window = make_window()
    assert window.actions_.new_from_template.text() == "New from &template…"
    assert window.actions_.new_from_template in window.actions_.all()
    assert not window.actions_.export_programme.isEnabled()  # no session open yet
    monkeypatch.setattr(template_flow.TemplatePicker, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(NewSessionDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(NewSessionDialog, "path", lambda self: tmp_path / "Uit sjabloon.facilitator")
    path = template_flow.ask_new_from_template(window)
    assert path == tmp_path / "Uit sjabloon.facilitator"
    assert window.document is not None and window.document.path == path
    agenda = window.workspace.view("agenda")
    assert agenda.model.rowCount() == len(t.list_templates()[0][0].items)
    assert window.actions_.export_programme.isEnabled()


def test_the_programme_exports_to_an_a4_pdf_without_participants(qtbot, translations, tmp_path):
    from fixtures_views import build_small

    doc = build_small(tmp_path / "dag.facilitator")
    plain = write_programme_pdf(doc, tmp_path / "programma.pdf")
    with_notes = write_programme_pdf(doc, tmp_path / "programma-notities.pdf", include_notes=True)
    doc.close()
    for pdf in (plain, with_notes):
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF-") and len(data) > 5000
        assert b"/MediaBox [0 0 595" in data  # A4 portrait in points
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) not installed: checked the PDF header and size only")
    text = pdf_text(plain)
    for expected in ("Burgerberaad Warmtetransitie Zuiderveen", "Programme", "Tafelronde 1: kansen en zorgen",
                     "World Café", "12:45–13:30", "Table round", "15 min free", "fixed time"):
        assert expected in text, expected
    assert "Let op: tafel 2" not in text  # notes only when asked for
    assert "Fatima" not in text and "Marloes" not in text  # never participant data
    noted = pdf_text(with_notes)
    assert "Let op: tafel 2 heeft geen rolstoelplek." in noted
