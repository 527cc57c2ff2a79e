"""Kill the ingest process with SIGKILL mid-batch: the store stays whole, no worker process
is left behind, and a re-run finishes the job (articles, stories and verdicts)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from corpora import check_consistent, write_corpus


def ingest(folder: Path, db: Path, workers: int | None = None) -> subprocess.Popen[bytes]:
    more = ["--workers", str(workers)] if workers else []
    return subprocess.Popen(
        [sys.executable, "-m", "silang", "ingest", str(folder), "--db", str(db), "--quiet", *more],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def committed(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def assert_gone(processes: list[psutil.Process], seconds: float = 15.0) -> None:
    """Every one of ``processes`` exits within ``seconds`` (none is left orphaned)."""
    _, alive = psutil.wait_procs(processes, timeout=seconds)
    left = [f"{p.pid} {p.cmdline()[:3]}" for p in alive if p.is_running()]
    for p in alive:
        p.kill()
    assert not left, f"left behind after the ingest was killed: {left}"


def stories_and_groups(db: Path) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    conn = sqlite3.connect(db)
    stories = conn.execute(
        "SELECT story_id, article_id FROM story_articles ORDER BY 1, 2"
    ).fetchall()
    groups = conn.execute("SELECT group_id, verdict FROM claim_groups ORDER BY 1").fetchall()
    return stories, groups


@pytest.mark.slow
@pytest.mark.reliability
@pytest.mark.timeout(900)
def test_sigkill_mid_batch_then_rerun(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 300)
    db = tmp_path / "crash.db"
    proc = ingest(corpus, db, workers=2)
    deadline = time.monotonic() + 120
    while committed(db) < 20 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "ingest finished before it could be killed: make the corpus bigger"
    children = psutil.Process(proc.pid).children(recursive=True)
    assert children, "the ingest started no worker process"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert_gone(children)
    partial = committed(db)
    assert 20 <= partial < 300
    check_consistent(db)

    rerun = ingest(corpus, db)
    _, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err.decode()
    assert committed(db) == 300
    check_consistent(db)

    # The interrupted-then-finished store equals a clean run, claim for claim, story for
    # story and verdict for verdict.
    clean = tmp_path / "clean.db"
    once = ingest(corpus, clean)
    once.communicate(timeout=600)
    query = "SELECT claim_id, data FROM claims ORDER BY claim_id"
    assert (
        sqlite3.connect(db).execute(query).fetchall()
        == sqlite3.connect(clean).execute(query).fetchall()
    )
    assert stories_and_groups(db) == stories_and_groups(clean)


@pytest.mark.slow
@pytest.mark.reliability
@pytest.mark.timeout(900)
def test_killed_after_the_articles_were_stored_a_rerun_builds_the_stories(tmp_path: Path) -> None:
    """Killed after its last article was committed but before the stories were saved: the
    re-run found nothing new, said "nothing changed" and left 0 stories and 0 groups."""
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 60)
    db = tmp_path / "crash.db"
    store_only = subprocess.run(
        [sys.executable, "-m", "silang", "ingest", str(corpus), "--db", str(db), "-q", "--no-analyse"],
        capture_output=True, timeout=600,
    )  # fmt: skip
    assert store_only.returncode == 0, store_only.stderr.decode()
    # The state a kill between the last commit and update_stories leaves: every article
    # stored and analysed, none in a story.
    subprocess.run(
        [sys.executable, "-c", "from silang.corpus import Corpus; Corpus(__import__('sys').argv[1]).analyse_pending()", str(db)],
        check=True, timeout=600,
    )  # fmt: skip
    assert stories_and_groups(db) == ([], [])
    rerun = subprocess.run(
        [sys.executable, "-m", "silang", "ingest", str(corpus), "--db", str(db)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert rerun.returncode == 0, rerun.stderr
    assert "finished what an earlier run left undone" in rerun.stdout
    clean = tmp_path / "clean.db"
    ingest(corpus, clean).communicate(timeout=600)
    stories, groups = stories_and_groups(db)
    assert stories and groups
    assert (stories, groups) == stories_and_groups(clean)


@pytest.mark.reliability
@pytest.mark.timeout(300)
def test_a_stories_update_that_dies_half_way_leaves_them_for_the_next_command(
    tmp_path: Path,
) -> None:
    """Stories, verdicts and changes are saved in one transaction: a process that dies
    while judging the facts leaves no story without its verdicts, and the next command
    (here the read-only `report`) builds them."""
    from silang.corpus import Corpus

    corpus = tmp_path / "corpus"
    write_corpus(corpus, 12)
    db = tmp_path / "s.db"
    with Corpus(db) as c:
        c.ingest([corpus])
    # A real SIGKILL at the moment the groups are being saved.
    code = (
        "import os, signal, sys\n"
        "from silang.corpus import Corpus\n"
        "from silang.store import Store\n"
        "Store.write_groups = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)\n"
        "Corpus(sys.argv[1]).update_stories()\n"
    )
    died = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, timeout=300)
    assert died.returncode == -signal.SIGKILL
    check_consistent(db)
    assert stories_and_groups(db) == ([], [])
    with Corpus(db) as c:
        assert c.pending_work()["not_in_a_story"] == 12
    finishes_the_earlier_run(db, "report", "--format", "json")


@pytest.mark.reliability
@pytest.mark.timeout(300)
@pytest.mark.parametrize(
    "command",
    [
        ["search", "banjir"],
        ["check", "Banjir merendam 120 rumah di Garut."],
        ["changes"],
    ],
    ids=lambda c: c[0],
)
def test_every_reading_command_finishes_what_an_earlier_run_left(
    tmp_path: Path, command: list[str]
) -> None:
    """Articles stored but never put in stories (a run killed before it judged them): the
    commands that only read finish the job first, as ingest, report and export do."""
    from silang.corpus import Corpus

    corpus = tmp_path / "corpus"
    write_corpus(corpus, 6)
    db = tmp_path / "s.db"
    with Corpus(db) as c:
        c.ingest([corpus])
        assert c.pending_work()["not_in_a_story"] == 6
    finishes_the_earlier_run(db, *command)


def finishes_the_earlier_run(db: Path, *command: str) -> None:
    """A silang command on ``db`` that exits 0, says it finished what an earlier run left
    undone, and leaves stories and verdicts."""
    result = subprocess.run(
        [sys.executable, "-m", "silang", *command, "--db", str(db)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "finished what an earlier run left undone" in result.stderr
    stories, groups = stories_and_groups(db)
    assert stories and groups
