"""Snippets: the best-matching section of a hit, escaped, with matches in ``<mark>``.

The document's text is always HTML-escaped; the only markup a snippet may contain is
``<mark>``…``</mark>`` (pinned by tests, relied on by the search page).

Speed (issue 7): a hit's sections used to go through the whole analysis chain on every
request (tokenizer, normaliser, stopwords, compounds, stemmer: ~35 µs a token, most of a
faceted request's time). Every filter of the chain works on one token at a time, so the
terms of a token depend only on its surface text: we split the text with the chain's own
token pattern and analyse each distinct surface once per process (:class:`TokenTerms`).
The marked words and the section chosen are the same as with ``whoosh.highlight``.
"""
from __future__ import annotations

import re
from collections import Counter, OrderedDict, deque

from markupsafe import escape
from whoosh import highlight as wh
from whoosh.analysis import Token

from analyzers.tokenizer import TOKEN_PATTERN

SNIPPET_CHARS = 220


class MarkFormatter(wh.Formatter):
    """``<mark>word</mark>``, nothing else: no classes, no attributes."""
    between = " … "

    def format_token(self, text, token, replace=False):
        return f"<mark>{escape(wh.get_text(text, token, replace))}</mark>"

    def _text(self, text):
        return str(escape(text))


SURROUND = 70
_FRAGMENTER = wh.ContextFragmenter(maxchars=SNIPPET_CHARS, surround=SURROUND)
_GROUP = re.Match.group
_FORMATTER = MarkFormatter()


class TokenTerms:
    """Analysed terms of one token surface, computed once: ``surface -> ((term, start, end), ...)``.

    Offsets are relative to the surface. Bounded: cleared when it holds ``limit`` surfaces
    (a natural vocabulary fits many times over; a flood of junk cannot grow it forever).

    >>> from analyzers.chain import query_analyzer
    >>> TokenTerms(query_analyzer()).terms("Общините")[0][0] == TokenTerms(query_analyzer()).terms("общините")[0][0]
    True
    """

    def __init__(self, analyzer, limit: int = 200_000, texts: int = 2048):
        self.analyzer, self.limit, self.texts = analyzer, limit, texts
        self.memo: dict[str, tuple] = {}
        self.text_counts: OrderedDict[str, Counter] = OrderedDict()

    def terms(self, surface: str) -> tuple:
        found = self.memo.get(surface)
        if found is None:
            if len(self.memo) >= self.limit:
                self.memo.clear()
            found = tuple((t.text, t.startchar, t.endchar) for t in
                          self.analyzer(surface, chars=True, mode="query", removestops=False))
            self.memo[surface] = found
        return found

    def counts(self, text: str) -> Counter:
        """How often each term occurs in ``text``; the last ``texts`` texts are kept (LRU).

        Sections of the hits of popular queries come back request after request, and
        choosing a snippet's section needs only these counts.
        """
        found = self.text_counts.get(text)
        if found is not None:
            self.text_counts.move_to_end(text)
            return found
        # Surfaces are counted in C first; each distinct surface is then analysed (memo) once.
        lookup = self.terms
        found = Counter()
        for surface, n in Counter(map(_GROUP, TOKEN_PATTERN.finditer(text))).items():
            for term, _, _ in lookup(surface):
                found[term] += n
        self.text_counts[text] = found
        if len(self.text_counts) > self.texts:
            self.text_counts.popitem(last=False)
        return found


_MEMOS: dict[int, TokenTerms] = {}


def _memo(analyzer) -> TokenTerms:
    # One memo per analyzer (each opened generation unpickles its own object); a new
    # generation whose analyzer compares equal (Whoosh compares class and settings) keeps
    # the memo, so the first requests after an update do not analyse every surface again.
    memo = _MEMOS.get(id(analyzer))
    if memo is None or memo.analyzer is not analyzer:
        previous = next(iter(_MEMOS.values()), None)
        _MEMOS.clear()
        if previous is not None and previous.analyzer == analyzer:
            previous.analyzer = analyzer
            memo = previous
        else:
            memo = TokenTerms(analyzer)
        _MEMOS[id(analyzer)] = memo
    return memo


def _tokens(text: str, terms: set[str], memo: TokenTerms):
    """The chain's tokens of ``text`` with character offsets, each marked if its term was searched."""
    token = Token(positions=False, chars=True, removestops=False, mode="query")
    lookup = memo.terms
    for match in TOKEN_PATTERN.finditer(text):
        base = match.start()
        for term, start, end in lookup(match.group()):
            token.text = term
            token.startchar, token.endchar = base + start, base + end
            token.matched = term in terms
            yield token


