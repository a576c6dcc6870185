"""An incremental run commits what the files hold now, even when a file goes back to an
earlier content: the earlier version's deleted documents must not make it look indexed."""
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
