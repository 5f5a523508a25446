"""The allocator's notes in the user's language: one translatable text per kind, filled with its values."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.core.subsessions import Note


def _texts() -> dict[str, str]:
    """Every note kind's text, translated now (literal calls, so pyside6-lupdate collects them)."""
    return {
        "no_offerings": QCoreApplication.translate(
            "SubSessionNotes",
            "There are no sub-sessions: add them first."),
        "no_people": QCoreApplication.translate(
            "SubSessionNotes",
            "There is nobody to place (participants who are not absent)."),
        "min_exceeds_people": QCoreApplication.translate(
            "SubSessionNotes",
            "Slot {slot}: the minimums add up to {total} places but there are only {people} "
            "people; lower the minimums by {excess}."),
        "max_too_small": QCoreApplication.translate(
            "SubSessionNotes",
            "Slot {slot}: the maximums add up to {total} places for {people} people; add {short} "
            "places (raise maximums or add a sub-session)."),
        "too_few_offerings": QCoreApplication.translate(
            "SubSessionNotes",
            "Slots {slots} need {needed} different sub-sessions per person but only {available} "
            "run in them; add sub-sessions or let them run in more slots."),
        "min_over_slots": QCoreApplication.translate(
            "SubSessionNotes",
            "{offering} runs in {count} slots with a minimum of {minimum}: that needs {needed} "
            "different people but there are only {people}; lower its minimum."),
        "pin_not_running": QCoreApplication.translate(
            "SubSessionNotes",
            "{person} is fixed to {offering} in slot {slot}, which does not run then; undo that "
            "move."),
        "pin_twice": QCoreApplication.translate(
            "SubSessionNotes",
            "{person} is fixed to {offering} in more than one slot; undo one of those moves."),
        "pins_over_capacity": QCoreApplication.translate(
            "SubSessionNotes",
            "{offering} in slot {slot}: {pinned} people are fixed there but it holds at most "
            "{maximum}; raise its maximum or move people."),
        "needs_room": QCoreApplication.translate(
            "SubSessionNotes",
            "{offering} in slot {slot} needs {count} more places than its maximum of {maximum}; "
            "raise the maximum."),
        "below_minimum": QCoreApplication.translate(
            "SubSessionNotes",
            "{offering} in slot {slot} can't reach its minimum of {minimum} (short by {count}); "
            "lower the minimum."),
        "no_allocation": QCoreApplication.translate(
            "SubSessionNotes",
            "The capacities and the never-twice rule can't all hold together; loosen the minimums "
            "or maximums."),
        "solver_failed": QCoreApplication.translate(
            "SubSessionNotes",
            "The optimisation program (CBC) could not run: {reason}. Reinstall Facilitator; if that "
            "does not help, ask whether security software on this computer blocks it."),
        "time_limit": QCoreApplication.translate(
            "SubSessionNotes",
            "The solver stopped at its time limit; the allocation is valid but may not be the "
            "best."),
        "exempt": QCoreApplication.translate(
            "SubSessionNotes",
            "{count} people ranked too few sub-sessions that run in different slots; they may get "
            "a sub-session they did not rank."),
        "forced_unranked": QCoreApplication.translate(
            "SubSessionNotes",
            "{count} places went to people who did not rank that sub-session: the capacities left "
            "no better way; raise the maximums of popular sub-sessions to avoid that."),
        "move_twice": QCoreApplication.translate(
            "SubSessionNotes",
            "{person} already attends {offering} in slot {slot}: nobody attends a sub-session "
            "twice."),
        "move_full": QCoreApplication.translate(
            "SubSessionNotes",
            "{offering} in slot {slot} would hold {count} people, more than its maximum of "
            "{maximum}."),
        "move_below_minimum": QCoreApplication.translate(
            "SubSessionNotes",
            "{offering} in slot {slot} would keep {count} people, fewer than its minimum of "
            "{minimum}."),
    }


def note_text(note: Note) -> str:
    """The note as the user reads it; the English text of the core when a kind is unknown here."""
    template = _texts().get(note.kind)
    if template is None:
        return note.text
    try:
        return template.format(**note.values)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder: fall back to English
        return note.text
