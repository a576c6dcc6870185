"""When a lifecycle word in a sentence is not a stage this project reached.

The same words describe other things: future, possible or wished-for events (``ще стартира``,
``могат да кандидатстват``, ``трябва да приключи``), conditions (``ако бъде одобрен``),
negations (``не е приключил``), an event placed in the future by its clause (``след
приключването на проекта сградата ще …``, ``когато ремонтът приключи, …ще``), recurring events
(``всяка година кампанията стартира``), a part of the project rather than the project
(``приключи първият етап``, ``стартира приемът``), the many small projects of a scheme
(``проектите, събрали най-много гласове, се изпълняват``, ``twelve ideas have been
implemented``), results so far (``до момента са ремонтирани 3 от 8 улици``), approvals by the
municipal council, what was opened (a building, not a procedure, a season or a class), and a
start long before the page with nothing after it (a standing service, not a running project).

Every test reads the lower-cased sentence (``lower``, as long as the sentence, so positions
agree) with regexes written in lower case: IGNORECASE over Cyrillic is slow, and status runs on
every sentence of every page.
"""
from __future__ import annotations

import re

from indexer.extract.anchored import any_of
from indexer.extract.status_cues import WEAK_COMPLETED, Stage
from indexer.extract.word_anchored import finditer_starts

# Words just before a cue that make it not a fact about now: future, possibility, negation.
_NOT_REAL = re.compile(
    r"(?:\bще(?:\s+се)?(?:\s+бъде)?|\bпредстои(?:\s+да)?|\bможе(?:\s+да)?|\bмогат(?:\s+да)?|"
    r"\bправо\s+да|\bвъзможност\s+да|\bне(?:\s+е|\s+са|\s+бе|\s+беше)?|\bбиха|\bтрябва\s+да|\bбъде|"
    r"\bочаква(?:т)?\s+(?:се\s+)?да|\bда(?:\s+(?:е|са|бъде|бъдат|бил|била|било|били))?|\bnever(?:\s+been)?|\bplanned\s+to|\bexpected\s+to|\bscheduled\s+to|\bdue\s+to|"
    r"\bwill(?:\s+be)?|\bnot(?:\s+yet)?(?:\s+been)?|\bno(?:\s+[\w-]+){1,2}(?:\s+(?:has|have|had|was|were))?(?:\s+(?:yet|been))?|"
    r"\bcan|\bmay|\beligible\s+to|\bto(?:\s+be)?|"
    r"\bwould(?:\s+be)?|\bshould(?:\s+be)?|\bmust(?:\s+be)?|\bshall(?:\s+be)?|\bcould(?:\s+be)?|"
    r"\bmight(?:\s+be)?|\b(?:предстоящ|бъдещ|планиран|очакван|upcoming|forthcoming|planned|expected|future)\w*)\s*$")
# "Ако предложението бъде одобрено": a condition in the same clause, not a fact.
_CONDITIONAL = re.compile(r"(?:\bако|\bif|\bв\s+случай|\bunless)\b[^,.;]*$")
# "Когато ремонтът приключи, залата ще …": a clause of time in a sentence about the future.
_WHEN = re.compile(r"(?:\bкогато|\bщом|\bслед\s+като|\bonce|\bwhen|\bafter|\bas\s+soon\s+as)\b[^,.;]*$")
_TIME_PREPOSITION = re.compile(r"(?:\bслед|\bпри|\bс|\bсъс|\bпо\s+време\s+на|\bafter|\bupon|\bwith|\bfollowing)"
                               r"\s+(?:\w+\s+)?$")
_FUTURE = re.compile(r"\bще\b|\bпредстои|\bпредстоящ|\bпредвижда|\bпланира|\bочаква|\bwill\b|\bshall\b|\bis\s+to\b|"
                     r"\bare\s+to\b|\bplanned\b|\bexpected\b")
# A noun of the event takes its tense from its clause: "закриването на проекта ще бъде …".
_NOMINAL = re.compile(r"откриване|закриване|приемателн|ribbon-|началото|отчетн|приключване|финализиране|подписване|signing|"
                      r"въвеждане|разрешение|"
                      r"заключителн|финалн|откриващ|встъпителн|копка|изпълнението|closing|final|kick|ground|sod")
# A present verb in the cue makes it a clause of its own ("Изпълнението тече от март и ще продължи до
# декември": running now), not a noun of the event taking its tense from the sentence.
_PRESENT_VERB = re.compile(r"\b(?:тече|текат|продължава|върви|вървят|напредва|в\s+ход)\b")
# "Всяка година кампанията стартира през март": a recurring event, not a stage.
_HABITUAL_HINTS = any_of(("всяк", "всеки", "ежегод", "ежемесеч", "every ", "each ", "annual", "yearly"))
_HABITUAL = re.compile(
    r"(?:\b(?:всяк[аио]|всеки)\s+(?:година|месец|седмица|пролет|лято|есен|зима|сезон|учебна\s+година|януари|февруари|"
    r"март|април|май|юни|юли|август|септември|октомври|ноември|декември|понеделник|вторник|сряда|четвъртък|петък|"
    r"събота|неделя)|\bevery\s+(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"\bежегодно|\bежемесечно|\b(?:every|each)\s+(?:year|month|week|spring|summer|autumn|winter|season)|"
    r"\bannually|\byearly)\b")
# "До момента са ремонтирани 3 от 8 улици", "so far": results on the way, not an end.
_SO_FAR_HINTS = any_of(("момента", "досега", "засега", "so far", "to date", "until now", "thus far", " от ", " of ", "наполовина", "half done",
                        "%", "процент", "per cent", "percent"))
