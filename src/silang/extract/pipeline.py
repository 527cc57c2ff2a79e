"""The per-article analysis: a pure function of (text, publication date, language, KB).

Pure so that the same code runs in one process, a process pool or a Spark executor.

    >>> analyser = Analyser()
    >>> [c.type for c in analyser.analyse("Korut mengirim 1.000 tentara ke Rusia.", "2024-11-01").claims]
    ['DEPLOYMENT']
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections import defaultdict
from collections.abc import Sequence
from itertools import chain
from operator import attrgetter, itemgetter
from typing import Any

from silang.extract.attribution import attribute_sentences
from silang.extract.budget import analysed_text
from silang.extract.claims import ClaimExtractor, SentenceView
from silang.extract.descriptions import resolve_descriptions, scene_country
from silang.extract.mentions import (
    MentionContext,
    bodies_of_the_dateline_country,
    common_words_of,
    find_mentions,
    mission_places,
    missions_in_capitals,
    resolve_mission_references,
    resolve_regional_references,
)
from silang.extract.nationals import with_nationals
from silang.extract.ordinals import ordinal_tolls
from silang.extract.places import (
    places_of_the_story_country,
    resolve_regions,
    story_country,
    without_stray_foreign_places,
)
from silang.extract.quantities import find_quantities, outside_names
from silang.extract.sentences import split_sentences
from silang.extract.times import find_times, parse_published
from silang.extract.tokens import Token, dateline_offset, tokenize
from silang.lang import LanguagePack, load_pack
from silang.model import Analysis, Article, EntityRef, Mention

# Bump when the analysis changes in a way that should re-analyse stored articles.
ANALYSIS_VERSION = 1

# Languages without a pack of their own are read with the closest pack we have.
PACK_FOR_LANGUAGE = {"id": "id", "ms": "id", "jv": "id", "su": "id", "en": "en"}
DEFAULT_LANGUAGE = "id"
# A token's lower-case text (``Token.lower``; by index, which is faster than the name).
_LOWER = itemgetter(1)
_TEXT = itemgetter(0)
_START = attrgetter("char_start")


class Analyser:
    """Holds the knowledge base and language packs; analyses one article at a time."""

    def __init__(self, kb: Any = None) -> None:
        if kb is None:
            from silang.kb import default_kb

            kb = default_kb()
        self.kb = kb
        self._extractors: dict[str, ClaimExtractor] = {}
        self._relays: frozenset[str] | None = None
        # Seconds spent per stage, for the benchmark's breakdown.
        self.timings: dict[str, float] = defaultdict(float)

    @property
    def relays(self) -> frozenset[str]:
        """The knowledge base's news media: they relay what others say (``via``)."""
        if self._relays is None:
            self._relays = frozenset(
                e.id
                for e in self.kb.entities("organisation")
                if e.extra.get("kind") == "news_media"
            )
        return self._relays

    def pack_for(self, lang: str | None) -> LanguagePack:
        return load_pack(PACK_FOR_LANGUAGE.get(lang or DEFAULT_LANGUAGE, DEFAULT_LANGUAGE))

    def analyse_article(self, article: Article) -> Analysis:
        """``analyse`` of a stored or ingested article: its text, date, language and the
        dateline its clean-up took off."""
        dateline = article.meta.get("dateline")
        if not dateline:
            # The three-argument call, as an ``Analyser`` subclass may override it.
            return self.analyse(article.text, article.published, article.lang)
        return self.analyse(article.text, article.published, article.lang, dateline=dateline)

    def analyse(
        self,
        text: str,
        published: str | dt.date | None = None,
        lang: str | None = None,
        dateline: str | None = None,
    ) -> Analysis:
        """Claims, mentions, quantities and times of one clean article text (of its first
        ``MAX_ANALYSED_CHARS`` characters: see ``budget``). ``dateline``: the place the
        dateline the clean-up took off named ("COLOMBO"), if any."""
        text = analysed_text(text)
        pack = self.pack_for(lang)
        day = parse_published(published)
        clock = time.perf_counter
        t0 = clock()
        sentences = split_sentences(text, pack)
        t_sentences = clock()
        # Every stage after mentions reads the same tokens.
        tokens = [tokenize(s.text, s.start) for s in sentences]
        words = [list(map(_LOWER, sentence)) for sentence in tokens]
        t1 = clock()
        context = MentionContext(common=common_words_of(list(map(_TEXT, chain(*tokens)))))
        mentions = []
        for s, sentence_tokens in zip(sentences, tokens, strict=True):
            mentions.append(
                find_mentions(
                    s.text, self.kb, pack, offset=s.start, context=context, tokens=sentence_tokens
                )
            )
        mentions = resolve_regional_references(mentions, pack)
        mentions = resolve_mission_references(mentions, pack)
        mentions = resolve_regions(mentions, self.kb, pack, text)
        home = story_country(mentions, self.kb)
        mentions = missions_in_capitals(mentions, pack, self.kb, home)
        mentions = places_of_the_story_country(mentions, self.kb, home)
        mentions = _unknown_dateline_towns(mentions, tokens)
        datelined = _dateline_places(mentions, tokens)
        mentions = without_stray_foreign_places(
            mentions, self.kb, home, context.common, pack.table("mentions").get("home_country"),
            datelined=datelined,
        )  # fmt: skip
        mentions = bodies_of_the_dateline_country(mentions, tokens, pack, self.kb, dateline)
        t2 = clock()
        quantities = [
            with_nationals(
                outside_names(
                    find_quantities(s.text, pack, offset=s.start, words=words[i])
                    + ordinal_tolls(tokens[i], pack),
                    mentions[i],
                ),
                mentions[i],
                s.text,
                s.start,
                pack,
            )  # fmt: skip
            for i, s in enumerate(sentences)
        ]
        t3 = clock()
        times = [
            find_times(s.text, day, pack, offset=s.start, words=words[i])
            for i, s in enumerate(sentences)
        ]
        t4 = clock()
        extractor = self._extractors.get(pack.code)
        if extractor is None:
            extractor = self._extractors[pack.code] = ClaimExtractor(pack, self.kb)
        affiliations = _affiliations(context)
        attributions = attribute_sentences(
            sentences, mentions, pack, affiliation=affiliations,
            party=extractor.resolver.as_party, tokens=tokens, words=words,
            relays=self.relays, times=times,
        )  # fmt: skip
        home = story_country(mentions, self.kb, settled=True)
        scene = scene_country(mentions, self.kb, home, datelined)
        attributions = resolve_descriptions(
            attributions, mentions, self.kb, home, extractor.lex.described_bodies,
            extractor.lex.description_words, scene=scene,
            texts=[(s.start, s.text) for s in sentences],
        )  # fmt: skip
        t5 = clock()
        views = [
            SentenceView(
                s, tokens[i], mentions[i], quantities[i], times[i], attributions[i], words[i]
            )
            for i, s in enumerate(sentences)
        ]
        claims = extractor.extract(views, affiliations, home, scene)
        t6 = clock()
        for stage, seconds in (
            ("sentences", t_sentences - t0), ("tokens", t1 - t_sentences),
            ("mentions", t2 - t1), ("quantities", t3 - t2), ("times", t4 - t3),
            ("attribution", t5 - t4), ("claims", t6 - t5),
        ):  # fmt: skip
            self.timings[stage] += seconds
        found = [m for group in mentions for m in group]
        # The cities of missions, for the story only (see ``mission_places``).
        cities = mission_places(found, self.kb)
        return Analysis(
            claims=claims,
            mentions=sorted([*found, *cities], key=_START) if cities else found,
            quantities=[q for group in quantities for q in group],
            times=[t for group in times for t in group],
        )


