"""The fact index (``crosscheck.facts._FactIndex``): a claim joins the fact that trying
every fact of its story would give it, while meeting only the facts it could join."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from silang.crosscheck import facts as facts_module
from silang.crosscheck.facts import (
    AMOUNT_ONLY,
    GENERAL_UNITS,
    INCREMENT_OF,
    MAX_CANDIDATES,
    SENDS_PEOPLE,
    UNTYPED,
    Fact,
    Places,
    _agrees_in_value,
    _FactIndex,
    _gives_figure,
    _join_near_untyped,
    _kind,
    _narrow,
    _sizes,
    _told_then_and_there,
    _typed_figure,
    could_be_one,
    facts_of,
    one_death,
    unification_order,
    unifies,
    unit_family,
    whole_counts,
)
from silang.crosscheck.figures import interval, overlap
from silang.model import Claim, EntityRef, Evidence, Quantity, TimeSpan


class _Hierarchy:
    """Places as the knowledge base nests them; ``place/far`` it does not know."""

    parents = {
        "place/village": ("place/district", "place/regency", "place/province"),
        "place/district": ("place/regency", "place/province"),
        "place/other-district": ("place/regency", "place/province"),
        "place/regency": ("place/province",),
        "place/province": (),
        "place/island-village": ("place/island-regency", "place/province"),
        "place/island-regency": ("place/province",),
    }

    states = {"org/bnpb": "country/ID", "org/kpa": "country/KP", "org/kpa-navy": "country/KP"}

    def country_of(self, entity_id: str) -> str | None:
        return None

    def ancestors(self, entity_id: str) -> tuple[str, ...]:
        return self.parents.get(entity_id, ())

    def state_of(self, entity_id: str) -> str | None:
        return self.states.get(entity_id)


PARTIES = [
    None,
    EntityRef("country/KP", "North Korea", "country"),
    EntityRef("country/RU", "Russia", "country"),
    EntityRef("country/UA", "Ukraine", "country"),
    EntityRef("org/bnpb", "BNPB", "organisation"),
    EntityRef("country/ID", "Indonesia", "country"),
    EntityRef("org/kpa", "Korean People's Army", "organisation"),
    EntityRef("org/kpa-navy", "Korean People's Navy", "organisation"),
    EntityRef(None, "Warga Desa"),
]
PLACES = [
    None,
    *(EntityRef(p, p, "place") for p in _Hierarchy.parents),
    EntityRef("place/far", "Far"),
]
# Few values, so that figures often overlap, nest and exclude each other.
VALUES = [None, 0, 1, 3, 5, 10, 12, 90, 100, 120, 1000, 1200, 5000, 1.5e6]

_ids = iter(range(10**9))


# Kinds whose facts are told apart the same way: by who and whom; by the parties of an
# agreement; by place; by value (untyped figures, and the typed ones they may join).
FAMILIES = {
    "roles": [("CASUALTIES", "killed"), ("CASUALTIES", None), ("DEPLOYMENT", None),
              ("DEPLOYMENT", "additional"), ("ATTACK", None), ("WEAPONS_TRANSFER", None),
              ("OTHER", "aid")],
    "parties": [("AGREEMENT", "signed"), ("AGREEMENT", None), ("MEETING", None)],
    "events": [("OTHER", "flood"), ("OTHER", "landslide")],
    "figures": [("OTHER", None), ("OTHER", "displaced"), ("OTHER", "houses_damaged"),
                ("CASUALTIES", "killed"), ("OTHER", "value")],
}  # fmt: skip


@st.composite
def stories(draw: st.DrawFn, family: str) -> list[Claim]:
    """Claims of one story: a few kinds of one family, and a few parties, places, values
    and units, so that claims often meet, nest and exclude each other."""
    kinds = draw(st.lists(st.sampled_from(FAMILIES[family]), min_size=1, max_size=3))
    parties = draw(st.lists(st.sampled_from(PARTIES), min_size=1, max_size=3))
    places = draw(st.lists(st.sampled_from(PLACES), min_size=1, max_size=4))
    values = draw(st.lists(st.sampled_from(VALUES), min_size=1, max_size=4))
    units = draw(
        st.lists(
            st.sampled_from([None, "person", "house", "ton", "kg", ""]), min_size=1, max_size=2
        )
    )
    story = []
    for _ in range(draw(st.integers(1, 40))):
        type_, subtype = draw(st.sampled_from(kinds))
        quantity = None
        if draw(st.booleans()):
            low, high = draw(st.sampled_from(values)), draw(st.sampled_from(values))
            if low is not None and high is not None and draw(st.booleans()):
                low, high = min(low, high), max(low, high)
            quantity = Quantity(
                low,
                high,
                draw(st.booleans()),
                draw(st.sampled_from(units)),
                counted=draw(st.sampled_from([None, None, "soldier", "civilian"])),
                added=draw(st.sampled_from([False, False, False, True])),
            )
        n = next(_ids)
        story.append(
            Claim(
                type=type_,
                subtype=subtype,
                actor=draw(st.sampled_from(parties)),
                recipient=draw(st.sampled_from(parties)),
                location=draw(st.sampled_from(places)),
                quantity=quantity,
                evidence=Evidence(f"sentence {n}", 0, 10),
                claim_id=f"c{n}",
                doc=f"doc{n % 7}",
                outlet=f"outlet{n % 5}",
            )
        )
    return story


def match_by_scan(
    claim: Claim,
    facts: Sequence[Fact],
    sized: dict[int, tuple[str | None, range | None]],
    places: Places | None,
    totals: frozenset[int] = frozenset(),
) -> Fact | None:
    """What a claim joins when it is tried against every fact of the story (``totals``:
    ``facts.whole_counts`` of the story)."""
    kind, unit, q = _kind(claim), unit_family(claim), claim.quantity
    if kind in INCREMENT_OF and q is not None:
        # An increment first joins the one fact of the kind it adds to that has a claim
        # with its figure.
        repeated = [
            f
            for f in facts
            if f.kind == INCREMENT_OF[kind]
            and (unit is None or f.unit in (unit, None))
            and unifies(f, claim, places, totals)
            and _narrow(interval(q))
            and any(
                c.quantity
                and _narrow(interval(c.quantity))
                and overlap(interval(c.quantity), interval(q))
                for c in f.claims
            )
        ]
        if len(repeated) == 1:
            return repeated[0]
    if kind == UNTYPED and q is not None:
        sizes = _sizes(interval(q))
        # An untyped figure meets the untyped facts made from a figure of its unit that
        # share an order of magnitude with it; a figure spanning too many meets them all.
        tried = [
            f
            for f in facts
            if f.kind == UNTYPED
            and (
                sizes is None
                or (
                    id(f) in sized
                    and sized[id(f)][0] == unit
                    and (sized[id(f)][1] is None or bool(set(sized[id(f)][1]) & set(sizes)))
                )
            )
        ]
    else:
        tried = [f for f in facts if f.kind == kind and (unit is None or f.unit in (unit, None))]
    candidates = [f for f in tried if unifies(f, claim, places, totals)]
    if (kind == UNTYPED or kind in AMOUNT_ONLY) and q is not None:
        typed = [
            f
            for f in facts
            if _typed_figure(f.kind) and f.unit == unit and _agrees_in_value(f, claim, totals)
        ]
        if len(typed) == 1:
            return typed[0]
        in_unit = [f for f in facts if _typed_figure(f.kind) and f.unit == unit]
        if not typed and kind == UNTYPED and unit not in GENERAL_UNITS and len(in_unit) == 1:
            return in_unit[0]
    if len(candidates) > 1 and q is not None:
        agreeing = [f for f in candidates if _agrees_in_value(f, claim, totals)]
        if len(agreeing) == 1:
            return agreeing[0]
        # Of several, the one that gives the amount, not only a bound it fits.
        amount = [f for f in agreeing if _gives_figure(f, interval(q))]
        if len(agreeing) > 1 and len(candidates) <= MAX_CANDIDATES and len(amount) == 1:
            return amount[0]
        # Else the one candidate that gives figures in the claim's unit.
        counting = [f for f in candidates if f.figures and f.unit == unit]
        if len(counting) == 1 and len(candidates) <= MAX_CANDIDATES:
            return counting[0]
    if len(candidates) == 1:
        return candidates[0]
    if q is None and claim.time is not None and 1 < len(candidates) <= MAX_CANDIDATES:
        # Of several, the one told of the claim's day and place.
        there = [f for f in candidates if _told_then_and_there(f, claim)]
        if len(there) == 1:
            return there[0]
    if q is None and kind[0] in SENDS_PEOPLE and len(candidates) <= MAX_CANDIDATES:
        people = [f for f in candidates if f.unit == "person"]
        if len(people) == 1:
            return people[0]
    # Several facts that could all be one: the claim joins the one with the most claims.
    if (
        1 < len(candidates) <= MAX_CANDIDATES
        and kind != UNTYPED
        and all(could_be_one(a, b, places) for a in candidates for b in candidates)
    ):
        return max(candidates, key=lambda f: (len(f.claims), -facts.index(f)))
    return None


def _in_order(claims: Sequence[Claim]) -> list[Claim]:
    """The order ``facts_of`` unifies in (``facts.unification_order``): the reference
    below tries every fact in it, so that only the index differs."""
    return unification_order(claims)


@pytest.mark.parametrize("family", sorted(FAMILIES))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), places=st.sampled_from([None, _Hierarchy(), _Hierarchy()]))
def test_the_index_finds_what_trying_every_fact_finds(
    family: str, data: st.DataObject, places: Places | None
) -> None:
    story = data.draw(stories(family))
    index = _FactIndex(story, places)
    facts: list[Fact] = []
    sized: dict[int, tuple[str | None, range | None]] = {}
    for claim in _in_order(story):
        expected = match_by_scan(claim, facts, sized, places, whole_counts(story))
        found = index.match(claim)
        assert found is expected, (claim, [f.claims for f in facts])
        if found is not None:
            found.add(claim)
            index.update(found)
        else:
            fact = Fact(_kind(claim), single=one_death(claim))
            fact.add(claim)
            facts.append(fact)
            index.add(fact, claim)
            if fact.kind == UNTYPED and claim.quantity is not None:
                sized[id(fact)] = (fact.unit, _sizes(interval(claim.quantity)))


@pytest.mark.parametrize("family", sorted(FAMILIES))
@settings(max_examples=50, deadline=None)
@given(data=st.data(), places=st.sampled_from([None, _Hierarchy(), _Hierarchy()]))
def test_a_storys_facts_are_those_of_trying_every_fact(
    family: str, data: st.DataObject, places: Places | None
) -> None:
    story = data.draw(stories(family))
    facts: list[Fact] = []
    sized: dict[int, tuple[str | None, range | None]] = {}
    for claim in _in_order(story):
        fact = match_by_scan(claim, facts, sized, places, whole_counts(story))
        if fact is None:
            fact = Fact(_kind(claim), single=one_death(claim))
            facts.append(fact)
            if fact.kind == UNTYPED and claim.quantity is not None:
                sized[id(fact)] = (unit_family(claim), _sizes(interval(claim.quantity)))
        fact.add(claim)
    # Near untyped figures are joined after unification, as facts_of does.
    facts = _join_near_untyped(facts, places)
    expected = sorted(sorted(c.claim_id for c in f.claims) for f in facts)
    found = facts_of(story, places)
    assert sorted(sorted(c.claim_id for c in f.claims) for f in found if f.tag == "") == expected


def _figure(
    n: int,
    value: float,
    *,
    type_: str = "OTHER",
    subtype: str | None = None,
    actor: str | None = None,
    place: str | None = None,
) -> Claim:
    return Claim(
        type=type_,
        subtype=subtype,
        actor=EntityRef(actor, actor, "group") if actor else None,
        location=EntityRef(place, place, "place") if place else None,
        quantity=Quantity(value, value, False, "house"),
        evidence=Evidence(f"sentence {n}", 0, 10),
        claim_id=f"c{n}",
        doc=f"doc{n}",
    )


class _Districts:
    """A thousand districts, ten to a regency, in one province."""

    def country_of(self, entity_id: str) -> str | None:
        return None

    def ancestors(self, entity_id: str) -> tuple[str, ...]:
        if entity_id.startswith("place/d"):
            return (f"place/r{int(entity_id[7:]) // 10}", "place/province")
        return ("place/province",) if entity_id.startswith("place/r") else ()

    def state_of(self, entity_id: str) -> str | None:
        return None


@pytest.mark.parametrize(
    "story",
    [
        # Untyped figures of one order of magnitude, each a different value.
        [_figure(n, 1024 + n) for n in range(1000)],
        # Floods in a thousand districts, each told twice.
        [_figure(n, 5, subtype="flood", place=f"place/d{n // 2}") for n in range(2000)],
        # The dead of a thousand armed groups, each told twice.
        [
            _figure(n, 5, type_="CASUALTIES", subtype="killed", actor=f"group/g{n // 2}")
            for n in range(2000)
        ],
    ],
    ids=["untyped", "events", "roles"],
)
def test_a_claim_meets_only_the_facts_it_could_join(
    story: list[Claim], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A story of a thousand facts of one kind: a claim is checked against a few, not
    against every fact before it (which made grouping a large story quadratic)."""
    calls = 0

    def counting(
        fact: Fact, claim: Claim, places: Places | None, totals: frozenset[int] = frozenset()
    ) -> bool:
        nonlocal calls
        calls += 1
        return unifies(fact, claim, places, totals)

    monkeypatch.setattr(facts_module, "unifies", counting)
    facts = facts_of(story, _Districts())
    assert len(facts) == 1000
    assert calls <= 4 * len(story)


