"""The copy rules (``ingest/copies.py``) that ``Corpus.add_article`` and the Spark engine's
replay both apply."""

from __future__ import annotations

from silang.ingest.copies import CopyPlan, StoredArticle, plan_copy
from silang.model import stable_id


def plan(
    doc: str,
    digest: str,
    path: str | None,
    stored: dict[str, StoredArticle],
    originals: dict[str, str] | None = None,
    asked: list[str] | None = None,
) -> CopyPlan:
    def original(content_hash: str) -> str | None:
        if asked is not None:
            asked.append(content_hash)
        return (originals or {}).get(content_hash)

    return plan_copy(doc, digest, path, stored=stored.get, original=original)


def test_the_same_text_under_its_name_is_unchanged_and_no_original_is_looked_for() -> None:
    asked: list[str] = []
    stored = {"001": StoredArticle("h1", "a/001.txt")}
    assert plan("001", "h1", "b/001.txt", stored, asked=asked) == CopyPlan("unchanged", "001")
    assert asked == []


def test_a_name_held_by_another_input_is_kept_under_a_second_name() -> None:
    stored = {"001": StoredArticle("h1", "a/001.txt")}
    renamed = plan("001", "h2ffffffff", "b/001.txt", stored)
    assert renamed == CopyPlan("added", "001~h2ffffff", stable_id("001~h2ffffff", "h2ffffffff"))
    # Once that second name is stored too, the same input again changes nothing.
    stored["001~h2ffffff"] = StoredArticle("h2ffffffff", "b/001.txt")
    assert plan("001", "h2ffffffff", "b/001.txt", stored).outcome == "unchanged"
    # Inputs without a known path (records of a dump) replace the text under the name.
    assert plan("001", "h3", None, stored).outcome == "updated"


def test_a_copy_links_to_its_original_even_when_it_replaces_a_text() -> None:
    stored = {"berita": StoredArticle("h-old", "berita.txt")}
    copy = plan("berita", "h-new", "berita.txt", stored, {"h-new": "id-asli"})
    assert copy == CopyPlan(
        "duplicate", "berita", stable_id("berita", "h-new"), "id-asli", replaces=True
    )
    updated = plan("berita", "h-new", "berita.txt", stored)
    assert (updated.outcome, updated.replaces, updated.original_id) == ("updated", True, None)


def test_an_article_is_not_a_copy_of_itself() -> None:
    itself = stable_id("a", "h1")
    assert plan("a", "h1", "a.txt", {}, {"h1": itself}) == CopyPlan("added", "a", itself)
