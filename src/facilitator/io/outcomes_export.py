"""The meeting's outcomes (notes, themes, votes, actions) as one .xlsx workbook or CSV files for analysis. No Qt.

:func:`load_outcomes` reads a session into an :class:`Outcomes`: five sheets of
plain rows, in the meeting's language (fast; the GUI thread may call it).
:func:`write_xlsx` writes them as one workbook (a sheet each, the header row
bold, frozen and filtered, columns sized to their content);
:func:`write_csv_files` as one CSV file per sheet in a folder, named
``<session> - notities.csv`` and so on, in the Dutch-Excel format of
:mod:`facilitator.io.csv_export` (BOM, ``;``, every cell quoted, values that
start with ``= + - @`` tab or CR neutralised; in the workbook every text is
stored as text, so none runs as a formula). Both are cancellable through
:class:`~facilitator.core.progress.Progress` and write all or nothing.

Sheets: notes (agenda item, round, table, category, theme, text, quote,
hidden, dots, time), themes (notes, dots, rank, actions), vote totals per
vote (rank within the vote), votes per table (one row per table tally: easy
to pivot), actions and recommendations with their path note → theme → dots.

Privacy, decided: this is the project team's own analysis file, so it holds
every note, hidden ones too, each marked in the "Verborgen" column (hidden
notes never reach the Word report; ``include_hidden=False`` leaves them
out). It never holds participant names, contact details or note authors;
tables appear by their name ("Tafel 3"). An action's owner stays: that is
who follows it up, part of the agreement, not a participant's data.
"""

from __future__ import annotations

import io
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from facilitator.core import model as m
from facilitator.core.progress import Progress
from facilitator.core.votes import ranking
from facilitator.io.atomic_file import write_atomically
from facilitator.io.csv_export import csv_bytes
from facilitator.io.seating_snapshot import NothingToExport
from facilitator.store.schema import MAPPED

NOTES, THEMES, VOTES, VOTES_BY_TABLE, ACTIONS = "notes", "themes", "votes", "votes_by_table", "actions"
SHEETS = (NOTES, THEMES, VOTES, VOTES_BY_TABLE, ACTIONS)
ROWS_PER_STEP = 500

#: Sheet title and CSV file-name part per sheet and language (sheet titles ≤ 31 characters).
SHEET_NAMES = {
    "nl": {NOTES: ("Notities", "notities"), THEMES: ("Thema's", "themas"), VOTES: ("Stemmen", "stemmen"),
           VOTES_BY_TABLE: ("Stemmen per tafel", "stemmen-per-tafel"),
           ACTIONS: ("Acties en aanbevelingen", "acties")},
    "en": {NOTES: ("Notes", "notes"), THEMES: ("Themes", "themes"), VOTES: ("Votes", "votes"),
           VOTES_BY_TABLE: ("Votes per table", "votes-per-table"),
           ACTIONS: ("Actions and recommendations", "actions")},
}
HEADERS = {
    "nl": {
        NOTES: ("Nr", "Agendapunt", "Ronde", "Tafel", "Categorie", "Thema", "Notitie", "Citaat", "Verborgen",
                "Stippen", "Vastgelegd"),
        THEMES: ("Thema", "Agendapunt", "Notities", "Stippen", "Plaats", "Acties en aanbevelingen"),
        VOTES: ("Stemronde", "Agendapunt", "Soort", "Onderwerp", "Stippen", "Plaats", "Tafels met stippen"),
        VOTES_BY_TABLE: ("Stemronde", "Soort", "Onderwerp", "Tafel", "Stippen"),
        ACTIONS: ("Soort", "Tekst", "Eigenaar", "Deadline", "Agendapunt", "Uit thema", "Stippen voor het thema",
                  "Uit notitie"),
    },
    "en": {
        NOTES: ("No.", "Agenda item", "Round", "Table", "Category", "Theme", "Note", "Quote", "Hidden", "Dots",
                "Captured"),
        THEMES: ("Theme", "Agenda item", "Notes", "Dots", "Rank", "Actions and recommendations"),
        VOTES: ("Vote", "Agenda item", "Kind", "Subject", "Dots", "Rank", "Tables with dots"),
        VOTES_BY_TABLE: ("Vote", "Kind", "Subject", "Table", "Dots"),
        ACTIONS: ("Kind", "Text", "Owner", "Due date", "Agenda item", "From theme", "Dots for the theme",
                  "From note"),
    },
}
WORDS = {
    "nl": {"yes": "ja", "theme": "thema", "note": "notitie", "no_table": "(zonder tafel)",
           m.ActionKind.ACTION: "Actiepunt", m.ActionKind.RECOMMENDATION: "Aanbeveling"},
    "en": {"yes": "yes", "theme": "theme", "note": "note", "no_table": "(no table)",
           m.ActionKind.ACTION: "Action", m.ActionKind.RECOMMENDATION: "Recommendation"},
}
#: Widest a column gets (characters); note texts wrap in Excel's cell editor anyway.
MAX_WIDTH = 60


