"""Project status: where a project stands in its lifecycle (applied → approved → ongoing → completed).

Two kinds of evidence, in order of trust:

1. a label — ``Статус: приключил``, ``Status: completed``, a registry cell that is just
   ``В изпълнение`` / ``Приключен`` on its own line (or under a bare ``Статус`` line);
2. prose cues — verbs of the lifecycle inside sentences. A page often tells the whole story
   ("кандидатства …, одобрен …, стартира …, успешно приключи"), so the latest stage wins.

Prose cues are filtered because the same verbs describe other things: future, possible or
wished-for events (``ще стартира``, ``могат да кандидатстват``, ``трябва да приключи``),
conditions (``ако бъде одобрен``), negations (``не е приключил``), a part of the project rather
than the project (``приключи първият етап``, ``приемът приключи``), the many small projects of a
scheme (``проектите, събрали най-много гласове, се изпълняват``), and approvals by the municipal
council (``одобрени от общинския съвет планове``).

>>> extract_status("Заглавие\\nСтатус: приключил").value
'completed'
"""
from __future__ import annotations

import re

from indexer.extract.anchored import any_of
from indexer.extract.asides import shifted_aside, split_sentences
from indexer.extract.fact import Fact

STAGES = ("applied", "approved", "ongoing", "completed")
_RANK = {stage: rank for rank, stage in enumerate(STAGES)}
_MAX_SOURCE = 300

# --- labels -------------------------------------------------------------------------------
_LABEL = re.compile(
    r"^\s*(?:статус(?:\s+на\s+(?:проекта|договора|изпълнение))?|състояние(?:\s+на\s+проекта)?|"
    r"етап|project\s+status|status)\s*(?:[:|\t–-]\s*(?P<value>.*?))?\s*$",
    re.IGNORECASE)

# Label values (and bare registry cells) → stage; first matching pattern wins.
_LABEL_VALUES = (
    # terminated / withdrawn: the project has no lifecycle stage (the label still decides)
    ("none", re.compile(r"прекрат|анулиран|оттеглен|terminated|cancel+ed|withdrawn|discontinued", re.I)),
    ("completed", re.compile(r"приключ|завърш|изпълнен\b|реализиран|финализ|"
                             r"complete|finish|closed|ended|implemented", re.I)),
    ("ongoing", re.compile(r"изпълнение|изпълнява|текущ|в\s+процес\s+на\s+(?:изпълнение|реализация)|"
                           r"стартира|активен|"
                           r"ongoing|in\s+progress|running|active|under\s+implementation", re.I)),
    ("approved", re.compile(r"одобрен|договориран|сключен\s+договор|подписан|"
                            r"approved|contracted|granted|awarded", re.I)),
    ("applied", re.compile(r"подаден|кандидатств|оценка|оценява|"
                           r"applied|submitted|under\s+evaluation|pending", re.I)),
)
# A registry table cell: the whole line is a status word.
_BARE_CELL = re.compile(
    r"^\s*(приключен|приключил|завършен|в\s+изпълнение|прекратен|одобрен|"
    r"completed|ongoing|in\s+progress|terminated)\s*\.?\s*$", re.IGNORECASE)

