"""Group a story's claims into facts and judge each fact across outlets.

A fact's key is (type, subtype, actor, counterpart): "troops North Korea deployed to
Russia", "the North Korea–Russia agreement signed". A claim whose actor or counterpart
is missing joins the one group that agrees with it on the rest.

Each type is compared on its field: quantity (DEPLOYMENT, CASUALTIES, most OTHER),
items (WEAPONS_TRANSFER, weapon by weapon), time (AGREEMENT, MEETING, ATTACK, events).
Verdicts:

* ``conflicting``: two values that cannot both be true for the same fact (disjoint
  figures as of the same day, dates that exclude each other), or a denial against a report;
* ``corroborated``: the same value from two or more outlets;
* ``compatible``: values that can all be true (overlapping ranges, a vague lower bound,
  a month inside a year, a figure that rose between an earlier and a later report);
* ``single-source``: one outlet only.

Outlets are not sources: two outlets repeating an NIS report are one primary source.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from silang.model import Claim, ClaimGroup, Quantity, TimeSpan, stable_id

FIELD_BY_TYPE = {
    "DEPLOYMENT": "quantity",
    "CASUALTIES": "quantity",
    "WEAPONS_TRANSFER": "items",
    "AGREEMENT": "time",
    "MEETING": "time",
    "ATTACK": "time",
    "STATEMENT": None,
    "OTHER": "quantity",
}
# Claims that are not facts to cross-check (who said something): grouping skips them.
UNGROUPED_TYPES = frozenset({"STATEMENT"})
EVENT_SUBTYPES = frozenset(
    {"earthquake", "flood", "eruption", "sinking", "crash", "fire", "missile_launch"}
)
# Types whose two parties have no direction (an agreement between A and B = between B and A).
SYMMETRIC = frozenset({"AGREEMENT", "MEETING"})
# Running figures (tolls, displaced, damaged houses, troops sent) change between reports: a
# different figure on a different day is a timeline, not a contradiction. Everything else
# (people aboard a ferry, a quake's magnitude, a crowd's size) is one value per event.
RUNNING_TYPES = frozenset({"CASUALTIES", "DEPLOYMENT"})
RUNNING_SUBTYPES = frozenset(
    {"displaced", "houses_damaged", "houses_flooded", "evacuated", "arrested", "missing"}
)
# Types where the same parties can be in several events (two attacks, two meetings): dates
# more than SAME_EVENT_DAYS apart are different events, not a conflict about one event.
REPEATABLE = frozenset({"ATTACK", "MEETING"})
SAME_EVENT_DAYS = 7
# Two countries sign many agreements over the years: signings more than a year apart are two
# agreements (the 2006 Lombok Treaty and a 2024 defence pact), while reports months apart
# about one signing (September vs June) are a conflict.
SAME_AGREEMENT_DAYS = 366


@dataclass(slots=True)
class _Fact:
    key: tuple[str, str | None, str | None, str | None]
    claims: list[Claim]


def group_claims(story_id: str, claims: Sequence[Claim]) -> list[ClaimGroup]:
    """The claim groups of one story, conflicts first."""
    facts = [
        event
        for fact in _facts([c for c in claims if c.type not in UNGROUPED_TYPES])
        for event in _split_events(fact)
    ]
    groups = [_judge(story_id, fact) for fact in facts]
    order = {"conflicting": 0, "corroborated": 1, "compatible": 2, "single-source": 3}
    groups.sort(key=lambda g: (order[g.verdict], g.key))
    return groups


# -- grouping --------------------------------------------------------------------------


def _party(ref: object) -> str | None:
    return getattr(ref, "id", None) or (getattr(ref, "name", None) if ref else None)


def _key(claim: Claim) -> tuple[str, str | None, str | None, str | None]:
    actor = _party(claim.actor)
    other = _party(claim.recipient)
    if claim.type in SYMMETRIC and actor and other:
        actor, other = sorted((actor, other))
    subtype = claim.subtype
    if claim.type == "OTHER" and subtype in EVENT_SUBTYPES:
        # An event is identified by where it happened, not by who did it.
        actor, other = None, _party(claim.location)
    return (claim.type, subtype, actor, other)


def _facts(claims: Sequence[Claim]) -> list[_Fact]:
    full: dict[tuple, _Fact] = {}
    partial: list[Claim] = []
    for claim in claims:
        key = _key(claim)
        if (
            key[2] is None
            and key[3] is None
            and claim.type not in ("OTHER",)
            or key[2] is None
            or key[3] is None
        ):
            partial.append(claim)
        else:
            full.setdefault(key, _Fact(key, [])).claims.append(claim)
    # Facts by (type, subtype): a partial claim looks only at facts of its own kind.
    by_kind: dict[tuple[str, str | None], list[_Fact]] = {}
    for k, fact in full.items():
        by_kind.setdefault((k[0], k[1]), []).append(fact)
    for claim in partial:
        key = _key(claim)
        matches = [
            fact for fact in by_kind.get((key[0], key[1]), ())
            if (key[2] is None or key[2] in (fact.key[2], fact.key[3]))
            and (key[3] is None or key[3] in (fact.key[2], fact.key[3]))
        ]  # fmt: skip
        if len(matches) == 1:
            matches[0].claims.append(claim)
        else:
            fact = full.get(key)
            if fact is None:
                fact = full[key] = _Fact(key, [])
                by_kind.setdefault((key[0], key[1]), []).append(fact)
            fact.claims.append(claim)
    return list(full.values())


def _split_events(fact: _Fact) -> list[_Fact]:
    """Split a repeatable fact into events whose dates lie within SAME_EVENT_DAYS
    (agreements: SAME_AGREEMENT_DAYS)."""
    ctype, subtype = fact.key[0], fact.key[1]
    if ctype == "AGREEMENT":
        window = SAME_AGREEMENT_DAYS
    elif ctype in REPEATABLE or (ctype == "OTHER" and subtype in EVENT_SUBTYPES):
        window = SAME_EVENT_DAYS
    else:
        return [fact]
    dated = sorted(
        (c for c in fact.claims if c.time and c.time.start), key=lambda c: _span(c.time)[0]
    )  # type: ignore[arg-type]
    undated = [c for c in fact.claims if not (c.time and c.time.start)]
    if len(dated) < 2:
        return [fact]
    events: list[list[Claim]] = [[dated[0]]]
    last_end = _span(dated[0].time)[1]  # type: ignore[arg-type]
    for claim in dated[1:]:
        start, end = _span(claim.time)  # type: ignore[arg-type]
        if _days_between(last_end, start) > window:
            events.append([claim])
            last_end = end
        else:
            events[-1].append(claim)
            last_end = max(last_end, end)
    if len(events) == 1:
        return [fact]
    # Undated mentions go with the most reported event.
    max(events, key=len).extend(undated)
    return [
        _Fact((*fact.key[:3], fact.key[3]), group)
        if i == 0
        else _Fact((ctype, subtype, fact.key[2], f"{fact.key[3]}@{_span(group[0].time)[0]}"), group)  # type: ignore[arg-type]
        for i, group in enumerate(events)
    ]


def _days_between(a: str, b: str) -> int:
    import datetime as dt

    try:
        return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days
    except ValueError:
        return 0


# -- judging ---------------------------------------------------------------------------


def _outlet(claim: Claim) -> str:
    """Outlet name; an article with none counts as its own outlet."""
    return claim.outlet or f"doc:{claim.doc}"


def _source(claim: Claim) -> str:
    """The primary source: the named body, else the outlet speaking in its own voice."""
    if claim.source is not None:
        return claim.source.name
    return _outlet(claim)


def _judge(story_id: str, fact: _Fact) -> ClaimGroup:
    claims = fact.claims
    ctype, subtype = fact.key[0], fact.key[1]
    field_name = FIELD_BY_TYPE.get(ctype)
    if ctype == "OTHER" and subtype in EVENT_SUBTYPES:
        field_name = "time"
    outlets = sorted({_outlet(c) for c in claims})
    sources = sorted({_source(c) for c in claims})
    base = dict(
        group_id=stable_id(story_id, *fact.key),
        story_id=story_id,
        key=_describe(fact),
        field=field_name,
        claims=[c.claim_id for c in claims],
        type=ctype,
        subtype=subtype,
        outlets=outlets,
        sources=sources,
        independent_sources=len(sources),
    )
    denial = _denial_conflict(claims)
    if denial:
        return ClaimGroup(verdict="conflicting", reason=denial, **{**base, "field": "modality"})
    asserted = [c for c in claims if c.modality != "possible"]
    if field_name == "quantity":
        # The extractor only attaches figures whose unit fits the type.
        verdict, reason = _judge_quantities(
            [c for c in asserted if c.quantity is not None], ctype, subtype
        )
    elif field_name == "time":
        verdict, reason = _judge_times([c for c in asserted if c.time is not None and c.time.start])
    elif field_name == "items":
        verdict, reason = _judge_items([c for c in asserted if c.items])
    else:
        verdict, reason = None, ""
    if verdict is None:
        # Nothing to compare: the fact itself is corroborated or single-source.
        if len(outlets) >= 2:
            verdict = "corroborated"
            reason = f"reported by {len(outlets)} outlets ({', '.join(outlets)}) with no figures or dates to compare"
        else:
            verdict = "single-source"
            reason = f"only {outlets[0]} reports it"
    reason = reason + _source_note(outlets, sources)
    return ClaimGroup(verdict=verdict, reason=reason, **base)


def _source_note(outlets: Sequence[str], sources: Sequence[str]) -> str:
    if len(outlets) >= 2 and len(sources) < len(outlets):
        return f"; {len(outlets)} outlets but {len(sources)} independent source(s) ({', '.join(sources)})"
    return ""


def _denial_conflict(claims: Sequence[Claim]) -> str | None:
    denied = [c for c in claims if c.modality == "denied"]
    stated = [c for c in claims if c.modality in ("asserted", "reported")]
    if denied and stated:
        d, s = denied[0], stated[0]
        return (
            f"{_source(d)} denies it ({_outlet(d)}), while {_source(s)} reports it ({_outlet(s)})"
        )
    return None


# Quantities ----------------------------------------------------------------------------


def format_quantity(q: Quantity) -> str:
    """``[12000, 15000]`` -> ``12,000–15,000``; ``[1000, None]`` -> ``more than 1,000``."""

    def n(x: float) -> str:
        return f"{x:,.0f}" if float(x).is_integer() else f"{x:,}"

    approx = "about " if q.approx and q.min is not None and q.min == q.max else ""
    if q.min is not None and q.max is not None:
        text = n(q.min) if q.min == q.max else f"{n(q.min)}–{n(q.max)}"
    elif q.min is not None:
        text = f"at least {n(q.min)}" if not q.approx else f"{n(q.min)}+ (vague)"
    elif q.max is not None:
        text = f"up to {n(q.max)}"
    else:
        text = "?"
    unit = f" {q.unit}" if q.unit and q.unit != "person" else ""
    return approx + text + unit


def _interval(q: Quantity) -> tuple[float, float]:
    lo = q.min if q.min is not None else 0.0
    hi = q.max if q.max is not None else float("inf")
    if q.approx and q.min is not None and q.min == q.max:
        # "sekitar 100": allow 10% either way.
        lo, hi = q.min * 0.9, q.max * 1.1
    return float(lo), float(hi)


def _as_of(claim: Claim) -> str:
    """When the figure holds: the claim's own time if it has one, else its report date."""
    if claim.time and claim.time.start and len(claim.time.start) == 10:
        return claim.time.start
    return claim.published or ""


