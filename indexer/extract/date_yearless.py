"""Starts and ends that prose dates without a year: ``На 1 август започна строителството``,
``Works began in May``, ``приключи през ноември същата година``, ``Днес … беше открит``.

The year comes from elsewhere on the page, as a reader takes it:

* a news article's dateline completes a day or a month (``пресконференция на 16 март`` in an
  article of 17 March 2009); an event told in the past and dated after the dateline happened the
  year before (``започна през ноември`` in a February article);
* ``същата година`` / ``the same year`` is the year of the project's start, else of the last
  date written before it; ``следващата година`` / ``the following year`` the year after;
* ``днес`` / ``today`` is the dateline's day, ``вчера`` / ``yesterday`` the day before; they
  date only an end (``Днес … беше открит обновеният парк``): a launch told as the day's news
  is the article's own date, which a practice's ``date`` falls back to anyway.

The verb nearest the date in its clause says what the date is: a start (``започна``,
``стартираха``, ``дадоха официален старт``, ``began``), an end (``приключи``, ``завърши``,
``was completed``) or an opening (``беше открит``, ``откриха``, ``was opened``), which ends works
that started earlier (with no start known, whether it opens a building or starts a service is
left open). A verb that is negated, future,
conditional or in a ``когато`` / ``when`` clause dates nothing, and so does a date whose
clause holds another date.

>>> found = {"published": Fact("2022-08-09", "09 авг. 2022")}
>>> text = "На 1 август започна строителството на залата."
>>> complete_yearless(text, text.lower(), found); found["start"].value
'2022-08-01'
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from indexer.extract.asides import same_funder, sentence_starts
from indexer.extract.date_mentions import find_mentions, month_of, valid
from indexer.extract.fact import Fact

_MAX_SOURCE = 300
# ("От 1 февруари т.г. Общината изпълнява …": "т.г.", this year, ends no sentence)
# (nor does a street's, village's or town's abbreviation: "Багерите влязоха на ул. „Ботев“ в сряда")
_SENTENCE_END = re.compile(r"(?<=[.!?;])(?<!т\.г\.)(?<!\bул\.)(?<!\bбул\.)(?<!\bс\.)(?<!\bгр\.)(?<!\bпл\.)\s+"
                           r"(?=[\"„“(A-ZА-Я])")

_BG_MONTHS = ("януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври",
              "ноември", "декември")
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")
# Full month names only (an abbreviation without a year is too often something else); English
# ones capitalised ("may" is a verb).
_WHEN_WORD = re.compile(r"(?<![^\W\d_])(?:(?i:" + "|".join(_BG_MONTHS) + r"|днес|вчера|today|yesterday)|"
                        + "|".join(_EN_MONTHS) + r")(?![^\W\d_])")
_ENGLISH_MONTHS = frozenset(m.lower() for m in _EN_MONTHS)
_BEFORE_WORDS = (r"(?:(?:началото|средата|края)\s+на\s+|(?:the\s+)?(?:beginning|middle|end)\s+of\s+|"
                 r"(?:early|mid|late)[\s-]+)?")
# A weekday between the preposition and the day: "on Tuesday, 13 September", "в петък, 5 май".
_WEEKDAY = (r"(?:(?:понеделник|вторник|сряда|четвъртък|петък|събота|неделя|monday|tuesday|wednesday|thursday|"
            r"friday|saturday|sunday),?\s+(?=\d))?")
# In the lower-cased page: a preposition, then a month ("на 1 август", "in may", "в края на юни").
# ("От 1 юни стартира изпълнението": "от" with a start verb dates the start)
# ("at" only before a part of the month: "closed at the end of June")
_AT_PART = r"at\s+the\s+(?:beginning|middle|end)\s+of\s+"
_PREPOSITION_MONTH = re.compile(r"(?:(?:на|през|във|в|от|on|in|from)\s+" + _WEEKDAY + _BEFORE_WORDS + "|" + _AT_PART + ")"
                                + r"(?:\d{1,2}(?:-?(?:ти|ви|ри|ми|st|nd|rd|th))?\s+)?(?P<month>"
                                + "|".join(_BG_MONTHS + tuple(sorted(_ENGLISH_MONTHS))) + ")")
# ("last November", "миналия ноември": the last such month before the dateline; searched only on a
# page that holds "last " or "миналия": an extra alternative above costs every page)
_LAST_MONTH = re.compile(r"(?:last|миналия)\s+(?P<month>" + "|".join(_BG_MONTHS + tuple(sorted(_ENGLISH_MONTHS))) + ")")
# What stands before a month: "на 1", "през", "в средата на", "in late", "on".
_BEFORE_MONTH = re.compile(
    r"(?<![^\W\d_])(?:(?:на|през|в|във|от|on|in|from|last|(?:през\s+)?миналия)\s+" + _WEEKDAY + _BEFORE_WORDS + "|" + _AT_PART + ")"
    + r"(?:(?P<day>\d{1,2})(?:-?(?:ти|ви|ри|ми|st|nd|rd|th))?\s+)?$", re.I)
_DAY_AFTER_MONTH = re.compile(r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?![\d.])")  # "on May 3"
# A year or a number right after the month: a full date (find_mentions' business) or not a date.
# ("от 1 октомври 30 младежи …": a count followed by its noun is no year)
_YEAR_AFTER = re.compile(r"\.?\s*,?\s*(?:\d{4}|\d{1,3}(?!\d)(?!\s+[^\W\d_]{2,})|г\.)")
_RELATIVE_YEAR = re.compile(r"\s+(?:на\s+)?(?P<bg>същата|следващата)\s+година|\s+(?:of\s+)?the\s+(?P<en>same|following|next)"
                            r"\s+year", re.I)
# Today's day: "днес", and a today's event that closes a project ("С днешна среща … приключи
# проектът", "With today's ceremony …"); "днешно време" (nowadays) is not one.
_TODAY = ("днес", "вчера", "today", "yesterday", "днешна", "днешната", "днешния", "днешният", "today's")
_TODAY_EVENT = ("днешна", "днешната", "днешния", "днешният", "today's")
# A bare weekday after a preposition ("бе открит в петък", "was handed over on Friday"): the last
# such day on or before the dateline. A weekday followed by its day number is a full date.
_WEEKDAYS = {"понеделник": 0, "вторник": 1, "сряда": 2, "четвъртък": 3, "петък": 4, "събота": 5, "неделя": 6,
             "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
# ("От понеделник пенсионерите пътуват безплатно": "от" with a weekday opening its sentence starts it)
_BARE_WEEKDAY = re.compile(r"(?<![^\W\d_])(?:в|във|on|last|от|from)\s+(?P<day>" + "|".join(_WEEKDAYS) + r")(?![^\W\d_])"
                           r"(?!\s*,?\s*\d)")
_PREPOSITION_BEFORE = re.compile(r"(?:в|във|on|last|от|from)\s+$", re.I)
_RELATIVE_HINTS = ("същата", "следващата", "same year", "following year", "next year")
# "и до днес": to this day ("приключи и от днес улицата е отворена" is today: the verb decides)
_NOT_TODAY = re.compile(r"(?:\bдо|\buntil|\bto)\s+$", re.I)

# A word between a subject and its verb that is not the day itself ("Младежите в събота пристигнаха"
# is dated by the day: a verb pattern spanning it would hide it).
_NOT_DAY = r"(?!(?:вчера|днес|today|yesterday|" + "|".join(_WEEKDAYS) + r")(?![^\W\d_]))"
_VERB = re.compile(
    r"(?<![^\W\d_])(?:"
    r"(?P<start>стартира(?:ха|л[аои]?)?|започна(?:ха|л[аои]?)?|(?:да(?:де|доха)|(?:беше|бе)\s+даден)\s+"
    r"(?:(?:се|официален|официално|символичен)\s+)?старт(?:ът|а)?|started|began|begun|launched|commenced|kicked\s+off|"
    # "got under way in mid-July"; "Строителството продължи от март", "ran from": how long it went on, from when
    r"тръгна(?:ха)?|заработи(?:ха)?|got\s+under\s*way|"
    # the first sod, the day often between: "Кметът направи вчера първа копка на ремонта", "broke ground on Monday"
    r"направи(?:ха)?(?=\s+(?:[^\W\d_]+\s+){0,2}?първа(?:та)?\s+копка)|(?:broke|breaks)\s+ground|"
    # the builders on site: "Строителите влязоха на обекта в началото на юли"
    # ("Багерите влязоха на ул. … в сряда": the diggers on the street start the works)
    r"(?:багерите|техниката|машините|строителите)\s+влязоха|"
    # ("Builders moved in on 12 June", "the contractor's crews moved onto the site in May")
    r"(?:builders|contractors?|crews|workers|diggers|machinery)\s+(?:[^\W\d_]+\s+)?moved\s+(?:in|on\s*to\s+(?:the\s+)?site)|"
    # a network's first meeting: "whose partners met for the first time on Tuesday"
    r"(?:partners|партньорите)\s+(?:[^\W\d_]+\s+)?(?:met|се\s+срещнаха)\s+(?:for\s+the\s+first\s+time|за\s+(?:пръв|първи)\s+път)|"
    r"(?:влязоха|влезе)\s+(?:на|в)\s+(?:(?:първия|първата|новия)\s+)?(?:обекта?|строителната\s+площадка|площадката)|продължи(?:ха)?(?=\s+от\s)|вървя(?:ха)?(?=\s+от\s)|(?:ran|lasted)(?=\s+from\s)|"
    # the participants of an exchange or a camp arriving: "Twenty young people from three countries
    # arrived in the town on Monday for a youth exchange", "Младежите пристигнаха в събота"
    r"(?:people|participants|students|pupils|volunteers|youngsters|delegates|guests|младежи(?:те)?|участници(?:те)?|"
    r"ученици(?:те)?|доброволци(?:те)?|гости(?:те)?|делегаци(?:я|ята|и|ите))\s+(?:" + _NOT_DAY + r"[^\W\d_]+,?\s+){0,6}?"
    r"(?:arrived|пристигна(?:ха)?))"
    # a present of running, dated by "от" only: "От 1 февруари т.г. общината изпълнява проект"
    # ("Схемата действа от 1 февруари", "the scheme has applied since 1 March": a rule in force)
    r"|(?P<running>изпълнява(?:т)?|реализира(?:т)?|тече|текат|(?:се\s+)?предоставя(?:т)?|действа(?:т)?|"
    r"is\s+(?:running|implementing|carrying\s+out|provided|offered))"
    r"|(?P<end>приключи(?:ха|л[аои]?)?|завърши(?:ха|л[аои]?)?|(?:беше|бе|бяха)\s+(?:успешно\s+)?(?:завършен|приключен)"
    r"[аои]?|ended|finished|(?:was|were|has\s+been|have\s+been)\s+completed|wrapped\s+up|concluded|"
    # a project closed ("днес беше закрит проектът"; "закрит" alone is also "indoor")
    r"(?:беше|бе)\s+(?:официално\s+|тържествено\s+)?закрит[аи]?(?=\s+(?:проект|инициатив))|"
    # an active "closed" ends ("The project closed at the end of June"); a passive one shuts a place
    r"(?<!was\s)(?<!were\s)(?<!is\s)(?<!be\s)(?<!been\s)closed(?=\s+(?:at|in|on)\s)|"
    r"закри(?:ха)?(?=\s+(?:проект|инициатив)))"
    r"|(?P<open>(?:беше|бе|бяха)\s+(?:тържествено\s+|официално\s+)?открит[аои]?|откри(?:ха)?|"
    # a ribbon cut opens: "Кметът преряза лентата вчера следобед", "the mayor cut the ribbon on Friday"
    # (the verb alone when the day sits between: "прерязаха вчера лентата")
    r"преряза(?:ха)?\s+(?:" + _NOT_DAY + r"[^\W\d_]+\s+)?лента(?:та)?|преряза(?:ха)?(?=\s+(?:вчера|днес)\s+лента)|cut\s+the\s+ribbon|"
    # the passive: "Вчера беше прерязана лентата на новата сграда", "the ribbon was cut on Friday"
    r"(?:беше|бе|е)\s+(?:тържествено\s+)?прерязана\s+лентата|ribbon\s+was\s+(?:officially\s+)?cut|"
    # a hand-over ends the works like an opening
    # ("беше тържествено предадена на читалищното настоятелство на 24 май": solemnly handed over)
    r"(?:беше|бе|бяха|е|са)\s+(?:тържествено\s+|официално\s+)?предаден[аои]?|"
    # the acceptance of the works: "Вчера приемателната комисия подписа акт обр. 16", "signed the Act 16"
    r"(?:подписа(?:ха)?|издаде|signed)\s+(?:the\s+)?(?:акт|act)(?:\s+(?:обр(?:азец)?|образец|No)\.?)?\s*(?:№\s*)?16|"
    # the commissioning act or certificate, the day often between: "Комисията подписа в петък акта за
    # въвеждане в експлоатация", "издаде вчера разрешение за ползване", "signed the commissioning certificate"
    r"(?:подписа(?:ха)?|издаде|signed|issued)(?=\s+(?:[^\W\d_]+\s+){0,2}?(?:(?:акта?|разрешение(?:то)?|удостоверение(?:то)?)"
    r"\s+за\s+(?:въвеждане\s+в\s+експлоатация|ползване)|(?:the\s+)?(?:commissioning|occupancy|completion)\s+"
    r"(?:certificate|act|permit)))|"
    r"(?:беше|бе|бяха|е|са)\s+приет[аои]?\s+от\s+(?:държавна(?:та)?\s+)?приемателна(?:та)?\s+комисия|отвори(?:ха)?\s+(?:\S+\s+)?врати(?:те)?|"
    r"(?:was|were|has\s+been|have\s+been)\s+handed\s+over|"
    # commissioning: "was put into service on Monday", "беше въведен в експлоатация в петък"
    r"(?:was|were|has\s+been|have\s+been)\s+put\s+into\s+(?:service|operation|use)|"
    r"(?:беше|бе|бяха|е|са)\s+(?:официално\s+)?(?:въведен|пуснат)[аои]?\s+в\s+(?:експлоатация|употреба)|(?:was|were)\s+"
    r"(?:officially\s+)?(?:re-?)?(?:opened|inaugurated)|(?:re-?)?opened|inaugurated|"
    # the first users' day: "посрещна първите си читатели в петък", "welcomed its first pupils on Monday"
    # ("посрещна вчера първите си посетители": the day between the verb and its object)
    r"(?:посрещна(?:ха)?|прие(?:ха)?)(?=\s+(?:[^\W\d_]+\s+){0,2}?първите)|welcomed(?=\s+(?:[^\W\d_]+\s+){0,2}?(?:its|their)\s+first)|"
    # a renovated hall receiving its public again: "в петък салонът отново прие публика", "the hall
    # welcomed audiences again on Friday"
    r"(?<=отново\s)(?:посрещна(?:ха)?|прие(?:ха)?)(?=\s+(?:публика|зрители|посетители|читатели))|"
    r"(?:посрещна(?:ха)?|прие(?:ха)?)(?=\s+(?:публика|зрители|посетители|читатели)(?:та|те)?\s+отново)|"
    r"welcomed(?=\s+(?:back\s+)?(?:audiences|the\s+public|visitors|readers)\s+(?:back|again))|"
    # the first users entering: "Първите 30 жители влязоха вчера в новия център", "The first pupils walked
    # into the new school on Monday"
    # (no day word among the words between: "Първите деца вчера прекрачиха прага" is dated by it)
    r"(?:първите|the\s+first)\s+(?:\d+\s+)?(?:" + _NOT_DAY + r"[^\W\d_]+\s+){0,5}?(?:влязоха|прекрачиха|entered|walked\s+into)|"
    # "Първите деца прекрачиха вчера прага на новата сграда": the first users cross the threshold
    # ("Първите деца прекрачиха в сряда прага": the day between the verb and its object)
    r"прекрачи(?:ха)?(?=\s+(?:[^\W\d_]+\s+){0,2}прага)|"
    # the builder hands over: "В сряда строителят предаде на общината новата сграда"
    r"предаде(?:ха)?(?=\s+(?:на|обекта|сградата|ключовете)(?![^\W\d_]))|"
    # the keys handed to the first residents: "Вчера кметът връчи ключовете на първите наематели", "the
    # mayor handed the keys to the first tenants on Monday" (the day may sit between the verb and the keys)
    r"връчи(?:ха)?(?=\s+(?:[^\W\d_]+\s+){0,2}?ключовете)|handed(?=\s+(?:over\s+)?the\s+keys)))(?![^\W\d_])", re.I)
# Unambiguous past forms: a date after the dateline is then last year's. ("стартира",
# "приключи" may also be a present that announces.)
_PAST_ONLY = re.compile(r"започна|стартираха|дад|даден|began|begun|started|launched|commenced|kicked|завършиха|"
                        r"приключиха|беше|бе\s|бяха|ended|finished|was|were|has|have|открих", re.I)
_NOT_DONE_BEFORE = re.compile(r"(?<![^\W\d_])(?:ще|не|да|will|not|to|when|once|if|after|когато|като|щом|ако|докато|"
                              r"would|should|may|might|shall|can)\s+(?:се\s+|be\s+|бъде\s+)?$", re.I)
_FUTURE_BETWEEN = re.compile(r"(?<![^\W\d_])(?:ще|will|would|предстои|expected|planned|scheduled)(?![^\W\d_])", re.I)
# A clause break between the verb and the date: they then say different things.
_CLAUSE_BREAK = re.compile(r"[;:]|,\s*(?:а|но|и|че|докато|когато|като|след\s+като|който|която|което|които|but|while|"
                           r"whereas|and|that|which|who|when)(?![^\W\d_])|(?<![^\W\d_])(?:че|that)(?![^\W\d_])", re.I)
_OPENED_ON = re.compile(r"\s+(?:официално\s+|officially\s+)?(?:на|през|в|on|in)\s+$", re.I)
# ("was handed over to its operator, the municipal enterprise …, on 28 June 2021": whom to, then when;
# "беше открит за гражданите на 1 юни 2021 г.": for whom, then when)
_OPENED_TO_ON = re.compile(r"(?:\s+(?:to|for|на|за)\s+[^.;:\d]{0,80}?)?" + _OPENED_ON.pattern, re.I)
_MAX_BEFORE, _MAX_AFTER = 120, 50  # verb before the date / date before the verb
_QUOTED_NAME = re.compile(r"„[^„“\n]{1,60}“")


def _date_at(sentence: str, at: int, until: int, found: dict, text_before: str
             ) -> tuple[int | None, int, int | None, int, int] | None:
    """(year, or None when the dateline is to give it; month; day; span start; span end) of the
    yearless date whose word is ``sentence[at:until]``; ``text_before`` is the page before it."""
    lower = sentence[at:until].lower()
    if lower in _WEEKDAYS:
        published = found["published"].value if "published" in found else ""
        if len(published) < 10:
            return None
        day = date.fromisoformat(published)
        day -= timedelta(days=(day.weekday() - _WEEKDAYS[lower]) % 7)
        preposition = _PREPOSITION_BEFORE.search(sentence, max(0, at - 6), at)
        if preposition and preposition.group(0)[:2].lower() in ("от", "fr") and _FUTURE_BETWEEN.search(sentence):
            return None  # "От понеделник ще …": next Monday, still to come
        return day.year, day.month, day.day, preposition.start() if preposition else at, until
    if lower in _TODAY:
        if "published" not in found or len(found["published"].value) < 10 or _NOT_TODAY.search(
                sentence, max(0, at - 12), at):
            return None
        day = date.fromisoformat(found["published"].value)
        if lower in ("вчера", "yesterday"):
            day -= timedelta(days=1)
        return day.year, day.month, day.day, at, until
    before = _BEFORE_MONTH.search(sentence, max(0, at - 40), at)
    if before is None or _YEAR_AFTER.match(sentence, until):
        return None
    day = int(before["day"]) if before["day"] else None
    end = until
    if day is None and before.group(0).lower().startswith("on"):
        after = _DAY_AFTER_MONTH.match(sentence, end)
        if after is None or _YEAR_AFTER.match(sentence, after.end()):
            return None
        day, end = int(after["day"]), after.end()
    month = month_of(lower)
    relative = _RELATIVE_YEAR.match(sentence, end)
    year = None
    if relative:
        reference = _reference_year(found, text_before)
        if reference is None:
            return None
        year = reference + (0 if (relative["bg"] or relative["en"]).lower() in ("същата", "same") else 1)
        end = relative.end()
    return year, month, day, before.start(), end


def _reference_year(found: dict, before: str) -> int | None:
    """The year "the same year" refers to: the start's, else the last date written before."""
    if "start" in found:
        return int(found["start"].value[:4])
    mentions = [m for m in find_mentions(before) if m.kind != "year"]
    return mentions[-1].year if mentions else None


