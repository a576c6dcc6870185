"""The HTML search page through Flask's test client (no browser): escaping, security
headers, the no-JavaScript form, the language switch, friendly errors — over a real index of
the samples plus a hostile practice; and the page's pure helpers.
"""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from werkzeug.datastructures import MultiDict

from search_service import i18n
from search_service.web_args import changed, clean_args, toggled
from search_service.web_markup import highlight, safe_snippet

REPO = Path(__file__).resolve().parents[2]
# The indexer keeps a JSON record's title verbatim, so this is how markup reaches the page.
HOSTILE = {"id": "hostile/danger",
           "title": "Опасна практика <script>alert('title')</script> <img src=x onerror=alert(1)>",
           "text": "Текстът на Опасна практика сравнява 5 < 6 > 2 и <b onmouseover=alert(2)>това</b>.",
           "source": "javascript:alert(3)"}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from indexer.pipeline import index_paths
    from search_service.app import create_app

    corpus = tmp_path_factory.mktemp("web-corpus") / "samples"
    shutil.copytree(REPO / "samples", corpus)
    (corpus / "hostile.jsonl").write_text(json.dumps(HOSTILE, ensure_ascii=False) + "\n",
                                          encoding="utf-8")
    index = tmp_path_factory.mktemp("web-index")
    index_paths([corpus], index, rebuild=True)
    app = create_app({"INDEX": str(index)})
    return app.test_client()


def html_of(response) -> str:
    return response.get_data(as_text=True)


# ---- the page over the real app ------------------------------------------------------

def test_search_page_renders_hits_with_marks(client):
    response = client.get("/?q=община")
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    page = html_of(response)
    assert '<html lang="bg">' in page
    assert re.search(r'data-total="[1-9]\d*"', page)
    assert "<mark>" in page
    assert 'value="община"' in page  # the box keeps the query


def test_hostile_text_is_escaped_everywhere(client):
    page = html_of(client.get("/?q=Опасна"))
    assert "Опасна практика &lt;script&gt;" in page
    assert "<script>alert" not in page and "<img src=x" not in page
    hit = re.search(r'href="(/practices/[^"]*danger[^"]*)"', page)
    assert hit, "the hostile practice should be found"
    detail = html_of(client.get(hit.group(1)))
    assert "Опасна практика &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in detail
    assert "5 &lt; 6 &gt; 2" in detail
    assert "<script>alert" not in detail and "<b onmouseover" not in detail
    assert 'href="javascript:' not in detail


def test_a_hostile_query_is_escaped_where_it_is_echoed(client):
    attack = '"><script>alert(1)</script><img src=x onerror=alert(2)>'
    for lang in ("bg", "en"):
        page = html_of(client.get("/", query_string={"q": attack, "lang": lang}))
        assert "<script>alert" not in page and "<img src=x" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # in the heading, as text
        assert 'value="&#34;&gt;&lt;script&gt;' in page  # in the search box


def test_every_response_carries_a_strict_csp(client):
    for url in ("/", "/?q=община", "/practices/no/such/id", "/?page=0"):
        headers = client.get(url).headers
        policy = headers["Content-Security-Policy"]
        assert "default-src 'self'" in policy and "script-src 'self'" in policy
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"]


def test_page_has_no_inline_script_or_style(client):
    page = html_of(client.get("/?q=община"))
    assert re.findall(r"<script(?![^>]*\bsrc=)", page) == []
    assert "<style" not in page and " style=" not in page
    assert not re.search(r"\son[a-z]+=", page)  # no inline event handlers


def test_search_form_works_as_a_plain_get_form(client):
    page = html_of(client.get("/?q=община&status=completed&sort=newest"))
    assert re.search(r'<form id="search"[^>]*method="get"[^>]*action="/"', page)
    assert re.search(r'<input type="checkbox" form="search" [^>]*name="status" value="completed"'
                     r'[^>]*checked', page)
    assert re.search(r'<option value="newest" selected>', page)
    assert "<noscript>" in page  # a submit button for the sort control without JS


def test_facet_links_and_pagination_keep_the_other_parameters(client):
    page = html_of(client.get("/?q=община&per_page=2&sort=oldest"))
    next_link = re.search(r'href="([^"]+)" rel="next"', page)
    assert next_link
    args = parse_qs(urlsplit(next_link.group(1).replace("&amp;", "&")).query)
    assert args == {"q": ["община"], "per_page": ["2"], "sort": ["oldest"], "page": ["2"]}


