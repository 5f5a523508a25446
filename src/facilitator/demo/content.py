"""What the tables wrote on the demo day: the Dutch sticky notes of the three table rounds.

The notes are grouped as the facilitator clustered them on the wall: per
round a list of themes with their notes, plus notes that stayed loose.
Round 1 (World Café) sorts notes into Kansen / Zorgen / Vragen; rounds 2
(1-2-4-allen, oplossingsrichtingen) and 3 (brainstorm, aanbevelingen) have
no categories. Everything is fictional, set in the made-up town of Zuidhaege.
"""

from __future__ import annotations

from dataclasses import dataclass

KANSEN, ZORGEN, VRAGEN = "Kansen", "Zorgen", "Vragen"


@dataclass(frozen=True)
class Note:
    """One sticky note's text and how it was marked at the table."""

    text: str
    category: str = ""
    quote: bool = False
    hidden: bool = False


def _k(text: str, **marks: bool) -> Note:
    return Note(text, KANSEN, **marks)


def _z(text: str, **marks: bool) -> Note:
    return Note(text, ZORGEN, **marks)


def _v(text: str, **marks: bool) -> Note:
    return Note(text, VRAGEN, **marks)


def _n(text: str, **marks: bool) -> Note:
    return Note(text, "", **marks)


# -- Tafelronde 1: kansen en zorgen (World Café) ------------------------------------------------

ROUND_1_THEMES: tuple[tuple[str, tuple[Note, ...]], ...] = (
    ("Kosten en betaalbaarheid", (
        _k("Lagere energierekening op de lange termijn als het huis goed geïsoleerd is"),
        _k("Minder afhankelijk van de gasprijs en van landen ver weg"),
        _k("Een huis met een warmtepomp is bij verkoop meer waard"),
        _z("Een warmtepomp kost al snel 10.000 euro; dat heb ik niet liggen"),
        _z("Mensen met een kleine beurs kunnen niet voorschieten, ook niet met subsidie achteraf"),
        _z("Wat als de stroomprijs straks net zo hard stijgt als de gasprijs?"),
        _z("Ouderen willen op hun leeftijd geen lening meer afsluiten"),
        _z("Ik wil best van het gas af, maar dan moet ik wel weten wat het me per maand kost.", quote=True),
        _v("Wie betaalt de aansluiting op het warmtenet: de bewoner of de gemeente?"),
        _v("Hoe lang duurt het voordat je de investering hebt terugverdiend?"),
        _v("Blijft de subsidie bestaan als er een nieuw kabinet komt?"),
    )),
    ("Huurders en woningcorporatie", (
        _k("De woningcorporatie kan hele blokken tegelijk aanpakken; dat is goedkoper"),
        _k("Huurders krijgen een warmer huis zonder zelf te hoeven investeren"),
        _z("Zorgen over de kosten van een warmtepomp voor huurders"),
        _z("Angst dat de huur omhoog gaat na de renovatie"),
        _z("Particuliere verhuurders doen vaak niets, en als huurder heb je daar geen invloed op"),
        _z("Bij renovatie moet 70% van het blok instemmen; wat als je bij de andere 30% hoort?"),
        _z("Wij horen van de corporatie pas iets als de steigers er al staan.", quote=True),
        _v("Mag de verhuurder de huur verhogen als mijn energierekening daalt?"),
        _v("Mag ik als huurder zelf zonnepanelen laten plaatsen?"),
    )),
    ("Isolatie en techniek in oude woningen", (
        _k("Eerst isoleren scheelt meteen op de rekening, ook zonder warmtepomp"),
        _k("Een hybride warmtepomp als tussenstap voor oudere woningen"),
        _k("Warmtepompen worden steeds goedkoper en stiller"),
        _z("Jaren-dertigwoningen in Noord zijn lastig te isoleren zonder vochtproblemen"),
        _z("Geluidsoverlast van buitenunits in smalle straten"),
        _z("Koken op inductie betekent nieuwe pannen en soms een nieuwe groep in de meterkast"),
        _z("Het stroomnet in de wijk zit nu al vol; kan dat al die warmtepompen wel aan?"),
        _v("Wordt een slecht geïsoleerd huis met een warmtepomp wel warm genoeg?"),
        _v("Wat kan er bij monumenten en in het beschermd stadsgezicht in het Centrum?"),
    )),
    ("Informatie, vertrouwen en inspraak", (
        _k("Dit burgerberaad laat zien dat de gemeente echt wil luisteren"),
        _k("Buren die al over zijn kunnen hun ervaringen delen"),
        _z("Veel informatie is te ingewikkeld en alleen online te vinden"),
        _z("Mensen die slecht Nederlands lezen worden niet bereikt"),
        _z("Weinig vertrouwen: eerdere plannen van de gemeente zijn ook niet doorgegaan"),
        _z("Verkopers aan de deur maken mensen bang met verhalen over verplichtingen"),
        _z("Ik heb drie folders gekregen en snap het nog steeds niet.", quote=True),
        _v("Wat gebeurt er met onze aanbevelingen als de raad het er niet mee eens is?"),
        _v("Waar kan ik terecht met vragen als ik geen computer heb?"),
    )),
    ("Warmtenet of eigen oplossing", (
        _k("Restwarmte van de fabriek aan de Havenweg kan honderden woningen verwarmen"),
        _k("Een warmtenet is handig voor flats, waar niet iedereen een buitenunit kwijt kan"),
        _z("Met een warmtenet zit je vast aan één leverancier"),
        _z("De tarieven van warmtenetten zijn niet eerlijk geregeld"),
        _z("Wat als de fabriek met de restwarmte over tien jaar dichtgaat?"),
        _v("Ben ik verplicht om aan te sluiten op het warmtenet?"),
        _v("Kun je later nog overstappen naar een eigen warmtepomp?"),
    )),
    ("Samen in de wijk", (
        _k("Samen inkopen met de straat levert korting op"),
        _k("Een energiecoöperatie houdt de opbrengst in de wijk"),
        _k("Jongeren uit de wijk opleiden tot installateur: werk en kennis dichtbij"),
        _k("Het buurthuis als vaste plek voor informatie en hulp"),
        _z("In het Buitengebied liggen de huizen ver uit elkaar; een warmtenet loont daar niet"),
        _z("Niet iedereen heeft tijd of energie om naar bewonersavonden te gaan"),
        _v("Mag de wijk zelf kiezen welke oplossing er komt?"),
    )),
    ("Planning en overlast", (
        _k("Werkzaamheden combineren met de vervanging van het riool scheelt overlast"),
        _z("Straten liggen jaren open voor leidingen; hoe blijven de winkels bereikbaar?"),
        _z("Te weinig installateurs: je wacht nu al maanden op een afspraak"),
        _z("Het tempo is te hoog: 2030 is over een paar jaar"),
        _v("Wanneer is onze wijk aan de beurt?"),
        _v("Wat als mijn cv-ketel volgend jaar kapotgaat en de wijk nog niet klaar is?"),
    )),
)

