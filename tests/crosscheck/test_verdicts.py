"""Verdict rules for claim groups, one test per rule and the tricky cases."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from silang.crosscheck.verdicts import format_quantity, group_claims
from silang.model import Claim, EntityRef, Evidence, Quantity, TimeSpan

NK = EntityRef("country/KP", "North Korea", "country")
RU = EntityRef("country/RU", "Russia", "country")
UA = EntityRef("country/UA", "Ukraine", "country")
NIS = EntityRef("org/nis-kr", "National Intelligence Service (South Korea)", "organisation")
JCS = EntityRef("org/jcs-kr", "Joint Chiefs of Staff (South Korea)", "organisation")
BNPB = EntityRef("org/bnpb", "National Agency for Disaster Countermeasures", "organisation")
CIANJUR = EntityRef("place/cianjur-regency", "Cianjur Regency", "place")

_counter = iter(range(10_000))


def claim(
    type_: str,
    *,
    outlet: str,
    actor: EntityRef | None = NK,
    recipient: EntityRef | None = RU,
    quantity: tuple[float | None, float | None, bool] | None = None,
    time: str | None = None,
    published: str = "2025-01-10",
    source: EntityRef | None = None,
    subtype: str | None = None,
    items: list[str] | None = None,
    modality: str = "asserted",
    location: EntityRef | None = None,
    part: str | None = None,
) -> Claim:
    n = next(_counter)
    q = Quantity(quantity[0], quantity[1], quantity[2], "person") if quantity else None
    return Claim(
        type=type_,
        subtype=subtype,
        actor=actor,
        recipient=recipient,
        location=location,
        quantity=q,
        time=TimeSpan(time, None, time or "", part=part) if time else None,
        source=source,
        items=items or [],
        modality=modality,
        evidence=Evidence(f"sentence {n}", 0, 10),
        claim_id=f"c{n}",
        doc=f"doc-{outlet}-{n}",
        outlet=outlet,
        published=published,
    )


def only_group(claims: list[Claim]):
    groups = group_claims("s1", claims)
    assert len(groups) == 1, [g.key for g in groups]
    return groups[0]


def test_overlapping_ranges_are_compatible() -> None:
    g = only_group(
        [
            claim("DEPLOYMENT", outlet="a", quantity=(12000, 15000, False)),
            claim("DEPLOYMENT", outlet="b", quantity=(14000, 16000, False)),
        ]
    )
    assert g.verdict == "compatible"
    assert g.field == "quantity"


def test_vague_lower_bound_is_compatible_with_a_range() -> None:
    # "ribuan" (thousands) against "12.000 hingga 15.000" (the seeds).
    g = only_group(
        [
            claim("DEPLOYMENT", outlet="a", quantity=(12000, 15000, True), source=NIS),
            claim("DEPLOYMENT", outlet="b", quantity=(1000, None, True)),
        ]
    )
    assert g.verdict == "compatible"


def test_same_figure_from_two_outlets_is_corroborated() -> None:
    g = only_group(
        [
            claim("DEPLOYMENT", outlet="a", quantity=(11000, 11000, True)),
            claim("DEPLOYMENT", outlet="b", quantity=(11000, 11000, True)),
        ]
    )
    assert g.verdict == "corroborated"


def test_same_figure_from_different_sources_counts_two_independent_sources() -> None:
    g = only_group(
        [
            claim("DEPLOYMENT", outlet="a", quantity=(11000, 11000, False), source=NIS),
            claim("DEPLOYMENT", outlet="b", quantity=(11000, 11000, False), source=JCS),
        ]
    )
    assert g.verdict == "corroborated"
    assert g.independent_sources == 2


def test_two_outlets_repeating_one_body_are_one_independent_source() -> None:
    g = only_group(
        [
            claim("DEPLOYMENT", outlet="a", quantity=(11000, 11000, False), source=NIS),
            claim("DEPLOYMENT", outlet="b", quantity=(11000, 11000, False), source=NIS),
        ]
    )
    assert g.independent_sources == 1
    assert "1 independent source" in g.reason


def _toll(outlet: str, value: int, source: EntityRef, part: str | None) -> Claim:
    return claim(
        "CASUALTIES",
        subtype="killed",
        outlet=outlet,
        actor=None,
        recipient=None,
        location=CIANJUR,
        quantity=(value, value, False),
        source=source,
        time="2025-03-03" if part else None,
        part=part,
        published="2025-03-03",
    )


def test_disjoint_figures_one_body_gives_for_one_time_of_day_conflict() -> None:
    """BNPB's 27 dead "hingga Senin pukul 12.00" and 31 "per Senin siang": one body, one
    time, two figures."""
    g = only_group([_toll("a", 100, BNPB, "midday"), _toll("b", 300, BNPB, "midday")])
    assert g.verdict == "conflicting"
    assert "same day" in g.reason


SAR = EntityRef("org/basarnas", "National Search and Rescue Agency", "organisation")


@pytest.mark.parametrize(
    ("first", "second", "verdict"),
    [
        # One body's figures of a day, at no stated time: its count updated during the day.
        ((BNPB, None), (BNPB, None), "compatible"),
        ((BNPB, "midday"), (BNPB, None), "compatible"),
        # Two bodies at two stated times of the day: the count at two times.
        ((BNPB, "midday"), (SAR, "afternoon"), "compatible"),
        # Two bodies, no time or the same time: they disagree.
        ((BNPB, None), (SAR, None), "conflicting"),
        ((BNPB, "morning"), (SAR, "morning"), "conflicting"),
    ],
)
def test_same_day_figures_conflict_only_for_one_time(
    first: tuple[EntityRef, str | None], second: tuple[EntityRef, str | None], verdict: str
) -> None:
    g = only_group([_toll("a", 201, *first), _toll("b", 203, *second)])
    assert g.verdict == verdict, g.reason


@pytest.mark.parametrize(
    ("first", "second", "values", "verdict"),
    [
        # Two bodies one article quotes on the day's toll: the fire service's three, the
        # police's five. They disagree, as they would in two articles.
        (BNPB, SAR, (3, 5), "conflicting"),
        # The article's own figure beside a body's: its lead may give the body's later
        # count, or the earlier one, so no dispute.
        (None, SAR, (3, 5), "single-source"),
        # One body twice: its count updated during the day.
        (SAR, SAR, (3, 5), "single-source"),
        # Figures far apart in one article count two things taken for one (24 kg seized in
        # a town, 212 kg in the province), not a dispute.
        (BNPB, SAR, (24, 212), "single-source"),
    ],
)
def test_two_bodies_in_one_article_disagree_on_one_figure(
    first: EntityRef | None, second: EntityRef | None, values: tuple[int, int], verdict: str
) -> None:
    one, two = _toll("a", values[0], first, None), _toll("a", values[1], second, None)  # type: ignore[arg-type]
    g = only_group([one, dataclasses.replace(two, doc=one.doc, outlet=one.outlet)])
    assert g.verdict == verdict, g.reason
    if verdict == "conflicting":
        assert "BNPB" in g.reason or "National Agency" in g.reason
        assert "Search and Rescue" in g.reason


def test_explicit_as_of_day_beats_publication_day() -> None:
    # Published on different days, but both figures hold "as of Monday 10 March".
    g = only_group(
        [
            claim(
                "CASUALTIES",
                subtype="killed",
                outlet="a",
                quantity=(27, 27, False),
                time="2025-03-10",
                published="2025-03-10",
            ),
            claim(
                "CASUALTIES",
                subtype="killed",
                outlet="b",
                quantity=(31, 31, False),
                time="2025-03-10",
                published="2025-03-11",
            ),
        ]
    )
    assert g.verdict == "conflicting"


def test_rising_figure_across_days_is_a_timeline_not_a_conflict() -> None:
    g = only_group(
        [
            claim(
                "CASUALTIES",
                subtype="killed",
                outlet="a",
                quantity=(12, 12, False),
                published="2025-03-03",
            ),
            claim(
                "CASUALTIES",
                subtype="killed",
                outlet="b",
                quantity=(34, 34, False),
                published="2025-03-05",
            ),
        ]
    )
    assert g.verdict == "compatible"
    assert "rose" in g.reason


def test_falling_running_figure_is_a_timeline_too() -> None:
    # Displaced people go home; the missing are found: running figures fall as well.
    g = only_group(
        [
            claim(
                "OTHER",
                subtype="displaced",
                outlet="a",
                actor=None,
                recipient=None,
                location=CIANJUR,
                quantity=(5000, 5000, False),
                published="2025-03-03",
            ),
            claim(
                "OTHER",
                subtype="displaced",
                outlet="b",
                actor=None,
                recipient=None,
                location=CIANJUR,
                quantity=(1200, 1200, False),
                published="2025-03-09",
            ),
        ]
    )
    assert g.verdict == "compatible"
    assert "fell" in g.reason


def test_one_value_per_event_conflicts_across_days() -> None:
    # People aboard one ferry: 48 (manifest, day 1) vs 57 (SAR office, day 3).
    g = only_group(
        [
            claim(
                "OTHER",
                subtype="aboard",
                outlet="a",
                actor=None,
                recipient=None,
                location=CIANJUR,
                quantity=(48, 48, False),
                published="2025-04-10",
            ),
            claim(
                "OTHER",
                subtype="aboard",
                outlet="b",
                actor=None,
                recipient=None,
                location=CIANJUR,
                quantity=(57, 57, False),
                published="2025-04-12",
            ),
        ]
    )
    assert g.verdict == "conflicting"
    assert "one value per event" in g.reason


def test_killed_and_wounded_are_different_facts() -> None:
    groups = group_claims(
        "s1",
        [
            claim("CASUALTIES", subtype="killed", outlet="a", quantity=(300, 300, False)),
            claim("CASUALTIES", subtype="wounded", outlet="b", quantity=(2700, 2700, False)),
        ],
    )
    assert len(groups) == 2
    assert all(g.verdict == "single-source" for g in groups)


def test_treaty_months_that_exclude_each_other_conflict() -> None:
    g = only_group(
        [
            claim("AGREEMENT", subtype="signed", outlet="a", time="2024-09"),
            claim(
                "AGREEMENT", subtype="signed", outlet="b", actor=RU, recipient=NK, time="2024-06"
            ),
        ]
    )
    assert g.verdict == "conflicting"
    assert g.field == "time"
    assert "2024-09" in g.reason and "2024-06" in g.reason


def test_each_party_s_ratification_of_one_treaty_is_a_fact_of_its_own() -> None:
    """Russia ratified in June and North Korea in September: no dispute over one date. Two
    reports of North Korea's ratification, one naming Russia and one not, are one fact."""
    groups = group_claims(
        "s1",
        [
            claim("AGREEMENT", subtype="ratified", outlet="a", actor=RU, recipient=NK,
                  time="2024-06"),
            claim("AGREEMENT", subtype="ratified", outlet="b", actor=NK, recipient=None,
                  time="2024-09"),
            claim("AGREEMENT", subtype="ratified", outlet="c", actor=NK, recipient=RU,
                  time="2024-09"),
        ],
    )  # fmt: skip
    assert sorted((g.verdict, len(g.claims)) for g in groups) == [
        ("corroborated", 2),
        ("single-source", 1),
    ]
    # Signing has no direction: the same reports of a signing are one fact, in dispute.
    signed = group_claims(
        "s1",
        [
            claim("AGREEMENT", subtype="signed", outlet="a", actor=RU, recipient=NK,
                  time="2024-06"),
            claim("AGREEMENT", subtype="signed", outlet="b", actor=NK, recipient=RU,
                  time="2024-09"),
        ],
    )  # fmt: skip
    assert [g.verdict for g in signed] == ["conflicting"]


