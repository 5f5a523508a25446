"""Suggested groupings of sticky notes: plain, offline text similarity that works for Dutch.

Each note becomes a TF-IDF vector of its words (lower case, accents
stripped, Dutch stopwords left out, a light Dutch suffix stemmer:
"warmtepompen" → "warmtepomp") and of the character 3- and 4-grams of those
words, so the parts of compound words meet ("warmtepomp" and "pomp",
"isolatiescan" and "isolatie"). Notes are compared by cosine; average-linkage
agglomerative clustering cut at a threshold gives the groups. Standard
library only (no numpy or scipy in the installers): vectors are dicts, and
many cosines at once are integer arithmetic on packed big integers, checked
exactly wherever a decision depends on them, so the groups are those of
scipy's average linkage (:mod:`facilitator.core.linkage`).

:func:`suggest` looks at one board's notes that are not in a theme yet and
returns two kinds of :class:`Suggestion`: "these loose notes fit theme X"
(``theme_id`` set) and "these loose notes belong together" (a new theme with
a proposed ``name``: the words they share, or the most central note). No
model, no download; 1,000 notes take under a second.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache, reduce
from typing import Iterable, Sequence

from facilitator.core import linkage
from facilitator.core.board import suggested_name
from facilitator.core.linkage import UNIT, Packed, Vector, add, dot, linked

#: Function words that say nothing about a note's subject (Dutch; a few English ones for mixed boards).
STOPWORDS = frozenset("""
aan al alle alleen als altijd ander andere anders bij bijvoorbeeld daar daarom dan dat de deze die dit doe doen
door dus een eens eigen elk elke en er ergens even geen gaat gaan geweest haar had hadden heb hebben heeft hem
het hier hij hoe hun iemand iets ik in is ja je jij jou jouw juist kan kon kunnen kun laat laten maar me meer men
met mij mijn moet moeten mogen na naar niet niets nog nu of om omdat ons onze ook op over pas per te tegen toch
toe tot u uit uw van vanaf veel voor vooral waar waarom wanneer want was waren wat we wel welk welke werd wie
wij wil willen word worden wordt zal ze zelf zich zij zijn zo zoals zonder zou zouden zullen heel echt gewoon
goed graag nieuw nieuwe mensen zit zitten vast begin begint beginnen krijgen krijg maken maakt staat staan iedereen niemand dingen ding komen komt gaat hoort zeker straks eerst dan the and
of to a is in for on with that this it be are""".split())

_SUFFIXES = ("heden", "ingen", "ing", "en", "s")
_WORD = re.compile(r"[^\W_]+")
#: Below this cosine two loose notes are not grouped (average linkage over the group).
GROUP_THRESHOLD = 0.25
#: A loose note joins an existing theme from this cosine with the theme as a whole or with one of its notes.
FIT_THRESHOLD = 0.3


@dataclass(frozen=True)
class Suggestion:
    """Notes to group: into the existing theme ``theme_id``, or (``theme_id`` None) into a new theme ``name``."""

    note_ids: tuple[int, ...]
    name: str
    theme_id: int | None = None
    score: float = 0.0


def fold(text: str) -> str:
    """Lower case without accents ("coöperatie" → "cooperatie")."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def stem(word: str) -> str:
    """A light Dutch stemmer: strip one plural or inflection suffix and a final e, undouble the end.

    Not a linguist's stemmer: it only has to make "warmtepompen", "warmtepomp",
    "coöperaties" and "coöperatie", "nieuwe" and "nieuw" meet.
    """
    if len(word) <= 4 or word.isdigit():
        return word
    if word.endswith("heden"):
        return word[:-5] + "heid"
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            if suffix == "en" and word[-1] == word[-2] and word[-1] not in "aeiou":
                word = word[:-1]  # "kosten" stays "kost", "straten" → "strat", "bussen" → "bus"
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


@lru_cache(maxsize=1 << 16)
def _roots(word: str) -> tuple[str, ...]:
    """The stems in one lower-case word ("coöperatie" → "cooperatie"; "één" is a stopword)."""
    return tuple(stem(plain) for plain in _WORD.findall(fold(word)) if plain not in STOPWORDS and len(plain) > 1)


