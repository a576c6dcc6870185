"""Tables laid out for the eye, turned into the ``Label: value`` lines the extractors read.

Registry records reach us in several table layouts besides one field per line:

* a table with **column headers** and one row per project (an HTML ``<table>`` whose first
  row is all ``<th>``, or a markdown table whose header row is followed by ``|---|``): the
  value of a field is in the row, its label in the header far above it. Each data row
  becomes one ``Header: cell`` line per column, so that a unit named only in a header
  (``Обща стойност (лв.)``) stays beside its amount;
* a **delimited export** (a registry extract saved as tab-separated text, a CSV file with
  ``;`` or ``,`` between cells, a text extract with bare ``|`` between cells): a header row of three or more short labels, then rows with
  as many cells. Read with the stdlib :mod:`csv` module (its :class:`csv.Sniffer` guesses
  the quoting), each row becomes ``Header: cell`` lines as above;
* a **fixed-width card**: labels in a left column and values starting at one aligned
  column, separated only by spaces (``Краен срок          31.03.2026``; a two-cell tab-separated
  line is read by :mod:`indexer.chrome`); an indented
  sub-row (``  в т.ч. ДДС    489 195 лв.``) aligns with the same value column, and a value
  that wraps continues on lines indented to that column.

Two-column tables with a header row (``| Поле | Стойност |``) are already label / value
tables and are left to the row readers; so are lines that do not line up with others.

>>> column_records(["Наименование", "Статус", "Обща стойност (лв.)"],
...                [["Ремонт на читалище", "Приключен", "120 000,00"]])
['Наименование: Ремонт на читалище', 'Статус: Приключен', 'Обща стойност (лв.): 120 000,00']
"""
from __future__ import annotations

import csv
import re

from indexer.record_fields import MONEY_ROLES, currency_word, default_currency, key_role, normalise_key

# Fewer columns than this with a header row is a label / value table, not records.
MIN_RECORD_COLUMNS = 3
# A card needs this many lines sharing one value column.
MIN_CARD_ROWS = 3
_LONGEST_LABEL = 60
_MAX_LABEL_WORDS = 6
# "Label<two or more spaces>value": a card row (before lines are stripped of their spacing).
# The colon may stand in its own aligned column ("Начална дата      : 21.11.2011"): it
# belongs to the label, and the value starts after it.
_CARD_ROW = re.compile(r"^(?P<indent> *)(?P<label>\S(?:.*?\S)?) {2,}(?::\s*)?(?P<value>\S.*?)\s*$")
# A money table's heading that names its unit at the end ("ФИНАНСОВА ИНФОРМАЦИЯ    BGN",
# "Финансиране (лв.)"): the rows under it give bare amounts in that unit.
_UNIT_HEADING = re.compile(r"[^\W\d][^\d:]{0,60}?\s+\(?(?:в\s+)?(?P<unit>BGN|EUR|лв\.|лева|евро)\)?")
_SCALED_UNIT = re.compile(r"хил|млн|thousand|million|'000|\b000\b", re.IGNORECASE)
_BARE_AMOUNT = re.compile(r"\d{1,3}(?:[  .]\d{3})*(?:,\d{1,2})?|\d+(?:[.,]\d{1,2})?")
# A row whose label is led to its value by dots ("Дата на стартиране ....... 06.03.2023"),
# as registry printouts write them: the dots say "label" wherever the value starts.
_LEADER_ROW = re.compile(r"^(?P<indent> *)(?P<label>[^\W\d](?:(?!\.\.\.|…|\. \. \.).)*?) ?(?:\.{3,}|…+|·{3,}|(?:\. ){3,}\.?)"
                         r"(?:\s*:)? *(?P<value>\S.*?)\s*$")
_INNER_GAP = re.compile(r"\S {2,}\S|\t")
_MARKDOWN_RULE_CELL = re.compile(r":?-{2,}:?")


# A line of its own around each record of a table with several rows (a registry export
# with one row per contract): :mod:`indexer.pages` reads each record as a practice of its
# own. The symbol for "record separator" does not occur in page text, and a line without a
# letter or digit is chrome to :mod:`indexer.chrome`, so a page that is not split loses it.
RECORD_BREAK = "\u241e"
_SCALED_UNIT = re.compile(r"хил|млн|thousand|million|'000|\b000\b", re.IGNORECASE)
_BARE_AMOUNT = re.compile(r"[\d\s.,'’]*\d[\d\s.,'’]*")


