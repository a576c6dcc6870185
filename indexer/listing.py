"""Split a listing page (several short practices in one file) into its items.

Accepted shapes (the contract with the sample writers):

(a) items that each end with a "read more" line: ``[Още]``, ``[More]``, ``Още »``,
    ``Прочети още``, ``[Прочети повече]``, ``[Виж цялата практика]``, ``Read the full story``
    (:func:`indexer.chrome.is_more_marker`), or any bracketed link line repeated word for word
    after every item; text after the last marker is kept as an item only if it looks like
    one (a footer does not);
(b) items separated by a line of three or more ``-``, ``*``, ``=`` or ``_`` (or ``* * *``);
(c) HTML with several ``<article>`` elements: :func:`indexer.html_text.html_to_text`
    writes shape (b) separators around them;
(d) a digest ("news from the region in brief") whose items each open with a heading line
    behind a bullet glyph (``▸ Town: what was done``, ``■``, ``►``, ``•``...), followed by a
    paragraph, with no "read more" link: every line that opens with that glyph heads an
    item (a bulleted list, whose bullets follow one another, is not a digest); the glyph
    is not part of the title, and what stands above the first head is the page heading;
(e) items opened by numbers or ranks running 1, 2, 3... at the start of a paragraph
    (``1) Title``, ``2. Title``, ``I място – Община X``), with only headings above the first
    (numbered steps inside an article follow its own text); ``1)`` leaves the title, a rank
    stays in the text (an entry's name under it is the title, :mod:`indexer.pages`); when
    every item is one paragraph, the last ends with its paragraph;
(f) items that each close with their ``Иноватор:`` line and nothing after it (an FLGR
    category page with no links), on a page without sections;
(g) items that each open a paragraph with their title and date line (``Нов парк`` /
    ``12.03.2021``), with only headings above the first and items of comparable size.

Each item: a title line (a numbered list's ``1.`` is not part of it), an optional date
line (after the title, or before it), short text, an optional ``Иноватор:`` line. What
stands above the first item is dropped: a site name, the page heading (``Практика на
седмицата``), an introduction paragraph; the first item is recognised as beginning where
the first segment has no more title-like lines before its text than the other items.
A file is a listing only when it holds at least two items.

>>> items = split_listing(["Практика на седмицата",
...                        "Първа", "12.03.2020", "Текст едно.", "[Още]",
...                        "Втора", "01.04.2021", "Текст две.", "[Още]"])
>>> [item[0] for item in items]
['Първа', 'Втора']
"""
from __future__ import annotations

import re

from collections import Counter

from indexer.chrome import is_link_line, is_more_marker
from indexer.page_lines import (fact_label, is_date_line, is_separator, is_title_like, section_heading,
                                title_date_prefix)

MIN_ITEMS = 2
# Headings of listing pages that are never an item.
_LISTING_HEADING = re.compile(
    r"практик(?:а|и) на (?:седмицата|месеца)|иновативни практики.*|иновационни практики.*"
    r"|practices? of the (?:week|month)|innovative practices.*|категория\s*:.*|category\s*:.*"
    r"|добри практики.*|good practices.*",
    re.IGNORECASE,
)


# "1. ", "2) ", "3 | " before a numbered item's title.
_ITEM_NUMBER = re.compile(r"\d{1,3}(?:[.)]|\s*\|)\s+(?=\S)")
# A glyph before an item's title ("■ Нова градина", ">> Maritsa: …"): the list's bullet.
# A plain-text list's "* " counts too (a star needs its space: "*Ново*" is emphasis).
_TITLE_GLYPH = re.compile(r"(?:(?:>>|»|[▸▹►▻▶▷■□▪▫●○◆◇◾◼➤➢➔→•★☆✓✔])\s*|\*\s+)(?=\w|[„\"“«])")


# Bullet glyphs that open a digest item's heading line ("▸ Town: ..."). Not "-" or "*":
# those open the items of ordinary lists.
_MAX_DIGEST_INTRO_LINES = 1
_HEAD_BULLET = re.compile(r"([▸▹►▻▶▷■□▪▫●○◆◇◾◼➤➢➔→•★☆✓✔])\s*(?=\S)")


