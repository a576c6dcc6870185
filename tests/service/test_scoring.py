"""The numpy BM25F scores equal Whoosh's matcher's, term by term (issue 7).

Ranking relies on this: a term's scores are computed from its raw postings and the
field-length column instead of Whoosh's per-posting scorer. Checked on the samples
index, and on an index with two segments and a deleted document (an incremental run).
"""
from __future__ import annotations

import shutil

import numpy as np
import pytest
from whoosh import query as wq

from conftest import SAMPLES
from search_service import scoring
from search_service.snapshot import Snapshot

FIELDS = ("title", "summary", "results", "body", "programmes", "themes", "countries")


def _assert_same_scores(snapshot: Snapshot) -> int:
    context = snapshot.searcher.context()
    checked = 0
    for field in FIELDS:
        if field not in snapshot.schema:
            continue
        for btext, _ in snapshot.reader.iter_field(field):
            text = btext.decode("utf-8")
            for boost in (1.0, 2.5):
                term = wq.Term(field, text, boost=boost)
                fast = scoring.numpy_term_scores(snapshot, term, context)
                assert fast is not None, (field, text)
                ids, scores = scoring.matcher_term_scores(snapshot, term, context)
                assert np.array_equal(fast[0], ids), (field, text)
                assert np.allclose(fast[1], scores, rtol=0, atol=1e-9), (field, text)
                checked += 1
    # A term the index does not hold, and a field it does not have.
    for term in (wq.Term("body", "несъществуващадума"), wq.Term("nosuchfield", "x")):
        fast = scoring.numpy_term_scores(snapshot, term, context)
        assert fast is None or len(fast[0]) == 0
    return checked


def test_numpy_scores_equal_whoosh_scores(sample_index):
    snapshot = Snapshot.open_current(sample_index)
    try:
        assert _assert_same_scores(snapshot) > 500
    finally:
        snapshot.close()


@pytest.fixture(scope="module")
def two_segment_index(tmp_path_factory):
    from indexer.pipeline import index_paths
    root = tmp_path_factory.mktemp("two-segments")
    corpus = root / "corpus"
    shutil.copytree(SAMPLES, corpus)
    index_dir = root / "index"
    index_paths([corpus], index_dir, rebuild=True, progress=False)
    def utf8(path):
        try:
            return path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            return None
    target = next(p for p in sorted((corpus / "flgr").glob("*.txt")) if utf8(p))
    target.write_text(utf8(target).replace("\n", " парк площад общината.\n", 1), encoding="utf-8")
    index_paths([corpus], index_dir, progress=False)
    return index_dir


def test_numpy_scores_equal_whoosh_scores_across_segments_and_deletions(two_segment_index):
    # Twice: the second snapshot finds every term's postings in the per-segment cache, as
    # the next generation after an update does.
    for _ in range(2):
        snapshot = Snapshot.open_current(two_segment_index)
        try:
            assert not snapshot.reader.is_atomic(), "the incremental run should add a segment"
            assert not snapshot.facets.live.all(), "the edited practice's old version should be deleted"
            assert _assert_same_scores(snapshot) > 500
        finally:
            snapshot.close()


def test_facet_buckets_equal_the_value_by_value_definition(sample_index):
    """The per-generation label order gives the same buckets as building them value by value."""
    import random

    from search_service.search import _facet_buckets, _facet_buckets_reference
    snapshot = Snapshot.open_current(sample_index)
    rng = random.Random(7)
    try:
        for name, fx in snapshot.facets.fields.items():
            for lang in ("bg", "en"):
                for _ in range(40):
                    counts = np.array([rng.choice([0, 0, 1, 2, 3, 7]) for _ in fx.values], dtype=np.int64)
                    selected = rng.sample(fx.values, min(len(fx.values), rng.choice([0, 1, 2])))
                    if rng.random() < 0.3:
                        selected = [v.upper() for v in selected] + (["unknown-value"] if rng.random() < 0.5 else [])
                    assert (_facet_buckets(snapshot, name, counts, selected, lang)
                            == _facet_buckets_reference(snapshot, name, counts, selected, lang)), (name, selected)
                    empty = np.zeros(0, np.int64)
                    assert (_facet_buckets(snapshot, name, empty, selected, lang)
                            == _facet_buckets_reference(snapshot, name, empty, selected, lang))
    finally:
        snapshot.close()


