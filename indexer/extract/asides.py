"""Sentences that turn from the page's project to another one.

News pages end with tails about other work: an earlier project of the same municipality
(``Миналата година общината приключи проект по …``, ``преди две години``, ``през 2015 г.`` on
a 2021 page) or a project of another municipality (``Община Каспичан вече приключи своя …``,
``в съседната община``). Their stages and funders are not this project's. ``status`` and
``programmes`` use :func:`shifted_aside` next to their own older aside cues (``не е първият``,
``вече изпълни проект``).

Two kinds, both cheap to rule out (a substring pre-test before any regex):

* time-shifted to the past, with no word naming this project (``проектът``, ``the project``):
  ``миналата година``, ``преди две години``, ``last year``, ``three years ago``; a bare year
  (``през 2015 г.``, ``in 2015``) only when it is at least three years before the page's year and
  the sentence speaks of *a* project (``проект``, ``a project``, ``подобен``, ``similar``);
* about another municipality: ``община Y`` / ``Municipality of Y`` / ``Y Municipality`` where Y is
  not the page's municipality and is not a partner or a co-actor (``заедно с община Y``,
  ``партньор``), or ``съседната община`` / ``a neighbouring municipality``.

:func:`recap_aside` (used by ``status`` only) finds a third kind: a recap of earlier news
(``Припомняме, че …``, ``Както вече писахме, …``, ``As we reported, …``) that names no word of
this project.

>>> shifted_aside("Миналата година общината приключи проект по ОПРР.")
True
>>> shifted_aside("Миналата година проектът стартира.")
False
>>> shifted_aside("Община Каспичан вече приключи своя проект.", municipality="Община Нови пазар")
True
>>> shifted_aside("Проектът се изпълнява заедно с община Каспичан.", municipality="Община Нови пазар")
False
"""
from __future__ import annotations

import re

from indexer.extract.anchored import any_of
from indexer.extract.municipality_table import municipality_rows

# A project the page says is no part of this one ("фондът не е свързан с него", "няма връзка с",
# "не е част от", "is not related to", "has nothing to do with"): a regex fragment for the aside
# tables of status, programmes and countries (lower-case text; IGNORECASE where a caller needs it).
UNRELATED = (r"не\s+е\s+(?:свързан\w*\s+с|част\s+от)|няма\s+(?:връзка|отношение)\s+(?:с|към)|"
             r"(?:is|are|was|were)\s+not\s+(?:related|linked|connected|part)\s+(?:to|with|of)|"
             r"has\s+nothing\s+to\s+do\s+with|unrelated\s+to")

# Another project of the same funder ("с финансиране от същата МИГ", "under the same programme"): what
# the programme or LAG paid for besides this project. A fragment for status's asides (lower-case text,
# each alternative after a word boundary) and :func:`same_funder`, which dates use.
SAME_FUNDER = (r"(?:от|по|със?|чрез)\s+(?:финансиране\s+(?:от|по)\s+)?(?:същата|същия|същото)\s+(?:мига?|програма|"
               r"мярка|подмярка|фонд|процедура|схема|стратегия|финансираща\s+програма|механизъм|донор)|"
               r"(?:from|under|by|through|with)\s+the\s+same\s+(?:lag|local\s+action\s+group|programme|program|fund|"
               r"measure|scheme|call|strategy|funder|donor|mechanism|grant)")
_SAME_FUNDER = re.compile(r"(?<![^\W\d_])(?:" + SAME_FUNDER + r")(?![^\W\d_])", re.I)
_SAME_FUNDER_HINTS = ("същата", "същия", "същото", "the same")


def same_funder(sentence: str) -> bool:
    """The sentence speaks of what the same programme or LAG funds besides this project: its
    dates and stages belong to that other work.

    >>> same_funder("Общината вече изпълни с финансиране от същата МИГ ремонта на читалището.")
    True
    >>> same_funder("Проектът се финансира от МИГ „Черноочене – Ардино“.")
    False
    """
    lower = sentence.lower()
    return any(hint in lower for hint in _SAME_FUNDER_HINTS) and _SAME_FUNDER.search(lower) is not None


