"""HTTP security headers for every response of the service.

The search page ships its script and style sheet as files of its own origin, never inline,
so the Content-Security-Policy can forbid inline scripts and styles outright: even if a
practice's text slipped past escaping, a ``<script>`` or ``onerror=`` in it would not run.
"""
from __future__ import annotations

from flask import Flask, Response

# 'self' only: no CDN, no inline code.  form-action keeps the search form on this site;
# frame-ancestors stops the page being framed (click-jacking).
CONTENT_SECURITY_POLICY = "; ".join((
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
))

SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    # Result pages carry the query in the URL; other sites need not learn it.
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
}


def add_security_headers(response: Response) -> Response:
    """Set the security headers on ``response`` unless a view already chose its own.

    >>> from flask import Response
    >>> add_security_headers(Response("hi")).headers["X-Content-Type-Options"]
    'nosniff'
    """
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def install_security_headers(app: Flask) -> Flask:
    """Make every response of ``app`` carry the CSP and the other security headers.

    >>> from flask import Flask
    >>> app = install_security_headers(Flask("demo"))
    >>> app.add_url_rule("/", "home", lambda: "ok")
    >>> "script-src 'self'" in app.test_client().get("/").headers["Content-Security-Policy"]
    True
    """
    app.after_request(add_security_headers)
    return app
