"""The solver's notes in the user's language, with people's and tables' names instead of their keys."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication


def _texts() -> dict[str, str]:
    """One sentence per note kind (literal calls, so pyside6-lupdate collects them); placeholders are the note's values."""
    return {
        "no_tables": QCoreApplication.translate("SeatingNotes", "There are no tables yet: add tables first."),
        "too_few_chairs": QCoreApplication.translate("SeatingNotes", "{people} people to seat but only {chairs} chairs (hosts’ chairs not counted): "
                              "add tables or chairs."),
        "no_rounds": QCoreApplication.translate("SeatingNotes", "The number of rounds must be at least 1."),
        "access_chairs": QCoreApplication.translate("SeatingNotes", "{people} wheelchair users but only {chairs} chairs at step-free tables: make "
                             "another table step-free or give those tables more chairs."),
        "pin_no_table": QCoreApplication.translate("SeatingNotes", "{person} is pinned to a table that no longer exists in round {round}."),
        "pin_not_accessible": QCoreApplication.translate("SeatingNotes", "{person} uses a wheelchair but is pinned to {table} in round {round}, which "
                                  "is not step-free."),
        "pins_overfull": QCoreApplication.translate("SeatingNotes", "{people} people are pinned to {table} in round {round}, which has {chairs} chairs."),
        "apart_linked": QCoreApplication.translate("SeatingNotes", "{person} and {other} must sit apart, but keep-together pairs link them."),
        "together_too_big": QCoreApplication.translate("SeatingNotes", "{people} people must sit together, but the largest table has {chairs} chairs."),
        "together_pinned_apart": QCoreApplication.translate("SeatingNotes", "{person} and {other} must sit together but are pinned to different tables "
                                     "in round {round}."),
        "broken_capacity": QCoreApplication.translate("SeatingNotes", "Tables over capacity: {count}."),
        "broken_access": QCoreApplication.translate("SeatingNotes", "Wheelchair users at tables without step-free access: {count}."),
        "broken_pin": QCoreApplication.translate("SeatingNotes", "Pins not kept: {count}."),
        "broken_apart": QCoreApplication.translate("SeatingNotes", "Keep-apart pairs at one table: {count}."),
        "broken_together": QCoreApplication.translate("SeatingNotes", "Keep-together pairs split: {count}."),
        "broken_unseated": QCoreApplication.translate("SeatingNotes", "People without a table: {count}."),
        "time_limit": QCoreApplication.translate("SeatingNotes", "The time limit ended the search: a longer run may find a better plan."),
    }


def note_text(note: str, names: Mapping[int, str], table_names: Mapping[int, str]) -> str:
    """``note`` said in the UI's language; a note of a kind this module doesn't know stays as it is."""
    template = _texts().get(getattr(note, "kind", ""))
    if template is None:
        return str(note)
    values = dict(getattr(note, "values", {}))
    for key in ("person", "other"):
        if key in values:
            values[key] = names.get(values[key], str(values[key]))
    if "table" in values:
        values["table"] = table_names.get(values["table"], str(values["table"]))
    return template.format(**values)
