"""Project status: where a project stands in its lifecycle (applied → approved → ongoing → completed).

Evidence, in order of trust:

1. a label — ``Статус: приключил``, ``Status: completed``, a registry cell that is just
   ``В изпълнение`` / ``Приключен`` on its own line (or under a bare ``Статус`` line);
2. prose cues (:mod:`indexer.extract.status_cues`) — the lifecycle in verbs, passives and nouns.
   A page often tells the whole story ("кандидатства …, одобрен …, стартира …, успешно
   приключи"), so the latest stage wins; weak cues (results of works, an end named by a noun)
   only when no stage verb speaks of this project;
3. the project's own period against the publication date;
4. a sentence placed in the past, a recap, or a sentence after an aside in the same paragraph,
   when nothing about this project decides; a sentence that names another project as such
   (``друг проект``, ``отделно проектно предложение``, ``an earlier network``), related news and a
   completion in the background section never give this one a stage.

Prose cues are filtered (:mod:`indexer.extract.status_filters`): a future, conditional, negated
or recurring event, a part of the project, a scheme's many small projects, a council's approval
or a long-standing service is not a stage this project reached.

>>> extract_status("Заглавие\\nСтатус: приключил").value
'completed'
"""
from __future__ import annotations

import re

from indexer.extract.anchored import any_of
from indexer.extract.asides import SAME_FUNDER, UNRELATED, names_other_project, names_own_project, recalled_past, recap_aside, shifted_aside, split_sentences
from indexer.extract.background import in_background
from indexer.extract.fact import Fact
from indexer.extract.status_cues import ANY_CUE_HINT, CUES, HINT_PATTERNS, WEAK_HINT_PATTERN
from indexer.extract.status_filters import EDITION, real_cue, real_weak_cue
from indexer.page_lines import section_heading

STAGES = ("applied", "approved", "ongoing", "completed")
_RANK = {stage: rank for rank, stage in enumerate(STAGES)}
_MAX_SOURCE = 300

# The cue tables by stage, latest stage first, and each stage's pre-test words.

# --- labels -------------------------------------------------------------------------------
_LABEL = re.compile(
    r"^\s*\|?\s*(?:(?:текущ\s+)?статус(?:\s+на\s+(?:проекта|договора|изпълнение|проектното\s+предложение|предложението))?|(?:текущо\s+)?състояние(?:\s+на\s+(?:проекта|договора|изпълнението))?|"
    r"(?:текущ\s+)?етап(?:\s+на\s+(?:проекта|изпълнение|реализация))?|(?:текуща\s+)?фаза\s+на\s+(?:проекта|изпълнение)|текуща\s+фаза|"
    r"(?:current\s+|project\s+|implementation\s+|application\s+)?status|(?:project\s+|current\s+)?(?:stage|state)|"
    # "Current phase: Implementation (month 11 of 24)", "Текуща фаза: изпълнение"; a bare "Фаза"/"Phase" only
    # before a colon ("Phase: implementation"): a "Phase – …" line heads a work plan, "Фаза 1: …" is a part of it
    r"(?:project|current)\s+phase|(?:фаза|phase)(?=\s*[:|\t]))\s*(?:[:|\t–-]\s*(?P<value>.*?))?\s*$",
    re.IGNORECASE)

# "Status Contracted", "Статус Приключен": a label and its value with no separator, read only
# when the value names a stage.
_SPACED_LABEL = re.compile(r"^\s*\|?\s*(?:(?:текущ\s+)?статус|(?:project\s+)?status)\s+(?P<value>\S.*?)\s*$", re.IGNORECASE)