_SO_FAR = re.compile(r"\b(?:до\s+момента|досега|засега|so\s+far|to\s+date|until\s+now|thus\s+far|наполовина|half\s+done)\b|"
                     # "three of the five measures": a count in words
                     r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:of|out\s+of)\s+(?:the\s+)?"
                     r"(?:two|three|four|five|six|seven|eight|nine|ten|twelve|\d+)\b|"
                     r"\d\s+от\s+(?:общо\s+)?\d|\d\s+(?:of|out\s+of)\s+(?:the\s+)?\d|"
                     # "завършено на 90 %", "90% complete": a share of the works, not their end ("покриват
                     # около 60% от потреблението" is a result, not a share of the works)
                     r"(?:\b(?:на|at|е|са|is|are)\s+)(?!100)\d{1,2}\s*(?:%|процента|per\s*cent|percent)|"
                     r"(?<!\d)(?!100)\d{1,2}\s*(?:%|процента|per\s*cent|percent)\s+(?:complete|done|ready|finished|"
                     r"готов|завърш|изпълн|построен|изграден)|"
                     # a share in words: "е изпълнена около половината от предвидения обем", "half of the works"
                     r"(?<!\w)(?:половината|третината|четвъртината|(?:една|две)\s+трет(?:а|и)|(?:по-)?голямата\s+част)\s+от\s+"
                     r"(?:предвиден|планиран|заложен|общия|всички|строител|ремонт|работ|дейност|обем|смр|обект|трас|улиц|сград)|"
                     r"(?<!\w)(?:half|a\s+third|two\s+thirds|a\s+quarter|most)\s+of\s+the\s+"
                     r"(?:planned\s+|construction\s+|building\s+)?(?:works?|route|network|pipes?|streets?|buildings?|activities)")
_CLAUSE_END = re.compile(r"[,;:–—]")
# "медиатори със завършено средно образование", "completed secondary school": people's schooling.
_SCHOOLING_AFTER = re.compile(r"\s+(?:(?:висше|средно|основно|начално|професионално|полувисше)\s+образование|"
                              r"образователна\s+степен|(?:their\s+|his\s+|her\s+)?(?:secondary|higher|primary|"
                              r"university)\s+(?:education|school|studies))")
# A rejection told after the application, in the same sentence.
_REJECTED = re.compile(r"\bне\s+(?:беше|бе|е|бяха|са)\s+(?:одобрен|финансиран|класиран)\w*|\bотхвърлен\w*|"
                       # "предложението не получи финансиране", "did not receive funding"
                       r"\bне\s+(?:получи|получиха|спечели|спечелиха)\s+(?:\S+\s+)?(?:финансиране|одобрение|средства|подкрепа)|"
                       r"\b(?:was|were)\s+(?:not\s+(?:approved|funded|selected)|rejected|turned\s+down)|"
                       r"\b(?:did\s+not|didn't|failed\s+to)\s+(?:receive|get|win|secure)\s+(?:\S+\s+)?(?:funding|financing|support|a\s+grant)")
# Many small projects after the cue: "одобрените проекти" (a scheme's), "изпълняват и по един доброволчески
# проект" (one each, of the participants).
_PLURAL_PROJECTS_AFTER = re.compile(r"\s+(?:проекти|предложения|идеи|микропроекти|projects|proposals)\b")
_EACH_A_PROJECT_AFTER = re.compile(r"\s+(?:и\s+)?по\s+(?:един|една|едно)\s+(?:[^\W\d_]+\s+)?(?:проект|инициатива|идея)")
# A length of the works done ("завършени 4,2 км пътека", "completed 800 m of pipes"): a tally, not the end.
_LENGTH_AFTER = re.compile(r"\s+(?:са\s+)?(?:над\s+|около\s+|близо\s+|about\s+|over\s+)?\d[\d\s.,]*\s*"
                           r"(?:км|километра|м|метра|km|kilometres|kilometers|m|metres|meters)\b")
_FUTURE_INSIDE = re.compile(r"\bще\b|\bwill\b|\bпредстои")
# A time to come, and a year told as a point in time (not an end "до 2026", not a range).
_FUTURE_TIME_HINTS = any_of(("догодина", "следващ", "next ", "coming", "following year"))
_FUTURE_TIME = re.compile(r"\bдогодина\b|\bследващ(?:ата|ия|ото|ите)\s+(?:година|месец|седмица|пролет|лято|есен|зима|"
                          r"месеци|години|седмици)|\bnext\s+(?:year|month|week|spring|summer|autumn|winter)|"
                          r"\bin\s+the\s+coming\s+(?:months|weeks|years)|\bthe\s+following\s+year")
_POINT_YEAR = re.compile(
    # (a day after "до" is an end the stage runs to: "е в изпълнение до 31.12.2026 г.")
    r"(?:\b(?:през|в|от)\s+(?:[^\s\d]+\s+){0,3}?|(?<!\d)(?<!\bдо\s)\d{1,2}\.\d{1,2}\.|(?<!\d)(?<!\bдо\s)\d{1,2}\s+[^\s\d]+\s+)"
    r"((?:19|20)\d{2})(?!\s*[-–/]\s*(?:19|20)?\d{2})\s*(?:г\b|година)|"  # "през март 2026 г.", "01.03.2026 г."
    r"\b(?:in|during|from|on)\s+(?:early\s+|late\s+|mid-?)?(?:[a-z]+\s+)?(?:\d{1,2}\s+)?"
    r"((?:19|20)\d{2})\b(?!\s*[-–/]\s*(?:19|20)?\d{2})")  # "in March 2026"