class NoOutcomes(NothingToExport):
    """The session has no notes, themes, votes or actions: nothing to analyse."""

    MESSAGES = {"no_outcomes": "the session has no notes, themes, votes or actions yet"}


@dataclass(frozen=True)
class Sheet:
    """One table of the export: its key, title, CSV file-name part, header and rows (plain values)."""

    key: str
    title: str
    file_part: str
    header: tuple[str, ...]
    rows: list[list[object]]


@dataclass(frozen=True)
class Outcomes:
    """Everything the analysis export writes; plain data, safe to hand to a worker thread."""

    title: str
    organiser: str
    language: str
    sheets: list[Sheet]

    def sheet(self, key: str) -> Sheet:
        return next(s for s in self.sheets if s.key == key)

    def row_count(self) -> int:
        return sum(len(s.rows) for s in self.sheets)


def _notes(doc) -> list[tuple]:
    t = MAPPED[m.StickyNote].c
    query = select(t.id, t.text, t.agenda_item_id, t.category, t.table_id, t.round_id, t.theme_id, t.is_quote,
                   t.hidden, t.created_at, t.position)
    with doc.reader() as session:
        return list(session.execute(query))


def _tallies(doc) -> list[m.VoteTally]:
    t = MAPPED[m.VoteTally].c
    with doc.reader() as session:
        rows = session.execute(select(t.vote_id, t.dots, t.theme_id, t.note_id, t.table_id).order_by(t.id))
        return [m.VoteTally(vote, dots, theme_id=theme, note_id=note, table_id=table)
                for vote, dots, theme, note, table in rows]


def _target(tally: m.VoteTally) -> tuple[str, int]:
    """What a tally gave its dots to, as :func:`facilitator.core.votes.totals` keys it."""
    return ("theme", tally.theme_id) if tally.theme_id is not None else ("note", tally.note_id)


def load_outcomes(doc, language: str | None = None, *, include_hidden: bool = True) -> Outcomes:
    """Read the outcomes of ``doc`` into plain rows; :class:`NoOutcomes` when there are none."""
    meeting = doc.meeting()
    lang = "en" if (language or meeting.language) == "en" else "nl"
    words = WORDS[lang]
    items = {i.id: i for i in doc.all(m.AgendaItem)}
    item_order = {item_id: index for index, item_id in enumerate(items)}
    tables = {t.id: t.name for t in doc.all(m.Table)}
    table_order = {table_id: index for index, table_id in enumerate(tables)}
    rounds = {r.id: r.number for r in doc.all(m.TableRound)}
    themes = doc.all(m.Theme)
    theme_names = {t.id: t.name for t in themes}
    votes = doc.all(m.DotVote)
    actions = doc.all(m.ActionItem)
    notes = [n for n in _notes(doc) if include_hidden or not n.hidden]
    tallies = _tallies(doc)
    if not (notes or themes or tallies or actions):
        raise NoOutcomes("no_outcomes")
    note_texts = {n.id: n.text for n in notes}

    def title(item_id):
        return items[item_id].title if item_id in items else ""

    dots: Counter = Counter()
    by_vote: dict[int, list[m.VoteTally]] = defaultdict(list)
    for tally in tallies:
        by_vote[tally.vote_id].append(tally)
        dots[_target(tally)] += tally.dots
    day_rank = {r.key: r.rank for r in ranking(tallies) if r.key[0] == "theme"}

    def subject(tally) -> tuple[str, str]:
        if tally.theme_id is not None:
            return words["theme"], theme_names.get(tally.theme_id, "")
        return words["note"], note_texts.get(tally.note_id, "")

    note_rows = [
        [n.id, title(n.agenda_item_id), rounds.get(n.round_id, ""), tables.get(n.table_id, ""), n.category,
         theme_names.get(n.theme_id, ""), n.text, words["yes"] if n.is_quote else "",
         words["yes"] if n.hidden else "", dots.get(("note", n.id), 0) or "", n.created_at]
        for n in sorted(notes, key=lambda n: (item_order.get(n.agenda_item_id, 0), n.position, n.id))
    ]
    theme_notes = Counter(n.theme_id for n in notes if n.theme_id is not None)
    theme_actions = Counter(a.source_theme_id for a in actions if a.source_theme_id is not None)
    theme_rows = [
        [t.name, title(t.agenda_item_id), theme_notes[t.id], dots.get(("theme", t.id), ""),
         day_rank.get(("theme", t.id), ""), theme_actions[t.id]]
        for t in sorted(themes, key=lambda t: (item_order.get(t.agenda_item_id, 0), t.position, t.id))
    ]
    vote_rows, table_rows = [], []
    for vote in votes:
        given: dict[tuple[str, int], list[m.VoteTally]] = defaultdict(list)
        for tally in by_vote[vote.id]:
            given[_target(tally)].append(tally)
        for ranked in ranking(by_vote[vote.id]):
            tallied = given[ranked.key]
            kind_word, text = subject(tallied[0])
            vote_rows.append([vote.title, title(vote.agenda_item_id), kind_word, text, ranked.dots, ranked.rank,
                              len({t.table_id for t in tallied if t.table_id is not None and t.dots})])
            for tally in sorted(tallied, key=lambda t: (table_order.get(t.table_id, len(table_order)), t.id or 0)):
                table_rows.append([vote.title, kind_word, text, tables.get(tally.table_id, words["no_table"]),
                                   tally.dots])
    action_rows = [
        [words.get(a.kind, str(a.kind)), a.text, a.owner, a.due_date, title(a.agenda_item_id),
         theme_names.get(a.source_theme_id, ""),
         dots.get(("theme", a.source_theme_id), "") if a.source_theme_id is not None else "",
         note_texts.get(a.source_note_id, "")]
        for a in actions
    ]
    rows = {NOTES: note_rows, THEMES: theme_rows, VOTES: vote_rows, VOTES_BY_TABLE: table_rows,
            ACTIONS: action_rows}
    sheets = [Sheet(key, *SHEET_NAMES[lang][key], HEADERS[lang][key], rows[key]) for key in SHEETS]
    return Outcomes(meeting.title, meeting.organiser, lang, sheets)


