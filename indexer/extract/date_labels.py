"""Dates written as labelled lines: ``Дата на публикация:``, ``Начална дата``, ``Продължителност:``.

Registry records and municipal project pages put dates in ``Label: value`` lines, or in a
table where the label is one line and the value the next. A label says what the date is, so
these beat anything read from prose (see ``dates.py``). A value the regex pass cannot read goes
to dateparser, with settings that never fill anything in from today.

>>> found = {}
>>> read_labels(["Проект", "Начална дата: 02.05.2012", "Продължителност: 18 месеца"], found)
>>> found["start"].value, found["duration"][0]
('2012-05-02', 18)
"""
from __future__ import annotations

import re
from datetime import datetime

from indexer.extract.date_mentions import DateMention, find_mentions, ranges, valid
from indexer.extract.fact import Fact

MAX_SOURCE = 300

PUBLISHED_LABEL = re.compile(
    r"^\s*(?:дата\s+на\s+публикация|публикувано(?:\s+на)?|публикуван[аo]?|дата\s+на\s+публикуване|"
    r"publication\s+date|published(?:\s+on)?|posted(?:\s+on)?|date\s+published|"
    r"(?:дата|date)(?=\s*:))\s*(?:[:|\t–-]?\s*(?P<value>.*)|$)",  # a bare "Дата:" on a news page
    re.IGNORECASE)
START_LABEL = re.compile(
    r"^\s*(?:(?:начална\s+дата|дата\s+(?:на\s+)?(?:започване|стартиране|старт|начало)|стартирал[аои]?(?:\s+на)?|"
    # a registry's bare "от: 15.03.2019" / "from: 2023-01" (only with the colon: "от" opens prose too)
    r"(?:от|from)(?=\s*:))"
    r"(?:\s+на\s+(?:изпълнението|изпълнение|проекта|договора|дейностите))*|"
    # ("Начало на строителството: 11.04.2022 г.": the works are the project on a works page)
    r"начало(?:\s+на\s+(?:проекта|изпълнението|изпълнение|дейностите|строителството|строително-монтажните\s+работи|"
    r"работите))?|"
    # a registry's participles, with their colon (alone on a line they are a status value):
    # "Започнат: 01.07.2024", "Стартиран (факт): 03.2021"
    r"(?:започнат|стартиран)[аои]?(?:\s*\([^()]{1,20}\))?(?=\s*:)|"
    # a page's label told as a verb, with its colon: "Works started: 4 October 2021", "Construction
    # began: 03.2020", "Дейностите стартираха: 01.09.2023"
    r"(?:(?:(?:the\s+)?(?:works?|construction|activities|implementation|project)|дейностите|строителството|"
    r"работите|изпълнението)\s+)?(?:started|began|commenced|kicked\s+off|стартира(?:ха)?|започна(?:ха)?)"
    r"(?:\s+(?:on|in|на|през))?(?=\s*:)|"
    r"старт|start\s+date|start|project\s+start|beginning)\s*(?:[:|\t–-]\s*(?P<value>.*)|$)", re.IGNORECASE)
END_LABEL = re.compile(
    r"^\s*(?:(?:крайна\s+дата|дата\s+(?:на\s+)?(?:приключване|завършване|край)|(?:до|to|until)(?=\s*:)|краен\s+срок(?:\s+за\s+(?:изпълнение|приключване))?)"
    r"(?:\s+на\s+(?:изпълнението|изпълнение|проекта|договора|дейностите))*"
    # "Дата на приключване (след анекса): 30.11.2023": a qualifier in brackets
    r"(?:\s*\([^()]{1,25}\))?|край(?:\s+на\s+проекта)?|"
    # "Приключване (план): 31.12.2025", "Завършен: 30.06.2022": a registry's end, planned or done
    # (a participle only with its colon: alone on a line it is a status value)
    r"(?:приключване|завършване)(?:\s*\([^()]{1,20}\))?|(?:приключен|завършен)[аои]?(?=\s*:)|"
    # "Works completed: 17 May 2022", "Строителството завърши: 11.2023"
    r"(?:(?:(?:the\s+)?(?:works?|construction|activities|implementation|project)|дейностите|строителството|"
    r"работите|изпълнението)\s+)?(?:completed|finished|ended|приключи(?:ха)?|завърши(?:ха)?)(?:\s+(?:on|in|на|през))?(?=\s*:)|"
    r"end\s+date|end|project\s+end|completion\s+date)\s*(?:[:|\t–-]\s*(?P<value>.*)|$)", re.IGNORECASE)