def _delivery(items: list[str], year: str, doc: str) -> Claim:
    from silang.model import TimeSpan

    return Claim(
        type="WEAPONS_TRANSFER",
        subtype="delivery",
        recipient=EntityRef("country/ID", "Indonesia", "country"),
        items=items,
        time=TimeSpan(year, None, year, "year"),
        evidence=Evidence(f"{doc} {year}", 0, 9),
        doc=doc,
        claim_id=f"{doc}-{year}",
    )


def test_deliveries_of_different_weapons_are_two_facts() -> None:
    """The Rafale jets due in 2026 and the submarines due in 2030 are two deliveries; a
    report that names no weapon joins the one delivery there is, and stands alone beside
    two it cannot tell apart."""
    jets = _delivery(["Dassault Rafale"], "2026", "a")
    submarines = _delivery(["Scorpène"], "2030", "b")
    unnamed = _delivery([], "2026", "c")
    assert sorted(len(f.claims) for f in facts_of([jets, submarines])) == [1, 1]
    assert [len(f.claims) for f in facts_of([jets, unnamed])] == [2]
    assert sorted(len(f.claims) for f in facts_of([jets, submarines, unnamed])) == [1, 1, 1]


def test_a_storys_first_case_dated_weeks_apart_is_one_event_in_dispute() -> None:
    from silang.crosscheck.verdicts import group_claims
    from silang.model import TimeSpan

    def first_case(day: str, outlet: str) -> Claim:
        return Claim(
            type="OTHER",
            subtype="first_case",
            time=TimeSpan(day, None, day, "day"),
            evidence=Evidence(f"first case {day}", 0, 10),
            doc=outlet,
            outlet=outlet,
            claim_id=f"{outlet}-{day}",
            published="2026-11-13",
        )

    (group,) = group_claims("s", [first_case("2026-10-22", "a"), first_case("2026-09-28", "b")])
    assert group.verdict == "conflicting"


