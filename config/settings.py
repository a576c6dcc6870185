"""Every praktiki setting in one place: a default, a one-line description, an env variable.

Order of precedence (as in Flask's tutorial app): these defaults, then the environment
(``PRAKTIKI_*``), then an explicit mapping passed by the caller (``create_app(config)``
or CLI options). README's "Configuration" table lists every setting; a test keeps the two
in step.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Mapping


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    description: str
    parse: Callable[[str], Any] = str

    @property
    def env(self) -> str:
        return f"PRAKTIKI_{self.name}"


def _flag(value: str) -> bool:
    if value.strip().lower() in ("1", "true", "yes", "on"):
        return True
    if value.strip().lower() in ("0", "false", "no", "off"):
        return False
    raise ValueError("expected 1/0, true/false, yes/no or on/off")


def _csv(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip())


SETTINGS: tuple[Setting, ...] = (
    Setting("INDEX", "var/index", "Folder holding the index generations", str),
    Setting("HOST", "127.0.0.1", "Address `praktiki serve` listens on", str),
    Setting("PORT", 8000, "Port `praktiki serve` listens on", int),
    Setting("WORKERS", 2, "gunicorn worker processes for `praktiki serve`", int),
    Setting("WORKER_TIMEOUT", 30, "gunicorn: seconds before a silent worker is restarted", int),
    Setting("MAX_REQUESTS", 2000, "gunicorn: requests before a worker is recycled", int),
    Setting("KEEP_GENERATIONS", 3, "Index generations kept on disk after a publish", int),
    # 0.2 s: a check is one read of a 32-byte file per worker, and it is a tenth of the 2 s
    # budget for an update to become visible.
    Setting("RELOAD_INTERVAL", 0.2, "Seconds between checks for a newly published generation", float),
    Setting("MAX_FILE_MB", 20, "Source files larger than this (MiB) are refused", float),
    Setting("INDEX_PROCS", 1, "Writer processes used by a full rebuild", int),
    Setting("INDEX_WORKERS", 0, "Processes of a full rebuild (0: one per CPU, at most 4; -1: none); from 2 on, each reads, extracts and writes a segment of its own, 1 is one extraction process feeding the writer", int),
    Setting("INDEX_VERIFY", False, "Incremental runs hash every file instead of trusting an unchanged size, mtime, ctime and inode", _flag),
    Setting("INDEX_LIMITMB", 256, "Memory (MiB) per writer before it flushes a segment", int),
    Setting("MAX_QUERY_LENGTH", 1000, "Longest query string accepted (characters)", int),
    Setting("MAX_CLAUSES", 64, "Most terms/clauses a query may expand to", int),
    Setting("MIN_WILDCARD_PREFIX", 3, "Letters required before a `*` wildcard", int),
    Setting("SEARCH_TIME_LIMIT", 0.8, "Seconds a search may run before partial results are returned", float),
    Setting("MAX_FILTER_VALUES", 50, "Most values accepted for one facet filter", int),
    Setting("CORS_ORIGINS", ("*",), "Origins allowed to call the GET API (comma-separated)", _csv),
    Setting("LOG_LEVEL", "INFO", "Logging level of the service and indexer", str),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def load_settings(overrides: Mapping[str, Any] | None = None,
                  environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Defaults, then ``PRAKTIKI_*`` environment variables, then ``overrides``.

    >>> load_settings({"PORT": 9000}, environ={})["PORT"]
    9000
    >>> load_settings(environ={"PRAKTIKI_WORKERS": "4"})["WORKERS"]
    4
    """
    environ = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for s in SETTINGS:
        raw = environ.get(s.env)
        try:
            values[s.name] = s.parse(raw) if raw not in (None, "") else s.default
        except ValueError as exc:
            raise ValueError(f"{s.env}={raw!r} is not a valid value: {exc}") from exc
    for key, value in (overrides or {}).items():
        if key in _BY_NAME:
            values[key] = value
    return values


def data_path(name: str) -> Path:
    """Path of a domain data file shipped in ``config/`` (taxonomies, gazetteers, lists)."""
    return Path(__file__).with_name(name)
