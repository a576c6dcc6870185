"""GET /api/v1/search on the bundled samples: filters, disjunctive counts, dates, paging, errors.

Expected id sets are computed from each practice's own record (read through the detail
endpoint), so these tests pin the filtering and counting semantics independently of how
well the extractors did; extraction accuracy has its own gold and benchmark.
"""
from __future__ import annotations

from itertools import combinations

import pytest

from indexer.datebounds import date_bounds

FACET_FIELD = {"status": "status", "programme": "programmes", "country": "countries",
               "theme": "themes", "municipality": "municipality"}


def _values(record: dict, facet: str) -> set[str]:
    value = record.get(FACET_FIELD[facet])
    if value is None:
        return set()
    return set(value) if isinstance(value, list) else {value}


def _ids(client, **params) -> set[str]:
    body = client.get("/api/v1/search", query_string={"per_page": 100, **params}).get_json()
    assert body["total"] == len(body["hits"]), "per_page=100 covers the whole sample"
    return {h["id"] for h in body["hits"]}


def _common_values(all_records, facet, n=2):
    counts: dict[str, int] = {}
    for record in all_records.values():
        for v in _values(record, facet):
            counts[v] = counts.get(v, 0) + 1
    return [v for v, _ in sorted(counts.items(), key=lambda kv: -kv[1])[:n]]


@pytest.mark.parametrize("facet", list(FACET_FIELD))
def test_each_facet_filter_returns_exactly_the_practices_holding_a_value(client, all_records, facet):
    values = _common_values(all_records, facet)
    assert values, f"the samples must exercise the {facet} facet"
    for value in values:
        expected = {i for i, r in all_records.items() if value in _values(r, facet)}
        assert _ids(client, **{facet: value}) == expected
    # OR inside one facet
    expected_or = {i for i, r in all_records.items() if _values(r, facet) & set(values)}
    assert _ids(client, **{facet: values}) == expected_or


@pytest.mark.parametrize("a,b", list(combinations(FACET_FIELD, 2)))
def test_filters_across_facets_combine_with_and(client, all_records, a, b):
    va, vb = _common_values(all_records, a, 1)[0], _common_values(all_records, b, 1)[0]
    expected = {i for i, r in all_records.items() if va in _values(r, a) and vb in _values(r, b)}
    assert _ids(client, **{a: va, b: vb}) == expected


def test_facet_counts_are_disjunctive(client, all_records):
    status = _common_values(all_records, "status", 1)[0]
    country = _common_values(all_records, "country", 1)[0]
    body = client.get("/api/v1/search", query_string={"status": status, "country": country}).get_json()
    # The status facet ignores its own filter but applies the country filter...
    expected_status = {}
    for r in all_records.values():
        if country in _values(r, "country"):
            for v in _values(r, "status"):
                expected_status[v] = expected_status.get(v, 0) + 1
    got = {b["value"]: b["count"] for b in body["facets"]["status"] if b["count"]}
    assert got == expected_status
    assert [b["value"] for b in body["facets"]["status"] if b["selected"]] == [status]
    # ...and the country facet applies the status filter but not its own.
    expected_country = {}
    for r in all_records.values():
        if status in _values(r, "status"):
            for v in _values(r, "country"):
                expected_country[v] = expected_country.get(v, 0) + 1
    got = {b["value"]: b["count"] for b in body["facets"]["country"] if b["count"]}
    assert got == expected_country
    assert body["total"] == len({i for i, r in all_records.items()
                                 if status in _values(r, "status") and country in _values(r, "country")})


def test_facet_buckets_carry_labels_in_the_requested_language(client):
    bg = client.get("/api/v1/search?lang=bg").get_json()["facets"]["status"]
    en = client.get("/api/v1/search", headers={"Accept-Language": "en-GB,en;q=0.9"}).get_json()["facets"]["status"]
    labels_bg = {b["value"]: b["label"] for b in bg}
    labels_en = {b["value"]: b["label"] for b in en}
    if "completed" in labels_bg:
        assert labels_bg["completed"] == "приключил" and labels_en["completed"] == "completed"
    assert all(set(b) == {"value", "label", "count", "selected"} for b in bg)


