"""Figures in news text as intervals: ``{min, max, approx, unit}``.

No package parses Indonesian quantities (docs/libraries.md), so this scanner is hand-written. It
walks over tokens and reads, at each position, an optional hedge, an optional prefix unit,
a number (digits, number words or a vague plural, with scales), an optional range, an
optional post-hedge and an optional unit noun. Every word it knows comes from the pack's
``numbers.yaml`` and ``units.yaml``; the conventions (what ``lebih dari`` or ``ribuan``
mean as an interval) are documented at the top of ``lang/id/numbers.yaml``.

    >>> q = parse_quantity("sekitar 12.000 hingga 15.000 personel", load_pack("id"))
    >>> (q.min, q.max, q.approx, q.unit, q.noun)
    (12000, 15000, True, 'person', 'personel')
"""

from __future__ import annotations

import bisect
import re
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import accumulate, chain, compress
from operator import attrgetter
from typing import Any

from silang.lang import LanguagePack, load_pack
from silang.model import UNIT_SCALES, Mention, Quantity

__all__ = ["find_quantities", "parse_quantity", "load_pack"]

# A chunk is a run of word characters with inner separators (12.000, 1,5, 13/1/2025, 14:30,
# kira-kira, Su-35, 12.000-15.000); anything else is a one-character symbol.
_CHUNK = re.compile(r"\w+(?:[.,:/'’]\w+)*(?:[-‐–]\w+(?:[.,:/'’]\w+)*)*|[^\w\s]")
_HAS_DIGIT = re.compile(r"\d")
_LOW = attrgetter("low")  # a _Tok's lower case
# How far before a figure a count head may stand ("jumlah warga sipil Thailand yang tewas
# bertambah menjadi empat orang": nine words), and the marks that end its clause.
COUNT_HEAD_WINDOW = 12
_CLAUSE_STOPS = frozenset(".;!?")
# How many tokens after "Seorang pengunjung" its clause may run to the others it tallies
# ("… asal Indonesia meninggal dunia dan tiga lainnya").
ONE_BEFORE_OTHERS_REACH = 16
_DIGITS = r"\d+(?:[.,]\d+)*"
_NUMERIC = re.compile(rf"{_DIGITS}$")
_NUMERIC_RANGE = re.compile(rf"({_DIGITS})([-‐–])({_DIGITS})$")
_NUMBER_HYPHEN_LETTERS = re.compile(rf"({_DIGITS})([-‐–])([^\W\d_]+)$")
_LETTERS_HYPHEN_NUMBER = re.compile(rf"([^\W\d_]+)([-‐–])({_DIGITS})$")
_LETTERS_NUMBER = re.compile(rf"([^\W\d_]+)({_DIGITS})$")
_NUMBER_LETTERS = re.compile(rf"({_DIGITS})([^\W\d_]+)$")
_DASH_SPLIT = re.compile(r"[-‐–]")

NUM, WORD, SYM, OPAQUE = "num", "word", "sym", "opaque"
# Figures beyond this are no count or sum of anything (a state budget in rupiah is about
# 4e15): a run of 400 digits is noise, and as a number it would overflow a float in the
# verdicts and the JSON the store writes. Such a figure is not taken.
MAX_FIGURE = 10**18
HEDGE_KINDS = ("approx", "at_least", "at_most", "nearly", "between")
# The most words between a word of change and its ``from`` ("rose sharply from").
CHANGE_REACH = 3
# The most tokens between a figure of people and a part link naming one of them ("four
# people were killed, including an Indonesian").
PART_LINK_REACH = 5


class _Tok:
    """One token; ``value`` is set for numbers valid in the pack's format."""

    __slots__ = ("kind", "text", "low", "start", "end", "value", "loose", "year")

    def __init__(self, kind: str, text: str, start: int) -> None:
        self.kind = kind
        self.text = text
        self.low = text.lower()
        self.start = start
        self.end = start + len(text)
        self.value: Decimal | None = None
        self.loose: Decimal | None = None  # value under the loose decimal mark, if different
        self.year = False


class _Phrases:
    """Longest-match lookup of phrases (token sequences) at a token index."""

    def __init__(self, entries: Iterable[tuple[str, Any]], match_case: frozenset[str]) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...] | None, Any]]] = {}
        for phrase, payload in entries:
            texts = tuple(m.group() for m in _CHUNK.finditer(str(phrase)))
            if not texts:
                continue
            lows = tuple(t.lower() for t in texts)
            exact = texts if str(phrase) in match_case else None
            self._by_first.setdefault(lows[0], []).append((lows, exact, payload))
        for options in self._by_first.values():
            options.sort(key=lambda item: -len(item[0]))

    def match(self, toks: list[_Tok], i: int) -> tuple[int, Any] | None:
        """(index after the phrase, payload) for the longest phrase at ``toks[i]``."""
        if i >= len(toks):
            return None
        for lows, exact, payload in self._by_first.get(toks[i].low, ()):
            end = i + len(lows)
            if end > len(toks):
                continue
            if all(toks[i + k].low == w for k, w in enumerate(lows)) and (
                exact is None or all(toks[i + k].text == w for k, w in enumerate(exact))
            ):
                return end, payload
        return None

    def firsts(self) -> frozenset[str]:
        """The lower-case first tokens of all entries."""
        return frozenset(self._by_first)

    def single_words(self) -> dict[str, Any]:
        """Entries of one token (lower-case, or as written for match-case ones) -> payload."""
        out: dict[str, Any] = {}
        for options in self._by_first.values():
            for lows, exact, payload in options:
                if len(lows) == 1:
                    out[exact[0] if exact else lows[0]] = payload
        return out


def _decimal(value: Any) -> Decimal:
    return Decimal(str(value))


def _values(table: dict[str, Any], key: str) -> dict[str, Decimal]:
    """A word -> number table of ``numbers.yaml`` with lower-case keys and exact values."""
    return {str(k).lower(): _decimal(v) for k, v in (table.get(key) or {}).items()}


def _words(values: Any) -> frozenset[str]:
    return frozenset(str(v).lower() for v in values or ())


