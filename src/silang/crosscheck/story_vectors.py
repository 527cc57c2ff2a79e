"""The numbers story clustering compares: MinHash band keys that block an article with the
stories it may join (``BandHasher``), and the articles' weighted feature vectors that
score it against their members (``ArticleVectors``). The local clusterer and the Spark
engine use the same two, so both give the same stories."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from silang.cache import cached
from silang.model import stable_id

if TYPE_CHECKING:
    import numpy as np

# numpy is imported where it is used, and only once a run has articles to compare: a
# command that clusters one article into a new store (`silang analyze one.txt`) does without
# it, and its import is ~0.1 s of CPU.

# A developing story runs for months; its pull on a new article halves every HALF_LIFE_DAYS
# once the article is more than GRACE_DAYS outside the story's span.
HALF_LIFE_DAYS = 120.0
GRACE_DAYS = 14
# What happened where ("x:killed@place/gunungkidul-regency") ties two articles to one event
# only while they are close in time: past GRACE_DAYS, its part of the score halves every
# EVENT_HALF_LIFE_DAYS. A flood and, seven weeks later, an earthquake in one regency both
# have people killed, missing and displaced there; with the developing story's half-life,
# those features alone linked them, and such links chained events of a place and a province
# over the years into one story (80,000 of 100,000 generated articles; benchmarks/results/
# stories.md). The parties, entities and names two articles share keep the longer one.
EVENT_HALF_LIFE_DAYS = 14.0
# Features that only set the scene: the places and countries an article names (the kinds
# of claim it makes, ``t:``, are not scored at all). Two articles that share nothing else
# (a release of every province's rice crop and a wage decree for the same provinces) may
# score high on them, but an article linking them must not merge their stories
# (``links_in_order``).
SETTING_PREFIXES = ("e:place/", "e:country/")
# Features of what happened where ("x:protest@place/east-java").
EVENT_PREFIX = "x:"


def setting_feature(feature: str) -> bool:
    """Does ``feature`` only set the scene (``SETTING_PREFIXES``)?

    >>> setting_feature("e:place/east-java"), setting_feature("x:protest@place/east-java")
    (True, False)
    """
    return feature.startswith(SETTING_PREFIXES)


_MERSENNE = (1 << 61) - 1
_UINT64 = (1 << 64) - 1
_MIX = 0x9E3779B97F4A7C15
_KEY_MASK = (1 << 62) - 1

Draws = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]


def _draws(bands: int, rows: int, seed: int) -> Draws:
    """The permutations' ``a`` and ``b`` and the bands' salts, drawn by numpy's default
    generator."""
    import numpy as np

    rng = np.random.default_rng(seed)
    n = bands * rows
    a = rng.integers(1, _MERSENNE, size=n, dtype=np.uint64)
    b = rng.integers(0, _MERSENNE, size=n, dtype=np.uint64)
    salt = rng.integers(1, _MERSENNE, size=bands, dtype=np.uint64)
    return tuple(a.tolist()), tuple(b.tolist()), tuple(salt.tolist())


class BandHasher:
    """MinHash band keys of a feature set, reproducible across processes and Spark.

    A key is a 62-bit integer (it fits Spark's LongType) mixing the band number with
    that band's rows of the signature.

    The draws are kept in the compiled-data cache (``silang.cache``), and the keys are
    computed with Python's integers until numpy is imported (the same keys: the
    arithmetic is uint64's, wrapping at 2**64), so that clustering the few articles of a
    short command does not import numpy.
    """

    def __init__(self, bands: int = 64, rows: int = 1, seed: int = 7) -> None:
        self.bands, self.rows = bands, rows
        self.draws: Draws = cached(
            f"band-draws-{bands}x{rows}-{seed}",
            build=partial(_draws, bands, rows, seed),
            sources=[Path(__file__)],
            modules=["numpy"],
        )
        self._arrays: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        # Features recur across thousands of articles: hash each once per process.
        self._hashes: dict[str, int] = {}

    def _hash(self, feature: str) -> int:
        found = self._hashes.get(feature)
        if found is None:
            found = self._hashes[feature] = int(stable_id(feature, length=15), 16)
        return found

    def band_keys(self, features: Iterable[str]) -> list[int]:
        hashes = [self._hash(f) for f in features]
        if not hashes:
            return []
        if "numpy" not in sys.modules:
            return self._python_band_keys(hashes)
        import numpy as np

        if self._arrays is None:
            a, b, salt = (np.array(d, dtype=np.uint64) for d in self.draws)
            self._arrays = (a, b, salt)
        a, b, salt = self._arrays
        values = np.array(hashes, dtype=np.uint64)
        # (a*x + b) mod p, computed in Python ints per permutation would be slow; numpy
        # wraps at 2**64, which keeps the family universal enough for blocking.
        signature = ((np.outer(a, values) + b[:, None]) % np.uint64(_MERSENNE)).min(axis=1)
        rows = signature.reshape(self.bands, self.rows)
        key = salt.copy()
        for r in range(self.rows):
            key = key * np.uint64(_MIX) ^ rows[:, r]
        keys: list[int] = (key & np.uint64(_KEY_MASK)).tolist()
        return keys

    def _python_band_keys(self, hashes: list[int]) -> list[int]:
        """``band_keys`` with Python's integers, wrapping where numpy's uint64 wraps."""
        a, b, salt = self.draws
        signature = [
            min([((ai * h + bi) & _UINT64) % _MERSENNE for h in hashes])
            for ai, bi in zip(a, b, strict=True)
        ]
        keys = []
        rows = self.rows
        for band, key in enumerate(salt):
            for value in signature[band * rows : (band + 1) * rows]:
                key = ((key * _MIX) & _UINT64) ^ value
            keys.append(key & _KEY_MASK)
        return keys


class _GrowingArray:
    """A numpy array appended to one value at a time (amortised doubling)."""

    def __init__(self, dtype: Any) -> None:
        import numpy as np

        self.data = np.empty(1024, dtype=dtype)
        self.size = 0

    def append(self, value: Any) -> None:
        if self.size == len(self.data):
            self._grow(self.size + 1)
        self.data[self.size] = value
        self.size += 1

    def extend(self, values: np.ndarray) -> None:
        end = self.size + len(values)
        if end > len(self.data):
            self._grow(end)
        self.data[self.size : end] = values
        self.size = end

    def _grow(self, needed: int) -> None:
        import numpy as np

        capacity = max(needed, 2 * len(self.data))
        grown = np.zeros(capacity, dtype=self.data.dtype)
        grown[: self.size] = self.data[: self.size]
        self.data = grown

    def take(self, positions: np.ndarray) -> np.ndarray:
        taken: np.ndarray = self.data[positions]
        return taken


Vector = tuple["np.ndarray", float, int]


class ArticleVectors:
    """Articles as sorted weighted-feature IDs, scored against each other with numpy.

    A feature's weight (IDF times the weight of its kind) does not depend on the article,
    so the weighted Dice of two articles is the weight of the features they share over
    their two totals. ``scores`` compares one article with many indexed ones at once.
    The local clusterer and the Spark engine both score candidates with this class.

    >>> import numpy as np
    >>> table = ArticleVectors()
    >>> a, b = table.add_feature(1.0), table.add_feature(3.0)
    >>> first = table.append(table.vector([a, b], -1))
    >>> table.scores(table.vector([b], -1), np.array([first])).round(3).tolist()
    [0.857]

    Features and articles (``append_ids``) wait in Python lists until something reads
    the arrays (a vector or a score): clustering articles that have nothing to be compared
    with (one article into a new store) then needs no numpy.
    """

    def __init__(self) -> None:
        # What waits for the arrays: features' (weight, event, setting) and articles'
        # (ids, day).
        self._waiting_features: list[tuple[float, bool, bool]] = []
        self._waiting_articles: list[tuple[list[int], int]] = []
        self._features = 0
        self._articles = 0
        self._built = False

    def _build(self) -> None:
        """Make the arrays, if not yet made, and move into them what waits."""
        if not self._built:
            import numpy as np

            self.feature_weights = _GrowingArray(np.float64)
            # Which features say what happened where (``EVENT_HALF_LIFE_DAYS``).
            self.event_features = _GrowingArray(np.bool_)
            # Which features only set the scene (``setting_feature``).
            self.setting_features = _GrowingArray(np.bool_)
            # Where each indexed article's feature IDs lie in one flat array, its total, day.
            self._flat_ids = _GrowingArray(np.int64)
            self._starts = _GrowingArray(np.int64)
            self._lengths = _GrowingArray(np.int64)
            self._totals = _GrowingArray(np.float64)
            self._days = _GrowingArray(np.int64)
            # A scratch mark per feature ID, set for the article being scored.
            self._marks = np.zeros(1024, dtype=bool)
            self._built = True
        features, self._waiting_features = self._waiting_features, []
        for weight, event, setting in features:
            self._add_feature(weight, event, setting)
        articles, self._waiting_articles = self._waiting_articles, []
        for ids, day in articles:
            self._append(self._vector(ids, day))

    def __len__(self) -> int:
        return self._articles

    def add_feature(self, weight: float, *, event: bool = False, setting: bool = False) -> int:
        """A new feature ID with this weight; ``event`` for a feature of what happened
        where, whose part of a score fades faster with the days between two articles;
        ``setting`` for one that only sets the scene (``setting_feature``)."""
        if self._built:
            self._add_feature(weight, event, setting)
        else:
            self._waiting_features.append((weight, event, setting))
        self._features += 1
        return self._features - 1

    def add_named_feature(self, feature: str, weight: float) -> int:
        """``add_feature`` for a feature by its name: one of what happened where (``x:``)
        is an event feature, one of a place or a country only sets the scene."""
        return self.add_feature(
            weight, event=feature.startswith(EVENT_PREFIX), setting=setting_feature(feature)
        )

    def _add_feature(self, weight: float, event: bool, setting: bool) -> None:
        self.feature_weights.append(weight)
        self.event_features.append(event)
        self.setting_features.append(setting)
        if self.feature_weights.size > len(self._marks):
            import numpy as np

            self._marks = np.zeros(2 * self.feature_weights.size, dtype=bool)

    def vector(self, ids: Iterable[int], day: int) -> Vector:
        """An article's vector: sorted feature IDs, total weight, day ordinal (-1: undated)."""
        self._build()
        return self._vector(ids, day)

    def _vector(self, ids: Iterable[int], day: int) -> Vector:
        import numpy as np

        sorted_ids = np.array(sorted(ids), dtype=np.int64)
        total = float(self.feature_weights.take(sorted_ids).sum()) if len(sorted_ids) else 0.0
        return sorted_ids, total, day

    def append(self, vector: Vector) -> int:
        """Index an article (its ``vector``); returns its position."""
        self._build()
        return self._index(vector)

    def append_ids(self, ids: list[int], day: int) -> int:
        """Index an article by its feature IDs (``vector``'s arguments); returns its
        position. Its vector is made when the arrays are."""
        if self._built:
            return self._index(self._vector(ids, day))
        self._waiting_articles.append((ids, day))
        self._articles += 1
        return self._articles - 1

    def _index(self, vector: Vector) -> int:
        position = self._append(vector)
        self._articles = position + 1
        return position

    def _append(self, vector: Vector) -> int:
        ids, total, day = vector
        self._starts.append(self._flat_ids.size)
        self._lengths.append(len(ids))
        self._flat_ids.extend(ids)
        self._totals.append(total)
        self._days.append(day)
        return self._totals.size - 1

    def at(self, position: int) -> Vector:
        """The vector of an indexed article."""
        self._build()
        start = int(self._starts.data[position])
        ids = self._flat_ids.data[start : start + int(self._lengths.data[position])]
        return ids, float(self._totals.data[position]), int(self._days.data[position])

    def scores(self, vector: Vector, positions: np.ndarray) -> np.ndarray:
        """Weighted Dice of one article against indexed articles, discounted by days apart."""
        return self._scored(vector, positions)[0]

    def _scored(self, vector: Vector, positions: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``scores``, and for each candidate whether it shares a feature that does more
        than set the scene."""
        import numpy as np

        self._build()
        ids, total, day = vector
        starts = self._starts.take(positions)
        lengths = self._lengths.take(positions)
        # The candidates' feature IDs, gathered from the flat array without a Python loop.
        ends = np.cumsum(lengths)
        size = int(ends[-1]) if len(ends) else 0
        gather = np.arange(size) + np.repeat(starts - ends + lengths, lengths)
        flat = self._flat_ids.data[gather]
        owner = np.repeat(np.arange(len(positions)), lengths)
        self._marks[ids] = True
        hit = self._marks[flat]
        self._marks[ids] = False
        features = flat[hit]
        owners = owner[hit]  # the candidate each shared feature belongs to
        weights = self.feature_weights.take(features)
        if day >= 0:
            days = self._days.take(positions)
            gap = np.maximum(0, np.abs(days - day) - GRACE_DAYS)
            dated = days >= 0
            slow = np.where(dated, 0.5 ** (gap / HALF_LIFE_DAYS), 1.0)
            fast = np.where(dated, 0.5 ** (gap / EVENT_HALF_LIFE_DAYS), 1.0)
            weights = weights * np.where(
                self.event_features.take(features), fast[owners], slow[owners]
            )
        shared = np.bincount(owners, weights=weights, minlength=len(positions))
        totals = self._totals.take(positions)
        with np.errstate(divide="ignore", invalid="ignore"):
            scores = np.where((totals > 0) & (total > 0), 2 * shared / (totals + total), 0.0)
        telling = ~self.setting_features.take(features)
        more = np.bincount(owners[telling], minlength=len(positions)) > 0
        return scores, more

    def links(
        self, vector: Vector, positions: Iterable[int], threshold: float, merge_threshold: float
    ) -> list[int]:
        """The indexed articles a new one links to: its best candidate if it scores at
        ``threshold`` (the earliest on a tie), then, in position order, every other
        candidate at ``merge_threshold``. The first link is the story the article joins;
        the others are stories it bridges, which merge with it. Both engines link with
        this, so their stories are the same connected components.
        """
        import numpy as np

        candidates = np.sort(np.fromiter(positions, dtype=np.int64))
        return self.links_in_order(vector, candidates, threshold, merge_threshold)

    def links_in_order(
        self, vector: Vector, candidates: np.ndarray, threshold: float, merge_threshold: float
    ) -> list[int]:
        """``links`` over candidates already in the order that breaks ties (the order in
        which clustering met them)."""
        import numpy as np

        if not len(candidates):
            return []
        scores, telling = self._scored(vector, candidates)
        best = int(np.argmax(scores))
        if not (scores[best] > 0 and scores[best] >= threshold):
            return []
        # A bridge merges whole stories: it must share more than the scene (a release of
        # every province's rice crop and a wage decree naming the same provinces).
        bridged = (
            (scores >= merge_threshold) & (scores > 0) & telling & (candidates != candidates[best])
        )
        others: list[int] = candidates[bridged].tolist()
        return [int(candidates[best]), *others]

    def best(self, vector: Vector, positions: Iterable[int]) -> tuple[int, float] | None:
        """The best-scoring position (the earliest on a tie) and its score, or None."""
        import numpy as np

        candidates = np.fromiter(sorted(positions), dtype=np.int64)
        if not len(candidates):
            return None
        scores = self.scores(vector, candidates)
        best = int(np.argmax(scores))
        return int(candidates[best]), float(scores[best])
