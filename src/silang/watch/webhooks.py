"""POST the change log to webhooks as JSON, each webhook from where it left off.

Each webhook has a cursor in the store: the last change it received. A delivery sends
the changes after it, oldest first, up to ``BATCH`` a request, as
``{"silang": VERSION, "changes": [...]}`` (each change as ``silang changes --json``
prints it, with its ``id``). 429, 5xx and connection errors are retried with backoff;
a webhook that still fails keeps its cursor and gets the same changes next cycle.
Delivery is at least once: a process killed between a webhook's answer and the cursor's
update sends that batch again, so receivers should skip ``id``s they have seen.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from silang import __version__
from silang.store.watching import WatchStore

BATCH = 100
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(slots=True)
class Webhook:
    """A webhook and the changes it wants: all (``sources`` None) or those of stories
    holding an article fetched from one of ``sources``."""

    url: str
    sources: tuple[str, ...] | None = None


@dataclass(slots=True)
class Delivery:
    url: str
    sent: int = 0
    requests: int = 0
    error: str | None = None


def register(watch: WatchStore, webhooks: Sequence[Webhook]) -> None:
    """A webhook seen for the first time starts after the changes already logged (it
    gets what happens from now on, not the whole history)."""
    last = watch.last_change_seq()
    for hook in webhooks:
        if watch.webhook_cursor(hook.url) is None:
            watch.save_webhook(hook.url, last)


def deliver(
    watch: WatchStore,
    webhooks: Sequence[Webhook],
    *,
    user_agent: str,
    retries: int = 3,
    backoff: float = 1.0,
    timeout: float = 10.0,
    stop: threading.Event | None = None,
) -> list[Delivery]:
    """Send each webhook the changes it has not had."""
    stop = stop or threading.Event()
    results = []
    with httpx.Client(timeout=timeout, headers={"User-Agent": user_agent}, trust_env=False) as http:
        for hook in webhooks:
            results.append(_deliver_one(watch, http, hook, retries, backoff, stop))
    return results


def _deliver_one(
    watch: WatchStore, http: httpx.Client, hook: Webhook, retries: int, backoff: float,
    stop: threading.Event,
) -> Delivery:  # fmt: skip
    done = Delivery(hook.url)
    cursor = watch.webhook_cursor(hook.url) or 0
    last = watch.last_change_seq()
    stories = None if hook.sources is None else watch.stories_with_sources(list(hook.sources))
    while cursor < last and not stop.is_set():
        changes = watch.changes(after_seq=cursor, stories=stories, newest_first=False, limit=BATCH)
        if not changes:
            cursor = last
            break
        payload = {"silang": __version__, "changes": [c.to_dict() for c in changes]}
        error = _post(http, hook.url, payload, retries, backoff, stop, done)
        if error is not None:
            done.error = error
            watch.save_webhook(hook.url, cursor, error)
            return done
        cursor = changes[-1].seq
        done.sent += len(changes)
        watch.save_webhook(hook.url, cursor)
    watch.save_webhook(hook.url, cursor)
    return done


def _post(
    http: httpx.Client, url: str, payload: dict[str, Any], retries: int, backoff: float,
    stop: threading.Event, done: Delivery,
) -> str | None:  # fmt: skip
    """None when the webhook took the payload, else why not (after the retries)."""
    error = "not sent"
    for attempt in range(retries + 1):
        if attempt and stop.wait(backoff * 2 ** (attempt - 1)):
            return "stopped"
        done.requests += 1
        try:
            response = http.post(url, json=payload)
        except httpx.HTTPError as exc:
            error = f"cannot connect: {exc or type(exc).__name__}"
            continue
        if response.is_success:
            return None
        error = f"HTTP {response.status_code}"
        if response.status_code not in RETRY_STATUSES:
            return error
    return f"{error} after {retries + 1} tries"
