"""Import a participant list (``.csv`` or ``.xlsx``) in two steps: :func:`preview`, then :func:`apply`.

``preview`` reads the file and stores nothing. Its :class:`ImportReport`
says which encoding and separator were found, which column became which
field, how values were normalised (``M``, ``man``, ``Man `` -> ``man``; the
caller can correct that mapping, and which column holds which field, with
:meth:`ImportReport.recheck`) and every
problem with its row and column as Excel shows them (row 1 is the first line
of the file, columns are letters). ``apply`` stores the people in one
transaction, refuses rows with errors unless told to skip them, and updates
people already in the session (matched by number, else by name and e-mail)
instead of adding them twice. Given the people already stored, ``preview``
also refuses a row whose number the session knows under a different person
(neither first nor last name in common): merging it would rename that person
and hand them someone else's seats and check-in. No Qt.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from facilitator.core.model import Participant
from facilitator.core.people import age_band, split_needs
from facilitator.io.participant_columns import ALIASES, CATEGORICAL, KNOWN_NEEDS, VOCABULARY, field_for, full_name
from facilitator.io.tabular import SEPARATOR_NAMES, Grid, UnreadableFile, column_letter, read_grid

__all__ = ["ImportReport", "ImportResult", "ImportRefused", "Problem", "UnreadableFile", "ValueGroup", "apply", "plan",
           "preview", "row_outcomes"]

ERROR, WARNING = "error", "warning"
MAX_AGE = 120

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_HEADER_SCAN = 30


def _header_score(row: list[str]) -> int:
    fields = {field_for(c) for c in row} - {None}
    names = fields & {"first_name", "last_name", "full_name"}
    return len(fields) if names and len(fields) >= 2 else 0


def _grid_score(rows: list[list[str]]) -> float:
    return float(max((_header_score(r) for r in rows[:_HEADER_SCAN]), default=0))


@dataclass
class Problem:
    """One thing wrong, where the user finds it in Excel: row 5, column B (Voornaam)."""

    row: int
    column: str
    header: str
    field: str
    message: str
    severity: str = ERROR
    value: str = ""
    #: What is wrong, for a UI that words it in its own language: "empty_name", "impossible_age",
    #: "duplicate", "unknown_value", "bad_email", "no_name_column", "number_conflict".
    kind: str = ""
    #: For a duplicate: the row the person was first seen in.
    other_row: int = 0
    #: For a number conflict: whom the session knows by that number.
    known_as: str = ""

    def as_dict(self) -> dict:
        return {"row": self.row, "column": self.column, "header": self.header, "field": self.field,
                "message": self.message, "severity": self.severity, "value": self.value, "kind": self.kind}

    def __str__(self) -> str:
        where = f"row {self.row}, column {self.column} ({self.header})" if self.column else f"row {self.row}"
        return f"{where}: {self.severity}: {self.message}"


@dataclass
class ValueGroup:
    """One value of a category column as the file spells it (``Vrouw``, ``vrouw``), what is stored, how often."""

    spellings: list[str]
    stored: str
    rows: int
    unknown: bool = False  # outside the column's vocabulary and not corrected: a warning on each of its rows


@dataclass
class Row:
    """One data row turned into a participant, with its Excel row number and whether it has errors."""

    number: int
    person: Participant
    errors: bool = False


@dataclass
class ImportReport:
    """What a file holds and what is wrong with it; nothing is stored yet."""

    path: str
    grid: Grid = field(repr=False)
    header_row: int
    columns: list[dict]
    rows: list[Row]
    mapping: dict[str, dict[str, str]]
    problems: list[Problem]
    corrections: dict[str, dict[str, str]] = field(default_factory=dict)
    #: The user's column choices: column letter -> field (or an attribute name); "" ignores the column.
    column_choices: dict[str, str] = field(default_factory=dict)
    #: Per category field, its values grouped by spelling, in the order the file first uses them.
    values: dict[str, list[ValueGroup]] = field(default_factory=dict)
    #: The people already stored, as number -> (first name, last name, name shown), to check numbers against.
    known: dict[str, tuple[str, str, str]] = field(default_factory=dict, repr=False)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == WARNING]

    @property
    def valid_rows(self) -> list[Row]:
        return [r for r in self.rows if not r.errors]

    def recheck(self, corrections: dict[str, dict[str, str]] | None = None,
                columns: dict[str, str] | None = None) -> "ImportReport":
        """The report again with the user's value mapping (``{"education": {"HBO": "hoog"}}``) and column
        choices (``{"L": "gender", "K": ""}``: column L holds the gender, K is ignored) on top of earlier ones."""
        merged = {f: dict(v) for f, v in self.corrections.items()}
        for name, values in (corrections or {}).items():
            merged.setdefault(name, {}).update(values)
        return analyse(self.grid, self.path, merged, {**self.column_choices, **(columns or {})}, self.known)

    def as_dict(self) -> dict:
        return {
            "file": self.path,
            "format": self.grid.format,
            "encoding": self.grid.encoding,
            "separator": self.grid.separator,
            "sheet": self.grid.sheet,
            "header_row": self.header_row,
            "columns": self.columns,
            "rows": len(self.rows),
            "valid_rows": len(self.valid_rows),
            "mapping": self.mapping,
            "problems": [p.as_dict() for p in self.problems],
        }

    def lines(self) -> list[str]:
        """The report as readable text, one fact per line."""
        g = self.grid
        if g.format == "xlsx":
            found = [f"file: {self.path} (Excel workbook, sheet '{g.sheet}')"]
        else:
            shown = "\\t" if g.separator == "\t" else g.separator
            found = [f"file: {self.path} (CSV, encoding {g.encoding}, separator '{shown}' {SEPARATOR_NAMES[g.separator]})"]
        found.append(f"header in row {self.header_row}; {len(self.rows)} rows, {len(self.valid_rows)} without errors")
        found.append("columns:")
        for col in self.columns:
            target = col["field"] or "(empty column, ignored)"
            kind = "" if col["known"] or not col["field"] else "  [kept as attribute]"
            found.append(f"  {col['column']:>3} {col['header']:<24} -> {target}{kind}")
        if self.mapping:
            found.append("values normalised:")
            for name, values in self.mapping.items():
                found.extend(f"  {name}: {raw!r} -> {value!r}" for raw, value in values.items())
        found.append(f"problems: {len(self.errors)} errors, {len(self.warnings)} warnings")
        found.extend(f"  {p}" for p in self.problems)
        return found


class ImportRefused(Exception):
    """There are rows with errors and the user did not choose to skip them; nothing was stored."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__(f"{len(report.errors)} problems in {len({p.row for p in report.errors})} rows; nothing imported")
        self.report = report


