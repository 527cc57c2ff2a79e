"""Which claims of a story state the same fact: unification, not equality of a key.

A fact is a kind (type, subtype, and for figures what is counted and in which unit) and
its roles: who, whom and where. Two claims state the same fact when they agree on the
kind and every role they both name agrees:

* a role one claim leaves unnamed agrees with any value ("12 orang tewas" beside
  "12 tentara Korut tewas di Kursk"), but a claim joins a fact only where exactly one
  fact of its story agrees with it; where several do, it stands alone;
* places agree when one contains the other (village ⊂ district ⊂ regency ⊂ province),
  through the knowledge base's place hierarchy (``Places``);
* the two parties of an agreement or a meeting have no direction.

Claims are unified most specific first, so that the facts are built from the claims that
name the most and the vaguer claims attach to them. Repeatable events (attacks, meetings,
signings, disasters) are then split by date: an attack a month after another is another
attack.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from silang.crosscheck.figures import interval, overlap
from silang.model import EVENT_SUBTYPES, Claim, EntityRef

# Claims that are not facts to cross-check: none now; statements are grouped by who made
# them (``_statement_facts``), not unified like the other facts.
UNGROUPED_TYPES: frozenset[str] = frozenset()
# Types whose two parties have no direction (an agreement between A and B = between B and A).
SYMMETRIC = frozenset({"AGREEMENT", "MEETING"})
# Types where the same parties can be in several events (two attacks, two meetings): dates
# more than SAME_EVENT_DAYS apart are different events, not a conflict about one event.
REPEATABLE = frozenset({"ATTACK", "MEETING"})
SAME_EVENT_DAYS = 7
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

# Types whose figures count people, whatever noun the figure has.
PEOPLE_COUNTED = frozenset({"CASUALTIES", "DEPLOYMENT"})
# Units that measure the same thing (a figure in tonnes and one in kilograms can be one
# fact); any other two units are two facts.
UNIT_FAMILY = {
    "ton": "kg", "gram": "kg", "kg": "kg",
    "km": "m", "cm": "m", "mm": "m", "m": "m",
    "hectare": "m2", "km2": "m2", "m2": "m2",
}  # fmt: skip


class Places(Protocol):
    """What unification asks of the knowledge base about places."""

    def ancestors(self, entity_id: str) -> Sequence[str]:
        """The places that contain a place, nearest first."""
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
    # Figures that add to earlier ones ("two more bodies"), kept apart from totals.
    added: bool = False
    actors: set[str] = field(default_factory=set)
    others: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    # A date suffix that tells a repeated event apart ("@2025-08-12").
    tag: str = ""
    # How many of its claims give a figure, and (highest bottom, lowest top) of those
    # figures: a value overlaps every figure iff it overlaps this pair.
    figures: int = 0
    common: tuple[float, float] = (-math.inf, math.inf)

    @property
    def type(self) -> str:
        return self.kind[0]

    @property
    def subtype(self) -> str | None:
        return self.kind[1]

    def add(self, claim: Claim) -> None:
        if claim.quantity is not None:
            self.unit = unit_family(claim)
            self.added = claim.quantity.added
            lo, hi = interval(claim.quantity)
            self.figures += 1
            self.common = (max(self.common[0], lo), min(self.common[1], hi))
        if claim.quantity is not None and claim.quantity.counted:
            self.counted = claim.quantity.counted
        actor, other = roles_of(claim)
        if actor:
            self.actors.add(actor)
        if other:
            self.others.add(other)
        place = entity_key(claim.location)
        if place:
            self.places.add(place)
        self.claims.append(claim)


# An untyped figure's interval spanning more binary orders of magnitude than this is
# tried against every untyped fact ("lebih dari 10": from 10 up, without end).
MAX_SIZES = 8
UNTYPED: tuple[str, str | None] = ("OTHER", None)


class _FactIndex:
    """The facts built so far, by kind and then by unit family (untyped figures also by
    order of magnitude), so that a claim is tried only against facts it could join: a
    figure in tonnes never meets one in people. Typed facts of one kind and unit are still
    all tried."""

    def __init__(self) -> None:
        self._by_kind: dict[tuple[str, str | None], dict[str | None, list[Fact]]] = {}
        # Untyped figures meet only on their value: by unit and binary order of magnitude
        # of their first figure (which holds every value the fact still allows).
        self._by_size: dict[tuple[str | None, int], list[Fact]] = {}
        self._wide: dict[str | None, list[Fact]] = {}

    def untyped(self, unit: str | None, values: tuple[float, float]) -> list[Fact]:
        """Untyped facts in ``unit`` whose first figure shares an order of magnitude with
        ``values``: the only ones a figure of these values can join."""
        sizes = _sizes(values)
        wide = self._wide.get(unit, [])
        if sizes is None:
            return [f for bucket in self._by_kind.get(UNTYPED, {}).values() for f in bucket]
        seen: dict[int, Fact] = {id(f): f for f in wide}
        for size in sizes:
            for fact in self._by_size.get((unit, size), ()):
                seen.setdefault(id(fact), fact)
        return list(seen.values())

    def kinds(self) -> Iterator[tuple[tuple[str, str | None], dict[str | None, list[Fact]]]]:
        return iter(self._by_kind.items())

    def candidates(self, kind: tuple[str, str | None], unit: str | None) -> list[Fact]:
        """Facts of ``kind`` whose unit agrees with ``unit`` (None: any unit)."""
        buckets = self._by_kind.get(kind, {})
        if unit is None:
            return [fact for bucket in buckets.values() for fact in bucket]
        return buckets.get(unit, []) + buckets.get(None, [])

    def add(self, fact: Fact) -> None:
        self._by_kind.setdefault(fact.kind, {}).setdefault(fact.unit, []).append(fact)
        first = next((c.quantity for c in fact.claims if c.quantity is not None), None)
        if fact.kind == UNTYPED and first is not None:
            sizes = _sizes(interval(first))
            if sizes is None:
                self._wide.setdefault(fact.unit, []).append(fact)
            else:
                for size in sizes:
                    self._by_size.setdefault((fact.unit, size), []).append(fact)

    def moved(self, fact: Fact, old_unit: str | None) -> None:
        """``fact`` took a unit (its first figure) after it was indexed without one."""
        if fact.unit != old_unit:
            bucket = self._by_kind[fact.kind][old_unit]
            # By identity: facts are dataclasses, and two may compare equal.
            del bucket[next(i for i, f in enumerate(bucket) if f is fact)]
            self._by_kind[fact.kind].setdefault(fact.unit, []).append(fact)


def _sizes(values: tuple[float, float]) -> range | None:
    """The binary orders of magnitude an interval spans, or None when too many."""
    lo, hi = values
    if not math.isfinite(hi) or lo < 0:
        return None
    first, last = _size(lo), _size(hi)
    return range(first, last + 1) if last - first <= MAX_SIZES else None


def _size(value: float) -> int:
    return int(math.log2(value)) if value >= 1 else 0


def facts_of(claims: Sequence[Claim], places: Places | None = None) -> list[Fact]:
    """The facts a story's claims state, in a stable order."""
    kept = [c for c in claims if c.type not in UNGROUPED_TYPES and c.type != "STATEMENT"]
    order = {id(c): i for i, c in enumerate(kept)}
    facts: list[Fact] = []
    index = _FactIndex()
    for claim in sorted(kept, key=lambda c: (-_named(c), order[id(c)])):
        kind = _kind(claim)
        unit = unit_family(claim)
        tried = (
            index.untyped(unit, interval(claim.quantity))
            if kind == UNTYPED and claim.quantity is not None
            else index.candidates(kind, unit)
        )
        candidates = [f for f in tried if unifies(f, claim, places)]
        if kind == UNTYPED and claim.quantity is not None:
            # An untyped figure ("500-an warga kini bertahan di enam posko") names no kind
            # of fact, as a claim may name no actor: it joins the one typed fact whose
            # figures it agrees with, if there is exactly one.
            typed = [
                fact
                for (ctype, subtype), buckets in index.kinds()
                if ctype == "OTHER" and subtype is not None and subtype not in EVENT_SUBTYPES
                for fact in buckets.get(unit, ())
                if _agrees_in_value(fact, claim)
            ]
            if len(typed) == 1:
                candidates = typed
        if len(candidates) > 1 and claim.quantity is not None:
            # Several facts fit what the claim names: the one whose figures it agrees
            # with is the one it reports, if only one does.
            agreeing = [f for f in candidates if _agrees_in_value(f, claim)]
            if len(agreeing) == 1:
                candidates = agreeing
        if len(candidates) == 1:
            fact = candidates[0]
            old_unit = fact.unit
            fact.add(claim)
            index.moved(fact, old_unit)
        else:
            # Several facts agree with a claim that names little: it cannot say which
            # one it reports, so it stands alone rather than joining the wrong one.
            fact = Fact(kind)
            fact.add(claim)
            facts.append(fact)
            index.add(fact)
    for fact in facts:
        fact.claims.sort(key=lambda c: order[id(c)])
    statements = [c for c in claims if c.type == "STATEMENT"]
    return [event for fact in facts for event in _split_events(fact)] + _statement_facts(statements)


