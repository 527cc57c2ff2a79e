"""PLOVER event fields beyond the event code, where a claim tells them: the mode (how), the
context (what about) and the actors with their ISO 3166 alpha-3 codes.

The vocabulary is PLOVER's (the PLOVER manual, "Event, Mode, and Context"). Only what a
claim's type, subtype and weapons say is coded; a field the claim does not tell stays
empty, as the manual asks ("if no existing values seem appropriate, the field should be
left null").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pycountry

from silang.model import Claim, EntityRef

# (type, subtype) -> (event code when the claim has none, modes, contexts).
_BY_SUBTYPE: dict[tuple[str, str | None], tuple[str | None, tuple[str, ...], tuple[str, ...]]] = {
    ("DEPLOYMENT", None): ("MOBILIZE", ("troops",), ("military",)),
    ("DEPLOYMENT", "additional"): ("MOBILIZE", ("troops",), ("military",)),
    ("WEAPONS_TRANSFER", None): ("AID", (), ("military",)),
    ("AGREEMENT", None): ("AGREE", (), ("diplomatic",)),
    ("AGREEMENT", "signed"): ("AGREE", (), ("diplomatic",)),
    ("AGREEMENT", "ratified"): ("AGREE", (), ("diplomatic",)),
    ("MEETING", None): ("CONSULT", (), ("diplomatic",)),
    ("ATTACK", None): ("ASSAULT", (), ()),
    ("ATTACK", "riot"): ("PROTEST", ("riot",), ()),
    ("OTHER", "protest"): ("PROTEST", ("demo",), ()),
    ("OTHER", "riot"): ("PROTEST", ("riot",), ()),
    ("OTHER", "arrested"): ("COERCE", ("arrest",), ("crime",)),
    ("OTHER", "detained"): ("COERCE", ("arrest",), ("crime",)),
    ("OTHER", "raid"): ("COERCE", ("seize",), ("crime",)),
    ("OTHER", "sanctions"): ("SANCTION", (), ()),
    ("OTHER", "exercise"): ("MOBILIZE", ("troops",), ("military",)),
    ("OTHER", "released"): ("RETREAT", ("release",), ()),
    ("OTHER", "sentenced"): ("SANCTION", ("convict",), ("legal",)),
    ("OTHER", "court_hearing"): (None, (), ("legal",)),
    ("OTHER", "seized"): ("COERCE", ("seize",), ("crime",)),
    ("OTHER", "charged"): ("ACCUSE", ("allege",), ("legal",)),
    ("OTHER", "suspects_identified"): ("ACCUSE", ("allege",), ("crime",)),
    ("OTHER", "missile_launch"): ("MOBILIZE", ("weapons",), ("military",)),
    ("OTHER", "displaced"): (None, (), ("migration",)),
    **{
        ("OTHER", disaster): (None, (), ("disasters",))
        for disaster in ("earthquake", "flood", "fire", "landslide", "eruption", "crash",
                         "sinking", "rescued", "shelters", "houses_damaged", "houses_flooded",
                         "houses_destroyed", "search_closed", "aboard", "emergency_status",
                         "bridge_collapsed", "isolated", "road_blocked", "road_reopened",
                         "alert_level", "hospitalized")
    },
}  # fmt: skip
# ASSAULT modes from the weapons a claim names (its items and evidence), first match wins.
_ASSAULT_MODES = (
    (("drone", "uav", "nirawak"), "drone"),
    (("jet", "pesawat tempur", "helikopter", "helicopter", "airstrike", "serangan udara",
      "bomber", "pengebom"), "aerial"),
    (("rudal", "missile", "roket", "rocket", "artileri", "artillery", "howitzer", "mortir",
      "mortar", "tank", "koksan", "m1991", "mlrs"), "heavy-weapons"),
    (("bom", "bomb", "ied", "ranjau", "mine", "granat", "grenade"), "explosives"),
    (("senapan", "rifle", "pistol", "menembak", "ditembak", "penembakan", "shot", "gunfire",
      "gunmen"), "firearms"),
)  # fmt: skip
# Whole words only: "gunung" is no gun and "determine" no mine.
_MODE_PATTERNS = tuple(
    (re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b"), mode)
    for words, mode in _ASSAULT_MODES
)
QUAD = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2,
    "RETREAT": 2, "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "SANCTION": 3,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class PloverEvent:
    """A claim's PLOVER coding; ``code`` None when the claim is no PLOVER event."""

    code: str | None
    modes: tuple[str, ...] = ()
    contexts: tuple[str, ...] = ()
    actors: tuple[dict[str, str], ...] = field(default=())
    recipients: tuple[dict[str, str], ...] = field(default=())

    @property
    def quad(self) -> int | None:
        return QUAD.get(self.code or "")


def country_code(ref: EntityRef | None) -> str | None:
    """PLOVER's three-letter code of a country entity (``country/KP`` -> ``PRK``)."""
    if ref is None or not ref.id or not ref.id.startswith("country/"):
        return None
    found = pycountry.countries.get(alpha_2=ref.id.removeprefix("country/"))
    return found.alpha_3 if found is not None else None


def _entity(ref: EntityRef) -> dict[str, str]:
    """A PLOVER entity object: code (countries only), the name, and our ID."""
    entity = {"entity_text": ref.name}
    code = country_code(ref)
    if code:
        entity["code"] = code
    if ref.id:
        entity["identifier_id"] = ref.id
    entity["identifier_text"] = ref.name
    return entity


def plover_fields(claim: Claim) -> PloverEvent:
    """The PLOVER event code, modes, contexts and actors a claim tells."""
    default = _BY_SUBTYPE.get((claim.type, claim.subtype)) or _BY_SUBTYPE.get(
        (claim.type, None), (None, (), ())
    )
    code = claim.plover or default[0]
    if claim.subtype in ("riot", "protest"):
        code = default[0]
    modes = default[1]
    if code == "ASSAULT" and not modes:
        text = " ".join([*claim.items, claim.evidence.text]).lower()
        modes = next(((m,) for pattern, m in _MODE_PATTERNS if pattern.search(text)), ())
    actors = tuple(_entity(r) for r in (claim.actor,) if r is not None)
    recipients = tuple(_entity(r) for r in (claim.recipient,) if r is not None)
    return PloverEvent(code, modes, default[2], actors, recipients)
