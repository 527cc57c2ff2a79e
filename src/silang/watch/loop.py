"""Cycles until stopped: which sources are due, and the wait until the next one is.

A source is due when its last fetch is at least its interval old (its own ``interval``,
else the watch's ``every``), when it was never fetched, or when URLs it listed are still
waiting to be fetched (a run that was killed). ``stop`` (set by Ctrl-C) ends the wait
at once; a cycle under way finishes what it has fetched and stops fetching more.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from silang.heap import limit_heaps
from silang.store.watching import WatchStore
from silang.watch.cycle import CycleReport, Watcher
from silang.watch.sources import SourceSpec


def _age(stamp: str | None, now: datetime) -> float:
    if not stamp:
        return float("inf")
    try:
        then = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return float("inf")
    return (now - then).total_seconds()


def due_in(watch: WatchStore, spec: SourceSpec, every: float) -> float:
    """Seconds until ``spec`` is due (0 or less: due now)."""
    state = watch.source(spec.url)
    if any(page.attempts == 0 for page in watch.pending_pages([spec.url])):
        return 0.0  # URLs it listed were never fetched (the last run was killed)
    return (spec.interval or every) - _age(state.last_fetched_at, datetime.now(UTC))


def run(
    watcher: Watcher,
    sources: Sequence[SourceSpec],
    *,
    every: float,
    once: bool = False,
    max_cycles: int | None = None,
    on_cycle: Callable[[CycleReport], None] | None = None,
) -> list[CycleReport]:
    """Run cycles until ``watcher.stop`` is set (or one, with ``once``; or
    ``max_cycles``). Returns the reports of the cycles run (the last few hundred)."""
    limit_heaps()  # before the fetching threads start: see silang.heap
    reports: list[CycleReport] = []
    stop = watcher.stop
    cycles = 0
    while not stop.is_set():
        if once:
            due = list(sources)
        else:
            due = [s for s in sources if due_in(watcher.watch, s, every) <= 0]
        if due:
            report = watcher.cycle(due)
            cycles += 1
            reports.append(report)
            del reports[:-500]
            if on_cycle is not None:
                on_cycle(report)
        if once or (max_cycles is not None and cycles >= max_cycles):
            break
        wait = min(due_in(watcher.watch, s, every) for s in sources)
        if wait > 0 and stop.wait(wait):
            break
    return reports


@contextmanager
def stop_on_interrupt(
    stop: threading.Event, on_first: Callable[[], Any] | None = None
) -> Iterator[None]:
    """The first Ctrl-C sets ``stop`` (the cycle under way stores what it fetched, then
    the watch ends); a second one stops at once (``KeyboardInterrupt``; every article
    committed so far stays whole, and the next run resumes)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: Any) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        if on_first is not None:
            on_first()

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
