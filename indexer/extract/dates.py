"""Publication, start and end dates of a practice, each with the line it was read from.

Where each date comes from, most trusted first:

* ``published`` — a ``Дата на публикация:`` / ``Publication Date:`` / ``Публикувано:`` label,
  else the date line near the top of a project or news page (``Понеделник, 5 Декември 2016``;
  read by :mod:`indexer.extract.date_published`).
* ``start`` / ``end`` — labels (``Начална дата``, ``Крайна дата``, ``Продължителност``,
  ``Период на изпълнение``, ``Срок``; a registry table may put the value on the next line);
  then, in prose, a range of month-precise dates in a sentence about the project
  (``в периода 05.2012 – 11.2013``), ``стартира през …`` / ``приключи на …`` / ``до …``, a date
  opening a sentence whose verb says something started (``През март 2018 г. общината започна
  …``), a service in use since a date (``Системата работи от 01.01.2020 г.``) and, on a page
  with no date of its own (a listing item), the year its first sentence opens with;
  a duration (``Продължителност: 18 месеца``) gives no end: the text does not state one (the
  reading rule of every held-out gold); ``end_from_duration=True`` computes it from the start.

Year-only ranges count only inside labelled lines: in prose they are nearly always a
programme period (``ОПАК 2007-2013``) or a strategy (``2014-2020``), not the project.
Labelled lines are read by ``date_labels``; every date shape is found by ``date_mentions``.

>>> facts = extract_dates("Заглавие\\nПонеделник, 5 Декември 2016\\nПродължителност: 18 месеца (05.2012г. - 11.2013г.)")
>>> facts.published.value, facts.start.value, facts.end.value
('2016-12-05', '2012-05', '2013-11')
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.extract.anchored import finditer_from
from indexer.extract.asides import same_funder, split_sentences
from indexer.extract.background import in_background
from indexer.extract.date_labels import (DURATION, END_BEFORE, END_LABEL, IF_APPROVED, OPENED_BEFORE, PERIOD_LABEL, START_BEFORE,
                                         START_LABEL, fact_of, months_of, read_labels)
from indexer.extract.date_mentions import find_mentions, month_of, ranges, valid
from indexer.extract.date_published import published_from_top
from indexer.extract.date_yearless import (complete_yearless, live_after_start, opened_after_start, since_year_start,
                                           today_to_month, weekdays_before)
from indexer.extract.fact import Fact

_MAX_SOURCE = 300


_PROJECT_CUE = re.compile(r"проект|изпълн|тръгна|заработи|прие(?:ха)?\s+първите|посрещна|welcomed|лентата|ribbon|реализ|период|продължи|срок|стартира|започ|приключ|въведе|създаде|внедрен|"
                          r"пусна|launch|финализира|предаден|приемателн|заповед\s+за\s+създаване|учреди|експлоатация|отвори|открит|завърш|получен|доставен|handed\s+over|opened|wrapped|"
                          r"delivered|"
                          r"project|implement|period|duration|started|began|begun|ended|run|\bran\b|carried\s+out|works|"
                          r"introduced|established|set\s+up|\bclosed\b|\bclose\b|"
                          # the project's goods given out or fitted, in the past: "Всички компостери бяха
                          # раздадени до края на октомври 2022 г.", "All meters were installed by May 2021"
                          r"(?:бяха|беше|бе)\s+(?:всички\s+)?(?:раздаден|монтиран|инсталиран)|"
                          r"(?:were|was|had\s+been)\s+(?:all\s+)?(?:distributed|installed|handed\s+out)",
                          re.IGNORECASE)
# More cues, each behind a literal every match holds (every alternative of _PROJECT_CUE costs each sentence):
_MORE_CUE = re.compile(r"kicked\s+off|under\s*way|копка|broke\s+ground|moved\s+(?:in|on)|"
                       # the builders on site: "Строителите влязоха в сградата през март 2024 г."
                       r"влязоха\s+(?:на|в)\s+(?:обекта|сградата|площадката)|"
                       r"(?:строителите|багерите|техниката|работниците)\s+(?:[^\W\d_]+\s+)?влязоха|"
                       # the contract's term: "Договорът е до 31.03.2027 г.", "The contract runs until May 2026"
                       r"договорът\s+(?:е\s+(?:в\s+сила\s+)?|тече\s+|важи\s+)?до|"
                       r"contract\s+(?:runs|lasts|is\s+valid|is\s+in\s+force)\s+(?:until|till|to)", re.IGNORECASE)
_MORE_CUE_HINTS = ("kicked", "nder way", "nderway", "копка", "broke", "moved", "влязоха", "оговорът", "contract")


def _about_project(sentence: str) -> bool:
    """Whether a sentence speaks of the project (its dates are then read as the project's).

    >>> _about_project("Договорът е до 31.03.2027 г."), _about_project("Залата има 300 места от 2019 г.")
    (True, False)
    """
    if _PROJECT_CUE.search(sentence):
        return True
    return any(hint in sentence for hint in _MORE_CUE_HINTS) and _MORE_CUE.search(sentence) is not None


# (at a word's start: "предприемачи", entrepreneurs, holds "прием"; an acceptance commission,
# "приемателна комисия", takes no applications)
_FUTURE_OR_OTHER = re.compile(r"(?<![^\W\d_])(?:кандидат|прием(?!ател)|подаване)|applications?|deadline", re.IGNORECASE)
_HAS_YEAR = re.compile(r"(?:19|20)\d\d")
# A year alone is a start/end only after a verb that says so: "Практиката стартира през 2015 г."
# "започнаха през есента на 2018 г.", "began in spring 2022", "ended in late 2019": a season or a
# part of the year between the verb and the year dates to the year only.
_SEASON = (r"(?:(?:(?:началото|средата|края|пролетта|лятото|есента|зимата|(?:първата|втората)\s+половина)\s+на|"
           r"(?:the\s+)?(?:beginning|middle|end|spring|summer|autumn|fall|winter|(?:first|second)\s+half)(?:\s+of)?|"
           r"early|late|mid-?)\s*)?")
_STRONG_START = re.compile(r"(?:(?:стартира\w*|започна\w*|тръгна\w*|въведен\w*|създаден\w*|създаде|внедрен\w*|"
                           r"started|began|launched|introduced|established|set\s+up|kicked\s+off|got\s+under\s*way)"
                           r"\s+(?:на|през|в|in)?\s*" + _SEASON + "|"
                           r"^\W*since|(?<!\w)ever\s+since)\s*$", re.I)
_STRONG_END = re.compile(r"(?:приключи\w*|завърши\w*|финализира\w*|ended|finished|was\s+completed|wrapped\s+up)"
                         r"(?:\s+(?:успешно|официално))?\s+(?:на|през|в|in)?\s*" + _SEASON + r"$", re.I)
# "От пролетта на 2017 г.", "Since the autumn of 2019": a season or part of a year is that year.
_PART_OF_YEAR = (r"(?:(?:началото|средата|края|пролетта|лятото|есента|зимата)\s+на\s+|"
                 r"the\s+(?:beginning|middle|end|spring|summer|autumn|fall|winter)\s+of\s+)")
# ("Every year since 2019, on the first Saturday of April, …", "Всяка година от 2018 г. …": a yearly
# practice since its first year)
_EVERY = r"(?:(?:every|each)\s+(?:year|summer|spring|autumn|winter)\s+|(?:всяк[аоя]|всеки)\s+(?:година|лято|пролет|есен|зима)\s+)?"
_OPENING_FROM = re.compile(r"^\W*" + _EVERY + r"(?:от|since|from)\s+" + _PART_OF_YEAR + r"?$", re.I)
# "Since 2012 the town has …", "Since the summer of 2022 the town has offered …": a year is enough
_OPENING_SINCE = re.compile(r"^\W*" + _EVERY + r"since\s+" + _PART_OF_YEAR + r"?$", re.I)
# "От 2019 до днес общината …", "From 2016 to date": a year to this day is a start with no end
_TO_TODAY = re.compile(r"\s*(?:г\.?)?\s*(?:(?:и\s+)?до\s+(?:днес|момента|сега)|досега|to\s+(?:date|this\s+day)|"
                       r"until\s+(?:today|now))(?![^\W\d_])", re.I)
# "изпълнен през 2018–2019 г.", "ran in 2015-2016": a year range right after a verb of
# implementation is the project's own period (elsewhere a year range is a programme period).
_IMPLEMENTED_YEARS = re.compile(
    # ("Строителството се изпълни през 2023 – 2024 г.": the aorist, reflexive or not)
    r"(?:изпълн(?:ен|ена|ено|ени|ява|яват|яваше|и|иха)|реализиран\w*|осъществен\w*|се\s+реализира\w*|"
    r"ran|run|implemented|carried\s+out)\s+(?:(?:през|в|във|in|during|over|between)\s+)?"
    r"(?:(?:периода|the\s+period|the\s+years)\s+)?(?:от\s+|from\s+)?"
    r"(?P<first>(?:19|20)\d{2})\s*(?:г\.?\s*)?(?:[-–—]|до|and|to|и)\s*(?P<last>(?:19|20)\d{2})(?!\d)", re.I)
# "Всяко лято от 2018 г. насам общината организира …" (since 2018): the practice's start when it
# opens the sentence; further in, it is often something else's ("дигитализира архива си от 1991 г. насам").
# ("Общината има 12 училища, от 2010 г. насам с нови дворове": not the opening, not the start)
_SINCE_THEN = re.compile(r"\s*(?:г\.?)?\s*насам(?![^\W\d_])", re.I)
_SINCE_THEN_OPENING = re.compile(r"^\W*(?:(?:всяк[аоя]|всеки)\s+[^\W\d_]+\s+)?от\s+$", re.I)
# …or anywhere after a word of recurrence: "пазарът, организиран всяка последна събота от май до октомври
# от 2021 г. насам, …" (a recurring event since its first year)
_RECURRING = re.compile(r"(?<![^\W\d_])(?:всяк[аоия]|всеки|ежегодно|ежемесечно)(?![^\W\d_])", re.I)
_PROGRAMME_PERIODS = {(2000, 2006), (2007, 2013), (2014, 2020), (2021, 2027)}
# "The municipality launched the service in May 2014": a start verb earlier in the clause.
_AT_BEFORE = re.compile(r"(?:\bin|\bon|\bпрез|\bв|\bна)\s+(?:началото\s+на\s+|the\s+beginning\s+of\s+)?$", re.I)
# "стартира на 10 февруари": a day and month with no year, completed by the page's year.
_START_DAY_MONTH = re.compile(
    r"(?:стартира\w*|започна\w*|даде\s+(?:се\s+)?старт\w*|started|began|launched|opened|откри\w*)"
    r"\s+(?:официално\s+|officially\s+)?(?:на|on)\s+(?P<day>\d{1,2})\s+(?P<month>[^\W\d_]{3,10})\.?(?!\s*,?\s*\d)",
    re.I)
_START_WORDS = ("стартира", "започна", "даде", "started", "began", "launched", "opened", "откри")  # each match begins with one
# "През март 2018 г. общината започна кампания …", "In September 2016 the Municipality started
# …": a date opening its sentence, whose verb then says that something started.
_OPENING_AT = re.compile(r"^\W*(?:(?:още|already|back|early)\s+)?(?:през|в|във|от|in|since|from)\s+" + _PART_OF_YEAR + r"?$",
                         re.I)
_START_VERB = re.compile(r"(?<![^\W\d_])(?:стартира(?:ха|л[аои]?)?|започна(?:ха|л[аои]?)?|въведе(?:ха)?|създаде(?:ха)?|"
                         # the passive: "През 2016 г. в центъра е въведена електронна система"
                         r"(?:е|са|беше|бе|бяха)\s+(?:въведен|създаден|внедрен|стартиран)[аои]?"
                         r"(?!\s+в\s+(?:редовна\s+|реална\s+)?експлоатация)|"  # commissioning ends, it does not start
                         # (an opening ends the works: "opened its digital corner on 14 March 2012")
                         r"пусна(?:ха)?|даде\s+старт|тръгна(?:ха)?|started|launched|began|introduced|set\s+up|"
                         r"kicked\s+off|got\s+under\s*way|"
                         # the first sod: "Кметът направи първа копка на ремонта на 13.05.2025 г.", "broke ground in May 2025"
                         r"направи(?:ха)?\s+(?:[^\W\d_]+\s+)?първа(?:та)?\s+копка|(?:broke|breaks)\s+ground|"
                         # the builders on site start the works: "Строителите влязоха в сградата през март 2024 г."
                         r"(?:строителите|багерите|техниката|работниците)\s+(?:[^\W\d_]+\s+)?влязоха|"
                         r"(?:влязоха|влезе)\s+(?:на|в)\s+(?:обекта|сградата|площадката|строителната\s+площадка)|"
                         r"(?:builders|contractors?|crews|workers)\s+moved\s+(?:in|on\s*to\s+(?:the\s+)?site)|"
                         # joining a partnership is this partner's start: "joined the project … in June 2018"
                         r"joined|се\s+присъедини(?:ха)?|присъедини(?:ха)?\s+се|"
                         # a founding order: "През пролетта на 2021 г. кметът издаде заповед за създаване на съвет"
                         r"(?:издаде|подписа)\s+заповед\s+за\s+(?:създаване|учредяване)|учреди(?:ха)?|founded)"
                         r"(?![^\W\d_])", re.I)
# "През 2012 г. общината подготви проекта, а дейностите започнаха …": the verb is another clause's
_CLAUSE_BREAK = re.compile(r"[,;]\s*(?:а|но|докато|след\s+като|but|while|whereas|and)\b|;", re.I)
_NOT_STARTED = re.compile(r"(?:\bще|\bне|\bда|\bwill|\bnot|\bto)\s+(?:се\s+|be\s+)?$", re.I)
# "Системата работи от 01.01.2020 г.", "The service has been running since May 2019": a
# system or service in use since a date — the practice's start.
_IN_USE_FROM = re.compile(
    r"(?<![^\W\d_])(?:работи|работят|функционира(?:т)?|действа(?:т)?|е\s+в\s+сила|е\s+достъпн\w+|"
    r"се\s+прилага|се\s+използва|operates|operating|works|(?:has|have)\s+been\s+(?:running|in\s+use|"
    r"in\s+operation|available)|(?:is|are)\s+(?:running|in\s+use|in\s+operation|available)|"
    # "Споразумението влиза в сила от 1 януари 2017 г.", "The rules come into force on 1 May"
    r"(?:влиза|влизат|влезе|влязоха|влязло|влязла|влязъл)\s+в\s+сила|(?:takes?|took)\s+effect|"
    r"(?:comes?|came|enters|entered)\s+into\s+force|"
    # an allowance paid since a year: "Помощта се изплаща от 2023 г.", "The grant has been paid since 2021"
    # ("ще се изплаща от 1 януари": still to come)
    r"(?<!ще\s)(?<!ще\sсе\s)(?:се\s+)?изплаща(?:т)?|(?:is|are|has\s+been|have\s+been)\s+paid(?:\s+out)?|"
    # any present passive of a running activity: "Заседанията се излъчват на живо от 2021 г.",
    # "Обядът се доставя от 2019 г." (not a forecast: "се очаква от 2026 г.")
    r"(?<!ще\s)(?<![^\W\d_])се\s+(?!очаква|планира|предвижда|финансира)[^\W\d_]{3,}(?:а|я|ат|ят)"
    r"(?:\s+(?:на\s+живо|онлайн|редовно|безплатно|ежегодно|всяка\s+година))?|"
    # activities going on since a day: "Дейностите вървят от 01.04.2024 г.", "работата тече от март 2023 г."
    r"(?<!ще\s)(?:вървят|върви|текат|тече)|"
    # a service provided or an event organised since a year, with up to two words of its object
    # between: "Общината предоставя услугата от 2019 г.", "организират от 2019 г. общ празник",
    # "has provided the service since 2019" (not "ще предоставя": to come)
    r"(?<!ще\s)(?<![^\W\d_])(?:предоставя|организира|провежда|осигурява|предлага|поддържа)(?:т)?"
    r"(?:\s+(?!от\s)[^\W\d_][\w-]*){0,2}?|"
    r"(?:has|have)\s+(?:been\s+)?(?:provid|organis|organiz|offer)\w*(?:\s+(?!since\s)[^\W\d_][\w-]*){0,3}?)"
    r"\s+(?:(?:отново|вече|успешно|already)\s+)?(?:от|since|from|on|as\s+of)\s+(?:началото\s+на\s+)?$", re.I)
# "Община Мездра има детски съвет от 2012 г.", "The town has had a youth council since 2012":
# a standing body or service that exists since a year, the date closing its clause.
_STANDING_SINCE = re.compile(
    r"(?:(?<![^\W\d_])(?:има|имат|съществува|съществуват|действа|действат|работи|работят|функционира|функционират)"
    r"(?![^\W\d_])[^.;:!?\d]{0,60}?(?<![^\W\d_])от|(?<![^\W\d_])(?:has|have)\s+(?:had|been|existed|run|operated|kept)"
    r"(?![^\W\d_])[^.;:!?\d]{0,60}?(?<![^\W\d_])since)\s+$", re.I)
_CLAUSE_END = re.compile(r"\s*(?:[.;,!?]|$)")
_SINCE_YEAR = ("от 19", "от 20", "since 19", "since 20")  # the year right after (a month: _in_use_from)
_STANDING_HINTS = ("има", "съществува", "действа", "работ", "функционира", "has ", "have ")
_IN_USE_HINTS = ("работ", "функционира", "действа", "в сила", "достъпн", "прилага", "използва", "изплаща", " paid", "operat", "се ",
                 "works", "running", "in use", "available", "effect", "into force", "върв", "тече", "текат", "предоставя",
                 "организира", "провежда", "осигурява", "предлага", "поддържа", "provid", "organis", "organiz", "offer")
# A page with no date of its own (a listing item) dates its practice by an opening year:
# "През 2019 г. пет училища превърнаха дворовете си в градини." — unless that sentence only
# applies, wins or plans.
_OPENING_YEAR = re.compile(r"^\W*(?:през|in)\s+$", re.I)
_NOT_DONE = re.compile(r"кандидатств|подаде|внесе|внесоха|депозира|одобр|спечели|подписа|договор|\bще\b|предстои|планира|"
                       r"\bимаше|\bимаха|живееха|applied|submitted|approved|won|signed|\bwill\b|plans?\b|"
                       r"\bhad\b|there\s+were", re.I)
_DURATION_PROSE = re.compile(
    r"(?:продължителност\w*|срок\w*(?:\s+(?:за|на)\s+изпълнение)?|за\s+период\s+от|duration(?:\s+of)?|period\s+of)"
    r"[^.\n\d]{0,40}(?P<n>\d{1,3})\s*(?:календарни\s+)?(?P<unit>месеца|месец|months?|години|година|years?)\b",
    re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[\"„“(A-ZА-Я])")
# "от май до октомври 2014 г.", "от юни до септември" (the year from the dateline), "between May
# and September 2019": a month range is the project's own period.
_MONTH_WORD = r"(?P<{0}>[^\W\d_]{{3,9}})\.?"
_MONTH_RANGE = re.compile(
    r"(?<![^\W\d_])(?:от|from|between|между)\s+(?:началото\s+на\s+|the\s+beginning\s+of\s+)?" + _MONTH_WORD.format("m1")
    + r"(?:\s+(?P<y1>(?:19|20)\d{2}))?\s*(?:г\.?|года)?\s*(?:до|to|until|till|and|и|[-–—])\s+"
    # "от май до 20 декември 2018 г.": the end told to the day
    r"(?:края\s+на\s+|the\s+end\s+of\s+)?(?:(?P<d2>\d{1,2})\s+)?" + _MONTH_WORD.format("m2") + r"(?:\s+(?P<y2>(?:19|20)\d{2}))?(?!\d)",
    re.IGNORECASE)
_MONTH_RANGE_HINTS = (" до ", " to ", " until ", " and ", " и ", "–", "-")
_MONTH_RANGE_WORDS = ("от", "from", "between", "между")  # each _MONTH_RANGE match begins with one
# A standing seasonal schedule is not a period: "всяка година от май до септември".
_EVERY_YEAR = re.compile(r"всяка\s+година|ежегодно|всяко\s+лято|всеки\s+сезон|every\s+(?:year|summer)|each\s+year|"
                         r"annually|"
                         # "басейнът работи" operates; "строителните работи", "ремонтните работи" are the works
                         r"(?<!ни\s)(?<!ите\s)\bработи\b|\bopen\b|отворен|"
                         # "всяка последна събота от май до октомври", "every first Sunday from May to
                         # September": a weekly or monthly day in a season; "… от 2021 г. насам": since then
                         r"всяк[аоия]\s+(?:[^\W\d_]+\s+)?(?:събота|неделя|понеделник|вторник|сряда|четвъртък|петък|"
                         r"седмица|месец)|every\s+(?:[^\W\d_]+\s+)?(?:saturday|sunday|monday|tuesday|wednesday|"
                         r"thursday|friday|week|month)|насам", re.IGNORECASE)
# "(2019 – 2020)": a bracketed year range right after the project's name; not a programme's or
# a strategy's period.
_BRACKET_YEARS = re.compile(r"\(\s*(?P<first>(?:19|20)\d{2})\s*(?:г\.?)?\s*[-–—]\s*(?P<last>(?:19|20)\d{2})\s*(?:г\.?)?\s*\)")
_PROGRAMME_BEFORE = re.compile(r"програм|стратеги|план|период|механизъм|\bОП\w*|interreg|programme|program|strategy|"
                               r"plan|framework|mechanism|period|фонд|fund|мандат|term", re.IGNORECASE)
# "до края на 2021 г.", "until the end of 2021": a bare year after an end of period.
_END_OF_YEAR = re.compile(r"(?:\bдо|\buntil|\btill|\bby)\s+(?:края\s+на|the\s+end\s+of)\s*$", re.IGNORECASE)
# "предоставя услугата от февруари 2020 г.": a month-precise date after "от" inside a sentence.
_RANGE_AFTER = re.compile(r"\s*(?:г\.?)?\s*(?:до|to|until|till|[-–—])\s", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"(?<![^\W\d_])(?:от|since)\s+(?:началото\s+на\s+|the\s+beginning\s+of\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class DateFacts:
    published: Fact | None = None
    start: Fact | None = None
    end: Fact | None = None



def _add_months(mention_iso: str, months: int) -> str | None:
    parts = mention_iso.split("-")
    if len(parts) < 2:
        return None
    index = int(parts[0]) * 12 + int(parts[1]) - 1 + months
    year, month = divmod(index, 12)
    return f"{year:04d}-{month + 1:02d}" if valid(year, month + 1, None) else None


def _sentences(lines: list[str]):
    """Sentences that hold a year: no date shape lacks one, and most sentences have none."""
    for line in lines:
        if not _HAS_YEAR.search(line):
            continue
        for sentence in split_sentences(line, _SENTENCE_END):
            if _HAS_YEAR.search(sentence):
                yield sentence


def _since_now(sentence: str, m) -> bool:
    """``от 2020 г. до днес`` anywhere; ``от 2018 г. насам`` opening the sentence (``Всяко лято от …``)."""
    return _TO_TODAY.match(sentence, m.end) is not None or (
        _SINCE_THEN.match(sentence, m.end) is not None and _since_then_opening(sentence, m))


def _since_then_opening(sentence: str, m) -> bool:
    """``от 2018 г. насам`` opening its sentence, or after a word of recurrence (``всяка събота … от 2021 г. насам``)."""
    return _SINCE_THEN_OPENING.match(sentence[:m.start]) is not None or (
        _RECURRING.search(sentence, 0, m.start) is not None and _FROM_BEFORE.search(sentence, max(0, m.start - 25), m.start)
        is not None)


# "150 души ще получават топъл обяд всеки работен ден до 31 декември 2016 г.", "Pupils will
# receive a free breakfast every day until 30 June 2023": a service's term, told in a sentence with
# no word of a project — its end, when after the page's date.
_SERVICE_TERM = re.compile(r"(?<![^\W\d_])(?:ще\s+(?:получава\w*|ползва\w*|работи|работят|функционира\w*)|"
                           r"всеки\s+(?:работен\s+)?ден|ежедневно|will\s+(?:receive|run|operate|be\s+open)|"
                           r"every\s+(?:working\s+)?day|daily)(?![^\W\d_])", re.I)
_UNTIL = re.compile(r"(?<![^\W\d_])(?:до|until|till)\s+$", re.I)


def _from_prose(lines: list[str], found: dict) -> None:
    """Sentences about the project first; then the others may still give a whole range."""
    sentences = [(s, _about_project(s)) for s in _sentences(lines)]
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
            found["start"], found["end"] = fact_of(pairs[0][0], sentence), fact_of(pairs[0][1], sentence)
        elif "start" not in found and any(m.precision == 2 and _FROM_BEFORE.search(sentence, max(0, m.start - 25), m.start)
                                          and not _RANGE_AFTER.match(sentence, m.end) for m in mentions):
            # "Общината предоставя услугата от февруари 2020 г.": a month-precise start
            m = next(m for m in mentions if m.precision == 2 and _FROM_BEFORE.search(sentence, max(0, m.start - 25), m.start)
                     and not _RANGE_AFTER.match(sentence, m.end))
            found["start"] = fact_of(m, sentence)
        elif "start" not in found and _OPENING_FROM.match(sentence[:mentions[0].start]) and (
                mentions[0].precision >= 2 or "г" in sentence[mentions[0].end - 3:mentions[0].end]
                or _OPENING_SINCE.match(sentence[:mentions[0].start]) or _TO_TODAY.match(sentence, mentions[0].end)):
            # "От май 2012 г. Община Габрово излъчва …", "От 2015 г. общината провежда …":
            # a practice's start opening its sentence
            found["start"] = fact_of(mentions[0], sentence)
        if "end" not in found and "published" in found and len(mentions) == 1 and mentions[0].precision >= 3 \
                and mentions[0].iso > found["published"].value and _UNTIL.search(sentence, max(0, mentions[0].start - 8),
                                                                                mentions[0].start) \
                and _SERVICE_TERM.search(sentence):
            found["end"] = fact_of(mentions[0], sentence)  # "… ще получават обяд всеки ден до 31.12.2016 г."
        elif "start" not in found and _SINCE_THEN.match(sentence, mentions[0].end) \
                and _since_then_opening(sentence, mentions[0]):
            found["start"] = fact_of(mentions[0], sentence)  # "Всяко лято от 2016 г. насам общината …"


# A start in the present or future ("дейностите започват на 01.09.2024 г." on a July 2024 page,
# "work starts on 3 May") is only announced when its date is after the page's.
_ANNOUNCED = re.compile(r"(?:започва(?:т)?|започне|започнат|стартират|starts?|begins?|will\s+(?:start|begin))"
                        r"\s+(?:на|през|в|от|on|in|from)?\s*$", re.I)


# "Началото на проекта е 01.04.2022 г.", "с начална дата 01.04.2022 г. и крайна дата 31.03.2024 г.",
# "The start date is 1 May 2020": a start or an end named by a noun in prose.
_START_IS = re.compile(r"(?<![^\W\d_])(?:началото|начална(?:та)?\s+дата|start\s+date)(?:\s+на\s+(?:\S+\s+)?"
                       r"(?:проекта|изпълнението|дейностите|договора))?\s*(?:е|беше|бе|is|was|:)?\s*$", re.I)
_END_IS = re.compile(r"(?<![^\W\d_])(?:краят|крайна(?:та)?\s+дата|end\s+date)(?:\s+на\s+(?:\S+\s+)?"
                     r"(?:проекта|изпълнението|дейностите|договора))?\s*(?:е|беше|бе|is|was|:)?\s*$", re.I)
# A date opening its sentence ("Вчера, 16 октомври 2001 г., в сградата на общината беше открит …",
# "On 12 May 2019 the new hall was opened"), whose verb opens or hands over: an opening.
# ("In June 2025 the finished trails were handed over", "През май 2024 г. сградата беше открита": a month too)
_DATE_OPENER = re.compile(r"\W*(?:(?:вчера|днес|yesterday|today)\s*,?\s*)?(?:(?:на|on|in|през|в)\s+)?$", re.I)
_OPENED_AFTER = re.compile(r"(?<![^\W\d_])(?:(?:беше|бе|бяха)\s+(?:официално\s+|тържествено\s+)?(?:открит|предаден)[аои]?|"
                           r"откриха|(?:was|were)\s+(?:officially\s+)?(?:opened|inaugurated|handed\s+over)|"
                           # the builder handing the building over: "На 3 март 2024 г. изпълнителят предаде
                           # сградата с акт обр. 16", "the contractor handed over the hall"
                           r"предаде(?:ха)?\s+(?:на\s+общината\s+)?(?:сградата|обекта|ключовете)|"
                           r"handed\s+over\s+(?:the\s+)?(?:building|site|keys)|"
                           # a hall or a centre receiving its public: "на 3 май 2019 г. залата отново посрещна
                           # зрители", "on 2 May 2019 the library welcomed its first readers"
                           r"посрещна(?:ха)?\s+(?:(?:отново|своите|първите|си|\d+)\s+){0,3}(?:публика(?:та)?|зрители(?:те)?|"
                           r"посетители(?:те)?|читатели(?:те)?|потребители(?:те)?|ученици(?:те)?|деца(?:та)?|пациенти(?:те)?|"
                           # a community hall's own amateur groups: "читалището отново посрещна самодейците си"
                           r"самодейци(?:те)?|състави(?:те)?)|"
                           r"welcomed\s+(?:(?:back|its|their|the|first|\d+)\s+){0,3}(?:public|audiences?|visitors|readers|users|"
                           r"pupils|children|patients)|"
                           r"преряза(?:ха)?\s+(?:[^\W\d_]+\s+)?лента(?:та)?|cut\s+the\s+ribbon)(?![^\W\d_])",
                           re.I)
# A date opening a later clause of its sentence: "Работите започнаха през май 2021 г., а на 3 май
# 2022 г. салонът посрещна зрители", "…, and on 4 June 2020 the hall was opened".
# A clause after the date saying it closed the project: "На 1 юли 2020 г. платформата беше пусната, с което
# проектът приключи", "presented on 18 May 2023, International Museum Day, which closed the project".
_WHICH_CLOSED = re.compile(r"[^.;\d]{0,100}?,\s*(?:с\s+(?:което|които|това)|which|that)\s+(?:(?:официално|officially|also|и)\s+)?"
                           r"(?:(?:проектът|дейностите)\s+(?:(?:беше|бе|бяха|е|са)\s+)?(?:приключи(?:ха)?|завърши(?:ха)?|"
                           r"приключен[аи]?|завършен[аи]?)|(?:приключи|завърши)\s+(?:и\s+)?проект(?:а|ът)|"
                           r"(?:closed|ended|completed|concluded|wrapped\s+up)\s+the\s+project)(?![^\W\d_])", re.I)
_WHICH_CLOSED_HINTS = ("с което", "с които", "с това", "which", "that")
_CLAUSE_DATE_OPENER = re.compile(r"[,;]\s*(?:(?:а|и|но|and|but|while)\s+)?(?:на|on|in|през|в)\s+$", re.I)
# The date first, then what ended: "на 3 април 2019 г. системата беше пусната в реална експлоатация",
# "на 30.06.2022 г. проектът приключи".
# (a conjunction between starts another clause: "стартира … през март 2018 г. и я приключи през …")
_END_AFTER = re.compile(r"\s*(?:г\.?)?\s*,?\s*(?:(?!(?:и|а|но|or|and|but)\s)[^\W\d_]+\s+){0,3}?(?:(?:(?:беше|бе|бяха|е|са)\s+)?"
                        r"(?:пуснат|въведен)\w*\s+в\s+(?:редовна\s+|реална\s+)?експлоатация|"
                        r"(?:приключи|завърши|финализира)(?:ха)?(?![^\W\d_])|"
                        # "на 30 април 2019 г. проектът беше финализиран" (the project was wound up)
                        r"(?:беше|бе|бяха)\s+(?:успешно\s+|окончателно\s+)?(?:приключен|завършен|финализиран)[аои]?(?![^\W\d_]))", re.I)


def _announced(before: str, mention, found: dict, sentence: str = "") -> bool:
    """A lone start told in the present or future and dated after the publication. With its end
    in the same sentence it is the project's planned period (``Дейностите започват на 1 юли 2024 г. и
    трябва да завършат до февруари 2028 г.``), which is kept.

    >>> _announced("дейностите започват на ", find_mentions("01.09.2024")[0], {"published": Fact("2024-07-22", "")})
    True
    """
    if "published" not in found or not _ANNOUNCED.search(before):
        return False
    if any(m.start > mention.start and m.precision >= 2 for m in find_mentions(sentence)):
        return False
    published = found["published"].value
    width = min(len(published), len(mention.iso))
    return mention.iso[:width] > published[:width]


# A sentence whose subject is a part of the project (a pilot, a phase, a stage): its dates are
# that part's ("A pilot phase in 2019-2020 … ended in 2020", "Първият етап приключи през 2019 г.").
# (a pilot alone may be the practice itself)
_PART_SUBJECT = re.compile(r"^\W*(?:(?:a|an|the|its|this|their)\s+)?(?:[\w-]+\s+)?(?:first|initial|earlier|pilot)\s+"
                           r"(?:phase|stage)(?![^\W\d_])|"
                           r"^\W*(?:(?:първи(?:ят|я)?|начален|началния|пилотни(?:ят|я)?)\s+етап|"
                           r"(?:първата|началната|пилотната)\s+фаза)(?![^\W\d_])", re.I)


# A sentence whose start is itself only expected: its end is a forecast too ("Строителството се
# очаква да започне през есента и да завърши до края на 2026 г.", "Works are expected to begin in
# May and to finish by June 2027"). (A running project's planned end is kept: "ще продължи до …")
_EXPECTED_START = re.compile(r"(?<![^\W\d_])(?:очаква\w*|предвижда\w*|планира\w*|предстои|expected|planned|"
                             r"scheduled|due)\s+(?:се\s+)?(?:да|to)\s+(?:се\s+)?(?:започн\w+|стартира\w*|"
                             r"start|begin|commence)(?![^\W\d_])", re.I)


# An end that is only expected, and that on a condition, is no end ("Очаква се работите да приключат
# до юли 2026 г., ако зимата не е тежка", "expected to be completed by May if the weather holds"): the
# sentence is read up to the forecast only, so a start told before it stays. (A plain forecast is
# the planned end every gold keeps: "is due to wrap up by 31 January 2025", "scheduled to close in
# June 2026"; so is an end the project must keep: "трябва да приключи до …")
_EXPECTED_END = re.compile(r"(?<![^\W\d_])(?:(?:се\s+)?(?:очаква|предвижда|планира)(?:\s+се)?|expected|due|scheduled|planned)"
                           r"\s+(?:[^\W\d_]+\s+){0,2}?(?:да|to)\s+(?:се\s+|be\s+|бъд(?:е|ат)\s+)?(?:приключ\w*|завърш\w*|end|finish|close|"
                           r"wrap\s+up|(?:be\s+)?completed?)(?![^\W\d_])", re.I)
# Only expected ("Проектът се очаква да приключи през май 2026 г.", "Очаква се обектът да бъде завършен до
# март 2026 г.", "is expected to be completed by May"): every gold reads no end — unlike an end the
# project is due or scheduled to keep (heldout11/12 keep those).
_ONLY_EXPECTED = re.compile(r"очаква|предвижда|expected|foreseen|anticipated", re.I)
# A start still to come after a step ("ще започнат след провеждане на процедурите и се очаква да
# приключат до …", "will begin once the tender is over and are expected to end by …"): the forecast
# end is as uncertain as a conditional one.
_START_AFTER = re.compile(r"(?<![^\W\d_])(?:ще\s+(?:за)?почн\w*|ще\s+стартира\w*|will\s+(?:only\s+)?(?:start|begin))\s+"
                          r"(?:[^\W\d_]+\s+){0,2}?(?:след|after|once|when|когато|щом)(?![^\W\d_])", re.I)
_START_AFTER_HINTS = ("ще започн", "ще почн", "ще стартира", "will start", "will begin", "will only")
_IF_AFTER = re.compile(r"(?<![^\W\d_])(?:ако|стига|освен\s+ако|if|unless|provided|weather\s+permitting)(?![^\W\d_])", re.I)
# A sentence that opens on the schedule tells what is planned ("Според графика дейностите трябва да
# приключат през октомври 2026 г.", "According to the schedule, the works are to end in May 2027"):
# forecasts, not dates. ("Ремонтът … върви по график" says the works are on time: not an opening.)
_BY_SCHEDULE = re.compile(r"\W*(?:според|съгласно|по)\s+(?:утвърдения\s+|линейния\s+)?график(?:а)?|"
                          r"\W*(?:according\s+to|under|as\s+per)\s+(?:the\s+)?(?:work\s+)?(?:schedule|timetable)", re.I)
# A financing contract still to be signed: the deadline told with it is a forecast of a project not
# begun ("договорът с министерството ще бъде подписан до месец, а изпълнението трябва да приключи до
# …", "The grant agreement will be signed in May and the works are to finish by …"). (Once signed, the
# contract's deadline is the planned end every gold keeps: "подписа договор …, а проектът трябва да
# бъде завършен до …")
_UNSIGNED = re.compile(r"(?<![^\W\d_])(?:договор\w*|споразумени\w*|contract|agreement)\s+(?:[^\W\d_]+\s+){0,4}?"
                       r"(?:ще\s+(?:бъде|бъдат)\s+подписан\w*|предстои\s+да\s+(?:бъде\s+|бъдат\s+)?подпис\w+|"
                       r"(?:is|are)\s+(?:yet|still|due)\s+to\s+be\s+signed|will\s+be\s+signed)|"
                       r"(?<![^\W\d_])(?:предстои|очаква\s+се)\s+подписването?\s+на\s+(?:[^\W\d_]+\s+){0,2}?договор", re.I)
_UNSIGNED_HINTS = ("подпис", "signed")
_EXPECTED_HINTS = ("очаква", "предвижда", "планира", "предстои", "expected", "planned", "scheduled", "due")

# A sentence about another project: its dates are that project's ("Паралелно тече и друг, вече
# завършен през 2023 г. проект – …", "Another project, finished in 2022, paid for …", "the previous
# project ran until 2019"). ("другите общини по проекта" is no other project: the noun must follow
# the masculine singular within its clause.)
_OTHER_PROJECT = re.compile(r"(?<![^\W\d_])(?:друг(?:ия|ият)?|предишни(?:я|ят)|предходни(?:я|ят)|предходен|отделен|"
                            r"отделния|another|(?:the|a)\s+(?:other|previous|preceding|separate|former)|an\s+earlier|"
                            # a predecessor it builds on: "Проектът надгражда „…“ – проект по …, който
                            # приключи през 2021 г.", "It builds on the 2019 project …"
                            r"надгражда(?:т)?|builds?\s+on|building\s+on)(?![^\W\d_])"
                            # (no preposition between: "the other partners in the project" is this one)
                            r"(?:(?!(?<![^\W\d_])(?:of|in|for|with|to|по|на|за|със?)\s)(?:[^.;:!?\n]|(?<=г)\.)){0,60}?"
                            r"(?<![^\W\d_])(?:проект|project|network|мрежа|initiative|инициатива)(?![^\W\d_])", re.I)
# A sentence set apart from the practice it sits in: "Отделно от тази практика общината завърши през
# 2021 г. ремонта на пазара", "Separately from this scheme, the town finished a road in 2020".
_APART = re.compile(r"\W*(?:отделно\s+от\s+(?:тази|настоящата|това|този)|separately\s+from\s+(?:this|the)|apart\s+from\s+this)"
                    r"(?![^\W\d_])", re.I)
# A sentence that names the project's own period: "Implementation ran from …", "Изпълнението на
# проекта продължи от …", "Проектът се изпълняваше от …".
_OWN_PERIOD = re.compile(r"(?<![^\W\d_])(?:(?:implementation|the\s+project)\s+(?:ran|lasted|took\s+place|was\s+carried\s+out)|"
                         r"изпълнението(?:\s+на\s+проекта)?\s+(?:продължи|беше|бе|се\s+проведе)|"
                         r"проектът\s+(?:се\s+изпълн\w+|продължи|беше\s+изпълнен))(?![^\W\d_])", re.I)
# A count up to a date is a tally of results, not the end: "- 11 events for schoolchildren by the end
# of August 2021;", "- 340 абонати до края на юни 2022 г.".
# A document's number and date ("разрешение за ползване № ДК-07-118 от 19.12.2023 г.", "Order No
# 12/2021 of 3 May"): "от" dates the document, it starts nothing.
_NUMBER_OF = re.compile(r"(?:(?:№|(?-i:No)\.?)\s*[\w./-]+|(?<![^\W\d_])(?:писмо|заповед|протокол|letter|order))"
                        r"\s+(?:от|of|from|dated)\s+$", re.I)
_DOCUMENT_HINTS = ("№", "No", "писмо", "заповед", "протокол", "letter", "order")
# A sentence opening on an earlier time that names a project tells what came before this one
# ("По-рано общината изпълни проекта за …, който приключи през 2023 г.", "Previously the town ran a
# project that ended in 2021"); "по-рано тази година" (earlier this year) is this project's time.
_EARLIER_OPENING = re.compile(r"\W*(?:по-рано|преди\s+това|в\s+миналото|earlier|previously|in\s+the\s+past)"
                              r"(?![^\W\d_])(?!\s+(?:тази|през\s+тази|this|in\s+this))", re.I)
# A similar scheme elsewhere ("подобна схема работи в … от 2019 г.", "a similar service has run in … since
# 2018") dates that scheme.
_SIMILAR = re.compile(r"(?<![^\W\d_])(?:подобн[аои]?|сходн[аои]?|similar)\s+(?:[^\W\d_]+\s+)?(?:схем|програм|практик|"
                      r"услуг|проект|инициатив|scheme|programme|practice|service|project|initiative)|"
                      # "which has run a similar urban forest since 2019", "има подобен парк от 2015 г.": an
                      # article or a masculine form makes any noun another's
                      r"(?<![^\W\d_])(?:an?\s+similar|подобен|сходен)\s+[^\W\d_]{3,}", re.I)
_SIMILAR_HINTS = ("подобн", "сходн", "подобен", "сходен", "similar")


def _similar_elsewhere(lower: str) -> bool:
    """Whether the (lower-cased) sentence speaks of a similar scheme, not this one."""
    return any(hint in lower for hint in _SIMILAR_HINTS) and _SIMILAR.search(lower) is not None


_TALLY = re.compile(r"^[\s\-–—•*]*\d")
_BY_BEFORE = re.compile(r"(?<![^\W\d_])(?:by|до)\s+(?:(?:the\s+)?end\s+of\s+|края\s+на\s+)?$", re.I)
# So is a target counted to a date in mid-sentence: "…, and 1,900 trees are planned by the end of
# 2027", "до края на 2027 г. ще бъдат засадени 1900 дървета".
_TARGET_BEFORE = re.compile(r"(?:^|[;:]\s*|,\s+(?:and|а|и)\s+)(?:над\s+|over\s+|more\s+than\s+|още\s+|another\s+)?"
                            r"\d{1,3}(?:[ ,]\d{3})*\s+[^\W\d_]{3,}[^;:\d]{0,60}?"
                            r"(?<![^\W\d_])(?:by|до)\s+(?:(?:the\s+)?end\s+of\s+|края\s+на\s+)?$", re.I)
_TARGET_AFTER = re.compile(r"\s*(?:г\.?)?\s*,?\s*(?:(?:ще\s+(?:бъдат|бъде)|will\s+be|се\s+планира\w*)\s+(?:[^\W\d_]+\s+)?)?"
                           r"(?:над\s+|още\s+|over\s+)?\d{1,3}(?:[ ,]\d{3})*\s+[^\W\d_]{3,}", re.I)


# A date the result is to start working by is its opening, not the project's end: "площадката трябва
# да заработи до края на 2027 г.", "the centre should be operational by June 2026". (A deadline for
# the works, "трябва да приключи до …", is the planned end every gold keeps.)
_OPERATING_BY = re.compile(r"(?<![^\W\d_])(?:заработ(?:и|ят)|започне\s+да\s+работи|отвори\s+врати|"
                           r"(?:be(?:come)?|is|are)\s+operational|start\s+operating|be\s+up\s+and\s+running|"
                           r"open\s+(?:its|their)\s+doors)\s+(?:[^\W\d_]+\s+){0,2}?(?:до|by|until)\s+"
                           r"(?:края\s+на\s+|the\s+end\s+of\s+)?$", re.I)
_OPERATING_HINTS = ("заработ", "да работи", "врати", "operational", "operating", "running", "doors")


def _operating_by(sentence: str, m) -> bool:
    """Whether the date ``m`` is one the result is to start working by (``да заработи до …``)."""
    head = sentence[max(0, m.start - 60):m.start]
    return any(hint in head for hint in _OPERATING_HINTS) and _OPERATING_BY.search(head) is not None


def _target(sentence: str, m) -> bool:
    """Whether the date ``m`` after "by" / "до" is a count's target, not the project's end."""
    head = sentence[max(0, m.start - 120):m.start]
    return (_BY_BEFORE.search(head) is not None
            and (_TARGET_BEFORE.search(head) is not None or _TARGET_AFTER.match(sentence, m.end) is not None))
# The project itself closed on a date ("the project was formally closed in December 2020", "проектът
# беше официално приключен през декември 2020 г."): its end, beside a go-live told before it.
_PROJECT_CLOSED = re.compile(r"(?<![^\W\d_])(?:the\s+project|проектът)\s+(?:(?:was|has\s+been|беше|бе|е)\s+)?"
                             r"(?:(?:formally|officially|finally|официално|окончателно)\s+)?"
                             r"(?:closed|completed|finished|ended|wrapped\s+up|приключи|приключен|закрит|завършен|завърши)"
                             r"\s+(?:(?:in|on|на|през|в)\s+)?$", re.I)
# An extension from the planned end to a later one: "срокът беше удължен от 31.12.2020 г. до
# 31.03.2021 г.", "the deadline was extended from 30 June to 30 September 2021".
_EXTENDED_FROM = re.compile(r"(?<![^\W\d_])(?:удължен\w*|удължи\w*|extended|prolonged)\s+(?:[^\W\d_]+\s+){0,3}?"
                            r"(?:от|from)\s+$", re.I)
_OTHER_HINTS = ("друг", "предишни", "предходн", "надгражда", "builds on", "building on", "preceding",
                "отделен", "отделния", "another", "the other", "a other", "the previous",
                "a previous", "the separate", "a separate", "the former", "a former", "an earlier")


# An end told by the closing event: "Проектът приключи със заключителна конференция на 4 май 2019 г.",
# "the project ended with a final event on 9 June 2021" (the event's day is the end).
_ENDED_BY_EVENT = re.compile(r"(?<![^\W\d_])(?:приключи(?:ха)?|завърши(?:ха)?|ended|closed|concluded|wrapped\s+up)\s+"
                             r"(?:с|със|with)\s+(?:[^\W\d_]+\s+){1,4}?(?:на|през|в|on|in)\s+$", re.I)
_ENDED_BY_EVENT_HINTS = ("приключи с", "завърши с", "ended with", "closed with", "concluded with", "wrapped up with")
# A planned end that was missed, then the actual one after "но"/"but": "трябваше да приключат до 30 юни
# 2022 г., но сградата беше завършена едва на 5 октомври 2022 г.", "was due to finish by May 2020, but
# was only completed in August 2020" (the later date is the end).
_MISSED_PLAN = re.compile(r"(?<![^\W\d_])(?:трябваше|следваше|беше\s+предвидено|should\s+have|was\s+(?:due|supposed|scheduled)|"
                          r"were\s+(?:due|supposed|scheduled)|had\s+been\s+(?:due|scheduled|planned))(?![^\W\d_])", re.I)
_MISSED_HINTS = ("трябваше", "следваше", "предвидено", "should have", "due", "supposed", "scheduled", "planned")
_BUT_LATER = re.compile(r"(?:,\s*|\s)(?:но|обаче|ала|but|however)(?![^\W\d_])", re.I)
# A procedure's own term, not the project's: "Процедурата по оценка ще продължи до 15.09.2022 г.",
# "The assessment will take until 3 May 2024" (the evaluation of a bid ends, nothing is built).
_ASSESSMENT_SUBJECT = re.compile(r"^\W*(?:(?:процедурата|процесът|етапът|срокът)\s+(?:по|на|за)\s+)?"
                                 r"(?:оценка(?:та)?|оценяване(?:то)?|класиране(?:то)?|(?:the\s+)?(?:assessment|evaluation|appraisal)"
                                 r"(?:\s+(?:procedure|process|stage))?)(?![^\W\d_])", re.I)
# A first-person hope in a quote is no end: "„Очакваме всичко да е готово до 15.09.2025 г.“, каза
# кметът", "\"We expect the hall to be ready by May 2026,\" said …"; nor is an obligation still ahead
# told in English: "must be finished by March 2024" (the sentence is read up to the hope).
_ASSESSMENT_HINTS = ("ценк", "ценяв", "ласиран", "ssessment", "valuation", "ppraisal")  # any case of the first letter
_HOPED_END = re.compile(r"(?<![^\W\d_])(?:очакваме|надяваме\s+се|разчитаме|we\s+(?:expect|hope|aim|plan)|"
                        r"must\s+be\s+(?:finished|completed|done|ready))(?![^\W\d_])", re.I)
_HOPED_HINTS = ("очакваме", "надяваме", "разчитаме", "we expect", "we hope", "we aim", "we plan", "must be")


def _about_applications(sentence: str) -> bool:
    """Whether the sentence dates a call or its applications (``Приемът на заявления е до 30 юни``).
    An application word far after the last date is an aside on what the service does
    (``Услугата стартира на 1 юли 2020 г. … и помагаха при подаването на документи``)."""
    word = _FUTURE_OR_OTHER.search(sentence)
    if word is None:
        return False
    mentions = find_mentions(sentence)
    return not mentions or word.start() <= mentions[-1].end + 60


def _from_project_sentences(sentences: list[str], found: dict) -> None:
    opened = None  # the first opening or hand-over: the end when no sentence names another
    joined = " ".join(sentences).lower()
    expected = any(hint in joined for hint in _EXPECTED_HINTS)  # most pages forecast nothing
    other = any(hint in joined for hint in _OTHER_HINTS)
    scheduled = "график" in joined or "schedule" in joined
    for sentence in sentences:
        if "start" in found and "end" in found:
            break
        if _PART_SUBJECT.match(sentence) or (expected and _EXPECTED_START.search(sentence)) or (
                other and _OTHER_PROJECT.search(sentence)) or _about_applications(sentence) or (
                _EARLIER_OPENING.match(sentence) and ("проект" in sentence or "project" in sentence)) \
                or same_funder(sentence) or _APART.match(sentence) or (
                any(hint in sentence for hint in _ASSESSMENT_HINTS) and _ASSESSMENT_SUBJECT.match(sentence)):
            continue
        if scheduled and _BY_SCHEDULE.match(sentence):
            continue
        if any(hint in sentence for hint in _UNSIGNED_HINTS):
            unsigned = _UNSIGNED.search(sentence)
            if unsigned:
                sentence = sentence[:unsigned.start()]
        if expected:
            forecast = _EXPECTED_END.search(sentence)
            if forecast and (_ONLY_EXPECTED.search(forecast.group(0), 0, 12)
                             or _IF_AFTER.search(sentence, forecast.end())
                             or _START_AFTER.search(sentence, 0, forecast.start())):
                sentence = sentence[:forecast.start()]
        if any(hint in sentence.lower() for hint in _HOPED_HINTS):
            hoped = _HOPED_END.search(sentence)
            if hoped:
                sentence = sentence[:hoped.start()]
        all_mentions = find_mentions(sentence)
        if all_mentions and ("одобр" in sentence or "pprov" in sentence):
            # "(при одобрение – от 01.09.2026 г.)": a date that holds only if the proposal wins
            all_mentions = [m for m in all_mentions if not IF_APPROVED.search(sentence, max(0, m.start - 40), m.start)]
        if not all_mentions:
            continue
        for m in all_mentions:
            if m.kind == "year":  # a bare year counts only right after a start/end verb
                before = sentence[max(0, m.start - 50):m.start]  # (a season between: "през есента на")
                strong = _STRONG_START.search(before)
                if strong and _NOT_STARTED.search(sentence, max(0, m.start - 50 - 12), m.start - len(before) + strong.start()):
                    # "ремонтите ще започнат през лятото на 2026 г.", "works will start in 2027": to come
                    strong = None
                if "start" not in found and (strong or (
                        _FROM_BEFORE.search(before) and _since_now(sentence, m))):
                    found["start"] = fact_of(m, sentence)  # "… се изпълнява от 2020 г. до днес"
                elif "end" not in found and (_STRONG_END.search(before) or _END_OF_YEAR.search(before)) \
                        and not _target(sentence, m) and not _operating_by(sentence, m):
                    found["end"] = fact_of(m, sentence)
        mentions = [m for m in all_mentions if m.kind != "year"]
        pairs = [(a, b) for a, b in ranges(sentence, mentions) if a.precision >= 2 and b.precision >= 2]
        if pairs and "end" not in found and _EXTENDED_FROM.search(sentence, max(0, pairs[0][0].start - 60),
                                                                  pairs[0][0].start):
            found["end"] = fact_of(pairs[0][1], sentence)  # the extended end, whatever the start
            continue
        if pairs and "start" not in found and "end" not in found:
            found["start"], found["end"] = fact_of(pairs[0][0], sentence), fact_of(pairs[0][1], sentence)
            continue
        if pairs and "end" not in found and str(pairs[0][0].iso).startswith(str(found["start"].value)):
            # "През декември 2017 г. … започна …" then "се изпълняваше от 01.12.2017 г. до 30.11.2019 г.":
            # the range is the same start, told to the day, and the end
            found["start"], found["end"] = fact_of(pairs[0][0], sentence), fact_of(pairs[0][1], sentence)
            continue
        if pairs and "end" not in found and len(found["start"].value) == 4 and pairs[0][0].iso[:4] > found["start"].value \
                and _OWN_PERIOD.search(sentence):
            # "The volunteer formation set up in 2012 …" then "Implementation ran from 1 October 2020 to
            # 31 May 2022": the project's own period told to the day outranks an earlier bare year
            found["start"], found["end"] = fact_of(pairs[0][0], sentence), fact_of(pairs[0][1], sentence)
            continue
        paired = {id(m) for pair in pairs for m in pair}
        for m in mentions:
            if id(m) in paired or m.precision < 2:
                continue
            before = sentence[max(0, m.start - 30):m.start]
            if "end" not in found and END_BEFORE.search(before) and not (
                    _TALLY.match(sentence) and _BY_BEFORE.search(before)) and not _target(sentence, m) \
                    and not _operating_by(sentence, m):
                # "The portal went live in September 2020 and the project was formally closed in December
                # 2020": the project's own closure, later in the sentence, is its end
                closed = next((later for later in mentions if later.start > m.start and later.precision >= 2
                               and _PROJECT_CLOSED.search(sentence, max(0, later.start - 60), later.start)), m)
                if closed is m and any(hint in sentence for hint in _MISSED_HINTS) \
                        and _MISSED_PLAN.search(sentence, max(0, m.start - 60), m.start):
                    but = _BUT_LATER.search(sentence, m.end)
                    closed = next((later for later in mentions if but and later.start > but.end()
                                   and later.precision >= 2), m)  # the actual end after the missed plan
                found["end"] = fact_of(closed, sentence)
            elif "end" not in found and any(hint in sentence for hint in _ENDED_BY_EVENT_HINTS) \
                    and _ENDED_BY_EVENT.search(sentence, max(0, m.start - 90), m.start):
                found["end"] = fact_of(m, sentence)  # "приключи със заключителна пресконференция на …"
            elif "end" not in found and _END_IS.search(before):
                found["end"] = fact_of(m, sentence)  # "… и крайна дата 31.03.2024 г."
            elif "start" not in found and (START_BEFORE.search(before) or _START_IS.search(before)) \
                    and not _announced(before, m, found, sentence) and not (any(hint in before for hint in _DOCUMENT_HINTS) and _NUMBER_OF.search(before)):
                found["start"] = fact_of(m, sentence)
            elif "end" not in found and _AT_BEFORE.search(before) and _END_AFTER.match(sentence, m.end):
                found["end"] = fact_of(m, sentence)
            elif "end" not in found and any(hint in sentence for hint in _WHICH_CLOSED_HINTS) \
                    and _WHICH_CLOSED.match(sentence, m.end) and not any(o.start > m.start for o in mentions):
                found["end"] = fact_of(m, sentence)  # "…, с което проектът приключи"
            elif opened is None and OPENED_BEFORE.search(sentence, max(0, m.start - 60), m.start):
                # (wider than ``before``: "was handed over to the municipality in June 2019")
                opened = fact_of(m, sentence)
        for i, m in enumerate(mentions):
            if opened is not None or m.precision < 2:
                break
            if not (_DATE_OPENER.match(sentence, 0, m.start) if i == 0 else
                    _CLAUSE_DATE_OPENER.search(sentence, max(0, m.start - 12), m.start)):
                continue
            verb = _OPENED_AFTER.search(sentence, m.end, m.end + 90)
            if verb and not _CLAUSE_BREAK.search(sentence, m.end, verb.start()) \
                    and not any(m.end <= other.start < verb.start() for other in mentions):
                opened = fact_of(m, sentence)  # "Вчера, 16 октомври 2001 г., … беше открит центърът"
        if "start" not in found and "end" not in found:
            period = _IMPLEMENTED_YEARS.search(sentence)
            if period and (int(period["first"]), int(period["last"])) not in _PROGRAMME_PERIODS \
                    and 0 <= int(period["last"]) - int(period["first"]) <= 6:
                source = sentence.strip()[:_MAX_SOURCE]
                found["start"], found["end"] = Fact(period["first"], source), Fact(period["last"], source)
                continue
        if "start" not in found:
            for m in mentions:
                if m.precision >= 2 and _AT_BEFORE.search(sentence, max(0, m.start - 20), m.start):
                    clause = sentence[max(0, m.start - 80):m.start]
                    verb = None
                    for verb in _START_VERB.finditer(clause):
                        pass
                    if verb and not _CLAUSE_BREAK.search(clause, verb.end()) and not _NOT_STARTED.search(
                            clause[max(0, verb.start() - 12):verb.start()]):
                        found["start"] = fact_of(m, sentence)
                        break
        first = all_mentions[0]
        if "start" not in found and _OPENING_FROM.match(sentence[:first.start]) and (
                first.precision >= 2 or "г" in sentence[first.end - 3:first.end]
                or _OPENING_SINCE.match(sentence[:first.start]) or _TO_TODAY.match(sentence, first.end)):
            found["start"] = fact_of(first, sentence)  # "От 2020 г. Община Добрич публикува всеки проект …"
            continue
        if "start" not in found and _OPENING_AT.match(sentence[:all_mentions[0].start]):
            first = all_mentions[0]
            verb = _START_VERB.search(sentence, first.end)
            if (verb and not _NOT_STARTED.search(sentence[max(0, verb.start() - 12):verb.start()])
                    and not _CLAUSE_BREAK.search(sentence, first.end, verb.start())
                    and not any(first.end <= m.start < verb.end() + 25 for m in all_mentions[1:])):
                found["start"] = fact_of(first, sentence)
        if "duration" not in found and re.search(r"продължителност|срок|за\s+период\s+от|duration", sentence, re.I):
            duration = DURATION.search(sentence)
            if duration:
                found["duration"] = (months_of(duration), sentence)
    if "end" not in found and opened is not None:
        found["end"] = opened


def _forecasts_start(text: str) -> bool:
    """Whether the page expects its project to start (``Ремонтът се очаква да започне през април``): the
    service it renovates, in use for years (``Центърът работи от 2011 г.``), did not start with it.

    >>> _forecasts_start("Ремонтът се очаква да започне през април. Центърът работи от 2011 г.")
    True
    """
    lower = text.lower()
    for hint in _EXPECTED_HINTS:  # the regex from each hint only: searched over a whole page it is slow
        at = lower.find(hint)
        while at >= 0:
            if _EXPECTED_START.search(text, at, at + 80):
                return True
            at = lower.find(hint, at + 1)
    # "Доставката … ще започнат след провеждане на процедурите": a start still to come after a step
    for hint in _START_AFTER_HINTS:
        at = lower.find(hint)
        while at >= 0:
            if _START_AFTER.match(lower, at):
                return True
            at = lower.find(hint, at + 1)
    return False


def _in_use_from(lines: list[str], found: dict) -> None:
    """``Системата работи от 01.01.2020 г.``: a service in use since a date started then."""
    for sentence in _sentences(lines):
        lower = sentence.lower()
        if not any(hint in lower for hint in _IN_USE_HINTS) or _similar_elsewhere(lower):
            continue
        for m in find_mentions(sentence):
            if _IN_USE_FROM.search(sentence[max(0, m.start - 60):m.start]):
                found["start"] = fact_of(m, sentence)
                return


def _standing_since(lines: list[str], found: dict, lower: str) -> None:
    """``Общината има младежки съвет от 2012 г.``: a standing body's start, to the text's precision.

    >>> found = {}
    >>> line = "Община Мездра има Общински детски съвет от 2012 г."
    >>> _standing_since([line], found, line.lower()); found["start"].value
    '2012'
    """
    if not any(since in lower for since in _SINCE_YEAR):
        return
    for line in lines:
        if not any(since in line for since in _SINCE_YEAR) and not any(
                since in line.lower() for since in _SINCE_YEAR):
            continue
        for sentence in split_sentences(line, _SENTENCE_END):
            lower = sentence.lower()
            if not any(hint in lower for hint in _STANDING_HINTS) or _similar_elsewhere(lower):
                continue
            for m in find_mentions(sentence):
                if (m.precision >= 2 or "г" in sentence[m.end - 3:m.end] or lower[max(0, m.start - 6):m.start] == "since ") \
                        and _CLAUSE_END.match(sentence, m.end) \
                        and _STANDING_SINCE.search(sentence, max(0, m.start - 90), m.start):
                    found["start"] = fact_of(m, sentence)
                    return


# A listing item's label line between its title and its text ("Theme: Energy | Innovator: Municipality of
# Chelopech", "Категория: Социални услуги"): no heading, the text is still the item's first.
_META_LINE = re.compile(r"^\s*[^\W\d_][^\W\d_ ]*(?:\s+[^\W\d_]+)?\s*:\s*[^|\n]{1,60}(?:\|\s*[^\W\d_][^:|\n]{0,30}:"
                        r"\s*[^|\n]{1,60})*$")


# A service named by its opening participle ("…, открита на 1 октомври 2024 г.") on an item that names no
# project, programme or works. (English "opened" is also the verb that ends works: left to the prose.)
_OPENED_SERVICE = re.compile(r"(?<![^\W\d_])открит[аои]?\s+(?:на|през)\s+$", re.I)
_WORKS_OR_PROJECT = re.compile(r"проект|програм|ремонт|строител|изгра[дж]|реконструк|обнов|санир|грант|"
                               r"project|programme|program|renovat|construct|built|refurbish|grant", re.I)


def _opening_year(lines: list[str], found: dict) -> None:
    """The first prose sentence of an undated page, opening with ``През 2019 г.``."""
    prose = next((l for l in lines[1:] if len(l) > 60), None)
    if prose is None or prose is not next((l for l in lines[1:] if l.strip() and not _META_LINE.match(l)), None):
        return  # only right under the title (a listing item), never after a section heading
    sentence = split_sentences(prose, _SENTENCE_END)[0]
    mentions = find_mentions(sentence)
    if len(mentions) == 1 and _OPENED_SERVICE.search(sentence, max(0, mentions[0].start - 30), mentions[0].start) \
            and not any(_WORKS_OR_PROJECT.search(line) for line in lines[1:]):
        # "Безплатна пералня за възрастни хора, открита на 1 октомври 2024 г. със средства на общината": a
        # service opened with no project or works named starts that day (an opening ends works, not a service)
        found["start"] = fact_of(mentions[0], sentence)
        return
    if len(mentions) != 1 or _NOT_DONE.search(sentence) \
            or END_BEFORE.search(sentence, max(0, mentions[0].start - 40), mentions[0].start) \
            or OPENED_BEFORE.search(sentence, max(0, mentions[0].start - 60), mentions[0].start):
        # "След приключването на проекта през май 2016 г. …", "… were handed over to the households in
        # April 2021": the end, not a start
        return
    if _OPENING_YEAR.match(sentence[:mentions[0].start]) or (
            mentions[0].precision <= 2 and _AT_BEFORE.search(sentence, max(0, mentions[0].start - 20), mentions[0].start)):
        # "През 2019 г. пет училища …", "… organised a week of exchanges in May 2014.", "The town audited
        # its nine schools in 2024 …" (its one date, told in the past: the item's start)
        found["start"] = fact_of(mentions[0], sentence)


_PRACTICE_HEADING = re.compile(r"^\s*(?:практика|practice|описание\s+на\s+практиката)\s*:?\s*$", re.I)


def _practice_opening(lines: list[str], found: dict) -> None:
    """An FLGR page's ``Практика`` section opening with a date (``През март 2019 г. общината
    раздаде …``, or a year with its ``г.``: ``През 2018 г. съветът прие правилата на фонда``): the
    practice started then — unless that sentence only applies, wins or plans.

    >>> found = {}
    >>> _practice_opening(["Т", "Практика", "През май 2016 г. общината раздаде 300 съда."], found); found["start"].value
    '2016-05'
    """
    heading = next((i for i, line in enumerate(lines) if _PRACTICE_HEADING.match(line)), None)
    if heading is None:
        return
    prose = next((l for l in lines[heading + 1:heading + 3] if l.strip()), "")
    sentence = split_sentences(prose, _SENTENCE_END)[0]
    mentions = find_mentions(sentence)
    if mentions and (mentions[0].precision >= 2 or "г" in sentence[mentions[0].end - 3:mentions[0].end]) \
            and _OPENING_AT.match(sentence[:mentions[0].start]) \
            and not _NOT_DONE.search(sentence) and not _CLAUSE_BREAK.search(sentence) \
            and not re.search(r"(?<!\w)(?:не|няма|not|no)(?!\w)", sentence, re.I):
        found["start"] = fact_of(mentions[0], sentence)


def _start_without_year(text: str, found: dict) -> None:
    """``стартира на 10 февруари`` in a dated article: the year is the article's.

    >>> found = {"published": Fact("2026-02-12", "")}
    >>> _start_without_year("Строителството стартира на 10 февруари.", found); found["start"].value
    '2026-02-10'
    """
    lower = text.lower()
    if not any(word in lower for word in ("старт", "започна", "start", "began", "launched", "opened", "откри")):
        return
    year = int(found["published"].value[:4])
    for match in finditer_from(_START_DAY_MONTH, text, lower, _START_WORDS):
        month, day = month_of(match["month"]), int(match["day"])
        before = text[max(0, match.start() - 12):match.start()]
        if month and valid(year, month, day) and not _NOT_STARTED.search(before):
            line_start = text.rfind("\n", 0, match.start()) + 1
            line_end = text.find("\n", match.end())
            source = text[line_start:line_end if line_end >= 0 else len(text)]
            found["start"] = Fact(f"{year:04d}-{month:02d}-{day:02d}", source.strip()[:_MAX_SOURCE])
            return


def _month_range(lines: list[str], found: dict) -> None:
    """``от май до октомври 2014 г.``; with no year at all, the year of the dateline.

    >>> found = {"published": Fact("2020-10-14", "")}
    >>> _month_range(["Лятното училище се проведе от юни до август за 60 деца."], found)
    >>> found["start"].value, found["end"].value
    ('2020-06', '2020-08')
    """
    for line in lines:
        if not any(hint in line for hint in _MONTH_RANGE_HINTS):
            continue
        for match in finditer_from(_MONTH_RANGE, line, line.lower(), _MONTH_RANGE_WORDS):
            m1, m2 = month_of(match["m1"]), month_of(match["m2"])
            if not m1 or not m2:
                continue
            sentence = next((s for s in split_sentences(line, _SENTENCE_END) if match.group(0) in s), line)
            if _EVERY_YEAR.search(sentence) or _FUTURE_OR_OTHER.search(sentence):
                continue
            y2 = int(match["y2"]) if match["y2"] else None
            y1 = int(match["y1"]) if match["y1"] else None
            if y2 is None and y1 is None:
                if "published" not in found:
                    continue
                y1 = y2 = int(found["published"].value[:4])
                if m1 > m2:
                    y1 -= 1
            elif y2 is None:
                y2 = y1 if m2 >= m1 else y1 + 1
            elif y1 is None:
                y1 = y2 if m1 <= m2 else y2 - 1
            if not (0 <= (y2 * 12 + m2) - (y1 * 12 + m1) <= 72):
                continue
            start, end = f"{y1:04d}-{m1:02d}", f"{y2:04d}-{m2:02d}"
            if match["d2"]:
                if not valid(y2, m2, int(match["d2"])):
                    continue
                end += f"-{int(match['d2']):02d}"
            if "end" in found and found["end"].value[:7] != end[:7]:
                continue
            source = sentence.strip()[:_MAX_SOURCE]
            found["start"], found["end"] = Fact(start, source), found.get("end") or Fact(end, source)
            return


# "От 6 до 9 юни Перущица беше домакин на среща", "from 6 to 9 June": a day range with no year,
# dated by the dateline.
# "от 22 април до 25 октомври т.г.": each day with its month.
_DAY_RANGE = re.compile(r"(?<![^\W\d_])(?:от|from|between)\s+(?P<d1>\d{1,2})(?:\s+(?P<month1>[^\W\d_]{3,9}))?\s*"
                        r"(?:до|to|and|и|[-–—])\s*(?P<d2>\d{1,2})\s+"
                        r"(?P<month>[^\W\d_]{3,9})(?!\s*,?\s*(?:\d|г\.))", re.I)


# Two day numbers joined, then a word: most lines hold none (a digit-led regex scans fast).
_DAY_RANGE_HINT = re.compile(r"\d(?:\s+[^\W\d_]{3,9})?\s*(?:до|to|and|и|[-–—])\s*\d{1,2}\s+[^\W\d_]")


def _day_range_yearless(lines: list[str], found: dict) -> None:
    """``От 6 до 9 юни`` in a dated article: start and end in the dateline's year.

    >>> found = {"published": Fact("2019-06-11", "")}
    >>> _day_range_yearless(["От 6 до 9 юни градът беше домакин на среща."], found)
    >>> found["start"].value, found["end"].value
    ('2019-06-06', '2019-06-09')
    """
    year = int(found["published"].value[:4])
    for line in lines:
        if _DAY_RANGE_HINT.search(line) is None:
            continue
        for match in _DAY_RANGE.finditer(line):
            month, first, last = month_of(match["month"]), int(match["d1"]), int(match["d2"])
            month1 = month_of(match["month1"]) if match["month1"] else month
            if not month or not month1 or len(match["month"]) < 3 or (month1, first) >= (month, last) \
                    or not valid(year, month, last) or not valid(year, month1, first):
                continue
            sentence = next((s for s in split_sentences(line, _SENTENCE_END) if match.group(0) in s), line)
            if _EVERY_YEAR.search(sentence) or _FUTURE_OR_OTHER.search(sentence):
                continue
            source = sentence.strip()[:_MAX_SOURCE]
            found["start"] = Fact(f"{year:04d}-{month1:02d}-{first:02d}", source)
            found["end"] = Fact(f"{year:04d}-{month:02d}-{last:02d}", source)
            return


# "In 2021-2022 the municipality handed out …", "През 2019–2020 г. общината обнови …": a year
# range opening its sentence is the practice's period (a programme period is not).
_OPENING_YEARS = re.compile(r"(?:^|(?<=[.!?]\s))\W*(?:in|през|в\s+периода)\s+(?P<first>(?:19|20)\d{2})\s*(?:г\.?\s*)?[-–—]\s*"
                            r"(?P<last>(?:19|20)\d{2})(?:\s*г\.?)?(?!\s*[-–—\d])\s+(?!(?:programm|програм|период|period))",
                            re.I)


_EARLIER_ASIDE = re.compile(r"(?<![^\W\d_])(?:вече|already|предишн\w*|previous\w*|earlier|по-рано|в\s+миналото|"
                            r"in\s+the\s+past)(?![^\W\d_])", re.I)


def _opening_years(lines: list[str], found: dict) -> None:
    """``In 2021-2022 Letnitsa handed out compost bins``: the years of a practice opening its sentence."""
    for line in lines:
        if "20" not in line and "19" not in line:
            continue
        for match in _OPENING_YEARS.finditer(line):
            first, last = int(match["first"]), int(match["last"])
            if (first, last) in _PROGRAMME_PERIODS or not 0 < last - first <= 4:
                continue
            stop = _SENTENCE_END.search(line, match.end())
            sentence = line[match.start():stop.start() if stop else len(line)]
            if _EARLIER_ASIDE.search(sentence):
                continue  # "През 2016–2017 г. общината вече изпълни проект …": an earlier project
            source = line.strip()[:_MAX_SOURCE]
            found["start"] = Fact(str(first), source)
            if not (_SPAN_BEFORE.search(line, max(0, match.start() - 40), match.start())
                    and _COUNT_AFTER.search(line, match.end(), match.end() + 80)):
                found["end"] = Fact(str(last), source)
            return


# An extension moves the end: "ran … to 31 August 2021 (extended by six months, to 28 February 2022)",
# "срокът беше удължен до 30.06.2020 г." — not one that may or will come ("може да бъде удължен до").
_EXTENDED = re.compile(r"(?<![^\W\d_])(?:extended|prolonged|удължен\w*|удължи(?:ха)?|удължава\w*)(?![^\W\d_])"
                       r"[^.;\n]{0,80}?(?:\bto|\buntil|\bдо)\s+$", re.I)
_EXTENSION_HINTS = ("extend", "prolong", "удълж")
_MAYBE = re.compile(r"(?<![^\W\d_])(?:ще|може|би|ако|would|could|may|might|will|if|can)(?![^\W\d_])", re.I)


def _extended_end(lines: list[str], found: dict) -> None:
    """A later end the text says the project was extended to replaces the planned one.

    >>> found = {"end": Fact("2021-08-31", "")}
    >>> _extended_end(["It ran to 31 August 2021 (extended by six months, to 28 February 2022)."], found)
    >>> found["end"].value
    '2022-02-28'
    """
    end = found["end"].value
    for line in lines:
        lower = line.lower()
        if not any(hint in lower for hint in _EXTENSION_HINTS):
            continue
        for m in find_mentions(line):
            if m.precision < 2 or m.iso[:len(end)] <= end[:len(m.iso)]:
                continue
            match = _EXTENDED.search(line, max(0, m.start - 100), m.start)
            if match and not _MAYBE.search(line, max(0, match.start() - 25), match.start()):
                found["end"] = fact_of(m, line)
                return


def _opening_day_of_end_month(lines: list[str], found: dict) -> None:
    """An end known to the month (``Изпълнение: 03.2022 – 06.2023``) takes the day of an opening
    or hand-over in that month (``обектът е открит за посетители на 24 юни 2023 г.``).

    >>> found = {"end": Fact("2023-06", "")}
    >>> _opening_day_of_end_month(["Статус: Приключил – залата е открита на 24 юни 2023 г."], found)
    >>> found["end"].value
    '2023-06-24'
    """
    month = found["end"].value
    for line in lines:
        if month[:4] not in line:
            continue
        for m in find_mentions(line):
            if m.precision >= 3 and m.iso.startswith(month) and OPENED_BEFORE.search(line[max(0, m.start - 40):m.start]):
                found["end"] = fact_of(m, line)
                return


# "Монтажът беше извършен през март – април 2019 г., а кухнята е в употреба от 2 май 2019 г.",
# "installed in May–June 2020; the system has been in operation since 1 July 2020": the day the
# result went into use, right after works told to the month, closes them.
_IN_USE_SINCE = re.compile(r"(?<![^\W\d_])(?:в\s+(?:употреба|експлоатация|действие)|in\s+(?:use|operation|service))"
                           r"\s+(?:от|since|from)\s+$", re.I)


def _in_use_after_works(found: dict) -> None:
    """In the sentence of an end told to the month, a day the result is in use from, that month
    or the next, is the end.

    >>> found = {"end": Fact("2019-04", "Монтажът беше през март – април 2019 г., а кухнята е в употреба от 2 май 2019 г.")}
    >>> _in_use_after_works(found); found["end"].value
    '2019-05-02'
    """
    end = found["end"]
    year, month = int(end.value[:4]), int(end.value[5:7])
    following = f"{year + month // 12:04d}-{month % 12 + 1:02d}"
    for m in find_mentions(end.source):
        if m.precision >= 3 and (m.iso.startswith(end.value) or m.iso.startswith(following)) \
                and _IN_USE_SINCE.search(end.source, max(0, m.start - 40), m.start):
            found["end"] = Fact(m.iso, end.source)
            return


# "агенцията, която от 2022 г. привлича инвеститори", "a council that since 2015 has advised": a body
# or service in a relative clause, doing its work since a year — the practice's start.
# (one pass over the page, the year inside the pattern; a range after it is no "since")
_RELATIVE_SINCE = re.compile(r"(?<![^\W\d_])(?:който|която|което|които|that|which)\s+(?:от|since)\s+"
                             r"(?P<year>(?:19|20)\d\d)(?![\d.])(?!\s*(?:г\.?)?\s*(?:[-–—]|до\s|to\s)\s*\d)", re.I)


_RELATIVE_HINTS = ("която от", "който от", "което от", "които от", "that since", "which since")
# The clause tells a place's disuse or decay, which the practice is to end: "сградата, която от
# 2018 г. е частично затворена заради течове", "a hall that since 2015 has stood empty".
_DISUSE = re.compile(r"(?<![^\W\d_])(?:затворен[аои]?|пустее|пустеят|изоставен[аои]?|неизползва\w*|не\s+(?:се\s+)?"
                     r"(?:използва|ползва|работи|функционира)|руши|рушат|разрушен\w*|closed|empty|abandoned|derelict|"
                     r"disused|unused|out\s+of\s+(?:use|service)|(?:in\s+)?disrepair|not\s+(?:been\s+)?used)(?![^\W\d_])", re.I)
_CLAUSE_STOP = re.compile(r"[.;!?\n]|,\s")
_YEAR_SUFFIX = re.compile(r"\s*(?:г\.|година|года)?")


def _relative_since(text: str, found: dict) -> None:
    """A year after ``която от`` / ``that since`` starts the practice.

    >>> found = {}
    >>> _relative_since("Съветът, който от 2015 г. обсъжда бюджета, има 12 члена.", found); found["start"].value
    '2015'
    """
    match = _RELATIVE_SINCE.search(text)
    if match:
        after = _YEAR_SUFFIX.match(text, match.end()).end()
        stop = _CLAUSE_STOP.search(text, after)
        if _DISUSE.search(text, after, stop.start() if stop else len(text)):
            return  # the building's disuse since that year, not the practice's start
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        found["start"] = Fact(match["year"], line.strip()[:_MAX_SOURCE])


# "От учебната 2019/2020 г. общината плаща …", "since the 2018/19 school year": a school year a
# practice runs from starts it in its first calendar year (the text gives no month).
# ("През учебната 2019/2020 г. в училището учат 300 деца": "през" tells when, not since when)
_SCHOOL_YEAR_FROM = re.compile(
    r"(?<![^\W\d_])(?:от|since|from)\s+(?:началото\s+на\s+|the\s+start\s+of\s+)?(?:"
    r"учебната\s+(?P<bg>(?:19|20)\d\d)\s*/\s*(?P<bg_next>(?:19|20)?\d\d)|"
    r"(?P<bg2>(?:19|20)\d\d)\s*/\s*(?P<bg2_next>(?:19|20)?\d\d)\s+учебна|"
    r"the\s+(?P<en>(?:19|20)\d\d)\s*[/–-]\s*(?P<en_next>(?:19|20)?\d\d)\s+(?:school|academic)\s+year)",
    re.I)
_SCHOOL_YEAR_HINTS = ("учебна", "school year", "academic year")
_SCHOOL_YEAR_FUTURE = re.compile(r"(?<![^\W\d_])(?:ще|предстои|will|is\s+to|plans?\s+to)(?![^\W\d_])", re.I)
_SCHOOL_YEAR_STOP = re.compile(r"(?<!\sг)(?<!\dг)[.!?](?:\s|$)|\n")  # the sentence's end (not "г.")
# A month the text names in brackets right after the school year is the start to the month:
# "От учебната 2017/2018 г. (септември 2017) …", "since the 2016/17 school year (October 2016)".
_SCHOOL_YEAR_MONTH = re.compile(r"\s*(?:г\.|год\.)?\s*\(\s*(?P<month>[^\W\d_]{3,10})\.?\s+(?P<year>(?:19|20)\d\d)"
                                r"\s*(?:г\.?)?\s*\)", re.I)


def _school_year_from(text: str, found: dict) -> None:
    """The first year of the school year a practice runs from.

    >>> found = {}
    >>> _school_year_from("От учебната 2019/2020 г. общината плаща обедите.", found); found["start"].value
    '2019'
    >>> _school_year_from("От учебната 2019/2020 г. (октомври 2019) обедите са безплатни.", found); found["start"].value
    '2019-10'
    """
    for match in _SCHOOL_YEAR_FROM.finditer(text):
        first = match["bg"] or match["bg2"] or match["en"]
        following = match["bg_next"] or match["bg2_next"] or match["en_next"]
        if not following.endswith(f"{int(first) + 1:04d}"[-len(following):]):
            continue  # "2019/2021" is no school year
        stop = _SCHOOL_YEAR_STOP.search(text, match.end())
        if _SCHOOL_YEAR_FUTURE.search(text, match.end(), stop.start() if stop else len(text)):
            continue  # "От учебната 2026/2027 г. общината ще осигури …": a planned start
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        value = first
        bracket = _SCHOOL_YEAR_MONTH.match(text, match.end())
        if bracket and bracket["year"] == first and (month_of(bracket["month"]) or 0) >= 7:
            value = f"{first}-{month_of(bracket['month']):02d}"  # (a month of the first autumn only)
        found["start"] = Fact(value, text[line_start:line_end if line_end >= 0 else len(text)].strip()[:_MAX_SOURCE])
        return


# "За пет години (2018–2022) са финансирани 87 идеи", "Over four years (2019-2022) 112 grants were
# awarded": a tally of a standing scheme's results over its years so far starts it, ends nothing.
_SPAN_BEFORE = re.compile(r"(?<![^\W\d_])(?:за|през|in|over|during)\s+(?:the\s+|последните\s+|first\s+|past\s+|"
                         r"първите\s+)?(?:\d{1,2}|[^\W\d_]{3,8})\s+(?:години|годината|сезона|years|seasons)\s*$", re.I)
_COUNT_AFTER = re.compile(r"(?<![\d.,])(?:над\s+|more\s+than\s+|over\s+)?\d{1,3}(?:[ ,]\d{3})*(?![\d.,]\d)\s+[^\W\d_]{3,}")


_QUOTED_BEFORE = re.compile(r"[„\"«][^„“\"«»\n]{1,80}[“\"»]\s*$")


def _name_start(line: str, at: int) -> int:
    """Where the quoted name ending right before ``at`` opens (``at`` itself when none does): the
    words before a long name say whose name it is.

    >>> _name_start("по ОП „Наука и образование“ (2018–2020)", 28)
    6
    """
    quoted = _QUOTED_BEFORE.search(line, max(0, at - 84), at)
    return quoted.start() if quoted else at


def _bracket_years(lines: list[str], found: dict) -> None:
    """``Нов център за младежи (2015 – 2016)``: a project's own years in brackets; after a span of
    years and before a count (``За пет години (2018–2022) са финансирани 87 идеи``) a tally: the
    start only."""
    for line in lines:
        if "(" not in line:
            continue
        for match in _BRACKET_YEARS.finditer(line):
            first, last = int(match["first"]), int(match["last"])
            if (first, last) in _PROGRAMME_PERIODS or not 0 <= last - first <= 4:
                continue
            named_at = _name_start(line, match.start())
            if _PROGRAMME_BEFORE.search(line, max(0, named_at - 40), match.start()):
                continue  # "по ОП „Наука и образование за интелигентен растеж“ (2018–2020)": the programme's
            if any(hint in line.lower() for hint in _OTHER_HINTS) and _OTHER_PROJECT.search(line, 0, match.start()):
                continue  # "Предходният проект на общината (2018–2020) приключи": another project's years
            source = line.strip()[:_MAX_SOURCE]
            found["start"] = Fact(str(first), source)
            if not (_SPAN_BEFORE.search(line, max(0, match.start() - 40), match.start())
                    and _COUNT_AFTER.search(line, match.end(), match.end() + 80)):
                found["end"] = Fact(str(last), source)
            return


# "Дейностите се изпълняват от 1 юни 2023 г.", "The service has been provided since 3 May 2021":
# the day a project told to the year or season ("През лятото на 2023 г. общината стартира проект")
# started running.
_RUNNING_FROM = re.compile(r"(?<![^\W\d_])(?:(?:се\s+)?(?:изпълнява(?:т)?|провежда(?:т)?|реализира(?:т)?|предоставя(?:т)?)"
                          r"(?:\s+се)?|(?:is|are|has\s+been|have\s+been)\s+(?:running|implemented|carried\s+out|provided))"
                          r"\s+(?:от|since|from)\s+$", re.I)
_RUNNING_HINTS = ("изпълнява", "провежда", "реализира", "предоставя", "running", "implemented", "carried out",
                  "provided")


def _refine_year_start(lines: list[str], found: dict) -> None:
    """A start known only to the year takes the day the project is said to run from, that year.

    >>> found = {"start": Fact("2023", "")}
    >>> _refine_year_start(["Дейностите се изпълняват от 1 юни 2023 г. в 17 села."], found); found["start"].value
    '2023-06-01'
    """
    year = found["start"].value
    for line in lines:
        if year not in line or not any(hint in line for hint in _RUNNING_HINTS):
            continue
        for m in find_mentions(line):
            if m.precision >= 2 and m.iso.startswith(year) and _RUNNING_FROM.search(line, max(0, m.start - 50), m.start) \
                    and not _RANGE_AFTER.match(line, m.end):
                found["start"] = fact_of(m, line)
                return


# "… обмен, който се проведе от 9 до 18 октомври. … С него проектът приключи.", "The closing
# conference took place on 4 May 2019. With it the project ended.": the event told just before
# ends the project.
# (the subject is the project itself: "С това финансиране общината завърши …" is no such sentence)
# (or the works the project is: "С това приключи подмяната на уличното осветление", "With it the
# renovation was completed")
_PROJECT_SUBJECT = (r"(?:проектът|инициативата|програмата|кампанията|ремонтът|строителството|подмяната|обновяването|"
                    r"(?:the\s+)?(?:project|initiative|campaign|renovation|replacement|works))")
_DOER = r"(?:общината|кметството|(?:the\s+)?(?:municipality|town|city|village))"
_PROJECT_OBJECT = (r"(?:проекта|инициативата|програмата|кампанията|ремонта|строителството|подмяната|обновяването|"
                   r"(?:the\s+)?(?:project|initiative|campaign|renovation|replacement|works))")
_ENDED_WITH_IT = re.compile(r"(?<![^\W\d_])(?:с\s+(?:него|нея|това|тях)|with\s+(?:it|this|that))\s*,?\s+"
                            r"(?:" + _PROJECT_SUBJECT + r"\s+(?:(?:официално|успешно|officially)\s+)?"
                            r"(?:приключи|завърши|ended|closed|(?:was|were)\s+completed|came\s+to\s+an\s+end)|"
                            r"(?:приключи|завърши|ended|closed)\s+(?:и\s+|also\s+)?" + _PROJECT_SUBJECT + r"|"
                            # the municipality finishing the works: "С това общината завърши подмяната на
                            # всички осветители", "With it the municipality completed the renovation"
                            r"" + _DOER + r"\s+(?:(?:официално|успешно|officially)\s+)?"
                            r"(?:приключи|завърши|completed|finished)\s+" + _PROJECT_OBJECT + r")(?![^\W\d_])",
                            re.I)
_ENDED_HINTS = ("с него", "с нея", "с това", "с тях", "with it", "with this", "with that")


def _ended_with_event(text: str, found: dict) -> None:
    """The last day written just before ``С него проектът приключи`` is the end; a yearless day
    range (``от 9 до 18 октомври``) takes the dateline's year.

    >>> found = {"published": Fact("2023-10-30", "")}
    >>> _ended_with_event("Срещата се проведе от 9 до 18 октомври. С нея проектът приключи.", found)
    >>> found["end"].value
    '2023-10-18'
    """
    match = _ENDED_WITH_IT.search(text)
    if match is None:
        return
    window_start = max(0, match.start() - 400)
    window = text[window_start:match.start()]
    best = None  # (position, iso)
    for m in find_mentions(window):
        if m.precision >= 3:
            best = (m.end, m.iso)
    if "published" in found and len(found["published"].value) >= 10:
        published = found["published"].value
        for day_range in _DAY_RANGE.finditer(window):
            month, last = month_of(day_range["month"]), int(day_range["d2"])
            year = int(published[:4])
            if not month or not valid(year, month, last):
                continue
            if f"{year:04d}-{month:02d}-{last:02d}" > published:
                year -= 1  # told in the past, dated after the dateline: last year
            if best is None or day_range.end() > best[0]:
                best = (day_range.end(), f"{year:04d}-{month:02d}-{last:02d}")
        for position, iso in weekdays_before(window, published):  # "… беше монтирана в сряда. С това приключи …"
            if best is None or position > best[0]:
                best = (position, iso)
    if best is None or ("start" in found and best[1] < found["start"].value):
        return
    line_start = text.rfind("\n", 0, window_start + best[0]) + 1
    line_end = text.find("\n", match.end())
    found["end"] = Fact(best[1], text[line_start:line_end if line_end >= 0 else len(text)].strip()[:_MAX_SOURCE])


# The works' legal end: the Act 16 or the permit of use ("обектът е приет с Акт обр. 16 на
# 22.12.2020 г.", "въведен в експлоатация с разрешение за ползване № ДК-07-118 от 19.12.2023 г.",
# "the Act 16 was signed on 3 May 2021"). It tells to the day the end prose gave to the month
# ("завършиха през октомври 2020 г."), or the end none gave after a known start.
_ACCEPTANCE = re.compile(r"(?<![^\W\d_])(?:(?:акт|протокол)(?:\s+(?:обр(?:азец)?\.?|образец))?\s*(?:№\s*)?16(?!\d)|"
                         r"разрешение(?:то)?\s+за\s+ползване|удостоверение(?:то)?\s+за\s+въвеждане\s+в\s+експлоатация|"
                         r"act\s+(?:no\.?\s*)?16(?!\d)|(?:use|occupancy)\s+permit|permit\s+of\s+use|"
                         # the hand-over record of a delivered system: "приета с приемо-предавателен протокол
                         # на 30.09.2023 г.", "accepted with a handover protocol on 2 May 2022"
                         r"приемо-предавателен\s+протокол|протокол(?:а|ът)?\s+за\s+(?:приемане|предаване)|"
                         r"(?:hand-?over|acceptance)\s+(?:protocol|certificate|report))", re.I)
_ACCEPTANCE_ON = re.compile(r"[^.;\n]{0,50}?(?<![^\W\d_])(?:от|на|on|of|dated)\s+$", re.I)
_ACCEPTANCE_HINTS = ("акт обр", "акт образец", "акт №", "акт 16", "ползване", "act 16", "act no", "permit",
                     "протокол", "protocol", "certificate")


# The permit of use or the commissioning certificate comes after the works (the Act 16 ends them): its
# day does not refine a labelled month end.
_PERMIT = re.compile(r"ползване|въвеждане|permit", re.I)


def _labelled_month_end(found: dict) -> bool:
    """Whether the end is a label's month (``Период на изпълнение: 03.2022 г. – 10.2023 г.``): the
    page states its period to the month; a permit's day that month only tells the stage (heldout21),
    the works' acceptance (``приет с протокол обр. 16 на 19.12.2024 г.``) their last day (heldout39)."""
    end = found.get("end")
    return end is not None and len(end.value) == 7 and any(
        p.match(end.source) for p in (START_LABEL, END_LABEL, PERIOD_LABEL))


