"""Judge each fact of a story across outlets: corroborated, compatible, conflicting.

Each type is compared on its field: quantity (DEPLOYMENT, CASUALTIES, most OTHER),
items (WEAPONS_TRANSFER, weapon by weapon), time (AGREEMENT, MEETING, ATTACK, events).
Verdicts:

* ``conflicting``: two values from different articles that cannot both be true for the
  same fact: figures that exclude each other as of the same day (or, for a figure that is
  one value per event, on any day), dates that exclude each other, a denial against a
  report. The reason names both values, both sources, both outlets and both sentences;
* ``corroborated``: the same value from two or more outlets;
* ``compatible``: values that can all be true: overlapping ranges, a vague or hedged
  figure ("hampir 500", "500-an", "more than 480") beside an exact one, rounding ("about
  1 ton" and 1,196 kg), a month inside a year, a running figure (a toll, the missing, the
  evacuated) that rose or fell between reports;
* ``single-source``: one outlet only.

An article does not contradict itself: two different figures in one article are two
things it counts, or a figure and its update, so a conflict needs two articles. Outlets
are not sources: two outlets repeating an NIS report are one primary source.

    >>> from silang.model import Quantity
    >>> format_quantity(Quantity(12000, 15000)), format_quantity(Quantity(1000, None, True))
    ('12,000–15,000', '1,000+ (vague)')
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from itertools import combinations
from typing import Any, NamedTuple, TypeVar

from silang.crosscheck.currencies import CURRENCIES, convert
from silang.crosscheck.facts import (
    GENERIC_CASUALTIES,
    INCREMENT_OF,
    UNGROUPED_TYPES,
    Fact,
    Places,
    apart,
    days_between,
    entity_key,
    facts_of,
    last_day,
    nested,
    span,
    unit_family,
)
from silang.crosscheck.figures import interval, overlap
from silang.model import EVENT_SUBTYPES, Claim, ClaimGroup, Quantity, TimeSpan, stable_id

__all__ = ["UNGROUPED_TYPES", "fact_family", "format_quantity", "group_claims", "iter_groups"]

# An interval's ends: numbers (figures) or ISO dates (times), one kind in a comparison.
_Bound = TypeVar("_Bound", float, str)

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
# Figures that are one value per event: the people aboard a ferry, a contract's value, how
# far a missile flew. Two reports that differ conflict on any day. Every other figure (a
# toll, the missing, the displaced, troops sent, houses damaged) runs: it changes between
# reports, and only figures as of the same day must agree.
ONE_VALUE_SUBTYPES = frozenset(
    {
        "aboard", "aboard_children", "aboard_women", "aboard_men", "contract_value",
        "financing", "loan_term", "altitude", "flight_distance", "magnitude",
        "depth", "length", "project_value", "value",
    }
)  # fmt: skip
# Units of a figure an event has one value of: a quake's magnitude, whenever it is reported.
ONE_VALUE_UNITS = frozenset({"magnitude"})
# Running figures that only grow: the dead and the wounded are counted, never uncounted, so
# a later report of fewer than an earlier one contradicts it (the missing and the displaced
# may fall as people are found or go home).
CUMULATIVE = frozenset({
    ("CASUALTIES", "killed"), ("CASUALTIES", "wounded"), ("CASUALTIES", "killed_or_wounded"),
    ("CASUALTIES", "electrocuted"), ("OTHER", "witnesses_examined"),
})  # fmt: skip
# Tallies that grow through a day of work and that each body keeps of its own part of it:
# witnesses questioned, people rescued or evacuated, suspects named, the wounded and the
# hospitalized (a hospital counts its patients, the police the people hurt at the scene),
# flights cancelled (an airport counts its own, the disaster agency all), people deployed
# (the army counts its soldiers, the search agency all it leads), and a figure no word
# typed (six villages with cases of diarrhoea, nine villages flooded: what each counts is
# not known to be the same). Two bodies'
# figures of one day ("Polres … tujuh saksi", "West Sumatra police … 12 witnesses"; 17
# injured by the fire service, 24 by the police) are two tallies, not a dispute; only a
# later figure lower than an earlier one contradicts. The dead are no such tally: bodies
# that differ on a day's toll disagree.
TALLIES = frozenset({
    ("OTHER", "witnesses_examined"), ("CASUALTIES", "wounded"), ("OTHER", "rescued"),
    ("CASUALTIES", "wounded_serious"), ("CASUALTIES", "wounded_light"),
    ("OTHER", "suspects_identified"), ("OTHER", "hospitalized"), ("OTHER", "evacuated"),
    ("OTHER", "flights_cancelled"), ("DEPLOYMENT", None), ("OTHER", None),
    # A release's economic figures: the statistics office's inflation of last month, the
    # central bank's core measure or its forecast for the year are each a measure of its
    # own, not one figure two bodies dispute.
    ("OTHER", "inflation"), ("OTHER", "gdp_growth"), ("OTHER", "foreign_reserves"),
    ("OTHER", "reserve_requirement"), ("OTHER", "inflation_forecast"),
    ("OTHER", "growth_forecast"), ("OTHER", "credit_growth"), ("OTHER", "unemployment_rate"),
    ("OTHER", "sector_growth"), ("OTHER", "tourist_arrivals"),
})  # fmt: skip
# Facts that list things of several kinds ("menyita tiga bom pipa rakitan, satu pucuk
# senjata api", "seized two tugboats and three barges"): two figures conflict only when
# both say what they count, and it is the same thing.
ITEMISED = frozenset({("OTHER", "seized"), ("OTHER", "aid")})
# A reason stays readable: a fact reported hundreds of times shows its first and last steps.
TIMELINE_SHOWN = 12
QUOTE_CHARS = 90


def group_claims(
    story_id: str, claims: Sequence[Claim], places: Places | None = None
) -> list[ClaimGroup]:
    """The claim groups of one story, conflicts first. ``places`` (the knowledge base)
    lets places compare through their hierarchy."""
    groups = [_judge(story_id, fact, places) for fact in facts_of(claims, places)]
    groups.sort(key=group_order)
    return groups


# Verdicts in the order a story's groups are listed.
VERDICT_ORDER = {"conflicting": 0, "corroborated": 1, "compatible": 2, "single-source": 3}


def group_order(group: ClaimGroup) -> tuple[int, str, str]:
    """Where a group comes among its story's (``group_claims``): conflicts first, then by
    key. Groups judged a fact family at a time sort back into the order of the story
    judged whole."""
    return VERDICT_ORDER[group.verdict], group.key, group.group_id


def fact_family(ctype: str, subtype: str | None) -> str:
    """The family of a claim's kind: the claims of a story that its claims can meet in
    ``facts_of``, so that a story's groups are those of grouping each family apart.

    A claim of a kind meets only facts of its kind, except figures that name no kind
    ("500-an warga"), amounts ("senilai Rp1,2 miliar") and typed figures (the displaced,
    aid), which meet one another (``facts._FactIndex._typed_agreeing``), and statements,
    which are grouped by speaker across their kinds (``facts._statement_facts``). When an
    article joins a story, only the families of its claims are judged again
    (``Corpus.update_stories``); ``tests/crosscheck/test_fact_families.py`` checks that
    grouping family by family gives the groups of grouping the story whole.

    >>> fact_family("OTHER", "displaced") == fact_family("OTHER", None)
    True
    >>> fact_family("OTHER", "flood"), fact_family("CASUALTIES", "killed")
    ('OTHER/flood', 'CASUALTIES/killed')
    """
    if ctype == "OTHER" and subtype not in EVENT_SUBTYPES:
        return "OTHER"
    if ctype == "STATEMENT":
        return "STATEMENT"
    ctype, subtype = INCREMENT_OF.get((ctype, subtype), (ctype, subtype))
    return f"{ctype}/{subtype or ''}"


def reads_across_families(kinds: set[tuple[str, str | None]]) -> bool:
    """Does the reading of a story's claims depend on kinds outside their own families?
    A figure of "korban" (``facts.GENERIC_CASUALTIES``) is read as the dead where the
    story counts only the dead, and as the hurt where it counts only the hurt
    (``facts._generic_casualties_read``): with such a claim and a toll of the dead or
    hurt among ``kinds``, the story is judged whole, not family by family.

    >>> reads_across_families({("CASUALTIES", "killed_or_wounded"), ("CASUALTIES", "killed")})
    True
    >>> reads_across_families({("CASUALTIES", "killed"), ("CASUALTIES", "wounded")})
    False
    """
    generic = ("CASUALTIES", GENERIC_CASUALTIES) in kinds
    return generic and any(
        t == "CASUALTIES"
        and s is not None
        and s != GENERIC_CASUALTIES
        and (s == "killed" or s.startswith("wounded"))
        for t, s in kinds
    )


def judged_apart(family: str) -> str:
    """The part of a story's claims that ``group_claims`` judges apart from the others,
    with the groups of judging them together, of a fact family: its statements
    (grouped by speaker alone, ``facts._statement_facts``) or the rest. The rest's
    families are not judged apart: they meet in ``facts_of`` (a figure of "korban" is
    read as the dead where a story counts only the dead, whatever else is judged beside
    it; amounts in two currencies join across their kinds)."""
    return "STATEMENT" if family == "STATEMENT" else ""


def iter_groups(
    stories: Iterable[tuple[str, Sequence[Claim]]], places: Places | None = None
) -> Iterable[ClaimGroup]:
    for story_id, claims in stories:
        yield from group_claims(story_id, claims, places)


# -- judging ---------------------------------------------------------------------------


def outlet_of(claim: Claim) -> str:
    """Outlet name; an article with none counts as its own outlet."""
    return claim.outlet or f"doc:{claim.doc}"


def source_of(claim: Claim) -> str:
    """The primary source: the named body, else the outlet speaking in its own voice."""
    if claim.source is not None:
        return claim.source.name
    return outlet_of(claim)


def _quote(claim: Claim) -> str:
    text = " ".join(claim.evidence.text.split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1] + "…"


def _judge(story_id: str, fact: Fact, places: Places | None) -> ClaimGroup:
    claims = _dated_by_first_telling(fact.claims)
    ctype, subtype = fact.type, fact.subtype
    field_name = FIELD_BY_TYPE.get(ctype)
    if ctype == "OTHER" and subtype in EVENT_SUBTYPES:
        field_name = "time"
    outlets = sorted({outlet_of(c) for c in claims})
    sources = sorted({source_of(c) for c in claims})
    key = _describe(fact)
    base: dict[str, Any] = dict(
        group_id=stable_id(story_id, key, claims[0].claim_id),
        story_id=story_id,
        key=key,
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
    verdict: str | None
    if field_name == "quantity":
        verdict, reason = _judge_quantities(
            [c for c in asserted if c.quantity is not None], ctype, subtype, places
        )
    elif field_name == "time":
        verdict, reason = _judge_times([c for c in asserted if c.time is not None and c.time.start])
        counted = [c for c in asserted if c.quantity is not None]
        if len({outlet_of(c) for c in counted}) >= 2:
            # An event several outlets size ("air merendam sembilan desa", "17 villages
            # under water"; a quake of magnitude 6.9 and 6.7): its size is what they can
            # agree or disagree on too, and a dispute over it is a dispute, however they
            # date it.
            sized, size_reason = _judge_quantities(counted, ctype, subtype, places)
            if verdict in (None, "single-source") or (
                sized == "conflicting" and verdict != "conflicting"
            ):
                verdict, reason = sized, size_reason
                base["field"] = "quantity"
    elif field_name == "items":
        verdict, reason = _judge_items([c for c in asserted if c.items])
    else:
        verdict, reason = None, ""
    if verdict == "single-source" and len(outlets) >= 2:
        # One outlet gives the figure or date, others report the fact without one.
        verdict = "corroborated"
        reason = f"reported by {len(outlets)} outlets ({', '.join(outlets)}); {reason}"
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


def _dated_by_first_telling(claims: Sequence[Claim]) -> list[Claim]:
    """The claims, each copy of an earlier article's sentence dated as that article dates
    it: a site that republishes Friday's agency copy on Saturday gives Friday's figures
    ("BPBD mendata 287 rumah rusak" is no count of Saturday beside the national agency's
    1,146), and its "kemarin" is the agency's."""
    sentences = [" ".join(c.evidence.text.split()) for c in claims]
    first: dict[str, Claim] = {}
    for i in sorted(range(len(claims)), key=lambda i: claims[i].published or ""):
        first.setdefault(sentences[i], claims[i])
    dated = []
    for c, sentence in zip(claims, sentences, strict=True):
        told = first[sentence]
        if told.doc != c.doc and told.published and told.published != c.published:
            c = dataclasses.replace(c, published=told.published, time=told.time)
        dated.append(c)
    return dated