def _content(lines: list[str]) -> list[str]:
    return [line for line in lines if line.strip()]


def _leading_title_lines(item: list[str]) -> int:
    """Title-like lines before the first date or prose line."""
    count = 0
    for line in _content(item):
        if not is_title_like(line):
            break
        count += 1
    return count


def _own_line_heading(line: str) -> bool:
    """A section heading on a line of its own (``Резултати``), as a whole practice page has;
    ``Резултати: 40 семейства`` is a labelled line of a listing item.

    >>> _own_line_heading("Резултати"), _own_line_heading("Резултати: 40 семейства")
    (True, False)
    """
    heading = section_heading(line)
    return heading is not None and not heading[1]


def _looks_like_item(item: list[str]) -> bool:
    """A title line followed by at least one line of text (not only a date), and no
    section headings on a line of their own: those belong to a whole practice page cut by
    a decorative line. A heading with its text on the same line (``Резултати: 40 семейства``)
    is one of an item's labelled lines, as ``Иноватор:`` is."""
    content = _content(item)
    while content and is_date_line(content[0]):
        content = content[1:]  # some sites put the date above the title
    if len(content) < 2 or not is_title_like(content[0]):
        return False
    if any(_own_line_heading(line) for line in content):
        return False
    return any(not is_date_line(line) and (len(line) >= 20 or line.endswith((".", "!", "?")))
               for line in content[1:])


# A link's arrow before or after its words ("→ Цялата практика", "Към текста »"): a text
# export of a page keeps the arrow where the link's underline was.
# A plain-text export writes the arrow in ASCII ("-> Read more", "> Full practice"): those
# count only where the line repeats after every item (:func:`_repeated_links`).
_LINK_ARROW = re.compile(r"^\s*(?:→|⟶|➜|➔|➤|»|›|>>|▶|►|-{1,2}>|=>|>)\s*\S|\S\s*(?:→|⟶|➜|➔|»|›|>>|-{1,2}>)\s*$")
_LONGEST_LINK = 40


# An item's closing byline is its text, not a menu title, though it has no full stop:
# "Innovator: X Municipality", "Theme: Environment | Innovator: X".
_BYLINE = re.compile(r"(?:иноватор|innovator)\s*:|^\s*[^\W\d][\w ]{1,24}:\s*\S[^|]*\|\s*[^\W\d][\w ]{1,24}:\s*\S")


def _is_arrow_link(line: str) -> bool:
    """A short line with a link's arrow at its start or end.

    >>> _is_arrow_link("→ Цялата практика"), _is_arrow_link("Към текста »"), _is_arrow_link("Ново → старо: пътят")
    (True, True, False)
    >>> _is_arrow_link("-> Read more"), _is_arrow_link("> Full practice"), _is_arrow_link("a -> b, then c")
    (True, True, False)
    """
    return len(line) <= _LONGEST_LINK and bool(_LINK_ARROW.search(line))


def _repeated_links(lines: list[str]) -> frozenset[str]:
    """Link lines that stand on the page at least twice, word for word: the link each item
    of a listing ends with, whatever its words (``[Виж цялата практика]``, ``→ Цялата
    практика``)."""
    counts = Counter(line.strip() for line in lines if is_link_line(line) or _is_arrow_link(line))
    links = {line for line, count in counts.items() if count >= MIN_ITEMS}
    # An arrow line also stands in menus ("→ Всички новини" at the top and under the text):
    # the link that closes items follows an item's text every time it stands.
    for line in [link for link in links if not is_link_line(link)]:
        above = [next((other for other in reversed(lines[:at]) if other.strip()), "")
                 for at, candidate in enumerate(lines) if candidate.strip() == line]
        if any(not text or (is_title_like(text) and not _BYLINE.search(text)) for text in above):
            links.discard(line)
    return frozenset(links)


def _segments_by_marker(lines: list[str], is_marker) -> list[list[str]]:
    segments, current = [], []
    for line in lines:
        if is_marker(line):
            segments.append(current)
            current = []
        else:
            current.append(line)
    if _looks_like_item(current):
        segments.append(current)
    return segments