def _nearest_verb(sentence: str, start: int, end: int, max_after: int = _MAX_AFTER) -> re.Match | None:
    """The start/end/opening verb nearest the date span in its clause, or None."""
    best, best_distance = None, None
    quoted = "„" in sentence
    for verb in _VERB.finditer(sentence, max(0, start - _MAX_BEFORE - (60 if quoted else 0)),
                               # (+40: a verb that starts within reach may end, or look ahead, beyond it)
                               min(len(sentence), end + max_after + 40 + (60 if quoted else 0))):
        if verb.end() <= start:
            gap, distance = sentence[verb.end():start], start - verb.end()
        elif verb.start() >= end:
            gap, distance = sentence[end:verb.start()], verb.start() - end
        else:
            continue
        if quoted and "„" in gap:  # a quoted name counts as one word ("салонът на читалище „Никола Вапцаров“ в …")
            distance -= sum(len(name) - 1 for name in _QUOTED_NAME.findall(gap))
        if distance > (_MAX_BEFORE if verb.end() <= start else max_after):
            continue
        if best_distance is None or distance < best_distance:
            best, best_distance, best_gap = verb, distance, gap
    if best is None or _CLAUSE_BREAK.search(best_gap) or _FUTURE_BETWEEN.search(best_gap) \
            or _WHEN_WORD.search(best_gap) or re.search(r"(?:19|20)\d\d", best_gap):
        return None
    if _NOT_DONE_BEFORE.search(sentence, max(0, best.start() - 14), best.start()):
        return None
    return best


