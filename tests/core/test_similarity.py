"""Suggested groupings: Dutch-aware text similarity and clustering, tested on the demo day's own notes."""

from __future__ import annotations

import math
import random

from facilitator.core import linkage
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


def test_a_thousand_notes_get_disjoint_suggestions():
    """How fast: benchmarks/notes.py (notes.suggestions) prints the seconds for 1,000 and 2,500 notes."""
    rng = random.Random(5)
    texts = content.all_texts()
    notes = [(i, f"{rng.choice(texts)} {rng.choice(texts)}", None) for i in range(1000)]
    suggestions = s.suggest(notes, [(5000, "Wonen"), (5001, "Kosten")])
    assert suggestions and len({i for g in suggestions for i in g.note_ids}) == sum(
        len(g.note_ids) for g in suggestions)  # every note in one suggestion at most


def test_average_linkage_groups_a_hand_computed_example():
    # Unit vectors with cosines ab = 0.8, bc = 0.6, ac = 0, de = 0.6, and 0 across the two sets.
    a, b, c = {"x": 1.0}, {"x": 0.8, "y": 0.6}, {"y": 1.0}
    d, e = {"z": 1.0}, {"z": 0.6, "w": 0.8}
    vecs = [a, b, c, d, e]
    # ab merges at 0.8, de at 0.6; then {a, b} with c averages (0 + 0.6) / 2 = 0.3: the zero counts.
    assert s.group_indices(vecs, 0.5) == [[0, 1], [3, 4]]
    assert s.group_indices(vecs, 0.35) == [[0, 1], [3, 4]]  # single linkage would take c along (0.6)
    assert s.group_indices(vecs, 0.3) == [[0, 1, 2], [3, 4]]
    # {a, b, c} with {d, e}: every cosine 0, so never; and nothing reaches 0.81
    assert s.group_indices(vecs, 0.81) == []
    # Identical vectors are one group from the start, also beside others
    assert s.group_indices([a, dict(a), c, dict(a)], 0.9) == [[0, 1, 3]]


def _naive_average_linkage(vecs, threshold):
    """The textbook algorithm, written for clarity: merge the pair of groups with the highest average cosine
    over all their cross pairs (zeros included) while it reaches ``threshold`` — what scipy's
    linkage(method="average") + fcluster(criterion="distance") give, against which the module was checked."""
    groups = [[i] for i in range(len(vecs))]
    cos = [[s.dot(u, v) for v in vecs] for u in vecs]
    while len(groups) > 1:
        best, pair = None, None
        for x in range(len(groups)):
            for y in range(x + 1, len(groups)):
                average = sum(cos[i][j] for i in groups[x] for j in groups[y]) / (len(groups[x]) * len(groups[y]))
                if best is None or average > best + 1e-12:
                    best, pair = average, (x, y)
        if best < threshold - 1e-12:
            break
        x, y = pair
        groups[x] = sorted(groups[x] + groups[y])
        del groups[y]
    return sorted(g for g in groups if len(g) > 1)


def test_average_linkage_matches_the_textbook_algorithm_on_random_sparse_vectors():
    rng = random.Random(11)
    for trial in range(8):
        n = rng.randint(20, 45)
        vecs = []
        for _ in range(n):
            raw = {f"f{rng.randint(0, 25)}": rng.random() for _ in range(rng.randint(1, 6))}
            norm = math.sqrt(sum(w * w for w in raw.values()))
            vecs.append({f: w / norm for f, w in raw.items()})
        vecs += [dict(vecs[0]), dict(vecs[1])]  # some identical ones
        threshold = rng.choice([0.2, 0.25, 0.4, 0.6])
        assert s.group_indices(vecs, threshold) == _naive_average_linkage(vecs, threshold), trial


def test_packed_products_stay_within_their_error():
    rng = random.Random(3)
    texts = content.all_texts()
    vecs = s.vectors([f"{rng.choice(texts)} {rng.choice(texts)}" for _ in range(60)])
    packed = linkage.Packed(vecs, merge=True)  # the n-grams of a word found in the same notes count once, weighing √k
    assert len(packed.columns) < len({f for v in vecs for f in v})
    for i in range(0, 60, 7):
        row = linkage._unpack(packed.row(i), linkage._NARROW, len(vecs))
        for j, v in enumerate(vecs):
            assert abs(row[j] / linkage.UNIT ** 2 - s.dot(vecs[i], v)) <= packed.error
        assert packed.at_least(packed.row(i), 1 << 27) == [j for j in range(60) if row[j] >= 1 << 27]
        assert i in packed.at_least(packed.row(i), (1 << 28) - (1 << 20))  # itself: a cosine of 1
    products, error = linkage.Packed(vecs[:30]).products(vecs[40])  # a query that is no target
    assert all(abs(p / linkage.UNIT ** 2 - s.dot(vecs[40], v)) <= error for p, v in zip(products, vecs[:30]))
    assert max(products) > 0