def _segments_by_separator(lines: list[str]) -> list[list[str]]:
    segments, current = [], []
    for line in lines:
        if is_separator(line):
            segments.append(current)
            current = []
        else:
            current.append(line)
    segments.append(current)
    return segments


def _bullet_heads(lines: list[str]) -> list[int] | None:
    """Indexes of a digest's bulleted item heads, or None when the page is not one.

    A head is a title-like line behind a bullet glyph whose next non-blank line is not
    bulleted; every line with that glyph must be a head, and there are two at least.

    >>> _bullet_heads(["Накратко", "▸ Лом: нов парк", "Общината откри парка.", "",
    ...                "▸ Видин: нов мост", "Мостът е готов."])
    [1, 4]
    >>> _bullet_heads(["Дейности:", "• ремонт на покрива", "• нова дограма", "Текст след това."]) is None
    True
    """
    heads: list[int] = []
    glyph: str | None = None
    for index, line in enumerate(lines):
        match = _HEAD_BULLET.match(line)
        if match is None:
            continue
        if glyph is not None and match.group(1) != glyph:
            return None  # two kinds of bullets: a list inside a page, not a digest
        glyph = match.group(1)
        following = next((other for other in lines[index + 1:] if other.strip()), "")
        if not is_title_like(line[match.end():]) or not following or _HEAD_BULLET.match(following):
            return None
        heads.append(index)
    if len(heads) < MIN_ITEMS:
        return None
    # Above the first head a digest has its heading and at most a line of introduction; an
    # article with bulleted sub-headings has its own lead paragraphs there.
    prose_above = sum(1 for line in lines[:heads[0]]
                      if line.strip() and not is_title_like(line) and not is_date_line(line))
    return heads if prose_above <= _MAX_DIGEST_INTRO_LINES else None


def _segments_by_bullet_heads(lines: list[str], heads: list[int]) -> list[list[str]]:
    """The digest's items, each from its head (bullet removed) to the next head; what
    stands above the first head (the digest's own heading) is left out."""
    segments = []
    for at, end in zip(heads, heads[1:] + [len(lines)]):
        head = _HEAD_BULLET.sub("", lines[at], count=1)
        segments.append([head] + lines[at + 1:end])
    return segments


# An item head's number: "1)", "2.", "IV." or a rank, "I място –", "2 място", "1st place".
_ENUMERATOR = re.compile(
    r"(?P<n>\d{1,2}|[IVX]{1,6})(?:(?P<dot>[.)])|(?:-?(?:во|ро|то|ми|st|nd|rd|th))?\s+(?:място|place)\b)"
    r"\s*[–—:-]?\s*(?=\S)")
_ROMAN = {"I": 1, "V": 5, "X": 10}


def _number(text: str) -> int:
    """``"3"`` → 3, ``"IV"`` → 4."""
    if text.isdigit():
        return int(text)
    values = [_ROMAN[c] for c in text]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _numbered_heads(lines: list[str]) -> list[int] | None:
    """Indexes of a ranked or numbered listing's item heads (``1) Слънчев парк – Лом``,
    ``II място – Община Вълчи дол``), or None when the page is not one.

    A head opens a paragraph (a blank line or the page's start above it), is title-like,
    and is followed by a line that is no other head; the numbers run 1, 2, 3... (a list
    of steps inside an article has its items one under another, or the article's own text
    above them: only headings may stand above the first head, no prose, no section heading
    and no labelled fact).

    >>> _numbered_heads(["Класиране", "", "I място – Община Лом", "Нов парк с 300 дървета.", "",
    ...                  "II място – Община Бойница", "Читалище с нов покрив."])
    [2, 5]
    >>> _numbered_heads(["Дейности:", "", "1. Ремонт на покрива", "2. Нова дограма"]) is None
    True
    """
    heads: list[int] = []
    for index, line in enumerate(lines):
        if index and lines[index - 1].strip():
            continue
        match = _ENUMERATOR.match(line)
        if match is None or _number(match.group("n")) != len(heads) + 1:
            continue
        following = next((other for other in lines[index + 1:] if other.strip()), "")
        if not is_title_like(line[match.end():]) or not following or _ENUMERATOR.match(following):
            return None
        heads.append(index)
    if len(heads) < MIN_ITEMS:
        return None
    above = [line for line in lines[:heads[0]] if line.strip()]
    if any(section_heading(line) is not None or fact_label(line) is not None for line in above):
        return None
    # Numbered steps follow an article's own lead; a listing's numbers follow only its heading.
    prose_above = any(not is_title_like(line) and not is_date_line(line) for line in above)
    return None if prose_above else heads