def _word_hits(text: str, lower: str) -> list[tuple[int, int]]:
    """Where ``text`` holds a month name after a preposition, or ``днес`` / ``today``.

    Searched in the lower-cased page with a regex that begins with the preposition and str.find:
    a case-insensitive alternation with lookbehinds, tried at every character, costs five times more.
    """
    if len(lower) != len(text):  # "İ" lowers to two characters: positions would shift
        return [m.span() for m in _WHEN_WORD.finditer(text)]
    hits = []
    matches = list(_PREPOSITION_MONTH.finditer(lower))
    if "last " in lower or "миналия" in lower:
        matches += _LAST_MONTH.finditer(lower)
    for match in matches:
        at, until = match.span("month")
        if (match.start() == 0 or not lower[match.start() - 1].isalpha()) \
                and (until == len(lower) or not lower[until].isalpha()) \
                and (lower[at:until] not in _ENGLISH_MONTHS or text[at].isupper()):
            hits.append((at, until))
    for word in _TODAY:
        at = lower.find(word)
        while at >= 0:
            until = at + len(word)
            if (at == 0 or not lower[at - 1].isalpha()) and (until == len(lower) or not lower[until].isalpha()):
                hits.append((at, until))
            at = lower.find(word, until)
    for day in _WEEKDAYS:  # str.find per weekday: a regex alternation would be tried at every character
        at = lower.find(day)
        while at >= 0:
            until = at + len(day)
            if _PREPOSITION_BEFORE.search(lower, max(0, at - 6), at) and _BARE_WEEKDAY.match(
                    lower, _PREPOSITION_BEFORE.search(lower, max(0, at - 6), at).start()):
                hits.append((at, until))
            at = lower.find(day, until)
    hits.sort()
    return hits