def _source_note(outlets: Sequence[str], sources: Sequence[str]) -> str:
    if len(outlets) >= 2 and len(sources) < len(outlets):
        return f"; {len(outlets)} outlets but {len(sources)} independent source(s) ({', '.join(sources)})"
    return ""


def _denial_conflict(claims: Sequence[Claim]) -> str | None:
    """A denial against a report from another article, of the same day or earlier: a
    denial holds for its day, so a later report ("police name three suspects" a week
    after "belum menetapkan tersangka") is news, not a contradiction; a report of an
    event dated before the denial contradicts it."""
    denied = [c for c in claims if c.modality == "denied"]
    stated = [c for c in claims if c.modality in ("asserted", "reported")]
    for d in denied:
        for s in stated:
            if d.doc != s.doc and not (as_of(d) and as_of(s) and as_of(s) > as_of(d)):
                return (
                    f"{source_of(d)} denies it ({outlet_of(d)}: {_quote(d)!r}), while "
                    f"{source_of(s)} reports it ({outlet_of(s)}: {_quote(s)!r})"
                )
    return None


def _disjoint_across_docs(
    items: Sequence[tuple[_Bound, _Bound, Hashable]],
) -> tuple[int, int] | None:
    """Two items from different documents whose intervals ``(low, high, doc)`` do not
    overlap, as (lower one, higher one), or None.

    Per document, only its lowest upper end and its highest lower end matter; some
    cross-document pair is disjoint exactly when the document with the lowest upper end
    pairs with another, or the document with the highest lower end does. So two passes
    find it, where comparing every pair would be quadratic in a fact that a busy story
    reports thousands of times.

    >>> _disjoint_across_docs([(10, 20, "a"), (15, 30, "b"), (25, 40, "c")])
    (0, 2)
    >>> _disjoint_across_docs([(10, 20, "a"), (25, 40, "a")]) is None  # one article
    True
    """
    low_end: dict[Hashable, int] = {}
    high_start: dict[Hashable, int] = {}
    for i, (low, high, doc) in enumerate(items):
        if doc not in low_end or high < items[low_end[doc]][1]:
            low_end[doc] = i
        if doc not in high_start or low > items[high_start[doc]][0]:
            high_start[doc] = i
    if len(low_end) < 2:
        return None
    lowest = min(low_end.values(), key=lambda i: (items[i][1], i))
    highest = max(high_start.values(), key=lambda i: (items[i][0], -i))
    for fixed, side in ((lowest, "low"), (highest, "high")):
        doc = items[fixed][2]
        if side == "low":
            others = [i for d, i in high_start.items() if d != doc]
            best = max(others, key=lambda i: (items[i][0], -i))
            if items[best][0] > items[fixed][1]:
                return fixed, best
        else:
            others = [i for d, i in low_end.items() if d != doc]
            best = min(others, key=lambda i: (items[i][1], i))
            if items[fixed][0] > items[best][1]:
                return best, fixed
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
        text = f"up to {n(q.max)}" if not q.approx else f"nearly {n(q.max)}"
    else:
        text = "?"
    unit = f" {q.unit}" if q.unit and q.unit != "person" else ""
    return approx + text + unit


