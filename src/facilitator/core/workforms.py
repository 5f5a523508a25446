"""The built-in catalogue of work forms (werkvormen) a session can copy from.

Each entry is a :class:`~facilitator.core.model.WorkForm` with a stable slug
as its key, a short description in plain Dutch (B1 level, as a facilitator
would explain it to the room), default minutes, the categories its harvest is
sorted into and its timed steps. A session never refers to the catalogue: it
stores its own copy (:func:`work_form`), so a later change to the catalogue
does not change a meeting that already happened.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.core.model import WorkForm


@dataclass(frozen=True)
class _Entry:
    """One catalogue entry; frozen, so the catalogue itself cannot be edited by accident."""

    key: str
    name: str
    description: str
    default_minutes: int
    categories: tuple[str, ...] = ()
    steps: tuple[tuple[str, float], ...] = ()

    def to_work_form(self) -> WorkForm:
        return WorkForm(
            key=self.key,
            name=self.name,
            description=self.description,
            default_minutes=self.default_minutes,
            categories=list(self.categories),
            steps=[{"name": name, "minutes": minutes} for name, minutes in self.steps],
        )


_ENTRIES: tuple[_Entry, ...] = (
    _Entry(
        "brainstorm",
        "Brainstorm",
        "Iedereen noemt zo veel mogelijk ideeën. Alles mag, we oordelen nog niet. "
        "Elk idee komt op een eigen briefje. Daarna kiest de tafel de beste ideeën.",
        30,
        (),
        (("Uitleg en vraag op tafel", 3), ("Ideeën bedenken, één per briefje", 12),
         ("Ideeën voorlezen en ordenen", 10), ("Beste ideeën kiezen", 5)),
    ),
    _Entry(
        "world-cafe",
        "World Café",
        "Gesprekken in korte rondes aan kleine tafels. De tafelgastheer of -vrouw blijft zitten, "
        "de anderen wisselen van tafel. Zo hoort iedereen veel verschillende meningen. "
        "We schrijven kansen, zorgen en vragen op.",
        45,
        ("Kansen", "Zorgen", "Vragen"),
        (("Uitleg", 3), ("Eerste gespreksronde", 15), ("Wisselen van tafel", 2),
         ("Tweede gespreksronde", 15), ("Oogsten per tafel", 10)),
    ),
    _Entry(
        "1-2-4-allen",
        "1-2-4-allen",
        "Eerst denkt ieder alleen na. Dan praat je met z'n tweeën, daarna met z'n vieren. "
        "Tot slot delen we met de hele groep wat eruit kwam. Zo komt iedereen aan het woord.",
        15,
        (),
        (("Alleen nadenken", 1), ("Met z'n tweeën", 2), ("Met z'n vieren", 4), ("Met de hele groep", 8)),
    ),
    _Entry(
        "stellingenspel",
        "Stellingenspel",
        "De begeleider leest een stelling voor. Je kiest of je het eens of oneens bent en gaat "
        "aan die kant van de zaal staan. Een paar mensen vertellen waarom. Je mag van kant wisselen.",
        30,
        ("Eens", "Oneens", "Twijfel"),
        (("Uitleg", 3), ("Stellingen en gesprek", 22), ("Wat viel op?", 5)),
    ),
    _Entry(
        "kwartetten",
        "Kwartetten",
        "Een kennismakingsspel met kaarten. Je zoekt mensen die een kaart hebben die jij nodig hebt. "
        "Bij elke ruil vertel je iets over jezelf of over het onderwerp. Goed om los te komen.",
        20,
        (),
        (("Uitleg en kaarten uitdelen", 3), ("Kwartetten en praten", 14), ("Nabespreken", 3)),
    ),
    _Entry(
        "stippenstemmen",
        "Stippenstemmen",
        "Iedereen krijgt een paar stickers (stippen). Plak ze op de ideeën of thema's die jij het "
        "belangrijkst vindt. Je mag meer stippen op één idee plakken. Zo zien we snel wat de groep wil.",
        20,
        (),
        (("Uitleg en stippen uitdelen", 3), ("Rondlopen en stippen plakken", 10),
         ("Stippen tellen en uitslag bespreken", 7)),
    ),
    _Entry(
        "fishbowl",
        "Fishbowl",
        "Een paar mensen praten in een kleine kring in het midden. De anderen zitten eromheen en luisteren. "
        "Wil je meepraten? Ga op de lege stoel zitten; dan maakt iemand anders plaats.",
        45,
        (),
        (("Uitleg en eerste sprekers", 5), ("Gesprek in de binnenkring", 30), ("Terugblik met de zaal", 10)),
    ),
    _Entry(
        "carrousel",
        "Carrousel",
        "Er staan een paar tafels met elk een eigen onderwerp. Groepjes lopen langs alle tafels. "
        "Bij elke tafel lees je wat de groep voor jou schreef en vul je het aan.",
        40,
        (),
        (("Uitleg", 3), ("Eerste tafel", 8), ("Tweede tafel", 8), ("Derde tafel", 8),
         ("Vierde tafel", 8), ("Terug en samenvatten", 5)),
    ),
    _Entry(
        "open-space",
        "Open space",
        "Deelnemers bedenken zelf de onderwerpen. Wie een onderwerp inbrengt, nodigt anderen uit om erover "
        "te praten. Je loopt vrij van groep naar groep. Wie er is, is de goede persoon.",
        90,
        (),
        (("Uitleg en marktplaats van onderwerpen", 15), ("Gespreksronde 1", 30),
         ("Gespreksronde 2", 30), ("Verslagen delen", 15)),
    ),
    _Entry(
        "vragenronde",
        "Vragenronde",
        "Na een verhaal of presentatie mag de zaal vragen stellen. De voorzitter geeft het woord. "
        "Vragen die we nu niet kunnen beantwoorden, schrijven we op en komen later terug.",
        15,
        ("Beantwoord", "Nog te beantwoorden"),
        (("Vragen uit de zaal", 12), ("Open vragen noteren", 3)),
    ),
    _Entry(
        "plenaire-presentatie",
        "Plenaire presentatie",
        "Iemand vertelt of presenteert voor de hele zaal, bijvoorbeeld een deskundige of de voorzitter. "
        "Daarna is er kort tijd voor vragen.",
        30,
        (),
        (("Presentatie", 20), ("Vragen uit de zaal", 10)),
    ),
)

#: The stable keys of the catalogue, in catalogue order.
KEYS: tuple[str, ...] = tuple(entry.key for entry in _ENTRIES)
_BY_KEY = {entry.key: entry for entry in _ENTRIES}


def catalogue() -> list[WorkForm]:
    """A fresh copy of every built-in work form, in catalogue order (no ids: not stored yet)."""
    return [entry.to_work_form() for entry in _ENTRIES]


def work_form(key: str) -> WorkForm:
    """A fresh, unsaved copy of one built-in work form; KeyError for an unknown key."""
    try:
        return _BY_KEY[key].to_work_form()
    except KeyError:
        raise KeyError(f"no built-in work form {key!r}; known: {', '.join(KEYS)}") from None
