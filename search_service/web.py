"""The HTML search page: ``GET /`` and ``GET /practices/<id>``, server-rendered with Jinja.

The page takes exactly the API's parameters (``q``, the facet filters, ``date_from``,
``date_to``, ``lang``, ``sort``, ``page``, ``per_page``) and answers from the same
``engine.search()``, so every result page is a shareable link and works as a plain GET
form without JavaScript.  ``lang`` also picks the interface language.

Everything that comes from a document is escaped by Jinja's autoescape; the only markup
let through is the engine's ``<mark>`` in snippets, and even that is re-checked here
(:func:`safe_snippet`) so a bug elsewhere cannot put a ``<script>`` on the page.
"""
from __future__ import annotations

import math
from urllib.parse import parse_qsl, urlsplit

from flask import Blueprint, current_app, render_template, request, url_for
from marshmallow import ValidationError
from werkzeug.datastructures import MultiDict

from search_service import i18n
from search_service.web_args import FACETS, changed, clean_args, toggled
from search_service.web_markup import highlight, safe_snippet
from search_service.engine import get_engine
from search_service.schemas import SearchArgsSchema
from search_service.search import search as run_search
from search_service.search import similar as similar_practices

bp = Blueprint("web", __name__, template_folder="templates", static_folder="static",
               static_url_path="/assets")

SORTS = ("relevance", "newest", "oldest")
SUGGEST_URL = "/api/v1/suggest"
FACET_VISIBLE = 8  # values shown before "more"; the rest sit in a <details> (works without JS)

def search_url(args: dict) -> str:
    """The page's own URL for ``args`` (repeated keys for multi-valued filters)."""
    return url_for("web.search", **args)


@bp.app_template_filter("value_label")
def value_label_filter(value: str, facet: str, lang: str) -> str:
    """Jinja: ``{{ "BE"|value_label("country", "bg") }}`` -> ``Белгия``."""
    return i18n.value_label(facet, value, lang)


@bp.app_template_filter("money")
def money_filter(budget: dict | None, lang: str) -> str:
    """Jinja: ``{{ record.budget|money(lang) }}`` -> ``454 090,00 лв. (232 172,53 €)``."""
    return i18n.format_money(budget, lang)


_ERROR_KEYS = {400: "bad_request", 404: "not_found_page", 503: "unavailable"}


def render_error_page(status: int, title: str = "", detail: str = "",
                      errors: dict | None = None):
    """An error page in the visitor's language for the app's error handlers.

    ``title`` and ``detail`` (English, from the HTTP layer) are replaced by the page's own
    words; only field ``errors`` are shown, so no internals ever reach the page.
    """
    lang = i18n.pick_language(request.args.get("lang"))
    t = i18n.strings_for(lang)
    key = _ERROR_KEYS.get(status, "bad_request" if 400 <= status < 500 else "server_error")
    return render_template("error.html", lang=lang, t=t, args={"lang": lang}, status=status,
                           title=t[f"{key}_title"], text=t[f"{key}_text"], errors=errors,
                           suggest_url=SUGGEST_URL), status


# The name the app factory looks for when it installs its HTML error handler.
render_error = render_error_page


@bp.errorhandler(500)
def server_error(error):
    """A plain apology in the page's language: never a traceback, whatever the config."""
    return render_error_page(500)


# The page answers from exactly what the API uses: its schema, its search, its snapshot.
def _load_params(args: dict) -> dict:
    return SearchArgsSchema().load(args)


def _search(params: dict) -> dict:
    return run_search(get_engine().snapshot, params, current_app.config["PRAKTIKI"])


def _record(doc_id: str) -> dict | None:
    return get_engine().snapshot.record_by_id(doc_id)


def _similar(doc_id: str, limit: int = 5) -> list[dict]:
    return similar_practices(get_engine().snapshot, doc_id, limit) or []


def facet_views(result: dict, args: dict, lang: str) -> list[dict]:
    """The sidebar: each facet's title and buckets with counts and toggle links."""
    views = []
    for name in FACETS:
        buckets = []
        for index, bucket in enumerate(result.get("facets", {}).get(name, []), start=1):
            value = str(bucket["value"])
            buckets.append({**bucket, "value": value, "input_id": f"f-{name}-{index}",
                            "label": bucket.get("label") or i18n.value_label(name, value, lang),
                            "toggle_url": search_url(toggled(args, name, value))})
        if not buckets:
            continue
        shown = [b for i, b in enumerate(buckets) if i < FACET_VISIBLE or b.get("selected")]
        views.append({"name": name, "title": i18n.translate(f"facet_{name}", lang),
                      "shown": shown, "more": [b for b in buckets if b not in shown],
                      "selected": sum(1 for b in buckets if b.get("selected"))})
    return views


