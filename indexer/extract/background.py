"""Where a page's background section (``Предистория``, ``Background``, ``Контекст``) stands.

A background section tells what came before the practice: the projects, dates and funders named
there are earlier ones. Status, dates and programmes all ask the same question of it, so the
sections are found here once, by the same headings the page reader knows
(:func:`indexer.page_lines.section_heading`).

>>> text = "Предистория\\nСтарият проект приключи през 2018 г.\\nПрактика\\nОт 2019 г. …"
>>> background_spans(text), in_background(text, "Старият проект приключи")
([(12, 49)], True)
"""
from __future__ import annotations

from indexer.page_lines import section_heading

# Substrings a background heading holds (any case the page writes it in): most pages have none.
_BACKGROUND_WORDS = ("редистори", "РЕДИСТОРИ", "ackground", "ACKGROUND", "онтекст", "ОНТЕКСТ", "ontext", "ONTEXT")


def background_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each background section's body: from its heading to the next heading.

    >>> background_spans("Предистория\\nПо ОПРР.\\nПрактика\\nПо ПРСР.")
    [(12, 21)]
    >>> background_spans("Практика\\nПо ПРСР.")
    []
    """
    if not any(word in text for word in _BACKGROUND_WORDS):
        return []
    spans = []
    begin = None
    position = 0
    for line in text.split("\n"):
        if len(line) <= 40 and (heading := section_heading(line)) is not None:
            if begin is not None:
                spans.append((begin, position))
            begin = position + len(line) + 1 if heading[0] == "background" else None
        position += len(line) + 1
    if begin is not None:
        spans.append((begin, len(text)))
    return spans


def in_background(text: str, source: str, spans: list[tuple[int, int]] | None = None) -> bool:
    """Whether ``source`` (a fact's source sentence, as cut to its first 80 characters) stands
    inside a background section of ``text``; ``spans``: :func:`background_spans` of the text,
    when the caller has them.

    >>> in_background("Предистория\\nПроект А.\\nПрактика\\nПроект Б.", "Проект Б.")
    False
    """
    spans = background_spans(text) if spans is None else spans
    probe = source.strip()[:80]
    if not spans or not probe:
        return False
    at = text.find(probe)
    while at >= 0:
        if any(begin <= at < end for begin, end in spans):
            return True
        at = text.find(probe, at + 1)
    return False