# Label values (and bare registry cells) → stage; first matching pattern wins.
_LABEL_VALUES = (
    # terminated, withdrawn or rejected: the project has no lifecycle stage (the label still decides)
    ("none", re.compile(r"прекрат|анулиран|оттеглен|неодобрен|(?<!още\s)не\s+е\s+(?:одобрен|финансиран)|отхвърлен|"
                        r"отказан|terminated|cancel+ed|withdrawn|discontinued|rejected|not\s+approved|refused|"
                        r"declined|not\s+funded|unsuccessful|"
                        # a standing service named as such: "Статус: действаща услуга", "Status: permanent service"
                        r"^\W*(?:действащ|постоянн|текущ)\w*\s+(?:социална\s+)?(?:услуга|практика|политика|мярка|схема)|"
                        r"^\W*(?:permanent|standing|regular)\s+(?:service|scheme|practice|policy)", re.I)),
    ("completed", re.compile(r"приключ|\bприкл\.|завърш|изпълнен(?:а|о|и)?\b|достав(?:ен|ена|ено|ени)\b|реализиран|финализ|устойчивост|затворен|закрит|"
                             r"отчетен|complete|finish|closed|ended|implemented|finali[sz]ed|sustainability|ex-post|delivered", re.I)),
    ("ongoing", re.compile(r"изпълнение|изпълнява|текущ|в\s+процес\s+на\s+(?:изпълнение|реализация)|"
                           # a registry's "Реализира се", "Осъществява се"
                           r"реализира\s+се|осъществява\s+се|се\s+(?:реализира|осъществява)\b|"
                           r"стартира|започна|активен|действащ|в\s+ход|\bвърви|\bтече\b|\bтекат\b|"
                           r"ongoing|in\s+progress|running|active|implementation|execution|started|under\s*way|"
                           # the abbreviation of a registry column ("в изп."), and the works under way named by
                           # their verbal noun ("Етап на изпълнение: Изграждане на покрива", "Фаза: СМР")
                           r"\bв\s+изп\b|^\W*(?:изграждане|строителство|строително-монтажни|смр\b|монтаж|полагане|"
                           r"ремонтни\s+работи|доставка\s+и\s+монтаж|construction\s+works?\b|installation\s+works?\b)", re.I)),
    ("approved", re.compile(r"одобрен|договориран|договаряне|сключен|подписан|подписване|договор|"
                            r"класиран|спечелен|споразумение|"
                            r"approved|contracted|granted|awarded|contracting|contract|signed|selected|agreement", re.I)),
    ("applied", re.compile(r"подаден|внесен|депозиран|регистриран|кандидатств|оценка|оценява|очаква|резерв|"
                           r"applied|submitted|evaluat|assessment|under\s+review|pending|reserve", re.I)),
)
# A long label value starts with its stage and then explains, often with the next step that is
# still to come ("одобрен, предстои стартиране", "Approved – implementation is expected to
# start …"): the value is read piece by piece (split at punctuation, dashes and "и", "and",
# "but", a full stop), and a piece that tells of something to come names no stage reached.
_VALUE_PIECES = re.compile(r"\s*(?:[,;(/]|\.\s|\s[–—-]\s|\s+(?:и|а|но|and|but)\s)\s*", re.I)
_TO_COME = re.compile(r"предсто|\bще\s|в\s+подготовка|подготв\w*\s+за|\bin\s+preparation|\bpreparing\b|очаква(?:\s+се|т|ме)?\s|в\s+очакване|планиран|(?:все\s+)?още\s+не\b|"
                      r"\bexpected\b|\bwill\s|\bto\s+(?:start|begin|be)\b|\bpending\b|\bawaiting\b|\bupcoming\b|"
                      r"\bscheduled\b|\bplanned\b|\bnot\s+(?:yet\s+)?(?:started|begun)|\bnot\s+yet\b", re.I)
# What the awaited step says was reached before it: awaiting an approval or an evaluation →
# applied; a contract or a start → approved; an end → ongoing.
_AWAITED = (
    ("applied", re.compile(r"одобр|оценк|класиран|решение|approv|evaluat|assessment|decision|selection", re.I)),
    ("approved", re.compile(r"договор|подпис|старт|започ|изпълнение|contract|agreement|signature|signing|start|"
                            r"begin|implementation|launch", re.I)),
    ("ongoing", re.compile(r"приключ|завърш|експлоатация|приемане|complet|finish|\bend|operation|handover|"
                           # the rest still to come: some of it is done ("предстои доставка за останалите две")
                           r"acceptance|останал|remaining|\bthe\s+rest\b|"
                           # an opening of the building to come (not of a call: "откриване на процедура")
                           r"откриване(?!\s+на\s+(?:процедур|покан|прием|конкурс))|\bopening\b(?!\s+of\s+(?:the\s+)?(?:call|tender))", re.I)),
)
# A later piece of a long value that tells of a part of the project ("В процес на реализация –
# завършен е грубият строеж на първата сграда", "running – first cycle completed") explains the
# stage named first; it is no stage of the whole project.
_PART_PIECE = re.compile(r"етап|фаза|строеж|първ(?:ата|ия|ият|ото|ите)|дейност|цикъл|обучени|групи|курс|"
                         r"stage|phase|first|cycle|training|part\b|groups?\b|course|"
                         # a share or a count of the works done: "изпълнени са 40 % от СМР", "9 groups have finished"
                         r"\d\s*%|\bпроцент|\bpercent|^\s*\d+\s+[^\W\d_]+\s+(?:са|have|has)\b", re.I)
