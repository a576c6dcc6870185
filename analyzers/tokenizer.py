"""The praktiki tokenizer: one compiled regex pass over the ORIGINAL text.

Offsets (``startchar``/``endchar``) always point into the text the caller passed in, so
the highlighter can mark the exact characters; normalisation happens later, per token,
in :class:`analyzers.filters.NormalizeFilter`. For that reason the word pattern accepts
the invisible characters (soft hyphen, zero-width) and combining accents that the
normaliser removes or composes: ``соци\\u00adално`` is one token, not two.

Token kinds, tried in this order (the first alternative that matches wins):

==========  =====================================  ==========================================
kind        example                                why it is one token
==========  =====================================  ==========================================
url         ``https://www.burgas.bg/bg/proekti``   findable as typed, never split on ``/``
email       ``obshtina@burgas.bg``
code        ``BG051PO002-1.6.02-0030-C0001``       project codes; prefixes added by a filter
number      ``454 090,00``  ``1,274,993.65``        money amounts keep their digit groups
abbrev      ``т.нар.``  ``т.е.``  ``e.g.``         dotted abbreviations are not split
compound    ``социално-икономически``             whole and parts added by a filter
word        ``общината``  ``ОПАК``  ``ob6tina``
translit    ``4italishte``  ``6kola``             shlyokavitsa word starting with a digit
number      ``2012``  ``02.05.2012``  ``7.2``
==========  =====================================  ==========================================

The pattern tries a plain word first, guarded by a lookahead that rejects a word
continuing into a URL, e-mail, code, dotted abbreviation or compound; those fall through
to their own alternatives. Nine tokens in ten are plain words, so this halves the time of
the pass without changing its output.

A single-word abbreviation such as ``г.`` or ``лв.`` is the word ``г``/``лв``: at the end
of a sentence nobody can tell its dot from a full stop, and the query ``лв.`` is tokenised
the same way, so it still matches. Whoosh's own ``RegexTokenizer`` is not enough because
it cannot say which alternative matched; the kind drives later filters.
"""
from __future__ import annotations

import re
from typing import Iterator

from whoosh.analysis import Token, Tokenizer

# Letters plus what may sit inside a word before normalisation: combining marks
# (decomposed й, ѝ), soft hyphen and zero-width characters. One character class, and
# possessive quantifiers (``*+``) below, keep the pass free of backtracking: the
# tokenizer runs over every character of every indexed document.
_IN_WORD = r"[\w\u0300-\u036f\u00ad\u200b-\u200d\u2060\ufeff]"
_LETTER = r"[^\W\d_]"
_WORD = rf"{_LETTER}{_IN_WORD}*+(?:['’]{_IN_WORD}++)*+"
# Hyphen, non-breaking hyphen, and an en dash typed without spaces (Румъния–България).
_HYPHEN = r"[-\u2010\u2011\u2013]"
# Project codes are Latin, but registries and pages sometimes type a Cyrillic look-alike
# (ВG051РО002); the code's characters include those, and the normaliser folds them back.
_CODE_LETTER = "A-Za-zАВЕКМНОРСТХ"
# Spaces allowed between digit groups: space, no-break space, narrow and thin spaces.
_GROUP_SPACE = r"[ \u00a0\u202f\u2009]"

