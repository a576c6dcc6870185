"""What a snapshot derives from each index segment, kept across generations.

Whoosh segments never change once written; an incremental index run adds a segment and
marks deletions in the older ones (deletions belong to the generation, not the segment).
Opening a generation used to read every facet posting, date, id, title and spelling word
of the whole index again (~0.95 s per worker at 20k practices), which delayed an update
becoming visible (issue 7). Here everything that depends only on a segment is read once
per worker process and reused by the next generation holding the same segment; a
snapshot then combines the segments' data with its own deletions.

The combined results are the same as reading through Whoosh's ``MultiReader``
(``tests/service/test_scoring.py`` compares them).
"""
from __future__ import annotations

from collections import OrderedDict

import numpy as np

from indexer.spelling import of_reader as spelling_side_file
from search_service.facets import FACETS, int_column

KEEP_SEGMENTS = 16   # segments remembered per worker (those of the current and recent generations)


def segments_of(reader) -> list[tuple[object, int]]:
    """(segment reader, first document number) of every segment of a reader."""
    if reader.is_atomic():
        return [(reader, 0)]
    return list(zip(reader.readers, reader.doc_offsets))


def _fold(text: str) -> str:
    from search_service.suggest import _fold as fold
    return fold(text)


class SegmentData:
    """Deletion-independent data of one segment (local document numbers)."""

    def __init__(self, segment_reader):
        self.size = segment_reader.doc_count_all()
        self.facet_values: dict[str, list[str]] = {}
        self.facet_docs: dict[str, list[np.ndarray]] = {}
        for name, field in FACETS.items():
            values, docs = [], []
            if field in segment_reader.schema:
                for term in segment_reader.field_terms(field):
                    values.append(term)
                    docs.append(_all_postings(segment_reader, field, term))
            self.facet_values[name], self.facet_docs[name] = values, docs
        self.date_lo = int_column(segment_reader, "date_lo", self.size)
        self.date_hi = int_column(segment_reader, "date_hi", self.size)
        col = segment_reader.column_reader("id") if segment_reader.has_column("id") else None
        self.ids: list[str] | None = [(col[i] or "") for i in range(self.size)] if col is not None else None
        self.titles: list[tuple[int, str, str]] = []   # (local docnum, folded title, title)
        if segment_reader.has_column("title_text"):
            column = segment_reader.column_reader("title_text")
            for docnum in range(self.size):
                raw = column[docnum]
                title = raw.decode("utf-8") if isinstance(raw, bytes) else (raw or "")
                if title:
                    self.titles.append((docnum, _fold(title), title))
        # Spelling words: the segment's side file (indexer/spelling.py), combined with a
        # generation's deletions by search_service.suggest.SpellingWords. An index written
        # before the side files has spell_* fields instead: {field: {word: doc frequency}}.
        self.spelling_file = spelling_side_file(segment_reader)
        self.spelling: dict[str, dict[str, int]] = {}
        self.spelling_words: dict = {}   # suggest.SpellingWords' per-field dicts, no deletions
        for field in ("title", "body") if self.spelling_file is None else ():
            if "spell_" + field not in segment_reader.schema:
                continue
            self.spelling[field] = {(t.decode("utf-8") if isinstance(t, bytes) else t): info.doc_frequency()
                                    for t, info in segment_reader.iter_field("spell_" + field)}


def _all_postings(segment_reader, field: str, term: str) -> np.ndarray:
    """Local document numbers of a term in one segment, deleted documents included."""
    btext = segment_reader.schema[field].to_bytes(term)
    matcher = segment_reader._terms.matcher(field, btext, segment_reader.schema[field].format)
    return np.fromiter(matcher.all_ids(), dtype=np.int64)


_CACHE: OrderedDict[str, SegmentData] = OrderedDict()


def segment_data(segment_reader) -> SegmentData:
    """The segment's data, read once per worker process (LRU of ``KEEP_SEGMENTS``)."""
    segment = segment_reader.segment()
    key = segment.segment_id() if segment is not None else None
    found = _CACHE.get(key) if key is not None else None
    if found is not None and found.size == segment_reader.doc_count_all():
        _CACHE.move_to_end(key)
        return found
    found = SegmentData(segment_reader)
    if key is not None:
        _CACHE[key] = found
        while len(_CACHE) > KEEP_SEGMENTS:
            _CACHE.popitem(last=False)
    return found