def test_snippet_fragments_equal_whoosh_context_fragmenter(sample_index):
    """highlight._context_fragments is ContextFragmenter over the chain's tokens, unchanged."""
    import random

    from whoosh import highlight as wh

    from search_service import highlight as hl
    snapshot = Snapshot.open_current(sample_index)
    memo = hl._memo(snapshot.analyzer)
    rng = random.Random(3)
    try:
        texts = []
        for docnum in range(snapshot.facets.size):
            record = snapshot.record(docnum)
            texts += [t for t in (record.get("sections") or {}).values() if t]
            texts.append(record.get("body") or "")
        texts.append("дълъг " * 7000 + "парк")   # past Whoosh's character limit
        checked = 0
        for text in texts:
            words = [term for m in hl.TOKEN_PATTERN.finditer(text) for term, _, _ in memo.terms(m.group())]
            for _ in range(3):
                terms = set(rng.sample(words, min(len(words), rng.choice([1, 2, 3, 6]))))
                fast = [(f.startchar, f.endchar, [(t.text, t.startchar, t.endchar) for t in f.matches])
                        for f in hl._context_fragments(text, terms, memo)]
                slow = [(f.startchar, f.endchar, [(t.text, t.startchar, t.endchar) for t in f.matches])
                        for f in hl._FRAGMENTER.fragment_tokens(text, hl._tokens(text, terms, memo))]
                assert fast == slow
                assert (hl._highlight(text, terms, memo, hl._FRAGMENTER, 2)
                        == hl._FORMATTER(text, wh.top_fragments(
                            hl._FRAGMENTER.fragment_tokens(text, hl._tokens(text, terms, memo)),
                            2, wh.BasicFragmentScorer(), wh.FIRST, 1)))
                checked += 1
        assert checked > 100
    finally:
        snapshot.close()


def _assert_same_snapshot_data(index_dir) -> None:
    from search_service.facets import FacetIndex
    from search_service.segments import segment_data, segments_of
    from search_service.suggest import Suggester
    snapshot = Snapshot.open_current(index_dir)
    try:
        reader = snapshot.reader
        segments = [(segment_data(r), offset) for r, offset in segments_of(reader)]
        fast, slow = FacetIndex(reader, segments), FacetIndex(reader)
        assert fast.ids == slow.ids
        for name in ("live", "date_lo", "date_hi", "year", "id_rank"):
            assert np.array_equal(getattr(fast, name), getattr(slow, name)), name
        for name, field in slow.fields.items():
            other = fast.fields[name]
            assert other.values == field.values and other.index_of == field.index_of, name
            assert all(np.array_equal(a, b) for a, b in zip(other.docs_of, field.docs_of)), name
            assert np.array_equal(other.pair_docs, field.pair_docs) and np.array_equal(other.pair_vals, field.pair_vals)
        a, b = Suggester(reader, slow, segments), Suggester(reader, slow)
        assert (a.titles, a.words, a.freq) == (b.titles, b.words, b.freq)
        assert a.titles and a.words
    finally:
        snapshot.close()


def test_per_segment_snapshot_data_equals_reading_the_whole_index(sample_index, two_segment_index):
    _assert_same_snapshot_data(sample_index)
    _assert_same_snapshot_data(two_segment_index)


def test_fast_dump_equals_marshmallow_dump(app):
    """The search endpoint's compiled dump gives what SearchResponseSchema().dump gives."""
    import json
    import random

    from search_service import schemas
    from search_service.engine import get_engine
    from search_service.search import search
    rng = random.Random(5)
    words = ["парк", "общината", "park", "младежи", "енергия", "xyzzy", "\"градски парк\"", "бюджет*",
             "title:парк", "NOT парк", "(парк OR площад) AND общината", ""]
    with app.test_request_context():
        snapshot = get_engine().snapshot
        settings = app.config["PRAKTIKI"]
        statuses = snapshot.facets.fields["status"].values
        for _ in range(60):
            params = {"q": rng.choice(words), "page": rng.choice([1, 1, 2]), "per_page": rng.choice([5, 10, 50]),
                      "sort": rng.choice(["relevance", "newest", "oldest"]), "lang": rng.choice(["bg", "en"]),
                      "status": rng.sample(statuses, rng.choice([0, 1])) + (["applied"] if rng.random() < .2 else []),
                      "programme": [], "country": [], "theme": [], "municipality": []}
            body = search(snapshot, params, settings)
            body["links"] = {"self": "/x", "first": "/x", "last": "/y", "prev": None, "next": "/z"}
            fast = schemas.fast_dump(schemas.SearchResponseSchema, body)
            assert fast == schemas.SearchResponseSchema().dump(body)
            assert json.dumps(fast, sort_keys=True) == json.dumps(schemas.SearchResponseSchema().dump(body),
                                                                  sort_keys=True)
    # Types are converted as marshmallow converts them; missing keys are left out.
    odd = {"query": {"q": 5, "filters": {1: ["a"]}, "page": "2", "warnings": ("w",)}, "total": "3",
           "hits": [{"id": 1, "title": None, "snippet": "s", "score": "1.5", "programmes": ("p",)}],
           "facets": {"status": [{"value": "a", "label": "b", "count": 1.0, "selected": 1}]},
           "partial": 0, "took_ms": 2}
    assert (json.dumps(schemas.fast_dump(schemas.SearchResponseSchema, odd), sort_keys=True)
            == json.dumps(schemas.SearchResponseSchema().dump(odd), sort_keys=True))
