"""The built-in work-form catalogue: stable keys, sensible timings, Dutch descriptions, fresh copies."""

import re

import pytest

from facilitator.core import workforms
from facilitator.core.model import WorkForm

REQUIRED = {
    "brainstorm", "world-cafe", "1-2-4-allen", "stellingenspel", "kwartetten", "stippenstemmen",
    "fishbowl", "carrousel", "open-space", "vragenronde", "plenaire-presentatie",
}
DUTCH_WORDS = {"de", "het", "een", "en", "je", "we", "van", "met", "op", "is"}


def test_catalogue_holds_every_required_form_under_a_unique_slug():
    forms = workforms.catalogue()
    keys = [f.key for f in forms]
    assert len(keys) == len(set(keys))
    assert REQUIRED <= set(keys)
    assert tuple(keys) == workforms.KEYS
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", key) for key in keys)
    assert all(isinstance(f, WorkForm) and f.id is None for f in forms)


def test_world_cafe_harvests_kansen_zorgen_vragen():
    assert workforms.work_form("world-cafe").categories == ["Kansen", "Zorgen", "Vragen"]


def test_one_two_four_all_is_1_2_4_then_about_8_minutes_with_everyone():
    form = workforms.work_form("1-2-4-allen")
    steps = form.work_steps()
    assert [s.minutes for s in steps] == [1, 2, 4, 8]
    assert sum(s.minutes for s in steps) == form.default_minutes == 15
    assert "alleen" in steps[0].name.lower() and "groep" in steps[-1].name.lower()


def test_steps_of_every_form_add_up_to_its_default_minutes():
    for form in workforms.catalogue():
        assert form.default_minutes > 0, form.key
        if form.steps:
            assert sum(s.minutes for s in form.work_steps()) == form.default_minutes, form.key


def test_descriptions_are_short_plain_dutch():
    for form in workforms.catalogue():
        words = re.findall(r"[a-zà-ÿ']+", form.description.lower())
        assert 12 <= len(words) <= 60, form.key
        assert len(DUTCH_WORDS & set(words)) >= 2, form.key
        sentences = [s for s in re.split(r"[.!?]\s*", form.description) if s.strip()]
        assert max(len(s.split()) for s in sentences) <= 20, f"{form.key}: sentence too long for B1"
        assert form.name and not form.name[0].islower(), form.key


def test_dot_voting_and_plenary_forms_have_no_harvest_categories_but_statements_do():
    assert workforms.work_form("stippenstemmen").categories == []
    assert workforms.work_form("stellingenspel").categories == ["Eens", "Oneens", "Twijfel"]


def test_each_copy_is_independent_of_the_catalogue():
    copy = workforms.work_form("world-cafe")
    copy.categories.append("Ideeën")
    copy.steps[0]["minutes"] = 99
    again = workforms.work_form("world-cafe")
    assert again.categories == ["Kansen", "Zorgen", "Vragen"]
    assert again.steps[0]["minutes"] == 3
    assert again is not copy


def test_unknown_key_names_the_known_ones():
    with pytest.raises(KeyError, match="world-cafe"):
        workforms.work_form("speeddate")


def test_every_built_in_form_has_a_short_plain_english_name_and_description():
    forms = workforms.catalogue()
    assert len(forms) == 11
    english = {"the", "a", "you", "and", "to", "of", "we", "is", "in", "with", "each", "everyone"}
    for form in forms:
        assert form.name_en and not form.name_en[0].islower(), form.key
        words = re.findall(r"[a-z']+", form.description_en.lower())
        assert 12 <= len(words) <= 60, form.key
        assert len(english & set(words)) >= 2, form.key
        sentences = [s for s in re.split(r"[.!?]\s*", form.description_en) if s.strip()]
        assert max(len(s.split()) for s in sentences) <= 20, f"{form.key}: sentence too long for B1"
        assert form.description_en != form.description, form.key


def test_names_and_descriptions_follow_the_language_with_dutch_as_fallback():
    form = workforms.work_form("1-2-4-allen")
    assert workforms.name_in(form, "en") == "1-2-4-all"
    assert workforms.name_in(form, "nl") == "1-2-4-allen"
    assert workforms.description_in(form, "en").startswith("First everyone thinks alone")
    own = WorkForm("eigen-wandelen", "Wandelgesprek", "Al wandelend praten.")
    assert workforms.name_in(own, "en") == "Wandelgesprek"
    assert workforms.description_in(own, "en") == "Al wandelend praten."


def test_suggested_kind_and_independent_copies():
    from facilitator.core.model import AgendaKind

    assert workforms.suggested_kind("world-cafe") == AgendaKind.TABLE_ROUND
    assert workforms.suggested_kind("plenaire-presentatie") == AgendaKind.PLENARY
    assert workforms.suggested_kind("open-space") == AgendaKind.PARALLEL
    assert workforms.suggested_kind("eigen-iets") == AgendaKind.PLENARY
    original = workforms.work_form("world-cafe")
    original.id = 4
    copy = workforms.copy_of(original)
    assert copy.id is None and copy.name_en == "World Café"
    copy.steps[0]["minutes"] = 99
    copy.categories.append("Ideeën")
    assert original.steps[0]["minutes"] == 3 and original.categories == ["Kansen", "Zorgen", "Vragen"]