# A completion that belongs to a part of the project (a stage, a tender, a training course).
# A yearly round, edition, vote or season of a standing scheme is a part too, and so is a course
# or a school its people finished ("медиаторите са завършили курс", "средно образование").
# ("всички дейности" are the whole project; "приемо-предавателен протокол" is a hand-over, no admission)
_PART_OF_PROJECT = re.compile(
    r"(?<!всички )(?<!всичките )(?<!all )(?<!all the )"
    r"\b(?:(?:етап|фаза|дейност(?!ите\b)|процедур|поръчк|обучени|семинар|прием(?!о-)|срок|кампани|"
    r"кандидатстването|конкурс|стаж|курс|квалификаци|специалност|сезон|издание|учебн|подбор|записван|"
    r"гласуван|участък|отсечк|секци|stage|phase|tender|call|deadline|training|season|edition|voting|enrolment|"
    r"selection|section|stretch|"
    # a standing policy's or a register's periodic check ("the latest review was completed in June")
    r"review|audit|inspection|одит|ревизи|проверк)\w*|"
    r"кръг(?:ът|а)?|цикъл(?:ът|а)?|(?:висше|средно|основно)\s+образование|round|rounds|cycle|vote)\b")
# A start that belongs to a scheme's call, not to a project ("Стартира приемът на проектни предложения").
# A start of a scheme's call or of its evaluation, not of a project ("стартира приемът на
# предложения"; a programme or a scheme that is under way may be the practice itself).
_CALL = re.compile(r"\b(?:прием(?:ът|а)?|кандидатстването|конкурс\w*|покана(?:та)?|оценка(?:та)?|оценяването|"
                   r"обществен\w*\s+поръчк\w*|call|applications?|evaluation|tender(?:ing)?|procurement)\b")
# A sentence whose subject, in its first words, is a part of the project.
# (a pilot alone may be the practice itself: "The pilot … has been completed")
_PART_OPENING = re.compile(r"^\W*(?:\S+\s+){0,3}?(?:phase|stage|етап(?:ът|а)?|фаза(?:та)?)\b")
# Firms or businesses started at the practice are its results, not its start: "в инкубатора са
# стартирали 17 фирми", "12 нови бизнеса стартираха", "40 start-ups have started" (a count needed).
_COUNTED_BUSINESSES = r"\d+\s+(?:нови\s+|new\s+)?(?:фирми|компании|бизнеса|предприятия|стартъпа|businesses|companies|firms|start-?ups)\b"
_STARTERS_AFTER = re.compile(r"\s+(?:\S+\s+)?" + _COUNTED_BUSINESSES)
_STARTERS_BEFORE = re.compile(_COUNTED_BUSINESSES + r"\s+(?:\S+\s+)?$")
_WITH_AFTER = re.compile(r"\s*(?:с|със|with)\s")
# A part named in a phrase of time after the verb is when, not what: "Проектите приключиха до
# края на учебната година", "ended in the season".
_TIME_PHRASE_END = re.compile(
    r"\b(?:до|в|във|през|преди|след|към|by|before|until|till|in|at|during)\s+"
    r"(?:(?:края|началото|средата|the\s+end|the\s+start|the\s+beginning)\s+(?:на|of)\s+(?:the\s+)?(?:\S+\s+)?|"
    r"the\s+)?$")
_ON_TIME = re.compile(r"^\s*(?:в\s+(?:срок|определения\s+срок)|навреме|on\s+(?:time|schedule))")
_SUB_PROJECTS = re.compile(r"\b(?:проектите|идеите|идеи|обектите|инициативите|микропроектите|"
                           r"projects|ideas|proposals|initiatives|micro-?projects)\b")
# The object of the verb is a scheme's chosen proposals: "общината изпълнява най-подкрепените",
# "реализира избраните идеи", "carries out the winning projects" — many small projects, not this one.
_CHOSEN_AFTER = re.compile(r"\s+(?:[^\W\d_]+\s+)?(?:най-)?(?:подкрепен|харесван|гласуван|избран|спечелил|класиран|"
                           r"одобрен|печеливш)\w*ите(?:\s+(?:проекти|идеи|предложения|инициативи|микропроекти))?(?=\s*(?:[.,;:!?)]|$))|\s+the\s+(?:most[\s-]\w+|winning|selected|chosen|best[\s-]\w+)"
                           r"\s+(?:ideas|projects|proposals)\b")
# A relative pronoun right before the verb: its subject is the noun before the pronoun.
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|който|която|което|които)\s+(?:[^\W\d_]+\s+)?$")
_PROJECT_WORD = re.compile(r"\b(?:проект(?:ът|а)?|практиката|project)\b")
# The full article marks the subject: "проектът" is the one who acts, "проекта" an object.
_PROJECT_SUBJECT = re.compile(r"\bпроектът\b|^\W*the\s+project\b")
# The plural noun right before a completion verb is its subject: "Проектите приключиха до края
# на годината" — the practice's own projects are done (a scheme's projects carry a clause:
# "Проектите, събрали най-много гласове, се изпълняват").
_PLURAL_SUBJECT = re.compile(r"\b(?:проектите|обектите|инициативите|микропроектите|projects)\s+"
                             r"(?:(?:успешно|вече|окончателно|също|всички|successfully|all|also)\s+)?"
                             r"(?:(?:са|бяха|were|have|had)\s+(?:(?:успешно|вече|all|been)\s+)?)?$")