# Municipality label → its Latin name (``Община Златарица`` → ``Zlataritsa``).
_LATIN_NAMES = {row["label"]: row["name_en"] for row in municipality_rows()}

_PAST_HINTS = ("минал", "преди", "last ", " ago", "previous year", "предходната година")
_PAST = re.compile(
    r"(?<!\w)(?:(?:през\s+|в\s+)?миналата\s+(?:година|есен|пролет|зима)|миналото\s+лято|"
    r"предходната\s+година|преди\s+(?:(?:една|две|три|четири|пет|шест|седем|осем|девет|десет|няколко|много|"
    r"\d+)\s+)?годин[аи]|"
    r"last\s+(?:year|autumn|spring|summer|winter)|the\s+previous\s+year|"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+years?\s+ago)(?!\w)", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\w)(?:през|в|от|in|during|since)\s+((?:19|20)\d{2})(?!\s*[-–/]\s*(?:19|20)?\d{2})(?!\d)",
                   re.IGNORECASE)
# A word naming the page's own project: the definite forms.
_OWN = re.compile(r"(?<!\w)(?:проектът|проекта|практиката|инициативата|услугата|"
                  r"the\s+(?:project|practice|initiative|service)|this\s+(?:project|practice))(?!\w)",
                  re.IGNORECASE)
# *A* project: indefinite, or a comparison.
_A_PROJECT = re.compile(r"(?<!\w)(?:проект(?:и)?|подобен|подобна|аналогич\w+|сходен|"
                        r"(?:a|another|similar)\s+(?:\w+\s+)?project|similar)(?!\w)", re.IGNORECASE)

_MUNICIPALITY_HINTS = ("общин", "unicipalit")
# any(hint in lower for hint in …) in one C call: shifted_aside runs on every sentence
_PAST_HINT_PATTERN, _MUNICIPALITY_HINT_PATTERN = any_of(_PAST_HINTS), any_of(_MUNICIPALITY_HINTS)
_NAMED = re.compile(
    r"(?<![\w-])(?:(?:[Оо]бщин(?:а|ата)|ОБЩИНА)\s+(?:на\s+)?[\"„“«']?(?P<bg>[А-Я][а-яё]+(?:[\s-][А-Я][а-я]+)?)|"
    r"[Mm]unicipality\s+of\s+(?P<en1>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)|"
    r"(?P<en2>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+[Mm]unicipality)")
# A nationality before "municipality" ("the Bulgarian municipality of Chuprene", "a Greek municipality")
# is not a municipality's name.
_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:ian|ish|ese)|Greek|Dutch|French|Swiss|Czech|Slovak|Serb|Croat|Thai", re.UNICODE)
_NEIGHBOUR = re.compile(r"(?<!\w)(?:съседн\w+\s+общин\w*|(?:a\s+)?neighbou?ring\s+municipalit\w*)", re.IGNORECASE)
# Words before a named municipality that make it a partner, a co-actor or an object, not the
# subject of another project.
_NOT_SUBJECT = re.compile(
    r"(?<!\w)(?:с|със|от|за|към|между|и|заедно\s+с|съвместно\s+с|партньор\w*|with|by|for|and|"
    r"between|partner\w*|together\s+with)\s+(?:[\"„“«']?\w+[\"“”»']?\s+){0,1}$", re.IGNORECASE)
_PARTNER_WORDS = re.compile(r"партньор|съвместн|partner|jointly", re.IGNORECASE)
_PARTNER_HINTS = ("партньор", "съвместн", "partner", "jointly")   # what _PARTNER_WORDS can match, lower-cased


def _stem(name: str) -> str:
    """The first word's first five letters: inflection and a lower-case second word
    (``Нови пазар``) do not matter."""
    words = re.split(r"[\s-]+", name.strip("\"„“”«»' "))
    return words[0].casefold()[:5] if words else ""