@dataclass
class ImportResult:
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0

    def as_dict(self) -> dict:
        return {"imported": self.imported, "updated": self.updated, "unchanged": self.unchanged, "skipped": self.skipped}


# -- reading ----------------------------------------------------------------------------------


def preview(path: Path | str, corrections: dict[str, dict[str, str]] | None = None,
            columns: dict[str, str] | None = None, existing: Sequence[Participant] = ()) -> ImportReport:
    """Read and check a list (against the people ``existing`` in the session, if given); raises
    :class:`UnreadableFile` when it is no table of people."""
    grid = read_grid(path, score=_grid_score)
    known = {p.external_ref: (p.first_name, p.last_name, p.display_name) for p in existing if p.external_ref}
    return analyse(grid, str(path), corrections or {}, columns, known)


def is_field(name: str) -> bool:
    """True for a field the import knows ('gender', 'preference_2'); False for an attribute kept by name."""
    return name in ALIASES or bool(re.fullmatch(r"preference_\d{1,2}", name))


def _assign(header: list[str], choices: dict[str, str]) -> tuple[list[dict], dict[int, str]]:
    """Which column becomes which field: the user's choices first, recognised names for the rest."""
    columns, fields, seen = [], {}, set()
    taken = {target for target in choices.values() if target and is_field(target)}
    for i, name in enumerate(header):
        letter = column_letter(i)
        if letter in choices:
            target = choices[letter] or None
            if target and is_field(target) and target in seen:  # chosen twice: the first column keeps it
                target = _clean(name) or letter
            known = target if target and is_field(target) else None
        else:
            known = field_for(name)
            if known in seen or known in taken:  # a second 'E-mail' column is kept, under its own name
                known = None
            target = known or (_clean(name) if name.strip() else None)
        if target:
            seen.add(target)
            fields[i] = target
        columns.append({"column": letter, "header": _clean(name), "field": target, "known": bool(known)})
    return columns, fields


