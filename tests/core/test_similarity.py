"""Suggested groupings: Dutch-aware text similarity and clustering, tested on the demo day's own notes."""

from __future__ import annotations

import random
import time

from facilitator.core import similarity as s
from facilitator.demo import content


def test_folding_stemming_and_stopwords_for_dutch():
    assert s.fold("Coöperatie één geïsoleerd") == "cooperatie een geisoleerd"
    assert s.stem("warmtepompen") == "warmtepomp" and s.stem("huurders") == "huurder"
    assert s.stem("mogelijkheden") == "mogelijkheid" and s.stem("bussen") == "bus"
    assert [root for root, _ in s.words("Wie betaalt de warmtepomp van de huurders?")] == [
        "betaalt", "warmtepomp", "huurder"]
    assert s.words("Energiecoöperatie")[0][1] == "energiecoöperatie"  # the word as written, for names
    assert s.stem(s.fold("coöperaties")) == s.stem(s.fold("coöperatie")) and s.stem("nieuwe") == "nieuw"


def test_compound_words_and_plurals_meet_unrelated_texts_do_not():
    assert s.similarity("Warmtepompen zijn duur", "De warmtepomp is te duur") > 0.5
    assert s.similarity("Een isolatiescan voor iedereen", "Gratis isolatie") > 0.15
    assert s.similarity("Isolatie van oude woningen", "Een feest in het buurthuis") < 0.05


def _ids(texts):
    return [(i, text, None) for i, text in enumerate(texts)]


def test_obviously_similar_demo_notes_group_together_and_unrelated_ones_do_not():
    texts = [
        "Een gratis isolatiescan voor elke woning",
        "Isoleren gaat voor: de gemeente betaalt een gratis isolatiescan voor elke woning",
        "Collectieve inkoop van warmtepompen per straat",
        "Steun collectieve inkoop per straat of buurt",
        "Energiecoaches uit de buurt die bij mensen thuis komen",
        "Zet energiecoaches uit de eigen buurt in",
        "Aardwarmte onderzoeken voor het Buitengebied",
        "Zoek voor het Buitengebied een eigen oplossing, zoals aardwarmte of hybride warmtepompen",
        "Dit burgerberaad laat zien dat de gemeente echt wil luisteren",  # unrelated to all others
        "Te weinig installateurs: je wacht nu al maanden op een afspraak",  # unrelated to all others
    ]
    assert all(t in content.all_texts() for t in texts)
    groups = {frozenset(g.note_ids): g for g in s.suggest(_ids(texts), [])}
    assert set(groups) == {frozenset({0, 1}), frozenset({2, 3}), frozenset({4, 5}), frozenset({6, 7})}
    assert groups[frozenset({0, 1})].name == "Gratis isolatiescan woning"
    assert groups[frozenset({2, 3})].name == "Collectieve inkoop straat"
    assert set(groups[frozenset({6, 7})].name.lower().split()) == {"aardwarmte", "buitengebied"}
    assert all(g.theme_id is None for g in groups.values())


def test_the_whole_demo_day_groups_mostly_what_the_facilitator_grouped():
    notes, truth = [], {}
    for name, theme_notes in content.ROUND_1_THEMES + content.ROUND_2_THEMES:
        for note in theme_notes:
            truth[len(notes)] = name
            notes.append((len(notes), note.text, None))
    suggestions = s.suggest(notes, [])
    assert 5 <= len(suggestions) <= 30
    pure = sum(max(sum(truth[i] == name for i in g.note_ids) for name in {truth[i] for i in g.note_ids})
               for g in suggestions)
    covered = sum(len(g.note_ids) for g in suggestions)
    assert pure / covered >= 0.5  # lexical similarity: better than chance (1/14), never a semantic model
    assert all(len(g.note_ids) >= 2 and g.name for g in suggestions)


def test_a_loose_note_that_fits_an_existing_theme_is_suggested_for_it():
    themes = [(10, "Onafhankelijk energieloket in de wijk"), (11, "Eerlijke financiering")]
    notes = [
        (1, "Een energieloket in het wijkcentrum dat elke week open is", 10),
        (2, "Energiecoaches uit de buurt die bij mensen thuis komen", 10),
        (3, "Subsidie vooraf in plaats van achteraf", 11),
        (4, "Een renteloze lening die aan het huis vastzit, niet aan de bewoner", 11),
        (5, "Open vóór 2027 in elke wijk een onafhankelijk energieloket, ook bereikbaar zonder internet", None),
        (6, "Maak subsidie vooraf mogelijk voor huishoudens met een laag inkomen", None),
        (7, "Zonnepanelen op de daken van scholen en sporthallen", None),
    ]
    suggestions = s.suggest(notes, themes)
    fits = {g.theme_id: g.note_ids for g in suggestions if g.theme_id is not None}
    assert fits == {10: (5,), 11: (6,)}
    assert [g for g in suggestions if g.theme_id is None] == []  # note 7 stays alone
    assert s.suggest([(1, "Iets", 10)], themes) == []  # no loose notes: nothing to suggest


def test_a_thousand_notes_are_suggested_in_under_a_second():
    rng = random.Random(5)
    texts = content.all_texts()
    notes = [(i, f"{rng.choice(texts)} {rng.choice(texts)}", None) for i in range(1000)]
    start = time.process_time()  # CPU time: other processes on a busy machine don't count
    suggestions = s.suggest(notes, [(5000, "Wonen"), (5001, "Kosten")])
    assert time.process_time() - start < 1.0
    assert suggestions and len({i for g in suggestions for i in g.note_ids}) == sum(
        len(g.note_ids) for g in suggestions)  # every note in one suggestion at most