PERIOD_LABEL = re.compile(
    r"^\s*(?:продължителност(?:\s+на\s+проекта)?|период(?:\s+на\s+(?:изпълнение|реализация|проекта))?|"
    r"(?:реализация|изпълнение)(?:\s+на\s+проекта)?(?=\s*[:|\t–-]\s*\(?(?:\d|[^\W\d_]+\s+(?:19|20)\d\d))|"
    r"implementation(?=\s*:)|"
    # ("Срок на изпълнение по договор: …": the contract's term)
    r"срок(?:\s+(?:на|за)\s+(?:изпълнение|реализация|приключване|завършване))?(?:\s+(?:на\s+проекта|по\s+договор(?:а)?))?|"
    r"duration|implementation\s+period|project\s+period|period(?:\s+of\s+implementation)?)"
    r"(?:\s*\([^()]{1,20}\))?\s*(?:[:|\t–-]\s*(?P<value>.*)|$)", re.IGNORECASE)
# Words right before a date that make it a start or an end ("стартира през", "до", "until").
# A deadline, not a start: "Срок за приключване: не по-късно от 30.06.2026 г.", "no later than".
_NO_LATER_THAN = re.compile(r"(?:по-късно\s+от|later\s+than)\s*$", re.IGNORECASE)
START_BEFORE = re.compile(r"(?:(?:стартира\w*|започна\w*|тръгна\w*)(?:\s+(?:официално|успешно))?|старт\w*|започ\w*|начал\w*|"
                          r"\bот|started|began|launched|from|since|"
                          # "The project kicked off in October 2024", "works got under way in May 2023"
                          r"kicked\s+off|got\s+under\s*way)"
                          r"\s+(?:на|през|в|in|on)?\s*$", re.IGNORECASE)
# "приключването на проекта през юни 2020 г.": the verb's noun and what ended, then the date.
END_BEFORE = re.compile(r"(?:(?:приключ\w*|завърш\w*|финализира\w*)(?:\s+(?:успешно|официално|окончателно))?"
                        r"(?:\s+на\s+(?:проекта|дейностите|строителството|ремонта|работите|обекта|договора))?|"
                        r"\bкрай\w*\s*:?|\bend\s+date\s*:?|\bдо|\buntil|\btill|\bby|"
                        # a deadline: "Срокът по договора е 30.06.2026 г.", "срокът за изпълнение изтича на"
                        r"\bсрок(?:ът)?(?:\s+(?:по|на|за)\s+(?:договора|проекта|изпълнение))?\s+(?:е|изтича)|"
                        # commissioning ends the works: "приключи с въвеждането в експлоатация на 14.10.2022 г."
                        r"въвеждане(?:то)?\s+в\s+(?:редовна\s+)?експлоатация|въведен\w*\s+в\s+(?:редовна\s+)?експлоатация|"
                        # so does putting into use: "монтирано и пуснато в употреба през април 2024 г.",
                        # "the installation was commissioned in May 2019" (a passive only: "the town
                        # commissioned a study in 2018" orders one)
                        r"пуснат\w*\s+в\s+(?:употреба|експлоатация|действие)|(?:was|were|been)\s+commissioned|"
                        r"wrapped\s+up|\bend|ended|completed|finish\w*|"
                        # "Status: closed on 30.09.2025", "scheduled to close in June 2026"
                        r"\bclose[sd]?|"
                        # the project closed ("проектът беше закрит на 30.08.2019 г."; a place "закрит" shuts or is indoor)
                        r"(?:проект\w*|дейностите|инициатива\w*)\s+(?:беше|бе|бяха|е|са)\s+(?:официално\s+)?закрит[аи]?|"
                        # going public ends the works: "той е публичен от 1 септември 2021 г.", "went live on"
                        r"(?:е|са|стана|станаха|беше|бе)\s+публич(?:ен|на|но|ни)\s+от|went\s+live)"
                        r"\s+(?:на|през|в|(?:в\s+)?края\s+на|in|on|the\s+end\s+of)?\s*$", re.IGNORECASE)