def _count_matches(text: str, terms: set[str], memo: TokenTerms) -> int:
    counts = memo.counts(text)
    return sum(counts.get(term, 0) for term in terms)


def _context_fragments(text: str, terms: set[str], memo: TokenTerms, maxchars: int = SNIPPET_CHARS,
                       surround: int = SURROUND, charlimit: int = wh.DEFAULT_CHARLIMIT):
    """``wh.ContextFragmenter(maxchars, surround).fragment_tokens(text, _tokens(...))``, the
    same loop statement by statement, without a Token object per token: only the matched
    tokens are materialised (the fragmenter copies exactly those). About half of a snippet's
    time was the generator and the per-token attribute writes (issue 7)."""
    lookup = memo.terms
    first = None
    firsts: deque = deque()
    countdown = -1
    tks = []
    endchar = None
    currentlen = 0
    for match in TOKEN_PATTERN.finditer(text):
        base = match.start()
        for term, start, end in lookup(match.group()):
            startchar, endchar = base + start, base + end
            tlength = endchar - startchar
            if charlimit and endchar > charlimit:
                break
            matched = term in terms
            if countdown < 0 and not matched:
                firsts.append(startchar)
                while firsts and endchar - firsts[0] > surround:
                    firsts.popleft()
            elif currentlen + tlength > maxchars:
                countdown = 0
            elif matched:
                countdown = surround
                if first is None:
                    if firsts:
                        first = firsts[0]
                    else:
                        first = startchar
                        countdown += surround
                tks.append(Token(positions=False, chars=True, removestops=False, mode="query", text=term,
                                 startchar=startchar, endchar=endchar, matched=True))
            if countdown >= 0:
                currentlen += tlength
                countdown -= tlength
                if countdown <= 0:
                    yield wh.mkfrag(text, tks, startchar=first, endchar=endchar)
                    tks = []
                    firsts = deque()
                    first = None
                    currentlen = 0
        else:
            continue
        break   # the charlimit was reached inside a surface
    if tks:
        yield wh.mkfrag(text, tks, startchar=first, endchar=endchar)


def _highlight(text: str, terms: set[str], memo: TokenTerms, fragmenter, top: int) -> str:
    if fragmenter is _FRAGMENTER:
        fragments = _context_fragments(text, terms, memo)
    else:
        fragments = fragmenter.fragment_tokens(text, _tokens(text, terms, memo))
    fragments = wh.top_fragments(fragments, top, wh.BasicFragmentScorer(), wh.FIRST, 1)
    return _FORMATTER(text, fragments)


def best_snippet(record: dict, terms: set[str], analyzer) -> str:
    """Snippet from the section with most query-term matches (title excluded).

    >>> from analyzers.chain import query_analyzer
    >>> best_snippet({"sections": {"a": "Паркът е нов.", "b": "Нов площад и нови площади."}},
    ...              {"площад"}, query_analyzer())
    'Нов <mark>площад</mark> и нови <mark>площади</mark>'
    """
    candidates = [t for t in (record.get("sections") or {}).values() if t]
    body = record.get("body") or ""
    if body and body not in candidates:
        candidates.append(body)
    if terms:
        memo = _memo(analyzer)
        scored = [(_count_matches(t, terms, memo), -i, t) for i, t in enumerate(candidates)]
        scored = [s for s in scored if s[0] > 0]
        if scored:
            text = max(scored)[2]
            out = _highlight(text, terms, memo, _FRAGMENTER, top=2)
            if out:
                return out
    text = next((t for t in candidates if t.strip()), "")
    text = " ".join(text.split())
    if len(text) > SNIPPET_CHARS:
        text = text[:SNIPPET_CHARS].rsplit(" ", 1)[0] + " …"
    return str(escape(text))


def highlight_text(text: str, terms: set[str], analyzer) -> str:
    """A whole text (e.g. a provenance sentence) escaped, with query terms marked.

    >>> from analyzers.chain import query_analyzer
    >>> highlight_text("Парк & площад", {"площад"}, query_analyzer())
    'Парк &amp; <mark>площад</mark>'
    """
    if not terms:
        return str(escape(text))
    out = _highlight(text, terms, _memo(analyzer), wh.WholeFragmenter(), top=1)
    return out or str(escape(text))
