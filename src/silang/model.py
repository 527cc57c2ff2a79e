"""The data model every stage shares.

Plain dataclasses (not pydantic) because they are created by the million in the analysis
hot path and must pickle cheaply into worker processes and Spark executors. Each class
round-trips through ``to_dict()`` / ``from_dict()`` in the export format of docs/design.md.

Character offsets are always ``char_start``/``char_end`` into the article's clean text,
except ``Evidence.start``/``Evidence.end``, whose names are part of the public export.
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import asdict, dataclass, field, fields
from dataclasses import field as dataclass_field  # ClaimGroup has a field named "field"
from typing import Any, TypeVar

CLAIM_TYPES = (
    "DEPLOYMENT",
    "WEAPONS_TRANSFER",
    "CASUALTIES",
    "AGREEMENT",
    "MEETING",
    "ATTACK",
    "STATEMENT",
    "OTHER",
)
MODALITIES = ("asserted", "reported", "possible", "denied")
# The currencies the language packs read (their ``units``): an amount in one may be glossed
# or reported in another.
CURRENCIES = frozenset({"IDR", "USD", "EUR"})
# Units of measure the packs read, each with the unit it converts to and the factor: a
# figure in tonnes beside one in kilograms, a flood "40 sentimeter hingga 1,6 meter" deep.
UNIT_SCALES: dict[str, tuple[str, float]] = {
    "kg": ("kg", 1.0), "ton": ("kg", 1000.0), "gram": ("kg", 0.001),
    "m": ("m", 1.0), "km": ("m", 1000.0), "cm": ("m", 0.01), "mm": ("m", 0.001),
    # "some 30 km (16 nautical miles) east of Cape Shiriya": one distance in two units.
    "nautical_mile": ("m", 1852.0), "mile": ("m", 1609.344),
    "m2": ("m2", 1.0), "hectare": ("m2", 10_000.0), "km2": ("m2", 1_000_000.0),
    # "48 hectares (119 acres)": English wires gloss an area in acres.
    "acre": ("m2", 4046.8564224),
    "m3": ("m3", 1.0), "liter": ("liter", 1.0), "kiloliter": ("liter", 1000.0),
}  # fmt: skip
# OTHER subtypes that are events: identified by where and when they happened, compared on
# their time ("the earthquake struck on Monday"), not on who did them.
EVENT_SUBTYPES = frozenset(
    {
        "earthquake",
        "flood",
        "landslide",
        "tornado",
        "lightning_strike",
        "crowd_crush",
        "raid",
        "eruption",
        "sinking",
        "crash",
        "fire",
        "missile_launch",
        "first_case",
        "explosion",
        "gas_leak",
        "lost_contact",
        "emergency_landing",
        "fire_extinguished",
        "fire_controlled",
        "interception",
        "landfall",
        "tsunami_warning",
        "tsunami_warning_lifted",
        "outbreak_declared",
        "collapse",
        "ran_aground",
    }
)
# Events a story has once: reports that date them far apart disagree on one event's date
# (an outbreak's first case on 28 September or on 22 October), never tell two apart.
ONCE_EVENTS = frozenset({"first_case", "outbreak_declared"})
# Claims that say where something is ("780 km di tenggara Kepulauan Chatham"), not what
# happened: no facet of what a story is about.
LOCATING_SUBTYPES = frozenset({"distance"})
# What the police do at any scene ("memasang garis polisi", "memeriksa lima saksi"): no
# facet of which story it is.
SCENE_ROUTINES = frozenset({"police_line", "witnesses_examined", "questioned"})
# Claims that are no facet of a story: they locate, or are routine at any scene.
UNFACETED_SUBTYPES = LOCATING_SUBTYPES | SCENE_ROUTINES
# The dead flown home ("Rohmat's body will be flown home, the ministry said"): news of who
# sends them, not of what happened where; for clustering, the word of the body that tells
# it, as a statement would be.
SENT_AWAY = frozenset({"bodies_repatriated"})
VERDICTS = ("corroborated", "compatible", "conflicting", "single-source")

Number = int | float


def stable_id(*parts: object, length: int = 16) -> str:
    """A short deterministic ID from its parts: ``stable_id("doc", 3) -> '5f0c…'``."""
    digest = hashlib.blake2b("\x1f".join(str(p) for p in parts).encode(), digest_size=16)
    return digest.hexdigest()[:length]


_T = TypeVar("_T")


def _shared(value: _T) -> _T:
    """One copy of a string that many decoded objects repeat (a doc, an outlet, an entity
    ID): a story of a million stored claims is read into memory at once."""
    return sys.intern(value) if isinstance(value, str) else value  # type: ignore[return-value]


def _clean_number(value: Number | None) -> Number | None:
    """Whole floats become ints so that 12000.0 exports as 12000."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