# "одобрен" is weak: it must be about a project or funding, not a council approving a plan.
_APPROVAL_CONTEXT = re.compile(r"проект|предложени|финансиран|кандидатур|искане|грант|мрежа|партньорств|"
                               # approved by a funder: "бе одобрен от МИГ … с 48 000 лв." (money alone is no
                               # funder: "Всяка одобрена идея получава до 3 000 лв." is a scheme's rule)
                               r"\bмиг\b|пудоос|управляващ|фонд|министерств|агенци|"
                               r"project|proposal|funding|network|partnership|application|bid")
_COUNCIL = re.compile(r"общинск\w*\s+съвет|\bобс\b|решение\s+№|council|\bсъветници(?:те)?\b")

# What an opening opened: a building or a place ends its project; a procedure, a season, an
# exhibition or a school class does not, "откри нарушения" is a finding, and the opening of a
# construction site starts the works.
_FACILITY = re.compile(
    r"\b(?:обект|сград|(?:кино)?салон|сцен|халет|центр|център|парк|площадк|площад|улиц|пътя|пътят|път|мост|зала|зали|залата|градин|ясл|"
    r"училищ|музе|библиотек|пречиствателн|станци|алея|алеи|алеята|пешеходн|кабинет|пункт|дом|домът|комплекс|"
    r"басейн|стадион|пътек|маршрут|читалищ|игрищ|корпус|клиник|болниц|паркинг|пазар|театър|галери|приют|"
    r"кухн|работилниц|centre|center|building|park|playground|school|kindergarten|nursery|road|bridge|"
    r"street|square|hall|library|museum|pool|trail|path|station|plant|facility|clinic|hospital|market|"
    r"theatre|theater|kitchen|shelter|office|promenade|pier|lane|footbridge|walkway|stadium|gym|sewer|"
    r"покрив|фасад|дограм|тротоар|настилк|канализац|водопровод|осветлени|roof|facade|façade|pavement|"
    # a corner, a room or a zone of a building ("opened its digital corner", "детски кът")
    r"кът|стая|зона|пространств|corner|room|classroom|zone|space|home|house|лаборатори|laborator|ателие|studio|"
    r"инкубатор|incubator|"
    # a health post or an outpatient clinic ("беше открита обновената здравна служба")
    r"служб|амбулатори|поликлиник)\w*")
_NOT_OPENED = re.compile(
    r"\b(?:процедур|конкурс|прием|сезон|учебна(?:та)?\s+година|изложб|кампани|паралелк|базар|фестивал|събор|"
    r"празник|сесия|заседани|конференци|форум|седмица|нарушени|пропуск|проблем|заболяван|диабет|имот|случа|"
    r"сметк|строителн\w*\s+площадк|call|season|exhibition|fair|festival|session|conference|forum|week|"
    r"campaign|account|school\s+year)\w*")
_FACILITY_CUE = re.compile(r"откри|open|inaugur|посрещна|welcomed|лента|ribbon|отвори|експлоатация|ползване|operation|service|"
                           r"предаде|предаден|handed|"
                           r"акт|приемателн|пусна|обекта")
_OPENING = re.compile(r"откри|open|inaugur|посрещна|welcomed|лента|ribbon|отвори")
_ACTIVE_WORKS = re.compile(r"изгради|построи|подмени|ремонтира|реконструира|санира|асфалтира|рехабилитира|built|"
                           r"constructed|renovated|refurbished|rebuilt|resurfaced|upgraded")
_NOUN_OBJECT = re.compile(r"\s+на\s")
_ACTIVE_OPENED = re.compile(r"\bоткри(?:ха|хме)?$")
# A portal, platform, register, council or service that started is a standing service, not a project.
_STANDING_SUBJECT = re.compile(r"\b(?:портал|платформа|сайт|приложение|регист(?:ър|ъра|ърът|ри)|съвет|комисия|"
                               r"услуга|схема(?:та)?|линия(?:та)?|portal|platform|website|app|register|council|committee|service|"
                               r"scheme|bus\s+line)\w*")
# What can be carried out ("проектът се изпълни", "ремонтът се осъществи").
_DONE_SUBJECT = re.compile(r"проект|инициатив|практик|дейност|ремонт|строителств|реконструкц|обект|програм|"
                           r"обновяван|саниран")
# (a contract named is a project too: "услугата продължава да се предоставя по новия договор")
_PROJECT_NAMED = re.compile(r"\bпроект|\bproject|\bдоговор|\bcontract\b")
# Still running, said after a completion in the same sentence.
_STILL_RUNNING = re.compile(r"\b(?:тече|текат|продължава\w*|се\s+изпълнява\w*|работи|работят)\s+и\s+"
                            r"(?:в\s+момента|сега|днес|досега)\b|\b(?:is|are)\s+still\s+(?:running|under\s+way|ongoing)|"
                            # "Завърши ремонтът на покрива, но реставрацията по проекта тепърва започва"
                            r",\s+(?:но|а)\s+[^.;]{0,80}?(?:тепърва\s+започва|все\s+още\s+(?:тече|продължава))|"
                            # one part done while the builders go on with another: "Към момента е завършен покривът,
                            # а изпълнителят работи по басейните" (a centre that "работи с 40 деца" is open, not at work)
                            r",\s+(?:но|а|докато)\s+(?:строителите|работниците|изпълнителят|фирмата(?:-изпълнител)?)\s+"
                            r"(?:вече\s+|все\s+още\s+|в\s+момента\s+|сега\s+)?(?:работи|работят)\s+(?:по|върху)\s|"
                            r",\s+(?:но|а|докато)\s+(?:работата|работите|ремонтът|строителството|дейностите)\s+(?:по\s+[^.;,]{1,60}?\s)?"
                            r"(?:продължава(?:т)?|тече|текат)\b|"
                            # the same subject goes on to the next part: "has finished the foundations and is now
                            # building the ground floor", "завърши основите и вече изгражда първия етаж"
                            r"\s(?:and|but)\s+(?:is|are)\s+now\s+(?:building|working\s+on|laying|installing|fitting|paving|erecting)\b|"
                            r"\s(?:и|а)\s+(?:вече|сега|в\s+момента)\s+(?:изгражда|строи|полага|монтира|работи\s+по)(?:т)?\b|"
                            r",?\s+(?:while|but)\s+the\s+(?:contractor|builders|workers|crews?)\s+(?:is|are)\s+(?:still\s+|now\s+)?working\s+on\b|"
                            r",\s+but\s+[^.;]{0,80}?\b(?:is|are)\s+(?:only\s+now\s+starting|still\s+(?:going\s+on|under\s+way))")
