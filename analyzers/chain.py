"""The praktiki analysis chain: Whoosh analyzers for index and query time, and ``analyze``.

Design decision — per-token dispatch by script, not per-document language
--------------------------------------------------------------------------
Every token is treated by its own script: Cyrillic words go to the Bulgarian stemmer and
the Bulgarian stopword list, Latin words to Snowball English and the English list. The
document's language (``Practice.lang``) and the query's language do NOT change how a
word is indexed or queried. This is what keeps the two sides in agreement: ``община`` in
an English page indexes exactly like ``община`` in a Bulgarian page, and the query
``община`` does not need to know which kind of page it is looking for. Bulgarian pages
full of Latin names (``Interreg``, ``UNDP``) and English pages quoting ``Бургас`` need
no special case.

The language still matters at the edges: :func:`analyze` reports it (detected when not
given), and the search side uses it to decide whether a Latin query is English or
transliterated Bulgarian (see :mod:`analyzers.transliteration`).

Index vs query
--------------
Whoosh calls a field's single analyzer with ``mode="index"`` or ``mode="query"``, so the
chain is one analyzer whose filters look at the mode where the two must differ:
compounds index whole + parts but query as parts; project codes index their prefixes and
dotted dates their year, but both query as typed. :func:`index_analyzer` and
:func:`query_analyzer` therefore return the same chain; both names exist so callers say
what they mean.

What the chain does not do
--------------------------
Bridges that need the index or a phrase list stay out of the analyzer, on the search
side: Latin-letter words read as Cyrillic and Cyrillic words matched to their Latin
transliteration (:func:`analyzers.transliteration.alternative_terms`, resolved against
the lexicon), and abbreviations expanded to their long forms
(:func:`analyzers.synonyms.expansions`). An analyzer cannot see the lexicon, and
expanding phrases inside it would break positions.
"""
from __future__ import annotations

from whoosh.analysis import CompositeAnalyzer, Token

from analyzers.filters import (_MIN_CODE_PREFIX, CodePrefixFilter, CompoundSplitFilter,
                               DateYearFilter, NormalizeFilter, ScriptStemFilter,
                               StopwordFilter)
from analyzers.language import detect_lang
from analyzers.normalize import normalize_word
from analyzers.numbers import canonical_number, year_of_date
from analyzers.stemming import normalize_code, normalize_term, split_compound, stem_word
from analyzers.stopwords import all_stopwords
from analyzers.tokenizer import _KIND_BY_GROUP_INDEX, TOKEN_PATTERN, PraktikiTokenizer


def _chain_items() -> list:
    # Order matters: stopwords are judged on normalised words and before compound
    # splitting (a compound is never a stopword); stemming comes last so that every other
    # filter sees whole words.
    return [PraktikiTokenizer(), NormalizeFilter(), StopwordFilter(), CompoundSplitFilter(),
            CodePrefixFilter(), DateYearFilter(), ScriptStemFilter()]