def as_of(claim: Claim) -> str:
    """When the figure holds: the claim's own day ("hingga kemarin siang, 4.870 jiwa
    mengungsi"), else its report date. A time that dates the event the figure counts
    ("killed by Thursday's flood") is the event's, not the claim's (``SlotFinder.time``).
    A span up to the report ("41 pasien sejak Jumat"), one the report falls in ("a
    train hit a truck this week, killing three"), or a span of days over before it ("a fire
    killed four men last week") holds as of the report; a figure
    of a year over before the report's ("pada periode yang sama tahun 2025, 263 kasus")
    holds as of its last day. (A month is not enough: "laporan BPK yang terbit Juni
    lalu" dates a body's finding, not the period it counts.)"""
    if (
        claim.time
        and claim.time.start
        and claim.time.end
        and claim.published
        and claim.time.start <= claim.published <= claim.time.end
    ):
        return claim.published
    if (
        claim.time
        and claim.time.start
        and claim.time.end
        and claim.time.end != claim.time.start
        and claim.published
        and claim.time.end < claim.published
        and len(claim.time.start) == 10
    ):
        # "a fire killed four men last week": a span of days over before the report
        # dates the event, not the day the count holds; the count holds as of the report.
        return claim.published
    if claim.time and claim.time.start and len(claim.time.start) == 10:
        return claim.time.start
    year = claim.time.start if claim.time and not claim.time.end else None
    if year and len(year) == 4 and claim.published and last_day(year) < claim.published:
        return last_day(year)
    return claim.published or ""


