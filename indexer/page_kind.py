"""Which kind of page a (chrome-free, non-listing) page is: flgr, project, registry or news.

Each kind is recognised by markers that only its shape has, counted once each:

* FLGR: the section headings Предистория / Практика / Резултати (Background / Practice /
  Results) and the closing labels Иноватор / Дата на публикация / Номинации;
* project page: the headings Обща цел / Специфични цели / Основни дейности and the
  labels Статус / Бюджет на проекта / Продължителност / Финансиране / ДФФП №...;
* registry record: field labels (Бенефициент, Начална / Крайна дата, Обща стойност,
  Код на проекта...) on lines that make up much of the page, as ``Label: value`` lines or
  as the rows of a text table (``Label | value``).

>>> classify_kind(["Заглавие", "Предистория", "Текст", "Практика", "Текст",
...                "Иноватор: Община Русе"])
'flgr'
>>> classify_kind(["Заглавие", "Общината откри нов парк през май."])
'news'
"""
from __future__ import annotations

import re

from indexer.page_lines import fact_label, is_label_line, section_heading
from indexer.record_fields import key_role

_FLGR_SECTIONS = {"background", "practice", "results"}
_FLGR_LABELS = re.compile(r"(?:иноватор|дата на публикация|номинации|прикачени файлове"
                          r"|innovator|publication date|nominations|attached files)",
                          re.IGNORECASE)
_FLGR_LAST_LABEL = re.compile(r"(?:номинации|nominations)", re.IGNORECASE)
_PROJECT_SECTIONS = {"objective", "specific_objectives", "activities"}
_PROJECT_LABELS = re.compile(
    r"(?:статус|бюджет на проекта|бюджет|партньори|дффп|договор|продължителност|финансиране"
    r"|status|project budget|budget|partners|grant contract|contract|duration|funding)",
    re.IGNORECASE)
_REGISTRY_LABELS = re.compile(
    r"(?:бенефициент|начална дата|крайна дата|дата на стартиране|дата на започване"
    r"|дата на приключване|обща стойност|код на проекта|номер на проекта|наименование"
    r"|наименование на проекта|безвъзмездна финансова помощ|изплатен[аи] сум[аи]"
    r"|оперативна програма|приоритетна ос|процедура|beneficiary|start date|end date"
    r"|total value|project code"
    # Short names a registry gives its fields, counted only as whole labels ("Код: …").
    r"|(?:код|номер на договора?|водещ (?:партньор|бенефициент)|начало|край|общ бюджет"
    # column headers of registry exports ("Получател;Проект;Дата на договора;…")
    r"|номер|получател|проект|име на проекта|дата на договора|дата на сключване"
    r"|стойност на проекта(?:,?\s*\(?(?:лв|лева|евро|bgn|eur)\.?\)?)?"
    r"|lead (?:partner|beneficiary)|contract (?:no|number))(?=\s*(?:№|No\.?)?\s*[:|\t]))",
    re.IGNORECASE)
# A field that names the project, as registry records have ("Проект: …").
_NAME_FIELD = re.compile(r"\s*(?:проект|наименование(?: на проекта)?|име на проекта|project(?: title| name)?)"
                         r"\s*[:|]\s*\S", re.IGNORECASE)
_TABLE_ROW = re.compile(r"([^\W\d_][^|:\n]{0,59}?)\s*\|\s*\S")
# Share of content lines that must be Label: value lines for a registry record.
_REGISTRY_LABEL_SHARE = 0.4
# ... and for a record whose fields include project headings with their text inline.
_ALL_FIELDS_SHARE = 0.75
# Known fact labels (any kind) that make a page with no headings a project page.
_PROJECT_FACT_LABELS = 4


def _markers(lines: list[str]) -> tuple[set[str], set[str], set[str], set[str], bool, int]:
    """(FLGR headings, FLGR labels, project headings, project labels, whether every project
    heading came with its text on its line, as a field of a record does, how many known
    fact labels) found."""
    flgr_sections, flgr_labels, project_sections, project_labels = set(), set(), set(), set()
    all_inline = True
    facts: set[str] = set()
    for line in lines:
        heading = section_heading(line)
        if heading is not None:
            name, inline = heading
            if name in _FLGR_SECTIONS and not inline:
                flgr_sections.add(name)
            if name in _PROJECT_SECTIONS:
                project_sections.add(name)
                all_inline = all_inline and bool(inline)
            continue
        label = fact_label(line)
        if label is None:
            continue
        facts.add(label.lower())
        if _FLGR_LABELS.fullmatch(label):
            flgr_labels.add(label.lower())
        if _PROJECT_LABELS.fullmatch(label):
            project_labels.add(label.lower())
    return flgr_sections, flgr_labels, project_sections, project_labels, all_inline, len(facts)


