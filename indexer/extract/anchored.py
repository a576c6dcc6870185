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
from bisect import bisect_left
from functools import lru_cache
from re import _casefix, _constants, _parser
from typing import Iterator

@lru_cache(maxsize=None)
def _folded_apart(literals: tuple[str, ...]) -> str:
    """Characters that IGNORECASE matches with a letter of ``literals`` although their lower
    case is not that letter (``re._casefix``: ``ı`` for ``i``, ``ᲀ`` for ``в``; ``Σ``, whose
    ``str.lower`` at a word's end is ``ς``, for ``σ``)."""
    chars = set()
    for literal in literals:
        for char in literal:
            chars.update(chr(c) for c in _casefix._EXTRA_CASES.get(ord(char), ()))
            if char == "σ":
                chars.add("Σ")
    return "".join(sorted(chars))


def aligned(text: str, lowered: str, literals: tuple[str, ...]) -> bool:
    """Whether ``lowered`` (``text.lower()``) finds every place where ``text`` holds one of
    ``literals`` case-insensitively (as ``re`` reads it)."""
    if len(lowered) != len(text):  # "İ" lowers to two characters: positions would shift
        return False
    # one str.find per character: ~10x faster than a regex character class over a page
    return not any(char in text for char in _folded_apart(literals))


def finditer_from(pattern: re.Pattern, text: str, lowered: str, literals: tuple[str, ...]) -> Iterator[re.Match]:
    """The matches of ``pattern.finditer(text)``, given that each begins with one of ``literals``.

    ``literals`` are lower case; ``lowered`` is ``text.lower()``. A match may not be empty.
    """
    if not aligned(text, lowered, literals):
        yield from pattern.finditer(text)
        return
    yield from _matches_at(pattern, text, _places(lowered, literals))


def _places(haystack: str, literals: tuple[str, ...]) -> list[int]:
    """The ascending places where one of ``literals`` begins in ``haystack``."""
    starts = set()
    for literal in literals:
        position = haystack.find(literal)
        while position >= 0:
            starts.add(position)
            position = haystack.find(literal, position + 1)
    return sorted(starts)


