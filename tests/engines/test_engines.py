"""The local engine: several workers give exactly what one process gives.

The corpus comes from ``benchmarks/make_corpus.py`` (generated Indonesian articles with
republished copies). Memory flatness (peak RSS at 10k vs 50k articles) is measured by
``benchmarks/bench_engines.py --flat`` rather than here: it takes minutes.
"""

from __future__ import annotations

import json
from collections import defaultdict
from itertools import combinations
from pathlib import Path

import pytest
from make_corpus import generate, to_front_matter, to_record

from silang.corpus import Corpus
from silang.engines.local import (
    analyse_stream,
    default_workers,
    ingest_parallel,
    resolve_workers,
)
from silang.engines.spark import _replay_ingest
from silang.ingest import MinHashBanding, read_file
from silang.ingest.copies import Publisher, publisher
from silang.ingest.dedupe import signature_bytes
from silang.model import Article

ARTICLES = 200


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """200 generated articles as .txt files, plus a JSON Lines dump and two bad inputs."""
    root = tmp_path_factory.mktemp("corpus")
    articles = list(generate(ARTICLES, seed=11))
    for article in articles[:170]:
        (root / f"{article['doc']}.txt").write_text(to_front_matter(article), encoding="utf-8")
    with (root / "dump.jsonl").open("w", encoding="utf-8") as fh:
        for article in articles[170:]:
            fh.write(json.dumps(to_record(article), ensure_ascii=False) + "\n")
        fh.write("{not json\n")
    (root / "kosong.txt").write_text("", encoding="utf-8")
    return root


def _export(db: Path, out: Path) -> dict[str, list[dict]]:
    with Corpus(db) as corpus:
        corpus.export(out)
    return {
        name: [json.loads(line) for line in (out / f"{name}.jsonl").open(encoding="utf-8")]
        for name in ("articles", "claims")
    }


def _ingest(corpus_dir: Path, db: Path, workers: int) -> dict:
    with Corpus(db) as corpus:
        return ingest_parallel(corpus, [corpus_dir], workers=workers, chunk=8).to_dict()