def label_lookup(result: dict, lang: str):
    """A ``label(facet, value)`` function preferring the engine's labels from the facets."""
    known = {(name, str(b["value"])): b.get("label")
             for name, buckets in result.get("facets", {}).items() for b in buckets}

    def label(facet: str, value: str) -> str:
        return known.get((facet, str(value))) or i18n.value_label(facet, value, lang)
    return label


def removal_links(args: dict, label, lang: str) -> list[dict]:
    """One "remove this filter" link per chosen filter value and for the date range."""
    links = []
    for name in FACETS:
        for value in args.get(name, []):
            text = f"{i18n.translate(f'facet_{name}', lang)}: {label(name, value)}"
            links.append({"text": text, "url": search_url(toggled(args, name, value))})
    if args.get("date_from") or args.get("date_to"):
        span = f"{args.get('date_from', '…')} – {args.get('date_to', '…')}"
        links.append({"text": i18n.translate("remove_dates", lang, range=span),
                      "url": search_url(changed(args, date_from=None, date_to=None))})
    return links


MAX_COUNTED_REMOVALS = 5  # one extra (cheap, one-hit) search per offered removal


def count_removals(links: list[dict], lang: str) -> None:
    """On an empty page, say how many practices each "remove this filter" link would give,
    so the visitor can see which filter to drop."""
    for link in links[:MAX_COUNTED_REMOVALS]:
        args = clean_args(MultiDict(_query_pairs(link["url"])))
        try:
            params = {**_load_params(args), "per_page": 1, "page": 1, "lang": lang}
        except ValidationError:
            continue
        link["count"] = _search(params).get("total", 0)
        link["count_text"] = i18n.format_count(link["count"], lang)


def _query_pairs(url: str) -> list[tuple[str, str]]:
    return parse_qsl(urlsplit(url).query, keep_blank_values=False)


def page_links(args: dict, page: int, pages: int) -> list[dict]:
    """Page numbers around the current one, first and last always, gaps as ``None``."""
    wanted = sorted({1, pages, *range(max(1, page - 2), min(pages, page + 2) + 1)})
    links, previous = [], 0
    for number in wanted:
        if number - previous > 1:
            links.append(None)
        links.append({"number": number, "current": number == page,
                      "url": search_url(changed(args, page=str(number)))})
        previous = number
    return links


@bp.route("/")
def search():
    args = clean_args(request.args)
    lang = i18n.pick_language(args.get("lang"))
    context = {"lang": lang, "t": i18n.strings_for(lang), "args": args,
               "suggest_url": SUGGEST_URL}
    try:
        params = _load_params(args)
    except ValidationError as error:
        return render_template("error.html", **context, status=400,
                               title=context["t"]["bad_request_title"],
                               text=context["t"]["bad_request_text"],
                               errors=error.messages), 400
    params["lang"] = lang  # facet labels in the page's language, not the browser's
    result = _search(params)
    label = label_lookup(result, lang)
    query = result.get("query", {})
    page, per_page = int(query.get("page", 1)), int(query.get("per_page", 10)) or 10
    pages = max(1, math.ceil(result.get("total", 0) / per_page))
    hits = [{**hit, "url": url_for("web.practice", id=hit["id"], **_lang_arg(lang)),
             "snippet_html": safe_snippet(hit.get("snippet")),
             "date_text": i18n.format_date(hit.get("date"), lang),
             "status_text": label("status", hit["status"]) if hit.get("status") else "",
             "municipality_text": label("municipality", hit["municipality"])
             if hit.get("municipality") else "",
             "programme_texts": [label("programme", p) for p in hit.get("programmes") or []]}
            for hit in result.get("hits", [])]
    did_you_mean = result.get("did_you_mean")
    removals = removal_links(args, label, lang)
    if not result.get("total"):
        count_removals(removals, lang)
    return render_template(
        "search.html", **context, result=result, hits=hits, query=query,
        facets=facet_views(result, args, lang),
        years=[{**y, "url": search_url(changed(args, date_from=str(y["value"]),
                                               date_to=str(y["value"])))}
               for y in result.get("facets", {}).get("year", [])],
        count_text=i18n.format_count(result.get("total", 0), lang),
        did_you_mean=did_you_mean,
        did_you_mean_url=search_url(changed(args, q=did_you_mean)) if did_you_mean else None,
        removals=removals,
        has_filters=any(args.get(k) for k in (*FACETS, "date_from", "date_to")),
        clear_url=search_url({k: v for k, v in args.items() if k in ("q", "lang", "sort")}),
        pages=page_links(args, page, pages) if pages > 1 else [],
        page=page, page_count=pages, first_page_url=search_url(changed(args)),
        previous_url=search_url(changed(args, page=str(page - 1))) if page > 1 else None,
        next_url=search_url(changed(args, page=str(page + 1))) if page < pages else None,
        switch_url=search_url(changed(args, page=args.get("page"),
                                       lang=_lang_arg(_other(lang)).get("lang"))))


