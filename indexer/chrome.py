"""Strip site chrome from page lines: everything on a page that is not the practice.

Chrome seen on the source sites: validator badges (``Valid XHTML 1.0 Transitional``),
"printed from the FLGR website" and "developed by" footers, link texts left over from the
page (``[Номинирай]``, ``назад``, ``back to projects``), captcha prompts, cookie banners,
breadcrumbs and menus (``Начало / Проекти / ...``), site branding lines, empty contact
labels (``Tel:``), wire-agency codes (``/БТА/``, editor signatures like ``ДС/ПК``), markup
remnants (tab-indented tags, ``&nbsp;``) and, at the end of news pages, a related-news tail
("Още новини", "Свързани новини"...) that is cut off whole. Labelled fact lines are kept.

Listing markers (``[Още]``, ``-----``) are chrome too, but :mod:`indexer.listing` needs
them first, so :func:`strip_chrome` keeps them when asked to.

>>> strip_chrome(["Заглавие", "[Номинирай]", "назад", "Статус: приключил",
...               "Valid XHTML 1.0 Transitional", "Страница 2 от 4", "« Предишен брой | Следващ брой »",
...               "БГ | EN", "[Още проекти] [назад]", "/ВП/"])
['Заглавие', 'Статус: приключил']
"""
from __future__ import annotations

import html
import re

from indexer.page_lines import fact_label, is_date_line, is_separator, section_heading

# Whole lines that are chrome (matched against the stripped, lower-cased line).
_CHROME_LINE = re.compile(
    r"valid (?:x?html|css)[\w .!]*"
    r"|(?:снимк[аи]|фото|photo|photos|снимки и видео)\s*:.{0,80}"      # photo credits
    r"|\[[^\]\n]{1,40}\]"                                     # [Номинирай], [Печат]
    r"|\[[^\]\n]{1,40}\](?:\s*[|·]?\s*\[[^\]\n]{1,40}\])+"        # [Още проекти] [назад]: links side by side
    r"|(?:бг|bg|en|ен|eng|english|български|bulgarian)(?:\s*[|/]\s*(?:бг|bg|en|ен|eng|english|български|bulgarian))+"  # a language switch
    r"|/\s*[а-яa-z]{1,4}\s*/"                                   # an agency's or editor's code closing an item: "/ВП/"
    r"|(?:«\s*)?(?:назад|обратно|back|back to \w+|go back|начало|home|печат|print"
    r"|към (?:проектите|новините|началото|списъка|практиките|всички \w+)"
    r"|(?:сподели|share)(?: (?:във|в|on|in) \w+)?|tweet|принтирай|отпечатай|изпрати на приятел"
    r"|номинирай|nominate|затвори|close|приемам|accept|ok|още|more"
    r"|прочети още|read more|виж още|see more|още »|more »|абонирай се|subscribe"
    r"|верси[яи] за печат|printer friendly version)(?:\s*»)?"
    r"|(?:verification code|security code|код за сигурност)\s*:?|captcha.*|ако не виждате кода.*"
    r"|©.*|\(c\)\s.*|copyright\b.*"
    r"|(?:страница|стр\.|page)\s*\d{1,4}\s*(?:от|of|/)\s*\d{1,4}"  # a pager's "Страница 2 от 4"
    # a pager between issues or pages: "« Предишен брой | Следващ брой »", "‹ Older posts · Newer posts ›"
    r"|[«‹<←]?\s*(?:предиш\w*|по-стари|previous|prev|older)(?:\s+\w+)?\s*[»›]?\s*(?:[|·•/]\s*)?[«‹]?\s*"
    r"(?:следващ\w*|по-нови|next|newer)(?:\s+\w+)?\s*[»›>→]?"
    r"|(?:абонирайте се|абонирай се|subscribe)\b(?:[^.!?]|\.(?=\S)){0,80}"  # "Абонирайте се за бюлетина: bulletin@…"
    r"|(?:var\s+\w+\s*=|function\s*\w*\s*\(|document\.|window\.|\$\(|jquery\(|<!--|-->"
    r"|//\s*<!\[cdata).*|[{}();]+"
    r"|(?:tel|fax|тел|факс|e-?mail|имейл|web|phone|телефон|уебсайт)\.?\s*:?"
    r"|foundation for local government reform|фондация за реформа в местното самоуправление"
    r"|иновационни практики в българия|innovative practices in bulgaria"
    r"|flgr\s*[–-].*|фрмс\s*[–-].*|банка (?:на )?иновативни практики"
    # the EU-funds registry's site name (ИСУН 2020, UMIS) above its records
    r"|(?:информационна система за управление и наблюдение|исун|umis)(?: (?:на средствата от ес|2020|\d{4}))*"
    r"|информационна система за управление и наблюдение[ ,–-].{0,60}"  # "… на средствата от ЕС в България", "… – публичен модул"
    r"|management and monitoring information system"
)  # matched against the lower-cased line (faster than re.IGNORECASE)
# Phrases that make a short line chrome wherever they stand in it. Plain substring tests
# on the lower-cased line: a regular expression with re.IGNORECASE over Cyrillic is an
# order of magnitude slower, and this runs on every line of every page.
_CHROME_PHRASES = (
    "въведете кода", "въведете символите", "enter the code", "enter the characters",
    "if you cannot see the code", "if you cannot read the code", "разпечатано от",
    "отпечатано от", "printed from", "developed by", "разработен от", "design by",
    "дизайн и разработка", "всички права запазени", "all rights reserved",
    "[email protected]", "[email protected]",
)
_COOKIE_WORDS = ("бисквитк", "cookie")
_COOKIE_CONTEXT = ("сайт", "site", "използва", "use", "приема", "accept", "политика", "policy")
# Chrome lines are short; a longer line is page text even if it mentions cookies.
_LONGEST_CHROME_LINE = 240
# A breadcrumb or menu: three or more short pieces joined by / | · » >.
_MENU_SEPARATORS = re.compile(r"\s+[/|·»>]\s+|\s*\|\s*")
_BREADCRUMB_SEPARATORS = re.compile(r"\s+[›»>/]\s+")
_LONGEST_CRUMB = 50
# Sections of a municipal or practice site, as breadcrumbs name them (against the lower-cased piece).
_SITE_SECTION = re.compile(r"начало|home|проекти|projects|новини|news|актуално|практики|practices"
                           r"|(?:европейски|текущи|приключили|реализирани|изпълнявани) проекти"
                           r"|(?:european|current|completed|eu) projects")