def _segments_by_numbered_heads(lines: list[str], heads: list[int]) -> list[list[str]]:
    """The items, each from its head to the next head; a ``1)`` / ``2.`` number leaves the
    title (a rank, ``I място – Община Лом``, stays: it says who). Items that are each one
    paragraph end the last one at its paragraph's end: what follows is the page's closing
    words (``Журито благодари на всички участници.``)."""
    segments = []
    for at, end in zip(heads, heads[1:] + [len(lines)]):
        match = _ENUMERATOR.match(lines[at])
        head = lines[at][match.end():] if match and match.group("dot") else lines[at]
        segments.append([head] + lines[at + 1:end])

    def inner_blank(segment: list[str]) -> bool:
        content = [i for i, line in enumerate(segment) if line.strip()]
        return any(not line.strip() for line in segment[:content[-1]]) if content else False

    if not any(inner_blank(segment) for segment in segments[:-1]):
        last = segments[-1]
        blank = next((i for i, line in enumerate(last) if i and not line.strip()), None)
        if blank is not None:
            segments[-1] = last[:blank]
    return segments


# A dated listing's items are teasers of one size; an article followed by dated teasers of
# related news is not a listing of them all.
_MAX_ITEM_SIZE_RATIO = 5
_LONGEST_HEAD = 200  # a title (TITLE_MAX_CHARS) or a date line is no longer


def _dated_heads(lines: list[str]) -> list[int] | None:
    """Where the items of a dated listing begin: paragraphs that open with a title line and a
    date line right under it (or the date first), two at least, with only headings above
    the first and items of comparable size; None when the page is not one.

    >>> _dated_heads(["Практики", "", "Нов парк", "12.03.2021", "Паркът е с 200 дървета.", "",
    ...               "Нов мост", "05.06.2022", "Мостът е ремонтиран."])
    [2, 6]
    """
    heads = []
    # paragraph openers only, and the date test first (it rejects a line without a digit at
    # once): this runs on every page
    openers = [0] + [index + 1 for index, line in enumerate(lines[:-1]) if not line.strip()]
    for index in openers:
        if index + 1 >= len(lines):
            continue
        first, second = lines[index], lines[index + 1]
        if len(first) > _LONGEST_HEAD or len(second) > _LONGEST_HEAD:
            continue  # a paragraph of prose: neither a title nor a date line
        if (is_date_line(second) and is_title_like(first)) or (is_date_line(first) and is_title_like(second)):
            heads.append(index)
    if len(heads) < MIN_ITEMS:
        return None
    above = [line for line in lines[:heads[0]] if line.strip()]
    if any(not is_title_like(line) and not is_date_line(line) for line in above) \
            or any(section_heading(line) is not None for line in lines):
        return None
    sizes = [sum(len(line) for line in lines[at:end]) for at, end in zip(heads, heads[1:] + [len(lines)])]
    return heads if max(sizes) <= _MAX_ITEM_SIZE_RATIO * min(sizes) else None


_INNOVATOR = re.compile(r"(?:иноватор|innovator)\s*:", re.IGNORECASE)


