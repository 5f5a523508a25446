"""The translation files: Dutch complete, placeholders intact, the shipped .qm files in step with the
.ts sources and the code, and the screens really speaking Dutch (and English plurals) when asked.

The .ts files are the source of truth (``tools/translations.py`` refreshes them from the code with
``pyside6-lupdate`` and compiles them with ``pyside6-lrelease``); these tests fail when someone adds
a string to the code without running it, leaves a Dutch string unfinished, breaks a ``{name}`` or
``%1`` placeholder (which would make ``str.format`` raise or show a raw brace on screen), or forgets
to compile.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import NamedTuple

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCES = ROOT / "src" / "facilitator"
LANGUAGES = ("nl", "en")

#: {name} of str.format, %1..%99 of QString::arg, %n of plural strings.
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%\d{1,2}|%n")
TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*>")


class Message(NamedTuple):
    context: str
    source: str
    comment: str
    numerus: bool
    finished: bool
    forms: tuple[str, ...]  # the translation, or one form per plural form


def messages(language: str, path: Path | None = None) -> list[Message]:
    root = ET.parse(path or TRANSLATIONS / f"facilitator_{language}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
            elif numerus:
                forms = tuple(form.text or "" for form in translation.findall("numerusform"))
            else:
                forms = (translation.text or "",)
            finished = translation is not None and translation.get("type") is None
            found.append(Message(name, message.findtext("source", ""), message.findtext("comment", ""),
                                 numerus, finished, forms))
    return found


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def _lupdate() -> str:
    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.tool("lupdate")


# -- the Dutch file is complete ----------------------------------------------------------------------


def test_dutch_has_no_unfinished_or_empty_translation():
    problems = [f"{m.context}: {m.source!r}" for m in messages("nl")
                if not m.finished or not m.forms or any(not form.strip() for form in m.forms)]
    assert problems == []


def test_plural_strings_have_both_forms_in_dutch_and_english():
    for language in LANGUAGES:
        plurals = [m for m in messages(language) if m.numerus]
        assert plurals, "the screens count notes and dots with %n"
        for m in plurals:
            assert m.finished and len(m.forms) == 2 and all(f.strip() for f in m.forms), (language, m)
            assert m.forms[0] != m.forms[1], (language, m)  # singular and plural differ


def test_every_placeholder_and_tag_of_a_source_is_in_its_translation():
    problems = []
    for language in LANGUAGES:
        for m in messages(language):
            if not m.finished:
                continue
            for form in m.forms:
                if placeholders(form) != placeholders(m.source):
                    problems.append(f"{language} {m.context}: {m.source!r} -> {form!r}")
                if sorted(TAG.findall(form)) != sorted(TAG.findall(m.source)):
                    problems.append(f"{language} {m.context}: tags of {m.source!r} -> {form!r}")
    assert problems == []


def test_format_strings_still_format_after_translation():
    """A translated {name} string formats with the names its source uses (no KeyError on screen)."""
    for m in messages("nl"):
        names = {p[1:-1]: "x" for p in placeholders(m.source) if p.startswith("{")}
        for form in m.forms:
            if names:
                form.format(**names)


# -- the files are in step with the code and with each other -----------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_translation_sources_hold_exactly_the_strings_of_the_code(language, tmp_path):
    """lupdate on a copy finds no string the committed .ts lacks, and none it has that the code dropped."""
    copy = tmp_path / f"facilitator_{language}.ts"
    shutil.copyfile(TRANSLATIONS / copy.name, copy)
    listing = tmp_path / "files.lst"
    listing.write_text("\n".join(str(p) for p in sorted(SOURCES.rglob("*.py")) if "__pycache__" not in p.parts),
                       encoding="utf-8")
    subprocess.run([_lupdate(), f"@{listing}", "-ts", str(copy), "-source-language", "en",
                    "-target-language", language, "-no-obsolete", "-silent"], check=True)

    def keys(found: list[Message]) -> set[tuple[str, str, str, bool]]:
        return {(m.context, m.source, m.comment, m.numerus) for m in found}

    committed, fresh = keys(messages(language)), keys(messages(language, copy))
    assert sorted(fresh - committed) == [], "strings in the code missing from the .ts: run tools/translations.py"
    assert sorted(committed - fresh) == [], "strings in the .ts the code no longer has: run tools/translations.py"


@pytest.mark.parametrize("language", LANGUAGES)
def test_shipped_qm_matches_its_ts(language, qapp):
    """Every finished translation of the .ts comes out of the committed .qm as written; nothing else does."""
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"facilitator_{language}.qm"))
    stale = []
    for m in messages(language):
        comment = m.comment or None
        if m.numerus:
            shown = [translator.translate(m.context, m.source, comment, n) for n in (1, 2)]
            expected = [f.replace("%n", str(n)) for f, n in zip(m.forms, (1, 2), strict=True)] if m.finished \
                else ["", ""]
            # QTranslator leaves %n for QCoreApplication.translate to fill in
            shown = [s.replace("%n", str(n)) for s, n in zip(shown, (1, 2), strict=True)]
        else:
            shown = [translator.translate(m.context, m.source, comment)]
            expected = [m.forms[0]] if m.finished else [""]
        if shown != expected:
            stale.append(f"{m.context}: {m.source!r}: .qm {shown!r}, .ts {expected!r}")
    assert stale == [], "compile the translations: python tools/translations.py"


# -- the app speaks the language -----------------------------------------------------------------------


def test_dutch_screens_are_named_in_dutch(qtbot, translations):
    from facilitator.ui.views import MAIN_VIEWS

    translations.install("nl")
    views = [cls() for cls in MAIN_VIEWS]
    for view in views:
        qtbot.addWidget(view)
    assert [view.title() for view in views] == ["Agenda", "Live", "Deelnemers", "Tafels", "Deelsessies", "Notities",
                                                 "Rapport"]


def test_shared_labels_and_plurals_follow_the_language(translations):
    from facilitator.core.model import AgendaKind, Attendance, Role
    from facilitator.ui.labels import attendance_label, kind_label, role_label

    translations.install("nl")
    assert (kind_label(AgendaKind.TABLE_ROUND), role_label(Role.TABLE_HOST), attendance_label(Attendance.PRESENT)) \
        == ("Tafelronde", "Tafelbegeleider", "Aanwezig")
    assert [QCoreApplication.translate("NotesView", "%n notes", "", n) for n in (1, 3)] == ["1 notitie", "3 notities"]

    translations.install("en")
    assert kind_label(AgendaKind.TABLE_ROUND) == "Table round"
    assert [QCoreApplication.translate("NotesView", "%n notes", "", n) for n in (1, 3)] == ["1 note", "3 notes"]
    assert QCoreApplication.translate("NoteDelegate", "%n dots", "", 1) == "1 dot"


def test_no_plural_goes_through_a_translate_call_that_lupdate_cannot_see_as_plural():
    """pyside6-lupdate sees a ``%n`` plural only in ``self.tr``; ``QCoreApplication.translate(ctx, "%n …", "", n)``
    with a variable ``n`` ends up untranslated. Such phrases belong in ``facilitator.ui.plurals``."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "src" / "facilitator"
    offenders = []
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "translate"
                    and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant)
                    and "%n" in str(node.args[1].value)):
                offenders.append(f"{path.relative_to(root)}:{node.lineno}")
    assert offenders == []