@pytest.mark.parametrize(
    ("first", "second"),
    [("2024-06", "2024"), ("2024-06-19", "2024-06"), ("2024-06-19", "2024")],
)
def test_dates_at_different_granularities_nest(first: str, second: str) -> None:
    g = only_group(
        [
            claim("AGREEMENT", subtype="signed", outlet="a", time=first),
            claim("AGREEMENT", subtype="signed", outlet="b", time=second),
        ]
    )
    assert g.verdict == "compatible"


def test_same_day_from_two_outlets_is_corroborated() -> None:
    g = only_group(
        [
            claim("MEETING", outlet="a", time="2024-11-04"),
            claim("MEETING", outlet="b", actor=RU, recipient=NK, time="2024-11-04"),
        ]
    )
    assert g.verdict == "corroborated"


def test_weapons_compared_item_by_item() -> None:
    g = only_group(
        [
            claim(
                "WEAPONS_TRANSFER",
                outlet="a",
                items=["M1989 Koksan", "M1991 multiple rocket launcher"],
            ),
            claim(
                "WEAPONS_TRANSFER",
                outlet="b",
                items=["M1991 multiple rocket launcher", "M1989 Koksan", "drone"],
            ),
        ]
    )
    assert g.verdict == "corroborated"
    assert "drone" in g.reason  # named by one outlet only


def test_denial_against_a_report_conflicts() -> None:
    g = only_group(
        [
            claim(
                "DEPLOYMENT",
                outlet="a",
                source=NIS,
                modality="reported",
                quantity=(11000, 11000, False),
            ),
            claim("DEPLOYMENT", outlet="b", source=RU, modality="denied"),
        ]
    )
    assert g.verdict == "conflicting"
    assert g.field == "modality"


def test_a_denial_holds_for_its_day_not_against_later_news() -> None:
    """ "Police have not yet named suspects" on the 13th and "police name three suspects"
    on the 20th are both true; a report of something dated before the denial is not."""
    denial = claim("OTHER", subtype="suspects_identified", outlet="a", modality="denied",
                   published="2026-05-13")  # fmt: skip
    later = claim("OTHER", subtype="suspects_identified", outlet="b", published="2026-05-20",
                  quantity=(3, 3, False))  # fmt: skip
    assert only_group([denial, later]).verdict != "conflicting"
    earlier = claim("OTHER", subtype="suspects_identified", outlet="c", published="2026-05-20",
                    time="2026-05-12", quantity=(3, 3, False))  # fmt: skip
    assert only_group([denial, earlier]).verdict == "conflicting"


def test_possible_claims_do_not_decide_figures() -> None:
    g = only_group(
        [
            claim("DEPLOYMENT", outlet="a", quantity=(12000, 12000, False)),
            claim("DEPLOYMENT", outlet="b", quantity=(90000, 90000, False), modality="possible"),
        ]
    )
    assert g.verdict != "conflicting"


def test_claim_without_recipient_joins_the_only_matching_fact() -> None:
    groups = group_claims(
        "s1",
        [
            claim("DEPLOYMENT", outlet="a", quantity=(12000, 15000, False)),
            claim("DEPLOYMENT", outlet="b", recipient=None, quantity=(1000, None, True)),
        ],
    )
    assert len(groups) == 1


def test_one_outlet_is_single_source() -> None:
    g = only_group(
        [claim("CASUALTIES", subtype="killed", outlet="a", quantity=(100, 100, True), source=JCS)]
    )
    assert g.verdict == "single-source"
    assert g.sources == [JCS.name]


def test_conflicts_sort_first() -> None:
    groups = group_claims(
        "s1",
        [
            claim("DEPLOYMENT", outlet="a", quantity=(10, 10, False)),
            claim("AGREEMENT", subtype="signed", outlet="a", time="2024-09"),
            claim("AGREEMENT", subtype="signed", outlet="b", time="2024-06"),
        ],
    )
    assert groups[0].verdict == "conflicting"


@pytest.mark.parametrize(
    ("q", "text"),
    [
        (Quantity(12000, 15000, False, "person"), "12,000–15,000"),
        (Quantity(1000, None, False, "person"), "at least 1,000"),
        (Quantity(1000, None, True, "person"), "1,000+ (vague)"),
        (Quantity(100, 100, True, "person"), "about 100"),
        (Quantity(None, 1000, False, "person"), "up to 1,000"),
        (Quantity(170, 170, False, "mm"), "170 mm"),
    ],
)
def test_format_quantity(q: Quantity, text: str) -> None:
    assert format_quantity(q) == text


def test_attacks_weeks_apart_are_two_events_not_a_conflict() -> None:
    groups = group_claims(
        "s1",
        [
            claim("ATTACK", outlet="a", time="2025-08-10"),
            claim("ATTACK", outlet="b", time="2025-08-10"),
            claim("ATTACK", outlet="c", time="2025-09-20"),
        ],
    )
    assert sorted(g.verdict for g in groups) == ["corroborated", "single-source"]


def test_launches_or_eruptions_days_apart_are_two_events_a_day_apart_one_in_dispute() -> None:
    """Missiles launched on the 8th and on the 12th are two launches; an eruption
    reported on the 14th and on the 15th is one eruption whose date is disputed."""
    launches = group_claims(
        "s1",
        [
            claim("OTHER", subtype="missile_launch", outlet="a", time="2026-09-08"),
            claim("OTHER", subtype="missile_launch", outlet="b", time="2026-09-12"),
        ],
    )
    assert sorted(g.verdict for g in launches) == ["single-source", "single-source"]
    eruption = only_group(
        [
            claim("OTHER", subtype="eruption", outlet="a", time="2026-04-14"),
            claim("OTHER", subtype="eruption", outlet="b", time="2026-04-15"),
        ]
    )
    assert eruption.verdict == "conflicting"


def test_attack_dates_a_day_apart_conflict() -> None:
    g = only_group(
        [
            claim("ATTACK", outlet="a", time="2025-06-14"),
            claim("ATTACK", outlet="b", time="2025-06-15"),
        ]
    )
    assert g.verdict == "conflicting"


def _dated(c: Claim, text: str) -> Claim:
    assert c.time is not None
    return dataclasses.replace(c, time=dataclasses.replace(c.time, text=text))


def test_a_weekday_days_after_another_reports_date_is_a_later_turn_not_a_conflict() -> None:
    # A flood that began on Wednesday 2 December; a wire five days on tells its peak "on
    # Monday". A weekday names a day of its report's own week, not another start.
    g = only_group(
        [
            _dated(claim("OTHER", subtype="flood", outlet="a", time="2026-12-02"),
                   "Rabu (2/12/2026) malam"),
            _dated(claim("OTHER", subtype="flood", outlet="b", time="2026-12-07"), "Monday"),
        ]
    )  # fmt: skip
    assert g.verdict == "compatible"
    assert "'Monday'" in g.reason and "more than 2 days apart" in g.reason


def test_a_weekday_a_day_from_another_date_or_two_named_dates_far_apart_still_conflict() -> None:
    near = only_group(
        [
            _dated(claim("ATTACK", outlet="a", time="2026-12-02"), "Rabu (2/12/2026)"),
            _dated(claim("ATTACK", outlet="b", time="2026-12-03"), "Thursday"),
        ]
    )
    named = only_group(
        [
            _dated(claim("ATTACK", outlet="a", time="2026-12-02"), "Rabu (2/12/2026)"),
            _dated(claim("ATTACK", outlet="b", time="2026-12-09"), "Wednesday, Dec. 9"),
        ]
    )
    assert (near.verdict, named.verdict) == ("conflicting", "conflicting")
    assert "the dates exclude each other" in near.reason


