"""Counted phrases ("1 notitie", "2 notities") for code that is not a method of a QObject.

pyside6-lupdate marks a ``%n`` string as plural only in a ``self.tr`` call: a
``QCoreApplication.translate(context, text, "", count)`` call with a variable
count is extracted as an ordinary string (or not at all), and Qt then finds no
translation for it. Such phrases therefore live here, one method each, with
Dutch digit grouping (4.800) for the number.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from facilitator.ui.labels import number


class Plurals(QObject):
    def notes(self, count: int) -> str:
        return self._grouped(self.tr("%n notes", "", count), count)

    def dots(self, count: int) -> str:
        return self._grouped(self.tr("%n dots", "", count), count)

    def notes_in_themes(self, count: int) -> str:
        return self._grouped(self.tr("%n notes in themes", "", count), count)

    def group_suggestions(self, count: int) -> str:
        return self._grouped(self.tr("Group %n suggestions", "", count), count)

    @staticmethod
    def _grouped(text: str, count: int) -> str:
        return text.replace(str(count), number(count), 1)


_PLURALS: Plurals | None = None


def plurals() -> Plurals:
    """The one instance (made on first use, once a QCoreApplication exists)."""
    global _PLURALS
    if _PLURALS is None:
        _PLURALS = Plurals()
    return _PLURALS
