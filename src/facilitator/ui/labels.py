"""Translated display names of the model's enums, and how times, dates and numbers read on screen.

Every screen shows the same words for the same thing ("Table round", "Walk-in"),
so they live here once, under the translation context ``Labels``.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from facilitator.core.model import ActionKind, AgendaKind, Attendance, Role


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def kind_label(kind: AgendaKind) -> str:
    return {
        AgendaKind.PLENARY: _t("Plenary"),
        AgendaKind.TABLE_ROUND: _t("Table round"),
        AgendaKind.PARALLEL: _t("Parallel sessions"),
        AgendaKind.BREAK: _t("Break"),
    }[AgendaKind(kind)]


def role_label(role: Role) -> str:
    return {
        Role.PARTICIPANT: _t("Participant"),
        Role.TABLE_HOST: _t("Table host"),
        Role.CHAIR: _t("Chair"),
        Role.EXPERT: _t("Expert"),
        Role.ORGANISER: _t("Organiser"),
    }[Role(role)]


def attendance_label(attendance: Attendance) -> str:
    return {
        Attendance.INVITED: _t("Invited"),
        Attendance.PRESENT: _t("Present"),
        Attendance.ABSENT: _t("Absent"),
        Attendance.WALK_IN: _t("Walk-in"),
    }[Attendance(attendance)]


def action_kind_label(kind: ActionKind) -> str:
    return {ActionKind.ACTION: _t("Action"), ActionKind.RECOMMENDATION: _t("Recommendation")}[ActionKind(kind)]


def clock(value: time | datetime | None) -> str:
    """'09:30' for a time of day; '' for none."""
    return value.strftime("%H:%M") if value is not None else ""


def long_date(value: date | None) -> str:
    """The meeting's date written out in the user's language ('zaterdag 14 maart 2026')."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat)


def short_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def number(value: int) -> str:
    """A count with the user's digit grouping ('10.000' in Dutch)."""
    return QLocale().toString(int(value))
