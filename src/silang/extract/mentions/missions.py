"""Diplomatic missions: ``KBRI Seoul``, ``Kedutaan Besar China di Jakarta``, "the
Indonesian embassy in Kuala Lumpur", "Indonesia's embassy in Port Moresby".

An embassy or a consulate is a body of its own, neither its country nor the foreign
ministry: a fact-checker asks which mission said so. The knowledge base cannot list every
mission, so the mention is an unresolved organisation named as such bodies are named
in English, whatever the page's language: "Embassy of Indonesia, Seoul", "Consulate
General of Indonesia, Johor Bahru". The pack's ``missions`` table holds the words and the
phrasings (``patterns``); ``{country}`` is any name the knowledge base knows as a country
("Indonesian", "RI", "China"), and ``{mission}`` a word of ``words``.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from silang.kb import Entity, KnowledgeBase
from silang.kb.text import alias_key
from silang.lang import LanguagePack
from silang.model import Mention

# The English name a mission is given; the same in every pack.
MISSION_NAMES = {
    "embassy": "Embassy of {country}, {city}",
    "consulate_general": "Consulate General of {country}, {city}",
    # A consulate that is no consulate general ("Konsulat RI di Songkhla").
    "consulate": "Consulate of {country}, {city}",
}
# How far before the city a mission's words may start (characters).
_WINDOW = 80


def diplomatic_missions(
    mentions: list[Mention], text: str, offset: int, pack: LanguagePack, kb: KnowledgeBase | None
) -> list[Mention]:
    """The mentions, with each mission written before a city merged into one organisation.

    >>> from silang.extract.mentions import find_mentions
    >>> from silang.lang import load_pack
    >>> text = "The Indonesian embassy in Seoul said four were dead."
    >>> [m.name for m in find_mentions(text, KnowledgeBase.load(), load_pack("en"))]
    ['Embassy of Indonesia, Seoul']
    """
    patterns = _patterns(pack)
    if kb is None or not patterns:
        return mentions
    home, kinds = _words(pack)
    out: list[Mention] = []
    for m in mentions:
        if m.entity_id is None or not (m.type == "place" or _city_state(m, kb)):
            out.append(m)
            continue
        base = max(0, m.char_start - offset - _WINDOW)
        before = text[base : m.char_start - offset]
        merged = None
        for pattern in patterns:
            found = pattern.search(before)
            if found is None:
                continue
            kind = kinds.get(found["mission"].lower())
            written = found.groupdict().get("country")
            start = offset + base + found.start()
            country: str | None = None
            if written is not None:
                country, whole = _country(written, kb)
                if not whole:
                    # "The Indonesian embassy": the word before the country is not the name's.
                    start += found.start("country") - found.start() + written.rindex(" ") + 1
            elif found["mission"] in home:
                country = pack.table("mentions").get("home_country")
            entity = kb.get(country) if country else None
            if kind is None or entity is None:
                continue
            name = MISSION_NAMES[kind].format(country=entity.name, city=_city_name(m, kb))
            merged = Mention(
                text[start - offset : m.char_end - offset], start, m.char_end, None, name,
                "organisation", "mission",
            )  # fmt: skip
            break
        if merged is None:
            out.append(m)
            continue
        # The mission's words were read as mentions of their own (the country, the
        # foreign ministry "KBRI" stands for, an unknown "Indonesian Embassy"): drop them.
        while out and out[-1].char_end > merged.char_start:
            out.pop()
        out.append(merged)
    return _without_city(out, text, offset, pack, kb)


def _without_city(
    mentions: list[Mention], text: str, offset: int, pack: LanguagePack, kb: KnowledgeBase
) -> list[Mention]:
    """The mentions, with a mission named without its city ("the Indonesian embassy said",
    "Kedutaan Besar RI menyebut") made one organisation named without the city ("Embassy
    of Indonesia"): the article may say which city (``resolve_mission_references``)."""
    _home, kinds = _words(pack)
    found = []
    for pattern in _cityless_patterns(pack):
        for match in pattern.finditer(text):
            kind = kinds.get(re.sub(r"\s+", " ", match["mission"]).lower())
            written = match["country"]
            country, whole = _country(written, kb)
            start, end = match.start(), match.end()
            if country is None and " " in written:
                # "Kedutaan Besar RI menyebut": the country is the first of the two words.
                first = written.split()[0]
                country, whole = _country(first, kb)
                end = match.start("country") + len(first)
            elif not whole and match.start("country") == start:
                # "the Indonesian embassy": the word before the country is not the name's.
                start += written.rindex(" ") + 1
            entity = kb.get(country) if country else None
            if kind is None or entity is None:
                continue
            start, end = offset + start, offset + end
            if any(
                m.how == "mission" and m.char_start < end and start < m.char_end for m in mentions
            ):
                continue
            name = MISSION_NAMES[kind].split(", {city}")[0].format(country=entity.name)
            mention = Mention(text[start - offset : end - offset], start, end, None, name,
                              "organisation", "mission")  # fmt: skip
            found.append(mention)
    if not found:
        return mentions
    kept = [
        m for m in mentions
        if not any(f.char_start < m.char_end and m.char_start < f.char_end for f in found)
    ]  # fmt: skip
    return sorted([*kept, *found], key=lambda m: m.char_start)


def mission_places(mentions: Sequence[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The city each mission is in, as a place mention over the mission's words: what a
    story about events there shares with reports that name the city alone ("KBRI Seoul"
    and "a fire in Seoul"). The analysis reads the mission; the story reads its city.

    >>> from silang.extract.mentions import find_mentions
    >>> from silang.lang import load_pack
    >>> kb = KnowledgeBase.load()
    >>> found = find_mentions("KBRI Seoul mencatat delapan WNI.", kb, load_pack("id"))
    >>> [(m.entity_id, m.how) for m in mission_places(found, kb)]
    [('place/seoul-kr', 'mission_city')]
    """
    out = []
    for m in mentions:
        if m.how != "mission" or ", " not in m.name:
            continue
        city = m.name.rsplit(", ", 1)[1]
        place = next(
            (e for e in kb.lookup(city) if e.type == "place" or (e.type == "country" and
             _city_state(Mention(city, 0, 0, e.id, e.name, e.type, "alias"), kb))),
            None,
        )  # fmt: skip
        if place is not None:
            out.append(dataclasses.replace(m, entity_id=place.id, name=place.name,
                                           type=place.type, how="mission_city"))  # fmt: skip
    return out


def _city_name(m: Mention, kb: KnowledgeBase) -> str:
    """The name of the city a mission is in: the city the knowledge base names as written,
    where the mention was read as another place that has the name as an alias ("KRI
    Songkhla": the city, not Songkhla province; "KBRI New Delhi": New Delhi, not Delhi).

    >>> kb = KnowledgeBase.load()
    >>> _city_name(Mention("Songkhla", 0, 8, "place/songkhla-province-th",
    ...                    "Songkhla province", "place", "alias"), kb)
    'Songkhla'
    """
    entity = kb.get(m.entity_id) if m.entity_id else None
    if entity is None or alias_key(entity.name) == alias_key(m.text):
        return m.name
    own = [
        e
        for e in kb.lookup(m.text)
        if e.type == "place"
        and e.country == entity.country
        and e.extra.get("kind") == "city"
        and alias_key(e.name) == alias_key(m.text)
    ]
    return own[0].name if len(own) == 1 else m.name


def _city_state(m: Mention, kb: KnowledgeBase | None) -> bool:
    """Is the country mentioned also its own capital ("the consulate general in Hong
    Kong", "KBRI Singapura"), a city a mission can be in?"""
    if m.type != "country" or kb is None:
        return False
    return any(
        e.type == "place" and e.capital_of == m.entity_id
        for name in {m.text, m.name}
        for e in kb.lookup(name)
    )


def resolve_mission_references(
    mentions: Sequence[list[Mention]], pack: LanguagePack
) -> list[list[Mention]]:
    """A word that names the home country's mission alone ("KBRI mencatat …", the pack's
    ``missions.home``) is the mission of that kind the article named before it ("KBRI
    Seoul", "Kedutaan Besar Republik Indonesia (KBRI) di Seoul"), the last one named if
    several are; before any is named it stays what the knowledge base says.

    >>> from silang.kb import KnowledgeBase
    >>> from silang.extract.mentions import find_mentions
    >>> from silang.lang import load_pack
    >>> kb, pack = KnowledgeBase.load(), load_pack("id")
    >>> found = [find_mentions(t, kb, pack) for t in ("KBRI Seoul mencatat delapan WNI.",
    ...                                              "KBRI juga mencatat dua korban.")]
    >>> [m.name for m in resolve_mission_references(found, pack)[1]]
    ['Embassy of Indonesia, Seoul']
    """
    home, _kinds = _words(pack)
    prefixes = {kind: name.split("{")[0] for kind, name in MISSION_NAMES.items()}
    last: dict[str, Mention] = {}
    out: list[list[Mention]] = []
    for group in mentions:
        resolved = []
        for m in group:
            kind = home.get(m.text)
            if kind is not None and m.how != "mission" and kind in last:
                named = last[kind]
                m = dataclasses.replace(m, name=named.name, type="organisation", how="mission")
            elif m.how == "mission" and ", " not in m.name:
                # "the Indonesian embassy" after "Indonesia's embassy in Seoul".
                before = _named_before(m.name, last)
                if before is not None:
                    m = dataclasses.replace(m, name=before.name, entity_id=None)
            resolved.append(m)
        for m in group:
            if m.how == "mission" and ", " in m.name:
                for kind, prefix in prefixes.items():
                    if m.name.startswith(prefix):
                        last[kind] = m
        out.append(resolved)
    return out


def missions_in_capitals(
    mentions: Sequence[list[Mention]], pack: LanguagePack, kb: KnowledgeBase, story: str | None
) -> list[list[Mention]]:
    """A mission still named without its city is the one of its name the article names
    later ("the Indonesian embassy" in a lead, "Indonesia's embassy in Seoul" further
    down); else an embassy, or the home country's mission word alone ("KBRI"), in a
    story of another country (``story``) is the embassy in that country's capital, and a
    consulate in a story of a city-state (Hong Kong) the one in that city.

    >>> from silang.extract.mentions import find_mentions
    >>> from silang.lang import load_pack
    >>> kb, pack = KnowledgeBase.load(), load_pack("en")
    >>> found = [find_mentions("The Indonesian embassy said two were hurt.", kb, pack)]
    >>> [m.name for m in missions_in_capitals(found, pack, kb, "country/KR")[0]]
    ['Embassy of Indonesia, Seoul']
    """
    home, _kinds = _words(pack)
    named = [m.name for group in mentions for m in group if m.how == "mission" and ", " in m.name]
    embassy = MISSION_NAMES["embassy"].split(", {city}")[0]
    own = pack.table("mentions").get("home_country")
    own_entity = kb.get(own) if own else None
    out: list[list[Mention]] = []
    seen = 0  # missions with a city named so far
    for group in mentions:
        resolved = []
        for m in group:
            cityless = m.how == "mission" and ", " not in m.name
            lone = home.get(m.text) == "embassy" and m.how != "mission"
            if cityless or lone:
                name = m.name if cityless else (
                    embassy.format(country=own_entity.name) if own_entity else ""
                )  # fmt: skip
                later = next((n for n in named[seen:] if n.startswith(name + ", ")), None)
                if later is None:
                    host = _host_country(mentions, name.split(" of ", 1)[-1], story, kb)
                    capital = _capital(kb, host) if host else None
                    city_state = host is not None and capital == getattr(kb.get(host), "name", None)
                    # A consulate is in the capital only of a city-state ("the Indonesian
                    # consulate general" in a Hong Kong story is the one in Hong Kong).
                    if capital is not None and (
                        name.startswith(embassy.split("{")[0]) or city_state
                    ):
                        later = f"{name}, {capital}"
                if later is not None and name:
                    m = dataclasses.replace(m, name=later, type="organisation", how="mission",
                                            entity_id=None)  # fmt: skip
                elif cityless and (country := _country_named(kb, m.name)) is not None:
                    # No city anywhere: the country's mission speaks for its country.
                    m = dataclasses.replace(m, entity_id=country.id, name=country.name,
                                            type=country.type, how="alias")  # fmt: skip
            resolved.append(m)
        seen += sum(1 for m in group if m.how == "mission" and ", " in m.name)
        out.append(resolved)
    return out


def _host_country(
    mentions: Sequence[list[Mention]], own: str, story: str | None, kb: KnowledgeBase
) -> str | None:
    """The country a mission of country ``own`` (its name) is in: the story's country if
    that is another; else the one other country the article's places are most in (a
    story from Gdansk that names Ukrainian workers more often than Poland); else the one
    other country the article names most (an article about Indonesians in South Korea
    names Indonesia most)."""
    if story and (entity := kb.get(story)) is not None and entity.name != own:
        return story
    own_entity = _country_named(kb, own)
    own_code = own_entity.id.split("/", 1)[1] if own_entity is not None else None
    places: Counter[str] = Counter()
    for group in mentions:
        for m in group:
            entity = kb.get(m.entity_id) if m.type == "place" and m.entity_id else None
            if entity is not None and entity.country and entity.country != own_code:
                places[f"country/{entity.country}"] += 1
    countries = Counter(
        m.entity_id for group in mentions for m in group
        if m.type == "country" and m.entity_id and m.name != own
    )  # fmt: skip
    for counts in (places, countries):
        ranked = counts.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return ranked[0][0]
    return None


def _country_named(kb: KnowledgeBase, mission: str) -> Entity | None:
    """The country a mission's name ("Embassy of Indonesia") gives."""
    written = mission.split(" of ", 1)[-1]
    return next((e for e in kb.lookup(written) if e.type == "country" and e.name == written), None)


def _named_before(name: str, last: dict[str, Mention]) -> Mention | None:
    """The last mission named with a city whose name is ``name`` and the city."""
    return next((m for m in last.values() if m.name.startswith(name + ", ")), None)


@cache
def _capitals(kb: KnowledgeBase) -> dict[str, str]:
    """Each country's capital city, by the country's ID (not a seat of government such as
    the Blue House, which stands for its country too)."""
    return {
        e.capital_of: e.name
        for e in kb.entities("place")
        if e.capital_of and e.extra.get("kind") == "city"
    }


def _capital(kb: KnowledgeBase, country: str) -> str | None:
    return _capitals(kb).get(country)


def _country(written: str, kb: KnowledgeBase) -> tuple[str | None, bool]:
    """The country the knowledge base knows by ``written`` ("Indonesian", "Korea Selatan")
    or by its last word ("The Indonesian": the pattern's two words may take one before the
    country's), and whether it was known by the whole of ``written``."""
    for key in dict.fromkeys((written, written.split()[-1])):
        hits = [h for h in kb.index.hits.get(alias_key(key), ()) if h.entity.type == "country"]
        if len(hits) == 1:
            return hits[0].entity.id, key == written
    return None, True


@cache
def _words(pack: LanguagePack) -> tuple[dict[str, str], dict[str, str]]:
    """The words that name the home country's mission alone ("KBRI": embassy), and the
    kind of mission each mission word names (lower case)."""
    data = pack.table("mentions").get("missions") or {}
    home = {str(k): str(v) for k, v in (data.get("home") or {}).items()}
    kinds = {
        str(w).lower(): str(kind) for kind, ws in (data.get("words") or {}).items() for w in ws
    }
    kinds.update({k.lower(): v for k, v in home.items()})
    return home, kinds


@cache
def _cityless_patterns(pack: LanguagePack) -> tuple[re.Pattern[str], ...]:
    """The pack's phrasings of a mission named without its city (``missions.cityless``),
    each a pattern that must not be followed by a preposition of place (the pack's
    ``missions.city_words``: "in", "di"), where a city the knowledge base lacks may stand."""
    data = pack.table("mentions").get("missions") or {}
    words = sorted(_words(pack)[1], key=len, reverse=True)
    mission = "(?P<mission>" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + ")"
    country = r"(?P<country>[^\W\d_][\w’-]*(?: [^\W\d_][\w’-]*)?)"
    after = "|".join(re.escape(str(w)) for w in data.get("city_words") or ())
    out = []
    for phrasing in data.get("cityless") or ():
        body = re.escape(str(phrasing)).replace(r"\{mission\}", mission)
        body = body.replace(r"\{country\}", country).replace(r"\ ", r"\s+")
        tail = rf"(?!\s+(?:{after})\b)" if after else ""
        out.append(re.compile(r"\b" + body + r"\b" + tail, re.IGNORECASE))
    return tuple(out)


@cache
def _patterns(pack: LanguagePack) -> tuple[re.Pattern[str], ...]:
    """The pack's phrasings, each a pattern that ends where the city starts."""
    data = pack.table("mentions").get("missions") or {}
    words = sorted(_words(pack)[1], key=len, reverse=True)
    mission = "(?P<mission>" + "|".join(re.escape(w) for w in words) + ")"
    country = r"(?P<country>[^\W\d_][\w’-]*(?: [^\W\d_][\w’-]*)?)"
    acronym = r"\(\s*[^\W\d_]{2,8}\s*\)"  # "(KBRI)"
    out = []
    for phrasing in data.get("patterns") or ():
        body = re.escape(str(phrasing)).replace(r"\{mission\}", mission)
        body = body.replace(r"\{country\}", country).replace(r"\{acronym\}", acronym)
        body = body.replace(r"\ ", r"\s+")
        out.append(re.compile(r"\b" + body + r"\s+$", re.IGNORECASE))
    return tuple(out)
