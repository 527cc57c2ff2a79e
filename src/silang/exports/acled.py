"""An ACLED-style event table: one row per political-violence or strategic event that the
claims report, in ACLED's column names (the columns are described one by one in
``docs/exports.md``).

Which claims make events: attacks, casualties that name who caused them, deployments,
weapons transfers, agreements, missile launches, arrests, seizures, protests and riots.
Meetings and statements are no ACLED events, and disasters (an earthquake's dead, people
displaced by a flood) are outside ACLED's scope, so they are left out. The claims of one
fact (a claim group) are one event, dated and placed by the earliest claim.

Fatalities follow ACLED's conservative rules: only deaths count (not "killed or wounded",
not the wounded or missing); of several reports the lowest figure is used; a vague or
open-ended figure counts as its smallest value ("more than 1,000" is 1,000, "dozens" the
smallest number the words allow); no figure is 0.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from silang.exports.geo import Gazetteer, Place, claim_place
from silang.model import Article, Claim, ClaimGroup

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "actor2", "country", "iso", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
    "silang_story_id", "silang_fact_id", "silang_claims",
)  # fmt: skip
# (type, subtype) -> (disorder_type, event_type, sub_event_type). ATTACK's sub-event comes
# from the weapons named (see _attack_sub_event).
_EVENT_TYPES: dict[tuple[str, str | None], tuple[str, str, str]] = {
    ("ATTACK", None): ("Political violence", "Battles", "Armed clash"),
    ("CASUALTIES", "killed"): ("Political violence", "Battles", "Armed clash"),
    ("CASUALTIES", "killed_or_wounded"): ("Political violence", "Battles", "Armed clash"),
    ("CASUALTIES", "wounded"): ("Political violence", "Battles", "Armed clash"),
    ("CASUALTIES", "captured"): ("Political violence", "Battles", "Armed clash"),
    ("ATTACK", "riot"): ("Demonstrations", "Riots", "Violent demonstration"),
    ("OTHER", "riot"): ("Demonstrations", "Riots", "Violent demonstration"),
    ("OTHER", "protest"): ("Demonstrations", "Protests", "Peaceful protest"),
    ("DEPLOYMENT", None): ("Strategic developments", "Strategic developments",
                           "Change to group/activity"),
    ("DEPLOYMENT", "additional"): ("Strategic developments", "Strategic developments",
                                   "Change to group/activity"),
    ("WEAPONS_TRANSFER", None): ("Strategic developments", "Strategic developments", "Other"),
    ("AGREEMENT", None): ("Strategic developments", "Strategic developments", "Agreement"),
    ("AGREEMENT", "signed"): ("Strategic developments", "Strategic developments", "Agreement"),
    ("AGREEMENT", "ratified"): ("Strategic developments", "Strategic developments",
                                "Agreement"),
    ("OTHER", "missile_launch"): ("Strategic developments", "Strategic developments", "Other"),
    ("OTHER", "arrested"): ("Strategic developments", "Strategic developments", "Arrests"),
    ("OTHER", "detained"): ("Strategic developments", "Strategic developments", "Arrests"),
    ("OTHER", "raid"): ("Strategic developments", "Strategic developments", "Other"),
    ("OTHER", "seized"): ("Strategic developments", "Strategic developments", "Other"),
}  # fmt: skip
_ATTACK_SUB_EVENTS = (
    (("drone", "serangan udara", "airstrike", "air strike", "pesawat tempur", "jet"),
     "Explosions/Remote violence", "Air/drone strike"),
    (("rudal", "missile", "roket", "rocket", "artileri", "artillery", "shelling", "mortir",
      "mortar", "howitzer"), "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    (("bom", "bomb", "ied", "ranjau", "landmine"), "Explosions/Remote violence",
     "Remote explosive/landmine/IED"),
    (("granat", "grenade"), "Explosions/Remote violence", "Grenade"),
)  # fmt: skip
_PRECISION = {"day": 1, "month": 3, "year": 3}


def event_kind(claim: Claim) -> tuple[str, str, str] | None:
    """(disorder_type, event_type, sub_event_type) of a claim, None when it is no event."""
    kind = _EVENT_TYPES.get((claim.type, claim.subtype)) or (
        _EVENT_TYPES.get((claim.type, None)) if claim.type != "OTHER" else None
    )
    if kind is None or claim.modality not in ("asserted", "reported"):
        return None  # ACLED codes what happened, not what may happen or was denied
    if claim.type == "CASUALTIES" and claim.actor is None:
        return None  # deaths nobody caused in the text: a disaster or an accident
    if kind[1] == "Battles" and claim.type == "ATTACK":
        text = " ".join([*claim.items, claim.evidence.text]).lower()
        for words, event_type, sub in _ATTACK_SUB_EVENTS:
            if re.search(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", text):
                return (kind[0], event_type, sub)
    return kind


def fatalities(claims: Iterable[Claim]) -> int:
    """Deaths by ACLED's conservative rules: the lowest figure of any report of deaths."""
    figures = [
        int(c.quantity.min)
        for c in claims
        if c.type == "CASUALTIES"
        and c.subtype == "killed"
        and c.quantity is not None
        and c.quantity.min is not None
        and c.modality != "denied"
    ]
    return min(figures) if figures else 0