def _judge_quantities(
    claims: Sequence[Claim], ctype: str, subtype: str | None = None
) -> tuple[str | None, str]:
    if not claims:
        return None, ""
    running = ctype in RUNNING_TYPES or subtype in RUNNING_SUBTYPES
    outlets = {_outlet(c) for c in claims}
    values = {(c.quantity.min, c.quantity.max) for c in claims if c.quantity}
    ordered = sorted(claims, key=_as_of)
    intervals = [_interval(c.quantity) for c in ordered]  # type: ignore[arg-type]
    # A running figure may differ between days; only figures as of one day must agree.
    if running:
        days: dict[str, list[int]] = {}
        for i, c in enumerate(ordered):
            days.setdefault(_as_of(c), []).append(i)
        buckets = list(days.values())
    else:
        buckets = [list(range(len(ordered)))]
    for bucket in buckets:
        pair = _disjoint_pair(bucket, intervals)
        if pair is not None:
            a, b = ordered[pair[0]], ordered[pair[1]]
            qa, qb = a.quantity, b.quantity
            assert qa is not None and qb is not None
            same_day = _as_of(a) == _as_of(b)
            return "conflicting", (
                f"{format_quantity(qa)} ({_source(a)}, {_outlet(a)}, {_as_of(a) or 'undated'}) vs "
                f"{format_quantity(qb)} ({_source(b)}, {_outlet(b)}, {_as_of(b) or 'undated'})"
                + (" for the same day" if same_day else ": one value per event, and these differ")
            )
    if len(outlets) < 2:
        return "single-source", "one outlet gives " + ", ".join(
            sorted({format_quantity(c.quantity) for c in claims if c.quantity})
        ) + f" ({', '.join(sorted({_source(c) for c in claims}))})"
    if len(values) == 1:
        return "corroborated", f"{len(outlets)} outlets give {format_quantity(claims[0].quantity)}"  # type: ignore[arg-type]
    timeline = _timeline(
        [f"{format_quantity(c.quantity)} ({_as_of(c) or '?'}, {_outlet(c)})" for c in ordered]  # type: ignore[arg-type]
    )
    steps = list(zip(intervals, intervals[1:], strict=False))
    rose = any(b[0] > a[1] for a, b in steps)
    fell = any(b[1] < a[0] for a, b in steps)
    if rose or fell:
        change = "rose and fell" if rose and fell else ("rose" if rose else "fell")
        return "compatible", f"the figure {change} between reports: {timeline}"
    return (
        "compatible",
        f"the figures can all be true (ranges overlap or are open-ended): {timeline}",
    )