# Headings that start a related-news tail; everything from them to the end goes.
# ("Прочети още" alone is a listing item's link, so only the plural "Прочетете още" is here.)
_RELATED_TAIL = re.compile(
    r"(?:още|други|последни|свързани|подобни|най-четени|най-нови) (?:новини|статии|публикации"
    r"|практики|проекти)(?: от .{1,40})?"
    r"|още по темата|още от (?:рубриката|категорията|раздела|раздел)(?: .{1,40})?|виж(?:те)? също"
    r"|още от [^\W\d_][^.!?\d]{0,30}"  # "Още от Общини:", "Още от Региони" (a site section's name)
    r"|прочетете още|коментари(?: \(\d+\))?|related(?: news| articles| posts| stories)?"
    r"|more news|latest news|other news|see also|you may also like|comments(?: \(\d+\))?"
)  # against the lower-cased line
# Wire-agency credits inside a line: "СОФИЯ, 12 март /БТА/ -", "(БГНЕС)".
_AGENCIES = r"БТА|BTA|БГНЕС|BGNES|КРОСС|ФОКУС|Фокус|ПИК|Ройтерс|Reuters|АФП|AFP|АП|Дарик"
_WIRE_DATELINE = re.compile(
    rf"^[А-ЯA-Z][А-ЯA-Z .-]{{1,30}},\s*\d{{1,2}}\s+\w+\.?\s*(?:\d{{4}}\s*г?\.?\s*)?"
    rf"/(?:[^/\n]{{0,40}}(?:{_AGENCIES})[^/\n]{{0,40}})/\s*[-–—]?\s*")
_WIRE_CODE = re.compile(rf"\s*(?:/\s*(?:{_AGENCIES})\s*/|\(\s*(?:{_AGENCIES})\s*\))")
# Editor signatures that close agency items: ДС/ПК, ИИ/ГГ/...
_SIGNATURE = re.compile(r"[А-ЯA-Z]{1,3}(?:/[А-ЯA-Z]{1,3}){1,3}/?")
_TABS = re.compile(r"\t+")
_MARKUP = re.compile(r"</?[a-zA-Z][^>]*>|\w+=\"[^\"]*\"")
# A "read more" link's words: a verb of reading or seeing and what there is more of
# ("Прочети повече", "Виж цялата практика", "Научете повече", "See the full practice"),
# or the "more" alone ("Още", "Подробности", "More details"), or where it leads ("Към
# практиката", "Go to the article"). Only these: a title may open with "Виж" too.
_MORE_WHAT = (r"(?:още|повече|подробности|подробно|детайли|целия текст|пълния текст"
              r"|(?:цялата |пълната )?(?:практика|статия|новина|публикация)(?:та)?"
              r"|(?:the )?(?:full |whole |complete )?(?:story|article|practice|text|post|entry)"
              r"|more(?: details)?|details)")