def _with_currency(header: list[str], row: list[str]) -> list[str]:
    """A separate currency column (``Валута: BGN``) joined to the row's bare amounts in its
    money columns (``Обща стойност``, ``БФП``), as record_fields does for JSON records: the
    budget extractor reads an amount with its unit. With no currency column, a Bulgarian
    export's amounts are in leva (:func:`indexer.record_fields.default_currency`).

    >>> _with_currency(["Обща стойност", "Валута", "Код"], ["358 119,20", "BGN", "12"])
    ['358 119,20 лв.', 'BGN', '12']
    """
    roles = [key_role(label) for label in header]
    if "currency" in roles:
        unit = currency_word(row[roles.index("currency")]) if roles.index("currency") < len(row) else ""
    else:
        unit = default_currency(header) or ""  # a Bulgarian export's bare amounts are in leva
    if not unit:
        return row
    return [f"{cell} {unit}" if role in MONEY_ROLES and _BARE_AMOUNT.fullmatch(cell.strip() or "x")
            and normalise_key(label)[1] is None else cell for label, role, cell in zip(header, roles, row)]


def column_records(header: list[str], rows: list[list[str]]) -> list[str]:
    """``Header: cell`` lines for each row (empty cells left out); when there are several
    rows, a :data:`RECORD_BREAK` line (between blank lines) before each and after the last.

    >>> column_records(["Код", "Статус", "Начало"], [["A-1", "Приключен", "2019"],
    ...                                             ["A-2", "Активен", "2021"]])[:5]
    ['', '␞', '', 'Код: A-1', 'Статус: Приключен']
    """
    out: list[str] = []
    for row in rows:
        if len(rows) >= 2:
            out += ["", RECORD_BREAK, ""]
        out += [f"{label.rstrip(':').rstrip()}: {cell}" for label, cell in zip(header, _with_currency(header, row))
                if cell.strip() and label.strip()]
    if len(rows) >= 2:
        out += ["", RECORD_BREAK, ""]
    return out


# Cell delimiters of text exports, most specific first; a comma only with more columns
# and a number in a row (commas between words are everyday prose).
# A bar last: "a|b|c" rows with no rule under the header (a rule makes it a markdown or
# psql table, read by markdown_records).
_DELIMITERS = ("\t", ";", ",", "|")
_COMMA_MIN_COLUMNS = 4
# Bars stand between the pieces of menus, breadcrumbs and datelines too: a bar table's
# header has more columns, and names fields record_keys.tsv knows.
_BAR_MIN_COLUMNS = 4
_BAR_MIN_KNOWN = 2
_LONGEST_HEADER_CELL = 80
_MAX_HEADER_WORDS = 10


def _delimited_cells(line: str, delimiter: str, dialect: type[csv.Dialect] | csv.Dialect) -> list[str]:
    try:
        cells = next(csv.reader([line], dialect, delimiter=delimiter), [])
    except csv.Error:
        return []
    cells = [cell.strip() for cell in cells]
    while cells and not cells[-1]:
        cells.pop()  # a trailing delimiter ("a;b;c;") adds no column
    return cells


# A row-number column's label: a number sign alone ("№", "#"), which has no letter.
_NUMBER_SIGNS = frozenset("№#")


def _header_row(cells: list[str]) -> bool:
    """A row of column labels: three or more short, distinct, non-empty cells with letters
    (a unit may close one: ``Стойност, лв.``; the row-number column may be a bare ``№``),
    none a question or exclamation.

    >>> _header_row(["№", "Бенефициент", "Статус"]), _header_row(["1", "Бенефициент", "Статус"])
    (True, False)
    """
    return len(cells) >= MIN_RECORD_COLUMNS and all(
        cell and len(cell) <= _LONGEST_HEADER_CELL and len(cell.split()) <= _MAX_HEADER_WORDS
        and (any(c.isalpha() for c in cell) or cell in _NUMBER_SIGNS) and not cell.endswith(("!", "?", ";"))
        for cell in cells) and len({cell.lower() for cell in cells}) == len(cells)


def _dialect(block: list[str], delimiter: str) -> type[csv.Dialect] | csv.Dialect:
    """The CSV dialect of a block (quote character, doubled quotes) as csv.Sniffer reads
    it, held to the delimiter the rows agree on."""
    try:
        return csv.Sniffer().sniff("\n".join(block), delimiters=delimiter)
    except csv.Error:
        return csv.excel


# A transposed table has its field names down the first column: this many at least, and
# this share of its rows, are names record_keys.tsv knows.
_MIN_TRANSPOSED_KEYS = 3
_TRANSPOSED_KEY_SHARE = 0.5


