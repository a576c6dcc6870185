"""A rebuild written by two processes, one segment each, is the index one process writes.

``indexer/partitioned.py`` against the sequential path (``PRAKTIKI_INDEX_WORKERS=-1``)
on the samples copied three times, with files that fail (undecodable, too large, a bad
JSONL line, a symlink loop) and ids given by several files (the samples' JSON records
under each copy, and forty small JSONL files sharing an id), spread over the walk so
both children read some of them: the summary, the report, the file signatures, every
stored document, every term's postings (by id, summed over segments), the length and
spelling statistics and the service's answers (hits, scores, facets) must be equal.
"""
from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path

import pytest
from whoosh import index as whoosh_index

from config.settings import load_settings
from indexer import partitioned, pipeline, store
from search_service.search import search
from search_service.snapshot import Snapshot
from search_service.suggest import SpellingWords

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("partitioned") / "corpus"
    for copy in ("a", "b", "c"):
        shutil.copytree(SAMPLES, root / copy)
    for n in range(40):   # the same id from files all over the walk, each with one of its own
        folder = root / "abc"[n % 3] / ("flgr", "news", "projects", "registry")[n % 4]
        lines = [{"id": "shared/duplicate", "title": f"Споделен номер {n}",
                  "text": f"Община Габрово, практика номер {n} със споделен идентификатор."},
                 {"id": f"own/{n}", "title": f"Собствена практика {n}",
                  "text": f"Община Русе въведе услуга {n} за гражданите."}]
        (folder / f"dup-{n:02d}.jsonl").write_text(
            "\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n", encoding="utf-8")
    (root / "a" / "news" / "broken.txt").write_bytes(bytes(range(256)) * 8)
    (root / "b" / "flgr" / "huge.txt").write_text("Община Видин. " * 20_000, encoding="utf-8")
    (root / "b" / "registry" / "bad-line.jsonl").write_text(
        '{"id": "bad/ok", "title": "Добър ред", "text": "Община Плевен."}\n{not json\n', encoding="utf-8")
    (root / "c" / "projects" / "empty.txt").write_bytes(b"")
    os.symlink("..", root / "c" / "news" / "loop")
    # Signatures are recorded only for files older than RECENT_SECONDS: make them old.
    for folder, _, names in os.walk(root):
        for name in names:
            os.utime(Path(folder) / name, (1_600_000_000, 1_600_000_000))
    return root


def _rebuild(corpus: Path, index_dir: Path, workers: int, monkeypatch) -> tuple[dict, str, dict]:
    report = io.StringIO()
    with monkeypatch.context() as m:
        m.setattr(partitioned, "CHUNK", 1)    # the files spread over both children
        m.setattr(pipeline, "RECENT_SECONDS", -1e9)   # ctime is now: record signatures anyway
        summary = pipeline.index_paths([corpus], index_dir, rebuild=True, progress=False, report=report,
                                       settings={"INDEX_WORKERS": workers, "MAX_FILE_MB": 0.1})
    assert summary.published
    out = summary.as_dict()
    out.pop("generation")
    stats = json.loads((store.current_path(index_dir) / pipeline.FILE_STATS).read_text(encoding="utf-8"))
    return out, report.getvalue(), stats


def _index_contents(index_dir: Path) -> dict:
    """Everything a reader can tell of the index, with documents named by id, not number."""
    ix = whoosh_index.open_dir(str(store.current_path(index_dir)))
    with ix.reader() as reader:
        assert not reader.has_deletions()
        ids = {n: fields["id"] for n, fields in reader.iter_docs()}
        stored = {ids[n]: fields for n, fields in reader.iter_docs()}
        postings, lengths = {}, {}
        for fieldname in sorted(reader.indexed_field_names()):
            for term in reader.lexicon(fieldname):
                info = reader.term_info(fieldname, term)
                matcher = reader.postings(fieldname, term)
                rows = []
                while matcher.is_active():
                    rows.append((ids[matcher.id()], matcher.value()))
                    matcher.next()
                postings[(fieldname, term)] = (sorted(rows), reader.doc_frequency(fieldname, term),
                                               reader.frequency(fieldname, term), info.min_length(),
                                               info.max_length(), info.max_weight())
            if reader.schema[fieldname].scorable:
                lengths[fieldname] = (reader.field_length(fieldname), reader.min_field_length(fieldname),
                                      reader.max_field_length(fieldname),
                                      sorted((ids[n], reader.doc_field_length(n, fieldname)) for n in ids))
        spelling = SpellingWords.of_reader(reader).fields
        segments = len(reader.leaf_readers())
    ix.close()
    return {"stored": stored, "postings": postings, "lengths": lengths, "spelling": spelling,
            "segments": segments, "documents": len(ids)}