def test_page_past_the_end_links_back_to_the_first(client):
    page = html_of(client.get("/?q=община&page=999"))
    assert "след последната страница" in page
    assert 'href="/?q=%D0%BE%D0%B1%D1%89%D0%B8%D0%BD%D0%B0"' in page


def test_english_switch_and_back(client):
    page = html_of(client.get("/?q=община&lang=en"))
    assert '<html lang="en">' in page
    assert ">Search</button>" in page and "Filters" in page
    switch = re.search(r'class="lang-switch" href="([^"]+)"', page).group(1).replace("&amp;", "&")
    assert parse_qs(urlsplit(switch).query) == {"q": ["община"]}
    bulgarian = html_of(client.get(switch))
    assert '<html lang="bg">' in bulgarian and ">Търсене</button>" in bulgarian


def test_bad_parameters_give_a_friendly_400_page(client):
    for url in ("/?page=abc", "/?sort=sideways", "/?date_from=2020-13", "/?status=lost"):
        response = client.get(url)
        assert response.status_code == 400, url
        assert response.mimetype == "text/html"
        assert "Неразбрана заявка" in html_of(response)


def test_unknown_practice_is_a_404_page(client):
    response = client.get("/practices/no/such/practice")
    assert response.status_code == 404
    assert "Практиката не е намерена" in html_of(response)


def test_unknown_page_is_a_404_page_in_the_site_language(client):
    response = client.get("/no/such/page?lang=en", headers={"Accept": "text/html"})
    assert response.status_code == 404
    assert response.mimetype == "text/html"
    assert "Page not found" in html_of(response)


def test_missing_index_is_a_503_page_not_a_traceback(tmp_path):
    from search_service.app import create_app

    client = create_app({"INDEX": str(tmp_path / "empty")}).test_client()
    response = client.get("/?q=община", headers={"Accept": "text/html"})
    assert response.status_code == 503
    page = html_of(response)
    assert "Търсенето временно не работи" in page and "Traceback" not in page


def test_static_files_are_served(client):
    assert client.get("/assets/praktiki.css").status_code == 200
    script = client.get("/assets/praktiki.js")
    assert script.status_code == 200 and "javascript" in script.mimetype


def test_app_is_not_in_debug_mode(client):
    assert client.application.debug is False


# ---- the page's helpers -----------------------------------------------------------------

def test_clean_args_drops_empty_fields_and_unknown_keys():
    args = MultiDict([("q", ""), ("status", "ongoing"), ("status", ""), ("date_to", "2020"),
                      ("evil", "1")])
    assert clean_args(args) == {"status": ["ongoing"], "date_to": "2020"}


def test_toggled_adds_removes_and_returns_to_page_one():
    args = {"q": "x", "status": ["ongoing"], "page": "4"}
    assert toggled(args, "status", "completed") == {"q": "x", "status": ["ongoing", "completed"]}
    assert toggled(args, "status", "ongoing") == {"q": "x"}
    assert changed(args, page="1") == {"q": "x", "status": ["ongoing"]}
    assert args["page"] == "4"  # the original is untouched


def test_safe_snippet_keeps_only_mark():
    assert str(safe_snippet("<mark>a</mark><script>x</script>")) == \
        "<mark>a</mark>&lt;script&gt;x&lt;/script&gt;"
    assert str(safe_snippet("&lt;b&gt; &amp;")) == "&lt;b&gt; &amp;"  # not double-escaped
    assert str(safe_snippet(None)) == ""


def test_highlight_marks_sources_and_escapes_the_rest():
    marked = str(highlight("A <b>. Бюджет: 5 лв. Край.", ["Бюджет: 5 лв."], {"Бюджет: 5 лв.": "fact-1"}))
    assert marked == 'A &lt;b&gt;. <mark id="fact-1">Бюджет: 5 лв.</mark> Край.'


def test_dates_keep_their_precision_in_both_languages():
    assert i18n.format_date("2017-03-18", "bg") == "18 март 2017"
    assert i18n.format_date("2017-03-18", "en") == "18 March 2017"
    assert i18n.format_date("2012-05", "bg") == "май 2012"
    assert i18n.format_date("2012", "en") == "2012"


def test_every_ui_string_exists_in_both_languages():
    assert set(i18n.STRINGS["bg"]) == set(i18n.STRINGS["en"])
    templates = (REPO / "search_service" / "templates").glob("*.html")
    used = {key for path in templates for key in re.findall(r"\bt\.([a-z_]+)", path.read_text())}
    assert used <= set(i18n.STRINGS["bg"])