@bp.route("/practices/<path:id>")
def practice(id: str):
    lang = i18n.pick_language(request.args.get("lang"))
    t = i18n.strings_for(lang)
    record = _record(id)
    if record is None:
        return render_template("error.html", lang=lang, t=t, args={"lang": lang}, status=404,
                               title=t["not_found_title"],
                               text=i18n.translate("not_found_text", lang, id=id),
                               errors=None, switch_url=url_for("web.practice", id=id,
                                                               **_lang_arg(_other(lang)))), 404
    facts = fact_rows(record, lang)
    sections = record.get("sections") or {}
    if not any((text or "").strip() for text in sections.values()):
        sections = {"body": record.get("body") or ""}
    # A fact links to its sentence in the text; several facts can share one sentence.
    folded_text = "\n".join(text or "" for text in sections.values()).casefold()
    anchors: dict[str, str] = {}
    for row in facts:
        if row["source"] and row["source"].casefold() in folded_text:
            row["target"] = anchors.setdefault(row["source"], row["anchor"])
    return render_template(
        "detail.html", lang=lang, t=t, args={"lang": lang}, record=record, facts=facts,
        sections=[{"name": i18n.section_label(name, lang),
                   "html": highlight(text, list(anchors), anchors)}
                  for name, text in sections.items() if (text or "").strip()],
        similar=[{**hit, "url": url_for("web.practice", id=hit["id"], **_lang_arg(lang)),
                  "municipality_text": i18n.value_label("municipality", hit.get("municipality"), lang),
                  "date_text": i18n.format_date(hit.get("date"), lang)}
                 for hit in _similar(id, limit=5)],
        date_text=i18n.format_date(record.get("date"), lang),
        back_url=_back_url(lang), suggest_url=SUGGEST_URL,
        switch_url=url_for("web.practice", id=id, **_lang_arg(_other(lang))))


FACT_FIELDS = ("status", "programmes", "countries", "municipality", "themes", "budget",
               "published", "start", "end")


def fact_rows(record: dict, lang: str) -> list[dict]:
    """One row per extracted value: field name, value shown in ``lang``, source sentence."""
    rows = []
    for field in FACT_FIELDS:
        for fact in (record.get("provenance") or {}).get(field, []):
            value, source = fact.get("value"), fact.get("source") or ""
            if field == "budget":
                text = i18n.format_money(value if isinstance(value, dict) else record.get("budget"),
                                         lang)
            elif field in ("published", "start", "end"):
                text = i18n.format_date(str(value), lang)
            else:
                text = i18n.value_label(field, str(value), lang)
            rows.append({"field": i18n.translate(_FIELD_KEYS[field], lang), "value": text,
                         "source": source, "anchor": f"fact-{len(rows) + 1}",
                         "source_html": highlight(source, [str(value), text])})
    return rows


_FIELD_KEYS = {"status": "status", "programmes": "programme", "countries": "countries",
               "municipality": "municipality", "themes": "themes", "budget": "budget",
               "published": "published", "start": "start", "end": "end"}


def _other(lang: str) -> str:
    return "en" if lang == "bg" else "bg"


def _lang_arg(lang: str) -> dict:
    """``{"lang": "en"}`` for English, nothing for the default language (shorter links)."""
    return {} if lang == i18n.DEFAULT_LANGUAGE else {"lang": lang}


def _back_url(lang: str) -> str:
    """The result page the user came from, when it was ours; else a fresh search page."""
    referrer = urlsplit(request.referrer or "")
    if referrer.netloc == request.host and referrer.path == url_for("web.search"):
        return referrer.path + (f"?{referrer.query}" if referrer.query else "")
    return url_for("web.search", **_lang_arg(lang))
