"""The index command end to end: real files, a real Whoosh index in a temporary folder."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer import store
from indexer.pipeline import index_paths
from search_service.app import create_app
from search_service.cli import main

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO.parent / "shared" / "seeds"
GOOD_PAGE = """Общински център за услуги на едно гише в Тестово

Предистория
Жителите на Община Тестово губеха време в обикаляне на различни гишета.

Практика
Общината създаде център за услуги на едно гише с електронна опашка.

Резултати
Времето за обслужване намаля наполовина.

Иноватор: Община Тестово
Дата на публикация: 18 март 2017
"""


def _search(index_dir: Path, **params) -> dict:
    client = create_app({"INDEX": str(index_dir)}).test_client()
    return client.get("/api/v1/search", query_string=params).get_json()


@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"the shared seed pages are not at {SEEDS}")
def test_cli_indexes_seeds_and_samples_and_api_finds_them_by_title_words(tmp_path):
    index_dir = tmp_path / "index"
    result = CliRunner().invoke(main, ["index", str(SEEDS), str(REPO / "samples"),
                                       "--index", str(index_dir), "--rebuild"])
    assert result.exit_code == 0, result.output
    assert "practices indexed:" in result.output and "failed: 0" in result.output
    # A title word of a bundled sample and of each seed page
    body = _search(index_dir, q="гише")
    assert body["total"] >= 1
    # Words of each seed page's title (the pages themselves are read from ../shared/seeds)
    for seed_id, words in (("flgr-practice-namrb-norway", "обмен иновации самоуправление"),
                           ("burgas-good-governance-project", "модели прозрачно управление Бургас")):
        body = _search(index_dir, q=words)
        assert body["hits"][0]["id"] == seed_id, (words, [h["id"] for h in body["hits"]])
        record = create_app({"INDEX": str(index_dir)}).test_client().get(f"/api/v1/practices/{seed_id}").get_json()
        assert record["title"] and "назад" not in record["title"]


def test_bad_files_are_named_with_reasons_and_good_ones_indexed(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.txt").write_text(GOOD_PAGE, encoding="utf-8")
    (src / "good-1251.txt").write_bytes(GOOD_PAGE.replace("Тестово", "Пробно").encode("cp1251"))
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (src / "broken.json").write_text('{"id": "x", "title": "Без край', encoding="utf-8")
    (src / "records.jsonl").write_text(
        json.dumps({"id": "rec-1", "title": "Запис едно", "text": "Община Тестово ремонтира училище."},
                   ensure_ascii=False) + "\n{not json}\n", encoding="utf-8")
    report = tmp_path / "report.jsonl"
    result = CliRunner().invoke(main, ["index", str(src), "--index", str(tmp_path / "ix"),
                                       "--report", str(report)])
    assert result.exit_code == 1, "a run with failures must say so in its exit status"
    out = result.output
    assert "FAILED" in out
    assert "empty.txt: empty file" in out
    assert "binary.txt" in out and "binary" in out.split("binary.txt", 1)[1].splitlines()[0]
    assert "broken.json: invalid JSON at line 1" in out
    assert "records.jsonl:2" in out and "line 2: invalid JSON" in out
    ids = {h["id"] for h in _search(tmp_path / "ix", per_page=50)["hits"]}
    assert ids == {"good", "good-1251", "rec-1"}
    rows = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert {r["id"] for r in rows if "id" in r} == ids
    assert {Path(r["path"]).name.split(":")[0] for r in rows if "error" in r} == {
        "empty.txt", "binary.txt", "broken.json", "records.jsonl"}


def test_incremental_run_skips_unchanged_replaces_changed_and_drops_removed(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(GOOD_PAGE, encoding="utf-8")
    (src / "b.txt").write_text(GOOD_PAGE.replace("гише", "прозорец"), encoding="utf-8")
    ix = tmp_path / "ix"
    first = index_paths([src], ix, progress=False)
    assert first.practices_indexed == 2 and first.published
    again = index_paths([src], ix, progress=False)
    assert again.unchanged == 2 and not again.published, "nothing changed: no new generation"
    (src / "a.txt").write_text(GOOD_PAGE.replace("гише", "прозорец").replace("Тестово", "Ново"), encoding="utf-8")
    (src / "b.txt").unlink()
    third = index_paths([src], ix, progress=False)
    assert third.practices_indexed == 1 and third.deleted == 1 and third.published
    body = _search(ix, q="прозорец")
    assert [h["id"] for h in body["hits"]] == ["a"]
    assert _search(ix)["total"] == 1


def test_published_generation_is_untouched_by_a_failed_run(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(GOOD_PAGE, encoding="utf-8")
    ix = tmp_path / "ix"
    index_paths([src], ix, progress=False)
    before = store.current_generation(ix)
    # A second run holding the lock makes this one give up cleanly.
    with store.index_lock(ix):
        result = CliRunner().invoke(main, ["index", str(src), "--index", str(ix), "--rebuild"])
    assert result.exit_code != 0 and "another index run" in result.output
    assert store.current_generation(ix) == before
    assert _search(ix, q="гише")["total"] == 1


def test_old_generations_are_pruned_to_the_setting(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(GOOD_PAGE, encoding="utf-8")
    ix = tmp_path / "ix"
    for _ in range(5):
        index_paths([src], ix, rebuild=True, progress=False, settings={"KEEP_GENERATIONS": 2})
    gens = [p for p in ix.iterdir() if p.name.startswith("gen-")]
    assert len(gens) == 2
    assert store.current_generation(ix) in {g.name for g in gens}


def test_a_file_that_becomes_unreadable_keeps_its_last_good_version(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(GOOD_PAGE, encoding="utf-8")
    ix = tmp_path / "ix"
    index_paths([src], ix, progress=False)
    (src / "a.txt").write_bytes(b"\x00\x01binary now")   # a broken save
    summary = index_paths([src], ix, progress=False)
    assert [f.path for f in summary.failed] == [str(src / "a.txt")]
    assert summary.deleted == 0
    assert _search(ix, q="гише")["total"] == 1


def test_json_records_are_registry_records_unless_they_say_otherwise(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    rows = [{"id": "r1", "title": "Запис", "text": "Община Тестово ремонтира училище."},
            {"id": "r2", "title": "Новина", "text": "Община Тестово откри парк.", "kind": "news"}]
    (src / "export.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    index_paths([src], tmp_path / "ix", progress=False)
    client = create_app({"INDEX": str(tmp_path / "ix")}).test_client()
    assert client.get("/api/v1/practices/r1").get_json()["kind"] == "registry"
    assert client.get("/api/v1/practices/r2").get_json()["kind"] == "news"
