"""``silang eval``'s explanations: why each gold cross-source group was missed, and how
often a 'conflicting' verdict is one the gold shares."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from paths import SEED_B, SEEDS
from silang.evaluate import evaluate_gold, format_report
from silang.extract.pipeline import Analyser

ANALYSER = Analyser()


def _gold_with(tmp_path: Path, change: dict[str, object]) -> tuple[Path, Path]:
    """The seed gold with some keys replaced, next to a copy of the seed articles."""
    gold = json.loads((SEEDS / "gold.json").read_text("utf-8"))
    gold.update(change)
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), "utf-8")
    return path, articles


def _seed_groups() -> list[dict[str, object]]:
    return json.loads((SEEDS / "gold.json").read_text("utf-8"))["cross_source"]


def test_a_group_whose_claim_is_not_extracted_says_which(tmp_path: Path) -> None:
    gold = json.loads((SEEDS / "gold.json").read_text("utf-8"))
    gold["claims"].append({"id": "x1", "doc": SEED_B, "type": "MEETING", "sentence": "Zzz qqq."})
    groups = [*_seed_groups(), {"claims": ["a13", "x1"], "verdict": "corroborated"}]
    path, articles = _gold_with(tmp_path, {"claims": gold["claims"], "cross_source": groups})
    result = evaluate_gold(path, articles, analyser=ANALYSER)
    assert result.group_causes == {"not extracted": 1}
    (miss,) = result.group_misses
    assert "not extracted: x1 (MEETING)" in miss


class _FailingOn(Analyser):
    """The real analyser, except that it raises on one text: a stand-in for whatever
    defect the next unusual article finds."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.failing = text

    def analyse(self, text, published=None, lang=None):  # type: ignore[no-untyped-def]
        if text == self.failing:
            raise IndexError("tuple index out of range")
        return super().analyse(text, published, lang)


def test_an_article_whose_analysis_fails_is_named_not_silently_scored(tmp_path: Path) -> None:
    """The eval says which gold article it could not analyse, and why, in one line."""
    from silang.ingest import read_file
    from silang.model import Article

    path, articles = _gold_with(tmp_path, {})
    [record] = [r for r in read_file(articles / f"{SEED_B}.txt") if isinstance(r, Article)]
    result = evaluate_gold(path, articles, analyser=_FailingOn(record.text))
    (line,) = result.rejected
    assert SEED_B in line and "IndexError" in line and "\n" not in line
    assert format_report(result).splitlines()[0].startswith("rejected, scored as saying nothing:")
    assert evaluate_gold(path, articles, analyser=ANALYSER).rejected == []


def test_a_missed_claim_whose_gold_accepts_several_subtypes_names_them(tmp_path: Path) -> None:
    gold = json.loads((SEEDS / "gold.json").read_text("utf-8"))
    gold["claims"].append(
        {"id": "x1", "doc": SEED_B, "type": ["CASUALTIES", "OTHER"],
         "subtype": {"any": ["killed", "bodies_recovered"]}, "sentence": "Zzz qqq."}
    )  # fmt: skip
    groups = [*_seed_groups(), {"claims": ["a13", "x1"], "verdict": "corroborated"}]
    path, articles = _gold_with(tmp_path, {"claims": gold["claims"], "cross_source": groups})
    (miss,) = evaluate_gold(path, articles, analyser=ANALYSER).group_misses
    assert "not extracted: x1 (CASUALTIES/OTHER/killed|bodies_recovered)" in miss


def test_a_wrong_verdict_names_the_verdict_and_its_reason(tmp_path: Path) -> None:
    groups = _seed_groups()
    groups[1] = {**groups[1], "verdict": "conflicting"}  # the seeds corroborate the items
    path, articles = _gold_with(tmp_path, {"cross_source": groups})
    result = evaluate_gold(path, articles, analyser=ANALYSER)
    assert result.group_causes == {"wrong verdict": 1}
    (miss,) = result.group_misses
    assert "wrong verdict: corroborated (named by several outlets" in miss
    assert "missed because: 1 wrong verdict" in format_report(result)


def test_claims_the_system_keeps_apart_name_their_groups(tmp_path: Path) -> None:
    # a11 (the treaty signed) and a5 (troops in Kursk) are different facts.
    groups = [_seed_groups()[1], {"claims": ["a11", "a5"], "verdict": "corroborated"}]
    path, articles = _gold_with(tmp_path, {"cross_source": groups})
    result = evaluate_gold(path, articles, analyser=ANALYSER)
    assert result.group_causes == {"different groups": 1}
    assert "AGREEMENT/signed" in result.group_misses[0]
    assert "DEPLOYMENT" in result.group_misses[0]


