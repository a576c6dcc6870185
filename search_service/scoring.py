"""Relevance scores of a filtered result set, computed with numpy from cached per-term scores.

Whoosh scores a document by walking a tree of matchers in Python, 20–40 µs a document
on this machine; with thousands of filtered matches at 20k practices that was most of a
faceted request (issue 7). A term's BM25F score for a document depends only on the
index generation, so each term's scores are computed once (by Whoosh's own matcher, so
they are Whoosh's numbers) and kept per snapshot; a request then combines them for its
documents the way Whoosh's matchers do:

- ``Or`` / ``And``: the sum of the matching children's scores, times the query's boost;
  an ``Or`` with a ``scale`` (the parser's OrGroup) then applies Whoosh's coordination
  formula (``CoordMatcher``: the number of the tree's terms matching the document);
- ``ConstantScoreQuery``: its constant for every document its child matches;
- a compound query with one child is that child, as in ``CompoundQuery.matcher``.

Any other query type (phrases, wildcards, fuzzy terms, NOT, ...) raises
:class:`Unsupported` and the caller scores with Whoosh's matcher instead.

>>> import numpy as np
>>> coordinated(np.array([2.0]), np.array([1]), terms=2, scale=0.9)
array([1.])
"""
from __future__ import annotations

import numpy as np
from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.matching import ListMatcher
from whoosh.scoring import BM25F
from whoosh.util.numeric import byte_to_length


class Unsupported(Exception):
    """The query holds a type whose scoring is left to Whoosh's matcher."""


def coordinated(score: np.ndarray, matching: np.ndarray, terms: int, scale: float) -> np.ndarray:
    """Whoosh's ``CoordMatcher`` adjustment (V-Twin's short-query ranking), vectorised."""
    if terms == 0 or terms == scale:
        return np.zeros_like(score)
    return (score + (matching - 1) / (terms - scale) ** 2) * ((terms - 1) / terms)


def term_scores(snapshot, term: wq.Term, context) -> tuple[np.ndarray, np.ndarray]:
    """(document numbers, scores) of every live posting of ``term``, cached per snapshot.

    Computed with numpy from the term's raw postings (document numbers and weights, read
    a block at a time) and the field-length column (:func:`field_lengths`), by the
    formula of Whoosh's ``BM25FScorer``: the same numbers as its matcher gives, without
    a Python call per posting (a word new to a generation cost 90–240 ms at 20k practices
    that way). Weighting models, fields or codecs this does not know go through Whoosh's
    matcher (:func:`matcher_term_scores`).
    """
    key = ("scores", term.fieldname, term.text, term.boost)
    found = snapshot.postings_cache.get(key)
    if found is None:
        found = numpy_term_scores(snapshot, term, context)
        if found is None:
            found = matcher_term_scores(snapshot, term, context)
        snapshot.postings_cache.put(key, found)
    return found


def matcher_term_scores(snapshot, term: wq.Term, context) -> tuple[np.ndarray, np.ndarray]:
    """Whoosh's own scores of ``term``, posting by posting (the reference for the numpy path)."""
    matcher = term.matcher(snapshot.searcher, context)
    ids, scores = [], []
    while matcher.is_active():
        ids.append(matcher.id())
        scores.append(matcher.score())
        matcher.next()
    return np.asarray(ids, dtype=np.int32), np.asarray(scores, dtype=np.float64)


_LENGTH_OF_BYTE = np.array([byte_to_length(b) for b in range(256)], dtype=np.float64)


def field_lengths(segment_reader, field: str) -> np.ndarray | None:
    """Every document's (byte-encoded, then decoded) length of ``field`` in one segment.

    What Whoosh's ``doc_field_length`` returns document by document, as one array; kept per
    segment (segments are immutable, so later generations reuse it). None when the segment
    has no length column for the field.
    """
    segment = segment_reader.segment()
    key = ("lengths", segment.segment_id() if segment is not None else id(segment_reader), field)
    found = _SEGMENT_ARRAYS.get(key)
    if found is not None:
        return found
    perdoc = segment_reader._perdoc
    column = perdoc._cached_reader(_lenfield(field), LENGTHS_COLUMN)
    if column is None:
        return None
    count = min(column._count, column._doccount)
    raw = np.frombuffer(column._dbfile.get(column._basepos, count), dtype=np.uint8)
    lengths = np.zeros(column._doccount + 1, dtype=np.float64)
    lengths[:count] = _LENGTH_OF_BYTE[raw]
    _SEGMENT_ARRAYS.put(key, lengths)
    return lengths