def _disjoint_pair(
    indices: Sequence[int], intervals: Sequence[tuple[float, float]]
) -> tuple[int, int] | None:
    """Two of ``indices`` whose intervals do not overlap, in index order, or None.

    Some pair is disjoint exactly when the highest lower end lies above the lowest upper
    end, so one pass finds it (comparing every pair is quadratic in a fact that a busy
    story reports thousands of times).

    >>> _disjoint_pair([0, 1, 2], [(10, 20), (15, 30), (25, 40)])
    (0, 2)
    """
    if len(indices) < 2:
        return None
    low_end = min(indices, key=lambda i: intervals[i][1])
    high_start = max(indices, key=lambda i: intervals[i][0])
    if intervals[high_start][0] <= intervals[low_end][1]:
        return None
    return (low_end, high_start) if low_end < high_start else (high_start, low_end)


# A reason stays readable: a fact reported hundreds of times shows its first and last steps.
TIMELINE_SHOWN = 12


def _timeline(steps: Sequence[str]) -> str:
    """Steps joined by arrows; a long timeline keeps its ends and says how many it skips."""
    if len(steps) <= TIMELINE_SHOWN:
        return " → ".join(steps)
    half = TIMELINE_SHOWN // 2
    skipped = len(steps) - 2 * half
    return " → ".join([*steps[:half], f"… {skipped} more reports …", *steps[-half:]])