def _time_shifted(sentence: str, lower: str, page_year: int | None) -> bool:
    # A past cue, or an old year with *a* project, and no word naming this project. The
    # cheap tests come first: _OWN (an IGNORECASE regex over Cyrillic) used to run on
    # every sentence, and most sentences hold neither cue (a year needs "19" or "20").
    shifted = _PAST_HINT_PATTERN.search(lower) is not None and _PAST.search(sentence) is not None
    if not shifted:
        if page_year is None or ("19" not in sentence and "20" not in sentence):
            return False
        shifted = any(page_year - int(year) >= 3 for year in _YEAR.findall(sentence)) \
            and _A_PROJECT.search(sentence) is not None
    return shifted and _OWN.search(sentence) is None


def _own_name(municipality: str) -> str:
    """The name in a municipality label: ``Община град Добрич`` → ``Добрич``."""
    return municipality.removeprefix("Община ").strip().removeprefix("град ").strip()


def names_own_municipality(sentence: str, municipality: str | None, lower: str | None = None) -> bool:
    """The sentence names the page's own municipality, in Cyrillic or by its Latin name.

    >>> names_own_municipality("Община Рила и Община Кочани …", "Община Рила")
    True
    >>> names_own_municipality("the municipality of Chuprene", "Община Чупрене"), names_own_municipality("Смолян", "Община Чепеларе")
    (True, False)
    """
    if not municipality:
        return False
    lower = sentence.lower() if lower is None else lower
    stems = [_stem(_own_name(municipality))]
    if (latin := _LATIN_NAMES.get(municipality)) is not None:
        stems.append(_stem(latin))
    return any(stem and re.search(rf"(?<!\w){re.escape(stem)}", lower) for stem in stems)


def _other_municipality(sentence: str, municipality: str | None, lower: str | None = None) -> bool:
    lower = sentence.lower() if lower is None else lower
    if ("съседн" in lower or "neighbo" in lower) and _NEIGHBOUR.search(sentence):
        return True
    if not municipality or (any(hint in lower for hint in _PARTNER_HINTS) and _PARTNER_WORDS.search(sentence)):
        return False
    own_name = _own_name(municipality)
    own = _stem(own_name)
    for match in _NAMED.finditer(sentence):
        name = match.group("bg") or match.group("en1") or match.group("en2")
        if name is None or _stem(name) == own or (match.group("bg") is None and not name.isascii()):
            continue
        if name.casefold() in ("the", "our", "this", "each", "every", "local"):
            continue
        if match.group("en2") is not None and _NATIONALITY.fullmatch(name):
            continue  # "the Bulgarian municipality of …", "its Serbian partner municipality": no name
        if own_name and not own_name.isascii() and name.isascii():
            # a Latin name is compared with the table's Latin name of the own municipality
            latin = _LATIN_NAMES.get(municipality)
            if latin is None or _stem(name) == _stem(latin):
                continue
        if _NOT_SUBJECT.search(sentence, 0, match.start()):
            continue
        return True
    return False


def shifted_aside(sentence: str, municipality: str | None = None, page_year: int | None = None,
                  lower: str | None = None) -> bool:
    """True when ``sentence`` is about an earlier project or another municipality's project
    (``lower``: ``sentence.lower()``, when the caller has it)."""
    lower = sentence.lower() if lower is None else lower
    if _time_shifted(sentence, lower, page_year):
        return True
    return _MUNICIPALITY_HINT_PATTERN.search(lower) is not None and _other_municipality(sentence, municipality, lower)


def names_other_project(sentence: str, municipality: str | None = None, page_year: int | None = None,
                        lower: str | None = None) -> bool:
    """The stronger half of :func:`shifted_aside`: another municipality's project, or *a* project
    (indefinite) placed in the past. A time-shifted sentence with no project word may still tell
    this project's own history.

    >>> names_other_project("Миналата година общината кандидатства с проект за ремонт на сграда.")
    True
    >>> names_other_project("Миналата година общината кандидатства за ремонт на сградата.")
    False
    """
    lower = sentence.lower() if lower is None else lower
    if (_time_shifted(sentence, lower, page_year) and _OBJECT_PROJECT.search(lower) is not None
            and _SINCE_PAST.search(lower) is None):
        return True
    return _MUNICIPALITY_HINT_PATTERN.search(lower) is not None and _other_municipality(sentence, municipality, lower)


