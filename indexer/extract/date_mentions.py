"""Find every date a practice page writes, in every shape formats.md lists, with its precision.

One compiled regex scans the text once; each hit becomes a ``DateMention`` holding year,
month and day (month/day ``None`` when the text does not give them — a day is never
invented). Partial dates that only make sense with the next date (``08.06 23.06.2005``,
``5 – 7 май``, ``април – юни 2015``) borrow the missing parts from it, and ``ranges()``
pairs dates joined by a dash, ``до`` or ``to``.

Hand-written rather than dateparser because one regex pass over a page costs microseconds,
while dateparser costs milliseconds per call and cannot find dates inside running text.

>>> [m.iso for m in find_mentions("Продължителност: 18 месеца (05.2012г. - 11.2013г.)")]
['2012-05', '2013-11']
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

MIN_YEAR, MAX_YEAR = 1990, 2035

_MONTH_WORDS = (
    # (month number, spellings: full Bulgarian, Bulgarian abbreviations, English full/abbreviations)
    (1, ("януари", "яну", "ян", "january", "jan")),
    (2, ("февруари", "февр", "фев", "february", "feb")),
    (3, ("март", "мар", "march", "mar")),
    (4, ("април", "апр", "april", "apr")),
    (5, ("май", "may")),
    (6, ("юни", "june", "jun")),
    (7, ("юли", "july", "jul")),
    (8, ("август", "авг", "august", "aug")),
    (9, ("септември", "септ", "сеп", "september", "sept", "sep")),
    (10, ("октомври", "окт", "october", "oct")),
    (11, ("ноември", "ноем", "ное", "november", "nov")),
    (12, ("декември", "дек", "december", "dec")),
)
MONTH_BY_WORD = {word: number for number, words in _MONTH_WORDS for word in words}
# Longest spellings first so that "септември" is not read as "сеп" + "тември".
_MONTH = "(?:" + "|".join(sorted(MONTH_BY_WORD, key=len, reverse=True)) + r")(?![^\W\d_])\.?"
_YEAR = r"(?:19|20)\d{2}"
# Roman month numerals, longest first ("XII" before "XI" before "X"); upper case only.
_ROMAN_MONTHS = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
                 "XI": 11, "XII": 12}
_ROMAN = "(?-i:" + "|".join(sorted(_ROMAN_MONTHS, key=len, reverse=True)) + ")"
_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
             "първо": 1, "първото": 1, "второ": 2, "второто": 2, "трето": 3, "третото": 3, "четвърто": 4,
             "четвъртото": 4}
_QUARTER_WORD = "(?:" + "|".join(sorted(_QUARTERS, key=len, reverse=True)) + r"|(?-i:IV|III|II|I))"
_YEAR_SUFFIX = r"(?:\s?(?:г\.|год\.|година|г(?![^\W\d_])))?"
_DAY_SUFFIX = r"(?:\s*-?\s*(?:ти|ви|ри|ми|st|nd|rd|th)(?![^\W\d_]))?"

_MENTION = re.compile(
    rf"(?P<iso>(?<![\d.]){_YEAR}(?P<sep>[-/.])\d{{1,2}}(?P=sep)\d{{1,2}}(?![\d-]))"
    rf"|(?P<dmy>(?<![\d.,])\d{{1,2}}\s?[./]\s?\d{{1,2}}\s?[./]\s?{_YEAR}(?![\d.]\d)"
    # "17-06-2016": hyphens both times (one hyphen is a range: "12-15.06.2016")
    rf"|(?<![\d.,-])\d{{1,2}}-\d{{1,2}}-{_YEAR}(?![\d-]))"
    # "08.06 23.06.2005": a day.month that takes its year from the date right after it
    rf"|(?P<dm>(?<![\d.,])\d{{1,2}}\.\d{{1,2}}\.?(?=\s*[-–—]?\s*(?:до\s+)?\d{{1,2}}\.\d{{1,2}}\.{_YEAR}))"
    rf"|(?P<named>(?<![\d.,])(?:\d{{1,2}}{_DAY_SUFFIX}\.?\s*)?(?<![^\W\d_]){_MONTH}\s*,?\s*{_YEAR}(?!\d))"
    rf"|(?P<mdy>(?<![^\W\d_]){_MONTH}\s+\d{{1,2}}{_DAY_SUFFIX},?\s+{_YEAR}(?!\d))"
    # "5 – 7 май 2015", "от 5 до 7 август 2022", "април – юни 2015": the first half of a range
    # inside one month/year
    rf"|(?P<dayonly>(?<![\d.,])\d{{1,2}}(?=\s*(?:[-–—]|до|to)\s*\d{{1,2}}\s*{_MONTH}\s*,?\s*{_YEAR}))"
    rf"|(?P<monthonly>(?<![^\W\d_]){_MONTH}(?=\s*[-–—]\s*(?:м\.\s*)?(?:\d{{1,2}}\s*)?{_MONTH}\s*,?\s*{_YEAR}))"
    # "15.III.2023": a Roman-numeral month between day and year
    rf"|(?P<roman>(?<![\d.,])\d{{1,2}}\s?\.\s?{_ROMAN}\s?\.\s?{_YEAR}(?![\d.]\d))"
    # "the third quarter of 2021", "Q3 2021", "третото тримесечие на 2021 г.": the quarter's first month
    rf"|(?P<quarter>(?<![^\W\d_])(?:the\s+)?{_QUARTER_WORD}\s+(?:quarter|тримесечие)\s+(?:of\s+|на\s+)?{_YEAR}|"
    rf"(?<![^\W\d_])Q[1-4]\s*(?:of\s+)?{_YEAR})"
    rf"|(?P<my>(?<![\d.,])\d{{1,2}}\s?[./]\s?{_YEAR}(?![\d.]\d))"
    # a bare year: used only inside ranges and labelled lines, never alone in prose
    rf"|(?P<year>(?<![\d.,/]){_YEAR}(?![\d.,/]\d)(?!-\d{{1,2}}(?!\d)))",
    re.IGNORECASE)
_ANY_YEAR = re.compile(_YEAR)
_BEFORE_YEAR, _AFTER_YEAR = 48, 10  # the longest shape starts ~30 characters before its year; ISO ends 6 after
_SUFFIX_AFTER = re.compile(_YEAR_SUFFIX + r"\)?")
_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"[^\W\d_]+")
# ("м. април – м. октомври 2017 г.": "м." is "month")
# A registry's "from: …; to: …" keeps its separator and the label's colon ("2017-09-01; to: 2019-08-31").
_RANGE_GAP = re.compile(r"^\s*(?:г\.?)?\s*[;,]?\s*(?:[-–—]+|до|to|until|till|through)\s*:?\s*(?:м\.\s*)?$", re.IGNORECASE)
# "2019-03-20 / 2023-09-19", "14.06.2021 / 13.09.2023": a slash joins two full dates into a period
# (never partial ones: "05/2022" is itself a month).
_SLASH_GAP = re.compile(r"^\s*(?:г\.?)?\s*/\s*$")
_FULL_KINDS = ("iso", "dmy", "named", "mdy", "roman")
# "between June 2014 and May 2015", "между март и юни 2015": "и"/"and" joins a range only then
_BETWEEN_GAP = re.compile(r"^\s*(?:г\.?)?\s*(?:and|и)\s*$", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"(?:between|между)\s*$", re.IGNORECASE)
_PARTIAL = ("dm", "dayonly", "monthonly")
_ROMAN_WORD = re.compile(r"[IVX]+")
_QUARTER_NUMBER = re.compile(r"(?<![^\W\d_])(?:Q([1-4])|(" + "|".join(_QUARTERS) + r"|IV|III|II|I)(?![^\W\d_]))",
                             re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    year: int | None
    month: int | None
    day: int | None
    start: int
    end: int
    kind: str

    @property
    def iso(self) -> str | None:
        """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` — as precise as the text, never more."""
        if self.year is None:
            return None
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def precision(self) -> int:
        """1 = year, 2 = month, 3 = day."""
        return 1 + (self.month is not None) + (self.day is not None)


def month_of(word: str) -> int | None:
    """Month number of a Bulgarian or English month word, full or abbreviated.

    >>> month_of("Окт."), month_of("August"), month_of("ян")
    (10, 8, 1)
    """
    return MONTH_BY_WORD.get(word.lower().rstrip("."))


def valid(year: int | None, month: int | None, day: int | None) -> bool:
    """A real calendar date within the years praktiki covers (1990–2035).

    >>> valid(2016, 2, 29), valid(2015, 2, 29), valid(2012, 13, None)
    (True, False, False)
    """
    if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
        return False
    if month is not None and not 1 <= month <= 12:
        return False
    if day is not None:
        if month is None or not 1 <= day <= 31:
            return False
        if year is not None and day > calendar.monthrange(year, month)[1]:
            return False
    return True


def _parts(kind: str, text: str) -> tuple[int | None, int | None, int | None]:
    numbers = [int(n) for n in _DIGITS.findall(text)]
    words = [month_of(w) for w in _WORD.findall(text)]
    month_word = next((m for m in words if m), None)
    if kind == "iso":
        return numbers[0], numbers[1], numbers[2]
    if kind == "dmy":
        return numbers[2], numbers[1], numbers[0]
    if kind == "dm":
        return None, numbers[1], numbers[0]
    if kind == "named":
        return numbers[-1], month_word, numbers[0] if len(numbers) == 2 else None
    if kind == "mdy":
        return numbers[1], month_word, numbers[0]
    if kind == "dayonly":
        return None, None, numbers[0]
    if kind == "monthonly":
        return None, month_word, None
    if kind == "my":
        return numbers[1], numbers[0], None
    if kind == "roman":
        return numbers[-1], _ROMAN_MONTHS.get(_ROMAN_WORD.search(text).group(0)), numbers[0]
    if kind == "quarter":
        found = _QUARTER_NUMBER.search(text)
        word = found.group(2) or ""
        quarter = int(found.group(1)) if found.group(1) else _QUARTERS.get(word.lower()) or _ROMAN_MONTHS[word.upper()]
        return numbers[-1], (quarter - 1) * 3 + 1, None
    return numbers[0], None, None  # a bare year


def _matches(text: str):
    """``_MENTION`` matches, scanning only around years.

    Every date shape holds a year within a few characters (a partial date borrows the year of
    the date right after it), so scanning windows around years finds the same dates as
    scanning the whole text, ten times faster on a typical page.
    """
    windows: list[list[int]] = []
    for year in _ANY_YEAR.finditer(text):
        start, end = max(0, year.start() - _BEFORE_YEAR), year.end() + _AFTER_YEAR
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    for start, end in windows:
        yield from _MENTION.finditer(text, start, min(end, len(text)))


def find_mentions(text: str) -> list[DateMention]:
    """Every valid date in ``text``, in order; partial dates completed from the next one.

    >>> [m.iso for m in find_mentions("08.06 23.06.2005 и 20 Окт, 2020; 30 ян. 2014")]
    ['2005-06-08', '2005-06-23', '2020-10-20', '2014-01-30']
    """
    raw: list[DateMention] = []
    for match in _matches(text):
        kind = match.lastgroup
        year, month, day = _parts(kind, match.group(kind))
        end = match.end()
        suffix = _SUFFIX_AFTER.match(text, end)
        if suffix and kind not in _PARTIAL:
            end = suffix.end()
        raw.append(DateMention(year, month, day, match.start(), end, kind))
    mentions: list[DateMention] = []
    for i, m in enumerate(raw):
        if m.kind in _PARTIAL:
            following = raw[i + 1] if i + 1 < len(raw) else None
            if following is None or following.year is None:
                continue
            m = DateMention(following.year, m.month or following.month, m.day, m.start, m.end, m.kind)
            if m.day is not None and m.month is None:
                continue
        if valid(m.year, m.month, m.day):
            mentions.append(m)
    return mentions


def ranges(text: str, mentions: list[DateMention]) -> list[tuple[DateMention, DateMention]]:
    """Pairs of consecutive mentions joined by a dash, ``до``/``to`` or (for partial dates) nothing.

    >>> t = "април 2005 – април 2006 г."
    >>> [(a.iso, b.iso) for a, b in ranges(t, find_mentions(t))]
    [('2005-04', '2006-04')]
    """
    pairs = []
    for first, second in zip(mentions, mentions[1:]):
        gap = text[first.end:second.start]
        between = _BETWEEN_GAP.match(gap) and _BETWEEN_BEFORE.search(text, max(0, first.start - 20), first.start)
        slash = first.kind in _FULL_KINDS and second.kind in _FULL_KINDS and _SLASH_GAP.match(gap)
        if _RANGE_GAP.match(gap) or between or slash or (first.kind in _PARTIAL and not gap.strip()):
            if (first.year, first.month or 0, first.day or 0) <= (second.year, second.month or 99, second.day or 99):
                pairs.append((first, second))
    return pairs