def _troops(n: int, value: float, subtype: str | None, day: str) -> Claim:
    return Claim(
        type="DEPLOYMENT",
        subtype=subtype,
        quantity=Quantity(value, value, False, "person", counted="soldier"),
        evidence=Evidence(f"troops {n}", 0, 10),
        doc=f"doc{n}",
        outlet=f"outlet{n}",
        claim_id=f"t{n}",
        published=day,
    )


def test_additional_troops_join_the_deployment_that_gives_their_figure() -> None:
    """ "200 additional troops" beside "200 troops sent" (and a later 500) is that
    deployment told with the word; "3,000 additional troops" beside "10,000 troops" is an
    increment of its own, never a conflict with the total."""
    sent = [_troops(1, 200, None, "2026-08-13"), _troops(2, 500, None, "2026-08-15")]
    more = _troops(3, 200, "additional", "2026-08-14")
    (fact,) = facts_of([more, *sent])
    assert fact.kind == ("DEPLOYMENT", None) and len(fact.claims) == 3
    # "Ribuan tentara" (thousands) is a bound, not the 3,000 added.
    vague = Claim(
        type="DEPLOYMENT",
        quantity=Quantity(1000, None, False, "person", counted="soldier"),
        evidence=Evidence("thousands", 0, 9),
        claim_id="t6",
        doc="doc6",
    )
    assert len(facts_of([vague, _troops(7, 3000, "additional", "2026-08-13")])) == 2
    apart = facts_of(
        [_troops(4, 10_000, None, "2026-08-13"), _troops(5, 3000, "additional", "2026-08-13")]
    )
    assert sorted(f.subtype or "" for f in apart) == ["", "additional"]