TOKEN_PATTERN = re.compile(
    rf"""
    # Every token starts with a word character; checking that first lets the engine skip
    # spaces and punctuation without trying each alternative there.
    (?=\w)
    (?:
    (?P<plain>{_WORD})(?!(?:{_HYPHEN}|[.@+/])\w|://)
  | (?P<url>(?:https?://|www\.)[^\s<>"'„“”«»]*[^\s<>"'„“”«».,;:!?)\]])
  | (?P<email>\w[\w.+-]*+@[\w-]+(?:\.[\w-]+)+)
  | (?P<code>(?<![\w-])(?=[\w.\-/]*[A-Za-z])(?=[\w.\-/]*\d)
             [{_CODE_LETTER}][{_CODE_LETTER}0-9]+(?:[-./][{_CODE_LETTER}0-9]+)+(?![\w-]))
  | (?P<grouped>(?<![\d.,])\d{{1,3}}(?:(?:{_GROUP_SPACE}|[.,])\d{{3}})+(?:[.,]\d+)?(?!\d))
  | (?P<abbrev>(?<!\w)(?:[a-zа-я]{{1,3}}\.)+[a-zа-я]{{1,4}}\.(?!\w))
  | (?P<word>{_WORD})(?!{_HYPHEN}\w)
  | (?P<compound>{_WORD}(?:{_HYPHEN}(?:{_WORD}|\d++))+|\d+(?:{_HYPHEN}{_WORD})+)
  | (?P<translit>(?<!\d)[46](?=[a-zA-Z]*[aeiouy])[a-zA-Z]{{2,}}\w*)
  | (?P<number>\d+(?:[.,]\d+)*)
    )
    """,
    re.VERBOSE,
)

# The ``translit`` kind is a word as far as the rest of the chain is concerned.
_KIND_ALIASES = {"plain": "word", "translit": "word", "grouped": "number"}
# ``match.lastindex`` → kind: a list lookup instead of a dict lookup per token. Only the
# named groups exist (no other capturing groups), so lastindex is always one of them.
_KIND_BY_GROUP_INDEX = [None] * (TOKEN_PATTERN.groups + 1)
for _name, _index in TOKEN_PATTERN.groupindex.items():
    _KIND_BY_GROUP_INDEX[_index] = _KIND_ALIASES.get(_name, _name)


def iter_tokens(text: str) -> Iterator[tuple[str, str, int, int]]:
    """Yield ``(kind, surface, start, end)`` for every token of ``text``.

    >>> [(k, s) for k, s, _, _ in iter_tokens("ОП „Добро управление“, 454 090,00 лв.")]
    [('word', 'ОП'), ('word', 'Добро'), ('word', 'управление'), ('number', '454 090,00'), ('word', 'лв')]
    """
    for match in TOKEN_PATTERN.finditer(text):
        yield _KIND_BY_GROUP_INDEX[match.lastindex], match.group(), match.start(), match.end()


class PraktikiTokenizer(Tokenizer):
    """Whoosh tokenizer emitting one token per match of :data:`TOKEN_PATTERN`.

    Every token carries an extra ``kind`` attribute (``word``, ``compound``, ``code``,
    ``number``, ``abbrev``, ``url``, ``email``) read by the filters.

    >>> [(t.text, t.kind, t.startchar) for t in PraktikiTokenizer()("Гент, BG-RRP-1.001", chars=True)]
    [('Гент', 'word', 0), ('BG-RRP-1.001', 'code', 6)]
    """

    def __call__(self, value, positions=False, chars=False, keeporiginal=False,
                 removestops=True, start_pos=0, start_char=0, tokenize=True,
                 mode="", **kwargs):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            # Whoosh asks for the whole value as one token (e.g. for range queries).
            token.original = token.text = value
            token.kind = "word"
            token.boost = 1.0
            token.stopped = False
            if positions:
                token.pos = start_pos
            if chars:
                token.startchar = start_char
                token.endchar = start_char + len(value)
            yield token
            return
        # Inlined iter_tokens: this loop runs once per token of every indexed document and
        # of every highlighted hit, so it sets only what changes (boost and stopped keep
        # the values Token() gave them; StopwordFilter sets stopped itself).
        kinds = _KIND_BY_GROUP_INDEX
        pos = start_pos - 1
        for match in TOKEN_PATTERN.finditer(value):
            token.text = match.group()
            token.kind = kinds[match.lastindex]
            if keeporiginal:
                token.original = token.text
            if positions:
                pos += 1
                token.pos = pos
            if chars:
                start, end = match.span()
                token.startchar = start_char + start
                token.endchar = start_char + end
            yield token
