"""Every text the report prints, in Dutch and English (this layer cannot use Qt's translations). No Qt."""

from __future__ import annotations

#: Words per language; ``{n}``-style placeholders are filled with ``str.format``.
WORDS: dict[str, dict[str, str]] = {
    "nl": {
        "report": "Verslag", "contents": "Inhoud", "page": "Pagina", "organiser": "Organisatie",
        "date": "Datum", "venue": "Locatie", "made_with": "Opgesteld met Facilitator op {date}.",
        "privacy_note": "Dit verslag bevat geen namen of contactgegevens van deelnemers en vermeldt niet wie welke "
                        "notitie schreef. Tafels staan met hun nummer vermeld. Groepen van minder dan vijf mensen "
                        "staan als \u201c<5\u201d.",
        "names_note": "Op verzoek van de organisatie staan in de bijlage met de tafelindeling de namen van de "
                      "deelnemers. Deel dit verslag daarom niet buiten het projectteam.",
        "figure_name": "Kerncijfer", "number": "Aantal", "summary": "Samenvatting", "key_figures": "Kerncijfers", "top_themes": "Belangrijkste thema\u2019s",
        "present": "Aanwezige deelnemers", "registered": "Aangemelde deelnemers", "tables": "Tafels",
        "rounds": "Tafelrondes", "notes": "Notities", "themes": "Thema\u2019s", "actions": "Actiepunten",
        "recommendations": "Aanbevelingen", "figure": "Figuur", "table_caption": "Tabel",
        "top_themes_intro": "De thema\u2019s met de meeste stippen bij het stippenstemmen:",
        "no_votes": "Er is niet gestemd.",
        "rank": "Plaats", "theme": "Thema", "dots": "Stippen", "item": "Onderdeel",
        "programme": "Programma", "work_form": "Werkvorm", "planned": "Gepland", "actual": "Werkelijk",
        "difference": "Verschil", "minutes": "min", "not_held": "niet gehouden",
        "programme_intro": "Het programma zoals gepland en zoals het liep. De dag begon om {start} en eindigde "
                           "om {end} (gepland: {planned_end}).",
        "programme_intro_open": "Het programma zoals gepland en zoals het liep.",
        "timeline_caption": "Gepland (licht) en werkelijk (donker) per onderdeel",
        "timeline_planned": "gepland", "timeline_actual": "werkelijk",
        "participants": "Deelnemers",
        "participants_intro": "Van de {registered} aangemelde deelnemers waren er {present} aanwezig. Hieronder de "
                              "samenstelling naar kenmerk; alleen groepstotalen, groepen van minder dan vijf "
                              "mensen staan als \u201c<5\u201d. Tafelbegeleiders, voorzitter en deskundigen "
                              "tellen niet mee.",
        "participants_intro_all": "Er waren {present} deelnemers aanwezig. Hieronder de samenstelling naar kenmerk; "
                                  "alleen groepstotalen, groepen van minder dan vijf mensen staan als \u201c<5\u201d.",
        "no_attributes": "Van de deelnemers zijn geen kenmerken bekend.",
        "hidden_note": "x: niet getoond, omdat de groep van minder dan vijf anders uit het totaal af te leiden is.",
        "category": "Categorie", "share": "Aandeel", "count_present": "Aanwezig",
        "count_registered": "Aangemeld", "unknown": "onbekend",
        "composition_caption": "Samenstelling naar {attribute}",
        "outcomes": "Opbrengst per onderdeel", "no_outcomes": "Er zijn geen notities of thema\u2019s vastgelegd.",
        "item_facts": "{notes} notities, {themes} thema\u2019s", "item_notes": "{notes} notities",
        "loose_notes": "Overige notities", "more_notes": "En nog {n} notities (zie de bijlage met alle notities).",
        "more_notes_plain": "En nog {n} notities.",
        "quotes": "Citaten", "vote": "Stemming", "vote_intro": "{voters} stippen per deelnemer; in totaal {dots} "
                                                           "stippen.",
        "vote_caption": "Uitslag: {title}", "photos": "Foto\u2019s", "photo_caption": "Foto: {caption}",
        "photo": "Foto", "category_label": "Categorie",
        "actions_title": "Actiepunten en aanbevelingen", "no_actions": "Er zijn geen actiepunten vastgelegd.",
        "action_no": "Nr.", "what": "Actie of aanbeveling", "kind": "Soort", "owner": "Eigenaar",
        "due": "Datum", "origin": "Herkomst", "action": "actie", "recommendation": "aanbeveling",
        "origin_note": "notitie \u201c{text}\u201d", "origin_theme": "thema \u201c{name}\u201d",
        "origin_vote": "plaats {rank} bij het stemmen ({dots} stippen)", "origin_none": "\u2014",
        "actions_intro": "Wat de deelnemers aanbevelen en wat er is afgesproken, met wie het oppakt en wanneer. "
                         "De herkomst laat zien waar het vandaan komt: notitie \u2192 thema \u2192 stemming.",
        "annexes": "Bijlagen", "annex_seating": "Bijlage: tafelindeling", "annex_notes": "Bijlage: alle notities",
        "round": "Ronde", "table": "Tafel", "people_at_table": "Aantal deelnemers", "names": "Deelnemers",
        "no_seating": "Er is geen tafelindeling gemaakt.", "seating_intro": "Aantal deelnemers per tafel per ronde.",
        "seating_intro_names": "Wie aan welke tafel zat, per ronde.",
        "note": "Notitie", "no_notes": "Er zijn geen notities.",
        "outline_title": "Titelpagina", "outline_title_text": "{title}, {date}",
        "outline_contents": "Inhoudsopgave met paginanummers",
        "outline_summary": "{present} aanwezigen, {notes} notities, {themes} thema\u2019s, {actions} actiepunten",
        "outline_programme": "{items} onderdelen, gepland en werkelijk, met grafiek",
        "outline_participants": "Samenstelling naar {n} kenmerken, geaggregeerd",
        "outline_item_empty": "nog niets vastgelegd",
        "outline_actions": "{n} actiepunten en aanbevelingen met herkomst",
        "outline_annex_seating": "{rounds} rondes, {tables} tafels",
        "outline_annex_seating_names": "{rounds} rondes, {tables} tafels, met namen",
        "outline_annex_notes": "{n} notities",
        "other": "overig",
    },
    "en": {
        "report": "Report", "contents": "Contents", "page": "Page", "organiser": "Organiser",
        "date": "Date", "venue": "Venue", "made_with": "Prepared with Facilitator on {date}.",
        "privacy_note": "This report holds no names or contact details of participants and does not say who wrote "
                        "which note. Tables are named by number. Groups of fewer than five people are shown as "
                        "\u201c<5\u201d.",
        "names_note": "At the organiser's request the annex with the table assignment lists the participants' names. "
                      "Do not share this report outside the project team.",
        "figure_name": "Key figure", "number": "Number", "summary": "Summary", "key_figures": "Key figures", "top_themes": "Top themes",
        "present": "Participants present", "registered": "Participants registered", "tables": "Tables",
        "rounds": "Table rounds", "notes": "Notes", "themes": "Themes", "actions": "Action items",
        "recommendations": "Recommendations", "figure": "Figure", "table_caption": "Table",
        "top_themes_intro": "The themes with the most dots in the dot vote:",
        "no_votes": "No vote was held.",
        "rank": "Rank", "theme": "Theme", "dots": "Dots", "item": "Item",
        "programme": "Programme", "work_form": "Work form", "planned": "Planned", "actual": "Actual",
        "difference": "Difference", "minutes": "min", "not_held": "not held",
        "programme_intro": "The programme as planned and as it ran. The day started at {start} and ended at {end} "
                           "(planned: {planned_end}).",
        "programme_intro_open": "The programme as planned and as it ran.",
        "timeline_caption": "Planned (light) and actual (dark) per item",
        "timeline_planned": "planned", "timeline_actual": "actual",
        "participants": "Participants",
        "participants_intro": "Of the {registered} registered participants, {present} were present. Below is the "
                              "composition by attribute; group totals only, groups of fewer than five people are "
                              "shown as \u201c<5\u201d. Table hosts, the chair and experts are not counted.",
        "participants_intro_all": "{present} participants were present. Below is the composition by attribute; group "
                                  "totals only, groups of fewer than five people are shown as \u201c<5\u201d.",
        "no_attributes": "No attributes of the participants are known.",
        "hidden_note": "x: not shown, because otherwise the group of fewer than five could be worked out from the "
                       "total.",
        "category": "Category", "share": "Share", "count_present": "Present",
        "count_registered": "Registered", "unknown": "unknown",
        "composition_caption": "Composition by {attribute}",
        "outcomes": "Outcomes per item", "no_outcomes": "No notes or themes were recorded.",
        "item_facts": "{notes} notes, {themes} themes", "item_notes": "{notes} notes",
        "loose_notes": "Other notes", "more_notes": "And {n} more notes (see the annex with all notes).",
        "more_notes_plain": "And {n} more notes.",
        "quotes": "Quotes", "vote": "Vote", "vote_intro": "{voters} dots per participant; {dots} dots in all.",
        "vote_caption": "Result: {title}", "photos": "Photos", "photo_caption": "Photo: {caption}",
        "photo": "Photo", "category_label": "Category",
        "actions_title": "Action items and recommendations", "no_actions": "No action items were recorded.",
        "action_no": "No.", "what": "Action or recommendation", "kind": "Kind", "owner": "Owner",
        "due": "Due", "origin": "Origin", "action": "action", "recommendation": "recommendation",
        "origin_note": "note \u201c{text}\u201d", "origin_theme": "theme \u201c{name}\u201d",
        "origin_vote": "rank {rank} in the vote ({dots} dots)", "origin_none": "\u2014",
        "actions_intro": "What the participants recommend and what was agreed, who takes it up and by when. The "
                         "origin shows where it came from: note \u2192 theme \u2192 vote.",
        "annexes": "Annexes", "annex_seating": "Annex: table assignment", "annex_notes": "Annex: all notes",
        "round": "Round", "table": "Table", "people_at_table": "Participants", "names": "Participants",
        "no_seating": "No table plan was made.", "seating_intro": "Number of participants per table per round.",
        "seating_intro_names": "Who sat at which table, per round.",
        "note": "Note", "no_notes": "There are no notes.",
        "outline_title": "Title page", "outline_title_text": "{title}, {date}",
        "outline_contents": "Table of contents with page numbers",
        "outline_summary": "{present} present, {notes} notes, {themes} themes, {actions} action items",
        "outline_programme": "{items} items, planned and actual, with a chart",
        "outline_participants": "Composition by {n} attributes, aggregated",
        "outline_item_empty": "nothing recorded yet",
        "outline_actions": "{n} action items and recommendations with their origin",
        "outline_annex_seating": "{rounds} rounds, {tables} tables",
        "outline_annex_seating_names": "{rounds} rounds, {tables} tables, with names",
        "outline_annex_notes": "{n} notes",
        "other": "other",
    },
}