# --- prose --------------------------------------------------------------------------------
_CUES = (
    ("completed", re.compile(
        r"\b(?:успешно\s+)?(?:приключ(?:и|иха|ил|ила|ило|или|ен|ена|ено|ени)|"
        r"завърш(?:и|иха|ил|ила|ило|или|ен|ена|ено|ени)|"
        r"финализира(?:н|на|но|ни|ха)|"
        r"(?:проект(?:ът)?|практиката|дейностите|проектите)\s+(?:е|беше|бе|са|бяха)\s+(?:успешно\s+)?"
        r"(?:реализиран|изпълнен|осъществен)\w*|"
        r"(?:was|were|has\s+been|have\s+been|successfully)\s+(?:completed|finished|implemented|concluded)|"
        r"(?:project|it)\s+is\s+(?:now\s+|already\s+)?(?:completed?|finished)|"
        r"(?:е|беше|бе|са|бяха)\s+(?:изграден|построен|ремонтиран|обновен|реконструиран|саниран|рехабилитиран|"
        r"създаден|оборудван)\w*\s+(?:със\s+средства\s+)?(?:по|от)\s+(?:проект|програм|оп\b|ПРСР|ФАР|ОПРР)\w*|"
        r"(?:ended|finished|concluded)\s+(?:in|on)|(?:has|have)\s+(?:ended|finished)|"
        r"(?:has|have|had)\s+(?:now\s+|already\s+|successfully\s+)?(?:completed|finished|concluded)\s+"
        r"(?:its|their|the|this|a|an)\s+(?:[\w-]+\s+){0,2}?(?:project|practice|initiative|renovation|construction)|"
        r"ran\s+(?:from|between|until|till)|"
        r"(?:was|were)\s+carried\s+out|"
        # a passive with no named subject: "е изпълнен между …", "бе реализиран през 2016 г."
        # (singular only: "са реализирани 19 идеи" are a scheme's many small projects)
        r"(?:е|беше|бе)\s+(?:вече\s+)?(?:успешно\s+)?(?:реализиран|изпълнен|осъществен|завършен)(?:а|о)?"
        r"(?!\s+(?:с|със)\s+(?!(?:подкрепа|финансов|средства|помощ|финансиране)))|"
        # a closing event of the project
        r"(?:закриване(?:то)?|приключване(?:то)?|финализиране(?:то)?)\s+на\s+(?:\w+\s+){0,2}?(?:проект|практика|инициатива)\w*|"
        r"(?:заключителн|финалн)\w+\s+(?:пресконференция|конференция|събитие|среща|церемония)\s+(?:по|на)\s+(?:\w+\s+){0,2}?проект\w*|"
        r"(?:closing|final)\s+(?:event|conference|ceremony)\s+of\s+(?:the|this)\s+project|"
        r"(?:has|have|had)\s+(?:now\s+|officially\s+|formally\s+)?been\s+(?:officially\s+|formally\s+)?closed|"
        r"(?:project|it)\s+(?:was|is\s+now)\s+(?:officially\s+|formally\s+)?closed)\b", re.I)),
    ("ongoing", re.compile(
        r"\b(?:в\s+изпълнение|в\s+процес\s+на\s+(?:изпълнение|реализация)|"
        r"се\s+(?:изпълняват?|реализира(?:т)?|осъществява(?:т)?)|изпълнява(?:т|ме)?|"
        r"стартира(?:ха|л|ла|ло|ли)?|започна(?:ха|л|ла|ло|ли)?|даде\s+(?:се\s+)?старт|"
        r"приключва|is\s+being\s+implemented|runs\s+(?:until|till|to)|"
        r"(?:is|are)\s+(?:currently\s+|now\s+|still\s+)?(?:implementing|running|carrying\s+out)\s+"
        r"(?:a|an|the|its|their|this)\s+(?:[\w-]+\s+){0,3}?(?:project|programme|program|initiative|scheme)|"
        r"is\s+ongoing|ongoing|under\s+way|underway|"
        r"(?:works?|construction|renovation|activities)\s+(?:is|are)\s+(?:now\s+|currently\s+|still\s+|already\s+)?in\s+progress|"
        r"(?:работите|ремонтът|ремонтните\s+работи|строителните\s+работи|строителството|дейностите)\s+"
        r"(?:по\s+(?:\w+\s+){0,3}?)?(?:вече\s+|в\s+момента\s+|все\s+още\s+)?(?:текат|тече|вървят|върви|са\s+в\s+ход|е\s+в\s+ход)|"
        r"(?:в\s+момента\s+)?текат\s+(?:\w+\s+)?работи|"
        r"продължава(?:т)?\s+(?:и\s+)?(?:днес\s+|вече\s+|успешно\s+)?да\s+(?:се\s+)?(?:осигурява|работи|предоставя|"
        r"функционира|изпълнява|прилага|обслужва|помага|доставя|действа|реализира|развива|предлага)\w*|"
        r"continues?\s+to\s+(?:run|operate|work|provide|serve|offer|deliver|be\s+(?:implemented|provided|run))|"
        r"(?:was|were|has\s+been)\s+(?:started|launched)|started|launched)\b", re.I)),
    ("approved", re.compile(
        r"\b(?:одобрен(?:а|о|и)?|одобри(?:ха)?|спечели(?:ха|л|ла|ло|ли)?|подписа(?:ха|л|ла|ли)?\s+(?:[^\s.;,]+\s+){0,3}?договор|"
        r"подписан(?:а|о|и)?\s+(?:е\s+)?договор|договор(?:ът)?\s+(?:е|беше|бе)\s+подписан|"
        r"получи(?:ха|л|ла)?\s+(?:безвъзмездно\s+)?(?:финансиране|одобрение)|класиран(?:а|о|и)?\s+за\s+финансиране|"
        r"сключи(?:ха|л|ла)?\s+договор|сключен(?:и)?\s+(?:е\s+)?договор|"
        r"договор\w*[^.;]{0,60}?\s(?:е|беше|бе|бяха|са)\s+(?:подписан|сключен)\w*|"
        r"(?:was|were|has\s+been)\s+(?:approved|awarded|granted)|won\s+(?:funding|financing|a\s+grant|the\s+grant)|"
        r"signed\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}contract|contract\s+(?:was|has\s+been)\s+signed)\b",
        re.I)),
    ("applied", re.compile(
        r"\b(?:кандидатства(?:ха|л|ла|ло|ли)?|подаде(?:ха|на|но|ни|л|ла)?\s+(?:проектн\w+\s+)?"
        r"(?:предложение|проект|заявление|апликационна\s+форма)|подадено\s+проектно|внесе(?:ха)?\s+проект|"
        r"applied\s+for|submitted\s+(?:a|the|an)\s+(?:project|proposal|application))\b", re.I)),
)

