"""The only HTML the search page builds from document text: ``<mark>`` around matches.

Everything else coming from a document is escaped (Jinja's autoescape, and here).
"""
from __future__ import annotations

import html
import re

from markupsafe import Markup, escape

_MARK_TAG = re.compile(r"(</?mark>)")


def safe_snippet(snippet: str | None) -> Markup:
    """A snippet with ``<mark>`` kept and everything else escaped exactly once.

    The engine promises escaped text plus ``<mark>``; unescaping and re-escaping each
    text run makes that true even if a raw tag slipped through.

    >>> str(safe_snippet("a <mark>общината</mark> &amp; <img src=x onerror=alert(1)>"))
    'a <mark>общината</mark> &amp; &lt;img src=x onerror=alert(1)&gt;'
    """
    parts = []
    for piece in _MARK_TAG.split(snippet or ""):
        parts.append(piece if _MARK_TAG.fullmatch(piece) else str(escape(html.unescape(piece))))
    return Markup("".join(parts))


def highlight(text: str | None, needles: list[str], ids: dict[str, str] | None = None) -> Markup:
    """Escaped ``text`` with each (case-insensitive) occurrence of a needle in ``<mark>``.

    ``ids`` maps a needle to an element id given to its first occurrence, so a fact can
    link to the sentence it came from.

    >>> str(highlight("Партньори: Община Гент, Белгия <b>", ["община гент"]))
    'Партньори: <mark>Община Гент</mark>, Белгия &lt;b&gt;'
    """
    text = text or ""
    spans: list[tuple[int, int, str]] = []
    folded = text.casefold()
    for needle in sorted({n for n in needles if n and n.strip()}, key=len, reverse=True):
        start = folded.find(needle.casefold())
        while start >= 0:
            end = start + len(needle)
            if all(end <= s or start >= e for s, e, _ in spans):
                spans.append((start, end, needle))
            start = folded.find(needle.casefold(), end)
    out, position, given = [], 0, set()
    for start, end, needle in sorted(spans):
        out.append(str(escape(text[position:start])))
        anchor = (ids or {}).get(needle)
        attribute = ""
        if anchor and anchor not in given:
            given.add(anchor)
            attribute = f' id="{escape(anchor)}"'
        out.append(f"<mark{attribute}>{escape(text[start:end])}</mark>")
        position = end
    out.append(str(escape(text[position:])))
    return Markup("".join(out))
