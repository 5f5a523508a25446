"""The report's later chapters: outcomes per agenda item, action items and recommendations, annexes. No Qt."""

from __future__ import annotations

from facilitator.core.model import ActionKind
from facilitator.core.progress import Progress
from facilitator.io.report import fmt
from facilitator.io.report.builder import ReportBuilder
from facilitator.io.report.data import ItemOutcome, NoteLine, ReportData
from facilitator.io.report.options import ChartRenderer
from facilitator.io.report.words import words

#: Notes shown under a theme in the body; the rest are counted (the full list is the notes annex).
NOTES_PER_THEME = 10
#: Notes shown without a theme (an item that was not clustered, e.g. the recommendations round).
LOOSE_NOTES = 30
#: Voted-on themes in a result table and chart.
VOTE_ROWS = 12


def _note_text(note: NoteLine, w: dict[str, str]) -> str:
    extras = [note.category] if note.category else []
    if note.table_no is not None:
        extras.append(f"{w['table']} {note.table_no}")
    return f"{note.text} ({', '.join(extras)})" if extras else note.text


def _notes(b: ReportBuilder, data: ReportData, notes: list[NoteLine], limit: int = NOTES_PER_THEME) -> None:
    w = words(data.language)
    plain = [n for n in notes if not n.is_quote]
    for note in plain[:limit]:
        b.bullet(_note_text(note, w))
    rest = len(plain) - limit
    if rest > 0:
        key = "more_notes" if data.options.annex_notes else "more_notes_plain"
        b.paragraph(w[key].format(n=rest), italic=True, size=10)


def _item(b: ReportBuilder, data: ReportData, outcome: ItemOutcome, charts: ChartRenderer, first: bool) -> None:
    w = words(data.language)
    b.heading(outcome.item.title, 2, new_page=not first)
    facts = [outcome.work_form] if outcome.work_form else []
    if outcome.themes:
        facts.append(w["item_facts"].format(notes=outcome.notes, themes=len(outcome.themes)))
    elif outcome.notes:
        facts.append(w["item_notes"].format(notes=outcome.notes))
    if facts:
        b.paragraph(" \u00b7 ".join(facts), italic=True, size=10, keep_next=True)
    for theme, notes in outcome.themes:
        b.heading(f"{theme.name} ({len(notes)})" if notes else theme.name, 3)
        _notes(b, data, notes)
    if outcome.loose:
        b.heading(w["loose_notes"], 3)
        _notes(b, data, outcome.loose, LOOSE_NOTES)
    quotes = outcome.quotes
    if quotes:
        b.heading(w["quotes"], 3)
        for note in quotes:
            b.bullet(f"\u201c{note.text}\u201d", quote=True)
    for vote in outcome.votes:
        same = vote.title.strip().casefold() == outcome.item.title.strip().casefold()
        b.heading(w["vote"] if same else f"{w['vote']}: {vote.title}", 3)
        b.paragraph(w["vote_intro"].format(voters=vote.dots_per_person, dots=vote.total))
        rows = vote.rows[:VOTE_ROWS]
        if not rows:
            continue
        b.table([w["rank"], w["theme"], w["dots"]], [[str(rank), name, str(dots)] for name, dots, rank in rows],
                [1.6, 11.4, 3.0], align_right={0, 2})
        png = charts.bar_chart(vote.title, [fmt.clip(name, 48) for name, _, _ in rows],
                               [float(dots) for _, dots, _ in rows], unit=w["dots"].lower(), highlight=0)
        b.figure(png, w["vote_caption"].format(title=vote.title))
    if outcome.photos:
        b.heading(w["photos"], 3)
        for number, photo in enumerate(outcome.photos, start=1):
            jpeg = charts.downscale(photo.data, 1600)
            caption = photo.caption or f"{w['photo']} {number}"
            size = (photo.width, photo.height) if photo.width and photo.height else None
            b.figure(jpeg, caption, width_cm=14.0, pixel_size=size)