@pytest.fixture(scope="module")
def one_and_two(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    tmp = tmp_path_factory.mktemp("stores")
    reports = {w: _ingest(corpus_dir, tmp / f"w{w}.db", w) for w in (1, 2)}
    exports = {w: _export(tmp / f"w{w}.db", tmp / f"export{w}") for w in (1, 2)}
    with Corpus(tmp / "serial.db") as corpus:
        serial = corpus.ingest([corpus_dir]).to_dict()
    return {"reports": reports, "exports": exports, "serial": serial, "tmp": tmp}


def test_two_workers_store_exactly_what_one_stores(one_and_two: dict) -> None:
    one, two = one_and_two["exports"][1], one_and_two["exports"][2]
    assert len(one["articles"]) == ARTICLES
    assert len(one["claims"]) > 10 * ARTICLES  # the generated articles are full of facts
    assert one["articles"] == two["articles"]
    assert one["claims"] == two["claims"]  # claim for claim, same IDs, same order


def test_reports_match_corpus_ingest(one_and_two: dict) -> None:
    serial = one_and_two["serial"]
    assert one_and_two["reports"][1] == serial
    assert one_and_two["reports"][2] == serial
    # The generator republishes about 5% of the articles: the engine must see them.
    assert len(serial["duplicates"]) >= 4
    rejected = serial["rejected"]
    assert len(rejected) == 2
    assert "dump.jsonl:31: invalid JSON" in rejected[0]
    assert rejected[1].endswith("kosong.txt: empty file")


def test_rerun_with_workers_changes_nothing(one_and_two: dict, corpus_dir: Path) -> None:
    db = one_and_two["tmp"] / "w2.db"
    report = _ingest(corpus_dir, db, 2)
    assert report["added"] == [] and report["duplicates"] == []
    assert len(report["unchanged"]) == ARTICLES
    assert report["claims"] == 0


def test_progress_reports_each_record_and_file(corpus_dir: Path, tmp_path: Path) -> None:
    seen: dict[str, int] = defaultdict(int)
    with Corpus(tmp_path / "p.db") as corpus:
        ingest_parallel(
            corpus, [corpus_dir], workers=2, progress=lambda what, item: seen.__setitem__(
                what, seen[what] + 1
            ),
        )  # fmt: skip
    assert seen["added"] + seen["duplicate"] == ARTICLES
    assert seen["rejected"] == 2
    assert seen["file"] == 172  # 170 articles, the dump and the empty file


def test_analyse_stream_keeps_order_and_equals_one_process(corpus_dir: Path) -> None:
    records = [r for p in sorted(corpus_dir.glob("00000*.txt")) for r in read_file(p)]
    assert len(records) >= 8
    one = [(r, a) for r, a in analyse_stream(records, workers=1, chunk=3)]
    two = [(r, a) for r, a in analyse_stream(records, workers=2, chunk=3)]
    assert [r.doc for r, _ in one] == [r.doc for r in records]
    assert [r.doc for r, _ in two] == [r.doc for r in records]
    for (_, a), (_, b) in zip(one, two, strict=True):
        assert [c.to_dict() for c in a.claims] == [c.to_dict() for c in b.claims]
        assert [(m.char_start, m.entity_id) for m in a.mentions] == [
            (m.char_start, m.entity_id) for m in b.mentions
        ]


def test_replayed_duplicate_rules_equal_the_store(one_and_two: dict, corpus_dir: Path) -> None:
    """The Spark engine replays Corpus.add_article's copy and rename rules on the articles
    that need it; on the same inputs it must name the same copies and originals."""
    articles = [
        r for p in sorted(corpus_dir.iterdir()) for r in read_file(p) if isinstance(r, Article)
    ]
    banding = MinHashBanding()
    signatures = {a.content_hash: banding.minhash(a.text) for a in articles}
    bands = {
        h: set(banding.band_keys(signature_bytes(a.text)))
        for a in articles
        for h in [a.content_hash]
    }
    similar: dict[str, dict[str, float]] = defaultdict(dict)
    for a, b in combinations(signatures, 2):
        # Candidates as both engines find them: a band in common (LSH), then the score.
        score = signatures[a].jaccard(signatures[b])
        if bands[a] & bands[b] and score >= banding.threshold:
            similar[a][b] = similar[b][a] = score
    rows = [
        (i, a.doc, a.content_hash, a.source_path, publisher(a.url, a.outlet))
        for i, a in enumerate(articles)
    ]
    plan = _replay_ingest(rows, similar)
    replayed = {d[1]: d[3] or None for d in plan.values() if d[0] == "keep"}
    stored = {a["doc"]: a["duplicate_of"] for a in one_and_two["exports"][1]["articles"]}
    assert replayed == stored


UNKNOWN = Publisher(None, None)


def test_replay_renames_same_name_from_another_folder_and_drops_reruns() -> None:
    rows = [
        (0, "001", "h1", "a/001.txt", UNKNOWN),
        (1, "001", "h2", "b/001.txt", UNKNOWN),  # another folder: kept under a new name
        (2, "001", "h1", "a/001.txt", UNKNOWN),  # the same file again: unchanged
        (3, "002", "h1", "a/002.txt", UNKNOWN),  # the same text under another name: a copy
    ]
    plan = _replay_ingest(rows, {})
    assert plan[0][:2] == ("keep", "001")
    assert plan[1][:2] == ("keep", "001~h2")
    assert plan[2] == ("drop",)
    assert plan[3][0] == "keep" and plan[3][3] == plan[0][2]


def test_replay_forgets_the_text_a_file_no_longer_has() -> None:
    """As the store does: a near copy of a replaced text is an original, not a copy of an
    article that is gone; a near copy of the text that replaced it is a copy."""
    rows = [
        (0, "001", "h1", "a/001.txt", UNKNOWN),
        (1, "001", "h2", "a/001.txt", UNKNOWN),  # the file changed: replaces row 0
        (2, "002", "h3", "a/002.txt", UNKNOWN),  # nearly h1
        (3, "003", "h4", "a/003.txt", UNKNOWN),  # nearly h2
    ]
    similar = {"h1": {"h3": 0.9}, "h3": {"h1": 0.9}, "h2": {"h4": 0.85}, "h4": {"h2": 0.85}}
    plan = _replay_ingest(rows, similar)
    assert plan[0] == ("drop",)
    assert plan[2] == ("keep", "002", plan[2][2], "")
    assert plan[3] == ("keep", "003", plan[3][2], plan[1][2])


def test_replay_keeps_another_publishers_copy_as_its_own_report() -> None:
    """As the store does: the same text from another site is that site's article; from
    the same site (its host, whatever its name says) it is a copy."""
    agency = publisher("https://kantorberita.id/a/1", "Kantor Berita")
    rows = [
        (0, "001", "h1", "a/001.txt", agency),
        (1, "002", "h1", "a/002.txt", publisher("https://kabarlokal.id/x", "Kabar Lokal")),
        (2, "003", "h2", "a/003.txt", publisher("https://www.kantorberita.id/b", "KB")),
        (3, "004", "h3", "a/004.txt", publisher("https://kabarlokal.id/y", "Kabar Lokal")),
    ]
    similar = {"h1": {"h2": 0.9, "h3": 0.9}, "h2": {"h1": 0.9}, "h3": {"h1": 0.9}}
    plan = _replay_ingest(rows, similar)
    assert plan[1] == ("keep", "002", plan[1][2], "")  # exact, another site: its own
    assert plan[2] == ("keep", "003", plan[2][2], plan[0][2])  # near, same site: a copy
    assert plan[3] == ("keep", "004", plan[3][2], plan[1][2])  # near its own site's text


def test_worker_rows_of_a_renamed_article_are_not_stored_under_the_old_name(
    tmp_path: Path,
) -> None:
    """Workers send store rows made for the article's name; when the main process renames
    it (two folders with the same file name), it analyses it again under the new name."""
    articles = list(generate(2, seed=5))
    for folder, article in zip(("a", "b"), articles, strict=True):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "001.txt").write_text(to_front_matter(article), encoding="utf-8")
    inputs = [tmp_path / "a", tmp_path / "b"]
    reports, claims = {}, {}
    for workers in (1, 2):
        with Corpus(tmp_path / f"w{workers}.db") as corpus:
            reports[workers] = ingest_parallel(corpus, inputs, workers=workers).to_dict()
            claims[workers] = [c.to_dict() for c in corpus.claims()]
    assert reports[1] == reports[2]
    assert len(reports[2]["added"]) == 2 and reports[2]["added"][1].startswith("001~")
    assert claims[1] == claims[2] and claims[2]
    renamed = [c for c in claims[2] if c["doc"].startswith("001~")]
    assert renamed and all(c["doc"] == reports[2]["added"][1] for c in renamed)