def _days_told(claims: Sequence[Claim]) -> list[str]:
    """The day each figure holds as of (``as_of``), where an undated figure a named body
    gives holds as of the latest day its article dates another body's figure of the fact,
    if that day is the article's or the one before: "APMM mencatat 11 orang meninggal
    hingga Selasa sore. Namun, BP3MI NTB mencatat 12 korban", published on Wednesday,
    gives two bodies' counts of Tuesday, not a rise overnight. (An outlet's own undated
    figure beside a dated one is most often its update of it.)"""
    dated: dict[str, list[tuple[str, str]]] = {}
    for c in claims:
        if (
            c.source
            and c.time
            and c.time.start
            and len(c.time.start) == 10
            and c.published
            and 0 <= days_between(c.time.start, c.published) <= 1
        ):
            dated.setdefault(c.doc or "", []).append((c.time.start, _report_of(c).body))
    days = []
    for c in claims:
        day = as_of(c)
        if c.source and not (c.time and c.time.start):
            others = [d for d, body in dated.get(c.doc or "", ()) if body != _report_of(c).body]
            day = max(others, default=day)
        days.append(day)
    return days


def _step(claim: Claim) -> str:
    assert claim.quantity is not None
    first = "first count, since revised, " if claim.quantity.superseded else ""
    return f"{format_quantity(claim.quantity)} ({first}{as_of(claim) or '?'}, {outlet_of(claim)})"


def _side(claim: Claim) -> str:
    assert claim.quantity is not None
    return (
        f"{format_quantity(claim.quantity)} ({source_of(claim)}, {outlet_of(claim)}, "
        f"{as_of(claim) or 'undated'}: {_quote(claim)!r})"
    )


def _judge_quantities(
    claims: Sequence[Claim],
    ctype: str,
    subtype: str | None = None,
    places: Places | None = None,
) -> tuple[str | None, str]:
    if not claims:
        return None, ""
    running = subtype not in ONE_VALUE_SUBTYPES and not all(
        c.quantity is not None and c.quantity.unit in ONE_VALUE_UNITS for c in claims
    )
    outlets = {outlet_of(c) for c in claims}
    # Figures that add to earlier ones ("two more bodies on Saturday") or count parts
    # ("three of them") count different finds: they can all be true.
    increments = all(c.quantity is not None and apart(c) for c in claims)
    ordered = sorted(claims, key=as_of)
    main = _main_unit(ordered)
    foreign = _foreign(ordered, main)
    intervals = _intervals(ordered, foreign, main)
    elsewhere = _elsewhere(ordered, places)
    if running:
        # A fact of one value ("magnitudo 6,4, sementara USGS 6,1") lists no two things.
        elsewhere = _apart(elsewhere, _listed_together(ordered, intervals))
    # A running figure may differ between days; only figures as of one day must agree,
    # and a figure the count rose to ("bertambah menjadi 11") is a later update than the
    # same day's lower figures: it must agree with the day's other updates only.
    itemised = (ctype, subtype) in ITEMISED
    buckets: dict[tuple[str, bool, str | None], list[int]] = {}
    days = _days_told(ordered)
    for i, c in enumerate(ordered):
        if c.quantity is not None and c.quantity.superseded:
            # "APMM semula melaporkan tiga orang tewas": a first count, since revised, is
            # no figure of the day to compare with the others.
            continue
        key = (days[i], bool(c.quantity and c.quantity.risen)) if running else ("", False)
        noun = _thing_counted(c) if itemised else ""
        if noun is not None:
            buckets.setdefault((*key, noun), []).append(i)
    for bucket in buckets.values() if not increments and (ctype, subtype) not in TALLIES else ():
        pair = _conflicting_pair(bucket, ordered, intervals, elsewhere)
        if pair is not None:
            a, b = ordered[pair[0]], ordered[pair[1]]
            when = (
                f"for the same day ({days[pair[0]]})"
                if running and days[pair[0]]
                else "one value per event, and these differ"
            )
            return "conflicting", f"{_side(a)} vs {_side(b)}: {_bodies(a, b)}, {when}"
    contrasted = (
        _contrasted_pair(ordered, intervals, elsewhere, days if ctype == "CASUALTIES" else None)
        if not increments and (ctype, subtype) in TALLIES
        else None
    )
    if contrasted is not None:
        a, b = ordered[contrasted[0]], ordered[contrasted[1]]
        together = "one sentence" if a.evidence.start == b.evidence.start else "one article"
        return "conflicting", (
            f"{_side(a)} vs {_side(b)}: {_bodies(a, b)}; {together} sets the two counts "
            "side by side"
        )
    disputed = None if increments else _disputed_pair(ordered, intervals, foreign, elsewhere)
    if disputed is not None:
        a, b = ordered[disputed[0]], ordered[disputed[1]]
        return "conflicting", (
            f"{_side(a)} vs {_side(b)}: {_bodies(a, b)}; the first report sets its count "
            "against another body's"
        )
    if running and (ctype, subtype) in CUMULATIVE and not increments:
        fall = _fall(ordered, intervals, elsewhere)
        if fall is not None:
            a, b = ordered[fall[0]], ordered[fall[1]]
            return "conflicting", (
                f"{_side(a)} vs later {_side(b)}: {_bodies(a, b)}; a toll of the dead or "
                "wounded does not fall"
            )
    if len(outlets) < 2:
        return "single-source", "one outlet gives " + ", ".join(
            sorted({format_quantity(c.quantity) for c in claims if c.quantity})
        ) + f" ({', '.join(sorted({source_of(c) for c in claims}))})"
    # "Five others were injured" and "lima orang lainnya" count the same people; an amount
    # in another currency that agrees with the others once converted is the same amount.
    native = [i for i, f in enumerate(foreign) if not f]
    values = {
        (q.min, q.max, unit_family(ordered[i]))
        for i in native
        if (q := ordered[i].quantity) is not None
    }
    if len(values) == 1 and all(
        overlap(intervals[i], intervals[native[0]]) for i, f in enumerate(foreign) if f
    ):
        given = format_quantity(ordered[native[0]].quantity)  # type: ignore[arg-type]
        also = sorted({format_quantity(c.quantity) for c, f in zip(ordered, foreign, strict=True)
                       if f and c.quantity})  # fmt: skip
        converted = f" ({', '.join(also)} once converted)" if also else ""
        return "corroborated", f"{len(outlets)} outlets give {given}{converted}"
    timeline = _timeline([_step(c) for c in ordered])
    steps = list(zip(intervals, intervals[1:], strict=False))
    rose = any(b[0] > a[1] for a, b in steps)
    fell = any(b[1] < a[0] for a, b in steps)
    if rose or fell:
        change = "rose and fell" if rose and fell else ("rose" if rose else "fell")
        return "compatible", f"the figure {change} between reports: {timeline}"
    return (
        "compatible",
        f"the figures can all be true (ranges overlap, hedged or rounded): {timeline}",
    )