def test_a_figure_joins_the_one_fact_that_gives_figures() -> None:
    """ "1,232 soldiers" fits the Indonesian deployment counted so far and another side's
    deployment told without a figure: it joins the one with figures."""
    counted = Claim(
        type="DEPLOYMENT",
        actor=EntityRef("country/ID", "Indonesia", "country"),
        quantity=Quantity(1230, 1230, False, "person", counted="soldier"),
        evidence=Evidence("a", 0, 1),
        claim_id="a",
        doc="a",
    )
    figureless = Claim(
        type="DEPLOYMENT",
        actor=EntityRef("group/hezbollah", "Hezbollah", "group"),
        evidence=Evidence("b", 0, 1),
        claim_id="b",
        doc="b",
    )
    later = Claim(
        type="DEPLOYMENT",
        quantity=Quantity(1232, 1232, False, "person", counted="soldier"),
        evidence=Evidence("c", 0, 1),
        claim_id="c",
        doc="c",
    )
    sizes = sorted(
        sorted(c.claim_id for c in f.claims) for f in facts_of([counted, figureless, later])
    )
    assert sizes == [["a", "c"], ["b"]]


def _taken(n: int, value: float | None, nationals: str | None, high: float | None = None) -> Claim:
    return Claim(
        type="OTHER",
        subtype="abducted",
        quantity=Quantity(
            value,
            high if high is not None else value,
            False,
            "person",
            counted="crew",
            nationals=nationals,
        ),  # fmt: skip
        evidence=Evidence(f"taken {n}", 0, 10),
        claim_id=f"n{n}",
        doc=f"doc{n}",
    )


def test_the_nationals_of_a_country_are_a_part_not_the_whole() -> None:
    """Five Indonesians among eight crew taken are two facts; "lima ABK" beside "lima WNI"
    is one; "puluhan WNI" (tens) is no amount that shows it counts the thousands."""
    indonesians = "country/ID"
    assert len(facts_of([_taken(1, 8, None), _taken(2, 5, indonesians)])) == 2
    assert len(facts_of([_taken(1, 5, None), _taken(2, 5, indonesians)])) == 1
    assert len(facts_of([_taken(1, 5, "country/IN"), _taken(2, 5, indonesians)])) == 2
    tens = _taken(3, 10, indonesians, high=99)
    assert len(facts_of([tens, _taken(4, 41_270, None)])) == 2


def test_a_figure_whose_article_counts_the_nationals_apart_is_everyone() -> None:
    """ "lima ABK diculik" in an article that also says "tiga di antaranya WNI" counts the
    whole crew: another outlet's "lima WNI" is not that figure, though the values agree."""
    indonesians = "country/ID"
    whole, part = _taken(1, 5, None), _taken(2, 3, indonesians)
    part.doc = whole.doc
    five_indonesians = _taken(3, 5, indonesians)
    facts = facts_of([whole, part, five_indonesians])
    # The two counts of Indonesians are one fact (a figure and its update); the crew is
    # another.
    assert sorted([c.claim_id for c in f.claims] for f in facts) == [["n1"], ["n2", "n3"]]
    # Without the article's own count of the nationals, the values still meet.
    assert len(facts_of([_taken(1, 5, None), five_indonesians])) == 1


