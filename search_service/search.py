"""``search()``: the one function behind the API, the CLI and the search page.

It takes validated parameters (see :mod:`search_service.schemas`) and returns the API
response body of design.md, so ``praktiki search --json`` and ``GET /api/v1/search``
print the same thing and the page renders the same data.
"""
from __future__ import annotations

import time
from dataclasses import replace

import numpy as np
from whoosh import query as wq
from whoosh.collectors import TimeLimit

from indexer.datebounds import date_bounds
from search_service.collectors import MaskedTimeLimitCollector
from search_service.facets import FACETS
from search_service.highlight import best_snippet
from search_service.labels import display_value, label
from search_service.query import TEXT_FIELD_NAMES, parse_user_query
from search_service.scoring import Unsupported, query_scores
from search_service.snapshot import Snapshot

FEW_RESULTS = 3
PARSED_QUERIES = 2048   # parsed queries a snapshot keeps
MAX_SCORED_TERMS = 32   # leaf queries up to which scoring.py ranks (see _few_terms)
HIT_FIELDS = ("status", "programmes", "countries", "themes", "municipality", "date")


def _matched(snapshot: Snapshot, query, deadline: float) -> tuple[np.ndarray, bool]:
    """Boolean mask of documents matching ``query`` (all live documents when None)."""
    fx = snapshot.facets
    if query is None:
        return fx.live.copy(), False
    mask, partial = _query_mask(snapshot, query, deadline)
    return mask & fx.live, partial


def _query_mask(snapshot: Snapshot, query, deadline: float) -> tuple[np.ndarray, bool]:
    """The set of documents a query matches, built with numpy from cached term postings.

    Plain words parse to OR/AND trees of terms; walking Whoosh's matcher document by
    document in Python cost most of a request at 20k practices (issue 7). Set algebra on
    each term's document numbers gives the same set. Query types with positional or
    expanding logic (phrases, wildcards, fuzzy terms, ...) still go through their matcher.
    """
    size = snapshot.facets.size
    kind = type(query)
    if kind is wq.Term:
        mask = np.zeros(size, dtype=bool)
        mask[snapshot.term_ids(query.fieldname, query.text)] = True
        return mask, False
    if kind in (wq.Or, wq.DisjunctionMax) or (kind is wq.And and query.subqueries):
        if kind is wq.Or and getattr(query, "minmatch", 0) > 1:
            return _matcher_mask(snapshot, query, deadline)
        parts = [_query_mask(snapshot, sub, deadline) for sub in query.subqueries]
        if not parts:
            return np.zeros(size, dtype=bool), False
        mask = parts[0][0].copy()
        for part, _ in parts[1:]:
            if kind is wq.And:
                mask &= part
            else:
                mask |= part
        return mask, any(p for _, p in parts)
    if kind in (wq.AndNot, wq.Require, wq.AndMaybe):
        a, partial_a = _query_mask(snapshot, query.a, deadline)
        if kind is wq.AndMaybe:
            return a, partial_a
        b, partial_b = _query_mask(snapshot, query.b, deadline)
        return (a & ~b if kind is wq.AndNot else a & b), partial_a or partial_b
    if kind is wq.Not:
        inner, partial = _query_mask(snapshot, query.query, deadline)
        return ~inner, partial
    return _matcher_mask(snapshot, query, deadline)


def _matcher_mask(snapshot: Snapshot, query, deadline: float) -> tuple[np.ndarray, bool]:
    """Match set of a query by walking its matcher; complete sets are cached per generation."""
    mask = np.zeros(snapshot.facets.size, dtype=bool)
    key = ("matches", repr(query))
    cached = snapshot.postings_cache.get(key)
    if cached is not None:
        mask[cached] = True
        return mask, False
    matcher = query.matcher(snapshot.searcher)
    ids, partial = [], False
    while matcher.is_active():
        ids.append(matcher.id())
        if len(ids) % 2048 == 0 and time.monotonic() > deadline:
            partial = True
            break
        matcher.next()
    if ids:
        mask[np.asarray(ids, dtype=np.int64)] = True
    if not partial:
        snapshot.postings_cache.put(key, np.asarray(ids, dtype=np.int32))
    return mask, partial


