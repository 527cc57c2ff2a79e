"""One watch cycle: poll the sources, fetch the new articles, ingest and analyse them,
update stories and verdicts (which logs the changes), and call the webhooks.

::

    with Corpus("silang.db") as corpus, PoliteClient(FetchPolicy(contact=...)) as client:
        report = Watcher(corpus, client).cycle([SourceSpec("https://contoh.id/rss")])

What survives a crash: a source's new validators (ETag, Last-Modified) are written in
the same transaction as the article URLs it listed ("pending"), and each article in the
same transaction as its URL's "stored", so a process killed at any moment loses nothing
(the next run fetches what is still pending) and does nothing twice (a stored URL is
never fetched again). Stories, verdicts and the change log are one transaction too.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from silang.corpus import Corpus, IngestReport
from silang.fetch.client import Fetched, FetchError, PoliteClient, Stopped, host_of
from silang.fetch.discover import Listing, canonical_url, feeds_on_page, read_listing
from silang.fetch.pages import FetchedPage, read_page
from silang.heap import release_freed
from silang.ingest.outcomes import IngestWarning, Rejection
from silang.model import Article
from silang.store.watching import (
    FAILED,
    PENDING,
    SKIPPED,
    STORED,
    PendingPage,
    SourceState,
    WatchStore,
    utc_now,
)
from silang.watch.sources import SourceSpec
from silang.watch.webhooks import Delivery, Webhook, deliver

# A page that failed for a reason that may pass (a timeout, a 503) is tried this often
# in all, one try a cycle, before it is given up on.
MAX_ATTEMPTS = 3
# From this many pages in a cycle the local engine's worker processes read and analyse
# them (starting the processes costs a second or two).
PARALLEL_FROM = 24
# A sitemap index's sitemaps polled in one cycle, at most.
MAX_CHILD_SITEMAPS = 50

Progress = Callable[[str, Any], None]


@dataclass(slots=True)
class SourceResult:
    url: str
    kind: str | None = None
    not_modified: bool = False
    listed: int = 0
    new: int = 0
    error: str | None = None
    stored: bool = False  # an article URL whose article is stored already


@dataclass
class CycleReport:
    """What one cycle did."""

    cycle: int | None
    sources: list[SourceResult] = field(default_factory=list)
    pages: int = 0  # article pages fetched (or tried)
    failed_pages: list[tuple[str, str]] = field(default_factory=list)
    skipped_pages: list[tuple[str, str]] = field(default_factory=list)
    ingest: IngestReport = field(default_factory=IngestReport)
    stories: dict[str, Any] = field(default_factory=dict)
    webhooks: list[Delivery] = field(default_factory=list)
    seconds: float = 0.0
    stopped: bool = False

    @property
    def changes(self) -> int:
        return int(self.stories.get("changes", 0))

    def failures(self) -> list[tuple[str, str]]:
        """Every source and page that failed this cycle, with why (one line each)."""
        return [(s.url, s.error) for s in self.sources if s.error] + self.failed_pages

    def to_dict(self) -> dict[str, Any]:
        return {
            "cycle": self.cycle,
            "seconds": round(self.seconds, 3),
            "sources": len(self.sources),
            "not_modified": sum(1 for s in self.sources if s.not_modified),
            "failed_sources": [{"url": s.url, "reason": s.error} for s in self.sources if s.error],
            "new_links": sum(s.new for s in self.sources),
            "pages": self.pages,
            "failed_pages": [{"url": u, "reason": r} for u, r in self.failed_pages],
            "skipped_pages": [{"url": u, "reason": r} for u, r in self.skipped_pages],
            "ingest": self.ingest.to_dict(),
            "stories": self.stories,
            "changes": self.changes,
            "webhooks": [
                {"url": d.url, "sent": d.sent, "requests": d.requests, "error": d.error}
                for d in self.webhooks
            ],
            "stopped": self.stopped,
        }

    def summary(self) -> dict[str, Any]:
        """The counts kept in the store's cycle row."""
        data = self.to_dict()
        data["ingest"] = {
            "added": len(self.ingest.added), "updated": len(self.ingest.updated),
            "duplicates": len(self.ingest.duplicates), "rejected": len(self.ingest.rejected),
            "claims": self.ingest.claims,
        }  # fmt: skip
        return data