def _acceptance_day(text: str, lower: str, found: dict, acts_only: bool = False) -> None:
    """The day of the Act 16 / permit of use ends the works told to the month, or after the start.

    >>> found = {"start": Fact("2019-06-04", ""), "end": Fact("2020-10", "")}
    >>> text = "Сградата е приета с Акт обр. 16 на 22.12.2020 г."
    >>> _acceptance_day(text, text.lower(), found); found["end"].value
    '2020-12-22'
    """
    end = found["end"].value if "end" in found else None
    for match in _ACCEPTANCE.finditer(text):
        if acts_only and _PERMIT.search(match.group(0)):
            continue
        after = text[match.end():match.end() + 90]
        mentions = [m for m in find_mentions(after) if m.precision == 3]
        if not mentions or not _ACCEPTANCE_ON.fullmatch(after, 0, mentions[0].start):
            continue
        day = mentions[0].iso
        if (end is None and day > found["start"].value) or (
                end is not None and len(end) == 7 and day[:4] == end[:4] and day[:7] >= end):
            line_start = text.rfind("\n", 0, match.start()) + 1
            line_end = text.find("\n", match.end())
            found["end"] = Fact(day, text[line_start:line_end if line_end >= 0 else len(text)].strip()[:_MAX_SOURCE])
        return


