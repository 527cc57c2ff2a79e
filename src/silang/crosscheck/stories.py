"""Cluster articles into developing stories, incrementally and without all-pairs work.

An article is described by language-independent features: the entities it resolves
(``e:country/KP``) and the places that contain its places (regency, province), the names
the knowledge base lacks that it repeats (``n:kyaukphyu``), what happened where
(``x:flood@place/ende-regency``) and the facts it claims
(``c:DEPLOYMENT:country/KP:country/RU``). Text MinHash finds copies, not stories (two
outlets' reports of one event share few shingles: docs/libraries.md), so stories are found
on these features instead.

Blocking: each article's rarer features get single min-hash band keys; a new article is
scored only against earlier articles sharing a key with it (the most recent
``max_candidates`` per key): the cost per article is bounded by the candidates, not the
corpus. The Spark engine joins on the same keys.

Scoring: IDF-weighted Dice of the features, discounted by the days between articles (what
happened where faster than who and what: ``story_vectors.EVENT_HALF_LIFE_DAYS``). A new
article joins the story of its best candidate at ``threshold`` (0.20), and every other
candidate at ``merge_threshold`` (0.21) bridges its story into that one (they merge; the
story opened first keeps its ID); otherwise it opens a new story. Adding articles never
re-clusters the corpus. The thresholds were chosen on the labelled stories of the
evaluation sets (`silang eval` prints story pairwise precision and recall).

Incremental: with the store's story index (``StoryIndex``), a run reads only the stored
articles under the new articles' band keys (the most recent ``max_candidates`` per key,
kept in the store) and the stories those are in. Articles posted one at a time then end
in the stories one batch gives, as far as the corpus-wide weights of the day allow: a
stored article keeps the band keys it got when it was indexed, and a story keeps the
label it got when it last changed (``regroup_all`` relabels every story).
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from sys import intern
from typing import Any, NamedTuple, Protocol

from silang.crosscheck.story_vectors import ArticleVectors, BandHasher, Vector
from silang.model import SENT_AWAY, UNFACETED_SUBTYPES, Claim, Story, stable_id

# Entity types that make a story (who and where); weapons and generic orgs help less.
ENTITY_WEIGHT = {
    "person": 1.0, "place": 1.2, "organisation": 0.8, "group": 1.0,
    "military_unit": 1.0, "weapon_system": 0.8, "country": 0.6, None: 0.4,
}  # fmt: skip
CLAIM_WEIGHT = 1.6
# A name the knowledge base lacks, repeated in the article: as telling as a known person.
NAME_WEIGHT = 1.0
# A ship's name ("MV Saffron Bay", "KM Sinar Bahari 7"): one vessel, in one story, whatever
# else the reports share (the hijacking told from the sea, the ransom told from the crew's
# home town).
VESSEL_WEIGHT = 2.0
DEFAULT_THRESHOLD = 0.20
# A new article that scores at least this against an article of another story bridges the
# two: they merge. Higher than the joining threshold, because a merge joins whole stories;
# not much higher: a family's side of a story told from their village (set AB's boat from
# Lombok) scores 0.24 against the rewrite that bridges it to the coast guard's side, and
# the last of three reports of one protest 0.213 against the report of it that alone read
# the police firing tear gas (a claim the others lack, which lowers their Dice).
DEFAULT_MERGE_THRESHOLD = 0.21
# Pseudo-documents added to the corpus size in IDF: a tiny corpus (the two seeds) must not
# make every shared feature look common.
IDF_PRIOR_DOCS = 50
# An article blocks on at least this many of its rarest features (see key_features).
MIN_KEYS = 8


class ClaimFacet(NamedTuple):
    """What clustering reads of a claim: its kind and the IDs of its parties.

    ``target`` is the recipient's ID (None for a recipient with no KB entry), else the
    location's. The store keeps these as columns, so clustering a large corpus never
    decodes whole claims.
    """

    type: str
    subtype: str | None
    actor: str | None
    target: str | None
    # Where it happened (the location's ID), None when unknown or unresolved.
    place: str | None = None

    @classmethod
    def of(cls, claim: Claim) -> ClaimFacet:
        """The facet of a claim; that of the dead sent home is its teller's statement
        (``SENT_AWAY``)."""
        if claim.subtype in SENT_AWAY:
            return cls("STATEMENT", None, _ref_id(claim.actor or claim.source), None)
        place = claim.stated_location
        target = _ref_id(claim.recipient if claim.recipient is not None else place)
        return cls(claim.type, claim.subtype, _ref_id(claim.actor), target, _ref_id(place))

    @classmethod
    def of_claims(cls, claims: Iterable[Claim]) -> list[ClaimFacet]:
        """The facets of an article's claims, but for counts of nought ("tidak ada korban
        jiwa"), which say what did not happen, parts of a count ("11 di Agam dan enam di
        Tanah Datar"), which repeat their whole's fact, distances, which say where, and
        a scene's routine (a police cordon) (``UNFACETED_SUBTYPES``; the store reads the
        same rows)."""
        return [
            cls.of(c)
            for c in claims
            if (c.quantity is None or not (c.quantity.max == 0 or c.quantity.part))
            and c.subtype not in UNFACETED_SUBTYPES
        ]


# A ``ClaimFacet`` as a plain row: (type, subtype, actor ID, target ID, place ID).
FacetRow = tuple[str, str | None, str | None, str | None, str | None]


def _ref_id(ref: Any) -> str | None:
    return ref.id if ref is not None else None


@dataclass(slots=True)
class ArticleFeatures:
    """What clustering knows about one article."""

    article_id: str
    doc: str
    published: dt.date | None
    features: Counter[str]
    duplicate_of: str | None = None


def article_features(
    article_id: str,
    doc: str,
    published: str | None,
    mentions: Iterable[tuple[str | None, str | None]],
    facets: Iterable[FacetRow],
    duplicate_of: str | None = None,
    names: Iterable[str] = (),
    ancestors: Callable[[str], Sequence[str]] | None = None,
    vessels: Iterable[str] = (),
) -> ArticleFeatures:
    """Features from resolved mentions ``(entity_id, type)``, claim facets, the names the
    knowledge base does not know (``vessels``: those of ships, "MV Saffron Bay"), and
    (``ancestors``) the places that contain a place.

    >>> f = article_features("a", "d", "2024-11-15", [("country/KP", "country")], [],
    ...                      names=["Kyaukphyu", "Kyaukphyu", "Pipa"])
    >>> sorted(f.features)
    ['e:country/KP', 'n:kyaukphyu']
    """
    feats: Counter[str] = Counter()
    places: Counter[str] = Counter()
    for entity_id, kind in mentions:
        if entity_id:
            feats[intern("e:" + entity_id)] += 1
            if kind == "place":
                places[entity_id] += 1
    if ancestors is not None:
        # "Karangetang" and "Kabupaten Kepulauan Siau" are one place at regency level: two
        # reports naming a village and its regency share the regency.
        for place, count in list(places.items()):
            for parent in ancestors(place):
                feats[intern("e:" + parent)] += count
                places[parent] += count
    for name, count in _story_names(names).items():
        feats[intern("n:" + name)] += count
    for name, count in _story_names(vessels).items():
        feats[intern("v:" + name)] += count
    claim_facets = [ClaimFacet(*f) for f in facets]
    # "An earthquake in Mamuju", "people killed in Mamuju": disaster follow-ups share few
    # named parties, but they share what happened where. A fact with no place of its own
    # happened at the article's main place.
    main = places.most_common(1)[0][0] if places else None
    for f in claim_facets:
        if f.type not in ("OTHER", "CASUALTIES") or not f.subtype:
            continue
        where = f.place or main
        if where is None:
            continue
        for place in (where, *(ancestors(where) if ancestors is not None else ())):
            feats[intern(f"x:{f.subtype}@{place}")] += 1
    for facet in claim_facets:
        actor = facet.actor or "-"
        target = facet.target or "-"
        feats[intern(f"t:{facet.subtype or facet.type}")] += 1
        # A fact with no parties ("12 orang tewas") is in every disaster story: it says
        # nothing about which story this is.
        if actor != "-" or target != "-":
            feats[intern(f"c:{facet.type}:{actor}:{target}")] += 1
        if facet.type == "OTHER" and facet.subtype and target != "-":
            feats[intern(f"c:{facet.subtype}:{target}")] += 1
    day = dt.date.fromisoformat(published[:10]) if published else None
    return ArticleFeatures(article_id, doc, day, feats, duplicate_of)


# An unknown name counts as a story feature when the article repeats it (a town, a company,
# a local official: "Kyaukphyu" nine times) or it has several words; a capitalised word
# that appears once ("Krisis", "Peta") is more often a heading or a sentence start.
MIN_NAME_CHARS = 4


def _story_names(names: Iterable[str]) -> Counter[str]:
    """Unknown names worth clustering on, case-folded, with their counts.

    >>> dict(_story_names(["Kyaukphyu", "KYAUKPHYU", "Peta", "Tagum Ridge", "AA"]))
    {'kyaukphyu': 2, 'tagum ridge': 1}
    """
    counts = Counter(" ".join(n.split()).casefold() for n in names)
    return Counter(
        {
            name: n
            for name, n in counts.items()
            if len(name) >= MIN_NAME_CHARS and (n >= 2 or " " in name)
        }
    )


def _feature_weight(feature: str, types: dict[str, str | None]) -> float:
    if feature.startswith(("c:", "x:")):
        return CLAIM_WEIGHT
    if feature.startswith("t:"):
        return 0.3
    if feature.startswith("n:"):
        return NAME_WEIGHT
    if feature.startswith("v:"):
        return VESSEL_WEIGHT
    return ENTITY_WEIGHT.get(types.get(feature[2:]), 0.5)


@dataclass(slots=True)
class StoryInputs:
    """What clustering needs from a corpus: each article's features, corpus-wide document
    frequencies, and entity types (for weights)."""

    features: list[ArticleFeatures] = field(default_factory=list)
    df: Counter[str] = field(default_factory=Counter)
    types: dict[str, str | None] = field(default_factory=dict)
    # The places that contain a place (the knowledge base's ``ancestors``), if known.
    ancestors: Callable[[str], Sequence[str]] | None = None
    # ``ancestors`` of each place asked about so far: a corpus names a few thousand places
    # in a hundred thousand articles.
    _places_above: dict[str, Sequence[str]] = field(default_factory=dict, init=False, repr=False)

    def add(
        self,
        article_id: str,
        doc: str,
        published: str | None,
        mentions: list[tuple[str | None, str | None]],
        facets: Sequence[FacetRow],
        duplicate_of: str | None = None,
        names: Sequence[str] = (),
        vessels: Sequence[str] = (),
    ) -> None:
        feats = article_features(
            article_id, doc, published, mentions, facets, duplicate_of, names,
            self._above if self.ancestors is not None else None, vessels,
        )  # fmt: skip
        self.df.update(feats.features.keys())
        for entity_id, kind in mentions:
            if entity_id and entity_id not in self.types:
                self.types[intern(entity_id)] = kind
        self.features.append(feats)

    def _above(self, place: str) -> Sequence[str]:
        found = self._places_above.get(place)
        if found is None:
            assert self.ancestors is not None
            found = self._places_above[place] = self.ancestors(place)
        return found

    def clusterer(self, kb: Any = None) -> StoryClusterer:
        """A clusterer weighted by these inputs; ``kb`` supplies canonical names for labels."""
        names: dict[str, str] = {}
        if kb is not None:
            for entity_id in self.types:
                entity = kb.get(entity_id)
                if entity is not None:
                    names[entity_id] = entity.name
        return StoryClusterer(
            df=self.df, n_docs=len(self.features), entity_types=self.types, names=names
        )


@dataclass(slots=True)
class _StoryState:
    story_id: str
    # When the story was opened, in the order clustering meets articles: of two stories
    # that merge, the earlier one keeps its ID. Stored stories sort by their first article
    # (``stored_order``), before every story opened in this run (``(1, n)``).
    opened: tuple[Any, ...] = (1, 0)
    features: Counter[str] = field(default_factory=Counter)
    # What ``features`` still lacks, in the order it came: a stored story's ID (its
    # members' features, not read yet) or the features of an article that joined after
    # it. A stored story is read whole only when it is labelled (``StoryClusterer.label``):
    # most stories read are those of candidates that no new article joins.
    unread: list[str | Counter[str]] = field(default_factory=list)
    members: list[str] = field(default_factory=list)
    docs: list[str] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)
    first: dt.date | None = None
    last: dt.date | None = None


# A stored article's place in the order clustering meets articles: ``(0, dated,
# published, rowid)``, before every article of the current run (``(1, position)``).
StoredOrder = tuple[int, bool, str, int]


def stored_order(published: str | None, rowid: int) -> StoredOrder:
    """Where a stored article comes in the order clustering meets articles: by publication
    date (undated first, as SQLite sorts NULL), then as stored.

    >>> stored_order(None, 7) < stored_order("2024-01-02", 3) < stored_order("2024-01-02", 4)
    True
    """
    return (0, bool(published), published or "", rowid)


class StoredRow(Protocol):
    """An indexed article as the store gives it back (``store.IndexedArticle``); read only."""

    @property
    def article_id(self) -> str: ...
    @property
    def doc(self) -> str: ...
    @property
    def published(self) -> str | None: ...
    @property
    def rowid(self) -> int: ...
    @property
    def story_id(self) -> str | None: ...
    @property
    def features(self) -> dict[str, int]: ...


class StoryIndex(Protocol):
    """What clustering reads of stories already stored (the store's story index): the
    candidates under a band key, indexed articles and stories, feature counts."""

    def story_block(self, band_key: int) -> list[tuple[str, int, str]]: ...

    def indexed_articles(self, article_ids: Iterable[str]) -> Sequence[StoredRow]: ...

    def story_members_indexed(self, story_id: str) -> Sequence[StoredRow]: ...

    def story_member_features(self, story_id: str) -> Iterable[dict[str, int]]: ...

    def stories_of(self, article_ids: Iterable[str]) -> dict[str, str]: ...

    def feature_counts(self, features: Iterable[str]) -> dict[str, int]: ...

    def entity_kinds(self, entity_ids: Iterable[str]) -> dict[str, str | None]: ...


# A block entry: (published, '' when unknown; rowid; article ID).
BlockRef = tuple[str, int, str]


def merged_blocks(
    stored: dict[int, list[BlockRef]], added: dict[int, list[BlockRef]], limit: int
) -> tuple[list[tuple[int, str, int, str]], list[tuple[int, str, int]]]:
    """The rows to add to and remove from the block table so that each key keeps its
    ``limit`` most recent articles of the stored ones and the ``added`` ones.

    >>> merged_blocks({1: [("2024-01-01", 1, "a")]}, {1: [("2024-01-02", 2, "b")]}, 1)
    ([(1, '2024-01-02', 2, 'b')], [(1, '2024-01-01', 1)])
    """
    insert: list[tuple[int, str, int, str]] = []
    remove: list[tuple[int, str, int]] = []
    for key, new in added.items():
        old = stored.get(key, [])
        kept = set(heapq.nlargest(limit, set(old) | set(new)))
        remove.extend((key, ref[0], ref[1]) for ref in old if ref not in kept)
        insert.extend((key, *ref) for ref in new if ref in kept and ref not in old)
    return insert, remove


class StoryClusterer:
    """Assigns articles to stories one at a time (single link over LSH candidates).

    A new article is compared with the earlier articles it shares a band key with (at
    most ``max_candidates`` per key, the most recent), by IDF-weighted Dice similarity of
    their features, discounted by the time between them; it joins the story of the best
    one at or above ``threshold`` (the earliest on a tie), else opens a new story. ``df``
    (documents per feature) and ``n_docs`` give the IDF weights: pass corpus-wide counts
    so that ubiquitous entities (Indonesia in Indonesian news) weigh little.

    A feature's weight does not depend on the article, so an article is kept as the
    sorted IDs of its weighted features, and a new article is scored against all its
    candidates at once with numpy.

    With an ``index`` (the store's story index), stored articles and stories are read
    only when a new article meets them: its candidates under each band key are the
    stored ones the index keeps for that key, then those of this run, the most recent
    ``max_candidates`` of them, as if every stored article had been added before this
    run's; a candidate's story is read whole (its members and their features). ``df``
    and ``entity_types`` must then hold the counts of this run's features; those of
    stored articles are read as they are met.
    """

    def __init__(
        self,
        *,
        df: Counter[str] | None = None,
        n_docs: int = 0,
        entity_types: dict[str, str | None] | None = None,
        threshold: float = DEFAULT_THRESHOLD,
        merge_threshold: float = DEFAULT_MERGE_THRESHOLD,
        hasher: BandHasher | None = None,
        names: dict[str, str] | None = None,
        max_candidates: int = 12,
        index: StoryIndex | None = None,
        kb: Any = None,
    ) -> None:
        self.df: Counter[str] = df if df is not None else Counter()
        self.n_docs = n_docs
        self.types = entity_types or {}
        self.threshold = threshold
        self.merge_threshold = max(merge_threshold, threshold)
        self.hasher = hasher or BandHasher()
        self.max_candidates = max_candidates
        self.stories: dict[str, _StoryState] = {}
        self.by_band: dict[int, list[int]] = defaultdict(list)
        self.story_of: dict[str, str] = {}
        self.names = names or {}
        # Feature -> ID in the vectors' table; -1 for a feature that is not scored.
        self._vocabulary: dict[str, int] = {}
        self.vectors = ArticleVectors()
        # Story of each indexed article, by position; position of each article.
        self._story_at: list[str] = []
        self._position: dict[str, int] = {}
        # Stories merged into another: old ID -> the ID it now has.
        self.merged: dict[str, str] = {}
        self._next_opened = 0
        # Where each indexed article comes in the order clustering met them, by position.
        self._order: list[tuple[Any, ...]] = []
        self.index = index
        self.kb = kb
        # The stored story of every stored article read (before this run).
        self.prior: dict[str, str] = {}
        # Each band key's stored block, as read; features whose counts are known.
        self.blocks: dict[int, list[BlockRef]] = {}
        self._known: set[str] = set(self.df) if index is not None else set()
        # No stored block has anything: skip reading them (the first run on a store).
        self.blocks_empty = False
        # The band keys of each article of this run that was indexed (with an ``index``).
        self.article_keys: dict[str, array[int]] = {}

    def idf(self, feature: str) -> float:
        n = self.n_docs + IDF_PRIOR_DOCS
        return math.log(n / (self.df.get(feature, 0) + 1))

    def weight(self, feature: str) -> float:
        """A feature's weight: its IDF times the weight of its kind."""
        return self.idf(feature) * _feature_weight(feature, self.types)

    def weights(self, article: ArticleFeatures) -> tuple[dict[str, float], float]:
        w = {f: self.weight(f) for f in article.features if self.scored(f)}
        return w, sum(w.values())

    def scored(self, feature: str) -> bool:
        """Does the feature count in similarity? Event kinds alone (``t:``) do not, nor a
        name no other article of the corpus has: it could only dilute the score."""
        if feature.startswith("t:"):
            return False
        return not feature.startswith(("n:", "v:")) or self.df.get(feature, 0) >= 2

    def key_features(self, feats: Counter[str]) -> list[str]:
        """The features worth blocking on: those in at most a third of the corpus, and at
        least the article's MIN_KEYS rarest ones (in a small corpus about one event, every
        telling feature is in most articles). A common key costs little: its bucket keeps
        only the most recent ``max_candidates`` articles."""
        limit = max(3, self.n_docs / 3)
        ranked = sorted(
            (f for f in feats if not f.startswith("t:")), key=lambda f: (self.df.get(f, 0), f)
        )
        rare = [f for f in ranked if self.df.get(f, 0) <= limit]
        return ranked[: max(len(rare), MIN_KEYS)]

    def _vector(self, article: ArticleFeatures) -> Vector:
        """The article's vector (new features get an ID and their weight)."""
        return self.vectors.vector(*self._feature_ids(article))

    def _feature_ids(self, article: ArticleFeatures) -> tuple[list[int], int]:
        """The article's scored feature IDs (new features get an ID and their weight) and
        its day ordinal (-1: undated): ``ArticleVectors.vector``'s arguments."""
        ids = []
        vocabulary = self._vocabulary
        for f in article.features:
            fid = vocabulary.get(f)
            if fid is None:
                scored = self.scored(f)
                fid = vocabulary[f] = (
                    self.vectors.add_named_feature(f, self.weight(f)) if scored else -1
                )
            if fid >= 0:
                ids.append(fid)
        day = article.published.toordinal() if article.published else -1
        return ids, day

    def similarity(self, a: ArticleFeatures, b_id: str) -> float:
        """Weighted Dice of an article and an indexed one, discounted by the days between.

        >>> c = StoryClusterer(df=Counter({"e:place/x": 1}), n_docs=10)
        >>> feats = article_features("a", "d", "2024-11-15", [("place/x", "place")], [])
        >>> c.add_existing("s", feats)
        >>> round(c.similarity(feats, "a"), 3)
        1.0
        """
        import numpy as np

        return float(self.vectors.scores(self._vector(a), np.array([self._position[b_id]]))[0])

    def add_existing(self, story_id: str, article: ArticleFeatures) -> None:
        """Put an article into a known story (restoring stored assignments)."""
        state = self.stories.get(story_id)
        if state is None:
            state = self.stories[story_id] = _StoryState(story_id, opened=self._opened())
        self._join(state, article)

    def assign(self, article: ArticleFeatures) -> str:
        """The story the article belongs to (existing or new). An article that links to
        articles of several stories merges them (``merged`` records what went where)."""
        if article.duplicate_of and self._story_of(article.duplicate_of) is not None:
            state = self.stories[self.story_of[article.duplicate_of]]
            self._join(state, article, index=False)
            return state.story_id
        keys = self.hasher.band_keys(self.key_features(article.features))
        buckets = self.by_band
        if self.index is None or self.blocks_empty:
            candidates: set[int] = set().union(*[buckets[k] for k in keys if k in buckets])
        else:
            candidates = self._with_stored(keys)
        vector: Vector | None = None
        links: list[int] = []
        # An article with no candidate (the first of a new store) is indexed without its
        # vector, which numpy makes when an article is first scored (ArticleVectors).
        if candidates:
            import numpy as np

            vector = self._vector(article)
            order = self._order
            in_order = np.array(sorted(candidates, key=order.__getitem__), dtype=np.int64)
            links = self.vectors.links_in_order(
                vector, in_order, self.threshold, self.merge_threshold
            )
        if links:
            state = self.stories[self._story_at[links[0]]]
        else:
            story_id = stable_id("story", article.article_id)
            state = self.stories[story_id] = _StoryState(story_id, opened=self._opened())
        self._join(state, article, keys=keys, vector=vector)
        for position in links[1:]:
            other = self.stories[self._story_at[position]]
            if other is not state:
                state = self._merge(state, other)
        return state.story_id

    # -- stored stories ----------------------------------------------------------------

    def _story_of(self, article_id: str) -> str | None:
        """The story an article is in (read from the index for a stored one)."""
        found = self.story_of.get(article_id)
        if found is None and self.index is not None:
            stored = self.index.stories_of([article_id]).get(article_id)
            if stored is not None:
                self._load_story(stored)
                found = self.story_of.get(article_id)
        return found

    def _with_stored(self, keys: Sequence[int]) -> set[int]:
        """Candidates under each key: the stored block, then this run's bucket, the most
        recent ``max_candidates``."""
        assert self.index is not None
        blocks = []
        for key in keys:
            block = self.blocks.get(key)
            if block is None:
                block = self.blocks[key] = self.index.story_block(key)
            blocks.append(block)
        unread = {ref[2] for block in blocks for ref in block if ref[2] not in self._position}
        if unread:
            self._load_articles(unread)
        candidates: set[int] = set()
        position = self._position
        for key, block in zip(keys, blocks, strict=True):
            bucket = [position[ref[2]] for ref in block if ref[2] in position]
            bucket.extend(self.by_band.get(key, ()))
            candidates.update(bucket[-self.max_candidates :])
        return candidates

    def _know(self, features: Iterable[str]) -> None:
        """Read the counts (and entity types) of features met for the first time."""
        assert self.index is not None
        known = self._known
        missing = [f for f in dict.fromkeys(features) if f not in known]
        if not missing:
            return
        known.update(missing)
        counts = self.index.feature_counts(missing)
        for feature in missing:
            self.df[feature] = counts.get(feature, 0)
        entities = [f[2:] for f in missing if f.startswith("e:") and f[2:] not in self.types]
        for entity_id, kind in self.index.entity_kinds(entities).items():
            self.types[entity_id] = kind
            self._add_name(entity_id)

    def _add_name(self, entity_id: str) -> None:
        if self.kb is not None and entity_id not in self.names:
            entity = self.kb.get(entity_id)
            if entity is not None:
                self.names[entity_id] = entity.name

    def _load_articles(self, article_ids: Iterable[str]) -> None:
        """Index stored articles met as candidates (and read their stories)."""
        assert self.index is not None
        rows = [r for r in self.index.indexed_articles(article_ids) if r.story_id is not None]
        self._know(f for row in rows for f in row.features)
        for row in rows:
            assert row.story_id is not None
            self._load_story(row.story_id)
            state = self.stories.get(self.current(row.story_id))
            if state is None:
                continue
            day = dt.date.fromisoformat(row.published[:10]) if row.published else None
            feats = ArticleFeatures(row.article_id, row.doc, day, Counter(row.features))
            position = self.vectors.append_ids(*self._feature_ids(feats))
            self._order.append(stored_order(row.published, row.rowid))
            self._story_at.append(state.story_id)
            self._position[row.article_id] = position
            state.positions.append(position)

    def load_stories(self, story_ids: Iterable[str]) -> None:
        """Read stored stories whole (those not read yet), e.g. to label them all again."""
        for story_id in story_ids:
            self._load_story(story_id)

    def _load_story(self, story_id: str) -> None:
        """Read a stored story (once): its members, in the order clustering meets them.
        Their features, which only its label needs, are read if it is labelled
        (``_read_features``)."""
        assert self.index is not None
        if story_id in self.stories or story_id in self.merged:
            return
        members = self.index.story_members_indexed(story_id)
        if not members:
            return
        first = members[0]
        state = self.stories[story_id] = _StoryState(
            story_id, opened=stored_order(first.published, first.rowid), unread=[story_id]
        )
        for row in members:
            state.members.append(row.article_id)
            state.docs.append(row.doc)
            if row.published:
                day = dt.date.fromisoformat(row.published[:10])
                if state.first is None or day < state.first:
                    state.first = day
                if state.last is None or day > state.last:
                    state.last = day
            self.story_of[row.article_id] = story_id
            self.prior[row.article_id] = story_id

    def keys_of(self, article_id: str) -> list[int]:
        """The band keys an article of this run was indexed under (none for a copy that
        joined its original's story)."""
        keys = self.article_keys.get(article_id)
        return [] if keys is None else keys.tolist()

    def new_blocks(self, refs: dict[str, BlockRef]) -> dict[int, list[BlockRef]]:
        """This run's articles under each band key (the most recent ``max_candidates``),
        as block entries; ``refs`` gives each article's entry."""
        by_article = {position: aid for aid, position in self._position.items()}
        return {
            key: [refs[by_article[p]] for p in bucket if by_article[p] in refs]
            for key, bucket in self.by_band.items()
        }

    def current(self, story_id: str) -> str:
        """The ID a story has now (a merged story's ID is that of the story it joined)."""
        while story_id in self.merged:
            story_id = self.merged[story_id]
        return story_id

    def _opened(self) -> tuple[int, int]:
        self._next_opened += 1
        return (1, self._next_opened)

    def _merge(self, a: _StoryState, b: _StoryState) -> _StoryState:
        """One story of two: the earlier opened keeps its ID and takes the other's articles."""
        keep, gone = (a, b) if a.opened <= b.opened else (b, a)
        if keep.unread:
            keep.unread.extend([gone.features, *gone.unread])
        else:
            keep.features.update(gone.features)
            keep.unread = list(gone.unread)
        keep.members.extend(gone.members)
        keep.docs.extend(gone.docs)
        keep.positions.extend(gone.positions)
        for day in (gone.first, gone.last):
            if day is not None:
                keep.first = day if keep.first is None else min(keep.first, day)
                keep.last = day if keep.last is None else max(keep.last, day)
        for article_id in gone.members:
            self.story_of[article_id] = keep.story_id
        for position in gone.positions:
            self._story_at[position] = keep.story_id
        del self.stories[gone.story_id]
        self.merged[gone.story_id] = keep.story_id
        return keep

    def _join(
        self,
        state: _StoryState,
        article: ArticleFeatures,
        *,
        keys: Sequence[int] | None = None,
        vector: Vector | None = None,
        index: bool = True,
    ) -> None:
        if state.unread:
            state.unread.append(article.features)
        else:
            state.features.update(article.features)
        state.members.append(article.article_id)
        state.docs.append(article.doc)
        day = article.published
        if day is not None:
            if state.first is None or day < state.first:
                state.first = day
            if state.last is None or day > state.last:
                state.last = day
        self.story_of[article.article_id] = state.story_id
        if index:
            position = (
                self.vectors.append(vector)
                if vector is not None
                else self.vectors.append_ids(*self._feature_ids(article))
            )
            self._order.append((1, position))
            self._story_at.append(state.story_id)
            self._position[article.article_id] = position
            state.positions.append(position)
            if keys is None:
                keys = self.hasher.band_keys(self.key_features(article.features))
            if self.index is not None:
                self.article_keys[article.article_id] = array("q", keys)
            for key in keys:
                bucket = self.by_band[key]
                bucket.append(position)
                # Only the most recent max_candidates are compared: keep no more.
                if len(bucket) > self.max_candidates:
                    del bucket[0]

    def label(self, story_id: str) -> str:
        """A readable label: the main actors and places, then the main event types."""
        state = self.stories[story_id]
        self._read_features(state)
        weights: defaultdict[str, float] = defaultdict(float)
        for feature, count in state.features.items():
            if feature.startswith("e:"):
                weights[feature[2:]] += (
                    count * self.idf(feature) * _feature_weight(feature, self.types)
                )
        events: Counter[str] = Counter()
        for feature, count in state.features.items():
            if feature.startswith("t:"):
                events[feature[2:]] += count
        # What Counter.most_common(3) does, for float weights.
        top = heapq.nlargest(3, weights.items(), key=itemgetter(1))
        names = [self.names.get(e, e) for e, _ in top]
        kinds = [k.replace("_", " ").lower() for k, _ in events.most_common(3)]
        who = ", ".join(names) if names else "story"
        return f"{who}: {', '.join(kinds)}" if kinds else who

    def _read_features(self, state: _StoryState) -> None:
        """Complete a story's features: the stored stories' read, and the articles' that
        joined after them added in the order they came (``Counter`` keeps the order in
        which features first came, which breaks ties between labels' words)."""
        if not state.unread:
            return
        assert self.index is not None
        for part in state.unread:
            if isinstance(part, str):
                members = list(self.index.story_member_features(part))
                self._know(f for features in members for f in features)
                for features in members:
                    state.features.update(features)
            else:
                state.features.update(part)
        state.unread = []

    def to_stories(self, story_ids: Iterable[str] | None = None) -> list[Story]:
        """The stories (those of ``story_ids`` only, when given), in the order they were
        opened."""
        states = list(self.stories.values())
        if story_ids is not None:
            wanted = set(story_ids)
            states = [s for s in states if s.story_id in wanted]
        states.sort(key=lambda s: s.opened)
        return [
            Story(
                story_id=s.story_id,
                label=self.label(s.story_id),
                docs=list(s.docs),
                article_ids=list(s.members),
                first_published=s.first.isoformat() if s.first else None,
                last_published=s.last.isoformat() if s.last else None,
            )
            for s in states
        ]