def words(text: str) -> list[tuple[str, str]]:
    """(stem, word in lower case) for each word of ``text`` that carries meaning; the stem has no accents."""
    return [(root, word) for word in _WORD.findall(text.lower()) for root in _roots(word)]


@lru_cache(maxsize=1 << 16)
def _grams(root: str) -> tuple[str, ...]:
    """The features of one stem: the stem itself (twice: a whole word weighs more) and its 3- and 4-grams."""
    padded = f" {root} "
    grams = [padded[i:i + n] for n in (3, 4) for i in range(len(padded) - n + 1)]
    return ("w " + root, "w " + root, *grams)


def _features(text: str) -> Counter:
    found: Counter = Counter()
    for root, _word in words(text):
        found.update(_grams(root))
    return found


def vectors(texts: Sequence[str]) -> list[Vector]:
    """L2-normalised TF-IDF vectors (sublinear term frequency, smoothed idf) of ``texts``, as sparse dicts."""
    counted = [_features(text) for text in texts]
    df: Counter = Counter()
    for features in counted:
        df.update(features.keys())
    n = len(texts)
    idf = {feature: math.log((1 + n) / (1 + count)) + 1.0 for feature, count in df.items()}
    found = []
    for features in counted:
        vector = {feature: (1.0 + math.log(count)) * idf[feature] for feature, count in features.items()}
        norm = math.sqrt(sum(w * w for w in vector.values()))
        if norm:
            scale = 1.0 / norm
            vector = {feature: w * scale for feature, w in vector.items()}
        found.append(vector)
    return found


def group_indices(vecs: Sequence[Vector], threshold: float = GROUP_THRESHOLD) -> list[list[int]]:
    """Groups of two or more of the normalised ``vecs`` (average linkage, see :mod:`.linkage`)."""
    return linkage.group_indices(vecs, threshold)


def similarity(a: str, b: str) -> float:
    """Cosine similarity of two texts (on a corpus of just the two: for tests and explanations)."""
    first, second = vectors([a, b])
    return dot(first, second)


def propose_name(texts: Sequence[str], vecs: Sequence[Vector] | None = None, limit: int = 40, *,
                 total: Vector | None = None) -> str:
    """A first name for a group: the words most of its notes share, in the order of its most central
    note ("Collectieve inkoop straat"); without shared words, the central note, shortened."""
    if not texts:
        return ""
    centre = 0
    if vecs:
        total = total if total is not None else reduce(add, vecs, {})
        closeness = [round(dot(vector, total), 9) for vector in vecs]  # equal (two notes): the first
        centre = closeness.index(max(closeness))
    per_text = [{root: word for root, word in reversed(words(t))} for t in texts]
    counts = Counter(root for found in per_text for root in found)
    needed = max(2, math.ceil(len(texts) / 2))
    order = [root for root, _ in words(texts[centre])] + [root for root, _ in counts.most_common()]
    shared = list(dict.fromkeys(r for r in order if counts[r] >= needed))
    if not shared:
        return suggested_name([texts[centre]], limit)
    shared = sorted(shared, key=lambda r: -counts[r])[:3]
    shared.sort(key=lambda r: order.index(r))
    labels = []
    for root in shared:
        forms = Counter(found[root] for found in per_text if root in found)
        labels.append(max(forms, key=lambda w: (forms[w], -len(w))))
    name = " ".join(labels)
    return name[:1].upper() + name[1:]