def _ranked(snapshot: Snapshot, query, final: np.ndarray, filtered: bool, need: int,
            sort: str, timelimit: float) -> tuple[list[tuple[int, float | None]], bool]:
    fx = snapshot.facets
    if sort == "relevance" and query is not None and (filtered or _few_terms(query)):
        return _ranked_within(snapshot, query, final, need, timelimit)
    if sort == "relevance" and query is not None:
        collector = snapshot.searcher.collector(limit=need)
        tlc = MaskedTimeLimitCollector(collector, max(timelimit, 0.05), final if filtered else None)
        partial = False
        try:
            snapshot.searcher.search_with_collector(query, tlc)
        except TimeLimit:
            partial = True
        results = tlc.results()
        # Deterministic ties: equal scores ordered by id, whatever the segment order.
        pairs = sorted(((hit.docnum, float(hit.score or 0.0)) for hit in results[:need]),
                       key=lambda p: (-round(p[1], 6), fx.id_rank[p[0]]))
        return pairs, partial
    docs = np.flatnonzero(final)
    undated = fx.date_lo[docs] == 0
    if sort == "oldest":
        order = np.lexsort((fx.id_rank[docs], fx.date_lo[docs], undated))
    else:  # newest, and relevance without words: newest first is the useful browse order
        order = np.lexsort((fx.id_rank[docs], -fx.date_hi[docs], undated))
    return [(int(d), None) for d in docs[order][:need]], False


def _ranked_within(snapshot: Snapshot, query, final: np.ndarray, need: int,
                   timelimit: float) -> tuple[list[tuple[int, float | None]], bool]:
    """Top ``need`` of the filtered set, scoring only its documents (ties: score, then id).

    Whoosh's collector walks every match of the words and drops the filtered-out ones
    after scoring; with facet filters most matches are dropped. Here only the filtered
    documents are scored: with numpy from cached per-term scores (search_service.scoring),
    or, for query types it leaves alone, by moving Whoosh's matcher with ``skip_to`` to
    each of them. Same scores either way (issue 7).
    """
    fx = snapshot.facets
    docs = np.flatnonzero(final)
    if not _few_terms(query):
        return _ranked_by_matcher(snapshot, query, final, need, timelimit)
    try:
        scores, matched, _, _ = query_scores(snapshot, query, docs, snapshot.searcher.context())
    except Unsupported:
        return _ranked_by_matcher(snapshot, query, final, need, timelimit)
    docs, scores = docs[matched], scores[matched]
    order = np.lexsort((fx.id_rank[docs], -np.round(scores, 6)))[:need]
    return [(int(docs[i]), float(scores[i])) for i in order], False


def _few_terms(query) -> bool:
    """Whether per-term scores are worth computing: a term new to the cache costs a pass
    over its postings without a deadline, so long expanded queries keep the time-limited
    Whoosh paths."""
    return sum(1 for _ in query.leaves()) <= MAX_SCORED_TERMS


def _ranked_by_matcher(snapshot: Snapshot, query, final: np.ndarray, need: int,
                       timelimit: float) -> tuple[list[tuple[int, float | None]], bool]:
    """As :func:`_ranked_within`, for query types scoring.py leaves to Whoosh's matcher."""
    fx = snapshot.facets
    deadline = time.monotonic() + max(timelimit, 0.05)
    matcher = query.matcher(snapshot.searcher, snapshot.searcher.context())
    pairs, partial = [], False
    for n, doc in enumerate(np.flatnonzero(final).tolist()):
        if not matcher.is_active():
            break
        if matcher.id() < doc:
            matcher.skip_to(doc)
            if not matcher.is_active():
                break
        if matcher.id() == doc:
            pairs.append((doc, float(matcher.score() or 0.0)))
        if n % 256 == 255 and time.monotonic() > deadline:
            partial = True
            break
    pairs.sort(key=lambda p: (-round(p[1], 6), fx.id_rank[p[0]]))
    return pairs[:need], partial