_FROM_SIGNING = re.compile(r"\b(?:от|след)\s+(?:датата\s+на\s+)?подписване(?:то)?\s+на\s+(?:\S+\s+)?договор|"
                           r"\bfrom\s+(?:the\s+)?(?:date\s+of\s+)?(?:the\s+)?(?:contract|agreement)(?:'s)?\s+signature")
_ON_A_PROPOSAL_OF = re.compile(r"\bпо\s+(?:предложение|идея|инициатива)\s+на\s+(?:младежкия\s+|детския\s+)?(?:съвета?|"
                               r"парламента?|гражданите|жителите|децата|младежите)|\bon\s+the\s+(?:council|parliament)'s\s+"
                               r"(?:proposal|initiative)")
# Run by the municipality itself, with its own people or budget: a standing service, not a funded project.
_OWN_MEANS = re.compile(r"\b(?:run|operated|managed)\s+by\s+the\s+municipality(?:'s|’s)\s+own\b|"
                        r"\bсе\s+(?:управлява|поддържа|води)\s+от\s+(?:собствен|общинск)\w*\s+(?:екип|служители|звено)")
# Kept up as a standing service in the same sentence: "is maintained from the municipal budget", "се поддържа от общината".
_MAINTAINED = re.compile(r"\b(?:is|are)\s+(?:now\s+)?maintained\s+(?:by|from|with)\b|\bсе\s+поддържа(?:т)?\s+(?:от|със?|чрез)\s")
_OPENING_PARTICIPLE = re.compile(r"^\W*(?:реализиран|изпълнен|осъществен)(?:а|о|и)?\s+(?:през|в\s+периода|между|от)\s")
_NONE_YET = re.compile(r"\bno\s+(?:\S+\s+)?(?:application|proposal|bid)s?\b|\bняма\s+(?:подадено|внесено)")
# A part named with the project it belongs to ("издание на проекта", "the first phase of the project").
# (an English name may stand before the word: 'the pilot phase of the "Smart Bins" project')
_PART_OF_THE_PROJECT = re.compile(r"\b((?:етап|фаза|издание|участък|отсечк|stage|phase|edition|section)\w*)\s+(?:на|от|of)\s+"
                                  r"(?:the\s+)?(?:\"[^\"]{1,60}\"\s+|“[^”]{1,60}”\s+)?"
                                  r"(?:проекта|практиката|инициативата|project|practice)\b")
# The municipality's own standing programme or policy as the object of "изпълнява".
_OWN_POLICY_AFTER = re.compile(r"\s+(?:своя(?:та)?|собствена(?:та)?|общинска(?:та)?|its\s+own)\s+(?:\S+\s+)?"
                               r"(?:програма|политика|стратегия|план|programme|policy|strategy|plan)")
# (and a standing body's going on: "Съветът продължава да работи и през 2019 г.")
_START_WORDS = ("старт", "започна", "started", "launched", "began", "begun", "продължава", "continues")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def _clause(lower: str, start: int, end: int) -> str:
    """The clause around ``lower[start:end]``: up to the nearest comma, dash or semicolon."""
    left = max((m.end() for m in _CLAUSE_END.finditer(lower, 0, start)), default=0)
    right = _CLAUSE_END.search(lower, end)
    return lower[left:right.start() if right else len(lower)]


def _not_a_fact(lower: str, match: re.Match, before: str) -> bool:
    """Future, possible, negated or conditional, by the words just before the cue."""
    return _NOT_REAL.search(before) is not None or _CONDITIONAL.search(before) is not None


def _in_the_future(lower: str, match: re.Match, before: str) -> bool:
    """A stage placed in the future by its clause: a noun of the event in a future clause
    ("закриването на проекта ще бъде в петък") or after a preposition of time in a sentence
    about the future ("след подписването на договора ремонтът ще …"), or a verb in a clause of
    time in a sentence about the future ("когато ремонтът приключи, залата ще …")."""
    if _NOMINAL.search(match.group(0)) and not _PRESENT_VERB.search(match.group(0)):
        if _FUTURE.search(_clause(lower, match.start(), match.end())):
            return True
        if _TIME_PREPOSITION.search(before) and _FUTURE.search(lower):
            return True
    return bool(_WHEN.search(before) and _FUTURE.search(lower, match.end()))


# (a subject of up to two words may come between: "and the project is scheduled to close in 2026")
_NEXT_VERB = re.compile(r"\s(?:и|а|но|and|but)\s+(?:[^\W\d_]+\s+){0,2}?"
                        r"(?:(?:is|are|will|should|must|would|could|may|ще|трябва|следва|е|са|се)\s)")


