"""Indonesian villages, districts and regencies named in an article, found in the list of
administrative regions (``kb.regions``) and resolved with their parents.

A name is looked up at the level its word gives ("Desa Wolotolo", "Kecamatan Detusoko",
"Wolowaru district"). A village name is common ("Sukamulya" is 48 villages in 29
regencies): among the regions of that name, the one inside a place the article names
(its district, regency or province) is chosen; with no such evidence the mention stays
unresolved, named without its level word. Levels are resolved from the top, so that "Desa
X, Kecamatan Y, Kabupaten Z" finds Z, then Y inside Z, then X inside Y.

    >>> from silang.kb import default_kb
    >>> from silang.lang import load_pack
    >>> from silang.model import Mention
    >>> found = resolve_regions([[
    ...     Mention("Kecamatan Detusoko", 0, 18, None, "Kecamatan Detusoko", "place", "unknown"),
    ...     Mention("Kabupaten Ende", 20, 34, "place/ende-regency", "Ende Regency", "place"),
    ... ]], default_kb(), load_pack("id"))
    >>> [(m.name, m.entity_id) for m in found[0]]
    [('Detusoko', 'place/id-53.08.06'), ('Ende Regency', 'place/ende-regency')]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from typing import Any

from silang.kb.regions import (
    DISTRICT,
    PROVINCE,
    REGENCY,
    VILLAGE,
    Region,
    compass_words,
    level_of,
)
from silang.lang import LanguagePack
from silang.model import Mention

LEVELS = {"province": PROVINCE, "regency": REGENCY, "district": DISTRICT, "village": VILLAGE}
# "Pulau Saparua", "Pelabuhan Bolok" (pack admin_levels ``of_place``): an island or a port
# named after a region of any level; the highest level of that name that is found wins.
ANY_LEVEL = 0
# A list joiner among the words after a name ("and"): no level of its own.
JOINER = -1
# A name in a list is at most this many words ("Way Lima", "Padang Rejo Ulu").
LIST_NAME_WORDS = 4
TRIED_LEVELS = (REGENCY, DISTRICT, VILLAGE)


@cache
def _level_words(pack: LanguagePack) -> tuple[dict[str, int], dict[str, int]]:
    """(words before a name, words after it) -> level, from the pack's mentions.yaml. The
    words after hold, under ``""``, no level: the joiners of a list of names that one level
    word after the last one closes (``list_joiners``: "the Way Lima and Kedondong
    districts")."""
    data = pack.table("mentions").get("admin_levels") or {}
    before = {
        str(w).lower(): LEVELS[level]
        for level, words in (data.get("before") or {}).items()
        for w in words or ()
    }
    before.update({str(w).lower(): ANY_LEVEL for w in data.get("of_place") or ()})
    after = {
        str(w).lower(): LEVELS[level]
        for level, words in (data.get("after") or {}).items()
        for w in words or ()
    }
    after.update({str(w).lower(): JOINER for w in data.get("list_joiners") or ()})
    return before, after


def _leveled(m: Mention, text: str, pack: LanguagePack) -> tuple[str, int] | None:
    """(name, level) of an unresolved place the text gives a level for."""
    before, after = _level_words(pack)
    words = m.text.split()
    if len(words) > 1 and words[0].lower() in before:
        return " ".join(words[1:]), before[words[0].lower()]
    level = _level_after(text, m.char_end, after)
    return (m.text, level) if level is not None else None


# How far after a name the word of its level may end ("Wolowaru district").
_LEVEL_REACH = 20


def _level_after(text: str, end: int, after: dict[str, int]) -> int | None:
    """The level the word right after ``end`` gives ("Wolowaru district,": a district),
    or the one a level word gives after a joiner and the next name of a list ("Way Lima
    and Kedondong districts"), or None."""
    following = text[end : end + _LEVEL_REACH].split(maxsplit=1)
    level = after.get(following[0].strip(",.;").lower()) if following else None
    if level != JOINER:
        return level
    words = text[end : end + _LEVEL_REACH * 3].split()[1 : 2 + LIST_NAME_WORDS]
    for k, word in enumerate(words):
        if not word[:1].isupper():
            found = after.get(word.strip(",.;").lower())
            return found if k > 0 and found not in (None, JOINER) else None
    return None


def resolve_regions(
    mentions: Sequence[list[Mention]], kb: Any, pack: LanguagePack, text: str = ""
) -> list[list[Mention]]:
    """The article's mentions with its Indonesian regions resolved (``text``: the article,
    for the level word after an English name, "Wolowaru district")."""
    before, after = _level_words(pack)
    if not before and not after:
        return list(mentions)
    if after and text:
        mentions = [_joined_before_level(group, text, after, kb.regions) for group in mentions]
    if text:
        levels = {w: level for w, level in {**before, **after}.items() if level != JOINER}
        mentions = [_regency_name_goes_on(group, text, levels, kb) for group in mentions]
    if after and text:
        mentions = [_level_after_a_known_name(group, text, after, kb) for group in mentions]
    if text:
        mentions = [_address_chain(group, text, kb) for group in mentions]
    todo: list[tuple[int, int, str, int]] = []  # (sentence, position, name, level)
    for i, group in enumerate(mentions):
        for k, m in enumerate(group):
            if m.entity_id is None and m.type in ("place", None):
                found = _leveled(m, text, pack)
                if found is not None:
                    todo.append((i, k, *found))
    if not todo:
        return list(mentions)
    regions = kb.regions
    inside = {
        code
        for group in mentions
        for m in group
        if m.entity_id and (code := regions.code_of(m.entity_id)) is not None
    }
    out = [list(group) for group in mentions]
    # The higher levels first: what they resolve narrows the lower ones.
    # ANY_LEVEL last: what the levelled names resolve narrows it too.
    for i, k, name, level in sorted(todo, key=lambda t: len(LEVELS) if t[3] == ANY_LEVEL else t[3]):
        m = out[i][k]
        if level == ANY_LEVEL:
            known = [e for e in kb.lookup(name) if e.type == "place"]
            if len(known) == 1:
                # "Pelabuhan Belawan", "Pulau Luzon": the port or island of a place the
                # knowledge base knows, not a village of that name in another province.
                out[i][k] = Mention(
                    m.text, m.char_start, m.char_end, known[0].id, known[0].name, "place", "alias"
                )
                continue
            # A regency or city of the name after the word first ("Pulau Ternate": Kota
            # Ternate); then the whole as a region's own name (Kecamatan Pulau Maya), before
            # a district or village of the name after the word (a village "Maya" in Papua).
            tries = [(name, REGENCY)] + [(m.text, lv) for lv in TRIED_LEVELS]
            tries += [(name, lv) for lv in TRIED_LEVELS if lv != REGENCY]
            region = next(
                (
                    r
                    for candidate, lv in tries
                    if (r := _choose(regions.named(candidate, lv), inside, regions))
                ),
                None,
            )
            if region is None:
                out[i][k] = m  # "Pelabuhan Tenau" stays the port it names
                continue
        else:
            region = _choose(regions.named(name, level), inside, regions)
        if region is None:
            out[i][k] = Mention(m.text, m.char_start, m.char_end, None, name, "place", m.how)
            continue
        inside.add(region.code)
        out[i][k] = _region_mention(m.text, m.char_start, m.char_end, region, kb)
    return out


# The longest name an address gives between two commas ("Kuningan Barat").
ADDRESS_PART_CHARS = 40


def _address_chain(group: list[Mention], text: str, kb: Any) -> list[Mention]:
    """ "Jalan Gatot Subroto, Kuningan Barat, Mampang Prapatan, Jakarta Selatan": an address
    names, from the smallest, a village, its district and its regency or city, set off by
    commas. Before a region the mentions resolve (the city), the part that is a district
    of it, and before that a village of that district, are those regions, whatever else
    their words name (Kuningan Regency; "Barat", the Western world; a person).

    A linear pass over the sentence's region mentions: each looks back over at most two
    parts of at most ``ADDRESS_PART_CHARS`` characters. The region list is read only for a
    region named after such a part (a code's dots give its level)."""
    regions = kb.regions
    found: list[tuple[int, int, Region]] = []
    for m in group:
        code = regions.code_of(m.entity_id) if m.entity_id else None
        end = m.char_start
        while code is not None and level_of(code) in (REGENCY, DISTRICT):
            comma = text.rfind(",", max(0, end - ADDRESS_PART_CHARS - 2), end)
            if comma < 0 or text[comma + 1 : end].strip():
                break  # the region does not follow a comma
            start = text.rfind(",", max(0, comma - ADDRESS_PART_CHARS), comma) + 1
            if start == 0 or "\n" in text[start:comma]:
                # "di Way Lima, Pesawaran": the first part is the run of capitalised words
                # right before the comma.
                run = _CAPITALISED_RUN.search(text, max(0, comma - ADDRESS_PART_CHARS), comma + 1)
                if run is None or any(o.char_start < run.start() < o.char_end for o in group):
                    break  # no run, or the end of a longer name ("Kecamatan Porong dan Krembung")
                start = run.start()
            name = text[start:comma].strip()
            child_level = DISTRICT if level_of(code) == REGENCY else VILLAGE
            inside = regions.within(regions.named(name, child_level), {code})
            if len(inside) != 1:
                break
            lead = start + len(text[start:comma]) - len(text[start:comma].lstrip())
            found.append((lead, lead + len(name), inside[0]))
            code, end = inside[0].code, start
    if not found:
        return group
    spans = [(a, b) for a, b, _ in found]
    kept = [m for m in group if not any(a <= m.char_start < b for a, b in spans)]
    made = [_region_mention(text[a:b], a, b, region, kb) for a, b, region in found]
    return sorted(kept + made, key=lambda m: m.char_start)


def _region_mention(text: str, start: int, end: int, region: Region, kb: Any) -> Mention:
    """The mention of a region: its entity, named as the knowledge base names the entity
    linked to it, else as the region list names the region."""
    entity_id = kb.regions.entity_id(region.code)
    entity = kb.get(entity_id)
    name = entity.name if entity is not None else kb.regions.display_name(region)
    return Mention(text, start, end, entity_id, name, "place", "region")


def _joined_before_level(
    group: list[Mention], text: str, after: dict[str, int], regions: Any
) -> list[Mention]:
    """``a road in Merapi Barat district``: names the knowledge base knows word by word
    (Mount Merapi, "Barat") that run up to a level word are one region's name, when the
    region list has a region of that name at that level."""
    out: list[Mention] = []
    k = 0
    while k < len(group):
        joined = None
        for end in (k + 3, k + 2):  # the longest run first
            run = group[k:end]
            if len(run) != end - k or any(m.type not in ("place", None) for m in run):
                continue
            if any(b.char_start - a.char_end != 1 for a, b in zip(run, run[1:], strict=False)):
                continue  # the words of one name stand a space apart
            level = _level_after(text, run[-1].char_end, after)
            name = text[run[0].char_start : run[-1].char_end]
            if level is not None and regions.named(name, level):
                joined = Mention(
                    name, run[0].char_start, run[-1].char_end, None, name, "place", "unknown"
                )
                k = end
                break
        if joined is None:
            out.append(group[k])
            k += 1
        else:
            out.append(joined)
    return out


# The capitalised words that end right before a comma ("Way Lima" of "di Way Lima,").
_CAPITALISED_RUN = re.compile(r"(?<![\w'-])[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}(?=,)")
_NEXT_WORD = re.compile(r" ([A-Z][a-z]+)\b")
# The capitalised word right before a name (``North`` in "North Kolaka regency").
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")


def _regency_name_goes_on(
    group: list[Mention], text: str, levels: dict[str, int], kb: Any
) -> list[Mention]:
    """``Kabupaten Kolaka Utara``: a regency the knowledge base knows ("Kolaka") followed by
    a compass word that makes the name of another regency of the region list is that
    regency (North Kolaka), and the word no name of its own ("Utara"); so is a name after
    its level word ("Kecamatan Semarang Utara": the district); so, in English
    order, with the compass word before it ("North Kolaka regency"). ``levels``: the
    level words a name may carry ("Kabupaten", "regency"), which are no part of it. Only a
    compass word makes it worth reading the region list, which is loaded on first use."""
    compass = compass_words()
    english = {word: local for local, word in compass.items()}
    out: list[Mention] = []
    skip_until = -1
    for m in group:
        if m.char_start < skip_until:
            continue
        known = m.type == "place" and m.entity_id
        # A bounded look back: the compass word is the one word before the name.
        ahead = (
            _WORD_BEFORE.search(text, max(0, m.char_start - 16), m.char_start) if known else None
        )
        if ahead is not None and ahead.group(1) in english:
            words = [w for w in m.text.split() if w.lower() not in levels]
            named = kb.regions.named(" ".join(words) + " " + english[ahead.group(1)], REGENCY)
            if len(named) == 1:
                start = ahead.start(1)
                out.append(
                    _region_mention(text[start : m.char_end], start, m.char_end, named[0], kb)
                )
                continue
        words = m.text.split()
        head = words[0].lower() if len(words) > 1 and words[0].lower() in levels else None
        # "Kecamatan Semarang Utara": a name after its level word goes on with a compass
        # word whether or not the name alone is known at that level.
        named_here = known or (m.type == "place" and head is not None)
        found = _NEXT_WORD.match(text, m.char_end) if named_here else None
        if found is not None and found.group(1) in compass:
            name = " ".join(words[1:] if head else words) + " " + found.group(1)
            level = levels[head] if head is not None and levels[head] else REGENCY
            named = kb.regions.named(name, level)
            if len(named) == 1:
                end = found.end()
                out.append(
                    _region_mention(text[m.char_start : end], m.char_start, end, named[0], kb)
                )
                skip_until = end
                continue
        out.append(m)
    return out


def _level_after_a_known_name(
    group: list[Mention], text: str, after: dict[str, int], kb: Any
) -> list[Mention]:
    """``two in Bengkulu city``: a region the knowledge base knows at one level (the
    province of Bengkulu) followed by the word of another level is the region of that name
    at that level (the city), when the region list has exactly one."""
    out: list[Mention] = []
    for m in group:
        code = kb.regions.code_of(m.entity_id) if m.type == "place" and m.entity_id else None
        level = _level_after(text, m.char_end, after) if code else None
        if code is None or level is None or level_of(code) == level:
            out.append(m)
            continue
        named = kb.regions.named(m.text, level)
        out.append(
            _region_mention(m.text, m.char_start, m.char_end, named[0], kb)
            if len(named) == 1
            else m
        )
    return out


def _choose(candidates: list[Region], inside: set[str], regions: Any) -> Region | None:
    """The one candidate, or the one inside a place the article names."""
    if len(candidates) == 1:
        return candidates[0]
    narrowed = regions.within(candidates, inside)
    return narrowed[0] if len(narrowed) == 1 else None


# How much more a country the first sentence names counts towards the story's country.
LEAD_WEIGHT = 3


def story_country(
    mentions: Sequence[list[Mention]], kb: Any, *, settled: bool = False
) -> str | None:
    """The country an article is about: the one most of its countries and places are in,
    if one leads (a country entity ID). Before the places are settled
    (``places_of_the_story_country``) only a name one place has counts; after, every place.

    >>> from silang.kb import default_kb
    >>> story_country([[
    ...     Mention("Philippines", 0, 11, "country/PH", "Philippines", "country"),
    ...     Mention("Santa Ana", 20, 29, "place/santa-ana-us", "Santa Ana", "place"),
    ... ]], default_kb())
    'country/PH'
    """
    counts: Counter[str] = Counter()
    for index, group in enumerate(mentions):
        for m in group:
            if m.entity_id is None:
                continue
            if m.type == "country":
                # The lead names where the story happened ("QUEENSTOWN, New Zealand, April
                # 16 (Wire) - …"); later sentences name the victims' country as often.
                counts[m.entity_id] += LEAD_WEIGHT if index == 0 else 1
            elif m.type == "place" and settled:
                entity = kb.get(m.entity_id)
                if entity is not None and entity.country:
                    counts[f"country/{entity.country}"] += 1
            elif m.type == "place" and m.how == "alias":
                # A name several places share says nothing of the country until it is known.
                places = _places_named(kb, m.text)
                if len(places) == 1 and places[0].country:
                    counts[f"country/{places[0].country}"] += 1
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def places_of_the_story_country(
    mentions: Sequence[list[Mention]], kb: Any, home: str | None
) -> list[list[Mention]]:
    """``Santa Ana`` in a story on a typhoon in Cagayan is the Philippine town, not the
    Californian city the knowledge base ranks first: a place's name that several places
    share stands for the one in the country the article is about (``home``, from
    ``story_country``).

    >>> from silang.kb import default_kb
    >>> found = places_of_the_story_country([[
    ...     Mention("Santa Ana", 20, 29, "place/santa-ana-us", "Santa Ana", "place"),
    ... ]], default_kb(), "country/PH")
    >>> [m.entity_id for m in found[0]]
    ['place/santa-ana-ph']
    """
    if home is None:
        return list(mentions)
    code = home.rpartition("/")[2]
    out = []
    for group in mentions:
        fixed = []
        for m in group:
            places = _places_named(kb, m.text) if m.type == "place" and m.how == "alias" else ()
            if len(places) > 1:
                chosen = next((e for e in places if e.country == code), None)
                if chosen is not None and chosen.id != m.entity_id:
                    m = Mention(
                        m.text, m.char_start, m.char_end, chosen.id, chosen.name, "place", m.how
                    )
            fixed.append(m)
        out.append(fixed)
    return out


# A town under this many people is not known by name alone: named without any other place
# or mention of its country, in an article about another country, it is some other place
# the knowledge base lacks ("Bor" in Jonglei is not the Russian town).
STRAY_TOWN_POPULATION = 1_000_000


def without_stray_foreign_places(
    mentions: Sequence[list[Mention]],
    kb: Any,
    home: str | None,
    common: frozenset[str],
    pack_home: str | None = None,
    datelined: frozenset[str] = frozenset(),
) -> list[list[Mention]]:
    """An article that names a place of a country other than the one it is about
    (``home``, from ``story_country``; None when no country leads), and nothing else of
    that country, does not mean that place when it is a small town
    (``STRAY_TOWN_POPULATION``) or a word the article also writes in lower case
    (``common``: "Surat yayasan itu…" beside "mengirim surat" is a letter, not the Indian
    city). Such a mention is dropped: the name stays a word. Places of the language's own
    country (``pack_home``: Indonesia for Indonesian) are kept, and so are the places a
    dateline names (``datelined``: "TSUEN WAN —", where the report comes from) and every
    place of a page in a language of no one country that names no country.

    >>> from silang.kb import default_kb
    >>> bor = Mention("Bor", 40, 43, "place/bor-ru", "Bor", "place", "alias")
    >>> found = without_stray_foreign_places([[
    ...     Mention("South Sudan", 0, 11, "country/SS", "South Sudan", "country"), bor,
    ... ]], default_kb(), "country/SS", frozenset())
    >>> [m.text for m in found[0]]
    ['South Sudan']
    """
    if (
        home is None
        and pack_home is None
        and not any(m.type == "country" for group in mentions for m in group)
    ):
        # "A tornado tore through villages in Sidoarjo": a page in a language of no one
        # country that names no country tells nothing of where its places should be.
        return list(mentions)
    home_codes = {c.rpartition("/")[2] for c in (home, pack_home) if c}
    # The distinct entities the article names in each country; each one's country and
    # population (None for a country or an unknown one).
    named: dict[str, set[str]] = {}
    known: dict[str, tuple[str | None, Any]] = {}
    for group in mentions:
        for m in group:
            if m.entity_id is None or m.type not in ("place", "country"):
                continue
            if m.entity_id not in known:
                if m.type == "country":
                    known[m.entity_id] = (m.entity_id.rpartition("/")[2], None)
                else:
                    entity = kb.get(m.entity_id)
                    known[m.entity_id] = (
                        (entity.country, (entity.extra or {}).get("population"))
                        if entity is not None
                        else (None, None)
                    )
            code = known[m.entity_id][0]
            if code:
                named.setdefault(code, set()).add(m.entity_id)

    def stray(m: Mention) -> bool:
        if m.type != "place" or m.entity_id is None or m.entity_id in datelined:
            return False
        code, population = known.get(m.entity_id, (None, None))
        if not code or code in home_codes or len(named.get(code, ())) > 1:
            return False
        if m.text.lower() in common:
            return True
        return isinstance(population, int) and population < STRAY_TOWN_POPULATION

    return [[m for m in group if not stray(m)] for group in mentions]


def _places_named(kb: Any, name: str) -> list[Any]:
    """The knowledge base's places with this alias."""
    return [e for e in kb.lookup(name) if e.type == "place"]
