"""Where the fact index (``facts._FactIndex``) files facts: in cells of one kind, unit and
counted people, by the keys their roles give (``Cell``) and by the values all their figures
allow (``Overlaps``), so that a claim meets only the facts it could join."""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterator, Sequence
from typing import Generic, Protocol, TypeVar


class Figured(Protocol):
    """A fact as the index files it: by identity, and by the values every figure of it
    allows (highest bottom, lowest top)."""

    common: tuple[float, float]


F = TypeVar("F", bound=Figured)

# A key a fact is filed under in its cell; ALL holds every fact of the cell.
Key = tuple[str | None, ...]
ALL: Key = ("all",)
# A cell: the unit family of a fact's figures, whether they add to earlier ones, and who
# they count.
CellKey = tuple[str | None, bool, str | None]


class Cell(Generic[F]):
    """The facts of one kind, unit, ``apart`` and counted kind of people, by the keys
    they are filed under and by their values."""

    __slots__ = ("apart", "counted", "key", "overlaps", "unit", "_by_key")

    def __init__(self, key: CellKey, overlaps: Overlaps[F]) -> None:
        self.key = key
        self.unit, self.apart, self.counted = key
        self.overlaps = overlaps
        self._by_key: dict[Key, dict[int, F]] = {}

    def members(self, probes: Sequence[Key]) -> Iterator[F]:
        for probe in probes:
            yield from self._by_key.get(probe, {}).values()

    def add(self, fact: F, keys: Sequence[Key]) -> None:
        for key in keys:
            self._by_key.setdefault(key, {})[id(fact)] = fact
        self.overlaps.add(fact)

    def remove(self, fact: F, keys: Sequence[Key]) -> None:
        for key in keys:
            bucket = self._by_key[key]
            del bucket[id(fact)]
            if not bucket:
                del self._by_key[key]
        self.overlaps.remove(fact)


NO_LOWS: list[float] = [-math.inf]


def low_ends(values: set[float]) -> list[float]:
    """Sorted low ends, after -inf (the low end of a fact without figures)."""
    return [-math.inf, *sorted(v for v in values if v == v and v != -math.inf)]


class Overlaps(Generic[F]):
    """Fs by the values all their figures allow (``common``, low and high end),
    found by overlap with a value: those whose low end is at most the value's top and
    whose high end is at least its bottom.

    A segment tree over the low ends a fact can have (``lows``), each node holding the
    highest high end of the facts below it, so that a lookup descends only where a fact
    overlaps: it costs log(facts) per fact found, and a lookup stops at the second. A
    fact's ends only move inwards as it takes figures (``move``). Written here because
    the interval trees on PyPI answer with every overlapping interval at once
    (intervaltree), refuse single values ([x, x)) or cannot change once built (ncls).
    """

    __slots__ = ("_leaves", "_lows", "_odd", "_place", "_seq", "_size", "_top")

    def __init__(self, lows: list[float]) -> None:
        self._lows = lows
        size = 1
        while size < len(lows):
            size *= 2
        self._size = size
        self._top = [-math.inf] * (2 * size)
        # Per leaf (a low end), its facts as (high end, sequence, fact), highest last.
        self._leaves: dict[int, list[tuple[float, int, F]]] = {}
        # Where each fact is filed: (leaf, high end, sequence); NaN ends in ``_odd``.
        self._place: dict[int, tuple[int, float, int]] = {}
        self._odd: dict[int, F] = {}
        self._seq = 0

    def add(self, fact: F) -> None:
        low, high = fact.common
        if low != low or high != high:
            self._odd[id(fact)] = fact
            return
        # The leaf of the highest listed low end at or under the fact's: -inf is listed,
        # so a fact is never filed above its own low end.
        leaf = bisect.bisect_right(self._lows, low) - 1
        self._seq += 1
        entries = self._leaves.setdefault(leaf, [])
        bisect.insort(entries, (high, self._seq, fact))
        self._place[id(fact)] = (leaf, high, self._seq)
        self._raise(leaf, high)

    def remove(self, fact: F) -> None:
        if self._odd.pop(id(fact), None) is not None:
            return
        leaf, high, seq = self._place.pop(id(fact))
        entries = self._leaves[leaf]
        at = bisect.bisect_left(entries, (high, seq))
        was_top = at == len(entries) - 1
        del entries[at]
        if was_top:
            self._lower(leaf, entries[-1][0] if entries else -math.inf)
        if not entries:
            del self._leaves[leaf]

    def move(self, fact: F) -> None:
        """Re-file ``fact`` if its ends moved."""
        place = self._place.get(id(fact))
        low, high = fact.common
        if place is not None and place[1] == high:
            leaf = place[0]
            if self._lows[leaf] <= low and (
                leaf + 1 == len(self._lows) or low < self._lows[leaf + 1]
            ):
                return
        self.remove(fact)
        self.add(fact)

    def overlapping(self, values: tuple[float, float]) -> Iterator[F]:
        """The facts whose values overlap ``values`` (and those with NaN ends)."""
        yield from list(self._odd.values())
        bottom, top = values
        if bottom != bottom or top != top:
            return  # nothing overlaps NaN
        stop = bisect.bisect_right(self._lows, top)  # leaves under stop: low end <= top
        tops, leaves = self._top, self._leaves
        pending = [(1, 0, self._size)]
        while pending:
            node, first, end = pending.pop()
            if first >= stop or tops[node] < bottom:
                continue
            if end - first == 1:
                entries = leaves.get(first, [])
                i = len(entries) - 1
                while i >= 0 and entries[i][0] >= bottom:
                    yield entries[i][2]
                    i -= 1
                continue
            middle = (first + end) // 2
            pending.append((2 * node + 1, middle, end))
            pending.append((2 * node, first, middle))

    def _raise(self, leaf: int, high: float) -> None:
        node = self._size + leaf
        tops = self._top
        while node and tops[node] < high:
            tops[node] = high
            node //= 2

    def _lower(self, leaf: int, high: float) -> None:
        node = self._size + leaf
        tops = self._top
        tops[node] = high
        node //= 2
        while node:
            best = max(tops[2 * node], tops[2 * node + 1])
            if tops[node] == best:
                break
            tops[node] = best
            node //= 2