def _dated_later(lower: str, match: re.Match, published_year: int | None) -> bool:
    """A stage placed after the page by its clause: a time to come (``догодина``, ``next
    spring``) or a year after the page's publication (``стартира през 2026 г.`` on a 2025 page;
    a range such as a programme's ``2021-2027`` and an end ``до 2026 г.`` place nothing)."""
    clause = _clause(lower, match.start(), match.end())
    # the clause ends at a conjunction after the cue: "began in April and is expected to finish next
    # year" places the finish, not the start, next year
    joined = _NEXT_VERB.search(clause, clause.find(match.group(0)) + len(match.group(0)))
    if joined:
        clause = clause[:joined.start()]
    if _FUTURE_TIME_HINTS.search(clause) is not None and _FUTURE_TIME.search(clause) is not None:
        return True
    if published_year is None or ("19" not in clause and "20" not in clause):
        return False
    return any(int(bg or en) > published_year for bg, en in _POINT_YEAR.findall(clause))


def _habitual(lower: str, match: re.Match) -> bool:
    if _HABITUAL_HINTS.search(lower) is None:
        return False
    return _HABITUAL.search(_clause(lower, match.start(), match.end())) is not None


def _so_far(lower: str) -> bool:
    return _SO_FAR_HINTS.search(lower) is not None and _SO_FAR.search(lower) is not None


def _about_a_part(lower: str, match: re.Match, parts: re.Pattern = _PART_OF_PROJECT) -> bool:
    """The cue's subject is a stage, tender or call rather than the project.

    The subject is the nearest noun before the verb ("приемът на предложения приключи") or,
    in Bulgarian's verb-first order, right after it ("приключи първият етап").
    """
    owner = _PROJECT_WORD.match(lower, match.start())
    if owner:  # 'the pilot phase of the "Smart Bins" project ended in June': the project word owns the part
        span = lower[max(0, match.start() - 80):owner.end()]
        part = _PART_OF_THE_PROJECT.search(span)
        if part and part.end() == len(span):
            return True
    if _PROJECT_WORD.search(match.group(0)):
        return False  # "общината изпълни проект за обучение": the project is named in the cue
    if parts is _PART_OF_PROJECT and _PART_OPENING.match(lower) and not _PROJECT_WORD.search(lower, 0, match.start()):
        return True  # "A pilot phase in 2019-2020 was supported by … and ended in 2020": the subject opens the sentence
    relative = _RELATIVE_BEFORE.search(lower, max(0, match.start() - 30), match.start())
    if relative and parts.search(lower, max(0, relative.start() - 30), relative.start()):
        return True  # "after a two-stage evaluation that began in autumn": the verb's subject is the part
    if _PROJECT_SUBJECT.search(_clause(lower, match.start(), match.start())):
        return False  # "проектът по процедурата приключи": the subject form names the project
    before = lower[max(0, match.start() - 60):match.start()]
    # "първото издание на проекта", "етапът от проекта": the project word names what the part belongs to
    before = _PART_OF_THE_PROJECT.sub(r"\1", before)
    # "приключи в срок" is on time, not a deadline that ended
    after = _ON_TIME.sub("", lower[match.end():match.end() + 40], count=1)
    part_before = [m.end() for m in parts.finditer(before)]
    project_before = [m.end() for m in _PROJECT_WORD.finditer(before)]
    if part_before and (not project_before or part_before[-1] > project_before[-1]):
        return True
    if _WITH_AFTER.match(after) or _PROJECT_WORD.search(lower, 0, match.start()):
        return False  # "приключи с обучение": how it ended; "проектът … приключи": its subject
    part_after, project_after = parts.search(after), _PROJECT_WORD.search(after)
    if part_after and _TIME_PHRASE_END.search(after, 0, part_after.start()):
        return False
    return bool(part_after and not project_before
                and (not project_after or part_after.start() < project_after.start()))


# The many proposals a project was ranked among are the call's, not the subject: "ranked first among 46
# proposals and was selected for funding", "класиран сред 40 предложения".
_RANKED_AMONG = re.compile(r"\b(?:among|out\s+of|сред|от\s+общо)\s+(?:the\s+|all\s+|всички\s+)?\d+(?:-те)?\s+"
                           r"(?:[^\W\d_]+\s+)?$")


def about_sub_projects(before: str) -> bool:
    """The subject is the many small projects of a scheme, not the practice's own project.

    >>> about_sub_projects("проектите, събрали най-много гласове, "), about_sub_projects("проектът ")
    (True, False)
    """
    plural = [m.end() for m in _SUB_PROJECTS.finditer(before)
              if not _RANKED_AMONG.search(before, max(0, m.start() - 30), m.start())]
    single = [m.end() for m in _PROJECT_WORD.finditer(before)]
    return bool(plural) and (not single or plural[-1] > single[-1])


def _opened_a_facility(lower: str, match: re.Match) -> bool:
    """An opening is a completion when what opened is a building or a place: the nearest of
    the nouns around the verb (its subject or object) is a facility, not a procedure, a season,
    a fair or a finding ("кметът откри коледния базар на площада")."""
    word = match.group(0)
    if "откриване" in word:  # a noun: its object follows ("откриването на обновения парк")
        window = lower[match.end():match.end() + 50]
        if not _NOUN_OBJECT.match(window):
            return False
    elif _ACTIVE_OPENED.search(word):  # the active verb: its object follows ("кметът откри залата")
        window = lower[match.end():match.end() + 50]
    else:
        window = lower[max(0, match.start() - 60):match.end() + 60]
        centre = match.start() - max(0, match.start() - 60) + len(word) // 2
        return _nearest(_FACILITY, window, centre) < _nearest(_NOT_OPENED, window, centre)
    return _nearest(_FACILITY, window, 0) < _nearest(_NOT_OPENED, window, 0)


