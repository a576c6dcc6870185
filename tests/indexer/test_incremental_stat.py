"""Incremental runs skip files whose stat signature is the one recorded when they were indexed."""
from __future__ import annotations

import json
import os
import time

import pytest

import indexer.pipeline as pipeline
from indexer import store
from indexer.pipeline import FILE_STATS, index_paths

PAGE = "Център за услуги в {town}\n\nОбщина {town} отвори център за услуги на едно гише.\n"
OLD = time.time() - 3600


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    os.utime(path, (OLD, OLD))


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    # The files' ctime is now and cannot be set back: trust signatures up to 5 s ahead.
    monkeypatch.setattr(pipeline, "RECENT_SECONDS", -5.0)
    src = tmp_path / "src"
    src.mkdir()
    for town in ("Тестово", "Пробно"):
        _write(src / f"{town}.txt", PAGE.format(town=town))
    _write(src / "batch.jsonl", json.dumps({"id": "r1", "title": "Регистър", "text": "Община Тестово"},
                                           ensure_ascii=False) + "\n{broken\n")
    return src


def _no_reading(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("an unchanged file was read")
    monkeypatch.setattr(pipeline, "read_source", refuse)
    monkeypatch.setattr(pipeline, "_unchanged_text_file", refuse)


def test_unchanged_files_are_not_opened_and_their_record_problems_are_reported_again(corpus, tmp_path, monkeypatch):
    ix = tmp_path / "ix"
    first = index_paths([corpus], ix, progress=False)
    assert first.published and len(first.failed) == 1
    stats = json.loads((store.current_path(ix) / FILE_STATS).read_text(encoding="utf-8"))
    assert len(stats["files"]) == 3
    _no_reading(monkeypatch)
    again = index_paths([corpus], ix, progress=False)
    assert again.unchanged == 3 and not again.published
    assert [f.reason for f in again.failed] == [f.reason for f in first.failed]


def test_an_edit_that_keeps_size_and_mtime_is_still_seen(corpus, tmp_path):
    ix = tmp_path / "ix"
    index_paths([corpus], ix, progress=False)
    page = corpus / "Тестово.txt"
    size = page.stat().st_size
    _write(page, PAGE.format(town="Тестово").replace("отвори", "ОТВОРИ"))
    assert page.stat().st_size == size and page.stat().st_mtime == pytest.approx(OLD)
    summary = index_paths([corpus], ix, progress=False)
    assert summary.practices_indexed == 1 and summary.published


def test_a_touched_file_is_hashed_once_then_skipped(corpus, tmp_path, monkeypatch):
    ix = tmp_path / "ix"
    index_paths([corpus], ix, progress=False)
    os.utime(corpus / "Пробно.txt", (OLD + 60, OLD + 60))
    touched = index_paths([corpus], ix, progress=False)
    assert touched.unchanged == 3 and not touched.published
    _no_reading(monkeypatch)   # the published generation now holds the new signature
    assert index_paths([corpus], ix, progress=False).unchanged == 3


def test_recently_modified_files_are_hashed_until_their_mtime_is_old(tmp_path):
    src, ix = tmp_path / "src", tmp_path / "ix"
    src.mkdir()
    (src / "a.txt").write_text(PAGE.format(town="Тестово"), encoding="utf-8")
    index_paths([src], ix, progress=False)
    stats = json.loads((store.current_path(ix) / FILE_STATS).read_text(encoding="utf-8"))
    assert stats["files"] == {}


def test_verify_setting_hashes_every_file(corpus, tmp_path, monkeypatch):
    ix = tmp_path / "ix"
    index_paths([corpus], ix, progress=False)
    _no_reading(monkeypatch)
    with pytest.raises(AssertionError, match="unchanged file was read"):
        index_paths([corpus], ix, progress=False, settings={"INDEX_VERIFY": True})
