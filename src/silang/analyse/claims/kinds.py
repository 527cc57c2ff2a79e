"""What the claim types are, independent of language: PLOVER codes, which mentions can
be parties or places, and the units each type or subtype counts."""

from __future__ import annotations

PLOVER = {
    "DEPLOYMENT": "MOBILIZE",
    "WEAPONS_TRANSFER": "AID",
    "CASUALTIES": "ASSAULT",
    "AGREEMENT": "AGREE",
    "MEETING": "CONSULT",
    "ATTACK": "ASSAULT",
    "STATEMENT": "ACCUSE",
    "OTHER": None,
}
PARTY_TYPES = frozenset({"country", "organisation", "group", "military_unit", "person"})
PLACE_TYPES = frozenset({"place", "country"})
# Figures that count people, per claim type; other types take any countable unit.
PERSON_TYPES = frozenset({"DEPLOYMENT", "CASUALTIES"})
COUNT_UNITS_BY_SUBTYPE = {
    "houses_damaged": {"house", "building", "unit", None},
    "houses_flooded": {"house", "building", "unit", None},
    "displaced": {"person", "household", None},
    "aid": {"IDR", "USD", "EUR", "ton", "kg", "liter", "item", "unit", "vehicle", None},
    "seized": {"ton", "kg", "gram", "liter", "item", "unit", "IDR", "USD", None},
    "protest": {"person", None},
    "shelters": {"item", "unit", "village", None},
    "suspects_identified": {"person", None},
    "rescued": {"person", None},
    "arrested": {"person", None},
    "aboard": {"person", None},
    "earthquake": {"magnitude"},
    "missile_launch": {"km"},
    "altitude": {"km", "m"},
}
# Units of things counted (as opposed to measures like km or mm).
VESSEL_UNITS = frozenset({"vessel", "aircraft", "unit", None})
COUNT_UNITS = frozenset(
    {"person", "household", "house", "building", "vehicle", "unit", "IDR", "USD", "hectare"}
)
EVENT_SUBTYPES = frozenset(
    {"earthquake", "flood", "landslide", "eruption", "sinking", "crash", "fire", "missile_launch"}
)
NOT_COUNTS = frozenset({
    "mm", "km", "m", "cm", "percent", "year", "day", "month", "week", "hour", "time", "hectare",
    "kg", "ton", "liter", "IDR", "USD", "magnitude",
})  # fmt: skip
