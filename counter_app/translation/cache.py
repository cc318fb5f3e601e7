"""The database cache of machine translations (table `translation_cache`, migration 0003)."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..db import Store


def cache_key(*, source: str, target: str, text: str, models: str) -> str:
    """A hash that changes with the languages, the exact text and the models used."""
    payload = json.dumps([source, target, models, text], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class TranslationCache:
    """Reads and writes cached translations through the store (usable from any thread)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, key: str) -> str | None:
        rows = self.store.query("SELECT translation FROM translation_cache WHERE key = ?", (key,))
        return rows[0]["translation"] if rows else None

    def put(self, key: str, *, source: str, target: str, via: tuple[str, ...], models: str, translation: str) -> None:
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO translation_cache"
                " (key, source_language, target_language, via, models, translation, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (key, source, target, ",".join(via), models, translation, _now()),
            )

    def purge(self, *, older_than: datetime | None = None) -> int:
        """Delete entries created before `older_than` (all entries if None); returns the count."""
        with self.store.transaction() as conn:
            if older_than is None:
                return conn.execute("DELETE FROM translation_cache").rowcount
            cutoff = older_than.astimezone(UTC).isoformat(timespec="seconds")
            return conn.execute("DELETE FROM translation_cache WHERE created_at < ?", (cutoff,)).rowcount


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