def _answers(index_dir: Path) -> list:
    settings = load_settings()
    snapshot = Snapshot(index_dir, store.current_generation(index_dir))
    out = []
    for q in ("", "община", "услуга гражданите", "споделен", "парк OR енергия", "граждни"):
        for filters in ({}, {"status": ["completed"]}, {"theme": ["governance"], "country": ["NO"]}):
            params = {"q": q, "page": 1, "per_page": 100, "sort": "relevance", "lang": "bg",
                      "programme": [], "country": [], "theme": [], "municipality": [], "status": []}
            params.update(filters)
            body = search(snapshot, params, settings)
            body.pop("took_ms")
            for hit in body["hits"]:
                hit["score"] = round(hit["score"], 6) if hit["score"] is not None else None
            out.append(body)
    return out


def test_two_process_rebuild_equals_one_process_rebuild(corpus, tmp_path, monkeypatch):
    files = [e for e in pipeline.iter_files([corpus]) if not hasattr(e, "reason")]
    assert len(files) >= pipeline.PARALLEL_MIN_FILES
    one_dir, two_dir = tmp_path / "one", tmp_path / "two"
    one = _rebuild(corpus, one_dir, -1, monkeypatch)
    two = _rebuild(corpus, two_dir, 2, monkeypatch)

    summary, report, stats = one
    reasons = [f["reason"] for f in summary["failed"]]
    assert sum("duplicate id 'shared/duplicate'" in r for r in reasons) == 39
    assert any("duplicate id 'registry/" in r for r in reasons)
    assert any("symlink loop" in r for r in reasons)
    assert len(reasons) >= 39 + 4
    assert stats["files"], "signatures of the indexed files are recorded"
    assert two == one, "summary, report rows and file signatures"

    a, b = _index_contents(one_dir), _index_contents(two_dir)
    assert (a["segments"], b["segments"]) == (1, 2)
    assert a["documents"] == b["documents"] == summary["practices_indexed"]
    assert b["stored"] == a["stored"]
    assert b["postings"].keys() == a["postings"].keys()
    assert b["postings"] == a["postings"]
    assert b["lengths"] == a["lengths"]
    assert b["spelling"] == a["spelling"]
    assert _answers(two_dir) == _answers(one_dir)


def test_a_failing_child_publishes_nothing_and_names_the_error(corpus, tmp_path, monkeypatch):
    index_dir = tmp_path / "index"
    pipeline.index_paths([SAMPLES], index_dir, rebuild=True, progress=False)
    published = store.current_generation(index_dir)
    extract = pipeline._read_and_extract

    def fails(job):
        if job[1].name == "dup-17.jsonl":
            raise OSError(28, "No space left on device")
        return extract(job)

    monkeypatch.setattr(pipeline, "_read_and_extract", fails)
    with pytest.raises(pipeline.IndexWriteError, match="disk full while writing the new index generation"):
        pipeline.index_paths([corpus], index_dir, rebuild=True, progress=False, settings={"INDEX_WORKERS": 2})
    assert store.current_generation(index_dir) == published
    assert sorted(p.name for p in index_dir.iterdir() if p.name.startswith("gen-")) == [published]


def test_a_child_that_dies_publishes_nothing(corpus, tmp_path, monkeypatch):
    index_dir = tmp_path / "index"
    extract = pipeline._read_and_extract

    def dies(job):
        if job[1].name == "dup-23.jsonl":
            os._exit(3)
        return extract(job)

    monkeypatch.setattr(pipeline, "_read_and_extract", dies)
    with pytest.raises(pipeline.IndexWriteError, match=r"rebuild process \d ended unexpectedly \(exit code 3\)"):
        pipeline.index_paths([corpus], index_dir, rebuild=True, progress=False, settings={"INDEX_WORKERS": 2})
    assert store.current_generation(index_dir) is None
    assert not [p.name for p in index_dir.iterdir() if p.name.startswith("gen-")]
