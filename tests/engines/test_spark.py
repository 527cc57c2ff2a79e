"""The Spark engine in local mode equals the local engine (real SparkSession, Java 17)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from make_corpus import generate, to_front_matter, to_record

from silang.corpus import Corpus
from silang.engines.local import ingest_parallel

pytestmark = pytest.mark.spark

ARTICLES = 100
OUTPUTS = {"articles": "article_id", "claims": "claim_id", "stories": "story_id",
           "groups": "group_id"}  # fmt: skip


@pytest.fixture(scope="module")
def spark():
    from silang.engines.spark import spark_session

    session = spark_session("local[2]", "silang-test", {"spark.driver.memory": "1g"})
    yield session
    session.stop()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("spark_in")
    articles = list(generate(ARTICLES, seed=27))
    texts = root / "texts"
    texts.mkdir()
    for article in articles:
        (texts / f"{article['doc']}.txt").write_text(to_front_matter(article), encoding="utf-8")
    dump = root / "dump" / "articles.jsonl"
    dump.parent.mkdir()
    with dump.open("w", encoding="utf-8") as fh:
        for article in articles:
            fh.write(json.dumps(to_record(article), ensure_ascii=False) + "\n")
    return {"texts": texts, "dump": dump}


def _local_export(path: Path, tmp: Path) -> dict[str, dict[str, dict]]:
    with Corpus(tmp / "local.db") as corpus:
        ingest_parallel(corpus, [path], workers=1)
        corpus.update_stories()
        corpus.export(tmp / "export")
    return {
        name: {
            row[key]: row
            for row in map(json.loads, (tmp / "export" / f"{name}.jsonl").open(encoding="utf-8"))
        }
        for name, key in OUTPUTS.items()
    }


def _spark_export(out: Path) -> dict[str, dict[str, dict]]:
    from silang.engines.spark import read_jsonl_output

    return {
        name: {row[key]: row for row in read_jsonl_output(out / f"{name}.jsonl")}
        for name, key in OUTPUTS.items()
    }


def test_spark_equals_local_engine_on_text_files(spark, inputs, tmp_path: Path) -> None:
    from silang.engines.spark import run_spark

    summary = run_spark(inputs["texts"], tmp_path / "out", spark=spark)
    local = _local_export(inputs["texts"], tmp_path)
    remote = _spark_export(tmp_path / "out")
    assert summary["articles"] == ARTICLES
    assert summary["duplicates"] == sum(1 for a in local["articles"].values() if a["duplicate_of"])
    assert summary["duplicates"] >= 2
    assert len(remote["claims"]) > 10 * ARTICLES
    for name in OUTPUTS:
        assert remote[name] == local[name], name
    # Parquet holds the same rows.
    claims = spark.read.parquet(str(tmp_path / "out" / "claims.parquet"))
    assert claims.count() == len(local["claims"])
    some = next(iter(local["claims"].values()))
    row = claims.filter(claims.claim_id == some["claim_id"]).first()
    assert row["evidence"]["text"] == some["evidence"]["text"]
    assert row["type"] == some["type"]
    for name in ("stories", "groups", "articles"):
        frame = spark.read.parquet(str(tmp_path / "out" / f"{name}.parquet"))
        assert frame.count() == len(local[name])


def test_spark_splits_a_jsonl_dump_by_line_with_the_same_claims(spark, inputs, tmp_path) -> None:
    from silang.engines.spark import run_spark

    summary = run_spark(inputs["dump"], tmp_path / "out", spark=spark, split_jsonl_bytes=1)
    local = _local_export(inputs["dump"], tmp_path)
    remote = _spark_export(tmp_path / "out")
    assert summary["articles"] == ARTICLES
    assert remote["claims"] == local["claims"]
    assert remote["articles"] == local["articles"]