def _transposed(lines: list[str], index: int) -> tuple[list[str], int] | None:
    """A transposed table at ``lines[index]`` (field names in the first column, one record
    per further column, as a registry card exported to TSV: ``Поле<TAB>Стойност``, then
    ``Наименование<TAB>…``, ``Бенефициент<TAB>…``): its ``Label: value`` lines (a record
    per value column, as :func:`column_records` writes them) and how many lines it took;
    None when no such table starts there. A first row whose first cell is no field name is
    the table's header (``Поле / Стойност``, ``Поле / Проект 1 / Проект 2``) and is dropped.

    >>> _transposed(["Поле\\tСтойност", "Наименование\\tНов парк", "Статус\\tАктивен",
    ...              "Начална дата\\t01.02.2024", "Бележка"], 0)
    (['Наименование: Нов парк', 'Статус: Активен', 'Начална дата: 01.02.2024'], 4)
    """
    line = lines[index]
    delimiter = "\t" if "\t" in line else ";" if ";" in line else None
    if delimiter is None:
        return None
    end = index
    while end < len(lines) and lines[end].strip() and delimiter in lines[end]:
        end += 1
    if end - index < _MIN_TRANSPOSED_KEYS:
        return None
    rows = [_delimited_cells(row, delimiter, csv.excel_tab if delimiter == "\t" else csv.excel)
            for row in lines[index:end]]
    if any(len(row) < 2 or not row[0] or len(row[0]) > _LONGEST_LABEL for row in rows):
        return None
    width = max(len(row) for row in rows)
    header_row = key_role(rows[0][0]) is None
    body = rows[1:] if header_row else rows
    known = sum(key_role(row[0]) is not None for row in body)
    if known < _MIN_TRANSPOSED_KEYS or known < _TRANSPOSED_KEY_SHARE * len(body):
        return None
    if header_row and width >= MIN_RECORD_COLUMNS and sum(key_role(cell) is not None for cell in rows[0]) > 1:
        return None  # a header of column labels: an ordinary table, one record per row
    labels = [row[0] for row in body]
    columns = [[row[j] if j < len(row) else "" for row in body] for j in range(1, width)]
    return column_records(labels, columns), end - index


def delimited_records(lines: list[str]) -> list[str]:
    """Delimited tables (tab, ``;`` or ``,`` between cells) with a header row of three or
    more labels, as ``Header: cell`` lines per data row; every other line as it was. The rows
    are the lines right under the header with as many cells (a quoted cell may hold the
    delimiter).

    >>> delimited_records(["Извадка", "Код;Бенефициент;Начало;Статус",
    ...                    "BG-1;Община Лом;01.03.2020;Приключен", "Източник: регистър"])
    ['Извадка', 'Код: BG-1', 'Бенефициент: Община Лом', 'Начало: 01.03.2020', 'Статус: Приключен', 'Източник: регистър']
    >>> delimited_records(['Name,Start,Total (EUR),Status', '"Park, phase 2",2021-03-01,"10,500.00",Closed'])[2]
    'Total (EUR): 10,500.00'
    >>> delimited_records(["Гърция, Румъния, Италия", "Солун, Клуж, Рим"])
    ['Гърция, Румъния, Италия', 'Солун, Клуж, Рим']
    >>> delimited_records(["Код|Бенефициент|Проект|Краен срок", "X-7|Община Бяла|Нов мост|30.06.2027"])[1]
    'Бенефициент: Община Бяла'
    """
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if ("\t" in line or ";" in line) and ("\t" in following or ";" in following) \
                and (transposed := _transposed(lines, index)) is not None:
            out += transposed[0]
            index += transposed[1]
            continue
        for delimiter in _DELIMITERS:
            if line.count(delimiter) < MIN_RECORD_COLUMNS - 1 or delimiter not in following:
                continue
            if delimiter == "|" and not any(c.isalnum() for c in following):
                continue  # a rule under the header: a markdown table
            # A plain split rules out most lines (prose with commas) before any parsing: a
            # piece too long for a label is in a cell too long for one, quotes or not.
            if any(len(piece) > _LONGEST_HEADER_CELL for piece in line.split(delimiter)) \
                    or not _header_row(_delimited_cells(line, delimiter, csv.excel)):
                continue
            block_end = index + 1
            while block_end < len(lines) and lines[block_end].strip() and delimiter in lines[block_end]:
                block_end += 1
            dialect = _dialect(lines[index:block_end], delimiter)
            header = _delimited_cells(line, delimiter, dialect)
            if not _header_row(header) or (delimiter == "," and len(header) < _COMMA_MIN_COLUMNS):
                continue
            if delimiter == "|" and (len(header) < _BAR_MIN_COLUMNS
                                     or sum(key_role(cell) is not None for cell in header) < _BAR_MIN_KNOWN):
                continue  # a site's menu or breadcrumb over a dateline, not an export's header
            rows: list[list[str]] = []
            for row_line in lines[index + 1:block_end]:
                cells = _delimited_cells(row_line, delimiter, dialect)
                if not (max(MIN_RECORD_COLUMNS, len(header) - 1) <= len(cells) <= len(header)):
                    break  # an empty last cell may lose its delimiter
                rows.append(cells)
            if not rows or (delimiter == "," and not any(any(c.isdigit() for c in "".join(row))
                                                         for row in rows)):
                continue
            out += column_records(header, rows)
            index += 1 + len(rows)
            break
        else:
            out.append(line)
            index += 1
    return out