def test_a_weekday_conflict_is_found_beside_far_dates_among_many_reports() -> None:
    def flood(outlet: str, day: str, text: str) -> Claim:
        return _dated(claim("OTHER", subtype="flood", outlet=outlet, time=day), text)

    claims = [flood(f"o{i}", "2026-11-18", "Wednesday") for i in range(300)]
    claims += [flood("x", "2026-11-25", "Wednesday"), flood("y", "2026-11-26", "Thursday")]
    group = only_group(claims)
    assert group.verdict == "conflicting"
    assert "2026-11-25" in group.reason and "2026-11-26" in group.reason


def test_a_same_day_conflict_is_found_among_many_reports() -> None:
    # 300 reports of a rising toll, one per day; on one day two bodies disagree.
    days = [f"2025-{1 + i // 28:02d}-{1 + i % 28:02d}" for i in range(300)]
    claims = [
        claim("CASUALTIES", outlet=f"o{i % 7}", quantity=(10 + i, 10 + i, False), published=d)
        for i, d in enumerate(days)
    ]
    claims.append(
        claim("CASUALTIES", outlet="late", quantity=(900, 900, False), published=days[150])
    )
    group = only_group(claims)
    assert group.verdict == "conflicting"
    assert "160" in group.reason and "900" in group.reason and days[150] in group.reason


def test_a_long_timeline_keeps_its_first_and_last_reports() -> None:
    claims = [
        claim("CASUALTIES", outlet=f"o{i}", quantity=(i * 10, i * 10, False),
              published=f"2025-01-{i:02d}")
        for i in range(1, 26)
    ]  # fmt: skip
    group = only_group(claims)
    assert group.verdict == "compatible"
    assert "10 (2025-01-01, o1)" in group.reason and "250 (2025-01-25, o25)" in group.reason
    assert "… 13 more reports …" in group.reason
    assert "130 (2025-01-13" not in group.reason


def test_dates_far_apart_among_many_conflict() -> None:
    claims = [
        claim("AGREEMENT", outlet=f"o{i}", time="2024-06", published="2024-11-15")
        for i in range(200)
    ]
    claims.insert(120, claim("AGREEMENT", outlet="x", time="2024-09-12", published="2024-11-15"))
    group = only_group(claims)
    assert group.verdict == "conflicting"
    assert "2024-09-12" in group.reason and "2024-06" in group.reason


def test_signings_years_apart_are_two_agreements_not_a_conflict() -> None:
    claims = [
        claim("AGREEMENT", outlet="a", subtype="signed", time="2024-08-29"),
        claim("AGREEMENT", outlet="b", subtype="signed", time="2024-08-29"),
        claim("AGREEMENT", outlet="a", subtype="signed", time="2006"),
        claim("AGREEMENT", outlet="c", subtype="signed", time="2006-11-13"),
    ]
    groups = group_claims("s1", claims)
    assert sorted(g.verdict for g in groups) == ["compatible", "corroborated"]
    assert all(len(g.claims) == 2 for g in groups)


# -- unification and verdict rules of the cross-check ------------------------------------


def counted_claim(
    type_: str,
    subtype: str | None,
    *,
    outlet: str,
    value: tuple[float | None, float | None, bool],
    unit: str | None = "person",
    counted: str | None = None,
    doc: str | None = None,
    published: str = "2025-01-10",
    source: EntityRef | None = None,
    actor: EntityRef | None = None,
    location: EntityRef | None = None,
    time: str | None = None,
) -> Claim:
    c = claim(type_, subtype=subtype, outlet=outlet, actor=actor, recipient=None,
              published=published, source=source, location=location, time=time)  # fmt: skip
    c.quantity = Quantity(value[0], value[1], value[2], unit, counted=counted)
    if doc is not None:
        c.doc = doc
    return c


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ((None, 500, True), (500, 500, True)),  # "hampir 500" beside "sekitar 500"
        ((480, None, False), (500, 500, True)),  # "more than 480" beside "about 500"
        ((120, None, False), (126, 126, False)),  # "more than 120 homes" beside 126
    ],
)
def test_hedged_figures_are_compatible(a: tuple, b: tuple) -> None:
    g = only_group(
        [
            counted_claim("OTHER", "displaced", outlet="a", value=a),
            counted_claim("OTHER", "displaced", outlet="b", value=b),
        ]
    )
    assert g.verdict == "compatible"


def test_rounding_and_units_compare_through_the_unit_family() -> None:
    # "sekitar 1 ton" and 1,196 kg of one seizure.
    g = only_group(
        [
            counted_claim("OTHER", "seized", outlet="a", value=(1, 1, True), unit="ton"),
            counted_claim("OTHER", "seized", outlet="b", value=(1196, 1196, False), unit="kg"),
        ]
    )
    assert g.verdict == "compatible"


def test_a_distance_in_nautical_miles_and_in_kilometres_is_one_distance() -> None:
    # "some 30 km (16 nautical miles) east of Cape Shiriya", told the other way round.
    g = only_group(
        [
            counted_claim("OTHER", "distance", outlet="a", value=(30, 30, True), unit="km"),
            counted_claim(
                "OTHER", "distance", outlet="b", value=(16, 16, True), unit="nautical_mile"
            ),
        ]
    )
    assert g.verdict in ("corroborated", "compatible")


@pytest.mark.parametrize(("litres", "verdict"), [(16000, "compatible")])
def test_litres_and_kilolitres_compare_as_one_measure(litres: int, verdict: str) -> None:
    # A tanker's load (one value of the event): 16 kilolitres beside a figure in litres.
    g = only_group(
        [
            counted_claim("OTHER", "value", outlet="a", value=(16, 16, False), unit="kiloliter"),
            counted_claim(
                "OTHER", "value", outlet="b", value=(litres, litres, False), unit="liter"
            ),
        ]
    )
    assert g.verdict == verdict


def test_an_article_does_not_contradict_itself() -> None:
    # Two figures in one article are two things it counts, or a figure and its update.
    g = only_group(
        [
            counted_claim("OTHER", "aid", outlet="a", value=(500, 500, False), doc="one"),
            counted_claim("OTHER", "aid", outlet="a", value=(2000, 2000, False), doc="one"),
        ]
    )
    assert g.verdict != "conflicting"


def test_same_day_figures_from_two_bodies_conflict_and_name_both() -> None:
    BASARNAS = EntityRef("org/basarnas", "Basarnas", "organisation")
    g = only_group(
        [
            counted_claim(
                "CASUALTIES",
                "missing",
                outlet="a",
                value=(11, 11, False),
                source=BNPB,
                published="2026-02-13",
            ),
            counted_claim(
                "CASUALTIES",
                "missing",
                outlet="b",
                value=(7, 7, False),
                source=BASARNAS,
                published="2026-02-13",
            ),
        ]  # fmt: skip
    )
    assert g.verdict == "conflicting"
    assert BNPB.name in g.reason and "Basarnas" in g.reason and "disagree" in g.reason
    assert "sentence" in g.reason  # both sentences are quoted


def test_a_toll_of_the_dead_that_falls_conflicts_but_the_missing_may_fall() -> None:
    def toll(subtype: str) -> list[Claim]:
        return [
            counted_claim("CASUALTIES", subtype, outlet="a", value=(3000, 3000, False),
                          published="2025-01-13"),
            counted_claim("CASUALTIES", subtype, outlet="b", value=(300, 300, True),
                          published="2025-01-14"),
        ]  # fmt: skip

    dead = only_group(toll("killed"))
    assert dead.verdict == "conflicting" and "does not fall" in dead.reason
    assert only_group(toll("missing")).verdict == "compatible"


@pytest.mark.parametrize(("named", "verdict"), [(True, "conflicting"), (False, "compatible")])
def test_a_toll_that_falls_between_two_bodies_of_one_article_conflicts(
    named: bool, verdict: str
) -> None:
    """The regent's ten dead of Tuesday night and the search agency's nine of Wednesday, in
    one wire's article: two reports, and a toll of the dead does not fall. The article's
    own figure beside a body's is no dispute of the article with itself."""
    basarnas = EntityRef("org/basarnas", "National Search and Rescue Agency", "organisation")
    regent = EntityRef(None, "Regent of Tana Toraja", "organisation") if named else None

    def dead(n: int, doc: str, published: str, **kw: Any) -> Claim:
        return counted_claim("CASUALTIES", "killed", outlet=doc, value=(n, n, False), doc=doc,
                             published=published, **kw)  # fmt: skip

    tuesday = dead(10, "d2", "2026-02-11", source=regent, time="2026-02-10")
    wednesday = dead(9, "d2", "2026-02-11", source=basarnas)
    assert wednesday.quantity is not None
    wednesday.quantity.risen = True  # "has risen to nine"
    first = dead(3, "d1", "2026-02-09")
    assert only_group([first, tuesday, wednesday]).verdict == verdict


@pytest.mark.parametrize(("wounded_told", "groups"), [(False, 1), (True, 3)])
def test_victims_are_the_dead_where_only_the_dead_are_counted(
    wounded_told: bool, groups: int
) -> None:
    """ "15 korban berasal dari Agam" beside "15 orang meninggal": where the story counts
    only the dead, the victims are the dead; with the hurt counted too, they may be either."""
    dead = counted_claim("CASUALTIES", "killed", outlet="a", value=(15, 15, False))
    victims = counted_claim("CASUALTIES", "killed_or_wounded", outlet="b", value=(15, 15, False))
    claims = [dead, victims]
    if wounded_told:
        claims.append(counted_claim("CASUALTIES", "wounded", outlet="c", value=(40, 40, False)))
    found = group_claims("s1", claims)
    assert len(found) == groups
    if not wounded_told:
        assert found[0].verdict == "corroborated"


def test_soldiers_and_civilians_killed_are_two_facts() -> None:
    groups = group_claims(
        "s1",
        [
            counted_claim(
                "CASUALTIES", "killed", outlet="a", value=(7, 7, False), counted="soldier"
            ),
            counted_claim(
                "CASUALTIES", "killed", outlet="b", value=(5, 5, False), counted="civilian"
            ),
        ],
    )
    assert len(groups) == 2


