"""What a single line of a page is: a date line, a labelled fact, a section heading, a title.

The page parser works line by line (pages in the corpus are line-oriented: a title line, a
date line, ``Label: value`` lines, one-word section headings), so these small classifiers
are shared by :mod:`indexer.chrome`, :mod:`indexer.sections`, :mod:`indexer.listing`
and :mod:`indexer.pages`. Regular expressions only — no dateparser: a date *line* only
has to be recognised here, the date itself is read by the fact extractors.

>>> is_date_line("Понеделник, 5 Декември 2016")
True
>>> fact_label("Бюджет на проекта: 454 090, 00 лв.")
'Бюджет на проекта'
>>> section_heading("Специфични цели:")
('specific_objectives', '')
"""
from __future__ import annotations

import re

from indexer.record_fields import key_role

_MONTHS = (
    r"(?:януари|февруари|март|април|май|юни|юли|август|септември|октомври|ноември|декември"
    r"|ян|яну|фев|февр|мар|апр|авг|сеп|септ|окт|ное|нов|дек"
    r"|january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?"
)
_WEEKDAYS = (r"(?:понеделник|вторник|сряда|четвъртък|петък|събота|неделя"
             r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)")
_ONE_DATE = (
    rf"(?:\d{{1,2}}\.?\s*{_MONTHS},?\s*\d{{4}}"       # 5 Декември 2016, 20 Окт, 2020
    rf"|{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}"            # August 1, 2000
    r"|\d{1,2}[./]\d{1,2}[./]\d{4}"                  # 02.05.2012
    r"|\d{1,2}-\d{1,2}-\d{4}"                        # 17-06-2016
    r"|\d{1,2}\.(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\.\d{4}"  # 15.III.2023
    r"|\d{4}-\d{2}-\d{2})"                            # 2014-01-30
    r"(?:\s*г\.?)?"
    r"(?:,?\s*(?:в\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*ч\.?)?)?"
)
# A date line: an optional dateline prefix ("Хасково,", "Брой 201,", "Публикувано на:"),
# an optional weekday, a date, and optionally a short non-sentence tail ("| 14:37 |
# Прочетена 1 284 пъти", "(2025-11-03)", a second date).
_DATE_LINE = re.compile(
    rf"(?:(?:публикувано|публикуван|дата|published|posted|date)(?:\s+(?:на|on))?\s*:?\s*"
    rf"|[^\W\d_][\w.-]*(?:\s+[\w.-]+){{0,2}},\s*)?"
    r"(?:\d{1,2}:\d{2}(?:\s*ч\.?)?\s*[|,·•–-]?\s*)?"  # a time before the date: "12:44 | 09.05.2024 г."
    rf"(?:{_WEEKDAYS},?\s*)?{_ONE_DATE}"
    rf"(?:\s*(?:[|,·•–(/-]|{_ONE_DATE})[^.!?\n]{{0,45}})?",
    re.IGNORECASE,
)

# "Публикувано на 03.06.2013 г. в Новини", "Posted on 12 May 2019 in News": a publication
# line that names the site's section after the date.
_PUBLISHED_IN_SECTION = re.compile(
    rf"(?:публикувано|публикуван[ао]?|posted|published)(?:\s+(?:на|on))?\s*:?\s*"
    rf"(?:{_WEEKDAYS},?\s*)?{_ONE_DATE}\s+(?:в|in)\s+[^\d.!?\n]{{1,40}}",
    re.IGNORECASE,
)

_LONGEST_DATE_LINE = 120

