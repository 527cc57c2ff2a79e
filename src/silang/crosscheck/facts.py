"""Which claims of a story state the same fact: unification, not equality of a key.

A fact is a kind (type, subtype, and for figures what is counted and in which unit) and
its roles: who, whom and where. Two claims state the same fact when they agree on the
kind and every role they both name agrees:

* a role one claim leaves unnamed agrees with any value ("12 orang tewas" beside
  "12 tentara Korut tewas di Kursk"), but a claim joins a fact only where exactly one
  fact of its story agrees with it; where several do, it stands alone;
* places agree when one contains the other (village ⊂ district ⊂ regency ⊂ province),
  through the knowledge base's place hierarchy (``Places``);
* the two parties of an agreement or a meeting have no direction;
* a state body stands for its country ("China Coast Guard → Philippine Coast Guard"
  beside "China → Philippines"), but two bodies of one country are two parties;
* a figure of a country's nationals ("lima WNI"), or of children or women outside a toll
  ("61 di antaranya anak-anak"), is a part of a figure naming none, and meets it only
  where the values agree; a part of a count ("three of them") and an
  increment ("two more bodies") stay apart from totals;
* an amount in another currency joins the amount it agrees with once converted
  (``_join_currencies``); "300 additional troops" joins the deployment some report gives
  300 for (``INCREMENT_OF``).

Claims are unified most specific first, so that the facts are built from the claims that
name the most and the vaguer claims attach to them. Repeatable events (attacks, meetings,
signings, disasters) are then split by date: an attack a month after another is another
attack.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import itertools
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from silang.crosscheck.currencies import CURRENCIES, convert
from silang.crosscheck.fact_cells import ALL, NO_LOWS, Cell, CellKey, Key, Overlaps, low_ends
from silang.crosscheck.figures import interval, overlap
from silang.model import EVENT_SUBTYPES, ONCE_EVENTS, UNIT_SCALES, Claim, EntityRef, Quantity

# Claims that are not facts to cross-check: none now; statements are grouped by who made
# them (``_statement_facts``), not unified like the other facts.
UNGROUPED_TYPES: frozenset[str] = frozenset()
# Types whose two parties have no direction (an agreement between A and B = between B and A).
SYMMETRIC = frozenset({"AGREEMENT", "MEETING"})
# Acts of one party to an agreement: Indonesia's ratification of a treaty with East Timor
# and East Timor's of the same treaty are two facts, each with its own date.
ONE_PARTY_ACTS = frozenset({("AGREEMENT", "ratified")})
# Types where the same parties can be in several events (two attacks, two meetings): dates
# more than SAME_EVENT_DAYS apart are different events, not a conflict about one event.
REPEATABLE = frozenset({"ATTACK", "MEETING"})
SAME_EVENT_DAYS = 7
# Events that recur within days (another launch, another eruption, an aftershock): reports
# that date them more than a day apart tell two events, not a dispute over one date ("the
# missiles launched on 8 September" and "eight missiles on Saturday", the 12th).
RECURRING_EVENTS = frozenset(
    {"missile_launch", "eruption", "earthquake", "explosion", "lightning_strike"}
)
RECURRING_EVENT_DAYS = 1
# Two countries sign many agreements over the years: signings more than a year apart are two
# agreements (the 2006 Lombok Treaty and a 2024 defence pact), while reports months apart
# about one signing (September vs June) are a conflict.
SAME_AGREEMENT_DAYS = 366
# Which parties tell two facts of a type apart. Who counts (the side of the dead, the
# country sending troops) is compared only when both claims name a state or an armed group:
# an organisation or a person in that slot is most often the body that reported the figure.
# The parties of a transfer, an agreement, a meeting or an attack are always compared. The
# other facts (the displaced, houses damaged, arrests, aid) are told apart by what they
# count and where, not by who.
STRONG_PARTIES = frozenset({"country", "group"})
ROLES_COMPARED = {
    "DEPLOYMENT": "strong",
    "CASUALTIES": "strong-actor",
    "WEAPONS_TRANSFER": "all",
    "AGREEMENT": "all",
    "MEETING": "all",
    "ATTACK": "all",
    "OTHER": "none",
}
# Kinds of another type whose actor tells facts apart: aid is told apart by who gives it
# (Rp1,3 miliar from the social ministry, Rp500 juta from BNPB).
ROLES_COMPARED_BY_KIND: dict[tuple[str, str | None], str] = {("OTHER", "aid"): "actor"}

# Which side of a conflict the people a figure counts are on (the packs' ``counted_kinds``;
# a kind not listed is a civilian one). Soldiers killed and civilians killed are two facts;
# passengers, women and "the dead" of one sinking may be one toll told in different words.
COUNTED_SIDES = {"soldier": "armed", "police": "armed", "attacker": "armed", "suspect": "suspect"}
# Children, women and men are some of the people a count naming no kind counts ("97 pasien
# DBD, 61 di antaranya anak-anak"): outside a toll (where "12 children died" may be the
# whole toll), such a figure meets one naming no kind only where the values agree, as a
# figure of nationals does; once it has, the fact counts people of no kind ("two men"
# beside "dua orang ditangkap").
PART_KINDS = frozenset({"child", "woman", "man"})
# Types whose figures count people, whatever noun the figure has.
PEOPLE_COUNTED = frozenset({"CASUALTIES", "DEPLOYMENT"})
# Facts of the sick, whose cases are people: a figure of cases and one of people are one.
PEOPLE_AS_CASES = frozenset({"cases", "poisoned", "hospitalized"})
# Units that measure the same thing (a figure in tonnes and one in kilograms can be one
# fact); any other two units are two facts.
UNIT_FAMILY = {
    # "11 kali gempa susulan" counts occurrences, as a bare "38 aftershocks" does.
    "time": "-",
    **{unit: base for unit, (base, _) in UNIT_SCALES.items()},
}


class Places(Protocol):
    """What unification asks of the knowledge base about places and parties."""

    def ancestors(self, entity_id: str) -> Sequence[str]:
        """The places that contain a place, nearest first."""
        ...

    def state_of(self, entity_id: str) -> str | None:
        """The country a state body acts for (a coast guard, a ministry), or None."""
        ...

    def country_of(self, entity_id: str) -> str | None:
        """The country a place is in (a country is its own), or None where not known."""
        ...


@dataclass(slots=True)
class Fact:
    """Claims that state one fact, with the roles they name."""

    kind: tuple[str, str | None]  # type, subtype
    claims: list[Claim] = field(default_factory=list)
    # The unit family of its figures (kg for tonnes and kilograms); one per fact.
    unit: str | None = None
    # Who the figures count, where a claim says ("soldier"): one kind per fact.
    counted: str | None = None
    # The country whose nationals the figures count, where a claim says ("lima WNI").
    nationals: str | None = None
    # Figures that add to earlier ones ("two more bodies") or count a part of the one
    # before them ("three of them"), kept apart from totals (the function ``apart``).
    apart: bool = False
    # The roles its claims name. Frozen sets, replaced when one grows: most facts name
    # none or one, and the empty one is shared (a large story has 10^5 facts).
    actors: frozenset[str] = frozenset()
    others: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    # The weapon systems its claims name (submarines, fighter jets): two deliveries of
    # different weapons are two facts.
    items: frozenset[str] = frozenset()
    # A death told without a figure ("Rizal … meninggal di rumah sakit Senin pagi", "The
    # worker who died …"): one person's, apart from the tolls (``one_death``).
    single: bool = False
    # A date suffix that tells a repeated event apart ("@2025-08-12").
    tag: str = ""
    # How many of its claims give a figure, and (highest bottom, lowest top) of those
    # figures: a value overlaps every figure iff it overlaps this pair.
    figures: int = 0
    common: tuple[float, float] = (-math.inf, math.inf)
    # The sentences (document, start) its parts of a count come from (``_a_sibling_part``).
    part_sentences: set[tuple[str | None, int]] = field(default_factory=set)
    # Whether a claim of it counts everyone where its article counts a country's nationals
    # apart (``whole_counts``): no figure of those nationals joins it.
    whole: bool = False

    @property
    def type(self) -> str:
        return self.kind[0]

    @property
    def subtype(self) -> str | None:
        return self.kind[1]

    def absorb(self, other: Fact) -> None:
        """Take ``other``'s claims and roles: its figures are in another currency
        (``_join_currencies``), or disagree with this fact's (``_join_near_untyped``), so
        ``unit``, ``figures`` and ``common`` stay this fact's."""
        self.claims.extend(other.claims)
        self.actors |= other.actors
        self.others |= other.others
        self.places |= other.places
        self.items |= other.items
        self.whole |= other.whole

    def add(self, claim: Claim, whole: bool = False) -> None:
        """Take the claim's figure and roles; ``whole``: it counts everyone
        (``whole_counts``)."""
        self.whole |= whole
        if claim.quantity is not None:
            kind = claim.quantity.counted
            if kind is None and self.counted in PART_KINDS:
                # "dua orang" beside "two men": those people, not a part of them, and so
                # is a later count naming no kind ("four people arrested").
                self.counted = None
            elif kind and (self.counted is None and (kind not in PART_KINDS or not self.figures)):
                self.counted = kind
            self.unit = unit_family(claim)
            self.apart = apart(claim)
            lo, hi = interval(claim.quantity)
            self.figures += 1
            self.common = (max(self.common[0], lo), min(self.common[1], hi))
            if self.apart:
                self.part_sentences.add((claim.doc, claim.evidence.start))
        if claim.quantity is not None and claim.quantity.nationals:
            self.nationals = claim.quantity.nationals
        actor, other = roles_of(claim)
        if actor and actor not in self.actors:
            self.actors = self.actors | {actor}
        if other and other not in self.others:
            self.others = self.others | {other}
        place = entity_key(claim.stated_location)
        if place and place not in self.places:
            self.places = self.places | {place}
        if claim.items and not self.items.issuperset(claim.items):
            self.items = self.items | set(claim.items)
        self.claims.append(claim)


