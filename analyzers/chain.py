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

from whoosh.analysis import CompositeAnalyzer

from analyzers.filters import (CodePrefixFilter, CompoundSplitFilter, DateYearFilter,
                               NormalizeFilter, ScriptStemFilter, StopwordFilter)
from analyzers.language import detect_lang
from analyzers.normalize import normalize_word
from analyzers.tokenizer import PraktikiTokenizer


def _build_chain() -> CompositeAnalyzer:
    # Order matters: stopwords are judged on normalised words and before compound
    # splitting (a compound is never a stopword); stemming comes last so that every other
    # filter sees whole words.
    return (PraktikiTokenizer() | NormalizeFilter() | StopwordFilter()
            | CompoundSplitFilter() | CodePrefixFilter() | DateYearFilter()
            | ScriptStemFilter())


def index_analyzer() -> CompositeAnalyzer:
    """The analyzer to put on TEXT fields of the schema.

    >>> [t.text for t in index_analyzer()("Общината на Бургас", mode="index")][-1]
    'бургас'
    """
    return _build_chain()


def query_analyzer() -> CompositeAnalyzer:
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