def _thing_counted(claim: Claim) -> str | None:
    """What an itemised figure counts, by its noun, else its unit ("3 bom" -> "bom";
    "126,4 kg" -> "kg"); None for a bare number, which may count anything listed."""
    q = claim.quantity
    if q is None:
        return None
    noun = (q.noun or "").casefold()
    return noun or q.unit


def _main_unit(claims: Sequence[Claim]) -> str | None:
    """The unit most of the claims give their figures in (the first of those tied)."""
    counts = Counter(c.quantity.unit if c.quantity else None for c in claims)
    return counts.most_common(1)[0][0] if counts else None


def _foreign(claims: Sequence[Claim], main: str | None) -> list[bool]:
    """Which claims give an amount in another currency than the fact's main one."""
    return [
        main in CURRENCIES and unit in CURRENCIES and unit != main
        for unit in (c.quantity.unit if c.quantity else None for c in claims)
    ]


def _intervals(
    claims: Sequence[Claim], foreign: Sequence[bool], main: str | None
) -> list[tuple[float, float]]:
    """The values each claim's figure allows, amounts in another currency converted into
    the main one (``currencies.convert``)."""
    found = []
    for c, converted in zip(claims, foreign, strict=True):
        assert c.quantity is not None
        values = interval(c.quantity)
        if converted and main:
            values = convert(values, c.quantity.unit or "", main, c.published) or values
        found.append(values)
    return found


def _elsewhere(claims: Sequence[Claim], places: Places | None) -> Callable[[int, int], bool]:
    """Whether two of the claims say their figures are of places apart: neither place is
    in the other ("2.300 rumah di Kota Semarang", "4.130 rumah di Kota Pekalongan"). Such
    figures count two things and cannot disagree, though they were taken for one fact (a
    fact's claims meet through places for events only: ``facts.unifies``). Places the
    hierarchy does not know are given the benefit of the doubt (``facts.nested``)."""
    where = [entity_key(c.stated_location) for c in claims]

    def elsewhere(a: int, b: int) -> bool:
        pa, pb = where[a], where[b]
        return (
            places is not None and pa is not None and pb is not None and not nested(pa, pb, places)
        )

    return elsewhere


def _listed_together(
    claims: Sequence[Claim], intervals: Sequence[tuple[float, float]]
) -> Callable[[int, int], bool]:
    """Whether two of the claims give values that one sentence lists side by side for one
    source ("2.500 paket makanan siap saji, 1.000 paket sandang"): such values count two
    things taken for one fact, and no report that gives one of them disputes the other.
    A count that rose or was revised is no such list ("semula tiga, kini lima"), and
    values that any sentence gives for two sources are a dispute ("Polres memperkirakan
    sekitar 1.200 orang, sedangkan serikat menyebut 3.000"), whoever a copy credits."""
    together: set[frozenset[tuple[float, float]]] = set()
    disputed: set[frozenset[tuple[float, float]]] = set()
    for sentence in _told_in_one_sentence(claims):
        told: dict[tuple[float, float], set[str]] = {}
        for i in sentence:
            told.setdefault(intervals[i], set()).add(source_of(claims[i]))
        for va, vb in combinations(told, 2):
            pair = frozenset((va, vb))
            (together if told[va] == told[vb] and len(told[va]) == 1 else disputed).add(pair)

    def listed_together(a: int, b: int) -> bool:
        pair = frozenset((intervals[a], intervals[b]))
        return pair in together and pair not in disputed

    return listed_together


def _told_in_one_sentence(claims: Sequence[Claim]) -> Iterable[list[int]]:
    """The positions of the claims each sentence gives a figure of the day for (not one
    that rose, nor a first count since revised), sentence by sentence."""
    by_sentence: dict[tuple[str | None, int], list[int]] = {}
    for i, c in enumerate(claims):
        q = c.quantity
        if q is not None and not q.risen and not q.superseded:
            by_sentence.setdefault((c.doc, c.evidence.start), []).append(i)
    return by_sentence.values()


def _apart(*tests: Callable[[int, int], bool]) -> Callable[[int, int], bool]:
    """Two claims count different things when any of ``tests`` says so."""
    return lambda a, b: any(test(a, b) for test in tests)