def _statement_facts(statements: Sequence[Claim]) -> list[Fact]:
    """What one speaker said, as several outlets report it: a speaker's statements of one
    kind (a denial, a claim) in a story, published within SAME_EVENT_DAYS of each other,
    are one fact. An article that reports several statements of one speaker cannot show
    which of them another outlet carries, so its statements stand alone."""
    by_speaker: dict[tuple[str, str | None], list[Claim]] = {}
    facts: list[Fact] = []
    for claim in statements:
        speaker = entity_key(claim.actor) or entity_key(claim.source)
        if speaker is None:
            facts.append(_fact_of([claim]))
            continue
        by_speaker.setdefault((speaker, claim.subtype), []).append(claim)
    for group in by_speaker.values():
        per_doc: dict[str | None, int] = {}
        for claim in group:
            per_doc[claim.doc] = per_doc.get(claim.doc, 0) + 1
        facts.extend(_fact_of([c]) for c in group if per_doc[c.doc] > 1)
        shared = sorted((c for c in group if per_doc[c.doc] == 1), key=lambda c: c.published or "")
        window: list[Claim] = []
        for claim in shared:
            if (
                window
                and window[0].published
                and claim.published
                and days_between(window[0].published[:10], claim.published[:10]) > SAME_EVENT_DAYS
            ):
                facts.append(_fact_of(window))
                window = []
            window.append(claim)
        if window:
            facts.append(_fact_of(window))
    return facts


