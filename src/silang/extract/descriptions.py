"""Sources named by a description: ``the ministry said``, ``police said``, ``the army
said``. A fact-checker wants the body, not the word.

Attribution (``attribution._described_body``) already reads a description as the last
body of its kind the article's mentions named. A source it leaves unresolved is, here,
first the one organisation the knowledge base knows under that name, of a country the
article names ("the finance ministry said"). A description still left as written (a
source in lower case, no name of its own) is then the latest source of an earlier
sentence whose name holds every word of it ("the ministry said" after "the finance
ministry said", which the knowledge base resolved); else the one body of the country the
article is about (``places.story_country``) whose name or English alias holds them
("police" in a story on Flores: the Indonesian National Police; not the Vietnam Coast Guard
for "the coast guard" of a sinking off Jeju that names the crew's countries). Where neither
is a single body, the description stays as written: a wrong body is worse than a vague one.
A description that says whose the body is ("the country's search and rescue agency", "the
city's fire department": the pack's ``possessors``) is the kind without the owner: the
country's is looked up among the story country's bodies.

    >>> from silang.kb import KnowledgeBase
    >>> bodies = DescribedBodies(KnowledgeBase.load())
    >>> bodies.of_countries(("police",), {"country/ID"}).name
    'Indonesian National Police'
    >>> bodies.of_countries(("army",), {"country/TH"}).name
    'Royal Thai Army'
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING

from silang.model import EntityRef, Mention

if TYPE_CHECKING:
    from silang.extract.attribution import Attribution
    from silang.kb import KnowledgeBase

# "city's fire department", "city 's fire department": an owner, then the body's kind.
_POSSESSED = re.compile(r"^(\w+)\s?['’]s\s+(\S.*)$")
# Types of mention a description can mean.
BODY_TYPES = frozenset({"organisation", "military_unit"})
_WORD = re.compile(r"[a-z]+")


@dataclasses.dataclass(frozen=True)
class DescriptionWords:
    """A pack's words that describe a body without naming it: the owners it is told by
    (the pack's ``possessors``): ``home``, the story's country ("country's",
    "archipelago's"), ``place``, the place the story is in ("city's", "regency's"); and
    ``speakers``, the people who speak for it ("a police spokesman": the police)."""

    home: frozenset[str] = frozenset()
    place: frozenset[str] = frozenset()
    # "national": a word the name of the country's own body holds, not a region's.
    national: frozenset[str] = frozenset()
    # "own" in "the regency's own disaster office": no word of the kind.
    fillers: frozenset[str] = frozenset()
    # "spokesman", "official" (the pack's ``descriptive_speakers``).
    speakers: frozenset[str] = frozenset()
    # "police": bodies that act where the story happens (the pack's ``local_kinds``),
    # which are the country's most of the article's places are in.
    local: frozenset[str] = frozenset()
    # "a", "an": the articles that open a body's description after its name (the pack's
    # ``apposition_articles``; Indonesian has none).
    articles: frozenset[str] = frozenset()


def words_of(name: str) -> frozenset[str]:
    """The lower-case words of a name: ``words_of("Ministry of Finance (Indonesia)")``
    holds "ministry" and "finance"."""
    return frozenset(_WORD.findall(name.casefold()))


class DescribedBodies:
    """The knowledge base's bodies by country, with the words of their names."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self._by_country: dict[str, list[tuple[EntityRef, list[frozenset[str]]]]] = {}
        for entity in kb.entities():
            if entity.type not in BODY_TYPES or not entity.country:
                continue
            if entity.extra.get("kind") == "news_media":
                continue  # an outlet reports; "the paper said" is a relay, not a body
            names = [entity.name, *entity.aliases.get("en", ())]
            self._by_country.setdefault(f"country/{entity.country}", []).append(
                (EntityRef(entity.id, entity.name, entity.type), [words_of(n) for n in names])
            )
        # The words that name each country ("indonesia", "indonesian"): "Indonesian police"
        # is named by "police" alone in a story on Indonesia.
        self._country_words: dict[str, frozenset[str]] = {}
        for country in kb.entities("country"):
            names = [country.name, *(a for v in country.aliases.values() for a in v)]
            self._country_words[country.id] = frozenset().union(*map(words_of, names))

    def of_countries(self, words: Sequence[str], countries: set[str]) -> EntityRef | None:
        """The one body of ``countries`` one of whose names holds every word, or None.
        Where several do, the one a name of which is the words and its country's alone
        ("Indonesian police" beside a user's "police Mobile Brigade"), if only one is."""
        wanted = set(words)
        found: list[EntityRef] = []
        plain: list[EntityRef] = []
        for country in countries:
            own = self._country_words.get(country, frozenset())
            for ref, names in self._by_country.get(country, ()):
                holding = [name for name in names if wanted <= name]
                if holding:
                    found.append(ref)
                    if any(name - wanted <= own for name in holding):
                        plain.append(ref)
        if len(found) == 1 and (len(wanted) > 1 or plain):
            # One word alone must be how the body goes ("police": the Indonesian police),
            # not a word of its name ("office": the Attorney General's Office).
            return found[0]
        return plain[0] if len(plain) == 1 else None


@cache
def described_bodies(kb: KnowledgeBase) -> DescribedBodies:
    """The ``DescribedBodies`` of a knowledge base, built once."""
    return DescribedBodies(kb)


def resolve_descriptions(
    attributions: list[Attribution],
    mentions: Sequence[Sequence[Mention]],
    kb: KnowledgeBase | None,
    home: str | None,
    kinds: Mapping[str, Sequence[str]] | None = None,
    vocabulary: DescriptionWords = DescriptionWords(),
    scene: str | None = None,
    texts: Sequence[tuple[int, str]] = (),
) -> list[Attribution]:
    """Each sentence's attribution with a source named by its kind resolved where it can
    be; ``home``: the country entity the article is about, if one leads; ``kinds``: the
    words each description goes by (the pack's ``descriptive_bodies``: "polisi" by
    "police"), tried where the description's own words name no body; ``vocabulary``: the
    pack's words that describe a body without naming it; ``scene``: the country the story
    happens in where it is not ``home`` (``scene_country``), whose bodies of the
    ``local`` kinds act there; ``texts``: the sentences (offset, text), whose descriptions of a body
    right after its name (``appositions``) the description may point back to."""
    if kb is None:
        return attributions
    named = {m.entity_id for group in mentions for m in group if m.type == "country"}
    bodies = described_bodies(kb)
    known: dict[str, EntityRef | None] = {}
    earlier: list[EntityRef] = []  # the bodies earlier sentences were attributed to
    later = _NamedLater(mentions)
    described = appositions(texts, mentions, vocabulary.articles)
    out = []
    for i, attribution in enumerate(attributions):
        source = attribution.source
        # "…, died in hospital in Muar on Thursday, police said": the sentence's places,
        # all in one other country, make the police that country's.
        abroad = _country_of_the_places(mentions[i], kb, home) if i < len(mentions) else None
        if source is not None and source.id is None and source.type == "organisation":
            if source.name not in known:
                known[source.name] = _known_body(source.name, kb, named)
            ref = known[source.name]
            if ref is not None and abroad is not None and _country_of(ref, kb) != abroad:
                ref = None
            if ref is not None:
                attribution = dataclasses.replace(attribution, source=ref)
        source = attribution.source
        local = False  # a place's own body ("the city's trade office"), no national one
        if source is not None and source.id is None and _lower_case(source.name):
            owned = _POSSESSED.match(source.name)
            owner = f"{owned.group(1)}'s".casefold() if owned else ""
            if owned and (owner in vocabulary.home or owner in vocabulary.place):
                # "the country's search and rescue agency": the story country's; "the
                # city's fire department": the fire department, whichever city's it is.
                kind = owned.group(2)
                first, _, more = kind.partition(" ")
                if more and first.casefold() in vocabulary.fillers:
                    kind = more
                if owner in vocabulary.place:
                    source = dataclasses.replace(source, name=kind)
                    local = True
                elif home:
                    # The country's body where it is one; the national one of several
                    # ("the archipelago's disaster agency": BNPB, not the regions' BPBD).
                    kind_words = tuple(words_of(kind))
                    source = (
                        bodies.of_countries(kind_words, {home})
                        or _one_body(
                            bodies.of_countries((*kind_words, w), {home})
                            for w in vocabulary.national
                        )
                        or source
                    )
                attribution = dataclasses.replace(attribution, source=source)
        if source is not None and source.id is None and _lower_case(source.name):
            # "a police spokesman": the police.
            words = words_of(source.name) - vocabulary.speakers
            ref = _latest_holding(words, earlier) if words else None
            if ref is None and words:
                # "…, the agency said" after "Baltic Bridge Staffing, a Gdansk-based
                # employment agency": the body the article described so.
                ref = _last_described(words, described, i)
            country = abroad or (scene if words & vocabulary.local else None) or home
            if ref is None and words and country and not local:
                ref = bodies.of_countries(tuple(words), {country})
                if ref is None and kinds:
                    ref = _one_body(
                        bodies.of_countries((key,), {country})
                        for key in kinds.get(source.name.casefold(), ())
                    )
            if ref is None and len(words) > 1:
                # "…, the coast guard said" in a lead that names the Jeju Regional Coast
                # Guard only further down: the first body named later whose name holds
                # every word. (One word alone, "the agency", may be any of several.)
                ref = later.first_after(i, words)
            if ref is not None:
                attribution = dataclasses.replace(attribution, source=ref)
        source = attribution.source
        if source is not None and source.id is not None and source.type in BODY_TYPES:
            earlier.append(source)
        out.append(attribution)
    return out


class _NamedLater:
    """The bodies the article's mentions name, sentence by sentence, to find the first one
    after a sentence whose name holds a description's words. Each description is matched
    against the bodies once, so an article costs time linear in its bodies per description
    it leaves unresolved, of which there are few kinds."""

    def __init__(self, mentions: Sequence[Sequence[Mention]]) -> None:
        self._bodies = [
            (i, words_of(m.name), m)
            for i, group in enumerate(mentions)
            for m in group
            if m.type in BODY_TYPES
        ]
        self._holding: dict[frozenset[str], list[tuple[int, Mention]]] = {}

    def first_after(self, sentence: int, words: frozenset[str]) -> EntityRef | None:
        """The first body named after ``sentence`` whose name holds every word."""
        if words not in self._holding:
            self._holding[words] = [(i, m) for i, name, m in self._bodies if words <= name]
        found = self._holding[words]
        k = bisect.bisect_right(found, sentence, key=lambda x: x[0])
        return found[k][1].ref() if k < len(found) else None


# The most words a body's description after its name runs to.
APPOSITION_WORDS = 8
_APPOSITION_END = re.compile(r"[,.;:()\"“”]")


def appositions(
    texts: Sequence[tuple[int, str]],
    mentions: Sequence[Sequence[Mention]],
    articles: frozenset[str],
) -> list[tuple[int, EntityRef, frozenset[str]]]:
    """(sentence, body, words) for each body a sentence describes right after its name,
    after a comma: "Baltic Bridge Staffing, a Gdansk-based employment agency that …"
    (``articles`` open the description, where a language has them), "PT Sinar Laut,
    perusahaan penyalur tenaga kerja". The description starts in lower case, so that a
    name after the comma ("Polres Bogor, AKBP Rio Wahyu") describes nothing.

    >>> m = Mention("Baltic Bridge Staffing", 0, 22, None, "Baltic Bridge Staffing", "organisation")
    >>> text = "Baltic Bridge Staffing, a Gdansk-based employment agency, ran it."
    >>> [sorted(w) for _, _, w in appositions([(0, text)], [[m]], frozenset({"a", "an"}))]
    [['agency', 'based', 'employment', 'gdansk']]
    """
    found: list[tuple[int, EntityRef, frozenset[str]]] = []
    for i, ((base, text), group) in enumerate(zip(texts, mentions, strict=False)):
        for m in group:
            # A name the knowledge base lacks is a body by its description.
            if m.type not in BODY_TYPES and not (m.type is None and m.how == "unknown"):
                continue
            after = text[m.char_end - base :]
            if not after.startswith(", "):
                continue
            words = after[2:].split()
            if articles:
                # "a Gdansk-based employment agency": the article, not a name, opens it.
                if not words or words[0].casefold() not in articles:
                    continue
                words = words[1:]
            elif not words or not words[0][:1].islower():
                continue
            phrase = []
            for word in words[:APPOSITION_WORDS]:
                stop = _APPOSITION_END.search(word)
                phrase.append(word[: stop.start()] if stop else word)
                if stop:
                    break
            ref = m.ref() if m.type else EntityRef(None, m.name, "organisation")
            found.append((i, ref, words_of(" ".join(phrase))))
    return found


def _last_described(
    words: frozenset[str], described: Sequence[tuple[int, EntityRef, frozenset[str]]], at: int
) -> EntityRef | None:
    """The body last described (up to sentence ``at``) with every one of ``words``."""
    return next((ref for i, ref, told in reversed(described) if i <= at and words <= told), None)


def _known_body(name: str, kb: KnowledgeBase, countries: set[str | None]) -> EntityRef | None:
    """The one organisation the knowledge base knows as ``name``, if it is of no country
    or of one the article names."""
    found = [e for e in kb.lookup(name) if e.type == "organisation"]
    if len(found) != 1 or (found[0].country and f"country/{found[0].country}" not in countries):
        return None
    return EntityRef(found[0].id, found[0].name, found[0].type)


def _country_of_the_places(
    mentions: Sequence[Mention], kb: KnowledgeBase, home: str | None
) -> str | None:
    """The one country other than ``home`` that every known place the sentence names lies
    in, or None (no place, or places of the story's country or of several)."""
    countries = set()
    for m in mentions:
        if m.type == "place" and m.entity_id is not None:
            entity = kb.get(m.entity_id)
            countries.add(f"country/{entity.country}" if entity and entity.country else None)
    if len(countries) != 1:
        return None
    country = countries.pop()
    return country if country != home else None


def scene_country(
    mentions: Sequence[Sequence[Mention]],
    kb: KnowledgeBase,
    home: str | None,
    datelined: frozenset[str] = frozenset(),
) -> str | None:
    """Where the story happens, for the bodies that act there ("police said" in a Miri
    paper's story on Indonesian harvesters is Malaysia's police), where it is not
    ``home``: the country of the place a dateline names (``datelined``: "TSUEN WAN —" in
    a story mostly about Indonesians), else ``_country_of_most_places``; or None."""
    for entity_id in sorted(datelined):
        entity = kb.get(entity_id)
        if entity is None:
            continue
        country = entity_id if entity.type == "country" else f"country/{entity.country}"
        if entity.type == "country" or entity.country:
            return country if country != home else None
    return _country_of_most_places(mentions, kb, home)


def _country_of_most_places(
    mentions: Sequence[Sequence[Mention]], kb: KnowledgeBase, home: str | None
) -> str | None:
    """The one country other than ``home`` that more than half of the article's known
    places (at least ``SCENE_PLACES``) lie in, or None. A dateline's place (a name in
    capitals opening the article: "MIRI —", or a city state's: "HONG KONG, Nov 11") counts
    twice: it says where the story is."""
    counts: dict[str | None, int] = {}
    for k, group in enumerate(mentions):
        for m in group:
            dateline = k == 0 and m is group[0] and m.text.isupper()
            if dateline and m.type == "country" and m.entity_id is not None:
                # "HONG KONG, Nov 11 (…) -", "SINGAPORE —": a city state's dateline.
                counts[m.entity_id] = counts.get(m.entity_id, 0) + 2
            elif m.type == "place" and m.entity_id is not None:
                entity = kb.get(m.entity_id)
                country = f"country/{entity.country}" if entity and entity.country else None
                counts[country] = counts.get(country, 0) + (2 if dateline else 1)
    total = sum(counts.values())
    if total < SCENE_PLACES:
        return None
    country, most = max(counts.items(), key=lambda kv: kv[1])
    return country if country != home and 2 * most > total else None


# The fewest known places that make an article's scene a country.
SCENE_PLACES = 2


def _country_of(ref: EntityRef, kb: KnowledgeBase) -> str | None:
    entity = kb.get(ref.id) if ref.id else None
    return f"country/{entity.country}" if entity and entity.country else None


def _one_body(found: Iterable[EntityRef | None]) -> EntityRef | None:
    """The one body found, or None where none or several are ("polisi": "police" and
    "polri" both the Indonesian National Police)."""
    bodies = {ref.id: ref for ref in found if ref is not None}
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def _latest_holding(words: frozenset[str], earlier: Sequence[EntityRef]) -> EntityRef | None:
    for ref in reversed(earlier):
        if words <= words_of(ref.name):
            return ref
    return None


def _lower_case(name: str) -> bool:
    """Is ``name`` a description, in lower case but perhaps for a sentence's capital first
    letter ("Police in South Sulawesi have named …")?"""
    return (name[:1].lower() + name[1:]).islower()
