"""Translated display names of the model's enums, and how times, dates and numbers read on screen.

Every screen shows the same words for the same thing ("Table round", "Walk-in"),
so they live here once, under the translation context ``Labels``. Each is a
literal ``QCoreApplication.translate("Labels", "...")`` call: ``pyside6-lupdate``
only collects string literals written inside ``tr()``/``translate()``, so a
helper such as ``_t(text)`` would keep them out of the translation files.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from facilitator.core.model import ActionKind, AgendaKind, Attendance, Role


def kind_label(kind: AgendaKind) -> str:
    return {
        AgendaKind.PLENARY: QCoreApplication.translate("Labels", "Plenary"),
        AgendaKind.TABLE_ROUND: QCoreApplication.translate("Labels", "Table round"),
        AgendaKind.PARALLEL: QCoreApplication.translate("Labels", "Parallel sessions"),
        AgendaKind.BREAK: QCoreApplication.translate("Labels", "Break"),
    }[AgendaKind(kind)]


def role_label(role: Role) -> str:
    return {
        Role.PARTICIPANT: QCoreApplication.translate("Labels", "Participant"),
        Role.TABLE_HOST: QCoreApplication.translate("Labels", "Table host"),
        Role.CHAIR: QCoreApplication.translate("Labels", "Chair"),
        Role.EXPERT: QCoreApplication.translate("Labels", "Expert"),
        Role.ORGANISER: QCoreApplication.translate("Labels", "Organiser"),
    }[Role(role)]


def attendance_label(attendance: Attendance) -> str:
    return {
        Attendance.INVITED: QCoreApplication.translate("Labels", "Invited"),
        Attendance.PRESENT: QCoreApplication.translate("Labels", "Present"),
        Attendance.ABSENT: QCoreApplication.translate("Labels", "Absent"),
        Attendance.WALK_IN: QCoreApplication.translate("Labels", "Walk-in"),
    }[Attendance(attendance)]


def action_kind_label(kind: ActionKind) -> str:
    return {
        ActionKind.ACTION: QCoreApplication.translate("Labels", "Action"),
        ActionKind.RECOMMENDATION: QCoreApplication.translate("Labels", "Recommendation"),
    }[ActionKind(kind)]


def attribute_label(key: str) -> str | None:
    """The translated column name of a participant attribute under one of the app's own keys (the demos
    use ``gender``, ``age_band`` ...); None for any other key, which the imported list named itself."""
    known = {
        "gender": QCoreApplication.translate("Labels", "Gender"),
        "age_band": QCoreApplication.translate("Labels", "Age band"),
        "age": QCoreApplication.translate("Labels", "Age"),
        "district": QCoreApplication.translate("Labels", "District"),
        "education": QCoreApplication.translate("Labels", "Education"),
        "stance": QCoreApplication.translate("Labels", "Stance"),
        "organisation": QCoreApplication.translate("Labels", "Organisation"),
    }
    return known.get(key)


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