def test_a_part_is_never_compared_with_a_total() -> None:
    """ "Three of them with gunshot wounds" beside another outlet's 23 injured is no
    conflict: a part, like an increment, stays apart from the total."""
    from silang.crosscheck.verdicts import group_claims

    def wounded(n: int, value: int, part: bool) -> Claim:
        return Claim(
            type="CASUALTIES",
            subtype="wounded",
            quantity=Quantity(value, value, False, "person", part=part),
            evidence=Evidence(f"w{n}", 0, 2),
            claim_id=f"w{n}",
            doc=f"doc{n}",
            outlet=f"outlet{n}",
            published="2026-07-08",
        )

    groups = group_claims("s", [wounded(1, 23, False), wounded(2, 3, True), wounded(3, 23, False)])
    assert sorted(g.verdict for g in groups) == ["corroborated", "single-source"]
    assert Quantity.from_dict(Quantity(3, 3, part=True).to_dict()) == Quantity(3, 3, part=True)


def test_a_part_of_a_toll_that_counts_nationals_is_their_count() -> None:
    """ "lima orang tewas, dua di antaranya WNI" from one body and "tiga WNI tewas" from
    another on the same day: both count the Indonesians killed, and they disagree; a part
    naming no country stays apart."""
    from silang.crosscheck.verdicts import group_claims

    def killed(n: int, value: int, part: bool, nationals: str | None) -> Claim:
        return Claim(
            type="CASUALTIES",
            subtype="killed",
            quantity=Quantity(value, value, False, "person", part=part, nationals=nationals),
            evidence=Evidence(f"k{n}", 0, 2),
            claim_id=f"k{n}",
            doc=f"doc{n}",
            outlet=f"outlet{n}",
            source=EntityRef(f"body{n}", f"Body {n}", "organisation"),
            published="2026-01-19",
        )

    indonesians = "country/ID"
    groups = group_claims("s", [killed(1, 2, True, indonesians), killed(2, 3, False, indonesians)])
    assert [g.verdict for g in groups] == ["conflicting"]
    apart = group_claims("s", [killed(1, 2, True, None), killed(2, 3, False, indonesians)])
    assert sorted(g.verdict for g in apart) == ["single-source", "single-source"]


def test_a_part_of_the_people_aboard_that_counts_nationals_is_their_count() -> None:
    """ "The bus, carrying 31 people, 29 Indonesians …" and "KBRI mencatat 29 WNI berada
    di dalam bus": both count the Indonesians aboard, as a part of a toll does."""
    from silang.crosscheck.verdicts import group_claims

    def aboard(n: int, value: int, part: bool) -> Claim:
        return Claim(
            type="OTHER",
            subtype="aboard",
            quantity=Quantity(value, value, False, "person", part=part, nationals="country/ID"),
            evidence=Evidence(f"a{n}", 0, 2),
            claim_id=f"a{n}",
            doc=f"doc{n}",
            outlet=f"outlet{n}",
            published="2026-01-28",
        )

    groups = group_claims("s", [aboard(1, 29, True), aboard(2, 29, False)])
    assert [(g.verdict, len(g.claims)) for g in groups] == [("corroborated", 2)]


def test_parts_of_a_toll_in_two_places_are_two_facts() -> None:
    """ "11 in one district and six in another": the parts of a toll given by place are
    one fact per place; a part in a village joins the part in its district."""

    def dead_in(n: int, value: int, place: str) -> Claim:
        return Claim(
            type="CASUALTIES",
            subtype="killed",
            location=EntityRef(place, place, "place"),
            quantity=Quantity(value, value, False, "person", part=True),
            evidence=Evidence(f"d{n}", 0, 2),
            claim_id=f"d{n}",
            doc=f"doc{n}",
        )

    places = _Hierarchy()
    apart = [dead_in(1, 11, "place/district"), dead_in(2, 6, "place/other-district")]
    assert len(facts_of(apart, places)) == 2
    nested = [dead_in(1, 11, "place/district"), dead_in(2, 15, "place/village")]
    assert len(facts_of(nested, places)) == 1


def _casualties(
    n: int, subtype: str, value: int, *, doc: str | None = None, start: int = 0, **figure: Any
) -> Claim:
    """A casualty claim ``c{n}`` giving ``value`` people (``figure``: the quantity's other
    fields), in ``doc`` (else its own document) at sentence ``start``."""
    return Claim(
        type="CASUALTIES",
        subtype=subtype,
        quantity=Quantity(value, value, False, "person", **figure),
        evidence=Evidence(f"c{n}", start, start + 2),
        claim_id=f"c{n}",
        doc=doc or f"doc{n}",
    )


def test_attackers_killed_and_civilians_killed_are_two_facts() -> None:
    """ "At least six attackers were killed" and "two civilians were killed": two sides'
    dead, never one toll in conflict."""
    found = facts_of(
        [
            _casualties(1, "killed", 6, counted="attacker"),
            _casualties(2, "killed", 2, counted="civilian"),
            _casualties(3, "killed", 11, counted="attacker"),
        ]
    )
    assert sorted(sorted(c.claim_id for c in f.claims) for f in found) == [["c1", "c3"], ["c2"]]


