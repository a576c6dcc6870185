"""``pattern.finditer(text)`` for IGNORECASE patterns that begin with a known word, without the scan.

Python's ``re`` tries a case-insensitive pattern at every position of a page: a few hundred
microseconds a page for a pattern such as ``(?<![\\w-])(?:общин…|кмет…)…``. When every match
begins with one of a few lower-case literals, only the places where the lower-cased page holds
one of them can start a match; ``pattern.match`` there (lookbehinds still see the text before)
gives the same matches as ``finditer``, in the same order.

That holds when the lower-cased text lines up with the text (one character for one: no
``İ``) and the text has none of the characters that ``re`` folds onto a letter of the
literals besides its capital (``ı`` for ``i``, the old Cyrillic ``ᲀ`` for ``в``); otherwise
``finditer`` itself is used.

>>> import re
>>> p = re.compile(r"(?<!\\w)община\\s+(\\w+)", re.I)
>>> text = "ОБЩИНА Габрово и Община Русе; общината"
>>> [m.group(1) for m in finditer_from(p, text, text.lower(), ("община",))]
['Габрово', 'Русе']
"""
from __future__ import annotations

import re
from functools import lru_cache
from re import _casefix
from typing import Iterator

@lru_cache(maxsize=None)
def _folded_apart(literals: tuple[str, ...]) -> re.Pattern | None:
    """Characters that IGNORECASE matches with a letter of ``literals`` although their lower
    case is not that letter (``re._casefix``: ``ı`` for ``i``, ``ᲀ`` for ``в``; ``Σ``, whose
    ``str.lower`` at a word's end is ``ς``, for ``σ``)."""
    chars = set()
    for literal in literals:
        for char in literal:
            chars.update(chr(c) for c in _casefix._EXTRA_CASES.get(ord(char), ()))
            if char == "σ":
                chars.add("Σ")
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]") if chars else None


def aligned(text: str, lowered: str, literals: tuple[str, ...]) -> bool:
    """Whether ``lowered`` (``text.lower()``) finds every place where ``text`` holds one of
    ``literals`` case-insensitively (as ``re`` reads it)."""
    if len(lowered) != len(text):  # "İ" lowers to two characters: positions would shift
        return False
    apart = _folded_apart(literals)
    return apart is None or apart.search(text) is None


def finditer_from(pattern: re.Pattern, text: str, lowered: str, literals: tuple[str, ...]) -> Iterator[re.Match]:
    """The matches of ``pattern.finditer(text)``, given that each begins with one of ``literals``.

    ``literals`` are lower case; ``lowered`` is ``text.lower()``. A match may not be empty.
    """
    if not aligned(text, lowered, literals):
        yield from pattern.finditer(text)
        return
    starts = set()
    for literal in literals:
        position = lowered.find(literal)
        while position >= 0:
            starts.add(position)
            position = lowered.find(literal, position + 1)
    end = 0
    match_at = pattern.match
    for position in sorted(starts):
        if position < end:
            continue
        match = match_at(text, position)
        if match is not None:
            end = match.end()
            yield match


def _trie_regex(words) -> str:
    """A regex that matches where any of ``words`` begins (it stops at the shortest one).

    >>> _trie_regex(["ОП", "ОПАК", "ПРСР"])
    '(?:ОП|ПРСР)'
    """
    trie: dict = {}
    for word in sorted(words, key=len):
        node = trie
        for char in word:
            if node.get("") is True:
                break
            node = node.setdefault(char, {})
        else:
            node.clear()
            node[""] = True

    def regex(node: dict) -> str:
        if node.get("") is True:
            return ""
        parts = [re.escape(char) + regex(child) for char, child in sorted(node.items())]
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return regex(trie)


@lru_cache(maxsize=None)
def any_of(words: tuple[str, ...]) -> re.Pattern:
    """A case-sensitive regex that matches where any of ``words`` begins: ``any_of(w).search(s)``
    is ``any(word in s for word in w)`` in one C pass (a trie, so each position costs a few
    comparisons).

    >>> any_of(("приключ", "завърш")).search("проектът завърши") is not None
    True
    """
    return re.compile(_trie_regex(list(words)))