# Labels of fact lines that end a section (the extractors read them as Label: value).
_FACT_LABELS = (
    "Статус на изпълнение", "Статус на проекта", "Статус", "Бюджет на проекта", "Бюджет",
    "Обща стойност на проекта", "Обща стойност", "Стойност на проекта", "Стойност",
    "Партньори", "Партньор", "ДФФП №", "ДФФП", "Договор №", "Номер на договор",
    "Номер на договора", "Продължителност", "Продължителност (месеци)", "Финансиране",
    "Програма", "Оперативна програма", "Бенефициент", "Начална дата", "Крайна дата",
    "Дата на стартиране", "Дата на започване", "Дата на приключване", "Прикачени файлове",
    "Иноватор", "Дата на публикация", "Номинации", "Код на проекта", "Номер на проекта",
    "Наименование на проекта", "Наименование", "Безвъзмездна финансова помощ",
    "Собствено финансиране", "Изплатени суми", "Изплатена сума", "Място на изпълнение",
    "Местонахождение", "Приоритетна ос", "Приоритет", "Процедура", "в т.ч. БФП",
    "Status", "Project budget", "Budget", "Total value", "Total cost", "Partners", "Partner",
    "Grant contract No", "Contract No", "Contract number", "Duration", "Funding",
    "Programme", "Program", "Beneficiary", "Start date", "End date", "Attached files",
    "Innovator", "Publication Date", "Nominations", "Project code", "Project title",
)
_FACT_LABEL = re.compile(
    r"(" + "|".join(re.escape(label) for label in
                    sorted(_FACT_LABELS, key=len, reverse=True)) + r")\s*(?:№|No\.?)?\s*:",
    re.IGNORECASE,
)
# Any short "Label: value" line (registry fields, contact lines...): up to six words.
_ANY_LABEL = re.compile(r"([^\W\d_][^:\n]{0,59}?)\s*:(?:\s+|$)")

SECTION_NAMES: dict[str, tuple[str, ...]] = {
    "background": ("Предистория", "Background", "Контекст", "Context"),
    "practice": ("Практика", "Practice", "The practice", "Описание на практиката"),
    "results": ("Резултати", "Постигнати резултати", "Резултати от проекта",
                "Очаквани резултати", "Results", "Results achieved", "Achieved results",
                "Expected results", "Achievements"),
    "objective": ("Обща цел", "Основна цел", "Цел на проекта", "Цели на проекта",
                  "Основни цели", "Цел", "General objective", "Overall objective",
                  "Main objective", "Project objective", "Objective"),
    "specific_objectives": ("Специфични цели", "Specific objectives"),
    "activities": ("Основни дейности", "Основни дейности по проекта", "Дейности по проекта",
                   "Дейности", "Main activities", "Project activities", "Activities"),
}
_HEADING_TO_SECTION = {title.lower(): name for name, titles in SECTION_NAMES.items()
                       for title in titles}
_SECTION_HEADING = re.compile(
    r"(" + "|".join(re.escape(t) for t in sorted(_HEADING_TO_SECTION, key=len, reverse=True))
    + r")\s*(:\s*(.*))?",
    re.IGNORECASE | re.DOTALL,
)

_META_LINE = re.compile(
    r"(?:категория|категории|рубрика|раздел|тема|теми|етикети|тагове|ключови думи"
    r"|category|categories|tags|keywords|source|източник|url|линк|link)\s*:",
    re.IGNORECASE)
_HEADING_INITIALS = frozenset(t[0].lower() for t in _HEADING_TO_SECTION) - {""}
_LABEL_INITIALS = frozenset(label[0].lower() for label in _FACT_LABELS)
_SEPARATOR = re.compile(r"\s*(?:([-*=_])\1{2,}|\*(?:\s+\*){2,})\s*")
_TERMINAL_PUNCTUATION = (".", ",", ";", "!", "?", ":")
TITLE_MAX_CHARS = 200


# A dateline's place before its date: "Белица, ", "Мизия (обл. Враца), " (its district in
# brackets), or a wire-style place in capitals before a dash, "ВЪЛЧИ ДОЛ — ".
_PLACE_PREFIX = re.compile(r"[A-ZА-Я][^\W\d_]+(?:[ -][A-ZА-Я]?[^\W\d_]+){0,2}(?:\s*\([^()\d\n]{2,30}\))?\s*,\s*"
                           r"|[A-ZА-Я][A-ZА-Я]+(?:[ -][A-ZА-Я]+){0,2}\s+[–—-]\s+")