# The opening sentences a dateline may stand in (after a byline or a date line).
DATELINE_SENTENCES = 3


def _dateline_places(
    mentions: Sequence[Sequence[Mention]], tokens: Sequence[Sequence[Token]]
) -> frozenset[str]:
    """The places the dateline of the article's opening sentences names ("TSUEN WAN —")."""
    found: set[str] = set()
    for group, sentence in zip(mentions[:DATELINE_SENTENCES], tokens, strict=False):
        end = dateline_offset(sentence)
        found.update(m.entity_id for m in group if m.entity_id and m.char_start < end)
    return frozenset(found)


def _unknown_dateline_towns(
    mentions: list[list[Mention]], tokens: Sequence[Sequence[Token]]
) -> list[list[Mention]]:
    """A name the knowledge base lacks that opens a dateline before its country
    ("BREMERHAVEN, Germany, May 13 (Nordsee Wire) -") is a town of that country, there
    and wherever the article names it again ("the German port of Bremerhaven")."""
    towns: set[str] = set()
    for group, sentence in zip(mentions[:DATELINE_SENTENCES], tokens, strict=False):
        end = dateline_offset(sentence)
        heads = [m for m in group if m.char_start < end]
        if (
            len(heads) >= 2
            and heads[0].type is None
            and heads[0].how == "unknown"
            and heads[0].char_start == sentence[0].start
            and heads[1].type == "country"
        ):
            towns.add(heads[0].name.casefold())
    if not towns:
        return mentions
    return [
        [
            dataclasses.replace(m, type="place", name=_town_name(m.name))
            if m.type is None and m.how == "unknown" and m.name.casefold() in towns
            else m
            for m in group
        ]
        for group in mentions
    ]


def _town_name(name: str) -> str:
    """A dateline's capitals as a name ("BREMERHAVEN" -> "Bremerhaven")."""
    return name.title() if name.isupper() else name


def _affiliations(context: MentionContext) -> dict[str, EntityRef]:
    """Person name -> the organisation or country their title names."""
    found = getattr(context, "affiliations", None)
    if not found:
        return {}
    return {name: ref if isinstance(ref, EntityRef) else ref.ref() for name, ref in found.items()}


_DEFAULT: Analyser | None = None


def default_analyser() -> Analyser:
    """One shared Analyser per process (the KB is loaded once)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Analyser()
    return _DEFAULT