ROUND_1_LOOSE: tuple[Note, ...] = (
    _v("Waarom begint de gemeente niet bij haar eigen gebouwen?"),
    _k("Schonere lucht in huis zonder gasfornuis"),
    _z("Buurvrouw op de Lindelaan 14 heeft schimmel en durft dat niet te melden", hidden=True),
    _z("warmtepomp te duur!!", hidden=True),
)

# -- Tafelronde 2: oplossingsrichtingen (1-2-4-allen) -------------------------------------------

ROUND_2_THEMES: tuple[tuple[str, tuple[Note, ...]], ...] = (
    ("Wijk voor wijk, te beginnen waar al gerenoveerd wordt", (
        _n("Begin met de wijken waar de woningcorporatie al renoveert"),
        _n("Eerst een proefstraat in Zuid, dan pas de hele wijk"),
        _n("Koppel de aanpak aan onderhoud dat toch al gepland staat, zoals het riool"),
        _n("Laat elke wijk samen met bewoners een eigen wijkplan maken"),
        _n("De flats in West als eerste op het warmtenet: daar is het het makkelijkst"),
    )),
    ("Eerst isoleren, dan pas van het gas af", (
        _n("Een gratis isolatiescan voor elke woning"),
        _n("Eerst de goedkope maatregelen: tochtstrips, radiatorfolie, vloerisolatie"),
        _n("Geen warmtepomp zonder goed advies over isolatie vooraf"),
        _n("Klusteams die ouderen helpen met kleine isolatieklussen"),
        _n("Een hybride warmtepomp toestaan als tussenstap"),
    )),
    ("Onafhankelijk energieloket in de wijk", (
        _n("Een energieloket in het wijkcentrum dat elke week open is"),
        _n("Energiecoaches uit de buurt die bij mensen thuis komen"),
        _n("Informatie in eenvoudige taal en in meer talen"),
        _n("Eén telefoonnummer voor alle vragen, ook voor mensen zonder internet"),
        _n("Advies dat niets verkoopt: los van leveranciers en installateurs"),
    )),
    ("Eerlijke financiering", (
        _n("Een renteloze lening die aan het huis vastzit, niet aan de bewoner"),
        _n("Subsidie vooraf in plaats van achteraf"),
        _n("Extra steun voor huishoudens met een laag inkomen"),
        _n("Het Warmtefonds veel beter bekendmaken"),
        _n("Een vaste maandprijs: nooit meer betalen dan nu voor gas"),
    )),
    ("Huurders beschermen tegen hogere woonlasten", (
        _n("Harde afspraak met de corporatie: de woonlasten mogen niet stijgen"),
        _n("Huurders beslissen mee over de planning van de renovatie"),
        _n("Particuliere verhuurders verplichten hun woningen te isoleren"),
        _n("Een huurdersloket voor klachten tijdens de verbouwing"),
    )),
    ("Samen doen in de buurt", (
        _n("Collectieve inkoop van warmtepompen per straat"),
        _n("Een energiecoöperatie oprichten met steun van de gemeente"),
        _n("Leerwerkplekken voor jongeren bij installatiebedrijven in de regio"),
        _n("Zonnepanelen op de daken van scholen en sporthallen"),
    )),
    ("Duidelijke planning en één aanspreekpunt", (
        _n("Een kaart per wijk waarop staat wanneer wat gebeurt"),
        _n("Eén vast aanspreekpunt per straat tijdens de werkzaamheden"),
        _n("Minstens twee jaar van tevoren laten weten wanneer de wijk aan de beurt is"),
        _n("Niemand verplichten zolang er geen betaalbaar alternatief is"),
    )),
)

