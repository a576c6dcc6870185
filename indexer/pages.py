"""Parse a page's text into practices: title, language, page kind, sections, clean text.

Page kinds (see ``../shared/formats.md``):

* ``flgr`` — FLGR practice page: title, sections Предистория / Практика / Резултати
  (Background / Practice / Results, possibly empty), then ``Прикачени файлове:``,
  ``Иноватор:``, ``Дата на публикация:``, ``Номинации:``; what follows the nominations
  line is the innovator's contact card and site chrome, and is dropped;
* ``project`` — municipal project page: title, weekday date line, ``Обща цел``,
  ``Специфични цели``, ``Основни дейности``, then ``Статус:``, ``Постигнати резултати``,
  ``Бюджет на проекта:``, ``Партньори:``, ``ДФФП №:``, ``Продължителност:``,
  ``Финансиране:`` lines (English pages: General objective, Status, Project budget...);
* ``registry`` — an EU-funds registry record: mostly ``Label: value`` lines with
  beneficiary, start/end dates, status, total value (also read from tables: delimited,
  transposed, markdown, fixed-width, HTML); a file of several records (a CSV export, cards
  one per contract) gives one page per record (:mod:`indexer.registry_records`);
* ``listing`` — several short practices in one file (one :class:`ParsedPage` per item),
  in the shapes :mod:`indexer.listing` documents: items each ending with a "read more"
  link, separated by rule lines (which html_to_text writes between ``<article>`` and other
  item blocks), opened by bullets, numbers or ranks, or by their title and date line, or
  closed by their ``Иноватор:`` line; a page heading before the first item is dropped;
  two items at least;
* ``news`` — anything else: free prose.

Pipeline: normalise lines (tables into ``Label: value`` lines) → set datelines' dates first
→ cut a related-news tail → split a file of registry records → strip chrome (keeping
listing markers) → split a listing → per page: join split labels, classify, choose the
title, find sections. No dateparser: date lines are only recognised, by regular
expressions.

The title is anchored where the shapes put it: the line before the first section heading
(FLGR), the line before the date line (project pages, listing items; on project pages
whose date line stands above the title, the title-like line after it); otherwise the
longest title-like line above the first prose line (a news headline is longer than the
site name above it); for a registry record, its name field. Never a date or chrome line.

>>> page = parse_page("Сайт на общината\\nНов парк в Русе\\nПонеделник, 5 Декември 2016\\n"
...                   "Обща цел: Повече зелени площи\\nСтатус: приключил")[0]
>>> page.title, page.kind, page.sections
('Нов парк в Русе', 'project', {'objective': 'Повече зелени площи'})
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from analyzers.language import detect_lang
from indexer.chrome import cut_related_tail, drop_listing_markers, strip_chrome
from indexer.listing import split_listing
from indexer.page_kind import classify_kind, flgr_end
from indexer.page_lines import (date_first, fact_label, is_date_line, is_label_line, is_meta_line, is_title_like,
                                 names_site_owner, section_heading)
from indexer.sections import find_sections, join_split_labels
from indexer.record_fields import key_role
from indexer.registry_records import split_records
from indexer.text_tables import delimited_records, fixed_width_cards, markdown_records


@dataclass
class ParsedPage:
    """One practice as read from a page.

    ``text`` is what the fact extractors read: the title line, then ``body`` (the cleaned
    page without its title, ``Label: value`` lines kept, one blank line at most between
    paragraphs). ``sections`` holds the non-empty canonical sections found.
    """

    title: str
    lang: str  # "bg" | "en"
    kind: str  # "flgr" | "project" | "registry" | "news" | "listing"
    sections: dict[str, str] = field(default_factory=dict)  # background, practice,
    #   results, objective, specific_objectives, activities (only those present, non-empty)
    text: str = ""
    body: str = ""
    source_url: str | None = None  # from an "Източник: https://..." line, if any


_log = logging.getLogger("praktiki.pages")

# How many content lines from the top may hold the title (and the date line).
_TITLE_SEARCH_LINES = 8
_LANG_SAMPLE_CHARS = 2000
_SOURCE_LINE = re.compile(r"(?:източник|адрес|source|url|link|линк)\s*:\s*(https?://\S+)",
                          re.IGNORECASE)
_REGISTRY_NAME = re.compile(r"(?:наименование(?: на проекта)?|име на проекта|проект|заглавие(?: на проекта)?"
                            r"|project(?: title| name)?|title)"
                            r"\s*[:|\t]\s*(.+)",
                            re.IGNORECASE)


# A heading in a text export's markup: markdown "## Title", wiki "=== Title ===", a whole
# line in bold "**Title**". The marks are no part of the heading (nor of a section's name).
_HEADING_MARKUP = re.compile(r"#{1,6}\s+(?P<a>[^#\s].*?)(?:\s+#+)?|(?P<eq>={2,6})\s*(?P<b>[^=\s].*?)\s*(?P=eq)"
                             r"|(?P<star>\*\*|__)(?P<c>[^*_\s](?:.*?[^*_\s])?)(?P=star)")


def _heading_marks(line: str) -> str:
    """A heading line without its markup; any other line as it was.

    >>> _heading_marks("## Нов парк"), _heading_marks("=== Нов мост ==="), _heading_marks("**Резултати**")
    ('Нов парк', 'Нов мост', 'Резултати')
    >>> _heading_marks("#ДобриПрактики"), _heading_marks("**Бюджет:** 20 000 лв."), _heading_marks("a == b")
    ('#ДобриПрактики', '**Бюджет:** 20 000 лв.', 'a == b')
    """
    if line[:1] not in "#=*_":
        return line
    match = _HEADING_MARKUP.fullmatch(line)
    return (match.group("a") or match.group("b") or match.group("c")) if match else line


def _normalise(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Invisible characters (BOM, zero-width space, soft hyphen) split words in the index.
    for invisible in ("\ufeff", "\u200b", "\u00ad"):
        if invisible in text:
            text = text.replace(invisible, "")
    lines = text.split("\n")
    if "\t" in text or ";" in text or "," in text or "|" in text:
        lines = delimited_records(lines)
    lines = fixed_width_cards(lines)
    if "|" in text:
        lines = [_markdown_row(line) if "|" in line else line for line in markdown_records(lines)]
    return lines


_MARKDOWN_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$|"
                            r"^\s*\+(?:[-=:]{2,}\+)+\s*$")  # "+-----+------+": a bar-and-plus text table's border


def _markdown_row(line: str) -> str:
    """A markdown table row as a bar-separated line: ``| Статус | Приключен |`` → ``Статус | Приключен``
    (label extractors read ``Label | value``); a ``|---|---|`` rule line becomes blank.

    >>> _markdown_row("| Дата на стартиране | 02.05.2019 |"), _markdown_row("|---|:--|")
    ('Дата на стартиране | 02.05.2019', '')
    >>> _markdown_row("+--------+-----+"), _markdown_row("| Крайна дата    | 30.11.2018 |")
    ('', 'Крайна дата    | 30.11.2018')
    """
    stripped = line.strip()
    if _MARKDOWN_RULE.match(stripped):
        return ""
    if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 2:
        return stripped[1:-1].strip()
    return line


# A news-wire dateline: town (often in capitals), date, agency code, maybe the first sentence:
# "ВЕЛИКО ТЪРНОВО, 18 септември 2023 /БТА/", "Русе, 05.03.2021 г. (БГНЕС) - Общината …".
# Chrome stripping drops the agency credit with its whole prefix, so the date is set apart
# first: it is the article's publication date.
_WIRE_AGENCIES = r"БТА|BTA|БГНЕС|BGNES|КРОСС|ФОКУС|Фокус|ПИК|Ройтерс|Reuters|АФП|AFP|АП|Дарик"
_WIRE_DATELINE = re.compile(
    r"^(?P<town>[А-ЯA-Z][^\W\d_]*(?:[ .-]+[А-ЯA-Z]?[^\W\d_]+){0,3})(?:\s*\([^()\d\n]{2,30}\))?\s*,\s*"
    r"(?P<date>[^/()\n]{2,30}?(?:19|20)\d{2}(?:\s*г(?:од)?\.?)?),?\s*"
    # the credit: an agency, or any short credit between slashes ("/Кор. на „Вестник“/")
    rf"(?:/\s*(?:{_WIRE_AGENCIES})\s*/|/[^/\n]{{2,60}}/|\(\s*(?:{_WIRE_AGENCIES})\s*\)"
    # or any short credit in brackets with a dash after it: "(Кор. на „Тунджа Прес“) –",
    # "(Burgas Coast News) –"
    r"|\([^()\n]{2,60}\)\s*[-–—](?=\s))\s*[-–—]?\s*(?P<rest>.*)$")


# A lede's dateline without a credit: "Gulyantsi, 9 Oct 2024 – Gulyantsi Municipality is …".
_LEDE_DATELINE = re.compile(
    r"^(?P<town>[А-ЯA-Z][^\W\d_]*(?:[ .-]+[А-ЯA-Z]?[^\W\d_]+){0,3})\s*,\s*"
    r"(?P<date>[^–—\n]{4,30}?)\s+[–—-]\s+(?P<rest>\S.*)$")
# A place with its date in brackets, alone on a line or before the lede: "ДОСПАТ (06.06.2025)",
# "Lovech (3 May 2021) – The town …". (A title with a bracketed year, "Парк Изток (2021)", has no
# day: the date must make a date line on its own.)
_BRACKET_DATELINE = re.compile(
    r"^(?P<town>[А-ЯA-Z][^\W\d_]*(?:[ .-]+[А-ЯA-Z]?[^\W\d_]+){0,3})\s*\(\s*"
    r"(?P<date>[^()\n]{4,30}?(?:19|20)\d{2}(?:\s*г(?:од)?\.?)?)\s*\)\s*(?:[-–—]\s*(?P<rest>\S.*))?$")
_YEAR = re.compile(r"(?:19|20)\d{2}")
# The lede stands near the top (under the site's name, menus, the headline).
_LEDE_SEARCH_LINES = 30


def _split_wire_datelines(lines: list[str]) -> list[str]:
    """Set a wire dateline's date on its own line, ahead of the sentence that follows it.

    >>> _split_wire_datelines(["Заглавие", "ВЕЛИКО ТЪРНОВО, 18 септември 2023 /БТА/"])
    ['Заглавие', '18 септември 2023']
    >>> _split_wire_datelines(["Русе, 05.03.2021 г. (БГНЕС) - Общината стартира проект."])
    ['05.03.2021 г.', 'Общината стартира проект.']
    >>> _split_wire_datelines(["ЛОМ, 7.11.2019 г. /Кор. на „Дунавски вести“/"])
    ['7.11.2019 г.']
    >>> _split_wire_datelines(["Бяла (обл. Русе), 2 юни 2023 г. /Дунав Прес/"])
    ['2 юни 2023 г.']
    >>> _split_wire_datelines(["ТРОЯН, 3 март 2024 г. (Кор. на „Балкан“) – Общината пусна автобус."])
    ['3 март 2024 г.', 'Общината пусна автобус.']
    >>> _split_wire_datelines(["KAVARNA, May 9, 2023 (Coast Daily) - The town opened a pier."])
    ['May 9, 2023', 'The town opened a pier.']

    A lede that opens with its place and date and a dash, with no credit, is a dateline too
    (the first on the page only: later paragraphs are the story's own):

    >>> _split_wire_datelines(["Vidin, 4 May 2022 – The town opened a park.", "Lom, 5 May – later"])
    ['4 May 2022', 'Vidin – The town opened a park.', 'Lom, 5 May – later']

    So is a place with its date in brackets, the place kept after the date:

    >>> _split_wire_datelines(["ТРЯВНА (12.05.2023)", "Парк Изток (2021)"])
    ['12.05.2023 | ТРЯВНА', 'Парк Изток (2021)']
    >>> _split_wire_datelines(["Lovech (3 May 2021) – The town opened a park."])
    ['3 May 2021 | Lovech', 'The town opened a park.']
    """
    out: list[str] = []
    lede_seen = bracketed_seen = False
    for number, line in enumerate(lines):
        match = _WIRE_DATELINE.match(line) if ("/" in line or "(" in line) and len(line) > 12 else None
        if match is None and not lede_seen and number < _LEDE_SEARCH_LINES and len(line) > 12 \
                and ("–" in line or "—" in line or " - " in line):
            match = _LEDE_DATELINE.match(line)
            if match is not None and not (_YEAR.search(match.group("date")) and is_date_line(match.group("date"))):
                match = None
            lede_seen = match is not None
        if match is None and not bracketed_seen and number < _LEDE_SEARCH_LINES and "(" in line:
            bracketed = _BRACKET_DATELINE.match(line)
            if bracketed is not None and is_date_line(bracketed.group("date")):
                bracketed_seen = True  # the page's own dateline: later ones are the story's
                out.append(f"{bracketed.group('date').strip()} | {bracketed.group('town')}")
                if bracketed.group("rest"):
                    out.append(bracketed.group("rest").strip())
                continue
        if match is None:
            out.append(line)
            continue
        out.append(match.group("date").strip())
        rest = match.group("rest").strip()
        if rest and match.re is _LEDE_DATELINE:
            rest = f"{match.group('town')} – {rest}"  # the place may be all that names the municipality
        if rest:
            out.append(rest)
    return out


_LONGEST_PIECED_DATELINE = 150


def _date_first(lines: list[str]) -> list[str]:
    """Datelines whose date follows a site, byline, place or section (``ЛОМ | 14.08.2024 |
    Общини``, ``By Staff Reporter · 2 May 2021 · Tech``) with their date put first, as most
    sites write it: the date extractors read a publication date at the head of a line. The
    other pieces stay on the line (a place in it may be the municipality).

    >>> _date_first(["ЛОМ | 14.08.2024 | Общини", "Статус | Приключен"])
    ['14.08.2024 | ЛОМ | Общини', 'Статус | Приключен']
    >>> _date_first(["By Staff Reporter · 2 May 2021 · Tech"])
    ['2 May 2021 · By Staff Reporter · Tech']
    """
    return [_date_first_line(line) if len(line) <= _LONGEST_PIECED_DATELINE and any(map(str.isdigit, line))
            and ("|" in line or "·" in line or "•" in line or " / " in line) else line for line in lines]


# A byline's name ending with an initial ("By Maria P. | 02.04.2024"): the initial's full stop
# is not a sentence's end.
_INITIAL_BEFORE_GLUE = re.compile(r"(?<=\s[^\W\d_])\.(?=\s*[|·•/])")


def _date_first_line(line: str) -> str:
    """:func:`date_first`, also for a byline whose name ends with an initial.

    >>> _date_first_line("By Ivan G. | 3 May 2021")
    '3 May 2021 | By Ivan G'
    """
    moved = date_first(line)
    if moved == line and _INITIAL_BEFORE_GLUE.search(line):
        bare = _INITIAL_BEFORE_GLUE.sub("", line)
        moved = date_first(bare)
        return moved if moved != bare else line
    return moved


def _collapse_blank_lines(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return out


def _meaningful(lines: list[str]) -> list[int]:
    """Indexes of lines that can be a title: text, not a date, not a section heading."""
    return [i for i, line in enumerate(lines)
            if line and any(c.isalpha() for c in line) and not is_date_line(line)
            and section_heading(line) is None]


def _is_field_line(line: str) -> bool:
    return (fact_label(line) is not None or is_label_line(line)) and not is_date_line(line)


def _leading_label_block(lines: list[str]) -> range:
    """The block of field lines some pages open with, above their title (a project card:
    ``Статус: …``, ``Бюджет: …``, ``Финансиране: …``, then the title, then the text): from
    the first content line to the last field line of that paragraph, lines between field
    lines included (``Статус – Изпълнява се``, ``Договор № …``). A block has three field
    lines, or two with a known fact label; a title with a colon over a date line is none.

    >>> _leading_label_block(["Статус: В изпълнение", "Бюджет: 10 000 лв.", "", "Заглавие"])
    range(0, 2)
    >>> _leading_label_block(["Гражданите решават: бюджет", "Публикувано: 12.03.2020", "Текст."])
    range(0, 0)
    """
    start = next((i for i, line in enumerate(lines) if line), None)
    if start is None or not _is_field_line(lines[start]):
        return range(0)
    end = start
    fields = known = 0
    for index in range(start, len(lines)):
        if not lines[index]:
            break
        if _is_field_line(lines[index]):
            fields += 1
            known += fact_label(lines[index]) is not None
            end = index + 1
    if fields >= 3 or (fields >= 2 and known):
        return range(start, end)
    return range(0)


def _header_zone(lines: list[str], skip: range = range(0)) -> list[int]:
    """Indexes of the content lines before the first prose line (at most a few); the
    lines in ``skip`` (a label block above the title) are passed over."""
    zone = []
    for index, line in enumerate(lines):
        if not line or is_meta_line(line) or index in skip:
            continue
        if len(zone) >= _TITLE_SEARCH_LINES or (not is_title_like(line)
                                                 and not is_date_line(line)):
            break
        zone.append(index)
    return zone


def _anchored_title(lines: list[str], anchor: int | None, skip: range = range(0)) -> int | None:
    """The line right before ``anchor`` (blank lines skipped), if it can be a title (a
    line of the label block in ``skip`` cannot)."""
    if anchor is None:
        return None
    for index in range(anchor - 1, -1, -1):
        if lines[index] and not is_meta_line(lines[index]):
            return index if is_title_like(lines[index]) and index not in skip else None
    return None


# A kicker above a headline: place and rubric between bars ("МИРКОВО | Местни финанси",
# "Русе | Образование | Проекти"), short words, no date (a dateline is read elsewhere).
_KICKER = re.compile(r"[^\W\d_][^|\d]{0,38}(?:\s\|\s[^|\d]{1,40}){1,2}")
_MAX_KICKER_WORDS = 8


# A rank above a contest entry's name: "I място – Община Лом", "2nd place: Vidin".
_RANK_LINE = re.compile(r"(?:\d{1,2}|[IVX]{1,6})(?:-?(?:во|ро|то|ми|st|nd|rd|th))?\s+(?:място|place)\b"
                        r"(?:\s*[–—:-]\s*[^.!?]{1,60})?", re.IGNORECASE)


def _is_kicker(line: str) -> bool:
    """A kicker line: it names the item's place and rubric, and the headline follows it.

    >>> _is_kicker("МИРКОВО | Местни финанси"), _is_kicker("Статус | Приключен")
    (True, False)
    >>> _is_kicker("14.08.2024 | ЛОМ | Общини"), _is_kicker("Нов парк в Русе")
    (False, False)
    >>> _is_kicker("II място – Община Бойница"), _is_kicker("2nd place: Vidin")
    (True, True)
    """
    if _RANK_LINE.fullmatch(line):
        return True  # "I място – Община Лом": who won, the entry's name follows
    return (len(line.split()) <= _MAX_KICKER_WORDS + 2 and bool(_KICKER.fullmatch(line))
            and key_role(line.split("|", 1)[0]) is None  # "Статус | Приключен": a field
            and fact_label(line) is None and not is_label_line(line))


def _past_kicker(lines: list[str], index: int | None) -> int | None:
    """The headline under a kicker line chosen as the title, else the title chosen."""
    if index is None or not _is_kicker(lines[index]):
        return index
    following = next((i for i in range(index + 1, len(lines)) if lines[i]), None)
    if following is not None and is_title_like(lines[following]) and not is_date_line(lines[following]):
        return following
    return index


def _title_index(lines: list[str], kind: str) -> int | None:
    """Where the title is (under a kicker line that names the place and rubric)."""
    return _past_kicker(lines, _anchored_title_index(lines, kind))


def _anchored_title_index(lines: list[str], kind: str) -> int | None:
    """Where the title is. The shapes put it right before an anchor: the first section
    heading (FLGR) or the date line (project pages, listing items). Otherwise it is the
    longest title-like line above the first prose line: site names and menus above a
    news headline are shorter than the headline."""
    if kind == "flgr":
        first_heading = next((i for i, line in enumerate(lines)
                              if section_heading(line) is not None), None)
        found = _anchored_title(lines, first_heading)
        if found is not None:
            return found
    # A page may open with its label block and give its title under it.
    block = _leading_label_block(lines) if kind != "registry" else range(0)
    zone = _header_zone(lines, block)
    if kind in ("project", "listing"):
        date_at = next((i for i in zone if is_date_line(lines[i])), None)
        found = _anchored_title(lines, date_at, block)
        # Some sites put the date line above the title: then the line after the date is
        # title-like (in the other layout it is a section or prose) and no shorter than the
        # site name or breadcrumb above the date.
        after = next((i for i in zone if date_at is not None and i > date_at), None)
        # the site's name under the date ("ОБЩИНА ПРИМЕРНО") is the owner, the title under it
        below = next((i for i in zone if after is not None and i > after), None)
        if after is not None and below is not None and names_site_owner(lines[after]) \
                and not is_date_line(lines[below]) and not names_site_owner(lines[below]):
            after = below
        if after is not None and kind == "project" and not is_date_line(lines[after]) \
                and (found is None or len(lines[after]) >= len(lines[found])):
            return after
        if found is not None:
            return found
    # a publication line ("Обновено: 02.03.2023 – 11:05") is no headline, however long
    titles = [i for i in zone if not is_date_line(lines[i]) and not _is_publication_line(lines[i])]
    if titles and kind != "listing":
        # of two as long, the lower: the headline stands under the site's name
        return max(titles, key=lambda i: (len(lines[i]), i))
    candidates = [i for i in _meaningful(lines) if i not in block] or _meaningful(lines)
    return candidates[0] if candidates else None


def _registry_title(lines: list[str]) -> str | None:
    """A registry record's project name (its heading is often only the project code)."""
    for line in lines:
        match = _REGISTRY_NAME.match(line)
        if match and match.group(1).strip():
            return match.group(1).strip()
    return None


def _take_source_url(lines: list[str]) -> tuple[list[str], str | None]:
    """Remove a ``Източник: https://...`` line and return its URL (text exports of web
    pages carry their address that way)."""
    for index, line in enumerate(lines):
        match = _SOURCE_LINE.fullmatch(line)
        if match:
            return lines[:index] + lines[index + 1:], match.group(1)
    return lines, None


# What follows the site's name is its tagline ("– официален сайт", "| Official website"):
# no text of the practice.
_SITE_TAGLINE = re.compile(r"\s+[–—|-]\s+")


# A publication line in any wording ("Публикувана: 12.05.2021 10:22", "Дата на публикуване:
# …", "Published on 12 May 2021 by Admin"): kept above the title like a date line, for the
# date extractors to judge.
_PUBLICATION_LINE = re.compile(r"(?:публикува|дата на публикуван|дата\b|published|posted|date\b"
                               r"|обновен|актуализиран|последна промяна|(?:last )?updated|modified)[^\n]{0,40}\d",
                               re.IGNORECASE)
_LONGEST_PUBLICATION_LINE = 100


def _is_publication_line(line: str) -> bool:
    """A short line that says when the page was published, in any wording.

    >>> _is_publication_line("Публикувана: 12.05.2021 10:22"), _is_publication_line("Публикации")
    (True, False)
    >>> _is_publication_line("Обновена: 03.10.2022 – 09:15"), _is_publication_line("Updated 4 May 2020")
    (True, True)
    """
    return len(line) <= _LONGEST_PUBLICATION_LINE and bool(_PUBLICATION_LINE.match(line))


_QUOTE_PAIRS = {"„": "“", "“": "”", "\"": "\"", "«": "»"}


def _unquoted(title: str) -> str:
    """A title written whole between quotes, without them (only for an entry's name under
    its rank: a headline in quotes keeps them).

    >>> _unquoted("„Кабинет на колела“"), _unquoted("Читалище „Пробуда“ с нов покрив")
    ('Кабинет на колела', 'Читалище „Пробуда“ с нов покрив')
    >>> _unquoted("„Зелен град“ и „Чиста река“")
    '„Зелен град“ и „Чиста река“'
    """
    close = _QUOTE_PAIRS.get(title[:1])
    inner = title[1:-1]
    if close and len(title) > 2 and title.endswith(close) and close not in inner and title[0] not in inner:
        return inner.strip()
    return title


def _build_page(lines: list[str], kind: str | None, name: str) -> ParsedPage:
    lines, source_url = _take_source_url(join_split_labels(lines))
    kind = kind or classify_kind(lines)
    if kind == "flgr":
        lines = lines[:flgr_end(lines)]
    lines = _collapse_blank_lines(lines)
    title_at = _title_index(lines, kind)
    title = lines[title_at] if title_at is not None else ""
    above = next((lines[i] for i in range(title_at - 1, -1, -1) if lines[i]), "") if title_at else ""
    if above and _is_kicker(above):
        title = _unquoted(title)  # an entry's name under its rank ("I място – …" / "„Name“")
    body_lines = lines
    if title_at is not None:
        # Above the title there is only site branding, menus and the date line; the date
        # line stays because the published date is read from it, and so does a label
        # block the page opens with (its status, budget, programme...), a publication line
        # in other words, and a site name that names the municipality the site belongs to.
        block = _leading_label_block(lines) if title_at and kind != "registry" else range(0)
        body_lines = [_SITE_TAGLINE.split(line, 1)[0] if i < title_at and names_site_owner(line) else line
                      for i, line in enumerate(lines)
                      if i > title_at or (i < title_at and (is_date_line(line) or i in block
                                                            or names_site_owner(line) or _is_kicker(line)
                                                            or _is_publication_line(line)))]
    # A registry record (or a text table whose name field would otherwise be taken as the
    # title, dropping the heading and the contract number above it).
    registry_title = _registry_title(lines) if kind == "registry" or _REGISTRY_NAME.match(title) else None
    if registry_title:
        # The heading of a registry record is often only the project code, which the
        # programme extractor needs: keep every line and take the name field as title.
        title, body_lines = registry_title, lines
    body = "\n".join(_collapse_blank_lines(
        body_lines[1:] if body_lines and not body_lines[0] else body_lines))
    text = f"{title}\n{body}" if title and body else (title or body)
    # The opening of a page decides its language as well as the whole would, faster.
    return ParsedPage(title=title, lang=detect_lang(text[:_LANG_SAMPLE_CHARS]), kind=kind,
                      sections=find_sections(body_lines, flgr=kind == "flgr"), text=text, body=body,
                      source_url=source_url)


# A rule drawn with other glyphs than "-", "=", "_", "*" ("———", "━━━", "· · ·", "~~~"):
# the listing separator those draw, written as one.
_GLYPH_RULE = re.compile(r"([—–―‒─━═~·•▬])(?:\s*\1){2,}")


def _glyph_rules(lines: list[str]) -> list[str]:
    """Rule lines of long dashes, box-drawing or dots as ``-----`` separator lines.

    >>> _glyph_rules(["Първа", "———————", "Втора", "· · ·", "Текст — с тире"])
    ['Първа', '-----', 'Втора', '-----', 'Текст — с тире']
    """
    return ["-----" if line[:1] in "—–―‒─━═~·•▬" and _GLYPH_RULE.fullmatch(line) else line for line in lines]


def parse_page(text: str, *, name: str = "") -> list[ParsedPage]:
    """Parse one file's text into one ParsedPage, or one per item of a listing page.

    ``name`` (the file name) is for log messages only. Never raises on any text; an empty or
    all-chrome text gives one page with an empty title and body.

    >>> [p.title for p in parse_page("Първа\\n12.03.2020\\nТекст едно тук.\\n-----\\n"
    ...                              "Втора\\nТекст две, съвсем кратък.")]
    ['Първа', 'Втора']
    >>> parse_page("Results\\nThe town saved 20% of its energy bill.")[0].lang
    'en'
    """
    lines = cut_related_tail(_date_first(_split_wire_datelines(_glyph_rules(
        [_heading_marks(line.strip()) for line in _normalise(text)]))))
    records = split_records(lines)
    if records is not None:
        _log.debug("%s: %d registry records", name, len(records))
        return [_build_page(record, "registry", name) for record in records]
    lines = strip_chrome(lines, keep_listing_markers=True)
    items = split_listing(lines)
    if items is not None:
        _log.debug("%s: listing of %d practices", name, len(items))
        return [_build_page(item, "listing", name) for item in items]
    # Not a listing: the markers were chrome after all.
    lines = drop_listing_markers(lines)
    page = _build_page(lines, None, name)
    if not page.title:
        _log.debug("%s: no title found (empty or all-chrome text)", name)
    return [page]
