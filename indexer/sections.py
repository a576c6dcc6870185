"""Find the named sections of a practice page and join split ``Label: value`` lines.

Sections are introduced by a heading line (``Предистория``, ``Основни дейности:``,
``Results``) or by an inline label (``Обща цел: Подобряване...``) and run until the next
heading, the next known fact label (``Статус:``, ``Иноватор:``...) or the end of the page.
Headings map to the canonical names of :data:`indexer.page_lines.SECTION_NAMES`; only
non-empty sections are returned.

>>> find_sections(["Обща цел: По-добро управление", "Основни дейности:", "",
...                "Дейност 1: Обучения;", "Статус: приключил"])
{'objective': 'По-добро управление', 'activities': 'Дейност 1: Обучения;'}
"""
from __future__ import annotations

import re

from indexer.page_lines import fact_label, section_heading

_FLGR_CLOSING = re.compile(r"прикачени файлове|иноватор|дата на публикация|номинации"
                           r"|attached files|innovator|publication date|nominations",
                           re.IGNORECASE)


def _tidy(lines: list[str]) -> str:
    """Join section lines, one blank line at most between paragraphs."""
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def find_sections(lines: list[str], *, flgr: bool = False) -> dict[str, str]:
    """Map canonical section names to their text (first occurrence of each wins).

    On FLGR pages (``flgr=True``) only the closing labels (``Прикачени файлове``,
    ``Иноватор``, ``Дата на публикация``, ``Номинации``) end a section: a ``Партньори:``
    or ``Бюджет:`` line inside the Practice prose belongs to it.

    >>> find_sections(["Предистория", "Текст.", "Практика", "Резултати", "Иноватор: X"])
    {'background': 'Текст.'}
    >>> find_sections(["Практика", "Първо.", "Бюджет: 10 лв.", "После."], flgr=True)
    {'practice': 'Първо.\\nБюджет: 10 лв.\\nПосле.'}
    """
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in lines:
        heading = section_heading(line)
        if heading is not None:
            name, inline = heading
            # A repeated heading (a summary box, a listing tail) must not overwrite the
            # first section's text; collect it into a throwaway list instead.
            current = sections.setdefault(name, []) if name not in sections else []
            if inline:
                current.append(inline)
            continue
        label = fact_label(line)
        if label is not None and (not flgr or _FLGR_CLOSING.fullmatch(label)):
            current = None
            continue
        if current is not None:
            current.append(line)
    tidy = {name: _tidy(body) for name, body in sections.items()}
    return {name: text for name, text in tidy.items() if text}


def join_split_labels(lines: list[str]) -> list[str]:
    """Join a fact label standing alone (``Статус:``) with the value on the next line.

    HTML definition lists and some text exports put the value on its own line; the fact
    extractors read ``Label: value`` lines, so the two are put back together.

    >>> join_split_labels(["Прикачени файлове:", "plan.pdf", "Статус:", "", "Приключен"])
    ['Прикачени файлове: plan.pdf', 'Статус: Приключен']
    >>> join_split_labels(["Статус:", "Бюджет: 10 лв."])
    ['Статус:', 'Бюджет: 10 лв.']
    """
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.rstrip()
        if stripped.endswith(":") and fact_label(stripped) is not None \
                and section_heading(stripped) is None:
            following = index + 1
            while following < len(lines) and not lines[following].strip():
                following += 1
            if following < len(lines):
                value = lines[following].strip()
                if fact_label(value) is None and section_heading(value) is None:
                    out.append(f"{stripped} {value}")
                    index = following + 1
                    continue
        out.append(line)
        index += 1
    return out
