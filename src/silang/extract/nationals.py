"""Whose citizens a figure of people counts: "lima WNI", "five Indonesians", "Lima anak
buah kapal (ABK) asal Indonesia", "88 warga negara Indonesia".

A figure counts a country's nationals when its noun means them (the pack's
``national_nouns``: "WNI"), or when a country is named right after it in a way that says
nationality: after a nationality link (``nationality_links``: "asal", "citizens of"), past
a bracketed acronym ("(ABK)"); right after a noun of citizens (``citizen_nouns``: "warga
negara"); or as the noun itself ("five Indonesians"). Such a figure is a part of those a
figure naming no nationality counts: five Indonesians among eight crew taken.

"Tiga warga Kamboja" or "Thai civilians" name a country too, but in a war or a border
clash it is the side the people are on, not a part of a count: such figures, and those of
soldiers and police, are left alone (their side is the claim's actor).

>>> from silang.lang import load_pack
>>> q = Quantity(5, 5, False, "person", noun="WNI")
>>> [x.nationals for x in with_nationals([q], [], "", 0, load_pack("id"))]
['country/ID']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cache

from silang.extract.claims.kinds import ARMED_KINDS
from silang.extract.claims.lexicon import national_nouns
from silang.lang import LanguagePack
from silang.model import Mention, Quantity

# How far after a figure the country may be named ("Lima anak buah kapal (ABK) asal
# Indonesia": 18 characters).
NATIONALS_REACH = 40
# How far before a figure a count head naming citizens may stand ("jumlah WNI yang
# luka-luka kini tercatat 11 orang": 45 characters).
COUNT_HEAD_REACH = 120
_BRACKETED_ACRONYM = re.compile(r"\(\s*[A-Z]{2,}\s*\)")
_WORD = re.compile(r"\w+")
# "lima orang, Indonesia dan Malaysia …": a country past a comma names no nationals.
_CLAUSE_MARKS = re.compile(r"[,.;:()]")


def with_nationals(
    quantities: list[Quantity], mentions: Sequence[Mention], text: str, offset: int,
    pack: LanguagePack,
) -> list[Quantity]:  # fmt: skip
    """``quantities`` (of the sentence ``text`` starting at ``offset``), each figure of
    people given the country whose nationals it counts, where the sentence says."""
    if not quantities:
        return quantities
    nouns, links, citizens = _words_of_nationality(pack)
    parts = _part_phrases(pack)
    abroad = _abroad_nouns(pack)
    heads = _count_heads(pack)
    citizen_words = frozenset(w for noun in citizens for w in _words(noun))
    countries = sorted(
        (m for m in mentions if m.type == "country" and m.entity_id), key=lambda m: m.char_start
    )
    starts = [m.char_start for m in countries]
    before: Quantity | None = None
    for q in quantities:
        last, before = before, q
        if q.unit not in ("person", None) or q.counted in ARMED_KINDS:
            continue
        code = nouns.get((q.noun or "").lower())
        parted = _part_phrase_at(text, q.char_end - offset, parts)
        if (
            code is None
            and parted
            and last is not None
            and last.nationals
            and last.unit in ("person", None)
        ):
            # "12 ABK WNI di kapal itu, dua di antaranya meninggal": a part of the figure
            # before counts its nationals, unless a noun after the part says otherwise.
            start = q.char_end - offset + parted
            after = _words(_BRACKETED_ACRONYM.sub(" ", text[start:])[:12])
            if not after or after[0] not in nouns:
                q.nationals = last.nationals
                continue
        if code is None:
            # "sembilan ABK WNI", "12 di antaranya WNI": a noun of a country's citizens
            # right after the figure's, or after the part phrase that follows a bare one.
            start = q.char_end - offset + parted
            after = _words(_BRACKETED_ACRONYM.sub(" ", text[start:])[:12])
            code = nouns.get(after[0]) if after else None
        if code is not None:
            q.nationals = code
            continue
        if q.unit is None and (named := _country_after_partitive(q, countries, text, offset, pack)):
            q.nationals = named  # "Three of the Indonesians were injured"
            continue
        if (q.noun or "").lower() in abroad:
            # "300 wisatawan Indonesia", "300 Indonesian tourists": people who travel or
            # work abroad, their country named right after the noun or right before it.
            named = _country_beside(q, countries, starts, text, offset)
            if named is not None:
                q.nationals = named
                continue
        k = bisect.bisect_left(starts, q.char_end)
        if k == len(countries) or countries[k].char_start - q.char_end > NATIONALS_REACH:
            q.nationals = _after_count_head(
                q, text, offset, heads, nouns, citizens, countries, mentions
            )
            continue
        # "21 seafarers were aboard, 12 of them Indonesians": past the part phrase.
        between = _BRACKETED_ACRONYM.sub(
            " ", text[q.char_end - offset + parted : countries[k].char_start - offset]
        )
        said = set(_words(between))
        # "sembilan anak buah kapal (ABK) warga negara Indonesia": a noun of citizens
        # links the figure to the country as "asal" does.
        if _CLAUSE_MARKS.search(between) or not said <= links | citizen_words:
            continue
        # With no link, the country is the noun ("five Indonesians", "five of them
        # Indonesian", whatever noun the figure took from the one before) or follows a
        # noun of citizens ("88 warga negara Indonesia").
        if said or parted or q.unit is None or (q.noun or "").lower() in citizens:
            q.nationals = countries[k].entity_id
    ones = _ones_after_part_links(pack)
    return [q for q in quantities if q.nationals or not _one_after_part_link(q, text, offset, ones)]


def _one_after_part_link(
    q: Quantity, text: str, offset: int, ones: tuple[frozenset[str], frozenset[str]]
) -> bool:
    """Is ``q`` an article's one after a part link ("four people, including an Indonesian
    student")? Such a one is a count only for the country it names: "including a
    fisherman" adds nothing to the figure before it."""
    links, articles = ones
    if q.min != 1 or q.max != 1 or not links:
        return False
    first = _words(q.text[:12])
    if not first or first[0] not in articles:
        return False
    before = _words(text[max(0, q.char_start - offset - 16) : q.char_start - offset])
    return bool(before) and before[-1] in links