def _event_date(claim: Claim) -> tuple[str | None, int]:
    """The event's day and ACLED time_precision (1 day, 2 around a week, 3 month/year).
    A month or year is dated on its first day; no date at all, on the publication day."""
    if claim.time is not None and claim.time.start:
        start = claim.time.start
        day = start + {4: "-01-01", 7: "-01"}.get(len(start), "")
        return day, _PRECISION.get(claim.time.granularity or "", 3)
    return claim.published, 2


def event_rows(
    facts: Iterable[tuple[ClaimGroup | None, list[Claim]]],
    articles: dict[str, Article],
    gazetteer: Gazetteer,
) -> list[dict[str, Any]]:
    """One ACLED row per fact (a claim group, or a claim no group holds) that is an event."""
    rows = []
    for group, claims in facts:
        kinds = [(c, kind) for c in claims if (kind := event_kind(c)) is not None]
        if not kinds:
            continue
        kinds.sort(key=lambda item: (item[0].published or "", item[0].claim_id))
        eligible = [c for c, _ in kinds]
        first = eligible[0]
        disorder, event_type, sub_event = kinds[0][1]
        date, precision = _event_date(first)
        place: Place | None = next(
            (p for c in eligible if (p := claim_place(c, gazetteer)) is not None), None
        )
        outlets = list(dict.fromkeys(
            c.outlet or (a.outlet if (a := articles.get(c.article_id or "")) else None)
            or c.doc or "?" for c in eligible
        ))  # fmt: skip
        sources = list(dict.fromkeys(c.source.name for c in eligible if c.source))
        rows.append(
            {
                "event_id_cnty": f"SIL{(group.group_id if group else first.claim_id)}",
                "event_date": date,
                "year": int(date[:4]) if date else None,
                "time_precision": precision,
                "disorder_type": disorder,
                "event_type": event_type,
                "sub_event_type": sub_event,
                "actor1": first.actor.name if first.actor else None,
                "actor2": first.recipient.name if first.recipient else None,
                "country": place.country_name if place else None,
                "iso": place.country if place else None,
                "admin1": place.admin1 if place else None,
                "admin2": place.admin2 if place else None,
                "admin3": place.admin3 if place else None,
                "location": place.name if place else None,
                "latitude": place.latitude if place else None,
                "longitude": place.longitude if place else None,
                "geo_precision": place.precision if place else None,
                "source": "; ".join(sources + [o for o in outlets if o not in sources]),
                "notes": _notes(first, date),
                "fatalities": fatalities(eligible),
                "silang_story_id": group.story_id if group else None,
                "silang_fact_id": group.group_id if group else None,
                "silang_claims": ";".join(c.claim_id for c in eligible),
            }
        )
    return rows


def _notes(claim: Claim, date: str | None) -> str:
    """ACLED's notes begin with the date ("On 15 November 2024, …"); then the sentence."""
    if not date:
        return claim.evidence.text
    day = dt.date.fromisoformat(date)
    granularity = claim.time.granularity if claim.time and claim.time.start else None
    when = {
        "day": f"On {day.day} {day:%B %Y}",
        "month": f"In {day:%B %Y}",
        "year": f"In {day.year}",
        None: f"Reported on {day.day} {day:%B %Y}",
    }.get(granularity, f"On {day.day} {day:%B %Y}")
    return f"{when}: {claim.evidence.text}"
