"""Files that hold several registry records: one practice per record.

Registry exports reach us with many projects in one file, in two shapes besides JSON lists:

* a **table** with one row per project (a CSV or TSV export, a markdown or HTML table with
  a header row): :mod:`indexer.text_tables` writes each row as ``Header: cell`` lines and
  puts a :data:`~indexer.text_tables.RECORD_BREAK` line around each row of a table with
  several rows;
* **cards** of ``Label: value`` lines, one card per project, each opening with the same
  label (``Код на проекта: …``), separated by blank or ``-----`` lines.

Either is split only when little stands around the records (a heading, a source line:
an article that quotes a table stays one practice) and every record reads as a registry
record; the lines above the records (the export's heading) go with each of them.

>>> cards = ["Извадка от регистъра", "", "Код: A-1", "Бенефициент: Община Лом",
...          "Начална дата: 01.03.2020", "Статус: Приключен", "", "Код: A-2",
...          "Бенефициент: Община Вълчедръм", "Начална дата: 02.04.2021", "Статус: Активен"]
>>> [record[3:5] for record in split_records(cards)]
[['Код: A-1', 'Бенефициент: Община Лом'], ['Код: A-2', 'Бенефициент: Община Вълчедръм']]
"""
from __future__ import annotations

import re
from collections import Counter

from indexer.chrome import strip_chrome
from indexer.page_kind import classify_kind
from indexer.page_lines import is_label_line, is_separator
from indexer.text_tables import RECORD_BREAK

MIN_RECORDS = 2
# Around the records, a heading and a source line or two; more is an article that quotes
# a table or a card, which stays one practice.
_MAX_CONTEXT_LINES = 6
_LONGEST_CONTEXT_LINE = 200
_CARD_LABEL = re.compile(r"\s*([^:|\t]{1,60}?)\s*:")


def _small_context(lines: list[str]) -> bool:
    context = [line for line in lines if line.strip()]
    return len(context) <= _MAX_CONTEXT_LINES and all(len(line) <= _LONGEST_CONTEXT_LINE for line in context)


def _all_registry(records: list[list[str]]) -> bool:
    return all(classify_kind(record) == "registry" for record in records)


def _table_records(lines: list[str]) -> list[list[str]] | None:
    """The rows of a table of records, each with the lines around the table.

    >>> rows = ["Извадка", "", RECORD_BREAK, "Код: A-1", "Бенефициент: Община Лом",
    ...         "Начална дата: 01.03.2020", RECORD_BREAK, "Код: A-2", "Бенефициент: Община Вълчедръм",
    ...         "Начална дата: 02.04.2021", RECORD_BREAK]
    >>> [record[4] for record in _table_records(rows)]
    ['Бенефициент: Община Лом', 'Бенефициент: Община Вълчедръм']
    """
    if RECORD_BREAK not in lines:
        return None
    parts: list[list[str]] = [[]]
    for line in lines:
        if line == RECORD_BREAK:
            parts.append([])
        else:
            parts[-1].append(line)
    head, rows, tail = parts[0], [part for part in parts[1:-1] if any(part)], parts[-1]
    if len(rows) < MIN_RECORDS or not _small_context(head + tail):
        return None
    records = [strip_chrome(head + [""] + row + [""] + tail) for row in rows]
    return records if _all_registry(records) else None


def _card_label(line: str) -> str | None:
    match = _CARD_LABEL.match(line) if is_label_line(line) else None
    return match.group(1).casefold() if match else None


def _card_records(lines: list[str]) -> list[list[str]] | None:
    """Cards of ``Label: value`` lines that each open a paragraph with the same label, each
    with the lines above the first card; None when the file holds no two such cards."""
    # Cheap test on the raw lines first (this runs on every page): two paragraphs that open
    # with the same label.
    raw_openers = Counter(label for index, line in enumerate(lines)
                          if ":" in line and (index == 0 or not lines[index - 1].strip() or is_separator(lines[index - 1]))
                          and (label := _card_label(line)) is not None)
    if not raw_openers or raw_openers.most_common(1)[0][1] < MIN_RECORDS:
        return None
    clean = strip_chrome(lines, keep_listing_markers=True)
    breaks = [not line.strip() or is_separator(line) for line in clean]
    openers = {index: label for index, line in enumerate(clean)
               if not breaks[index] and (index == 0 or breaks[index - 1])
               and (label := _card_label(line)) is not None}
    counts = Counter(openers.values())
    if not counts:
        return None
    label, count = counts.most_common(1)[0]
    if count < MIN_RECORDS:
        return None
    starts = [index for index, opener in openers.items() if opener == label]
    head = [line for line in clean[:starts[0]] if not is_separator(line)]
    if not _small_context(head):
        return None
    cards = [[line for line in clean[start:end] if not is_separator(line)]
             for start, end in zip(starts, starts[1:] + [len(clean)])]
    # each card is a record by itself (paragraphs of one record that open with the same
    # label, its partners, are not)
    return [head + [""] + card for card in cards] if _all_registry(cards) else None


def split_records(lines: list[str]) -> list[list[str]] | None:
    """The records of a file that holds several (each a list of chrome-free lines), or None."""
    return _table_records(lines) or _card_records(lines)