def outcomes(b: ReportBuilder, data: ReportData, charts: ChartRenderer, progress: Progress, done: int,
             total: int) -> None:
    w = words(data.language)
    b.heading(w["outcomes"], 1, new_page=True)
    if not data.outcomes:
        b.paragraph(w["no_outcomes"], italic=True)
    for index, outcome in enumerate(data.outcomes):
        progress.step(done + index, total, outcome.item.title)
        _item(b, data, outcome, charts, first=index == 0)


def _origin(action, w: dict[str, str]) -> str:
    steps = []
    if action.note:
        steps.append(w["origin_note"].format(text=fmt.clip(action.note, 90)))
    if action.theme:
        steps.append(w["origin_theme"].format(name=action.theme))
    if action.rank is not None:
        steps.append(w["origin_vote"].format(rank=action.rank, dots=action.dots))
    return " \u2192 ".join(steps) or w["origin_none"]


def actions(b: ReportBuilder, data: ReportData) -> None:
    w = words(data.language)
    b.heading(w["actions_title"], 1, new_page=True)
    if not data.actions:
        b.paragraph(w["no_actions"], italic=True)
        return
    b.paragraph(w["actions_intro"])
    for kind, title in ((ActionKind.RECOMMENDATION, w["recommendations"]), (ActionKind.ACTION, w["actions"])):
        chosen = [a for a in data.actions if a.kind == kind]
        if not chosen:
            continue
        b.heading(title, 2)
        rows = [[str(n), (a.text, f"{w['origin']}: {_origin(a, w)}"), a.owner, fmt.numeric_date(a.due, data.language)]
                for n, a in enumerate(chosen, start=1)]
        b.table([w["action_no"], w[kind.value].capitalize(), w["owner"], w["due"]], rows, [1.2, 9.5, 3.0, 2.3])


def annexes(b: ReportBuilder, data: ReportData) -> None:
    w = words(data.language)
    options = data.options
    if not (options.annex_seating or options.annex_notes):
        return
    b.heading(w["annexes"], 1, new_page=True)
    if options.annex_seating:
        b.heading(w["annex_seating"], 2)
        if not data.seat_counts:
            b.paragraph(w["no_seating"], italic=True)
        elif options.include_names:
            b.paragraph(w["seating_intro_names"])
            for rnd in data.rounds:
                per_table = data.seat_names.get(rnd.id, {})
                title = f"{w['round']} {rnd.number}" + (f": {rnd.title}" if rnd.title else "")
                b.heading(title, 3)
                rows = [[f"{w['table']} {t}", ", ".join(per_table[t])] for t in sorted(per_table)]
                b.table([w["table"], w["names"]], rows, [2.4, 13.6])
        else:
            b.paragraph(w["seating_intro"])
            rounds = [r for r in data.rounds if r.id in data.seat_counts]
            numbers = sorted({t for r in rounds for t in data.seat_counts[r.id]})
            rows = [[f"{w['table']} {t}", *[str(data.seat_counts[r.id].get(t, 0)) for r in rounds]] for t in numbers]
            widths = [3.0] + [min(3.0, 13.0 / max(len(rounds), 1))] * len(rounds)
            b.table([w["table"], *[f"{w['round']} {r.number}" for r in rounds]], rows, widths,
                    align_right=set(range(1, len(rounds) + 1)))
    if options.annex_notes:
        b.heading(w["annex_notes"], 2)
        if not data.outcomes:
            b.paragraph(w["no_notes"], italic=True)
        for outcome in data.outcomes:
            names = {theme.id: theme.name for theme, _ in outcome.themes}
            notes = [n for _, ns in outcome.themes for n in ns] + outcome.loose
            if not notes:
                continue
            b.heading(outcome.item.title, 3)
            dash = "\u2014"
            rows = [[names.get(n.theme_id, dash), n.category or dash,
                     f"{w['table']} {n.table_no}" if n.table_no else dash, n.text] for n in notes]
            b.table([w["theme"], w["category_label"], w["table"], w["note"]], rows, [3.6, 2.2, 1.8, 8.4])