@pytest.mark.parametrize("date_from,date_to", [("2012", "2012"), ("2012-05", "2013-01"),
                                               ("2016-03-01", "2016-03-31"), ("2020", None), (None, "2005")])
def test_date_range_matches_practices_whose_date_overlaps_it(client, all_records, date_from, date_to):
    lo = date_bounds(date_from)[0] if date_from else 0
    hi = date_bounds(date_to)[1] if date_to else 99999999
    expected = set()
    for doc_id, record in all_records.items():
        if record.get("date"):
            dlo, dhi = date_bounds(record["date"])
            if dhi >= lo and dlo <= hi:
                expected.add(doc_id)
    params = {k: v for k, v in (("date_from", date_from), ("date_to", date_to)) if v}
    assert _ids(client, **params) == expected


def test_month_precision_date_overlaps_a_day_range_inside_that_month(client, all_records):
    month_dated = [(i, r["date"]) for i, r in all_records.items() if r.get("date") and len(r["date"]) == 7]
    if not month_dated:
        pytest.skip("no month-precision date in the samples")
    doc_id, month = month_dated[0]
    assert doc_id in _ids(client, date_from=f"{month}-15", date_to=f"{month}-15")


def test_sort_newest_and_oldest_order_by_date_with_undated_last(client):
    newest = client.get("/api/v1/search?sort=newest&per_page=100").get_json()["hits"]
    dates = [date_bounds(h["date"])[1] for h in newest if h["date"]]
    assert dates == sorted(dates, reverse=True)
    assert all(h["date"] for h in newest[:len(dates)])
    oldest = client.get("/api/v1/search?sort=oldest&per_page=100").get_json()["hits"]
    dates = [date_bounds(h["date"])[0] for h in oldest if h["date"]]
    assert dates == sorted(dates)


def test_pagination_is_exact_and_linked(client):
    first = client.get("/api/v1/search?per_page=7&page=1").get_json()
    total = first["total"]
    seen = []
    page = 1
    while True:
        body = client.get(f"/api/v1/search?per_page=7&page={page}").get_json()
        seen += [h["id"] for h in body["hits"]]
        if not body["links"]["next"]:
            break
        page += 1
    assert len(seen) == total == len(set(seen))
    assert first["links"]["prev"] is None and "page=2" in first["links"]["next"]


def test_relevance_ties_are_deterministic(client):
    a = client.get("/api/v1/search?q=община&per_page=50").get_json()["hits"]
    b = client.get("/api/v1/search?q=община&per_page=50").get_json()["hits"]
    assert [h["id"] for h in a] == [h["id"] for h in b]
    for x, y in zip(a, a[1:]):
        assert (x["score"], ) >= (y["score"], )
        if x["score"] == y["score"]:
            assert x["id"] < y["id"]


def test_snippets_escape_text_and_only_mark_is_markup(client):
    body = client.get("/api/v1/search?q=община").get_json()
    assert body["hits"]
    import re
    for hit in body["hits"]:
        tags = set(re.findall(r"</?([a-zA-Z]+)[^>]*>", hit["snippet"]))
        assert tags <= {"mark"}
    assert any("<mark>" in h["snippet"] for h in body["hits"])


@pytest.mark.parametrize("params,field", [
    ({"page": "0"}, "page"), ({"page": "-3"}, "page"), ({"per_page": "101"}, "per_page"),
    ({"per_page": "abc"}, "per_page"), ({"sort": "random"}, "sort"), ({"status": "finished"}, "status"),
    ({"date_from": "2012-13"}, "date_from"), ({"date_to": "12.05.2012"}, "date_to"),
    ({"country": "Bulgaria"}, "country"), ({"lang": "de"}, "lang"),
    ({"date_from": "2015", "date_to": "2014"}, "date_to"),
])
def test_bad_parameters_are_400_problems_naming_the_field(client, params, field):
    response = client.get("/api/v1/search", query_string=params)
    assert response.status_code == 400
    assert response.mimetype == "application/problem+json"
    body = response.get_json()
    assert {"type", "title", "status", "detail", "errors"} <= set(body)
    assert body["status"] == 400 and field in body["errors"]