# A title that opens with the date or month it is filed under, then a dash, colon or bar:
# "October 2025 – Sofia …", "Март 2024 г. — Нов парк", "12.05.2023 - Нов мост", "Май 2024: …".
_TITLE_DATE_PREFIX = re.compile(
    rf"(?:{_ONE_DATE}|{_MONTHS}\s+\d{{4}}(?:\s*г\.?)?)(?:\s*[–—:|-]|\s+[/|])\s+(?=\S)", re.IGNORECASE)


def title_date_prefix(line: str) -> int:
    """Where a title starts after the date or month it opens with and a dash; 0 when it
    opens with none.

    >>> line = "October 2025 – Riverside benches"
    >>> line[title_date_prefix(line):]
    'Riverside benches'
    >>> title_date_prefix("Май 2024 г. — Зелен двор"), title_date_prefix("2025 – година на водата")
    (14, 0)
    >>> title_date_prefix("Юни 2023: Нов площад"), title_date_prefix("Юни 2023 | Нов площад")
    (10, 11)
    """
    match = _TITLE_DATE_PREFIX.match(line)
    return match.end() if match else 0


# The site's name above a municipal site's title names its owner: "Община Септември",
# "ОБЩИНА ЛЕВСКИ – официален сайт", "Galabovo Municipality – official website".
_SITE_OWNER = re.compile(
    r"(?:община|общинска администрация)\s+[„\"“]?(?-i:[А-Я])|столична община"
    r"|(?:municipality|municipal administration) of\s+(?-i:[A-Z])|(?-i:[A-Z])[\w-]+(?: (?-i:[A-Z])[\w-]+)? municipality\b",
    re.IGNORECASE)
_LONGEST_SITE_NAME = 90


def names_site_owner(line: str) -> bool:
    """A line above the title that names the municipality whose site it is: kept in the body,
    since the page may name its municipality nowhere else (its text says "the village").

    >>> names_site_owner("Община Септември"), names_site_owner("Galabovo Municipality – official website")
    (True, True)
    >>> names_site_owner("Новини от общината"), names_site_owner("Регионален вестник")
    (False, False)
    """
    return len(line) <= _LONGEST_SITE_NAME and bool(_SITE_OWNER.match(line))


def is_date_line(line: str) -> bool:
    """True when the whole line is a date (optionally weekday, time, a second date).

    >>> is_date_line("09.05.2024 г.") and is_date_line("20 Окт, 2020")
    True
    >>> is_date_line("Проектът стартира на 02.05.2012 г.")
    False
    >>> is_date_line("14 Ное, 2022 | Общество | Ловеч"), is_date_line("Начална дата | 02.05.2012")
    (True, False)
    >>> is_date_line("Сатовча, 14 Мар, 2021 | Новини | Общество"), is_date_line("Tryavna, 03 June 2018 | 2018-06-03")
    (True, True)
    >>> is_date_line("Публикувано на 12.04.2019 г. в Общество"), is_date_line("12.04.2019 г. в Русе се откри панаир")
    (True, False)
    >>> is_date_line("Сряда, 4 Март 2020 · 812 прочитания"), is_date_line("12:44 | 09.05.2024 г.")
    (True, True)
    >>> is_date_line("БЯЛА СЛАТИНА — 7 март 2024"), is_date_line("Бяла (обл. Русе), 7 март 2024 г.")
    (True, True)
    >>> is_date_line("Етап — 2021 г."), is_date_line("Фаза 2 — 12 месеца")
    (False, False)
    """
    text = line.strip()
    # Cheap rejections first: this runs several times on every line of every page. A long
    # line with no "|", "·", "•", " / " and no place before a comma is rejected below whatever it holds, so
    # it is, before its characters are looked at (most of a page's text is such prose).
    if len(text) > _LONGEST_DATE_LINE and "|" not in text and "," not in text[:32] \
            and "·" not in text and "•" not in text and " / " not in text:
        return False
    if not any(map(str.isdigit, text)):
        return False
    if "," in text[:32] or "—" in text[:32] or "–" in text[:32] or " - " in text[:32]:
        # a dateline that opens with its place: "Белица, 20 Окт, 2020 | Новини", "Dragoman, 12 May 2016",
        # "ВЪЛЧИ ДОЛ — 3 декември 2025"
        place = _PLACE_PREFIX.match(text)
        if place and any(c.isdigit() for c in text[place.end():place.end() + 3]):
            text = text[place.end():]
    if "|" in text or "·" in text or "•" in text or " / " in text:
        # a news dateline with its section and place: "20 Окт, 2023 | Новини | Поморие",
        # "ЛУКОВИТ | 14.08.2024 | Общини", "By Staff Reporter · 2 May 2021 · Tech"
        if dateline_date_piece(text) is not None:
            return True
    if len(text) > _LONGEST_DATE_LINE:
        return False
    return bool(_DATE_LINE.fullmatch(text)) or (text[:1] in "ПпPp" and bool(_PUBLISHED_IN_SECTION.fullmatch(text)))