def _bodies(a: Claim, b: Claim) -> str:
    if source_of(a) != source_of(b):
        return f"{source_of(a)} and {source_of(b)} disagree"
    return f"{source_of(a)} is reported with both"


def _conflicting_pair(
    bucket: Sequence[int],
    ordered: Sequence[Claim],
    intervals: Sequence[tuple[float, float]],
    elsewhere: Callable[[int, int], bool],
) -> tuple[int, int] | None:
    """Two figures of the bucket from different articles that cannot both be true.

    A figure of people in general ("12 orang tewas") and one of a kind of people ("7
    tentara tewas") can both be true while the part does not exceed the whole: against a
    general figure, a specific one stands for at least its value."""
    specific = [i for i in bucket if ordered[i].quantity.counted]  # type: ignore[union-attr]
    general = [i for i in bucket if not ordered[i].quantity.counted]  # type: ignore[union-attr]
    checks: list[list[tuple[int, float, float]]] = [
        [(i, *intervals[i]) for i in specific],
        [(i, *intervals[i]) for i in general],
    ]
    if specific and general:
        checks.append(
            [(i, *intervals[i]) for i in general]
            + [(i, intervals[i][0], math.inf) for i in specific]
        )
    for items in checks:
        claim_of = [i for i, _, _ in items]
        pair = _disjoint_across_sources(
            [
                (lo, hi, _report_of(ordered[i]), source_of(ordered[i]), _day_part(ordered[i]))
                for i, lo, hi in items
            ],
            lambda a, b: elsewhere(claim_of[a], claim_of[b]),  # noqa: B023 (called at once)
        )
        if pair is not None:
            return items[pair[0]][0], items[pair[1]][0]
    return None


# Two bodies an article quotes on one figure give figures of one size ("tiga" and "lima",
# 1.150 and "hampir 2.000"): figures of one article further apart than this factor are two
# things counted that were taken for one, not a dispute.
ONE_ARTICLE_SPREAD = 2
# A day's reports of one fact beyond this many are compared article by article only (see
# ``_disjoint_across_sources``).
MAX_PAIRED_REPORTS = 200


class _Report(NamedTuple):
    """What tells one report of a figure from another (``_report_of``): its article, and
    the key of the body the article names as the figure's source ("" for none)."""

    doc: str
    body: str


def _disjoint_across_sources(
    items: Sequence[tuple[_Bound, _Bound, _Report, str, str | None]],
    elsewhere: Callable[[int, int], bool] = lambda a, b: False,
) -> tuple[int, int] | None:
    """Two items ``(low, high, report, source, part of the day)`` from different reports
    (``_report_of``) whose intervals do not overlap and that speak of the same time, or None.

    Figures of one day at different parts of it ("hingga siang ini" 201, "hingga Senin
    sore" 203) are the count at two times, and so are one body's two figures of a day
    unless both say the same part of it ("27 as of 12.00", "31 as of Monday midday"): a
    body's count is updated during the day ("tiga pekerja masih kami cari", later "one
    worker remains missing").

    >>> a, b = _Report("a", ""), _Report("b", "")
    >>> _disjoint_across_sources([(3, 3, a, "Polres", None), (1, 1, b, "Polres", None)])
    >>> _disjoint_across_sources([(3, 3, a, "Polres", None), (1, 1, b, "BPBD", None)])
    (1, 0)
    >>> _disjoint_across_sources(
    ...     [(27, 27, a, "BNPB", "midday"), (31, 31, b, "BNPB", "midday")]
    ... )
    (0, 1)
    >>> _disjoint_across_sources(
    ...     [(201, 201, a, "BPBD", "midday"), (203, 203, b, "SAR", "afternoon")]
    ... )
    """
    if len(items) > MAX_PAIRED_REPORTS:
        # Too many to pair: article by article, as linear as the rest of a busy story.
        return _disjoint_across_docs([(lo, hi, doc) for lo, hi, doc, _, _ in items])
    order = sorted(range(len(items)), key=lambda i: (items[i][0], i))
    for a in order:
        _, hi_a, doc_a, source_a, part_a = items[a]
        for b in order:
            lo_b, _, doc_b, source_b, part_b = items[b]
            if hi_a >= lo_b or _one_report(doc_a, doc_b):
                continue
            if doc_a.doc == doc_b.doc and lo_b > ONE_ARTICLE_SPREAD * hi_a:
                continue  # 24 kg seized in Dumai, 212 kg in the province: two things counted
            if part_a and part_b and part_a != part_b:
                continue  # two times of the day
            if source_a == source_b and not (part_a and part_b):
                continue  # one body's count, updated during the day
            if elsewhere(a, b):
                continue  # the houses flooded in one city and in another
            return a, b
    return None


def _report_of(claim: Claim) -> _Report:
    """What tells one report of a figure from another: its article, and within an article
    the body it names ("Kapolres … menyebut lima orang" beside "tiga pekerja kami
    temukan", says the fire service, in one article are two bodies' reports)."""
    body = "" if claim.source is None else str(entity_key(claim.source))
    return _Report(claim.doc or "", body)


def _one_report(a: _Report, b: _Report) -> bool:
    """Are two reports (``_report_of``) one: the same article, unless each names its
    body and the bodies differ? An article's own voice beside a body it quotes may give
    the figure before or after the body's update."""
    return a.doc == b.doc and (a.body == b.body or not (a.body and b.body))


def _day_part(claim: Claim) -> str | None:
    return claim.time.part if claim.time is not None else None