# An untyped figure's interval spanning more binary orders of magnitude than this is
# tried against every untyped fact ("lebih dari 10": from 10 up, without end).
MAX_SIZES = 8
UNTYPED: tuple[str, str | None] = ("OTHER", None)
# A claim that fits more facts than this stands alone (see ``_FactIndex._widest``): it
# names too little to place, and comparing every pair of them would be quadratic.
MAX_CANDIDATES = 6
# Units many kinds of fact count in (people, households, money, boats, a bare number): an
# untyped figure in one of these names no kind by its unit alone ("tiga kapal" may be
# patrol ships sent, boats wrecked or boats kept in port).
GENERAL_UNITS = frozenset({"person", "household", "-", "IDR", "USD", "EUR", "vessel", None})
# Units an untyped figure counts places in: in one story such counts are one running
# figure, how far the event reaches (``unifies``).
REACH_UNITS = frozenset({"village", "district", "regency"})
# Unit families of measures: a story gives many lengths (a depth, a distance, a ship's
# length, an ash column), so an untyped one names no kind by its unit, and joins a fact
# only where its value agrees.
MEASURE_FAMILIES = frozenset({"m"})
# Kinds that say only that a figure is an amount ("senilai Rp1,2 miliar", "worth $5
# million"), not what it is an amount of: like an untyped figure, such a claim first looks
# for the one typed fact whose figures it agrees with (the aid of Rp1,2 miliar, the cash
# seized), is unified after the claims that say more, and joins another amount only of
# the same value (two amounts in a story are two things more often than one in conflict).
AMOUNT_ONLY: frozenset[tuple[str, str | None]] = frozenset({("OTHER", "value")})
# Kinds of fact a story has many of, told apart by what they locate or measure, which the
# claim does not carry: "3 km dari tanggul" of one body found and "5 km" of another. Two
# join only where their figures agree, so that they never disagree.
SAME_VALUE_ONLY: frozenset[tuple[str, str | None]] = frozenset({("OTHER", "distance")})
# Kinds of fact that send people, and with them the vehicles, ships or aircraft a fact of
# its own may count: a claim of one without a figure tells of the people (``match``).
SENDS_PEOPLE = frozenset({"DEPLOYMENT"})
# Kinds that say a figure adds to another kind's ("300 additional troops" beside "300
# troops sent"): such a claim joins the one fact of the other kind that has a claim with
# its figure, the same troops told without the word; with no such fact it is an increment of
# its own, never a conflict with the running total. Unified after every other claim, so
# that the facts it may repeat are built.
INCREMENT_OF: dict[tuple[str, str | None], tuple[str, str | None]] = {
    ("DEPLOYMENT", "additional"): ("DEPLOYMENT", None),
}


def facts_of(claims: Sequence[Claim], places: Places | None = None) -> list[Fact]:
    """The facts a story's claims state, in a stable order."""
    kept = _generic_casualties_read(
        [c for c in claims if c.type not in UNGROUPED_TYPES and c.type != "STATEMENT"]
    )
    order = {id(c): i for i, c in enumerate(kept)}
    facts: list[Fact] = []
    index = _FactIndex(kept, places)
    for claim in unification_order(kept):
        fact = index.match(claim)
        whole = id(claim) in index.totals
        if fact is not None:
            fact.add(claim, whole)
            index.update(fact)
        else:
            fact = Fact(_kind(claim), single=one_death(claim))
            fact.add(claim, whole)
            facts.append(fact)
            index.add(fact, claim)
    facts = _join_currencies(facts, places)
    facts = _join_near_untyped(facts, places)
    facts = _join_the_people_aboard(facts, places)
    for fact in facts:
        fact.claims.sort(key=lambda c: order[id(c)])
    statements = [c for c in claims if c.type == "STATEMENT"]
    return [event for fact in facts for event in _split_events(fact)] + _statement_facts(statements)


def unification_order(claims: Sequence[Claim]) -> list[Claim]:
    """The order ``facts_of`` unifies claims in: the most specific first (most roles
    named), untyped figures after every typed claim (the typed fact they may join is then
    there: "empat awak" beside "including four crew" aboard), increments last; else as
    told."""
    ranked = sorted(
        enumerate(claims),
        key=lambda p: (_kind(p[1]) in INCREMENT_OF, _kind(p[1]) == UNTYPED, -_named(p[1]), p[0]),
    )
    return [c for _, c in ranked]


def _generic_casualties_read(claims: list[Claim]) -> list[Claim]:
    """``15 korban berasal dari Agam`` (victims, dead or hurt) in a story whose casualties
    are only the dead: the victims are the dead, as they are the hurt where only the hurt
    are counted. With both counted, "korban" says not which."""
    families = {
        "wounded" if (c.subtype or "").startswith("wounded") else c.subtype
        for c in claims
        if c.type == "CASUALTIES"
    }
    told = families & {"killed", "wounded"}
    if GENERIC_CASUALTIES not in families or len(told) != 1:
        return claims
    (subtype,) = told
    return [
        dataclasses.replace(c, subtype=subtype)
        if c.type == "CASUALTIES" and c.subtype == GENERIC_CASUALTIES
        else c
        for c in claims
    ]


# "korban": people an event killed or hurt, the packs' word for either.
GENERIC_CASUALTIES = "killed_or_wounded"


