"""Average-linkage grouping of sparse vectors, and many dot products at once on packed big integers.

Vectors are dicts (feature → weight). :func:`group_indices` clusters
normalised vectors by average linkage cut at a cosine threshold — the groups
scipy's ``linkage(method="average")`` + ``fcluster(criterion="distance")``
give, in the standard library only (the installers carry no numpy or scipy).
:class:`Packed` computes the dot products of one vector with many as integer
arithmetic on big integers (C speed), to within a known error; every value a
decision depends on is then recomputed exactly. Used by
:mod:`facilitator.core.similarity` for sticky-note suggestions.
"""

from __future__ import annotations

import heapq
import math
import sys
from array import array
from collections import Counter
from itertools import compress, repeat
from operator import mul, truediv
from typing import Sequence

Vector = dict[str, float]


def dot(a: Vector, b: Vector) -> float:
    """The dot product of two sparse vectors (the cosine of two normalised ones)."""
    shared = a.keys() & b.keys()
    return sum(map(mul, map(a.__getitem__, shared), map(b.__getitem__, shared)))


def add(total: Vector, vector: Vector) -> Vector:
    for f, w in vector.items():
        total[f] = total.get(f, 0.0) + w
    return total



UNIT = 1 << 14  # packed weights are whole multiples of 1/16384: a product of two vectors fits in 32 bits
_NARROW = "I" if array("I").itemsize == 4 else "L"  # 32-bit slots
_WIDE = "Q"  # 64-bit slots: products summed over groups


def _unpack(number: int, code: str, count: int) -> array:
    found = array(code)
    found.frombytes(number.to_bytes(found.itemsize * count, "little"))
    if sys.byteorder != "little":
        found.byteswap()
    return found


def _pack(values: array) -> int:
    if sys.byteorder != "little":
        values = array(values.typecode, values)
        values.byteswap()
    return int.from_bytes(values.tobytes(), "little")


def _widen(values: array) -> int:
    """32-bit slots as one integer with 64-bit slots (byte copies, no Python number per slot)."""
    narrow = values.tobytes() if sys.byteorder == "little" else _pack(values).to_bytes(4 * len(values), "little")
    spread = bytearray(2 * len(narrow))
    for b in range(4):
        spread[b::8] = narrow[b::4]
    return int.from_bytes(spread, "little")