def _clean(text: str) -> str:
    return " ".join(text.split())


def _header_row(rows: list[list[str]]) -> int:
    best, index = 0, -1
    for i, row in enumerate(rows[:_HEADER_SCAN]):
        score = _header_score(row)
        if score > best:
            best, index = score, i
    return index


def analyse(grid: Grid, path: str, corrections: dict[str, dict[str, str]],
            choices: dict[str, str] | None = None, known: dict[str, tuple[str, str, str]] | None = None
            ) -> ImportReport:
    """Turn a grid into participants and problems (see :func:`preview`); ``choices`` overrule column names,
    ``known`` maps the session's numbers to its people (first name, last name, name shown)."""
    known = dict(known or {})
    choices = dict(choices or {})
    header_index = _header_row(grid.rows)
    if header_index < 0:
        raise UnreadableFile(f"{path}: no header row with known column names (Voornaam, Achternaam, ...) "
                             f"in the first {_HEADER_SCAN} rows; is this a participant list?")
    header = grid.rows[header_index]
    columns, fields = _assign(header, choices)
    by_field = {f: i for i, f in fields.items()}
    data = [(n, r) for n, r in enumerate(grid.rows[header_index + 1:], start=header_index + 2) if any(c.strip() for c in r)]

    def cell(row: list[str], name: str) -> str:
        i = by_field.get(name)
        return _clean(row[i]) if i is not None and i < len(row) else ""

    def where(name: str) -> tuple[str, str]:
        i = by_field.get(name)
        return (column_letter(i), _clean(header[i])) if i is not None else ("", "")

    problems: list[Problem] = []

    def problem(row: int, name: str, message: str, severity: str = ERROR, value: str = "", kind: str = "",
                other_row: int = 0, known_as: str = "") -> None:
        col, head = where(name)
        problems.append(Problem(row, col, head, name, message, severity, value, kind, other_row, known_as))

    # value normalisation: the vocabulary where the column mostly uses it, else the most common spelling
    categorical = [f for f in fields.values() if f in CATEGORICAL or f.startswith("preference_")
                   or (f not in ALIASES and not f.startswith("preference_"))]
    canon: dict[str, dict[str, str]] = {}
    vocab_used: set[str] = set()
    for name in categorical:
        values = [cell(r, name) for _, r in data if cell(r, name)]
        vocab = VOCABULARY.get(name, {})
        folded = Counter(v.casefold() for v in values)
        if vocab and sum(c for v, c in folded.items() if v in vocab) * 2 >= len(values):
            vocab_used.add(name)
        spelling: dict[str, str] = {}
        for value, _ in Counter(values).most_common():
            spelling.setdefault(value.casefold(), value)
        chosen = {}
        for value in values:
            low = value.casefold()
            chosen[value] = vocab[low] if name in vocab_used and low in vocab else spelling[low]
        for raw, value in corrections.get(name, {}).items():
            for original in chosen:
                if original.casefold() == _clean(raw).casefold():
                    chosen[original] = value
        canon[name] = chosen
    mapping: dict[str, dict[str, str]] = {}
    for _, r in data:
        for name in canon:
            i = by_field[name]
            raw = r[i] if i < len(r) else ""
            value = canon[name].get(_clean(raw))
            if value is not None and raw != value:
                mapping.setdefault(name, {})[raw] = value
    corrected = {name: {_clean(k).casefold() for k in v} for name, v in corrections.items()}

    def unknown(name: str, value: str) -> bool:
        return (name in vocab_used and value.casefold() not in VOCABULARY[name]
                and value.casefold() not in corrected.get(name, set()))

    values: dict[str, list[ValueGroup]] = {}
    for name in canon:
        groups: dict[str, ValueGroup] = {}
        counted = Counter(cell(r, name) for _, r in data if cell(r, name))
        for value, count in counted.items():
            group = groups.setdefault(value.casefold(), ValueGroup([], canon[name][value], 0, unknown(name, value)))
            group.spellings.append(value)
            group.rows += count
        for group in groups.values():
            group.spellings.sort(key=lambda v: -counted[v])
        values[name] = list(groups.values())
    name_fields = [f for f in ("first_name", "last_name", "full_name") if f in by_field]

    rows: list[Row] = []
    first_seen: dict[tuple, int] = {}
    if not name_fields:
        problems.append(Problem(header_index + 1, "", "", "first_name",
                                "no column holds the names: choose a column for first name, last name or full name",
                                kind="no_name_column"))
    for number, r in data:
        problems_before = len(problems)  # look only at this row's problems: counting them all is quadratic
        first, infix, last = cell(r, "first_name"), cell(r, "infix"), cell(r, "last_name")
        if "full_name" in by_field and not (first or last):
            first, infix, last = full_name(cell(r, "full_name"))
        if not (first or last) and name_fields:
            problem(number, name_fields[0], "empty name", kind="empty_name")
        attributes: dict[str, str] = {}
        age_text = cell(r, "age")
        if age_text:
            try:
                age = float(age_text.replace(",", "."))
                if not age.is_integer():
                    raise ValueError
                age = int(age)
            except ValueError:
                problem(number, "age", f"impossible age: {age_text!r} is not a whole number", value=age_text,
                        kind="impossible_age")
            else:
                if age < 0 or age > MAX_AGE:
                    problem(number, "age", f"impossible age: {age}", value=age_text, kind="impossible_age")
                else:
                    attributes["age_band"] = age_band(age)
                    attributes["age"] = str(age)
        for name in canon:
            value = cell(r, name)
            if not value:
                continue
            attributes[name] = canon[name][value]
            if unknown(name, value):
                problem(number, name, f"unknown value {value!r} (kept as it is; correct it in the mapping)",
                        WARNING, value, kind="unknown_value")
        contact = cell(r, "contact")
        if contact and not _EMAIL.match(contact):
            problem(number, "contact", f"not an e-mail address: {contact!r} (left out)", WARNING, contact,
                    kind="bad_email")
            contact = ""
        needs = [next((k for k in KNOWN_NEEDS if k.casefold() == n.casefold()), n) for n in split_needs(cell(r, "needs"))]
        ref = cell(r, "external_ref")
        person = Participant(first_name=first, infix=infix, last_name=last, attributes=attributes,
                             needs=needs, external_ref=ref, contact=contact)
        if first or last:
            keys = [("ref", ref)] if ref else []
            keys.append(("name", _name_key(person), contact.casefold()))
            for key in keys:
                if key in first_seen:
                    problem(number, "external_ref" if key[0] == "ref" else name_fields[0],
                        f"duplicate person: same {'number' if key[0] == 'ref' else 'name and e-mail'} "
                        f"as row {first_seen[key]}", value=ref if key[0] == "ref" else person.display_name,
                        kind="duplicate", other_row=first_seen[key])
                    break
            for key in keys:
                first_seen.setdefault(key, number)
            stored = known.get(ref) if ref else None
            if stored is not None and not _same_person(stored, first, last):
                problem(number, "external_ref",
                        f"number {ref} belongs to {stored[2]} in this session, not to {person.display_name}; "
                        "if the list was renumbered, ignore the number column (people are then matched by name "
                        "and e-mail)", value=ref, kind="number_conflict", known_as=stored[2])
        errors = not name_fields or any(p.severity == ERROR for p in problems[problems_before:])
        rows.append(Row(number, person, errors))
    problems.sort(key=lambda p: (p.row, len(p.column), p.column))
    return ImportReport(path, grid, header_index + 1, columns, rows, mapping, problems,
                        {f: dict(v) for f, v in corrections.items()}, choices, values, known)