class PraktikiAnalyzer(CompositeAnalyzer):
    """The chain above, run as one generator instead of seven.

    ``items`` holds the same tokenizer and filters as before (they stay the reference
    definition, and ``analyzer | SomeFilter`` composes a plain chain from them), but
    ``__call__`` runs their combined effect in a single loop over the tokenizer's regex
    matches: a token used to pass through seven generator frames, which was most of the
    ~35 µs a token the chain cost. The output is the same stream of tokens, attribute for
    attribute (``tests/analyzers/test_fused_chain.py`` compares the two on the samples in
    every mode). Each token also carries ``unstemmed``, its text before stemming, so the
    indexer gets the spelling words of a field from the same pass (see
    :class:`indexer.schema.PraktikiText`).

    >>> [(t.text, t.pos) for t in index_analyzer()("Общината на Бургас", positions=True)]
    [('общин', 0), ('бургас', 1)]
    """

    def __init__(self):
        super().__init__(*_chain_items())

    def __call__(self, value, no_morph=False, positions=False, chars=False,
                 keeporiginal=False, removestops=True, start_pos=0, start_char=0,
                 tokenize=True, mode="", **kwargs):
        if not tokenize or [type(i) for i in self.items] != _FUSED_TYPES:
            return CompositeAnalyzer.__call__(
                self, value, no_morph=no_morph, positions=positions, chars=chars,
                keeporiginal=keeporiginal, removestops=removestops, start_pos=start_pos,
                start_char=start_char, tokenize=tokenize, mode=mode, **kwargs)
        return self._fused(value, no_morph, positions, chars, keeporiginal, removestops,
                           start_pos, start_char, mode, kwargs)

    @staticmethod
    def _fused(value, no_morph, positions, chars, keeporiginal, removestops, start_pos,
               start_char, mode, kwargs):
        # The comments name the filter whose behaviour each step reproduces.
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        stem = not no_morph and not getattr(token, "nomorph", False)   # ScriptStemFilter
        query = mode == "query"
        stopwords = all_stopwords()
        kinds = _KIND_BY_GROUP_INDEX
        pos = start_pos - 1
        removed = 0   # StopwordFilter: stopwords dropped so far
        shift = 0     # CompoundSplitFilter: extra positions taken by compound parts so far
        for match in TOKEN_PATTERN.finditer(value):
            # PraktikiTokenizer
            surface = match.group()
            kind = kinds[match.lastindex]
            if keeporiginal:
                token.original = surface
            if positions:
                pos += 1
            # NormalizeFilter
            if kind == "word":
                text = normalize_term(surface)
                # StopwordFilter
                if text in stopwords:
                    if removestops:
                        removed += 1
                        continue
                    token.stopped = True
                else:
                    token.stopped = False
            else:
                if kind == "number":
                    text = canonical_number(surface)
                elif kind == "code":
                    text = normalize_code(surface)
                else:
                    text = normalize_term(surface)
                token.stopped = False
            token.kind = kind
            if positions:
                token.pos = pos - removed + shift
            if chars:
                start, end = match.span()
                token.startchar = start_char + start
                token.endchar = start_char + end
            if kind == "word":
                token.unstemmed = text
                token.text = stem_word(text) if stem else text
                yield token
            elif kind == "compound":
                # CompoundSplitFilter, each token then stemmed by ScriptStemFilter
                parts = split_compound(text)
                start_pos_ = token.pos if positions else 0
                if not query:
                    token.unstemmed = text
                    token.text = stem_word(text) if stem else text
                    yield token
                token.kind = "word"
                if chars:
                    first_char, last_char = token.startchar, token.endchar
                cursor = 0
                for i, part in enumerate(parts):
                    token.unstemmed = part
                    token.text = stem_word(part) if stem else part
                    if positions:
                        token.pos = start_pos_ + i
                    if chars:
                        found = text.find(part, cursor)
                        cursor = found + len(part) if found >= 0 else cursor
                        token.startchar = min(first_char + max(found, 0), last_char)
                        token.endchar = min(token.startchar + len(part), last_char)
                    yield token
                shift += len(parts) - 1
            else:
                token.unstemmed = token.text = text
                yield token
                if query:
                    continue
                if kind == "code":
                    # CodePrefixFilter
                    for cut, char in enumerate(text):
                        if char == "-" and cut >= _MIN_CODE_PREFIX:
                            token.unstemmed = token.text = text[:cut]
                            yield token
                    token.unstemmed = token.text = text
                elif kind == "number":
                    # DateYearFilter
                    year = year_of_date(text)
                    if year:
                        token.unstemmed = token.text = year
                        yield token
                        token.unstemmed = token.text = text


    def index_terms(self, value: str) -> tuple[dict[str, list[int]], set[str]] | None:
        """What indexing ``value`` takes from the chain: each term's positions, in the
        order the tokens come, and the unstemmed words (for the spelling side file).

        The same as collecting ``(token.text, token.pos)`` and ``token.unstemmed`` from
        ``self(value, positions=True, mode="index")`` (``tests/analyzers/test_index_terms.py``
        compares them), without a Token or a generator step per token: for the indexer,
        which analyses every text field of every practice (the samples: 400 tokens a
        practice). None when the chain is not the fused one.
        """
        if [type(i) for i in self.items] != _FUSED_TYPES:
            return None
        kinds = _KIND_BY_GROUP_INDEX
        poses: dict[str, list[int]] = {}
        words: set[str] = set()
        add_word = words.add
        get = poses.get
        plain = _PLAIN_WORDS.get
        pos = -1
        removed = 0   # StopwordFilter: stopwords dropped so far
        shift = 0     # CompoundSplitFilter: extra positions taken by compound parts so far
        for match in TOKEN_PATTERN.finditer(value):
            kind = kinds[match.lastindex]
            pos += 1
            if kind == "word":
                # one look-up per word instead of normalize_term, the stopword set and
                # stem_word in turn (each a cached call): most of a page's words were seen
                surface = match.group()
                known = plain(surface, _UNSEEN)
                if known is _UNSEEN:
                    known = _plain_word(surface)
                if known is None:
                    removed += 1
                    continue
                text, term = known
                at = pos - removed + shift
                add_word(text)
                found = get(term)
                if found is None:
                    poses[term] = [at]
                else:
                    found.append(at)
                continue
            surface = match.group()
            if kind == "number":
                text = canonical_number(surface)
            elif kind == "code":
                text = normalize_code(surface)
            else:
                text = normalize_term(surface)
            at = pos - removed + shift
            if kind == "compound":
                # the whole word, then its parts at consecutive positions (index mode)
                parts = split_compound(text)
                terms = [(stem_word(text), text, at)]
                terms += [(stem_word(part), part, at + i) for i, part in enumerate(parts)]
                shift += len(parts) - 1
            else:
                terms = [(text, text, at)]
                if kind == "code":   # CodePrefixFilter
                    terms += [(text[:cut], text[:cut], at) for cut, char in enumerate(text)
                              if char == "-" and cut >= _MIN_CODE_PREFIX]
                elif kind == "number":   # DateYearFilter
                    year = year_of_date(text)
                    if year:
                        terms.append((year, year, at))
            for term, unstemmed, at in terms:
                add_word(unstemmed)
                found = get(term)
                if found is None:
                    poses[term] = [at]
                else:
                    found.append(at)
        return poses, words