# A hand-over or an opening ends the project, unless the text names its end otherwise (a social
# enterprise that "отвори врати през май" while the project runs "до 30.11.2020"): "предадени за
# ползване на", "беше предадено на живеещите през", "отвори врати на", "handed over to the town on".
OPENED_BEFORE = re.compile(r"(?:предаден\w*(?:\s+(?:за\s+ползване|на\s+[^\W\d]+))?|"
                           r"(?:беше|бе|бяха|е|са)\s+(?:официално\s+|тържествено\s+)?открит[аои]?(?:\s+(?:повторно|отново|тържествено|официално))?"
                           r"(?:\s+за\s+(?:посетители|ползване|движение|публиката|гости))?|"
                           r"отвори(?:ха)?\s+(?:отново\s+)?(?:своите\s+)?врати(?:те)?|"
                           # a delivery: "Автомобилът беше получен през декември 2020 г.", "was delivered in"
                           r"(?:беше|бе|бяха|е|са)\s+(?:получен|доставен)[аои]?|(?:was|were)\s+delivered|"
                           r"handed\s+over(?:\s+to\s+(?:the\s+)?[^\W\d]+)?|"
                           # an acceptance commission takes the works over: "Сградата беше приета от
                           # приемателна комисия на 18.05.2023 г.", "accepted by the acceptance committee on"
                           r"приемателна(?:та)?\s+комисия|acceptance\s+(?:commission|committee|board)|"
                           # the first users' day: "прие първите 20 потребители на", "welcomed its first pupils on"
                           # (the verb may fall outside the 30 characters looked at: the noun decides)
                           # ("посрещна първите си потребители на": the reflexive "си" between)
                           r"първите\s+(?:си\s+)?(?:\d+\s+)?(?:потребители|посетители|деца|ученици|пациенти|клиенти|семейства|зрители|читатели|"
                           r"наематели|жители)|"
                           r"its\s+first\s+(?:\d+\s+)?(?:users|visitors|children|pupils|patients|clients|families)|"
                           r"opened(?:\s+(?:its|their|the|a|an)(?:\s+[^\W\d]+){1,3})?|"
                           # its doors opened to whom: "opened its doors to its first eight start-ups on",
                           # "отвори врати за първите си дванайсет наематели на"
                           r"(?:opened\s+(?:its|their)\s+doors\s+to|отвори(?:ха)?\s+(?:отново\s+)?(?:своите\s+)?врати(?:те)?\s+"
                           r"(?:за|на))\s+[^.;:\d]{1,50}?)"
                           r"\s+(?:на|през|в|in|on)?\s*$", re.IGNORECASE)
DURATION = re.compile(r"(?<!\d)(?P<n>\d{1,3})\s*(?:календарни\s+)?(?P<unit>месеца|месец|months?|години|година|years?)\b",
                      re.IGNORECASE)
_BARE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")
_SECOND_LABEL_END = re.compile(r"(?:край|крайна\s+дата|end(?:\s+date)?)\s*:", re.IGNORECASE)


def months_of(duration: re.Match) -> int:
    """Months in a ``DURATION`` match ("18 месеца" → 18, "2 години" → 24).

    >>> months_of(DURATION.search("срок от 2 години"))
    24
    """
    unit = duration.group("unit").lower()
    return int(duration.group("n")) * (1 if unit.startswith(("мес", "mon")) else 12)


def fact_of(mention: DateMention, source: str) -> Fact:
    """A date fact: the mention's ISO value and its trimmed source line.

    >>> fact_of(find_mentions("05.2012г.")[0], " Продължителност: 05.2012г. ")
    Fact(value='2012-05', source='Продължителност: 05.2012г.')
    """
    return Fact(mention.iso, source.strip()[:MAX_SOURCE])


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
        return fact_of(mentions[0], source)
    parsed = _dateparser_fallback(value)
    return Fact(parsed, source.strip()[:MAX_SOURCE]) if parsed else None


# A date that holds only if the proposal wins: "18 месеца (при одобрение – от 01.03.2027 г.)", "12 months
# (if approved, from 1 June 2026)" — an application's hope, no start or end.
IF_APPROVED = re.compile(r"(?<![^\W\d_])(?:при|след|в\s+случай\s+на)\s+одобрение|ако\s+(?:бъде|е)\s+одобрен\w*|"
                         r"(?:if|once|when|upon|subject\s+to)\s+(?:it\s+is\s+|being\s+)?approv\w*", re.I)


