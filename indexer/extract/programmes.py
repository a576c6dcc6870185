"""Funding programmes a practice names, as ids of ``config/programmes.tsv``, in order of first mention.

Spellings come from ``config/programmes.tsv`` (abbreviations, names after a programme word
or in quotes, regular expressions; see ``programme_spellings``), found in windows around their
trigger words.

Project codes (column ``code_prefixes``) name the programme exactly: the longest prefix wins.

The same entry on several rows (``ОПРЧР`` on the 2007-2013 and the 2014-2020 programme) makes
a mention ambiguous. It is resolved by, in order: a code on the page; a programme period next
to the mention (``2014-2020``); a rural-development measure (``мярка 321`` → 2007-2013,
``подмярка 7.2`` → 2014-2020); ``Оперативна програма`` (never a 2021-2027 name); the
median dated year on the page (a project runs after its programme period starts).

A row with ``same_as`` is matched by its own spellings but reported as the row it points to.
The team's gold records use the shared taxonomy's ids for PHARE (cross-border included), the
EEA and Norway grants, the recovery plan, LEADER/CLLD and foreign donors, so the finer rows
``phare-cbc``, ``eea-fm``, ``norway-fm``, ``nrrp``, ``leader``, ``undp``, ``usaid`` and ``osi`` carry
the spellings and are reported as ``phare``, ``eea-norway``, ``rrp``, ``clld`` and
``foreign-donor``; emptying their ``same_as`` cells makes the finer ids the facet values, with
no code change. ``BGLD-`` codes (the local development programme both mechanisms fund) sit on
``norway-fm``.

>>> [f.value for f in extract_programmes('Финансиране: Оперативна програма "Административен капацитет 2007-2013"')]
['opac']
"""
from __future__ import annotations

import re

from indexer.extract.anchored import aligned, any_of, finditer_anchored
from indexer.extract.asides import UNRELATED, recap_aside, sentence_starts, shifted_aside
from indexer.extract.background import background_spans
from indexer.extract.date_mentions import find_mentions
from indexer.extract.fact import Fact
from indexer.extract.programme_spellings import (Programme, find_spellings, load_programmes, required_words,
                                                 spelling_index)

__all__ = ["Programme", "extract_programmes", "load_programmes"]

_MAX_SOURCE = 300
# Same-length replacements, so positions in the normalised text are positions in the original.
_DASHES = "‐‑‒–—―−"
_PERIOD_NEAR = re.compile(r"((?:19|20)\d{2})\s*[-/]\s*((?:19|20)\d{2})")
_OPERATIONAL = re.compile(r"оперативна|(?<!\w)ОП(?!\w)|operational|(?<!\w)OP(?!\w)", re.IGNORECASE)
# Rural development measures: three digits in 2007-2013 (321), "7.2"-style in 2014-2020.
_MEASURE_HINTS = ((re.compile(r"(?<!под)мярка\s+\d{3}\b|measure\s+\d{3}\b", re.I), 2007),
                  (re.compile(r"подмярка\s+\d{1,2}\.\d|(?<!под)мярка\s+\d{1,2}(?:\.\d+)?(?![\d.])|"
                              r"sub-?measure\s+\d{1,2}\.\d", re.I), 2014))
# A code begins with BG, ROBG, BSB or DTP after no letter or digit. Written to begin with its first
# letter, the lookbehind checked after it (re skips to the next B, R or D in C instead of trying a
# leading lookbehind at every character): the matches of
# ``(?<![A-Za-z0-9])(?:BG|ROBG|BSB|DTP)[-A-Z0-9]{2,}``.
_CODE = re.compile(r"[BRD](?<![A-Za-z0-9][BRD])(?:(?<=B)(?:G|SB)|(?<=R)OBG|(?<=D)TP)[-A-Z0-9]{2,}")
# A full stop ends a sentence only before what can open one: abbreviations ("с. Реброво",
# "2014 г. проект", "2,1 млн. лв.") are followed by lower case. A semicolon always ends a clause.
# (Written to begin with the whitespace, which re finds fast, rather than with a lookbehind
# alternation tried at every character; the matches are those of
# ``(?<=[.!?])\s+(?![a-zа-я])|(?<=;)\s+``.)
_SENTENCE_END = re.compile(r"\s(?<=[.!?;]\s)(?:(?<=;\s)|(?!\s*[a-zа-я]))\s*")
_TITLE_BEFORE = re.compile(r"(?:\bос|ос\s+[IVX\d]+|проект\w*|мярка|подмярка|подпрограма|процедур\w*|направление|"
                           r"axis|project|measure|sub-?programme)\s*[IVX\d.]*\s*[\"„“«']\s*$", re.IGNORECASE)
_CO_FINANCING = re.compile(r"съфинансира\w*|co-?financ\w*", re.IGNORECASE)
# The municipal budget as the second of two funders after one preposition ("беше платен от Програма „…“ и
# общинския бюджет"): the spelling ``_AND_THE_BUDGET`` names it only after "и"; it counts when a payment word
# and its preposition open the clause, not where the budget is what was adopted or discussed ("прие отчета и
# общинския бюджет").
_AND_THE_BUDGET = r"re:(?<=\sи\s)общинския\s+бюджет(?!\w)"
_PAID_BY_BEFORE = re.compile(r"(?<!\w)(?:плат(?:ен|ена|ено|ени)|финансиран\w*|покрит\w*|осигурен\w*|изпълнен\w*|"
                             r"реализиран\w*|средства)\s+(?:изцяло\s+|съвместно\s+)?(?:от|със|с|чрез|по)\s",
                             re.IGNORECASE)
# A vehicle given by a company ("Бусът е купен през 2016 г. с дарение от фирма", "микробусът е дарение от
# местна фирма") is equipment the practice uses, not the money that runs it.
_DONATED_VEHICLE = re.compile(r"(?<!\w)(?:микро)?(?:бус|автобус|автомобил|линейк|van|minibus|bus|vehicle|ambulance)\w*"
                              r"\s+(?:\S+\s+){0,6}?$", re.IGNORECASE)
# A ministry named as the managing authority of an EU programme hands out that programme's
# money, not the state budget's.
_MANAGING = re.compile(r"управляващ\w*\s+орган|междинн\w*\s+звено|managing\s+authorit|intermediate\s+body",
                       re.IGNORECASE)
