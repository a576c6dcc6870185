"""The command line is a thin wrapper: same search as the API, same analysis as /analyze."""
from __future__ import annotations

import json

from click.testing import CliRunner

from search_service.cli import main


def test_search_json_prints_exactly_the_api_body(sample_index, client):
    result = CliRunner().invoke(main, ["search", "читалище", "--index", str(sample_index), "--json",
                                       "--status", "completed"])
    assert result.exit_code == 0, result.output
    cli_body = json.loads(result.output)
    api_body = client.get("/api/v1/search?q=читалище&status=completed&lang=bg").get_json()
    for body in (cli_body, api_body):
        body.pop("took_ms", None)
        body.pop("links", None)
    assert cli_body == api_body


def test_search_rejects_a_bad_parameter_by_name(sample_index):
    result = CliRunner().invoke(main, ["search", "x", "--index", str(sample_index), "--date-from", "2012-13"])
    assert result.exit_code == 2 and "date_from" in result.output


def test_show_prints_facts_with_their_sources(sample_index, all_records):
    doc_id = next(i for i, r in all_records.items() if r.get("countries"))
    result = CliRunner().invoke(main, ["show", doc_id, "--index", str(sample_index)])
    assert result.exit_code == 0
    assert "countries:" in result.output and "←" in result.output
    missing = CliRunner().invoke(main, ["show", "no/such", "--index", str(sample_index)])
    assert missing.exit_code == 1 and "no practice" in missing.output


def test_stem_reads_one_word_per_line_and_prints_one_stem_per_line():
    words = ["общините", "общината", "", "по-добрият", "кметове"]
    result = CliRunner().invoke(main, ["stem"], input="\n".join(words) + "\n")
    lines = result.output.splitlines()
    assert result.exit_code == 0 and len(lines) == len(words)
    assert lines[0] == lines[1] and lines[2] == ""
    english = CliRunner().invoke(main, ["stem", "--lang", "en"], input="municipalities\nmunicipality\n")
    first, second = english.output.splitlines()
    assert first == second


def test_analyze_shows_original_normalised_and_stem(client):
    result = CliRunner().invoke(main, ["analyze", "Общинатa на Габрово"])  # Latin 'a' inside
    assert result.exit_code == 0
    assert "общината" in result.output
    api = client.get("/api/v1/analyze", query_string={"text": "Общинатa на Габрово"}).get_json()
    assert api["tokens"][0]["original"] == "Общинатa" and api["tokens"][0]["normalized"] == "общината"


def test_index_without_paths_is_a_usage_error():
    result = CliRunner().invoke(main, ["index"])
    assert result.exit_code == 2