# -- writing ---------------------------------------------------------------------------------


def _text(value: object) -> object:
    """A cell value for CSV: dates in ISO form (every Excel reads them), times to the minute."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return value


def csv_files(outcomes: Outcomes, stem: str) -> dict[str, bytes]:
    """File name → CSV bytes for every sheet: ``<stem> - notities.csv`` and so on."""
    return {f"{stem} - {sheet.file_part}.csv": csv_bytes([list(sheet.header), *([_text(v) for v in row]
                                                                                 for row in sheet.rows)])
            for sheet in outcomes.sheets}


def write_csv_files(outcomes: Outcomes, folder: Path | str, stem: str, progress: Progress | None = None) -> list[Path]:
    """Write one CSV file per sheet into ``folder``; all files are prepared before the first is written."""
    progress = progress or Progress()
    folder = Path(folder)
    files = {}
    for index, sheet in enumerate(outcomes.sheets):
        progress.step(index, len(outcomes.sheets) + 1, sheet.title)
        files.update(csv_files(Outcomes(outcomes.title, outcomes.organiser, outcomes.language, [sheet]), stem))
    progress.step(len(outcomes.sheets), len(outcomes.sheets) + 1)
    written = []
    for name, data in files.items():
        write_atomically(folder / name, data)
        written.append(folder / name)
    return written


def _width(header: str, rows: list[list[object]], column: int) -> float:
    """Characters wide enough for the header and the longest of the first rows, within limits."""
    longest = len(header)
    for row in rows[:300]:
        value = row[column]
        size = 16 if isinstance(value, datetime) else 10 if isinstance(value, date) else len(str(value))
        longest = max(longest, size)
    return min(max(longest + 2, 6), MAX_WIDTH)


def write_xlsx(outcomes: Outcomes, target: Path | str, progress: Progress | None = None) -> Path:
    """Write the outcomes as one workbook to ``target``, a sheet each (atomically; cancellable)."""
    import openpyxl  # imported here so the app never pays for it at start-up
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    progress = progress or Progress()
    target = Path(target)
    total = max(outcomes.row_count(), 1)
    done = 0
    date_format = "dd-mm-yyyy" if outcomes.language == "nl" else "yyyy-mm-dd"
    book = openpyxl.Workbook(write_only=True)
    book.properties.title = outcomes.title
    book.properties.creator = outcomes.organiser or "Facilitator"
    bold = Font(bold=True)
    for sheet in outcomes.sheets:
        progress.step(done, total, sheet.title)
        ws = book.create_sheet(sheet.title)
        for column, name in enumerate(sheet.header):
            ws.column_dimensions[get_column_letter(column + 1)].width = _width(name, sheet.rows, column)
        ws.freeze_panes = "A2"
        last = get_column_letter(len(sheet.header))
        ws.auto_filter.ref = f"A1:{last}{len(sheet.rows) + 1}"
        header = []
        for name in sheet.header:
            cell = WriteOnlyCell(ws, name)
            cell.font = bold
            header.append(cell)
        ws.append(header)
        for index, row in enumerate(sheet.rows):
            if index % ROWS_PER_STEP == 0:
                progress.step(done + index, total, sheet.title)
            cells = []
            for value in row:
                cell = WriteOnlyCell(ws, ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value)
                if isinstance(value, str) and value.startswith("="):
                    cell.data_type = "s"  # text, never a formula
                elif isinstance(value, datetime):
                    cell.number_format = date_format + " hh:mm"
                elif isinstance(value, date):
                    cell.number_format = date_format
                cells.append(cell)
            ws.append(cells)
        done += len(sheet.rows)
    progress.step(total, total)
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomically(target, buffer.getvalue())
    return target