# The municipality helping others apply ("помогна на младите фермери да кандидатстват по ПРСР",
# "helps farmers apply to the RDP"): the programme funds them, not the practice.
_HELPING_APPLY = re.compile(r"(?:помог\w*|помага\w*|подпомог\w*|подпомага\w*|съдейства\w*|help\w*|assist\w*)"
                            r"\s+(?:\S+\s+){0,4}?(?:да\s+кандидатства\w*|(?:to\s+)?apply(?:ing)?)\s+"
                            r"(?:\S+\s+){0,2}?$", re.IGNORECASE)
# "ще", "will", and a plan ("plans to run the service with its own funds", "смята да го поддържа")
_FUTURE_BEFORE = re.compile(r"(?<!\w)(?:ще|will|(?:plans?|planning|intends?|intending)\s+to|"
                            r"(?:планира|смята|възнамерява)\s+да)(?!\w)", re.IGNORECASE)
# ... unless the clause names the municipality's share of the project ("5% от нея ще бъдат
# осигурени от общинския бюджет"), which it pays while the project runs, not after it.
# ("а 3 080 евро ще бъдат осигурени от общинския бюджет": a sum of the project's money is a share too)
_SHARE_BEFORE = re.compile(r"\d\s*(?:%|процента|per\s*cent)|съфинансиране|собствен\w*\s+(?:принос|участие)|"
                           r"останал\w*|от\s+които|\d\s*(?:лв|лева|евро|BGN|EUR|€)(?!\w)|"
                           r"co-?financ\w*|own\s+contribution|the\s+rest|remaining|of\s+which", re.IGNORECASE)
# A standing scheme's yearly money ("Средствата ще се осигуряват ежегодно от собствените приходи на
# общината", "will be paid every year from the municipal budget") funds the scheme itself: kept unless a
# programme paid for the project, where it is the result's upkeep.
_YEARLY = re.compile(r"(?<!\w)(?:ежегодно|всяка\s+година|годишно|every\s+year|each\s+year|annually|yearly)(?!\w)",
                     re.IGNORECASE)
_AFTER_THE_PROJECT = re.compile(r"след\s+(?:края|приключването|изтичането)|(?:after|once)\s+the\s+project|"
                                r"поддръжка|издръжка|upkeep|maintenance|running\s+costs", re.IGNORECASE)
# The state or the municipality paying for the service once the project is over ("От 1 септември
# центърът продължава работа като делегирана от държавата дейност, финансирана от държавния
# бюджет", "after the project ended the centre has been run from the municipal budget") pays
# its upkeep, not the project.
# ("От 1 януари Общината продължава услугата за 60 души със средства от общинския бюджет": the service
# carried on once the project's money ended)
_CONTINUED_AFTER = re.compile(r"продължава\w*\s+(?:\S+\s+){0,2}?(?:работа|да\s+работи|да\s+функционира|дейност\w*|"
                              r"като\s+делегиран\w*|услуга\w*|предоставян\w*)|"
                              r"след\s+(?:края|приключването|изтичането)\s+на\s+(?:проекта|финансирането)|"
                              r"(?:after|once)\s+the\s+project\s+(?:ended|finished|closed|was\s+completed)|"
                              r"continues?\s+(?:to\s+(?:run|operate|work)|as\s+a)", re.IGNORECASE)
# The upkeep of the result paid from a budget ("Модулът работи и днес, поддръжката се плаща от общинския
# бюджет"): the budget's money when nothing else funded the practice, the result's upkeep when a
# programme paid for the project (see ``extract_programmes``).
_UPKEEP = re.compile(r"(?<!\w)(?:делегиран\w*\s+(?:от\s+)?държав\w*|state-delegated|"
                     # "since then the centre has been kept running with funding from …", "Оттогава … се издържа"
                     r"(?:been|is|was|are|were)\s+kept\s+(?:running|open|going)|"
                     r"оттогава\s+(?:\S+\s+){0,2}?(?:се\s+)?(?:поддържа|издържа)\w*|"
                     # "от 2024 г. трапезарията продължава с общински средства": carried on with that money
                     r"продължава\w*\s*$|(?:continues?|continued|carries\s+on|carried\s+on)\s+(?:with|on)\s+(?:\S+\s+){0,2}?$)|"
                     r"(?:поддръжка|издръжка|експлоатация)\w*\s+(?:\S+\s+){0,4}?(?:се\s+)?"
                     r"(?:плаща|поема|осигурява|финансира|покрива|заплаща)\w*\s+(?:\S+\s+){0,2}?$|"
                     r"(?:maintenance|upkeep|running\s+costs?)\s+(?:\S+\s+){0,4}?(?:is|are)\s+"
                     r"(?:paid|covered|funded|financed|met)\s+(?:\S+\s+){0,2}?$", re.IGNORECASE)
# The same, anywhere in the budget's sentence: the result kept going ("поддръжка", "устойчивост",
# "maintain") or paid for once the project is over ("след края на проекта", "when the project ended")
# ("устойчивостта" of the result, not the recovery plan's name; "sustainability", not "sustainable mobility")
# — unless the sentence names a share of the project ("10% съфинансиране").
_UPKEEP_SENTENCE = re.compile(r"(?<!\w)(?:поддръжка\w*|издръжка\w*|(?<!възстановяване\sи\s)устойчивост(?:та)?|sustainability|maintain\w*|maintenance|"
                              r"upkeep|след\s+(?:края|приключването|изтичането)(?:\s+на\s+(?:проекта|финансирането|договора))?(?!\s+на\s)|"
                              r"(?:after|once|when)\s+(?:the\s+)?(?:project|eu\s+funding|funding|grant)\s+"
                              r"(?:ended|finished|closed|was\s+over|expired|ran\s+out))(?!\w)", re.IGNORECASE)
_SHARE_IN_SENTENCE = re.compile(r"\d\s*(?:%|процента)|съфинансир\w*|собствен\w*\s+(?:принос|участие)|co-?financ\w*|"
                                r"own\s+contribution", re.IGNORECASE)
