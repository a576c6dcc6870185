"""The publication date of a page, read from its top: the date line under the title.

Project and news pages put their date right under the title, in several shapes: a weekday line
(``Понеделник, 5 Декември 2016``), a line that is only a date, a dateline that opens with its place
(``Белица, 20 Окт, 2020 | Новини``, ``Gulyantsi, 9 Oct 2024 – …``, ``Бистрица, 09.05.2024 г. С …``),
or, failing those, a short "updated" line. A date that is the value of a label (``Начална дата:``),
a sentence's date (``Одобрен с решение от 10.11.2023 г.``) or a print/update stamp is no publication.
(Moved out of :mod:`indexer.extract.dates`, which reads the labels and the prose; unchanged.)

>>> published_from_top(["Заглавие", "Понеделник, 5 Декември 2016", "Текст."]).value
'2016-12-05'
>>> published_from_top(["Заглавие", "Одобрен с решение на УО от 10.11.2023 г."]) is None
True
"""
from __future__ import annotations

import re

from indexer.extract.date_labels import END_LABEL, PERIOD_LABEL, START_LABEL, fact_of
from indexer.extract.date_mentions import find_mentions
from indexer.extract.fact import Fact

_TOP_LINES = 8  # the date line of a project/news page sits right under the title

_WEEKDAY_LINE = re.compile(
    r"^\s*(?:понеделник|вторник|сряда|четвъртък|петък|събота|неделя|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?\s*\S", re.IGNORECASE)
_NOT_PUBLICATION = re.compile(r"обновен|актуализ|отпечатан|разпечатан|updated|modified|printed", re.IGNORECASE)
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:ч\.?|h)?")
# A dateline that opens with its place: "Белица, 20 Окт, 2020 | Новини | Образование".
# ("Симеоновград • 27 ноември 2024 • 14:05", "Разлог | 3 март 2025 | 10:20": a bullet or a bar for the comma)
_PLACE_BEFORE = re.compile(r"^[A-ZА-Я][^\W\d_]+(?:[ -][A-ZА-Яa-zа-я]?[^\W\d_]+){0,2}\s*[,•·|]\s*$")
# After the date: the end, a section ("| Новини"), or the same date repeated in brackets ("(2024-06-04)").
_DASH_AFTER = re.compile(r"\s*(?:г\.?)?\s+[–—-]\s+[^\W\d_]")
_SENTENCE_DATE_BEFORE = re.compile(r"(?<![^\W\d_])(?:от|до|since|from|until|till|by)\s+$", re.I)
# A lede's dateline with no dash: "Бистрица, 09.05.2024 г. С пресконференция днес …" (the year's "г."
# and then a new sentence).
_LEDE_AFTER = re.compile(r"\s*(?:г\.)?\s+[A-ZА-Я„\"]")
_DATELINE_AFTER = re.compile(r"^\s*(?:г\.?)?\s*(?:$|[|/–—•·-]\s*\S|\(\s*\d[\d./ -]{5,12}\)\s*$)")


def published_from_top(lines: list[str]) -> Fact | None:
    """The weekday date line under the title, or a line that is only a date; failing those, a
    short "updated" line under the title (``обновено: 19.08.2025 – 16:40``, ``Last updated:
    17/09/2021``) when it is the page's only date line (a registry drops it: records.py)."""
    return _date_line_from_top(lines) or _updated_line_from_top(lines)


_UPDATED_LINE = re.compile(r"^\s*(?:обновен[ао]?|актуализиран[ао]?|(?:last\s+)?updated)(?:\s+(?:на|on))?\s*:?\s*\d",
                           re.IGNORECASE)


def _updated_line_from_top(lines: list[str]) -> Fact | None:
    """``обновено: 19.08.2025 – 16:40`` within the first lines under the title."""
    for line in [l for l in lines if l.strip()][1:4]:
        if len(line) <= 60 and _UPDATED_LINE.match(line):
            mentions = find_mentions(line)
            if mentions and mentions[0].precision >= 3:
                return fact_of(mentions[0], line)
    return None


def _date_line_from_top(lines: list[str]) -> Fact | None:
    non_empty = [l for l in lines if l.strip()]
    top = non_empty[:_TOP_LINES]
    for previous, line in zip([""] + top, top):  # the first line may be the dateline itself
        if previous.rstrip().endswith(":") or (any(
                p.match(previous) for p in (START_LABEL, END_LABEL, PERIOD_LABEL)) and not find_mentions(previous)):
            continue  # a registry table: this date is the value of the label above (which holds none)
        if any(p.match(line) for p in (START_LABEL, END_LABEL, PERIOD_LABEL)):
            continue  # "Начална дата      | 02.05.2017": a text table's start, not a publication
        mentions = find_mentions(line)
        if not mentions or mentions[0].precision < 2 or ":" in _CLOCK.sub("", line[:mentions[0].start]):
            continue  # no date, or the value of some label ("Начална дата: 21.11.2016"); "12:44 | 09.05.2024" is one
        if (mentions[0].precision >= 3 and "г." in line[mentions[0].end - 3:mentions[0].end + 3]
                and _PLACE_BEFORE.match(line[:mentions[0].start]) and _LEDE_AFTER.match(line, mentions[0].end)
                and not _NOT_PUBLICATION.search(line, 0, mentions[0].start)):
            return fact_of(mentions[0], line)  # "Бистрица, 09.05.2024 г. С пресконференция днес …"
        if line is top[0] and not (_WEEKDAY_LINE.match(line) or mentions[0].start <= 2):
            continue  # the first line is a title unless it opens with its date
        if _NOT_PUBLICATION.search(line):
            continue  # "Последна актуализация 12.03.2020", "Отпечатано на …": not a publication date
        if ((len(line) <= 100 or _DASH_AFTER.match(line, mentions[0].end)) and _PLACE_BEFORE.match(line[:mentions[0].start])
                and _DATELINE_AFTER.match(line[mentions[0].end:])):
            # (a long line too when a dash follows: "Gulyantsi, 9 Oct 2024 – Gulyantsi Municipality is …")
            return fact_of(mentions[0], line)  # "Белица, 20 Окт, 2020 | Новини", "Dragoman, 12 May 2016 | 2016-05-12"
        rest = _CLOCK.sub("", line[:mentions[0].start] + line[mentions[0].end:])
        if (_WEEKDAY_LINE.match(line) or len(rest.strip(" ,.|-–—()\t")) <= 3
                or (mentions[0].start <= 2 and len(line) <= 80)  # "20 Окт, 2022 | 14:37 | Прочетена 12 пъти"
                or (mentions[0].end >= len(line.rstrip()) - 2 and len(line) <= 60  # "Хасково, 04 юли 2014"
                    # (not a sentence's date: "Одобрен с решение от 10.11.2023 г.", "е със срок до 14 май 2026 г.")
                    and not _SENTENCE_DATE_BEFORE.search(line, max(0, mentions[0].start - 8), mentions[0].start))):
            return fact_of(mentions[0], line)
    # A label block may come first and push the weekday date line down ("СРОК: …\nПетък, 10 Април 2020").
    for line in non_empty[_TOP_LINES:_TOP_LINES * 3]:
        if len(line) <= 60 and _WEEKDAY_LINE.match(line) and not _NOT_PUBLICATION.search(line):
            mentions = find_mentions(line)
            if mentions and mentions[0].precision >= 3:
                return fact_of(mentions[0], line)
    return None
