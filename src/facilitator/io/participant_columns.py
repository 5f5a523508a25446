"""Which column is which, and the values a participant list uses: recognised names, vocabularies. No Qt.

Column names are compared without case, spaces, accents or punctuation, so
``E-mail``, ``Email`` and ``e-mailadres`` all mean the contact address.
Any column not named here is kept as an attribute under its own header.
"""

from __future__ import annotations

import re
import unicodedata

#: Field -> the column names that mean it (compared without case, spaces or punctuation).
ALIASES: dict[str, tuple[str, ...]] = {
    "external_ref": ("nr", "nummer", "no", "id", "volgnummer", "deelnemernummer", "number", "ref"),
    "first_name": ("voornaam", "roepnaam", "firstname", "givenname", "voornamen"),
    "infix": ("tussenvoegsel", "tussenvoegsels", "tv", "infix", "prefix"),
    "last_name": ("achternaam", "lastname", "surname", "familienaam", "familyname"),
    "full_name": ("naam", "name", "volledigenaam", "fullname"),
    "gender": ("geslacht", "gender", "sekse", "sex"),
    "age": ("leeftijd", "age"),
    "district": ("wijk", "woonwijk", "district", "buurt", "kern", "neighbourhood", "neighborhood"),
    "education": ("opleiding", "opleidingsniveau", "education", "educationlevel", "niveau"),
    "stance": ("houding", "standpunt", "stance", "mening", "opinion"),
    "contact": ("email", "emailadres", "mail", "mailadres", "e-mail", "emailaddress"),
    "needs": ("bijzonderheden", "behoeften", "needs", "toegankelijkheid", "specialneeds", "opmerkingen"),
    "organisation": ("organisatie", "organisation", "organization", "werkgever"),
    "function": ("functie", "function", "jobtitle"),
}
_PREFERENCE = re.compile(r"^(voorkeur|keuze|preference|choice)\s*(\d{1,2})$")
#: Fields whose values are categories: normalised, and checked against a vocabulary where there is one.
CATEGORICAL = ("gender", "district", "education", "stance", "organisation", "function")
#: Known values and their spellings; a column only uses its vocabulary when most of its values are in it.
VOCABULARY: dict[str, dict[str, str]] = {
    "gender": {
        "man": "man", "m": "man", "male": "man", "mannelijk": "man", "heer": "man", "dhr": "man",
        "vrouw": "vrouw", "v": "vrouw", "f": "vrouw", "female": "vrouw", "vrouwelijk": "vrouw",
        "mevrouw": "vrouw", "mevr": "vrouw", "anders": "anders", "x": "anders", "other": "anders",
        "nonbinair": "anders", "non-binair": "anders", "divers": "anders", "overig": "anders",
    },
    "education": {"laag": "laag", "middelbaar": "middelbaar", "midden": "middelbaar", "hoog": "hoog"},
    "stance": {"voor": "voor", "tegen": "tegen", "neutraal": "neutraal"},
}
KNOWN_NEEDS = ("rolstoel", "ringleiding", "slechtziend", "slechthorend", "tolk NGT", "vegetarisch", "rollator")


def _key(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", folded)


_ALIAS_INDEX = {_key(alias): name for name, aliases in ALIASES.items() for alias in aliases}


def field_for(header: str) -> str | None:
    """'Opleidingsniveau' -> 'education', 'Voorkeur 2' -> 'preference_2'; None for a column we don't know."""
    found = _PREFERENCE.match(" ".join(header.casefold().split()))
    if found:
        return f"preference_{int(found.group(2))}"
    return _ALIAS_INDEX.get(_key(header)) if header.strip() else None


def full_name(text: str) -> tuple[str, str, str]:
    """'Gerrit van den Berg' -> ('Gerrit', 'van den', 'Berg')."""
    words = text.split()
    if len(words) < 2:
        return text, "", ""
    rest = words[1:]
    infix = []
    while len(rest) > 1 and rest[0].casefold() in ("van", "de", "den", "der", "ter", "ten", "te", "het", "'t", "in", "op"):
        infix.append(rest.pop(0))
    return words[0], " ".join(infix), " ".join(rest)
