"""The user's own work forms in workforms.json: round trip, atomic writes, clear errors, fresh keys."""

import json

import pytest

from facilitator.core.model import WorkForm
from facilitator.io import workform_library as lib


def walk() -> WorkForm:
    return WorkForm("eigen-wandelgesprek", "Wandelgesprek", "Twee mensen wandelen en praten.", 35,
                    ["Ideeën", "Zorgen"], [{"name": "Wandelen", "minutes": 25}, {"name": "Terugkoppelen", "minutes": 2.5}],
                    "Walk and talk", "Two people walk and talk.")


def test_no_library_yet_means_no_own_forms(private_data_dir):
    assert lib.library_path() == private_data_dir / "workforms.json"
    assert lib.load_user_forms() == []


def test_own_forms_round_trip_through_the_data_folder(private_data_dir):
    path = lib.save_user_forms([walk()])
    assert path == private_data_dir / "workforms.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "facilitator-workforms" and data["version"] == 1
    assert "Ideeën" in path.read_text(encoding="utf-8")  # UTF-8, not \u escapes
    (back,) = lib.load_user_forms()
    assert (back.key, back.name, back.name_en, back.default_minutes) == (
        "eigen-wandelgesprek", "Wandelgesprek", "Walk and talk", 35)
    assert back.categories == ["Ideeën", "Zorgen"]
    assert back.steps == [{"name": "Wandelen", "minutes": 25}, {"name": "Terugkoppelen", "minutes": 2.5}]
    assert back.description_en == "Two people walk and talk." and back.id is None
    assert [p.name for p in private_data_dir.iterdir() if p.name.endswith(".tmp")] == []


def test_saving_replaces_the_whole_library(private_data_dir):
    lib.save_user_forms([walk()])
    other = WorkForm("eigen-kaartjes", "Kaartjes", default_minutes=10)
    lib.save_user_forms([other])
    assert [f.key for f in lib.load_user_forms()] == ["eigen-kaartjes"]


@pytest.mark.parametrize("text, message", [
    ("{not json", "not valid JSON"),
    ('{"format": "something-else", "version": 1}', "not a work-form library"),
    ('{"format": "facilitator-workforms", "version": 99, "work_forms": []}', "newer version"),
    ('{"format": "facilitator-workforms", "version": 1, "work_forms": [{"key": "x"}]}', "has no name"),
    ('{"format": "facilitator-workforms", "version": 1, "work_forms": [{"key": "x", "name": "X", '
     '"steps": [{"name": "a", "minutes": -1}]}]}', "every step"),
])
def test_a_damaged_library_says_what_is_wrong(private_data_dir, text, message):
    (private_data_dir / "workforms.json").write_text(text, encoding="utf-8")
    with pytest.raises(lib.LibraryError, match=message):
        lib.load_user_forms()


def test_own_keys_never_clash_with_built_in_or_each_other():
    assert lib.new_key("Wandelgesprek in de wijk!", []) == "eigen-wandelgesprek-in-de-wijk"
    assert lib.new_key("Café-tafel", ["eigen-cafe-tafel"]) == "eigen-cafe-tafel-2"
    with pytest.raises(lib.LibraryError, match="built-in"):
        lib.save_user_forms([WorkForm("world-cafe", "Mijn café")])
    with pytest.raises(lib.LibraryError, match="same key"):
        lib.save_user_forms([walk(), walk()])


def test_all_forms_lists_built_in_then_own():
    forms = lib.all_forms([walk()])
    assert len(forms) == 12 and forms[0].key == "brainstorm" and forms[-1].key == "eigen-wandelgesprek"
