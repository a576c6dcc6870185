"""Per-word term functions of the analysis chain: normalised text and script-dispatched stem.

Cyrillic words go to :func:`analyzers.bulgarian_stemmer.stem`, Latin words to Snowball
English (PyStemmer); a word's script decides, not the page's language (see
:mod:`analyzers.chain`). Results are cached per word: a corpus repeats its vocabulary,
and indexing 20k documents calls these functions millions of times.
"""
from __future__ import annotations

import threading
from functools import lru_cache

import Stemmer

from analyzers.bulgarian_stemmer import stem as _stem_bulgarian_word
from analyzers.normalize import CYRILLIC_TO_LATIN, normalize_word

_HYPHENS = "-\u2010\u2011\u2013"
_CYRILLIC_LOOKALIKES = str.maketrans(CYRILLIC_TO_LATIN)


def is_cyrillic_word(word: str) -> bool:
    """True when ``word`` contains a Cyrillic letter.

    >>> is_cyrillic_word("община"), is_cyrillic_word("burgas")
    (True, False)
    """
    return any("\u0400" <= ch <= "\u04ff" for ch in word)


# PyStemmer objects are not thread-safe; one per thread, behind a shared result cache.
_english = threading.local()


@lru_cache(maxsize=200_000)
def stem_english(word: str) -> str:
    """Snowball English stem of a lowercase word (PyStemmer).

    >>> stem_english("municipalities")
    'municip'
    """
    stemmer = getattr(_english, "stemmer", None)
    if stemmer is None:
        stemmer = _english.stemmer = Stemmer.Stemmer("english")
    return stemmer.stemWord(word)


@lru_cache(maxsize=200_000)
def stem_bulgarian(word: str) -> str:
    """Bulgarian stem of a lowercase normalised word (``analyzers.bulgarian_stemmer``).

    >>> stem_bulgarian("общините") == stem_bulgarian("общината")
    True
    """
    return _stem_bulgarian_word(word)


@lru_cache(maxsize=500_000)
def normalize_term(surface: str) -> str:
    """Normalised, lowercased text of one token (cached: a corpus repeats its words).

    >>> normalize_term("Общинa’s")
    "община's"
    """
    return normalize_word(surface).lower().replace("’", "'")


def normalize_code(code: str) -> str:
    """A project code in lowercase Latin, Cyrillic look-alike letters folded.

    >>> normalize_code("ВG051РО002-1.6.02")  # Cyrillic В, Р, О
    'bg051po002-1.6.02'
    """
    return code.translate(_CYRILLIC_LOOKALIKES).lower()


@lru_cache(maxsize=500_000)
def stem_word(word: str) -> str:
    """Stem one lowercase word by its script; words with digits are left alone.

    Hyphenated compounds are stemmed part by part, so the whole and its parts agree.

    >>> stem_word("projects"), stem_word("bg051po002")
    ('project', 'bg051po002')
    """
    if any(ch.isdigit() for ch in word):
        return word
    if any(h in word for h in _HYPHENS):
        return "-".join(stem_word(part) for part in split_compound(word))
    return stem_bulgarian(word) if is_cyrillic_word(word) else stem_english(word)


def split_compound(text: str) -> list[str]:
    """The parts of a hyphenated compound (any hyphen character).

    >>> split_compound("социално-икономически")
    ['социално', 'икономически']
    """
    for hyphen in _HYPHENS[1:]:
        text = text.replace(hyphen, "-")
    return [part for part in text.split("-") if part]
