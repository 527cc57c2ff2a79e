"""Issue 16, the web server: read connections do not pile up as worker threads come and
go, the caches keep answering while another process writes, and nothing a client sends
(a page of deep JSON, a failing article) makes it answer 500."""

from __future__ import annotations

import gc
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import psutil
import pytest
from fastapi.testclient import TestClient

from silang.corpus import Corpus
from silang.extract.pipeline import default_analyser
from silang.model import Article
from silang.store.inbox import PostInbox
from silang.web.app import create_app
from silang.web.cache import Refresher, StampedCache
from silang.web.writer import WriterProcess

if TYPE_CHECKING:
    from conftest import StoreCopy

pytestmark = [pytest.mark.reliability, pytest.mark.timeout(300)]
BASE = "http://127.0.0.1"


def open_handles(db: Path) -> int:
    """How many file handles this process holds on the database file."""
    return sum(1 for f in psutil.Process().open_files() if f.path == str(db.resolve()))


def test_read_connections_of_retired_threads_are_closed(
    tmp_path: Path, examples_store: StoreCopy
) -> None:
    db = examples_store(tmp_path / "web.db")
    app = create_app(db)
    handles = []
    with TestClient(app, base_url=BASE) as client:
        for _ in range(3):
            # Many requests at once: the thread pool grows a thread (and a read
            # connection) for each, and retires them after ten idle seconds.
            threads = [
                threading.Thread(target=lambda: client.get("/api/health").raise_for_status())
                for _ in range(30)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            time.sleep(11)
            client.get("/api/health").raise_for_status()  # the pool retires idle threads now
            time.sleep(1)
            gc.collect()
            handles.append(open_handles(db))
        assert client.get("/api/health").status_code == 200
    # SQLite may keep a closed connection's file handle for reuse while other connections
    # of the process hold locks on the file, so the count is flat, not zero; with the
    # connections of retired threads kept open it grew by one burst's worth (15 to 42).
    assert handles[-1] <= handles[0] + 10, handles


def test_pages_built_before_another_writer_commits_are_served_for_a_grace_period() -> None:
    cache = StampedCache(grace_seconds=0.5)
    assert cache.get_or_build("k", (0, (1,)), lambda: "old") == "old"
    # Another process committed: the page is not rebuilt within the grace period...
    assert cache.get_or_build("k", (0, (2,)), lambda: "new") == "old"
    # ...but this server's own write shows at once,
    assert cache.get_or_build("k", (1, (2,)), lambda: "own") == "own"
    time.sleep(0.6)
    # and after the grace period the page is rebuilt in the background while the old one
    # is served: no request waits for a rebuild that another process's commit caused.
    assert cache.get_or_build("k", (1, (3,)), lambda: "later") == "own"
    deadline = time.monotonic() + 5
    while cache.get_or_build("k", (1, (3,)), lambda: "never") != "later":
        assert time.monotonic() < deadline
        time.sleep(0.01)


def test_deep_json_on_the_form_is_a_rejection_not_a_server_error(tmp_path: Path) -> None:
    app = create_app(tmp_path / "web.db")
    deep = "[" * 10_000 + "]" * 10_000
    with TestClient(app, base_url=BASE) as client:
        token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/add").text)
        assert token is not None
        response = client.post(
            "/add",
            data={"csrf_token": token.group(1)},
            files={"file": ("dalam.json", deep.encode(), "application/json")},
        )
        assert response.status_code == 422
        assert "nested too deeply" in response.text
        api = client.post(
            "/api/articles", content=deep, headers={"content-type": "application/json"}
        )
        assert 400 <= api.status_code < 500


def test_an_export_bounded_by_no_date_is_a_client_error(tmp_path: Path) -> None:
    """Compared as text, since=2025-13-45 kept no article: an empty download, 200."""
    with TestClient(create_app(tmp_path / "web.db"), base_url=BASE) as client:
        for bound in ({"since": "2025-13-45"}, {"until": "kemarin"}):
            response = client.get("/api/export/articles.jsonl", params=bound)
            assert response.status_code == 422, response.text
            assert "not a date" in response.json()["detail"]
        assert (
            client.get("/api/export/articles.jsonl", params={"since": "2025-03"}).status_code == 200
        )


# -- the soak: pages rebuilt after every commit, a cache too small to hold them, posts that
# waited behind an ingest ------------------------------------------------------------------

LANDSLIDE = (
    "Tanah longsor menimbun lima rumah di Desa Cibeber, Kabupaten Cianjur, Jawa Barat, pada "
    "Senin (10/3/2025) sore. Menurut BPBD Cianjur, tiga orang tewas dan dua lainnya luka-luka."
)


def revisions(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT story_id, revision FROM stories"))


def test_a_storys_revision_changes_with_the_story_and_only_then(
    tmp_path: Path, examples_store: StoreCopy
) -> None:
    db = examples_store(tmp_path / "web.db")
    before = revisions(db)
    text = tmp_path / "longsor.txt"
    text.write_text(LANDSLIDE, encoding="utf-8")
    with Corpus(db) as corpus:
        # An ingest commits articles before it puts them in stories: no story changed.
        corpus.ingest([text])
        assert revisions(db) == before
        # The landslide makes a story of its own; the others are written as they were.
        corpus.update_stories()
        after = revisions(db)
        assert {s: after[s] for s in before} == before and len(after) == len(before) + 1
        store = corpus.store
        stories = {s.story_id: s for s in store.iter_stories()}
        big, other = sorted(stories, key=lambda s: -len(stories[s].article_ids))[:2]
        # A member re-analysed: its story changes.
        member = store.article(stories[big].article_ids[0])
        assert member is not None
        analysis = corpus.analyser.analyse(member.text, member.published, member.lang)
        store.save_analysis(member, analysis, 1)
        now = revisions(db)
        assert {s for s in now if now[s] != after[s]} == {big}
        # An article moved from one story to another (INSERT OR REPLACE would take it out
        # of the first without a trigger): both change, no other.
        moved = stories[big].article_ids[-1]
        stories[big].article_ids.remove(moved)
        stories[other].article_ids.append(moved)
        store.save_stories(list(stories.values()))
        then = revisions(db)
        assert {s for s in then if then[s] != now[s]} == {big, other}
        # Its facts judged again: that story changes.
        store.save_groups(list(store.iter_groups(other)), story_ids=[other])
        last = revisions(db)
        assert {s for s in last if last[s] != then[s]} == {other}


def test_a_story_page_outlives_commits_that_do_not_touch_its_story(
    tmp_path: Path, examples_store: StoreCopy
) -> None:
    db = examples_store(tmp_path / "web.db")
    app = create_app(db)
    state = app.state.silang
    with TestClient(app, base_url=BASE) as client:
        story = client.get("/api/stories").json()["stories"][0]["story_id"]
        page = client.get(f"/stories/{story}").text
        sheet = client.get(f"/api/stories/{story}").json()
        builds = state.pages.builds + state.sheets.builds
        # Another writer commits an article that is in no story yet, as `silang ingest`
        # does every second until it updates stories at its end. Before, every page was
        # rebuilt after each such commit (once the grace period was over).
        text = tmp_path / "longsor.txt"
        text.write_text(LANDSLIDE, encoding="utf-8")
        with Corpus(db) as corpus:
            corpus.ingest([text])
        time.sleep(2.5)
        assert client.get(f"/stories/{story}").text == page
        assert client.get(f"/api/stories/{story}").json() == sheet
        time.sleep(0.5)  # a rebuild would run in the background
        assert state.pages.builds + state.sheets.builds == builds
        # The story itself changes: the page kept is served while it is rebuilt.
        with Corpus(db) as corpus:
            first = corpus.store.story(story)
            assert first is not None
            corpus.store.save_groups([], story_ids=[story])
        deadline = time.monotonic() + 30
        while client.get(f"/api/stories/{story}").json()["facts"]:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        assert state.pages.builds + state.sheets.builds > builds


def test_caches_are_bounded_in_bytes_and_entries(tmp_path: Path) -> None:
    cache: StampedCache[bytes] = StampedCache(max_entries=100, max_bytes=1000)
    for key in range(50):
        cache.get_or_build(key, (0,), lambda: b"x" * 100)
    assert len(cache) == 10 and cache.bytes == 1000
    # A value bigger than the whole cache is served, not kept.
    assert cache.get_or_build("big", (0,), lambda: b"y" * 5000) == b"y" * 5000
    assert cache.get_or_build("big", (0,), lambda: b"again") == b"again"
    assert cache.bytes <= 1000
    state = create_app(tmp_path / "web.db").state.silang
    # Whole fact sheets were kept 8 at most: a store of 16 stories rebuilt a sheet of up
    # to 4 MB on most requests. Now as many as fit in a bound of bytes.
    assert state.sheets.max_entries >= 256 and state.sheets.max_bytes is not None
    assert state.pages.max_bytes is not None and state.searches.max_bytes is not None


def test_a_rebuild_that_needs_another_queued_rebuild_does_not_wait_for_it() -> None:
    refresher = Refresher()
    sheets: StampedCache[str] = StampedCache(grace_seconds=0.0, refresher=refresher)
    pages: StampedCache[str] = StampedCache(grace_seconds=0.0, refresher=refresher)

    def sheet(revision: int) -> str:
        return sheets.get_or_build("s", (0, revision), lambda: f"sheet {revision}", stale=False)

    def page(revision: int) -> str:
        return pages.get_or_build("p", (0, revision), lambda: f"page of {sheet(revision)}")

    assert page(1) == "page of sheet 1"
    gate = threading.Event()
    refresher.submit(gate.wait)  # the refresher is busy while both rebuilds are queued
    assert page(2) == "page of sheet 1"  # stale, rebuilt next: needs sheet 2 ...
    assert sheets.get_or_build("s", (0, 2), lambda: "sheet 2") == "sheet 1"  # ... queued after
    gate.set()
    deadline = time.monotonic() + 10
    while page(2) != "page of sheet 2":
        assert time.monotonic() < deadline, "the page's rebuild waits for a rebuild behind it"
        time.sleep(0.01)


HOLD_LOCK = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
hold, gap, until = float(sys.argv[2]), float(sys.argv[3]), time.monotonic() + 120
while time.monotonic() < until:
    conn.execute("BEGIN IMMEDIATE")
    print("locked", flush=True)
    time.sleep(hold)
    conn.execute("COMMIT")
    time.sleep(gap)
"""


def lock_holder(db: Path, hold: float, gap: float) -> subprocess.Popen[str]:
    """Another process that holds the write lock ``hold`` seconds at a time."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(db), str(hold), str(gap)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    return holder


def post_while_locked(db: Path, *, hold: float, gap: float) -> tuple[Any, float, Any]:
    """Post an article to a real app while another process takes the store's write lock
    for ``hold`` seconds at a time, ``gap`` seconds apart: the answer, how long it took,
    and the post's status a second later; then the lock holder is stopped."""
    app = create_app(db, analyser=default_analyser())
    holder = lock_holder(db, hold=hold, gap=gap)
    try:
        with TestClient(app, base_url=BASE) as client:
            started = time.monotonic()
            response = client.post("/api/articles", json={"text": LANDSLIDE})
            waited = time.monotonic() - started
            time.sleep(1.0)
            later = (
                client.get(response.json()["url"]).json() if response.status_code == 202 else None
            )
            holder.kill()
            holder.wait()
            if later is not None:
                later = {
                    "then": later,
                    "judged": client.get(later["url"], params={"wait": 60}).json(),
                }
            return response, waited, later
    finally:
        holder.kill()
        holder.wait()


def test_a_post_is_answered_while_another_process_holds_the_write_lock(
    tmp_path: Path, examples_store: StoreCopy
) -> None:
    db = examples_store(tmp_path / "web.db")
    response, waited, later = post_while_locked(db, hold=100, gap=0)
    # Before, the post waited 10 s for the lock, then was answered 503 and nothing kept.
    assert response.status_code == 202, response.text
    assert waited < 5
    assert response.json()["status"] == "received"
    # Kept, not stored while the other process holds the lock; stored, analysed and in
    # its story once it lets go.
    assert later["then"]["status"] == "received"
    judged = later["judged"]
    assert judged["status"] == "judged", judged
    article = judged["articles"][0]
    assert article["outcome"] == "added" and article["story"] is not None
    assert article["counts"]["claims"] >= 1
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 8


def test_a_post_gets_in_between_the_batches_of_a_bulk_writer(
    tmp_path: Path, examples_store: StoreCopy
) -> None:
    db = examples_store(tmp_path / "web.db")
    # As `silang ingest` does: the lock held for a batch, free for a few milliseconds.
    response, waited, later = post_while_locked(db, hold=0.5, gap=0.01)
    assert response.status_code == 202, response.text
    assert waited < 5
    assert later["judged"]["status"] == "judged"


def test_posts_sent_together_are_stored_together(tmp_path: Path, examples_store: StoreCopy) -> None:
    db = examples_store(tmp_path / "web.db")
    app = create_app(db, analyser=default_analyser())
    texts = [LANDSLIDE.replace("lima rumah", f"{n} rumah").replace("Cibeber", f"Cibeber {n}")
             for n in range(6, 12)]  # fmt: skip
    with TestClient(app, base_url=BASE) as client:
        answers: list[Any] = [None] * len(texts)

        def send(i: int) -> None:
            answers[i] = client.post("/api/articles", json={"text": texts[i]})

        threads = [threading.Thread(target=send, args=(i,)) for i in range(len(texts))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert [a.status_code for a in answers] == [202] * len(texts)
        done = [client.get(a.json()["url"], params={"wait": 60}).json() for a in answers]
        assert [d["status"] for d in done] == ["judged"] * len(texts)
        assert all(d["articles"][0]["story"] is not None for d in done)
        assert client.get("/api/health").json()["articles"] == 7 + len(texts)


def serve(db: Path) -> tuple[subprocess.Popen[bytes], str]:
    """``silang serve`` on a free loopback port, in its own process, once it answers."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "silang", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"silang serve exited with code {proc.returncode}"
        try:
            if httpx.get(f"{base}/api/health", timeout=1).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    proc.kill()
    raise AssertionError("silang serve did not answer within 120 s")


def test_a_killed_servers_posts_are_stored_when_it_starts_again(
    tmp_path: Path, examples_store: StoreCopy
) -> None:
    db = examples_store(tmp_path / "web.db")
    server, base = serve(db)
    # The store's write lock held by another process: the post is answered and kept, and
    # the server killed before its writer could store it.
    holder = lock_holder(db, hold=600, gap=0)
    try:
        answer = httpx.post(f"{base}/api/articles", json={"text": LANDSLIDE}, timeout=30)
        assert answer.status_code == 202, answer.text
        url = answer.json()["url"]
        time.sleep(0.5)
        assert httpx.get(base + url).json()["status"] == "received"
    finally:
        server.send_signal(signal.SIGKILL)
        server.wait()
        holder.kill()
        holder.wait()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 7
    server, base = serve(db)
    try:
        status = httpx.get(base + url, params={"wait": 60}, timeout=90).json()
        assert status["status"] == "judged", status
        article = status["articles"][0]
        assert article["outcome"] == "added" and article["story"] is not None
        story = httpx.get(f"{base}/api/stories/{article['story']['story_id']}").json()
        assert article["article_id"] in {a["article_id"] for a in story["articles"]}
    finally:
        server.terminate()
        server.wait(30)


def test_posts_are_stored_by_a_writer_process_that_ends_with_the_server(
    tmp_path: Path, examples_store: StoreCopy
) -> None:
    db = examples_store(tmp_path / "web.db")
    server, base = serve(db)
    try:
        answer = httpx.post(f"{base}/api/articles", json={"text": LANDSLIDE}, timeout=30)
        assert answer.status_code == 202, answer.text
        status = httpx.get(base + answer.json()["url"], params={"wait": 60}, timeout=90).json()
        assert status["status"] == "judged", status
        assert status["articles"][0]["story"] is not None
        # The analysis ran in a child process: the server itself never loaded the analyser.
        children = psutil.Process(server.pid).children(recursive=True)
        assert any("multiprocessing" in " ".join(c.cmdline()) for c in children), children
    finally:
        server.send_signal(signal.SIGKILL)
        server.wait()
    # A killed server leaves no writer process behind, nor its resource tracker.
    _, alive = psutil.wait_procs(children, timeout=15)
    left = [p for p in alive if p.is_running()]
    for p in left:
        p.kill()
    assert not left, f"left behind after the server was killed: {left}"
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 8


@contextmanager
def writer_process(db: Path, rounds: int) -> Iterator[tuple[PostInbox, WriterProcess]]:
    """The store's post inbox and a writer process replaced every ``rounds`` rounds."""
    inbox = PostInbox.of_store(db)
    assert inbox is not None
    writer = WriterProcess(str(db), rounds=rounds)
    try:
        yield inbox, writer
    finally:
        writer.close()
        inbox.close()


def landslide_post(inbox: PostInbox) -> str:
    return inbox.add([asdict(Article(doc="cianjur-landslide", text=LANDSLIDE))])


def test_the_writer_process_is_replaced_after_its_rounds(
    tmp_path: Path, examples_store: StoreCopy
) -> None:
    db = examples_store(tmp_path / "web.db")
    with writer_process(db, rounds=1) as (inbox, rounds):
        first = rounds.process_id()
        post = landslide_post(inbox)
        stored = rounds.store_posts()  # its second task: the process is replaced after it
        assert [p.post_id for p in stored] == [post]
        rounds.update_stories()
        second = rounds.process_id()
        assert second != first
        assert not psutil.pid_exists(first) or psutil.Process(first).status() == "zombie"
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM story_pending").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 8


def test_a_writer_process_holding_too_much_after_a_round_is_replaced(
    tmp_path: Path, examples_store: StoreCopy
) -> None:
    db = examples_store(tmp_path / "web.db")
    with writer_process(db, rounds=100) as (inbox, rounds):
        first = rounds.process_id()
        rounds.retire_bytes = 0  # whatever it holds after its next round is too much
        post = landslide_post(inbox)
        assert [p.post_id for p in rounds.store_posts()] == [post]
        rounds.update_stories()
        assert rounds.retired == 1
        second = rounds.process_id()
        assert second != first
        # One that holds less than the bound after its round stays.
        rounds.retire_bytes = 1 << 40
        rounds.store_posts()
        rounds.update_stories()
        assert rounds.process_id() == second and rounds.retired == 1
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM story_pending").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 8


def test_a_killed_writer_process_is_replaced_by_the_next_round(
    tmp_path: Path, examples_store: StoreCopy
) -> None:
    db = examples_store(tmp_path / "web.db")
    with writer_process(db, rounds=100) as (inbox, rounds):
        killed = rounds.process_id()
        post = landslide_post(inbox)
        os.kill(killed, signal.SIGKILL)  # as the kernel's out-of-memory killer would
        psutil.wait_procs([psutil.Process(killed)], timeout=10)
        with pytest.raises(BrokenProcessPool):
            rounds.store_posts()  # the round that finds it dead fails (the writer retries)
        assert [p.post_id for p in rounds.store_posts()] == [post]
        assert rounds.process_id() != killed


def test_fact_sheets_are_sent_gzip_compressed_to_clients_that_take_it(
    tmp_path: Path, examples_store: StoreCopy
) -> None:
    db = examples_store(tmp_path / "web.db")
    with TestClient(create_app(db), base_url=BASE) as client:
        story = client.get("/api/stories").json()["stories"][0]["story_id"]
        for path in (f"/api/stories/{story}", f"/stories/{story}"):
            packed = client.get(path, headers={"accept-encoding": "gzip"})
            plain = client.get(path, headers={"accept-encoding": "identity"})
            assert packed.headers["content-encoding"] == "gzip"
            assert "content-encoding" not in plain.headers
            assert packed.content == plain.content and plain.headers["vary"] == "accept-encoding"