def weekdays_before(window: str, published: str) -> list[tuple[int, str]]:
    """(end position, ISO day) of each bare weekday after "в" / "on" in ``window``: the last such day
    on or before the dateline ``published`` (a full ISO day).

    >>> weekdays_before("Последната лампа беше монтирана в сряда.", "2026-05-15")
    [(39, '2026-05-13')]
    """
    lower = window.lower()
    if not any(day in lower for day in _WEEKDAYS):
        return []
    dateline = date.fromisoformat(published)
    out = []
    for match in _BARE_WEEKDAY.finditer(lower):
        if match.group(0).startswith(("от", "fr")):
            continue  # "от понеделник": a start, or a weekly range
        day = dateline - timedelta(days=(dateline.weekday() - _WEEKDAYS[match["day"]]) % 7)
        out.append((match.end(), day.isoformat()))
    return out


def _candidates(text: str, lower: str, found: dict):
    """(kind, (year, month, day), source, past-only verb, today) for each yearless date a verb
    dates, in text order."""
    for at, until in _word_hits(text, lower):
        today = text[at:until].lower() in _TODAY
        weekday = text[at:until].lower() in _WEEKDAYS
        if not today and not weekday and (_YEAR_AFTER.match(text, until)
                                          or not _BEFORE_MONTH.search(text, max(0, at - 40), at)):
            continue  # a full date (find_mentions reads it), or a month no preposition dates
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", until)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        starts = [0] + sentence_starts(line, _SENTENCE_END)
        begin = max(s for s in starts if s <= at - line_start)
        finish = min((s for s in starts if s > at - line_start), default=len(line))
        sentence = line[begin:finish]
        if same_funder(sentence):
            continue  # "… вече изпълни с финансиране от същата МИГ ремонта …, който приключи през юни"
        offset = line_start + begin
        when = _date_at(sentence, at - offset, until - offset, found, text[:at])
        if when is None:
            continue
        year, month, day, span_start, span_end = when
        event = text[at:until].lower() in _TODAY_EVENT
        verb = _nearest_verb(sentence, span_start, span_end, _MAX_BEFORE if event else _MAX_AFTER)
        if verb is None:
            if day is not None and not today and _opens_from(sentence, span_start, span_end):
                yield ("start", (year, month, day), sentence.strip()[:_MAX_SOURCE], False, today)
            continue
        # "днес стартира": the launch is the article's news, its own date ("С първа копка вчера
        # кметът даде старт": yesterday's launch is the day before the news, a start)
        # ("Строителите започнаха днес работа": a past-only verb tells today's start as done)
        if verb.lastgroup == "start" and today and text[at:until].lower() not in ("вчера", "yesterday") \
                and not re.match(r"започнаха|began|started", verb.group(0), re.I):
            continue
        if verb.lastgroup == "running":
            # a present dates only what began "от" the day ("през май общината реализира" is an aorist)
            if not re.match(r"(?:от|from|since)\s", sentence[span_start:span_start + 6], re.I):
                continue
            yield ("start", (year, month, day), sentence.strip()[:_MAX_SOURCE], False, today)
            continue
        last = sentence[span_start:span_start + 12].lower().startswith(("last", "мина", "през мина"))
        yield (verb.lastgroup, (year, month, day), sentence.strip()[:_MAX_SOURCE],
               last or bool(_PAST_ONLY.search(verb.group(0))), today)


