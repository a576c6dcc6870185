"""Project budget: the TOTAL value of a project, read from whatever money shape the page uses.

A page often names several amounts — the total, the grant, the co-financing, one partner's
share, the money a practice saves each year. Each amount is given a role from the words just
before it (in its line, after the previous amount), and the total wins:

* ``total``  — ``Бюджет на проекта``, ``обща(та) стойност``, ``Total budget``; then the weaker
  ``на стойност``, ``в размер на``, ``струва``;
* ``grant``  — ``безвъзмездна финансова помощ``, ``грант``, a voucher, a sum a funder gives
  (``Европейската комисия отпусна X``), ``a EUR 96,000 grant``: never the budget, even alone
  (the reading rules of every held-out gold: the total or nothing);
* ``part``   — co-financing, own contribution, a partner's share, ``от които`` / ``в т.ч.``;
* ``other``  — per-unit prices, savings, yearly income: never a budget.

Numbers are parsed by hand because no library reads the broken shapes real pages use
(``454 090, 00 лв.``, ``1 895 105. 66 лв.``, ``1,274,993.65 евро``, ``4,49 млн. лв.``).

>>> extract_budget("Бюджет на проекта: 454 090, 00 лв.").value
{'amount': 454090.0, 'currency': 'BGN', 'amount_eur': 232172.53}
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.extract.anchored import aligned, any_of, leading_literals
from indexer.extract.asides import names_other_project, names_own_municipality, names_own_project, recap_aside
from indexer.extract.background import background_spans
from indexer.extract.budget_words import word_amounts
from indexer.extract.fact import Fact

BGN_PER_EUR = 1.95583
_MAX_SOURCE = 300

_NUMBER = (r"(?<![\d.,'’])(?:\d{1,3}(?:['’]\d{3})+(?:[.,]\d{1,2})?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\s?[.,]\s?\d{1,2}(?!\d))?"
           r"|\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+(?:\s?[.,]\s?\d+)?)")
_SCALE = (r"хил(?:яди|\.|\b)|х\.|млн\.?|милиона?|млрд\.?|милиарда?|"
          r"thousand|million|mln\.?|billion|bn\b|"
          # "€1.48m", "BGN 3.1m", "€50k": the English short scale, written against the number
          r"(?<=\d)[mk](?!\w)")
_CURRENCY_AFTER = (r"лв\.?(?!\w)|лева(?!\w)|BGN\b|leva\b|lv\.?(?!\w)|евро(?!\w)|EURO?\b|euros?\b|€")
_CURRENCY_BEFORE = r"BGN|EURO?|€|лв\.?"

_MONEY = re.compile(
    # "BGN 50 thousand", "€ 25 000", "Обща стойност (лв.): 196 544,20"
    # "Обща стойност (лв.)    | 1 543 210,77": a text table's unit in the label's brackets
    rf"(?P<cur1>{_CURRENCY_BEFORE}|(?<=\()(?:евро|лева|euro)(?=\)))(?:\)[ \t]*[:|]?[ \t]*|\s?:?\s?)(?P<num1>{_NUMBER})(?:\s*(?P<scale1>{_SCALE}))?"
    # "50 000 (петдесет хиляди) лева": the amount spelled out in brackets before the unit
    rf"|(?P<num2>{_NUMBER})\s*(?:(?P<scale2>{_SCALE})\s*)?(?:\([^()\d]{{3,80}}\)\s*)?(?P<cur2>{_CURRENCY_AFTER})",
    re.IGNORECASE)

_UNIT_HINTS = ("лв", "лева", "bgn", "leva", "lv", "евро", "eur", "€")
# Where a _MONEY match can begin, in the lower-cased line: a digit (num2), a currency before
# the number (cur1), or the "(" before a bracketed unit (the match begins one further).
# (a digit only where a number begins, as _NUMBER's lookbehind wants; checked after the digit, so
# that re still skips to the next digit or currency letter in C)
_MONEY_STARTS = re.compile(r"\d(?<![\d.,'’]\d)|bgn|eur|€|лв|\((?=евро|лева|euro)")
# Characters that IGNORECASE matches with a letter of those words other than its capital
# (re._casefix: the old Cyrillic narrow "о", rounded "в"); a line holding one is scanned.
_FOLDED_APART = re.compile("[\u1c80-\u1c88]")


def _money_matches(line: str, lowered: str):
    """``_MONEY.finditer(line)``: the regex tried only where a match can begin.

    ``_MONEY`` is case-insensitive and starts with a lookbehind, so ``finditer`` tries it at
    every character of long paragraphs; the places found in ``lowered`` (``line.lower()``,
    when it lines up with ``line``) are a few dozen.
    """
    if len(lowered) != len(line) or _FOLDED_APART.search(line):
        yield from _MONEY.finditer(line)
        return
    end = 0
    for start in _MONEY_STARTS.finditer(lowered):
        position = start.start() + 1 if start.group() == "(" else start.start()
        if position < end:
            continue
        match = _MONEY.match(line, position)
        if match is not None:
            end = match.end()
            yield match
_SCALES = (("млрд", 1e9), ("милиард", 1e9), ("billion", 1e9), ("bn", 1e9),
           ("млн", 1e6), ("милион", 1e6), ("million", 1e6), ("mln", 1e6),
           ("хил", 1e3), ("х.", 1e3), ("thousand", 1e3), ("m", 1e6), ("k", 1e3))

# Where a yearly allocation is put, between its verb and the amount ("всяка година заделя в своя
# бюджет X", "each year earmarks in its budget X"): the words name the allocation's place, and a
# "бюджет" among them must not read as the project's total, which the nearer cue would be.
_IN_BUDGET = (r"(?:\s+(?:в|във|от|in|from)\s+(?:своя\s+|(?:собствения|общинския|годишния)\s+(?:си\s+)?|"
              r"its\s+(?:own\s+)?|the\s+(?:municipal\s+|annual\s+)?)?(?:проекто)?(?:бюджет\w*|budget)(?:\s+си)?"
              r"(?:\s+на\s+(?:община|общината)(?:\s+[А-Я]\w+)?)?)?")

# Role cues, searched in the words before an amount. The nearest cue decides, except that a
# weak total cue ("на стойност", "в размер на", "струва") loses to any grant/part cue in the same
# stretch and, alone, ranks below a strong one ("Бюджет", "обща стойност") on the same page.
_CUES = (
    # "Общата му стойност", "Стойността ѝ": a possessive clitic between the words
    ("total", re.compile(r"(?:стойност\w*|сума\w*)\s+(?:на\s+)?договора\s+за\s+безвъзмездна\s+(?:финансова\s+)?помощ|"
                         # "сключен договор за безвъзмездна финансова помощ на стойност X": the contract's value too
                         r"договор\w*\s+за\s+безвъзмездна\s+(?:финансова\s+)?помощ\s+(?:\S+\s+)?(?:на|със?)\s+стойност|"
                         # (first: the grant contract's value is the project's, "Стойността на договора за
                         # безвъзмездна помощ е X"; re takes the first alternative that matches at a place)
                         r"бюджет|обща(?:та)?\s+(?:(?:му|ѝ|й|им)\s+)?стойност|общ(?:ият|ия)?\s+(?:размер|бюджет)|"
                         r"стойност(?:та)?\s+(?:на\s+(?:проекта|договора|инвестицията|(?:проектното\s+)?предложението)|"
                         r"(?:му|ѝ|й|им)(?![^\W\d_]))|\bобщо\b|"
                         # the whole contract, all partners' shares: "Total grant agreement: EUR 163,920"
                         # (before "total", which would match first at the same place)
                         r"(?:total|whole|full)\s+(?:value\s+of\s+the\s+)?grant\s+(?:agreement|contract)|"

                         r"total|overall|budget|project\s+value|value\s+of\s+the\s+project|"
                         # "Инвестицията е за близо 3,2 млн. лева", "инвестицията възлиза на X"
                         r"инвестици(?:я|ята|ите)\s+(?:е|са|възлиза|възлизат)(?:\s+(?:на|за))?(?![^\W\d_])|"
                         r"(?:на|с|със)\s+стойност|в\s+размер\s+на|струва\w*|worth|valued\s+at|value|cost", re.I)),
    # "Chuprene's share of the budget", "делът на общината от бюджета": a share of the total is a part
    ("part", re.compile(r"съфинансиране|собствен\w*\s+(?:принос|участие|средства)|от\s+които|"
                        r"(?:(?<![^\W\d_])(?:дял|дела|делът)|част(?:та)?)\s+(?:\S+\s+){0,3}?от\s+(?:общия\s+)?бюджета|"
                        r"(?:share|part)\s+of\s+(?:the\s+(?:total\s+|overall\s+|project's\s+)?budget|it|this|that)(?![^\W\d_])|"
                        r"в\s+т\.\s?ч\.|в\s+това\s+число|делът|дял|партньор(?!ств)|национал\w+\s+финансиране|"
                        # one partner's budget: "Bulgarian partner budget: EUR X" (longer than "budget" alone)
                        r"partner(?:'s|’s)?\s+budget|"
                        # the price of one of the things a practice pays for is one cost, not its total: "(an
                        # interpreter's contract and a camera set bought for BGN X)", "заплатите и колата,
                        # закупена за X лв." (the thing alone, "the van, bought for X", may be all the practice is)
                        r"(?:and(?<![^\W\d_]and)|и(?<![^\W\d_]и))\s+(?:\S+\s+){0,4}?(?:bought|purchased|acquired|купен[аио]?|"
                        r"закупен(?:ата|ият|ия|ото|ите|[аио])?)\s+(?:for|за)\s*$|"
                        r"co-?financ|own\s+contribution|share|of\s+which|partner(?!ship)", re.I)),
    ("grant", re.compile(r"безвъзмезд|\bбфп\b|финансова\s+помощ|грант|субсиди|европейско(?:то)?\s+финансиране|ваучер|"
                         r"grant|subsid|funding\s+of|voucher|"
                         # the funding approved: "Одобреното финансиране е X" (what the municipality
                         # "получи" stays unknown: a small campaign's money is often all there is)
                         r"одобрено(?:то)?\s+финансиране|approved\s+funding|"
                         # the EU fund's part of a card: "ЕФРР: X", "ERDF contribution: X", "EU funding: X"
                         r"ефрр|\berdf\b|(?<![^\W\d_])есф\+?|\besf\b|езфрср|\beafrd\b|cohesion\s+fund|кохезионн\w+\s+фонд|"
                         r"\beu\s+(?:contribution|funding|co-?financing)|финансиране\s+от\s+(?:ес|европейския\s+съюз)(?![^\W\d_])|"
                         # a funder giving a sum: "Европейската комисия отпусна X", "the foundation awarded X"
                         r"(?:комисия|министерств|фонд|програм|агенци|донор|посолств|commission|ministry|fund|"
                         r"programme|agency|foundation|donor|embassy)\w*\s+(?:\S+\s+){0,3}?"
                         r"(?:отпусна|отпуска|предостави|предоставя|дари|дарява|granted|awarded|gave|donated)\w*", re.I)),
    # "от собствения бюджет на общината се заделят X": where the money comes from, not a role
    ("source", re.compile(r"(?:от|със|чрез)\s+(?:средства\s+(?:от|на)\s+)?(?:собствения\s+(?:си\s+)?|общинския\s+|своя\s+)?"
                          r"бюджет\w*(?:\s+на\s+(?:община|общината)(?:\s+[А-Я]\w+)?)?|"
                          # "from its own budget", "under the State Budget's programme": where the money
                          # comes from ("budget" alone would read as the project's total)
                          r"(?:from|out\s+of|by|under|through)\s+(?:the\s+|its\s+|their\s+|the\s+municipality(?:'s|’s)\s+)?"
                          r"(?:own|state|national|municipal|local|annual|regular)\s+budget(?:'s|’s)?|"
                          r"(?:state|national|municipal)\s+budget(?:'s|’s)?", re.I)),
    ("other", re.compile(r"(?:бюджет\w*|стойност\w*|ресурс\w*|средства\w*|размер\w*)\s+(?:по|на)\s+"
                         r"(?:програмата|процедурата|мярката|подмярката|схемата|приоритетната\s+ос|поканата)|"
                         r"programme\s+budget|budget\s+of\s+the\s+(?:programme|call)|"
                         r"бюджет(?:ът|а)?\s+на\s+(?:община|общината|града|страната)(?:\s+[А-Я]\w+)?(?:\s+за\s+\d{4}\s*г?\.?)?|"
                         r"(?:годишн|общинск|държавн|републиканск)\w*\s+бюджет\w*(?:\s+на\s+(?:община|общината)(?:\s+[А-Я]\w+)?)?(?:\s+за\s+\d{4}\s*г?\.?)?|"
                         # this year's allocation of a standing practice ("тази година за него са отпуснати X")
                         r"(?:тази|тазгодишн\w*)\s+(?:година\s+)?(?:\S+\s+){0,4}?(?:са\s+|бяха\s+|се\s+)?"
                         r"(?:отпуснат|осигурен|заделен|предвиден|отделен|отпуска|осигурява|заделя|отделя)\w*|"
                         r"this\s+year(?:'s)?\s+(?:\S+\s+){0,4}?(?:allocat|set\s+aside|earmark)\w*|"
                         # a yearly allocation named before the amount ("Всяка година общината заделя X",
                         # "всяка година в бюджета … се предвиждат X", "за 2024 г. за дейността са заложени X")
                         r"(?:(?:всяка|всеки|всяко)\s+(?:година|месец|сезон|есен|зима|пролет|лято)|ежегодно|"
                         r"за\s+(?:19|20)\d\d\s*(?:г\.|година)?)\s+(?:\S+\s+){0,6}?(?:са\s+|бяха\s+|се\s+)?"
                         r"(?:отпуска|осигурява|заделя|отделя|предвижда|залага|заложен|отпуснат|заделен|отделен|"
                         r"предвиден|изразходва|гласува)\w*" + _IN_BUDGET + "|"
                         # "Общината заделя всяка година X", "отпуска ежегодно X"
                         r"(?:отпуска|осигурява|заделя|отделя|предвижда|залага)\w*\s+(?:\S+\s+){0,2}?"
                         r"(?:всяка\s+година|ежегодно|всеки\s+месец)" + _IN_BUDGET + "|"
                         # one year's figure of a standing practice: "за 2024 г. те бяха X", "през 2023 г. сумата е X"
                         r"(?:за|през)\s+(?:19|20)\d\d\s*(?:г\.|година)?\s*,?\s+(?:те|тя|той|сумата|средствата|"
                         r"разходите|парите)\s+(?:бяха|бе|са|е|възлизат|възлизаха|възлязоха)(?![^\W\d_])|"
                         r"(?:every|each)\s+(?:year|month|season|summer|winter|autumn|spring)\s+(?:\S+\s+){0,6}?"
                         r"(?:allocat|set\s+aside|sets\s+aside|puts?\s+aside|earmark|reserv|devot|budget|spend|spent|provid)\w*" + _IN_BUDGET + "|"
                         # what was paid out so far is not the budget: "Реално изплатени суми: X", "Paid to date: X"
                         r"изплатен\w*|разплатен\w*|(?:paid|disbursed)\s+(?:out|to\s+date|so\s+far|amount)|amount\s+paid|"
                         r"verified\s+(?:costs|expenditure)|"
                         # a cap per item: "Максималната сума за едно читалище е X", "the maximum grant per school is X"
                         r"(?:максимал|минимал)\w*\s+(?:\S+\s+)?(?:сума|размер|стойност|бюджет|финансиране|помощ|грант)\w*|"
                         r"(?:maximum|minimum)\s+(?:\S+\s+)?(?:amount|sum|grant|budget|funding|award)|"
                         r"спест|икономи|годишн|месечн|на\s+месец|на\s+ден|на\s+човек|на\s+участник|"
                         r"приход|заплат|такс|цена|наем|глоба|на\s+кв|saving|save|per\s+(?:month|year|person)|"
                         r"annual|income|salary|fee|price", re.I)),
)
_CUE_BY_ROLE = dict(_CUES)


def _cue_scan(pattern: re.Pattern):
    """(pattern, its leading literals, whether case-insensitive, a trie of them) for ``_cue_matches``."""
    anchors = leading_literals(pattern)
    return (pattern, None, False, None) if anchors is None else (pattern, anchors[0], anchors[1], any_of(anchors[0]))


# each cue with a trie of the literals its matches begin with (a cue has 3 to 48 of them)
_CUE_SCANS = tuple((role, _cue_scan(pattern)) for role, pattern in _CUES)


def _cue_matches(scan, context: str, lowered: str):
    """``scan``'s pattern's ``finditer(context)``, tried only where one of its leading literals begins
    (what ``anchored.finditer_anchored`` gives, the places found in one pass of a trie rather
    than one ``str.find`` loop per literal). ``lowered`` is ``context.lower()``.

    >>> [m.group() for m in _cue_matches(_CUE_SCANS[0][1], "Обща стойност: 5 лв; бюджет", "обща стойност: 5 лв; бюджет")]
    ['Обща стойност', 'бюджет']
    """
    pattern, literals, ignorecase, trie = scan
    if literals is None or (ignorecase and not aligned(context, lowered, literals)):
        yield from pattern.finditer(context)
        return
    haystack = lowered if ignorecase else context
    end = 0
    place = trie.search(haystack)
    while place is not None:
        position = place.start()
        if position >= end:
            match = pattern.match(context, position)
            if match is not None:
                end = match.end()
                yield match
        place = trie.search(haystack, position + 1)
# The municipality (or one funder) paying for all of it: its money is the whole cost.
_WHOLLY = re.compile(r"(?<![^\W\d_])(?:изцяло|напълно|entirely|wholly|fully)(?![^\W\d_])\s+(?:\S+\s+){0,3}?"
                     r"(?:собствен|общинск|own|municipal)", re.I)
_STRONG_TOTAL = re.compile(r"бюджет|\bобщ(?:а|ата|ия|ият|о)?\b|"
                           r"договор\w*\s+за\s+безвъзмездна\s+(?:финансова\s+)?помощ\s+(?:\S+\s+)?(?:на|със?)\s+стойност|"
                           r"стойност(?:та)?\s+(?:на\s+(?:проекта|договора|инвестицията|(?:проектното\s+)?предложението)|"
                           r"(?:му|ѝ|й|им)(?![^\W\d_]))|"
                           # "Проектът е на стойност X", "The project is worth EUR X", "Grant agreement value: X"
                           r"проект(?:ът|а)?\s+(?:е|беше|бе)\s+на\s+стойност|"
                           r"project\s+(?:is|was)\s+(?:worth|valued)|grant\s+(?:agreement|contract)\s+(?:value|amount)|"
                           r"total|overall|budget|project\s+value", re.I)
_PER_PERIOD_AFTER = re.compile(r"\s*(?:годишно|месечно|на\s+(?:година|месец|ден|човек|участник|дете)|"
                               r"(?:за\s+|през\s+)?(?:всяка|всеки|всяко)\s+(?:година|месец|сезон|издание)|ежегодно|"
                               r"per\s+(?:year|month|day|person|annum|season|week)|a\s+(?:year|month|season|week)|annually|monthly|yearly|"
                               r"на\s+сезон|(?:за\s+|през\s+)?всеки\s+сезон|"
                               r"(?:every|each)\s+(?:year|month|season))\b", re.I)
# A distributive amount is a per-unit sum, not the project's total: "по 10 000 лв. за всеки
# двор", "по 5 000 лв. на училище", "EUR 2,000 per school", "BGN 500 each".
_DISTRIBUTIVE_BEFORE = re.compile(r"(?:^|[\s(])по\s+(?:(?:около|над|до|близо\s+до|максимум|минимум)\s+)?$", re.I)
_PER_UNIT_AFTER = re.compile(
    r"\s*(?:(?:за|на)\s+(?:всеки|всяка|всяко|един|една|едно)(?![^\W\d_])|"
    r"на\s+(?:глава|брой|бр\.|ученик|семейство|домакинство|жител|обект|училище|детска\s+градина|проект|"
    r"кандидат|бенефициент|кв\.?\s*м|км|сграда|двор|читалище|клуб|група|клас)(?![^\W\d_])|"
    r"(?:per|for\s+(?:each|every))\s+(?!cent\b)[^\W\d_]+|each\b|apiece\b)", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"„“(A-ZА-Я])")
# A cap is not a budget: "идеи на стойност до 15 000 лв.", "worth up to BGN 25 thousand", "a
# maximum of EUR 5,000" (the most one item may get) — unless a verb says a sum rose or fell to
# it, or "близо до" says "nearly".
_CAP_BEFORE = re.compile(r"(?:(?<![^\W\d_])до|(?<![^\W\d_])up\s+to|(?<![^\W\d_])maximum(?:\s+of)?|(?<![^\W\d_])at\s+most|"
                         r"(?<![^\W\d_])(?:not|no)\s+more\s+than|(?<![^\W\d_])максимум|(?<![^\W\d_])не\s+повече\s+от)\s*$", re.I)
_CHANGED_TO = re.compile(r"(?:увелич|нарас|намал|достиг|повиш|пониж|нараства|increas|rose|risen|grew|grown|fell|fallen|"
                         r"reach|rais|cut|reduc)\w*\s+(?:\S+\s+){0,2}$|(?<![^\W\d_])близо\s+$", re.I)
# The amount as an attribute of the project: "the BGN 2.4 million project", "a €3 million
# renovation", "a 450,000-euro investment" (English puts the sum before the noun).
_PROJECT_AFTER = re.compile(r"(?:\s*-\s*|\s+)(?:[^\W\d_]+[\s-]+)?(?:project|investment|renovation|reconstruction|"
                            r"refurbishment|upgrade|scheme)(?![^\W\d_])", re.I)
# The amount as an attribute of a grant: "a EUR 96,000 grant from the programme", "a €15,000 voucher".
_GRANT_AFTER = re.compile(r"(?:\s*-\s*|\s+)(?:[^\W\d_]+[\s-]+)?(?:grant|subsidy|voucher|award)(?![^\W\d_])", re.I)
# An amount told of another project ("A separate project for the bus station is worth …",
# "Друг проект на общината, за 300 хил. лв., …"): not this practice's budget.
_OTHER_PROJECT = re.compile(r"(?<![^\W\d_])(?:(?:a|the)\s+separate|another|a\s+second|an\s+earlier|a\s+previous|"
                            r"a\s+future|(?:друг|отделен|втори|предишен|предишния|предходен|предходния|бъдещ)"
                            r"(?:ия|ият)?)\s+(?:[^\W\d_]+\s+){0,2}?(?:project|проект)(?![^\W\d_])", re.I)
# A grant said to cover all the costs is the whole budget: "Безвъзмездната помощ е X лв. и покрива 100%
# от допустимите разходи", "a EUR X grant that covers all eligible costs".
_FULL_GRANT_AFTER = re.compile(r"[^.;]{0,40}?(?<![^\W\d_])(?:покрива|покри|покриват|covers?|covered|covering)\s+"
                               r"(?:\S+\s+){0,2}?(?:100\s*%|изцяло|всички(?:те)?\s+(?:допустими\s+)?разходи|"
                               r"all\s+(?:the\s+)?(?:eligible\s+)?costs|the\s+(?:full|whole|entire)\s+cost)", re.I)
_FULL_GRANT_BEFORE = re.compile(r"100\s*(?:%|процента|per\s*cent)|изцяло\s+безвъзмезд|"
                                r"(?:fully|entirely|wholly)\s+(?:grant-?\s*)?(?:funded|financed|covered)", re.I)
# A threshold is no budget: "всяко плащане над 5 000 лв. се публикува", "every payment over BGN 5,000".
_THRESHOLD_BEFORE = re.compile(r"(?<![^\W\d_])(?:всяк[оаи]|every|each|any|all)\s+(?:\S+\s+){0,3}?"
                               r"(?:над|above|over|exceeding|more\s+than)\s*$", re.I)
# One sum of a series told as changed ("The annual pot grew from BGN 80 000 in 2021 to BGN 150 000",
# "нарасна от 40 000 лв. през 2022 г. на 65 000 лв."): the later sum has the earlier one's role.
_CHANGED_FROM_PREVIOUS = re.compile(r"\s*(?:(?:in|през|за)\s+(?:19|20)\d\d\s*(?:г\.|година)?\s*,?\s*)?(?:to|на)\s*", re.I)
# A sum for each one named before it: "еднократната помощ за всяко новородено ще остане 1000 евро",
# "the allowance for every newborn is EUR 500" (after it: ``_PER_UNIT_AFTER``).
_PER_ITEM_BEFORE = re.compile(r"(?<![^\W\d_])(?:за|на|for|per)\s+(?:всеки|всяка|всяко|each|every)\s+(?:[^\W\d_]+\s+){1,3}?"
                              r"(?:ще\s+(?:остане|бъде|е)|остава|е|is|remains|will\s+(?:be|remain|stay))\s+$", re.I)
# A standing allocation told in the present after the paragraph says it is yearly ("Всяка година от 2022 г.
# жителите гласуват … Общинският съвет заделя за целта 50 000 лв."): one year's money, not a budget.
_PRESENT_ALLOCATION = re.compile(r"(?<![^\W\d_])(?:заделя|отделя|отпуска|предвижда|sets\s+aside|allocates|earmarks|reserves)"
                                 r"(?![^\W\d_])\s+(?:\S+\s+){0,3}?$", re.I)
_YEARLY_IN_LINE = re.compile(r"(?<![^\W\d_])(?:всяка\s+година|ежегодно|всяко\s+лято|every\s+year|each\s+year|annually)"
                             r"(?![^\W\d_])", re.I)
_EQUIVALENT = re.compile(r"\(\s*(?:или|or|равностойност\w*|equivalent\w*)?\s*(?:на\s+)?$", re.I)


@dataclass(frozen=True)
class _Amount:
    amount: float
    currency: str
    role: str | None
    source: str
    order: int


def parse_number(raw: str, scaled: bool = False) -> float | None:
    """A number as real pages write it; ``scaled`` when a word like ``млн.`` follows.

    >>> parse_number("1 895 105. 66"), parse_number("1,274,993.65"), parse_number("4,49", True)
    (1895105.66, 1274993.65, 4.49)
    """
    text = re.sub(r"['’]", "", raw.strip())  # "1'184'620,00": apostrophes group thousands
    text = re.sub(r"\s*([.,])\s*", r"\1", text)
    text = re.sub(r"\s", "", text)
    if "." in text and "," in text:
        decimal = "." if text.rfind(".") > text.rfind(",") else ","
        text = text.replace("," if decimal == "." else ".", "").replace(decimal, ".")
    else:
        sep = "." if "." in text else "," if "," in text else None
        if sep:
            head, _, tail = text.rpartition(sep)
            if text.count(sep) > 1 or (len(tail) == 3 and not scaled):
                text = text.replace(sep, "")  # thousands separators
            else:
                text = head.replace(sep, "") + "." + tail
    try:
        return float(text)
    except ValueError:
        return None


def _scale_factor(word: str | None) -> float:
    if not word:
        return 1.0
    word = word.lower()
    return next((factor for prefix, factor in _SCALES if word.startswith(prefix)), 1.0)


def _currency(word: str) -> str:
    return "EUR" if re.match(r"евро|eur|€", word, re.I) else "BGN"


# A loan or a credit line is borrowed money, not the project's budget: when one is named in the
# amount's sentence before it ("изтегли заем от ФЛАГ в размер на 2,1 млн. лв."), the amount is
# the loan unless a project-total cue stands between the two.
_LOAN = re.compile(r"(?<!\w)(?:заем\w*|кредит(?:\w*)|овърдрафт\w*|loan\w*|credit\s+line|borrow\w*)(?!\w)", re.I)
_LOAN_HINTS = ("заем", "кредит", "овърдрафт", "loan", "credit", "borrow")
_PROJECT_TOTAL = re.compile(r"(?:бюджет|стойност)\w*\s+на\s+(?:проекта|инвестицията)|обща(?:та)?\s+стойност|"
                            r"total\s+(?:budget|cost|value)|project\s+(?:budget|value)", re.I)


_LOAN_HINT = re.compile("|".join(_LOAN_HINTS))


def _is_loan(context: str, lowered: str) -> bool:
    """A loan named in the sentence before the amount (``lowered`` is ``context.lower()``)."""
    if _LOAN_HINT.search(lowered) is None:
        return False
    sentence = _SENTENCE_END.split(context)[-1]
    loans = list(_LOAN.finditer(sentence))
    if not loans:
        return False
    return _PROJECT_TOTAL.search(sentence, loans[-1].end()) is None


def _role(context: str) -> str | None:
    """The role of the amount that follows ``context``: the nearest cue in its sentence decides
    ("Предприятието наема 8 души. … с проект за 245 312 лв.": the rent cue is another sentence's)."""
    context = _SENTENCE_END.split(context)[-1]
    lowered = context.lower()
    if _is_loan(context, lowered):
        return "other"
    if ("проект" in context or "roject" in context) and _OTHER_PROJECT.search(context):
        return "other"
    best, best_key = None, (-1, 0)
    for role, scan in _CUE_SCANS:
        # tried only where a cue's first word is: each cue regex is case-insensitive, a few
        # dozen words long, and re would try all of them at every character of the context
        for match in _cue_matches(scan, context, lowered):
            # nearest = ends closest to the amount; of two ending together, the longer phrase
            key = (match.end(), match.end() - match.start())
            if key > best_key:
                best, best_key = role, key
    if best == "total" and not _STRONG_TOTAL.search(context):
        # "безвъзмездна помощ на стойност X": a weak total cue describes the grant — when both
        # sit in one sentence ("…собствени средства. Инвестицията е на стойност X" is a total)
        # (a semicolon closes the clause: "… with a grant from the foundation; the development cost was X")
        sentence = _SENTENCE_END.split(context)[-1].rsplit(";", 1)[-1]
        for role in ("part", "grant"):
            if _CUE_BY_ROLE[role].search(sentence):
                return role
        return "weak-total"  # "на стойност", "струва": a total, but below a "Бюджет:" label
    if best == "part" and _WHOLLY.search(_SENTENCE_END.split(context)[-1]):
        return "weak-total"  # "платена изцяло със собствени средства – 320 хил. лв.": the whole cost
    return best


def _capped(line: str, start: int) -> bool:
    """The amount at ``start`` is a cap ("до 15 000 лв.", "up to BGN 25 thousand")."""
    before = line[max(0, start - 40):start]
    cap = _CAP_BEFORE.search(before)
    return cap is not None and not _CHANGED_TO.search(before, 0, cap.start())


def _sentence_around(line: str, position: int) -> str:
    """The sentence of ``line`` that holds ``position`` (a full stop inside a number is no end)."""
    start = 0
    for boundary in _SENTENCE_END.finditer(line):
        if boundary.end() > position:
            return line[start:boundary.start()]
        start = boundary.end()
    return line[start:]


@dataclass(frozen=True)
class _Span:
    """Where an amount written in words lies in its line (the ``start()``/``end()`` of a match)."""
    begin: int
    finish: int

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish


def _money_hits(line: str, lowered: str):
    """(match or span, value, currency) of each amount of a line, in order: digits
    (``_MONEY``) and sums spelled out (``сто хиляди лева``, see ``budget_words``)."""
    hits = []
    for match in _money_matches(line, lowered):
        scale = match.group("scale1") or match.group("scale2")
        value = parse_number(match.group("num1") or match.group("num2"), scaled=bool(scale))
        if value is not None:
            hits.append((match, value * _scale_factor(scale), _currency(match.group("cur1") or match.group("cur2"))))
    spelled = list(word_amounts(line, lowered))
    if not spelled:
        return hits
    for start, end, value, word in spelled:
        if not any(m.start() < end and start < m.end() for m, _, _ in hits):
            hits.append((_Span(start, end), value, _currency(word)))
    return sorted(hits, key=lambda hit: hit[0].start())


def _aside(source: str, in_background: bool, municipality: str | None, page_year: int | None) -> bool:
    """An amount's sentence tells of another project: one in the background section (what came
    before the practice: "Този проект беше на стойност X и приключи през 2018 г."), another
    municipality's or an earlier one (:func:`names_other_project`: "в съседната община подобна
    система струваше X"), or a recap of earlier news."""
    if in_background:
        return True
    lower = source.lower()
    if names_own_project(source) or names_own_municipality(source, municipality, lower):
        return False  # "Общият бюджет на проекта е X, като делът на Община Кочани …": this one's
    return names_other_project(source, municipality, page_year, lower) or recap_aside(source, lower)


def _amounts(text: str, municipality: str | None = None, page_year: int | None = None) -> list[_Amount]:
    found: list[_Amount] = []
    lines = text.splitlines()
    background = background_spans(text)
    offset = 0
    for index, (line, kept) in enumerate(zip(lines, text.splitlines(keepends=True))):
        line_start, offset = offset, offset + len(kept)
        lowered = line.lower()
        if not any(unit in lowered for unit in _UNIT_HINTS):
            continue  # most lines name no money: skip the costly money regex on them
        in_background = any(begin <= line_start < end for begin, end in background)
        previous_end = 0
        previous_role: str | None = None  # the role of the line's previous sum ("skipped" when left out)
        for match, value, currency in _money_hits(line, lowered):
            context = line[max(previous_end, match.start() - 160):match.start()]
            if previous_end and _EQUIVALENT.search(context):
                previous_end = match.end()
                continue  # "300 thousand leva (or 150 thousand euro)": the same money again
            changed = previous_end and _CHANGED_FROM_PREVIOUS.fullmatch(context)
            if changed and previous_role in ("other", "skipped"):
                previous_end = match.end()
                continue  # "grew from X (a yearly pot) to Y": Y is the same kind of sum
            previous_end = match.end()
            previous_role = "skipped"
            # what follows the amount qualifies it only inside its sentence ("42 300 лв. За една
            # година отпадъците намаляха …" is no yearly sum)
            continues = _SENTENCE_END.match(line, match.end()) is None
            if continues and _PER_PERIOD_AFTER.match(line, match.end()):
                continue  # "20 000 лв. годишно": a yearly or monthly sum, never a project budget
            if ((continues and _PER_UNIT_AFTER.match(line, match.end()))
                    or _DISTRIBUTIVE_BEFORE.search(line[max(0, match.start() - 30):match.start()])
                    or _PER_ITEM_BEFORE.search(line, max(0, match.start() - 80), match.start())):
                continue  # "по 10 000 лв. за всеки двор": a sum per unit, never the project's total
            if _capped(line, match.start()) or _THRESHOLD_BEFORE.search(line, max(0, match.start() - 60), match.start()):
                continue
            source = _sentence_around(line, match.start())
            if not context.strip():  # a table: the label sits on the line above
                above = next((l for l in reversed(lines[max(0, index - 2):index]) if l.strip()), "")
                if len(above) <= 80:
                    context, source = above, f"{above.strip()} {line.strip()}"
            if value <= 0:
                continue
            role = _role(context)
            if continues and _GRANT_AFTER.match(line, match.end()):
                role = "grant"  # "a EUR 96,000 grant", "субсидия от 20 000 лв." is caught before
            if role == "grant" and ((continues and _FULL_GRANT_AFTER.match(line, match.end()))
                                    or _FULL_GRANT_BEFORE.search(_SENTENCE_END.split(context)[-1])):
                role = "weak-total"  # the grant pays for all of it
            elif role is None and continues and _PROJECT_AFTER.match(line, match.end()):
                role = "weak-total"  # "the BGN 2.4 million project"
            if role not in ("grant", "part", "other") and _aside(source, in_background, municipality, page_year):
                role = "other"  # another project's money
            if role in (None, "source"):
                sentence_before = _SENTENCE_END.split(context)[-1]
                if _YEARLY_IN_LINE.search(sentence_before) or (_PRESENT_ALLOCATION.search(sentence_before)
                                                               and _YEARLY_IN_LINE.search(line, 0, match.start())):
                    # a yearly sum ("Всяка година съветът разполага със средства …, около 8 000 лв.") or a
                    # standing scheme's allocation told in the present after its paragraph says it is yearly
                    role = "other"
            previous_role = role
            found.append(_Amount(value, currency, role, source.strip()[:_MAX_SOURCE], len(found)))
    return found


# Own funds with no other money named ("Със собствени средства – 31 500 лв. – беше създаден
# геопортал"): the municipality paid for all of it, so they are the whole cost.
_OWN_FUNDS = re.compile(r"(?<![^\W\d_])(?:със|с|with|from|out\s+of)\s+(?:its\s+|their\s+)?"
                        r"(?:собствени\s+средства|own\s+(?:funds|resources|budget))(?![^\W\d_])", re.I)
_OTHER_MONEY = re.compile(r"съфинансир|принос|участие|безвъзмезд|грант|програм|фонд|co-?financ|contribution|grant|"
                          r"programme|fund(?!s)|добав|допълн|additional|"
                          # a programme's abbreviation (ПРСР, НПВУ, ERDF), not a currency's
                          r"(?-i:(?<!\w)(?!BGN|EUR)[А-ЯA-Z]{3,}(?!\w))", re.I)


def _choose(amounts: list[_Amount]) -> _Amount | None:
    for role in ("total", "weak-total"):
        totals = [a for a in amounts if a.role == role]
        if totals:
            return totals[0]
    unknown = [a for a in amounts if a.role in (None, "source")]
    if unknown:
        return max(unknown, key=lambda a: a.amount)
    if amounts and all(a.role == "part" and _OWN_FUNDS.search(a.source) and not _OTHER_MONEY.search(a.source)
                       for a in amounts):
        return amounts[0]
    return None  # a grant, a share or a yearly sum alone: the project's total is not given


# A card that names its currency once, on a line of its own ("Валута: BGN", "Currency: EUR"), and
# its amounts bare ("Обща стойност: 612 881,40"): the currency belongs to each bare amount.
_CURRENCY_LINE = re.compile(r"^[ \t]*(?:валута|currency)[ \t]*[:|][ \t]*(bgn|eur|лв\.?|лева|евро|€)[ \t]*$",
                            re.I | re.M)
_MONEY_LABEL = (r"(?:стойност|бюджет|сума|бфп|помощ|принос|участие|финансиране|разходи|общо|субсидия|"
                r"total|value|budget|amount|cost|grant|contribution|erdf|financing|funding)")
_BARE_AMOUNT_LINE = re.compile(rf"^((?i:[^\d\n:|]{{0,60}}?{_MONEY_LABEL}[^\d\n:|]{{0,40}})[:|][ \t]*{_NUMBER})[ \t]*$",
                               re.M)


def _with_card_currency(text: str) -> str:
    """``text`` with a card's separate currency written after each bare amount.

    >>> _with_card_currency("Обща стойност: 612 881,40\\nВалута: BGN").splitlines()[0]
    'Обща стойност: 612 881,40 BGN'
    """
    lowered = text.lower()
    if "валута" not in lowered and "currency" not in lowered:
        return text
    currency = _CURRENCY_LINE.search(text)
    if currency is None:
        return text
    word = "EUR" if _currency(currency.group(1)) == "EUR" else "BGN"
    return _BARE_AMOUNT_LINE.sub(lambda m: f"{m.group(1)} {word}", text)


def extract_budget(text: str, lang: str = "bg", municipality: str | None = None,
                   page_year: int | None = None) -> Fact | None:
    """The project's total budget as ``{"amount", "currency", "amount_eur"}``, or None.

    >>> extract_budget("Общата стойност на проекта е 1,2 милиона лева, от които 200 000 лв. съфинансиране.").value
    {'amount': 1200000.0, 'currency': 'BGN', 'amount_eur': 613550.26}
    >>> extract_budget("Цената на билета е 5 лв. на човек.") is None
    True
    """
    if not text:
        return None
    chosen = _choose(_amounts(_with_card_currency(text), municipality, page_year))
    if chosen is None:
        return None
    amount = round(chosen.amount, 2)
    amount_eur = amount if chosen.currency == "EUR" else round(amount / BGN_PER_EUR, 2)
    return Fact({"amount": amount, "currency": chosen.currency, "amount_eur": amount_eur}, chosen.source)