def _cells(line: str) -> list[str] | None:
    """The cells of a markdown row ``| a | b | c |``, or None for any other line."""
    stripped = line.strip()
    if len(stripped) < 3 or not (stripped.startswith("|") and stripped.endswith("|")):
        return None
    return [cell.strip() for cell in stripped[1:-1].split("|")]


_RULE_LINE = re.compile(r"\s*\|?\s*:?-{2,}:?\s*(?:[|+]\s*:?-{2,}:?\s*)+\|?\s*")


def _bare_cells(line: str) -> list[str] | None:
    """The cells of a row with bars between cells only (``a | b | c``, as psql and other
    text exports print tables), or of a markdown row."""
    cells = _cells(line)
    if cells is not None:
        return cells
    if "|" not in line:
        return None
    return [cell.strip() for cell in line.strip().split("|")]


def markdown_records(lines: list[str]) -> list[str]:
    """Markdown tables with a header row of three or more columns, as ``Header: cell`` lines.
    Text exports that draw bars between the cells only, with a rule of dashes (and ``+``
    where the columns cross) under the header, are read the same way.

    >>> markdown_records(["Регистър", "| Наименование | Начало | Статус |", "|---|---|---|",
    ...                   "| Нов парк | 2021-03-01 | В изпълнение |"])
    ['Регистър', 'Наименование: Нов парк', 'Начало: 2021-03-01', 'Статус: В изпълнение']
    >>> markdown_records(["| Поле | Стойност |", "|---|---|", "| Статус | Приключен |"])[2]
    '| Статус | Приключен |'
    >>> markdown_records(["Код  | Начало     | Статус", "-----+------------+--------",
    ...                   "A-1  | 01.02.2020 | Приключен"])
    ['Код: A-1', 'Начало: 01.02.2020', 'Статус: Приключен']
    """
    out: list[str] = []
    index = 0
    while index < len(lines):
        header = _cells(lines[index])
        rule = _cells(lines[index + 1]) if header and index + 1 < len(lines) else None
        read_cells = _cells
        if header is None and index + 1 < len(lines) and "|" in lines[index] \
                and _RULE_LINE.fullmatch(lines[index + 1]):
            # bars between cells only, a dashed rule under the header
            header = _bare_cells(lines[index])
            rule = re.split(r"[|+]", lines[index + 1].strip().strip("|+"))
            rule = [cell.strip() for cell in rule]
            read_cells = _bare_cells
        if (header and rule and len(header) >= MIN_RECORD_COLUMNS and len(rule) == len(header)
                and all(_MARKDOWN_RULE_CELL.fullmatch(cell) for cell in rule)
                and all(cell for cell in header)):
            rows: list[list[str]] = []
            following = index + 2
            while following < len(lines) and (cells := read_cells(lines[following])) is not None \
                    and len(cells) == len(header):
                rows.append(cells)
                following += 1
            if rows:
                out += column_records(header, rows)
                index = following
                continue
        out.append(lines[index])
        index += 1
    return out


def _card_label(label: str) -> bool:
    return (len(label) <= _LONGEST_LABEL and len(label.split()) <= _MAX_LABEL_WORDS
            and any(c.isalpha() for c in label) and not label.endswith((".", "!", "?", ",", ";")))


