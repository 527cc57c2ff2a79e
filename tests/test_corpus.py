"""Corpus: duplicates, updates, incremental stories and verdicts over a real SQLite file."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

from paths import EVAL, ROOT, SEED_A, SEED_B, SEEDS
from silang.corpus import Corpus

SET_A = EVAL / "set_a" / "articles"


def write(folder: Path, name: str, text: str, published: str = "2024-11-15") -> Path:
    path = folder / name
    path.write_text(f"---\npublished: {published}\n---\n{text}", "utf-8")
    return path


def seed_text(doc: str) -> str:
    return (SEEDS / f"{doc}.txt").read_text("utf-8")


def test_near_duplicate_is_linked_not_analysed(tmp_path: Path) -> None:
    original = seed_text(SEED_A)
    paragraphs = original.split("\n\n")
    # Republished elsewhere: a new first sentence, one paragraph dropped.
    edited = (
        "Pyongyang makin dekat dengan Moskow."
        + paragraphs[0][paragraphs[0].index(".") :]
        + "\n\n"
        + "\n\n".join(paragraphs[1:3] + paragraphs[4:])
    )
    a = write(tmp_path, "asli.txt", original)
    b = write(tmp_path, "salinan.txt", edited)
    with Corpus(tmp_path / "s.db") as corpus:
        report = corpus.ingest([a, b])
        assert report.added == ["asli"]
        assert report.duplicates == [("salinan", "asli")]
        copy = corpus.store.article_by_doc("salinan")
        first = corpus.store.article_by_doc("asli")
        assert copy is not None and first is not None
        assert copy.duplicate_of == first.article_id
        assert list(corpus.store.iter_claims(article_id=copy.article_id)) == []
        # The copy joins its original's story.
        corpus.update_stories()
        story_of = corpus.store.story_assignments()
        assert story_of[copy.article_id] == story_of[first.article_id]


def test_another_outlets_copy_is_its_own_report_and_the_same_sites_a_duplicate(
    tmp_path: Path,
) -> None:
    """An agency story that a regional site republishes is that site's report of the facts
    (its claims meet the original's); the agency's own page again, under another URL and
    its name spelt otherwise, is a duplicate."""
    original = seed_text(SEED_B)

    def page(name: str, url: str, outlet: str, text: str) -> Path:
        path = tmp_path / name
        front = f"---\nurl: {url}\noutlet: {outlet}\npublished: 2024-11-15\n---\n"
        path.write_text(front + text, "utf-8")
        return path

    agency = page("agency.txt", "https://kantorberita.id/a/1", "Kantor Berita", original)
    regional = page("regional.txt", "https://kabardaerah.id/x/9", "Kabar Daerah", original)
    again = page("again.txt", "https://www.kantorberita.id/amp/1", "KB News", original)
    with Corpus(tmp_path / "s.db") as corpus:
        report = corpus.ingest([agency, regional, again])
        assert sorted(report.added) == ["agency", "regional"]
        assert report.duplicates == [("again", "agency")]
        corpus.update_stories()
        shared = [g for g in corpus.groups() if {"Kantor Berita", "Kabar Daerah"} <= set(g.outlets)]
        assert any(g.verdict == "corroborated" for g in shared)
        per_doc = Counter(c.doc for c in corpus.claims())
        assert per_doc["regional"] == per_doc["agency"] > 0 and "again" not in per_doc


def test_exact_duplicate_under_another_name(tmp_path: Path) -> None:
    a = write(tmp_path, "satu.txt", seed_text(SEED_B))
    b = write(tmp_path, "dua.txt", seed_text(SEED_B))
    with Corpus(tmp_path / "s.db") as corpus:
        report = corpus.ingest([a, b])
        assert report.added == ["dua"] or report.added == ["satu"]
        assert len(report.duplicates) == 1


def test_changed_file_is_updated_and_reanalysed(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "berita.txt",
        "Banjir merendam 300 rumah di Kabupaten Bandung pada Senin (13/1/2025).",
        "2025-01-14",
    )
    db = tmp_path / "s.db"
    with Corpus(db) as corpus:
        corpus.ingest([path])
        before = [c.quantity.min for c in corpus.claims() if c.quantity]
    write(
        tmp_path,
        "berita.txt",
        "Banjir merendam 450 rumah di Kabupaten Bandung pada Senin (13/1/2025).",
        "2025-01-14",
    )
    with Corpus(db) as corpus:
        report = corpus.ingest([path])
        assert report.updated == ["berita"]
        after = [c.quantity.min for c in corpus.claims() if c.quantity]
        assert corpus.store.count_articles() == 1
    assert before == [300] and after == [450]


def test_user_knowledge_base_file(tmp_path: Path) -> None:
    from silang.extract.pipeline import Analyser
    from silang.kb import KnowledgeBase

    extra = tmp_path / "extra.yaml"
    extra.write_text(
        "entities:\n"
        "  - {name: Sumber Rahasia Institute, type: organisation, country: ID,"
        " aliases: {id: [Lembaga Sumber Rahasia, LSR]}}\n",
        "utf-8",
    )
    analyser = Analyser(KnowledgeBase.load(extra=[extra]))
    claims = analyser.analyse(
        "Menurut LSR, 40 orang tewas dalam banjir.", "2025-01-14", "id"
    ).claims
    assert claims[0].source is not None and claims[0].source.name == "Sumber Rahasia Institute"


def test_stories_are_incremental_and_unrelated_stories_stay_apart(tmp_path: Path) -> None:
    first = tmp_path / "first"
    second = tmp_path / "second"
    first.mkdir()
    second.mkdir()
    shutil.copy(ROOT / "examples" / f"{SEED_A}.txt", first)
    shutil.copy(ROOT / "examples" / f"{SEED_B}.txt", first)
    # A later report on the same story, and a North Korea missile story (shares North Korea).
    shutil.copy(SET_A / "a01_korut_korban_wartadunia.txt", second)
    shutil.copy(SET_A / "a04_korut_rudal_kantorberitanusa.txt", second)
    with Corpus(tmp_path / "s.db") as corpus:
        corpus.ingest([first])
        corpus.update_stories()
        before = corpus.store.story_assignments()
        assert len(set(before.values())) == 1  # the two seeds: one story
        corpus.ingest([second])
        summary = corpus.update_stories()
        after = corpus.store.story_assignments()
        # Existing articles keep their story; only the changed story is regrouped.
        assert all(after[a] == s for a, s in before.items())
        troops = next(iter(before.values()))
        docs = {s.story_id: s.docs for s in corpus.stories()}
        assert "a01_korut_korban_wartadunia" in docs[troops]
        assert "a04_korut_rudal_kantorberitanusa" not in docs[troops]
        assert summary["stories"] == 2
        treaty = [g for g in corpus.groups(troops) if g.key.startswith("AGREEMENT/signed")]
        assert [g.verdict for g in treaty] == ["conflicting"]


def test_update_stories_with_nothing_new_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ROOT / "examples" / f"{SEED_A}.txt", folder)
    shutil.copy(ROOT / "examples" / f"{SEED_B}.txt", folder)
    with Corpus(tmp_path / "s.db") as corpus:
        corpus.ingest([folder])
        first = corpus.update_stories()
        groups = [g.to_dict() for g in corpus.groups()]
        again = corpus.update_stories()
        assert first["changed"] == 1 and first["groups"] == len(groups) > 0
        assert again["stories"] == 1 and again["changed"] == 0 and again["groups"] == 0
        assert [g.to_dict() for g in corpus.groups()] == groups
        assert set(first["seconds"]) == {"read", "cluster", "group"}
        # Regrouping everything still works on an unchanged store.
        assert corpus.update_stories(regroup_all=True)["groups"] == len(groups)


def _edited(original: str) -> str:
    paragraphs = original.split("\n\n")
    return (
        "Pyongyang makin dekat dengan Moskow."
        + paragraphs[0][paragraphs[0].index(".") :]
        + "\n\n"
        + "\n\n".join(paragraphs[1:3] + paragraphs[4:])
    )


def test_signature_from_a_worker_finds_the_same_copies(tmp_path: Path) -> None:
    """add_article with the signature a worker computed decides as it does computing it."""
    from silang.ingest import read_file
    from silang.ingest.dedupe import signature_bytes

    paths = [write(tmp_path, "asli.txt", seed_text(SEED_A)),
             write(tmp_path, "salinan.txt", _edited(seed_text(SEED_A))),
             write(tmp_path, "lain.txt", seed_text(SEED_B))]  # fmt: skip
    outcomes = {}
    for given in (False, True):
        with Corpus(tmp_path / f"s{given}.db") as corpus, corpus.batch():
            outcomes[given] = [
                corpus.add_article(
                    a, analyse=False, minhash=signature_bytes(a.text) if given else None
                )
                for p in paths
                for a in read_file(p)
            ]
            stored = {a.doc: a.duplicate_of for a in corpus.articles()}
    assert outcomes[True] == outcomes[False] == ["added", "duplicate", "added"]
    with Corpus(tmp_path / "sTrue.db") as corpus:
        assert {a.doc: a.duplicate_of for a in corpus.articles()} == stored
        # The stored signature is the one passed in.
        original = next(a for a in corpus.articles() if a.doc == "asli")
        assert corpus.near_duplicates().signature(original.article_id) == signature_bytes(
            next(iter(read_file(paths[0]))).text
        )


def test_ingest_that_fails_midway_keeps_the_articles_before(tmp_path: Path) -> None:
    """Articles commit in batches, yet one that fails leaves those before it stored, and
    the in-memory near-duplicate index agrees with the store afterwards."""
    from silang.ingest import read_file

    records = [a for name, doc in (("a.txt", SEED_A), ("b.txt", SEED_B))
               for a in read_file(write(tmp_path, name, seed_text(doc)))]  # fmt: skip

    def failing():
        yield from records
        raise RuntimeError("input went away")

    with Corpus(tmp_path / "s.db") as corpus:
        try:
            corpus.ingest_records(failing())
        except RuntimeError:
            pass
        else:
            raise AssertionError("the error must propagate")
        assert len(corpus.near_duplicates()) == 2
    with Corpus(tmp_path / "s.db") as corpus:
        assert sorted(a.doc for a in corpus.articles()) == ["a", "b"]
        assert corpus.store.count_claims() > 0


def test_update_stories_leaves_the_cycle_collector_as_it_found_it(tmp_path: Path) -> None:
    import gc

    with Corpus(tmp_path / "s.db") as corpus:
        corpus.ingest([ROOT / "examples" / f"{SEED_A}.txt"])
        assert gc.isenabled()
        corpus.update_stories()
        assert gc.isenabled()
        gc.disable()
        try:
            corpus.update_stories(regroup_all=True)
            assert not gc.isenabled()
        finally:
            gc.enable()


def test_a_replaced_text_is_no_longer_an_original(tmp_path: Path) -> None:
    """When a file's text changes, copies of its old text are not linked to the article
    that no longer exists."""
    path = write(tmp_path, "berita.txt", seed_text(SEED_A))
    with Corpus(tmp_path / "s.db") as corpus:
        assert corpus.ingest([path]).added == ["berita"]
        path.write_text(f"---\npublished: 2024-11-15\n---\n{seed_text(SEED_B)}", "utf-8")
        assert corpus.ingest([path]).updated == ["berita"]
        copy = write(tmp_path, "salinan.txt", _edited(seed_text(SEED_A)))
        report = corpus.ingest([copy])
        assert report.added == ["salinan"] and report.duplicates == []
        assert len(corpus.near_duplicates()) == 2


def test_near_duplicate_index_recut_for_another_threshold(tmp_path: Path) -> None:
    """The stored bands fit one threshold; a corpus opened with another recuts them, so a
    looser threshold finds a looser copy in a store written with the default."""
    from silang.ingest.dedupe import minhash_values

    original = seed_text(SEED_A)
    paragraphs = original.split("\n\n")
    loose = "\n\n".join(paragraphs[: len(paragraphs) // 2 + 1])  # half the article
    score = (minhash_values(original) == minhash_values(loose)).mean()
    assert 0.5 < score < 0.8
    with Corpus(tmp_path / "s.db") as corpus:
        corpus.ingest([write(tmp_path, "asli.txt", original)])
    with Corpus(tmp_path / "s.db", near_duplicate_threshold=0.5) as corpus:
        report = corpus.ingest([write(tmp_path, "separuh.txt", loose)])
        assert report.duplicates == [("separuh", "asli")]
    with Corpus(tmp_path / "s.db") as corpus:
        report = corpus.ingest([write(tmp_path, "separuh2.txt", loose + "\n\nTamat.")])
        assert report.added == ["separuh2"]


def test_a_generic_foreign_body_is_of_the_country_of_the_dateline(tmp_path: Path) -> None:
    """The clean-up takes "COLOMBO (Ceylon Wire) —" off the text; the place it named still
    tells the Ministry of Finance that speaks apart from other countries' ones."""
    page = tmp_path / "loan.txt"
    page.write_text(
        "---\npublished: 2026-06-09\nlang: en\n---\n"
        "COLOMBO (Ceylon Wire) — Sri Lanka and Japan signed a loan agreement worth "
        "$540 million on Monday, the Ministry of Finance said.\n",
        encoding="utf-8",
    )
    corpus = Corpus(tmp_path / "silang.db")
    corpus.ingest([page])
    (article,) = list(corpus.articles())
    assert article.meta.get("dateline") == "COLOMBO"
    assert not article.text.startswith("COLOMBO")
    sources = {c.source.name for c in corpus.claims() if c.source is not None}
    assert sources == {"Ministry of Finance (Sri Lanka)"}
