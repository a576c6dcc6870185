"""One error shape for the whole service: RFC 9457 ``application/problem+json``.

``{"type", "title", "status", "detail", "errors": {field: [messages]}}`` — pinned by a test.
Anything unexpected becomes a 500 problem without internals (and is logged), so no client
ever sees a traceback or a debug page.
"""
from __future__ import annotations

import logging

from flask import Flask, Response, json, request
from werkzeug.exceptions import HTTPException, InternalServerError

from indexer.store import NoIndexError

log = logging.getLogger("praktiki.service")
PROBLEM = "application/problem+json"


def problem(status: int, title: str, detail: str = "", errors: dict | None = None) -> Response:
    body = {"type": f"https://praktiki.example/problems/{status}" if status != 400 else
            "https://praktiki.example/problems/invalid-parameters",
            "title": title, "status": status}
    if detail:
        body["detail"] = detail
    if errors:
        body["errors"] = errors
    return Response(json.dumps(body, ensure_ascii=False), status=status, mimetype=PROBLEM)


def _field_errors(exc: HTTPException) -> dict | None:
    messages = (getattr(exc, "data", None) or {}).get("messages")
    if not messages:
        return None
    # webargs groups messages by location ({"query": {"page": [...]}}); clients want fields.
    merged: dict = {}
    for location_errors in messages.values():
        if isinstance(location_errors, dict):
            merged.update(location_errors)
    return merged or None


def wants_html() -> bool:
    return not request.path.startswith("/api/") and request.path != "/healthz" and \
        request.accept_mimetypes.accept_html


def install_error_handlers(app: Flask, html_handler=None) -> None:
    """``html_handler(status, title, detail)`` renders pages for the site; API gets problems."""

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException):
        errors = _field_errors(exc)
        status = exc.code or 500
        title = exc.name
        detail = exc.description if not errors else "invalid request parameters"
        if errors and status in (400, 422):
            status, title = 400, "Invalid parameters"
        if html_handler is not None and wants_html():
            return html_handler(status, title, detail, errors)
        return problem(status, title, detail, errors)

    @app.errorhandler(NoIndexError)
    def _no_index(exc: NoIndexError):
        if html_handler is not None and wants_html():
            return html_handler(503, "Service Unavailable", str(exc), None)
        return problem(503, "No index published", str(exc))

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception):
        log.exception("unhandled error on %s", request.path)
        if html_handler is not None and wants_html():
            return html_handler(500, "Internal Server Error", "", None)
        return problem(500, "Internal Server Error", "the server could not answer this request")