class Packed:
    """Normalised vectors ("targets") packed for many dot products at once, to within a known error.

    Each feature becomes one big integer with a 32-bit slot per target holding
    its weight in whole units of 1/16384, so the dot products of a query with
    all targets are a sum of (small integer × big integer): integer arithmetic
    at C speed instead of a Python loop per pair. With ``merge``, features
    found in the same targets with the same weights (the n-grams of one rare
    word) become one weighing √k, and only targets can be queried
    (:meth:`row`). Products are in units of 1/16384²; :attr:`error` bounds how
    far one, divided by 16384², is from the exact dot product.
    """

    def __init__(self, targets: Sequence[Vector], merge: bool = False) -> None:
        self.count = len(targets)
        ids: dict[str, list[int]] = {}
        weights: dict[str, list[float]] = {}
        for i, vector in enumerate(targets):
            for f, w in vector.items():
                found = ids.get(f)
                if found is None:
                    ids[f], weights[f] = [i], [w]
                else:
                    found.append(i)
                    weights[f].append(w)
        postings = [(tuple(ids[f]), tuple(weights[f])) for f in ids]
        if merge:
            same = Counter(postings)
            weighed = {str(k): (posting, math.sqrt(n)) for k, (posting, n) in enumerate(same.items())}
        else:
            weighed = {f: (posting, 1.0) for f, posting in zip(ids, postings)}
        self.columns: dict[str, int] = {}
        #: Per target, with ``merge``: (its packed weight, the column) per feature.
        self.rows: list[list[tuple[int, int]]] = [[] for _ in targets]
        rows = self.rows
        for f, ((numbers, values), weight) in weighed.items():
            column = array(_NARROW, bytes(4 * self.count))
            scale = weight * UNIT
            for i, w in zip(numbers, values):
                column[i] = round(w * scale)
            self.columns[f] = packed = _pack(column)
            if merge:
                for i in numbers:
                    rows[i].append((column[i], packed))
        self.merged = merge
        self._ones = int.from_bytes(b"\x01\x00\x00\x00" * self.count, "little")  # 1 in every slot
        self._floor, self._lift = -1, 0
        # Each packed weight is off by 1/32768 at most: a product by (L1(a) + L1(b)) / 32768 plus the
        # products of two errors. Merged features weigh √k·w, less than the k·w of the L1 taken here.
        longest = max((len(vector) for vector in targets), default=0)
        self.top_l1 = max((sum(vector.values()) for vector in targets), default=0.0)
        self.error = self.top_l1 / UNIT + longest / (4 * UNIT * UNIT) + 1e-12

    def row(self, i: int) -> int:
        """Target ``i``'s products with every target, packed (32-bit slots)."""
        total = 0
        for whole, column in self.rows[i]:
            total += whole * column
        return total

    def at_least(self, packed: int, floor: int) -> list[int]:
        """The targets whose slot in ``packed`` (a :meth:`row`) holds ``floor`` or more (0 ≤ floor < 2³¹):
        adding 2³¹ - floor to every slot sets its top bit just then (products stay below 2³¹)."""
        if self._floor != floor:
            self._floor = floor
            self._lift = ((1 << 31) - floor) * self._ones
        flags = ((packed + self._lift) & (self._ones << 31)).to_bytes(4 * self.count, "little")
        return list(compress(range(self.count), flags[3::4]))

    def products(self, query: Vector) -> tuple[array, float]:
        """The query's products with every target, and their error (also for a query that is no target)."""
        assert not self.merged
        total = 0
        columns = self.columns
        for f, w in query.items():
            column = columns.get(f)
            if column is not None:
                total += round(w * UNIT) * column
        error = (sum(query.values()) + self.top_l1) / (2 * UNIT) + len(query) / (4 * UNIT * UNIT) + 1e-12
        return _unpack(total, _NARROW, self.count), error


def group_indices(vecs: Sequence[Vector], threshold: float) -> list[list[int]]:
    """Groups of two or more of the normalised ``vecs``: see :func:`linked`."""
    return [group for group, _ in linked(vecs, threshold)]


