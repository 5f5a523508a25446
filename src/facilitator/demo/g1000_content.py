"""Dutch phrase banks for the G1000 generator: topics, their subjects, and note templates per category.

A G1000 lets citizens set the agenda themselves, so its notes range over the
whole town: housing, care, youth, traffic, nature ... Each topic has five
subjects; each subject is one theme on a board. Notes are made by filling a
category's templates with a subject, a group of people, a district or a partner.
"""

from __future__ import annotations

TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Wonen", ("betaalbare starterswoningen", "woningen voor ouderen", "tijdelijke woningen voor spoedzoekers",
               "het onderhoud van huurwoningen", "hofjes en woongroepen")),
    ("Zorg en welzijn", ("de wachtlijsten in de thuiszorg", "steun voor mantelzorgers", "de huisartsenpost",
                         "zorg voor mensen met dementie", "de wijkverpleging")),
    ("Eenzaamheid", ("ontmoetingsplekken voor ouderen", "eenzaamheid onder jongeren", "een maatjesproject",
                     "burenhulp", "activiteiten in het buurthuis")),
    ("Jongeren", ("een jongerencentrum", "stageplekken voor jongeren", "sportvelden die 's avonds open zijn",
                  "inspraak van jongeren", "hangplekken zonder overlast")),
    ("Verkeer", ("veilige fietsroutes naar school", "te hard rijden in woonwijken", "parkeren in het centrum",
                 "oversteekplaatsen bij scholen", "vrachtverkeer door de dorpskern")),
    ("Openbaar vervoer", ("de busverbinding met de dorpen", "de buurtbus", "een veilig station in de avond",
                          "vervoer voor ouderen", "deelauto's en deelfietsen")),
    ("Groen en natuur", ("meer bomen in de straat", "speeltuinen", "het onderhoud van de parken", "geveltuinen",
                         "natuur langs het water")),
    ("Duurzaamheid", ("zonnepanelen op daken", "isolatie van oude woningen", "de warmtetransitie",
                      "minder afval", "wateroverlast bij hoosbuien")),
    ("Veiligheid", ("straatverlichting", "inbraken", "drugsoverlast", "de wijkagent", "vuurwerkoverlast")),
    ("Werk en economie", ("lege winkels in het centrum", "werk voor statushouders", "kleine ondernemers",
                          "de weekmarkt", "het bedrijventerrein")),
    ("Onderwijs", ("laaggeletterdheid", "taalles voor nieuwkomers", "brede scholen", "de kinderopvang",
                   "huiswerkbegeleiding")),
    ("Armoede", ("schulden", "armoede onder kinderen", "de voedselbank", "hoge energierekeningen",
                 "het bereik van regelingen")),
    ("Cultuur", ("de bibliotheek", "een poppodium", "festivals en evenementen", "muziekles voor kinderen",
                 "het erfgoed van de stad")),
    ("Sport en bewegen", ("betaalbare sportclubs", "het zwembad", "bewegen voor ouderen",
                          "sporten in de openbare ruimte", "vrijwilligers bij de club")),
    ("Samen leven", ("contact tussen oude en nieuwe bewoners", "buurtfeesten", "respect voor elkaar",
                     "de opvang van vluchtelingen", "discriminatie")),
    ("Dorpen en buitengebied", ("voorzieningen in de dorpen", "de dorpshuizen", "glasvezel in het buitengebied",
                                "de leefbaarheid van kleine kernen", "boeren en buren")),
    ("Bestuur en inspraak", ("vertrouwen in de gemeente", "inspraak bij grote besluiten", "terugkoppeling aan inwoners",
                             "de bereikbaarheid van het gemeentehuis", "een G1000 elk jaar")),
    ("Schone buurt", ("zwerfafval", "hondenpoep", "de afvalinzameling", "vuile containers", "graffiti")),
    ("Digitaal meedoen", ("hulp bij digitale formulieren", "internet voor iedereen", "de website van de gemeente",
                          "online oplichting van ouderen", "digitale inspraak")),
    ("Voorzieningen", ("een pinautomaat in de wijk", "een supermarkt dichtbij", "een servicepunt voor post",
                       "openbare toiletten", "bankjes langs wandelroutes")),
)

GROUPS = (
    "jongeren", "ouderen", "gezinnen met kinderen", "mensen met een beperking", "nieuwkomers", "ondernemers",
    "mensen met een laag inkomen", "studenten", "mantelzorgers", "alleenstaanden",
)

PARTNERS = (
    "de woningcorporatie", "de welzijnsorganisatie", "de scholen", "de ondernemersvereniging", "de sportclubs",
    "de wijkraad", "de politie", "de bibliotheek", "kerken en moskeeën", "de huisartsen",
)

PLACES = {
    "Centrum": "in het centrum", "Noord": "in Noord", "Oost": "in Oost", "Zuid": "in Zuid", "West": "in West",
    "Buitengebied": "in het buitengebied",
}