def _fact_of(claims: Sequence[Claim]) -> Fact:
    fact = Fact(_kind(claims[0]))
    for claim in claims:
        fact.add(claim)
    return fact


def _kind(claim: Claim) -> tuple[str, str | None]:
    return (claim.type, claim.subtype)


def unit_family(claim: Claim) -> str | None:
    """The unit family of the claim's figure; "-" for a bare number, which counts
    something, but not what "12 rumah" counts; a bare number of the dead or of troops
    counts people ("the death toll rose to two")."""
    q = claim.quantity
    if q is None:
        return None
    if q.unit is None:
        return "person" if claim.type in PEOPLE_COUNTED else "-"
    return UNIT_FAMILY.get(q.unit, q.unit)


def entity_key(ref: EntityRef | None) -> str | None:
    """An entity's ID, or its name for one the knowledge base does not know."""
    if ref is None:
        return None
    return ref.id or " ".join(ref.name.split()).casefold() or None


def roles_of(claim: Claim) -> tuple[str | None, str | None]:
    """(actor, counterpart) as far as they tell facts apart (``ROLES_COMPARED``)."""
    compared = ROLES_COMPARED.get(claim.type, "all")
    if compared == "none":
        return None, None
    actor, other = claim.actor, claim.recipient
    if compared.startswith("strong"):
        actor = actor if actor is not None and actor.type in STRONG_PARTIES else None
        other = other if other is not None and other.type in STRONG_PARTIES else None
        if compared == "strong-actor":
            other = None
    return entity_key(actor), entity_key(other)


