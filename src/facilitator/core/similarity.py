"""Suggested groupings of sticky notes: plain, offline text similarity that works for Dutch.

Each note becomes a TF-IDF vector of its words (lower case, accents
stripped, Dutch stopwords left out, a light Dutch suffix stemmer:
"warmtepompen" → "warmtepomp") and of the character 3- and 4-grams of those
words, so the parts of compound words meet ("warmtepomp" and "pomp",
"isolatiescan" and "isolatie"). Notes are compared by cosine; average-linkage
agglomerative clustering (scipy) cut at a threshold gives the groups.

:func:`suggest` looks at one board's notes that are not in a theme yet and
returns two kinds of :class:`Suggestion`: "these loose notes fit theme X"
(``theme_id`` set) and "these loose notes belong together" (a new theme with
a proposed ``name``: the words they share, or the most central note). No
model, no download; 1,000 notes take well under a second.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse import csr_matrix

from facilitator.core.board import suggested_name

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


def vectors(texts: Sequence[str]) -> csr_matrix:
    """L2-normalised TF-IDF rows (sublinear term frequency) of ``texts``."""
    vocabulary: dict[str, int] = {}
    rows, cols, counts = [], [], []
    for row, text in enumerate(texts):
        features = _features(text)
        rows += [row] * len(features)
        cols += [vocabulary.setdefault(feature, len(vocabulary)) for feature in features]
        counts += features.values()
    shape = (len(texts), max(len(vocabulary), 1))
    values = 1.0 + np.log(np.array(counts, dtype=np.float64))
    matrix = csr_matrix((values, (np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64))), shape=shape)
    df = np.bincount(matrix.indices, minlength=shape[1])
    idf = np.log((1 + shape[0]) / (1 + df)) + 1.0
    matrix = csr_matrix(matrix.multiply(idf[np.newaxis, :]))
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return csr_matrix(matrix.multiply(1.0 / norms[:, np.newaxis]))


def similarity(a: str, b: str) -> float:
    """Cosine similarity of two texts (on a corpus of just the two: for tests and explanations)."""
    matrix = vectors([a, b])
    return float((matrix[0] @ matrix[1].T).toarray()[0, 0])


def group_indices(sims: np.ndarray, threshold: float = GROUP_THRESHOLD) -> list[list[int]]:
    """Groups of two or more rows whose average pairwise similarity stays above ``threshold``."""
    n = sims.shape[0]
    if n < 2:
        return []
    distance = np.clip(1.0 - sims, 0.0, 2.0)
    condensed = distance[np.triu_indices(n, k=1)]
    labels = fcluster(linkage(condensed, method="average"), t=1.0 - threshold, criterion="distance")
    groups: dict[int, list[int]] = {}
    for index, label in enumerate(labels):
        groups.setdefault(int(label), []).append(index)
    return [g for g in groups.values() if len(g) > 1]


def propose_name(texts: Sequence[str], sims: np.ndarray | None = None, limit: int = 40) -> str:
    """A first name for a group: the words most of its notes share, in the order of its most central
    note ("Collectieve inkoop straat"); without shared words, the central note, shortened."""
    if not texts:
        return ""
    centre = int(np.argmax(sims.sum(axis=1))) if sims is not None else 0
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
    texts = [text for _, text, _ in notes] + [name for _, name in themes]
    matrix = vectors(texts)
    result: list[Suggestion] = []
    remaining = loose
    if themes:
        member_rows: dict[int, list[int]] = {}
        for i, (_, _, theme) in enumerate(notes):
            if theme is not None:
                member_rows.setdefault(theme, []).append(i)
        theme_ids = [t for t, _ in themes]
        centroids = []
        for k, theme_id in enumerate(theme_ids):
            rows = member_rows.get(theme_id, []) + [len(notes) + k]
            centre = np.asarray(matrix[rows].mean(axis=0)).ravel()
            centroids.append(centre / (np.linalg.norm(centre) or 1.0))
        fits = np.asarray(matrix[loose] @ np.array(centroids).T)  # loose × themes: to the theme as a whole
        clustered = [i for i, (_, _, theme) in enumerate(notes) if theme is not None]
        if clustered:
            column = {row: c for c, row in enumerate(clustered)}
            nearest = (matrix[loose] @ matrix[clustered].T).toarray()  # loose × clustered notes
            for k, theme_id in enumerate(theme_ids):
                rows = [column[r] for r in member_rows.get(theme_id, [])]
                if rows:  # and to the one of its notes it is nearest to
                    fits[:, k] = (fits[:, k] + nearest[:, rows].max(axis=1)) / 2
        best = np.argmax(fits, axis=1)
        joining: dict[int, list[tuple[float, int]]] = {}
        remaining = []
        for row, index in enumerate(loose):
            score = float(fits[row, best[row]])
            if score >= fit_threshold:
                joining.setdefault(int(best[row]), []).append((score, notes[index][0]))
            else:
                remaining.append(index)
        for k, members in joining.items():
            members.sort(reverse=True)
            result.append(Suggestion(tuple(note_id for _, note_id in members), themes[k][1], theme_ids[k],
                                     max(score for score, _ in members)))
        result.sort(key=lambda s: -s.score)
    if len(remaining) >= 2:
        sub = matrix[remaining]
        sims = (sub @ sub.T).toarray()
        groups = []
        for group in group_indices(sims, group_threshold):
            inner = sims[np.ix_(group, group)]
            score = float((inner.sum() - len(group)) / (len(group) * (len(group) - 1)))
            name = propose_name([notes[remaining[g]][1] for g in group], inner)
            groups.append(Suggestion(tuple(notes[remaining[g]][0] for g in group), name, None, score))
        groups.sort(key=lambda s: (-len(s.note_ids), -s.score))
        result += groups
    return result
