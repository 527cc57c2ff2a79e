"""SQLite storage for articles, claims, stories and claim groups."""

from silang.store.database import SearchHit, Store, StoreError

__all__ = ["SearchHit", "Store", "StoreError"]