#: Names of participant attributes the app knows, per language; other keys are shown as the list named them.
ATTRIBUTES: dict[str, dict[str, str]] = {
    "nl": {"gender": "geslacht", "age_band": "leeftijdsgroep", "district": "wijk", "education": "opleiding",
           "stance": "houding", "organisation": "organisatie", "age": "leeftijd"},
    "en": {"gender": "gender", "age_band": "age band", "district": "district", "education": "education",
           "stance": "stance", "organisation": "organisation", "age": "age"},
}


#: Singular and plural of the things the preview counts.
COUNTED: dict[str, dict[str, tuple[str, str]]] = {
    "nl": {"notes": ("notitie", "notities"), "themes": ("thema", "thema\u2019s"), "votes": ("stemming", "stemmingen"),
           "photos": ("foto", "foto\u2019s")},
    "en": {"notes": ("note", "notes"), "themes": ("theme", "themes"), "votes": ("vote", "votes"),
           "photos": ("photo", "photos")},
}


def counted(n: int, thing: str, language: str) -> str:
    """'1 stemming', '3 stemmingen' (Dutch digit grouping for big numbers)."""
    one, many = COUNTED["en" if language == "en" else "nl"][thing]
    return f"{n:,}".replace(",", "." if language != "en" else ",") + " " + (one if n == 1 else many)


def words(language: str) -> dict[str, str]:
    """The words of ``language``; Dutch for anything but English."""
    return WORDS["en" if language == "en" else "nl"]


def attribute_name(key: str, language: str) -> str:
    """'age_band' -> 'leeftijdsgroep'; an unknown key as the list wrote it, underscores as spaces."""
    return ATTRIBUTES["en" if language == "en" else "nl"].get(key, key.replace("_", " "))