def test_parts_a_sentence_gives_side_by_side_are_two_facts() -> None:
    """ "Dari 27 korban luka, 25 di antaranya siswa dan dua lainnya guru": the two parts
    of one count count different people; the same part in another report meets its own."""
    found = facts_of(
        [
            _casualties(1, "wounded", 25, doc="a", part=True),
            _casualties(2, "wounded", 2, doc="a", part=True),
            _casualties(3, "wounded", 25, doc="b", start=40, part=True),
        ]
    )
    assert sorted(sorted(c.claim_id for c in f.claims) for f in found) == [["c1", "c3"], ["c2"]]


def test_a_count_of_times_is_a_bare_count() -> None:
    """ "11 kali gempa susulan" and "38 aftershocks" count the same thing: a running
    count of one fact, not two facts in two units."""

    def aftershocks(n: int, value: int, unit: str | None) -> Claim:
        return Claim(
            type="OTHER",
            subtype="aftershocks",
            quantity=Quantity(value, value, False, unit),
            evidence=Evidence(f"a{n}", 0, 2),
            claim_id=f"a{n}",
            doc=f"doc{n}",
        )

    assert len(facts_of([aftershocks(1, 11, "time"), aftershocks(2, 38, None)])) == 1


def test_untyped_counts_of_villages_in_a_story_are_one_running_figure() -> None:
    """ "Kasus tersebar di 11 desa", "found in 17 villages", "meluas ke 19 desa": how far an
    outbreak reaches is one figure that rises; people are no such count."""

    def untyped(n: int, value: int, unit: str, place: str | None = None) -> Claim:
        return Claim(
            type="OTHER",
            location=EntityRef(place, place, "place") if place else None,
            quantity=Quantity(value, value, False, unit),
            evidence=Evidence(f"u{n}", 0, 2),
            claim_id=f"u{n}",
            doc=f"doc{n}",
        )

    villages = [untyped(1, 11, "village"), untyped(2, 17, "village"), untyped(3, 19, "village")]
    assert len(facts_of(villages)) == 1
    people = [untyped(1, 11, "person"), untyped(2, 17, "person")]
    assert len(facts_of(people)) == 2
    # The villages reached in one district are not those reached in another; in the
    # district and in its regency, they may be.
    places = _Hierarchy()
    apart = [
        untyped(1, 43, "village", "place/district"),
        untyped(2, 87, "village", "place/other-district"),
    ]
    assert len(facts_of(apart, places)) == 2
    within = [
        untyped(1, 43, "village", "place/district"),
        untyped(2, 87, "village", "place/regency"),
    ]
    assert len(facts_of(within, places)) == 1


def test_near_untyped_figures_in_a_unit_of_their_own_are_one_fact() -> None:
    """ "Memasok 37 toko" in two outlets and "43 toko" in a third count one thing, the shops
    a warehouse supplied: figures in a unit no other fact of the story counts in, near in
    value, are one fact. Figures far apart, two figures of one article ("38 ton", "batas 24
    ton"), a unit a typed fact counts in, or more such facts than a handful stay apart."""

    def untyped(n: int, value: int, unit: str, doc: str | None = None) -> Claim:
        return Claim(
            type="OTHER",
            quantity=Quantity(value, value, False, unit),
            evidence=Evidence(f"u{n}", 0, 2),
            claim_id=f"u{n}",
            doc=doc or f"doc{n}",
        )

    shops = [untyped(1, 37, "shop"), untyped(2, 37, "shop"), untyped(3, 43, "shop")]
    assert [len(f.claims) for f in facts_of(shops)] == [3]
    # Eighteen trucks held and three trucks more: not one count.
    assert len(facts_of([untyped(1, 18, "truck"), untyped(2, 3, "truck")])) == 2
    # One article's load and the limit it exceeds.
    load = [untyped(1, 38, "tonne", "a"), untyped(2, 24, "tonne", "a"), untyped(3, 26, "tonne")]
    assert len(facts_of(load)) == 3
    # People are counted by many kinds of fact.
    assert len(facts_of([untyped(1, 37, "person"), untyped(2, 43, "person")])) == 2
    # A unit typed facts count in: the untyped figures may be of any of them.
    damaged = dataclasses.replace(untyped(4, 200, "shop"), subtype="property_damaged")
    burned = dataclasses.replace(untyped(5, 90, "shop"), subtype="property_destroyed")
    typed = [untyped(1, 37, "shop"), untyped(3, 43, "shop"), damaged, burned]
    assert len(facts_of(typed)) == 4
    many = [untyped(n, 30 + n, "shop") for n in range(MAX_CANDIDATES + 1)]
    assert len(facts_of(many)) == MAX_CANDIDATES + 1


