"""The JSON API (v1): thin views over :mod:`search_service.search`, schemas from flask-smorest."""
from __future__ import annotations

import csv
import io
import json

from flask import Response, abort, current_app, jsonify, request, stream_with_context, url_for
from flask.views import MethodView
from flask_smorest import Blueprint
from flask_smorest.arguments import ArgumentsMixin

from analyzers.chain import analyze
from analyzers.language import detect_lang
from search_service import schemas as s
from search_service.engine import get_engine
from search_service.search import collection_facets, matching_docnums, search, similar

# webargs answers 422 by default; a bad parameter is a client error that the API calls 400.
# Set before the decorators below run, so the OpenAPI document says 400 too.
ArgumentsMixin.ARGUMENTS_PARSER.DEFAULT_VALIDATION_STATUS = 400
PROBLEM = "application/problem+json"

blp = Blueprint("api", __name__, url_prefix="/api/v1", description="Search Bulgarian local-government practices")

CSV_COLUMNS = ("id", "title", "status", "programmes", "countries", "themes", "municipality", "date",
               "published", "start", "end", "budget_amount", "budget_currency", "budget_eur", "source")


def request_lang(explicit: str | None) -> str:
    """``lang`` parameter, else the client's Accept-Language (bg or en), else bg."""
    if explicit:
        return explicit
    return request.accept_languages.best_match(["bg", "en"]) or "bg"


def settings() -> dict:
    return current_app.config["PRAKTIKI"]


def pagination_links(args: dict, total: int) -> dict:
    def link(page: int) -> str:
        params = {k: v for k, v in args.items() if v not in (None, "", [])}
        params["page"] = page
        return url_for("api.Search", **params)
    last = max(1, -(-total // args["per_page"]))
    page = args["page"]
    return {"self": link(page), "first": link(1), "last": link(last),
            "prev": link(page - 1) if page > 1 else None,
            "next": link(page + 1) if page < last else None}


@blp.route("/search")
class Search(MethodView):
    @blp.arguments(s.SearchArgsSchema, location="query", as_kwargs=False)
    @blp.response(200, s.SearchResponseSchema)
    def get(self, args):
        """Search practices, with disjunctive facet counts, highlights and spelling help."""
        args["lang"] = request_lang(args.get("lang"))
        body = search(get_engine().snapshot, args, settings())
        body["links"] = pagination_links(args, body["total"])
        # Dumped by plans compiled from SearchResponseSchema (the same output, ~4 ms less a
        # request); a Response object passes flask-smorest's decorator unchanged, which
        # still documents the schema.
        return jsonify(s.fast_dump(s.SearchResponseSchema, body))


@blp.route("/practices/<path:doc_id>")
class PracticeDetail(MethodView):
    @blp.response(200, s.PracticeSchema)
    @blp.alt_response(404, schema=s.ProblemSchema, description="Unknown id", content_type=PROBLEM)
    def get(self, doc_id):
        """One practice: every field, and each extracted value with the text it came from."""
        record = get_engine().snapshot.record_by_id(doc_id)
        if record is None:
            abort(404, description=f"no practice with id {doc_id[:200]!r}")
        return record


@blp.route("/practices/<path:doc_id>/similar")
class PracticeSimilar(MethodView):
    @blp.arguments(s.SimilarArgsSchema, location="query")
    @blp.response(200, s.SimilarResponseSchema)
    @blp.alt_response(404, schema=s.ProblemSchema, description="Unknown id", content_type=PROBLEM)
    def get(self, args, doc_id):
        """Practices like this one (more-like-this on the analysed text), itself excluded."""
        hits = similar(get_engine().snapshot, doc_id, args["limit"])
        if hits is None:
            abort(404, description=f"no practice with id {doc_id[:200]!r}")
        return {"id": doc_id, "hits": hits}


@blp.route("/suggest")
class Suggest(MethodView):
    @blp.arguments(s.SuggestArgsSchema, location="query")
    @blp.response(200, s.SuggestResponseSchema)
    def get(self, args):
        """Completions for a search box: titles and frequent words; Latin letters work too."""
        return {"q": args["q"], "suggestions": get_engine().snapshot.suggester.suggest(args["q"], args["limit"])}


@blp.route("/facets")
class Facets(MethodView):
    @blp.arguments(s.LangArgsSchema, location="query")
    @blp.response(200, s.CollectionFacetsSchema)
    def get(self, args):
        """Collection-wide counts of every facet value."""
        return collection_facets(get_engine().snapshot, request_lang(args.get("lang")))


@blp.route("/analyze")
class Analyze(MethodView):
    @blp.arguments(s.AnalyzeArgsSchema, location="query")
    @blp.response(200, s.AnalyzeResponseSchema)
    def get(self, args):
        """What the analysis chain makes of a text, token by token (like Elasticsearch `_analyze`)."""
        lang = args.get("lang") or detect_lang(args["text"])
        return {"text": args["text"], "lang": lang, "tokens": analyze(args["text"], lang)}


def _csv_rows(snapshot, docnums):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write("\ufeff")  # Excel reads UTF-8 only with a BOM
    writer.writerow(CSV_COLUMNS)
    for docnum in docnums:
        r = snapshot.record(docnum)
        budget = r.get("budget") or {}
        writer.writerow([r.get("id"), r.get("title"), r.get("status") or "",
                         ";".join(r.get("programmes") or []), ";".join(r.get("countries") or []),
                         ";".join(r.get("themes") or []), r.get("municipality") or "", r.get("date") or "",
                         r.get("published") or "", r.get("start") or "", r.get("end") or "",
                         budget.get("amount", ""), budget.get("currency", ""), budget.get("amount_eur", ""),
                         r.get("source") or ""])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()


def _jsonl_rows(snapshot, docnums):
    for docnum in docnums:
        record = dict(snapshot.record(docnum))
        record.pop("body", None)
        yield json.dumps(record, ensure_ascii=False) + "\n"


@blp.route("/export")
class Export(MethodView):
    @blp.arguments(s.ExportArgsSchema, location="query")
    @blp.doc(responses={"200": {"description": "Every match, streamed: CSV (UTF-8 with BOM, one row "
                                               "per practice) or JSON Lines (one record per line)",
                                "content": {"text/csv": {"schema": {"type": "string"}},
                                            "application/x-ndjson": {"schema": {"type": "string"}}}}})
    def get(self, args):
        """Export every match of a search (not only a page) as CSV or JSONL."""
        snapshot = get_engine().snapshot
        docnums = matching_docnums(snapshot, args, settings())
        if args["format"] == "csv":
            rows, mimetype, ext = _csv_rows(snapshot, docnums), "text/csv; charset=utf-8", "csv"
        else:
            rows, mimetype, ext = _jsonl_rows(snapshot, docnums), "application/x-ndjson; charset=utf-8", "jsonl"
        return Response(stream_with_context(rows), mimetype=mimetype, headers={
            "Content-Disposition": f"attachment; filename=praktiki-export.{ext}",
            "X-Total-Count": str(len(docnums))})
