"""The search page's URL parameters: cleaning a submitted form, and links that change one thing.

Every link on the page (a facet to tick, a filter to remove, a page number) is the current
parameters with one change, so these small pure functions build them all.
"""
from __future__ import annotations

from werkzeug.datastructures import MultiDict

FACETS = ("status", "programme", "country", "theme", "municipality")
SCALARS = ("q", "date_from", "date_to", "lang", "sort", "page", "per_page")


def clean_args(args: MultiDict) -> dict[str, str | list[str]]:
    """The search parameters of a request, empty form fields dropped, unknown keys ignored.

    A plain GET form sends every field, filled or not; dropping the empty ones keeps
    shared links short and lets the schema see only what the user chose.

    >>> clean_args(MultiDict([("q", " община "), ("status", "completed"), ("date_from", ""),
    ...                       ("status", "ongoing"), ("utm", "x")]))
    {'q': 'община', 'status': ['completed', 'ongoing']}
    """
    cleaned: dict[str, str | list[str]] = {}
    for key in (*SCALARS, *FACETS):
        values = [v.strip() for v in args.getlist(key) if v and v.strip()]
        if values:
            cleaned[key] = values if key in FACETS else values[0]
    return cleaned


def changed(args: dict, **changes: object) -> dict:
    """A copy of ``args`` with ``changes`` applied; ``None`` removes a key.

    Any change of query or filters goes back to page 1 unless a page is given.

    >>> changed({"q": "x", "page": "3", "status": ["a"]}, status=None)
    {'q': 'x'}
    """
    new = {k: (list(v) if isinstance(v, list) else v) for k, v in args.items()}
    new.pop("page", None)
    for key, value in changes.items():
        if value is None or value == []:
            new.pop(key, None)
        else:
            new[key] = value
    if str(new.get("page", "")) == "1":
        new.pop("page")
    return new


def toggled(args: dict, facet: str, value: str) -> dict:
    """``args`` with ``value`` added to or removed from the ``facet`` filter.

    >>> toggled({"status": ["completed"]}, "status", "ongoing")
    {'status': ['completed', 'ongoing']}
    >>> toggled({"status": ["completed"]}, "status", "completed")
    {}
    """
    current = list(args.get(facet, []))
    new_values = [v for v in current if v != value] if value in current else current + [value]
    return changed(args, **{facet: new_values})