# "От 1 октомври 30 младежи са назначени …", "From 2 May the bus stops in every village": a day
# opening its sentence starts what the sentence tells — unless that is still to come
# ("От 1 януари ще …") or the day opens a range ("От 1 до 5 юни", "от 1 юни до 31 август").
_OPENING_PREPOSITION = re.compile(r"[\W]*(?:от|from|since)\s", re.I)
_RANGE_NEXT = re.compile(r"\s*(?:г\.?)?\s*(?:до|to|until|till|[-–—])\s", re.I)


def _opens_from(sentence: str, span_start: int, span_end: int) -> bool:
    """Whether the yearless date at ``sentence[span_start:span_end]`` opens the sentence with "от"."""
    return (not sentence[:span_start].strip(" \"„“(") and _OPENING_PREPOSITION.match(sentence, span_start) is not None
            and not _RANGE_NEXT.match(sentence, span_end))


def _iso(year: int | None, month: int, day: int | None, past: bool, published: str | None) -> str | None:
    if year is None:
        if published is None:
            return None
        year = int(published[:4])
        written = (month, day or 0)
        if past and written > (int(published[5:7] or 0), int(published[8:10] or 31)) and len(published) >= 7:
            year -= 1  # told in the past, dated after the dateline: last year
    if not valid(year, month, day):
        return None
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