# A piece that finishes a part of the works ("Грубият строеж е завършен", "Доставено е оборудването за
# първите три училища", "изпълнени 45 % от работите", "first stage completed") tells works under way:
# the whole project has not ended.
_PART_DONE = re.compile(r"груб\w*\s+строеж|\bпърв(?:ия|ият|ата|ото|ите)\b|(?<![\d,.])(?!100\b)\d{1,2}(?:[,.]\d+)?\s*(?:%|процента)|"
                        r"\bfirst\b|rough\s+construction|\bshell\s+(?:of|is)\b|(?<![\d,.])(?!100\b)\d{1,2}\s*(?:%|per\s*cent)", re.I)
# A label inside a paragraph, after a sentence: "… 96 000 евро. Етап на изпълнение: вторият етап тече".
_INLINE_LABEL = re.compile(r"(?<=[.!?])\s+(?:(?:текущ\s+)?статус(?:\s+на\s+проекта)?|етап\s+на\s+(?:изпълнение|проекта)|"
                           r"(?:current\s+|project\s+)?status)\s*:\s*(?P<value>[^.!?]+)", re.IGNORECASE)
_INLINE_HINTS = ("татус", "тап на", "tatus")
# A registry table cell: the whole line is a status word.
_BARE_CELL = re.compile(
    r"^\s*(приключен|приключил|завършен|финализиран|в\s+изпълнение|изпълнява\s+се|реализира\s+се|осъществява\s+се|прекратен|одобрен|"
    r"одобрен\s+за\s+финансиране|completed|ongoing|in\s+progress|terminated|closed|finali[sz]ed)\s*\.?\s*$",
    re.IGNORECASE)

# --- prose -------------------------------------------------------------------------------
# A sentence that turns to another, earlier project ("Това не е първият парк, който общината
# обновява. През 2015 г. общината приключи проект …"): from it to the end of its paragraph,
# stages belong to that other project and count only when the page states no other stage.
_ASIDE = re.compile(
    r"\bне\s+е\s+(?:първ\w*|единствен\w*|нов[аио]?\b)|\bне\s+за\s+първ\w*\s+път|\bпреди\s+(?:това|години)|"
    r"\bпредишн\w+|\bпредходн\w+\s+(?:(?:ѝ|й|му|им|си)\s+)?(?:проект|програмен|период)|\bминалогодишн\w+|"
    # "Това е третият проект на общината – предходните два … вече са приключили"
    r"\bпредходни(?:те|я|ят)\s+(?:два|две|три|четири|пет|няколко|\d+)\b|\b(?:the\s+)?previous\s+(?:two|three|four|few|\d+)\b|"
    # "друг проект", "друг, вече приключил през 2024 г. проект"
    r"\bдруг(?:и|ия|ият|а|о|ото|ата)?\b(?:г\.|[^.;]){0,40}?\b(?:проект|начинани|инициатив)|"
    # "…, но предложението не беше одобрено; фондът не е свързан с него", "has nothing to do with"
    r"\b(?:" + UNRELATED + r")|"
    r"\bминалия\s+програмен\s+период|\bnot\s+the\s+(?:first|only)|\bnot\s+for\s+the\s+first\s+time|\bis\s+not\s+new\b|"
    r"\bвече\s+(?:е\s+|са\s+)?(?:изпълни|реализира|осъществи|приключи)\w*\s+(?:[^\s.]+\s+){0,2}?проект|"
    r"\balready\s+(?:has\s+)?(?:implemented|completed|carried\s+out|took\s+part|taken\s+part|participated)\s+(?:\S+\s+){0,3}?"
    r"(?:project|network|programme|initiative)|"
    r"\b(?:отдел\w*|следващ\w*)\s+проект\w*|\bпо\s+(?:друга|отделна)\s+(?:програма|мярка)|"
    r"\b(?:a\s+)?separate\s+(?:\S+\s+)?(?:project|proposal|application)|\bnext\s+project|\bunder\s+another\s+programme|"
    r"\bpreviously\b|\bin\s+the\s+past\b|\bprevious\s+(?:[\w-]+\s+){0,2}?(?:project|programming)|\banother\s+project|"
    # "The municipality's other major project", "Calafat's own river port project", "A project to upgrade the website
    # started" (an indefinite project opening the sentence), "по проект на партньорската община"
    r"\bother\s+(?:[\w-]+\s+){0,2}?projects?\b|['’]s\s+own\s+(?:[\w-]+\s+){0,3}?project|^\W*an?\s+(?:[\w-]+\s+){0,2}?project\s+to\b|"
    r"\bпроект\w*\s+на\s+партньорск\w+\s+(?:община|организация|град)|"
    # one more bid or deal besides the practice: "Общината кандидатства и за средства за ремонт на сградата",
    # "has also applied for a grant", "гласува и проект за нова детска градина"
    r"\b(?:кандидатства(?:ше|ха)?|подаде(?:ха)?|спечели(?:ха)?|подписа(?:ха)?|гласува(?:ха)?|одобри(?:ха)?)\s+и\s+(?:за|проект|по|договор)|"
    r"\b(?:has|have)\s+also\s+(?:applied|submitted|won|signed|received|started|launched)\b|"
    r"\b(?:an\s+)?earlier\s+(?:\S+\s+){0,2}?(?:project|network|programme|initiative|application|renovation|"
    r"reconstruction|repair|works|scheme)|"
    r"\b(?:подоб|аналогич|сходн)\w*\s+проект\w*|\bsimilar\s+projects?|"
    # another project of the same funder: "с финансиране от същата МИГ", "from the same programme"
    r"\b(?:" + SAME_FUNDER + r")\b|"
    # a sentence opening on other work done at the same time ("Паралелно тези дни приключва ремонтът на …")
    # (or on "Докато …", while something else goes on: "Докато ремонтът на пазара продължава, …")
    r"^\W*(?:паралелно|успоредно|междувременно|отделно|докато|in\s+parallel|meanwhile|separately)\b|"
    r"\bотделн\w+\s+(?:инициатива|програма|дейност)|\bseparate\s+(?:initiative|programme|scheme)")