def make_hit(record: dict, snippet: str, score: float | None) -> dict:
    hit = {"id": record["id"], "title": record["title"], "snippet": snippet}
    hit.update({name: record.get(name) for name in HIT_FIELDS})
    hit["score"] = round(score, 4) if score is not None else None
    return hit


def similar(snapshot: Snapshot, doc_id: str, limit: int = 5) -> list[dict] | None:
    """More-like-this on the analysed text, the practice itself excluded; None if unknown."""
    docnum = snapshot.docnum_of.get(doc_id)
    if docnum is None:
        return None
    record = snapshot.record(docnum)
    text = " ".join([record.get("title") or "", record.get("body") or ""])
    results = snapshot.searcher.more_like(docnum, "body", text=text, top=limit, numterms=12)
    return [make_hit(snapshot.record(hit.docnum), best_snippet(snapshot.record(hit.docnum), set(),
                                                               snapshot.analyzer), float(hit.score or 0))
            for hit in results if hit.docnum != docnum][:limit]


def _facet_buckets(snapshot: Snapshot, name: str, counts: np.ndarray, selected: list[str],
                   lang: str) -> list[dict]:
    """Buckets of one facet, most frequent first, then by label (selected ones always shown).

    Labels and the label order of the values are computed once per generation and language
    (:func:`_value_labels`); a request builds buckets only for the values it counts.
    """
    fx = snapshot.facets.fields[name]
    chosen = {s.lower() for s in selected}
    shown, labels, lowered, by_label = _value_labels(snapshot, name, lang)
    # Values that are counted or selected, in label order (ties: index order, as a stable sort).
    if len(counts):
        keep = counts[by_label] > 0
        if chosen:
            keep |= np.fromiter((lowered[i] in chosen for i in by_label), dtype=bool, count=len(by_label))
        order = by_label[keep].tolist()
        values = counts.tolist()
    else:
        order = [i for i in by_label.tolist() if lowered[i] in chosen]
        values = [0] * len(fx.values)
    buckets = [{"value": shown[i], "label": labels[i], "count": values[i], "selected": lowered[i] in chosen}
               for i in order]
    known = {b["value"].lower() for b in buckets}
    if any(value.lower() not in known for value in selected):
        # A selected value no document holds: the general (rare) path.
        return _facet_buckets_reference(snapshot, name, counts, selected, lang)
    buckets.sort(key=lambda b: -b["count"])   # stable: label order kept among equal counts
    return buckets


def _facet_buckets_reference(snapshot: Snapshot, name: str, counts: np.ndarray, selected: list[str],
                             lang: str) -> list[dict]:
    """:func:`_facet_buckets` value by value (the definition; used when a selected value is unknown)."""
    fx = snapshot.facets.fields[name]
    chosen = {s.lower() for s in selected}
    buckets = []
    for i, value in enumerate(fx.values):
        count = int(counts[i]) if len(counts) else 0
        is_selected = value.lower() in chosen
        if count or is_selected:
            shown = display_value(name, value)
            buckets.append({"value": shown, "label": label(name, shown, lang),
                            "count": count, "selected": is_selected})
    # Selected values that no document holds still show, so a user can untick them.
    known = {b["value"].lower() for b in buckets}
    for value in selected:
        if value.lower() not in known:
            shown = display_value(name, value)
            buckets.append({"value": shown, "label": label(name, shown, lang), "count": 0, "selected": True})
            known.add(value.lower())
    buckets.sort(key=lambda b: (-b["count"], b["label"]))
    return buckets


