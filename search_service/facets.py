"""Facet document sets, built once per index generation, counted per request with numpy.

For every facet value the documents holding it are kept as a numpy array of document
numbers, and all (document, value) pairs of a facet as two parallel arrays. A request
then turns its match set into a boolean mask and:

- filters with one ``mask[docs_of_value]`` assignment per selected value (OR inside a
  facet) and ``&`` across facets;
- counts every value of a facet at once with ``np.bincount`` over the pairs whose
  document is in the facet's own base set: the query and every *other* facet's filter,
  not its own (disjunctive counts, Elasticsearch's ``post_filter`` semantics).

This replaces Whoosh's ``groupedby`` and per-request filter building, which cost most of
a faceted query's time in pure Python (issue 7).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

FACETS = {  # request parameter -> index field
    "status": "status",
    "programme": "programmes",
    "country": "countries",
    "theme": "themes",
    "municipality": "municipality",
}


@dataclass
class FacetField:
    name: str
    values: list[str]              # value as stored in the index (lowercased for keywords)
    docs_of: list[np.ndarray]      # documents of each value
    pair_docs: np.ndarray          # all (doc, value index) pairs, docs part
    pair_vals: np.ndarray          # ... value index part
    index_of: dict[str, int]

    @classmethod
    def from_reader(cls, reader, field: str, name: str) -> "FacetField":
        values, docs_of = [], []
        for term in reader.field_terms(field):
            ids = np.fromiter(reader.postings(field, term).all_ids(), dtype=np.int64)
            values.append(term)
            docs_of.append(ids)
        pair_docs = np.concatenate(docs_of) if docs_of else np.zeros(0, np.int64)
        pair_vals = (np.concatenate([np.full(len(d), i, np.int64) for i, d in enumerate(docs_of)])
                     if docs_of else np.zeros(0, np.int64))
        index_of = {v.lower(): i for i, v in enumerate(values)}
        return cls(name, values, docs_of, pair_docs, pair_vals, index_of)

    def mask(self, selected: list[str], size: int) -> np.ndarray | None:
        """Documents holding any of the selected values; None when nothing is selected."""
        if not selected:
            return None
        mask = np.zeros(size, dtype=bool)
        for value in selected:
            i = self.index_of.get(value.lower())
            if i is not None:
                mask[self.docs_of[i]] = True
        return mask

    def counts(self, base: np.ndarray) -> np.ndarray:
        if not len(self.values):
            return np.zeros(0, np.int64)
        return np.bincount(self.pair_vals[base[self.pair_docs]], minlength=len(self.values))


def int_column(reader, field: str, size: int) -> np.ndarray:
    """An integer column of ``size`` documents (0 where empty, zeros when the field has none)."""
    if reader.has_column(field):
        col = reader.column_reader(field)
        return np.fromiter((col[i] or 0 for i in range(size)), dtype=np.int64, count=size)
    return np.zeros(size, dtype=np.int64)


class FacetIndex:
    """All facet sets and the date columns of one index generation.

    ``segments`` (``[(SegmentData, first docnum), ...]``, :mod:`search_service.segments`):
    build from each segment's cached data instead of reading the whole index again; the
    same arrays either way.
    """

    def __init__(self, reader, segments=None):
        self.size = reader.doc_count_all()
        if segments is None:
            self.live = np.zeros(self.size, dtype=bool)
            self.live[np.fromiter(reader.all_doc_ids(), dtype=np.int64)] = True
        else:   # the same set from each segment's deleted documents, without a call per document
            from search_service.segments import segments_of
            self.live = np.ones(self.size, dtype=bool)
            for segment_reader, offset in segments_of(reader):
                deleted = segment_reader.deleted_docs_set
                if deleted:
                    self.live[offset + np.fromiter(deleted, dtype=np.int64, count=len(deleted))] = False
        if segments is None:
            self.fields = {name: FacetField.from_reader(reader, field, name) for name, field in FACETS.items()}
            self.date_lo = self._column(reader, "date_lo")
            self.date_hi = self._column(reader, "date_hi")
            self.ids = self._ids(reader)
        else:
            self.fields = {name: self._merged_field(name, segments) for name in FACETS}
            self.date_lo = np.concatenate([seg.date_lo for seg, _ in segments]) if segments else np.zeros(0, np.int64)
            self.date_hi = np.concatenate([seg.date_hi for seg, _ in segments]) if segments else np.zeros(0, np.int64)
            if all(seg.ids is not None for seg, _ in segments):
                live = self.live.tolist()
                every = [doc_id for seg, _ in segments for doc_id in seg.ids]
                self.ids = [doc_id if alive else "" for doc_id, alive in zip(every, live)]
            else:
                self.ids = self._ids(reader)
        self.year = np.where(self.date_lo > 0, self.date_lo // 10000, 0)
        # Rank of each document's id in sorted order: a deterministic tie-breaker.
        order = np.argsort(np.array(self.ids, dtype=object), kind="stable")
        self.id_rank = np.empty(self.size, dtype=np.int64)
        self.id_rank[order] = np.arange(self.size)

    def _merged_field(self, name: str, segments) -> FacetField:
        """A facet's values (sorted union, as ``MultiReader.field_terms``) and live documents."""
        if len(segments) == 1:
            seg, offset = segments[0]
            values = list(seg.facet_values[name])
            per_value = [[docs + offset if offset else docs] for docs in seg.facet_docs[name]]
        else:
            values = sorted(set().union(*(seg.facet_values[name] for seg, _ in segments)))
            at = {v: i for i, v in enumerate(values)}
            per_value = [[] for _ in values]
            for seg, offset in segments:
                for value, docs in zip(seg.facet_values[name], seg.facet_docs[name]):
                    per_value[at[value]].append(docs + offset)
        live = self.live
        docs_of = []
        for parts in per_value:
            docs = parts[0] if len(parts) == 1 else np.concatenate(parts)
            keep = live[docs]   # Whoosh's postings skip deleted documents
            docs_of.append(docs if keep.all() else docs[keep])   # shared with the segment's data
        pair_docs = np.concatenate(docs_of) if docs_of else np.zeros(0, np.int64)
        pair_vals = (np.repeat(np.arange(len(docs_of), dtype=np.int64), [len(d) for d in docs_of])
                     if docs_of else np.zeros(0, np.int64))
        return FacetField(name, values, docs_of, pair_docs, pair_vals, {v.lower(): i for i, v in enumerate(values)})

    def _column(self, reader, field: str) -> np.ndarray:
        return int_column(reader, field, self.size)

    def _ids(self, reader) -> list[str]:
        col = reader.column_reader("id") if reader.has_column("id") else None
        if col is not None:
            return [(col[i] or "") if self.live[i] else "" for i in range(self.size)]
        return [(reader.stored_fields(i).get("id", "") if self.live[i] else "") for i in range(self.size)]

    def date_mask(self, lo: int | None, hi: int | None) -> np.ndarray | None:
        """Documents whose date interval overlaps [lo, hi] (either bound open)."""
        if lo is None and hi is None:
            return None
        mask = self.date_lo > 0
        if lo is not None:
            mask &= self.date_hi >= lo
        if hi is not None:
            mask &= self.date_lo <= hi
        return mask

    def year_counts(self, base: np.ndarray) -> list[tuple[int, int]]:
        years = self.year[base & (self.year > 0)]
        if not len(years):
            return []
        values, counts = np.unique(years, return_counts=True)
        return [(int(v), int(c)) for v, c in zip(values, counts)]