def test_an_untyped_length_joins_only_a_fact_of_the_same_length() -> None:
    """A story gives many lengths (a depth, a distance, a ship's length): an untyped one
    joins the one typed fact of its length ("about 1.2 m" beside the lake's rise of 1.2
    metres), never a range or a bound it falls in ("50 cm to 1.5 m" of the floodwater),
    never the one typed fact in its unit whatever the value, and untyped lengths near in
    value stay apart."""

    def length(n: int, low: float, high: float, subtype: str | None = None) -> Claim:
        return Claim(
            type="OTHER",
            subtype=subtype,
            quantity=Quantity(low, high, False, "m"),
            evidence=Evidence(f"l{n}", 0, 2),
            claim_id=f"l{n}",
            doc=f"doc{n}",
        )

    def sizes(story: list[Claim]) -> list[int]:
        return sorted(len(f.claims) for f in facts_of(story))

    assert sizes([length(1, 1.2, 1.2, "water_level"), length(2, 1.2, 1.2)]) == [2]
    assert sizes([length(1, 0.5, 1.5, "water_depth"), length(2, 1.1, 1.1)]) == [1, 1]
    assert sizes([length(1, 0, 38, "ash_depth"), length(2, 2, 3)]) == [1, 1]
    assert sizes([length(1, 75, 75, "depth"), length(2, 300, 300)]) == [1, 1]
    assert sizes([length(1, 30, 30), length(2, 40, 40)]) == [1, 1]


def test_a_deployment_told_without_a_figure_sends_the_people_not_their_vehicles() -> None:
    """ "Tim SAR diberangkatkan" beside "120 personel" and "15 unit ambulans": the team
    sent is the people counted, though the ambulances are a deployment too."""
    people = _troops(1, 120, None, "2026-08-13")
    vehicles = dataclasses.replace(
        _troops(2, 15, None, "2026-08-13"), quantity=Quantity(15, 15, False, "vehicle")
    )
    team = dataclasses.replace(_troops(3, 0, None, "2026-08-13"), quantity=None)
    found = facts_of([people, vehicles, team])
    (sent,) = [f for f in found if people in f.claims]
    assert team in sent.claims and vehicles not in sent.claims


def _displaced(n: int, low: float, high: float | None, counted: str | None = None) -> Claim:
    return Claim(
        type="OTHER",
        subtype="displaced",
        quantity=Quantity(low, high, low != high, "person", counted=counted),
        evidence=Evidence(f"fled {n}", 0, 10),
        claim_id=f"d{n}",
        doc=f"doc{n}",
    )


def test_a_figure_joins_the_fact_that_gives_its_amount_not_one_it_only_fits() -> None:
    """ "Sekitar 400 warga mengungsi" in a copy of the article that first gave 400, beside
    "ratusan warga" (hundreds), 780 refugees and three soldiers moved (facts that cannot be
    one): it joins the 400, which it repeats, though "hundreds" fits it too."""
    story = [
        _displaced(0, 3, 3, counted="soldier"),
        _displaced(1, 780, 780, counted="refugee"),
        _displaced(2, 400, 400),
        _displaced(3, 100, None),
        _displaced(4, 400, 400),
    ]
    groups = sorted(sorted(c.claim_id for c in f.claims) for f in facts_of(story))
    assert ["d2", "d4"] in groups


def _patients(n: int, value: int, counted: str | None, subtype: str = "hospitalized") -> Claim:
    return Claim(
        type="CASUALTIES" if subtype == "killed" else "OTHER",
        subtype=subtype,
        quantity=Quantity(value, value, False, "person", counted=counted),
        evidence=Evidence(f"patients {n}", 0, 10),
        claim_id=f"p{n}",
        doc=f"doc{n}",
    )


def test_children_and_women_are_a_part_of_a_count_naming_no_kind() -> None:
    """97 patients, 61 of them children, beside 118 patients, 70 of them children: the
    patients and the children are two facts; "61 pasien" beside "61 anak" is one. A toll
    of children may be the whole toll ("12 children died" beside "12 died")."""
    groups = facts_of(
        [_patients(1, 97, None), _patients(2, 61, "child"), _patients(3, 118, None),
         _patients(4, 70, "child")]
    )  # fmt: skip
    assert sorted(sorted(c.claim_id for c in f.claims) for f in groups) == [
        ["p1", "p3"],
        ["p2", "p4"],
    ]
    assert len(facts_of([_patients(1, 61, None), _patients(2, 61, "child")])) == 1
    toll = [_patients(1, 12, None, "killed"), _patients(2, 14, "child", "killed")]
    assert len(facts_of(toll)) == 1


def test_men_are_a_part_of_a_count_naming_no_kind() -> None:
    """97 detained beside 61 men: a part, two facts; "two men" beside "dua orang": those
    people, so four people detained later join them; women beside men: never one."""
    assert len(facts_of([_patients(1, 97, None), _patients(2, 61, "man")])) == 2
    held = [_patients(1, 2, "man", "detained"), _patients(2, 2, None, "detained"),
            _patients(3, 4, None, "detained")]  # fmt: skip
    (fact,) = facts_of(held)
    assert fact.counted is None
    assert len(facts_of([_patients(1, 5, "woman"), _patients(2, 5, "man")])) == 2


def test_an_implied_place_never_tells_facts_apart() -> None:
    """A flood in one district and a report of it whose sentence names no place (its
    location is the place of its own article's event) are one fact; a flood stated in
    another district is another."""
    places = _Hierarchy()
    stated = _figure(1, 40, subtype="flood", place="place/district")
    implied = dataclasses.replace(
        _figure(2, 40, subtype="flood", place="place/other-district"), location_implied=True
    )
    assert len(facts_of([stated, implied], places)) == 1
    other = _figure(3, 40, subtype="flood", place="place/other-district")
    assert len(facts_of([stated, other], places)) == 2