@cache
def _ones_after_part_links(pack: LanguagePack) -> tuple[frozenset[str], frozenset[str]]:
    """The pack's ``one_after_figure`` part links and articles."""
    one = pack.table("units").get("one_after_figure") or {}
    return (
        frozenset(str(w).lower() for w in one.get("part_links") or ()),
        frozenset(str(w).lower() for w in one.get("articles") or ()),
    )


def _country_beside(
    q: Quantity, countries: Sequence[Mention], starts: Sequence[int], text: str, offset: int
) -> str | None:
    """The country named inside the figure's phrase ("300 Indonesian tourists") or right
    after it, with nothing between ("300 wisatawan Indonesia")."""
    k = bisect.bisect_left(starts, q.char_start)
    if k < len(countries) and countries[k].char_start < q.char_end:
        return countries[k].entity_id
    k = bisect.bisect_left(starts, q.char_end)
    if (
        k < len(countries)
        and not text[q.char_end - offset : countries[k].char_start - offset].strip()
    ):
        return countries[k].entity_id
    return None


def _country_after_partitive(
    q: Quantity, countries: Sequence[Mention], text: str, offset: int, pack: LanguagePack
) -> str | None:
    """The country right after a partitive and its determiners ("three of the
    Indonesians", "two of the Indonesian dead"): the part counts its nationals."""
    preps, determiners = _partitive_words(pack)
    rest = text[q.char_end - offset : q.char_end - offset + 40]
    words = list(_WORD.finditer(rest))
    if not words or words[0].group().lower() not in preps or rest[: words[0].start()].strip():
        return None
    k = 1
    while k < len(words) and words[k].group().lower() in determiners:
        k += 1
    if k == len(words) or rest[words[k - 1].end() : words[k].start()].strip():
        return None
    start = q.char_end + words[k].start()
    return next((m.entity_id for m in countries if m.char_start == start), None)


@cache
def _partitive_words(pack: LanguagePack) -> tuple[frozenset[str], frozenset[str]]:
    """The pack's ``partitive_preps`` and the claims' ``determiners``."""
    triggers = pack.table("triggers")
    preps = frozenset(str(w).lower() for w in triggers.get("partitive_preps") or ())
    determiners = frozenset(str(w).lower() for w in triggers.get("determiners") or ())
    return preps, determiners


@cache
def _abroad_nouns(pack: LanguagePack) -> frozenset[str]:
    """The pack's ``abroad_nouns``: people who travel or work abroad, whose country
    named beside them is their nationality."""
    return frozenset(str(n).lower() for n in pack.table("units").get("abroad_nouns") or ())