#: Subjects that are problems: where a note speaks of working on one, it says "de aanpak van ...".
PROBLEMS = frozenset({
    "de wachtlijsten in de thuiszorg", "eenzaamheid onder jongeren", "te hard rijden in woonwijken",
    "vrachtverkeer door de dorpskern", "wateroverlast bij hoosbuien", "inbraken", "drugsoverlast",
    "vuurwerkoverlast", "lege winkels in het centrum", "laaggeletterdheid", "schulden", "armoede onder kinderen",
    "hoge energierekeningen", "discriminatie", "zwerfafval", "hondenpoep", "vuile containers", "graffiti",
    "online oplichting van ouderen",
})

#: Per category, templates with {subject} (as named), {work} (what is worked on: the subject,
#: or "de aanpak van" a problem), {group}, {place} and {partner}; capitalised as {Subject}, {Work}, {Group}.
TEMPLATES: dict[str, tuple[str, ...]] = {
    "Wat gaat goed": (
        "Goed dat er aandacht is voor {subject}",
        "Trots op {work} {place}",
        "Veel vrijwilligers zetten zich in voor {work}",
        "Met {partner} gaat het al goed rond {work}",
        "{Group} zijn tevreden over {work}",
    ),
    "Wat moet beter": (
        "Meer aandacht voor {subject} {place}",
        "{Group} merken te weinig van {work}",
        "Betere afspraken met {partner} over {subject}",
        "Te weinig geld voor {work}",
        "Er wordt veel beloofd over {work}, maar er gebeurt weinig",
    ),
    "Kansen": (
        "Kans: {subject} samen met {partner} aanpakken",
        "{Group} willen graag meehelpen bij {work}",
        "Goede voorbeelden van {work} uit andere gemeenten overnemen",
        "Buurtbewoners inzetten voor {work} {place}",
    ),
    "Zorgen": (
        "Zorgen over {subject} {place}",
        "{Group} worden vergeten bij {work}",
        "Bang dat {work} te veel geld gaat kosten",
        "Al jaren gepraat over {subject}, nog niets veranderd",
    ),
    "Vragen": (
        "Wie is verantwoordelijk voor {work}?",
        "Hoe betrekken we {group} bij {work}?",
        "Hoeveel geld is er voor {work}?",
        "Wat doet de gemeente nu al aan {subject} {place}?",
    ),
    "Korte termijn": (
        "Dit jaar nog een proef rond {work} {place}",
        "Een meldpunt voor vragen over {subject}",
        "Een avond met buurtbewoners over {subject}",
        "Snel in gesprek met {partner} over {subject}",
    ),
    "Lange termijn": (
        "Een plan voor tien jaar voor {work}",
        "Vast budget voor {work} in de begroting",
        "Samen met {partner} een blijvende aanpak voor {subject}",
        "{Work} opnemen in de toekomstvisie van de gemeente",
    ),
    "Plan": (
        "Werkgroep over {work}: eerste bijeenkomst binnen een maand",
        "Proef rond {work} {place}, na een half jaar bekijken",
        "Plan voor {work} samen met {group} uitwerken",
    ),
    "Wie doet mee": (
        "{Group} en {partner} willen samen werken aan {work}",
        "Vijf inwoners melden zich voor de werkgroep over {work}",
        "Trekker voor {work}: {partner}",
    ),
    "Wat is nodig": (
        "Een ruimte in het buurthuis om te werken aan {work}",
        "Een vast aanspreekpunt bij de gemeente voor {work}",
        "Een klein budget om te beginnen met {work}",
    ),
}

#: Who owns an action on a topic, named by role, never by a citizen's name.
OWNERS: dict[str, str] = {
    "Wonen": "Woningcorporatie",
    "Zorg en welzijn": "Gemeente — sociaal domein",
    "Eenzaamheid": "Welzijnsorganisatie",
    "Jongeren": "Welzijnsorganisatie",
    "Verkeer": "Gemeente — openbare ruimte",
    "Openbaar vervoer": "Gemeente — openbare ruimte",
    "Groen en natuur": "Gemeente — openbare ruimte",
    "Duurzaamheid": "Gemeente — ruimte en wonen",
    "Veiligheid": "Gemeente — veiligheid",
    "Werk en economie": "Gemeente — economie",
    "Onderwijs": "Gemeente — sociaal domein",
    "Armoede": "Gemeente — sociaal domein",
    "Cultuur": "Gemeente — cultuur en sport",
    "Sport en bewegen": "Gemeente — cultuur en sport",
    "Samen leven": "Welzijnsorganisatie",
    "Dorpen en buitengebied": "Gemeente — ruimte en wonen",
    "Bestuur en inspraak": "Griffie",
    "Schone buurt": "Gemeente — openbare ruimte",
    "Digitaal meedoen": "Bibliotheek",
    "Voorzieningen": "Gemeente — economie",
}


def capitalised(text: str) -> str:
    """First letter upper case, the rest as written ('de buurtbus' -> 'De buurtbus')."""
    return text[:1].upper() + text[1:]


def work(subject: str) -> str:
    """What is worked on: the subject itself, or "de aanpak van" it when it is a problem."""
    return f"de aanpak van {subject}" if subject in PROBLEMS else subject


def fill(template: str, subject: str, group: str, place: str, partner: str) -> str:
    """One note: a template with its blanks filled in."""
    return template.format(
        subject=subject, Subject=capitalised(subject), work=work(subject), Work=capitalised(work(subject)),
        group=group, Group=capitalised(group), place=place, partner=partner,
    )