def _fighting(n: int, actor: str | None, other: str | None, place: EntityRef) -> Claim:
    return Claim(
        type="ATTACK",
        actor=EntityRef(actor, actor, "country") if actor else None,
        recipient=EntityRef(other, other, "country") if other else None,
        location=place,
        time=TimeSpan("2026-06-21", None, "Minggu (21/6/2026)"),
        evidence=Evidence(f"fighting {n}", 0, 10),
        claim_id=f"f{n}",
        doc=f"doc{n}",
    )


def test_an_event_that_names_no_side_joins_the_one_told_of_its_day_and_place() -> None:
    """ "Pertempuran pecah pada Minggu (21/6/2026) … di Distrik Kantharalak" names no side,
    beside Thai fire on Cambodia at Kantharalak that day and Cambodian fire elsewhere: it
    joins the one told of its day and place, the place named in English by the knowledge
    base and in Indonesian as written."""
    known = EntityRef("place/kantharalak-th", "Kantharalak", "place")
    written = EntityRef(None, "Kantharalak", "place")
    elsewhere = EntityRef(None, "Nong Phak Waen", "place")
    thai = _fighting(1, "country/TH", "country/KH", known)
    cambodian = dataclasses.replace(_fighting(2, "country/KH", None, elsewhere), time=None)
    unnamed = _fighting(3, None, None, written)
    found = facts_of([thai, cambodian, unnamed])
    (with_thai,) = [f for f in found if thai in f.claims]
    assert unnamed in with_thai.claims


@pytest.mark.parametrize(("subtype", "expected"), [("cases", 1), ("seized", 2)])
def test_cases_of_the_sick_and_people_sick_are_one_figure(subtype: str, expected: int) -> None:
    # "412 cases" beside "214 warga terjangkit": the same sick counted; cases seized
    # beside people seized are two things.
    def sick(n: int, value: float, unit: str) -> Claim:
        return dataclasses.replace(
            _figure(n, value, subtype=subtype), quantity=Quantity(value, value, False, unit)
        )

    found = facts_of([sick(1, 214, "person"), sick(2, 412, "case")])
    assert len(found) == expected


def test_an_untyped_count_of_passengers_joins_the_people_aboard_it_disputes() -> None:
    """ "KCR mencatat 88 penumpang" in one report and "95 passengers on board" in another:
    an untyped count of passengers is the figure the story's one count of passengers
    aboard is disputed on. Not when the two figures are far apart, when one sentence
    gives both ("enam awak, yakni … empat awak kabin"), or when the people aboard it
    counts are the crew."""

    def people(n: int, value: int, subtype: str | None, doc: str, sentence: int = 0) -> Claim:
        return Claim(
            type="OTHER",
            subtype=subtype,
            quantity=Quantity(value, value, False, "person", counted="passenger"),
            evidence=Evidence(f"p{n}", sentence, sentence + 2),
            claim_id=f"p{n}",
            doc=doc,
        )

    def sizes(story: list[Claim]) -> list[int]:
        return sorted(len(f.claims) for f in facts_of(story))

    aboard = [people(1, 95, "aboard", "a"), people(2, 95, "aboard", "b")]
    assert sizes([*aboard, people(3, 88, None, "c")]) == [3]
    assert sizes([*aboard, people(3, 30, None, "c")]) == [1, 2]
    assert sizes([*aboard, people(3, 88, None, "a")]) == [1, 2]
    crew = [
        dataclasses.replace(c, quantity=dataclasses.replace(c.quantity, counted="crew"))
        for c in aboard
        if c.quantity is not None
    ]
    assert sizes([*crew, people(3, 88, None, "c")]) == [1, 2]


def _death(outlet: str, value: float | None, day: str | None, n: int = 0) -> Claim:
    return Claim(
        type="CASUALTIES",
        subtype="killed",
        quantity=None if value is None else Quantity(value, value, False, "person"),
        time=None if day is None else TimeSpan(day, None, day, "day"),
        evidence=Evidence(f"death {outlet} {n}", 0, 10),
        doc=outlet,
        outlet=outlet,
        claim_id=f"{outlet}-{n}",
        published="2026-01-20",
    )


def test_a_death_told_without_a_figure_is_one_persons_apart_from_the_toll() -> None:
    # "Rizal … meninggal di rumah sakit Senin pagi" in two outlets beside tolls of 4 and 5;
    # the second child, who died four days later, is another person.
    claims = [
        _death("a", 4, "2026-01-18", 1),
        _death("b", 5, "2026-01-19", 2),
        _death("a", None, "2026-01-19", 3),
        _death("b", None, "2026-01-19", 4),
        _death("b", None, "2026-01-23", 5),
    ]
    found = sorted(sorted(c.claim_id for c in f.claims) for f in facts_of(claims))
    assert found == [["a-1", "b-2"], ["a-3", "b-4"], ["b-5"]]