_DATELINE_PIECES = re.compile(r"\s*[|·•]\s*|\s+/\s+")
# A byline or section piece may carry its label: "Автор: Иван Петров", "Публикувано в: Новини".
_META_PIECE = re.compile(r"(?:автор|author|редактор|editor|by|публикувано в|posted in|категория|рубрика|раздел"
                         r"|category|section|снимк[аи]|фото|photos?|източник|source)\s*:", re.IGNORECASE)
_LONGEST_DATELINE_PIECE = 30
_DATELINE_PIECE_WORDS = 4
# Words of a field label: "Начална дата | 02.05.2012" is a table row, not a dateline.
_DATE_FIELD_WORD = re.compile(r"дата|начал|край|краен|срок|период|старт|приключ|започ|подпис|сключ|валид"
                              r"|date|start|end|deadline|period|signed|valid|from|until", re.IGNORECASE)


_BRACKET_NOTE = re.compile(r"\s*\([^()\d]{1,30}\)\s*$")


def dateline_date_piece(line: str) -> int | None:
    """Which piece of a dateline made of pieces (``|``, ``·`` or ``•`` between them) is its
    date, or None when the line is no such dateline. The other pieces are short: a site or
    byline, a section, a place, a time, a reading count (after a leading date they may be
    a little longer). A short piece before the date must not be a field label.

    >>> dateline_date_piece("20 Окт, 2023 | Новини | Поморие"), dateline_date_piece("ЛОМ | 14.08.2024 | Общини")
    (0, 1)
    >>> dateline_date_piece("Начална дата | 02.05.2012") is None, dateline_date_piece("Статус | Приключен") is None
    (True, True)
    >>> dateline_date_piece("Автор: Иван Петров | 12.05.2021"), dateline_date_piece("Новини / 12.05.2021")
    (1, 1)
    >>> dateline_date_piece("Договор | 12.03.2021") is None
    True
    >>> dateline_date_piece("ТРЯВНА | 4 май 2023 | Балкански вестник (онлайн издание)")
    1
    """
    pieces = _DATELINE_PIECES.split(line.strip())
    if not 2 <= len(pieces) <= 4 or not all(pieces):
        return None
    for at, piece in enumerate(pieces):
        if len(piece) > _LONGEST_DATE_LINE or not any(map(str.isdigit, piece)) or not _DATE_LINE.fullmatch(piece):
            continue
        # a site's or section's name may carry a note in brackets: "Black Sea News (English
        # edition)", "Новини (архив)"
        others = [_BRACKET_NOTE.sub("", other) or other for other in pieces[:at] + pieces[at + 1:]]
        if all(len(other) <= _LONGEST_DATELINE_PIECE for other in others) and (at == 0 or all(
                len(other.split()) <= _DATELINE_PIECE_WORDS and (":" not in other or _META_PIECE.match(other))
                and not other.endswith((".", "!", "?")) and not _DATE_FIELD_WORD.search(other)
                and key_role(other) is None  # "Договор | 12.03.2021": a field of a bar table
                for other in others)):
            return at
        return None
    return None


