"""``pattern.finditer(text)`` for a big alternation of cues, tried only where a match can begin.

A status stage's cue table is one regex, ``\\b(?:…|…)\\b`` with ~100 alternatives, and
``re`` tries all of them at every word boundary of a sentence: that scan was most of the
CPU of ``real_cue``. Almost every alternative begins with one of a few literal words,
perhaps after an optional word (``(?:успешно\\s+)?приключ…``), or at the start of the text
(``^\\W*…``). :func:`word_starts` reads those words from the parsed rows and builds one
small regex (a trie of them, and the few rows that may begin with any word, behind a
lookahead) that lists in C the places where a match can begin; ``pattern.match`` at those
places gives the matches of ``finditer`` in the same order (``match`` sees the text before a
place, so ``\\b`` and lookbehinds hold as in a scan).

``anchored.leading_literals`` does the same for patterns whose every match begins with a
literal; this module also passes over optional items, which the cue tables need.

>>> import re
>>> rows = [r"(?:успешно\\s+)?приключи", r"^\\W*изпълнен", r"е\\s+открит", r"\\w+\\s+и\\s+предаден"]
>>> p = re.compile(r"\\b(?:" + "|".join(rows) + r")\\b")
>>> text = "изпълнен и успешно приключи; е открит, ремонтиран и предаден"
>>> [m.group() for m in finditer_starts(p, word_starts(rows), text)] == [m.group() for m in p.finditer(text)]
True
"""
from __future__ import annotations

import re
from re import _constants, _parser
from typing import Iterator, NamedTuple

from indexer.extract.anchored import _trie_regex

_ZERO_WIDTH = (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT)
_REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)
_MAX_PREFIXES = 2000


class Starts(NamedTuple):
    """Where a match of a pattern can begin: ``places.finditer(text)`` lists every such place
    but 0 when only a ``^`` row can begin there; ``at_start``: a match may also begin at 0."""
    places: re.Pattern
    at_start: bool


class _Unknown(Exception):
    """A match may begin with something other than a literal (a class, a repeat of one)."""


def _begin(items, open_: set[str]) -> tuple[set[str], set[str], bool]:
    """(done, open, at_start) for parsed regex ``items`` after the literal prefixes ``open_``:
    ``done`` are prefixes that a match may end its known text with (what follows is not a
    literal), ``open`` the prefixes of matches that went through all of ``items`` with
    literal text only, ``at_start`` whether ``items`` hold a ``^`` a match may begin at."""
    done: set[str] = set()
    at_start = False
    for op, av in items:
        if not open_:
            break
        if op is _constants.LITERAL:
            open_ = {prefix + chr(av) for prefix in open_}
        elif op is _constants.AT and av in (_constants.AT_BEGINNING, _constants.AT_BEGINNING_STRING):
            if open_ != {""}:
                raise _Unknown  # "^" after text: never matches; not worth a case
            return done, set(), True  # the match begins at 0 (no MULTILINE: see compile_starts)
        elif op in _ZERO_WIDTH:
            continue  # pattern.match at the place checks it
        elif op is _constants.SUBPATTERN:
            if av[1] or av[2]:
                raise _Unknown  # inline flags: (?i:…) would need case folding
            more, open_, start = _begin(av[3], open_)
            done |= more
            at_start |= start
        elif op is _constants.BRANCH:
            branches = [_begin(alternative, set(open_)) for alternative in av[1]]
            open_ = set().union(*(branch[1] for branch in branches))
            done = done.union(*(branch[0] for branch in branches))
            at_start |= any(branch[2] for branch in branches)
        elif op in _REPEATS:
            more, once, start = _begin(av[2], set(open_))
            done |= more | once  # after one round: another round or what follows, unknown here
            at_start |= start
            if av[0] >= 1:
                open_ = set()
        else:
            done |= open_
            open_ = set()
        if len(done) + len(open_) > _MAX_PREFIXES:
            raise _Unknown
    return done, open_, at_start


def _leading_words(row: str) -> tuple[list[str], bool] | None:
    """(literals, at_start) that every match of the regex ``row`` begins with (or at 0), or
    None when a match may begin otherwise."""
    try:
        done, open_, at_start = _begin(_parser.parse(row).data, {""})
    except _Unknown:
        return None
    prefixes = done | open_
    if "" in prefixes:
        return None
    return sorted(prefixes), at_start


def word_starts(rows: list[str]) -> Starts:
    """The :class:`Starts` of ``\\b(?:row|row|…)`` (no flags) from the sources of its rows.

    A row whose matches begin with literals is found by them (a trie); a row that may begin
    with any word (``(?:[^\\s.,;]+\\s+и\\s+)?предаден…``, five in the stage tables) is
    found by itself, in the lookahead beside the trie. Only word boundaries are tried: a
    literal such as ``е`` is inside most words.
    """
    literals: set[str] = set()
    others: list[str] = []
    at_start = False
    for row in rows:
        words = _leading_words(row)
        if words is None:
            others.append(row)
        else:
            literals.update(words[0])
            at_start |= words[1]
    kept: list[str] = []
    for literal in sorted(literals, key=lambda p: (len(p), p)):
        if not any(literal.startswith(shorter) for shorter in kept):
            kept.append(literal)
    # A lookahead: the places may overlap ("приемо-предавател" holds the start of "предаде…").
    ahead = "|".join(([_trie_regex(kept)] if kept else []) + others)
    return Starts(re.compile(r"\b(?=" + ahead + ")"), at_start)


def finditer_starts(pattern: re.Pattern, starts: Starts, text: str) -> Iterator[re.Match]:
    """The matches of ``pattern.finditer(text)`` given its :class:`Starts` (matches are not empty)."""
    resume = 0
    match_at = pattern.match
    if starts.at_start:
        match = match_at(text)
        if match is not None:
            resume = match.end()
            yield match
    for place in starts.places.finditer(text, resume):
        position = place.start()
        if position < resume:
            continue
        match = match_at(text, position)
        if match is not None:
            resume = match.end()
            yield match
