"""Where a claim happened, on a map: coordinates and administrative levels from the
knowledge base's gazetteer, and GeoJSON of the claims that have a place.

Coordinates come from geonames through ``data/places.tsv`` (cities and towns). A region
without coordinates of its own (``Kursk Oblast``, ``Bandung Regency``) is placed at the
town it is named after when the gazetteer has one in the same country, with precision 3
("the region, placed at a town of it"), as ACLED places an event known only by its region
at the region's main town; a country, sea or a region without such a town has no point.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from silang.kb import KnowledgeBase
from silang.kb.entity import Entity
from silang.model import Article, Claim
from silang.report.links import http_url

# geo_precision as ACLED uses it: 1 the place itself, 3 only the region is known.
EXACT, REGION = 1, 3
_ADMIN1_KINDS = frozenset({"province", "region", "state"})
_ADMIN2_KINDS = frozenset({"regency", "district", "county"})
_REGION_WORDS = re.compile(
    r"\s+(Oblast|Regency|Province|Region|Krai|Governorate|Prefecture|District|County|State)$"
)


@dataclass(frozen=True, slots=True)
class Place:
    """A claim's place resolved for a map: name, country, admin levels and a point."""

    entity_id: str
    name: str
    country: str | None = None  # ISO alpha-2
    country_name: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    precision: int | None = None


class Gazetteer:
    """Places of the knowledge base with their coordinates and administrative levels."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._place = functools.lru_cache(maxsize=4096)(self._resolve)

    def place(self, entity_id: str | None) -> Place | None:
        """The place of an entity ID (None for an unknown ID or one that is no place)."""
        if not entity_id:
            return None
        return self._place(entity_id)

    def _resolve(self, entity_id: str) -> Place | None:
        entity = self.kb.get(entity_id)
        if entity is None or entity.type not in ("place", "country"):
            return None
        country = self.kb.get(f"country/{entity.country}") if entity.country else None
        if entity.type == "country":
            return Place(entity.id, entity.name, entity.id.removeprefix("country/"), entity.name)
        levels: dict[str, str | None] = {"admin1": None, "admin2": None, "admin3": None}
        # The places containing this one, nearest first (a regency's province).
        chain = [entity] + [p for a in self.kb.ancestors(entity.id) if (p := self.kb.get(a))]
        for place in chain:
            kind = place.extra.get("kind")
            level = (
                "admin1" if kind in _ADMIN1_KINDS else "admin2" if kind in _ADMIN2_KINDS else None
            )
            if level and levels[level] is None:
                levels[level] = place.name
        point, precision = _point(entity), EXACT
        if point is None:
            point, precision = self._seat(entity), REGION
        return Place(
            entity.id, entity.name, entity.country, country.name if country else None,
            levels["admin1"], levels["admin2"], levels["admin3"],
            point[0] if point else None, point[1] if point else None,
            precision if point else None,
        )  # fmt: skip

    def _seat(self, region: Entity) -> tuple[float, float] | None:
        """The point of the town a region is named after (``Kursk Oblast`` -> Kursk)."""
        if region.extra.get("kind") not in _ADMIN1_KINDS | _ADMIN2_KINDS or not region.country:
            return None
        base = _REGION_WORDS.sub("", region.name)
        for candidate in self.kb.lookup(base):
            if candidate.country == region.country and (point := _point(candidate)):
                return point
        return None


def _point(entity: Entity) -> tuple[float, float] | None:
    lat, lon = entity.extra.get("latitude"), entity.extra.get("longitude")
    return (float(lat), float(lon)) if lat is not None and lon is not None else None


def claim_place(claim: Claim, gazetteer: Gazetteer) -> Place | None:
    """Where a claim happened: its location, else a recipient that is a place."""
    for ref in (claim.location, claim.recipient):
        if ref is not None and ref.id and ref.id.startswith("place/"):
            found = gazetteer.place(ref.id)
            if found is not None:
                return found
    if claim.location is not None:
        return gazetteer.place(claim.location.id)
    return None


def geojson(
    claims: Iterable[tuple[Claim, str | None]],
    articles: dict[str, Article],
    gazetteer: Gazetteer,
) -> dict[str, Any]:
    """A GeoJSON FeatureCollection (RFC 7946): one Point feature per claim whose place
    has coordinates, with the claim's type, figures, date, source, outlet and sentence."""
    from silang.exports.plover import plover_fields

    features = []
    for claim, story_id in claims:
        place = claim_place(claim, gazetteer)
        if place is None or place.latitude is None or place.longitude is None:
            continue
        article = articles.get(claim.article_id or "")
        event = plover_fields(claim)
        q = claim.quantity
        features.append(
            {
                "type": "Feature",
                "id": claim.claim_id,
                # RFC 7946: longitude first.
                "geometry": {"type": "Point", "coordinates": [place.longitude, place.latitude]},
                "properties": {
                    "claim_id": claim.claim_id, "story_id": story_id, "type": claim.type,
                    "subtype": claim.subtype, "plover": event.code,
                    "plover_mode": list(event.modes), "plover_context": list(event.contexts),
                    "place": place.name, "place_id": place.entity_id,
                    "country": place.country_name, "admin1": place.admin1,
                    "admin2": place.admin2, "geo_precision": place.precision,
                    "actor": claim.actor.name if claim.actor else None,
                    "recipient": claim.recipient.name if claim.recipient else None,
                    "quantity_min": q.min if q else None, "quantity_max": q.max if q else None,
                    "quantity_unit": q.unit if q else None,
                    "time": claim.time.start if claim.time else None,
                    "source": claim.source.name if claim.source else None,
                    "outlet": claim.outlet or (article.outlet if article else None),
                    "published": claim.published, "url": http_url(article.url) if article else None,
                    "modality": claim.modality, "evidence": claim.evidence.text,
                },
            }
        )  # fmt: skip
    return {"type": "FeatureCollection", "features": features}
