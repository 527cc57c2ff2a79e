"""Opening what a command works on: the corpus in ``--db`` (read-only when the command
only reads), with what an earlier run left undone finished first, and the polite HTTP
client for URLs."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from silang.cli.output import err, fail, print_rejections


def open_corpus(db: Path, kb: Sequence[Path] = (), *, read_only: bool = False) -> Any:
    """The corpus in ``db``. A command that only reads (``read_only``) needs the file to
    exist, and opens it read-only when it cannot write to it."""
    from silang.corpus import Corpus
    from silang.extract.pipeline import Analyser
    from silang.store import StoreError

    analyser = None
    if kb:
        from silang.kb import KnowledgeBase, KnowledgeBaseError

        try:
            analyser = Analyser(KnowledgeBase.load(extra=list(kb)))
        except KnowledgeBaseError as exc:
            fail(str(exc), 2)
    if read_only and not db.exists():
        fail(f"{db}: no such database (create one with `silang ingest PATH --db {db}`)", 2)
    if not read_only and db.exists() and not writable(db):
        fail(f"{db}: the database is read-only (no write permission on it or its folder)", 1)
    readonly = read_only and not writable(db)
    try:
        return Corpus(db, analyser=analyser, readonly=readonly)
    except StoreError as exc:
        fail(str(exc), 2)


def writable(db: Path) -> bool:
    """Whether this process may write ``db`` and the files SQLite keeps beside it."""
    return os.access(db, os.W_OK) and os.access(db.parent, os.W_OK | os.X_OK)


def finish_earlier_run(corpus: Any, quiet: bool = False) -> None:
    """What a killed run left undone (analysis, stories, verdicts), done now, when this
    process can write the store."""
    if corpus.store.readonly or not any(corpus.pending_work().values()):
        return
    summary = corpus.finish_pending(progress=print_rejections)
    if not quiet:
        posts = f"{summary['posts']} received post(s) stored, " if summary["posts"] else ""
        err.print(
            f"finished what an earlier run left undone: {posts}{summary['analysed']} "
            f"article(s) analysed, {summary['stories']['changed']} story(ies) judged",
            markup=False,
        )


def polite_client(contact: str | None, rate: float, max_bytes: int) -> Any:
    from silang.fetch import FetchPolicy, PoliteClient

    return PoliteClient(FetchPolicy(contact=contact, rate=rate, max_bytes=max_bytes))