@pytest.mark.parametrize(("part", "verdict"), [(7, "compatible"), (15, "conflicting")])
def test_a_part_may_not_exceed_the_whole(part: int, verdict: str) -> None:
    # "12 orang tewas" and "7 tentara tewas" can both be true; 15 soldiers cannot.
    g = only_group(
        [
            counted_claim("CASUALTIES", "killed", outlet="a", value=(12, 12, False)),
            counted_claim(
                "CASUALTIES", "killed", outlet="b", value=(part, part, False), counted="soldier"
            ),
        ]  # fmt: skip
    )
    assert g.verdict == verdict


def test_an_unnamed_side_joins_only_when_one_fact_fits() -> None:
    TH = EntityRef("country/TH", "Thailand", "country")
    KH = EntityRef("country/KH", "Cambodia", "country")
    two_sides = [
        counted_claim("CASUALTIES", "killed", outlet="a", value=(4, 4, False), actor=TH),
        counted_claim("CASUALTIES", "killed", outlet="b", value=(12, 12, False), actor=KH),
    ]
    unnamed = counted_claim("CASUALTIES", "killed", outlet="c", value=(5, 5, False))
    assert len(group_claims("s1", [*two_sides, unnamed])) == 3
    assert len(group_claims("s1", [two_sides[0], unnamed])) == 1


def test_a_body_in_the_actor_slot_does_not_split_a_count() -> None:
    # "BNPB mencatat 126 rumah rusak" and "126 houses were damaged": OTHER facts are told
    # apart by what they count, not by who reported the count.
    g = only_group(
        [
            counted_claim(
                "OTHER",
                "houses_damaged",
                outlet="a",
                value=(126, 126, False),
                unit="house",
                actor=BNPB,
            ),
            counted_claim(
                "OTHER", "houses_damaged", outlet="b", value=(120, None, False), unit="house"
            ),
        ]  # fmt: skip
    )
    assert g.verdict == "compatible"


def test_untyped_figures_group_only_when_their_values_agree() -> None:
    cash = [
        counted_claim("OTHER", None, outlet="a", value=(1.2e9, 1.2e9, False), unit="IDR"),
        counted_claim("OTHER", None, outlet="b", value=(1e9, None, False), unit="IDR"),
    ]
    project = counted_claim("OTHER", None, outlet="c", value=(38.5e9, 38.5e9, False), unit="IDR")
    groups = group_claims("s1", [*cash, project])
    assert sorted(len(g.claims) for g in groups) == [1, 2]
    assert all(g.verdict != "conflicting" for g in groups)


class _Hierarchy:
    """Places as the knowledge base would nest them."""

    parents = {
        "place/wolotolo": ("place/detusoko", "place/ende-regency"),
        "place/detusoko": ("place/ende-regency",),
        "place/wolowaru": ("place/ende-regency",),
        "place/ende-regency": (),
    }

    def country_of(self, entity_id: str) -> str | None:
        return None

    def ancestors(self, entity_id: str) -> tuple[str, ...]:
        return self.parents.get(entity_id, ())


def place(slug: str) -> EntityRef:
    return EntityRef(f"place/{slug}", slug.title(), "place")


def test_an_event_in_a_village_and_in_its_district_is_one_event() -> None:
    claims = [
        claim("OTHER", subtype="landslide", outlet="a", actor=None, recipient=None,
              location=place("wolotolo"), time="2026-02-12"),
        claim("OTHER", subtype="landslide", outlet="b", actor=None, recipient=None,
              location=place("detusoko"), time="2026-02-12"),
    ]  # fmt: skip
    (g,) = group_claims("s1", claims, _Hierarchy())
    assert g.verdict == "corroborated"


def test_events_in_two_districts_are_two_events() -> None:
    claims = [
        claim("OTHER", subtype="landslide", outlet="a", actor=None, recipient=None,
              location=place("detusoko"), time="2026-02-12"),
        claim("OTHER", subtype="landslide", outlet="b", actor=None, recipient=None,
              location=place("wolowaru"), time="2026-02-13"),
    ]  # fmt: skip
    assert len(group_claims("s1", claims, _Hierarchy())) == 2


def test_an_untyped_figure_joins_the_one_typed_fact_it_agrees_with() -> None:
    displaced = counted_claim("OTHER", "displaced", outlet="a", value=(500, 500, True))
    shelters = counted_claim("OTHER", "shelters", outlet="b", value=(6, 6, False), unit="shelter")
    untyped = counted_claim("OTHER", None, outlet="c", value=(500, None, True))  # "500-an warga"
    groups = group_claims("s1", [displaced, shelters, untyped])
    (joined,) = [g for g in groups if g.subtype == "displaced"]
    assert sorted(joined.claims) == sorted([displaced.claim_id, untyped.claim_id])


def test_untyped_figures_naming_more_than_the_typed_fact_still_join_it() -> None:
    """Two outlets give "empat awak" with their source and place and no word of what
    happened, another "42 people, including four crew" aboard: the untyped figures join
    the typed fact they agree with, though they name more (untyped claims are placed after
    the typed ones, so the typed fact is there to join)."""
    harbour = EntityRef(None, "Hendrik Sahetapy", "person")
    office = EntityRef(None, "Unit Penyelenggara Pelabuhan", "place")
    untyped = [
        counted_claim("OTHER", None, outlet=o, value=(4, 4, False), counted="crew",
                      source=harbour, location=office)
        for o in ("a", "b")
    ]  # fmt: skip
    aboard = counted_claim("OTHER", "aboard", outlet="c", value=(4, 4, False), counted="crew")
    assert aboard.quantity is not None
    aboard.quantity.part = True  # "42 people, including four crew"
    joined = only_group([*untyped, aboard])
    assert joined.subtype == "aboard" and len(joined.claims) == 3


def test_a_figure_from_one_outlet_and_the_fact_from_another_is_corroborated() -> None:
    g = only_group(
        [
            counted_claim("CASUALTIES", "missing", outlet="a", value=(12, None, True)),
            claim("CASUALTIES", subtype="missing", outlet="b", actor=None, recipient=None),
        ]
    )
    assert g.verdict == "corroborated" and "one outlet gives" in g.reason


# -- statements: who said what, across outlets --------------------------------------------

KEMLU = EntityRef("org/kemlu-id", "Ministry of Foreign Affairs (Indonesia)", "organisation")


def _statement(outlet: str, subtype: str | None = "condemnation", **kw: object) -> Claim:
    return claim("STATEMENT", outlet=outlet, actor=KEMLU, recipient=None, subtype=subtype, **kw)  # type: ignore[arg-type]


def test_one_speakers_statement_reported_by_two_outlets_is_corroborated() -> None:
    group = only_group([_statement("a.id"), _statement("b.com")])
    assert group.verdict == "corroborated"
    assert group.outlets == ["a.id", "b.com"]


def test_statements_of_different_kinds_or_weeks_apart_are_different_facts() -> None:
    groups = group_claims(
        "s1",
        [
            _statement("a.id"),
            _statement("b.com", subtype="demand"),
            _statement("c.id", published="2025-03-01"),
        ],
    )
    assert sorted(len(g.claims) for g in groups) == [1, 1, 1]


def test_an_article_with_several_statements_of_a_speaker_cannot_say_which_is_reported() -> None:
    first, second = _statement("a.id"), _statement("a.id")
    second.doc = first.doc  # the same article quotes the ministry twice
    other = _statement("b.com")
    groups = group_claims("s1", [first, second, other])
    assert sorted(len(g.claims) for g in groups) == [1, 1, 1]


def test_statements_a_copy_tells_in_the_same_words_meet_though_their_article_has_several() -> None:
    """A republished copy quotes the ministry twice as the original does: each statement
    meets the one told in the same words, and one told in other words stands alone."""

    def said(outlet: str, doc: str, text: str) -> Claim:
        c = _statement(outlet)
        return dataclasses.replace(c, doc=doc, evidence=Evidence(text, 0, len(text)))

    cause = "Galih menyebut dugaan sementara ledakan dipicu tekanan uap berlebih."
    valve = "Katup pengaman tidak berfungsi, kata Galih."
    claims = [
        said("a.id", "a1", cause),
        said("a.id", "a1", valve),
        said("b.id", "b1", cause),
        said("b.id", "b1", valve.upper()),
        said("c.id", "c1", "Galih juga menyebut katup itu sudah tua."),
        said("c.id", "c1", "Menurut Galih, ketel itu dibeli bekas."),
    ]
    groups = group_claims("s1", claims)
    assert sorted(len(g.claims) for g in groups) == [1, 1, 2, 2]
    by_id = {c.claim_id: c for c in claims}
    assert all(len({by_id[c].doc for c in g.claims}) == len(g.claims) for g in groups)


def test_the_same_toll_with_and_without_a_unit_is_corroborated() -> None:
    bare = claim("CASUALTIES", outlet="a.com", subtype="wounded", quantity=(5, 5, False))
    assert bare.quantity is not None
    bare.quantity.unit = None  # "Five others were injured"
    counted = claim("CASUALTIES", outlet="b.id", subtype="wounded", quantity=(5, 5, False))
    assert only_group([bare, counted]).verdict == "corroborated"


def test_a_fact_that_takes_its_first_figure_late_still_takes_the_next() -> None:
    """Facts are indexed by unit: a fact built from a claim with no figure takes one from a
    later claim, and the figure after that still finds it."""
    first = claim("DEPLOYMENT", outlet="a.example", location=EntityRef("place/kursk", "Kursk"))
    second = claim("DEPLOYMENT", outlet="b.example", quantity=(12000, 12000, False))
    third = claim("DEPLOYMENT", outlet="c.example", quantity=(12000, 12000, True))
    group = only_group([first, second, third])
    assert set(group.claims) == {first.claim_id, second.claim_id, third.claim_id}