ROUND_2_LOOSE: tuple[Note, ...] = (
    _n("De gemeente geeft zelf het goede voorbeeld met haar eigen gebouwen"),
    _n("Bij andere gemeenten kijken wat daar goed en fout ging"),
    _n("Aardwarmte onderzoeken voor het Buitengebied"),
    _n("Als de buren het samen doen, durf ik ook.", quote=True),
)

# -- Tafelronde 3: aanbevelingen formuleren (brainstorm) ----------------------------------------

ROUND_3_NOTES: tuple[Note, ...] = (
    _n("De gemeente garandeert dat niemand er in woonlasten op achteruitgaat door de overstap"),
    _n("Open vóór 2027 in elke wijk een onafhankelijk energieloket, ook bereikbaar zonder internet"),
    _n("Begin in Zuid en West, waar de corporatie al renoveert, en leer daarvan voor de andere wijken"),
    _n("Maak subsidie vooraf mogelijk voor huishoudens met een laag inkomen"),
    _n("Isoleren gaat voor: de gemeente betaalt een gratis isolatiescan voor elke woning"),
    _n("Verplicht niemand om aan te sluiten op een warmtenet zolang de tarieven niet eerlijk geregeld zijn"),
    _n("Houd warmtenetten in handen van de gemeente of een coöperatie, niet van een commercieel bedrijf"),
    _n("Betrek huurders vanaf het begin bij de plannen van de woningcorporatie"),
    _n("Maak afspraken met particuliere verhuurders over isolatie en huurverhoging"),
    _n("Geef elke wijk een wijkplan dat samen met de bewoners is gemaakt"),
    _n("Communiceer in eenvoudige taal en in meerdere talen, ook op papier"),
    _n("Zet energiecoaches uit de eigen buurt in"),
    _n("Maak een duidelijke planning per wijk en houd je daaraan"),
    _n("Combineer de werkzaamheden met onderhoud aan riool en straten"),
    _n("Zorg dat winkels in het Centrum bereikbaar blijven tijdens de werkzaamheden"),
    _n("Zoek voor het Buitengebied een eigen oplossing, zoals aardwarmte of hybride warmtepompen"),
    _n("Investeer samen met het mbo in de opleiding van installateurs"),
    _n("Steun collectieve inkoop per straat of buurt"),
    _n("De gemeente begint bij haar eigen gebouwen: scholen, sporthallen en het gemeentehuis"),
    _n("Houd het burgerberaad op de hoogte van wat er met de aanbevelingen gebeurt"),
    _n("Evalueer de aanpak elk jaar samen met bewoners"),
    _n("Zorg voor een vangnet als het na de overstap misgaat, zoals een koud huis of een hoge rekening"),
    _n("Maak een regeling voor ouderen die geen lening meer willen afsluiten"),
    _n("Bewoners met een beperking krijgen hulp bij het aanpassen van hun woning"),
    _n("Stel een onafhankelijke geschillencommissie in voor klachten over warmtenetten"),
    _n("Geef monumenten en het beschermd stadsgezicht een eigen aanpak met passende technieken"),
    _n("Zet in de aanbeveling dat het betaalbaar moet blijven, anders gelooft niemand het.", quote=True),
    _n("Organiseer elk jaar een warmtemarkt in het wijkcentrum met buren die al over zijn"),
)


def all_texts() -> list[str]:
    """Every note text of the demo day, in corpus order."""
    texts = [note.text for _, notes in ROUND_1_THEMES for note in notes]
    texts += [note.text for note in ROUND_1_LOOSE]
    texts += [note.text for _, notes in ROUND_2_THEMES for note in notes]
    texts += [note.text for note in ROUND_2_LOOSE]
    texts += [note.text for note in ROUND_3_NOTES]
    return texts