# The municipal budget as what a practice shows or debates ("residents could see the municipal
# budget only as a scanned decision"), not as who pays.
_BUDGET_AS_OBJECT = re.compile(r"(?<!\w)(?:see|saw|seen|view|views|viewed|read|reads|publish\w*|show\w*|explain\w*|"
                               r"adopt\w*|draft\w*|discuss\w*|debat\w*|understand|follow|track|browse)\s+"
                               r"(?:the\s+|its\s+|a\s+)?$|"
                               # the budget receiving, not paying: "наемите, важен приход за малкия общински
                               # бюджет", "rents, a welcome revenue for the municipal budget"
                               r"(?<!\w)(?:приход\w*|постъплени\w*|revenues?|income)\s+(?:за|в|на|to|for|of|into)\s+"
                               r"(?:the\s+|its\s+)?(?:[^\W\d_]+\s+)?$", re.IGNORECASE)
_OTHER_PROJECTS = re.compile(r"(?<!\w)(?:вече\s+(?:е\s+|са\s+)?(?:изпълни|реализира|осъществи)\w*|в\s+миналото|"
                             r"преди\s+това|по-рано|припомня\w*|има\s+опит|already\s+(?:has|carried|implemented)|"
                             r"in\s+the\s+past|previously|has\s+experience|"
                             # what the municipality already runs was paid for before this project
                             r"already\s+(?:runs|operates|owns|uses)|вече\s+(?:разполага|експлоатира|стопанисва)|"
                             # a dated deed told as done already: "През 2016 г. общината вече санира …"
                             r"(?:през|в)\s+(?:19|20)\d\d\s*(?:г\.|година)?\s*,?\s+(?:\S+\s+){0,2}?вече|"
                             r"in\s+(?:19|20)\d\d\s*,?\s+(?:\S+\s+){0,3}?already|"
                             # a pilot that came before the project and ended
                             r"pilot\s+(?:phase|stage|project)[^.;]{0,80}?\b(?:ended|finished|closed)|"
                             r"пилотн\w+\s+(?:фаза|етап|проект)[^.;]{0,80}?(?:приключи|завърши)|"
                             # what the municipality hopes or plans to do next is not this project's money
                             r"(?:hope|hopes|hoping|plan|plans|planning|intend|intends)\s+to\s+(?:continue|apply|follow)|"
                             r"надява\w*\s+(?:\S+\s+){0,3}?да\s+(?:продълж|кандидатств)\w*|"
                             r"(?:смята|възнамерява|планира|обмисля|мисли)\s+да\s+(?:го\s+|я\s+|ги\s+)?(?:внесе|подаде|кандидатства)\w*|"
                             # a bid only considered: "обмисля да кандидатства", "is considering applying"
                             r"(?:consider|considers|considering|weighing)\s+(?:an?\s+)?(?:applying|application|bid|submitting)|"
                             r"(?:intends?|intending|plans?|planning|wants?|wanting|hopes?)\s+to\s+(?:submit|bid|apply)|"
                             r"следващ(?:ия|ият|ото|ата)?\s+(?:\S+\s+)?проект\w*|the\s+next\s+(?:\S+\s+)?project|"
                             # an application also made elsewhere, another project also run, next year's bid
                             r"кандидатства\w*\s+и\s+по|(?:изпълнява|реализира|осъществява)\w*\s+и\s+(?:друг\w*\s+)?проект\w*|"
                             r"(?:has|have|had)\s+also\s+(?:applied|bid|submitted)|also\s+(?:applied|bid)\s+(?:for|under|to)|"
                             r"(?:догодина|следващата\s+година|next\s+year)[^.;]{0,60}?(?:кандидатств\w*|внесе|"
                             r"проект(?![^\W\d_])|apply|submit|bid)|"
                             r"(?:кандидатств\w*|внесе|apply|submit)[^.;]{0,60}?(?:догодина|следващата\s+година|next\s+year)|"
                             # a project told apart from this one: "отделен проект", "друго проектно
                             # предложение", "подобен проект", "още един проект", "a second building",
                             # "той не е част от програмата", "няма връзка с центъра"
                             r"(?<!няма\s)(?<!без\s)(?<!не\sе\s)отдел(?:ен|но|на|ни)\s+(?:\S+\s+)?(?:проект|предложени)\w*|"
                             r"друг(?:и|ия|ият|о|а)?,?\s+(?:\S+\s+){0,4}?(?:проект|начинани|предложени)\w*|"
                             r"(?:подобен|още\s+един)\s+проект\w*|предстои\s+подготовка\s+на\s+(?:нов\s+)?проект\w*|"
                             r"подготв\w*\s+(?:и\s+)?(?:втори|следващ\w*)\s+(?:етап|проект\w*)|"
                             r"(?:за|на)\s+втор(?:и|а|о)\s+(?!(?:етап|фаза|път|годин|кръг|място|ден|степен|приоритет)\w*)\w+|"
                             + UNRELATED + r"|"
                             r"вече\s+(?:е\s+|са\s+)?кандидатства\w*\s+[^.;]{0,100}?\sи\s+за|"
                             r"a\s+second\s+(?:building|project|proposal|bid|site)|a\s+separate\s+(?:project|proposal|bid)|"
                             # the practice's own offspring: "the youth council prepared four small projects of its
                             # own; two were funded by the municipality" (their money, not the practice's)
                             r"(?:projects?|initiatives?)\s+of\s+(?:its|their)\s+own|"
                             r"(?<!със\s)(?<!с\s)свои(?:те)?\s+(?:собствени\s+)?(?:малки\s+)?(?:проект|инициатив)\w*|"
                             r"another\s+(?:proposal|bid|application)|is\s+not\s+part\s+of|"
                             # one of the town's own institutions bidding on its own ("Едно от читалищата в общината
                             # подаде проектно предложение …", "One of the schools applied to …")
                             r"(?:едно|една|един)\s+от\s+(?:\S+\s+)?(?:читалищата|училищата|кметствата|сдруженията|"
                             r"детските\s+градини|клубовете|организациите)[^.;]{0,60}?(?:подаде|внесе|кандидатства|спечели)|"
                             r"one\s+of\s+the\s+(?:\S+\s+)?(?:community\s+centres|chitalishtes|schools|associations|"
                             r"kindergartens|clubs|villages)[^.;]{0,60}?(?:applied|submitted|won)|"
                             # earlier projects counted before this one: "след два по ПРСР", "after two under …"
                             r"след\s+(?:два|три|четири|пет|няколко|\d+)\s+(?:други\s+)?(?:проекта\s+)?по|"
                             r"after\s+(?:two|three|four|five|several|\d+)\s+(?:other\s+|earlier\s+)?(?:projects\s+)?under|"
                             r"as\s+a\s+reminder|"
                             # an earlier stage of the work, finished in a named year ("Етап I на реконструкцията
                             # беше завършен през 2019 г. със средства от …", "Phase 1 was completed in 2018 with …")
                             r"(?:етап|фаза)\s+(?:I|1|първи)(?![\w.])[^.;]{0,80}?(?:завършен|приключен|изпълнен|завърши|приключи)\w*"
                             r"\s+(?:\S+\s+)?(?:през|в)\s+(?:19|20)\d\d|"
                             r"(?:първи(?:ят|я)|първата)\s+(?:етап|фаза)[^.;]{0,80}?(?:завършен|приключен|изпълнен|завърши|приключи)\w*"
                             r"\s+(?:\S+\s+)?(?:през|в)\s+(?:19|20)\d\d|"
                             r"(?:(?:phase|stage)\s+(?:I|1|one)|the\s+first\s+(?:phase|stage))(?![\w.])[^.;]{0,80}?"
                             r"(?:completed|finished)\s+(?:\S+\s+)?in\s+(?:19|20)\d\d|"
                             # an event the practice took part in, funded by its organiser's programme ("In 2022 the
                             # council took part in an Erasmus+ youth exchange with …"; "участва в младежки обмен по …")
                             r"(?:took|takes|take|taking)\s+part\s+in\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,3}?"
                             r"(?:exchange|conference|forum|fair|festival|seminar|camp)s?|"
                             r"участва(?:ха|ше|л|ла|ли)?\s+в\s+(?:\S+\s+){0,3}?(?:обмен|конференци|форум|фестивал|семинар|лагер|панаир|"
                             r"изложени)\w*|"
                             # a further undertaking named in passing, for which a bid is being prepared
                             # ("… къща, за която общината подготвя проектно предложение по …")
                             r"за\s+(?:който|която|което|които)\s+(?:\S+\s+){0,3}?(?:подготвя|готви|разработва)\w*\s+"
                             r"(?:\S+\s+)?(?:проект|предложени|кандидатур)\w*|"
                             r"for\s+which\s+(?:\S+\s+){0,3}?(?:is|are)\s+(?:now\s+)?(?:preparing|drafting)|"
                             # a follow-up bid the results encouraged; another application still awaited
                             r"(?:encouraged|inspired|spurred)\s+by\s+(?:the\s+|its\s+|this\s+)?(?:results?|success)|"
                             r"(?:окуражен|насърчен|вдъхновен)\w*\s+от\s+(?:\S+\s+)?(?:резултат|успех)\w*|"
                             r"(?:is|are)\s+also\s+(?:waiting|awaiting)|също\s+(?:чака|очаква)|"
                             # a building renovated back under an older programme ("обновена още по ОПРР")
                             r"(?:обновен|ремонтиран|саниран|изграден|построен|реконструиран)\w*\s+още\s+"
                             r"(?:по|през|с|със|в)|"
                             r"(?:renovated|refurbished|rebuilt|built)\s+back\s+(?:in|under)|"
                             r"already\s+(?:switched|built|rebuilt|renovated|bought|purchased|installed|replaced|introduced|"
                             r"upgraded|refurbished))(?!\w)",
                             re.IGNORECASE)
