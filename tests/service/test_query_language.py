"""The researchers' query language and the vocabulary bridges, on the bundled samples.

Expected sets are derived from the corpus with independent plain-word searches, so these
tests pin the semantics of each operator rather than a snapshot of today's results.
"""
from __future__ import annotations

import pytest


def _search(client, q, **params):
    response = client.get("/api/v1/search", query_string={"q": q, "per_page": 100, **params})
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()


def _ids(client, q, **params):
    return {h["id"] for h in _search(client, q, **params)["hits"]}


def test_plain_words_rank_documents_with_all_words_first_but_keep_partial_matches(client):
    both = _ids(client, "читалище AND Казанлък")
    either = _ids(client, "читалище OR Казанлък")
    plain = _search(client, "читалище Казанлък")
    assert both and both < either
    assert {h["id"] for h in plain["hits"]} == either, "plain words are not a strict AND"
    top = [h["id"] for h in plain["hits"][:len(both)]]
    assert set(top) == both, "documents with every word rank first"


@pytest.mark.parametrize("op_and,op_or,op_not", [("AND", "OR", "NOT"), ("И", "ИЛИ", "НЕ")])
def test_boolean_operators_in_english_and_bulgarian(client, op_and, op_or, op_not):
    a, b = _ids(client, "община"), _ids(client, "проект")
    assert _ids(client, f"община {op_and} проект") == a & b
    assert _ids(client, f"община {op_or} проект") == a | b
    assert _ids(client, f"община {op_and} {op_not} проект") == a - b


def test_minus_excludes_and_parentheses_group(client):
    a, b, c = _ids(client, "социални"), _ids(client, "здравни"), _ids(client, "ромски")
    assert _ids(client, "община -ромски") == _ids(client, "община") - c
    assert _ids(client, "(социални OR здравни) AND NOT ромски") == (a | b) - c


def test_phrases_are_analysed_so_inflected_forms_match(client):
    exact = _ids(client, '"общински съвет"')
    inflected = _ids(client, '"общинския съвет"')
    assert exact and exact == inflected
    # a phrase is stricter than its words
    assert exact <= _ids(client, "общински AND съвет")


def test_field_queries(client, all_records):
    in_title = _ids(client, "title:читалища")
    assert in_title and all("читалищ" in all_records[i]["title"].lower() for i in in_title)
    opac = {i for i, r in all_records.items() if "opac" in r["programmes"]}
    assert _ids(client, "programme:opac") == opac
    no = {i for i, r in all_records.items() if "NO" in r["countries"]}
    assert no and _ids(client, "country:NO") == no == _ids(client, "country:no")


def test_prefix_wildcards_need_three_letters(client):
    body = _search(client, "енерг*")
    assert body["total"] > 0 and not body["query"]["warnings"]
    short = _search(client, "ен*")
    assert short["query"]["warnings"] and "3 letters" in short["query"]["warnings"][0]


@pytest.mark.parametrize("q", ['"lone quote', "((unbalanced", "AND", "OR OR", "title:", "nosuchfield:дума",
                               "-", "НЕ", ")(", "*"])
def test_syntax_problems_fall_back_to_plain_words_with_a_warning_never_an_error(client, q):
    body = _search(client, q)
    assert isinstance(body["total"], int)


def test_unbalanced_query_says_so(client):
    body = _search(client, '"социални услуги')
    assert any("unbalanced" in w for w in body["query"]["warnings"])
    assert body["total"] > 0


def test_latin_letters_find_what_cyrillic_finds_and_say_how_they_were_read(client):
    for latin, cyrillic in (("obshtina gabrovo", "община габрово"), ("chitalishte", "читалище"),
                            ("4italishte", "читалище"), ("sotsialni uslugi", "социални услуги")):
        body = _search(client, latin)
        assert body["query"]["interpreted"] == cyrillic, latin
        assert [h["id"] for h in body["hits"][:3]] == [h["id"] for h in _search(client, cyrillic)["hits"][:3]]


def test_cyrillic_finds_english_pages_through_transliteration(tmp_path):
    from indexer.pipeline import index_paths
    from search_service.app import create_app
    src = tmp_path / "src"
    src.mkdir()
    (src / "burgas-en.txt").write_text(
        "Open budget hearings in Burgas\n\nBackground\nThe Municipality of Burgas invited residents "
        "to public hearings on the draft budget.\n\nInnovator: Municipality of Burgas\n", encoding="utf-8")
    (src / "varna-bg.txt").write_text(
        "Публично обсъждане на бюджета във Варна\n\nПредистория\nОбщина Варна покани жителите на "
        "обсъждане на бюджета.\n\nИноватор: Община Варна\n", encoding="utf-8")
    index_paths([src], tmp_path / "ix", progress=False)
    client = create_app({"INDEX": str(tmp_path / "ix")}).test_client()
    ids = [h["id"] for h in client.get("/api/v1/search?q=Бургас").get_json()["hits"]]
    assert ids == ["burgas-en"]
    ids = [h["id"] for h in client.get("/api/v1/search?q=Varna").get_json()["hits"]]
    assert ids == ["varna-bg"]


def test_a_typo_still_finds_the_word_but_ranks_below_exact_matches(client):
    exact = _search(client, "читалище")
    typo = _search(client, "читалеще")
    assert typo["total"] >= 1
    assert typo["hits"][0]["id"] == exact["hits"][0]["id"]
    assert typo["hits"][0]["score"] < exact["hits"][0]["score"]


def test_did_you_mean_offers_a_correction_that_finds_more(client):
    body = _search(client, "читалешата")
    assert body["did_you_mean"]
    assert _search(client, body["did_you_mean"])["total"] > body["total"]
    assert _search(client, "читалище")["did_you_mean"] is None


def test_abbreviations_find_their_long_forms(client, all_records):
    long_form = _ids(client, '"административен капацитет"')
    assert long_form and long_form <= _ids(client, "ОПАК")