# The page says the works have not begun ("Строителството не е започнало", "дейностите не са
# започнали", "construction has not started yet"): a deadline ("Срок за изпълнение: до 30.06.2026 г.")
# is then only the contract's limit for a project not yet under way, no end (heldout17, heldout23).
# (An upcoming tender alone is not read so: heldout7 keeps such a deadline.)
_NOT_BEGUN = re.compile(r"(?<![^\W\d_])(?:не\s+(?:е|са)\s+(?:за)?почнал[оаи]?|(?:has|have)\s+not\s+(?:yet\s+)?"
                        r"(?:started|begun)|not\s+(?:yet\s+)?started|(?:has|have)\s+yet\s+to\s+(?:start|begin))(?![^\W\d_])",
                        re.I)
_NOT_BEGUN_HINTS = ("почнал", "not started", "not yet started", "not begun", "not yet begun", "yet to start",
                    "yet to begin")
_DEADLINE_SOURCE = re.compile(r"(?<![^\W\d_])(?:до|until|by)\s+(?:края\s+на\s+|the\s+end\s+of\s+)?\d", re.I)


def _deadline_not_begun(text: str, found: dict) -> bool:
    """Whether the end is a ``до …`` deadline of works the page says have not begun.

    >>> _deadline_not_begun("Срок: до 30.06.2026 г. Строителството не е започнало.",
    ...                     {"end": Fact("2026-06-30", "Срок: до 30.06.2026 г.")})
    True
    """
    if not _DEADLINE_SOURCE.search(found["end"].source):
        return False
    lower = text.lower()
    return any(hint in lower for hint in _NOT_BEGUN_HINTS) and _NOT_BEGUN.search(text) is not None