# One of these words is in every match of _OTHER_PROJECTS: re tries its case-insensitive alternation at
# every character, a trie of the words over the lower-cased sentences is ~6x faster and rejects most.
_OTHER_PROJECTS_WORDS = required_words(_OTHER_PROJECTS)
_OTHER_PROJECTS_HINT = any_of(_OTHER_PROJECTS_WORDS)
# A sentence that turns to another, earlier project ("Това не е първият парк, който общината
# обновява."): the rest of its paragraph is about that project.
_ASIDE = re.compile(r"(?<!\w)(?:не\s+е\s+(?:първ|единствен|нов)\w*|не\s+за\s+първ\w*\s+път|предишн\w+|предходн\w+\s+(?:\S+\s+)?(?:проект|програм)\w*|"
                    r"not\s+(?:the\s+)?(?:[^\W\d_]+(?:'s|’s)\s+)?(?:first|only)|not\s+for\s+the\s+first\s+time|another\s+project|"
                    r"(?:previous|preceding|earlier)\s+project)(?!\w)", re.IGNORECASE)
_ASIDE_HINTS = ("първ", "единствен", "не е нов", "предишн", "предходн", "not ", "another", "previous",
                 "preceding", "earlier")  # cheap pre-test of _ASIDE
# A sentence that opens with a year three or more years before the page's ("През 2019 г. общината
# санира детската градина по ОПРР", "In 2016 the town rebuilt …") tells an earlier deed, unless it
# names the page's own project ("През 2019 г. проектът беше одобрен").
# A span of years counts by its last one: "В периода 2016 – 2018 г. общината изпълни проект по …".
_DATED_OPENER = re.compile(r"\s*(?:(?:През|В|In|During)\s+(?:периода\s+(?:от\s+)?|the\s+period\s+)?|Между\s+|Between\s+)"
                           r"((?:19|20)\d\d)(?:\s*(?:-|–|и|до|and|to)\s*((?:19|20)\d\d))?"
                           r"\s*(?:г\.|година|год\.)?\s*,?\s+(?!г\.)", re.IGNORECASE)
# The same told in a relative clause about something the project builds on ("… сметище, което общината
# изпълни в периода 2019–2020 г. по ОП …", "… a square, which the town completed in 2016 under …").
_DATED_RELATIVE = re.compile(r"(?<!\w)(?:който|която|което|които|which|that)\s+(?:\S+\s+){0,2}?"
                             r"(?:изпълни|реализира|осъществи|завърши|приключи|ремонтира|изгради|построи|обнови|санира|закри|"
                             r"completed|carried\s+out|implemented|finished|built|renovated|closed)\s+"
                             r"(?:в\s+периода\s+(?:от\s+)?|през\s+|в\s+|между\s+|between\s+|in\s+(?:the\s+period\s+)?)?"
                             r"((?:19|20)\d\d)(?:\s*(?:-|–|—|и|до|and|to)\s*((?:19|20)\d\d))?(?!\d)", re.IGNORECASE)