@dataclass(slots=True)
class EntityRef:
    """A pointer to a knowledge-base entity, or to an unresolved name (``id`` None)."""

    id: str | None
    name: str
    type: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> EntityRef | None:
        if not data:
            return None
        return cls(id=_shared(data.get("id")), name=_shared(data["name"]),
                   type=_shared(data.get("type")))  # fmt: skip


@dataclass(slots=True)
class Mention:
    """A span of text that names an entity (resolved or not)."""

    text: str
    char_start: int
    char_end: int
    entity_id: str | None
    name: str
    type: str | None = None
    # How the mention was recognised: alias, acronym, metonym, nationality, title, unknown.
    how: str = "alias"

    def ref(self) -> EntityRef:
        return EntityRef(self.entity_id, self.name, self.type)


@dataclass(slots=True)
class Quantity:
    """A figure as an interval: ``lebih dari 1.000 tentara`` -> min 1000, max None, unit person."""

    min: Number | None
    max: Number | None
    approx: bool = False
    unit: str | None = None
    text: str = ""
    char_start: int = 0
    char_end: int = 0
    # The noun the figure counts, as written ("tentara", "rumah").
    noun: str | None = None
    # Who is counted, where it tells facts apart: "soldier", "civilian", "child" (the
    # packs' ``counted_kinds``); None for people in general and for measures.
    counted: str | None = None
    # The figure adds to an earlier one ("dua jenazah lagi", "four more bodies", "sembilan
    # penumpang lain"): never compared with a total.
    added: bool = False
    # The count rose to the figure ("bertambah menjadi 11 orang", "the toll rose to 41"): an
    # update, later than the same day's lower figures.
    risen: bool = False
    # The figure counts a part of the one before it ("23 injured, three of them with gunshot
    # wounds"): like an increment, never compared with a total.
    part: bool = False
    # The figure is a body's first count, since revised ("APMM semula melaporkan tiga orang
    # tewas", "police initially put the toll at six"): an earlier report, never the same
    # day's figure another is compared with.
    superseded: bool = False
    # The sentence says the figure differs from another body's count ("19 warga, lebih
    # banyak dari angka yang disampaikan kepolisian", "eight, not nine as the KPK said"):
    # a dispute, whatever the days of the two counts.
    disputes: bool = False
    # The country whose citizens the figure counts ("lima WNI", "five Indonesians", "ABK
    # asal Indonesia"): a part of those a figure naming none counts ("eight crew").
    nationals: str | None = None

    def to_dict(self) -> dict[str, Any]:
        found = {
            "min": _clean_number(self.min),
            "max": _clean_number(self.max),
            "approx": self.approx,
            "unit": self.unit,
        }
        if self.noun is not None:
            found["noun"] = self.noun
        if self.counted is not None:
            found["counted"] = self.counted
        if self.added:
            found["added"] = True
        if self.risen:
            found["risen"] = True
        if self.part:
            found["part"] = True
        if self.superseded:
            found["superseded"] = True
        if self.disputes:
            found["disputes"] = True
        if self.nationals is not None:
            found["nationals"] = self.nationals
        return found

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Quantity | None:
        if not data:
            return None
        return cls(
            min=data.get("min"),
            max=data.get("max"),
            approx=bool(data.get("approx", False)),
            unit=_shared(data.get("unit")),
            text=data.get("text", ""),
            noun=_shared(data.get("noun")),
            counted=_shared(data.get("counted")),
            added=bool(data.get("added", False)),
            risen=bool(data.get("risen", False)),
            part=bool(data.get("part", False)),
            superseded=bool(data.get("superseded", False)),
            disputes=bool(data.get("disputes", False)),
            nationals=_shared(data.get("nationals")),
        )