def _is_table_row(line: str) -> bool:
    """``Бенефициент | Община Русе``: a field of a text table (markdown or bar-and-plus rows,
    which :mod:`indexer.pages` turns into bar-separated lines), label first.

    >>> _is_table_row("Дата на стартиране | 02.05.2019"), _is_table_row("12 Окт, 2020 | Новини")
    (True, False)
    """
    match = _TABLE_ROW.match(line.strip())
    return bool(match) and len(match.group(1).split()) <= 6


_LONGEST_FIELD_LINE = 120
_FIELD_LABEL = re.compile(r"\s*([^:|\t]{1,60}?)\s*[:|\t]")
# Roles of record_keys.tsv that a registry's fields have and an article's labels rarely do.
_REGISTRY_ROLES = frozenset(("title", "status", "start", "end", "budget", "grant", "cofinancing",
                             "programme", "beneficiary", "code", "signed"))


_SENTENCE_WORDS = 6


def _is_prose(line: str) -> bool:
    """A paragraph line: long, or a sentence of several words."""
    text = line.strip()
    return len(text) > _LONGEST_FIELD_LINE or (text.endswith((".", "!", "?")) and len(text.split()) >= _SENTENCE_WORDS)


def _registry_fields(lines: list[str]) -> tuple[int, float]:
    """(How many distinct registry fields, share of content lines that are fields.) A field
    counts by its label (``Бенефициент``, ``Крайна дата``) or by the role record_keys.tsv
    gives its label (``Етап`` a status, ``Източник на финансиране`` a programme), each once.

    >>> _registry_fields(["Запис № 4", "Наименование: Нов парк", "Етап: Завършен",
    ...                   "Източник на финансиране: ПУДООС"])
    (3, 0.75)
    """
    content = [line for line in lines if line.strip()]
    labelled = [line for line in content if is_label_line(line) or _is_table_row(line)]
    fields: set[str] = set()
    roles: set[str] = set()
    for line in labelled:
        if (m := _REGISTRY_LABELS.match(line.strip())):
            fields.add(m.group(0).lower())
            continue
        label = _FIELD_LABEL.match(line)
        role = key_role(label.group(1)) if label else None
        if role in _REGISTRY_ROLES:
            roles.add(role)
    # Fields known only by their role make a record only where no paragraph of prose stands
    # (a project page has its label block under its text: "Статус", "Договор", "Програма").
    if roles and not any(_is_prose(line) for line in content if line not in labelled):
        fields |= {f"role:{role}" for role in roles}
    return len(fields), (len(labelled) / len(content) if content else 0.0)


def classify_kind(lines: list[str]) -> str:
    """``flgr``, ``registry``, ``project`` or ``news`` for a single page's lines.

    >>> classify_kind(["Проект BG051PO002", "Бенефициент: Община Силистра",
    ...                "Начална дата: 15.03.2012", "Крайна дата: 15.09.2013",
    ...                "Статус: Приключен"])
    'registry'
    """
    flgr_sections, flgr_labels, project_sections, project_labels, sections_inline, facts = _markers(lines)
    if len(flgr_sections) >= 2 or (flgr_sections and flgr_labels) or len(flgr_labels) >= 3:
        return "flgr"
    registry_fields, label_share = _registry_fields(lines)
    # A registry record may carry one "Цел:" field; a project page has several headings.
    # A record made of fields through and through, one of them the project's name, may
    # carry more ("Цел: …", "Основни дейности: …" as rows of its table, each with its text
    # on its line).
    if registry_fields >= 3 and label_share >= _REGISTRY_LABEL_SHARE and (
            len(project_sections) < 2 or (sections_inline and label_share >= _ALL_FIELDS_SHARE
                                          and any(_NAME_FIELD.match(line) for line in lines))):
        return "registry"
    # A project page may have no headings, only its block of fields (status, value,
    # programme, beneficiary...) beside its text.
    if (project_sections and len(project_sections) + len(project_labels) >= 2) \
            or len(project_labels) >= 4 or facts >= _PROJECT_FACT_LABELS:
        return "project"
    return "news"


def flgr_end(lines: list[str]) -> int:
    """Index just past an FLGR page's ``Номинации:`` line (the innovator's contact card
    and site footer follow it), or ``len(lines)`` when there is none.

    >>> flgr_end(["Иноватор: ros", "Номинации: 0", "ros", "Tel:"])
    2
    """
    for index, line in enumerate(lines):
        label = fact_label(line)
        if label is not None and _FLGR_LAST_LABEL.fullmatch(label):
            return index + 1
    return len(lines)