def _fits(notes: list, themes: list, vecs: list[Vector], loose: list[int],
          threshold: float) -> list[tuple[int, float]]:
    """For each loose row: the theme (index) it fits best and how well: the cosine with the theme's centroid
    (its notes and name), averaged with the cosine with the nearest of its notes if it has any. Both come
    from :class:`Packed` first, exactly only for the themes that may be best and reach ``threshold``."""
    member_rows: dict[int, list[int]] = {}
    for i, (_, _, theme) in enumerate(notes):
        if theme is not None:
            member_rows.setdefault(theme, []).append(i)
    centroids = []
    for k, (theme_id, _) in enumerate(themes):
        rows = member_rows.get(theme_id, []) + [len(notes) + k]
        centre = {f: w / len(rows) for f, w in reduce(add, (vecs[r] for r in rows), {}).items()}
        scale = 1.0 / (math.sqrt(sum(w * w for w in centre.values())) or 1.0)
        centroids.append({f: w * scale for f, w in centre.items()})
    column = {theme_id: k for k, (theme_id, _) in enumerate(themes)}
    clustered = [i for i, (_, _, theme) in enumerate(notes) if theme in column]
    per_theme: list[list[int]] = [[] for _ in themes]  # positions in ``clustered``
    for m, i in enumerate(clustered):
        per_theme[column[notes[i][2]]].append(m)
    with_notes = [k for k, (theme_id, _) in enumerate(themes) if theme_id in member_rows]
    has_notes = set(with_notes)
    to_centroids = Packed(centroids)
    to_notes = Packed([vecs[i] for i in clustered])
    unit2 = float(UNIT * UNIT)
    found = []
    for row in loose:
        vector = vecs[row]
        fits, error = to_centroids.products(vector)
        fits = [value / unit2 for value in fits]
        nearest = [0.0] * len(themes)
        products = None
        if clustered:
            products, error_notes = to_notes.products(vector)
            error = max(error, error_notes)
            for k in with_notes:
                nearest[k] = max(map(products.__getitem__, per_theme[k]), default=0) / unit2
                fits[k] = (fits[k] + nearest[k]) / 2
        top = max(fits)
        if top + error < threshold:  # cannot reach it: an estimate will do
            found.append((fits.index(top), top))
            continue
        best, best_fit = 0, -1.0
        for k, fit in enumerate(fits):
            if fit < top - 2 * error:
                continue
            exact = dot(vector, centroids[k])
            if k in has_notes:
                close = [clustered[m] for m in per_theme[k] if products[m] / unit2 >= nearest[k] - 2 * error]
                exact = (exact + max((dot(vector, vecs[i]) for i in close), default=0.0)) / 2
            if exact > best_fit:
                best, best_fit = k, exact
        found.append((best, best_fit))
    return found


def suggest(notes: Iterable[tuple[int, str, int | None]], themes: Iterable[tuple[int, str]], *,
            group_threshold: float = GROUP_THRESHOLD, fit_threshold: float = FIT_THRESHOLD) -> list[Suggestion]:
    """Suggestions for one board: ``notes`` as (id, text, theme id), ``themes`` as (id, name).

    Loose notes that fit an existing theme come first (best fit first); then
    groups of loose notes, biggest first.
    """
    notes = list(notes)
    themes = list(themes)
    loose = [i for i, (_, text, theme) in enumerate(notes) if theme is None and words(text)]
    if not loose:
        return []
    vecs = vectors([text for _, text, _ in notes] + [name for _, name in themes])
    result: list[Suggestion] = []
    remaining = loose
    if themes:
        joining: dict[int, list[tuple[float, int]]] = {}
        remaining = []
        for index, (best, score) in zip(loose, _fits(notes, themes, vecs, loose, fit_threshold)):
            if score >= fit_threshold:
                joining.setdefault(best, []).append((score, notes[index][0]))
            else:
                remaining.append(index)
        for k, members in joining.items():
            members.sort(reverse=True)
            result.append(Suggestion(tuple(note_id for _, note_id in members), themes[k][1], themes[k][0],
                                     max(score for score, _ in members)))
        result.sort(key=lambda s: -s.score)
    if len(remaining) >= 2:
        groups = []
        for group, total in linked([vecs[i] for i in remaining], group_threshold):
            rows = [remaining[g] for g in group]
            score = (dot(total, total) - len(rows)) / (len(rows) * (len(rows) - 1))
            name = propose_name([notes[r][1] for r in rows], [vecs[r] for r in rows], total=total)
            groups.append(Suggestion(tuple(notes[r][0] for r in rows), name, None, score))
        groups.sort(key=lambda s: (-len(s.note_ids), -round(s.score, 9)))  # equal: first note first
        result += groups
    return result
