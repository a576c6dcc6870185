"""Publication, start and end dates of a practice, each with the line it was read from.

Where each date comes from, most trusted first:

* ``published`` — a ``Дата на публикация:`` / ``Publication Date:`` / ``Публикувано:`` label,
  else the date line near the top of a project or news page (``Понеделник, 5 Декември 2016``).
* ``start`` / ``end`` — labels (``Начална дата``, ``Крайна дата``, ``Продължителност``,
  ``Период на изпълнение``, ``Срок``; a registry table may put the value on the next line);
  then, in prose, a range of month-precise dates in a sentence about the project
  (``в периода 05.2012 – 11.2013``), ``стартира през …`` / ``приключи на …`` / ``до …``;
  finally ``Продължителност: 18 месеца`` gives the end from a known start (to the month).

Year-only ranges count only inside labelled lines: in prose they are nearly always a
programme period (``ОПАК 2007-2013``) or a strategy (``2014-2020``), not the project.
dateparser is the fallback for a labelled value the regex pass cannot read.

>>> facts = extract_dates("Заглавие\\nПонеделник, 5 Декември 2016\\nПродължителност: 18 месеца (05.2012г. - 11.2013г.)")
>>> facts.published.value, facts.start.value, facts.end.value
('2016-12-05', '2012-05', '2013-11')
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from indexer.extract.date_mentions import DateMention, find_mentions, ranges, valid
from indexer.extract.fact import Fact

_MAX_SOURCE = 300
_TOP_LINES = 8  # the date line of a project/news page sits right under the title

_PUBLISHED_LABEL = re.compile(
    r"^\s*(?:дата\s+на\s+публикация|публикувано(?:\s+на)?|публикуван[аo]?|дата\s+на\s+публикуване|"
    r"publication\s+date|published(?:\s+on)?|posted(?:\s+on)?|date\s+published)\s*(?:[:|\t–-]?\s*(?P<value>.*)|$)",
    re.IGNORECASE)
_START_LABEL = re.compile(
    r"^\s*(?:(?:начална\s+дата|дата\s+на\s+(?:започване|стартиране|старт|начало))"
    r"(?:\s+на\s+(?:изпълнението|изпълнение|проекта|договора|дейностите))?|начало(?:\s+на\s+проекта)?|"
    r"старт|start\s+date|start|project\s+start|beginning)\s*(?:[:|\t–-]\s*(?P<value>.*)|$)", re.IGNORECASE)
_END_LABEL = re.compile(
    r"^\s*(?:(?:крайна\s+дата|дата\s+на\s+(?:приключване|завършване|край))"
    r"(?:\s+на\s+(?:изпълнението|изпълнение|проекта|договора|дейностите))?|край(?:\s+на\s+проекта)?|"
    r"end\s+date|end|project\s+end|completion\s+date)\s*(?:[:|\t–-]\s*(?P<value>.*)|$)", re.IGNORECASE)
_PERIOD_LABEL = re.compile(
    r"^\s*(?:продължителност(?:\s+на\s+проекта)?|период(?:\s+на\s+(?:изпълнение|реализация|проекта))?|"
    r"срок(?:\s+(?:на|за)\s+(?:изпълнение|реализация))?(?:\s+на\s+проекта)?|"
    r"duration|implementation\s+period|project\s+period|period(?:\s+of\s+implementation)?)"
    r"\s*(?:[:|\t–-]\s*(?P<value>.*)|$)", re.IGNORECASE)
_WEEKDAY_LINE = re.compile(
    r"^\s*(?:понеделник|вторник|сряда|четвъртък|петък|събота|неделя|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?\s*\S", re.IGNORECASE)

_PROJECT_CUE = re.compile(r"проект|изпълн|реализ|период|продължи|срок|стартира|започ|приключ|въведен|създаден|внедрен|"
                          r"project|implement|period|duration|started|ended|run|introduced|established|set\s+up",
                          re.IGNORECASE)
_START_BEFORE = re.compile(r"(?:стартира\w*|старт\w*|започ\w*|начал\w*|\bот|started|began|launched|from|since)"
                           r"\s+(?:на|през|в|in|on)?\s*$", re.IGNORECASE)
_END_BEFORE = re.compile(r"(?:приключ\w*|завърш\w*|\bкрай\w*\s*:?|\bend\s+date\s*:?|\bдо|\buntil|\btill|\bby|\bend|ended|completed|finish\w*)"
                         r"\s+(?:на|през|в|края\s+на|in|on|the\s+end\s+of)?\s*$", re.IGNORECASE)
_FUTURE_OR_OTHER = re.compile(r"кандидат|прием|подаване|applications?|deadline", re.IGNORECASE)
_DURATION = re.compile(r"(?<!\d)(?P<n>\d{1,3})\s*(?:календарни\s+)?(?P<unit>месеца|месец|months?|години|година|years?)\b",
                       re.IGNORECASE)
_SECOND_LABEL_END = re.compile(r"(?:край|крайна\s+дата|end(?:\s+date)?)\s*:", re.IGNORECASE)
_HAS_YEAR = re.compile(r"(?:19|20)\d\d")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:ч\.?|h)?")
# A year alone is a start/end only after a verb that says so: "Практиката стартира през 2015 г."
_STRONG_START = re.compile(r"(?:стартира\w*|започна\w*|въведен\w*|създаден\w*|създаде|внедрен\w*|"
                           r"started|began|launched|introduced|established|set\s+up)\s+(?:на|през|в|in)?\s*$", re.I)
_STRONG_END = re.compile(r"(?:приключи\w*|завърши\w*|ended|finished|was\s+completed)\s+(?:на|през|в|in)?\s*$", re.I)
_OPENING_FROM = re.compile(r"^\W*(?:от|since|from)\s+(?:началото\s+на\s+)?$", re.I)
_DURATION_PROSE = re.compile(
    r"(?:продължителност\w*|срок\w*(?:\s+(?:за|на)\s+изпълнение)?|за\s+период\s+от|duration(?:\s+of)?|period\s+of)"
    r"[^.\n\d]{0,40}(?P<n>\d{1,3})\s*(?:календарни\s+)?(?P<unit>месеца|месец|months?|години|година|years?)\b",
    re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[\"„“(A-ZА-Я])")


@dataclass(frozen=True)
class DateFacts:
    published: Fact | None = None
    start: Fact | None = None
    end: Fact | None = None


def _fact(mention: DateMention, source: str) -> Fact:
    return Fact(mention.iso, source.strip()[:_MAX_SOURCE])


def _dateparser_fallback(value: str) -> str | None:
    """dateparser on one short labelled value, with settings that never fill anything from today."""
    if not value or len(value) > 60 or not re.search(r"\d", value):
        return None
    import dateparser  # imported lazily: it costs ~0.5 s at import and is rarely needed

    data = dateparser.date.DateDataParser(
        languages=["bg", "en"],
        settings={"DATE_ORDER": "DMY", "RELATIVE_BASE": datetime(2000, 1, 1),
                  "PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["year"]},
    ).get_date_data(value)
    found = data.date_obj
    if found is None or not valid(found.year, None, None):
        return None
    if data.period == "year":
        return f"{found.year:04d}"
    if data.period == "month":
        return f"{found.year:04d}-{found.month:02d}"
    return found.strftime("%Y-%m-%d")


def _labelled_value(lines: list[str], index: int, value: str) -> tuple[str, str]:
    """The value of a label and its source; a bare label takes the next non-empty line (tables)."""
    if value.strip():
        return value, lines[index]
    following = next((l for l in lines[index + 1:index + 3] if l.strip()), "")
    return following, f"{lines[index].strip()} {following.strip()}"


def _single(value: str, source: str) -> Fact | None:
    mentions = [m for m in find_mentions(value) if m.kind != "year" or len(value.strip()) <= 12]
    if mentions:
        return _fact(mentions[0], source)
    parsed = _dateparser_fallback(value)
    return Fact(parsed, source.strip()[:_MAX_SOURCE]) if parsed else None


def _add_months(mention_iso: str, months: int) -> str | None:
    parts = mention_iso.split("-")
    if len(parts) < 2:
        return None
    index = int(parts[0]) * 12 + int(parts[1]) - 1 + months
    year, month = divmod(index, 12)
    return f"{year:04d}-{month + 1:02d}" if valid(year, month + 1, None) else None


def _period(value: str, source: str, found: dict, deadline: bool = False) -> None:
    """Fill start/end from a period value: a range, ``до …``, or a duration.

    ``deadline`` (a ``Срок:`` label): a lone date is the end.
    """
    mentions = find_mentions(value)
    pairs = ranges(value, mentions)
    if pairs:
        found.setdefault("start", _fact(pairs[0][0], source))
        found.setdefault("end", _fact(pairs[0][1], source))
    elif deadline and len(mentions) == 1 and not _START_BEFORE.search(value[:mentions[0].start]):
        found.setdefault("end", _fact(mentions[0], source))
    else:
        for m in mentions:
            before = value[max(0, m.start - 30):m.start]
            if _END_BEFORE.search(before):
                found.setdefault("end", _fact(m, source))
            elif _START_BEFORE.search(before):
                found.setdefault("start", _fact(m, source))
    duration = _DURATION.search(value)
    if duration:
        found.setdefault("duration", (duration, source))


def _from_labels(lines: list[str], found: dict) -> None:
    for index, line in enumerate(lines):
        if len(line) > 200:
            continue
        for name, pattern in (("published", _PUBLISHED_LABEL), ("start", _START_LABEL), ("end", _END_LABEL)):
            match = pattern.match(line)
            if match and name not in found:
                value, source = _labelled_value(lines, index, match.group("value") or "")
                second = _SECOND_LABEL_END.search(value) if name == "start" else None
                if second:  # "Начало: 01.02.2013 г. Край: 31.01.2014 г."
                    begin, finish = find_mentions(value[:second.start()]), find_mentions(value[second.end():])
                    if begin:
                        found.setdefault("start", _fact(begin[0], source))
                    if finish:
                        found.setdefault("end", _fact(finish[0], source))
                    break
                fact = _single(value, source)
                if fact:
                    found[name] = fact
                break
        else:
            match = _PERIOD_LABEL.match(line)
            if match:
                value, source = _labelled_value(lines, index, match.group("value") or "")
                _period(value, source, found, deadline=line.lstrip().lower().startswith(("срок", "deadline")))


def _published_from_top(lines: list[str]) -> Fact | None:
    """The weekday date line under the title, or a line that is only a date."""
    top = [l for l in lines if l.strip()][:_TOP_LINES]
    for previous, line in zip(top, top[1:]):
        if previous.rstrip().endswith(":") or any(
                p.match(previous) for p in (_START_LABEL, _END_LABEL, _PERIOD_LABEL)):
            continue  # a registry table: this date is the value of the label above
        mentions = find_mentions(line)
        if not mentions or mentions[0].precision < 2 or ":" in line[:mentions[0].start]:
            continue  # no date, or the value of some label ("Начална дата: 21.11.2016")
        rest = _CLOCK.sub("", line[:mentions[0].start] + line[mentions[0].end:])
        if (_WEEKDAY_LINE.match(line) or len(rest.strip(" ,.|-–—()\t")) <= 3
                or (mentions[0].start <= 2 and len(line) <= 80)  # "20 Окт, 2022 | 14:37 | Прочетена 12 пъти"
                or (mentions[0].end >= len(line.rstrip()) - 2 and len(line) <= 60)):  # "Хасково, 04 юли 2014"
            return _fact(mentions[0], line)
    return None


def _sentences(lines: list[str]):
    """Sentences that hold a year: no date shape lacks one, and most sentences have none."""
    for line in lines:
        if not _HAS_YEAR.search(line):
            continue
        for sentence in _SENTENCE_END.split(line):
            if _HAS_YEAR.search(sentence):
                yield sentence


def _from_prose(lines: list[str], found: dict) -> None:
    """Sentences about the project first; then the others may still give a whole range."""
    sentences = [(s, _PROJECT_CUE.search(s) is not None) for s in _sentences(lines)]
    _from_project_sentences([s for s, about_project in sentences if about_project], found)
    for sentence, about_project in sentences:
        if ("start" in found and "end" in found) or about_project or _FUTURE_OR_OTHER.search(sentence):
            continue
        mentions = find_mentions(sentence)
        if not mentions:
            continue
        pairs = [(a, b) for a, b in ranges(sentence, mentions) if a.precision >= 2 and b.precision >= 2]
        if pairs and "start" not in found and "end" not in found:
            # "Лятното училище се проведе от 03.07.2023 до 14.07.2023 г."
            found["start"], found["end"] = _fact(pairs[0][0], sentence), _fact(pairs[0][1], sentence)
        elif "start" not in found and mentions[0].precision >= 2 and _OPENING_FROM.match(sentence[:mentions[0].start]):
            # "От май 2012 г. Община Габрово излъчва ...": a practice's start opening its sentence
            found["start"] = _fact(mentions[0], sentence)


def _from_project_sentences(sentences: list[str], found: dict) -> None:
    for sentence in sentences:
        if "start" in found and "end" in found:
            return
        if _FUTURE_OR_OTHER.search(sentence):
            continue
        all_mentions = find_mentions(sentence)
        if not all_mentions:
            continue
        for m in all_mentions:
            if m.kind == "year":  # a bare year counts only right after a start/end verb
                before = sentence[max(0, m.start - 30):m.start]
                if "start" not in found and _STRONG_START.search(before):
                    found["start"] = _fact(m, sentence)
                elif "end" not in found and _STRONG_END.search(before):
                    found["end"] = _fact(m, sentence)
        mentions = [m for m in all_mentions if m.kind != "year"]
        pairs = [(a, b) for a, b in ranges(sentence, mentions) if a.precision >= 2 and b.precision >= 2]
        if pairs and "start" not in found and "end" not in found:
            found["start"], found["end"] = _fact(pairs[0][0], sentence), _fact(pairs[0][1], sentence)
            continue
        paired = {id(m) for pair in pairs for m in pair}
        for m in mentions:
            if id(m) in paired or m.precision < 2:
                continue
            before = sentence[max(0, m.start - 30):m.start]
            if "end" not in found and _END_BEFORE.search(before):
                found["end"] = _fact(m, sentence)
            elif "start" not in found and _START_BEFORE.search(before):
                found["start"] = _fact(m, sentence)
        if "duration" not in found and re.search(r"продължителност|срок|за\s+период\s+от|duration", sentence, re.I):
            duration = _DURATION.search(sentence)
            if duration:
                found["duration"] = (duration, sentence)


def _end_from_duration(found: dict, text: str) -> None:
    if "end" in found or "start" not in found:
        return
    if "duration" not in found:  # "Продължителността на проекта е 18 месеца." (a sentence without a year)
        match = _DURATION_PROSE.search(text)
        if match is None:
            return
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        found["duration"] = (match, text[line_start:line_end if line_end >= 0 else len(text)])
    duration, source = found["duration"]
    months = int(duration.group("n")) * (1 if duration.group("unit").lower().startswith(("мес", "mon")) else 12)
    end = _add_months(found["start"].value, months)
    if end:
        found["end"] = Fact(end, source.strip()[:_MAX_SOURCE])


def extract_dates(text: str, lang: str = "bg") -> DateFacts:
    """Published, start and end dates as ISO strings of the precision the text gives.

    >>> extract_dates("Иноватор: ros\\nДата на публикация: 18 март 2017").published.value
    '2017-03-18'
    >>> extract_dates("Проектът стартира през април 2005 г. и ще продължи до февруари 2028 г.").end.value
    '2028-02'
    """
    if not text:
        return DateFacts()
    lines = text.splitlines()
    found: dict = {}
    _from_labels(lines, found)
    if "published" not in found:
        top = _published_from_top(lines)
        if top:
            found["published"] = top
    _from_prose(lines, found)
    _end_from_duration(found, text)
    return DateFacts(found.get("published"), found.get("start"), found.get("end"))