_MORE_MARKER = re.compile(
    r"(?:\[\s*)?(?:"
    r"(?:прочети|прочетете|виж|вижте|научи|научете|разгледай|разгледайте|отвори|покажи"
    r"|read|see|view|continue reading|learn|open|show)\s+" + _MORE_WHAT +
    r"|още|повече|подробности|подробно|more|more details|details|continue reading|пълен текст|full text"
    r"|(?:към|go to|to) (?:практиката|статията|новината|публикацията|проекта|the (?:practice|article|story|project))"
    r")(?:\s*\])?\s*(?:»|›|→|>>|\.\.\.|…)?")  # against the lower-cased line

_LONGEST_MORE_MARKER = 40
# A link left as a bracketed line ("[Номинирай]", "[Виж цялата практика]").
_LINK_LINE = re.compile(r"\[[^\]\n]{1,40}\]")


def is_more_marker(line: str) -> bool:
    """A listing item's "read more" link line.

    >>> is_more_marker("[Още]"), is_more_marker("Още »"), is_more_marker("Още новини")
    (True, True, False)
    >>> is_more_marker("[Прочети повече]"), is_more_marker("Виж цялата практика »"), is_more_marker("Виж Русе")
    (True, True, False)
    """
    # Length check first: this is asked of every line, and markers are short.
    return len(line) <= _LONGEST_MORE_MARKER and bool(_MORE_MARKER.fullmatch(line.strip().lower()))


def is_link_line(line: str) -> bool:
    """A link's text left in brackets on a line of its own: chrome on a single page, an
    item's link on a listing that repeats it after every item.

    >>> is_link_line("[Номинирай]"), is_link_line("[1] Бележка под линия с текст.")
    (True, False)
    """
    return line[:1] == "[" and bool(_LINK_LINE.fullmatch(line.strip()))


def _is_breadcrumb(line: str) -> bool:
    """A breadcrumb trail of two or more short pieces: joined by ``›`` (used for nothing
    else), or by ``/`` ``»`` ``>`` with one piece a site section (``Начало``, ``Проекти``).

    >>> _is_breadcrumb("Община Примерно › Проекти › Европейско териториално сътрудничество")
    True
    >>> _is_breadcrumb("Проекти / Текущи проекти"), _is_breadcrumb("Зелена енергия / Green energy")
    (True, False)
    """
    pieces = [piece.strip() for piece in _BREADCRUMB_SEPARATORS.split(line)]
    if len(pieces) < 2 or any(not piece or len(piece) > _LONGEST_CRUMB or piece.endswith((".", "!", "?"))
                              for piece in pieces):
        return False
    return "›" in line or any(_SITE_SECTION.fullmatch(piece.lower()) for piece in pieces)


def _is_menu(line: str) -> bool:
    """Three or more short pieces, or two or more link texts (``« назад | Печат``)."""
    pieces = [p.strip() for p in _MENU_SEPARATORS.split(line) if p.strip()]
    if pieces and any(map(str.isdigit, line)) and is_date_line(line):
        return False  # a news dateline with section and place: "20 Окт, 2023 | Новини | Поморие",
        # "Белица, 20 Окт, 2020 | Новини | Образование", "ЛОМ | 14.08.2024 | Общини"
    if len(pieces) >= 2 and all(_CHROME_LINE.fullmatch(p.lower()) for p in pieces):
        return True
    return len(pieces) >= 3 and all(len(p) <= 30 and len(p.split()) <= 4 and ":" not in p
                                     for p in pieces)


def _tab_cells(line: str) -> str:
    """``Бенефициент<TAB>Община Русе`` (a registry table exported as text) becomes
    ``Бенефициент: Община Русе``, the same shape html_to_text gives table rows."""
    cells = [cell.strip() for cell in _TABS.split(line) if cell.strip()]
    if len(cells) >= 2 and len(cells[0]) <= 60 and any(c.isalpha() for c in cells[0]):
        return f"{cells[0].rstrip(':').rstrip()}: " + " | ".join(cells[1:])
    return " ".join(cells)


def clean_line(line: str) -> str:
    """Undo markup remnants and agency codes inside one line; strip it.

    Leading tabs are indentation left from markup; tabs *between* text are table cells.

    >>> clean_line("\t\tСОФИЯ, 12 март /БТА/ - Общината&nbsp;стартира")
    'Общината стартира'
    >>> clean_line("\\tСтатус\\t\\tПриключен")
    'Статус: Приключен'
    """
    if "&" in line:
        line = html.unescape(line)
    line = line.replace("\u00a0", " ").strip()
    if "<" in line or '="' in line:
        line = _MARKUP.sub(" ", line).strip()
    if "\t" in line:
        line = _tab_cells(line)
    if "/" in line or "(" in line:
        line = _WIRE_DATELINE.sub("", line)
        line = _WIRE_CODE.sub("", line)
    return " ".join(line.split())