def _contrasted_pair(
    ordered: Sequence[Claim],
    intervals: Sequence[tuple[float, float]],
    elsewhere: Callable[[int, int], bool],
    days: Sequence[str] | None,
) -> tuple[int, int] | None:
    """Two figures of one sentence, each from its own source, that cannot both be true
    ("jumlah korban luka menurut BPBD tujuh orang, sedangkan polisi mencatat lima"): the
    report itself sets one body's count against another's, so they disagree even where
    each body keeps a tally of its own (``TALLIES``). So do two named bodies' figures of
    one day in one article ("… 19 lainnya luka-luka, menurut BPBD." and "Kapolres …
    menyebut jumlah korban luka 14 orang."): the article gives both as the day's count.
    That holds for the people hurt only (``days`` given): the witnesses, the rescued or the
    deployed of two bodies in one article are most often each body's own part of the work.
    Counts of two kinds of people ("four officers …, while … 11 villagers") are parts, not
    a dispute."""
    for sentence in _told_in_one_sentence(ordered):
        for a, b in combinations(sentence, 2):
            if (
                source_of(ordered[a]) != source_of(ordered[b])
                and _counted(ordered[a]) == _counted(ordered[b])
                and not overlap(intervals[a], intervals[b])
                and not elsewhere(a, b)
            ):
                return a, b
    if days is None:
        return None
    for article in _told_in_one_article(ordered):
        for a, b in combinations(article, 2):
            if (
                days[a] == days[b]
                and _one_size(intervals[a], intervals[b])
                and _report_of(ordered[a]).body != _report_of(ordered[b]).body
                and _counted(ordered[a]) == _counted(ordered[b])
                and not overlap(intervals[a], intervals[b])
                and not elsewhere(a, b)
            ):
                return a, b
    return None


# Two bodies' counts of one day that one article gives as the same count differ by a
# little ("19 lainnya luka-luka, menurut BPBD" beside "jumlah korban luka 14 orang", says
# the police); a figure much below the other is most often a part of it (the patients of
# one hospital, "dua di antaranya"), not a dispute.
CONTRASTED_SPREAD = 1.5


