"""``/api/docs``: Swagger UI over our OpenAPI document, served from installed files.

The UI's files come from the ``swagger-ui-bundle`` package, so the page works offline
(no CDN), and its start-up code is a static file of ours, so the CSP needs no inline script.
"""
from __future__ import annotations

from flask import Blueprint, make_response, render_template, send_from_directory
from swagger_ui_bundle import swagger_ui_path

bp = Blueprint("docs", __name__, url_prefix="/api/docs")

# Swagger UI sets element styles from its script; only this page allows inline styles.
DOCS_CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'")


@bp.route("/")
@bp.route("")
def index():
    response = make_response(render_template("api_docs.html"))
    response.headers["Content-Security-Policy"] = DOCS_CSP
    return response


@bp.route("/ui/<path:filename>")
def ui_file(filename: str):
    return send_from_directory(swagger_ui_path, filename, max_age=86400)