def is_chrome(line: str) -> bool:
    """True for a (cleaned) line that is site chrome, never for a fact line.

    >>> is_chrome("Разпечатано от сайта на ФРМС - Printed from the FLGR Website.")
    True
    >>> is_chrome("Home / Projects / Rural development"), is_chrome("Партньори: няма")
    (True, False)
    >>> is_chrome("« назад | Печат")
    True
    """
    if not line:
        return False
    if not any(map(str.isalnum, line)):  # map: no Python frame per character (asked of every line)
        return True  # "-", "|", "•" left from a layout
    if len(line) > _LONGEST_CHROME_LINE:
        return False  # prose; also keeps the patterns below off long lines (speed)
    lower = line.lower()
    if _CHROME_LINE.fullmatch(lower) or _SIGNATURE.fullmatch(line) \
            or any(phrase in lower for phrase in _CHROME_PHRASES):
        return True
    if any(word in lower for word in _COOKIE_WORDS) \
            and any(word in lower for word in _COOKIE_CONTEXT):
        return True
    return _is_menu(line) or ((" › " in line or " / " in line or " » " in line or " > " in line)
                              and _is_breadcrumb(line)
                              and not (any(map(str.isdigit, line)) and is_date_line(line)))  # "Новини / 12.05.2021"


def cut_related_tail(lines: list[str]) -> list[str]:
    """Drop a related-news tail: its heading line and every line after it.

    A "tail" followed by the page's own sections or fact labels, or by more text than
    precedes it, is a sidebar dumped above the practice, not a tail: only its heading line
    goes then.

    >>> cut_related_tail(["Дълъг текст на статията.", "Свързани новини", "Друга новина"])
    ['Дълъг текст на статията.']
    >>> cut_related_tail(["Последни новини", "Друга новина", "Предистория", "Текст."])
    ['Друга новина', 'Предистория', 'Текст.']
    """
    kept = list(lines)
    index = 0
    while index < len(kept):
        if _RELATED_TAIL.fullmatch(kept[index].strip().rstrip(":").lower()):
            later = kept[index + 1:]
            before_chars = sum(len(line) for line in kept[:index])
            if before_chars < sum(len(line) for line in later) \
                    or any(section_heading(line) or fact_label(line) for line in later):
                del kept[index]
                continue
            return kept[:index]
        index += 1
    return kept


def drop_listing_markers(lines: list[str]) -> list[str]:
    """Remove the ``[Още]`` / ``-----`` / ``[Номинирай]`` lines that :func:`strip_chrome` kept.

    >>> drop_listing_markers(["Текст", "[Още]", "-----", ""])
    ['Текст', '']
    """
    return [line for line in lines if not (is_more_marker(line) or is_separator(line) or is_link_line(line))]


_LINK_ROW = re.compile(r"\[[^\]\n]{1,40}\](?:\s*[|·]?\s*\[[^\]\n]{1,40}\])+")


def _more_in_link_row(line: str) -> str | None:
    """The "read more" link of a row of bracketed links side by side, or None.

    >>> _more_in_link_row("[Номинирай] [Още]"), _more_in_link_row("[Печат] [Назад]")
    ('[Още]', None)
    """
    if not _LINK_ROW.fullmatch(line.strip()):
        return None
    return next((link for link in re.findall(r"\[[^\]\n]{1,40}\]", line) if is_more_marker(link)), None)


def strip_chrome(lines: list[str], *, keep_listing_markers: bool = False) -> list[str]:
    """Clean every line and drop chrome lines; blank lines are kept as paragraph breaks.

    With ``keep_listing_markers`` the ``[Още]`` and ``-----`` lines (and other bracketed
    link lines, which a listing may repeat after every item) survive for
    :func:`indexer.listing.split_listing`.

    >>> strip_chrome(["Текст", "[Още]", "-----"], keep_listing_markers=True)
    ['Текст', '[Още]', '-----']
    """
    kept: list[str] = []
    for raw in lines:
        line = clean_line(raw)
        if keep_listing_markers and (is_more_marker(line) or is_separator(line) or is_link_line(line)):
            kept.append(line)
        elif keep_listing_markers and line[:1] == "[" and (more := _more_in_link_row(line)) is not None:
            kept.append(more)  # "[Номинирай] [Още]" under each item: its "read more" ends the item
        elif not is_chrome(line):
            kept.append(line)
    return kept