def _named(claim: Claim) -> int:
    actor, other = roles_of(claim)
    counted = claim.quantity is not None and claim.quantity.counted is not None
    typed = claim.subtype is not None
    return (
        (actor is not None) + (other is not None) + (claim.location is not None) + counted + typed
    )


def unifies(fact: Fact, claim: Claim, places: Places | None) -> bool:
    """Can ``claim`` join ``fact``?"""
    unit = unit_family(claim)
    if unit and fact.unit and unit != fact.unit:
        return False  # 37 shelters and 4,215 people are two facts
    if claim.quantity is not None and fact.unit and claim.quantity.added != fact.added:
        return False  # "two more bodies" is no toll
    counted = claim.quantity.counted if claim.quantity is not None else None
    if counted and fact.counted and counted != fact.counted:
        return False  # soldiers killed and civilians killed are two facts
    if fact.kind == UNTYPED:
        # A figure no trigger typed ("126 unit rumah", "Rp1,2 miliar"): only the same
        # value, hedged or rounded, shows that two reports count the same thing.
        if claim.quantity is None:
            return False
        return _overlaps_every_figure(fact, interval(claim.quantity))
    actor, other = roles_of(claim)
    if fact.type in SYMMETRIC:
        named = {p for p in (actor, other) if p}
        parties = fact.actors | fact.others
        # Each party the claim names must be one of the fact's, when the fact has two.
        if len(parties) >= 2 and not named <= parties:
            return False
    else:
        if actor and fact.actors and actor not in fact.actors:
            return False
        if other and fact.others and other not in fact.others:
            return False
    place = entity_key(claim.location)
    if (
        place
        and fact.places
        and places is not None
        and fact.type == "OTHER"
        and fact.subtype in EVENT_SUBTYPES
    ):
        # Two landslides in two districts are two events; in a village and its district, one.
        return any(nested(place, p, places) for p in fact.places)
    return True


def _agrees_in_value(fact: Fact, claim: Claim) -> bool:
    """Same unit, same kind of people, and values that overlap every figure of the fact."""
    q = claim.quantity
    if q is None or not fact.claims or unit_family(claim) != fact.unit:
        return False
    if q.counted and fact.counted and q.counted != fact.counted:
        return False
    return fact.figures > 0 and _overlaps_every_figure(fact, interval(q))


def _overlaps_every_figure(fact: Fact, values: tuple[float, float]) -> bool:
    """``values`` overlaps every figure of ``fact``: it starts under each figure's top and
    ends over each figure's bottom, that is under the lowest top and over the highest
    bottom, the two ends of ``fact.common`` (which need not be a proper interval)."""
    return overlap(values, fact.common)


def nested(a: str, b: str, places: Places) -> bool:
    """Is one place the other or inside it? Places the hierarchy does not know are
    given the benefit of the doubt."""
    if a == b:
        return True
    up_a, up_b = places.ancestors(a), places.ancestors(b)
    if b in up_a or a in up_b:
        return True
    return not up_a or not up_b


# -- repeated events ---------------------------------------------------------------------


def _split_events(fact: Fact) -> list[Fact]:
    """Split a repeatable fact into events whose dates lie within SAME_EVENT_DAYS
    (agreements: SAME_AGREEMENT_DAYS)."""
    if fact.type == "AGREEMENT":
        window = SAME_AGREEMENT_DAYS
    elif fact.type in REPEATABLE or (fact.type == "OTHER" and fact.subtype in EVENT_SUBTYPES):
        window = SAME_EVENT_DAYS
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
            added=fact.added,
            tag="" if i == 0 else f"@{_span(group[0])[0]}",
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