def _same_person(stored: tuple[str, str, str], first: str, last: str) -> bool:
    """Whether a row can be the stored person: a first or a last name in common (a corrected spelling of
    one, a new married name, a nickname keep the other)."""
    def key(text: str) -> str:
        return " ".join(text.casefold().split())
    return any(key(a) and key(a) == key(b) for a, b in zip(stored[:2], (first, last), strict=True))


def _name_key(person: Participant) -> str:
    return " ".join(person.display_name.casefold().split())


# -- storing ----------------------------------------------------------------------------------


def _match(existing: list[Participant]):
    by_ref = {p.external_ref: p for p in existing if p.external_ref}
    by_name = {(_name_key(p), p.contact.casefold()): p for p in existing}

    def find(person: Participant) -> Participant | None:
        if person.external_ref and person.external_ref in by_ref:
            return by_ref[person.external_ref]
        return by_name.get((_name_key(person), person.contact.casefold()))

    return find


def _changes(target: Participant, source: Participant) -> dict:
    """What the list would change on a stored person (keeping attributes set elsewhere); empty if nothing."""
    wanted = {
        "first_name": source.first_name, "infix": source.infix, "last_name": source.last_name,
        "attributes": {**target.attributes, **source.attributes}, "needs": list(source.needs),
        "external_ref": source.external_ref or target.external_ref, "contact": source.contact or target.contact,
    }
    return {name: value for name, value in wanted.items() if getattr(target, name) != value}


