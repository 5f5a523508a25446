"""Programme templates: a day's agenda as a JSON file, to save a programme and start a new session from it. No Qt.

A template holds what a programme is made of, never what happened on a day
(no actual times, notes or participants)::

    {"format": "facilitator-template", "version": 1,
     "name": "Masterclass (dag)", "name_en": "Masterclass (full day)",
     "description": "...", "description_en": "...", "day_start": "09:00",
     "items": [{"title": "Pauze", "minutes": 20, "kind": "break", "work_form": null, "notes": "",
                "pinned_start": null, "flexible": true, "min_minutes": 15}],
     "work_forms": [{"key": "kwartetten", "name": "Kwartetten", ...}]}

Items name their work form by key; ``work_forms`` carries a copy of each
form used, so a template (like a session) is self-contained: a form the user
later changes or deletes does not change it. The app ships templates in
``resources/templates``; the user's own go to ``<data folder>/templates``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Any, Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.assets import resource
from facilitator.core.model import AgendaItem, AgendaKind, WorkForm
from facilitator.core.schedule import ScheduledItem, plan
from facilitator.core.workforms import copy_of
from facilitator.io.atomic_file import write_atomically
from facilitator.io.workform_library import LibraryError, form_from_dict, form_to_dict, slug
from facilitator.paths import data_dir

FORMAT = "facilitator-template"
VERSION = 1
SUFFIX = ".json"


class TemplateError(ValueError):
    """A template file this app cannot read; the message says what is wrong."""


@dataclass
class TemplateItem:
    """One programme line of a template; start times are computed when it is used."""

    title: str
    minutes: int
    kind: AgendaKind = AgendaKind.PLENARY
    work_form: str | None = None
    notes: str = ""
    pinned_start: time | None = None
    flexible: bool = True
    min_minutes: int | None = None


@dataclass
class Template:
    """A whole programme: its start, its items and a copy of every work form they use."""

    name: str
    day_start: time
    items: list[TemplateItem] = field(default_factory=list)
    work_forms: dict[str, WorkForm] = field(default_factory=dict)
    description: str = ""
    name_en: str = ""
    description_en: str = ""
    built_in: bool = False
    path: Path | None = None

    def name_in(self, language: str) -> str:
        return self.name_en if language == "en" and self.name_en else self.name

    def description_in(self, language: str) -> str:
        return self.description_en if language == "en" and self.description_en else self.description

    def schedule(self) -> list[ScheduledItem]:
        """The programme on the clock, as a new session made from it would show it."""
        return plan(agenda_items(self), self.day_start)


# -- to and from JSON ----------------------------------------------------------------------------------


def _clock(value: time | None) -> str | None:
    return value.strftime("%H:%M") if value is not None else None


def _parse_clock(value: Any, what: str) -> time | None:
    if value is None:
        return None
    try:
        hours, minutes = str(value).split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise TemplateError(f"{what}: {value!r} is not a time such as 09:30") from None


def to_dict(template: Template) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "name": template.name,
        "name_en": template.name_en,
        "description": template.description,
        "description_en": template.description_en,
        "day_start": _clock(template.day_start),
        "items": [
            {
                "title": item.title,
                "minutes": int(item.minutes),
                "kind": AgendaKind(item.kind).value,
                "work_form": item.work_form,
                "notes": item.notes,
                "pinned_start": _clock(item.pinned_start),
                "flexible": bool(item.flexible),
                "min_minutes": item.min_minutes,
            }
            for item in template.items
        ],
        "work_forms": [form_to_dict(form) for form in template.work_forms.values()],
    }


def from_dict(data: Any) -> Template:
    """Read a template; TemplateError names the first thing that is wrong."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise TemplateError("this is not a programme template of Facilitator")
    if not isinstance(data.get("version"), int) or data["version"] > VERSION:
        raise TemplateError("this template was written by a newer version of Facilitator")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise TemplateError("the template has no name")
    try:
        forms = [form_from_dict(f) for f in data.get("work_forms", [])]
    except LibraryError as exc:
        raise TemplateError(str(exc)) from exc
    by_key = {form.key: form for form in forms}
    items = [_item(raw, n, by_key) for n, raw in enumerate(data.get("items", []), start=1)]
    return Template(
        name=name.strip(),
        day_start=_parse_clock(data.get("day_start", "09:00"), "day_start") or time(9, 0),
        items=items,
        work_forms=by_key,
        description=str(data.get("description", "")),
        name_en=str(data.get("name_en", "")),
        description_en=str(data.get("description_en", "")),
    )


