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


class Unsupported(Exception):
    """The query holds a type whose scoring is left to Whoosh's matcher."""


def coordinated(score: np.ndarray, matching: np.ndarray, terms: int, scale: float) -> np.ndarray:
    """Whoosh's ``CoordMatcher`` adjustment (V-Twin's short-query ranking), vectorised."""
    if terms == 0 or terms == scale:
        return np.zeros_like(score)
    return (score + (matching - 1) / (terms - scale) ** 2) * ((terms - 1) / terms)


def term_scores(snapshot, term: wq.Term, context) -> tuple[np.ndarray, np.ndarray]:
    """(document numbers, scores) of every posting of ``term``, cached per snapshot."""
    key = ("scores", term.fieldname, term.text, term.boost)
    found = snapshot.postings_cache.get(key)
    if found is None:
        matcher = term.matcher(snapshot.searcher, context)
        ids, scores = [], []
        while matcher.is_active():
            ids.append(matcher.id())
            scores.append(matcher.score())
            matcher.next()
        found = (np.asarray(ids, dtype=np.int32), np.asarray(scores, dtype=np.float64))
        snapshot.postings_cache.put(key, found)
    return found


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
