"""The Flask application factory (``create_app``), as in Flask's ``flaskr`` tutorial.

Settings: defaults, then ``PRAKTIKI_*`` environment variables, then the ``config``
mapping given here (tests pass ``{"INDEX": tmp_path}``). Production is the default:
no debug, security headers on every response, JSON access logs.
"""
from __future__ import annotations

import http
import json
import logging
import os
import time
from typing import Any, Mapping

from flask import Flask, g, jsonify, request
from flask_cors import CORS
from flask_smorest import Api
from flask_smorest.utils import prepare_response

from config.settings import load_settings
from search_service import api as api_module
from search_service import docs, web
from search_service.engine import SearchEngine, get_engine
from search_service.errors import PROBLEM, install_error_handlers, problem
from search_service.schemas import ProblemSchema
from search_service.security import install_security_headers

access_log = logging.getLogger("praktiki.access")


def _openapi_config(app: Flask) -> None:
    app.config.update(
        API_TITLE="praktiki",
        API_VERSION="v1",
        OPENAPI_VERSION="3.0.3",
        OPENAPI_URL_PREFIX="/api/v1",
        OPENAPI_JSON_PATH="openapi.json",
        API_SPEC_OPTIONS={"info": {"description": (
            "Search Bulgarian local-government practices and municipal projects. Facet counts are "
            "disjunctive; errors are application/problem+json.")}},
    )


def _install_access_log(app: Flask) -> None:
    """One JSON line per request: method, path, status, time. The query string is kept only
    for the search parameters a user typed, never headers, cookies or addresses."""

    @app.before_request
    def _start():
        g.started = time.monotonic()

    @app.after_request
    def _log(response):
        if access_log.isEnabledFor(logging.INFO):
            access_log.info(json.dumps({
                "method": request.method, "path": request.path, "status": response.status_code,
                "ms": round(1000 * (time.monotonic() - g.get("started", time.monotonic())), 1),
                "q": request.args.get("q", "")[:200] if request.path.endswith("/search") or request.path == "/" else None,
            }, ensure_ascii=False))
        return response


class ProblemApi(Api):
    """flask-smorest's Api whose documented error responses are our problem+json shape."""
    ERROR_SCHEMA = ProblemSchema

    def _register_responses(self):
        for status in http.HTTPStatus:
            response = {"description": status.phrase}
            if not (100 <= status < 200) and status not in (204, 304):
                response["schema"] = self.ERROR_SCHEMA
            prepare_response(response, self.spec, PROBLEM)
            self.spec.components.response(status.name, response, lazy=True)
        response = {"description": "Default error response", "schema": self.ERROR_SCHEMA}
        prepare_response(response, self.spec, PROBLEM)
        self.spec.components.response("DEFAULT_ERROR", response, lazy=True)


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    settings = load_settings(config)
    app = Flask(__name__)
    app.config["PRAKTIKI"] = settings
    app.config["JSON_AS_ASCII"] = False
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    app.extensions["praktiki_engine"] = SearchEngine(settings["INDEX"], settings)
    _openapi_config(app)
    api = ProblemApi(app)
    api.register_blueprint(api_module.blp)
    app.register_blueprint(docs.bp)
    app.register_blueprint(web.bp)
    CORS(app, resources={r"/api/*": {"origins": list(settings["CORS_ORIGINS"]), "methods": ["GET"]}})
    install_security_headers(app)
    install_error_handlers(app, html_handler=web.render_error_page)
    _install_access_log(app)

    @app.get("/healthz")
    def healthz():
        """Liveness, and what is served: ``{"status": "ok", "documents": N, "generation": ...}``.

        ``worker`` is the answering process's pid, so an operator (or a test) can see that
        every gunicorn worker has moved to a new generation."""
        engine = get_engine()
        if not engine.is_ready():
            return jsonify(status="no-index", documents=None, generation=None, worker=os.getpid())
        snap = engine.snapshot
        return jsonify(status="ok", documents=snap.doc_count, generation=snap.generation, worker=os.getpid())

    @app.get("/readyz")
    def readyz():
        """Readiness: 503 until an index generation is published and opened."""
        engine = get_engine()
        if not engine.is_ready():
            return problem(503, "Not ready", f"no index is published in {engine.index_dir}")
        return jsonify(status="ready", generation=engine.snapshot.generation)

    return app
