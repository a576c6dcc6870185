"""Whoosh filters of the praktiki analysis chain, one job each.

They read the ``kind`` attribute set by :class:`analyzers.tokenizer.PraktikiTokenizer`
and the ``mode`` attribute Whoosh sets (``"index"`` or ``"query"``) where index and query
must differ. Whoosh reuses one ``Token`` object for the whole stream, so a filter that
emits several tokens for one input mutates and re-yields it (never stores it).

All filters are module-level classes holding only plain data, so Whoosh can pickle them
with the schema.
"""
from __future__ import annotations

from whoosh.analysis import Filter

from analyzers.numbers import canonical_number, year_of_date
from analyzers.stemming import normalize_code, normalize_term, split_compound, stem_word
from analyzers.stemming import stem_english  # noqa: F401  (used by `praktiki stem`)
from analyzers.stopwords import all_stopwords

_STEMMED_KINDS = frozenset({"word", "compound"})
_MIN_CODE_PREFIX = 3


class NormalizeFilter(Filter):
    """Normalise (NFC, ``ѝ``, invisibles, homoglyphs) and lowercase each token.

    ``"Общинa"`` (Latin ``a``) → ``"община"``; ``"соци\\u00adално"`` → ``"социално"``.

    >>> from analyzers.tokenizer import PraktikiTokenizer
    >>> [t.text for t in NormalizeFilter()(PraktikiTokenizer()("Общинa ѝ 179 335.45"))]
    ['община', 'и', '179335,45']
    """

    def __call__(self, tokens):
        for token in tokens:
            if token.kind == "number":
                # ``454 090,00`` and ``454090.00`` become one term (and a query parser
                # would split the former on its space anyway).
                token.text = canonical_number(token.text)
            elif token.kind == "code":
                token.text = normalize_code(token.text)
            else:
                token.text = normalize_term(token.text)
            yield token


class StopwordFilter(Filter):
    """Drop Bulgarian and English function words and close the gaps they leave.

    Positions are renumbered (as Whoosh's ``StopFilter`` does by default) so that the
    phrase ``община Бургас`` matches ``община на Бургас`` in the index and in the query.
    ``["община", "на", "бургас"]`` → ``["община"@0, "бургас"@1]``.

    >>> from analyzers.tokenizer import PraktikiTokenizer
    >>> ts = NormalizeFilter()(PraktikiTokenizer()("община на Бургас", positions=True))
    >>> [(t.text, t.pos) for t in StopwordFilter()(ts)]
    [('община', 0), ('бургас', 1)]
    """

    def __call__(self, tokens):
        # The two lists cannot collide (Cyrillic vs Latin), so one set serves both scripts.
        stopwords = all_stopwords()
        removed = 0
        for token in tokens:
            if token.kind == "word" and token.text in stopwords:
                if token.removestops:
                    removed += 1
                    continue
                token.stopped = True
            else:
                token.stopped = False
            if token.positions:
                token.pos -= removed
            yield token


class CompoundSplitFilter(Filter):
    """Make each part of a hyphenated compound findable.

    Index mode: the whole at its position, then each part at consecutive positions, so
    both ``социално-икономически`` and the phrase ``социално икономически`` match; later
    tokens shift to make room. Query mode: only the parts, so a query typed with or without
    the hyphen finds both spellings.
    ``"социално-икономическо развитие"`` → index ``["социално-икономическо"@0,
    "социално"@0, "икономическо"@1, "развитие"@2]``.

    >>> from analyzers.tokenizer import PraktikiTokenizer
    >>> ts = PraktikiTokenizer()("социално-икономическо развитие", positions=True, mode="index")
    >>> [(t.text, t.pos) for t in CompoundSplitFilter()(ts)]
    [('социално-икономическо', 0), ('социално', 0), ('икономическо', 1), ('развитие', 2)]
    """

    def __call__(self, tokens):
        shift = 0
        for token in tokens:
            if token.positions:
                token.pos += shift
            if token.kind != "compound":
                yield token
                continue
            whole = token.text
            parts = split_compound(whole)
            start_pos = token.pos if token.positions else 0
            if token.mode != "query":
                yield token
            token.kind = "word"
            chars = token.chars
            if chars:
                first_char, last_char = token.startchar, token.endchar
            cursor = 0
            for i, part in enumerate(parts):
                token.text = part
                if token.positions:
                    token.pos = start_pos + i
                if chars:
                    # Each part points at its own characters. Best effort when the
                    # normaliser dropped invisible characters: clamp to the whole's span.
                    found = whole.find(part, cursor)
                    cursor = found + len(part) if found >= 0 else cursor
                    token.startchar = min(first_char + max(found, 0), last_char)
                    token.endchar = min(token.startchar + len(part), last_char)
                yield token
            shift += len(parts) - 1


class CodePrefixFilter(Filter):
    """At index time, add every hyphen-delimited prefix of a project code.

    ``"bg051po002-1.6.02-0030-c0001"`` → the code itself plus ``"bg051po002"``,
    ``"bg051po002-1.6.02"``, ``"bg051po002-1.6.02-0030"`` at the same position. Queries
    keep the code as typed, so the prefix ``BG051PO002`` finds every project of OPAC.

    >>> from analyzers.tokenizer import PraktikiTokenizer
    >>> ts = NormalizeFilter()(PraktikiTokenizer()("BG-RRP-1.001", mode="index"))
    >>> [t.text for t in CodePrefixFilter()(ts)]
    ['bg-rrp-1.001', 'bg-rrp']
    """

    def __call__(self, tokens):
        for token in tokens:
            yield token
            if token.kind != "code" or token.mode == "query":
                continue
            code = token.text
            for cut, char in enumerate(code):
                # A two-letter prefix ("bg" of BG-RRP-…) would match every code.
                if char == "-" and cut >= _MIN_CODE_PREFIX:
                    token.text = code[:cut]
                    yield token
            token.text = code


class DateYearFilter(Filter):
    """At index time, let a dotted date also be found by its year.

    ``"02.05.2012"`` → ``"02.05.2012"`` and ``"2012"`` at the same position, so the query
    ``2012`` finds a page that only gives the full date.

    >>> from analyzers.tokenizer import PraktikiTokenizer
    >>> [t.text for t in DateYearFilter()(PraktikiTokenizer()("02.05.2012", mode="index"))]
    ['02.05.2012', '2012']
    """

    def __call__(self, tokens):
        for token in tokens:
            yield token
            if token.kind == "number" and token.mode != "query":
                year = year_of_date(token.text)
                if year:
                    date = token.text
                    token.text = year
                    yield token
                    token.text = date


class ScriptStemFilter(Filter):
    """Stem words by script: Cyrillic → Bulgarian stemmer, Latin → Snowball English.

    Numbers, codes, URLs, e-mails, dotted abbreviations and anything with a digit pass
    unchanged. ``is_morph`` lets Whoosh skip this filter when it collects spelling words;
    tokens Whoosh marks ``nomorph`` (its spelling field) are skipped as well.
    ``"projects"`` → ``"project"``.

    >>> from analyzers.tokenizer import PraktikiTokenizer
    >>> [t.text for t in ScriptStemFilter()(PraktikiTokenizer()("projects"))]
    ['project']
    """

    is_morph = True

    def __call__(self, tokens):
        for token in tokens:
            if token.kind in _STEMMED_KINDS and not getattr(token, "nomorph", False):
                token.text = stem_word(token.text)
            yield token