def _nearest(pattern: re.Pattern, window: str, centre: int) -> float:
    """How far from ``centre`` the nearest match of ``pattern`` in ``window`` is (inf: none)."""
    return min((min(abs(m.start() - centre), abs(m.end() - centre)) for m in pattern.finditer(window)),
               default=float("inf"))


def _standing_start(lower: str, match: re.Match, page_year: int | None) -> bool:
    """A start of a standing service, not of a running project, in a sentence naming no project:
    four or more years before the page (``the mediator programme started in 2009`` on a 2015
    page), or of a portal, a platform or a council (``порталът стартира през 2019 г.``)."""
    word = match.group(0)
    if not any(start in word for start in _START_WORDS):
        return False
    if _PROJECT_NAMED.search(lower):
        return False  # "проектът стартира през 2009 г.": a project, however long ago
    if (_STANDING_SUBJECT.search(_clause(lower, match.start(), match.end()))
            and not _MAKING.search(lower, max(0, match.start() - 60), match.start())):
        return True  # (the making of a platform is a project: "Разработката на платформата стартира през …")
    if EDITION.search(_clause(lower, match.start(), match.end())) or EDITION.search(lower, match.end(), match.end() + 40):
        return True  # "Днес стартира поредното, 23-то издание на празника": a yearly event, not a project
    if _OWN_MEANS.search(lower):
        return True  # "Launched in 2018 and run by the municipality's own IT team from the municipal budget"
    # a year inside a quoted name is no date ("ремонтът на НЧ „Пробуда – 1903“ започна вчера")
    unquoted = _QUOTED.sub(" ", lower) if "„" in lower or '"' in lower or "«" in lower else lower
    years = [int(y) for y in _YEAR.findall(unquoted)] if page_year is not None else []
    return bool(years) and page_year - max(years) >= 4


# A counted subject right before a plural passive: "and 37 investments were completed", "12 homes have been".
# (a year is no count: "in June 2025 the finished routes were handed over")
_COUNTED_SUBJECT = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d[\d\s,.]*\s+(?:(?!the\b)[a-z-]+\s+){0,2}?(?:[a-z]{3,}s)\s+$")
# Works going on now, then ", а" and what is already done: the completion is of parts.
_AT_WORK_NOW_BEFORE = re.compile(r"\b(?:в\s+момента|сега|currently|now)\s+(?:се\s+)?(?:работи|работят|тече|текат|"
                                 r"(?:is|are)\s+(?:being\s+)?(?:worked|working|built|laid))\b(?:\b(?:ул|бул|гр|с|кв|г|st)\.|[^.;]){0,120},\s+"
                                 r"(?:а|но|докато|while|and)\s+(?:\S+\s+){0,5}?$")
# An idea as the subject of a completion: what a council or a scheme proposed got done, not the project's end.
_IDEA_SUBJECT = re.compile(r"\b(?:идеята|идеите|мечтата|the\s+idea|the\s+ideas)\b(?:(?!проект|project)[^.;,]){0,90}$")
# "всеки одобрен проект", "each approved idea": a rule of a scheme.
_EVERY_BEFORE = re.compile(r"\b(?:всеки|всяка|всяко|всички|every|each|all)\s+$")
# The work of making a standing thing ("разработката на платформата", "the development of the app").
_MAKING = re.compile(r"\b(?:разработката|изграждането|създаването|внедряването|development|building|creation)\s+"
                     r"(?:на|of)\s+(?:the\s+|new\s+|нов\w*\s+)?(?:\S+\s+){0,2}?$")
# An edition of a recurring event or scheme ("поредното издание", "its sixth edition"), in lower-case text.
EDITION = re.compile(r"\bиздание(?:то)?\b|\bedition\b")
_QUOTED = re.compile(r"„[^“”\"]{0,80}[“”\"]|«[^»]{0,80}»|\"[^\"]{0,80}\"")


# "заявки…, които се изпълняват": a relative pronoun (with "се") right before the verb, and the noun before it.
_RELATIVE_PASSIVE = re.compile(r"([^\W\d_]+)\s*,?\s+(?:които|която|което|който)\s+(?:се\s+)?$")
_PROJECT_LIKE = re.compile(r"^(?:проект|практик|инициатив|програм|дейност|ремонт|строителств|услуг|обект|мярк|работ)")


def _not_a_project_antecedent(lower: str, start: int) -> bool:
    """The cue is the verb of a relative clause whose antecedent is no project word."""
    relative = _RELATIVE_PASSIVE.search(lower, max(0, start - 60), start)
    return relative is not None and _PROJECT_LIKE.match(relative.group(1)) is None