def _value_labels(snapshot: Snapshot, name: str, lang: str):
    """(shown values, labels, lower-cased stored values, value indices in label order) of a facet."""
    key = (name, lang)
    found = snapshot.facet_labels.get(key)
    if found is None:
        values = snapshot.facets.fields[name].values
        shown = [display_value(name, v) for v in values]
        labels = [label(name, v, lang) for v in shown]
        by_label = np.array(sorted(range(len(values)), key=lambda i: labels[i]), dtype=np.int64)
        found = (shown, labels, [v.lower() for v in values], by_label)
        snapshot.facet_labels[key] = found
    return found


def _did_you_mean(snapshot: Snapshot, parsed, q: str, total: int, settings: dict) -> str | None:
    if total >= FEW_RESULTS or not parsed.words or parsed.interpreted:
        return None
    corrector = snapshot.suggester.corrector(snapshot.reader)
    body_field = snapshot.schema["body"]
    changed, words = False, []
    for word in parsed.words:
        lower = word.lower()
        known = any(snapshot.reader.doc_frequency("body", t) for t in body_field.process_text(lower, mode="query"))
        # Only words the index does not hold are corrected: a rare but real word is kept.
        if not known and len(lower) >= 4 and not any(ch.isdigit() for ch in lower):
            suggestion = corrector.suggest(lower, limit=1, maxdist=2, prefix=1)
            if suggestion and suggestion[0] != lower:
                words.append(suggestion[0])
                changed = True
                continue
        words.append(word)
    if not changed:
        return None
    candidate = " ".join(words)
    again = _parse(snapshot, candidate, settings)
    if again.query is None:
        return None
    mask, _ = _matched(snapshot, again.query, time.monotonic() + 0.2)
    return candidate if int(mask.sum()) > total else None


def _filters(fx, params: dict):
    """Selected values, one mask per facet (None: not filtered) and the date mask."""
    selected = {name: list(params.get(name) or []) for name in FACETS}
    masks = {name: fx.fields[name].mask(values, fx.size) for name, values in selected.items()}
    lo = date_bounds(params["date_from"])[0] if params.get("date_from") else None
    hi = date_bounds(params["date_to"])[1] if params.get("date_to") else None
    return selected, masks, fx.date_mask(lo, hi)


def _combine(matched: np.ndarray, masks: dict, date_mask, skip: str | None = None) -> np.ndarray:
    """The match set under every filter except ``skip``'s own (disjunctive counts)."""
    base = matched.copy()
    for name, mask in masks.items():
        if name != skip and mask is not None:
            base &= mask
    if skip != "year" and date_mask is not None:
        base &= date_mask
    return base


def _parse(snapshot: Snapshot, q: str, settings: dict):
    """The parsed query, kept per generation (bounded): parsing with the vocabulary bridges
    was half of a warm request (issue 7). Callers get their own copy of the lists."""
    key = (q, settings["MAX_CLAUSES"], settings["MIN_WILDCARD_PREFIX"])
    parsed = snapshot.parsed_queries.get(key)
    if parsed is None:
        parsed = parse_user_query(q, snapshot.schema, snapshot.reader,
                                  max_clauses=settings["MAX_CLAUSES"],
                                  min_wildcard_prefix=settings["MIN_WILDCARD_PREFIX"],
                                  cache=snapshot.query_cache)
        snapshot.parsed_queries[key] = parsed
        if len(snapshot.parsed_queries) > PARSED_QUERIES:
            snapshot.parsed_queries.pop(next(iter(snapshot.parsed_queries), None), None)
    return replace(parsed, warnings=list(parsed.warnings), interpreted=dict(parsed.interpreted),
                   words=list(parsed.words))


