"""Theme queries: a query that names a theme also finds the practices classified under it.

Researchers search by theme ("интеграция на ромите", "местно икономическо развитие"),
yet a practice about Roma mediators may never use the theme's own words. When most of a
plain query's words are words of a theme's Bulgarian or English label, the query gains an
optional clause on the ``themes`` facet, with a constant score below a strong text match.
"""
from __future__ import annotations

import csv
from functools import lru_cache

from whoosh import query as wq

from analyzers.chain import query_analyzer
from config.settings import data_path

THEME_SCORE = 4.0      # about one good body match: theme-only hits rank below text matches
MIN_COVERAGE = 0.6     # share of the query's words that must belong to the label


@lru_cache(maxsize=1)
def _analyzer():
    return query_analyzer()


@lru_cache(maxsize=1)
def _theme_label_terms() -> tuple[tuple[str, frozenset[str]], ...]:
    analyzer = _analyzer()
    with open(data_path("themes.tsv"), encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    out = []
    for row in rows:
        for label in (row["label_bg"], row["label_en"]):
            terms = frozenset(t.text for t in analyzer(label, mode="query"))
            if terms:
                out.append((row["id"], terms))
    return tuple(out)


def theme_clause(words: list[str]) -> tuple[wq.Query | None, list[str]]:
    """An optional query on the themes a plain query names, and those theme ids.

    >>> theme_clause(["интеграция", "на", "ромите"])[1]
    ['roma']
    >>> theme_clause(["кмет"])[1]
    []
    """
    analyzer = _analyzer()
    terms = {t.text for w in words for t in analyzer(w, mode="query")}
    if not terms:
        return None, []
    ids = []
    for theme_id, label_terms in _theme_label_terms():
        if theme_id not in ids and len(terms & label_terms) / len(terms) >= MIN_COVERAGE:
            ids.append(theme_id)
    if not ids:
        return None, []
    clause = wq.Or([wq.ConstantScoreQuery(wq.Term("themes", i), score=THEME_SCORE) for i in ids])
    return clause, ids