class _Grammar:
    """Everything the scanner needs from one language pack, compiled once."""

    def __init__(self, pack: LanguagePack) -> None:
        n: dict[str, Any] = pack.table("numbers") or {}
        u: dict[str, Any] = pack.table("units") or {}
        t: dict[str, Any] = pack.table("time") or {}
        thousands = re.escape(n["thousands_separator"])
        decimal = re.escape(n["decimal_mark"])
        self.thousands = n["thousands_separator"]
        self.decimal_mark = n["decimal_mark"]
        self.number = re.compile(rf"(?:\d{{1,3}}(?:{thousands}\d{{3}})+|\d+)(?:{decimal}\d+)?$")
        loose = n.get("loose_decimal_mark")
        self.loose = re.compile(rf"\d+{re.escape(loose)}\d+$") if loose else None
        self.loose_mark: str = loose or ""  # read only when ``self.loose`` is set

        self.words = _values(n, "words")
        self.multipliers = _values(n, "multipliers")
        self.teen = _words(n.get("teen_words"))
        self.scales = _values(n, "scales")
        self.prefixed_scales = _values(n, "prefixed_scales")
        self.fractions = _values(n, "fractions")
        self.one_before_scale = _words(n.get("one_before_scale"))
        self.number_joiners = _words(n.get("number_joiners"))
        self.vague = _values(n, "vague")
        self.vague_joiners = _words(n.get("vague_joiners"))
        self.number_words = (
            set(self.words) | set(self.prefixed_scales) | set(self.fractions) | set(self.vague)
        )

        none: frozenset[str] = frozenset()
        hedges = n.get("hedges") or {}
        self.hedges = _Phrases(
            ((w, kind) for kind in HEDGE_KINDS for w in hedges.get(kind) or ()), none
        )
        post = n.get("post_hedges") or {}
        self.post_hedges = _Phrases(
            ((w, kind) for kind, ws in post.items() for w in ws or ()), none
        )
        # Post-hedges written glued with a hyphen ("1.000-an") let such a chunk split.
        self.glued_suffixes = frozenset(
            str(w)[1:].lower() for ws in post.values() for w in ws or () if str(w).startswith("-")
        )
        self.post_hedge_blockers = _words(n.get("post_hedge_blockers"))
        self.connectors = _Phrases(((w, True) for w in n.get("range_connectors") or ()), none)
        self.alternatives = _Phrases(
            ((w, True) for w in n.get("alternative_connectors") or ()), none
        )
        self.between_connectors = _Phrases(
            ((w, True) for w in n.get("between_connectors") or ()), none
        )
        # "one of the …" is no figure, but "one of whom", "one of them" is a part of one:
        # the longer phrase (``numbers_after_all``) wins and blocks nothing.
        self.not_numbers = _Phrases(
            chain(
                ((w, True) for w in n.get("not_numbers") or ()),
                ((w, False) for w in n.get("numbers_after_all") or ()),
            ),
            none,
        )
        changes = n.get("changes") or {}
        self.change_words = _words(changes.get("words"))
        self.change_from = _words(changes.get("from"))
        self.change_to = _words(changes.get("to"))
        self.not_numbers_firsts = self.not_numbers.firsts()

        context = n.get("context") or {}
        months = set(_words(context.get("months")))
        for key in ("months", "month_abbreviations"):
            months.update(_words(t.get(key)))
        self.months = frozenset(months)
        low, high = context.get("year_range") or (1900, 2100)
        self.year_low, self.year_high = int(low), int(high)
        self.year_cues = _words(context.get("year_cues"))
        self.clock_before = _words(context.get("clock_before"))
        self.clock_after = _words(context.get("clock_after"))
        self.reference_before = _words(context.get("reference_before"))
        self.reference_joiners = _words(context.get("reference_joiners"))
        self.age_after = _words(context.get("age_after"))
        self.age_before = _words(context.get("age_before"))

        match_case = frozenset(str(w) for w in u.get("match_case") or ())
        after = [(str(w), unit) for unit, ws in (u.get("after") or {}).items() for w in ws or ()]
        self.counted = frozenset(str(x) for x in u.get("counted") or ())
        # "lima tentaranya tewas" (five of its soldiers): a one-word noun of counted things
        # with a possessive suffix counts what the noun counts (not a measure: "ha" +
        # "nya" is "hanya", only).
        suffixes = [str(x) for x in u.get("possessive_suffixes") or ()]
        after += [
            (w + x, unit)
            for w, unit in after
            if unit in self.counted and " " not in w and len(w) > 3
            for x in suffixes
        ]
        self.units_after = _Phrases(after, match_case)
        self.units_before = _Phrases(
            ((w, unit) for unit, ws in (u.get("before") or {}).items() for w in ws or ()),
            match_case,
        )
        self.classifiers = _words(u.get("classifiers"))
        self.part_units = {str(k): str(v) for k, v in (u.get("part_units") or {}).items()}
        self.hyphen_prefixes = _words(u.get("hyphen_prefixes"))
        self.limits: dict[str, tuple[Decimal | None, Decimal | None]] = {
            unit: (
                _decimal(lim["min"]) if lim.get("min") is not None else None,
                _decimal(lim["max"]) if lim.get("max") is not None else None,
            )
            for unit, lim in (u.get("limits") or {}).items()
        }
        gap = u.get("noun_gap") or {}
        self.gap_max = int(gap.get("max_words") or 0)
        self.gap_capitalised = bool(gap.get("capitalised"))
        self.gap_words = _words(gap.get("words"))
        self.noun_joiners = _words(u.get("noun_joiners"))
        self.head_final = bool(u.get("head_final"))
        self.others = _Phrases(((w, True) for w in u.get("others") or ()), frozenset())
        # Of the others, those that make a figure a part of the one before it ("of them").
        self.parts = frozenset(str(w).lower() for w in u.get("parts") or ())
        self.others_firsts = frozenset(str(w).lower().split()[0] for w in u.get("others") or ())
        self.place_units = _words(u.get("place_units") or ())
        self.composition = _Phrases(
            ((w, True) for w in u.get("composition_openers") or ()), frozenset()
        )
        self.count_heads = _Phrases(((w, True) for w in u.get("count_heads") or ()), frozenset())
        # "Two officers and a civilian": after a figure of people and a link, an article
        # before a noun counting people counts one (``_Scanner._one_after``).
        one = u.get("one_after_figure") or {}
        self.one_links = _words(one.get("links"))
        self.one_articles = _words(one.get("articles"))
        self.one_part_links = _words(one.get("part_links"))
        self.kinds = {
            str(word).lower() + suffix: str(kind)
            for kind, words in (u.get("counted_kinds") or {}).items()
            for word in words or ()
            for suffix in ("", *suffixes)
        }
        by_body = u.get("counted_by_body") or {}
        self.force_nouns = _words(by_body.get("nouns"))
        self.body_preps = _words(by_body.get("preps"))
        # "personel gabungan", "police and soldiers": people of several forces, no one kind.
        self.mixed_forces = _words(by_body.get("mixed"))
        self.force_links = _words(by_body.get("links"))
        self.body_kinds = {
            str(word): str(kind)
            for kind, words in (by_body.get("kinds") or {}).items()
            for word in words or ()
        }
        # The kinds of armed forces' people ("police", "soldier").
        self.force_kinds = frozenset(self.body_kinds.values())

        # The words a number can start with (besides digits): see may_hold_figure.
        self.numerals = frozenset(self.number_words) | self.one_before_scale | frozenset(self.vague)

        # Glued forms that split into two tokens: "Rp1,5" / "M6,2" (prefix + number) and
        # "170mm" / "2bn" (number + unit or scale); everything else glued is a name.
        self.glue_prefixes = self.units_before.single_words()
        self.glue_suffixes = frozenset(self.units_after.single_words()) | frozenset(self.scales)
        # Tokens a figure can start with; the scanner skips every other word at once.
        self.starters = (
            frozenset(self.number_words)
            | self.one_before_scale
            | self.hedges.firsts()
            | self.units_before.firsts()
        )

    def compound(self, word: str) -> Decimal | None:
        """English "twenty-five": a whole group then a digit, joined by a hyphen."""
        if "-" not in word:
            return None
        parts = _DASH_SPLIT.split(word)
        if len(parts) != 2:
            return None
        tens, unit = self.words.get(parts[0]), self.words.get(parts[1])
        if tens is None or unit is None or tens < 20 or unit >= 10:
            return None
        return tens + unit

    def may_hold_figure(self, text: str, words: Sequence[str] | None = None) -> bool:
        """False when ``text`` has no digit and no number word: then it has no figure
        (hedges and units need a number), and most sentences are read no further.
        ``words`` are its lower-case tokens (``tokenize``) if the caller has them: its
        tokens join words on fewer marks than this scanner's chunks, so a number word the
        scanner reads is always one of them (tests/extract/test_quantities.py checks the equality)."""
        if _HAS_DIGIT.search(text):
            return True
        if words is None:
            words = [chunk.lower() for chunk in _CHUNK.findall(text)]
        if not self.numerals.isdisjoint(words):
            return True
        if not self.one_articles.isdisjoint(words) and not self.others_firsts.isdisjoint(words):
            return True  # "seorang penumpang tewas dan seorang lainnya hilang"
        return "-" in text and any(self.compound(w) is not None for w in words if "-" in w)

    # -- tokens ---------------------------------------------------------------------------

    def tokens(self, text: str) -> list[_Tok]:
        out: list[_Tok] = []
        append, find = out.append, text.find
        # Offsets by str.find from the end of the chunk before, not from match objects (as
        # ``tokens.tokenize`` does): only whitespace lies between two chunks.
        start = 0
        for chunk in _CHUNK.findall(text):
            start = find(chunk, start)
            if chunk.isalpha():  # most chunks: a word, with no digit to look for
                append(_Tok(WORD, chunk, start))
            elif len(chunk) == 1 and not chunk.isalnum() and chunk != "_":
                append(_Tok(SYM, chunk, start))
            elif not _HAS_DIGIT.search(chunk):
                append(_Tok(WORD, chunk, start))
            else:
                self._split_numeric(chunk, start, out)
            start += len(chunk)
        return out

    def _split_numeric(self, chunk: str, start: int, out: list[_Tok]) -> None:
        if _NUMERIC.match(chunk):
            out.append(self._number_token(chunk, start))
            return
        if m := _NUMERIC_RANGE.match(chunk):
            self._emit(m, (NUM, SYM, NUM), start, out)
            return
        m = _NUMBER_HYPHEN_LETTERS.match(chunk)
        if m and (
            m.group(3).lower() in self.glued_suffixes or m.group(3).lower() in self.glue_suffixes
        ):
            self._emit(m, (NUM, SYM, WORD), start, out)
            return
        m = _LETTERS_HYPHEN_NUMBER.match(chunk)
        if m and (m.group(1).lower() in self.hyphen_prefixes or m.group(1).lower() in self.scales):
            self._emit(m, (WORD, SYM, NUM), start, out)
            return
        m = _LETTERS_NUMBER.match(chunk)
        if m and (m.group(1).lower() in self.glue_prefixes or m.group(1) in self.glue_prefixes):
            self._emit(m, (WORD, NUM), start, out)
            return
        m = _NUMBER_LETTERS.match(chunk)
        if m and m.group(2).lower() in self.glue_suffixes:
            self._emit(m, (NUM, WORD), start, out)
            return
        # Su-35, COVID-19, ke-3, 13/1/2025, 14:30, 5G: a name, a date or a code, never a figure.
        out.append(_Tok(OPAQUE, chunk, start))

    def _emit(self, m: re.Match[str], kinds: tuple[str, ...], start: int, out: list[_Tok]) -> None:
        for group, kind in enumerate(kinds, start=1):
            text, at = m.group(group), start + m.start(group)
            out.append(self._number_token(text, at) if kind == NUM else _Tok(kind, text, at))

    def _number_token(self, text: str, start: int) -> _Tok:
        tok = _Tok(NUM, text, start)
        if self.number.match(text):
            whole, _, frac = text.partition(self.decimal_mark)
            digits = whole.replace(self.thousands, "")
            tok.value = Decimal(f"{digits}.{frac}" if frac else digits)
            tok.year = (
                len(text) == 4 and text.isdigit() and self.year_low <= int(text) <= self.year_high
            )
        if self.loose and self.loose.match(text):
            loose = Decimal(text.replace(self.loose_mark, "."))
            if loose != tok.value:
                tok.loose = loose
        if tok.value is None and tok.loose is None:
            tok.kind = OPAQUE
        return tok