def _segments_by_innovator(lines: list[str]) -> list[list[str]] | None:
    """Items that each close with their ``Иноватор:`` line and no link after it (an FLGR
    category page): the items, each with its innovator line; None when fewer than two
    such lines stand on the page, or it has sections (a single practice page has one
    innovator line, under its sections).

    >>> _segments_by_innovator(["Първа", "Текст едно.", "Иноватор: Община Лом", "",
    ...                         "Втора", "Текст две.", "Иноватор: Община Бойница"])
    [['Първа', 'Текст едно.', 'Иноватор: Община Лом'], ['', 'Втора', 'Текст две.', 'Иноватор: Община Бойница']]
    """
    ends = [i for i, line in enumerate(lines) if _INNOVATOR.match(line.strip())]
    if len(ends) < MIN_ITEMS or any(_own_line_heading(line) for line in lines):
        return None
    segments = [lines[start:end + 1] for start, end in zip([0] + [e + 1 for e in ends[:-1]], ends)]
    tail = lines[ends[-1] + 1:]
    if _looks_like_item(tail):
        segments.append(tail)
    return segments


def _title_lines(lines: list[str]) -> int:
    return sum(1 for line in lines if is_title_like(line))


def _numbered_start(content: list[str], others: list[list[str]]) -> int | None:
    """Where the first item begins when the other items' titles are numbered 2., 3., …
    in turn: at the title-like line numbered 1 (what stands above it, however many
    headings and introduction lines, is the page's); None when they are not numbered so.

    >>> _numbered_start(["Конкурс 2024", "Номинации в категорията", "Журито избра трима.",
    ...                  "1. Нов парк", "Текст."], [["2. Нов мост", "Текст."], ["3. Нов път", "Текст."]])
    3
    >>> _numbered_start(["Нов парк", "Текст."], [["2025 г. в цифри", "Текст."]]) is None
    True
    """
    if not others:
        return None
    numbers = []
    for segment in others:
        head = _content(segment)[0]
        match = _ITEM_NUMBER.match(head)
        if match is None or not is_title_like(head):
            return None
        numbers.append(int(re.match(r"\d+", head).group()))
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))) or numbers[0] < 2:
        return None
    return next((j for j, line in enumerate(content) if is_title_like(line) and _ITEM_NUMBER.match(line)
                 and int(re.match(r"\d+", line).group()) == numbers[0] - 1), None)


def _drop_page_heading(segments: list[list[str]]) -> list[list[str]]:
    """Remove what stands above the first item in the first segment: the page heading
    (``Практика на седмицата``), a site name above it, an introduction paragraph
    (``Всяка седмица представяме …``).

    The first item begins at the first line from which the segment reads as an item with
    no more title-like lines before its text than the other items have (a site name and a
    heading add such lines). If what follows still holds more title-like lines than any
    other item, and a later title line begins an item after some prose, that prose was an
    introduction under the heading, and the item begins at that later title. When no line
    qualifies, a known heading, or else one extra title-like line, is all that is dropped.
    """
    if not segments:
        return segments
    first = segments[0]
    positions = [i for i, line in enumerate(first) if line.strip()]
    if not positions:
        return segments
    content = [first[i] for i in positions]
    others = [s for s in segments[1:] if _content(s)]
    begin = 1 if _LISTING_HEADING.fullmatch(content[0].strip()) else 0
    start = begin
    numbered = _numbered_start(content, others)
    if numbered is not None:
        start = numbered
    elif others:
        fewest = min(_leading_title_lines(s) for s in others)
        most_titles = max(_title_lines(s) for s in others)
        starts = [j for j in range(begin, len(content) - 1)
                  if _leading_title_lines(content[j:]) <= fewest and _looks_like_item(content[j:])]
        start = starts[0] if starts else max(begin, int(_leading_title_lines(content) > fewest))
        if starts and _title_lines(content[start:]) > most_titles:
            start = next((j for j in starts[1:] if _title_lines(content[j:]) <= most_titles
                          and any(not is_title_like(line) and not is_date_line(line)
                                  for line in content[start:j])), start)
    if start == 0:
        return segments
    return [first[positions[start - 1] + 1:]] + segments[1:]