@dataclass(slots=True)
class TimeSpan:
    """When something happened: ISO dates at the granularity the text supports.

    ``start``/``end`` are ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; ``start`` is None when
    the expression is relative and there is no publication date to anchor it.
    """

    start: str | None
    end: str | None = None
    text: str = ""
    granularity: str | None = None  # year | month | day
    char_start: int = 0
    char_end: int = 0
    # The part of the day it names ("Senin sore", "pukul 12.00 WITA", "this morning"): one
    # of ``DAY_PARTS``; two figures of one body on one day are updates when these differ.
    part: str | None = None

    def to_dict(self) -> dict[str, Any]:
        found = {"start": self.start, "end": self.end, "text": self.text}
        if self.part:
            found["part"] = self.part
        return found

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> TimeSpan | None:
        if not data:
            return None
        start = _shared(data.get("start"))
        return cls(
            start=start,
            end=_shared(data.get("end")),
            text=_shared(data.get("text", "")),
            granularity=granularity_of(start),
            part=_shared(data.get("part")),
        )


# The parts of a day, in order (``TimeSpan.part``).
DAY_PARTS = ("dawn", "morning", "midday", "afternoon", "night")


def day_part_of_hour(hour: int) -> str:
    """The part of the day an hour falls in (local time, as datelines give it).

    >>> day_part_of_hour(2), day_part_of_hour(12), day_part_of_hour(17), day_part_of_hour(21)
    ('dawn', 'midday', 'afternoon', 'night')
    """
    if hour < 4:
        return "dawn"
    if hour < 11:
        return "morning"
    if hour < 15:
        return "midday"
    if hour < 18:
        return "afternoon"
    return "night"


def granularity_of(iso: str | None) -> str | None:
    """``'2024'`` -> year, ``'2024-09'`` -> month, ``'2024-09-15'`` -> day."""
    if not iso:
        return None
    return {4: "year", 7: "month", 10: "day"}.get(len(iso))


