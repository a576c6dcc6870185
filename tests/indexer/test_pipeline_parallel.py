"""A rebuild large enough to read and extract in worker processes gives the same index.

The samples are copied under three folders (more files than ``PARALLEL_MIN_FILES``), so
the rebuild takes the worker-process path; every stored record must equal what the
sequential path (``practices_from_source`` in this process) makes of the same file.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from whoosh import index as whoosh_index

from indexer import pipeline, store
from indexer.records import practices_from_source
from indexer.sources import iter_files, read_source

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _stored_records(index_dir: Path) -> dict[str, dict]:
    ix = whoosh_index.open_dir(str(store.current_path(index_dir)))
    with ix.searcher() as searcher:
        return {f["id"]: json.loads(f["record"]) for f in searcher.all_stored_fields()}


def test_parallel_rebuild_stores_what_sequential_extraction_makes(tmp_path):
    corpus = tmp_path / "corpus"
    for copy in ("a", "b", "c"):
        shutil.copytree(SAMPLES, corpus / copy)
    files = [e for e in iter_files([corpus]) if not hasattr(e, "reason")]
    assert len(files) >= pipeline.PARALLEL_MIN_FILES
    assert pipeline._extraction_workers(len(files)) >= 1

    summary = pipeline.index_paths([corpus], tmp_path / "index", rebuild=True, progress=False)

    expected = {}
    for root, path in files:
        source = read_source(root, path, 20 * 2**20)
        for practice in practices_from_source(source):
            expected[practice.id] = json.loads(json.dumps(practice.to_dict(), ensure_ascii=False))
    stored = _stored_records(tmp_path / "index")
    assert summary.practices_indexed == len(expected) == len(stored)
    assert stored == expected
    assert summary.files_read == len(files)
