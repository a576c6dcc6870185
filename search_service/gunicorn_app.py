"""``praktiki serve``: gunicorn embedded, with production settings from config.settings."""
from __future__ import annotations

from gunicorn.app.base import BaseApplication


class PraktikiGunicorn(BaseApplication):
    def __init__(self, options: dict, settings: dict):
        self.options = options
        self.settings = settings
        super().__init__()

    def load_config(self):
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        from search_service.app import create_app
        return create_app(self.settings)


def run_gunicorn(settings: dict, host: str, port: int, workers: int) -> None:
    options = {
        "bind": f"{host}:{port}",
        "workers": workers,
        "timeout": settings["WORKER_TIMEOUT"],
        "graceful_timeout": settings["WORKER_TIMEOUT"],
        # Recycle workers now and then (with jitter, so they don't all restart at once).
        "max_requests": settings["MAX_REQUESTS"],
        "max_requests_jitter": max(1, settings["MAX_REQUESTS"] // 10),
        "accesslog": None,
        "errorlog": "-",
        "loglevel": settings["LOG_LEVEL"].lower(),
        # Refuse absurd request lines before they reach Flask.
        "limit_request_line": 8190,
        "limit_request_fields": 100,
    }
    PraktikiGunicorn(options, settings).run()
