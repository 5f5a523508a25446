"""Small formatting rules of the report: suppressed counts, dates, clock times, durations. No Qt."""

from __future__ import annotations

from datetime import date, datetime

from facilitator.io.seating_snapshot import _MONTHS, long_date

#: Groups smaller than this are never shown as a number.
MIN_GROUP = 5


def count(n: int) -> str:
    """'<5' for 1–4 people, the number otherwise."""
    return "<5" if 0 < n < MIN_GROUP else str(n)


def share(n: int, total: int) -> str:
    """'42%' of ``total``; '' where the count itself is suppressed."""
    if total <= 0 or 0 < n < MIN_GROUP:
        return ""
    return f"{round(100 * n / total)}%"


def chart_value(n: int) -> float | None:
    """What a chart draws: the count, or None for a suppressed group (drawn as '<5', no height)."""
    return None if 0 < n < MIN_GROUP else float(n)


def day(value: date | None, language: str) -> str:
    return long_date(value, language)


def short_date(value: date | None, language: str) -> str:
    """'30 juni 2026' / '30 June 2026'."""
    if value is None:
        return ""
    return f"{value.day} {_MONTHS['en' if language == 'en' else 'nl'][value.month - 1]} {value.year}"


def clock(value: datetime | None) -> str:
    return value.strftime("%H:%M") if value is not None else ""


def span(start: datetime | None, end: datetime | None) -> str:
    if start is None:
        return ""
    return f"{clock(start)}\u2013{clock(end)}" if end is not None else f"{clock(start)}\u2013"


def signed_minutes(minutes: float | None, unit: str) -> str:
    if minutes is None:
        return ""
    value = int(round(minutes))
    return "0" if value == 0 else f"{value:+d} {unit}".replace("-", "\u2212")


def clip(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def numeric_date(value: date | None, language: str) -> str:
    """'30-06-2026' (Dutch) / '30 Jun 2026' (English): short enough for a table column."""
    if value is None:
        return ""
    if language == "en":
        return f"{value.day} {_MONTHS['en'][value.month - 1][:3]} {value.year}"
    return value.strftime("%d-%m-%Y")
