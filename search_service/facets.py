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


class FacetIndex:
    """All facet sets and the date columns of one index generation."""

    def __init__(self, reader):
        self.size = reader.doc_count_all()
        self.live = np.zeros(self.size, dtype=bool)
        live_ids = np.fromiter(reader.all_doc_ids(), dtype=np.int64)
        self.live[live_ids] = True
        self.fields = {name: FacetField.from_reader(reader, field, name) for name, field in FACETS.items()}
        self.date_lo = self._column(reader, "date_lo")
        self.date_hi = self._column(reader, "date_hi")
        self.year = np.where(self.date_lo > 0, self.date_lo // 10000, 0)
        self.ids = self._ids(reader)
        # Rank of each document's id in sorted order: a deterministic tie-breaker.
        order = np.argsort(np.array(self.ids, dtype=object), kind="stable")
        self.id_rank = np.empty(self.size, dtype=np.int64)
        self.id_rank[order] = np.arange(self.size)

    def _column(self, reader, field: str) -> np.ndarray:
        if reader.has_column(field):
            col = reader.column_reader(field)
            return np.fromiter((col[i] or 0 for i in range(self.size)), dtype=np.int64, count=self.size)
        return np.zeros(self.size, dtype=np.int64)

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
