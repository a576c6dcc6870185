"""The indexer's fast paths write the same index as plain Whoosh would.

`PraktikiText` (one analysis pass for postings and spelling words) and the fused
`PraktikiAnalyzer` are compared with a schema of plain `fields.TEXT` fields over the
filter chain run as Whoosh's `CompositeAnalyzer`: every field's terms, and every
posting's document and encoded value (frequency, weight, positions), and each term's
length statistics (written from the dense length lists of `whoosh_patches`) must be equal.
"""
from __future__ import annotations

from pathlib import Path

from whoosh import fields
from whoosh import index as whoosh_index
from whoosh.analysis import CompositeAnalyzer

import indexer.pipeline
from analyzers.chain import _chain_items
from indexer import store
from indexer.pipeline import index_paths
from indexer.schema import PraktikiText, build_schema

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _plain_schema() -> fields.Schema:
    analyzer = CompositeAnalyzer(*_chain_items())
    plain = {}
    for name, field in build_schema().items():
        if name.startswith("spell_"):
            continue
        if isinstance(field, PraktikiText):
            field = fields.TEXT(analyzer=analyzer, field_boost=field.format.field_boost, phrase=True,
                                spelling=field.spelling, stored=False)
        plain[name] = field
    return fields.Schema(**plain)


def _dump(index_dir: Path) -> dict:
    ix = whoosh_index.open_dir(str(store.current_path(index_dir)))
    with ix.reader() as reader:
        out = {}
        for fieldname in sorted(reader.indexed_field_names()):
            for term in reader.lexicon(fieldname):
                info = reader.term_info(fieldname, term)
                out[(fieldname, term)] = (_all(reader, fieldname, term), info.min_length(),
                                          info.max_length(), info.max_weight())
        stored = [reader.stored_fields(n) for n in range(reader.doc_count_all())]
    ix.close()
    return {"postings": out, "stored": stored}


def _all(reader, fieldname, term) -> list:
    matcher = reader.postings(fieldname, term)
    rows = []
    while matcher.is_active():
        rows.append((matcher.id(), matcher.value()))
        matcher.next()
    return rows


def test_fast_schema_indexes_exactly_like_plain_whoosh(tmp_path, monkeypatch):
    fast_dir, plain_dir = tmp_path / "fast", tmp_path / "plain"
    # 1 MiB: the fast writer's posting pool spills several (chunked) runs and merges them.
    index_paths([SAMPLES], fast_dir, rebuild=True, progress=False, settings={"INDEX_LIMITMB": 1})
    monkeypatch.setattr(indexer.pipeline, "build_schema", _plain_schema)
    monkeypatch.setattr(indexer.pipeline.whoosh_patches, "fast_writer", lambda writer: writer)
    index_paths([SAMPLES], plain_dir, rebuild=True, progress=False)
    fast, plain = _dump(fast_dir), _dump(plain_dir)
    assert fast["stored"] == plain["stored"]
    assert fast["postings"].keys() == plain["postings"].keys()
    # Spelling words live in the segments' side files (tests/service/test_spelling_words.py).
    assert not any(field.startswith("spell_") for field, _ in fast["postings"])
    assert fast["postings"] == plain["postings"]


def test_stored_record_is_the_json_of_to_dict():
    from indexer.documents import _record
    from indexer.records import practices_from_source
    from indexer.sources import iter_files, read_source
    import json
    count = 0
    for root, path in iter_files([SAMPLES]):
        source = read_source(root, path, 20 * 2**20)
        for practice in practices_from_source(source):
            assert json.dumps(_record(practice), ensure_ascii=False) == \
                json.dumps(practice.to_dict(), ensure_ascii=False)
            count += 1
    assert count > 50


def _segment_files(index_dir: Path) -> dict[str, bytes]:
    """The generation's segment files by their name after the (random) segment id."""
    gen = store.current_path(index_dir)
    files = {}
    for path in gen.iterdir():
        if path.name.startswith("MAIN_") and path.name != "MAIN_WRITELOCK":
            files[path.name.split(".", 1)[1]] = path.read_bytes()
    return files


def test_term_pool_and_grouped_postings_write_the_same_files_as_whoosh(tmp_path, monkeypatch):
    """The fast writer (``whoosh_patches._TermPool``, ``_grouped_add_postings``) against
    plain Whoosh's writer on the samples six times (terms of several 128-posting blocks).

    Without spilled runs, the same bytes in every segment file. With runs (1 MiB pools),
    the same postings, values and statistics: the bytes may differ only where pickle
    shares equal values (a posting block pickles a value met twice as a reference when
    it is one object: the memoised one-position values are, until a run is pickled and
    read back, which the two pools do in different chunks).
    """
    import shutil
    corpus = tmp_path / "corpus"
    for copy in "abcdef":
        shutil.copytree(SAMPLES, corpus / copy)
    fast_writer = indexer.pipeline.whoosh_patches.fast_writer
    for limit in (256, 1):
        settings = {"INDEX_LIMITMB": limit, "INDEX_WORKERS": -1}
        monkeypatch.setattr(indexer.pipeline.whoosh_patches, "fast_writer", fast_writer)
        index_paths([corpus], tmp_path / f"fast{limit}", rebuild=True, progress=False, settings=settings)
        monkeypatch.setattr(indexer.pipeline.whoosh_patches, "fast_writer", lambda writer: writer)
        index_paths([corpus], tmp_path / f"whoosh{limit}", rebuild=True, progress=False, settings=settings)
    fast, whoosh = _segment_files(tmp_path / "fast256"), _segment_files(tmp_path / "whoosh256")
    assert "pst" in fast and "trm" in fast
    assert fast.keys() == whoosh.keys()
    for name in fast:
        assert fast[name] == whoosh[name], name
    spilled, whoosh_spilled = _dump(tmp_path / "fast1"), _dump(tmp_path / "whoosh1")
    assert spilled == whoosh_spilled == _dump(tmp_path / "whoosh256")
    with whoosh_index.open_dir(str(store.current_path(tmp_path / "fast256"))).reader() as reader:
        assert max(info.doc_frequency() for _, info in reader.iter_field("body")) > 128