def _one_size(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Are two figures within ``CONTRASTED_SPREAD`` of each other?

    >>> _one_size((19, 19), (14, 14)), _one_size((47, 47), (12, 12))
    (True, False)
    """
    low, high = sorted((a[0], b[0]))
    return low > 0 and high <= CONTRASTED_SPREAD * low


def _told_in_one_article(claims: Sequence[Claim]) -> Iterable[list[int]]:
    """The positions of the claims each article gives a figure of the day for from a body
    it names (not one that rose, nor a first count since revised), article by article."""
    by_article: dict[str | None, list[int]] = {}
    for i, c in enumerate(claims):
        q = c.quantity
        if q is not None and c.source is not None and not q.risen and not q.superseded:
            by_article.setdefault(c.doc, []).append(i)
    return by_article.values()


def _counted(claim: Claim) -> str | None:
    return claim.quantity.counted if claim.quantity is not None else None


def _disputed_pair(
    ordered: Sequence[Claim],
    intervals: Sequence[tuple[float, float]],
    foreign: Sequence[bool],
    elsewhere: Callable[[int, int], bool],
) -> tuple[int, int] | None:
    """A figure its sentence sets against another body's count (``Quantity.disputes``:
    "19 warga …, lebih banyak dari angka yang disampaikan kepolisian") and a figure of
    another source, in another report, that it cannot equal: the nearest of them in the
    order of their days. The two disagree whatever their days."""
    for i, claim in enumerate(ordered):
        q = claim.quantity
        if q is None or not q.disputes or q.superseded or foreign[i]:
            continue
        others = [
            j
            for j, other in enumerate(ordered)
            if j != i
            and not foreign[j]
            and source_of(other) != source_of(claim)
            and not _one_report(_report_of(other), _report_of(claim))
            and not overlap(intervals[i], intervals[j])
            and not elsewhere(i, j)
        ]
        if others:
            return i, min(others, key=lambda j: abs(j - i))
    return None


def _fall(
    ordered: Sequence[Claim],
    intervals: Sequence[tuple[float, float]],
    elsewhere: Callable[[int, int], bool],
) -> tuple[int, int] | None:
    """An earlier figure and a later one, from another report (``_one_report``: another
    article, or another body one article names) on another day, that is lower than the
    earlier could be."""
    highest: int | None = None
    for i, claim in enumerate(ordered):
        if claim.quantity is not None and claim.quantity.superseded:
            continue  # an earlier report than its day says
        if (
            highest is not None
            and intervals[i][1] < intervals[highest][0]
            and not _one_report(_report_of(claim), _report_of(ordered[highest]))
            and as_of(claim) != as_of(ordered[highest])
            and not elsewhere(highest, i)
        ):
            return highest, i
        if highest is None or intervals[i][0] > intervals[highest][0]:
            highest = i
    return None


def _timeline(steps: Sequence[str]) -> str:
    """Steps joined by arrows; a long timeline keeps its ends and says how many it skips."""
    if len(steps) <= TIMELINE_SHOWN:
        return " → ".join(steps)
    half = TIMELINE_SHOWN // 2
    skipped = len(steps) - 2 * half
    return " → ".join([*steps[:half], f"… {skipped} more reports …", *steps[-half:]])


# Times ---------------------------------------------------------------------------------


def _judge_times(claims: Sequence[Claim]) -> tuple[str | None, str]:
    if not claims:
        return None, ""
    outlets = {outlet_of(c) for c in claims}
    spans = [
        (*span(c.time.start or "", c.time.end or ""), c.doc or "")  # type: ignore[union-attr]
        for c in claims
    ]
    pair = _disjoint_across_docs(spans)
    if pair is not None:
        apart = _dates_apart(claims, spans)
        a, b = claims[pair[0]], claims[pair[1]]
        assert a.time is not None and b.time is not None
        if apart is None:
            return "compatible", (
                f"{a.time.start} ({a.time.text!r}, {outlet_of(a)}) and {b.time.start} "
                f"({b.time.text!r}, {outlet_of(b)}) lie more than {NEAR_DAYS} days apart, and "
                "a date read from its report's own day (a weekday, a clock time) that far "
                "from another report's dates another turn of the story, not the same moment"
            )
        a, b = claims[apart[0]], claims[apart[1]]
        assert a.time is not None and b.time is not None
        return "conflicting", (
            f"{a.time.start} ({a.time.text!r}, {source_of(a)}, {outlet_of(a)}: {_quote(a)!r}) vs "
            f"{b.time.start} ({b.time.text!r}, {source_of(b)}, {outlet_of(b)}: {_quote(b)!r}): "
            "the dates exclude each other"
        )
    if len(outlets) < 2:
        return "single-source", f"only {next(iter(outlets))} dates it ({claims[0].time.start})"  # type: ignore[union-attr]
    starts = {c.time.start for c in claims}  # type: ignore[union-attr]
    if len(starts) == 1:
        return "corroborated", f"{len(outlets)} outlets date it {next(iter(starts))}"
    return "compatible", "the dates nest (" + ", ".join(sorted(starts)) + ")"  # type: ignore[arg-type]


# Days a report reads from its own day ("Tuesday", "kemarin", "pukul 23.15") and one that
# another report gives may exclude each other only this many days apart: further apart, the
# weekday is that report's news of the day (the peak of a flood, the capture of a tiger a
# week after its attack, a second meeting), not another date for the first.
NEAR_DAYS = 2
# A number in a date's own words that is no part of a clock time ("Kamis (10/12/2026)",
# "Sept. 12", "6 Januari"; not "pukul 23.15", "2:30 a.m.").
_OWN_NUMBER = re.compile(r"(?<![\d.:])\d+(?![\d]|[.:]\d)")


def _names_its_date(time: TimeSpan | None) -> bool:
    """Does the date's text say which day, month or year, rather than leave the day to
    the report's own ("Tuesday", "kemarin", "pukul 23.15")? A month or a year is always
    named.

    >>> [_names_its_date(TimeSpan(start="2026-12-10", text=text))
    ...  for text in ("Kamis (10/12/2026)", "Sept. 12", "Tuesday", "pukul 23.15 WIB")]
    [True, True, False, False]
    >>> _names_its_date(TimeSpan(start="2024-06", text="Juni lalu"))
    True
    """
    if time is None or time.start is None:
        return False
    return len(time.start) < len("YYYY-MM-DD") or _OWN_NUMBER.search(time.text) is not None


def _dates_apart(
    claims: Sequence[Claim], spans: Sequence[tuple[str, str, Hashable]]
) -> tuple[int, int] | None:
    """Two dates from different reports that exclude each other and could name the same
    day: both name their dates, or they lie within ``NEAR_DAYS`` of each other."""
    named = [i for i, c in enumerate(claims) if _names_its_date(c.time)]
    pair = _disjoint_across_docs([spans[i] for i in named])
    if pair is not None:
        return named[pair[0]], named[pair[1]]
    # Each date looks only at the first days in the NEAR_DAYS after it: the scan stops at
    # the first from another report, so it reads past that report's own dates alone.
    by_low = sorted(range(len(spans)), key=lambda i: spans[i][0])
    lows = [spans[i][0] for i in by_low]
    seen: set[tuple[str, Hashable]] = set()
    for i in sorted(range(len(spans)), key=lambda i: spans[i][1]):
        high, doc = spans[i][1], spans[i][2]
        if (high, doc) in seen:
            continue  # a report's dates on one day look ahead once
        seen.add((high, doc))
        start = bisect.bisect_right(lows, high)
        limit = bisect.bisect_right(lows, _add_days(high, NEAR_DAYS))
        for k in range(start, limit):
            if spans[by_low[k]][2] != doc:
                return i, by_low[k]
    return None


def _add_days(iso: str, days: int) -> str:
    """An ISO day so many days on; a day it cannot read stays as it is."""
    try:
        return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()
    except (ValueError, OverflowError):
        return iso


# Items ---------------------------------------------------------------------------------


def _judge_items(claims: Sequence[Claim]) -> tuple[str | None, str]:
    if not claims:
        return None, ""
    by_outlet: dict[str, set[str]] = {}
    for c in claims:
        by_outlet.setdefault(outlet_of(c), set()).update(c.items)
    if len(by_outlet) < 2:
        items = sorted(next(iter(by_outlet.values())))
        return "single-source", f"only {next(iter(by_outlet))} names {', '.join(items)}"
    counts: dict[str, int] = {}
    for named in by_outlet.values():
        for item in named:
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


def _describe(fact: Fact) -> str:
    """A readable key: ``DEPLOYMENT North Korea → Russia``; an event by its place."""
    names: dict[str, str] = {}
    roles: dict[str, set[str]] = {"actor": set(), "other": set(), "place": set()}
    event = fact.type == "OTHER" and fact.subtype in EVENT_SUBTYPES
    for c in fact.claims:
        for role, ref in (("actor", c.actor), ("other", c.recipient), ("place", c.stated_location)):
            if ref is not None:
                key = ref.id or ref.name
                names[key] = ref.name
                roles[role].add(key)
    label = fact.type + (f"/{fact.subtype}" if fact.subtype else "")
    if fact.counted or fact.nationals:
        nationals = f"{fact.nationals.rsplit('/', 1)[-1]} nationals" if fact.nationals else ""
        label += f" ({', '.join(filter(None, (fact.counted, nationals)))})"

    def name(role: str) -> str:
        keys = sorted(roles[role])
        return names[keys[0]] if keys else "?"

    if event:
        return f"{label} in {name('place')}{fact.tag}"
    return f"{label} {name('actor')} → {name('other')}{fact.tag}"
