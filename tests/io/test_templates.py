"""Programme templates: JSON round trip, the shipped templates on the clock, and new sessions made from them."""

import json
from datetime import time

import pytest

from facilitator.core import model as m
from facilitator.core import workforms
from facilitator.core.schedule import plan
from facilitator.io import templates as t
from facilitator.store.document import SessionDocument


def starts(template):
    return {e.item.title: e.start.strftime("%H:%M") for e in template.schedule()}


def shipped(name_part):
    found, problems = t.list_templates()
    assert problems == []
    return next(x for x in found if name_part in x.name)


def test_the_three_shipped_templates_load_and_are_marked_built_in():
    found, problems = t.list_templates()
    assert problems == []
    assert len(found) == 3 and all(x.built_in for x in found)
    assert all(x.name_en and x.description and x.description_en for x in found)


def test_masterclass_runs_09_00_to_17_30_with_break_at_10_50_and_lunch_at_12_30():
    masterclass = shipped("Masterclass")
    clock = starts(masterclass)
    entries = masterclass.schedule()
    assert entries[0].start.strftime("%H:%M") == "09:00"
    assert entries[-1].end.strftime("%H:%M") == "17:30"
    assert clock["Presentatie onderzoeksresultaten Barometer Burgerparticipatie"] == "09:15"
    assert clock["Pauze"] == "10:50"
    assert clock["Praktijkcase gemeente Utrecht"] == "11:10"
    assert clock["Lunch en kwartetten"] == "12:30"
    assert clock["Praktijkcase gemeente Zundert"] == "13:30"
    assert clock["Afsluiting, uitreiking certificaat en netwerkborrel"] == "16:30"
    assert all(not e.gap_before and not e.overlap_before for e in entries)
    lunch = next(i for i in masterclass.items if i.title == "Lunch en kwartetten")
    assert lunch.pinned_start == time(12, 30) and lunch.work_form == "kwartetten" and not lunch.flexible
    assert masterclass.work_forms["kwartetten"].name_en == "Quartets"


def test_praktijkconferentie_has_inloop_plenary_and_two_rounds_of_deelsessies():
    conference = shipped("Praktijkconferentie")
    entries = conference.schedule()
    clock = starts(conference)
    assert entries[0].start.strftime("%H:%M") == "13:00" and entries[0].item.kind == m.AgendaKind.BREAK
    assert clock["Welkom en opening"] == "13:30"
    assert clock["Pauze en wisselen naar de deelsessies"] == "14:45"  # the plenary part is 13:30–14:45
    plenary = [e for e in entries if "13:30" <= e.start.strftime("%H:%M") < "14:45"]
    assert {e.item.kind for e in plenary} == {m.AgendaKind.PLENARY}
    assert any("keynote" in e.item.title for e in plenary) and any("Panel" in e.item.title for e in plenary)
    parallel = [e for e in entries if e.item.kind == m.AgendaKind.PARALLEL]
    assert len(parallel) == 2
    assert all(all(f"{x})" in e.item.facilitator_notes for x in "ABCD") for e in parallel[:1])
    assert entries[-1].end.strftime("%H:%M") == "17:00"


def test_burgerberaad_session_day_matches_the_domain_description():
    day = shipped("Burgerberaad")
    clock = starts(day)
    assert clock == {
        "Inloop met koffie": "09:30", "Welkom en terugblik (voorzitter)": "10:00", "Expertpresentatie": "10:15",
        "Tafelronde 1: kansen en zorgen": "10:45", "Pauze": "11:30", "Tafelronde 2: oplossingsrichtingen": "11:45",
        "Lunch": "12:30", "Stippenstemmen op de oplossingsrichtingen": "13:15",
        "Tafelronde 3: aanbevelingen formuleren": "14:00", "Plenaire terugkoppeling en afsluiting": "15:00",
    }
    assert day.schedule()[-1].end.strftime("%H:%M") == "15:30"
    assert day.work_forms["world-cafe"].categories == ["Kansen", "Zorgen", "Vragen"]


def test_a_template_round_trips_through_json():
    forms = {"world-cafe": workforms.work_form("world-cafe")}
    template = t.Template(
        "Inloopavond", time(19, 0),
        [t.TemplateItem("Welkom", 10, notes="Koffie klaar"),
         t.TemplateItem("Gesprek", 60, m.AgendaKind.TABLE_ROUND, "world-cafe", "", None, True, 40),
         t.TemplateItem("Afsluiting", 15, pinned_start=time(20, 30), flexible=False)],
        forms, "Een avond in de wijk", "Evening", "An evening")
    back = t.loads(t.dumps(template))
    assert (back.name, back.day_start, back.description, back.name_en) == (
        "Inloopavond", time(19, 0), "Een avond in de wijk", "Evening")
    assert [(i.title, i.minutes, i.kind, i.work_form, i.notes, i.pinned_start, i.flexible, i.min_minutes)
            for i in back.items] == [
        ("Welkom", 10, m.AgendaKind.PLENARY, None, "Koffie klaar", None, True, None),
        ("Gesprek", 60, m.AgendaKind.TABLE_ROUND, "world-cafe", "", None, True, 40),
        ("Afsluiting", 15, m.AgendaKind.PLENARY, None, "", time(20, 30), False, None)]
    assert back.work_forms["world-cafe"].steps == forms["world-cafe"].steps
    assert back.work_forms["world-cafe"].description_en == forms["world-cafe"].description_en


