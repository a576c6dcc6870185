"""The OpenAPI document: valid, complete, and actually enforced on the suite's responses."""
from __future__ import annotations

import json

import pytest
from openapi_spec_validator import validate

from openapi_check import validate_against_openapi

ENDPOINTS = ["/api/v1/search", "/api/v1/practices/{doc_id}", "/api/v1/practices/{doc_id}/similar",
             "/api/v1/suggest", "/api/v1/facets", "/api/v1/export", "/api/v1/analyze"]


def test_openapi_document_is_valid_and_lists_every_endpoint(client):
    spec = client.get("/api/v1/openapi.json").get_json()
    validate(spec)
    assert set(ENDPOINTS) <= set(spec["paths"])
    params = {p["name"] for p in spec["paths"]["/api/v1/search"]["get"]["parameters"]}
    assert {"q", "status", "programme", "country", "theme", "municipality", "date_from", "date_to",
            "lang", "sort", "page", "per_page"} <= params
    assert "400" in spec["paths"]["/api/v1/search"]["get"]["responses"]


def test_the_suite_validator_rejects_a_response_that_breaks_the_schema(app):
    client = app.test_client()
    response = client.get("/api/v1/search?q=община")
    body = response.get_json()
    body["total"] = "many"
    response.set_data(json.dumps(body))
    with pytest.raises(Exception):
        validate_against_openapi(app, response.request, response, "/api/v1/search")


def test_docs_page_is_served_from_local_files(client):
    page = client.get("/api/docs/")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "http" not in html.replace("http-equiv", ""), "no CDN: every asset comes from this server"
    assert client.get("/api/docs/ui/swagger-ui-bundle.js").status_code == 200