def _highlight_terms(snapshot: Snapshot, query) -> frozenset[str]:
    """The indexed text-field terms of a query (what snippets mark), kept per generation."""
    if query is None:
        return frozenset()
    key = repr(query)
    found = snapshot.highlight_terms.get(key)
    if found is None:
        found = frozenset(text.decode("utf-8") if isinstance(text, bytes) else text
                          for field, text in query.existing_terms(snapshot.reader, expand=True)
                          if field in TEXT_FIELD_NAMES)
        snapshot.highlight_terms[key] = found
        if len(snapshot.highlight_terms) > PARSED_QUERIES:
            snapshot.highlight_terms.pop(next(iter(snapshot.highlight_terms), None), None)
    return found


def search(snapshot: Snapshot, params: dict, settings: dict) -> dict:
    """Run one search; ``params`` are already validated by ``SearchArgsSchema``."""
    started = time.monotonic()
    deadline = started + settings["SEARCH_TIME_LIMIT"]
    q = params.get("q") or ""
    lang = params.get("lang") or "bg"
    page, per_page = params.get("page", 1), params.get("per_page", 10)
    sort = params.get("sort") or "relevance"
    fx = snapshot.facets

    parsed = _parse(snapshot, q, settings)
    matched, partial = _matched(snapshot, parsed.query, deadline)

    selected, masks, date_mask = _filters(fx, params)

    def combined(skip: str | None) -> np.ndarray:
        return _combine(matched, masks, date_mask, skip)

    final = combined(None)
    total = int(final.sum())
    facets = {name: _facet_buckets(snapshot, name, fx.fields[name].counts(combined(name)),
                                   selected[name], lang) for name in FACETS}
    facets["year"] = [{"value": str(y), "count": c} for y, c in fx.year_counts(combined("year"))]

    offset = (page - 1) * per_page
    filtered = any(m is not None for m in masks.values()) or date_mask is not None
    ranked, late = _ranked(snapshot, parsed.query, final, filtered, offset + per_page, sort,
                           deadline - time.monotonic())
    partial |= late
    terms = _highlight_terms(snapshot, parsed.query)
    hits = []
    for docnum, score in ranked[offset:offset + per_page]:
        record = snapshot.record(docnum)
        hits.append(make_hit(record, snapshot.snippet(docnum, record, terms), score))

    query_echo = {"q": q, "filters": {k: v for k, v in selected.items() if v}, "sort": sort,
                  "page": page, "per_page": per_page, "lang": lang,
                  "interpreted": parsed.interpreted_text(q), "warnings": parsed.warnings}
    for key in ("date_from", "date_to"):
        if params.get(key):
            query_echo["filters"][key] = params[key]
    return {"query": query_echo, "total": total, "hits": hits, "facets": facets,
            "did_you_mean": _did_you_mean(snapshot, parsed, q, total, settings),
            "partial": partial, "took_ms": round(1000 * (time.monotonic() - started), 1)}


def collection_facets(snapshot: Snapshot, lang: str = "bg") -> dict:
    """Collection-wide counts of every facet (``GET /api/v1/facets``)."""
    fx = snapshot.facets
    live = fx.live
    out = {name: _facet_buckets(snapshot, name, fx.fields[name].counts(live), [], lang) for name in FACETS}
    out["year"] = [{"value": str(y), "count": c} for y, c in fx.year_counts(live)]
    return {"total": int(live.sum()), "facets": out}


def matching_docnums(snapshot: Snapshot, params: dict, settings: dict) -> list[int]:
    """Every match of a search in result order, for export (no highlighting, no paging).

    Exports are allowed a longer time limit than interactive searches: they are rare and
    a truncated export would silently lose rows.
    """
    fx = snapshot.facets
    parsed = _parse(snapshot, params.get("q") or "", settings)
    matched, _ = _matched(snapshot, parsed.query, time.monotonic() + 30)
    _, masks, date_mask = _filters(fx, params)
    final = _combine(matched, masks, date_mask)
    ranked, _ = _ranked(snapshot, parsed.query, final, True, max(int(final.sum()), 1),
                        params.get("sort") or "relevance", 30.0)
    return [d for d, _ in ranked]
