"""Split a listing page (several short practices in one file) into its items.

Accepted shapes (the contract with the sample writers):

(a) items that each end with a line that is exactly ``[Още]``, ``[More]``, ``Още »``,
    ``Прочети още`` (or ``Read more`` / ``More »``); text after the last marker is kept as
    an item only if it looks like one (a footer does not);
(b) items separated by a line of three or more ``-``, ``*``, ``=`` or ``_`` (or ``* * *``);
(c) HTML with several ``<article>`` elements: :func:`indexer.html_text.html_to_text`
    writes shape (b) separators around them.

Each item: a title line, an optional date line (after the title, or before it), short
text, an optional ``Иноватор:`` line. A page heading before the first item (``Практика на седмицата``) is dropped: the
first item is recognised as starting with one title-like line more than the others do. A
file is a listing only when it holds at least two items.

>>> items = split_listing(["Практика на седмицата",
...                        "Първа", "12.03.2020", "Текст едно.", "[Още]",
...                        "Втора", "01.04.2021", "Текст две.", "[Още]"])
>>> [item[0] for item in items]
['Първа', 'Втора']
"""
from __future__ import annotations

import re

from indexer.chrome import is_more_marker
from indexer.page_lines import is_date_line, is_separator, is_title_like, section_heading

MIN_ITEMS = 2
# Headings of listing pages that are never an item.
_LISTING_HEADING = re.compile(
    r"практик(?:а|и) на (?:седмицата|месеца)|иновативни практики.*|иновационни практики.*"
    r"|practices? of the (?:week|month)|innovative practices.*|категория\s*:.*|category\s*:.*"
    r"|добри практики.*|good practices.*",
    re.IGNORECASE,
)


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


def _looks_like_item(item: list[str]) -> bool:
    """A title line followed by at least one line of text (not only a date), and no
    section headings: those belong to a whole practice page cut by a decorative line."""
    content = _content(item)
    while content and is_date_line(content[0]):
        content = content[1:]  # some sites put the date above the title
    if len(content) < 2 or not is_title_like(content[0]):
        return False
    if any(section_heading(line) is not None for line in content):
        return False
    return any(not is_date_line(line) and (len(line) >= 20 or line.endswith((".", "!", "?")))
               for line in content[1:])


def _segments_by_marker(lines: list[str]) -> list[list[str]]:
    segments, current = [], []
    for line in lines:
        if is_more_marker(line):
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


def _drop_page_heading(segments: list[list[str]]) -> list[list[str]]:
    """Remove a page heading line from the start of the first segment."""
    if not segments:
        return segments
    first = segments[0]
    content = _content(first)
    if not content:
        return segments
    others = [_leading_title_lines(s) for s in segments[1:] if _content(s)]
    extra_title = bool(others) and _leading_title_lines(first) > min(others)
    if _LISTING_HEADING.fullmatch(content[0].strip()) or extra_title:
        position = first.index(content[0])
        return [first[position + 1:]] + segments[1:]
    return segments


def split_listing(lines: list[str]) -> list[list[str]] | None:
    """The items of a listing page (each a list of lines), or None if it is not one.

    >>> split_listing(["Заглавие", "Само един текст на страницата."]) is None
    True
    """
    markers = sum(1 for line in lines if is_more_marker(line))
    separators = sum(1 for line in lines if is_separator(line))
    if markers >= MIN_ITEMS:
        # Both shapes at once (HTML articles that end with a "read more" link): the
        # markers decide, the separators are only noise.
        segments = _segments_by_marker([line for line in lines if not is_separator(line)])
    elif separators >= 1:
        segments = _segments_by_separator(lines)
    else:
        return None
    segments = [segment for segment in segments if _content(segment)]
    segments = _drop_page_heading(segments)
    items = [segment for segment in segments if _looks_like_item(segment)]
    if len(items) < MIN_ITEMS:
        return None
    return [[line for line in item if not is_separator(line) and not is_more_marker(line)]
            for item in items]