def linked(vecs: Sequence[Vector], threshold: float) -> list[tuple[list[int], Vector]]:
    """Groups of two or more of the normalised ``vecs`` by average-linkage agglomerative clustering, cut where
    the average cosine between two groups falls below ``threshold`` (scipy's ``linkage(1 - cosines,
    "average")`` with ``fcluster(t=1 - threshold, criterion="distance")``). In order of their first member.

    Identical vectors start as one group ("points"). The cosines of all pairs of points come from
    :class:`Packed`, to within a small error; a group keeps, as one big integer, the sums of its points'
    products with every point, so merging two groups is one addition (Lance-Williams for average linkage
    as sums) and their products with a group are a sum over its points. A heap holds, for pairs of groups
    that may reach ``threshold``, an upper bound of their average cosine, or the exact average
    (U_A · U_B / |A| |B|, U the sum of a group's vectors) once the pair reached the top: an exact average
    on top is the best pair, and merges. Only pairs joined by two points that may reach ``threshold`` can
    (an average never exceeds the largest cosine), so those are the only ones looked at.
    """
    if threshold > 1.0:
        return []
    points: list[list[int]] = []  # notes per point
    first: dict[tuple, int] = {}
    for i, vector in enumerate(vecs):
        key = tuple(vector.items())
        if key and key in first:
            points[first[key]].append(i)
        else:
            first[key] = len(points)
            points.append([i])
    count = len(points)
    weight = list(map(len, points))
    repeated = len(points) < len(vecs)
    packed = Packed([vecs[group[0]] for group in points], merge=True)
    unit2 = float(UNIT * UNIT)
    reach = threshold - packed.error  # an estimate from here on may be a pair that reaches threshold
    floor = max(0, math.floor(reach * unit2))
    rows = []
    near: list[set[int]] = []  # per point: the points it may reach the threshold with
    #: Per group: (bound, other group, its version) for the groups it may merge with, best last.
    waiting: list[list[tuple[float, int, int]]] = []
    for p in range(count):
        whole = packed.row(p)
        row = _unpack(whole, _NARROW, count)
        rows.append(row)
        close = set(packed.at_least(whole, floor))
        close.discard(p)
        near.append(close)
        waiting.append(sorted((product / unit2 + packed.error, q, 0) for product, q in
                              zip(map(row.__getitem__, close), close)))
    heap: list[tuple] = []
    version = [0] * count
    alive = [True] * count

    def next_pair(g: int) -> None:
        """Queue the best pair of group ``g`` not queued yet: one pair per group is in the heap, as its
        others are no better. A pair with a group that changed since is left out: the new group has it."""
        pairs = waiting[g]
        while pairs:
            bound, k, version_k = pairs.pop()
            if version[k] == version_k and alive[k]:
                heapq.heappush(heap, (-bound, g, k, version[g], version_k, False, g))
                return

    for p in range(count):
        next_pair(p)
    members = [[p] for p in range(count)]  # points per group; a group is named by one of its points
    label = list(range(count))
    size = list(map(len, points))
    sums: list[Vector | None] = [vecs[g[0]] if len(g) == 1 else {f: w * len(g) for f, w in vecs[g[0]].items()}
                                 for g in points]  # a lone note's own vector, copied when it grows
    owned = [len(g) > 1 for g in points]
    wide: list[int | None] = [None] * count  # per group: Σ over its points of products × weights

    def products(g: int) -> int:
        if wide[g] is None:
            (p,) = members[g]
            wide[g] = _widen(rows[p]) * weight[p]  # a point's notes, times the products of one
        return wide[g]

    while heap:
        _, a, b, version_a, version_b, exact, owner = heapq.heappop(heap)
        if owner == a and version[a] == version_a and alive[a]:
            next_pair(a)  # this pair is gone or being settled: the next one of its group
        if not (alive[a] and alive[b]) or version[a] != version_a or version[b] != version_b:
            continue  # one of the two changed since
        if not exact:
            average = dot(sums[a], sums[b]) / (size[a] * size[b])
            if average >= threshold:
                heapq.heappush(heap, (-average, a, b, version_a, version_b, True, -1))
            continue
        if len(members[a]) < len(members[b]):
            a, b = b, a
        wide[a] = products(a) + products(b)
        wide[b] = None
        alive[b] = False
        version[a] += 1
        for p in members[b]:
            label[p] = a
        members[a] += members[b]
        size[a] += size[b]
        (sum_a, owns), sum_b = (sums[a], owned[a]), sums[b]
        if len(sum_a) < len(sum_b):
            (sum_a, owns), sum_b = (sum_b, owned[b]), sum_a
        sums[a], sums[b], owned[a] = add(sum_a if owns else dict(sum_a), sum_b), None, True
        if len(near[a]) < len(near[b]):
            near[a], near[b] = near[b], near[a]
        near[a] |= near[b]
        near[b] = set()
        others = sorted(set(map(label.__getitem__, near[a])) - {a})
        row = _unpack(wide[a], _WIDE, count)
        groups = list(map(members.__getitem__, others))
        if repeated:  # sum a group's products with a point times the point's notes
            totals = map(sum, map(map, repeat(mul), map(map, repeat(row.__getitem__), groups),
                                  map(map, repeat(weight.__getitem__), groups)))
        else:
            totals = map(sum, map(map, repeat(row.__getitem__), groups))
        bounds = list(map(truediv, totals, map((unit2 * size[a]).__mul__, map(size.__getitem__, others))))
        mask = list(map(reach.__le__, bounds))
        waiting[a] = sorted(zip(map(packed.error.__add__, compress(bounds, mask)), compress(others, mask),
                                map(version.__getitem__, compress(others, mask))))
        waiting[b] = []
        next_pair(a)
    groups = [(sorted(n for p in group for n in points[p]), sums[g]) for g, group in enumerate(members) if alive[g]]
    return sorted((group for group in groups if len(group[0]) > 1), key=lambda found: found[0])
