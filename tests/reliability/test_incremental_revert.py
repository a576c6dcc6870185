"""Incremental runs against Whoosh's deleted-but-not-merged documents: a file changed back to
an earlier content is indexed again, and a removed file is a change once, not at every run."""
from __future__ import annotations

from indexer.pipeline import index_paths

PAGE = "Център за услуги в {town}\n\nОбщина {town} отвори център за услуги на едно гише.\n"


def _titles(index_dir) -> list[str]:
    from search_service.app import create_app
    body = create_app({"INDEX": str(index_dir)}).test_client().get("/api/v1/search").get_json()
    return [hit["title"] for hit in body["hits"]]


def test_a_file_changed_and_changed_back_is_indexed_with_its_current_content(tmp_path):
    src, index_dir = tmp_path / "src", tmp_path / "ix"
    src.mkdir()
    page = src / "a.txt"
    for n, town in enumerate(["Тестово", "Пробно", "Тестово", "Пробно"]):
        page.write_text(PAGE.format(town=town), encoding="utf-8")
        summary = index_paths([src], index_dir, progress=False)
        assert summary.practices_indexed == 1 and summary.published, (n, summary.text())
        assert _titles(index_dir) == [f"Център за услуги в {town}"], n
    again = index_paths([src], index_dir, progress=False)
    assert again.unchanged == 1 and not again.published


def test_a_removed_file_is_a_change_once_not_at_every_later_run(tmp_path):
    src, index_dir = tmp_path / "src", tmp_path / "ix"
    src.mkdir()
    for town in ("Тестово", "Пробно"):
        (src / f"{town}.txt").write_text(PAGE.format(town=town), encoding="utf-8")
    assert index_paths([src], index_dir, progress=False).published
    (src / "Пробно.txt").unlink()
    removed = index_paths([src], index_dir, progress=False)
    assert removed.deleted == 1 and removed.published
    # The deleted documents stay in the segment until a merge; that is no new change.
    for _ in range(2):
        later = index_paths([src], index_dir, progress=False)
        assert later.deleted == 0 and not later.published, later.text()
    assert _titles(index_dir) == ["Център за услуги в Тестово"]
