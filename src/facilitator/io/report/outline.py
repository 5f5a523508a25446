"""The report's table of contents with a one-line summary per section, for the Report screen's preview. No Qt."""

from __future__ import annotations

from facilitator.core.model import ActionKind
from facilitator.io.report import fmt
from facilitator.io.report.data import ReportData
from facilitator.io.report.words import attribute_name, counted, words


def outline(data: ReportData) -> list[tuple[int, str, str]]:
    """(level, heading, one-line summary) per section, in the report's language, in the report's order."""
    w = words(data.language)
    meeting = data.meeting
    rows: list[tuple[int, str, str]] = [
        (0, w["outline_title"], ", ".join(f for f in (meeting.title, fmt.day(meeting.date, data.language)) if f)),
        (0, w["contents"], w["outline_contents"]),
        (1, w["summary"], w["outline_summary"].format(present=fmt.count(data.present), notes=data.notes,
                                                        themes=data.themes, actions=len(data.actions))),
        (1, w["programme"], w["outline_programme"].format(items=len(data.schedule))),
        (1, w["participants"], w["outline_participants"].format(n=len(data.composition))),
    ]
    for key in data.composition:
        name = attribute_name(key, data.language)
        rows.append((2, name[:1].upper() + name[1:], ""))
    rows.append((1, w["outcomes"], "" if data.outcomes else w["no_outcomes"]))
    for outcome in data.outcomes:
        found = {"notes": outcome.notes, "themes": len(outcome.themes), "votes": len(outcome.votes),
                 "photos": len(outcome.photos)}
        parts = [counted(n, thing, data.language) for thing, n in found.items() if n]
        rows.append((2, outcome.item.title, ", ".join(parts) or w["outline_item_empty"]))
    rows.append((1, w["actions_title"], w["outline_actions"].format(n=len(data.actions))))
    for kind, title in ((ActionKind.RECOMMENDATION, w["recommendations"]), (ActionKind.ACTION, w["actions"])):
        count = sum(1 for a in data.actions if a.kind == kind)
        if count:
            rows.append((2, title, str(count)))
    options = data.options
    if options.annex_seating or options.annex_notes:
        rows.append((1, w["annexes"], ""))
    if options.annex_seating:
        key = "outline_annex_seating_names" if options.include_names else "outline_annex_seating"
        rows.append((2, w["annex_seating"], w[key].format(rounds=len(data.rounds), tables=data.tables)))
    if options.annex_notes:
        rows.append((2, w["annex_notes"], w["outline_annex_notes"].format(n=data.notes)))
    return rows
