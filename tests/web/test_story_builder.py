"""Issue 16, the server's memory: what is built from a whole story (its fact sheet, its
page) is built in a child process for a big story, the server only receives the gzip
bytes, and a fact's page reads that fact alone. Over a real store built from
``examples/``; the examples' stories are small, so the tests lower the size from which a
story counts as big."""

from __future__ import annotations

import gzip
import json
import os
import signal
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import psutil
import pytest
from fastapi.testclient import TestClient

from silang.store import Store
from silang.web import queries
from silang.web.app import create_app
from silang.web.builder import BuilderProcess, _child_sheet
from silang.web.responses import gunzipped

if TYPE_CHECKING:
    from conftest import StoreCopy

pytestmark = pytest.mark.timeout(300)
BASE = "http://127.0.0.1"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, examples_store: StoreCopy) -> Path:
    return examples_store(tmp_path_factory.mktemp("builder") / "silang.db")


@pytest.fixture(scope="module")
def story_id(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT story_id FROM story_articles GROUP BY story_id ORDER BY count(*) DESC"
        ).fetchone()
    return str(row[0])


def client(db: Path, *, outside_from: int) -> TestClient:
    app = create_app(db)
    app.state.silang.builder.outside_from = outside_from
    return TestClient(app, base_url=BASE)


def bodies(test: TestClient, story: str) -> dict[str, bytes]:
    paths = (f"/api/stories/{story}", f"/stories/{story}", f"/stories/{story}?facts=all",
             f"/stories/{story}?lang=en")  # fmt: skip
    return {path: test.get(path).content for path in paths}


def test_a_big_storys_sheet_and_page_are_built_in_a_child_process(db: Path, story_id: str) -> None:
    with client(db, outside_from=10**9) as here, client(db, outside_from=1) as there:
        built_here = bodies(here, story_id)
        built_there = bodies(there, story_id)
        builder = there.app.state.silang.builder  # type: ignore[attr-defined]
        child = psutil.Process(builder.process.process_id())
        assert child.pid != os.getpid() and child.is_running()
        assert here.app.state.silang.builder.process._pool is None  # type: ignore[attr-defined]
    assert built_there == built_here
    sheet = json.loads(built_there[f"/api/stories/{story_id}"])
    assert sheet["story"]["story_id"] == story_id and sheet["facts"]
    # Unknown stories stay unknown whichever way they would be built.
    with client(db, outside_from=0) as there:
        assert there.get("/api/stories/" + "0" * 16).status_code == 404
        assert there.get("/stories/" + "0" * 16).status_code == 404
    _, alive = psutil.wait_procs([child], timeout=15)
    assert not alive, "the builder process outlived the app"


def test_a_fact_page_reads_its_fact_alone(
    db: Path, story_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with client(db, outside_from=10**9) as test:
        sheet = test.get(f"/api/stories/{story_id}").json()
    fact = max(sheet["facts"], key=lambda f: len(f["claims"]))

    def whole_story(*_: Any) -> None:
        raise AssertionError("a fact page built the whole story's fact sheet")

    monkeypatch.setattr(queries, "story_factsheet", whole_story)
    with client(db, outside_from=10**9) as test:
        page = test.get(f"/stories/{story_id}/facts/{fact['group_id']}")
        assert page.status_code == 200, page.text
        for claim in fact["claims"][:20]:
            assert f"#c-{claim['claim_id']}" in page.text
        assert test.get(f"/stories/{story_id}/facts/{'0' * 16}").status_code == 404
        assert test.get(f"/stories/{'0' * 16}/facts/{fact['group_id']}").status_code == 404


def test_a_fact_read_alone_is_the_fact_of_the_whole_sheet(db: Path) -> None:
    store = Store(str(db), readonly=True)
    try:
        checked = 0
        for story in store.iter_stories():
            sheet = queries.story_factsheet(store, story)
            head = {k: v for k, v in sheet["story"].items() if k != "docs"}
            for fact in sheet["facts"]:
                assert queries.story_fact(store, story.story_id, fact["group_id"]) == (head, fact)
                checked += 1
        assert checked > 5
    finally:
        store.close()


@pytest.fixture()
def process(db: Path) -> Iterator[BuilderProcess]:
    builder = BuilderProcess(str(db))
    try:
        yield builder
    finally:
        builder.close()


def test_a_builder_process_holding_too_much_is_replaced(
    process: BuilderProcess, story_id: str
) -> None:
    first = psutil.Process(process.process_id())
    process.retire_bytes = 0  # whatever it holds after its next build is too much
    sheet = process.run(_child_sheet, story_id, 100, 0)
    assert json.loads(gzip.decompress(sheet))["story"]["story_id"] == story_id
    process.retire_bytes = 1 << 40
    second = process.process_id()
    assert second != first.pid and process.retired == 1
    _, alive = psutil.wait_procs([first], timeout=15)
    assert not alive


def test_a_killed_builder_process_is_replaced_and_the_build_done(
    process: BuilderProcess, story_id: str
) -> None:
    killed = process.process_id()
    os.kill(killed, signal.SIGKILL)  # as the kernel's out-of-memory killer would
    psutil.wait_procs([psutil.Process(killed)], timeout=10)
    sheet = process.run(_child_sheet, story_id, 100, 0)
    assert json.loads(gzip.decompress(sheet))["story"]["story_id"] == story_id
    assert process.process_id() != killed


def test_a_client_without_gzip_is_sent_the_text_a_piece_at_a_time() -> None:
    text = json.dumps([{"claim": i, "quote": "kata BNPB " * (i % 50)} for i in range(20000)])
    pieces = list(gunzipped(gzip.compress(text.encode()), piece=4096))
    assert len(pieces) > 10 and max(map(len, pieces)) <= 4096
    assert b"".join(pieces) == text.encode()
    assert list(gunzipped(gzip.compress(b""))) == []