class Watcher:
    """Runs cycles over one corpus with one polite client; a big cycle's pages are analysed
    on ``workers`` processes (None: one per core, ``engines.local.resolve_workers``)."""

    def __init__(
        self,
        corpus: Corpus,
        client: PoliteClient,
        *,
        workers: int | None = 1,
        analyse: bool = True,
        kb: Sequence[str] = (),
        threads: int = 8,
        webhooks: Sequence[Webhook] = (),
        webhook_retries: int = 3,
        webhook_backoff: float = 1.0,
        progress: Progress | None = None,
    ) -> None:
        self.corpus = corpus
        self.client = client
        self.watch = WatchStore(corpus.store)
        if workers is None:
            from silang.engines.local import resolve_workers  # the analysis stack

            workers = resolve_workers(workers)
        self.workers = workers
        self.analyse = analyse
        self.kb = tuple(kb)
        self.threads = threads
        self.webhooks = list(webhooks)
        self.webhook_retries = webhook_retries
        self.webhook_backoff = webhook_backoff
        self.progress = progress
        self.stop: threading.Event = client.stop
        # Sources are polled on threads, and they share the store's one connection: each
        # thread's reads and writes of it go one at a time (a transaction of one thread
        # must not take in another's writes).
        self._db = threading.RLock()

    # -- a cycle -----------------------------------------------------------------------

    def cycle(
        self, sources: Sequence[SourceSpec], *, record: bool = True, html_is_site: bool = True,
        stories: bool = True,
    ) -> CycleReport:  # fmt: skip
        """Poll ``sources``, fetch and ingest what is new, update stories and changes.

        ``record``: count it as a watch cycle (``silang ingest URL`` does not).
        ``html_is_site``: a URL of unknown kind that turns out to be an HTML page is a
        site whose feeds are looked for (``watch``), else an article (``ingest``).
        ``stories``: update stories, verdicts and the change log (and call the webhooks);
        ``silang ingest`` does that itself once files and URLs are all in.
        """
        started = time.monotonic()
        number = self.watch.start_cycle() if record else None
        report = CycleReport(number)
        direct: list[tuple[PendingPage, Fetched]] = []
        with ThreadPoolExecutor(self.threads, thread_name_prefix="silang-fetch") as pool:
            for result, _count, page in _in_order(
                pool, lambda s: self._poll(s, html_is_site), sources, self.threads * 2
            ):
                report.sources.append(result)
                if result.stored:
                    report.ingest.unchanged.append(result.url)
                if page is not None:
                    direct.append(page)
                self._notify("source", result)
            urls = [s.url for s in sources]
            got = {page.url for page, _ in direct}
            pending = [p for p in self.watch.pending_pages(urls) if p.url not in got]
            self._notify("pages", len(pending) + len(direct))
            if not self.stop.is_set():
                self._fetch_and_store(pool, pending, direct, sources, report)
        report.stopped = self.stop.is_set()
        if stories and self.analyse:
            report.stories = self.corpus.update_stories(cycle=number)
            release_freed()  # a watch runs for weeks: see silang.heap
        if self.webhooks and report.changes and not self.stop.is_set():
            report.webhooks = deliver(
                self.watch, self.webhooks, user_agent=self.client.policy.user_agent,
                retries=self.webhook_retries, backoff=self.webhook_backoff, stop=self.stop,
            )  # fmt: skip
        report.seconds = time.monotonic() - started
        if number is not None:
            self.watch.finish_cycle(number, report.summary())
        return report

    # -- sources -----------------------------------------------------------------------

    def _poll(
        self, spec: SourceSpec, html_is_site: bool
    ) -> tuple[SourceResult, int, tuple[PendingPage, Fetched] | None]:
        """Fetch one source and record the article URLs it lists (with its validators)."""
        result = SourceResult(spec.url, kind=None if spec.kind == "url" else spec.kind)
        try:
            if spec.kind == "page":
                result.new = self._record(spec, spec.url, [(canonical_url(spec.url), {})], None)
                return result, result.new, None
            address = canonical_url(spec.url)
            with self._db:
                known = address in self.watch.known_urls([address])
                state = self.watch.source(spec.url)
            if spec.kind == "url" and not html_is_site and known:
                # An article stored already (silang ingest URL): not fetched again.
                result.kind = "page"
                result.stored = True
                return result, 0, None
            target = state.found_url or spec.url
            fetched = self._get_source(target, state)
            if fetched.not_modified:
                result.not_modified = True
                result.kind = state.kind
                self._save_state(state, fetched, error=None)
                return result, 0, None
            listing = read_listing(fetched.url, fetched.body, fetched.content_type)
            if listing.kind == "html":
                if spec.kind == "page" or (spec.kind == "url" and not html_is_site):
                    result.kind = "page"
                    page = PendingPage(canonical_url(spec.url), spec.url, 0, {})
                    with self._db:
                        seen = self.watch.known_urls([page.url, canonical_url(fetched.url)])
                    if page.url in seen:
                        self._save_state(state, fetched, error=None, kind="page")
                        return result, 0, None
                    self._save_state(state, fetched, error=None, kind="page")
                    return result, 0, (page, fetched)
                listing, fetched = self._discover(spec, state, fetched)
            result.kind = listing.kind
            if listing.problem:
                raise FetchError(listing.problem, permanent=True)
            links = list(listing.links)
            if listing.kind == "sitemap-index":
                links = self._child_sitemaps(listing, result)
            result.listed = len(links)
            named = {"outlet": spec.name} if spec.name else {}
            entries = [(url, {**info, **{k: v for k, v in named.items() if not info.get(k)}})
                       for url, info in links]  # fmt: skip
            result.new = self._record(spec, spec.url, entries, (state, fetched, listing.kind))
            return result, result.new, None
        except Stopped:
            result.error = "stopped"
            return result, 0, None
        except FetchError as error:
            result.error = error.reason
            with self._db:
                state = self.watch.source(spec.url)
                state.failures += 1
                state.last_error = error.reason
                state.last_status = error.status
                state.last_fetched_at = utc_now()
                self.watch.save_source(state)
            return result, 0, None

    def _get_source(self, url: str, state: SourceState) -> Fetched:
        return self.client.get(url, etag=state.etag, last_modified=state.last_modified)

    def _discover(
        self, spec: SourceSpec, state: SourceState, home: Fetched
    ) -> tuple[Listing, Fetched]:
        """A site's feed (linked from its home page) or sitemap (named in robots.txt, or
        /sitemap.xml), fetched; remembered as the site's ``found_url``."""
        candidates = feeds_on_page(home.url, home.body)
        candidates += self.client.robots.sitemaps(home.url)
        candidates.append(host_of(home.url) + "/sitemap.xml")
        for url in dict.fromkeys(candidates):
            try:
                fetched = self.client.get(url)
            except FetchError:
                continue
            listing = read_listing(fetched.url, fetched.body, fetched.content_type)
            if listing.kind in ("feed", "sitemap", "sitemap-index") and not listing.problem:
                state.found_url = url
                return listing, fetched
        raise FetchError("no feed or sitemap found on the site", permanent=True)

    def _child_sitemaps(
        self, index: Listing, result: SourceResult
    ) -> list[tuple[str, dict[str, Any]]]:
        """The links of a sitemap index's sitemaps (each polled with its own validators)."""
        links: list[tuple[str, dict[str, Any]]] = []
        for url in index.sources[:MAX_CHILD_SITEMAPS]:
            with self._db:
                child = self.watch.source(url)
            try:
                fetched = self._get_source(url, child)
            except FetchError as error:
                child.failures += 1
                child.last_error = error.reason
                with self._db:
                    self.watch.save_source(child)
                continue
            if fetched.not_modified:
                continue
            listing = read_listing(fetched.url, fetched.body, fetched.content_type)
            links.extend(listing.links)
            self._save_state(child, fetched, error=None, kind="sitemap")
        return links

    def _record(
        self,
        spec: SourceSpec,
        source_url: str,
        entries: Iterable[tuple[str, dict[str, Any]]],
        polled: tuple[SourceState, Fetched, str] | None,
    ) -> int:
        """Record the new article URLs of a source and its validators, together."""
        entries = list(entries)
        with self._db, self.corpus.store.transaction():
            known = self.watch.known_urls([url for url, _ in entries])
            new = [(url, info) for url, info in dict(entries).items() if url not in known]
            if spec.lang:
                new = [(url, {**info, "lang": spec.lang}) for url, info in new]
            added = self.watch.add_pending(source_url, new)
            if polled is not None:
                state, fetched, kind = polled
                self._save_state(state, fetched, error=None, kind=kind)
        return added

    def _save_state(
        self, state: SourceState, fetched: Fetched, *, error: str | None, kind: str | None = None
    ) -> None:
        now = utc_now()
        if not fetched.not_modified:
            state.etag = fetched.etag
            state.last_modified = fetched.last_modified
        state.kind = kind or state.kind
        state.last_fetched_at = now
        state.last_ok_at = now
        state.last_status = fetched.status
        state.last_error = error
        state.failures = 0
        with self._db:
            self.watch.save_source(state)

    # -- article pages -----------------------------------------------------------------

    def _fetch_and_store(
        self,
        pool: ThreadPoolExecutor,
        pending: list[PendingPage],
        direct: list[tuple[PendingPage, Fetched]],
        sources: Sequence[SourceSpec],
        report: CycleReport,
    ) -> None:
        langs = {s.url: s.lang for s in sources}
        order = _by_host_in_turn(pending)

        def fetch(page: PendingPage) -> tuple[PendingPage, Fetched | FetchError]:
            if self.stop.is_set():
                return page, FetchError("stopped")
            try:
                return page, self.client.get(page.url)
            except FetchError as error:
                return page, error
            except Stopped:
                return page, FetchError("stopped")

        fetched = _chain(
            ((p, f) for p, f in direct), _in_order(pool, fetch, order, 4 * self.threads)
        )
        total = len(order) + len(direct)
        items = ((page, self._as_page(page, result, langs)) for page, result in fetched)
        with self.corpus.batch():
            if total >= PARALLEL_FROM and self.workers > 1 and self.analyse:
                from silang.engines.local import analysed_pages

                db_path = self.corpus.store.path if self.corpus.store.path != ":memory:" else None
                tagged = ((pair, pair[1] if isinstance(pair[1], FetchedPage) else None)
                          for pair in items)  # fmt: skip
                for (page, outcome), analysed in analysed_pages(
                    tagged, workers=self.workers, kb=self.kb, db_path=db_path
                ):
                    self._store(page, outcome, analysed, report)
            else:
                for page, outcome in items:
                    analysed = (
                        [(r, None, None) for r in read_page(outcome)]
                        if isinstance(outcome, FetchedPage) else []
                    )  # fmt: skip
                    self._store(page, outcome, analysed, report)

    @staticmethod
    def _as_page(
        page: PendingPage, result: Fetched | FetchError, langs: dict[str, str | None]
    ) -> FetchedPage | FetchError:
        if isinstance(result, FetchError):
            return result
        if not result.is_html and result.content_type:
            return FetchError(
                f"not an HTML page ({result.content_type})", permanent=True, status=result.status
            )
        entry = dict(page.entry)
        lang = entry.pop("lang", None) or langs.get(page.source_url or "")
        return FetchedPage(
            url=canonical_url(result.url), body=result.body, entry=entry, lang=lang,
            listed_url=page.url, charset=result.charset,
        )  # fmt: skip

    def _store(
        self,
        page: PendingPage,
        outcome: FetchedPage | FetchError,
        analysed: list[tuple[Any, Any, Any]],
        report: CycleReport,
    ) -> None:
        if isinstance(outcome, FetchError) and outcome.reason == "stopped":
            return  # still pending: the next run fetches it
        report.pages += 1
        if isinstance(outcome, FetchError):
            self._page_failed(page, outcome, report)
            return
        article_ids: list[str] = []
        rejected: list[str] = []
        with self.corpus.store.transaction():
            for record, analysis, signature in analysed:
                if isinstance(record, Rejection):
                    report.ingest.rejected.append(record)
                    rejected.append(record.reason)
                    self._notify("rejected", record)
                elif isinstance(record, IngestWarning):
                    report.ingest.warnings.append(record)
                    self._notify("warning", record)
                elif isinstance(record, Article):
                    outcome_name = self.corpus.add_article(
                        record,
                        analyse=self.analyse,
                        analysis=analysis,
                        report=report.ingest,
                        minhash=signature,
                    )
                    if outcome_name == "rejected":  # its analysis failed: one line says why
                        rejection = report.ingest.rejected[-1]
                        rejected.append(rejection.reason)
                        self._notify("rejected", rejection)
                        continue
                    article_ids.append(record.article_id)
                    self._notify(outcome_name, record)
            if article_ids:
                self.watch.finish_page(
                    page.url, STORED, status=200, article_id=article_ids[0],
                    source_url=page.source_url,
                )  # fmt: skip
            else:
                self.watch.finish_page(
                    page.url, FAILED, status=200, error="; ".join(rejected) or "no article",
                    source_url=page.source_url,
                )  # fmt: skip

    def _page_failed(self, page: PendingPage, error: FetchError, report: CycleReport) -> None:
        if error.skipped:
            state = SKIPPED
            report.skipped_pages.append((page.url, error.reason))
        else:
            gave_up = error.permanent or page.attempts + 1 >= MAX_ATTEMPTS
            state = FAILED if gave_up else PENDING
            report.failed_pages.append((page.url, error.reason))
            report.ingest.rejected.append(Rejection(page.url, error.reason))
        self.watch.finish_page(
            page.url, state, status=error.status, error=error.reason, source_url=page.source_url
        )
        self._notify("page_failed", (page.url, error.reason))

    def _notify(self, what: str, item: Any) -> None:
        if self.progress is not None:
            self.progress(what, item)


def _in_order(
    pool: ThreadPoolExecutor, fn: Callable[[Any], Any], items: Iterable[Any], window: int
) -> Iterator[Any]:
    """``fn`` over ``items`` on the pool, results in input order, at most ``window``
    running or waiting to be taken (so memory does not grow with the list)."""
    running: deque[Future[Any]] = deque()
    for item in items:
        running.append(pool.submit(fn, item))
        if len(running) >= window:
            yield running.popleft().result()
    while running:
        yield running.popleft().result()


def _chain(*parts: Iterable[Any]) -> Iterator[Any]:
    for part in parts:
        yield from part


def _by_host_in_turn(pages: Sequence[PendingPage]) -> list[PendingPage]:
    """The pages with hosts taking turns (a, b, c, a, b, c, ...): with a rate per host,
    fetching one host's pages in a row would leave the other hosts idle."""
    queues: dict[str, deque[PendingPage]] = {}
    for page in pages:
        queues.setdefault(host_of(page.url), deque()).append(page)
    ordered: list[PendingPage] = []
    while queues:
        for host in list(queues):
            ordered.append(queues[host].popleft())
            if not queues[host]:
                del queues[host]
    return ordered
