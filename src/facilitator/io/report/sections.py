"""The report's first chapters: title page, contents, summary, programme and participants. No Qt."""

from __future__ import annotations

from datetime import date

from docx.shared import Cm, Pt

from facilitator.io.report import fmt
from facilitator.io.report.builder import GREY, ReportBuilder
from facilitator.io.report.data import ReportData, minutes_between
from facilitator.io.report.options import ChartRenderer
from facilitator.io.report.words import attribute_name, words


def title_page(b: ReportBuilder, data: ReportData) -> None:
    w = words(data.language)
    meeting = data.meeting
    if data.options.logo is not None:
        paragraph = b.document.add_paragraph()
        paragraph.add_run().add_picture(str(data.options.logo), height=Cm(2.2))
        paragraph.paragraph_format.space_after = Pt(24)
    spacer = b.document.add_paragraph()
    spacer.paragraph_format.space_before = Pt(120 if data.options.logo is None else 60)
    b.document.add_paragraph(meeting.title or w["report"], style=b._style("Title"))
    b.document.add_paragraph(w["report"], style=b._style("Subtitle"))
    facts = [(w["date"], fmt.day(meeting.date, data.language)), (w["venue"], meeting.venue),
             (w["organiser"], meeting.organiser)]
    for label, value in facts:
        if value:
            paragraph = b.document.add_paragraph()
            paragraph.paragraph_format.space_after = Pt(2)
            run = paragraph.add_run(f"{label}: ")
            run.font.color.rgb = GREY
            paragraph.add_run(value)
    note = b.document.add_paragraph()
    note.paragraph_format.space_before = Pt(160 if data.options.logo is None else 100)
    run = note.add_run(w["privacy_note"] if not data.options.include_names else w["names_note"])
    run.font.size, run.font.color.rgb, run.italic = Pt(9), GREY, True
    made = b.document.add_paragraph()
    run = made.add_run(w["made_with"].format(date=fmt.short_date(date.today(), data.language)))
    run.font.size, run.font.color.rgb = Pt(9), GREY
    b.toc_placeholder()
    b.layout.page, b.layout.y = 2, 1.0  # title page, then the contents


def summary(b: ReportBuilder, data: ReportData, charts: ChartRenderer) -> None:
    w = words(data.language)
    b.heading(w["summary"], 1, new_page=True)
    if data.meeting.description:
        b.paragraph(data.meeting.description)
    b.heading(w["key_figures"], 2)
    recs = sum(1 for a in data.actions if a.kind == "recommendation")
    rows = [[w["present"], fmt.count(data.present)]]
    if data.has_absent:
        rows.append([w["registered"], fmt.count(data.registered)])
    rows += [[w["tables"], str(data.tables)], [w["rounds"], str(len(data.rounds))], [w["notes"], str(data.notes)],
             [w["themes"], str(data.themes)], [w["recommendations"], str(recs)],
             [w["actions"], str(len(data.actions) - recs)]]
    b.table([w["figure_name"], w["number"]], rows, [7.0, 3.0], align_right={1})
    b.heading(w["top_themes"], 2)
    if not data.top_themes:
        b.paragraph(w["no_votes"], italic=True)
        return
    b.paragraph(w["top_themes_intro"], keep_next=True)
    top = data.top_themes[:5]
    b.table([w["rank"], w["theme"], w["dots"]], [[str(i), name, str(dots)] for i, (name, dots) in
                                                 enumerate(top, start=1)], [1.6, 11.4, 3.0], align_right={0, 2})


def programme(b: ReportBuilder, data: ReportData, charts: ChartRenderer) -> None:
    w = words(data.language)
    b.heading(w["programme"], 1, new_page=True)
    if not data.schedule:
        return
    started = [s.item.actual_start for s in data.schedule if s.item.actual_start]
    ended = [s.item.actual_end for s in data.schedule if s.item.actual_end]
    if started and len(ended) == len(data.schedule):
        b.paragraph(w["programme_intro"].format(start=fmt.clock(min(started)), end=fmt.clock(max(ended)),
                                                planned_end=fmt.clock(data.schedule[-1].end)))
    else:
        b.paragraph(w["programme_intro_open"])
    rows, chart_rows = [], []
    origin = data.schedule[0].start
    for placed in data.schedule:
        item = placed.item
        actual = minutes_between(item.actual_start, item.actual_end)
        difference = None if actual is None else actual - item.planned_minutes
        rows.append([item.title, data.work_forms.get(item.work_form_id, ""), fmt.span(placed.start, placed.end),
                     fmt.span(item.actual_start, item.actual_end) or w["not_held"],
                     fmt.signed_minutes(difference, w["minutes"])])
        chart_rows.append((fmt.clip(item.title, 38), (placed.start - origin).total_seconds() / 60,
                           (placed.end - origin).total_seconds() / 60, _rel(item.actual_start, origin),
                           _rel(item.actual_end, origin)))
    b.table([w["item"], w["work_form"], w["planned"], w["actual"], w["difference"]], rows,
            [6.2, 3.4, 2.3, 2.3, 1.8], align_right={4})
    start = data.schedule[0].start
    png = charts.timeline_chart(chart_rows, origin_minutes=start.hour * 60 + start.minute,
                                legend=(w["timeline_planned"], w["timeline_actual"]))
    b.figure(png, w["timeline_caption"])


def _rel(value, origin) -> float | None:
    if value is None:
        return None
    return (value.replace(year=origin.year, month=origin.month, day=origin.day) - origin).total_seconds() / 60


def participants(b: ReportBuilder, data: ReportData, charts: ChartRenderer) -> None:
    w = words(data.language)
    b.heading(w["participants"], 1, new_page=True)
    if data.has_absent:
        b.paragraph(w["participants_intro"].format(registered=fmt.count(data.registered),
                                                   present=fmt.count(data.present)))
    else:
        b.paragraph(w["participants_intro_all"].format(present=fmt.count(data.present)))
    if not data.composition:
        b.paragraph(w["no_attributes"], italic=True)
        return
    for key, rows in data.composition.items():
        name = attribute_name(key, data.language)
        b.heading(name[:1].upper() + name[1:], 2)
        header = [w["category"], w["count_present"], w["share"]]
        widths = [7.0, 3.0, 3.0]
        table_rows = []
        present_marks = fmt.protected([p for _, p, _ in rows])
        registered_marks = fmt.protected([r for _, _, r in rows])
        for (value, present, registered), mark, registered_mark in zip(rows, present_marks, registered_marks):
            line = [value or w["unknown"], mark or str(present), "" if mark else fmt.share(present, data.present)]
            if data.has_absent:
                line.append(registered_mark or str(registered))
            table_rows.append(line)
        if data.has_absent:
            header.append(w["count_registered"])
            widths = [6.0, 3.0, 3.0, 3.0]
        b.table(header, table_rows, widths, align_right={1, 2, 3})
        labels = [value or w["unknown"] for value, _, _ in rows]
        series = [(w["count_present"], [fmt.shown_value(p, k) for (_, p, _), k in zip(rows, present_marks)])]
        if data.has_absent:
            series.append((w["count_registered"],
                           [fmt.shown_value(r, k) for (_, _, r), k in zip(rows, registered_marks)]))
        png = charts.grouped_bar_chart(w["composition_caption"].format(attribute=name), labels, series)
        b.figure(png, w["composition_caption"].format(attribute=name), width_cm=14.0)
        if fmt.HIDDEN in present_marks + registered_marks:
            b.paragraph(w["hidden_note"], italic=True, size=9)