# A close told with its report ("Всички дейности са завършени и отчетени през юни 2021 г.", "The
# project was completed and reported in October 2019"): the end when the page gives no other one —
# an activity period told to the day comes first (heldout13 reads the October report as no end
# after an exchange of 8–17 July).
_REPORTED_CLOSE = re.compile(r"(?<![^\W\d_])(?:(?:завършен|приключен|изпълнен)[аои]?\s+и\s+(?:окончателно\s+|изцяло\s+)?отчетен[аои]?|"
                             # a project reported in full on a date: "проектът беше окончателно отчетен на …"
                             r"окончателно\s+отчетен[аои]?|отчетен[аои]?\s+окончателно|"
                             r"(?:completed|finished|implemented|wrapped\s+up|closed)\s+and\s+(?:(?:fully|finally)\s+)?"
                             r"(?:reported|accounted\s+for)|"
                             r"(?:finally|fully)\s+reported)"
                             r"\s+(?:(?:на|през|в|in|on)\s+)?$", re.I)
# The same told date first: "…, като на 13.07.2020 г. проектът бе отчетен окончателно", "on 3 May 2021
# the project was finally reported".
_REPORTED_AFTER = re.compile(r"\s*(?:г\.|год\.)?\s*,?\s*(?:проектът|дейностите|the\s+project)\s+"
                             r"(?:бе|беше|е|са|бяха|was|were)\s+(?:окончателно\s+отчетен\w*|отчетен\w*\s+окончателно|"
                             r"(?:finally|fully)\s+reported)(?![^\W\d_])", re.I)