# ... and one that opens with an earlier year and tells a work finished then ("През 2024 г. общината завърши
# ремонта на спортната зала със средства от НПВУ", "In 2023 the town completed the street …"): a deed done
# before the page's own project, even one or two years back.
# ("През 2024 г. с 180 000 лв. от общинския бюджет беше ремонтиран покривът на съседната къща", "In 2023 the
# roof was renovated with …": a passive finished deed too)
_FINISHED = re.compile(r"(?<!\w)(?:завърши|приключи|довърши|completed|finished|(?:беше|бе|бяха)\s+(?:ремонтиран|обновен|"
                       r"изграден|построен|саниран|реконструиран|подменен)\w*|(?:was|were)\s+(?:renovated|rebuilt|"
                       r"refurbished|repaired))(?!\w)", re.IGNORECASE)
# "Миналата година общината приключи обновяването на парка по ОПРР", "Last year the town finished …": the
# year before the page's, told without its number (a finished deed only, like _DATED_OPENER's one year back)
_LAST_YEAR_OPENER = re.compile(r"\s*(?:Миналата|Предната|Предишната)\s+година|\s*Last\s+year(?!\w)", re.IGNORECASE)
_ABBREVIATION_END = re.compile(r"(?<!\w)\w{1,3}\.\s*$")
# A sentence that opens by turning to something done alongside ("Паралелно общината кандидатства и …",
# "Separately, the municipality signed …") is about another project.
_ALONGSIDE_OPENER = re.compile(r"\s*(?:(?:Паралелно|Успоредно|Отделно|Separately|In\s+parallel)(?!\w)(?!\s+с\s)(?!\s+with\s)|"
                               # "Earlier, the town renovated …" (Bulgarian "По-рано" is in _OTHER_PROJECTS)
                               r"Earlier,|"
                               # "Meanwhile, the municipality is also renovating …": only with "also"/"и"
                               r"(?:Същевременно|Междувременно|Meanwhile|At\s+the\s+same\s+time)\b,?"
                               r"(?=[^.;]{0,80}?(?<!\w)(?:also|и\s+(?:проект|по|кандидатств|ремонтира|обновява|изгражда)|"
                               r"(?:ремонтира|обновява|изгражда|изпълнява|реализира|строи)\w*\s+и\s|"
                               # "Междувременно общината приключи проекта …": another project finished meanwhile
                               r"(?:приключ|завърш|довърш)\w*\s|(?:finish|complet)\w*\s)))")
# A step of the page's own project told with its year ("През 2019 г. общината кандидатства по …",
# "In 2018 the town applied to …") is not an earlier deed.
_OWN_PROJECT = re.compile(r"(?<!\w)(?:проектът|проекта|практиката|инициативата|услугата|"
                          r"кандидатств\w*|подаде|подава|спечели|одобр\w*|сключи|подписа|стартира|започна|"
                          # the funding won: "През 2023 г. общината получи финансиране по ПРР за …"
                          r"получи\s+(?:\S+\s+)?(?:финансиране|безвъзмездн\w+)|received\s+(?:\S+\s+)?(?:funding|grant)|"
                          r"the\s+(?:project|practice|initiative|service)|this\s+(?:project|practice)|"
                          r"appl(?:y|ied|ies)|submitted|won|approved|signed|started|launched)(?!\w)",
                          re.IGNORECASE)
# PHARE's cross-border programmes name the same country pairs as the Interreg ones after 2007.
_BUDGETS = frozenset({"municipal-budget", "national-budget"})
_NOT_EU = frozenset({"municipal-budget", "national-budget", "swiss", "eea-norway", "pudoos", "social-protection-fund",
                     "foreign-donor", "other"})
_INTERREG_CBC = frozenset({"interreg-robg", "interreg-grbg", "interreg-ipa"})
# The municipality's money named only to deny it ("изцяло безвъзмездна, без собствено участие на общината",
# "with no own contribution from the municipality").
_DENIED_BEFORE = re.compile(r"(?<!\w)(?:без|няма|without|no)\s+(?:any\s+|никакво\s+|каквото\s+и\s+да\s+е\s+)?$|"
                            # "Общината няма да участва със собствени средства", "will not pay from its own budget"
                            r"(?<!\w)(?:няма\s+да|не)\s+(?:(?!само\s)\S+\s+)?(?:участва|влага|вложи|дава|даде|плаща|плати|осигурява|"
                            r"осигури|доплаща|доплати|финансира)\w*\s+(?:\S+\s+)?$|"
                            r"(?<!\w)(?:will\s+not|won't|does\s+not|doesn't|did\s+not|didn't)\s+(?:contribute|pay|put\s+in|add)"
                            r"\s+(?:anything\s+|any\s+money\s+)?(?:\S+\s+)?$",
                            re.IGNORECASE)
# An abbreviation that names a device, not a programme ("ПОС терминал", "POS terminal").
_DEVICE_AFTER = re.compile(r"[\s-]*(?:терминал|устройств|terminal|device)", re.IGNORECASE)
# The rural fund (ЕЗФРСР, EAFRD) pays for the rural development programme of its period and for the
# LAGs: named alone ("1 067 761 лв. безвъзмездна помощ от ЕЗФРСР") it tells the programme by the page's
# years; beside the programme's own name or a LAG it is left out.
_FUND_ENTRIES = frozenset({"abbr:ЕЗФРСР", "abbr:EAFRD",
                           r"re:\bземеделски\s+фонд\s+за\s+развитие\s+на\s+селските\s+райони",
                           r"re:\beuropean\s+agricultural\s+fund\s+for\s+rural\s+development"})