# "Also" after an ending: "Наскоро приключи и ремонтът на училището", "беше открит и новият парк",
# "also completed a new kindergarten" — one more thing finished besides this project, unless the
# sentence names this project ("Проектът приключи и центърът вече работи").
_ALSO_ENDED = re.compile(
    r"\b(?:приключи(?:ха)?|завърши(?:ха)?|(?:беше|бе|бяха|е|са)\s+(?:открит|завършен|ремонтиран|обновен|изграден)\w*|"
    # (or the object: "завърши и ремонта на автогарата")
    r"отвори(?:ха)?)\s+и\s+(?:(?:нов(?:ият|ата|ото|ите)\s+|обновен(?:ият|ата|ото|ите)\s+)?(?!обектът\b)[^\W\d_]+(?:ът|ят)\b|"
    r"[^\W\d_]{3,}[ая]\s+на\s)"
    # (not a new clause with its own verb: "е завършена и обектът е предаден на оператора")
    r"(?!\s+(?:е|са|беше|бе|бяха|вече|ще|се|бъде|бъдат)\b)|"
    r"\balso\s+(?:completed|finished|opened|inaugurated|renovated|built)\b")
_ALSO_HINTS = any_of(("also", "приключи", "завърши", "открит", "завършен", "ремонтиран", "обновен", "изграден", "отвори"))
# Substrings every _ASIDE match holds: most sentences hold none.
_ASIDE_HINTS = ("вече", "already", "първ", "единствен", "преди", "предишн", "предходн", "друг", "миналия", "not ",
                "other", "s own", "project to", "партньорск", " и за", " и проект", " и по", " и договор", "also",
                "previous", "past", "another", "earlier", "отдел", "следващ", "separate", "next project", "подоб",
                "аналогич", "сходн", "similar", "не е нов", "свързан", "част от", "връзка", "отношение",
                "nothing to do", "unrelated", "паралелно", "успоредно", "междувременно",
                "parallel", "meanwhile", "същата", "същия", "същото", "the same", "миналогодишн", "separately", "докато")
_ASIDE_HINT_PATTERN = any_of(_ASIDE_HINTS)
# A heading of a related-news tail: every line after it is about other news.
_RELATED_NEWS = re.compile(r"^\W*(?:(?:свързани|още|последни|други)\s+(?:новини|статии|по\s+темата)|"
                           r"(?:свързани|related)\s*:|още\s+от\s+(?:рубриката|категорията)|more\s+from\s|"
                           r"(?:прочетете|вижте)\s+още|related\s+(?:news|articles|stories)|read\s+(?:also|more)|"
                           r"more\s+news|see\s+also)\b")

# Works going on at the moment of writing ("В момента тече …", "currently under way").
_AT_PRESENT = re.compile(r"\b(?:в\s+момента|понастоящем|към\s+момента|currently|at\s+present|right\s+now)\b")
# "проектът тогава приключи", "the project then ended": a project of that earlier time.
_THEN = re.compile(r"(?<!\w)(?:тогава|тогавашн\w+|then|at\s+that\s+time)(?!\w)")

# A register or portal the municipality paid for itself and put online ("Със собствени средства …
# беше създаден геопортал … Регистърът е публичен от 28 ноември 2022 г.") is a standing service:
# its going public ends no project. A donor's or a programme's money makes it a project that ended.
_WENT_PUBLIC = re.compile(r"публич\w*\s+от|went\s+live|been\s+live", re.IGNORECASE)
_OWN_FUNDS = re.compile(r"собствени\s+средства|собствен\s+ресурс|own\s+(?:funds|resources)", re.IGNORECASE)
_OUTSIDE_MONEY = re.compile(r"дарени|грант|фондаци|програм|проект|donation|grant|foundation|programme|project",
                            re.IGNORECASE)


