"""Shared fixtures: a real Whoosh index of the bundled samples, and the real Flask app over it."""
from __future__ import annotations

from pathlib import Path

import pytest

from openapi_check import OpenAPIValidatingClient

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"


@pytest.fixture(scope="session")
def sample_index(tmp_path_factory) -> Path:
    """The bundled samples indexed once per test session (read-only for tests)."""
    from indexer.pipeline import index_paths
    index_dir = tmp_path_factory.mktemp("sample-index")
    summary = index_paths([SAMPLES], index_dir, rebuild=True, progress=False)
    assert summary.practices_indexed >= 40, summary.text()
    return index_dir


@pytest.fixture(scope="session")
def app(sample_index):
    from search_service.app import create_app
    app = create_app({"INDEX": str(sample_index)})
    app.test_client_class = OpenAPIValidatingClient
    return app


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def all_records(app) -> dict[str, dict]:
    """Every indexed record by id, read through the API's own detail endpoint."""
    client = app.test_client()
    body = client.get("/api/v1/search?per_page=100&sort=oldest").get_json()
    assert body["total"] <= 100
    return {hit["id"]: client.get(f"/api/v1/practices/{hit['id']}").get_json() for hit in body["hits"]}
