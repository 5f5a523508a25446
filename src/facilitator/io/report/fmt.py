"""Small formatting rules of the report: suppressed counts, dates, clock times, durations. No Qt."""

from __future__ import annotations

from datetime import date, datetime

from facilitator.io.seating_snapshot import MONTHS, long_date

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


#: Shown for a group hidden only so that a "<5" group cannot be worked out from the total.
HIDDEN = "x"


def protected(counts: list[int]) -> list[str | None]:
    """Per count of one column of a composition: None where the number may be shown, '<5' for 1–4 people.

    When the total minus the shown groups would give the "<5" groups away (one such group, or several that
    can only be all 1 or all 4), the smallest of the other groups is hidden too (:data:`HIDDEN`), as
    statistics offices do.
    """
    marks: list[str | None] = ["<5" if 0 < n < MIN_GROUP else None for n in counts]
    small = [n for n, mark in zip(counts, marks) if mark]
    if small and (len(small) == 1 or sum(small) in (len(small), (MIN_GROUP - 1) * len(small))):
        shown = [i for i, n in enumerate(counts) if marks[i] is None and n > 0]
        if shown:
            marks[min(shown, key=lambda i: (counts[i], i))] = HIDDEN
    return marks


def shown_value(n: int, mark: str | None) -> float | str:
    """What a composition chart draws for a count: the number, or its mark (no bar)."""
    return float(n) if mark is None else mark


def day(value: date | None, language: str) -> str:
    return long_date(value, language)


def short_date(value: date | None, language: str) -> str:
    """'30 juni 2026' / '30 June 2026'."""
    if value is None:
        return ""
    return f"{value.day} {MONTHS['en' if language == 'en' else 'nl'][value.month - 1]} {value.year}"


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
        return f"{value.day} {MONTHS['en'][value.month - 1][:3]} {value.year}"
    return value.strftime("%d-%m-%Y")