def _join_currencies(facts: list[Fact], places: Places | None) -> list[Fact]:
    """Facts whose amounts are one amount in two currencies, made one ("Rp36 miliar"
    beside "$2.2 million"): a fact joins the one fact in another currency that gives an
    amount agreeing with one of its own once converted (``currencies.convert``), where
    that fact has no other such partner, and both are of one kind or one says only that
    it is an amount (the one of its own kind, where there are both). The joined fact keeps
    the figures of its own currency in ``common``.

    Amounts are looked up by their low end within the window a converted amount allows,
    so that a story's amounts are not compared pair by pair."""
    money = [f for f in facts if f.unit in CURRENCIES]
    if len({f.unit for f in money}) < 2:
        return facts
    # Per currency, each amount (not a bound: "more than $1 million") as (low, high, fact),
    # by low end.
    amounts: dict[str, list[tuple[float, float, int, Fact]]] = {}
    for fact in money:
        for claim in fact.claims:
            if claim.quantity is not None and _narrow(values := interval(claim.quantity)):
                amounts.setdefault(fact.unit or "", []).append((*values, id(fact), fact))
    for listed in amounts.values():
        listed.sort(key=lambda a: a[:3])
    lows = {unit: [a[0] for a in listed] for unit, listed in amounts.items()}

    def partners(fact: Fact) -> list[Fact]:
        found: dict[int, Fact] = {}
        for claim in fact.claims:
            if claim.quantity is None or not _narrow(values := interval(claim.quantity)):
                continue
            for unit, candidates in amounts.items():
                if unit == fact.unit:
                    continue
                window = convert(values, fact.unit or "", unit, claim.published)
                if window is None:
                    continue
                # A partner amount's low end is at least half its high end.
                start = bisect.bisect_left(lows[unit], window[0] / 2)
                stop = bisect.bisect_right(lows[unit], window[1])
                for low, high, key, other in candidates[start:stop]:
                    if (
                        key not in found
                        and overlap(window, (low, high))
                        and _one_kind_of_amount(fact.kind, other.kind)
                        and could_be_one(fact, other, places, units=False)
                    ):
                        found[key] = other
                        if len(found) > MAX_CANDIDATES:
                            return []
        # One of its own kind is the partner beside amounts that say no more.
        same = [f for f in found.values() if f.kind == fact.kind]
        return same if len(same) == 1 else list(found.values())

    gone: set[int] = set()
    for fact in money:
        if id(fact) in gone:
            continue
        found = partners(fact)
        if len(found) != 1 or id(found[0]) in gone:
            continue
        other = found[0]
        if [id(f) for f in partners(other)] != [id(fact)]:
            continue
        keep, join = (other, fact) if _amount_rank(other) > _amount_rank(fact) else (fact, other)
        keep.absorb(join)
        gone.add(id(join))
    return [f for f in facts if id(f) not in gone]


# Untyped figures of one specific unit in a story whose values all lie within this factor
# of each other count one thing ("sekitar empat ton" asam bocor beside "tujuh ton").
NEAR_FACTOR = 2


def _join_near_untyped(facts: list[Fact], places: Places | None) -> list[Fact]:
    """Untyped facts of one unit that no figure of any other kind of fact uses
    ("37 toko" beside "43 toko", "60 karung" beside "75 karung"), whose figures all lie
    within ``NEAR_FACTOR`` of each other and no article gives two of, made one: a story
    counts a thing in a unit of its own once, and two outlets that give different figures
    for it disagree. A story with more than ``MAX_CANDIDATES`` such facts in a unit counts
    several things in it, and they stay apart."""
    typed_units = {f.unit for f in facts if f.kind != UNTYPED and f.unit}
    buckets: dict[tuple[str, str | None, object], list[Fact]] = {}
    for fact in facts:
        if (
            fact.kind == UNTYPED
            and fact.unit not in GENERAL_UNITS
            and fact.unit not in REACH_UNITS
            and fact.unit not in MEASURE_FAMILIES
            and fact.unit not in typed_units
            and fact.figures
        ):
            buckets.setdefault((fact.unit or "", fact.counted, fact.nationals), []).append(fact)
    gone: set[int] = set()
    for bucket in buckets.values():
        if not 2 <= len(bucket) <= MAX_CANDIDATES:
            continue  # a story of many figures in a unit counts many things in it
        lows = [f.common[0] for f in bucket]
        highs = [f.common[1] for f in bucket]
        if min(lows) <= 0 or not all(math.isfinite(h) for h in highs):
            continue
        if max(highs) > NEAR_FACTOR * min(lows):
            continue
        if not all(
            could_be_one(a, b, places) and not _told_in_one_article(a, b)
            for a, b in itertools.combinations(bucket, 2)
        ):
            continue
        keep = max(bucket, key=lambda f: len(f.claims))
        for other in bucket:
            if other is not keep:
                keep.absorb(other)
                gone.add(id(other))
    return [f for f in facts if id(f) not in gone]


# The people a craft carries: an untyped count of them ("KCR mencatat 88 penumpang", "the
# trawler had 22 crew") is what another outlet tells as the people aboard.
ABOARD_KINDS = frozenset({"passenger", "crew"})
ABOARD = ("OTHER", "aboard")


def _join_the_people_aboard(facts: list[Fact], places: Places | None) -> list[Fact]:
    """An untyped count of passengers or crew joined to the story's only count of the
    people aboard (of no one country) whose figures lie within ``NEAR_FACTOR`` of its own:
    "88 penumpang" in one report beside "95 people on board" in another, or both in one
    report that notes the gap, is the figure they disagree on, not a fact of its own."""
    aboard = [
        f
        for f in facts
        if f.kind == ABOARD and f.figures and f.unit == "person" and f.nationals is None
    ]
    gone: set[int] = set()
    for fact in facts:
        if (
            fact.kind != UNTYPED
            or fact.unit != "person"
            or fact.counted not in ABOARD_KINDS
            or not fact.figures
            or fact.nationals is not None
        ):
            continue
        near = [
            f
            for f in aboard
            if f.counted == fact.counted
            and _near(f.common, fact.common)
            and could_be_one(f, fact, places)
            and not _told_in_one_sentence(f, fact)
        ]
        if len(near) == 1:
            near[0].absorb(fact)
            gone.add(id(fact))
    return [f for f in facts if id(f) not in gone]


def _told_in_one_sentence(a: Fact, b: Fact) -> bool:
    """Does one sentence give a figure of each fact ("enam awak, yakni dua pilot dan empat
    awak kabin")? Then one is a part of the other, or each counts other people."""
    told = {(c.doc, c.evidence.start) for c in a.claims}
    return any((c.doc, c.evidence.start) in told for c in b.claims)