# (a ribbon cut inaugurates something built: "прерязаха днес лентата на новата площадка")
_WORKS_HINTS = ("ремонт", "реконструк", "обновен", "построен", "изграден", "renovat", "refurbish", "rebuilt",
                "reconstruct", "restored", "лентата", "ribbon")


def complete_yearless(text: str, lower: str, found: dict) -> None:
    """Fill a missing ``start`` / ``end`` in ``found`` from yearless dates in prose.

    >>> found = {"published": Fact("2021-10-12", ""), "start": Fact("2021-04", "")}
    >>> text = "Паркът беше открит официално днес. Работите приключиха в края на септември."
    >>> complete_yearless(text, text.lower(), found)
    >>> found["end"].value
    '2021-09'
    """
    if "start" in found and "end" in found:
        return
    published = found["published"].value if "published" in found else None
    if published is None and not any(word in lower for word in _RELATIVE_HINTS):
        return  # no dateline and no "същата година": nothing can give a year
    starts, ends, openings = [], [], []
    for kind, (year, month, day), source, past, today in _candidates(text, lower, found):
        iso = _iso(year, month, day, past, published)
        if iso:
            {"start": starts, "end": ends, "open": openings}[kind].append((Fact(iso, source), today))
    starts = [fact for fact, _ in starts]
    ends = [fact for fact, _ in ends]
    if "start" not in found and starts:
        found["start"] = starts[0]
    if "end" not in found:
        start = found["start"].value if "start" in found else None
        closing = [f for f in ends if start is None or f.value >= start]
        if not closing and start is not None:  # an opening after the works started ends them
            closing = [f for f, _ in openings if f.value > start and f is not found["start"]]
        elif not closing and any(hint in lower for hint in _WORKS_HINTS):
            # with no start told, only a news day's opening of something built or renovated ends works
            # ("the renovated hall reopened on Friday"); "the bus line was put into service" starts a
            # service, and a bare month ("the refurbished club opened in June") is left unread
            closing = [f for f, _ in openings if len(f.value) == 10]
        if closing:
            found["end"] = closing[0]


