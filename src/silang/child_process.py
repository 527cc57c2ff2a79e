"""What a worker process that silang starts does first: exit with its parent.

A process killed with SIGKILL cannot tell its workers to stop, and each worker holds a
knowledge base (about 200 MB) and would live on, waiting for tasks that never come. The
ingest's analysis workers (``engines.local``) and the web server's writer and builder
processes (``web.writer``, ``web.builder``: ``one_worker_pool``) all start with
``exit_with_parent``. Written by hand: the standard
library's pools do not watch for a parent that is gone (``PR_SET_PDEATHSIG`` is Linux-only
and fires on the death of the parent *thread*).
"""

from __future__ import annotations

import os
import signal
import threading
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

# How often a worker looks whether its parent is still there.
PARENT_CHECK_SECONDS = 0.5


def exit_with_parent(parent: int) -> None:
    """Exit this process as soon as process ``parent`` is gone. A thread polls
    ``getppid`` (the worker is re-parented when its parent dies): portable, and a worker
    busy analysing still notices within ``PARENT_CHECK_SECONDS``."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)  # no clean-up: the parent that would collect results is gone

    threading.Thread(target=watch, name="silang-parent-watch", daemon=True).start()


def ignore_interrupts() -> None:
    """Ignore Ctrl-C in a worker: it reaches every process of the terminal's group, the
    parent decides how to stop (and shuts its pool down), and a worker dying of it would
    break the pool."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def start_child(parent: int) -> None:
    """A pool worker's initializer: exit with process ``parent`` and leave Ctrl-C to it."""
    exit_with_parent(parent)
    ignore_interrupts()


def one_worker_pool(max_tasks: int) -> ProcessPoolExecutor:
    """A pool of one spawned worker process (``start_child``), which the pool replaces
    after ``max_tasks`` tasks."""
    # Imported here: a command on one article runs in its own process and loads no pool.
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    return ProcessPoolExecutor(
        max_workers=1,
        mp_context=get_context("spawn"),
        max_tasks_per_child=max_tasks,
        initializer=start_child,
        initargs=(os.getpid(),),
    )
