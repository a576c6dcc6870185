"""Snippets: the best-matching section of a hit, escaped, with matches in ``<mark>``.

The document's text is always HTML-escaped; the only markup a snippet may contain is
``<mark>``…``</mark>`` (pinned by tests, relied on by the search page).
"""
from __future__ import annotations

from markupsafe import escape
from whoosh import highlight as wh

SNIPPET_CHARS = 220


class MarkFormatter(wh.Formatter):
    """``<mark>word</mark>``, nothing else: no classes, no attributes."""
    between = " … "

    def format_token(self, text, token, replace=False):
        return f"<mark>{escape(wh.get_text(text, token, replace))}</mark>"

    def _text(self, text):
        return str(escape(text))


_FRAGMENTER = wh.ContextFragmenter(maxchars=SNIPPET_CHARS, surround=70)
_FORMATTER = MarkFormatter()


def _count_matches(text: str, terms: set[str], analyzer) -> int:
    return sum(1 for t in analyzer(text, mode="query", removestops=False) if t.text in terms)


def best_snippet(record: dict, terms: set[str], analyzer) -> str:
    """Snippet from the section with most query-term matches (title excluded)."""
    candidates = [t for t in (record.get("sections") or {}).values() if t]
    body = record.get("body") or ""
    if body and body not in candidates:
        candidates.append(body)
    if terms:
        scored = [(_count_matches(t, terms, analyzer), -i, t) for i, t in enumerate(candidates)]
        scored = [s for s in scored if s[0] > 0]
        if scored:
            text = max(scored)[2]
            out = wh.highlight(text, terms, analyzer, _FRAGMENTER, _FORMATTER, top=2)
            if out:
                return out
    text = next((t for t in candidates if t.strip()), "")
    text = " ".join(text.split())
    if len(text) > SNIPPET_CHARS:
        text = text[:SNIPPET_CHARS].rsplit(" ", 1)[0] + " …"
    return str(escape(text))


def highlight_text(text: str, terms: set[str], analyzer) -> str:
    """A whole text (e.g. a provenance sentence) escaped, with query terms marked."""
    if not terms:
        return str(escape(text))
    out = wh.highlight(text, terms, analyzer, wh.WholeFragmenter(), _FORMATTER, top=1)
    return out or str(escape(text))