def opened_after_start(text: str, lower: str, found: dict) -> None:
    """``Обектът беше открит на 15 септември 2019 г.`` after works that started earlier: the end.

    >>> found = {"start": Fact("2018-04", "")}
    >>> text = "Обектът беше открит на 15 септември 2019 г. с концерт."
    >>> opened_after_start(text, text.lower(), found); found["end"].value
    '2019-09-15'
    """
    if "start" not in found or "end" in found:
        return
    if "откри" not in lower and "opened" not in lower and "inaugurat" not in lower and "handed" not in lower \
            and "предаден" not in lower:
        return
    for verb in _VERB.finditer(text):
        if verb.lastgroup != "open" or _NOT_DONE_BEFORE.search(text, max(0, verb.start() - 14), verb.start()):
            continue
        after = text[verb.end():verb.end() + 120].split("\n", 1)[0]
        mentions = [m for m in find_mentions(after) if m.precision >= 2]
        if mentions and _OPENED_TO_ON.match(after[:mentions[0].start]) and mentions[0].iso > found["start"].value:
            line_start = text.rfind("\n", 0, verb.start()) + 1
            line_end = text.find("\n", verb.end())
            found["end"] = Fact(mentions[0].iso, text[line_start:line_end if line_end >= 0 else len(text)].strip()[:_MAX_SOURCE])
            return


# "От днес до края на септември мобилен кабинет ще обикаля селата", "From today until 30 June the
# buses are free": a campaign running from the dateline's day to a month of the same season.
_TODAY_TO_MONTH = re.compile(r"(?<![^\W\d_])(?:от|from)\s+(?:днес|today)\s+(?:до|until|till|to)\s+"
                             r"(?:(?:края|средата)\s+на\s+|the\s+(?:end|middle)\s+of\s+)?(?:(?P<day>\d{1,2})\s+)?"
                             r"(?P<month>" + "|".join(_BG_MONTHS + tuple(sorted(_ENGLISH_MONTHS))) + r")(?![^\W\d_])"
                             r"(?!\s*,?\s*\d{4})")