@pytest.mark.parametrize("change, message", [
    ({"format": "x"}, "not a programme template"),
    ({"version": 7}, "newer version"),
    ({"items": [{"title": "A", "minutes": 0}]}, "minutes must be"),
    ({"items": [{"title": "A", "minutes": 5, "kind": "dance"}]}, "unknown kind"),
    ({"items": [{"title": "A", "minutes": 5, "work_form": "fishbowl"}]}, "not in the template"),
    ({"day_start": "half tien"}, "not a time"),
])
def test_broken_templates_say_what_is_wrong(change, message):
    data = {"format": "facilitator-template", "version": 1, "name": "X", "day_start": "09:00", "items": []}
    data.update(change)
    with pytest.raises(t.TemplateError, match=message):
        t.loads(json.dumps(data))


def test_user_templates_are_saved_in_the_data_folder_and_listed_after_the_shipped_ones(private_data_dir):
    template = t.Template("Mijn avond", time(19, 30), [t.TemplateItem("Welkom", 10)])
    path = t.save_template(template)
    assert path == private_data_dir / "templates" / "mijn-avond.json"
    with pytest.raises(FileExistsError):
        t.save_template(template)
    template.items.append(t.TemplateItem("Einde", 5))
    t.save_template(template, overwrite=True)
    (private_data_dir / "templates" / "kapot.json").write_text("{", encoding="utf-8")
    found, problems = t.list_templates()
    assert [x.built_in for x in found] == [True, True, True, False]
    assert found[-1].name == "Mijn avond" and len(found[-1].items) == 2
    assert len(problems) == 1 and "kapot.json" in problems[0]


def test_programme_to_template_to_new_session(tmp_path):
    source = SessionDocument.create(tmp_path / "bron.facilitator", m.Meeting("Bron", day_start=time(10, 0)))
    (cafe,) = source.add(workforms.work_form("world-cafe"))
    source.add(
        m.AgendaItem("Tafelronde", 45, m.AgendaKind.TABLE_ROUND, 1, cafe.id, "Nieuwe tafels", flexible=True,
                     min_minutes=30),
        m.AgendaItem("Welkom", 15, position=0),
        m.AgendaItem("Lunch", 30, m.AgendaKind.BREAK, 2, pinned_start=time(12, 0), flexible=False),
    )
    template = t.from_programme("Mijn dag", time(10, 0), source.all(m.AgendaItem), source.all(m.WorkForm))
    source.close()
    assert [i.title for i in template.items] == ["Welkom", "Tafelronde", "Lunch"]
    assert list(template.work_forms) == ["world-cafe"]

    target = SessionDocument.create(tmp_path / "nieuw.facilitator", m.Meeting("Nieuw", day_start=time(10, 0)))
    (own_cafe,) = target.add(m.WorkForm("world-cafe", "Ons café"))  # the session's own copy wins
    with target.transaction() as session:
        t.apply_template(session, t.loads(t.dumps(template)))
    items = target.all(m.AgendaItem)
    assert [(i.position, i.title, i.min_minutes, i.flexible) for i in items] == [
        (0, "Welkom", None, True), (1, "Tafelronde", 30, True), (2, "Lunch", None, False)]
    assert items[1].work_form_id == own_cafe.id and len(target.all(m.WorkForm)) == 1
    assert [e.start.strftime("%H:%M") for e in plan(items, time(10, 0))] == ["10:00", "10:15", "12:00"]
    target.close()


def test_a_shipped_template_makes_a_self_contained_session(tmp_path):
    day = shipped("Burgerberaad")
    doc = SessionDocument.create(tmp_path / "dag.facilitator", m.Meeting("Dag", day_start=day.day_start))
    with doc.transaction() as session:
        t.apply_template(session, day)
    forms = {f.key: f for f in doc.all(m.WorkForm)}
    assert set(forms) == {"plenaire-presentatie", "world-cafe", "1-2-4-allen", "stippenstemmen", "brainstorm"}
    assert forms["world-cafe"].name_en == "World Café"
    assert len(doc.all(m.AgendaItem)) == 10
    doc.close()
