"""Watching sources: the sources file, one watch cycle, webhooks."""

from silang.watch.cycle import CycleReport, Watcher
from silang.watch.sources import SourcesError, SourceSpec, load_sources, parse_duration
from silang.watch.webhooks import Webhook

__all__ = [
    "CycleReport",
    "SourceSpec",
    "SourcesError",
    "Watcher",
    "Webhook",
    "load_sources",
    "parse_duration",
]