_SINGLE_YEAR = re.compile(r"(?<![\d–-])(?<![\d–-]\s)((?:19|20)\d{2})(?!\s*[-–]\s*(?:19|20)?\d{2})(?!\d)")

# A sentence ends at . ! ? ; before a capital, a quote or a digit — not after the abbreviations
# that precede names and numbers (``в кв. „Младост“``, ``ул. „Раковски“``, ``в с. Хума``, ``акт обр. 16``).
_SENTENCE_END = re.compile(r"(?<=[.!?;])(?<!\bкв\.)(?<!\bул\.)(?<!\bгр\.)(?<!\bс\.)(?<!\bбул\.)(?<!\bпл\.)"
                           r"(?<!\bобл\.)(?<!\bж\.к\.)(?<!\bим\.)(?<!\bд-р\.)(?<!\bобр\.)(?<!\bчл\.)(?<!\bал\.)"
                           r"\s+(?=[\"„“(A-ZА-Я0-9])")


def _trim(text: str) -> str:
    return text.strip()[:_MAX_SOURCE]


def _plain_stage(value: str) -> str | None:
    for stage, pattern in _LABEL_VALUES:
        if pattern.search(value):
            return stage
    return None


def _finished_item(piece: str, stage: str, reached: list[str]) -> bool:
    """A later piece of an "in progress" value that finishes one item of the works ("Implementation
    in progress – the trail marking is complete", "В изпълнение – ремонтът на покрива е завършен"):
    it explains the stage, unless it names the project or is a stage word alone ("в изпълнение,
    приключен")."""
    return (stage == "completed" and "ongoing" in reached and len(piece.split()) > 2
            and not names_own_project(piece))


def _label_stage(value: str, width: int = 40) -> str | None:
    """The stage a label value names: the latest stage of its pieces that begin within its first
    ``width`` characters, each read to ``width`` characters; a piece telling of a step to come
    counts only when no piece names a stage, and then as the stage before that step.

    >>> _label_stage("одобрен, предстои стартиране"), _label_stage("В изпълнение – предстои приключване")
    ('approved', 'ongoing')
    >>> _label_stage("Очаква се одобрение"), _label_stage("contract signed")
    ('applied', 'approved')
    """
    reached: list[str] = []
    to_come: list[str] = []
    position = 0
    for piece in _VALUE_PIECES.split(value):
        start = value.find(piece, position)
        position = max(position, start + len(piece))
        if start >= width or not piece.strip():
            continue
        stage = _plain_stage(piece[:width])
        if stage == "none":
            return stage
        if stage == "completed" and _PART_DONE.search(piece):
            stage = "ongoing"  # a part finished: the works go on
        if _TO_COME.search(piece):
            to_come.append(piece)
        elif stage and not (reached and (_PART_PIECE.search(piece) or _finished_item(piece, stage, reached))):
            reached.append(stage)
    if reached:
        return max(reached, key=_RANK.__getitem__)
    for piece in to_come:
        step = piece[_TO_COME.search(piece).start():]  # what is to come, not what went before
        for stage, awaited in _AWAITED:
            if awaited.search(step):
                return stage
    return None


def _from_labels(lines: list[str]) -> Fact | None:
    """The first status label (or bare registry cell) whose value names a stage."""
    for i, line in enumerate(lines):
        match = _LABEL.match(line)
        if match:
            value = match.group("value")
            source = line
            if not value:  # a table: "Статус" on one line, the value on the next non-empty one
                following = next((l for l in lines[i + 1:i + 3] if l.strip()), "")
                value, source = following, f"{line.strip()} {following.strip()}"
            stage = _label_stage(value)  # a long value starts with the stage, then explains
            if stage:  # "none" too: extract_status turns it into None
                return Fact(stage, _trim(source))
        elif _BARE_CELL.match(line):
            stage = _label_stage(line)
            if stage:
                return Fact(stage, _trim(line))
        else:
            spaced = _SPACED_LABEL.match(line)
            stage = spaced and _label_stage(spaced.group("value"), 25)
            if stage:
                return Fact(stage, _trim(line))
            inline = any(hint in line for hint in _INLINE_HINTS) and _INLINE_LABEL.search(line)
            stage = inline and _label_stage(inline.group("value"))
            if stage:
                return Fact(stage, _trim(line[inline.start():].strip()))
    return None


def _same_length_lower(sentence: str) -> str:
    """``sentence.lower()`` with positions kept: the few characters whose lower case is longer
    (``İ``) stay as they are."""
    lower = sentence.lower()
    if len(lower) == len(sentence):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in sentence)


