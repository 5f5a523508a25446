"""Which language the app speaks, and the Qt translators that make it so.

Source strings in the code are English, wrapped in ``tr()`` or
``QCoreApplication.translate``. Dutch is the default: it comes from
``resources/translations/facilitator_nl.qm`` plus Qt's own ``qtbase_nl.qm``
(so standard buttons read "Annuleren"). English loads ``facilitator_en.qm``
only, for the singular and plural forms of the ``%n`` strings ("1 note",
"2 notes"); every other English string is its own source text.

The language is chosen, first match wins, by ``--lang``, the
``FACILITATOR_LANG`` environment variable, the saved setting, else Dutch.
Installing another language sends ``QEvent.LanguageChange`` to every widget,
so screens that handle it retranslate at once (see ``MainWindow``).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from facilitator.assets import resource
from facilitator.ui.settings import app_settings

LANGUAGES = ("nl", "en")
DEFAULT = "nl"
SETTING = "language"
_LOCALES = {"nl": "nl_NL", "en": "en_GB"}


def normalise(value: str | None) -> str | None:
    """'nl', 'NL', 'nl_NL', 'en-GB' → 'nl' / 'en'; anything else → None."""
    if not value:
        return None
    code = value.strip().lower().replace("-", "_").split("_")[0]
    return code if code in LANGUAGES else None


def saved_language() -> str | None:
    return normalise(str(app_settings().value(SETTING, "") or ""))


def save_language(language: str) -> None:
    settings = app_settings()
    settings.setValue(SETTING, language)
    settings.sync()


def current_language() -> str:
    """The language the app speaks now ("nl" or "en"), read from the locale :class:`Translations` set."""
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


def choose_language(requested: str | None = None) -> str:
    """The language to start in: ``--lang``, then FACILITATOR_LANG, then the setting, then Dutch."""
    for candidate in (requested, os.environ.get("FACILITATOR_LANG"), saved_language()):
        language = normalise(candidate)
        if language:
            return language
    return DEFAULT


class Translations:
    """Owns the installed QTranslators (Qt drops a translator that is garbage collected)."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> str:
        """Switch the whole app to ``language``; returns the language now in force."""
        language = normalise(language) or DEFAULT
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        QLocale.setDefault(QLocale(_LOCALES[language]))
        if language != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._load(f"qtbase_{language}", qt_dir)
        # English too: its file gives the plural forms ("1 note", "2 notes") of the "%n" strings.
        self._load(f"facilitator_{language}", str(resource("translations")))
        self.language = language
        return language

    def _load(self, name: str, folder: str) -> None:
        translator = QTranslator(self._app)
        if translator.load(name, folder):
            self._app.installTranslator(translator)
            self._installed.append(translator)
