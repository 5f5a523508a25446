"""The user's own work forms: read and write ``workforms.json`` in the app's data folder. No Qt.

The file holds only the forms the user made (the built-in catalogue lives in
:mod:`facilitator.core.workforms`)::

    {"format": "facilitator-workforms", "version": 1,
     "work_forms": [{"key": "eigen-wandelgesprek", "name": "Wandelgesprek", "name_en": "Walk and talk",
                     "description": "...", "description_en": "...", "default_minutes": 30,
                     "categories": ["Ideeën"], "steps": [{"name": "Wandelen", "minutes": 25}]}]}

It is written whole, to a temporary file that then replaces the old one, so
a crash never leaves half a library. A session never points at this file: it
keeps its own copy of every form it uses.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any, Iterable

from facilitator.core import workforms
from facilitator.core.model import WorkForm
from facilitator.io.atomic_file import write_atomically
from facilitator.paths import data_dir

FORMAT = "facilitator-workforms"
VERSION = 1
FILE_NAME = "workforms.json"
#: Keys of the user's forms start with this, so they never clash with a built-in one.
OWN_PREFIX = "eigen-"


class LibraryError(ValueError):
    """The library file (or a form in it) is not what this app writes; the message says what is wrong."""


def library_path() -> Path:
    return data_dir() / FILE_NAME


def form_to_dict(form: WorkForm) -> dict[str, Any]:
    """A work form as plain JSON data (no id: ids belong to one session file)."""
    return {
        "key": form.key,
        "name": form.name,
        "name_en": form.name_en,
        "description": form.description,
        "description_en": form.description_en,
        "default_minutes": int(form.default_minutes),
        "categories": [str(c) for c in form.categories],
        "steps": [{"name": str(s["name"]), "minutes": _number(s["minutes"])} for s in form.steps],
    }


def form_from_dict(data: Any) -> WorkForm:
    """The inverse of :func:`form_to_dict`; LibraryError names the first thing that is wrong."""
    if not isinstance(data, dict):
        raise LibraryError("a work form must be an object")
    key, name = data.get("key"), data.get("name")
    if not isinstance(key, str) or not key.strip():
        raise LibraryError("a work form has no key")
    if not isinstance(name, str) or not name.strip():
        raise LibraryError(f"work form {key!r} has no name")
    minutes = data.get("default_minutes", 30)
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not 1 <= minutes <= 24 * 60:
        raise LibraryError(f"work form {key!r}: default_minutes must be a whole number of minutes")
    categories = data.get("categories", [])
    steps = data.get("steps", [])
    if not isinstance(categories, list) or not all(isinstance(c, str) for c in categories):
        raise LibraryError(f"work form {key!r}: categories must be a list of texts")
    if not isinstance(steps, list):
        raise LibraryError(f"work form {key!r}: steps must be a list")
    clean_steps = []
    for step in steps:
        if not isinstance(step, dict) or not isinstance(step.get("name"), str) \
                or not isinstance(step.get("minutes"), (int, float)) or isinstance(step.get("minutes"), bool) \
                or step["minutes"] <= 0:
            raise LibraryError(f"work form {key!r}: every step needs a name and a number of minutes above 0")
        clean_steps.append({"name": step["name"], "minutes": _number(step["minutes"])})
    return WorkForm(
        key=key.strip(), name=name.strip(), description=str(data.get("description", "")),
        default_minutes=minutes, categories=list(categories), steps=clean_steps,
        name_en=str(data.get("name_en", "")), description_en=str(data.get("description_en", "")),
    )


def _number(value: Any) -> int | float:
    value = float(value)
    return int(value) if value.is_integer() else value


def load_user_forms(path: Path | None = None) -> list[WorkForm]:
    """The user's own work forms, in the order saved; [] when there is no library yet."""
    path = path or library_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LibraryError(f"{path.name} is not valid JSON (line {exc.lineno})") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise LibraryError(f"{path.name} is not a work-form library of Facilitator")
    if not isinstance(data.get("version"), int) or data["version"] > VERSION:
        raise LibraryError(f"{path.name} was written by a newer version of Facilitator")
    forms = [form_from_dict(item) for item in data.get("work_forms", [])]
    keys = [f.key for f in forms]
    if len(keys) != len(set(keys)):
        raise LibraryError(f"{path.name} holds two work forms with the same key")
    return forms


def save_user_forms(forms: Iterable[WorkForm], path: Path | None = None) -> Path:
    """Write the whole library atomically (temporary file, then replace); returns the path."""
    path = path or library_path()
    forms = list(forms)
    keys = [f.key for f in forms]
    if len(keys) != len(set(keys)):
        raise LibraryError("two work forms with the same key")
    clash = [k for k in keys if workforms.is_built_in(k)]
    if clash:
        raise LibraryError(f"{clash[0]!r} is the key of a built-in work form")
    text = json.dumps({"format": FORMAT, "version": VERSION, "work_forms": [form_to_dict(f) for f in forms]},
                      ensure_ascii=False, indent=2)
    write_atomically(path, text + "\n", make_parents=True)
    return path


def slug(text: str) -> str:
    """'Wandelgesprek in de wijk!' → 'wandelgesprek-in-de-wijk' (ASCII, for keys and file names)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:60] or "werkvorm"


def new_key(name: str, taken: Iterable[str]) -> str:
    """A fresh key for a user's form called ``name``: ``eigen-<slug>``, numbered when taken."""
    taken = set(taken) | set(workforms.KEYS)
    base = OWN_PREFIX + slug(name)
    key, number = base, 2
    while key in taken:
        key, number = f"{base}-{number}", number + 1
    return key


def all_forms(own: Iterable[WorkForm]) -> list[WorkForm]:
    """The built-in catalogue followed by the user's own forms: what the builder offers."""
    return [*workforms.catalogue(), *(workforms.copy_of(f) for f in own)]