def fixed_width_cards(lines: list[str]) -> list[str]:
    """Rows of a fixed-width card as ``Label: value`` lines; every other line as it was.

    A row is a short label, two or more spaces, and a value (no ``|``: that is a bar
    table, read by :mod:`indexer.pages`) with no further
    wide gap (a gap inside the value would make it a table of several columns). The rows
    count only when at least three of them start their values at one column: two spaces
    inside ordinary text do not line up like that.

    >>> fixed_width_cards(["Карта на проект", "Статус          Приключен",
    ...                    "Начало          02.05.2019", "Обща стойност   10 000 лв.",
    ...                    "  в т.ч. ДДС    1 667 лв.", "Описание        Нова сграда",
    ...                    "                с двор."])
    ['Карта на проект', 'Статус: Приключен', 'Начало: 02.05.2019', 'Обща стойност: 10 000 лв.', 'в т.ч. ДДС: 1 667 лв.', 'Описание: Нова сграда с двор.']
    >>> fixed_width_cards(["Код          : A-12", "Статус       : Приключен", "Начало       : 2019"])
    ['Код: A-12', 'Статус: Приключен', 'Начало: 2019']
    >>> fixed_width_cards(["Код на проекта ..... B-7", "Начало .............. 01.02.2022",
    ...                    "Край ................ 31.01.2024", "Бюджет ...... 1 000,00"])
    ['Код на проекта: B-7', 'Начало: 01.02.2022', 'Край: 31.01.2024', 'Бюджет: 1 000,00']
    >>> fixed_width_cards(["Средства          EUR", "Общо ........ 25 300,50", "Грант ....... 20 000,00",
    ...                    "Платени ..... 1 200 евро"])[1:]
    ['Общо: 25 300,50 EUR', 'Грант: 20 000,00 EUR', 'Платени: 1 200 евро']
    >>> fixed_width_cards(["Данни (хил. лв.)", "Общо ........ 25,3", "Грант ....... 20,0", "Собствени ... 5,3"])[1:]
    ['Общо: 25,3', 'Грант: 20,0', 'Собствени: 5,3']
    >>> fixed_width_cards(["Код . . . . . . A-7", "Начало . . . . 2019", "Край . . . . . . 2021"])
    ['Код: A-7', 'Начало: 2019', 'Край: 2021']
    >>> fixed_width_cards(["Текст  с два интервала.", "Друг ред."])
    ['Текст  с два интервала.', 'Друг ред.']
    >>> fixed_width_cards(["Статус    | Приключен", "Начало    | 2019", "Край      | 2020"])[0]
    'Статус    | Приключен'
    """
    if not any("  " in line or "..." in line or "…" in line or ". . ." in line for line in lines):
        return lines
    rows: dict[int, re.Match] = {}
    leaders: set[int] = set()
    by_column: dict[int, int] = {}
    for index, line in enumerate(lines):
        # A bar in the line makes it a row of a bar table ("Статус    | Приключен"), read elsewhere.
        if "\t" in line or "|" in line:
            continue
        match = None
        if "..." in line or "…" in line or "···" in line or ". . ." in line:
            match = _LEADER_ROW.match(line)
            if match and _card_label(match.group("label")):
                leaders.add(index)
            else:
                match = None
        if match is None and "  " in line:
            match = _CARD_ROW.match(line)
        if match and _card_label(match.group("label")) \
                and not _INNER_GAP.search(match.group("value")):
            rows[index] = match
            by_column[match.start("value")] = by_column.get(match.start("value"), 0) + 1
    columns = {column for column, count in by_column.items() if count >= MIN_CARD_ROWS}
    if len(leaders) < MIN_CARD_ROWS:
        leaders = set()  # a dotted line or two in text ("Виж … по-долу") make no card
    if not columns and not leaders:
        return lines
    out: list[str] = []
    last_column: int | None = None
    unit: str | None = None
    for index, line in enumerate(lines):
        match = rows.get(index)
        if match and (match.start("value") in columns or index in leaders):
            value = match.group("value")
            if unit and _BARE_AMOUNT.fullmatch(value):
                value = f"{value} {unit}"  # the unit its table's heading gives the column
            out.append(f"{match.group('label').rstrip(':').rstrip()}: {value}")
            last_column = match.start("value")
            continue
        indent = len(line) - len(line.lstrip(" "))
        if last_column is not None and line.strip() and indent == last_column:
            out[-1] = f"{out[-1]} {line.strip()}"  # a wrapped value goes on under its column
            continue
        last_column = None
        heading = _UNIT_HEADING.fullmatch(line.strip()) if line.strip() else None
        # "(хил. лв.)", "in thousand EUR": amounts in thousands are no amounts in the unit
        unit = heading.group("unit") if heading and not _SCALED_UNIT.search(line) else None
        out.append(line)
    return out