# Substrings (lower-cased) that every match of a stage's cue holds, one per alternative of
# its regex: most sentences hold none, and the IGNORECASE regexes over Cyrillic are slow.
# A cue alternative added to _CUES needs its word here.
_CUE_HINTS = {
    "completed": ("приключ", "завърш", "финализира", "реализиран", "изпълнен", "осъществен", "complete",
                  "finished", "implemented", "concluded", "изграден", "построен", "ремонтиран", "обновен",
                  "реконструиран", "саниран", "рехабилитиран", "създаден", "оборудван", "ended", "ran",
                  "carried", "закриване", "заключителн", "финалн", "closing", "final", "closed"),
    "ongoing": ("изпълнение", "процес", "изпълнява", "реализира", "осъществява", "старт", "започна", "приключва",
                "implemented", "runs", "implementing", "running", "carrying", "ongoing", "under", "progress",
                "работ", "ремонт", "строител", "дейност", "текат", "продължава", "continue", "started",
                "launched"),
    "approved": ("одобр", "спечели", "подписа", "договор", "получи", "класиран", "approved", "awarded",
                 "granted", "won", "signed"),
    "applied": ("кандидатства", "подаде", "внесе", "applied", "submitted"),
}
_CUE_HINT_PATTERNS = {stage: any_of(hints) for stage, hints in _CUE_HINTS.items()}

# Words just before a cue that make it not a fact about now: future, possibility, negation.
_NOT_REAL = re.compile(
    r"(?:\bще(?:\s+се)?(?:\s+бъде)?|\bпредстои(?:\s+да)?|\bможе(?:\s+да)?|\bмогат(?:\s+да)?|"
    r"\bправо\s+да|\bвъзможност\s+да|\bне(?:\s+е|\s+са|\s+бе|\s+беше)?|\bбиха|\bтрябва\s+да|\bбъде|"
    r"\bочаква(?:т)?\s+(?:се\s+)?да|\bда|\bplanned\s+to|\bexpected\s+to|\bscheduled\s+to|\bdue\s+to|"
    r"\bwill(?:\s+be)?|\bnot(?:\s+yet)?(?:\s+been)?|\bcan|\bmay|\beligible\s+to|\bto\s+be)\s*$",
    re.IGNORECASE)
# "Ако предложението бъде одобрено": a condition in the same clause, not a fact.
_CONDITIONAL = re.compile(r"(?:\bако|\bif|\bв\s+случай|\bunless)\b[^,.;]*$", re.IGNORECASE)
# A completion that belongs to a part of the project (a stage, a tender, a training course).
_PART_OF_PROJECT = re.compile(
    r"\b(?:етап|фаза|дейност|процедур|поръчк|обучени|семинар|прием|срок|кампани|"
    r"кандидатстването|конкурс|стаж|stage|phase|tender|call|deadline|training)\w*", re.I)
