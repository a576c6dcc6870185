"""Amounts written in words: ``сто хиляди лева``, ``двеста и петдесет хиляди лв.``,
``half a million euros``, ``two hundred thousand leva``.

News and speeches spell round sums out; only sums of a thousand or more are read (a budget
is never "пет лева"), and only before a currency word, so a count of people or trees spelled
out (``сто и двадесет деца``) is never money.

>>> [(round(value), currency) for _, _, value, currency in word_amounts("Кабинетът струва сто хиляди лева.")]
[(100000, 'лева')]
>>> parse_words("двеста и петдесет хиляди"), parse_words("half a million"), parse_words("един милион")
(250000.0, 500000.0, 1000000.0)
"""
from __future__ import annotations

import re

# Hand-written: the word-to-number libraries on PyPI (text2num, word2number) read English,
# French or Spanish, none Bulgarian; the Bulgarian words are a closed list of a few dozen.

_UNITS_BG = {
    "един": 1, "една": 1, "едно": 1, "два": 2, "две": 2, "три": 3, "четири": 4, "пет": 5, "шест": 6,
    "седем": 7, "осем": 8, "девет": 9, "десет": 10,
    "единадесет": 11, "единайсет": 11, "дванадесет": 12, "дванайсет": 12, "тринадесет": 13, "тринайсет": 13,
    "четиринадесет": 14, "четиринайсет": 14, "петнадесет": 15, "петнайсет": 15, "шестнадесет": 16,
    "шестнайсет": 16, "седемнадесет": 17, "седемнайсет": 17, "осемнадесет": 18, "осемнайсет": 18,
    "деветнадесет": 19, "деветнайсет": 19,
    "двадесет": 20, "двайсет": 20, "тридесет": 30, "трийсет": 30, "четиридесет": 40, "четирийсет": 40,
    "петдесет": 50, "шестдесет": 60, "седемдесет": 70, "осемдесет": 80, "деветдесет": 90,
    "сто": 100, "двеста": 200, "триста": 300, "четиристотин": 400, "петстотин": 500, "шестстотин": 600,
    "седемстотин": 700, "осемстотин": 800, "деветстотин": 900,
    "половин": 0.5,
}
_UNITS_EN = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "half": 0.5,
}
_HUNDRED = {"hundred": 100}
_SCALES = {"хиляда": 1e3, "хиляди": 1e3, "милион": 1e6, "милиона": 1e6, "милиард": 1e9, "милиарда": 1e9,
           "thousand": 1e3, "million": 1e6, "billion": 1e9}
_UNITS = {**_UNITS_BG, **_UNITS_EN}
_WORDS = sorted(set(_UNITS) | set(_HUNDRED) | set(_SCALES) | {"a"}, key=len, reverse=True)
_WORD = "(?:" + "|".join(_WORDS) + ")"
# "и" / "and" join the words ("двеста и петдесет хиляди", "two hundred and fifty thousand");
# "a" only before a scale or "hundred" ("half a million", "a hundred thousand").
_NUMBER_WORDS = rf"{_WORD}(?:(?:\s+(?:и|and))?[\s-]+{_WORD})*"
_CURRENCY = r"лева|лв\.?|евро|leva|euros?|BGN|EUR"
_WORD_MONEY = re.compile(rf"(?<![^\W\d_])(?<!\d\s)(?P<words>{_NUMBER_WORDS})\s+(?P<currency>{_CURRENCY})(?![^\W\d_])",
                         re.IGNORECASE)
# A cheap pre-test: every amount read here holds one of the scale words, and its last number
# word before the currency is one ("сто хиляди лева", "half a million euros"); a line without
# such a pair is not scanned with the (case-insensitive, many-word) _WORD_MONEY.
_HINTS = ("хиляд", "милион", "милиард", "thousand", "million", "billion")
_SCALE_BEFORE_CURRENCY = re.compile(r"(?:хиляд[аи]|милиона?|милиарда?|thousand|million|billion)\s+"
                                    r"(?:лева|лв|евро|leva|euro|bgn|eur)")


def parse_words(words: str) -> float | None:
    """The value of a run of number words, or None when they do not make a number."""
    total, current, seen = 0.0, 0.0, False
    for word in re.split(r"[\s-]+", words.lower()):
        if word in ("и", "and"):
            continue
        if word == "a":  # "a hundred", "half a million": one, unless a number came first
            current = current or 1
            continue
        if word in _UNITS:
            current += _UNITS[word]
            seen = True
        elif word in _HUNDRED:
            current = (current or 1) * 100
        elif word in _SCALES:
            total += (current or 1) * _SCALES[word]
            current = 0.0
            seen = True
        else:
            return None
    value = total + current
    return value if seen and value else None


def word_amounts(line: str, lowered: str | None = None):
    """(start, end, value, currency word) of each sum of a thousand or more written in words.

    ``lowered`` is ``line.lower()`` when the caller has it.
    """
    lowered = line.lower() if lowered is None else lowered
    if not any(hint in lowered for hint in _HINTS) or _SCALE_BEFORE_CURRENCY.search(lowered) is None:
        return
    for match in _WORD_MONEY.finditer(line):
        words = match.group("words")
        if not any(hint in words.lower() for hint in _HINTS):
            continue
        value = parse_words(words)
        if value is not None and value >= 1000:
            yield match.start(), match.end(), value, match.group("currency")