_GRAMMARS: weakref.WeakKeyDictionary[LanguagePack, _Grammar] = weakref.WeakKeyDictionary()


def _grammar(pack: LanguagePack) -> _Grammar:
    grammar = _GRAMMARS.get(pack)
    if grammar is None:
        grammar = _GRAMMARS[pack] = _Grammar(pack)
    return grammar


@dataclass(slots=True)
class _Number:
    """A number read from tokens ``first`` .. ``end - 1``."""

    value: Decimal
    first: int
    end: int
    vague: bool = False
    scaled: bool = False  # any multiplier or scale word was applied
    final_scale: Decimal | None = None  # the scale that closed it, nothing added after
    digit_tokens: tuple[int, ...] = ()


class _Scanner:
    """Reads the figures of one text; one instance per call."""

    def __init__(self, grammar: _Grammar, text: str) -> None:
        self.g = grammar
        self.text = text
        self.toks = grammar.tokens(text)
        self.blocked = self._blocked()

    def _blocked(self) -> set[int]:
        blocked: set[int] = set()
        toks = self.toks
        # Only the words a phrase can start with, picked in C: a call of match per word
        # was most of this function's time.
        firsts = self.g.not_numbers_firsts
        for i in compress(range(len(toks)), map(firsts.__contains__, map(_LOW, toks))):
            if toks[i].kind == WORD and (hit := self.g.not_numbers.match(toks, i)) and hit[1]:
                blocked.update(range(i, hit[0]))
        if "°" in self.text:
            # "2°06'21\" LU – 101°14'48\" BT": degrees then minutes are a coordinate, no
            # figure ("30°C" is one).
            for i in range(len(toks) - 2):
                if (
                    toks[i].kind == NUM
                    and toks[i + 1].text == "°"
                    and toks[i + 2].text[:1].isdigit()
                ):
                    blocked.update((i, i + 2))
        return blocked

    def scan(self, offset: int) -> list[Quantity]:
        found: list[Quantity] = []
        i, n = 0, len(self.toks)
        # "187 rumah rusak, terdiri atas 141 rusak ringan, 31 rusak sedang …": the figure
        # a composition opener (``composition_openers``) breaks down, whose thing the bare
        # figures of its list count; and where the last figure ended.
        whole: Quantity | None = None
        last_end = 0
        while i < n:
            tok = self.toks[i]
            if tok.low in self.g.one_articles and (
                one := self._one_before_others(i, offset)
                or self._one_of_others(i, offset, last_end, found)
            ):
                found.append(one[0])
                last_end = i = one[1]
                continue
            if i in self.blocked or not (
                tok.kind == NUM
                or tok.low in self.g.starters
                or (tok.kind == WORD and "-" in tok.low and self.g.compound(tok.low) is not None)
            ):
                i += 1
                continue
            hit = self._figure_at(i)
            if hit is None:
                i += 1
                continue
            start = i
            quantity, i = hit
            if not (_in_range(quantity.min) and _in_range(quantity.max)):
                continue
            if self._changed_from(start) and self._changed_to(i):
                continue  # "naik dari Rp150.000 menjadi Rp250.000": the level before
            if (
                quantity.unit is None
                and found
                and found[-1].unit is not None
                and (other := self.g.others.match(self.toks, i)) is not None
            ):
                # "9 warga meninggal dan 14 lainnya hilang", "104 rumah rusak, 23 di
                # antaranya hanyut": a bare figure followed by "lainnya" (others) or "di
                # antaranya" (of them) counts what the figure before it counts, or what
                # the noun after says ("58 di antaranya anak-anak").
                before = found[-1]
                quantity.unit, quantity.noun = before.unit, before.noun
                quantity.counted = before.counted
                if before.unit in self.g.part_units:
                    # "27 kasus suspek, empat di antaranya meninggal": of the cases, people.
                    quantity.unit, quantity.noun = self.g.part_units[before.unit], None
                if (noun := self.g.units_after.match(self.toks, other[0])) is not None:
                    end, quantity.unit = noun
                    quantity.noun = self._noun_text(other[0], end, noun[1])
                    quantity.counted = (
                        self.g.kinds.get(quantity.noun.lower()) if quantity.noun else None
                    )
            if quantity.unit is not None:
                whole = None
            elif self._composes(last_end, start):
                # The figure broken down counts things, not the places they are in
                # ("187 rumah rusak di tiga desa, terdiri atas …").
                whole = next(
                    (q for q in reversed(found) if q.unit and q.unit not in self.g.place_units),
                    None,
                )
            if quantity.unit is None and whole is not None:
                quantity.unit, quantity.noun = whole.unit, whole.noun
                quantity.counted = whole.counted
            if quantity.unit is None and self._an_age(start):
                quantity.unit = "year"  # "aged 13 and 14": years of age, no count of people
            last_end = i
            if quantity.unit == "person" and quantity.counted is None:
                quantity.counted = self._counted_by_head(start)
            quantity.char_start += offset
            quantity.char_end += offset
            found.append(quantity)
            if quantity.unit == "person" and (one := self._one_after(i, offset, "person")):
                found.append(one[0])
                i = one[1]
        return [q for q in found if not _numbering(q)]

    def _an_age(self, start: int) -> bool:
        """Is the figure at token ``start`` an age: right after an age cue ("aged 13",
        ``age_before``), or joined to one that is ("aged 13 and 14")?"""
        toks, g = self.toks, self.g
        if start > 0 and toks[start - 1].low in g.age_before:
            return True
        return (
            start > 2
            and toks[start - 1].low in g.reference_joiners
            and toks[start - 2].kind == NUM
            and toks[start - 3].low in g.age_before
        )

    def _changed_from(self, start: int) -> bool:
        """Does the figure at token ``start`` follow a change's ``from`` ("rose from 23",
        "bertambah dari 1.200"), a word of change at most ``CHANGE_REACH`` words before it?"""
        toks, g = self.toks, self.g
        if start == 0 or toks[start - 1].low not in g.change_from:
            return False
        return any(
            toks[j].low in g.change_words
            for j in range(max(0, start - 1 - CHANGE_REACH), start - 1)
        )

    def _changed_to(self, i: int) -> bool:
        """Is token ``i`` a change's ``to`` followed by a figure ("… to 41")?"""
        toks = self.toks
        return (
            i + 1 < len(toks)
            and toks[i].low in self.g.change_to
            and self._figure_at(i + 1) is not None
        )

    def _composes(self, lo: int, hi: int) -> bool:
        """Does a composition opener ("terdiri atas", "consisting of") stand between
        tokens ``lo`` and ``hi``?"""
        return any(self.g.composition.match(self.toks, k) is not None for k in range(lo, hi))

    def _counted_by_head(self, start: int) -> str | None:
        """``jumlah warga sipil yang tewas bertambah menjadi empat orang``, "the number of
        civilians killed rose to four": a figure of people that names no kind counts the
        kind named after a count head (``count_heads``) shortly before it in its clause."""
        toks, g = self.toks, self.g
        for j in range(start - 1, max(start - COUNT_HEAD_WINDOW, 0) - 1, -1):
            if toks[j].kind == NUM or toks[j].low in _CLAUSE_STOPS:
                return None
            head = g.count_heads.match(toks, j)
            if head is not None:
                # The noun after the head, read as a figure's noun is ("anak buah kapal",
                # not "anak").
                noun = g.units_after.match(toks, head[0])
                named = self._noun_text(head[0], noun[0], noun[1]) if noun else None
                return g.kinds.get(named.lower()) if named else None
        return None

    def _one_after(self, i: int, offset: int, unit: str) -> tuple[Quantity, int] | None:
        """``Two officers and a civilian were killed``: after a figure of people and a
        link, an article before a noun counting people is a figure of one (its end too).
        After a part link ("four people, including an Indonesian student") it is one
        too, kept only where its country is named (``nationals.with_nationals``)."""
        toks, g = self.toks, self.g
        if i < len(toks) and toks[i].low not in g.one_links:
            # "empat korban tewas, termasuk seorang WNI": the part link a few words on, in
            # the figure's clause and before any other figure.
            i = next(
                (
                    j
                    for j in range(i, min(len(toks), i + PART_LINK_REACH))
                    if toks[j].low in g.one_part_links
                    or toks[j].kind == NUM
                    or toks[j].low in g.number_words
                    or toks[j].low in _CLAUSE_STOPS
                ),
                len(toks),
            )
            if i == len(toks) or toks[i].low not in g.one_part_links:
                return None
        if i + 2 >= len(toks):
            return None
        if toks[i + 1].low not in g.one_articles:
            return None
        noun = g.units_after.match(toks, i + 2)
        found: str | None
        if noun is not None:
            end, found = noun
            named = self._noun_text(i + 2, end, found)
        elif (gap := self._unit_after_gap(i + 2)) is not None:
            end, found, named = gap  # "and a Nepali porter"
        elif (
            toks[i].low in g.one_part_links
            and toks[i + 2].kind == WORD
            and toks[i + 2].text[:1].isupper()
            and (i + 3 == len(toks) or toks[i + 3].kind == SYM)
        ):
            # "including an Indonesian": the name is the noun, as in "two Indonesians".
            end, found, named = i + 2, unit, None
        else:
            return None
        if found != unit:
            return None
        text = self.text[toks[i + 1].start : toks[end - 1].end]
        return (
            Quantity(
                1, 1, False, found if end > i + 2 else None, text,
                toks[i + 1].start + offset, toks[end - 1].end + offset,
                noun=named, counted=g.kinds.get(named.lower()) if named else None,
            ),
            end,
        )  # fmt: skip

    def _one_before_others(self, i: int, offset: int) -> tuple[Quantity, int] | None:
        """``Seorang pengunjung tewas dan 11 lainnya luka-luka``, "A tourist was killed and
        11 others were hurt": an article before a counted noun is a figure of one (its end
        too) where its clause goes on to count others with a link ("dan 11 lainnya"). The
        sentence then tallies the event, and the one is a count like the others; told
        alone, one person is one of a toll, not the toll (``person_articles``)."""
        toks, g = self.toks, self.g
        noun = g.units_after.match(toks, i + 1)
        if noun is None:
            return None
        end, unit = noun
        if unit != "person":
            return None
        # The clause's first link: "… tewas dan 11 lainnya", not one further on.
        j = next(
            (
                k
                for k in range(end, min(len(toks) - 1, end + ONE_BEFORE_OTHERS_REACH))
                if toks[k].low in g.one_links or toks[k].low in _CLAUSE_STOPS
            ),
            None,
        )
        if j is None or toks[j].low in _CLAUSE_STOPS:
            return None
        k = j + 1
        if (
            k + 1 < len(toks)
            and toks[k].kind == WORD
            and toks[k].low not in g.one_articles
            and self._figure_at(k) is None
        ):
            k += 1  # "menewaskan seorang pekerja dan melukai lima lainnya": the others' verb
        counted_others = False
        if toks[k].low in g.one_articles:
            after = k + 1  # "… tewas dan seorang lainnya hilang"
        elif (figure := self._figure_at(k)) is not None and figure[0].unit in (None, unit):
            after = figure[1]  # "dan 11 lainnya", "dan tiga orang lainnya"
            if after > k + 1 and g.others.match(toks, k + 1) is not None:
                after = k + 1  # "and three other people"
            # "Seorang anak tewas dan 38 penonton luka-luka", "menewaskan seorang bocah dan
            # melukai puluhan penonton": others counted by their own noun tally the event
            # as "lainnya" does, where a verb parts them from the one (not "seorang polisi
            # dan 38 warga tewas", one toll told in two parts).
            counted_others = (
                (j > end or k > j + 1) and figure[0].unit == unit and figure[0].noun is not None
            )
        else:
            return None
        other = g.others.match(toks, after)
        if other is None and counted_others:
            other = (after, after)
        elif other is None or " ".join(t.low for t in toks[after : other[0]]) in g.parts:
            return None  # no others, or a part ("dua di antaranya"): no tally
        text = self.text[toks[i].start : toks[end - 1].end]
        named = self._noun_text(i + 1, end, unit)
        return (
            Quantity(
                1, 1, False, unit, text,
                toks[i].start + offset, toks[end - 1].end + offset,
                noun=named, counted=g.kinds.get(named.lower()) if named else None,
            ),
            end,
        )  # fmt: skip

    def _one_of_others(
        self, i: int, offset: int, last_end: int, found: list[Quantity]
    ) -> tuple[Quantity, int] | None:
        """``Dua ABK meninggal dunia dan seorang lainnya hilang``: a link, an article and
        "others" shortly after a figure in its clause are a figure of one of what that
        figure counts."""
        toks, g = self.toks, self.g
        if not found or found[-1].unit is None or i == 0 or toks[i - 1].low not in g.one_links:
            return None
        if i - last_end > ONE_BEFORE_OTHERS_REACH or any(
            toks[j].low in _CLAUSE_STOPS for j in range(last_end, i)
        ):
            return None
        other = g.others.match(toks, i + 1)
        if other is None or " ".join(t.low for t in toks[i + 1 : other[0]]) in g.parts:
            return None
        end, before = other[0], found[-1]
        return (
            Quantity(
                1, 1, False, before.unit, self.text[toks[i].start : toks[end - 1].end],
                toks[i].start + offset, toks[end - 1].end + offset,
                noun=before.noun, counted=before.counted,
            ),
            end,
        )  # fmt: skip

    # -- one figure -----------------------------------------------------------------------

    def _figure_at(self, i: int) -> tuple[Quantity, int] | None:
        hedge = self.g.hedges.match(self.toks, i)
        if hedge is not None:
            figure = self._core(i, hedge[0], hedge[1])
            if figure is not None:
                return figure
        return self._core(i, i, None)

    def _core(self, start: int, k: int, hedge: str | None) -> tuple[Quantity, int] | None:
        g, toks = self.g, self.toks
        prefix_unit: str | None = None
        if prefix := g.units_before.match(toks, k):
            k, prefix_unit = prefix
            if k < len(toks) and toks[k].text in "-‐–" and toks[k].start == toks[k - 1].end:
                k += 1  # "magnitudo-5"
        first = self._number(k, after_prefix=prefix is not None)
        if first is None:
            return None
        second: _Number | None = None
        unit: str | None = prefix_unit
        noun: str | None = None
        p = first.end

        # A range: "12.000 hingga 15.000", "12-15 ribu", "100 orang hingga 200 orang"; not
        # a level that changed ("rose from 23 to 41").
        if not first.vague and not self._changed_from(start):
            q = p
            first_unit = None if prefix_unit else self._unit(q)
            if first_unit is not None:
                q = first_unit[0]
            connectors = g.between_connectors if hedge == "between" else None
            joint = (connectors.match(toks, q) if connectors else None) or g.connectors.match(
                toks, q
            )
            if joint is None and first_unit is None and prefix_unit is None:
                joint = g.alternatives.match(toks, q)  # "dua atau tiga orang"
            if joint is not None:
                r = joint[0]
                if (
                    prefix_unit
                    and (again := g.units_before.match(toks, r))
                    and again[1] == prefix_unit
                ):
                    r = again[0]
                candidate = self._number(r, after_prefix=r != joint[0])
                if candidate is not None and not candidate.vague:
                    low = first.value
                    if not first.scaled and candidate.final_scale is not None:
                        shared = low * candidate.final_scale
                        if shared <= candidate.value:
                            low = shared
                    second_unit = None if prefix_unit else self._unit(candidate.end)
                    same_unit = first_unit is None or (
                        second_unit is not None and second_unit[1] == first_unit[1]
                    )
                    if not same_unit and second_unit is not None and first_unit is not None:
                        # "antara 40 sentimeter hingga 1,6 meter": one range, in the unit
                        # of its end.
                        low, same_unit = _in_unit(low, first_unit[1], second_unit[1])
                    if low <= candidate.value and same_unit:
                        first.value = low
                        second = candidate
                        p = candidate.end
        if hedge == "between" and second is None:
            return None
        if hedge in ("at_least", "at_most", "nearly") and second is not None:
            return None  # a bound hedge covers one number; the caller retries without it

        last = second or first
        if self._not_a_figure(first, last, start == k and prefix_unit is None):
            return None

        post_hedge: str | None = None
        if unit is None:
            post = g.post_hedges.match(toks, p)
            if post is not None and self._post_hedge_ok(post[0], expect_unit=True):
                post_hedge, p = post[1], post[0]
            noun_hit = self._unit(p)
            if noun_hit is not None:
                p, unit, noun = noun_hit
                if post_hedge is None:
                    post = g.post_hedges.match(toks, p)
                    if post is not None and self._post_hedge_ok(post[0], expect_unit=False):
                        post_hedge, p = post[1], post[0]

        if unit is None and start == k and prefix_unit is None and self._names_number(first):
            return None

        if unit is not None and unit in g.limits:
            low_limit, high_limit = g.limits[unit]
            values = [first.value] + ([second.value] if second else [])
            if any(
                (low_limit is not None and v < low_limit)
                or (high_limit is not None and v > high_limit)
                for v in values
            ):
                return None
        digit_tokens = first.digit_tokens + (second.digit_tokens if second else ())
        if any(toks[j].year for j in digit_tokens) and unit in (None, "year", "month", "day"):
            return None  # "hingga 2025", "2022-2023": years, not figures

        low_value, high_value, approx = self._interval(first, second, hedge, post_hedge)
        char_start, char_end = toks[start].start, toks[p - 1].end
        quantity = Quantity(
            min=_plain(low_value),
            max=_plain(high_value),
            approx=approx,
            unit=unit,
            text=self.text[char_start:char_end],
            char_start=char_start,
            char_end=char_end,
            noun=noun,
            counted=self._counted(noun, p),
        )
        return quantity, p

    def _counted(self, noun: str | None, after: int) -> str | None:
        """Who the figure's noun counts (``counted_kinds``); a noun of any armed force's
        people followed by a body counts the body's kind (``counted_by_body``: "600
        personel Polri", "260 personel dari Polda Jawa Barat" are police)."""
        if not noun:
            return None
        g, toks = self.g, self.toks
        mixed = (
            noun.lower() in g.force_nouns
            and after < len(toks)
            and toks[after].low in g.mixed_forces
        )
        if mixed or self._another_force_after(noun, after):
            # "500 personel gabungan Polri dan TNI", "500 police and soldiers": people of
            # several forces are of no one kind.
            return None
        if noun.lower() in g.force_nouns:
            k = after
            while k < min(len(toks), after + 2) and toks[k].low in g.body_preps:
                k += 1
            if k < len(toks):
                body = g.body_kinds.get(self.text[toks[k].start : toks[k].end])
                if body is not None:
                    return body
        return g.kinds.get(noun.lower())

    def _another_force_after(self, noun: str, after: int) -> bool:
        """Does a link word and a force of another kind follow the figure's noun ("police
        and soldiers", "personel Polri dan TNI")?"""
        g, toks = self.g, self.toks
        k = after
        if noun.lower() in g.force_nouns and k < len(toks):
            kind = g.body_kinds.get(self.text[toks[k].start : toks[k].end])
            k += 1
        else:
            kind = g.kinds.get(noun.lower())
        if kind is None or k + 1 >= len(toks) or toks[k].low not in g.force_links:
            return False
        nxt = toks[k + 1]
        other = g.body_kinds.get(self.text[nxt.start : nxt.end]) or g.kinds.get(nxt.low)
        return other is not None and other != kind and {kind, other} <= g.force_kinds

    @staticmethod
    def _interval(
        first: _Number, second: _Number | None, hedge: str | None, post_hedge: str | None
    ) -> tuple[Decimal | None, Decimal | None, bool]:
        if second is not None:
            return first.value, second.value, hedge == "approx" or post_hedge == "approx"
        value = first.value
        if first.vague:
            return value, None, True
        kind = hedge or post_hedge
        if kind == "at_least":
            return value, None, False
        if kind == "at_most":
            return None, value, False
        if kind == "nearly":
            return None, value, True
        return value, value, kind == "approx"

    def _post_hedge_ok(self, after: int, expect_unit: bool) -> bool:
        """Is a post-hedge ending at ``after`` a bound, not a comparison?

        It is before punctuation or the end; right after the number, before a unit noun
        ("100 lebih korban"); after the noun, before any word but a comparative
        ("5.000 orang lebih mengungsi", not "100 orang lebih banyak").
        """
        if after >= len(self.toks):
            return True
        nxt = self.toks[after]
        if nxt.kind == SYM:
            return True
        if expect_unit:
            return self._unit(after) is not None
        return nxt.kind == WORD and nxt.low not in self.g.post_hedge_blockers

    # -- pieces ---------------------------------------------------------------------------

    def _unit(self, k: int) -> tuple[int, str, str | None] | None:
        """(end, unit, noun) of the unit noun at ``k``, after an optional joiner and gap."""
        g, toks = self.g, self.toks
        if k >= len(toks):
            return None
        if (
            toks[k].text == "-"
            and 0 < k < len(toks) - 1
            and toks[k - 1].end == toks[k].start
            and toks[k + 1].start == toks[k].end
            and toks[k + 1].kind == WORD
        ):
            # "a 5-km radius", "the 2,900-tonne Haeun Star": a unit glued by a hyphen.
            return self._unit(k + 1)
        if toks[k].low in g.noun_joiners:
            found = self._unit(k + 1)
            return found if found is not None and found[1] in g.counted else None
        hit = g.units_after.match(toks, k)
        if hit is None:
            return self._unit_after_gap(k)
        end, unit = hit
        if end == k + 1 and toks[k].low in g.classifiers and end < len(toks):
            # "5 orang warga", "50 unit rumah": the counted noun after the classifier decides.
            better = g.units_after.match(toks, end)
            if better is not None and better[1] in g.counted and toks[end].low not in g.classifiers:
                return better[0], better[1], self._noun_text(end, better[0], better[1])
        return self._head(end, unit) or (end, unit, self._noun_text(k, end, unit))

    def _head(self, end: int, unit: str) -> tuple[int, str, str | None] | None:
        """The noun after a counted noun ending at ``end`` that is the head of their
        English compound: "five company guards", "three factory workers", "two United
        Nations peacekeepers" (not "23 soldiers wounded", two words of people)."""
        g, toks = self.g, self.toks
        if not g.head_final or unit not in g.counted or end >= len(toks):
            return None
        head = g.units_after.match(toks, end)
        if head is None or head[1] not in g.counted or head[1] == unit:
            return None
        return head[0], head[1], self._noun_text(end, head[0], head[1])

    def _unit_after_gap(self, k: int) -> tuple[int, str, str | None] | None:
        """English adjectives before the noun: "1,000 North Korean troops"."""
        g, toks = self.g, self.toks
        j = k
        while j < len(toks) and j - k < g.gap_max:
            tok = toks[j]
            if tok.kind != WORD or tok.low in g.number_words or tok.low in g.scales:
                return None
            if not (tok.low in g.gap_words or (g.gap_capitalised and tok.text[:1].isupper())):
                return None
            j += 1
            hit = g.units_after.match(toks, j)
            if hit is not None and hit[1] in g.counted:
                return self._head(hit[0], hit[1]) or (
                    hit[0],
                    hit[1],
                    self._noun_text(j, hit[0], hit[1]),
                )
        return None

    def _noun_text(self, k: int, end: int, unit: str) -> str | None:
        if unit not in self.g.counted:
            return None
        return self.text[self.toks[k].start : self.toks[end - 1].end]

    def _number(self, k: int, after_prefix: bool = False) -> _Number | None:
        """Digits, number words or a vague plural at ``k``, with the scales after it."""
        toks, g = self.toks, self.g
        if k >= len(toks) or k in self.blocked:
            return None
        tok = toks[k]
        if tok.kind == NUM:
            value = tok.value
            nxt = toks[k + 1].low if k + 1 < len(toks) else ""
            if value is None and tok.loose is not None and nxt in g.scales:
                value = tok.loose  # "1.5 juta"
            if value is None:
                return None
            prev = toks[k - 1] if k > 0 else None
            if (
                prev is not None
                and prev.kind == WORD
                and prev.end == tok.start
                and not after_prefix
            ):
                return None  # glued to letters that are no prefix unit: "M16" is a rifle
            number = self._number_words(k + 1, value, digits_only=True)
            number.first = k
            number.digit_tokens = (k,)
            return number
        if tok.kind != WORD:
            return None
        if tok.low in g.vague:
            value = g.vague[tok.low]
            j = k + 1
            while j < len(toks):
                step = j + 1 if toks[j].low in g.vague_joiners else j
                if step < len(toks) and (toks[step].low in g.scales or toks[step].low in g.vague):
                    word = toks[step].low
                    value *= g.scales.get(word) or g.vague[word]
                    j = step + 1
                else:
                    break
            return _Number(value, k, j, vague=True)
        if (
            tok.low in g.number_words
            or tok.low in g.one_before_scale
            or self.g.compound(tok.low) is not None
        ):
            number = self._number_words(k, None, digits_only=False)
            return number if number.end > k else None
        return None

    def _number_words(self, k: int, start_value: Decimal | None, digits_only: bool) -> _Number:
        """Composes "dua ratus lima puluh ribu" left to right.

        ``group`` is the running value below the next scale, ``last`` a digit word waiting
        for its multiplier ("dua" before "puluh"). A digit start ("12 ribu") only takes
        multipliers and scales after it.
        """
        g, toks = self.g, self.toks
        total = Decimal(0)
        group = Decimal(0)
        last = start_value
        scaled = False
        final_scale: Decimal | None = None
        j = k
        while j < len(toks) and j not in self.blocked:
            w = toks[j].low
            if toks[j].kind != WORD:
                break
            if w in g.multipliers:
                if last is None:
                    break
                group += last * g.multipliers[w]
                last, scaled, final_scale = None, True, None
            elif w in g.scales:
                if last is None and group == 0:
                    break
                scale = g.scales[w]
                total += (group + (last or 0)) * scale
                group, last, scaled, final_scale = Decimal(0), None, True, scale
            elif digits_only:
                break
            elif w in g.teen:
                if last is None:
                    break
                group += last + 10
                last, final_scale = None, None
            elif w in g.words or self.g.compound(w) is not None:
                value = g.words.get(w)
                if value is None:
                    value = self.g.compound(w)
                assert value is not None
                if last is not None:
                    break
                if value < 10:
                    last = value
                elif group == 0 or group % 1000 > value:
                    group += value  # "seratus", "sepuluh", "twenty"; "seratus sebelas"
                else:
                    break
                final_scale = None
            elif w in g.fractions:
                if last is not None and last == last.to_integral_value():
                    last += g.fractions[w]  # "satu setengah"
                elif last is None and group == 0:
                    last = g.fractions[w]  # "setengah juta"
                else:
                    break
                final_scale = None
            elif w in g.prefixed_scales:
                if last is not None or group != 0:
                    break
                total += g.prefixed_scales[w]
                scaled, final_scale = True, g.prefixed_scales[w]
            elif w in g.one_before_scale:
                nxt = toks[j + 1].low if j + 1 < len(toks) else ""
                if nxt not in g.scales and nxt not in g.multipliers:
                    break
                if last is None:
                    last = Decimal(1)  # "a million"; "half a million" keeps the half
            elif w in g.number_joiners:
                nxt = toks[j + 1].low if j + 1 < len(toks) else ""
                if j == k or (nxt not in g.words and self.g.compound(nxt) is None):
                    break
            else:
                break
            j += 1
        # Trailing joiners or articles are not part of the number.
        while j > k and toks[j - 1].low in g.number_joiners | g.one_before_scale:
            j -= 1
        value = total + group + (last or 0)
        return _Number(value, k, j, scaled=scaled, final_scale=final_scale)

    def _not_a_figure(self, first: _Number, last: _Number, bare: bool) -> bool:
        """Days and years of dates, clock times, labels and list numbers."""
        g, toks = self.g, self.toks
        i = first.first
        prev = toks[i - 1] if i > 0 else None
        nxt = toks[last.end] if last.end < len(toks) else None
        if prev is not None and prev.low in g.months and first.digit_tokens:
            # "Januari 15", "Februari 2022"; not a number in words after a date ("sejak 14
            # Februari lima petani tersengat …").
            return True
        if prev is not None and prev.text == "." and i > 1 and toks[i - 2].low in g.months:
            return True  # "Oct. 22", "Sept. 28"
        if nxt is not None and nxt.low in g.months and not first.vague:
            return True  # "15 Januari"
        if not first.digit_tokens and prev is not None and prev.low in g.reference_before:
            return True  # "di lantai dua rumahnya": a label in words, as "lantai 2" is
        if first.digit_tokens:
            if prev is not None and prev.low in g.year_cues and toks[i].year:
                return True  # "tahun 2024", "pada 2022"
            labels = {prev.low} if prev is not None else set()
            if prev is not None and prev.text == "." and i > 1:
                labels.add(toks[i - 2].low)  # "No. 5", "pk. 14"
            if labels & (g.clock_before | g.reference_before):
                return True
            if (
                prev is not None
                and prev.low in g.reference_joiners
                and i > 2
                and toks[i - 2].text.isdigit()
                and toks[i - 3].low in g.reference_before
            ):
                return True  # "lantai 17 dan 18": the second label of two
            if nxt is not None and nxt.low in g.clock_after:
                return True
            if (
                bare
                and prev is not None
                and prev.text == ","
                and nxt is not None
                and nxt.text in (",", ".")
                and i > 1
                and (toks[i - 2].text[:1].isupper() or toks[i - 2].low in g.age_after)
            ):
                # "the collector, JN, 38, was picked up", "Her mother, 34, died": an age
                # after a name or a word for a person.
                return True
            if bare and nxt is not None and nxt.text in ".)" and self._opens_line(toks[i].start):
                return True  # list numbering "1." / "2)"
            if (
                bare
                and prev is not None
                and prev.text == "("
                and nxt is not None
                and nxt.text == ")"
            ):
                return True  # "(1)"
        return False

    def _names_number(self, first: _Number) -> bool:
        """``the Bell 407 were killed``, ``KM Sinar Bahari 7``: is a figure of digits that
        counts nothing right after a capitalised word inside a phrase (a word before it
        too) a name's number, not a count?"""
        toks, i = self.toks, first.first
        return (
            bool(first.digit_tokens)
            and i > 1
            and toks[i - 1].kind == WORD
            and toks[i - 1].text[:1].isupper()
            and toks[i - 2].kind == WORD
        )

    def _opens_line(self, position: int) -> bool:
        line_start = self.text.rfind("\n", 0, position) + 1
        return not self.text[line_start:position].strip()