# Times ---------------------------------------------------------------------------------


def _span(t: TimeSpan) -> tuple[str, str]:
    """A span as (first day, last day) in ISO, for containment tests."""
    start = t.start or ""
    end = t.end or t.start or ""
    return _first_day(start), _last_day(end)


@functools.lru_cache(maxsize=4096)
def _first_day(iso: str) -> str:
    return {4: iso + "-01-01", 7: iso + "-01"}.get(len(iso), iso)


@functools.lru_cache(maxsize=4096)
def _last_day(iso: str) -> str:
    if len(iso) == 7:
        import calendar

        year, month = int(iso[:4]), int(iso[5:7])
        return f"{iso}-{calendar.monthrange(year, month)[1]:02d}"
    return {4: iso + "-12-31"}.get(len(iso), iso)


def _judge_times(claims: Sequence[Claim]) -> tuple[str | None, str]:
    if not claims:
        return None, ""
    outlets = {_outlet(c) for c in claims}
    spans = [_span(c.time) for c in claims]  # type: ignore[arg-type]
    pair = _disjoint_pair(range(len(claims)), spans)
    if pair is not None:
        a, b = claims[pair[0]], claims[pair[1]]
        return "conflicting", (
            f"{a.time.start} ({a.time.text!r}, {_outlet(a)}) vs "  # type: ignore[union-attr]
            f"{b.time.start} ({b.time.text!r}, {_outlet(b)}): the dates exclude each other"  # type: ignore[union-attr]
        )
    if len(outlets) < 2:
        return "single-source", f"only {next(iter(outlets))} dates it ({claims[0].time.start})"  # type: ignore[union-attr]
    starts = {c.time.start for c in claims}  # type: ignore[union-attr]
    if len(starts) == 1:
        return "corroborated", f"{len(outlets)} outlets date it {next(iter(starts))}"
    return "compatible", "the dates nest (" + ", ".join(sorted(starts)) + ")"  # type: ignore[arg-type]