def _strip_item_numbers(items: list[list[str]]) -> list[list[str]]:
    """``1. гр. Мизия – …``, ``2. …``, ``3 | …``: a numbered list's numbers are not part of
    the titles. Only when every item's title is numbered (a title may begin with a year or
    a count). A bullet glyph before a title (``■``, ``>>``) leaves it in any case.

    >>> _strip_item_numbers([["■ Нов парк", "Текст."], ["2 | Нов мост", "Текст."]])
    [['Нов парк', 'Текст.'], ['2 | Нов мост', 'Текст.']]
    >>> _strip_item_numbers([["1 | Нов парк", "Текст."], ["2 | Нов мост", "Текст."]])
    [['Нов парк', 'Текст.'], ['Нов мост', 'Текст.']]
    """
    title_at = [next((i for i, line in enumerate(item) if is_title_like(line)), None) for item in items]
    items = [item if at is None else item[:at] + [_TITLE_GLYPH.sub("", item[at], count=1)
                                                   if _TITLE_GLYPH.match(item[at]) else item[at]] + item[at + 1:]
             for at, item in zip(title_at, items)]
    if all(at is not None and _ITEM_NUMBER.match(item[at]) for at, item in zip(title_at, items)):
        items = [item[:at] + [_ITEM_NUMBER.sub("", item[at], count=1)] + item[at + 1:]
                 for at, item in zip(title_at, items)]
    return _strip_item_months(items, title_at)


def _strip_item_months(items: list[list[str]], title_at: list[int | None]) -> list[list[str]]:
    """``October 2025 – Sofia …``, ``July 2025 – …``: the month (or day) each item of an
    archive is filed under is not part of its title, nor the date it was published (a
    listing has none). Only when every item's title opens with one.

    >>> _strip_item_months([["Март 2024 г. – Нов парк", "Т."], ["Май 2024 г. – Нов мост", "Т."]], [0, 0])
    [['Нов парк', 'Т.'], ['Нов мост', 'Т.']]
    >>> _strip_item_months([["Март 2024 г. – Нов парк", "Т."], ["Нов мост", "Т."]], [0, 0])[0][0]
    'Март 2024 г. – Нов парк'
    """
    cuts = [title_date_prefix(item[at]) if at is not None else 0 for at, item in zip(title_at, items)]
    if not all(cuts):
        return items
    return [item[:at] + [item[at][cut:]] + item[at + 1:] for at, cut, item in zip(title_at, cuts, items)]


def _shapes(lines: list[str]):
    """Each shape's segments, most specific first, as (segments, whether what stands above
    the first item must still be dropped)."""
    links = _repeated_links(lines)

    def with_links(line: str) -> bool:
        return is_more_marker(line) or line.strip() in links

    is_marker = with_links if links else is_more_marker

    if sum(1 for line in lines if is_marker(line)) >= MIN_ITEMS:
        # Both shapes at once (HTML articles that end with a "read more" link): the
        # markers decide, the separators are only noise.
        yield _segments_by_marker([line for line in lines if not is_separator(line)], is_marker), True
    if any(is_separator(line) for line in lines):
        yield _segments_by_separator(lines), True
    # A digest's, a numbered or a dated listing's heading stands above its first head,
    # already left out.
    if (heads := _bullet_heads(lines)) is not None:
        yield _segments_by_bullet_heads(lines, heads), False
    if (heads := _numbered_heads(lines)) is not None:
        yield _segments_by_numbered_heads(lines, heads), False
    if (segments := _segments_by_innovator(lines)) is not None:
        yield segments, True
    if (heads := _dated_heads(lines)) is not None:
        yield [lines[at:end] for at, end in zip(heads, heads[1:] + [len(lines)])], False


def split_listing(lines: list[str]) -> list[list[str]] | None:
    """The items of a listing page (each a list of lines), or None if it is not one. The
    shapes are tried in turn: the first that gives two items or more decides.

    >>> split_listing(["Заглавие", "Само един текст на страницата."]) is None
    True
    """
    for segments, drop_heading in _shapes(lines):
        segments = [segment for segment in segments if _content(segment)]
        if drop_heading:
            segments = _drop_page_heading(segments)
        items = [segment for segment in segments if _looks_like_item(segment)]
        if len(items) >= MIN_ITEMS:
            return _strip_item_numbers([[line for line in item if not is_separator(line)
                                         and not is_more_marker(line) and not is_link_line(line)]
                                        for item in items])
    return None
