"""The per-process search engine: the current Snapshot, reloaded when a new one is published.

Each gunicorn worker (and the dev server) holds one engine. On a request, at most every
``RELOAD_INTERVAL`` seconds, it reads ``CURRENT``; when another generation was
published it opens it fully *before* swapping, so requests in flight keep the old one and
no request ever sees a half-opened index (issue 8, live reload).
"""
from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

from flask import current_app

from indexer import store
from search_service.snapshot import Snapshot

log = logging.getLogger("praktiki.service")


class SearchEngine:
    def __init__(self, index_dir: str | Path, settings: dict):
        self.index_dir = Path(index_dir)
        self.settings = settings
        self._snapshot: Snapshot | None = None
        self._checked = 0.0
        self._lock = threading.Lock()

    @property
    def snapshot(self) -> Snapshot:
        """The current generation; raises store.NoIndexError when none is published."""
        now = time.monotonic()
        if self._snapshot is None or now - self._checked >= self.settings["RELOAD_INTERVAL"]:
            self._refresh(now)
        if self._snapshot is None:
            raise store.NoIndexError(f"no index is published in {self.index_dir}")
        return self._snapshot

    def _refresh(self, now: float) -> None:
        with self._lock:
            self._checked = now
            name = store.current_generation(self.index_dir)
            if name is None or (self._snapshot and self._snapshot.generation == name):
                return
            try:
                fresh = Snapshot(self.index_dir, name)
            except Exception:
                # A generation pruned or damaged under us: keep serving the one we have.
                log.exception("could not open generation %s; keeping %s", name,
                              self._snapshot.generation if self._snapshot else None)
                return
            # Requests still using the old snapshot hold their own reference to it; it is
            # not closed here, and its files stay open until it is garbage collected.
            self._snapshot = fresh
            log.info("serving generation %s (%d documents)", name, fresh.doc_count)

    def is_ready(self) -> bool:
        try:
            return self.snapshot is not None
        except store.NoIndexError:
            return False


def get_engine() -> SearchEngine:
    return current_app.extensions["praktiki_engine"]