def segment_postings(segment_reader, field: str, btext: bytes) -> tuple[np.ndarray, np.ndarray] | None:
    """(document numbers, weights) of a term's postings in one segment, deleted ones included.

    Reads the posting blocks of Whoosh's W3 codec directly (ids delta-decoded with
    numpy); None for any other matcher type.
    """
    matcher = segment_reader._terms.matcher(field, btext, segment_reader.schema[field].format)
    if isinstance(matcher, W3LeafMatcher):
        ids, weights = [], []
        while matcher.is_active():
            if matcher._data is None:
                matcher._read_data()
            if matcher._byteids:
                return None
            ids.append(np.cumsum(np.asarray(matcher._data[0], dtype=np.int64)))
            matcher._read_weights()
            weights.append(np.asarray(matcher._weights, dtype=np.float64))
            matcher._next_block()
        if not ids:
            return np.zeros(0, np.int64), np.zeros(0)
        return np.concatenate(ids), np.concatenate(weights)
    if isinstance(matcher, ListMatcher):
        ids, weights = [], []
        while matcher.is_active():
            ids.append(matcher.id())
            weights.append(matcher.weight())
            matcher.next()
        return np.asarray(ids, dtype=np.int64), np.asarray(weights, dtype=np.float64)
    return None


def cached_segment_postings(segment_reader, segment_key, field: str, btext: bytes):
    """:func:`segment_postings` as (int32 ids, float32 weights), kept per worker process by
    segment: a segment never changes, so the generation after an incremental update (which
    adds a segment) finds the postings of every word already read; only the scores, which
    depend on the generation's statistics, are computed again (with numpy)."""
    key = (segment_key, field, btext)
    found = _SEGMENT_POSTINGS.get(key) if segment_key is not None else None
    if found is None:
        postings = segment_postings(segment_reader, field, btext)
        if postings is None:
            return None
        found = (postings[0].astype(np.int32), postings[1].astype(np.float32))
        if segment_key is not None:
            _SEGMENT_POSTINGS.put(key, found)
    return found


def raw_postings(snapshot, field: str, text) -> tuple[np.ndarray, np.ndarray] | None:
    """(document numbers, weights) of all of a term's postings, deleted documents included.

    The match set needs the numbers, the scores both. Read once per segment and worker
    (:func:`cached_segment_postings`); a single-segment snapshot uses those arrays as they
    are, a multi-segment one keeps their concatenation. None when a segment's postings are
    not in a form :func:`segment_postings` reads.
    """
    key = ("raw", field, text)
    found = snapshot.postings_cache.get(key)
    if found is not None:
        return found
    schema = snapshot.schema
    empty = (np.zeros(0, np.int32), np.zeros(0, np.float32))
    if field not in schema:
        return empty
    try:
        btext = schema[field].to_bytes(text)
    except ValueError:
        return empty
    segments = snapshot.segments
    if len(segments) == 1 and segments[0][1] == 0:
        segment_reader, _, segment_key = segments[0]
        found = _SEGMENT_POSTINGS.get((segment_key, field, btext)) if segment_key is not None else None
        if found is not None:
            return found
        if (field, btext) not in segment_reader:
            snapshot.postings_cache.put(key, empty)
            return empty
        return cached_segment_postings(segment_reader, segment_key, field, btext)
    ids, weights = [], []
    for segment_reader, offset, segment_key in segments:
        if (field, btext) not in segment_reader:
            continue
        postings = cached_segment_postings(segment_reader, segment_key, field, btext)
        if postings is None:
            return None
        ids.append(postings[0] + np.int32(offset))
        weights.append(postings[1])
    found = (np.concatenate(ids), np.concatenate(weights)) if ids else empty
    snapshot.postings_cache.put(key, found)
    return found


def snapshot_lengths(snapshot, field: str) -> np.ndarray | None:
    """Field lengths of every document of the snapshot (global document numbers)."""
    key = ("lengths", field)
    found = snapshot.postings_cache.get(key)
    if found is None:
        parts = []
        for segment_reader, _, _ in snapshot.segments:
            lengths = field_lengths(segment_reader, field)
            if lengths is None:
                return None
            parts.append(lengths[:segment_reader.doc_count_all()])
        found = np.concatenate(parts) if parts else np.zeros(0)
        snapshot.postings_cache.put(key, found)
    return found