_FUSED_TYPES = [type(i) for i in _chain_items()]

# ``index_terms``' memo of plain words: surface -> (normalised text, term), None for a stopword.
_PLAIN_WORDS: dict[str, tuple[str, str] | None] = {}
_UNSEEN = object()


def _plain_word(surface: str) -> tuple[str, str] | None:
    """What the chain makes of one ``word`` token: its normalised text and its term, or None
    for a stopword (memoised in ``_PLAIN_WORDS``, bounded like the stemmers' caches).

    >>> _plain_word("Общината"), _plain_word("на")
    (('общината', 'общин'), None)
    """
    text = normalize_term(surface)
    known = None if text in all_stopwords() else (text, stem_word(text))
    if len(_PLAIN_WORDS) >= 500_000:
        _PLAIN_WORDS.clear()
    _PLAIN_WORDS[surface] = known
    return known


def _build_chain() -> PraktikiAnalyzer:
    return PraktikiAnalyzer()


def index_analyzer() -> PraktikiAnalyzer:
    """The analyzer to put on TEXT fields of the schema.

    >>> [t.text for t in index_analyzer()("Общината на Бургас", mode="index")][-1]
    'бургас'
    """
    return _build_chain()


def query_analyzer() -> PraktikiAnalyzer:
    """The analyzer for query text (the same chain; filters branch on ``mode="query"``).

    >>> [t.text for t in query_analyzer()("BG051PO002-1.6.02", mode="query")]
    ['bg051po002-1.6.02']
    """
    return _build_chain()


def analyze(text: str, lang: str | None = None, mode: str = "index") -> list[dict]:
    """What the chain makes of ``text``, token by token (like Elasticsearch ``_analyze``).

    Each entry: ``original`` (the characters of ``text`` it came from), ``normalized``
    (lowercase, normalised, unstemmed), ``stem`` (the indexed term), ``position``,
    ``start``, ``end`` (offsets into ``text``), ``kind`` and ``lang`` (the text's language,
    detected when not given; it does not change the terms — see the module docstring).

    >>> [(t["original"], t["stem"], t["position"]) for t in analyze("Projects of Burgas")]
    [('Projects', 'project', 0), ('Burgas', 'burga', 1)]
    """
    lang = lang or detect_lang(text)
    chain = _build_chain()
    stemmed = [(t.pos, t.startchar, t.endchar, t.text, t.kind)
               for t in chain(text, positions=True, chars=True, mode=mode)]
    unstemmed = [t.text for t in chain(text, positions=True, chars=True, mode=mode,
                                       no_morph=True)]
    result = []
    for (pos, start, end, term, kind), plain in zip(stemmed, unstemmed):
        result.append({
            "original": text[start:end],
            "normalized": normalize_word(plain),
            "stem": term,
            "position": pos,
            "start": start,
            "end": end,
            "kind": kind,
            "lang": lang,
        })
    return result
