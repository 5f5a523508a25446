"""The seating and the participant list as CSV files that Dutch Excel opens correctly and safely. No Qt.

* :func:`write_seating_csv` — one line per person per round: round, table,
  first name, infix, last name, role.
* :func:`write_participants_csv` — one line per person: number, names, role,
  attendance, every attribute (a column each), needs and e-mail. Its column
  names are the ones the participant import recognises, so the file can be
  edited in Excel and imported again.

The format is chosen for Excel as it is set up in the Netherlands: UTF-8 with
a byte order mark (without it Excel reads cp1252 and garbles ë, ç, ö),
``;`` as separator (Dutch Excel's list separator, as the decimal comma takes
``,``), lines ending in CRLF, and every cell in double quotes (a quote inside
doubled), so a separator, quote or line break in a value can't shift columns.

Formula injection (CSV injection, OWASP): a cell that starts with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return would run as a formula when
opened in Excel or LibreOffice, so it gets a leading apostrophe (``'=1+2``)
and is shown as text. Texts follow the meeting's language (:data:`HEADERS`).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from facilitator.core.model import Attendance, Participant, Role
from facilitator.core.progress import Progress
from facilitator.io.atomic_file import write_atomically
from facilitator.io.seating_snapshot import NothingToExport, SeatingSnapshot, name_sort_key

SEPARATOR = ";"
ENCODING = "utf-8-sig"  # UTF-8 with BOM
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

#: Column names and values per language; the Dutch and English names are both known to the participant import.
HEADERS: dict[str, dict[str, str]] = {
    "nl": {
        "round": "Ronde", "table": "Tafel", "first_name": "Voornaam", "infix": "Tussenvoegsel",
        "last_name": "Achternaam", "role": "Rol", "attendance": "Aanwezigheid", "external_ref": "Nr",
        "needs": "Bijzonderheden", "contact": "E-mail", "gender": "Geslacht", "age": "Leeftijd", "district": "Wijk",
        "education": "Opleiding", "stance": "Houding", "organisation": "Organisatie", "function": "Functie",
        "age_band": "Leeftijdsgroep", "preference": "Voorkeur {n}",
    },
    "en": {
        "round": "Round", "table": "Table", "first_name": "First name", "infix": "Infix",
        "last_name": "Last name", "role": "Role", "attendance": "Attendance", "external_ref": "Number",
        "needs": "Needs", "contact": "Email", "gender": "Gender", "age": "Age", "district": "District",
        "education": "Education", "stance": "Stance", "organisation": "Organisation", "function": "Function",
        "age_band": "Age band", "preference": "Preference {n}",
    },
}
ROLES = {
    "nl": {Role.PARTICIPANT: "deelnemer", Role.TABLE_HOST: "tafelbegeleider", Role.CHAIR: "voorzitter",
           Role.EXPERT: "deskundige", Role.ORGANISER: "organisatie"},
    "en": {Role.PARTICIPANT: "participant", Role.TABLE_HOST: "table host", Role.CHAIR: "chair",
           Role.EXPERT: "expert", Role.ORGANISER: "organiser"},
}
ATTENDANCE = {
    "nl": {Attendance.INVITED: "uitgenodigd", Attendance.PRESENT: "aanwezig", Attendance.ABSENT: "afwezig",
           Attendance.WALK_IN: "zonder aanmelding"},
    "en": {Attendance.INVITED: "invited", Attendance.PRESENT: "present", Attendance.ABSENT: "absent",
           Attendance.WALK_IN: "walk-in"},
}
#: Attribute columns in this order first; any other attribute follows alphabetically.
ATTRIBUTE_ORDER = ("gender", "age", "age_band", "district", "education", "stance", "organisation", "function")


def safe_cell(value: object) -> str:
    """The value as text that no spreadsheet runs as a formula: ``'=HYPERLINK(...)`` instead of ``=HYPERLINK(...)``."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_bytes(rows: list[list[object]]) -> bytes:
    """Rows as the bytes of a CSV file: BOM, ``;``, every cell quoted and made safe, CRLF."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=SEPARATOR, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerows([safe_cell(c) for c in row] for row in rows)
    return buffer.getvalue().encode(ENCODING)


def _header(language: str, key: str) -> str:
    words = HEADERS[language]
    if key.startswith("preference_") and key[len("preference_"):].isdigit():
        return words["preference"].format(n=int(key[len("preference_"):]))
    return words.get(key, key)


def seating_rows(snapshot: SeatingSnapshot, progress: Progress | None = None) -> list[list[str]]:
    """The header and one row per seated person per round, by round, table (room order) and name."""
    if not snapshot.has_seating():
        raise NothingToExport("no_seating" if snapshot.tables else "no_tables")
    progress = progress or Progress()
    language = snapshot.language
    keys = ("round", "table", "first_name", "infix", "last_name", "role")
    rows: list[list[str]] = [[HEADERS[language][k] for k in keys]]
    for index, rnd in enumerate(snapshot.rounds):
        progress.step(index, len(snapshot.rounds))
        for table in snapshot.tables:
            for person in snapshot.seated(rnd.id, table, without_host=False):
                rows.append([str(rnd.number), table.name, person.first_name, person.infix, person.last_name,
                             ROLES[language].get(person.role, str(person.role))])
    progress.step(len(snapshot.rounds), len(snapshot.rounds))
    return rows


def participant_rows(people: list[Participant], language: str = "nl") -> list[list[str]]:
    """The header and one row per person, alphabetical the Dutch way; attributes as columns."""
    if not people:
        raise NothingToExport("no_people")
    language = "en" if language == "en" else "nl"
    present = {key for p in people for key, value in p.attributes.items() if value != ""}
    if "age" in present:
        present.discard("age_band")  # the import derives it from the age again
    attributes = [k for k in ATTRIBUTE_ORDER if k in present] + sorted(present - set(ATTRIBUTE_ORDER))
    keys = ["external_ref", "first_name", "infix", "last_name", "role", "attendance"]
    rows: list[list[str]] = [[_header(language, k) for k in (*keys, *attributes, "needs", "contact")]]
    for person in sorted(people, key=name_sort_key):
        rows.append([
            person.external_ref, person.first_name, person.infix, person.last_name,
            ROLES[language].get(person.role, str(person.role)),
            ATTENDANCE[language].get(person.attendance, str(person.attendance)),
            *(person.attributes.get(k, "") for k in attributes),
            ", ".join(person.needs), person.contact,
        ])
    return rows


def write_seating_csv(snapshot: SeatingSnapshot, target: Path | str, progress: Progress | None = None) -> Path:
    """Write who sits where in every round to ``target``; :class:`NothingToExport` without seating."""
    target = Path(target)
    write_atomically(target, csv_bytes(seating_rows(snapshot, progress)))
    return target


def write_participants_csv(snapshot: SeatingSnapshot, target: Path | str, progress: Progress | None = None) -> Path:
    """Write the participant list to ``target``; :class:`NothingToExport` when there is nobody."""
    (progress or Progress()).step(0, 1)
    target = Path(target)
    write_atomically(target, csv_bytes(participant_rows(list(snapshot.people.values()), snapshot.language)))
    return target