def _matches_at(pattern: re.Pattern, text: str, starts: list[int]) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` given the ascending places where a match can begin."""
    end = 0
    match_at = pattern.match
    for position in starts:
        if position < end:
            continue
        match = match_at(text, position)
        if match is not None:
            end = match.end()
            yield match


@lru_cache(maxsize=None)
def _leading(pattern: re.Pattern) -> tuple[tuple[str, ...], bool] | None:
    return leading_literals(pattern)


def finditer_anchored(pattern: re.Pattern, text: str, lowered: str | None = None) -> Iterator[re.Match]:
    """``pattern.finditer(text)``, tried only where one of its leading literals is
    (``leading_literals``; ``finditer`` when it has none). ``lowered`` is ``text.lower()``
    when the caller has it.

    >>> p = re.compile(r"(?<!\\w)(?:община|кмет)\\s+(\\w+)", re.I)
    >>> [m.group(1) for m in finditer_anchored(p, "ОБЩИНА Габрово и кметът; Кмет Иванов")]
    ['Габрово', 'Иванов']
    """
    anchors = _leading(pattern)
    if anchors is None:
        yield from pattern.finditer(text)
    elif anchors[1]:
        yield from finditer_from(pattern, text, text.lower() if lowered is None else lowered, anchors[0])
    else:
        yield from _matches_at(pattern, text, _places(text, anchors[0]))


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


_ZERO_WIDTH = (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT)
_MAX_LITERALS = 64


def _zero_width(items) -> bool:
    """Whether parsed regex ``items`` only assert (``\\b``, lookarounds) and consume nothing."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _constants.SUBPATTERN and _zero_width(av[3]):
            continue
        if op is _constants.BRANCH and all(_zero_width(alternative) for alternative in av[1]):
            continue
        return False
    return True


def _literal_beginnings(items, ignorecase: bool) -> tuple[list[str], bool, bool]:
    """(literals, whole, ignorecase): the literal text that each match of parsed regex ``items``
    begins with (``""`` when some match may begin otherwise), whether ``items`` are that text
    and nothing more, and whether re compares it case-insensitively."""
    prefixes = [""]
    for op, av in items:
        if _zero_width([(op, av)]):
            continue  # pattern.match still checks it
        if op is _constants.LITERAL:
            prefixes = [prefix + chr(av) for prefix in prefixes]
            continue
        if op is _constants.SUBPATTERN:
            case = (ignorecase or bool(av[1] & re.IGNORECASE)) and not av[2] & re.IGNORECASE
            parts = [_literal_beginnings(av[3], case)]
        elif op is _constants.BRANCH:
            parts = [_literal_beginnings(alternative, ignorecase) for alternative in av[1]]
        else:
            return prefixes, False, ignorecase  # a class, a repeat...: the literal text ends here
        case = parts[0][2]
        if any(part[2] != case for part in parts) or (case != ignorecase and prefixes != [""]):
            return prefixes, False, ignorecase
        prefixes = [prefix + more for prefix in prefixes for part in parts for more in part[0]]
        ignorecase = case
        if len(prefixes) > _MAX_LITERALS:
            return [""], False, ignorecase
        if not all(part[1] for part in parts):
            return prefixes, False, ignorecase
    return prefixes, True, ignorecase


def leading_literals(pattern: re.Pattern) -> tuple[tuple[str, ...], bool] | None:
    """The literals that every match of ``pattern`` begins with, and whether re compares them
    case-insensitively (they are then lower case); None when a match may begin otherwise.

    Zero-width items before them (``\\b``, lookarounds) are passed over: ``pattern.match``
    at a place that holds a literal checks them. A literal that begins with another is left
    out: the places of the shorter one hold it too.

    >>> leading_literals(re.compile(r"(?i:\\bпрограма(?:та)?\\s+за|(?<!\\w)ОП\\W|програмата)"))
    (('оп', 'програма'), True)
    >>> leading_literals(re.compile(r"(?<!\\w)ОПАК(?![\\w-])")), leading_literals(re.compile(r"\\d+ лв"))
    ((('ОПАК',), False), None)
    """
    prefixes, _, ignorecase = _literal_beginnings(_parser.parse(pattern.pattern, pattern.flags),
                                                  bool(pattern.flags & re.IGNORECASE))
    if "" in prefixes:
        return None
    if ignorecase:
        lowered = [prefix.lower() for prefix in prefixes]
        if any(len(low) != len(prefix) for low, prefix in zip(lowered, prefixes)):
            return None  # "İ" lowers to two characters
        prefixes = lowered
    kept: list[str] = []
    for prefix in sorted(set(prefixes), key=lambda p: (len(p), p)):
        if not any(prefix.startswith(shorter) for shorter in kept):
            kept.append(prefix)
    return tuple(sorted(kept)), ignorecase


def positions_of(literal: str, haystack: str) -> list[int]:
    """Every place where ``literal`` begins in ``haystack``, overlapping ones included."""
    found = []
    position = haystack.find(literal)
    while position >= 0:
        found.append(position)
        position = haystack.find(literal, position + 1)
    return found


def finditer_at(pattern: re.Pattern, text: str, start: int, end: int, starts: list[int]) -> Iterator[re.Match]:
    """The matches of ``pattern.finditer(text, start, end)``, given the ascending ``starts``
    that hold every place where a match can begin (matches may not be empty).

    ``finditer`` tries every place from ``start`` on and goes on after each match;
    ``pattern.match(text, place, end)`` sees the same text before and after the place.
    """
    resume = start
    for index in range(bisect_left(starts, start), len(starts)):
        place = starts[index]
        if place >= end:
            break
        if place < resume:
            continue
        match = pattern.match(text, place, end)
        if match is not None:
            resume = match.end()
            yield match