_WITH_AFTER = re.compile(r"\s*(?:с|със|with)\s", re.I)
_ON_TIME = re.compile(r"^\s*(?:в\s+(?:срок|определения\s+срок)|навреме|on\s+(?:time|schedule))", re.I)
_SUB_PROJECTS = re.compile(r"\b(?:проектите|идеите|обектите|инициативите|микропроектите)\b", re.I)
_PROJECT_WORD = re.compile(r"\b(?:проект(?:ът|а)?|практиката|project)\b", re.I)
# The plural noun right before a completion verb is its subject: "Проектите приключиха до края
# на годината" — the practice's own projects are done (a scheme's projects carry a clause:
# "Проектите, събрали най-много гласове, се изпълняват").
_PLURAL_SUBJECT = re.compile(r"\b(?:проектите|обектите|инициативите|микропроектите|projects)\s+"
                             r"(?:(?:успешно|вече|окончателно|също|всички|successfully|all|also)\s+)?"
                             r"(?:(?:са|бяха|were|have|had)\s+(?:(?:успешно|вече|all|been)\s+)?)?$", re.I)
# A sentence that turns to another, earlier project ("Това не е първият парк, който общината
# обновява. През 2015 г. общината приключи проект …"): from it to the end of its paragraph,
# stages belong to that other project and count only when the page states no other stage.
_ASIDE = re.compile(
    r"\bне\s+е\s+(?:първ\w*|единствен\w*)|\bне\s+за\s+първ\w*\s+път|\bпреди\s+(?:това|години)|"
    r"\bпредишн\w+|\bпредходн\w+\s+(?:проект|програмен|период)|\bдруг(?:и|ия|ият)?\s+проект|"
    r"\bминалия\s+програмен\s+период|\bnot\s+the\s+(?:first|only)|\bnot\s+for\s+the\s+first\s+time|"
    r"\bвече\s+(?:е\s+|са\s+)?(?:изпълни|реализира|осъществи|приключи)\w*\s+(?:[^\s.]+\s+){0,2}?проект|"
    r"\balready\s+(?:has\s+)?(?:implemented|completed|carried\s+out)\s+(?:\S+\s+){0,2}?project|"
    r"\b(?:отделен|отделна|следващ\w*)\s+проект\w*|\bпо\s+(?:друга|отделна)\s+(?:програма|мярка)|"
    r"\b(?:a\s+)?separate\s+project|\bnext\s+project|\bunder\s+another\s+programme|"
    r"\bpreviously\b|\bin\s+the\s+past\b|\bprevious\s+(?:project|programming)|\banother\s+project|"
    r"\bearlier\s+project", re.I)
# "одобрен" is weak: it must be about a project or funding, not a council approving a plan.
_APPROVAL_CONTEXT = re.compile(r"проект|предложени|финансиран|кандидатур|искане|грант|project|proposal|funding", re.I)
_COUNCIL = re.compile(r"общинск\w*\s+съвет|\bобс\b|решение\s+№|council", re.I)

_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[\"„“(A-ZА-Я0-9])")


def _trim(text: str) -> str:
    return text.strip()[:_MAX_SOURCE]


def _label_stage(value: str) -> str | None:
    for stage, pattern in _LABEL_VALUES:
        if pattern.search(value):
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
            stage = _label_stage(value[:40])  # a long value starts with the stage, then explains
            if stage:  # "none" too: extract_status turns it into None
                return Fact(stage, _trim(source))
        elif _BARE_CELL.match(line):
            stage = _label_stage(line)
            if stage:
                return Fact(stage, _trim(line))
    return None


def _about_a_part(sentence: str, match: re.Match) -> bool:
    """The completion's subject is a stage, tender or call rather than the project.

    The subject is the nearest noun before the verb ("Приемът на предложения приключи") or,
    in Bulgarian's verb-first order, right after it ("Приключи първият етап").
    """
    before = sentence[max(0, match.start() - 60):match.start()]
    # "приключи в срок" is on time, not a deadline that ended
    after = _ON_TIME.sub("", sentence[match.end():match.end() + 40], count=1)
    part_before = [m.end() for m in _PART_OF_PROJECT.finditer(before)]
    project_before = [m.end() for m in _PROJECT_WORD.finditer(before)]
    if part_before and (not project_before or part_before[-1] > project_before[-1]):
        return True
    if _WITH_AFTER.match(after) or _PROJECT_WORD.search(sentence, 0, match.start()):
        return False  # "приключи с обучение": how it ended; "Проектът … приключи": its subject
    part_after, project_after = _PART_OF_PROJECT.search(after), _PROJECT_WORD.search(after)
    return bool(part_after and not project_before
                and (not project_after or part_after.start() < project_after.start()))