@pytest.mark.parametrize(("verdict", "right"), [("conflicting", 1), ("compatible", 0)])
def test_conflicting_precision_counts_verdicts_the_gold_shares(
    tmp_path: Path, verdict: str, right: int
) -> None:
    groups = _seed_groups()
    groups[0] = {**groups[0], "verdict": verdict}  # the treaty's date: September vs June
    path, articles = _gold_with(tmp_path, {"cross_source": groups})
    result = evaluate_gold(path, articles, analyser=ANALYSER)
    assert (result.conflicts_judged, result.conflicts_right) == (1, right)
    report = format_report(result)
    assert f"'conflicting' verdicts: {right}/1 right" in report
    if not right:
        assert result.false_conflicts and "AGREEMENT/signed" in result.false_conflicts[0]


def test_a_gold_name_that_is_an_alias_of_the_entity_named_is_right() -> None:
    from silang.evaluate import score_claims
    from silang.kb import default_kb

    gold = {
        "docs": {"d1": {}},
        "claims": [
            {
                "id": "g1",
                "doc": "d1",
                "type": "DEPLOYMENT",
                "sentence": "BNPB mengerahkan 300 personel ke Cianjur.",
                "actor": "National Disaster Management Agency",
            }
        ],
    }
    claims = ANALYSER.analyse("BNPB mengerahkan 300 personel ke Cianjur.", "2026-01-02").claims
    for claim in claims:
        claim.doc = "d1"
    assert score_claims(gold, {"d1": claims}).slots["actor"].correct == 0
    assert score_claims(gold, {"d1": claims}, default_kb()).slots["actor"].correct == 1


def test_a_gold_name_in_another_language_that_names_one_entity_is_right() -> None:
    """Gold may name an entity by an alias of another language ("Operasi Damai Cartenz"):
    where that alias names exactly one entity, the system naming it is right."""
    from silang.evaluate import _equal
    from silang.kb import default_kb

    kb = default_kb()
    assert _equal("Operasi Damai Cartenz", "Operation Damai Cartenz", kb)
    assert not _equal("Operasi Damai Cartenz", "Indonesian National Police", kb)


def test_a_system_group_holding_two_gold_facts_finds_neither(tmp_path: Path) -> None:
    # The system puts every report of the troops in one group; a gold that calls two of
    # them one fact and two others another finds neither in it.
    troops = _seed_groups()[2]
    split = [
        {"claims": ["a1", "a6"], "verdict": troops["verdict"]},
        {"claims": ["a5", "b4"], "verdict": troops["verdict"]},
    ]
    path, articles = _gold_with(tmp_path, {"cross_source": split})
    result = evaluate_gold(path, articles, analyser=ANALYSER)
    assert result.groups_found == 0
    assert result.group_causes == {"lumped with another fact": 2}
    path, articles = _gold_with(tmp_path / "again", {"cross_source": [troops]})
    assert evaluate_gold(path, articles, analyser=ANALYSER).groups_found == 1


@pytest.mark.parametrize(
    ("gold_location", "implied", "right"),
    [
        (None, True, True),  # the sentence names no place, and the system says so
        ("Lanny Jaya Regency", True, True),  # the gold gives the event's place
        ("Jayawijaya Regency", True, False),  # another place
        (None, False, False),  # a place the system says the sentence names
    ],
)
def test_an_implied_location_is_right_where_the_gold_gives_that_place_or_none(
    gold_location: str | None, implied: bool, right: bool
) -> None:
    from silang.evaluate import score_claims
    from silang.model import Claim, EntityRef, Evidence, Quantity

    sentence = "Dua pekerja tewas dalam serangan itu."
    gold = {
        "docs": {"d1": {}},
        "claims": [
            {"id": "g1", "doc": "d1", "type": "CASUALTIES", "sentence": sentence,
             "location": gold_location},
        ],
    }  # fmt: skip
    claim = Claim(
        type="CASUALTIES",
        subtype="killed",
        location=EntityRef("place/lanny-jaya-regency", "Lanny Jaya Regency", "place"),
        location_implied=implied,
        quantity=Quantity(2, 2, False, "person"),
        evidence=Evidence(sentence, 0, len(sentence)),
        doc="d1",
    )
    assert score_claims(gold, {"d1": [claim]}).slots["location"].correct == right