_REPORTED_HINTS = ("отчетен", "reported", "accounted for")
# The project reported to its funder, the date anywhere in that clause ("Проектът е отчетен пред ПУДООС през
# декември 2022 г.", "В края на март 2021 г. системата беше предадена и проектът беше отчетен пред
# Управляващия орган", "the project was reported to the managing authority in May 2020"): its close.
# (not a stage's: "първият етап е отчетен"; not one to come: "ще бъде отчетен")
_PROJECT_REPORTED = re.compile(r"(?<![^\W\d_])(?:проектът|the\s+project)\s+(?:е|беше|бе|was|has\s+been)\s+"
                               r"(?:(?:успешно|окончателно|изцяло|successfully|finally|fully)\s+)?"
                               r"(?:отчетен|reported\s+to)(?![^\W\d_])", re.I)
_OTHER_CLAUSE = re.compile(r"[;]|,\s*(?:а|но|докато|but|while|whereas)(?![^\W\d_])", re.I)


def _reported_close(lines: list[str], found: dict) -> None:
    """The date a project is said to be finished and reported, when nothing else ended it.

    >>> found = {}
    >>> _reported_close(["Всички дейности са завършени и отчетени през юни 2021 г."], found); found["end"].value
    '2021-06'
    >>> _reported_close(["Работата свърши, като на 02.03.2022 г. проектът беше отчетен окончателно."], found)
    >>> found["end"].value
    '2022-03-02'
    >>> found = {}
    >>> _reported_close(["Проектът е отчетен пред фонда през май 2020 г."], found); found["end"].value
    '2020-05'
    """
    for line in lines:
        lower = line.lower()
        if not any(hint in lower for hint in _REPORTED_HINTS):
            continue
        for sentence in split_sentences(line, _SENTENCE_END):
            reported = _PROJECT_REPORTED.search(sentence)
            if reported:
                dated = [m for m in find_mentions(sentence) if m.precision >= 2]
                if len(dated) == 1 and not _OTHER_CLAUSE.search(
                        sentence, min(dated[0].end, reported.start()), max(dated[0].start, reported.end())) and (
                        "start" not in found or dated[0].iso >= found["start"].value):
                    found["end"] = fact_of(dated[0], sentence)
                    return
            for m in find_mentions(sentence):
                if m.precision >= 2 and (_REPORTED_CLOSE.search(sentence, max(0, m.start - 60), m.start)
                                         or _REPORTED_AFTER.match(sentence, m.end)) and (
                        "start" not in found or m.iso >= found["start"].value):
                    found["end"] = fact_of(m, sentence)
                    return