def _about_sub_projects(before: str) -> bool:
    """The subject is the many small projects of a scheme, not the practice's own project.

    >>> _about_sub_projects("Проектите, събрали най-много гласове, "), _about_sub_projects("Проектът ")
    (True, False)
    """
    plural = [m.end() for m in _SUB_PROJECTS.finditer(before)]
    single = [m.end() for m in _PROJECT_WORD.finditer(before)]
    return bool(plural) and (not single or plural[-1] > single[-1])


def _real_cue(sentence: str, stage: str, pattern: re.Pattern) -> bool:
    """True when ``sentence`` states ``stage`` as a fact about the project."""
    for match in pattern.finditer(sentence):
        before = sentence[max(0, match.start() - 40):match.start()]
        if _NOT_REAL.search(before) or _CONDITIONAL.search(before):
            continue
        if stage == "completed" and _about_a_part(sentence, match):
            continue
        if _about_sub_projects(sentence[:match.start()]) and not (
                stage == "completed" and _PLURAL_SUBJECT.search(before)):
            continue
        if stage == "approved" and match.group(0).lower().startswith("одобр") and (
                not _APPROVAL_CONTEXT.search(sentence) or _COUNCIL.search(sentence)):
            continue
        return True
    return False


# Substrings every _ASIDE match holds: most sentences hold none, and a plain substring test is
# far cheaper than an IGNORECASE regex over Cyrillic.
_ASIDE_HINTS = ("вече", "already", "първ", "единствен", "преди", "предишн", "предходн", "друг", "миналия", "not ", "previous",
                "past", "another", "earlier", "отдел", "следващ", "separate", "next project")

_ASIDE_HINT_PATTERN = any_of(_ASIDE_HINTS)


def _is_aside(sentence: str) -> bool:
    lower = sentence.lower()
    return _ASIDE_HINT_PATTERN.search(lower) is not None and _ASIDE.search(sentence) is not None


def _sentences(lines: list[str], municipality: str | None = None, page_year: int | None = None):
    """(sentence, aside): ``aside`` from a sentence that turns to another project (an earlier
    one, or another municipality's; see ``asides``) to the end of its paragraph (a line)."""
    for line in lines:
        aside = False
        for sentence in split_sentences(line, _SENTENCE_END):
            if sentence.strip():
                aside = aside or _is_aside(sentence) or shifted_aside(sentence, municipality, page_year)
                yield sentence, aside


def _from_prose(lines: list[str], municipality: str | None = None, page_year: int | None = None) -> Fact | None:
    """The latest stage about this project; an aside's stages only when nothing else is said."""
    best: dict[bool, Fact | None] = {False: None, True: None}
    for sentence, aside in _sentences(lines, municipality, page_year):
        lower = sentence.lower()
        for stage, pattern in _CUES:
            current = best[aside]
            if current is not None and _RANK[stage] <= _RANK[current.value]:
                break  # cues are ordered latest-first; nothing later in this sentence can win
            if _CUE_HINT_PATTERNS[stage].search(lower) is None:  # any(hint in lower ...), in C
                continue
            if _real_cue(sentence, stage, pattern):
                best[aside] = Fact(stage, _trim(sentence))
                break
    return best[False] or best[True]


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
    period (``start``/``end``) ending before the page's ``published`` date says completed, one
    running at that date ongoing. ``municipality`` (the
    page's label) and ``page_year`` (its publication year) let sentences about another
    municipality's or a much earlier project be read as asides.

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
        fact = _from_prose(lines, municipality, page_year)
        # No stage word decides: the project's own period, seen from the publication date.
        if fact is None:
            fact = _from_period(published, start, end)
    return None if fact is None or fact.value == "none" else fact