def _item(raw: Any, number: int, forms: dict[str, WorkForm]) -> TemplateItem:
    what = f"item {number}"
    if not isinstance(raw, dict) or not isinstance(raw.get("title"), str):
        raise TemplateError(f"{what} has no title")
    minutes = raw.get("minutes")
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not 0 < minutes <= 24 * 60:
        raise TemplateError(f"{what} ({raw['title']}): minutes must be a whole number above 0")
    try:
        kind = AgendaKind(raw.get("kind", "plenary"))
    except ValueError:
        raise TemplateError(f"{what} ({raw['title']}): unknown kind {raw.get('kind')!r}") from None
    key = raw.get("work_form")
    if key is not None and key not in forms:
        raise TemplateError(f"{what} ({raw['title']}): work form {key!r} is not in the template")
    minimum = raw.get("min_minutes")
    if minimum is not None and (not isinstance(minimum, int) or isinstance(minimum, bool) or minimum < 0):
        raise TemplateError(f"{what} ({raw['title']}): min_minutes must be a whole number")
    return TemplateItem(
        title=raw["title"], minutes=minutes, kind=kind, work_form=key, notes=str(raw.get("notes", "")),
        pinned_start=_parse_clock(raw.get("pinned_start"), what), flexible=bool(raw.get("flexible", True)),
        min_minutes=minimum,
    )


def dumps(template: Template) -> str:
    return json.dumps(to_dict(template), ensure_ascii=False, indent=2) + "\n"


def loads(text: str) -> Template:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TemplateError(f"not valid JSON (line {exc.lineno})") from exc
    return from_dict(data)


# -- files -----------------------------------------------------------------------------------------------


def user_templates_dir() -> Path:
    return data_dir() / "templates"


def built_in_templates_dir() -> Path:
    return resource("templates")


def load_template(path: Path, *, built_in: bool = False) -> Template:
    path = Path(path)
    try:
        template = loads(path.read_text(encoding="utf-8"))
    except TemplateError as exc:
        raise TemplateError(f"{path.name}: {exc}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(f"{path.name}: cannot be read ({exc})") from exc
    template.built_in = built_in
    template.path = path
    return template


def template_path(name: str, folder: Path | None = None) -> Path:
    """Where a user's template called ``name`` is saved."""
    return (folder or user_templates_dir()) / f"{slug(name)}{SUFFIX}"


def save_template(template: Template, folder: Path | None = None, *, overwrite: bool = False) -> Path:
    """Write ``template`` to the user's templates folder; FileExistsError unless ``overwrite``."""
    path = template_path(template.name, folder)
    if path.exists() and not overwrite:
        raise FileExistsError(path)
    write_atomically(path, dumps(template), make_parents=True)
    template.path = path
    return path


def list_templates(folder: Path | None = None) -> tuple[list[Template], list[str]]:
    """The shipped templates, then the user's own (each by name), and a line for every file that failed."""
    found: list[Template] = []
    problems: list[str] = []
    for directory, built_in in ((built_in_templates_dir(), True), (folder or user_templates_dir(), False)):
        group = []
        for path in sorted(directory.glob(f"*{SUFFIX}")) if directory.is_dir() else []:
            try:
                group.append(load_template(path, built_in=built_in))
            except TemplateError as exc:
                problems.append(str(exc))
        found += sorted(group, key=lambda t: t.name.casefold())
    return found, problems


# -- programmes and templates ------------------------------------------------------------------------------


def from_programme(
    name: str, day_start: time, items: Sequence[AgendaItem], forms: Iterable[WorkForm], description: str = ""
) -> Template:
    """A template of a session's programme (items in order; ``forms`` are the session's work forms)."""
    by_id = {form.id: form for form in forms}
    used: dict[str, WorkForm] = {}
    lines = []
    for item in sorted(items, key=lambda i: i.position):
        form = by_id.get(item.work_form_id) if item.work_form_id is not None else None
        if form is not None:
            used.setdefault(form.key, copy_of(form))
        lines.append(TemplateItem(
            title=item.title, minutes=item.planned_minutes, kind=AgendaKind(item.kind),
            work_form=form.key if form else None, notes=item.facilitator_notes, pinned_start=item.pinned_start,
            flexible=item.flexible, min_minutes=item.min_minutes,
        ))
    return Template(name=name, day_start=day_start, items=lines, work_forms=used, description=description)


def agenda_items(template: Template, form_ids: dict[str, int] | None = None) -> list[AgendaItem]:
    """Fresh, unsaved agenda items of the template, positions 0..n-1 (work forms by ``form_ids``)."""
    form_ids = form_ids or {}
    return [
        AgendaItem(
            title=item.title, planned_minutes=item.minutes, kind=item.kind, position=position,
            work_form_id=form_ids.get(item.work_form) if item.work_form else None,
            facilitator_notes=item.notes, pinned_start=item.pinned_start, flexible=item.flexible,
            min_minutes=item.min_minutes,
        )
        for position, item in enumerate(template.items)
    ]


def apply_template(session: Session, template: Template) -> list[AgendaItem]:
    """Append the template's programme to a session (inside one of its transactions).

    A work form the session already has (same key) is used as it is; any
    other is added as a copy of the template's. Returns the new items.
    """
    keys = {item.work_form for item in template.items if item.work_form}
    existing = {form.key: form for form in session.scalars(select(WorkForm).where(WorkForm.key.in_(keys)))}
    for key in sorted(keys - existing.keys()):
        existing[key] = copy_of(template.work_forms[key])
        session.add(existing[key])
    session.flush()
    last = session.scalars(select(AgendaItem.position).order_by(AgendaItem.position.desc())).first()
    items = agenda_items(template, {key: form.id for key, form in existing.items()})
    offset = 0 if last is None else last + 1
    for item in items:
        item.position += offset
    session.add_all(items)
    session.flush()
    return items