def test_the_main_process_takes_tasks_while_the_workers_are_busy() -> None:
    """With two workers, one process runs tasks and this one takes a task itself whenever
    that process already has its queue full: three busy processes on two cores cost more."""
    from concurrent.futures import Future

    from silang.engines.local import QUEUED_PER_PROCESS, _analyse_records, _Runner

    runner = _Runner(2, kb_paths=(), db_path=None, analyse=False)
    try:
        results = [runner.submit(_analyse_records, []) for _ in range(3 * QUEUED_PER_PROCESS)]
        queued = [r for r in results if isinstance(r, Future)]
        assert QUEUED_PER_PROCESS <= len(queued) < len(results)
        assert all(r.result() == [] for r in queued)
        assert [r for r in results if not isinstance(r, Future)] != []
    finally:
        runner.close()


def test_workers_none_means_one_process_per_core(tmp_path: Path) -> None:
    from silang.fetch import FetchPolicy, PoliteClient
    from silang.watch import Watcher

    assert resolve_workers(None) == default_workers()
    assert resolve_workers(3) == 3
    with (
        Corpus(tmp_path / "w.db") as corpus,
        PoliteClient(FetchPolicy(contact="tes@contoh.id")) as client,
    ):
        assert Watcher(corpus, client, workers=None).workers == default_workers()
        assert Watcher(corpus, client).workers == 1