def _after_count_head(
    q: Quantity, text: str, offset: int, heads: re.Pattern[str] | None,
    nouns: dict[str, str], citizens: frozenset[str], countries: Sequence[Mention],
    mentions: Sequence[Mention] = (),
) -> str | None:  # fmt: skip
    """``jumlah WNI yang luka-luka kini tercatat 11 orang``, "the number of Indonesians
    injured rose to 11": a figure in the clause of a count head (``count_heads``) whose
    noun names a country's citizens counts them. The commas around a place set after
    another ("di Teluk Ha Long, Vietnam, bertambah menjadi empat orang") close no
    clause."""
    if heads is None:
        return None
    # Within a bounded reach before the figure, so that a sentence of many figures costs
    # time linear in its length.
    lo = max(0, q.char_start - offset - COUNT_HEAD_REACH)
    before = _without_place_appositions(text, lo, q.char_start - offset, offset, mentions)
    clause = max(before.rfind(mark) for mark in ",.;:()")
    # The count head nearest the figure, and what follows it.
    found = next(reversed(list(heads.finditer(before, clause + 1))), None)
    if found is None:
        return None
    rest = before[found.end() :]
    named = rest.lstrip()
    first = _words(named[:40])
    if not first:
        return None
    if (code := nouns.get(first[0])) is not None:
        return code  # "jumlah WNI yang …"
    # "jumlah warga negara Indonesia yang …", "the number of Indonesians …": the country,
    # or a noun of citizens and then the country, right after the head.
    citizen = next((c for c in citizens if named.lower().startswith(c + " ")), None)
    at = offset + lo + found.end() + len(rest) - len(named)
    if citizen is not None:
        at += len(citizen) + 1
    return next((m.entity_id for m in countries if m.char_start == at), None)


def _without_place_appositions(
    text: str, lo: int, hi: int, offset: int, mentions: Sequence[Mention]
) -> str:
    """``text[lo:hi]`` with the commas around each place that stands between two of them
    ("Teluk Ha Long, Vietnam,") made spaces, the same length."""
    chars = list(text[lo:hi])
    for m in mentions:
        start, end = m.char_start - offset - lo, m.char_end - offset - lo
        if start < 2 or end >= len(chars) or not m.entity_id:
            continue
        if chars[start - 2 : start] == [",", " "] and chars[end] == ",":
            chars[start - 2] = chars[end] = " "
    return "".join(chars)


@cache
def _count_heads(pack: LanguagePack) -> re.Pattern[str] | None:
    """The pack's ``count_heads`` as one pattern of whole words ("jumlah", "number of")."""
    alternatives = _alternatives(pack, "count_heads")
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE) if alternatives else None


def _alternatives(pack: LanguagePack, key: str) -> str | None:
    """The phrases of the pack's units list ``key`` as one regex alternation, longest
    first, or None where the list is empty."""
    phrases = [str(p) for p in pack.table("units").get(key) or ()]
    if not phrases:
        return None
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


@cache
def _words_of_nationality(
    pack: LanguagePack,
) -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """The pack's ``national_nouns`` (noun -> country entity), ``nationality_links`` (as
    words) and ``citizen_nouns``, read once per pack rather than once per sentence."""
    units = pack.table("units")
    nouns = national_nouns(pack)
    links = frozenset(w for phrase in units.get("nationality_links") or () for w in _words(phrase))
    citizens = frozenset(str(n).lower() for n in units.get("citizen_nouns") or ())
    return nouns, links, citizens


@cache
def _part_phrases(pack: LanguagePack) -> re.Pattern[str] | None:
    """The pack's ``parts`` ("of them", "di antaranya") as one pattern, matched right
    after a figure."""
    alternatives = _alternatives(pack, "parts")
    return re.compile(rf"\s+(?:{alternatives})\b", re.IGNORECASE) if alternatives else None


def _part_phrase_at(text: str, at: int, parts: re.Pattern[str] | None) -> int:
    """The length of the part phrase right at ``at`` ("12 of them Indonesians"), or 0."""
    if parts is None:
        return 0
    found = parts.match(text, at)
    return found.end() - at if found is not None else 0


def _words(text: str) -> list[str]:
    return _WORD.findall(str(text).lower())