# Items ---------------------------------------------------------------------------------


def _judge_items(claims: Sequence[Claim]) -> tuple[str | None, str]:
    if not claims:
        return None, ""
    by_outlet: dict[str, set[str]] = {}
    for c in claims:
        by_outlet.setdefault(_outlet(c), set()).update(c.items)
    if len(by_outlet) < 2:
        items = sorted(next(iter(by_outlet.values())))
        return "single-source", f"only {next(iter(by_outlet))} names {', '.join(items)}"
    counts: dict[str, int] = {}
    for items in by_outlet.values():
        for item in items:
            counts[item] = counts.get(item, 0) + 1
    shared = sorted(i for i, n in counts.items() if n >= 2)
    single = sorted(i for i, n in counts.items() if n < 2)
    if shared:
        reason = "named by several outlets: " + ", ".join(f"{i} ({counts[i]})" for i in shared)
        if single:
            reason += f"; named by one outlet only: {', '.join(single)}"
        return "corroborated", reason
    return "compatible", "the outlets name different systems, which can all be true: " + ", ".join(
        single
    )


def _describe(fact: _Fact) -> str:
    """A readable key: ``DEPLOYMENT North Korea → Russia``."""
    ctype, subtype, actor, other = fact.key
    names: dict[str, str] = {}
    for c in fact.claims:
        for ref in (c.actor, c.recipient, c.location):
            if ref is not None:
                names[_party(ref) or ""] = ref.name
    label = ctype + (f"/{subtype}" if subtype else "")
    left = names.get(actor or "", actor or "?")
    right = names.get(other or "", other or "?")
    return f"{label} {left} → {right}"


def iter_groups(stories: Iterable[tuple[str, Sequence[Claim]]]) -> Iterable[ClaimGroup]:
    for story_id, claims in stories:
        yield from group_claims(story_id, claims)