def _names_another_project(lower: str) -> bool:
    """The sentence says in words that it speaks of another project (``друг проект``, ``отделно
    проектно предложение``, ``an earlier network``, ``идеята не е нова``)."""
    return (_ASIDE_HINT_PATTERN.search(lower) is not None and _ASIDE.search(lower) is not None
            or _ALSO_HINTS.search(lower) is not None and _ALSO_ENDED.search(lower) is not None
            and not names_own_project(lower))


def _turns_aside(sentence: str, lower: str, municipality: str | None, page_year: int | None) -> bool:
    """The sentence turns to another project: named as another, an earlier one (a time before the
    page), another municipality's, a recap."""
    return (_names_another_project(lower)
            or shifted_aside(sentence, municipality, page_year, lower) or recap_aside(sentence, lower))


def _paragraphs(lines: list[str]):
    """(tail, background, [(sentence, lower, has a cue word)]) per line holding a cue word;
    ``tail`` for every line after a related-news heading, whose stages are all other news;
    ``background`` for the lines of a background section (``Предистория``, ``Background``)."""
    tail = background = False
    for line in lines:
        lower_line = _same_length_lower(line)
        tail = tail or _RELATED_NEWS.match(lower_line) is not None
        if len(line) <= 40:
            heading = section_heading(line)
            if heading is not None:
                background = heading[0] == "background"
        cue_word = ANY_CUE_HINT.search(lower_line)
        if cue_word is not None:
            yield tail, background, list(_with_lower(line, lower_line, cue_word.start()))


def _with_lower(line: str, lower_line: str, cue_word: int):
    """(sentence, lower-cased sentence, whether it holds a cue word) for the line's sentences,
    slicing the lower-cased line. ``cue_word`` is where the next cue word begins: the line is
    searched once from sentence to sentence, not once per sentence."""
    position = 0
    for sentence in split_sentences(line, _SENTENCE_END):
        if not sentence.strip():
            continue
        start = line.find(sentence, position)
        if start < 0:  # a date opener joined to its sentence with another space
            lower = _same_length_lower(sentence)
            yield sentence, lower, ANY_CUE_HINT.search(lower) is not None
            continue
        position = start + len(sentence)
        if 0 <= cue_word < start:
            found = ANY_CUE_HINT.search(lower_line, start)
            cue_word = found.start() if found else -1
        yield sentence, lower_line[start:position], start <= cue_word < position


def _part_then_now(finished: str, lower: str) -> bool:
    """A completion that may be one part of the works (``finished``), and a later sentence (``lower``) that may
    tell of works going on: at the moment of writing ("Грубият строеж е завършен. В момента тече
    обзавеждането"), or after a part named as such ("Първото издание на проекта приключи през 2022 г.
    Второто … стартира през май", "The first section opened in March. Work on the rest continues")."""
    finished_lower = finished.lower()
    if _PART_FIRST.match(finished_lower):
        return True
    return _AT_PRESENT.search(lower) is not None and not names_own_project(finished)


# A sentence opening on a first part: "Първото издание на проекта …", "The first section of the bike lane …".
_PART_FIRST = re.compile(r"^\W*(?:the\s+)?(?:първ(?:ото|ият|ата|ия)|first)\s+(?:\S+\s+)?(?:издание|етап|фаза|участък|отсечка|"
                         r"част|edition|stage|phase|section|stretch|part)\b")


def _sentence_stage(lower: str, beat: str | None, page_year: int | None, published_year: int | None) -> str | None:
    """The latest stage the sentence states that is later than ``beat``."""
    for stage, cues in CUES:
        if beat is not None and _RANK[stage] <= _RANK[beat]:
            return None  # cues are ordered latest-first; nothing later in this sentence can win
        if (HINT_PATTERNS[stage].search(lower) is not None
                and real_cue(lower, stage, cues, page_year, published_year)):
            return stage
    return None