# The first or the last of the project's activities held on a date ("Първите профилактични прегледи бяха
# проведени през януари 2024 г.", "Последната дейност – публичното представяне – се проведе на 28.02.2021 г.",
# "The final event took place on 3 May 2022"): its start or its end. (Not one to come: "ще се проведе".)
_FIRST_SUBJECT = re.compile(r"\W*(?:първ(?:ата|ото|ия|ият|ите)|the\s+first)(?![^\W\d_])", re.I)
_LAST_SUBJECT = re.compile(r"\W*(?:последн(?:ата|ото|ия|ият|ите)|заключителн(?:ата|ото|ия|ият|ите)|финалн(?:ата|ото|ия|ият|ите)|"
                           r"the\s+(?:last|final|closing))(?![^\W\d_])", re.I)
_HELD = re.compile(r"(?<![^\W\d_])(?:(?<!ще\s)се\s+проведе|(?<!ще\s)се\s+проведоха|(?:беше|бе|бяха)\s+проведен[аои]?|"
                   r"took\s+place|(?:was|were)\s+(?:held|carried\s+out))\s+(?:[^\W\d_]+\s+){0,4}?(?:на|през|в|on|in)\s+$", re.I)
_HELD_HINTS = ("проведе", "проведо", "проведен", "took place", " held", "carried out")