def real_cue(lower: str, stage: str, cues: Stage, page_year: int | None = None,
             published_year: int | None = None) -> bool:
    """Whether a match of ``cues`` (the stage's cue table) in the lower-cased sentence
    states ``stage`` as a fact about the project. ``page_year``: the page's year (its
    publication, else the project's start); ``published_year``: only a publication's."""
    for match in finditer_starts(cues.lower, cues.starts, lower):
        before = lower[max(0, match.start() - 40):match.start()]
        word = match.group(0)
        if _not_a_fact(lower, match, before) or _in_the_future(lower, match, before) or _habitual(lower, match):
            continue
        if _FUTURE_INSIDE.search(word):  # "работите по пътеката ще се извършват": a cue spanning its own future
            continue
        if _dated_later(lower, match, published_year) and not (stage == "applied" and ("очаква" in word or "expected" in word)):
            continue  # (an awaited decision is dated later by nature: "резултатите се очакват през 2026 г.")
        if stage == "completed":
            if _MAINTAINED.search(lower):
                continue  # "The app was built by the own IT team and is maintained from the budget": standing
            if _STILL_RUNNING.search(lower, match.end()):
                continue  # "Центърът е създаден по проект …; дейностите по него текат и в момента"
            if _IDEA_SUBJECT.search(lower, max(0, match.start() - 100), match.start()):
                continue  # "Идеята за пешеходната пътека … е реализирана през 2020 г.": a council's or scheme's result
            if _AT_WORK_NOW_BEFORE.search(lower, 0, match.start()):
                continue  # "В момента се работи по ул. „Левски“, а вече са завършени ул. „Ботев“ и …": parts done
            if _so_far(lower) or _SCHOOLING_AFTER.match(lower, match.end()) or _LENGTH_AFTER.match(lower, match.end()):
                continue
            if word.startswith("се ") and not _DONE_SUBJECT.search(_clause(lower, match.start(), match.end())):
                continue  # "мечтата на децата се изпълни": a wish, not the project
            counted = _COUNTED_SUBJECT.search(before) if word.startswith(("were ", "have been ")) else None
            if counted and not _FACILITY.search(counted.group(0)):
                continue  # "37 investments were completed": a count of results, not the project's end (12 classrooms are its works)
            if _FACILITY_CUE.search(word):  # what opened or was put into service decides, not who
                # (its first users welcomed: whatever welcomed them is in use — "лабораторията посрещна първите ученици")
                if _OPENING.search(word) and "първите" not in word and "its first" not in word \
                        and not _opened_a_facility(lower, match):
                    continue
            elif not _OPENING_PARTICIPLE.match(lower) and _about_a_part(lower, match):
                continue  # (a result line opening on the participle has the practice as subject)
        elif stage == "ongoing":
            if _about_a_part(lower, match, _CALL) or _standing_start(lower, match, page_year):
                continue
            if _OWN_POLICY_AFTER.match(lower, match.end()):
                continue  # "изпълнява своя програма за достъпна среда": a standing municipal policy
            if _STARTERS_AFTER.match(lower, match.end()) or _STARTERS_BEFORE.search(lower, max(0, match.start() - 60), match.start()):
                continue
        elif stage == "approved":
            if word.startswith("одобр") and (not _APPROVAL_CONTEXT.search(lower) or _COUNCIL.search(lower)):
                continue
            if _EVERY_BEFORE.search(before):
                continue  # "Всеки одобрен проект получава до 2 000 лв.": a scheme's rule, not an approval
        elif "очаква" in word and _COUNCIL.search(lower):
            continue
        if stage == "applied" and word.startswith(("проектите", "предложенията", "идеите", "projects", "proposals")):
            continue  # "проектите се оценяват от комисия": a scheme's many proposals, not this project's bid
        if stage == "approved" and _FROM_SIGNING.search(lower, max(0, match.start() - 25), match.end()):
            continue  # "36 месеца от подписване на договора": a point to count from, not an event
        if stage == "completed" and _ON_A_PROPOSAL_OF.search(lower, 0, match.start()):
            continue  # "По предложение на съвета бяха обновени две площадки": a standing body's results
        if stage == "applied" and _NONE_YET.search(lower, 0, match.end()):
            continue  # "No application has been lodged yet."
        if stage == "applied" and _REJECTED.search(lower, match.end()):
            continue  # "подаде проектно предложение …, но то не беше одобрено": an application that failed
        if stage in ("ongoing", "completed") and _CHOSEN_AFTER.match(lower, match.end()):
            continue
        if word.endswith("ите") and not word.startswith("сред") and _PLURAL_PROJECTS_AFTER.match(lower, match.end()):
            continue  # "ще изпрати одобрените проекти": a scheme's many projects
        if stage in ("ongoing", "completed") and _EACH_A_PROJECT_AFTER.match(lower, match.end()):
            continue
        if stage in ("ongoing", "completed") and _not_a_project_antecedent(lower, match.start()):
            continue  # "заявки за лекарства, които се изпълняват при следващото посещение": the requests
        if about_sub_projects(lower[:match.start()]) and not (
                stage == "completed" and _PLURAL_SUBJECT.search(before)):
            continue
        return True
    return False


def real_weak_cue(lower: str, page_year: int | None = None, published_year: int | None = None) -> bool:
    """A result of finished works or an end named by a noun, not placed in the future, not a
    result so far, not a scheme's results and not the history of a building (``построена
    през 1962 г.``)."""
    for match in finditer_starts(WEAK_COMPLETED.lower, WEAK_COMPLETED.starts, lower):
        before = lower[max(0, match.start() - 40):match.start()]
        if _not_a_fact(lower, match, before) or _habitual(lower, match) or _dated_later(lower, match, published_year):
            continue
        if _FUTURE.search(_clause(lower, match.start(), match.end())) or (
                match.group(0).startswith(("след", "after", "since", "once")) and _FUTURE.search(lower)):
            continue
        if (_so_far(lower) or about_sub_projects(lower[:match.start()]) or _ON_A_PROPOSAL_OF.search(lower, 0, match.start())
                or _MAINTAINED.search(lower)):
            continue
        if page_year is not None and any(page_year - int(y) >= 5 for y in _YEAR.findall(lower)):
            continue
        if _ACTIVE_WORKS.match(match.group(0)) and not _FACILITY.search(lower, match.end(), match.end() + 50):
            continue  # the active verb needs a building as object
        return True
    return False