@given(
    st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50)), min_size=1, max_size=6),
    st.tuples(st.integers(0, 50), st.integers(0, 50)),
)
def test_one_pair_of_ends_tells_whether_a_value_fits_every_figure(
    figures: list[tuple[int, int]], value: tuple[int, int]
) -> None:
    """The fact keeps (highest bottom, lowest top) instead of rescanning its figures."""
    from silang.crosscheck.facts import Fact, _overlaps_every_figure
    from silang.crosscheck.figures import interval, overlap

    fact = Fact(("OTHER", None))
    for lo, hi in figures:
        fact.add(claim("OTHER", outlet="x.example", quantity=(min(lo, hi), max(lo, hi), False)))
    q = Quantity(min(value), max(value), False, "person")
    brute = all(overlap(interval(q), interval(c.quantity)) for c in fact.claims if c.quantity)
    assert _overlaps_every_figure(fact, interval(q)) == brute


def test_a_state_body_stands_for_its_country_but_not_for_another_body() -> None:
    """'China Coast Guard rammed a Philippine Coast Guard vessel' and 'China attacked
    Philippine ships' state one fact; an attack by the Chinese navy is another."""
    from silang.kb import KnowledgeBase

    kb = KnowledgeBase.load()
    ccg = EntityRef("org/china-coast-guard", "China Coast Guard", "organisation")
    pcg = EntityRef("org/philippine-coast-guard", "Philippine Coast Guard", "organisation")
    china = EntityRef("country/CN", "China", "country")
    ph = EntityRef("country/PH", "Philippines", "country")
    one_fact = [
        claim("ATTACK", outlet="a", actor=ccg, recipient=pcg, time="2026-03-02"),
        claim("ATTACK", outlet="b", actor=ccg, recipient=ph, time="2026-03-02"),
        claim("ATTACK", outlet="c", actor=china, recipient=None, time="2026-03-02"),
    ]
    groups = group_claims("s1", one_fact, kb)
    assert [len(g.claims) for g in groups] == [3]
    # Without the knowledge base the bodies and the countries are different parties.
    assert len(group_claims("s1", one_fact)) > 1
    navy = EntityRef("org/bakamla", "Indonesian Maritime Security Agency", "organisation")
    tni = EntityRef("org/indonesian-national-armed-forces", "TNI", "organisation")
    two_bodies = [
        claim("ATTACK", outlet="a", actor=navy, recipient=pcg, time="2026-03-02"),
        claim("ATTACK", outlet="b", actor=tni, recipient=pcg, time="2026-03-02"),
    ]
    assert len(group_claims("s1", two_bodies, kb)) == 2


def test_aid_is_told_apart_by_its_giver_and_an_amount_joins_the_aid_it_equals() -> None:
    """Rp1,3 miliar from the social ministry and Rp500 juta from BNPB are two facts, not
    one fact with two values; 'aid worth Rp 1.3 billion' (an amount, no giver) is the
    ministry's."""
    kemensos = EntityRef("org/kemensos", "Ministry of Social Affairs (Indonesia)", "organisation")

    def money(outlet: str, subtype: str, value: float, giver: EntityRef | None) -> Claim:
        return counted_claim(
            "OTHER", subtype, outlet=outlet, value=(value, value, False), unit="IDR", actor=giver
        )

    groups = group_claims(
        "s1",
        [
            money("a", "aid", 1.3e9, kemensos),
            money("a", "aid", 5e8, BNPB),
            money("b", "aid", 1.3e9, kemensos),
            money("c", "value", 1.3e9, None),
            money("c", "aid", 5e8, BNPB),
        ],
    )
    assert sorted(len(g.claims) for g in groups) == [2, 3]
    assert all(g.verdict == "corroborated" for g in groups)


def test_a_toll_told_in_different_words_is_one_timeline_but_soldiers_stay_apart() -> None:
    """'Tiga penumpang meninggal' (day 1), 'dua perempuan' among the dead, then '5 killed'
    and '10 killed': a claim that fits all those facts, which could all be one, joins the
    largest, and the toll is one timeline. A toll of soldiers is never joined to them."""

    def toll(outlet: str, day: str, value: int, counted: str | None) -> Claim:
        return counted_claim(
            "CASUALTIES", "killed", outlet=outlet, value=(value, value, False), counted=counted,
            time=day,
        )  # fmt: skip

    claims = [
        toll("a", "2026-07-20", 3, "passenger"),
        toll("a", "2026-07-20", 2, "woman"),
        toll("b", "2026-07-21", 5, None),
        toll("c", "2026-07-21", 5, None),
        toll("d", "2026-07-26", 10, None),
    ]
    sizes = sorted(len(g.claims) for g in group_claims("s1", claims))
    assert sizes[-1] >= 3 and sum(sizes) == 5
    ten = next(g for g in group_claims("s1", claims) if claims[-1].claim_id in g.claims)
    assert len(ten.claims) >= 3 and ten.verdict != "conflicting"
    soldiers = [toll("a", "2026-07-20", 7, "soldier"), toll("b", "2026-07-20", 4, "civilian")]
    alone = toll("c", "2026-07-21", 12, None)
    groups = group_claims("s1", [*soldiers, alone])
    assert len(groups) == 3


def test_two_amounts_that_say_not_what_of_are_two_facts_unless_equal() -> None:
    """'aset senilai Rp12 miliar' and 'nilai … Rp1,8 triliun' are two amounts, not a
    conflict; the same amount from two outlets is one fact."""

    def amount(outlet: str, value: float) -> Claim:
        return counted_claim(
            "OTHER", "value", outlet=outlet, value=(value, value, False), unit="IDR"
        )

    groups = group_claims("s1", [amount("a", 1.2e10), amount("b", 1.8e12), amount("c", 1.2e10)])
    assert sorted(len(g.claims) for g in groups) == [1, 2]
    assert all(g.verdict != "conflicting" for g in groups)


def test_statements_of_one_speaker_written_shorter_and_denials_in_other_words_meet() -> None:
    """'PO Putra Galuh Wisata membantah …' and 'Putra Galuh rejected …': one speaker (a
    name the KB lacks, written shorter), one denial."""
    long_name = EntityRef(None, "PO Putra Galuh Wisata", "organisation")
    short_name = EntityRef(None, "Putra Galuh", "organisation")
    a = claim("STATEMENT", outlet="a", actor=long_name, recipient=None, subtype="denial")
    b = claim("STATEMENT", outlet="b", actor=short_name, recipient=None, subtype="rejection")
    assert [len(g.claims) for g in group_claims("s1", [a, b])] == [2]
    other = EntityRef(None, "Galuh Travel", "organisation")
    c = claim("STATEMENT", outlet="c", actor=other, recipient=None, subtype="denial")
    assert len(group_claims("s1", [a, c])) == 2


def test_a_person_speaking_for_a_body_meets_the_body_speaking_itself() -> None:
    """'kata Kapolres Nganjuk AKBP Bagus Prasetyo' (his body, Polres Nganjuk, kept with the
    statement) beside 'Polres Nganjuk membantah …': one speaker. Without the body speaking in
    the story, two people of one body stay apart."""
    body = EntityRef(None, "Polres Nganjuk", "organisation")

    def said(outlet: str, speaker: EntityRef, speaker_body: EntityRef | None = None) -> Claim:
        found = claim("STATEMENT", outlet=outlet, actor=speaker, recipient=None, subtype="denial")
        return dataclasses.replace(found, speaker_body=speaker_body)

    chief = said("a", EntityRef(None, "Bagus Prasetyo", "person"), body)
    assert [len(g.claims) for g in group_claims("s1", [chief, said("b", body)])] == [2]
    deputy = said("b", EntityRef(None, "Heru Santoso", "person"), body)
    assert sorted(len(g.claims) for g in group_claims("s1", [chief, deputy])) == [1, 1]


def test_suspected_causes_of_a_story_are_one_fact_whoever_suspects_them() -> None:
    """The fire department's 'api diduga dari korsleting listrik' in one outlet and the
    police chief's 'dugaan sementara masih korsleting listrik' in another: what caused the
    story's event is one fact. Two denials by two speakers stay apart."""

    def said(outlet: str, name: str, subtype: str) -> Claim:
        speaker = EntityRef(None, name, "organisation")
        return claim("STATEMENT", outlet=outlet, actor=speaker, recipient=None, subtype=subtype)

    causes = [
        said("a", "Damkar Makassar", "suspected_cause"),
        said("b", "Polrestabes Makassar", "suspected_cause"),
    ]
    assert [len(g.claims) for g in group_claims("s1", causes)] == [2]
    denials = [said("a", "Damkar Makassar", "denial"), said("b", "Polrestabes Makassar", "denial")]
    assert sorted(len(g.claims) for g in group_claims("s1", denials)) == [1, 1]


def test_statements_of_one_kind_with_no_speaker_anywhere_are_one_suspicion() -> None:
    """'Api diduga berasal dari korsleting listrik' in two outlets, no speaker named in
    either and none of that kind in the story: one suspicion reported twice. A statement of
    another kind stays apart."""

    def said(outlet: str, subtype: str | None) -> Claim:
        return claim("STATEMENT", outlet=outlet, actor=None, recipient=None, subtype=subtype)

    groups = group_claims("s1", [said("a", "suspected_cause"), said("b", "suspected_cause")])
    assert [len(g.claims) for g in groups] == [2]
    groups = group_claims("s1", [said("a", "suspected_cause"), said("b", "demand")])
    assert sorted(len(g.claims) for g in groups) == [1, 1]