def _from_prose(lines: list[str], municipality: str | None = None, page_year: int | None = None,
                published_year: int | None = None) -> tuple[Fact | None, Fact | None]:
    """(this project's stage, the stage of sentences carried aside by their paragraph): the latest
    stage of each; weak cues only when no stage verb is found. A sentence that itself turns to
    another project gives this one no stage, not even as a last resort.

    An aside runs from a sentence that turns to another project to the end of its paragraph
    (a line). Whether a sentence turns aside is asked only when a later sentence of its
    paragraph would change the answer: once this project has a stage, asides no longer matter.

    A project is not completed before it is applied for: when the page tells of an application
    or approval with no date (news of the day) and of a completion two or more years before the
    page that does not name this project (``През 2024 г. общината завърши ремонта на залата`` on
    a 2026 page), the completion is an earlier project's.
    """
    # "own": this project; "aside": a sentence that names another project as such, a related-news
    # tail, a background completion — never this project's; "carried": a sentence placed in the
    # past or in a recap, or a later sentence of an aside's paragraph, which may still be about
    # this project ("Залата е ремонтирана миналата година. Записванията вече започнаха.") — its
    # stage counts only when this project states none.
    best: dict[str, Fact | None] = {"own": None, "aside": None, "carried": None}
    weak: dict[str, Fact | None] = {"own": None, "aside": None, "carried": None}
    dated_end: Fact | None = None   # a completion dated two or more years before the page
    undated_start = False           # an application or approval told with no date: news of now
    undated_works = False           # works under way told with no year: news of now too
    for tail, background, sentences in _paragraphs(lines):
        aside, asked = tail, 0  # sentences[:asked] were asked whether they turn aside
        for i, (sentence, lower, has_cue_word) in enumerate(sentences):
            if not has_cue_word:
                continue
            own = best["own"]
            # works going on now may follow a part finished: then ongoing is asked for too, and replaces it (below)
            reopened = own is not None and own.value == "completed" and _part_then_now(own.source, lower)
            stage = _sentence_stage(lower, "approved" if reopened else own.value if own else None,
                                    page_year, published_year)
            is_weak = (stage is None and own is None and weak["own"] is None
                       and WEAK_HINT_PATTERN.search(lower) is not None
                       and real_weak_cue(lower, page_year, published_year))
            if stage is None and not is_weak:
                continue
            while not aside and asked <= i:
                aside = _turns_aside(*sentences[asked][:2], municipality, page_year)
                asked += 1
            # A background section tells what came before the practice: a completion there
            # (``В периода 2016 – 2018 г. общината изпълни проект …``) is an earlier project's.
            other = aside or (background and stage in (None, "completed"))
            if not other:
                key = "own"
            elif (tail or background or _names_another_project(lower)
                  or names_other_project(sentence, municipality, page_year, lower)):
                key = "aside"
            else:  # a time-shifted sentence, a recap, or one carried by its paragraph
                key = "carried"
            if stage is None:
                weak[key] = weak[key] or Fact("completed", _trim(sentence))
                continue
            years = _single_years(sentence)
            if not other and stage == "completed" and (
                    page_year and years and page_year - max(years) >= 2
                    and (not names_own_project(sentence) or _THEN.search(lower))
                    # "Общината припомня, че миналата година успешно приключи проектът за …"
                    or recalled_past(sentence, lower)):
                dated_end = dated_end or Fact(stage, _trim(sentence))
                continue
            if (key == "own" and stage == "approved" and page_year and years
                    and page_year - max(years) >= 3 and not names_own_project(sentence)):
                # an approval three or more years back that does not name this project ("The museum last
                # received funding in 2015, when its roof was repaired" beside a bid of this year): its own past,
                # which counts only when the page tells no stage of now
                key = "carried"
            # (or dated in the page's own time: "Gabrovets, 2 November 2023 – A bid … is being assessed")
            undated_start = undated_start or (not other and stage in ("applied", "approved")
                                              and (not years or bool(page_year) and min(years) >= page_year - 1))
            # works under way told with no year ("Строителите влязоха на обекта в началото на юли")
            undated_works = undated_works or (not other and stage == "ongoing" and not years)
            current = best[key]
            if current is None or _RANK[stage] > _RANK[current.value]:
                best[key] = Fact(stage, _trim(sentence))
            elif key == "own" and stage == "ongoing" and reopened:
                # one part finished, another going on now: "Техническата рекултивация … е завършена. В момента
                # тече биологичната рекултивация" — the works are under way (not when the project itself ended)
                best[key] = Fact(stage, _trim(sentence))
    own = best["own"]
    if dated_end is not None and not _earlier_project(dated_end, own, undated_start, undated_works):
        best["own"] = dated_end
    return best["own"] or weak["own"], best["carried"] or weak["carried"]


def _earlier_project(dated_end: Fact, own: Fact | None, undated_start: bool, undated_works: bool = False) -> bool:
    """Whether a completion dated two or more years back is not this project's: this project
    already has its completion, or the page tells of its application, approval or works under
    way as news (``Строителите влязоха на обекта в началото на юли`` on a 2024 page, then
    ``През 2019 г. общината завърши саниране на детска градина``)."""
    if own is None:
        return False
    if own.value == "ongoing":
        return undated_works
    return own.value == "completed" or undated_start


def _single_years(sentence: str) -> list[int]:
    """The years a sentence dates itself by; a range (``2014-2020``, a programme's period) is no date."""
    return [int(y) for y in _SINGLE_YEAR.findall(sentence)]


