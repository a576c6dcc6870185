"""The words of the project lifecycle in prose: verbs, passives and nouns that state a stage.

Each stage is a list of alternatives, each with the lower-cased words every one of its
matches holds (its *hints*): most sentences hold none, and a plain substring pre-test is far
cheaper than an IGNORECASE regex over Cyrillic. The hints are built from the same table as
the regex, so a new alternative cannot forget its word.

Bulgarian states a stage in many grammatical shapes, and the tables try to cover the shape,
not a page's wording:

* aorist and perfect, active (``приключи``, ``общината изпълни проекта``, ``е изпълнила``),
  first person in quotes (``приключихме``), reflexive passive (``проектът се изпълни``);
* passive participles with the auxiliary before or after (``беше открит``, ``Създадено е по
  ОП``, ``Подменени бяха 1 140 тела``);
* nouns of the event (``закриването на проекта``, ``при откриването``, ``подписването на
  договора``, ``след края на проекта``), which take their tense from the clause around them;
* English simple past and perfect, active and passive (``completed a project``, ``was
  opened``, ``has begun``, ``is being built``).

*Weak* cues (:data:`WEAK_COMPLETED`) are results that imply the end of works (``ремонтирани
са осем улици``) or an end named only by a noun; they count only when no other cue of this
project is found.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from indexer.extract.anchored import any_of
from indexer.extract.word_anchored import Starts, word_starts


class Stage(NamedTuple):
    """One stage's cue table: the pre-test words, the regex, the same regex for lower-cased
    text (the sources hold no capital letter, so it needs no IGNORECASE, which is slow over
    Cyrillic), and where a match of it can begin (``finditer_starts(lower, starts, text)`` is
    ``lower.finditer(text)`` without trying every alternative at every word)."""
    hints: tuple[str, ...]
    pattern: re.Pattern
    lower: re.Pattern
    starts: Starts


def _stage(*alternatives: tuple[tuple[str, ...], str]) -> Stage:
    """A :class:`Stage` from its (hints, alternative) rows."""
    hints = tuple(dict.fromkeys(hint for row_hints, _ in alternatives for hint in row_hints))
    source = r"\b(?:" + "|".join(regex for _, regex in alternatives) + r")\b"
    return Stage(hints, re.compile(source, re.IGNORECASE), re.compile(source),
                 word_starts([regex for _, regex in alternatives]))


# Verbs of building works, as passive participle stems (``ремонтиран`` + а/о/и/ата ...).
_WORKS = (r"(?:изграден|построен|ремонтиран|обновен|реконструиран|саниран|рехабилитиран|създаден|оборудван|"
          r"модернизиран|благоустроен)")
_WORKS_HINTS = ("изграден", "построен", "ремонтиран", "обновен", "реконструиран", "саниран", "рехабилитиран",
                "създаден", "оборудван", "модернизиран", "благоустроен")
_FUNDER = (r"(?:(?:със\s+средства|с\s+финансиране|по\s+линия)\s+)?(?:по|от|на)\s+"
           r"(?:проект|програм|оп\b|прср|фар|опрр)\w*")
_AUX = r"(?:е|беше|бе|са|бяха)"
_PAST_AUX = r"(?:беше|бе|бяха)"

COMPLETED = _stage(
    # "the installation was commissioned in May 2019" (not "a study commissioned by the town")
    (("commissioned",), r"(?:installation|plant|system|station|facility|building|line|network|boiler|pumps?|"
                        r"panels?)\s+(?:\S+\s+){0,2}?(?:was|were|has\s+been|have\s+been)\s+commissioned(?!\s+by)|"
                        # "The EUR 146,000 project, funded by …, was commissioned in March 2023"
                        r"project,\s+(?:[^,.;]+,\s+)?(?:was|has\s+been)\s+commissioned\s+(?:in|on)\b"),
    (("посреща първите", "приема първите"), r"(?:посреща|приема)\s+(?:вече\s+)?първите\s+си\s+(?:\d+\s+)?(?:потребители|"
                                            r"посетители|деца|ученици|пациенти|клиенти|жители|читатели|гости)"),
    (("всички",), r"всички\s+(?:\S+\s+)?дейности\s+(?:\S+\s+){0,9}?(?:са|бяха)\s+(?:успешно\s+)?(?:изпълнени|приключени|"
                  r"завършени|реализирани|отчетени)"),
    (("отбеляза", "marked the end"), r"(?:отбеляза(?:ха)?|(?:беше|бе|е)\s+отбелязан)\s+(?:\S+\s+)?(?:краят|приключването|"
                                     r"завършването)\s+на\s+проекта|marked\s+the\s+(?:end|close|completion)\s+of\s+the\s+(?:\S+\s+){0,5}?project"),
    (("accepted",), r"(?:works?|building|construction|site|facility)\s+(?:\S+\s+){0,2}?(?:was|were|has\s+been|have\s+been)\s+"
                    r"(?:formally\s+|officially\s+)?accepted"),
    (("came to a",), r"came\s+to\s+a\s+(?:successful\s+|formal\s+)?close"),
    # "…, bringing the two-year project "Digital Seniors" to a close", "brought the project to an end"
    (("to a close", "to an end", "to its close", "to its end"),
     r"(?:bringing|brought|brings)\s+(?:\S+\s+){0,8}?(?:project|programme|initiative)\S*\s+(?:\S+\s+){0,5}?"
     r"to\s+(?:a|an|its)\s+(?:successful\s+|formal\s+)?(?:close|end)"),
    # the final report accepted: the project is over ("Окончателният отчет по проекта е приет")
    (("отчет", "report"), r"(?:окончателн|финалн)\w*\s+(?:технически\s+(?:и\s+финансов\s+)?|финансов\s+)?отчет\w*\s+(?:\S+\s+){0,3}?"
                          r"(?:е|беше|бе|са|бяха)\s+(?:приет|одобрен)\w*|final\s+(?:technical\s+and\s+financial\s+)?"
                          r"report\s+(?:\S+\s+){0,4}?(?:was|has\s+been|were)\s+(?:approved|accepted)"),
    (("closed",), r"(?:project|it)\s+(?:was|has\s+been)\s+(?:successfully\s+|formally\s+|officially\s+)?closed"),
    (("приключ",), r"(?:успешно\s+)?приключ(?:и|иха|ихме|ил|ила|ило|или|ен|ена|ено|ени)"),
    (("завърш",), r"(?:успешно\s+)?завърш(?:и|иха|ихме|ил|ила|ило|или|ен|ена|ено|ени)"),
    (("финализира",), r"финализира(?:н|на|но|ни|ха|хме)"),
    (("реализиран", "изпълнен", "осъществен", "отчетен"),
     r"(?:проект(?:ът)?|практиката|дейностите|проектите)\s+(?:по\s+(?:\S+\s+){0,2}?проект\w*\s+)?" + _AUX +
     r"\s+(?:успешно\s+|окончателно\s+|изцяло\s+|напълно\s+)?(?:реализиран|изпълнен|осъществен|отчетен)\w*"),
    # the final payment received: "окончателното плащане е получено", "финалното плащане беше извършено"
    (("плащане",), r"(?:окончателното|финалното)\s+плащане\s+(?:по\s+(?:\S+\s+){0,2}?)?(?:е|беше|бе)\s+"
                   r"(?:получено|извършено|преведено)"),
    # a passive with no named subject: "е изпълнен между …", "бе реализиран през 2016 г." (singular
    # only: "са реализирани 19 идеи" are a scheme's many small projects; "изпълнен с деца" is full)
    (("реализиран", "изпълнен", "осъществен", "завършен"),
     r"(?:е|беше|бе)\s+(?:вече\s+)?(?:успешно\s+)?(?:реализиран|изпълнен|осъществен|завършен)(?:а|о)?"
     r"(?!\s+(?:с|със)\s+(?!(?:подкрепа|финансов|средства|помощ|финансиране)))"),
    # a participle before the project it qualifies: "Реализираният през 2016 г. проект беше …",
    # "по изпълнения проект", "приключилата инициатива" (not "реализираният в момента": running)
    # (the short "изпълнения", "приключения" is also a plural noun: performances, adventures)
    (("изпълнен", "реализиран", "осъществен", "завършен", "приключ", "финализиран", "отчетен"),
     r"(?:(?:изпълнен|реализиран|осъществен|завършен|приключен|финализиран|приключил|завършил|отчетен)ият\s+"
     r"(?:(?!момента|понастоящем)\S+\s+){0,9}?(?:проект(?:ът|а)?|ремонт(?:ът|а)?)|"
     r"(?:изпълнен|реализиран|осъществен|завършен|приключен|финализиран|приключил|завършил)ия\s+"
     r"(?:(?:през|между|в\s+периода)\s+(?:\S+\s+){0,6}?)?(?:проект|ремонт)а?|"
     r"(?:изпълнен|реализиран|осъществен|завършен|приключен|финализиран|приключил|завършил)ата\s+"
     r"(?:(?!момента|понастоящем)\S+\s+){0,9}?(?:практика|инициатива|реконструкция)(?:та)?)"),
    # ... or after it, with its period: "Проектът, изпълнен в периода 2015 – 2016 г., …"
    (("изпълнен", "реализиран", "осъществен", "завършен", "приключил"),
     r"проект(?:ът|а)?,?\s+(?:успешно\s+)?(?:изпълнен|реализиран|осъществен|завършен|приключил)\s+"
     r"(?:в\s+периода|през|между|от\s+(?:\S+\s+)?(?:19|20)\d\d)"),
    # perfective aorist, reflexive passive: "Проектът се изпълни от април до декември 2018 г."
    (("изпълни", "осъществи"), r"се\s+(?:изпълни|осъществи)(?:ха)?"),
    # the plural passive with its period: "ремонтът и обзавеждането бяха изпълнени в периода 2005 – 2006 г."
    # (a period is needed: "са реализирани 19 идеи" are a scheme's small projects)
    (("изпълнен", "реализиран", "осъществен", "завършен"),
     r"(?:са|бяха)\s+(?:успешно\s+)?(?:изпълнени|реализирани|осъществени|завършени)\s+(?:в\s+периода|между)"),
    # a project closed: "днес беше закрит проектът", "проектът бе официално закрит", "Кметът закри проекта"
    # ("закрит" alone is also "indoor": a covered market, an indoor pool)
    (("закрит", "закри"),
     r"(?:е|беше|бе)\s+(?:официално\s+|тържествено\s+)?закрит(?:а)?\s+(?:[^\s.,;]+\s+){0,2}?(?:проект(?:ът)?|инициативата)|"
     r"(?:проект(?:ът)?|инициативата)\s+(?:[^\s.;]+\s+){0,10}?(?:е|беше|бе)\s+(?:официално\s+|тържествено\s+)?"
     r"закрит(?:а)?|закри(?:ха|хме)?\s+(?:\S+\s+){0,2}?(?:проект(?:а)?|инициативата)"),
    # aorist or perfect, active, with the project as object ("общината изпълни проекта",
    # "е реализирала проект"); a count ("изпълни 12 проекта") is the municipality's record
    (("изпълни", "осъществи", "реализира"),
     r"(?:изпълни|осъществи|изпълнил|осъществил|реализирал)(?:ха|хме|а|о|и)?\s+(?:успешно\s+)?"
     r"(?:(?:свой|своя|първи|нов|собствен|общ)\w*\s+)?проект(?:а|ът)?"),
    # a facility built or renovated under a programme: "е изграден по ОПРР", "Създадено е по ОП РЧР"
    # (the money may stand between: "Центърът е изграден с 890 хил. лв. по ОПРР")
    (_WORKS_HINTS, r"(?:" + _AUX + r"\s+" + _WORKS + r"\w*|" + _WORKS + r"\w*\s+" + _AUX + r")\s+"
     r"(?:\S+\s+){0,5}?" + _FUNDER),
    # an opening (an opened building ends its project); _opened_a_facility checks what opened
    (("открит",), r"(?:беше|бе|бяха)\s+(?:официално\s+|тържествено\s+)?открит(?:а|о|и)?|"
     # open and working: "Центърът е открит и работи" ("е открит басейн" is an outdoor pool: the verb is needed)
     r"(?:е|са)\s+открит(?:а|о|и)?\s+и\s+(?:работи|работят|функционира|функционират)|"
     r"(?:е|са)\s+(?:официално|тържествено)\s+открит(?:а|о|и)?|"
     r"(?:официално|тържествено)\s+открит(?:а|о|и)?|открит(?:а|о|и)?\s+(?:е|са|беше|бе|бяха)"),
    (("откри",), r"откри(?:ха|хме)?"),
    (("откриване",), r"(?:тържествено(?:то)?\s+|официално(?:то)?\s+)?откриване(?:то)?"),
    (("експлоатация",), r"(?:въведен|пуснат)\w*\s+в\s+(?:редовна\s+)?експлоатация|"
                        r"въвеждане(?:то)?\s+в\s+експлоатация"),
    (("ползване",), r"разрешение\s+за\s+ползване"),
    (("акт",), r"акт\s+(?:обр(?:азец)?\.?\s*)?(?:№\s*)?1[56]"),
    # a hand-over protocol or an acceptance commission ends the works: "беше приета с
    # приемо-предавателен протокол", "подписаха приемо-предавателния протокол", "обектът бе приет
    # от приемателна комисия", "the system was handed over with an acceptance protocol"
    (("се проведе", "се проведоха"), r"(?:ремонт(?:ът|ите)|строителството|работите|реконструкцията|реставрацията|"
                                    r"обучени(?:ето|ята)|дейностите|смр)\s+се\s+проведо?(?:е|оха|ха)\s+"
                                    r"(?:между|през|в\s+периода|от)"),
    (("отчетен",), r"проект(?:ът)?\s+(?:\S+\s+){1,6}?(?:беше|бе|е)\s+(?:успешно\s+|окончателно\s+)?отчетен"),
    (("приемо-предавател", "приемателн", "приет"),
     r"приемо-предавател\w*\s+протокол\w*\s+(?:\S+\s+){0,3}?(?:" + _AUX + r"\s+)?подписан\w*|"
     r"(?:подписа(?:ха)?|подписан\w*\s+(?:" + _AUX + r"\s+)?)\s*(?:\S+\s+){0,2}?приемо-предавател\w*\s+протокол|"
     r"приет(?:а|о|и)?\s+(?:с|със|чрез)\s+(?:\S+\s+)?(?:приемо-предавател|констативен|окончателен)\w*\s+протокол|"
     r"" + _AUX + r"\s+приет(?:а|о|и)?\s+(?:от|с)\s+(?:\S+\s+)?(?:приемателна|приемна|държавна\s+приемателна)\s+комисия"),
    (("acceptance", "handover", "hand-over", "hand over"),
     r"(?:acceptance|hand-?\s?over)\s+(?:protocol|certificate|report)\s+(?:\S+\s+){0,5}?(?:was|were|has\s+been)\s+signed|"
     r"signed\s+(?:the|an|a)\s+(?:final\s+)?(?:acceptance|hand-?\s?over)\s+(?:protocol|certificate)"),
    (("пусна",), r"пусна(?:т|та|то|ти|ха)?\s+в\s+(?:действие|употреба)"),
    # a hand-over ends the works: "предадени за ползване", "беше предадено на живеещите",
    # "предаде обекта на общината" (_opened_a_facility checks what was handed over)
    (("предаден", "предаде"), r"(?:" + _AUX + r"\s+)?(?:[^\s.,;]+\s+и\s+)?предаден(?:а|о|и)?\s+(?:за\s+ползване|"
                              r"в\s+(?:експлоатация|употреба)|на\s+(?:общината|живеещите|жителите|ползвателите|"
                              r"собствениците|възложителя|потребителите|учениците|децата))|"
                              r"предаде(?:ха)?\s+(?:\S+\s+){0,2}?(?:за\s+ползване|на\s+общината)"),
    # the works done, in the reflexive aorist: "работите се извършиха с бюджет от …"
    (("извърши",), r"(?:работите|ремонтът|ремонтите|строителството|дейностите)\s+(?:\S+\s+){0,3}?се\s+извърши(?:ха)?"),
    (("прие",), r"прие(?:ха)?\s+(?:\S+\s+)?обекта"),
    # a portal or a register gone public on a day: "той е публичен от 1 септември 2021 г.", "went live on"
    # ("Услугата е достъпна от 1 март" is a service in use from then: no stage)
    (("публичен от", "публична от", "публично от", "публични от", "went live", "been live"),
     r"(?:е|са|стана|станаха|беше|бе)\s+публич\w*\s+от\s+(?:\d{1,2}[.\s]+(?:\d|[^\W\d_]{3,})\w*|началото)|"
                                                 r"went\s+live|(?:has|have)\s+been\s+live\s+since"),
    # the project's term ran out: "изтече срокът на проекта"
    (("изтече",), r"изтече\s+(?:\S+\s+){0,4}?проект\w*|(?:срокът|периодът)\s+(?:\S+\s+){0,3}?проект\w*\s+изтече"),
    (("отчете", "отчетоха"), r"(?:отчете|отчетоха)\s+(?:\S+\s+){0,3}?(?:проект|изпълнението|резултатите)\w*"),
    (("приемателн",), r"(?:държавна(?:та)?\s+)?приемателна(?:та)?\s+комисия"),
    # a building in use: "читалището посрещна първите си посетители" (_opened_a_facility checks the subject)
    (("лента", "ribbon"), r"прерязаха\s+(?:\S+\s+)?лента(?:та)?|преряза\s+(?:\S+\s+)?лента(?:та)?|"
                         r"cut\s+the\s+ribbon|ribbon[- ]cutting"),
    (("посрещна", "welcomed"), r"посрещна(?:ха)?\s+(?:своите\s+)?първите(?:\s+си)?|welcomed\s+(?:its|their)\s+first"),
    (("отвори",), r"отвори(?:ха)?\s+(?:отново\s+)?(?:своите\s+)?врати(?:те)?"),
    (("opened", "inaugurat"), r"(?:was|were|has\s+been|have\s+been)\s+(?:officially\s+|formally\s+)?"
                              r"(?:opened|inaugurated)|(?:officially|formally)\s+(?:opened|inaugurated)|"
                              r"opened\s+(?:its|their)\s+doors|opened\s+(?:in|on)|inaugurated|re-?opened|"
                              # "the library opened its digital corner on 14 March" (a place opened on a day)
                              r"opened\s+(?:its|their)\s+(?:[\w-]+\s+){1,3}?(?:on|in)\s+(?:[a-z]+\s+)?\d+"),
    (("operation", "service"), r"(?:put|brought|taken)\s+into\s+(?:operation|service)"),
    (("handed",), r"(?:was|were|has\s+been|have\s+been)\s+(?:officially\s+|formally\s+)?handed\s+over"),
    # English past and perfect
    # (an agreement or a contract "was concluded" is signed: an approval)
    (("complete", "finish", "implement", "conclud", "finali", "handed"),
     r"(?<!agreement\s)(?<!contract\s)(?:was|were|has\s+been|have\s+been|had\s+been|successfully)\s+"
     r"(?:completed|finished|implemented|concluded|finali[sz]ed|handed\s+over)"),
    # "the centre was set up under a project": created by a finished project
    (("set up", "established", "created", "developed"),
                                           r"(?:was|were)\s+(?:set\s+up|established|created|developed)\s+(?:in\s+\d{4}\s+)?"
                                           r"(?:with|under|through|by)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
                                           r"(?:project|programme|program|grant)"),
    (("complete", "finish"), r"(?:project|it)\s+is\s+(?:now\s+|already\s+)?(?:completed?|finished)|"
                             r"(?:and|which)\s+is\s+now\s+(?:completed?|finished|closed)"),
    # the first users on a day end the works: "центърът прие първите 20 потребители на 2.09.2024 г."
    (("прие първите", "приеха първите", "посрещна първите", "посрещнаха първите", "welcomed its first",
      "received its first"),
     r"(?:прие(?:ха)?|посрещна(?:ха)?)\s+първите\s+(?:си\s+)?(?:\d+\s+)?(?:потребители|посетители|деца|ученици|пациенти|"
     r"клиенти|жители|семейства|зрители|читатели|гости|туристи|участници|спортисти)|"
     r"(?:welcomed|received)\s+its\s+first\s+(?:\d+\s+)?(?:users|visitors|children|"
     r"pupils|patients|clients|residents|families|spectators|audience|readers|guests)"),
    (("ended", "finished", "concluded"), r"(?:ended|finished|(?<!agreement\swas\s)(?<!contract\swas\s)concluded)\s+(?:in|on)|(?:has|have)\s+(?:ended|finished)|"
                                         r"(?:project|works?|construction|renovation|refurbishment|reconstruction)\s+"
                                         r"(?:finished|ended|concluded)"),
    (("came to an end", "drew to a close", "wrapped up"), r"came\s+to\s+an\s+end|drew\s+to\s+a\s+close|wrapped\s+up"),
    # "finished two weeks ahead of schedule", "completed on time"
    (("schedule", "on time"), r"(?:finished|completed|ended|done)\s+(?:\S+\s+){0,3}?(?:ahead\s+of|behind|on)\s+schedule|"
                              r"(?:finished|completed)\s+(?:right\s+|exactly\s+)?on\s+time"),
    # "Sliven completed a project under …", "has finished its renovation": a project as object
    (("complete", "finish", "conclud", "implement", "carried", "deliver"),
     r"(?:(?:has|have|had)\s+(?:now\s+|already\s+|successfully\s+)?|successfully\s+)?"
     r"(?:completed|finished|concluded|implemented|carried\s+out|delivered)\s+(?:its|their|the|this|a|an|our)\s+"
     r"(?:[\w-]+\s+){0,2}?(?:project|practice|initiative|renovation|reconstruction|refurbishment|construction)"),
    # the participle as an attribute: "the completed project", "Completed in 2016, the project …",
    # "the project, finished in 2019, …" (not "a completed project application": a form filled in)
    (("complet", "finish", "conclud"), r"(?:the|this|its|their|our)\s+(?:recently\s+|successfully\s+|now[\s-]+)?"
                                       r"(?:completed|finished|concluded)\s+(?:[\w-]+\s+){0,2}?project"
                                       r"(?!\s+(?:application|proposal|form))"),
    (("complet", "finish", "implement", "carried"),
     r"(?:completed|finished|implemented|carried\s+out)\s+(?:in|between|during|from|over)\s+[^,.;]{0,40},\s+"
     r"the\s+(?:[\w-]+\s+){0,2}?project|project,?\s+(?:successfully\s+)?(?:completed|finished|implemented|"
     r"carried\s+out)\s+(?:in|between|during|from|over|by|on)\s+(?:[a-z]+\s+)?(?:\d+\s+)?(?:19|20)\d\d"),
    (("ran",), r"ran\s+(?:from|between|until|till)"),
    (("carried",), r"(?:was|were)\s+carried\s+out"),
    # a closing event of the project
    (("закриване", "приключване", "финализиране"),
     r"(?:закриване(?:то)?|приключване(?:то)?|финализиране(?:то)?)\s+на\s+(?:\w+\s+){0,2}?"
     r"(?:проект|практика|инициатива)\w*"),
    (("заключителн", "финалн", "отчетн"), r"(?:заключителн|финалн|отчетн)\w+\s+(?:пресконференция|конференция|събитие|"
                                          r"среща|церемония)\s+(?:по|на)\s+(?:\w+\s+){0,2}?проект\w*"),
    (("closing", "final"), r"(?:closing|final)\s+(?:event|conference|ceremony)\s+of\s+(?:the|this)\s+project"),
    # the works ran until a day: "работите продължиха до 30.09.2020 г.", "ремонтът продължи до края на 2018 г."
    # (the aorist only: "продължава до", "ще продължи до" are still running; a day or a month and year is needed)
    (("продължи до", "продължиха до"), r"(?:работи(?:те)?|ремонт(?:ът|ите)?|строителството|дейностите|проект(?:ът)?|"
                                      r"реконструкцията|изпълнението)\s+(?:\S+\s+){0,12}?(?<!ще\s)продължи(?:ха)?\s+до\s+"
                                      r"(?:\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d|края\s+на\s+|\d{0,2}\s*[^\W\d_]{3,}\s+(?:19|20)\d\d)"),
    # reopened to visitors: "къщата беше отворена отново за посетители", "музеят бе отворен за посетители"
    (("отворен",), _PAST_AUX + r"\s+(?:отново\s+)?отворен(?:а|о|и)?\s+(?:отново\s+)?за\s+(?:посетители|посещения|"
                                r"публиката|гости)"),
    # a project that "closed at the end of June", "the project closed in 2021" (a building "closed in 2012
    # because of leaks" names no project)
    (("closed",), r"(?:project|programme|initiative)\b[^.;]{0,120}?\bclosed\s+(?:at\s+the\s+end\s+of|in|on)\b"),
    (("closed",), r"(?:has|have|had)\s+(?:now\s+|officially\s+|formally\s+)?been\s+"
                  r"(?:officially\s+|formally\s+)?closed|"
                  r"(?:project|it)\s+(?:was|is\s+now|is)\s+(?:now\s+)?(?:officially\s+|formally\s+)?closed"),
    # ready and in use: "ремонтът на моста е окончателно готов", "движението е възстановено"
    (("окончателно готов", "напълно готов", "изцяло готов"), r"(?:ремонт(?:ът)?|обект(?:ът)?|сградата|залата|мост(?:ът)?|пътят|улицата|площадът|паркът|"
                 r"реконструкцията|строителството|съоръжението|центърът|градината|площадката)\s+(?:\S+\s+){0,5}?"
                 r"(?:е|са|беше|бе)\s+(?:вече\s+)?(?:окончателно|напълно|изцяло)\s+готов\w*"),
    (("възстановено",), r"движението\s+(?:\S+\s+){0,3}?(?:е|беше|бе)\s+(?:вече\s+)?(?:напълно\s+)?възстановено"),
    # "Обновеният стадион вече е факт": a renewed or new place that exists now
    (("вече е факт", "вече са факт"),
     r"(?:обновен|ремонтиран|реконструиран|изграден|построен|реновиран|нов)(?:ият|ата|ото|ите)\s+(?:\S+\s+){0,5}?"
     r"вече\s+(?:е|са)\s+факт"),
    # the fully renewed building: "посети напълно реновираното училище"
    (("напълно", "изцяло"), r"(?:напълно|изцяло)\s+(?:реновиран|ремонтиран|обновен|санира|реконструиран|преустроен)"
                            r"\w*(?:ия|ият|ата|ото|ите)"),
    (("ribbon",), r"ribbon\s+(?:was|has\s+been)\s+cut"),
    # reopened to its public after the works: "салонът отново посрещна публика", "the trail opened to walkers"
    (("посрещна",), r"отново\s+посрещна(?:ха)?\s+(?:\S+\s+)?(?:публика|посетители|гости|читатели|ученици|деца|зрители)|"
                    r"посрещна(?:ха)?\s+отново\s+(?:\S+\s+)?(?:публика|посетители|гости|читатели|ученици|деца|зрители)"),
    (("opened to",), r"(?:was\s+|were\s+)?(?:re)?opened\s+to\s+(?:the\s+)?(?:walkers|visitors|cyclists|traffic|public|users|"
                     r"residents|tourists|pupils|readers|patients|hikers)"),
    # the final payment received, reopened and receiving guests again, a final report accepted
    (("окончателното плащане", "финалното плащане"), r"получи(?:ха)?\s+(?:\S+\s+)?(?:окончателното|финалното)\s+плащане"),
    (("отново е отворен", "вече посреща"), r"отново\s+(?:е|беше|бе)\s+отворен\w*|вече\s+посреща\s+(?:гости|посетители|"
                                           r"читатели|ученици|деца|пациенти|зрители|туристи)"),
    (("final report",), r"(?:with|after)\s+the\s+final\s+(?:\S+\s+)?report\s+(?:\S+\s+)?(?:accepted|approved)"),
    # a result line opening on the participle and its period: "Реализиран през 2016–2017 г. по Програма …"
    (("реализиран", "изпълнен", "осъществен"),
     r"^\W*(?:реализиран|изпълнен|осъществен)(?:а|о|и)?\s+(?:през|в\s+периода|между|от)\s+(?:\S+\s+){0,2}?(?:19|20)\d\d"),
    # the money spent and accounted for; a project that ran (the imperfect) over a closed period
    (("усвоени", "отчетени"), r"(?:средствата|сумата|парите|бюджетът)\s+(?:\S+\s+){0,3}?(?:са|бяха|е|беше)\s+"
                              r"(?:изцяло\s+)?усвоен\w*\s+и\s+отчетен\w*"),
    (("се изпълняваше", "се изпълняваха", "се реализираше", "се осъществяваше"),
     r"(?:проект(?:ът)?|дейностите|услугата)\s+(?:\S+\s+){0,7}?се\s+(?:изпълняваше|изпълняваха|реализираше|осъществяваше)\s+"
     r"(?:в\s+периода\s+)?(?:от|между)\s+(?:\S+\s+){0,3}?(?:до|и)\s"),
    # "The installations were connected to the grid and handed over in February", "включени към мрежата"
    (("handed over", "connected to the grid"), r"(?:was|were|have\s+been|has\s+been)\s+connected\s+to\s+the\s+(?:power\s+)?grid|"
                                               r"\band\s+handed\s+over\s+(?:in|on|to|at)\b"),
    (("присъединен", "включен"), r"(?:присъединен|включен)(?:а|о|и)?\s+към\s+(?:електро)?(?:разпределителната\s+)?мрежа"),
    # the ribbon cut in the passive ("Вчера беше прерязана лентата на новата сграда"); an event "which closed the project"
    (("прерязана",), r"(?:беше|бе|е)\s+прерязана\s+(?:\S+\s+)?лентата|лентата\s+(?:\S+\s+){0,4}?(?:беше|бе|е)\s+прерязана"),
    (("closed the project",), r"(?:which|that|and)\s+closed\s+the\s+project"),
    # accounted for after its period, the project the subject of both verbs: "Проектът се реализира от 1 април
    # 2022 г. до 31 декември 2023 г. и вече е отчетен"
    (("отчетен",), r"проект(?:ът)?\s+(?:г\.|[^.;]){0,120}?\s(?:и|а)\s+(?:вече\s+)?(?:е|беше|бе)\s+(?:вече\s+|успешно\s+|"
                   r"окончателно\s+)?отчетен"),
)

ONGOING = _stage(
    # a share of the works done: "са изпълнени около 60% от строителните работи", "the works are 40% complete"
    (("%", "процента", "percent", "per cent"),
     r"(?:са|е)\s+(?:изпълнени|завършени|реализирани|готови|извършени)\s+(?:около\s+|над\s+|близо\s+|едва\s+)?"
     r"(?<!\d)(?!100)\d{1,2}\s*(?:%\s+от|процента)|(?:is|are)\s+(?:about\s+|around\s+|over\s+|nearly\s+)?(?<!\d)(?!100)\d{1,2}\s*"
     r"(?:%|per\s*cent|percent)\s+(?:complete|done|finished)"),
    # the works named first, the share after: "Работите по моста над реката са изпълнени на около 70%"
    (("%", "процента"), r"(?:работите|ремонтът|строителството|изпълнението|реконструкцията)\s+(?:[^\s.;]+\s+){0,6}?(?:са|е)\s+"
                        r"(?:изпълнени|извършени|завършени|готови|изпълнен|извършен|завършен|готов)\w*\s+(?:на\s+)?"
                        # (the match ends on the digits: the table's closing \b cannot follow "%")
                        r"(?:около\s+|над\s+|близо\s+)?(?<!\d)(?!100)\d{1,2}(?=\s*(?:%|процента))"),
    # N of the planned M so far: "Към момента са обучени 85 от предвидените 140 служители", "so far 40 of the planned 60"
    # (without "so far" a results section may report the shortfall of a finished project)
    (("към момента", "до момента", "досега", "засега", "so far", "to date"),
     r"(?:към\s+момента|до\s+момента|досега|засега)\s+(?:[^\s.;]+\s+){0,4}?(?<!\d)\d+\s+от\s+(?:общо\s+)?"
     r"(?:предвидените|планираните|заложените)\s+\d+|"
     r"(?:so\s+far|to\s+date),?\s+(?:[^\s.;]+\s+){0,4}?(?<!\d)\d+\s+of\s+(?:the\s+)?(?:planned|expected|targeted|"
     r"foreseen)\s+\d+|(?<!\d)\d+\s+of\s+(?:the\s+)?(?:planned|expected|targeted)\s+\d+\s+(?:[^\s.;]+\s+){0,4}?"
     r"(?:so\s+far|to\s+date)"),
    # on schedule: "Ремонтът на покрива … върви по график", "the works are on schedule"
    (("върви по", "вървят по", "напредва", "on schedule", "on track"),
     r"(?:ремонт|строителств|работ|изпълнени|реконструкци|дейност|обновяван|проект)\w*\s+(?:[^.;]{0,100}?\s)?"
     r"(?:върв(?:и|ят)|напредва(?:т)?)\s+(?:по\s+(?:график|план)|(?:според|съгласно)\s+графика)|"
     # (and in reported speech: "the mayor said the works were progressing on schedule")
     r"(?:works?|construction|renovation|restoration|project|rebuilding)\s+(?:[^.;]{0,100}?\s)?(?:is|are|was|were)\s+"
     r"(?:progressing\s+|proceeding\s+|going\s+)?(?:on\s+schedule|on\s+track)"),
    # the works going on: "Work on the remaining 3 km continues under the same contract", "тече по план"
    (("continue",), r"(?:work|works|construction|renovation|rebuilding)\s+(?:on\s+(?:[^.;]{0,60}?)\s)?continues?\b(?!\s+to\s+be\s+used)"),
    (("по план", "по график"), r"(?:тече|текат)\s+(?:\S+\s+)?по\s+(?:план|график)"),
    # half done: "е изпълнено наполовина", "наполовина готов", "the works are half done" (halfway through: below)
    (("наполовина", "half done", "half complete", "half finished", "half built"),
     r"(?:изпълнен|завършен|готов|реализиран)\w*\s+наполовина|наполовина\s+(?:изпълнен|завършен|готов|реализиран)\w*|"
     r"(?:is|are)\s+(?:now\s+)?half\s+(?:done|complete|completed|finished|built)"),
    (("implementation phase", "implementation stage", "фаза на изпълнение"),
     r"(?:is|are)\s+(?:now\s+|currently\s+)?in\s+(?:its|the)\s+implementation\s+(?:phase|stage)|"
     r"(?:е|са)\s+(?:вече\s+)?(?:във|в)\s+фаза\s+на\s+изпълнение"),
    (("старт",), r"(?:даде|дадоха|даден\w*\s+(?:беше|бе|е)|(?:беше|бе|е)\s+даден)\s+(?:официален\s+|символичен\s+)?"
                 r"старт(?:ът)?\s+на"),
    (("работят", "работи"), r"(?:строители(?:те)?|работници(?:те)?|фирмата|изпълнителят|техника(?:та)?)\s+(?:вече\s+)?"
                            r"работ(?:ят|и)\s+(?:на|по)\s+(?:обекта|терена|площадката|строежа)"),
    (("разгара", "full swing"), r"в\s+разгара\s+си|in\s+full\s+swing"),
    (("изпълнение", "процес"), r"в\s+изпълнение|в\s+процес\s+на\s+(?:изпълнение|реализация|изграждане|строителство|"
                               r"ремонт|реконструкция|обновяване|приключване)|"
                               r"в\s+(?:етап|фаза)\s+на\s+(?:изпълнение|реализация)"),
    (("изпълнява", "реализира", "осъществява"),
     r"се\s+(?:изпълняват?|реализира(?:т)?|осъществява(?:т)?)|изпълнява(?:т|ме)?"),
    (("старт",), r"стартира(?:ха|хме|л|ла|ло|ли|н|на|но|ни|т)?|даде\s+(?:се\s+)?старт|(?:беше|бе)\s+даден\s+старт"),
    (("започна",), r"започна(?:ха|хме|л|ла|ло|ли|т|та|то|ти)?"),
    # a participle before the project: "стартиралият през март проект", "изпълняваният от общината
    # проект", "реализираният в момента проект"
    (("стартирал", "започнал", "изпълняван", "осъществяван", "реализиран", "изпълнен", "осъществен"),
     r"(?:(?:стартирал|започнал|изпълняван|осъществяван|реализиран)(?:ият|ия)\s+"
     r"(?:(?:в|през|от|на|по|преди|със?|миналата|миналия|тази|този)\s+(?:\S+\s+){0,5}?)?"
     r"(?:проект|ремонт)(?:ът|а)?|(?:стартирал|започнал)ото\s+(?:\S+\s+){0,5}?(?:строителство|саниране)(?:то)?|"
     r"(?:стартирал|започнал|изпълняван|осъществяван)ата\s+(?:(?:в|през|от|на|по|преди|със?)\s+(?:\S+\s+){0,5}?)?"
     r"(?:практика|инициатива|програма)(?:та)?|"
     r"(?:изпълнен|реализиран|осъществен)(?:ият|ия|ата)\s+(?:в\s+момента|понастоящем)\s+(?:\S+\s+){0,2}?"
     r"(?:проект|практика|инициатива|програма)\w*)"),
    (("приключва",), r"приключва"),  # the present: ending, not ended
    (("изпълнението",), r"изпълнението(?:\s+на\s+(?:\w+\s+){0,2}?(?:проект|договор)\w*)?\s+(?:вече\s+)?(?:продължава|тече|върви|"
                        r"напредва|е\s+в\s+ход)"),
    # imperfective only ("се ремонтира" is also the aorist; "се обновява" is also "is updated")
    (("изгражда", "строи", "строят", "се санира", "се ремонтира", "се реконструира"),
     r"се\s+(?:изгражда(?:т)?|строи|строят|санира(?:т)?|ремонтира(?:т)?|реконструира(?:т)?)"),
    # the builders on site: "Строителите влязоха на обекта в началото на юли"
    (("влязоха на", "влязоха в", "влезе на", "влезе в", "влизат на", "влизат в"), r"(?:влязоха|влезе|влизат)\s+(?:на|в)\s+(?:обекта|строителната\s+площадка|площадката)"),
    (("копка",), r"първа(?:та)?\s+копка"),
    # the opening of a construction site starts the works
    (("площадк",), r"(?:открит\w*|откри(?:ха)?|откриване(?:то)?)\s+(?:на\s+)?(?:\S+\s+){0,2}?строителн\w*\s+площадк\w*|"
                   r"строителн\w*\s+площадк\w*\s+(?:\S+\s+){0,4}?открит\w*"),
    (("началото",), r"(?:постави|поставиха|даде|дадоха)\s+(?:официално\s+)?началото"),
    (("тече", "текат"), r"(?:тече|текат)\s+(?:\S+\s+)?(?:ремонт|строителство|изпълнението|реконструкция|работи|"
                        r"дейности|рехабилитация|саниране|подмяна|подмяната|монтаж|изграждане|рекултивация|реставрация|"
                        r"обзавеждане|доставка|доставката)\w*"),
    (("извършва",), r"се\s+извършва(?:т)?\s+(?:\S+\s+){0,2}?(?:ремонт|реконструкция|строител|рехабилитация|"
                    r"саниране|смр)\w*|"
                    # the works before the verb: "Строително-монтажните работи се извършват от март"
                    r"(?:работи(?:те)?|ремонт(?:ът)?|строителството|реконструкцията|рехабилитацията|"
                    r"санирането|смр)\s+(?:(?:по|на)\s+(?:\S+\s+){0,3}?)?(?:в\s+момента\s+)?се\s+извършва(?:т)?"),
    (("откриващ", "встъпителн"), r"(?:откриващ|встъпителн)\w*\s+(?:\w+\s+)?(?:пресконференция|конференция|среща|"
                                 r"събитие)"),
    # "официалното откриване на проекта": a project is opened when it starts
    (("откриване",), r"откриване(?:то)?\s+на\s+(?:\w+\s+)?проект\w*"),
    (("работи",), r"работи(?:м|ме|т)?\s+по\s+(?:\w+\s+)?проект\w*"),
    (("в ход",), r"(?:е|са)\s+в\s+ход|в\s+ход\s+(?:е|са)"),
    (("разгара",), r"(?:е|са)\s+в\s+разгара\s+си"),
    # near its end, not ended: "на финалната права", "наближава края", "in its final phase"
    (("финалната права", "наближава", "заключителна фаза", "своя край", "края си", "final phase", "final stage",
      "nearing"),
     r"на\s+финалната\s+права|наближава\s+(?:своя\s+)?(?:края|завършването|приключването)|"
     r"(?:е|са)\s+към\s+(?:своя\s+край|края\s+си)|"
     r"(?:е|са)\s+в\s+(?:своята\s+)?заключителна(?:та)?\s+фаза|in\s+(?:its|their)\s+final\s+(?:phase|stage)|"
     r"nearing\s+(?:its\s+)?(?:completion|the\s+end)"),
    # the contractor took over the site
    (("влезе",), r"влезе(?:ха)?\s+(?:на|в)\s+обекта"),
    (("продължава",), r"(?:дейностите|работите|работата|изпълнението|ремонтът|строителството|ремонтните\s+работи)\s+"
                      r"(?:по\s+(?:\S+\s+){0,3}?)?продължава(?:т)?(?!\s+(?:\S+\s+)?(?:\d|месец|годин))|"
                      r"продължава(?:т)?\s+(?:\S+\s+)?(?:изпълнението|работите|ремонтът|строителството|дейностите)"),
    # the project's courses or services go on until a date: "Обученията по проекта продължават до юни 2026 г."
    # (not an enrolment's deadline, "записванията продължават до …")
    (("продължава",), r"(?:курсовете|обученията|заниманията|занятията|консултациите|услугите|услугата|проект(?:ът)?)\s+"
                      r"(?:[^\s.;]+\s+){0,6}?продължава(?:т)?\s+до\b"),
    (("progressing", "advanc"), r"(?:works?|construction|renovation|activities)\s+(?:\S+\s+){0,3}?(?:is|are)\s+"
                                r"(?:well\s+)?(?:progressing|advancing|advanced)"),
    (("implemented", "runs", "implementing", "running", "carrying"),
     r"(?:is|are)\s+(?:currently\s+|now\s+|still\s+)?being\s+implemented|runs\s+(?:until|till|to)|"
     r"(?:is|are|has\s+been|have\s+been)\s+(?:currently\s+|now\s+|still\s+)?(?:implementing|running|carrying\s+out)\s+"
     r"(?:a|an|the|its|their|this)\s+(?:[\w-]+\s+){0,3}?(?:project|programme|program|initiative|scheme)"),
    (("implemented", "carried", "run"), r"(?:project|it|initiative)\s+is\s+(?:currently\s+|now\s+)?"
                                        r"(?:implemented|carried\s+out|run)\s+(?:by|in|jointly|together|with)"),
    (("being",), r"(?:is|are)\s+(?:now\s+|currently\s+|still\s+)?being\s+(?:built|constructed|renovated|rehabilitated|"
                 r"refurbished|carried\s+out|delivered|upgraded)"),
    (("ongoing", "under"), r"is\s+ongoing|ongoing|under\s+way|underway|"
                           r"under\s+(?:construction|renovation|reconstruction|implementation)"),
    # "Petrich Municipality runs the project …": the present of running a project
    (("runs",), r"runs\s+(?:the|a|an|its|this)\s+(?:[\w-]+\s+){0,3}?(?:project|programme|program|initiative)"),
    (("progress",), r"(?:works?|construction|renovation|activities|project)\s+(?:is|are)\s+"
                    r"(?:now\s+|currently\s+|still\s+|already\s+)?"
                    r"in\s+progress"),
    (("работ", "ремонт", "строител", "дейност"),
     # (an adjective before the works: "Реставрационните работи вървят с пълна сила")
     r"(?:работите|ремонтът|[^\W\d_]+ите\s+работи|строителството|дейностите)\s+"
     r"(?:по\s+(?:\w+\s+){0,3}?)?(?:вече\s+|в\s+момента\s+|все\s+още\s+)?(?:текат|тече|вървят|върви|напредва(?:т)?|"
     r"са\s+в\s+ход|е\s+в\s+ход)"),
    (("текат",), r"(?:в\s+момента\s+)?текат\s+(?:\w+\s+)?работи"),
    (("продължава",), r"продължава(?:т)?\s+(?:и\s+)?(?:днес\s+|вече\s+|успешно\s+)?да\s+(?:се\s+)?(?:осигурява|работи|"
                      r"предоставя|функционира|изпълнява|прилага|обслужва|помага|доставя|действа|реализира|развива|"
                      r"предлага)\w*"),
    (("continue",), r"continues?\s+to\s+(?:run|operate|work|provide|serve|offer|deliver|"
                    r"be\s+(?:implemented|provided|run))"),
    (("started", "launched", "begun", "began", "kick", "ground", "sod"),
     r"(?:was|were|has\s+been)\s+(?:started|launched)|started|launched|(?:has|have)\s+begun|began|"
     r"kick(?:ed)?[- ]?off|ground-?breaking|broke\s+ground|first\s+sod"),
    # a campaign running from the day of the news: "От днес до края на септември мобилен кабинет ще
    # обикаля селата", "from today until 30 June" (not a call: "от днес до 15 март се приемат заявления")
    (("от днес до", "from today until", "from today to"),
     r"(?:от\s+днес\s+до|from\s+today\s+(?:until|till|to))\b"
     r"(?![^.;]*?(?:прием|заявлен|кандидат|документ|предложени|регистрац|записван|application|apply|regist|submi))"),
    # works in progress now: "В момента се обновява фасадата", "Works are in full swing" ("са в разгар")
    (("в момента се", "сега се"),
     r"(?:в\s+момента|сега|понастоящем)\s+се\s+(?:ремонтира|обновява|изгражда|строи|подменя|полага|монтира|асфалтира|разширява|"
     r"реконструира|санира|рехабилитира|възстановява|преустройва|благоустроява|полагат|монтират|подменят|изграждат)\w*"),
    # the works told in the present passive: "мозайките се реставрират", "покривът се ремонтира със 120 хил. лв."
    # (the future, habits and plans are filtered: "ще се ремонтира", "всяка година се ремонтират")
    # (not "се обновява": a register or a map is updated, a standing task)
    (("се реставрира", "се ремонтира", "се изгражда", "се строи", "се реконструира", "се санира",
      "се рехабилитира"),
     r"се\s+(?:реставрира|ремонтира|изгражда|строи|реконструира|санира|рехабилитира)(?:т)?(?!\w)"),
    # the work runs: "Работата на реставраторите тече от март", "ремонтът тече по график"
    (("тече", "текат"), r"(?:работата|работите|ремонт(?:ът|ите)|строителството|реставрацията|реконструкцията|"
                        r"изпълнението|обучени(?:ето|ята)|дейностите|проект(?:ът)?|"
                        # a verbal noun: "сканирането на архива тече по план"
                        r"[^\W\d_]{3,}(?:ането|ението|яването|ването))\s+(?:\S+\s+){0,4}?(?:тече|текат)(?!\w)"),
    (("в разгар",), r"(?:е|са)\s+в\s+разгар(?!а)"),
    # machines or crews on the site: "Строителни машини работят от седмица на площада", "багерите влязоха"
    (("машини", "багер", "техника"),
     r"(?:строителн\w+\s+)?(?:машини(?:те)?|багер(?:ът|и|ите)|техника(?:та)?)\s+(?:вече\s+)?(?:работ(?:ят|и)|влязоха|влезе)"),
    (("crews", "workers", "builders", "contractor"),
     # (or in the present: "while the contractor is still working on the heating")
     r"(?:crews|workers|builders|the\s+contractor)\s+(?:(?:have|has)\s+been\s+(?:\S+\s+)?|(?:is|are)\s+(?:still\s+|now\s+)?)"
     r"(?:laying|building|working|"
     r"installing|replacing|renovating|paving|digging|fitting)"),
    # the project team at work on one activity: "Екипът по проекта работи по втората дейност"
    (("екипът",), r"екипът\s+(?:по|на)\s+проекта\s+(?:вече\s+|в\s+момента\s+)?работи\s+по"),
    # a running course: "Вече трети месец младежите посещават обученията по проекта"
    (("вече втори", "вече трети", "вече четвърти", "вече пети", "вече шести"),
     r"вече\s+(?:втори|трети|четвърти|пети|шести)\s+(?:месец|седмица|година)\s+(?:\S+\s+){0,5}?"
     r"(?:посещават|участват|работят|се\s+обучават|ползват|получават)"),
    # a share done in words: "Половината от улиците по проекта вече са асфалтирани", "two thirds … installed"
    (("половината", "трети", "третина", "голямата част"),
     r"(?:половината|третината|една\s+трета|две\s+трети|(?:по-)?голямата\s+част)\s+от\s+(?:\S+\s+){0,5}?"
     r"(?:вече\s+)?(?:са|е)\s+(?:вече\s+)?(?:асфалтиран|подменен|монтиран|положен|изграден|ремонтиран|обновен|"
     r"построен|завършен|изпълнен|готов)\w*"),
    (("half", "thirds", "third", "quarter"),
     r"(?:half|a\s+third|two\s+thirds|a\s+quarter|three\s+quarters)\s+of\s+(?:\S+\s+){0,5}?(?:has|have)\s+"
     r"(?:already\s+)?been\s+(?:installed|built|laid|replaced|renovated|completed|paved|fitted|finished)"),
    # "проект …, изпълняван от Община Берковица", "строителите реализират грубия строеж", "изпълнението е на 40%"
    (("изпълняван", "реализиран", "осъществяван"),
     r"проект(?:а|ът)?\s+(?:„[^“”]{1,80}[“”]\s*)?,?\s*(?:изпълняван|реализиран|осъществяван)\s+от"),
    (("строителите", "работниците", "изпълнителят"),
     r"(?:строителите|работниците|изпълнителят|фирмата-изпълнител)\s+(?:вече\s+|все\s+още\s+|в\s+момента\s+)?"
     r"(?:реализират|изпълняват|извършват|изграждат|полагат|монтират|строят|работят|подменят|ремонтират|асфалтират|"
     r"поставят|боядисват|подменя|ремонтира|асфалтира|"
     # the contractor alone, in the singular: "изпълнителят работи по басейните"
     r"реализира|изпълнява|извършва|изгражда|полага|монтира|строи|работи\s+(?:по|върху)\b)"),
    (("изпълнението", "строителството", "работите", "ремонтът"), r"(?:изпълнението|строителството|работите|ремонтът)\s+(?:\S+\s+){0,3}?(?:е|са)\s+(?:вече\s+)?на\s+"
             r"(?:около\s+|над\s+|близо\s+)?(?<!\d)(?!100)\d{1,2}\s*(?:%|процента)"),
    # a project that goes on ("the partnership project with Kopavogur continues to bring together …"; a standing
    # tour "now in its second year" is no project stage)
    (("continues to",),
     r"project\s+(?:\S+\s+){0,8}?continues\s+to\s+(?:bring|train|support|help|offer|provide|run|work|connect)"),
    # a grant's period running: "the grant period runs for two years", "периодът на проекта тече до 2026 г."
    (("period runs", "period lasts"), r"(?:grant|project|funding|implementation)\s+period\s+(?:runs|lasts)"),
    # N of M done so far, in the middle of its period, still under repair, the first users served
    (("планиран", "предвиден", "заложен"),
     # (against a planned number: "проведени са четири от осемте планирани обучения"; a bare tally, "5 от общо
     # 12 улици", tells results, not a stage)
     r"(?:проведени|изпълнени|обучени|ремонтирани|изградени|подменени)\s+(?:са\s+)?(?:\d+|[^\W\d_]+)\s+от\s+(?:общо\s+)?"
     r"(?:\d+|[^\W\d_]+те)\s+(?:планиран|предвиден|заложен)\w*"),
    # "Halfway through the project, the team has …", "По средата на проекта екипът вече …"
    (("halfway", "средата на проекта", "средата на изпълнението"), r"halfway\s+through\s+(?:the|its|their|this)\s+(?:[\w-]+\s+)?(?:project|implementation|"
                                r"programme|grant\s+period|term)|(?:по|в)\s+средата\s+на\s+(?:изпълнението\s+на\s+)?проекта"),
    (("в средата на",), r"(?:е|са)\s+в\s+средата\s+на\s+(?:своя\s+|своето\s+|своята\s+)?(?:\S+\s+)?(?:период|изпълнение|срок)"),
    (("в ремонт",), r"(?:е|са)\s+(?:все\s+)?още\s+в\s+(?:ремонт|строеж|реконструкция|процес)"),
    (("строителството", "работите", "ремонтът", "ремонтите", "реставрацията", "реконструкцията", "изграждането",
      "дейностите", "обученията"), r"(?:строителството|работите|ремонтът|реставрацията|реконструкцията|изграждането|"
                                    r"дейностите|обученията)\s+(?:\S+\s+){0,5}?продължава(?:т)?(?!\s+(?:да|до))"),
    (("вече получават", "вече ползват", "вече посещават"),
     r"вече\s+(?:получават|ползват|посещават)\s+(?:\S+\s+){0,4}?по\s+(?:\S+\s+)?проект\w*"),
    (("тепърва започва",), r"тепърва\s+започва(?:т)?"),
    (("still being", "still going on", "still under way", "still in progress"),
     r"(?:is|are)\s+still\s+(?:being\s+(?:done|built|installed|carried\s+out|laid|renovated)|going\s+on|under\s+way|in\s+progress)"),
    (("got to work", "set to work"), r"(?:has|have)\s+(?:since\s+)?(?:got|gone|set)\s+to\s+work"),
    # running now, however long the subject: "Работата по втория етап – … – тече в момента"
    (("тече в момента", "текат в момента", "тече и в момента", "текат и в момента"),
     r"(?:тече|текат)\s+(?:и\s+)?в\s+момента"),
    # a listing's "Текущ проект:", "In progress since October 2023"
    (("текущ проект", "current project"), r"^\W*(?:текущ\s+проект|current\s+project)(?=\s*:)"),
    (("in progress since",), r"in\s+progress\s+since"),
    (("project is running", "project is ongoing", "project is under way", "project is in progress"),
     r"(?:the|this)\s+project\s+is\s+(?:still\s+|now\s+)?(?:running|ongoing|under\s+way|in\s+progress)"),
    # "Work has been going on since November", "the new halls are being fitted out"
    (("going on since",), r"(?:has|have)\s+been\s+going\s+on\s+since"),
    (("being fitted", "being equipped", "being built", "being installed", "being renovated", "being refurbished",
      "being restored", "being rebuilt", "being laid"),
     r"(?:is|are)\s+(?:now\s+|currently\s+)?being\s+(?:fitted|equipped|built|installed|renovated|refurbished|restored|"
     r"rebuilt|laid)"),
    # "The project, worth BGN 96,800, is currently in its second term" (a project's, not a standing tour's, year)
    (("project",), r"project,?\s+(?:[^.;]{0,60}?,\s+)?(?:is|are)\s+(?:currently\s+|now\s+)?in\s+its\s+(?:second|third|fourth|"
                   r"final|last)\s+(?:term|year|phase|stage|season|semester|round)"),
)

APPROVED = _stage(
    (("спечели",), r"спечели(?:ха|хме)?\s+(?:\S+\s+)?(?:конкурс|подкрепа)\w*"),
    # a public tender for the works: the contract is signed, the works are still to come
    (("поръчка", "tender", "procurement"),
     r"(?:обяви(?:ха)?|обявена\s+(?:е|беше|бе)|(?:е|беше|бе)\s+обявена|открита\s+(?:е|беше|бе)|(?:е|беше|бе)\s+открита)\s+"
     r"(?:\S+\s+){0,2}?обществена\s+поръчка|"
     r"(?:tender(?:ing)?|procurement)\s+(?:\S+\s+){0,4}?(?:is|are|was|has\s+been)\s+(?:now\s+)?(?:under\s*way|launched|"
     r"announced|opened|published|in\s+progress)|(?:launched|announced|opened|published)\s+(?:a|the)\s+(?:public\s+)?"
     r"(?:tender|procurement)"),
    (("go-ahead", "go ahead"), r"(?:got|received|was\s+given|has\s+been\s+given|were\s+given|gave\s+\S+)\s+the\s+go[-\s]ahead"),
    (("accepted for",), r"accepted\s+for\s+(?:funding|financing)"),
    (("confirmed",), r"(?:funding|financing|grant)\s+(?:\S+\s+){0,4}?(?:was|has\s+been|were|have\s+been)\s+confirmed"),
    (("одобр",), r"одобрен(?:а|о|и|ия|ият|ата|ото|ите)?|одобри(?:ха)?|одобрил(?:а|о|и)?"),
    # "спечели" needs a grant as object: "спечелиха доверието", "спечели награда" are no stage
    (("спечели",), r"спечели(?:ха|хме|л|ла|ло|ли)?\s+(?:\S+\s+){0,3}?(?:проект|финансиране|грант|средства|"
                   r"безвъзмездн|субсиди)\w*"),
    # (an agreement only for funding: mayors "подписаха споразумение за общо сметосъбиране" is no grant)
    (("подписа",), r"подписа(?:ха|хме|л|ла|ли)?\s+(?:[^\s.;,]+\s+){0,3}?(?:договор\w*|споразумение(?:то)?\s+за\s+"
                   r"(?:финансиране|безвъзмездна|предоставяне))|"
                   r"подписан(?:а|о|и|ият|ия)?\s+(?:е\s+)?(?:[^\s.;,]+\s+){0,2}?договор\w*"),
    # a grant won, as an attribute: "спечеленият по ПРСР проект", "има спечелен проект"
    (("спечелен",), r"спечелен(?:ият|ия|ото|ата)?\s+(?:(?:по|от|през|в)\s+(?:\S+\s+){0,4}?)?"
                    r"(?:проект(?:ът|а)?|финансиране(?:то)?|грант(?:ът|а)?)"),
    (("подписване",), r"подписване(?:то)?\s+на\s+(?:[^\s.;,]+\s+){0,3}?договор\w*"),
    (("договор",), r"договор(?:ът)?\s+(?:е|беше|бе)\s+подписан|"
                   r"договор\w*(?:[^.;]|\.(?=\s*[а-яa-z\d])){0,60}?\s(?:е|беше|бе|бяха|са)\s+(?:подписан|сключен)\w*"),
    (("получи",), r"получи(?:ха|хме|л|ла)?\s+(?:\S+\s+){0,3}?(?:финансиране|одобрение|грант|субсидия|"
                  r"безвъзмездна\s+(?:финансова\s+)?помощ)\w*|"
                  # a sum from a programme or fund (not from the municipal budget: a yearly allocation)
                  r"получи(?:ха|хме|л|ла)?\s+(?:\S+\s+){0,4}?(?:лв|лева|евро)\.?\s+(?:по|от)\s+(?:\S+\s+){0,2}?"
                  r"(?:програм|оп\b|фонд|проект|мярка|механизъм|план|прср|опрр|нпву)\w*"),
    # the passive: "Беше получено одобрение за финансирането", "получено е финансиране по …"
    (("получен",), r"получен[аои]?\s+(?:е\s+|са\s+)?(?:\S+\s+)?(?:одобрение|финансиране|грант|субсидия)"),
    # "Финансирането е осигурено по НПВУ", "средствата за ремонта са осигурени от ПУДООС"
    (("осигурен",), r"(?:финансиране(?:то)?|средства(?:та)?)\s+(?:\S+\s+){0,3}?(?:е|са|беше|бяха|бе)\s+осигурен\w*\s+"
                    r"(?:по|от|чрез)"),
    (("осигури",), r"осигури(?:ха|хме|л|ла)?\s+(?:\S+\s+){0,3}?(?:финансиране|средства)\s+(?:по|от)\s+(?:\S+\s+){0,2}?"
                   r"(?:програм|оп\b|фонд|проект|мярка|механизъм|план|прср|опрр|нпву)\w*"),
    (("сред",), r"сред\s+(?:одобрените|спечелилите|класираните|бенефициентите|финансираните)"),
    (("among",), r"among\s+the\s+(?:\d+\s+)?(?:approved|successful|funded|winning)\s+"
                 r"(?:projects|applicants|municipalities|bids|proposals)|"
                 # the noun left out: "was among the 12 approved in the second call"
                 r"(?:is|was|were|are)\s+among\s+the\s+(?:\d+|[a-z]+)\s+(?:approved|funded|selected|successful)"
                 r"(?=\s+(?:in|under|by|for|from|at)\b|\s*[.,;]|$)"),
    (("договориран",), r"договориран\w*"),
    (("класиран",), r"класиран(?:а|о|и)?\s+(?:за\s+финансиране|на\s+\S+\s+място)"),
    (("зелена светлина", "green light"), r"(?:получи\w*|даде|дадоха|gave|got|received|given)\s+(?:\S+\s+){0,2}?"
                                         r"(?:зелена\s+светлина|green\s+light)"),
    (("сключи", "сключен"), r"сключи(?:ха|хме|л|ла)?\s+договор\w*|сключен(?:и|ият|ия)?\s+(?:е\s+)?(?:[^\s.;,]+\s+){0,2}?договор\w*"),
    (("approved", "awarded", "granted", "selected"),
     # an adverb may stand inside the verb: "has just been approved", "was finally approved"
     r"(?:(?:was|were)\s+(?:(?:just|now|finally|already|officially|recently|formally)\s+)?|"
     r"(?:has|have|had)\s+(?:(?:just|now|finally|already|officially|recently|formally)\s+)?been\s+"
     r"(?:(?:officially|formally|finally)\s+)?)(?:approved|awarded|granted|selected\s+for\s+(?:funding|financing))"),
    (("won", "received", "secured", "obtained"),
     r"won\s+(?:funding|financing|a\s+grant|the\s+grant)|"
     r"(?:received|secured|obtained)\s+(?:[\w-]+\s+){0,3}?(?:funding|financing|grant)|"
     r"(?:received|secured|obtained)\s+(?:bgn|eur|€|\d)\S*\s+(?:\S+\s+){0,2}?(?:from|under)\s+(?:the\s+)?"
     r"(?:\S+\s+){0,3}?(?:programme|program|fund|grants|mechanism|plan)"),
    (("signed",), r"signed\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}contract|contract\s+(?:was|has\s+been)\s+signed|"
                  # a grant agreement (not a twinning or partnership agreement); "contract signed on 3 May"
                  r"signed\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:grant|funding|financing|subsidy|loan)\s+agreement|"
                  # "the grant agreement with the Ministry of Energy was signed on 12 March"
                  r"(?:grant|funding|financing|subsidy|loan)\s+(?:agreement|contract)\s+(?:(?:with|between|for)\s+(?:\S+\s+){1,6}?)?"
                  r"(?:was\s+|has\s+been\s+)?signed|contract\s+signed\s+(?:on|in)\b"),
    (("ranked",), r"(?:was|were|has\s+been|have\s+been)\s+ranked\s+(?:\S+\s+){0,2}?for\s+(?:funding|financing)"),
    (("signing",), r"signing\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:contract|grant\s+agreement|funding\s+agreement)"),
    (("approved",), r"(?:the|this|its|their|our)\s+approved\s+(?:[\w-]+\s+){0,2}?(?:project|proposal|application)"),
    # "UNICEF has approved a proposal by the municipality", "the ministry approved the application"
    # (a possessive may stand between: "the ministry has approved the municipality's application")
    (("approved",), r"(?:has|have|had)?\s*approved\s+(?:a|an|the|its|their|our)\s+(?:[\w'’-]+\s+){0,2}?"
                    r"(?:project|proposal|application|bid|funding|grant)|"
                    # a funder approved whatever it funds: "The National Agency has approved the Erasmus+ youth exchange"
                    # (not a council: status_filters reads "одобр" only; a council approving a plan names no funder)
                    r"(?:agency|ministry|managing\s+authority|fund|foundation|secretariat|programme\s+operator|"
                    r"monitoring\s+committee)\s+(?:has|have|had)\s+(?:now\s+|just\s+|officially\s+)?approved\s+"
                    r"(?:a|an|the|its|their)\b"),
    # the money secured, granted or received from a funder
    (("финансирането е осигурено", "средствата са осигурени"),
     r"(?:финансирането|средствата)\s+(?:за\s+(?:\S+\s+){0,4}?)?(?:е|са|беше|бяха)\s+(?:вече\s+)?осигурен\w*"),
    (("funding has been secured", "funding was secured", "money has been secured"),
     r"(?:funding|financing|money)\s+(?:has|have|was)\s+(?:been\s+)?(?:now\s+)?secured"),
    (("отпусна",), r"(?:министерств|фонд|пудоос|програм|агенци|миг|управляващ)\w*\s+(?:\S+\s+){0,5}?отпусна(?:ха)?\s+"
                   r"(?:\S+\s+){0,3}?(?:лв|лева|евро|хил|млн)"),
    (("получи",), r"получи(?:ха|л|ла)?\s+(?:\S+\s+){0,4}?(?:лв|лева|евро)\.?\s+от\s+(?:\S+\s+){0,2}?"
                  r"(?:пудоос|миг|министерств|агенци|предприятието\s+за\s+управление)\w*"),
    (("awarded",), r"awarded\s+(?:bgn|eur|€)\s*\d[\d,.]*(?:\s+(?:thousand|million))?\s+to"),
    # the contract or the agreement a fact: "Договорът за финансиране вече е факт", "скрепиха с подписи споразумението"
    (("вече е факт",), r"(?:договор(?:ът)?|споразумение(?:то)?)\s+(?:\S+\s+){0,8}?вече\s+е\s+факт"),
    (("скрепиха", "скрепи"), r"скрепи(?:ха)?\s+с\s+подпис\w*\s+(?:\S+\s+){0,2}?(?:договор|споразумение)\w*"),
    (("сключването",), r"(?:след|със|с)\s+сключването\s+на\s+(?:\S+\s+){0,2}?договор"),
    (("agreement was concluded", "contract was concluded", "agreement has been concluded", "contract has been concluded"),
     r"(?:agreement|contract)\s+(?:was|has\s+been)\s+concluded"),
    # through the evaluation, or the approval arrived: "мина успешно оценката", "Одобрението дойде"
    (("оценката", "оценка"), r"(?:мина|премина)(?:ха)?\s+успешно\s+(?:\S+\s+){0,3}?оценка(?:та)?"),
    # the decision to grant, a project confirmed, a contract being concluded
    (("решение за предоставяне",), r"решение(?:то)?\s+за\s+предоставяне\s+на\s+(?:безвъзмездна|финансова|финансиране|бфп)"),
    (("утвърди",), r"утвърди(?:ха|л|ла)?\s+(?:\S+\s+)?(?:проект|предложение)\w*"),
    (("сключване на договор",), r"(?:в\s+(?:етап|процес)\s+на|предстои)\s+сключване\s+на\s+(?:\S+\s+)?договор"),
    (("greenlit", "green-lit", "green-lighted"), r"(?:greenlit|green-lit|green-lighted)"),
    (("selected for funding",), r"^\W*selected\s+for\s+funding"),
    (("одобрението дойде", "одобрението пристигна"), r"одобрението\s+(?:\S+\s+)?(?:дойде|пристигна)"),
    (("proposal", "application", "bid"), r"(?:proposal|application|bid)\s+(?:\S+\s+){0,4}?was\s+successful"),
    # the funding confirmed, an agreement in force, a board's decision to support
    (("потвърдено",), r"финансирането\s+(?:\S+\s+){0,6}?(?:е|беше|бе)\s+(?:вече\s+)?потвърдено"),
    (("confirmed",), r"(?:funding|financing|grant)\s+(?:\S+\s+){0,5}?(?:has\s+been|was)\s+(?:now\s+)?confirmed"),
    (("entered into force", "came into force"), r"(?:agreement|contract)\s+(?:\S+\s+){0,6}?(?:entered|came)\s+into\s+force"),
    (("да подкрепи",), r"реши(?:ха)?\s+да\s+подкрепи\s+(?:\S+\s+)?(?:проект|предложение|кандидатур)\w*"),
)

APPLIED = _stage(
    # documents or a proposal handed in, an evaluation stage, a reserve list, a decision awaited
    (("подаде", "подадоха"), r"подаде(?:ха)?\s+(?:\S+\s+){0,2}?(?:документи|документация)\w*\s+(?:за|по)\s+(?:\S+\s+){0,2}?"
                             r"(?:финансиране|кандидатстване|програм|проект|мярк|процедур)"),
    (("етап",), r"(?:е|са)\s+на\s+етап\s+(?:\S+\s+){0,4}?оценка"),
    (("допуснат",), r"допуснат\w*\s+до\s+(?:\S+\s+){0,4}?оценка"),
    (("резервн", "reserve list"), r"(?:в|на)\s+резервн\w+\s+списък|(?:on|in)\s+the\s+reserve\s+list"),
    (("очаква",), r"очаква(?:т|ме)?\s+(?:\S+\s+){0,2}?(?:решение|отговор|резултат\w*)\s+(?:от|на|по)\s+"
                  r"(?:\S+\s+){0,3}?(?:управляващ|министерств|фонд|програм|оценк|агенци|пудоос|миг|комиси)"),
    (("се включи", "участва"), r"(?:се\s+включи|участва)\s+в\s+(?:\S+\s+){0,3}?(?:процедура|конкурс|покана|прием)\w*\s+"
                               r"с\s+(?:\S+\s+){0,2}?(?:проект|предложение)"),
    (("pending",), r"(?:application|proposal|bid)\s+(?:is|remains)\s+(?:still\s+)?pending"),
    (("waiting", "awaiting"), r"(?:waiting\s+for|awaiting)\s+(?:a|the)\s+(?:final\s+)?(?:decision|response|answer|outcome)\s+"
                              r"(?:from|of|by|on)\s+(?:the\s+)?(?:\S+\s+){0,2}?(?:managing|authority|ministry|fund|programme|"
                              r"evaluat|agency|committee|donor|secretariat)"),
    (("entered",), r"entered\s+(?:the|a)\s+(?:\S+\s+){0,2}?(?:call|competition|contest)\s+with\s+(?:a|an|its)\s+"
                   r"(?:\S+\s+){0,2}?(?:proposal|project|application|bid)"),
    (("shortlisted",), r"(?:been|was|were|is|are)\s+shortlisted"),
    # one of the applicants: "is among 37 municipalities that submitted proposals", "е сред 40-те общини, подали
    # предложения", "сред общините, които са кандидатствали"
    # (the hints are the verbs: "сред" alone is in every "средства")
    (("submitted", "applied", "lodged", "filed", "put in", "подали", "внесли", "подадоха", "внесоха", "кандидатства"),
     r"(?:is|are|was|were)\s+(?:one\s+of|among)\s+(?:the\s+)?(?:\d+\s+)?(?:\S+\s+){0,2}?"
                        r"(?:that|which|who)\s+(?:have\s+|has\s+|had\s+)?(?:submitted|applied|lodged|filed|put\s+in)|"
                        r"(?:е|са)\s+сред\s+(?:\S+\s+){0,3}?(?:общини|кандидати|бенефициенти)\w*,?\s+(?:които\s+(?:са\s+)?)?"
                        r"(?:подали|внесли|кандидатствали|подадоха|внесоха|кандидатстваха)"),
    (("кандидатства",), r"кандидатства(?:ха|хме|х|л|ла|ло|ли)?"),
    # (a date may stand between: "подаде на 10 октомври 2025 г. проектно предложение")
    (("подаде", "подадох"), r"(?:подаде(?:ха|на|но|ни|л|ла)?|подадохме|подадоха)\s+(?:на\s+\d{1,2}\s+\S+\s+\d{4}\s*(?:г\.\s*)?|"
                            r"на\s+\d{1,2}\.\d{1,2}\.\d{4}\s*(?:г\.\s*)?)?(?:\S+\s+){0,2}?"
                            r"(?:предложение|заявление|апликационна\s+форма|кандидатура)\w*|"
                            r"подаде(?:ха)?\s+(?:\S+\s+)?проект(?:а)?"),
    (("подаден", "внесен", "депозиран"),
     r"(?:подадено|внесено|депозирано)\s+(?:е\s+)?проектно|"
     r"(?:предложение|кандидатура|заявление|документаци|документи(?:те)?\s+(?:по|за)\s+кандидатстване)\w*\s+(?:\S+\s+){0,4}?"
     r"(?:е|беше|бе|са|бяха)\s+(?:подаден|внесен|депозиран|изпратен)\w*|"
     # "Проектът е внесен за финансиране по ПРСР"
     # (what it is for may stand between: "Проектът за фотоволтаична централа върху покрива на … е внесен за финансиране")
     r"проект(?:ът)?\s+(?:[^\s.;]+\s+){0,14}?(?:е|беше|бе)\s+(?:внесен|подаден|депозиран)\w*\s+(?:за|в|по)\b"),
    (("чака",), r"чака(?:т)?\s+(?:\S+\s+){0,2}?(?:оценка|одобрение|решение|класиране)"),
    (("регистрира",), r"регистрира(?:ха|хме)?\s+(?:\S+\s+){0,2}?(?:проектно\s+предложение|проектното\s+предложение|кандидатура|"
                      r"предложение|заявление)\w*"),
    (("put forward",), r"put\s+forward\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:proposal|application|bid|project)"),
    # the bid handed in and under evaluation, in plain English: "The proposal went in on 15 April", "the evaluation is
    # still going on", "the decision is expected in early 2026"
    (("went in",), r"(?:proposal|application|bid)\s+went\s+in\b"),
    (("evaluation is", "assessment is"), r"(?:evaluation|assessment)\s+is\s+(?:still\s+)?(?:going\s+on|under\s+way|ongoing|in\s+progress)"),
    (("decision is expected",), r"(?:funding\s+|final\s+)?decision\s+is\s+expected"),
    (("under evaluation", "under assessment", "under review", "being assessed", "being evaluated", "being reviewed"),
     r"(?:is|are)\s+(?:still\s+|now\s+|currently\s+)?(?:under\s+(?:evaluation|assessment|review)|"
     r"being\s+(?:assessed|evaluated|reviewed))"),
    # the body it went to may stand between: "депозира в Центъра за развитие на … предложение за …"
    # (and the perfect: "Общината е внесла в Предприятието за … (ПУДООС) проектно предложение")
    (("внесе", "депозира", "внесл", "внесъл", "изпрати"),
     r"(?:внесе|депозира|изпрати)(?:ха|хме)?\s+(?:(?:в|във|пред|до|при)\s+(?:\S+\s+){1,12}?|(?:\S+\s+){0,3}?)"
     r"(?:проект|предложение|заявление|кандидатура)\w*|"
     r"(?:е|са)\s+(?:внесл[аио]|внесъл|депозирал[аи]?|изпратил[аи]?)\s+(?:(?:в|във|пред|до|при)\s+(?:\S+\s+){1,12}?|"
     r"(?:\S+\s+){0,3}?)(?:проект|предложение|заявление|кандидатура)\w*"),
    # the proposal handed in, as an attribute: "подаденото по мярката проектно предложение"
    (("подаден", "внесен"), r"(?:подаден|внесен)(?:ото|ият|ия|ата)\s+(?:(?:по|от|в|през|до|на)\s+(?:\S+\s+){0,4}?)?"
                            r"(?:проектно\s+)?(?:предложение(?:то)?|проект(?:ът|а)?|заявление(?:то)?|кандидатура(?:та)?)"),
    # the perfect: "общината е подала / внесла проектно предложение"
    (("подал", "внесл", "внесъл"), r"(?:подал|внесл|внесъл)(?:а|о|и)?\s+(?:\S+\s+){0,2}?(?:предложение\w*|заявление\w*|"
                                  r"кандидатура\w*|документи\s+за\s+(?:кандидатстване|финансиране))"),
    (("оценява", "оценка"), r"(?:проект\w*|предложени\w*)\s+(?:\S+\s+){0,3}?се\s+оценява(?:т)?|"
                           r"на\s+етап\s+(?:на\s+)?оценка|под\s+оценка"),
    # waiting for the evaluation: "очакваме одобрение", "резултатите от оценката се очакват"
    (("очаква",), r"(?:очаква(?:ме|т)?|в\s+очакване\s+на)\s+(?:\S+\s+){0,2}?"
                  r"(?:одобрение|оценка(?:та)?|класиране(?:то)?|решение(?:то)?\s+за\s+финансиране)|"
                  r"(?:оценка(?:та)?|одобрение(?:то)?|класиране(?:то)?|решение(?:то)?\s+за\s+финансиране)\s+(?:\S+\s+){0,3}?"
                  r"(?:се\s+)?очаква(?:т)?"),
    (("оценка",), r"в\s+процес\s+на\s+оценка"),
    (("applied",), r"applied\s+for|applied\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:programme|program|fund|call)|"
                   r"(?:has|have)\s+applied"),
    # (a sum may be the object: "has bid for BGN 2.3 million from the programme")
    (("bid", "applying"), r"bidding\s+for|bid\s+for\s+(?:\S+\s+){0,2}?(?:funding|grant|financing)|"
                          r"(?:is|are)\s+applying\s+for|(?:has|have|had)\s+bid\s+for\s+(?:bgn|eur|€|\d)"),
    # (a time may stand between: "submitted on Tuesday a proposal to the LIFE programme")
    (("submitted",), r"submitted\s+(?:(?:on|in|last|this)\s+\w+\s+|yesterday\s+|today\s+)?(?:a|the|an|its|their)\s+"
                     r"(?:[\w-]+\s+){0,2}?(?:project|proposal|application|bid)|"
                     r"(?:the|its|their|our)\s+submitted\s+(?:[\w-]+\s+){0,2}?(?:proposal|application|bid)|"
                     # (what it is for may stand between: "the proposal for a new kitchen was submitted on 3 October")
                     r"(?:proposal|application|bid)\s+(?:(?:for|to|under)\s+(?:[^\s.;]+\s+){1,8}?)?"
                     r"(?:was|has\s+been|had\s+been)\s+submitted"),
    (("evaluated", "assessed", "reviewed"), r"(?:is|are)\s+(?:now\s+|currently\s+|still\s+)?being\s+(?:evaluated|assessed|reviewed)"),
    (("evaluation", "assessment", "awaiting", "waiting"),
     r"(?:is|are)\s+(?:now\s+|currently\s+)?(?:under|awaiting)\s+(?:evaluation|assessment)|"
     r"(?:awaiting|waiting\s+for)\s+(?:the\s+|a\s+)?(?:(?:results?|outcome)\s+of\s+(?:the\s+|its\s+)?)?(?:approval|evaluation|assessment|"
     r"decision|selection)"),
    # "lodged a proposal with the LIFE programme", "has put in a bid under …", "the proposal was filed in October"
    # "has sent its project proposal to the LIFE programme", "sent an application to the fund"
    ((" sent ",), r"(?:has|have|had)?\s*sent\s+(?:a|an|the|its|their|our)\s+(?:[\w-]+\s+){0,2}?(?:proposal|application|bid)"),
    (("lodged", "filed", "put in", "handed in", "sent in"),
     r"(?:lodged|filed|put\s+in|handed\s+in|sent\s+in)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
     r"(?:project|proposal|application|bid)|"
     r"(?:proposal|application|bid),?\s+(?:\S+\s+){0,7}?(?:was|has\s+been)\s+(?:lodged|filed|handed\s+in|sent\s+in)"),
    # the papers handed in: "документите бяха депозирани", "предложението е регистрирано в ИСУН",
    # "апликационната форма е изпратена", "проектното предложение беше входирано"
    (("депозиран", "входиран", "регистриран", "изпратен", "внесен", "подаден"),
     r"(?:документ|документаци|предложени|заявлени|искане|кандидатур|апликационн|формуляр|проектн)\w*\s+"
     r"(?:\S+\s+){0,14}?(?:е|са|беше|бе|бяха)\s+(?:\S+\s+и\s+)?(?:успешно\s+)?"
     r"(?:депозиран|входиран|регистриран|изпратен|внесен|подаден)\w*"),
    (("внесе", "внесоха"), r"внесе(?:ха|хме)?\s+(?:\S+\s+){0,2}?(?:искане|предложение|заявление|документи|проект)\w*"),
    # in evaluation: "е на техническа и финансова оценка", "в етап на оценяване", "се разглежда от комисията"
    (("оценка", "оценяване"), r"(?:е|са)\s+(?:сега\s+|вече\s+)?на\s+(?:\S+\s+){0,4}?оценка|"
                              r"(?:в|на)\s+(?:етап|фаза)\s+на\s+(?:оценяване|оценка)|"
                              r"(?:премина|мина)(?:ха)?\s+(?:\S+\s+)?(?:административн\w+|формалн\w+)\s+(?:проверка|оценка)"),
    (("разглежда",), r"(?:кандидатур|предложени|заявлени|искане|проект)\w*\s+(?:\S+\s+){0,8}?се\s+разглежда"),
    (("предстои административна",), r"предстои\s+административна(?:та)?\s+(?:проверка|оценка)"),
    (("очаква се решение", "чака отговор", "чакат отговор", "чака решение"),
     r"очаква\s+се\s+решение(?:то)?\s+(?:по|за)\s+(?:\S+\s+){0,2}?(?:заявлени|проект|кандидатур|предложени|искане)\w*|"
     r"чака(?:т|ме)?\s+(?:\S+\s+)?(?:отговор|решение)"),
    (("кандидат",), r"(?:е|са)\s+кандидат(?:и)?\s+(?:по|за)\s+(?:\S+\s+){0,2}?(?:процедура|програма|мярка|финансиране|покана)\w*"),
    (("процедура",), r"участва\s+в\s+(?:\S+\s+){0,2}?процедура\w*\s+(?:\S+\s+){0,5}?с\s+(?:\S+\s+)?(?:проект|предложение)\w*"),
    (("pending",), r"pending\s+(?:approval|a\s+decision|evaluation|assessment|selection)"),
    (("awaiting", "waiting"), r"(?:awaiting|waiting\s+for)\s+(?:a|the)\s+(?:funding|financing|final)\s+decision"),
    (("filed", "lodged"), r"(?:proposal|application|bid)\s+(?:\S+\s+){8,20}?(?:was|has\s+been)\s+(?:lodged|filed|handed\s+in|sent\s+in)"),
    # "разработи и внесе за финансиране по Interreg … проект", "е входирала заявление", "изпрати до ПУДООС искане"
    (("внесе", "внесоха"), r"внесе(?:ха|хме)?\s+за\s+финансиране"),
    (("входира",), r"входира(?:ла|л|ха|хме|ло)?\s+(?:\S+\s+){0,2}?(?:заявление|предложение|проект|искане|документи|документация)\w*"),
    (("изпрати", "представи"), r"(?:изпрати|представи)(?:ха|хме|л|ла)?\s+(?:\S+\s+){0,3}?(?:искане|заявление|"
                               r"предложение|документи|документация|формуляр|апликационна\s+форма)\w*\s+(?:за|по)\s+"
                               r"(?:финансиране|подкрепа|кандидатстване|програма|проект|мярка)"),
    (("очаква решение", "очаква отговор"), r"проект(?:ът|ното\s+предложение)?\s+(?:\S+\s+){0,2}?очаква\s+(?:решение|отговор|одобрение)"),
    # "A decision is pending", "Pending a funding decision", "applied in March 2023 for funding"
    (("pending",), r"(?:decision|outcome|result|answer|response)\s+(?:is|remains)\s+(?:still\s+)?pending|"
                   r"pending\s+(?:a|the)\s+(?:funding\s+|financing\s+|final\s+)?decision"),
    (("applied",), r"applied\s+(?:in|on|last|this|earlier)\s+[^,.;]{0,25}?\s+for\s+(?:funding|financing|a\s+grant|support)"),
    (("put forward",), r"(?:have|has)\s+put\s+forward\s+(?:\S+\s+)?(?:proposals?|applications?|bids?|projects?)\s+"
                       r"(?:under|to|for|within)\s+(?:the\s+)?(?:\S+\s+){0,4}?(?:programme|plan|fund|call|funding|"
                       r"financing|mechanism|grants?)"),
    (("filed",), r"project\s+(?:\S+\s+){0,2}?(?:was|has\s+been)\s+(?:filed|lodged|submitted)"),
    # with the evaluators; the evaluation period runs; still awaiting the results
    (("with the evaluators", "with the managing", "with the programme"),
     r"(?:bid|application|proposal|project)\s+(?:\S+\s+){0,8}?is\s+(?:now\s+)?with\s+the\s+(?:evaluators|assessors|"
     r"managing\s+authority|programme\s+operator|fund)"),
    (("оценка", "оценяване"), r"тече\s+(?:\S+\s+){0,2}?(?:оценка(?:та)?|оценяването|периодът\s+на\s+оценка)"),
    (("резултатите от оценката",), r"чака(?:т|ме)?\s+(?:\S+\s+){0,2}?резултат\w*\s+от\s+оценката"),
    # "Предложението е в процес на оценяване", "Решението на фонда се очаква през април"
    (("оценяване",), r"в\s+процес\s+на\s+оценяване"),
    (("решението", "се очаква"), r"решение(?:то)?\s+(?:на\s+(?:\S+\s+){0,4}?)?(?:се\s+)?очаква(?:т)?\s+(?:през|до|в|след)"),
)

# Results that imply the works are done, told as past events ("Подменени бяха 1 140 осветителни
# тела", "Eight streets were resurfaced"; the perfect, "са закупени", "вече са изградени", is a
# state: a standing service's equipment, an event's stage made ready), and an end named by a noun
# ("след края на проекта", "при откриването"): weaker than a stage verb, they decide only when
# nothing else is said about this project.
_RESULT_WORKS = (r"(?:подменен|ремонтиран|реконструиран|рехабилитиран|обновен|саниран|изграден|построен|монтиран|"
                 r"положен|асфалтиран|оборудван|доставен|закупен|топлоизолиран|благоустроен|озеленен|поставен|"
                 # a delivery received ("Автомобилът беше получен през декември"), not an answer or an approval
                 r"получен(?![^\s.,;]*\s+(?:\S+\s+)?(?:одобрение|финансиране|отговор|решение|разрешение|писмо|"
                 r"уведомление|съгласие|становище|покана|сигнал)))")
WEAK_COMPLETED = _stage(
    (("подменен", "ремонтиран", "реконструиран", "рехабилитиран", "обновен", "саниран", "изграден", "построен",
      "монтиран", "положен", "асфалтиран", "оборудван", "доставен", "закупен", "топлоизолиран", "благоустроен",
      "озеленен", "поставен", "получен"),
     r"(?:" + _PAST_AUX + r"\s+" + _RESULT_WORKS + r"\w*|" + _RESULT_WORKS + r"\w*\s+" + _PAST_AUX + r")"),
    (("replaced", "renovated", "rebuilt", "rehabilitated", "refurbished", "resurfaced", "installed", "built",
      "constructed", "insulated", "equipped", "repaired", "paved", "upgraded"),
     r"(?:was|were)\s+(?:\w+\s+)?(?:replaced|renovated|rebuilt|rehabilitated|refurbished|"
     r"resurfaced|installed|built|constructed|insulated|equipped|repaired|paved|upgraded)"),
    (("приключ", "завърш", "края", "изтича"),
     r"(?:след|със?|при)\s+(?:успешното\s+)?(?:приключването|приключване|края|завършването|завършване|"
     r"изтичането)\s+(?:на\s+(?:\w+\s+){0,2}?(?:проект|финансиране|ремонт|строителство|работи|реконструкция|"
     r"обновяване|саниране)\w*|му)"),
    (("end", "complet", "close", "finish"),
     r"(?:after|following|since|upon)\s+the\s+(?:end|completion|close)\s+of\s+the\s+project|"
     r"(?:after|since|once)\s+the\s+project\s+(?:ended|finished|closed)"),
    (("откриването",), r"(?:при|на|след|по\s+време\s+на)\s+откриването"),
    # the active aorist of works with a building as object ("общината изгради нова площадка";
    # status_filters checks the object: "изгради капацитет" is no building)
    (("изгради", "построи", "подмени", "ремонтираха", "реконструираха", "санираха", "асфалтираха",
      "рехабилитираха", "built", "constructed", "renovated", "refurbished", "rebuilt", "resurfaced", "upgraded"),
     r"(?:изгради|построи|подмени)(?:ха|хме)?|(?:ремонтира|реконструира|санира|асфалтира|рехабилитира)(?:ха|хме)|"
     r"(?:built|constructed|renovated|refurbished|rebuilt|resurfaced|upgraded)\s+(?:the|a|an|its|their|new|two|three|"
     r"four|five|\d+)"),
)

CUES = (("completed", COMPLETED), ("ongoing", ONGOING), ("approved", APPROVED), ("applied", APPLIED))
HINT_PATTERNS = {stage: any_of(cues.hints) for stage, cues in CUES}
WEAK_HINT_PATTERN = any_of(WEAK_COMPLETED.hints)
# Every word of every stage, weak cues included: a sentence holding none cannot state a stage.
ANY_CUE_HINT = any_of(tuple(dict.fromkeys(h for _, cues in CUES for h in cues.hints)) + WEAK_COMPLETED.hints)