def test_a_statement_whose_speaker_is_unnamed_joins_the_one_speaker_of_its_kind() -> None:
    """'It denied that poor maintenance was to blame' beside 'PT AST membantah …': with one
    speaker denying in the story, the unnamed denial is that speaker's; with two, nobody
    can say whose."""

    def said(outlet: str, speaker: str | None, subtype: str = "denial") -> Claim:
        actor = EntityRef(None, speaker, "organisation") if speaker else None
        return claim("STATEMENT", outlet=outlet, actor=actor, recipient=None, subtype=subtype)

    named, unnamed = said("a", "PT Anyer Samudra Terminal"), said("b", None)
    assert [len(g.claims) for g in group_claims("s1", [named, unnamed])] == [2]
    other = said("c", "Serikat Pekerja Terminal Anyer")
    groups = group_claims("s1", [named, unnamed, other])
    assert sorted(len(g.claims) for g in groups) == [1, 1, 1]
    # A statement of another kind is not the denial.
    demand = said("b", None, "demand")
    assert sorted(len(g.claims) for g in group_claims("s1", [named, demand])) == [1, 1]


def test_an_untyped_figure_in_a_unit_only_one_fact_counts_in_joins_it() -> None:
    """'lima tempat penampungan' (no trigger typed it) beside the shelters counted as 3
    and 5: the unit names the kind. In people, which many facts count, it does not."""

    def fig(outlet: str, subtype: str | None, value: int, unit: str) -> Claim:
        return counted_claim(
            "OTHER", subtype, outlet=outlet, value=(value, value, False), unit=unit
        )

    shelters = [fig("a", "shelters", 3, "shelter"), fig("b", "shelters", 5, "shelter")]
    groups = group_claims("s1", [*shelters, fig("c", None, 5, "shelter")])
    assert [len(g.claims) for g in groups] == [3]
    people = [fig("a", "displaced", 300, "person"), fig("b", None, 2000, "person")]
    assert len(group_claims("s1", people)) == 2
    # Distances: two bodies found 3 km and 5 km from one breach are two facts; 780 km
    # in two outlets is one.
    far = [fig("a", "distance", 3, "km"), fig("b", "distance", 5, "km")]
    assert len(group_claims("s1", far)) == 2
    same = [fig("a", "distance", 780, "km"), fig("b", "distance", 780, "km")]
    assert [g.verdict for g in group_claims("s1", same)] == ["corroborated"]
    # Boats: patrol ships sent, boats wrecked, boats kept in port.
    boats = [fig("a", "fishing_halted", 236, "vessel"), fig("b", None, 3, "vessel")]
    assert len(group_claims("s1", boats)) == 2


@pytest.mark.parametrize(("second_rose", "verdict"), [(True, "compatible"), (False, "conflicting")])
def test_a_count_that_rose_later_the_same_day_is_an_update_not_a_conflict(
    second_rose: bool, verdict: str
) -> None:
    """ "hingga siang ini meninggal tujuh orang" and, that evening, "korban meninggal
    bertambah menjadi 11 orang": a timeline; two plain figures of one day disagree."""
    first = counted_claim(
        "CASUALTIES", "killed", outlet="a", value=(7, 7, False), published="2026-06-29"
    )
    later = counted_claim(
        "CASUALTIES", "killed", outlet="b", value=(11, 11, False), published="2026-06-29"
    )
    assert later.quantity is not None
    later.quantity.risen = second_rose
    assert only_group([first, later]).verdict == verdict


@pytest.mark.parametrize(("superseded", "verdict"), [(True, "compatible"), (False, "conflicting")])
def test_a_body_s_first_count_since_revised_is_no_figure_of_the_day(
    superseded: bool, verdict: str
) -> None:
    """ "APMM semula melaporkan … tujuh penumpang hilang" beside the embassy's six that day:
    the agency's first count, since revised, is an earlier report, not a dispute."""
    first = counted_claim(
        "CASUALTIES", "missing", outlet="a", value=(7, None, False), published="2026-09-15"
    )
    embassy = counted_claim(
        "CASUALTIES", "missing", outlet="b", value=(6, 6, False), published="2026-09-15"
    )
    assert first.quantity is not None
    first.quantity.superseded = superseded
    group = only_group([first, embassy])
    assert group.verdict == verdict
    assert ("first count, since revised" in group.reason) is superseded


@pytest.mark.parametrize(("disputes", "verdict"), [(True, "conflicting"), (False, "compatible")])
def test_a_figure_its_sentence_sets_against_another_body_s_count_conflicts_with_it(
    disputes: bool, verdict: str
) -> None:
    """Police detained 14 (Thursday); the NGO says 19 were taken on Wednesday, "lebih banyak
    dari angka yang disampaikan kepolisian": a count that fell between days, unless the
    later article says the two disagree."""
    police = counted_claim(
        "OTHER", "detained", outlet="a", value=(14, 14, False), published="2026-09-10",
        source=EntityRef(None, "Polres Kotim", "organisation"),
    )  # fmt: skip
    ngo = counted_claim(
        "OTHER", "detained", outlet="b", value=(19, 19, False), published="2026-09-12",
        source=EntityRef(None, "Sahabat Tanah Borneo", "organisation"), time="2026-09-09",
    )  # fmt: skip
    assert ngo.quantity is not None
    ngo.quantity.disputes = disputes
    group = only_group([police, ngo])
    assert group.verdict == verdict
    assert ("sets its count against another body's" in group.reason) is disputes


def test_two_figures_the_count_rose_to_on_one_day_must_agree() -> None:
    risen = [
        counted_claim("CASUALTIES", "killed", outlet=o, value=(n, n, False), published="2026-06-29")
        for o, n in (("a", 11), ("b", 14))
    ]
    for c in risen:
        assert c.quantity is not None
        c.quantity.risen = True
    assert only_group(risen).verdict == "conflicting"


def test_an_event_no_two_outlets_date_is_judged_on_its_size() -> None:
    """Nine villages flooded on one day, fourteen the next: a flood that grew."""
    floods = [
        counted_claim("OTHER", "flood", outlet="a", value=(9, 9, False), unit="village",
                      published="2026-02-08"),
        counted_claim("OTHER", "flood", outlet="b", value=(14, 14, False), unit="village",
                      published="2026-02-09"),
    ]  # fmt: skip
    group = only_group(floods)
    assert (group.verdict, group.field) == ("compatible", "quantity")
    assert "9" in group.reason and "14" in group.reason


@pytest.mark.parametrize(
    ("other", "verdict"),
    [
        (12.4, "compatible"),  # one depth, written to another precision
        (10, "conflicting"),  # whole kilometres apart
    ],
)
def test_a_measure_written_to_a_coarser_digit_is_rounding(other: float, verdict: str) -> None:
    g = only_group(
        [
            counted_claim("OTHER", "depth", outlet="a", value=(12, 12, False), unit="km"),
            counted_claim("OTHER", "depth", outlet="b", value=(other, other, False), unit="km"),
        ]
    )
    assert g.verdict == verdict


def test_a_days_tallies_of_witnesses_rise_and_only_a_fall_conflicts() -> None:
    """Polres' seven witnesses and the provincial police's twelve, the same day, are the
    tally at two hours; a later report of fewer contradicts the earlier."""

    def witnesses(outlet: str, value: int, day: str) -> Claim:
        return claim("OTHER", subtype="witnesses_examined", outlet=outlet, actor=None,
                     recipient=None, quantity=(value, value, False), published=day)  # fmt: skip

    same_day = only_group([witnesses("a", 7, "2026-06-13"), witnesses("b", 12, "2026-06-13")])
    assert same_day.verdict == "compatible"
    fell = only_group([witnesses("a", 12, "2026-06-13"), witnesses("b", 7, "2026-06-15")])
    assert fell.verdict == "conflicting"


def test_seized_things_of_different_kinds_never_conflict() -> None:
    """ "seized two tugboats" and "menyita … tiga tongkang" count two kinds of thing; "tiga
    bom" and "dua bom" of one day count one and disagree."""

    def seized(outlet: str, value: int, unit: str | None, noun: str | None) -> Claim:
        c = claim("OTHER", subtype="seized", outlet=outlet, actor=None, recipient=None)
        return dataclasses.replace(c, quantity=Quantity(value, value, False, unit, noun=noun))

    vessels = only_group([seized("a", 2, None, None), seized("b", 3, None, None)])
    assert vessels.verdict != "conflicting"
    kinds = only_group([seized("a", 1, "item", "pucuk senjata"), seized("b", 2, "item", "bom")])
    assert kinds.verdict != "conflicting"
    bombs = only_group([seized("a", 3, "item", "bom"), seized("b", 2, "item", "bom")])
    assert bombs.verdict == "conflicting"
    # What a figure counts is kept with it, in the store and in exports.
    q = Quantity(3, 3, False, "item", noun="bom")
    assert Quantity.from_dict(q.to_dict()) == q


def test_two_bodies_tallies_of_the_wounded_are_no_dispute_but_their_tolls_are() -> None:
    """17 injured by the fire service's count and 24 by the police's, the same day, are two
    tallies; three dead by the police's count and four by the army's disagree."""

    def counted(subtype: str, outlet: str, value: int) -> Claim:
        return claim("CASUALTIES", subtype=subtype, outlet=outlet, actor=None, recipient=None,
                     quantity=(value, value, False), published="2026-07-17")  # fmt: skip

    wounded = only_group([counted("wounded", "a", 17), counted("wounded", "b", 24)])
    assert wounded.verdict == "compatible"
    killed = only_group([counted("killed", "a", 3), counted("killed", "b", 4)])
    assert killed.verdict == "conflicting"
    flights = only_group(
        [
            claim("OTHER", subtype="flights_cancelled", outlet=o, actor=None, recipient=None,
                  quantity=(v, v, False), published="2026-04-24")
            for o, v in (("a", 8), ("b", 22))
        ]
    )  # fmt: skip
    assert flights.verdict == "compatible"