def today_to_month(text: str, lower: str, found: dict) -> None:
    """Start on the dateline's day and end in the month named, for ``от днес до края на септември``.

    >>> found = {"published": Fact("2021-07-02", "")}
    >>> text = "От днес до края на септември кабинетът обикаля селата."
    >>> today_to_month(text, text.lower(), found); found["start"].value, found["end"].value
    ('2021-07-02', '2021-09')
    """
    published = found["published"].value
    match = _TODAY_TO_MONTH.search(lower)
    if match is None or len(published) < 10:
        return
    year, month = int(published[:4]), month_of(match["month"])
    day = int(match["day"]) if match["day"] else None
    if month is None:
        return
    if (month, day or 31) < (int(published[5:7]), int(published[8:10])):
        year += 1  # "от днес до края на февруари" in November: next year's February
    if not valid(year, month, day):
        return
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    source = text[line_start:line_end if line_end >= 0 else len(text)].strip()[:_MAX_SOURCE]
    found["start"] = Fact(published, source)
    found["end"] = Fact(f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else ""), source)


# A system going live after its works started ends them: "The heating system was officially
# launched on 29 April 2022", "Системата беше пусната в действие на 3 май 2022 г." (a project's own
# launch, "the project was launched on …", is its kick-off, not its end). A register "публичен от"
# a day would be the same class, but the status reads a period's end as completed, and a standing
# register has no status: left until the status tells the two apart.
_LIVE_BEFORE = re.compile(r"(?<![^\W\d_])(?:(?:was|were)\s+(?:officially\s+)?launched|went\s+live|"
                          r"(?:беше|бе|бяха|е|са)\s+(?:официално\s+)?пуснат[аои]?\s+в\s+действие)"
                          r"\s+(?:on|from|since|от|на)\s+$", re.I)
_LIVE_HINTS = ("launched", "went live", "пуснат")
_KICK_OFF = re.compile(r"проект|инициатив|кампани|project|initiative|campaign", re.I)


def live_after_start(lines: list[str], lower: str, found: dict) -> None:
    """The day a system went live, after the start known, is the end.

    >>> found = {"start": Fact("2020-11", "")}
    >>> live_after_start(["Works began in 2020. The portal was launched on 3 May 2022."], "launched", found)
    >>> found["end"].value
    '2022-05-03'
    """
    if not any(hint in lower for hint in _LIVE_HINTS):
        return
    start = found["start"].value
    for line in lines:
        if not any(hint in line.lower() for hint in _LIVE_HINTS):
            continue
        for m in find_mentions(line):
            if m.precision < 3 or m.iso <= start:
                continue
            verb = _LIVE_BEFORE.search(line, max(0, m.start - 60), m.start)
            if verb is None:
                continue
            clause_start = max(line.rfind(". ", 0, verb.start()) + 1, 0)
            if _KICK_OFF.search(line, clause_start, verb.start()):
                continue
            found["end"] = Fact(m.iso, line.strip()[:_MAX_SOURCE])
            return


# A measure in force since the dateline year's first days: "безплатният превоз, въведен от началото на
# годината", "The scheme has been in place since the start of the year". (A tally "От началото на
# годината са раздадени 300 компостера" counts, it starts nothing: a start verb must come right before.)
_SINCE_YEAR_START = re.compile(r"(?<![^\W\d_])(?:въведен[аои]?|в\s+сила|действа(?:т)?|стартира(?:л[аои]?)?|"
                               r"introduced|in\s+(?:place|force)|launched|running)\s+(?:[^\W\d_]+\s+)?"
                               r"(?:от|since)\s+(?:началото\s+на\s+(?:тази\s+|текущата\s+)?годината|"
                               r"the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+year)(?![^\W\d_])", re.I)
_YEAR_START_HINTS = ("началото на годината", "началото на тази година", "началото на текущата година",
                     "beginning of the year", "start of the year", "beginning of this year", "start of this year")


def since_year_start(text: str, lower: str, found: dict) -> None:
    """Start in January of the dateline's year for a measure ``въведен от началото на годината``.

    >>> found = {"published": Fact("2026-03-04", "")}
    >>> text = "Таксата за детска градина е премахната, мярката е в сила от началото на годината."
    >>> since_year_start(text, text.lower(), found); found["start"].value
    '2026-01'
    """
    if "published" not in found or not any(hint in lower for hint in _YEAR_START_HINTS):
        return
    match = _SINCE_YEAR_START.search(text)
    if match is None:
        return
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    source = text[line_start:line_end if line_end >= 0 else len(text)].strip()[:_MAX_SOURCE]
    found["start"] = Fact(found["published"].value[:4] + "-01", source)