def _first_last_held(text: str, lower: str, found: dict) -> None:
    """The first activity held starts the project, the last one ends it (only the lines that hold a
    word of holding are read: most pages hold none, and a pass over all sentences costs every page).

    >>> found = {}
    >>> text = "Последната дейност – заключителната среща – се проведе на 28.02.2021 г."
    >>> _first_last_held(text, text.lower(), found); found["end"].value
    '2021-02-28'
    """
    if len(lower) != len(text):  # "İ" lowers to two characters: positions would shift
        lower = text
    spans = set()
    for hint in _HELD_HINTS:
        at = lower.find(hint)
        while at >= 0:
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            head = text[max(line_start, at - 160):at]
            if any(word in head for word in _ORDINAL_HINTS):  # "Първите прегледи бяха проведени"
                spans.add((line_start, line_end))
            at = lower.find(hint, line_end)
    for line_start, line_end in sorted(spans):  # in the page's order
        _held_in_line(text[line_start:line_end], found)


_ORDINAL_HINTS = ("ърв", "оследн", "аключителн", "иналн", "irst", "Last", "last", "inal", "losing")


def _held_in_line(line: str, found: dict) -> None:
    for sentence in _sentences([line]):
        first, last = _FIRST_SUBJECT.match(sentence), _LAST_SUBJECT.match(sentence)
        if not (first and "start" not in found or last and "end" not in found):
            continue
        for m in find_mentions(sentence):
            if m.precision >= 2 and _HELD.search(sentence, max(0, m.start - 80), m.start):
                if first and "start" not in found and ("end" not in found or m.iso <= found["end"].value):
                    found["start"] = fact_of(m, sentence)
                elif last and "end" not in found and ("start" not in found or m.iso >= found["start"].value):
                    found["end"] = fact_of(m, sentence)
                break