def test_two_bodies_tallies_that_one_sentence_sets_side_by_side_disagree() -> None:
    """ "korban luka menurut BPBD tujuh orang, sedangkan polisi mencatat lima": the report
    itself sets the two tallies against each other. "Four officers … were hurt, while …
    11 villagers": the villagers are a kind the other figure does not say it counts, so
    the two are parts, no dispute."""
    bpbd = EntityRef("org/bpbd-magelang", "BPBD Kabupaten Magelang", "organisation")
    police = EntityRef("org/polresta-magelang", "Polresta Magelang", "organisation")

    def told(value: int, source: EntityRef, counted: str | None = None) -> Claim:
        c = claim("CASUALTIES", subtype="wounded", outlet="c", actor=None, recipient=None,
                  quantity=(value, value, False), published="2026-08-06", source=source)  # fmt: skip
        q = dataclasses.replace(c.quantity, counted=counted)  # type: ignore[type-var]
        return dataclasses.replace(c, doc="doc-c", evidence=Evidence("one", 0, 3), quantity=q)

    earlier = [
        claim("CASUALTIES", subtype="wounded", outlet=o, actor=None, recipient=None,
              quantity=(4, 4, False), published="2026-08-03")
        for o in ("a", "b")
    ]  # fmt: skip
    g = only_group([*earlier, told(7, bpbd), told(5, police)])
    assert g.verdict == "conflicting"
    assert "one sentence sets the two counts side by side" in g.reason
    parts = only_group([*earlier, told(4, police), told(11, bpbd, "civilian")])
    assert parts.verdict == "compatible"


@pytest.mark.parametrize(
    ("bpbd_says", "police_say", "verdict"),
    [
        (19, 14, "conflicting"),  # two counts of one size: the article sets them apart
        (47, 12, "compatible"),  # one far below the other: most often a part of it
    ],
)
def test_two_bodies_tallies_of_one_day_in_one_article(
    bpbd_says: int, police_say: int, verdict: str
) -> None:
    """ "Dua orang tewas dan 19 lainnya luka-luka …, menurut BPBD Way Kanan." then
    "Kapolres … menyebut jumlah korban luka 14 orang.": one article gives two bodies'
    counts of the day in two sentences, and they differ; where one is far below the other
    (a hospital's 12 patients beside the police's 47 hurt) it is a part, no dispute."""
    bpbd = EntityRef("org/bpbd-way-kanan", "BPBD Way Kanan", "organisation")
    police = EntityRef("org/polres-way-kanan", "Polres Way Kanan", "organisation")

    def told(value: int, source: EntityRef, start: int) -> Claim:
        c = claim("CASUALTIES", subtype="wounded", outlet="c", actor=None, recipient=None,
                  quantity=(value, value, False), published="2026-11-17", source=source)  # fmt: skip
        return dataclasses.replace(c, doc="doc-c", evidence=Evidence("s", start, start + 1))

    later = claim("CASUALTIES", subtype="wounded", outlet="d", actor=None, recipient=None,
                  quantity=(52, 52, False), published="2026-11-21")  # fmt: skip
    g = only_group([told(bpbd_says, bpbd, 0), told(police_say, police, 80), later])
    assert g.verdict == verdict
    if verdict == "conflicting":
        assert "one article sets the two counts side by side" in g.reason


def test_inflation_two_bodies_give_is_two_measures_not_a_dispute() -> None:
    """The statistics office's inflation of last month and the central bank's core measure,
    told the same day by two outlets: each a measure of its own (a tally), no conflict."""
    stats = EntityRef(None, "Zimbabwe National Statistics Agency", "organisation")
    bank = EntityRef("org/rbz", "Reserve Bank of Zimbabwe", "organisation")
    g = only_group(
        [
            claim("OTHER", subtype="inflation", outlet=o, actor=None, recipient=None,
                  quantity=(v, v, False), published="2026-09-24", source=src)
            for o, v, src in (("a", 9.4, stats), ("b", 9.4, stats), ("b", 7.2, bank))
        ]
    )  # fmt: skip
    assert g.verdict != "conflicting"


def test_a_quake_whose_magnitude_two_bodies_give_apart_is_in_dispute_however_dated() -> None:
    """BMKG's 6.9 and the USGS's 6.7 of one quake, reported on the quake's night and the
    morning after: the dates agree, the magnitudes, one value per quake, do not."""

    def quake(outlet: str, value: float, time: str | None, published: str) -> Claim:
        c = claim("OTHER", subtype="earthquake", outlet=outlet, actor=None, recipient=None,
                  time=time, published=published)  # fmt: skip
        return dataclasses.replace(c, quantity=Quantity(value, value, False, "magnitude"))

    g = only_group(
        [
            quake("a", 6.9, "2026-08-19", "2026-08-20"),
            quake("b", 6.9, "2026-08-19", "2026-08-20"),
            quake("b", 6.7, None, "2026-08-21"),
        ]
    )
    assert g.verdict == "conflicting" and g.field == "quantity"


APMM = EntityRef("org/malaysian-maritime-enforcement-agency", "APMM", "organisation")
BP3MI = EntityRef(None, "BP3MI Nusa Tenggara Barat", "organisation")


def _dead_in_one_article(
    first: EntityRef | None, second: EntityRef | None, *, doc: str = "d1"
) -> list[Claim]:
    """An article of Wednesday the 18th: 11 dead "hingga Selasa sore" by one source, and
    12 undated by another; a wire of Tuesday gives 11."""
    dated = claim(
        "CASUALTIES", subtype="killed", outlet="a", actor=None, recipient=None,
        quantity=(11, 11, False), time="2026-03-17", published="2026-03-18", source=first,
    )  # fmt: skip
    undated = claim(
        "CASUALTIES", subtype="killed", outlet="a", actor=None, recipient=None,
        quantity=(12, 12, False), published="2026-03-18", source=second,
    )  # fmt: skip
    wire = claim(
        "CASUALTIES", subtype="killed", outlet="b", actor=None, recipient=None,
        quantity=(11, 11, False), time="2026-03-17", published="2026-03-17", source=first,
    )  # fmt: skip
    return [dataclasses.replace(dated, doc=doc), dataclasses.replace(undated, doc=doc), wire]


def test_an_undated_figure_beside_another_bodys_dated_one_holds_as_of_that_day() -> None:
    """BP3MI's undated 12 beside APMM's 11 "hingga Selasa sore" in Wednesday's article are
    two bodies' counts of Tuesday: they disagree, rather than the toll rising overnight."""
    g = only_group(_dead_in_one_article(APMM, BP3MI))
    assert g.verdict == "conflicting"
    assert "same day (2026-03-17)" in g.reason
    assert "APMM" in g.reason and "BP3MI" in g.reason


@pytest.mark.parametrize(
    ("first", "second"),
    [(APMM, None), (APMM, APMM)],
    ids=["outlet's own update", "one body's update"],
)
def test_an_undated_figure_of_the_outlet_or_the_same_body_is_the_articles_update(
    first: EntityRef, second: EntityRef | None
) -> None:
    """The outlet's own undated 12, or the same body's, beside Tuesday's 11 is the count as
    of the article's day: a rise, not a dispute."""
    g = only_group(_dead_in_one_article(first, second))
    assert g.verdict == "compatible"
    assert "rose" in g.reason


class _Cities:
    """Two cities of one province, and a district of one of them, as the knowledge base
    nests them."""

    parents = {
        "place/semarang": ("place/central-java",),
        "place/semarang-utara": ("place/semarang", "place/central-java"),
        "place/pekalongan": ("place/central-java",),
        "place/central-java": (),
    }

    def country_of(self, entity_id: str) -> str | None:
        return None

    def ancestors(self, entity_id: str) -> tuple[str, ...]:
        return self.parents.get(entity_id, ())

    def state_of(self, entity_id: str) -> str | None:
        return None


@pytest.mark.parametrize(
    ("second_place", "verdict"),
    [("place/pekalongan", "compatible"), ("place/semarang-utara", "conflicting")],
)
def test_same_day_figures_of_places_apart_count_two_things(second_place: str, verdict: str) -> None:
    """2,300 houses flooded in Semarang and 4,130 in Pekalongan, told by two bodies on one
    day, may be taken for one fact, but they do not disagree; a figure for a district
    of Semarang does."""
    where = {p: EntityRef(p, p.split("/")[1].title(), "place") for p in _Cities.parents}
    flooded = [
        counted_claim("OTHER", "houses_flooded", outlet="a", value=(2300, 2300, False),
                      unit="house", source=BNPB, location=where["place/semarang"],
                      published="2026-06-09"),
        counted_claim("OTHER", "houses_flooded", outlet="b", value=(4130, 4130, False),
                      unit="house", source=JCS, location=where[second_place],
                      published="2026-06-09"),
    ]  # fmt: skip
    groups = group_claims("s1", flooded, _Cities())
    assert [g.verdict for g in groups] == [verdict]


def test_a_toll_that_falls_from_one_place_to_another_is_no_fall() -> None:
    """14 injured in Semarang, then 6 in Pekalongan the next day: two places' tolls."""
    where = {p: EntityRef(p, p.split("/")[1].title(), "place") for p in _Cities.parents}
    wounded = [
        counted_claim("CASUALTIES", "wounded", outlet="a", value=(14, 14, False), source=BNPB,
                      location=where["place/semarang"], published="2026-03-12"),
        counted_claim("CASUALTIES", "wounded", outlet="b", value=(6, 6, False), source=JCS,
                      location=where["place/pekalongan"], published="2026-03-13"),
    ]  # fmt: skip
    assert [g.verdict for g in group_claims("s1", wounded)] == ["conflicting"]
    assert [g.verdict for g in group_claims("s1", wounded, _Cities())] == ["compatible"]


class _Abroad:
    """Provinces of two countries whose regions the knowledge base does not hold."""

    countries = {"place/kelantan-my": "country/MY", "place/kota-bharu-my": "country/MY",
                 "place/pattani-th": "country/TH"}  # fmt: skip

    def country_of(self, entity_id: str) -> str | None:
        return self.countries.get(entity_id)

    def ancestors(self, entity_id: str) -> tuple[str, ...]:
        return ()

    def state_of(self, entity_id: str) -> str | None:
        return None