def date_first(line: str) -> str:
    """A dateline made of pieces with its date piece put first (the other pieces after it,
    in their order); any other line as it was.

    >>> date_first("ЛОМ | 14.08.2024 | Общини"), date_first("Автор: Иван Петров / 12.05.2021")
    ('14.08.2024 | ЛОМ | Общини', '12.05.2021 / Автор: Иван Петров')
    """
    at = dateline_date_piece(line)
    if not at:
        return line
    pieces = _DATELINE_PIECES.split(line.strip())
    glue = next(f" {mark} " for mark in "|·•/" if mark in line)
    return glue.join([pieces[at]] + pieces[:at] + pieces[at + 1:])


def fact_label(line: str) -> str | None:
    """The known fact label a line starts with (``Статус``, ``Innovator``...), or None.

    >>> fact_label("Innovator: Lovech Municipality")
    'Innovator'
    >>> fact_label("Дейност 2: Подготовка") is None
    True
    """
    text = line.strip()
    if text[:1].lower() not in _LABEL_INITIALS:
        return None
    match = _FACT_LABEL.match(text)
    return match.group(1) if match else None


def is_label_line(line: str) -> bool:
    """True for any short ``Label: value`` (or ``Label:``) line, known label or not.

    >>> is_label_line("Място на изпълнение: Силистра"), is_label_line("Текст без етикет.")
    (True, False)
    """
    match = _ANY_LABEL.match(line.strip())
    return bool(match) and len(match.group(1).split()) <= 6


def section_heading(line: str) -> tuple[str, str] | None:
    """(canonical section, inline text) when a line opens a section, else None.

    >>> section_heading("Предистория")
    ('background', '')
    >>> section_heading("Обща цел: Подобряване на капацитета")
    ('objective', 'Подобряване на капацитета')
    >>> section_heading("Практиката показва, че") is None
    True
    """
    text = line.strip()
    # Initial-letter check first: this is asked of every line several times.
    if text[:1].lower() not in _HEADING_INITIALS:
        return None
    match = _SECTION_HEADING.fullmatch(text)
    if not match:
        return None
    return _HEADING_TO_SECTION[match.group(1).lower()], (match.group(3) or "").strip()


def is_meta_line(line: str) -> bool:
    """A category / tags / source line: page metadata, never a title.

    >>> is_meta_line("Категория: Социални услуги"), is_meta_line("Гражданите решават: бюджет")
    (True, False)
    """
    return bool(_META_LINE.match(line.strip()))


def is_separator(line: str) -> bool:
    """A listing separator: a line of three or more ``-``, ``*``, ``=`` or ``_``.

    >>> is_separator("----------"), is_separator("* * *"), is_separator("-")
    (True, True, False)
    """
    return line.strip()[:1] in "-*=_" and bool(_SEPARATOR.fullmatch(line))


def is_title_like(line: str) -> bool:
    """Short, not a date, not a fact label or section, not ending like a sentence.

    Titles may contain a colon (``Гражданите решават: бюджетиране``), so only *known*
    labels disqualify a line.

    >>> is_title_like("Обществен съвет по образование в Благоевград")
    True
    >>> is_title_like("Съветът заседава всеки месец.")
    False
    """
    text = line.strip()
    return (0 < len(text) <= TITLE_MAX_CHARS and not text.endswith(_TERMINAL_PUNCTUATION)
            and any(c.isalpha() for c in text) and not is_date_line(text)
            and fact_label(text) is None and section_heading(text) is None)
