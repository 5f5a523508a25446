"""Developer tool: refresh the translation sources from the code, then compile them for the app.

    python tools/translations.py            # lupdate + lrelease for every language
    python tools/translations.py --report   # also list, per context, how many Dutch strings are unfinished
    python tools/translations.py --merge nl.json   # fill unfinished Dutch strings from {"Context": {"source": "vertaling"}}
    python tools/translations.py --merge-en en.json   # the same for English (plural forms of %n strings)

``pyside6-lupdate`` reads every ``src/facilitator/**/*.py`` (``tr()`` and
``QCoreApplication.translate``) into ``resources/translations/facilitator_<lang>.ts``,
keeping the translations already there and dropping strings the code no
longer has; ``pyside6-lrelease`` compiles each to ``.qm``, which the app
loads (``facilitator.ui.i18n``). English is the source language: its file
may stay untranslated. Translate the Dutch file with Qt Linguist
(``pyside6-linguist``) or by editing the XML, then run this again.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "facilitator"
OUT = ROOT / "resources" / "translations"
LANGUAGES = ("nl", "en")


def tool(name: str) -> str:
    """``pyside6-<name>`` from PATH, else beside the running Python (a venv's bin folder)."""
    found = shutil.which(f"pyside6-{name}") or shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 in this environment")
    return found


def update(language: str, files: list[Path]) -> Path:
    ts = OUT / f"facilitator_{language}.ts"
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as listing:
        listing.write("\n".join(str(f) for f in files))
    try:
        subprocess.run(
            [
                tool("lupdate"), f"@{listing.name}", "-ts", str(ts),
                "-source-language", "en", "-target-language", language,
                "-no-obsolete", "-locations", "relative", "-silent",
            ],
            check=True,
        )  # fmt: skip
    finally:
        Path(listing.name).unlink(missing_ok=True)
    return ts


def release(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def unfinished(ts: Path) -> Counter:
    """Messages without a finished translation (or with an empty one, or an empty plural form), by context."""
    counts: Counter = Counter()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                counts[name] += 1
                continue
            forms = translation.findall("numerusform")  # a "%n" message: one form per plural form
            texts = [form.text for form in forms] if forms else [translation.text]
            if any(not (text or "").strip() for text in texts):
                counts[name] += 1
    return counts


def merge(ts: Path, mapping: dict[str, dict[str, str | list[str]]]) -> int:
    """Fill unfinished translations from ``mapping`` (context -> source -> text, or plural forms); returns how many.

    Plural forms given as a list also replace finished ones: they are the considered singular and plural,
    where an earlier fill may have put one text in both.
    """
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        known = mapping.get(context.findtext("name", ""), {})
        for message in context.iter("message"):
            text = known.get(message.findtext("source", ""))
            translation = message.find("translation")
            if text is None or translation is None:
                continue
            explicit_plural = message.get("numerus") == "yes" and isinstance(text, list)
            if translation.get("type") != "unfinished" and not explicit_plural:
                continue
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for form in list(translation):
                    translation.remove(form)
                for value in text if isinstance(text, list) else [text, text]:
                    ET.SubElement(translation, "numerusform").text = value
            else:
                translation.text = text if isinstance(text, str) else text[-1]
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", action="store_true", help="list unfinished Dutch strings per context")
    parser.add_argument("--merge", type=Path, action="append", default=[], metavar="JSON",
                        help="fill unfinished Dutch strings from a JSON file {context: {source: translation}}")
    parser.add_argument("--merge-en", type=Path, action="append", default=[], metavar="JSON",
                        help="the same for English, e.g. singular and plural of %%n strings")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    files = sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)
    for language in LANGUAGES:
        ts = update(language, files)
        merges = args.merge if language == "nl" else args.merge_en
        if merges:
            for source in merges:
                print(f"{source}: {merge(ts, json.loads(source.read_text(encoding='utf-8')))} {language} strings filled")
            ts = update(language, files)  # back to lupdate's own layout
        qm = release(ts)
        print(f"{ts.relative_to(ROOT)} -> {qm.relative_to(ROOT)}")
    if args.report:
        counts = unfinished(OUT / "facilitator_nl.ts")
        for context, count in sorted(counts.items()):
            print(f"  nl unfinished  {count:>4}  {context}")
        print(f"  nl unfinished total: {sum(counts.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