# *A* project as an object ("кандидатства с проект за", "изпълни по проект", "ran a project"), and a
# past time that starts something still running ("от миналата пролет", "since last spring").
_OBJECT_PROJECT = re.compile(r"(?<!\w)(?:(?:с|по|чрез|със)\s+(?:\S+\s+)?проект(?:и)?|(?:a|another)\s+(?:\S+\s+){0,2}?project)(?!\w)")
_SINCE_PAST = re.compile(r"(?<!\w)(?:от|since)\s+(?:the\s+)?(?:миналата|миналото|last|преди)(?!\w)")


_RECAP_HINTS = any_of(("припомн", "напомн", "както ", "recall", "reported"))
_RECAP = re.compile(
    r"(?<!\w)(?:припомн(?:я|ям|яме|ят|и|иха)|да\s+припомним|напомн(?:я|ям|яме|ят|и|иха)|да\s+напомним|"
    r"както\s+(?:вече\s+)?(?:писахме|съобщихме|информирахме|съобщи\w*|стана\s+ясно)|"
    r"recall(?:ing)?\s+that|as\s+(?:we\s+|was\s+)?(?:previously\s+|earlier\s+)?reported)(?!\w)", re.IGNORECASE)


def recap_aside(sentence: str, lower: str | None = None) -> bool:
    """A recap of earlier news that names no word of this project.

    >>> recap_aside("Припомняме, че през 2018 г. общината приключи ремонта на пазара.")
    True
    >>> recap_aside("Припомняме, че проектът стартира през март.")
    False
    """
    lower = sentence.lower() if lower is None else lower
    return (_RECAP_HINTS.search(lower) is not None and _RECAP.search(sentence) is not None
            and _OWN.search(sentence) is None)


def recalled_past(sentence: str, lower: str | None = None) -> bool:
    """A recap placed in the past by a relative time (``миналата година``, ``last year``), even
    when it names a project with the definite article: what is recalled is earlier news.

    >>> recalled_past("Общината припомня, че миналата година приключи проектът за водопровода.")
    True
    >>> recalled_past("Миналата година проектът стартира."), recalled_past("Припомняме, че проектът стартира.")
    (False, False)
    """
    lower = sentence.lower() if lower is None else lower
    return (_RECAP_HINTS.search(lower) is not None and _RECAP.search(sentence) is not None
            and _PAST.search(sentence) is not None)


def names_own_project(sentence: str) -> bool:
    """The sentence names the page's own project (``проектът``, ``the project``)."""
    return _OWN.search(sentence) is not None


def _date_opener(fragment: str) -> bool:
    """``През март 2019 г.``: a short fragment ending in the year's abbreviation opens the
    next sentence rather than ending one."""
    fragment = fragment.strip()
    return len(fragment) <= 30 and (fragment.endswith(" г.") or fragment.endswith("г.") and fragment[-3:-2].isdigit())


def split_sentences(line: str, boundary: re.Pattern) -> list[str]:
    """``boundary.split(line)``, with a date opener (``През март 2019 г.``) kept with its sentence.

    >>> split_sentences("През март 2019 г. Общината стартира проекта. Той приключи.", re.compile(r"(?<=[.])\\s+"))
    ['През март 2019 г. Общината стартира проекта.', 'Той приключи.']
    """
    parts = boundary.split(line)
    if len(parts) == 1 or "г." not in line:
        return parts
    merged: list[str] = []
    carry = ""
    for part in parts:
        if carry:
            part = f"{carry} {part}"
            carry = ""
        if _date_opener(part):
            carry = part
        else:
            merged.append(part)
    if carry:
        merged.append(carry)
    return merged


def sentence_starts(line: str, boundary: re.Pattern) -> list[int]:
    """Where each sentence after the first starts (``boundary``'s match ends), skipping the
    boundary after a date opener."""
    starts, previous = [], 0
    for match in boundary.finditer(line):
        if _date_opener(line[previous:match.start()]):
            continue
        starts.append(match.end())
        previous = match.end()
    return starts