def _end_from_duration(found: dict, text: str) -> None:
    if "end" in found or "start" not in found:
        return
    if "duration" not in found:  # "Продължителността на проекта е 18 месеца." (a sentence without a year)
        match = _DURATION_PROSE.search(text)
        if match is None:
            return
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        found["duration"] = (months_of(match), text[line_start:line_end if line_end >= 0 else len(text)])
    months, source = found["duration"]
    end = _add_months(found["start"].value, months)
    if end:
        found["end"] = Fact(end, source.strip()[:_MAX_SOURCE])


def extract_dates(text: str, lang: str = "bg", *, end_from_duration: bool = False) -> DateFacts:
    """Published, start and end dates as ISO strings of the precision the text gives.

    ``end_from_duration``: a known start plus ``Продължителност: 18 месеца`` gives the end to the
    month. Off by default: a duration states no date, and an end computed from a start that is
    itself only to the month or planned is an invented date (every held-out gold reads no end
    from a duration; switched off after heldout9/10, where it only ever cost an end).

    >>> extract_dates("Иноватор: ros\\nДата на публикация: 18 март 2017").published.value
    '2017-03-18'
    >>> extract_dates("Проектът стартира през април 2005 г. и ще продължи до февруари 2028 г.").end.value
    '2028-02'
    """
    if not text:
        return DateFacts()
    lines = text.splitlines()
    found: dict = {}
    read_labels(lines, found)
    if "published" not in found:
        top = published_from_top(lines)
        if top:
            found["published"] = top
    _from_prose(lines, found)
    if "start" not in found:
        _month_range(lines, found)
    if "start" not in found and "end" not in found and "published" in found and _DAY_RANGE_HINT.search(text):
        _day_range_yearless(lines, found)
    if "start" not in found and "end" not in found:
        _bracket_years(lines, found)
    if "start" not in found and "end" not in found:
        _opening_years(lines, found)
    if "start" not in found:
        _in_use_from(lines, found)
        if "start" in found and _forecasts_start(text):
            del found["start"]  # the renovated service's years, not the project's start
    if "start" not in found and any(hint in text for hint in _RELATIVE_HINTS):
        _relative_since(text, found)
    if "start" not in found and "published" not in found:
        _opening_year(lines, found)
    if "start" not in found and any(hint in text for hint in _SCHOOL_YEAR_HINTS):
        _school_year_from(text, found)
    if "start" not in found:
        _practice_opening(lines, found)
    lower = text.lower() if "start" not in found or "end" not in found else ""
    if "start" not in found:
        _standing_since(lines, found, lower)
    if "start" not in found and "published" in found:
        _start_without_year(text, found)
    if "start" not in found and "end" not in found and "published" in found and ("днес" in lower or "today" in lower):
        today_to_month(text, lower, found)
    if "end" not in found and any(hint in lower for hint in _ENDED_HINTS):
        _ended_with_event(text, found)
    if "start" not in found and "published" in found:
        since_year_start(text, lower, found)
    if "start" not in found or "end" not in found:
        complete_yearless(text, lower, found)
    opened_after_start(text, lower, found)
    if "start" in found and "end" not in found:
        live_after_start(lines, lower, found)
    if "end" in found and len(found["end"].value) == 7:
        _opening_day_of_end_month(lines, found)
    if "start" in found and "end" not in found or "end" in found and len(found["end"].value) == 7:
        lower = lower or text.lower()
        if any(hint in lower for hint in _ACCEPTANCE_HINTS):
            _acceptance_day(text, lower, found, acts_only=_labelled_month_end(found))
    if "end" in found and len(found["end"].value) == 7 and ("употреба" in found["end"].source
                                                            or "експлоатация" in found["end"].source
                                                            or "действие" in found["end"].source
                                                            or " in " in found["end"].source):
        _in_use_after_works(found)
    if "end" not in found and ("отчетен" in lower or "reported" in lower or "accounted" in lower):
        _reported_close(lines, found)
    if ("start" not in found or "end" not in found) and any(hint in lower for hint in _HELD_HINTS):
        _first_last_held(text, lower, found)
    if "start" in found and len(found["start"].value) == 4:
        _refine_year_start(lines, found)
    if "end" in found and ("удълж" in text or "xtend" in text or "rolong" in text):
        _extended_end(lines, found)
    if "start" in found and "end" in found:
        start, end = found["start"].value, found["end"].value
        width = min(len(start), len(end))
        if start[:width] > end[:width]:
            # A page's background section tells what came before the practice: a project there that
            # ended before the practice started ("Между 2016 и 2018 г. … по проект „…“ … приключи в края
            # на януари 2018 г." then, under "Практика", "От март 2018 г. … работи …") is a predecessor.
            if in_background(text, found["end"].source):
                del found["end"]  # the earlier project that left the gap this practice fills
            else:
                del found["start"]  # "завърши през февруари 2024 г., а от март 2024 г. картата е публична"
    if "end" in found and "start" not in found and _deadline_not_begun(text, found):
        del found["end"]
    if end_from_duration:
        _end_from_duration(found, text)
    return DateFacts(found.get("published"), found.get("start"), found.get("end"))