def _near(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Do two finite, positive ranges of figures lie within ``NEAR_FACTOR`` of each other?"""
    low, high = min(a[0], b[0]), max(a[1], b[1])
    return low > 0 and math.isfinite(high) and high <= NEAR_FACTOR * low


def _one_measure(fact: Fact, values: tuple[float, float]) -> bool:
    """Can an untyped measure (a length) be the fact's? Only an amount beside amounts
    ("about 1.2 m" beside "1.2 metres"): a range or a bound ("50 cm to 1.5 m", "up to 38
    mm") holds many lengths a story gives of other things."""
    return _narrow(values) and _narrow(fact.common)


def _told_in_one_article(a: Fact, b: Fact) -> bool:
    """Does one article give a figure of each fact ("sekitar 38 ton, jauh di atas batas 24
    ton yang diizinkan")? An article that gives two figures in one unit counts two things."""
    told = {c.doc for c in a.claims}
    return any(c.doc in told for c in b.claims)


def _narrow(values: tuple[float, float]) -> bool:
    """A finite, positive interval whose top is at most twice its bottom: an amount, not
    a bound ("more than $1 million")."""
    low, high = values
    return 0 < low <= high <= 2 * low


def _one_kind_of_amount(a: tuple[str, str | None], b: tuple[str, str | None]) -> bool:
    generic = (UNTYPED, *AMOUNT_ONLY)
    return a == b or a in generic or b in generic


def _amount_rank(fact: Fact) -> tuple[bool, int]:
    """Which of two joined facts keeps its kind: the one that says what the amount is,
    then the one with more claims."""
    return fact.kind not in (UNTYPED, *AMOUNT_ONLY), len(fact.claims)


class _FactIndex:
    """The facts built so far, indexed so that a claim meets only the facts it could join.

    What a claim joins (``match``): among the facts it unifies with (``unifies``), the
    only one; else, if it gives a figure, the only one whose figures it agrees with; an
    untyped figure first looks for the only typed fact whose figures it agrees with.
    Only "none", "one" or "several" matter, so every lookup stops at the second match.

    Facts of a kind are kept in cells by unit, ``apart`` and who is counted; within a
    cell by the roles they name (who and whom; the parties of an agreement; the places of
    an event and the places above them), so that a claim naming Russia meets the facts
    about Russia and those that name nobody; and by the values all their figures allow
    (``fact_cells.Overlaps``), so that a figure meets only the facts its value fits. Each candidate
    is still checked with ``unifies`` and ``_agrees_in_value``: the index only leaves out
    facts those would refuse, and a story's facts are those of trying every fact
    (``tests/crosscheck/test_facts.py`` checks this on random claims).

    Untyped figures are tried as before the index: only against untyped facts that had a
    figure when they were made, in the same unit and sharing a binary order of magnitude
    with it (``_sizes``), or against all untyped facts when the figure spans too many.
    """

    def __init__(self, claims: Sequence[Claim], places: Places | None) -> None:
        self.places = places
        self.totals = whole_counts(claims)
        # Every low end a figure of this kind and unit family can give: the low end of a
        # fact's values is the highest low end of its figures, one of these.
        lows: dict[tuple[tuple[str, str | None], str | None], set[float]] = {}
        typed_lows: dict[str | None, set[float]] = {}
        for claim in claims:
            if claim.quantity is not None:
                low = interval(claim.quantity)[0]
                unit = unit_family(claim)
                lows.setdefault((_kind(claim), unit), set()).add(low)
                if _typed_figure(_kind(claim)):
                    typed_lows.setdefault(unit, set()).add(low)
        self._lows = {key: low_ends(values) for key, values in lows.items()}
        self._typed_lows = {unit: low_ends(values) for unit, values in typed_lows.items()}
        self._cells: dict[tuple[str, str | None], dict[CellKey, Cell[Fact]]] = {}
        # Typed facts (not events) by unit and who they count, for untyped figures.
        self._typed: dict[str | None, dict[str | None, Overlaps[Fact]]] = {}
        # Where each fact is: its cell, what it was filed under, the typed figures it is
        # among, and the role sets it was filed by (replaced, not changed, when they grow).
        self._where: dict[int, _Filed] = {}
        # Untyped facts made from a figure: its unit and orders of magnitude (None: too
        # many), which decide the figures that are tried against it.
        self._sized: dict[int, tuple[str | None, range | None]] = {}
        self._ancestors: dict[str, Sequence[str]] = {}
        self._states: dict[str, str | None] = {}
        # The order facts were made in, which breaks ties in ``_widest``.
        self._made: dict[int, int] = {}

    # -- lookups ---------------------------------------------------------------------

    def match(self, claim: Claim) -> Fact | None:
        """The fact ``claim`` joins, or None when it stands alone."""
        kind = _kind(claim)
        q = claim.quantity
        if kind == UNTYPED and q is None:
            return None  # an untyped claim without a figure unifies with nothing
        unit = unit_family(claim)
        values = interval(q) if q is not None else None
        sizes: range | None = None
        if kind == UNTYPED and values is not None:
            sizes = _sizes(values)
        if kind in INCREMENT_OF and values is not None and _narrow(values):
            # Of the story's many facts of the kind, few give the figure: asked first.
            gives = functools.partial(_gives_figure, values=values)
            repeated = _first_two(
                self._unified(claim, INCREMENT_OF[kind], unit, values, None, first=gives)
            )
            if len(repeated) == 1:
                return repeated[0]
        if kind == UNTYPED and unit in REACH_UNITS and values is not None:
            # "Kasus tersebar di 11 desa", "found in 17 villages", "meluas ke 19 desa": how
            # far a story's event reaches, counted in places, is one running figure.
            # Villages reached in one regency are not those reached in another.
            reach = _first_two(
                fact
                for cell in self._compatible(claim, kind, unit)
                if cell.unit == unit
                for fact in cell.overlaps.overlapping((-math.inf, math.inf))
                if in_its_places(fact, claim, self.places)
            )
            if len(reach) == 1:
                return reach[0]
        unified = list(itertools.islice(self._unified(claim, kind, unit, values, sizes),
                                        MAX_CANDIDATES + 1))  # fmt: skip
        if (kind == UNTYPED or kind in AMOUNT_ONLY) and values is not None:
            # An untyped figure ("500-an warga kini bertahan di enam posko") names no kind
            # of fact, as a claim may name no actor: it joins the one typed fact whose
            # figures it agrees with, if there is exactly one.
            typed = _first_two(
                fact
                for fact in self._typed_agreeing(claim, unit, values)
                if unit not in MEASURE_FAMILIES or _one_measure(fact, values)
            )
            if len(typed) == 1:
                return typed[0]
            if not typed and kind == UNTYPED and unit not in GENERAL_UNITS | MEASURE_FAMILIES:
                # "lima tempat penampungan" beside the shelters counted before: a unit only
                # one typed fact of the story counts in names the kind, whatever the value.
                alone = _first_two(self._typed_in(unit))
                if len(alone) == 1:
                    return alone[0]
        if len(unified) > 1 and values is not None:
            # Several facts fit what the claim names: the one whose figures it agrees
            # with is the one it reports, if only one does; else the one that gives
            # figures at all ("1.232 prajurit" beside the troops counted so far and a
            # deployment told without a figure).
            agreeing = _first_two(self._agreeing(claim, kind, unit, values, sizes))
            if len(agreeing) == 1:
                return agreeing[0]
            if len(agreeing) > 1 and len(unified) <= MAX_CANDIDATES:
                # "sekitar 400 warga" beside a fact of 400 and one of "ratusan" (hundreds):
                # the one that gives the amount, not only a bound it fits (among a few
                # facts: comparing with every fact of a large story would be quadratic).
                amount = _first_two(
                    fact
                    for fact in unified
                    if _agrees_in_value(fact, claim, self.totals) and _gives_figure(fact, values)
                )
                if len(amount) == 1:
                    return amount[0]
            counting = [f for f in unified if f.figures and f.unit == unit]
            if len(counting) == 1 and len(unified) <= MAX_CANDIDATES:
                return counting[0]
        if len(unified) == 1:
            return unified[0]
        if values is None and claim.time is not None and 1 < len(unified) <= MAX_CANDIDATES:
            # "Pertempuran pecah pada Minggu (21/6/2026) … di Distrik Kantharalak" names no
            # side, beside attacks by each side: the one told of that day and place is the
            # one it reports, if only one is.
            there = _first_two(f for f in unified if _told_then_and_there(f, claim))
            if len(there) == 1:
                return there[0]
        if values is None and kind[0] in SENDS_PEOPLE and len(unified) <= MAX_CANDIDATES:
            # "Tim SAR diberangkatkan" beside "120 personel" and "15 unit ambulans": a
            # deployment told without a figure sends people; the vehicles go with them.
            people = [f for f in unified if f.unit == "person"]
            if len(people) == 1:
                return people[0]
        return self._widest(unified)

    def _widest(self, candidates: Sequence[Fact]) -> Fact | None:
        """Of several facts a claim fits, the one it joins: where they could all be one
        fact (a toll of "4 workers" by the TPNPB, "5 workers", "5 killed", reported on
        different days), the one with the most claims, the first made of those; where
        two of them cannot (soldiers killed, civilians killed), none: the claim cannot
        say which it reports, and stands alone rather than join the wrong one."""
        if not 1 < len(candidates) <= MAX_CANDIDATES or candidates[0].kind == UNTYPED:
            return None
        if not all(
            could_be_one(a, b, self.places) for a, b in itertools.combinations(candidates, 2)
        ):
            return None
        return max(candidates, key=lambda f: (len(f.claims), -self._made[id(f)]))

    def _unified(
        self,
        claim: Claim,
        kind: tuple[str, str | None],
        unit: str | None,
        values: tuple[float, float] | None,
        sizes: range | None,
        first: Callable[[Fact], bool] | None = None,
    ) -> Iterator[Fact]:
        """The facts ``claim`` unifies with (those it is tried against); with ``first``,
        only those it accepts, asked before ``unifies``, the dearer test."""
        seen: set[int] = set()
        probes = self._probes(claim, kind)
        for cell in self._compatible(claim, kind, unit):
            if kind == UNTYPED:
                assert values is not None
                if sizes is not None and cell.unit is None:
                    continue  # facts made without a figure are tried only by wide ones
                found: Iterable[Fact] = cell.overlaps.overlapping(values)
            else:
                found = cell.members(probes)
            for fact in found:
                if id(fact) in seen:
                    continue
                seen.add(id(fact))
                if (
                    (first is None or first(fact))
                    and self._tried(fact, kind, unit, sizes)
                    and unifies(fact, claim, self.places, self.totals)
                ):
                    yield fact

    def _agreeing(
        self,
        claim: Claim,
        kind: tuple[str, str | None],
        unit: str | None,
        values: tuple[float, float],
        sizes: range | None,
    ) -> Iterator[Fact]:
        """The facts ``claim`` unifies with whose figures its value agrees with."""
        for cell in self._compatible(claim, kind, unit):
            if cell.unit != unit:
                continue  # a fact without figures, or in another unit, cannot agree
            for fact in cell.overlaps.overlapping(values):
                if (
                    self._tried(fact, kind, unit, sizes)
                    and unifies(fact, claim, self.places, self.totals)
                    and _agrees_in_value(fact, claim, self.totals)
                ):
                    yield fact

    def _typed_agreeing(
        self, claim: Claim, unit: str | None, values: tuple[float, float]
    ) -> Iterator[Fact]:
        """Typed facts (not events) in ``unit`` whose figures the claim's value agrees with."""
        counted = claim.quantity.counted if claim.quantity is not None else None
        for fact_counted, overlaps in self._typed.get(unit, {}).items():
            if counted and fact_counted and counted != fact_counted:
                continue
            for fact in overlaps.overlapping(values):
                if _agrees_in_value(fact, claim, self.totals):
                    yield fact

    def _typed_in(self, unit: str | None) -> Iterator[Fact]:
        """Every typed fact (not an event) whose figures are in ``unit``."""
        for overlaps in self._typed.get(unit, {}).values():
            yield from overlaps.overlapping((-math.inf, math.inf))

    def _compatible(
        self, claim: Claim, kind: tuple[str, str | None], unit: str | None
    ) -> Iterator[Cell[Fact]]:
        """The cells of ``kind`` whose facts ``unifies`` may accept: same unit (or none),
        the same ``apart`` for a figure, the same people counted (or unsaid)."""
        q = claim.quantity
        counted = q.counted if q is not None else None
        untyped = kind == UNTYPED
        for cell in self._cells.get(kind, {}).values():
            if untyped:
                if unit and cell.unit and unit != cell.unit:
                    continue
            elif unit is not None and cell.unit is not None and cell.unit != unit:
                continue  # the facts a figure is tried against: its unit, or none yet
            if q is not None and cell.unit and cell.apart != apart(claim):
                continue
            if counted and cell.counted and counted != cell.counted:
                continue
            yield cell

    def _tried(
        self, fact: Fact, kind: tuple[str, str | None], unit: str | None, sizes: range | None
    ) -> bool:
        """Is ``fact`` one that a claim of ``kind`` is tried against? Untyped figures
        meet untyped facts only through their orders of magnitude (see the class)."""
        if kind != UNTYPED or sizes is None:
            return True
        made = self._sized.get(id(fact))
        if made is None or made[0] != unit:
            return False
        made_sizes = made[1]
        return made_sizes is None or (
            max(made_sizes.start, sizes.start) < min(made_sizes.stop, sizes.stop)
        )

    def _probes(self, claim: Claim, kind: tuple[str, str | None]) -> tuple[Key, ...]:
        """The keys under which the facts whose roles agree with the claim's are filed."""
        how = self._roles_compared(kind)
        if how == "roles":
            actor, other = roles_of(claim)
            # A fact is filed under its parties and their countries (``_keys``): a claim
            # looks under its party and its party's country.
            actors, others = self._with_state(actor), self._with_state(other)
            if actor and other:
                return (*(("ao", a, o) for a in actors for o in others),
                        *(("ao", a, None) for a in actors), *(("ao", None, o) for o in others),
                        ("ao", None, None))  # fmt: skip
            if actor:
                return (*(("a", a) for a in actors), ("a", None))
            if other:
                return (*(("o", o) for o in others), ("o", None))
        elif how == "parties":
            named = sorted(p for p in roles_of(claim) if p)
            if named:
                # A fact with two parties or more holds every party the claim names.
                return (("small",), *(("p", p) for p in self._with_state(named[0])))
        elif how == "place":
            place = entity_key(claim.stated_location)
            up = self._up(place) if place else ()
            if place and up:
                return (("placeless",), ("unknown",), ("at", place), ("under", place),
                        *(("at", p) for p in up))  # fmt: skip
        return (ALL,)

    def _keys(self, fact: Fact) -> tuple[Key, ...]:
        """The keys a fact is filed under in its cell (see ``_probes``)."""
        how = self._roles_compared(fact.kind)
        keys: list[Key] = [ALL]
        if how == "roles":
            # A fact that names nobody in a role is filed under None there.
            actors: list[str | None] = [*self._with_states(fact.actors)] or [None]
            others: list[str | None] = [*self._with_states(fact.others)] or [None]
            keys += [("a", a) for a in actors] + [("o", o) for o in others]
            keys += [("ao", a, o) for a in actors for o in others]
        elif how == "parties":
            parties = fact.actors | fact.others
            keys += (
                [("p", p) for p in self._with_states(parties)]
                if len(parties) >= 2
                else [("small",)]
            )
        elif how == "place":
            if not fact.places:
                keys.append(("placeless",))
            for place in sorted(fact.places):
                up = self._up(place)
                keys.append(("at", place))
                keys += [("under", p) for p in up] if up else [("unknown",)]
        return tuple(dict.fromkeys(keys))

    def _roles_compared(self, kind: tuple[str, str | None]) -> str:
        """How ``unifies`` compares the roles of facts of this kind."""
        ctype, subtype = kind
        if kind == UNTYPED:
            return "none"
        if ctype == "OTHER" and subtype in EVENT_SUBTYPES:
            return "place" if self.places is not None else "none"
        if symmetric(kind):
            return "parties"
        return "none" if _compared(kind) == "none" else "roles"

    def _with_state(self, party: str | None) -> tuple[str, ...]:
        """A party and the country it acts for, if it is a state body."""
        if party is None:
            return ()
        state = self._states.get(party, "")
        if state == "":
            state = self._states[party] = (
                self.places.state_of(party) if self.places is not None else None
            )
        return (party,) if state is None else (party, state)

    def _with_states(self, parties: frozenset[str]) -> list[str]:
        return sorted({p for party in parties for p in self._with_state(party)})

    def _up(self, place: str) -> Sequence[str]:
        found = self._ancestors.get(place)
        if found is None:
            assert self.places is not None
            found = self._ancestors[place] = self.places.ancestors(place)
        return found

    # -- filing ----------------------------------------------------------------------

    def add(self, fact: Fact, claim: Claim) -> None:
        """File a fact just made from ``claim``."""
        if fact.kind == UNTYPED and claim.quantity is not None:
            self._sized[id(fact)] = (fact.unit, _sizes(interval(claim.quantity)))
        self._made[id(fact)] = len(self._made)
        self._file(fact)

    def update(self, fact: Fact) -> None:
        """File ``fact`` again after it took a claim (its unit, roles or values may have
        changed)."""
        cell, keys, typed, roles = self._where[id(fact)]
        if (
            cell.key != _cell_key(fact)
            or roles[0] is not fact.actors
            or roles[1] is not fact.others
            or roles[2] is not fact.places
        ):
            cell.remove(fact, keys)
            if typed is not None:
                typed.remove(fact)
            del self._where[id(fact)]
            self._file(fact)
            return
        cell.overlaps.move(fact)
        if typed is not None:
            typed.move(fact)

    def _file(self, fact: Fact) -> None:
        key = _cell_key(fact)
        cells = self._cells.setdefault(fact.kind, {})
        cell = cells.get(key)
        if cell is None:
            lows = self._lows.get((fact.kind, fact.unit), NO_LOWS)
            cell = cells[key] = Cell(key, Overlaps(lows))
        keys = self._keys(fact)
        cell.add(fact, keys)
        typed = None
        if fact.unit is not None and _typed_figure(fact.kind):
            by_counted = self._typed.setdefault(fact.unit, {})
            typed = by_counted.get(fact.counted)
            if typed is None:
                lows = self._typed_lows.get(fact.unit, NO_LOWS)
                typed = by_counted[fact.counted] = Overlaps(lows)
            typed.add(fact)
        self._where[id(fact)] = (cell, keys, typed, (fact.actors, fact.others, fact.places))


_Filed = tuple[
    "Cell[Fact]",
    tuple[Key, ...],
    "Overlaps[Fact] | None",
    tuple[frozenset[str], frozenset[str], frozenset[str]],
]


def _cell_key(fact: Fact) -> CellKey:
    return fact.unit, fact.apart, fact.counted


def _typed_figure(kind: tuple[str, str | None]) -> bool:
    """Can an untyped figure join a fact of this kind (a typed figure, not an event)?"""
    ctype, subtype = kind
    return ctype == "OTHER" and subtype is not None and subtype not in EVENT_SUBTYPES


def _gives_figure(fact: Fact, values: tuple[float, float]) -> bool:
    """Does one of the fact's claims give an amount (not a bound: "ribuan", "more than
    1,000") that ``values``, an amount too, overlaps?"""
    return _narrow(values) and any(
        c.quantity is not None and _narrow(given := interval(c.quantity)) and overlap(given, values)
        for c in fact.claims
    )


# How many of a fact's claims are read to find one told of a day and place.
TOLD_CLAIMS_READ = 20


def _told_then_and_there(fact: Fact, claim: Claim) -> bool:
    """Does one of the fact's first claims give the claim's day and stated place? A place
    the knowledge base knows and one of the same name it does not ("Distrik Kantharalak"
    in an Indonesian report, Kantharalak in the English one) are one place."""
    assert claim.time is not None
    day, place = claim.time.start, _place_names(claim.stated_location)
    return bool(place) and any(
        other.time is not None
        and other.time.start == day
        and not place.isdisjoint(_place_names(other.stated_location))
        for other in fact.claims[:TOLD_CLAIMS_READ]
    )


def _place_names(ref: EntityRef | None) -> set[str]:
    """A place's key and its name, case-folded (none for no place)."""
    if ref is None:
        return set()
    return {key for key in (entity_key(ref), " ".join(ref.name.split()).casefold()) if key}


def _first_two(found: Iterable[Fact]) -> list[Fact]:
    return list(itertools.islice(found, 2))


def _sizes(values: tuple[float, float]) -> range | None:
    """The binary orders of magnitude an interval spans, or None when too many."""
    lo, hi = values
    if not math.isfinite(hi) or lo < 0:
        return None
    first, last = _size(lo), _size(hi)
    return range(first, last + 1) if last - first <= MAX_SIZES else None


def _size(value: float) -> int:
    return int(math.log2(value)) if value >= 1 else 0


def _statement_facts(statements: Sequence[Claim]) -> list[Fact]:
    """What one speaker said, as several outlets report it: a speaker's statements of one
    kind (a denial, a claim) in a story, published within SAME_EVENT_DAYS of each other,
    are one fact; a person speaking for a state or body (``Claim.speaker_body``) is that
    state or body where it speaks in the story too. A suspected cause is the story's
    (``STORY_WIDE_STATEMENTS``): one fact whoever suspects it. An article that reports several
    statements of one speaker cannot show which of them another outlet carries, so its
    statements stand alone."""
    by_speaker: dict[tuple[str, str | None], list[Claim]] = {}
    facts: list[Fact] = []
    keys = {k for c in statements if (k := entity_key(c.actor) or entity_key(c.source))}
    speakers = _same_speakers(keys)
    for claim in statements:
        # "Perdana Menteri Jepang Shigeru Ishiba mengatakan …" beside "Japan expressed
        # serious concern": a person speaking for a state that speaks in the story itself
        # is that state.
        person, body = (
            entity_key(claim.actor) or entity_key(claim.source),
            entity_key(claim.speaker_body),
        )
        if person is not None and body in keys:
            speakers[person] = speakers[body]
    unnamed: list[Claim] = []
    for claim in statements:
        kind = _statement_kind(claim)
        if kind in STORY_WIDE_STATEMENTS:
            # "Api diduga dari korsleting listrik", said the fire department in one outlet
            # and the police chief in another: what caused the story's event is one fact,
            # whoever suspects it.
            by_speaker.setdefault(("", kind), []).append(claim)
            continue
        speaker = entity_key(claim.actor) or entity_key(claim.source)
        if speaker is None:
            unnamed.append(claim)
            continue
        by_speaker.setdefault((speakers[speaker], _statement_kind(claim)), []).append(claim)
    speakers_of: dict[str | None, list[tuple[str, str | None]]] = {}
    for key in by_speaker:
        speakers_of.setdefault(key[1], []).append(key)
    for claim in unnamed:
        # "It denied that poor maintenance was to blame": a statement whose speaker the
        # sentence does not name is the one speaker's of its kind in the story, where
        # there is exactly one (and its article reports none of that speaker's).
        found = speakers_of.get(_statement_kind(claim), []) if claim.subtype else []
        if len(found) == 1 and all(c.doc != claim.doc for c in by_speaker[found[0]]):
            by_speaker[found[0]].append(claim)
        elif claim.subtype and not found:
            # "Api diduga berasal dari korsleting listrik" in two outlets, no speaker named
            # in either and none of that kind in the story: one suspicion reported twice.
            by_speaker.setdefault(("", _statement_kind(claim)), []).append(claim)
        else:
            facts.append(_fact_of([claim]))
    for group in by_speaker.values():
        per_doc: dict[str | None, int] = {}
        for claim in group:
            per_doc[claim.doc] = per_doc.get(claim.doc, 0) + 1
        shared = sorted((c for c in group if per_doc[c.doc] == 1), key=lambda c: c.published or "")
        windows: list[list[Claim]] = []
        for claim in shared:
            window = windows[-1] if windows else None
            if window is None or (
                window[0].published
                and claim.published
                and days_between(window[0].published[:10], claim.published[:10]) > SAME_EVENT_DAYS
            ):
                windows.append(window := [])
            window.append(claim)
        windows.extend(_copied_statements([c for c in group if per_doc[c.doc] > 1], windows))
        facts.extend(_fact_of(window) for window in windows)
    return facts


def _copied_statements(several: Sequence[Claim], windows: list[list[Claim]]) -> list[list[Claim]]:
    """Statements of articles that report several of one speaker: each joins the
    statement another article tells in the same words (a copy republished: "Galih
    menyebut dugaan sementara ledakan dipicu …" in both), where there is one, and stands
    alone otherwise. Joins ``windows`` in place; returns the statements' own groups."""
    told: dict[str, list[Claim]] = {}
    for window in windows:
        for claim in window:
            told.setdefault(_words_said(claim), window)
    own: list[list[Claim]] = []
    for claim in several:
        key = _words_said(claim)
        found = told.get(key)
        if found is None or any(c.doc == claim.doc for c in found):
            own.append([claim])
            told.setdefault(key, own[-1])
        else:
            found.append(claim)
    return own


_NOT_A_WORD = re.compile(r"\W+")


def _words_said(claim: Claim) -> str:
    """The words of a statement's sentence, without case, punctuation or spacing: what a
    republished copy keeps."""
    return _NOT_A_WORD.sub(" ", claim.evidence.text.casefold()).strip()


# Kinds of statement about the story's event rather than a speaker's stance: one fact in a
# story, whoever says it.
STORY_WIDE_STATEMENTS = frozenset({"suspected_cause"})

# Kinds of statement that say the same thing: rejecting a report is denying it.
STATEMENT_FAMILIES = {"rejection": "denial"}


def _statement_kind(claim: Claim) -> str | None:
    """The kind a statement is grouped by (``STATEMENT_FAMILIES``)."""
    return STATEMENT_FAMILIES.get(claim.subtype or "", claim.subtype)


def _same_speakers(keys: set[str]) -> dict[str, str]:
    """Each speaker key -> the key its statements are grouped under: a name the knowledge
    base lacks, written shorter in one outlet than in another ("Putra Galuh" beside "PO
    Putra Galuh Wisata"), is the longer name whose words it holds, where exactly one does.
    The names holding a word are indexed, so that a name meets only those sharing its
    rarest word, and a word too common to tell (``MAX_CANDIDATES``) decides nothing."""
    unknown = [k for k in keys if "/" not in k]
    words = {k: frozenset(k.split()) for k in unknown}
    holding: dict[str, list[str]] = {}
    for k in unknown:
        for w in words[k]:
            holding.setdefault(w, []).append(k)
    found = {k: k for k in keys}
    for k in unknown:
        if len(words[k]) < 2:
            continue
        rarest = min((holding[w] for w in words[k]), key=len)
        if len(rarest) > MAX_CANDIDATES:
            continue
        longer = [o for o in rarest if o != k and words[k] < words[o]]
        if len(longer) == 1:
            found[k] = longer[0]
    return found


def _fact_of(claims: Sequence[Claim]) -> Fact:
    fact = Fact(_kind(claims[0]))
    for claim in claims:
        fact.add(claim)
    return fact


def _kind(claim: Claim) -> tuple[str, str | None]:
    return (claim.type, claim.subtype)


def apart(claim: Claim) -> bool:
    """Is a claim's figure kept apart from totals: an increment ("two more bodies") or a
    part of the figure before it ("three of them")? A part of a toll that counts a
    country's nationals ("23 luka-luka, tujuh di antaranya WNI"; "carrying 31 people, 29
    Indonesians …") is the count of those nationals, as "11 WNI luka-luka" is."""
    q = claim.quantity
    assert q is not None
    if q.part and q.nationals and q.unit == "person":
        return q.added
    return q.added or q.part


def one_death(claim: Claim) -> bool:
    """Is the claim a death told without a figure ("Rizal Abdullah Sangadji … meninggal di
    rumah sakit Senin pagi", "Korban kedua … meninggal pada Jumat")? Such a death is one
    person's, a fact of its own beside the tolls that count it; deaths of one story told
    so are one fact only when on one day (``_split_events``)."""
    return claim.type == "CASUALTIES" and claim.subtype == "killed" and claim.quantity is None


def unit_family(claim: Claim) -> str | None:
    """The unit family of the claim's figure; "-" for a bare number, which counts
    something, but not what "12 rumah" counts; a bare number of the dead or of troops
    counts people ("the death toll rose to two")."""
    q = claim.quantity
    if q is None:
        return None
    if q.unit is None:
        return "person" if claim.type in PEOPLE_COUNTED else "-"
    if q.unit == "case" and claim.subtype in PEOPLE_AS_CASES:
        return "person"  # "412 cases" and "214 warga terjangkit" count the same sick
    return UNIT_FAMILY.get(q.unit, q.unit)


def entity_key(ref: EntityRef | None) -> str | None:
    """An entity's ID, or its name for one the knowledge base does not know."""
    if ref is None:
        return None
    return ref.id or " ".join(ref.name.split()).casefold() or None


def roles_of(claim: Claim) -> tuple[str | None, str | None]:
    """(actor, counterpart) as far as they tell facts apart (``ROLES_COMPARED``)."""
    compared = _compared(_kind(claim))
    if compared == "none":
        return None, None
    actor, other = claim.actor, claim.recipient
    if compared == "actor":
        return entity_key(actor), None
    if compared.startswith("strong"):
        actor = actor if actor is not None and actor.type in STRONG_PARTIES else None
        other = other if other is not None and other.type in STRONG_PARTIES else None
        if compared == "strong-actor":
            other = None
    return entity_key(actor), entity_key(other)


def symmetric(kind: tuple[str, str | None]) -> bool:
    """Do a kind's two parties have no direction (``SYMMETRIC``, but not ``ONE_PARTY_ACTS``)?

    >>> symmetric(("AGREEMENT", "signed")), symmetric(("AGREEMENT", "ratified"))
    (True, False)
    """
    return kind[0] in SYMMETRIC and kind not in ONE_PARTY_ACTS


def _compared(kind: tuple[str, str | None]) -> str:
    """How the roles of a kind of fact are compared (``ROLES_COMPARED``)."""
    return ROLES_COMPARED_BY_KIND.get(kind) or ROLES_COMPARED.get(kind[0], "all")


def _named(claim: Claim) -> int:
    actor, other = roles_of(claim)
    counted = claim.quantity is not None and claim.quantity.counted is not None
    typed = claim.subtype is not None and _kind(claim) not in AMOUNT_ONLY
    return (
        (actor is not None)
        + (other is not None)
        + (claim.stated_location is not None)
        + counted
        + typed
    )


def unifies(
    fact: Fact, claim: Claim, places: Places | None, totals: frozenset[int] = frozenset()
) -> bool:
    """Can ``claim`` join ``fact``? ``totals``: the claims that count everyone where their
    article also counts a country's nationals (``whole_counts``)."""
    unit = unit_family(claim)
    if unit and fact.unit and unit != fact.unit:
        return False  # 37 shelters and 4,215 people are two facts
    if claim.quantity is not None and fact.unit and apart(claim) != fact.apart:
        return False  # "two more bodies" is no toll
    if fact.apart and claim.quantity is not None and _a_sibling_part(fact, claim):
        return False  # "25 di antaranya siswa dan dua lainnya guru": two parts
    if fact.single != one_death(claim):
        return False  # Rizal's death on Monday is no toll
    counted = claim.quantity.counted if claim.quantity is not None else None
    if counted and fact.counted and counted != fact.counted:
        return False  # soldiers killed and civilians killed are two facts
    if not _same_nationals(fact, claim, totals):
        return False  # five Indonesians among eight crew taken
    if fact.type != "CASUALTIES" and not _same_part_kind(fact, claim):
        return False  # 61 children among 97 patients
    if fact.kind == UNTYPED or fact.kind in AMOUNT_ONLY or fact.kind in SAME_VALUE_ONLY:
        # A figure no trigger typed ("126 unit rumah", "Rp1,2 miliar"), or an amount that
        # says not what of ("senilai Rp12 miliar"): only the same value, hedged or
        # rounded, shows that two reports count the same thing.
        if claim.quantity is None:
            return False
        values = interval(claim.quantity)
        if _kind(claim) == UNTYPED and unit in MEASURE_FAMILIES and not _one_measure(fact, values):
            return False
        return _overlaps_every_figure(fact, values)
    if claim.items and fact.items and fact.items.isdisjoint(claim.items):
        return False  # the Rafale jets due in January and the submarines due in 2030
    actor, other = roles_of(claim)
    if symmetric(fact.kind):
        named = {p for p in (actor, other) if p}
        parties = fact.actors | fact.others
        # Each party the claim names must be one of the fact's, when the fact has two.
        if len(parties) >= 2 and not all(_among(p, parties, places) for p in named):
            return False
    else:
        if actor and fact.actors and not _among(actor, fact.actors, places):
            return False
        if other and fact.others and not _among(other, fact.others, places):
            return False
    if (fact.type == "OTHER" and fact.subtype in EVENT_SUBTYPES) or (
        fact.apart and claim.quantity is not None and claim.quantity.part
    ):
        # Two landslides in two districts are two events; in a village and its district, one.
        # So are the parts of a toll given by place ("11 di Agam dan enam di Tanah Datar").
        return in_its_places(fact, claim, places)
    return True


def _a_sibling_part(fact: Fact, claim: Claim) -> bool:
    """Does the fact hold another part of a count from the claim's own sentence? Parts a
    sentence gives side by side ("Dari 27 korban luka, 25 di antaranya siswa dan dua
    lainnya guru") are parts of different people, never one fact."""
    return (claim.doc, claim.evidence.start) in fact.part_sentences


def in_its_places(fact: Fact, claim: Claim, places: Places | None) -> bool:
    """Is the claim's place one of the fact's, or in or around one (``nested``)? A claim
    or a fact that names no place may be anywhere."""
    place = entity_key(claim.stated_location)
    if place is None or not fact.places or places is None:
        return True
    return any(nested(place, p, places) for p in fact.places)


def _same_nationals(fact: Fact, claim: Claim, totals: frozenset[int] = frozenset()) -> bool:
    """Can the claim's figure count the people the fact's count, as to nationality? The
    nationals of two countries are two facts; a figure naming none beside one naming a
    country's (eight crew, five Indonesians) is that part only where the values agree
    ("lima ABK" beside "lima WNI"), and never where its article counts those nationals
    apart (``totals``: "tiga pekerja tewas" beside "seorang pemagang asal Indonesia
    tewas" is everyone)."""
    nationals = claim.quantity.nationals if claim.quantity is not None else None
    if nationals == fact.nationals or fact.figures == 0:
        return True
    if nationals and fact.nationals or claim.quantity is None:
        return False
    if fact.whole or id(claim) in totals:
        return False
    return _part_agrees(fact, claim.quantity)


def whole_counts(claims: Sequence[Claim]) -> frozenset[int]:
    """The claims (by ``id``) whose figure names no nationals in an article that gives a
    figure of a country's nationals for the same typed kind of fact: the count of everyone.
    (Figures no trigger typed are of no one kind: "lima orang" beside "tujuh warga
    Filipina" may count those Filipinos.)

    >>> from silang.model import Claim, Evidence, Quantity
    >>> def toll(n: int, nationals: str | None = None) -> Claim:
    ...     q = Quantity(min=n, max=n, unit="person", nationals=nationals)
    ...     return Claim("CASUALTIES", Evidence("", 0, 0), "killed", quantity=q, doc="d")
    >>> everyone, indonesians = toll(3), toll(1, "country/ID")
    >>> whole_counts([everyone, indonesians]) == {id(everyone)}
    True
    """
    told = {
        (c.doc, _kind(c))
        for c in claims
        if c.quantity is not None and c.quantity.nationals and _kind(c) != UNTYPED
    }
    if not told:
        return frozenset()
    return frozenset(
        id(c)
        for c in claims
        if c.quantity is not None and not c.quantity.nationals and (c.doc, _kind(c)) in told
    )


def _part_agrees(fact: Fact, quantity: Quantity) -> bool:
    """Does the figure of a part (nationals, children) agree with every figure of the
    fact? Amounts, not bounds: "puluhan WNI" (tens) agrees with any count of thousands."""
    values = interval(quantity)
    return _narrow(values) and _narrow(fact.common) and _overlaps_every_figure(fact, values)


def _same_part_kind(fact: Fact, claim: Claim) -> bool:
    """Can the claim's figure count the people the fact's count, as to age and sex
    (``PART_KINDS``)? A figure of children beside one naming no kind is that part only
    where the values agree."""
    counted = claim.quantity.counted if claim.quantity is not None else None
    if counted == fact.counted or fact.figures == 0 or claim.quantity is None:
        return True
    if counted not in PART_KINDS and fact.counted not in PART_KINDS:
        return True
    if counted and fact.counted:
        return False
    return _part_agrees(fact, claim.quantity)


def _among(party: str, parties: frozenset[str], places: Places | None) -> bool:
    """Is ``party`` one of ``parties``, or the country of one of them, or a body of one
    of them (``Places.state_of``)?"""
    if party in parties:
        return True
    if places is None:
        return False
    state = places.state_of(party)
    return (state is not None and state in parties) or any(
        places.state_of(p) == party for p in parties
    )


def could_be_one(a: Fact, b: Fact, places: Places | None, *, units: bool = True) -> bool:
    """Could two facts of a kind be one: nothing one names excludes what the other names
    (units unless ``units`` is False, the side of the people counted, the parties, the
    places of an event)?"""
    if a.unit and b.unit and ((units and a.unit != b.unit) or a.apart != b.apart):
        return False
    if a.counted and b.counted and _side(a.counted) != _side(b.counted):
        return False
    if a.nationals != b.nationals:
        return False
    if a.items and b.items and a.items.isdisjoint(b.items):
        return False
    if symmetric(a.kind):
        # The parties of one agreement: those of one fact are among those of the other.
        pa, pb = a.actors | a.others, b.actors | b.others
        if (
            len(pa) >= 2
            and len(pb) >= 2
            and not all(_among(p, pa, places) for p in pb)
            and not all(_among(p, pb, places) for p in pa)
        ):
            return False
    else:
        for mine, theirs in ((a.actors, b.actors), (a.others, b.others)):
            if mine and theirs and not any(_among(p, theirs, places) for p in mine):
                return False
    if a.places and b.places and places is not None and a.subtype in EVENT_SUBTYPES:
        return any(nested(p, q, places) for p in a.places for q in b.places)
    return True


def _side(counted: str) -> str:
    return COUNTED_SIDES.get(counted, "civilian")


def _agrees_in_value(fact: Fact, claim: Claim, totals: frozenset[int] = frozenset()) -> bool:
    """Same unit, same kind of people, and values that overlap every figure of the fact."""
    q = claim.quantity
    if q is None or not fact.claims or unit_family(claim) != fact.unit:
        return False
    if q.counted and fact.counted and q.counted != fact.counted:
        return False
    if not _same_nationals(fact, claim, totals):
        return False
    return fact.figures > 0 and _overlaps_every_figure(fact, interval(q))


def _overlaps_every_figure(fact: Fact, values: tuple[float, float]) -> bool:
    """``values`` overlaps every figure of ``fact``: it starts under each figure's top and
    ends over each figure's bottom, that is under the lowest top and over the highest
    bottom, the two ends of ``fact.common`` (which need not be a proper interval)."""
    return overlap(values, fact.common)


def nested(a: str, b: str, places: Places) -> bool:
    """Is one place the other or inside it? Places the hierarchy does not know are
    given the benefit of the doubt, unless they are in different countries."""
    if a == b:
        return True
    up_a, up_b = places.ancestors(a), places.ancestors(b)
    if b in up_a or a in up_b:
        return True
    if up_a and up_b:
        return False
    # Kelantan and Pattani: the hierarchy holds neither's region, but each's country.
    country_a, country_b = places.country_of(a), places.country_of(b)
    return country_a is None or country_b is None or country_a == country_b


# -- repeated events ---------------------------------------------------------------------


def _split_events(fact: Fact) -> list[Fact]:
    """Split a repeatable fact into events whose dates lie within SAME_EVENT_DAYS
    (agreements: SAME_AGREEMENT_DAYS; recurring events: RECURRING_EVENT_DAYS)."""
    if fact.subtype in ONCE_EVENTS:
        return [fact]
    if fact.type == "AGREEMENT":
        window = SAME_AGREEMENT_DAYS
    elif fact.type == "OTHER" and fact.subtype in RECURRING_EVENTS:
        window = RECURRING_EVENT_DAYS
    elif fact.type in REPEATABLE or (fact.type == "OTHER" and fact.subtype in EVENT_SUBTYPES):
        window = SAME_EVENT_DAYS
    elif fact.single:
        window = 0  # one person's death has one day
    else:
        return [fact]
    dated = sorted((c for c in fact.claims if c.time and c.time.start), key=lambda c: _span(c)[0])
    undated = [c for c in fact.claims if not (c.time and c.time.start)]
    if len(dated) < 2:
        return [fact]
    events: list[list[Claim]] = [[dated[0]]]
    last_end = _span(dated[0])[1]
    for claim in dated[1:]:
        start, end = _span(claim)
        if days_between(last_end, start) > window:
            events.append([claim])
            last_end = end
        else:
            events[-1].append(claim)
            last_end = max(last_end, end)
    if len(events) == 1:
        return [fact]
    # Undated mentions go with the most reported event.
    max(events, key=len).extend(undated)
    split = []
    for i, group in enumerate(events):
        event = Fact(
            fact.kind,
            counted=fact.counted,
            nationals=fact.nationals,
            apart=fact.apart,
            single=fact.single,
            tag="" if i == 0 else f"@{_span(group[0])[0]}",
            whole=fact.whole,
        )
        for claim in group:
            event.add(claim)
        split.append(event)
    return split


def _span(claim: Claim) -> tuple[str, str]:
    assert claim.time is not None
    return span(claim.time.start or "", claim.time.end or claim.time.start or "")


def span(start: str, end: str) -> tuple[str, str]:
    """An ISO span as (first day, last day): ``span("2024-09", "")`` covers September."""
    return first_day(start), last_day(end or start)


def first_day(iso: str) -> str:
    return {4: iso + "-01-01", 7: iso + "-01"}.get(len(iso), iso)


def last_day(iso: str) -> str:
    if len(iso) == 7:
        import calendar

        year, month = int(iso[:4]), int(iso[5:7])
        return f"{iso}-{calendar.monthrange(year, month)[1]:02d}"
    return {4: iso + "-12-31"}.get(len(iso), iso)


def days_between(a: str, b: str) -> int:
    try:
        return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days
    except ValueError:
        return 0
