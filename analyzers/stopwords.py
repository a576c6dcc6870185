"""Stopword lists: short Bulgarian and English function-word lists read from ``config/``.

The Bulgarian list is kept short on purpose (see ``config/stopwords_bg.txt``): longer
public lists drop content words such as ``година`` or ``време`` that people search for.
Entries are normalised like tokens (``ѝ`` becomes ``и``), so the lists compare equal to
what :class:`analyzers.filters.NormalizeFilter` produces.
"""
from __future__ import annotations

from functools import lru_cache

from analyzers.normalize import normalize_word
from config.settings import data_path


def _read_word_list(name: str) -> frozenset[str]:
    words = set()
    for line in data_path(name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.add(normalize_word(line).lower())
    return frozenset(words)


@lru_cache(maxsize=None)
def stopwords(lang: str) -> frozenset[str]:
    """The stopword set of ``lang`` (``"bg"`` or ``"en"``).

    >>> "на" in stopwords("bg"), "година" in stopwords("bg")
    (True, False)
    >>> "the" in stopwords("en")
    True
    """
    if lang not in ("bg", "en"):
        raise ValueError(f"no stopword list for language {lang!r}")
    return _read_word_list(f"stopwords_{lang}.txt")


def is_stopword(word: str) -> bool:
    """True when the lowercase, normalised ``word`` is a function word of its script.

    Cyrillic words are looked up in the Bulgarian list, others in the English list, so a
    mixed page needs no language decision here.

    >>> is_stopword("на"), is_stopword("the"), is_stopword("община")
    (True, True, False)
    """
    if not word:
        return False
    lang = "bg" if "\u0400" <= word[0] <= "\u04ff" else "en"
    return word in stopwords(lang)


@lru_cache(maxsize=None)
def all_stopwords() -> frozenset[str]:
    """Bulgarian and English stopwords in one set (the scripts keep them apart).

    >>> {"на", "the"} <= all_stopwords()
    True
    """
    return stopwords("bg") | stopwords("en")