def _whole_sentence(text: str, source: str) -> str:
    """The sentence of ``text`` that holds ``source`` (a date's source may be cut at an abbreviation
    this reader does not end a sentence on: "… в с. Големо село, която беше открита през юни 2024 г.").

    >>> _whole_sentence("Проектът е одобрен. Миналата година в с. Лом беше открита зала през юни 2024 г.", "Лом беше открита зала през юни 2024 г.")
    'Миналата година в с. Лом беше открита зала през юни 2024 г.'
    """
    at = text.find(source) if source else -1
    if at < 0:
        return source
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return next((sentence for sentence in split_sentences(line, _SENTENCE_END) if source in sentence), source)


def _from_period(published: Fact | None, start: Fact | None, end: Fact | None) -> Fact | None:
    """The stage the project's own period gives on the day the page was published: an end
    before it → completed; a start on or before it and an end after it → ongoing. Compared at
    the coarser precision of the two dates; a tie (``2020`` on a page of ``2020-10-14``) decides
    nothing, and so does a start alone (a standing service or scheme).

    >>> _from_period(Fact("2019-03-12", ""), Fact("2016", ""), Fact("2017", "Реализация: 2016 – 2017 г.")).value
    'completed'
    >>> _from_period(Fact("2020-07-15", ""), Fact("2020-06", ""), Fact("2020-09", "от юни до септември")).value
    'ongoing'
    >>> _from_period(Fact("2020-10-14", ""), Fact("2020-06", ""), Fact("2020", "")) is None
    True
    """
    if published is None or end is None:
        return None
    pub, last = published.value, end.value
    width = min(len(pub), len(last))
    if width < 4:
        return None
    if last[:width] < pub[:width]:
        return Fact("completed", _trim(end.source))
    if start is None or last[:width] == pub[:width]:
        return None
    first = start.value
    width_start = min(len(pub), len(first))
    if first[:width_start] <= pub[:width_start]:
        return Fact("ongoing", _trim(end.source))
    return None


def extract_status(text: str, lang: str = "bg", municipality: str | None = None,
                   page_year: int | None = None, *, published: Fact | None = None,
                   start: Fact | None = None, end: Fact | None = None) -> Fact | None:
    """The project's lifecycle stage, or None when the text says nothing about it.

    A label beats prose; in prose the latest stage mentioned wins; with neither, the project's
    period (``start``/``end``) ending before the page's ``published`` date says completed (also over
    an application or an approval told in prose or works under way), one running at that date
    ongoing; then the stage of a sentence placed in the past, in a recap or after an aside in its
    paragraph (it may still be this project's). A sentence that names another project as such
    never gives this one its stage.
    ``municipality`` (the page's label) and ``page_year`` (its publication year, else the
    project's start) let sentences about another municipality's or a much earlier project be
    read as asides; ``published`` also places stages dated after it in the future.

    >>> extract_status("Проектът стартира през 2012 г. и успешно приключи през 2013 г.").value
    'completed'
    >>> extract_status("Общината ще стартира проекта догодина.") is None
    True
    """
    if not text:
        return None
    lines = text.splitlines()
    fact = _from_labels(lines)
    if fact is None:
        published_year = int(published.value[:4]) if published and published.value[:4].isdigit() else None
        own, carried = _from_prose(lines, municipality, page_year, published_year)
        if (own is not None and own.value == "completed" and _WENT_PUBLIC.search(own.source)
                and _OWN_FUNDS.search(text) and not _OUTSIDE_MONEY.search(text)):
            own = None
        period = _from_period(published, start, end)
        around = _whole_sentence(text, period.source) if period is not None else ""
        if period is not None and (_turns_aside(around, _same_length_lower(around), municipality,
                                                published_year or page_year)
                                   or in_background(text, period.source)
                                   # one edition of a recurring event ("The tenth edition … took place on 6–8 June
                                   # 2025"): its days are that edition's, not a project's period
                                   or EDITION.search(period.source.lower())):
            # the dates came from a sentence about another project ("Предходният проект … 2020–2022 г.",
            # "Сградата му беше ремонтирана по проект …, приключил през 2012 г." on a 2025 page about the
            # service working in it) or from the background section, which tells what came before the practice
            period = None
        # an application or an approval in prose, and the project's own period over before the page
        # ("спечели проект … От 8 до 16 юли 2019 г." on an October 2019 page): the period tells the later stage
        # (and a period over before the page beats prose of works under way: "Изпълнението започна на
        # 03.06.2019 г. …; срокът беше удължен до 28.02.2021 г." on a 2023 page tells a finished project)
        if own is not None and period is not None and period.value == "completed" and own.value != "completed":
            own = period
        fact = own or period or carried
    return None if fact is None or fact.value == "none" else fact