def _period(value: str, source: str, found: dict, deadline: bool = False, months_in_label: bool = False) -> None:
    """Fill start/end from a period value: a range, ``до …``, or a duration.

    ``deadline`` (a ``Срок:`` label): a lone date is the end; ``months_in_label``: a bare
    number is a count of months.
    """
    mentions = find_mentions(value)
    pairs = ranges(value, mentions)
    if pairs:
        found.setdefault("start", fact_of(pairs[0][0], source))
        found.setdefault("end", fact_of(pairs[0][1], source))
    elif deadline and len(mentions) == 1 and (not START_BEFORE.search(value[:mentions[0].start])
                                              or _NO_LATER_THAN.search(value[:mentions[0].start])):
        found.setdefault("end", fact_of(mentions[0], source))
    else:
        for m in mentions:
            before = value[max(0, m.start - 30):m.start]
            if "одобр" in value or "pprov" in value:
                if IF_APPROVED.search(value, max(0, m.start - 40), m.start):
                    continue
            if END_BEFORE.search(before) or _NO_LATER_THAN.search(before):
                found.setdefault("end", fact_of(m, source))
            elif START_BEFORE.search(before):
                found.setdefault("start", fact_of(m, source))
    duration = DURATION.search(value)
    if duration:
        found.setdefault("duration", (months_of(duration), source))
    elif months_in_label and _BARE_NUMBER.match(value):  # "Продължителност (месеци): 18"
        found.setdefault("duration", (int(value.strip()), source))


# An end label revised by an annex or an extension ("Дата на приключване (след анекса): 30.11.2023",
# "Дата на приключване (удължена): 31.03.2024") outranks the contract's term read above it.
_REVISED = re.compile(r"анекс|удълж|актуализ|amend|extend|revised", re.I)


def read_labels(lines: list[str], found: dict) -> None:
    """Fill ``found`` (published/start/end facts, ``duration``) from labelled lines.

    >>> found = {}
    >>> read_labels(["Начало: 01.02.2013 г. Край: 31.01.2014 г."], found)
    >>> found["start"].value, found["end"].value
    ('2013-02-01', '2014-01-31')
    """
    for index, line in enumerate(lines):
        if len(line) > 200:
            continue
        for name, pattern in (("published", PUBLISHED_LABEL), ("start", START_LABEL), ("end", END_LABEL)):
            match = pattern.match(line)
            if match and name == "end" and "end" in found and match.group("value") \
                    and _REVISED.search(line, 0, match.start("value")):
                del found["end"]  # "Дата на приключване (след анекса): …" outranks the contract's term above
            if match and name not in found:
                value, source = _labelled_value(lines, index, match.group("value") or "")
                second = _SECOND_LABEL_END.search(value) if name == "start" else None
                if second:  # "Начало: 01.02.2013 г. Край: 31.01.2014 г."
                    begin, finish = find_mentions(value[:second.start()]), find_mentions(value[second.end():])
                    if not begin and not value[:second.start()].strip(" –-/"):
                        # "Начало – Край: 14.06.2021 / 13.09.2023": both labels, then the period
                        _period(value[second.end():], source, found)
                        break
                    if begin:
                        found.setdefault("start", fact_of(begin[0], source))
                    if finish:
                        found.setdefault("end", fact_of(finish[0], source))
                    break
                fact = _single(value, source)
                if fact:
                    found[name] = fact
                break
        else:
            match = PERIOD_LABEL.match(line)
            if match:
                value, source = _labelled_value(lines, index, match.group("value") or "")
                label = line[:match.start("value")] if match.group("value") is not None else line
                _period(value, source, found, deadline=line.lstrip().lower().startswith(("срок", "deadline")),
                        months_in_label=bool(re.search(r"месец|month", label, re.I)))
    if "start" not in found and "end" not in found:
        _inline_periods(lines, found)


# A period label after a sentence on the same line: "Подменени бяха 1 140 тела. Реализация: 2015 – 2016 г."
_AFTER_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZА-Я][^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*:\s*\S)")


def _inline_periods(lines: list[str], found: dict) -> None:
    """A period label that follows a sentence on its line gives the period, as on a line of its own.

    >>> found = {}
    >>> _inline_periods(["Подменени бяха 900 тела. Реализация: 2015 – 2016 г."], found)
    >>> found["start"].value, found["end"].value
    ('2015', '2016')
    """
    for line in lines:
        if ": " not in line or len(line) > 600:
            continue
        for after in _AFTER_SENTENCE.finditer(line):
            piece = line[after.end():after.end() + 80]
            match = PERIOD_LABEL.match(piece)
            if match and match.group("value") and ":" in piece[:match.start("value")]:
                _period(match.group("value"), line, found)
                if "start" in found or "end" in found:
                    return