def numpy_term_scores(snapshot, term: wq.Term, context) -> tuple[np.ndarray, np.ndarray] | None:
    """As :func:`matcher_term_scores`, with numpy; None when the case is not covered here."""
    searcher = snapshot.searcher
    weighting = context.weighting if context is not None else searcher.weighting
    field = term.fieldname
    if type(weighting) is not BM25F or term.minquality or field not in searcher.schema:
        return None
    raw = raw_postings(snapshot, field, term.text)
    if raw is None:
        return None
    ids, weights = raw
    if not len(ids):
        return np.zeros(0, np.int32), np.zeros(0)
    keep = snapshot.facets.live[ids]   # Whoosh's matcher skips deleted documents
    if keep.all():
        weights = weights.astype(np.float64)   # ids shared with the raw postings
    else:
        ids, weights = ids[keep], weights[keep].astype(np.float64)
    if searcher.schema[field].scorable:
        lengths = snapshot_lengths(snapshot, field)
        fl = np.ones(len(ids)) if lengths is None else lengths[ids]
        btext = searcher.schema[field].to_bytes(term.text)
        idf = searcher.idf(field, btext)
        avgfl = searcher.avg_field_length(field) or 1
        B, K1 = weighting._field_B.get(field, weighting.B), weighting.K1
        # whoosh.scoring.bm25: the same operations in the same order, so the same floats
        scores = idf * ((weights * (K1 + 1)) / (weights + K1 * ((1 - B) + B * fl / avgfl)))
    else:
        scores = weights   # WeightScorer
    if term.boost != 1.0:
        scores = scores * term.boost
    return ids, scores


def query_scores(snapshot, query, docs: np.ndarray, context):
    """Scores over ``docs`` (sorted document numbers) and which of them the query matches.

    Returns ``(scores, matched, matching_terms, terms)``; raises :class:`Unsupported`.
    """
    kind, n = type(query), len(docs)
    if kind is wq.Term:
        ids, scores = term_scores(snapshot, query, context)
        if not len(ids):
            return np.zeros(n), np.zeros(n, bool), np.zeros(n, np.int64), 0
        at = np.minimum(np.searchsorted(ids, docs), len(ids) - 1)
        matched = ids[at] == docs
        return np.where(matched, scores[at], 0.0), matched, matched.astype(np.int64), 1
    if kind is wq.ConstantScoreQuery:
        scores, matched, matching, terms = query_scores(snapshot, query.child, docs, context)
        return (np.where(matched, query.score, 0.0) if terms else scores), matched, matching, terms
    if kind in (wq.Or, wq.And):
        subs = query.subqueries
        if not subs:
            return np.zeros(n), np.zeros(n, bool), np.zeros(n, np.int64), 0
        if len(subs) == 1:
            return query_scores(snapshot, subs[0], docs, context)
        total, matching, terms = np.zeros(n), np.zeros(n, np.int64), 0
        matched = np.zeros(n, bool) if kind is wq.Or else np.ones(n, bool)
        for sub in subs:
            s, m, c, t = query_scores(snapshot, sub, docs, context)
            total += s
            matching += c
            terms += t
            matched = (matched | m) if kind is wq.Or else (matched & m)
        if query.boost != 1.0:
            total = total * query.boost
        if kind is wq.Or and query.scale and terms:
            total = coordinated(total, matching, terms, query.scale)
        return np.where(matched, total, 0.0), matched, matching, terms
    raise Unsupported(kind.__name__)


class PostingsCache:
    """LRU of per-term numpy arrays with a byte budget (the server's RSS target is 300 MB)."""

    def __init__(self, budget_bytes: int):
        from collections import OrderedDict
        self.budget, self.used = budget_bytes, 0
        self.items: OrderedDict = OrderedDict()

    def get(self, key):
        found = self.items.get(key)
        if found is not None:
            self.items.move_to_end(key)
        return found

    def put(self, key, value) -> None:
        arrays = value if isinstance(value, tuple) else (value,)
        self.items[key] = value
        self.used += sum(a.nbytes for a in arrays)
        while self.used > self.budget and len(self.items) > 1:
            _, old = self.items.popitem(last=False)
            self.used -= sum(a.nbytes for a in (old if isinstance(old, tuple) else (old,)))


# Arrays that depend only on one immutable segment (field lengths, ...), shared by every
# generation a worker opens: a generation that only adds a segment reuses the old ones.
_SEGMENT_ARRAYS = PostingsCache(64 * 2**20)
SEGMENT_POSTINGS_BYTES = 16 * 2**20   # raw postings a worker keeps across generations (LRU) ...
SEGMENT_POSTINGS_PER_DOC = 800        # ... or this many bytes per indexed document, if more
_SEGMENT_POSTINGS = PostingsCache(SEGMENT_POSTINGS_BYTES)


def size_caches(documents: int) -> None:
    """Scale the per-segment postings budget with the index: a popular word's postings grow
    with the collection, and at 100k practices a fixed 16 MB thrashed (issue 7)."""
    _SEGMENT_POSTINGS.budget = max(_SEGMENT_POSTINGS.budget, SEGMENT_POSTINGS_BYTES,
                                   SEGMENT_POSTINGS_PER_DOC * documents)