def _merge(target: Participant, source: Participant) -> bool:
    """Copy what the list says onto a stored person; True if anything changed."""
    changes = _changes(target, source)
    for name, value in changes.items():
        setattr(target, name, value)
    return bool(changes)


def _copy(person: Participant) -> Participant:
    """A new record with what a list brings (names, attributes, needs, number, contact)."""
    return Participant(person.first_name, person.last_name, person.infix, attributes=dict(person.attributes),
                       needs=list(person.needs), external_ref=person.external_ref, contact=person.contact)


def _reconcile(people: list[Participant], report: ImportReport, skip_invalid: bool, add) -> ImportResult:
    """Match each valid row to ``people``: merge into the match, or ``add`` a new person; count what happened."""
    if report.errors and not skip_invalid:
        raise ImportRefused(report)
    find = _match(people)
    result = ImportResult(skipped=len(report.rows) - len(report.valid_rows))
    for row in report.valid_rows:
        found = find(row.person)
        if found is None:
            add(_copy(row.person))
            result.imported += 1
        elif _merge(found, row.person):
            result.updated += 1
        else:
            result.unchanged += 1
    return result


def row_outcomes(existing: list[Participant], report: ImportReport) -> dict[int, tuple[str, Participant | None]]:
    """Per row without errors (by Excel row number): "new", "updated" or "unchanged", and the stored person it
    matches (None for a new one), so a preview can show what each row will do. Changes nothing."""
    find = _match(existing)
    outcomes: dict[int, tuple[str, Participant | None]] = {}
    for row in report.valid_rows:
        found = find(row.person)
        if found is None:
            outcomes[row.number] = ("new", None)
        else:
            outcomes[row.number] = ("updated" if _changes(found, row.person) else "unchanged", found)
    return outcomes


def plan(existing: list[Participant], report: ImportReport, skip_invalid: bool = False) -> ImportResult:
    """The counts :func:`apply` would reach against these stored people (for a dry run); changes nothing."""
    return _reconcile([_copy(p) for p in existing], report, skip_invalid, add=lambda person: None)


def apply(doc, report: ImportReport, skip_invalid: bool = False) -> ImportResult:
    """Store the report's people in one transaction; :class:`ImportRefused` (nothing stored) on row errors
    unless ``skip_invalid``. People already in the session are updated, not added again."""
    if report.errors and not skip_invalid:
        raise ImportRefused(report)
    with doc.transaction() as session:
        return _reconcile(list(session.scalars(select(Participant))), report, skip_invalid, session.add)
