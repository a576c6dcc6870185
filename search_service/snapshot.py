"""One opened index generation: Whoosh searcher plus everything derived from it once.

Opening a searcher and building facet sets costs tens of milliseconds or more, so it
happens once per generation and per worker process, never per request (issue 7).
"""
from __future__ import annotations

import json
import logging
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path

import numpy as np
from whoosh import index as whoosh_index

from indexer import store
from search_service.facets import FacetIndex
from search_service.highlight import best_snippet
from search_service.scoring import PostingsCache, raw_postings, size_caches
from search_service.segments import segment_data, segments_of
from search_service.suggest import Suggester

log = logging.getLogger("praktiki.service")

POSTINGS_CACHE_BYTES = 32 * 2**20   # per-term arrays a snapshot keeps (LRU), per worker ...
POSTINGS_CACHE_PER_DOC = 1600       # ... or this many bytes per indexed document, if more; with
# scoring's per-segment postings (16 MB or 800 bytes a document): 48 MB per worker at 20k
# practices, 240 MB at 100k, where the 20 bench queries' terms alone need ~60 MB
SNIPPET_CACHE_ITEMS = 8192           # snippets (~300 bytes each) a snapshot keeps (LRU), per worker


class Snapshot:
    def __init__(self, index_dir: Path, generation: str):
        self.index_dir = index_dir
        self.generation = generation
        self.ix = whoosh_index.open_dir(str(index_dir / generation))
        self.schema = self.ix.schema
        self.searcher = self.ix.searcher()
        self.reader = self.searcher.reader()
        # Per-segment data is read once per worker and reused by later generations that
        # keep the segment (an incremental run adds one): opening a generation after an
        # update costs the new segment only (issue 7).
        # (segment reader, first docnum, segment id): per-segment caches are keyed by the id
        self.segments = [(r, offset, r.segment().segment_id() if r.segment() is not None else None)
                         for r, offset in segments_of(self.reader)]
        segments = [(segment_data(r), offset) for r, offset, _ in self.segments]
        self.facets = FacetIndex(self.reader, segments)
        self.doc_count = self.reader.doc_count()
        self.suggester = Suggester(self.reader, self.facets, segments)
        self.analyzer = self.schema["body"].analyzer
        self.docnum_of = {doc_id: i for i, doc_id in enumerate(self.facets.ids) if doc_id}
        self.record = lru_cache(maxsize=4096)(self._record)
        # lexicon look-ups of the query parser, per generation; its spelling words are the suggester's
        self.query_cache: dict = {"spelling": self.suggester.spelling}
        self.parsed_queries: dict = {}   # search._parse, per generation (bounded there)
        self.highlight_terms: dict = {}  # search._highlight_terms, likewise
        self.facet_labels: dict = {}     # search._value_labels: (facet, lang) -> labels
        # Per-term document numbers and scores (search_service.scoring), bounded in bytes.
        size = self.reader.doc_count_all()
        self.postings_cache = PostingsCache(max(POSTINGS_CACHE_BYTES, POSTINGS_CACHE_PER_DOC * size))
        size_caches(size)
        self._snippets: OrderedDict = OrderedDict()

    @classmethod
    def open_current(cls, index_dir: Path) -> "Snapshot":
        name = store.current_generation(index_dir)
        if name is None:
            raise store.NoIndexError(f"no index is published in {index_dir}")
        return cls(index_dir, name)

    def _record(self, docnum: int) -> dict:
        return json.loads(self.reader.stored_fields(docnum)["record"])

    def term_ids(self, field: str, text) -> np.ndarray:
        """Document numbers of one term's postings (deleted ones included), cached per generation.

        Popular terms come back on most requests; decoding their postings again each time
        was a large part of building a query's match set (issue 7). Least recently used
        terms are dropped beyond ``POSTINGS_CACHE_BYTES``.
        """
        raw = raw_postings(self, field, text)
        if raw is not None:
            return raw[0]
        key = ("ids", field, text)
        ids = self.postings_cache.get(key)
        if ids is not None:
            return ids
        try:
            btext = self.schema[field].to_bytes(text) if field in self.schema else None
        except ValueError:
            btext = None
        if btext is not None and (field, btext) in self.reader:
            ids = np.fromiter(self.reader.postings(field, btext).all_ids(), dtype=np.int32)
        else:
            ids = np.zeros(0, dtype=np.int32)
        self.postings_cache.put(key, ids)
        return ids

    def snippet(self, docnum: int, record: dict, terms: set[str]) -> str:
        """:func:`best_snippet` of a hit, kept per (document, query terms) for this generation.

        The hits of popular queries come back request after request; their snippets were
        about half of a warm faceted request (issue 7). Bounded LRU.
        """
        key = (docnum, frozenset(terms))
        found = self._snippets.get(key)
        if found is not None:
            try:
                self._snippets.move_to_end(key)
            except KeyError:   # dropped meanwhile by another thread (threaded dev server)
                pass
            return found
        found = best_snippet(record, terms, self.analyzer)
        self._snippets[key] = found
        if len(self._snippets) > SNIPPET_CACHE_ITEMS:
            try:
                self._snippets.popitem(last=False)
            except KeyError:
                pass
        return found

    def record_by_id(self, doc_id: str) -> dict | None:
        docnum = self.docnum_of.get(doc_id)
        return None if docnum is None else self.record(docnum)

    def close(self) -> None:
        try:
            self.searcher.close()
        except Exception:  # closing an old generation must never fail a request
            log.debug("closing snapshot %s failed", self.generation, exc_info=True)
