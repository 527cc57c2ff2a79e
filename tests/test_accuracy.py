"""Accuracy floors on the hand-annotated evaluation sets (``silang eval``'s scorer).

A change that costs more than a little accuracy on any set fails here. The floors sit a
couple of points under the figures measured when they were set (README, "Accuracy"), so
that they catch regressions, not noise. Set C was written after the rules were tuned on
sets A and B and is the closest thing to unseen articles.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from silang.analyse.pipeline import Analyser
from silang.evaluate import evaluate_gold

DATA = Path(__file__).parent / "data"
ANALYSER = Analyser()

# set: (claim F1, story pairwise recall, cross-source groups found with the right verdict)
# Set A's story recall is 0.875: its analysis piece on Kyaukphyu (a town the knowledge base
# does not know) scores 0.15 against its story, under the threshold; it joined only while
# every "X mengatakan …" sentence was a statement. Set B's is 0.935 for the same reason:
# its first Karangetang piece (the volcano and Siau are not in the knowledge base) joined
# its story only through an eruption claim made from "mengantisipasi kemungkinan erupsi".
FLOORS = {
    "seeds": (0.95, 1.0, 3),
    "set_a": (0.76, 0.85, 5),
    "set_b": (0.76, 0.9, 6),
    "set_c": (0.60, 0.95, 1),
    # Held out: written blind after every rule here and never tuned on.
    "set_d": (0.57, 0.6, 1),
    # English, held out in the same way.
    "set_e": (0.54, 0.95, 1),
}


def _paths(name: str) -> tuple[Path, Path]:
    if name == "seeds":
        return DATA / "seeds" / "gold.json", DATA / "seeds"
    return DATA / "eval" / name / "gold.json", DATA / "eval" / name


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_accuracy_stays_above_its_floor(name: str) -> None:
    gold, articles = _paths(name)
    result = evaluate_gold(gold, articles, analyser=ANALYSER)
    f1, story_recall, groups = FLOORS[name]
    assert result.f1 >= f1, f"{name}: claim F1 {result.f1:.3f} < {f1}"
    assert result.story_recall is not None and result.story_recall >= story_recall, name
    assert result.groups_found >= groups, f"{name}: {result.groups_found} groups found"


def test_seed_groups_are_all_found_with_their_verdicts() -> None:
    gold, articles = _paths("seeds")
    result = evaluate_gold(gold, articles, analyser=ANALYSER)
    assert result.groups_found == result.groups_total == 3
    assert result.story_precision == result.story_recall == 1.0