@pytest.mark.parametrize(
    ("second_place", "verdict"),
    [("place/pattani-th", "compatible"), ("place/kota-bharu-my", "conflicting")],
)
def test_same_day_figures_of_places_in_two_countries_count_two_things(
    second_place: str, verdict: str
) -> None:
    """One missing in Kelantan and two in Pattani, told the same day: the hierarchy holds
    neither province, but they are in two countries. Kota Bharu, in Kelantan's country,
    keeps the benefit of the doubt."""
    where = {p: EntityRef(p, p.split("/")[1].title(), "place") for p in _Abroad.countries}
    missing = [
        counted_claim("CASUALTIES", "missing", outlet="a", value=(1, 1, False), source=BNPB,
                      location=where["place/kelantan-my"], published="2026-11-30"),
        counted_claim("CASUALTIES", "missing", outlet="b", value=(2, 2, False), source=JCS,
                      location=where[second_place], published="2026-11-30"),
    ]  # fmt: skip
    assert [g.verdict for g in group_claims("s1", missing, _Abroad())] == [verdict]


def test_a_republished_sentence_holds_as_of_its_first_telling() -> None:
    """An agency's Friday count, republished word for word by a site on Saturday, is no
    Saturday count to set against the national agency's Saturday figure."""
    BASARNAS = EntityRef("org/basarnas", "Basarnas", "organisation")
    friday = counted_claim(
        "OTHER",
        "houses_damaged",
        outlet="agency",
        value=(287, 287, False),
        unit="house",
        source=BASARNAS,
        published="2026-12-04",
    )
    copy = dataclasses.replace(
        friday, claim_id="copy", doc="doc-site", outlet="site", published="2026-12-05"
    )
    national = counted_claim("OTHER", "houses_damaged", outlet="wire",
                             value=(1146, 1146, False), unit="house", source=BNPB,
                             published="2026-12-05")  # fmt: skip
    g = only_group([friday, copy, national])
    assert g.verdict == "compatible"
    assert "287 house (2026-12-04, site)" in g.reason
    # Told anew on Saturday in other words, the same count disagrees with the national one.
    retold = dataclasses.replace(copy, evidence=Evidence("Saturday's count", 0, 10))
    assert only_group([friday, retold, national]).verdict == "conflicting"


def test_a_republished_sentence_keeps_its_first_telling_s_date() -> None:
    """ "pukul 20.53 WITA" on a Tuesday night, republished on Wednesday, is Tuesday's."""
    first = claim(
        "OTHER",
        subtype="tsunami_warning",
        outlet="a",
        actor=None,
        recipient=None,
        time="2026-11-17",
        published="2026-11-17",
    )
    copy = dataclasses.replace(first, claim_id="copy", doc="doc-b", outlet="b",
                               published="2026-11-18",
                               time=TimeSpan("2026-11-18", None, "pukul 20.53 WITA"))  # fmt: skip
    assert only_group([first, copy]).verdict == "corroborated"


def test_a_figure_told_since_a_day_holds_as_of_its_report() -> None:
    """ "41 pasien sejak Jumat", told on Sunday, is Sunday's count (a span from Friday up to
    the report), not Friday's beside Friday's 24; two bodies' counts "since late October"
    told on one day are that day's and disagree."""
    hospital = EntityRef("org/rsud", "RSUD Jailolo", "organisation")
    friday = counted_claim(
        "OTHER",
        "treated",
        outlet="a",
        value=(24, 24, False),
        source=hospital,
        published="2026-12-04",
    )
    since = counted_claim("OTHER", "treated", outlet="b", value=(41, 41, False),
                          source=hospital, published="2026-12-06")  # fmt: skip
    since.time = TimeSpan("2026-12-04", "2026-12-06", "sejak Jumat")
    g = only_group([friday, since])
    assert g.verdict == "compatible" and "41 (2026-12-06, b)" in g.reason
    agency = counted_claim(
        "OTHER", "displaced", outlet="a", value=(4, 4, False), source=BNPB, published="2026-11-11"
    )
    village = counted_claim("OTHER", "displaced", outlet="b", value=(7, 7, False), source=JCS,
                            published="2026-11-11")  # fmt: skip
    for c in (agency, village):
        c.time = TimeSpan("2026-10-25", "2026-11-11", "sejak akhir Oktober")
    assert only_group([agency, village]).verdict == "conflicting"


def _listed(outlet: str, value: int, source: EntityRef | None, sentence: int) -> Claim:
    """A figure of aid sent, from one sentence (``sentence``) of the outlet's article."""
    c = claim(
        "OTHER",
        outlet=outlet,
        subtype="aid",
        actor=BNPB,
        recipient=None,
        quantity=(value, value, False),
        source=source,
        published="2026-12-05",
    )
    return dataclasses.replace(
        c, doc=f"doc-{outlet}", evidence=Evidence(f"sentence {sentence}", sentence, sentence + 9)
    )


def test_values_one_sentence_lists_for_one_source_count_different_things() -> None:
    """ "2.500 paket makanan siap saji, 1.000 paket sandang": two outlets copy the sentence
    and each lists both figures. Whichever figure one outlet gives, the other outlet's
    other figure counts another thing: no dispute."""
    claims = [_listed(o, v, None, 0) for o in ("a", "b") for v in (2500, 1000)]
    assert only_group(claims).verdict != "conflicting"


def test_values_one_sentence_gives_for_two_sources_stay_a_dispute() -> None:
    """ "Polres memperkirakan sekitar 1.200 orang, sedangkan serikat menyebut 3.000": one
    outlet credits each body, a copy credits both figures to one. The two figures are a
    dispute, not a list."""
    union = EntityRef(None, "Serikat Pekerja", "organisation")
    claims = [
        _listed("a", 1200, BNPB, 0),
        _listed("a", 3000, union, 0),
        _listed("b", 1200, union, 0),
        _listed("b", 3000, union, 0),
    ]
    assert only_group(claims).verdict == "conflicting"


def test_a_figure_of_a_span_the_report_falls_in_holds_as_of_the_report() -> None:
    """ "A train hit a truck this week, killing three", told on Saturday, is Saturday's
    toll, not Monday's (the week's first day) after Thursday's two: the toll rose."""
    police = EntityRef("org/polres-kendal", "Polres Kendal", "organisation")
    thursday = counted_claim("CASUALTIES", "killed", outlet="a", value=(2, 2, False),
                             source=police, published="2026-07-16")  # fmt: skip
    week = counted_claim("CASUALTIES", "killed", outlet="b", value=(3, 3, False),
                         source=police, published="2026-07-18")  # fmt: skip
    week.time = TimeSpan("2026-07-13", "2026-07-19", "this week")
    g = only_group([thursday, week])
    assert g.verdict == "compatible" and "3 (2026-07-18, b)" in g.reason


def test_a_toll_of_a_past_span_holds_as_of_the_report() -> None:
    """ "a fire killed four men last week", told on Tuesday the 19th, is the toll as of that
    report, not of the 11th (last week's first day) before Thursday's three: the toll
    rose, and falls nowhere."""
    thursday = counted_claim("CASUALTIES", "killed", outlet="a", value=(3, 3, False),
                             published="2026-05-14")  # fmt: skip
    later = counted_claim("CASUALTIES", "killed", outlet="b", value=(4, 4, False),
                          published="2026-05-19")  # fmt: skip
    later.time = TimeSpan("2026-05-11", "2026-05-17", "last week")
    g = only_group([thursday, later])
    assert g.verdict == "compatible" and "4 (2026-05-19, b)" in g.reason, g.reason


def test_a_figure_of_a_past_year_holds_as_of_its_end_not_the_report() -> None:
    """ "Pada periode yang sama tahun 2025, Dinkes mencatat 263 kasus" beside this year's
    count from another body, the same day: two years' figures, no same-day dispute."""
    HEALTH = EntityRef("org/dinkes", "Dinas Kesehatan Kota Kendari", "organisation")

    def cases(value: int, source: EntityRef, time: str | None) -> Claim:
        return claim(
            "OTHER", subtype="cases", outlet=source.name, actor=None, recipient=None,
            quantity=(value, value, False), source=source, time=time, published="2026-02-10",
        )  # fmt: skip

    g = only_group([cases(486, BNPB, None), cases(263, HEALTH, "2025")])
    assert g.verdict != "conflicting", g.reason
    # The same year as the report's is as of the report: a same-day dispute.
    g = only_group([cases(486, BNPB, None), cases(263, HEALTH, "2026")])
    assert g.verdict == "conflicting", g.reason


@pytest.mark.parametrize(
    ("ctype", "unit", "values"),
    [
        # "Kodim menurunkan 250 prajurit" and "140 personel gabungan dikerahkan" (the
        # search agency): each body counts the people it sends or leads.
        ("DEPLOYMENT", "person", (140, 250)),
        # "184 warga terserang diare di enam desa" (health office) beside "banjir merendam
        # … di sembilan desa" (disaster agency): untyped figures need not count one thing.
        ("OTHER", "village", (6, 9)),
    ],
)
def test_two_bodies_same_day_tallies_do_not_conflict(
    ctype: str, unit: str, values: tuple[int, int]
) -> None:
    other = EntityRef("org/kodim", "Kodim Aceh Tamiang", "organisation")
    g = only_group(
        [
            counted_claim(
                ctype,
                None,
                outlet=outlet,
                value=(v, v, False),
                unit=unit,
                source=source,
                published="2026-11-23",
            )
            for outlet, v, source in zip("ab", values, (BNPB, other), strict=True)
        ]
    )
    assert g.verdict != "conflicting", g.reason