_RURAL = frozenset({"rdp-2007", "rdp-2014", "sprd", "clld"})
_PHARE_WORD = re.compile(r"(?<!\w)(?:фар|phare)(?!\w)", re.IGNORECASE)
# The page's project told as finished ("проектът беше отчетен пред ПУДООС", "The project was completed
# in May") ...
_COMPLETED = re.compile(r"(?:проект(?:ът|а)?\s+(?:(?:беше|бе|е|вече\s+е)\s+)?(?:отчетен|приключен|завършен|"
                        r"приключи|завърши)|project\s+(?:was\s+|has\s+been\s+|had\s+been\s+)?(?:completed|closed|"
                        r"finished|finali[sz]ed|wrapped\s+up|reported\s+on)|project\s+(?:ended|closed|finished))(?!\w)",
                        re.IGNORECASE)
# ... and, after that, an application made ("През 2024 г. общината подаде проектно предложение по …
# за площадка", "The town then applied to …"): a further project, not this one's funding.
_APPLICATION = re.compile(r"(?<!\w)(?:подаде|подадоха|внесе|внесоха|депозира|кандидатства\w*|"
                          r"applied|applies|apply|submitted|lodged)(?!\w)", re.IGNORECASE)


def _codes(text: str, prefixes: dict[str, str]) -> list[tuple[int, str, str]]:
    """(position, id, code) for each project code whose prefix the taxonomy knows."""
    found = []
    # every code holds "BG", "BSB" or "DTP" (ROBG too); _CODE's lookbehind makes re try each position
    if "BG" not in text and "BSB" not in text and "DTP" not in text:
        return found
    for match in _CODE.finditer(text):
        code = match.group(0).upper()
        best = max((p for p in prefixes if code.startswith(p)), key=len, default=None)
        if best:
            found.append((match.start(), prefixes[best], code))
    return found