@dataclass(slots=True)
class Evidence:
    """The sentence a claim rests on, with offsets into the article's clean text."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(slots=True)
class Claim:
    """One typed fact an article states, with who said it and the sentence it rests on."""

    type: str
    evidence: Evidence
    subtype: str | None = None
    actor: EntityRef | None = None
    recipient: EntityRef | None = None
    location: EntityRef | None = None
    quantity: Quantity | None = None
    items: list[str] = field(default_factory=list)
    time: TimeSpan | None = None
    source: EntityRef | None = None
    via: EntityRef | None = None
    modality: str = "asserted"
    plover: str | None = None
    # The location is the place of the event the article reports, which the claim's own
    # sentence does not name ("Dua pekerja tewas" in a report of an attack in Lanny Jaya):
    # shown with the claim, never what tells facts or stories apart (``stated_location``).
    location_implied: bool = False
    # The state or body a person speaking holds office in, as their title in the article
    # names it ("Perdana Menteri Jepang Shigeru Ishiba": Japan): another outlet may give the
    # same statement to the state itself ("Japan expressed serious concern"), so statements
    # meet through it. (A spokesperson of an organisation is already its voice: the claim's
    # source is the organisation, ``attribution._as_source``.)
    speaker_body: EntityRef | None = None
    # Filled in when the claim is attached to a stored article.
    claim_id: str = ""
    doc: str | None = None
    article_id: str | None = None
    outlet: str | None = None
    published: str | None = None

    def attach(self, article: Article, index: int) -> None:
        """Bind the claim to its article and give it a stable ID."""
        self.doc = article.doc
        self.article_id = article.article_id
        self.outlet = article.outlet
        self.published = article.published
        self.claim_id = stable_id(article.article_id, index, self.type, self.evidence.start)

    @property
    def stated_location(self) -> EntityRef | None:
        """The location the claim's own sentence names; None for an implied one."""
        return None if self.location_implied else self.location

    def to_dict(self) -> dict[str, Any]:
        def ref(value: EntityRef | None) -> dict[str, Any] | None:
            return value.to_dict() if value else None

        found: dict[str, Any] = {
            "claim_id": self.claim_id,
            "doc": self.doc,
            "article_id": self.article_id,
            "outlet": self.outlet,
            "published": self.published,
            "type": self.type,
            "subtype": self.subtype,
            "plover": self.plover,
            "actor": ref(self.actor),
            "recipient": ref(self.recipient),
            "location": ref(self.location),
            "quantity": self.quantity.to_dict() if self.quantity else None,
            "items": list(self.items),
            "time": self.time.to_dict() if self.time else None,
            "source": ref(self.source),
            "via": ref(self.via),
            "modality": self.modality,
            "evidence": self.evidence.to_dict(),
        }
        if self.location_implied:
            found["location_implied"] = True
        if self.speaker_body is not None:
            found["speaker_body"] = self.speaker_body.to_dict()
        return found

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        ev = data["evidence"]
        return cls(
            claim_id=data.get("claim_id", ""),
            doc=_shared(data.get("doc")),
            article_id=_shared(data.get("article_id")),
            outlet=_shared(data.get("outlet")),
            published=_shared(data.get("published")),
            type=_shared(data["type"]),
            subtype=_shared(data.get("subtype")),
            plover=_shared(data.get("plover")),
            actor=EntityRef.from_dict(data.get("actor")),
            recipient=EntityRef.from_dict(data.get("recipient")),
            location=EntityRef.from_dict(data.get("location")),
            quantity=Quantity.from_dict(data.get("quantity")),
            items=list(data.get("items") or []),
            time=TimeSpan.from_dict(data.get("time")),
            source=EntityRef.from_dict(data.get("source")),
            via=EntityRef.from_dict(data.get("via")),
            modality=_shared(data.get("modality", "asserted")),
            evidence=Evidence(ev["text"], ev["start"], ev["end"]),
            location_implied=bool(data.get("location_implied", False)),
            speaker_body=EntityRef.from_dict(data.get("speaker_body")),
        )


@dataclass(slots=True)
class Article:
    """A cleaned article and its metadata, as stored."""

    doc: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    lang: str | None = None
    source_path: str | None = None
    duplicate_of: str | None = None
    article_id: str = ""
    content_hash: str = ""
    meta: dict[str, Any] = field(default_factory=dict)

    EXPORT_FIELDS = (
        "article_id", "doc", "url", "outlet", "author", "published", "title",
        "lang", "duplicate_of", "source_path", "text",
    )  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.EXPORT_FIELDS}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass(slots=True)
class Story:
    """A developing story: articles across outlets and days about the same events."""

    story_id: str
    label: str
    docs: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    first_published: str | None = None
    last_published: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"story_id": self.story_id, "label": self.label, "docs": list(self.docs)}


@dataclass(slots=True)
class ClaimGroup:
    """Claims from one story that state the same fact, and the verdict on them."""

    group_id: str
    story_id: str
    key: str
    verdict: str
    field: str | None
    claims: list[str]
    reason: str
    type: str = ""
    subtype: str | None = None
    outlets: list[str] = dataclass_field(default_factory=list)
    sources: list[str] = dataclass_field(default_factory=list)
    independent_sources: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "story_id": self.story_id,
            "key": self.key,
            "verdict": self.verdict,
            "field": self.field,
            "claims": list(self.claims),
            "reason": self.reason,
            "group_id": self.group_id,
            "type": self.type,
            "subtype": self.subtype,
            "outlets": list(self.outlets),
            "sources": list(self.sources),
            "independent_sources": self.independent_sources,
        }


def as_plain(obj: Any) -> Any:
    """Any model object as plain JSON-ready data."""
    if hasattr(obj, "to_dict"):
        return obj.to_dict()
    return asdict(obj)


@dataclass(slots=True)
class Analysis:
    """Everything the per-article analysis found: claims plus the spans they were built from."""

    claims: list[Claim] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    times: list[TimeSpan] = field(default_factory=list)
