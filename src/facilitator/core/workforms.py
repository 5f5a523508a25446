"""The built-in catalogue of work forms (werkvormen) a session can copy from.

Each entry is a :class:`~facilitator.core.model.WorkForm` with a stable slug
as its key, a name and a short description in plain Dutch (B1 level, as a
facilitator would explain it to the room) and in plain English, default
minutes, the categories its harvest is sorted into and its timed steps.
Harvest categories and step names stay Dutch: they are what the room writes
on the sticky notes and the timer shows. A session never refers to the catalogue: it
stores its own copy (:func:`work_form`), so a later change to the catalogue
does not change a meeting that already happened.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.core.model import AgendaKind, WorkForm


@dataclass(frozen=True)
class _Entry:
    """One catalogue entry; frozen, so the catalogue itself cannot be edited by accident."""

    key: str
    name: str
    description: str
    default_minutes: int
    categories: tuple[str, ...] = ()
    steps: tuple[tuple[str, float], ...] = ()
    name_en: str = ""
    description_en: str = ""
    kind: AgendaKind = AgendaKind.PLENARY

    def to_work_form(self) -> WorkForm:
        return WorkForm(
            key=self.key,
            name=self.name,
            description=self.description,
            default_minutes=self.default_minutes,
            categories=list(self.categories),
            steps=[{"name": name, "minutes": minutes} for name, minutes in self.steps],
            name_en=self.name_en,
            description_en=self.description_en,
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
        name_en="Brainstorm",
        description_en=(
            "Everyone names as many ideas as they can. Anything goes, we do not judge yet. Each idea goes on "
            "its own note. Then the table picks the best ideas."
        ),
        kind=AgendaKind.TABLE_ROUND,
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
        name_en="World Café",
        description_en=(
            "Talks in short rounds at small tables. The table host stays, the others move to another table. "
            "So everyone hears many different views. We write down chances, worries and questions."
        ),
        kind=AgendaKind.TABLE_ROUND,
    ),
    _Entry(
        "1-2-4-allen",
        "1-2-4-allen",
        "Eerst denkt ieder alleen na. Dan praat je met z'n tweeën, daarna met z'n vieren. "
        "Tot slot delen we met de hele groep wat eruit kwam. Zo komt iedereen aan het woord.",
        15,
        (),
        (("Alleen nadenken", 1), ("Met z'n tweeën", 2), ("Met z'n vieren", 4), ("Met de hele groep", 8)),
        name_en="1-2-4-all",
        description_en=(
            "First everyone thinks alone. Then you talk in pairs, then in fours. At the end we share with "
            "the whole group what came out. This way everyone gets a say."
        ),
        kind=AgendaKind.TABLE_ROUND,
    ),
    _Entry(
        "stellingenspel",
        "Stellingenspel",
        "De begeleider leest een stelling voor. Je kiest of je het eens of oneens bent en gaat "
        "aan die kant van de zaal staan. Een paar mensen vertellen waarom. Je mag van kant wisselen.",
        30,
        ("Eens", "Oneens", "Twijfel"),
        (("Uitleg", 3), ("Stellingen en gesprek", 22), ("Wat viel op?", 5)),
        name_en="Statement game",
        description_en=(
            "The facilitator reads out a statement. You choose if you agree or disagree and go to that side "
            "of the room. A few people say why. You may change sides."
        ),
        kind=AgendaKind.PLENARY,
    ),
    _Entry(
        "kwartetten",
        "Kwartetten",
        "Een kennismakingsspel met kaarten. Je zoekt mensen die een kaart hebben die jij nodig hebt. "
        "Bij elke ruil vertel je iets over jezelf of over het onderwerp. Goed om los te komen.",
        20,
        (),
        (("Uitleg en kaarten uitdelen", 3), ("Kwartetten en praten", 14), ("Nabespreken", 3)),
        name_en="Quartets",
        description_en=(
            "A card game to get to know each other. You look for people who have a card you need. With each "
            "swap you tell something about yourself or the topic. Good to loosen up."
        ),
        kind=AgendaKind.TABLE_ROUND,
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
        name_en="Dot voting",
        description_en=(
            "Everyone gets a few stickers (dots). Put them on the ideas or themes you find most important. "
            "You may put more dots on one idea. So we quickly see what the group wants."
        ),
        kind=AgendaKind.PLENARY,
    ),
    _Entry(
        "fishbowl",
        "Fishbowl",
        "Een paar mensen praten in een kleine kring in het midden. De anderen zitten eromheen en luisteren. "
        "Wil je meepraten? Ga op de lege stoel zitten; dan maakt iemand anders plaats.",
        45,
        (),
        (("Uitleg en eerste sprekers", 5), ("Gesprek in de binnenkring", 30), ("Terugblik met de zaal", 10)),
        name_en="Fishbowl",
        description_en=(
            "A few people talk in a small circle in the middle. The others sit around them and listen. Do "
            "you want to join in? Take the empty chair; then someone else makes room."
        ),
        kind=AgendaKind.PLENARY,
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
        name_en="Carousel",
        description_en=(
            "There are a few tables, each with its own topic. Groups walk past all the tables. At each table "
            "you read what the group before you wrote and add to it."
        ),
        kind=AgendaKind.TABLE_ROUND,
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
        name_en="Open space",
        description_en=(
            "Participants choose the topics themselves. Whoever brings a topic invites others to talk about "
            "it. You walk freely from group to group. Whoever comes are the right people."
        ),
        kind=AgendaKind.PARALLEL,
    ),
    _Entry(
        "vragenronde",
        "Vragenronde",
        "Na een verhaal of presentatie mag de zaal vragen stellen. De voorzitter geeft het woord. "
        "Vragen die we nu niet kunnen beantwoorden, schrijven we op en komen later terug.",
        15,
        ("Beantwoord", "Nog te beantwoorden"),
        (("Vragen uit de zaal", 12), ("Open vragen noteren", 3)),
        name_en="Question round",
        description_en=(
            "After a talk or presentation, the room may ask questions. The chair gives the floor. Questions "
            "we cannot answer now are written down and answered later."
        ),
        kind=AgendaKind.PLENARY,
    ),
    _Entry(
        "plenaire-presentatie",
        "Plenaire presentatie",
        "Iemand vertelt of presenteert voor de hele zaal, bijvoorbeeld een deskundige of de voorzitter. "
        "Daarna is er kort tijd voor vragen.",
        30,
        (),
        (("Presentatie", 20), ("Vragen uit de zaal", 10)),
        name_en="Plenary presentation",
        description_en=(
            "Someone speaks or presents to the whole room, for example an expert or the chair. After that "
            "there is a short time for questions."
        ),
        kind=AgendaKind.PLENARY,
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


def is_built_in(key: str) -> bool:
    return key in _BY_KEY


def suggested_kind(key: str) -> AgendaKind:
    """How an agenda item made from this work form usually runs (plenary for a form the catalogue lacks)."""
    entry = _BY_KEY.get(key)
    return entry.kind if entry else AgendaKind.PLENARY


def name_in(form: WorkForm, language: str) -> str:
    """The form's name in ``language`` ("nl" or "en"); the Dutch name when there is no English one."""
    return form.name_en if language == "en" and form.name_en else form.name


def description_in(form: WorkForm, language: str) -> str:
    """The form's description in ``language``; the Dutch one when there is no English one."""
    return form.description_en if language == "en" and form.description_en else form.description


def copy_of(form: WorkForm) -> WorkForm:
    """An unsaved, independent copy (no id) of any work form: what a session or a template keeps."""
    return WorkForm(
        key=form.key, name=form.name, description=form.description, default_minutes=form.default_minutes,
        categories=list(form.categories), steps=[dict(step) for step in form.steps],
        name_en=form.name_en, description_en=form.description_en,
    )