def _page_year(text: str) -> int | None:
    """The (lower) median year of the page's dated mentions: robust to one historical aside.

    >>> _page_year("През март 2009 г. ... Договор от 12.05.2016 г., старт 06.2016, край 05.2018.")
    2016
    """
    years = sorted(m.year for m in find_mentions(text) if m.precision >= 2)
    return years[(len(years) - 1) // 2] if years else None


def _resolve(ids: tuple[str, ...], window: str, text: str, code_ids: set[str],
             starts: dict[str, int], page_year: int | None) -> str:
    """Pick one id from programmes that share a spelling (see the module docstring)."""
    if len(ids) == 1:
        return ids[0]
    coded = [i for i in ids if i in code_ids]
    if coded:
        return coded[0]
    for first, _last in _PERIOD_NEAR.findall(window):
        exact = [i for i in ids if starts[i] == int(first)]
        if exact:
            return exact[0]
    for hint, year in _MEASURE_HINTS if all(i.startswith("rdp-") for i in ids) else ():
        if hint.search(text):
            hinted = [i for i in ids if starts[i] == year]
            if hinted:
                return hinted[0]
    if _OPERATIONAL.search(window):
        ids = tuple(i for i in ids if starts[i] < 2021) or ids
    if page_year is not None:
        started = [i for i in ids if starts[i] <= page_year - 1]
        if started:
            return max(started, key=lambda i: starts[i])
        return min(ids, key=lambda i: starts[i])
    # No date at all: the 2014-2020 programme is the most written about; else the earliest.
    return next((i for i in ids if starts[i] == 2014), ids[0])


def _not_a_funding_source(text: str, start: int, entry: str, ids: tuple[str, ...]) -> bool:
    """Mentions that look like a programme but are not the project's funding.

    A quoted name after ``Приоритетна ос``/``проект``/``мярка`` is an axis, project or measure
    title (``Приоритетна ос I „Добро управление“``); the municipal budget paying for something
    in the future (``разходите ще се поемат от общинския бюджет``) does not fund the project unless
    it is a share of it (``5% от нея ще бъдат осигурени от общинския бюджет``); national
    co-financing of an EU programme (``съфинансиране от държавния бюджет``) is part of that programme.
    """
    before = text[max(0, start - 40):start]
    before = before[before.rfind("\n") + 1:]
    if entry.startswith("name:") and text[start:start + 1].isalpha() and _TITLE_BEFORE.search(before):
        return True
    clause = _SENTENCE_END.split(before)[-1]
    if "other" in ids and "дарени" in entry and _DONATED_VEHICLE.search(_SENTENCE_END.split(before)[-1]):
        return True
    if entry == _AND_THE_BUDGET and _PAID_BY_BEFORE.search(_SENTENCE_END.split(text[max(0, start - 120):start])[-1]) is None:
        return True
    if "municipal-budget" in ids and (_BUDGET_AS_OBJECT.search(clause) or _DENIED_BEFORE.search(clause)):
        return True
    helping = text[max(0, start - 100):start]
    if ("канд" in helping or "ppl" in helping) and _HELPING_APPLY.search(_SENTENCE_END.split(helping)[-1]):
        return True
    if "national-budget" in ids and ("министерств" in entry or "ministry" in entry):
        window = text[max(0, start - 150):start + 200].lower()
        if ("управляващ" in window or "звено" in window or "managing" in window or "intermediate" in window) \
                and _MANAGING.search(window):
            return True
    if ("national-budget" in ids or "municipal-budget" in ids) and _CONTINUED_AFTER.search(
            _SENTENCE_END.split(text[max(0, start - 160):start])[-1]):
        return True  # the upkeep once the project is over
    if "municipal-budget" not in ids or _FUTURE_BEFORE.search(clause) is None:
        return False
    sentence = _SENTENCE_END.split(text[max(0, start - 120):start])[-1]
    if _yearly_future(text, start):
        return False  # a standing scheme's yearly money (see ``_YEARLY``)
    return _SHARE_BEFORE.search(sentence) is None or _AFTER_THE_PROJECT.search(sentence) is not None


def _yearly_future(text: str, start: int) -> bool:
    """The budget will pay every year, not after a project: ``ще се осигуряват ежегодно от …``.

    >>> _yearly_future("Стипендиите ще се плащат ежегодно от общинския бюджет.", 38)
    True
    """
    sentence = _SENTENCE_END.split(text[max(0, start - 120):start])[-1]
    return (_FUTURE_BEFORE.search(sentence) is not None and _YEARLY.search(sentence) is not None
            and _AFTER_THE_PROJECT.search(sentence) is None)


def _national_cofinancing(text: str, start: int, ids: tuple[str, ...]) -> bool:
    """``съфинансиране от държавния бюджет``: the state's share of a programme (see ``extract_programmes``)."""
    if "national-budget" not in ids:
        return False
    before = text[max(0, start - 40):start]
    return _CO_FINANCING.search(_SENTENCE_END.split(before[before.rfind("\n") + 1:])[-1]) is not None


def _about_other_projects(text: str, position: int, municipality: str | None = None,
                          page_year: int | None = None, cache: dict | None = None) -> bool:
    """The mention sits in a sentence (or right after one) recalling the municipality's other,
    earlier projects: "Общината вече изпълни проект по …", "It already has experience …".

    >>> _about_other_projects("Проектът е по ОПАК. Общината вече изпълни проект по ОПРР.", 45)
    True
    """
    # ``cache`` (one dict per page, the same municipality and year) keeps each line's sentences
    # and each sentence's verdict: a page's mentions often share a paragraph.
    background = cache.get("background") if cache is not None else None
    if background is None:
        background = background_spans(text)
        if cache is not None:
            cache["background"] = background
    if any(begin <= position < end for begin, end in background):
        return True
    line_start = text.rfind("\n", 0, position) + 1
    known = cache.get(line_start) if cache is not None else None
    if known is None:
        line_end = text.find("\n", position)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        known = (line, [0] + sentence_starts(line, _SENTENCE_END) + [len(line) + 1], {}, {})
        if cache is not None:
            cache[line_start] = known
    line, sentences, verdicts, shifted = known
    position -= line_start
    index = max(i for i, begin in enumerate(sentences[:-1]) if begin <= position)
    verdict = verdicts.get(index)
    if verdict is None:
        verdict = verdicts[index] = _about_other_projects_at(line, sentences, index, municipality, page_year,
                                                             shifted)
    return verdict


def _about_other_projects_at(line: str, sentences: list[int], index: int, municipality: str | None,
                             page_year: int | None, shifted: dict[int, bool]) -> bool:
    recent = line[sentences[max(0, index - 1)]:sentences[index + 1]]
    lowered = recent.lower()
    if (_OTHER_PROJECTS_HINT.search(lowered) or not aligned(recent, lowered, _OTHER_PROJECTS_WORDS)) \
            and _OTHER_PROJECTS.search(recent):
        return True
    # a recap of earlier news naming no word of this project ("Както писахме, …", "As we reported, …")
    if recap_aside(line[sentences[index]:sentences[index + 1]]):
        return True
    if page_year is not None and (opener := _DATED_OPENER.match(line, sentences[index])) is not None:
        sentence = line[sentences[index]:sentences[index + 1]]
        before = page_year - int(opener.group(2) or opener.group(1))
        if (before >= 3 or (before >= 1 and _FINISHED.search(sentence))) and _OWN_PROJECT.search(sentence) is None:
            return True
    if _LAST_YEAR_OPENER.match(line, sentences[index]) is not None:
        sentence = line[sentences[index]:sentences[index + 1]]
        if _FINISHED.search(sentence) and _OWN_PROJECT.search(sentence) is None:
            return True
    if page_year is not None and any(hint in line for hint in ("кой", "коя", "кое", "кои", "which", "that")):
        for dated in _DATED_RELATIVE.finditer(line, sentences[index], sentences[index + 1]):
            if page_year - int(dated.group(2) or dated.group(1)) >= 3:
                return True
    # the sentence may have been cut at an abbreviation ("на ул. „Св. св. Кирил …"): its real start
    first = index
    while first > 0 and _ABBREVIATION_END.search(line, max(0, sentences[first] - 8), sentences[first]):
        first -= 1
    if any(_ALONGSIDE_OPENER.match(line, sentences[i]) is not None for i in range(first, index + 1)):
        return True
    upto = line[:sentences[index + 1]]
    lower = upto.lower()
    # _ASIDE is tried only where one of its first words is (it is case-insensitive and
    # begins with a lookbehind: re would try it at every character of the paragraph)
    if any(hint in lower for hint in _ASIDE_HINTS) and next(finditer_anchored(_ASIDE, upto, lower), None) is not None:
        return True
    # an earlier sentence of the paragraph, or this one, turned to an earlier project or to
    # another municipality's (see ``asides``)
    for i in range(index + 1):
        verdict = shifted.get(i)
        if verdict is None:
            verdict = shifted[i] = shifted_aside(line[sentences[i]:sentences[i + 1]], municipality, page_year)
        if verdict:
            return True
    return False


def _sentence_at(text: str, position: int) -> str:
    """The sentence (within its line) around ``position``, trimmed for provenance."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    position -= line_start
    start = 0
    for boundary in _SENTENCE_END.finditer(line):
        if boundary.end() > position:
            return line[start:boundary.start()].strip()[:_MAX_SOURCE]
        start = boundary.end()
    return line[start:].strip()[:_MAX_SOURCE]


def extract_programmes(text: str, lang: str = "bg", municipality: str | None = None,
                       page_year: int | None = None) -> list[Fact]:
    """Programme ids named by the text, de-duplicated, in order of first mention.

    ``municipality`` (the page's label) and ``page_year`` (its publication year) let
    mentions in sentences about another municipality's or a much earlier project be left out.

    >>> [f.value for f in extract_programmes("Проект BG05M9OP001-2.004-0001 по ОПРЧР и със собствени средства.")]
    ['ophrd-2014', 'municipal-budget']
    >>> [f.value for f in extract_programmes("Община X кандидатства по ПРСР, мярка 321.")]
    ['rdp-2007']
    """
    if not text:
        return []
    published_year = page_year  # the name is reused below for the median year of the page's dates
    candidates, triggers, prefixes, starts = spelling_index()
    normal = text
    for dash in _DASHES:  # str.replace is C-fast; str.translate with a dict is not
        if dash in normal:
            normal = normal.replace(dash, "-")
    lowered = normal.lower()
    matches = find_spellings(normal, lowered, triggers)
    code_hits = _codes(text, prefixes)
    code_ids = {programme_id for _, programme_id, _ in code_hits}
    page_year: int | None = None
    page_year_known = False
    hits: list[tuple[int, str]] = []  # (position in text, id)
    upkeep: set[int] = set()  # positions of budgets paying the result's upkeep
    cofinanced: set[int] = set()  # positions of the state budget co-financing a programme
    fund_only: set[int] = set()  # positions of the rural fund named instead of its programme
    for start, end, entry in matches:
        ids = candidates[entry]
        if _not_a_funding_source(normal, start, entry, ids):
            continue
        if entry.startswith("abbr:") and _DEVICE_AFTER.match(normal, end):
            continue
        if len(ids) > 1 and not page_year_known:
            page_year, page_year_known = _page_year(text), True
        line_start = normal.rfind("\n", 0, start) + 1
        line_end = normal.find("\n", end)
        window = normal[max(line_start, start - 40):min(end + 80, len(normal) if line_end < 0 else line_end)]
        programme_id = _resolve(ids, window, text, code_ids, starts, page_year)
        if programme_id in _INTERREG_CBC and _PHARE_WORD.search(_sentence_at(normal, start)):
            continue  # "ФАР – трансгранично сътрудничество Румъния – България" is PHARE, not Interreg
        if programme_id == "national-budget" and _national_cofinancing(normal, start, ids):
            cofinanced.add(start)
        if programme_id in _BUDGETS and (_UPKEEP.search(_SENTENCE_END.split(normal[max(0, start - 160):start])[-1])
                                         or _upkeep_sentence(_sentence_at(normal, start))
                                         or _yearly_future(normal, start)):
            upkeep.add(start)
        if entry in _FUND_ENTRIES:
            fund_only.add(start)
        hits.append((start, programme_id))
    hits.extend((position, programme_id) for position, programme_id, _ in code_hits)
    hits.sort()
    # a page about its project also recalls earlier ones: their programmes are not its own
    firsts = _first_own_mentions(text, hits, municipality, published_year) or _first_mentions(hits)
    dropped = set()
    if upkeep and any(programme_id not in _BUDGETS for _, programme_id in firsts):
        # a programme paid for the project: a budget only paying its upkeep is no funder of it
        dropped |= upkeep
    if cofinanced and any(programme_id not in _NOT_EU for _, programme_id in firsts):
        # national co-financing inside an EU programme is part of that programme (not so for the
        # Swiss programme or the EEA and Norway grants: the state's share there is its own money)
        dropped |= cofinanced
    dropped |= _follow_up_applications(normal, hits, firsts, lowered)
    if fund_only and any(position not in fund_only and programme_id in _RURAL for position, programme_id in firsts):
        dropped |= fund_only  # the programme (or the LAG) is named: the fund adds nothing, and may misdate it
    if dropped:
        kept = [(position, programme_id) for position, programme_id in hits if position not in dropped]
        firsts = _first_own_mentions(text, kept, municipality, published_year) or _first_mentions(kept)
    return [Fact(programme_id, _sentence_at(text, position)) for position, programme_id in firsts]


def _completed(text: str, lowered: str) -> re.Match | None:
    """The first ``_COMPLETED`` of ``text``, tried only where "проект" or "project" begins in ``lowered``
    (``text.lower()``, of the same length)."""
    found = None
    for word in ("проект", "project"):
        position = lowered.find(word)
        while position >= 0 and (found is None or position < found.start()):
            match = _COMPLETED.match(text, position)
            if match is not None:
                found = match
                break
            position = lowered.find(word, position + 1)
    return found


def _follow_up_applications(text: str, hits: list[tuple[int, str]], firsts: list[tuple[int, str]],
                            lowered: str | None = None) -> set[int]:
    """Positions of the programme mentions in an application told after the page's project was
    finished, when a programme named before that finish paid for the project: a follow-up bid.

    >>> text = "Проектът е по ПУДООС. Проектът беше отчетен през 2023 г. През 2024 г. общината подаде предложение по ПРР."
    >>> sorted(_follow_up_applications(text, [(14, "pudoos"), (94, "prd")], [(14, "pudoos"), (94, "prd")]))
    [94]
    """
    if len({programme_id for _, programme_id in hits if programme_id not in _BUDGETS}) < 2:
        return set()  # one programme (named once or more) has no follow-up to tell apart
    if lowered is None:
        lowered = text.lower()
    completed = _completed(text, lowered) if len(lowered) == len(text) else _COMPLETED.search(text)
    if completed is None or not any(position < completed.start() and programme_id not in _BUDGETS
                                    for position, programme_id in firsts):
        return set()
    return {position for position, programme_id in hits
            if position > completed.end() and programme_id not in _BUDGETS
            and _APPLICATION.search(_sentence_at(text, position)) is not None
            and _COMPLETED.search(_sentence_at(text, position)) is None}


def _upkeep_sentence(sentence: str) -> bool:
    """The sentence pays for the result's upkeep or for after the project, and names no share of it.

    >>> _upkeep_sentence("Общината пое заплатите от бюджета си след края на проекта.")
    True
    """
    return _UPKEEP_SENTENCE.search(sentence) is not None and _SHARE_IN_SENTENCE.search(sentence) is None


def _first_mentions(hits: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The first of the (position, id) ``hits`` (in order) of each id."""
    firsts: dict[str, int] = {}
    for position, programme_id in hits:
        firsts.setdefault(programme_id, position)
    return [(position, programme_id) for programme_id, position in firsts.items()]


def _first_own_mentions(text: str, hits: list[tuple[int, str]], municipality: str | None,
                        page_year: int | None) -> list[tuple[int, str]]:
    """``_first_mentions`` of the ``hits`` that are not about other projects.

    Once an id has its first such mention, its later ones need no verdict (reading the
    paragraphs around them for asides is most of the cost).
    """
    cache: dict = {}
    firsts: dict[str, int] = {}
    for position, programme_id in hits:
        if programme_id not in firsts and not _about_other_projects(text, position, municipality, page_year, cache):
            firsts[programme_id] = position
    return [(position, programme_id) for programme_id, position in firsts.items()]


# A background section (``Предистория``, ``Background``, ``Контекст``) tells what came before the
# practice: the programmes named only there paid for earlier projects ("През 2016 г. общината вече
# санира три градини по ОПРР", "Между 2017 и 2019 г. общината изпълни проект по ОПРЧР"), as the status
# reads a completion there (see ``status._paragraphs``). When the page names no programme elsewhere,
# ``extract_programmes`` keeps them (the fallback to every mention).