def _in_unit(value: Decimal, unit: str | None, target: str | None) -> tuple[Decimal, bool]:
    """``value`` of ``unit`` in ``target``, and whether the two measure the same thing.

    >>> _in_unit(Decimal(40), "cm", "m")
    (Decimal('0.4'), True)
    >>> _in_unit(Decimal(40), "cm", "kg")
    (Decimal('40'), False)
    """
    if unit not in UNIT_SCALES or target not in UNIT_SCALES:
        return value, False
    (base, factor), (target_base, target_factor) = UNIT_SCALES[unit], UNIT_SCALES[target]
    if base != target_base:
        return value, False
    return (value * Decimal(repr(factor)) / Decimal(repr(target_factor))).normalize(), True


def _in_range(value: float | None) -> bool:
    return value is None or -MAX_FIGURE <= value <= MAX_FIGURE  # NaN is out of range too


def _plain(value: Decimal | None) -> int | float | None:
    """Whole values as int, others as float: Decimal keeps 2,3 ribu at exactly 2300."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def find_quantities(
    text: str, pack: LanguagePack, offset: int = 0, *, words: Sequence[str] | None = None
) -> list[Quantity]:
    """Every figure in ``text``, left to right; offsets are shifted by ``offset``.
    ``words``: the text's lower-case tokens (``tokenize``), if the caller has them.

    >>> [q.text for q in find_quantities("howitzer 170 mm dan peluncur roket 240 mm", load_pack("id"))]
    ['170 mm', '240 mm']
    """
    grammar = _grammar(pack)
    if not text or not grammar.may_hold_figure(text, words):
        return []
    return _Scanner(grammar, text).scan(offset)


def _numbering(q: Quantity) -> bool:
    """A bare number written with a leading zero numbers something ("SDN Pekapuran Baru 03",
    "Puskesmas Sakra 02"); it counts nothing. (A figure of a unit, "0,5 ton", is a value.)"""
    return q.unit is None and len(q.text) > 1 and q.text[0] == "0" and q.text[1].isdigit()


def outside_names(quantities: list[Quantity], mentions: Sequence[Mention]) -> list[Quantity]:
    """The figures that are not part of a name: the 88 of "Densus 88", the 7 of "KM
    Sinar Bahari 7" and the 20 of "G20" name a unit, a ship and a forum, and count nothing.

    >>> pack = load_pack("id")
    >>> found = find_quantities("Densus 88 menangkap 17 orang", pack)
    >>> [q.text for q in outside_names(found, [Mention("Densus 88", 0, 9, None, "Densus 88")])]
    ['17 orang']
    """
    if not quantities or not mentions:
        return quantities
    spans = sorted((m.char_start, m.char_end) for m in mentions)
    starts = [start for start, _ in spans]
    # The furthest end of the mentions that start at or before each one: a figure is in a
    # name when a mention starting before it ends after it (linear after the sort).
    reach = list(accumulate((end for _, end in spans), max))
    kept = []
    for q in quantities:
        at = bisect.bisect_right(starts, q.char_start) - 1
        if at < 0 or reach[at] < q.char_end:
            kept.append(q)
    return kept


def parse_quantity(phrase: str, pack: LanguagePack) -> Quantity | None:
    """The first figure in ``phrase``, or None."""
    found = find_quantities(phrase, pack)
    return found[0] if found else None