def test_unknown_practice_is_a_404_problem(client):
    for bad in ("no-such-id", "..%2F..%2Fetc%2Fpasswd", "%00", "x" * 5000):
        response = client.get(f"/api/v1/practices/{bad}")
        assert response.status_code == 404, bad
        assert response.mimetype == "application/problem+json"


def test_practice_detail_has_values_and_provenance(client, all_records):
    with_country = [r for r in all_records.values() if r.get("countries")]
    assert with_country
    record = with_country[0]
    assert record["provenance"]["countries"][0]["value"] in record["countries"]
    assert record["provenance"]["countries"][0]["source"]
    for name in ("id", "title", "lang", "kind", "sections", "body", "status", "programmes", "countries",
                 "municipality", "themes", "published", "start", "end", "date", "budget", "source"):
        assert name in record


def test_similar_excludes_the_practice_itself(client, all_records):
    doc_id = sorted(all_records)[0]
    body = client.get(f"/api/v1/practices/{doc_id}/similar").get_json()
    assert body["hits"] and doc_id not in {h["id"] for h in body["hits"]}
    assert client.get("/api/v1/practices/nope/similar").status_code == 404


def test_export_rows_equal_total(client):
    total = client.get("/api/v1/search?q=община").get_json()["total"]
    csv_response = client.get("/api/v1/export?q=община&format=csv")
    text = csv_response.get_data().decode("utf-8")
    assert text.startswith("\ufeff"), "Excel needs the BOM"
    import csv
    import io
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0][0] == "id" and len(rows) - 1 == total
    jsonl = client.get("/api/v1/export?q=община&format=jsonl").get_data().decode("utf-8").splitlines()
    assert len(jsonl) == total


def test_collection_facets_and_health(client):
    facets = client.get("/api/v1/facets").get_json()
    health = client.get("/healthz").get_json()
    assert facets["total"] == health["documents"] and health["status"] == "ok"
    assert sum(b["count"] for b in facets["facets"]["year"]) <= facets["total"]
    assert client.get("/readyz").status_code == 200


def test_readiness_fails_without_a_published_index(tmp_path):
    from search_service.app import create_app
    client = create_app({"INDEX": str(tmp_path / "empty")}).test_client()
    assert client.get("/readyz").status_code == 503
    response = client.get("/api/v1/search?q=x")
    assert response.status_code == 503 and response.mimetype == "application/problem+json"


def test_suggest_completes_titles_and_latin_prefixes(client, all_records):
    body = client.get("/api/v1/suggest?q=читалищ").get_json()
    titles = [s for s in body["suggestions"] if s["kind"] == "title"]
    assert titles, "titles are completed, not only words"
    assert all(all_records[s["id"]]["title"] == s["text"] for s in titles)
    latin = client.get("/api/v1/suggest?q=obsht").get_json()
    assert any(s["text"].lower().startswith("общ") or "общ" in s["text"].lower() for s in latin["suggestions"])


def test_cors_allows_get_from_configured_origins(client):
    response = client.get("/api/v1/search?q=x", headers={"Origin": "https://example.org"})
    assert response.headers.get("Access-Control-Allow-Origin") in ("*", "https://example.org")


@pytest.mark.parametrize("facet", list(FACET_FIELD))
def test_hits_of_a_filtered_query_all_hold_the_filter_value(client, all_records, facet):
    """Relevance-ranked hits honour filters (not only the total): a regression of a
    Whoosh collector combination that skipped filtering under a time limit."""
    value = _common_values(all_records, facet, 1)[0]
    body = client.get("/api/v1/search", query_string={"q": "община проект", facet: value,
                                                       "per_page": 100}).get_json()
    assert body["hits"] and len(body["hits"]) == body["total"]
    assert all(value in _values(all_records[h["id"]], facet) for h in body["hits"])
