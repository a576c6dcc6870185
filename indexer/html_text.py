"""HTML pages to the plain-text shape that :mod:`indexer.pages` reads.

The output follows the conventions of the text files in the corpus, so one parser serves
both: headings on their own lines, paragraphs separated by blank lines, table rows as
``cell1: cell2`` lines (a registry table becomes ``Label: value`` lines; a table with a
header row of three or more columns gives ``Header: cell`` lines for each row), and between
several ``<article>`` elements (or sibling blocks of an item-like class, each with a
heading: ``<div class="practice"><h3>…``) a ``-----`` line — the listing separator
:mod:`indexer.listing` splits on. Scripts, styles, navigation, footers, forms and
cookie banners are dropped.

>>> doc = html_to_text("<title>Site</title><h1>Проект</h1><p>Текст.</p>"
...                    "<table><tr><td>Статус</td><td>Приключен</td></tr></table>")
>>> doc.title
'Проект'
>>> print(doc.text)
Проект
<BLANKLINE>
Текст.
<BLANKLINE>
Статус: Приключен
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from html import escape as html_escape

from bs4 import BeautifulSoup, CData, NavigableString, Tag
from bs4.exceptions import ParserRejectedMarkup

from indexer.page_lines import names_site_owner
from indexer.text_tables import MIN_RECORD_COLUMNS, column_records

ARTICLE_SEPARATOR = "-----"

# Elements whose content is never page text.
_DROPPED = ("script", "style", "noscript", "template", "nav", "footer", "form", "iframe",
            "svg", "canvas", "button", "select", "input", "textarea", "head", "aside",
            "title", "meta", "link")
_DROPPED_SET = frozenset(_DROPPED)
# id/class fragments of consent banners, share bars and similar chrome blocks.
_CHROME_MARKERS = re.compile(r"cookie|consent|gdpr|share|social|breadcrumb|captcha|nav|menu"
                             r"|topbar|header|sidebar|banner|related|footer", re.IGNORECASE)
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BLOCKS = frozenset(("p", "div", "section", "article", "header", "main", "ul", "ol", "li",
                     "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody",
                     "tfoot", "figure", "figcaption", "address", "hr") + _HEADINGS)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
# Marks a paragraph break inside the flat output; becomes a blank line at the end.
_BREAK = "\n\n"


@dataclass
class HtmlDoc:
    title: str
    text: str
    source_url: str | None = None


def _is_chrome_block(tag: Tag) -> bool:
    """A site header, menu, banner... by its id/class, unless it holds the page title."""
    if tag.name == "header" or tag.get("id") or tag.get("class"):
        marker = " ".join([tag.name, tag.get("id") or ""] + list(tag.get("class") or []))
        return bool(_CHROME_MARKERS.search(marker)) and tag.find("h1") is None
    return False


def _inline_text(tag: Tag) -> str:
    """A cell's or heading's text on one line."""
    return " ".join(" ".join(tag.stripped_strings).split())


# The header row of a vertical (field / value) table names its columns, not a field.
_GENERIC_HEADERS = frozenset(("поле", "стойност", "параметър", "показател", "данни", "информация",
                              "field", "value", "attribute", "property", "item", "details"))


def _row_line(row: Tag) -> str:
    """A table row as ``label: value | value``; a field / value header row as nothing.

    >>> row = BeautifulSoup("<tr><th>Поле</th><th>Стойност</th></tr>", "html.parser").tr
    >>> _row_line(row)
    ''
    """
    cells = [_inline_text(cell) for cell in row.find_all(("td", "th"), recursive=False)]
    cells = [cell for cell in cells if cell]
    if not cells or all(cell.casefold().rstrip(":") in _GENERIC_HEADERS for cell in cells):
        return ""
    label, values = cells[0], cells[1:]
    if not values:
        return label
    # A label cell that already ends with a colon must not get a second one.
    return f"{label.rstrip(':').rstrip()}: " + " | ".join(values)


# Elements that make a table cell a piece of page layout rather than a value.
_LAYOUT_BLOCKS = ("p", "div", "table", "ul", "ol", "blockquote") + _HEADINGS
_LAYOUT_MARKS = ("table",) + _HEADINGS


def _is_layout_row(row: Tag) -> bool:
    """A row whose cell holds headings, a table of its own or several paragraphs, or a
    row of one cell holding a paragraph: page layout (``<td class="content"><h2>…</h2>
    <p>…``), not a field and its value. A word processor's table wraps each cell's value
    in one ``<p>``: that row is still a field and its value.

    >>> soup = BeautifulSoup("<tr><td><h2>Парк</h2><p>Текст.</p></td></tr><tr><td>Статус</td><td>Нов</td></tr>"
    ...                      "<tr><td><p>Статус</p></td><td><p>Нов</p></td></tr>", "html.parser")
    >>> [_is_layout_row(row) for row in soup.find_all("tr")]
    [True, False, False]
    """
    cells = row.find_all(("td", "th"), recursive=False)
    for cell in cells:
        if cell.find(_LAYOUT_MARKS) is not None:
            return True
        blocks = len(cell.find_all(_LAYOUT_BLOCKS, recursive=False, limit=2))
        if blocks >= 2 or (blocks and len(cells) == 1):
            return True
    return False


def _header_table_lines(table: Tag) -> list[str] | None:
    """A table whose first row is all ``<th>`` (three columns or more) and whose other rows
    have as many cells: one record per row, as ``Header: cell`` lines (a registry's
    one-row table with its labels, and maybe its currency, only in the header).
    None for any other table, which is read row by row."""
    if table.find("table") is not None:
        return None
    rows = [[cell for cell in row.find_all(("td", "th"), recursive=False)] for row in table.find_all("tr")]
    rows = [row for row in rows if row]
    if len(rows) < 2 or len(rows[0]) < MIN_RECORD_COLUMNS or any(cell.name != "th" for cell in rows[0]):
        return None
    data = rows[1:]
    if any(len(row) != len(rows[0]) for row in data):
        return None
    return column_records([_inline_text(cell) for cell in rows[0]],
                          [[_inline_text(cell) for cell in row] for row in data])


# Class names of the repeated blocks a listing puts each item in ("practice", "news-item",
# "post-teaser", "card"...), besides <article>.
_ITEM_CLASS = re.compile(r"item|practice|post|entry|teaser|card|story|article|news|result|listing", re.IGNORECASE)


def _item_blocks(soup: BeautifulSoup) -> set[int]:
    """The ids of listing items that are not <article> elements: two or more sibling blocks
    of one tag and one item-like class, each with a heading (``<div class="practice"><h3>…``),
    or two or more list items with a heading each (``<li><h3><a>…</a></h3><p>…``).

    >>> soup = BeautifulSoup("<div class='item'><h3>А</h3><p>а</p></div><div class='item'><h3>Б</h3></div>",
    ...                      "html.parser")
    >>> len(_item_blocks(soup))
    2
    """
    groups: dict[tuple, list[Tag]] = {}
    # list items of any class (a list whose items carry headings lists entries), blocks
    # of an item-like class
    candidates = soup.find_all("li") + soup.find_all(("div", "section"), class_=_ITEM_CLASS)
    for tag in candidates:
        if tag.find(_HEADINGS) is not None:
            groups.setdefault((id(tag.parent), tag.name, tuple(tag.get("class") or ())), []).append(tag)
    return {id(tag) for tags in groups.values() if len(tags) >= 2 for tag in tags}


class _TextWriter:
    """Walks the tree once and collects text pieces and paragraph breaks."""

    def __init__(self, article_count: int, items: set[int] | None = None):
        self.pieces: list[str] = []
        self.separate_articles = article_count >= 2
        self.items = items or set()

    def walk(self, node: Tag) -> None:
        for child in node.children:
            # Comments, the doctype and processing instructions are NavigableStrings
            # too; only plain text (and CDATA) is page text.
            if isinstance(child, NavigableString):
                if type(child) is not NavigableString and not isinstance(child, CData):
                    continue
                self.pieces.append(_SPACES.sub(" ", str(child).replace("\n", " ")))
            elif isinstance(child, Tag):
                self.element(child)

    def element(self, tag: Tag) -> None:
        name = tag.name
        # Skipped while walking rather than decomposed first: cheaper, and BeautifulSoup's
        # ``decomposed`` check searches the whole subtree of every tag.
        if name in _DROPPED_SET or _is_chrome_block(tag):
            return
        if name == "br":
            self.pieces.append("\n")
        elif name in _HEADINGS:
            self.pieces += [_BREAK, _inline_text(tag), _BREAK]
        elif name == "table" and (records := _header_table_lines(tag)) is not None:
            self.pieces += [_BREAK, "\n".join(records), _BREAK]
        elif name == "tr" and _is_layout_row(tag):
            # A page laid out in a table: its cells hold the menu and the article with its
            # headings and paragraphs, read as blocks, not as one line of cells.
            self.pieces.append(_BREAK)
            self.walk(tag)
            self.pieces.append(_BREAK)
        elif name == "tr":
            # Line breaks go before rows and items only: after each one as well would
            # leave a blank line between neighbours, i.e. a paragraph break.
            self.pieces += ["\n", _row_line(tag)]
        elif (name == "article" and self.separate_articles) or (self.items and id(tag) in self.items):
            self.pieces += [_BREAK, ARTICLE_SEPARATOR, _BREAK]
            self.walk(tag)
            self.pieces += [_BREAK, ARTICLE_SEPARATOR, _BREAK]
        elif name in ("li", "dt", "dd"):
            self.pieces.append("\n")
            self.walk(tag)
        elif name in _BLOCKS:
            self.pieces.append(_BREAK)
            self.walk(tag)
            self.pieces.append(_BREAK)
        else:
            self.walk(tag)

    def text(self) -> str:
        out: list[str] = []
        for line in "".join(self.pieces).split("\n"):
            line = line.strip()
            previous = next((kept for kept in reversed(out) if kept), None)
            # Articles back to back give two separators in a row: keep one.
            if line == ARTICLE_SEPARATOR and previous == ARTICLE_SEPARATOR:
                continue
            if line or (out and out[-1]):
                out.append(line)
        return "\n".join(out).strip()


def _source_url(soup: BeautifulSoup) -> str | None:
    for link in soup.find_all("link", href=True):
        rel = link.get("rel") or []
        rels = rel if isinstance(rel, list) else [rel]
        if any(r.lower() == "canonical" for r in rels):
            return link["href"].strip() or None
    og = soup.find("meta", attrs={"property": "og:url"}, content=True)
    if og and og["content"].strip():
        return og["content"].strip()
    return None


def _page_title(soup: BeautifulSoup) -> tuple[str, bool]:
    """(title, came_from_h1). ``<h1>`` is the page's own name; ``<title>`` often carries
    the site name as well (``Проект | Община Бургас``), so it is only the fallback."""
    h1 = soup.find("h1")
    if h1 is not None and _inline_text(h1):
        return _inline_text(h1), True
    title = soup.find("title")
    if title is not None and _inline_text(title):
        # "Page name | Site name": the part after the last pipe is the site.
        name = _inline_text(title).rsplit(" | ", 1)[0].strip()
        return name, False
    return "", False


# The pieces of a <title>: the page's name and the site's ("Проект | Община Бургас",
# "Община Лом – Новини – Нов парк").
_TITLE_PIECES = re.compile(r"\s+[|–—-]\s+")
# A site's name is short ("Община Долна баня"); a longer piece is a headline ("Община Лом
# спечели проект за нов парк").
_SITE_NAME_WORDS = 4
_FIRST_PIECE_WORDS = 3


def _title_site_owner(soup: BeautifulSoup) -> str | None:
    """The piece of ``<title>`` that names the municipality whose site it is, or None.

    >>> _title_site_owner(BeautifulSoup("<title>Нов парк в с. Крумово | Община Родопи</title>", "html.parser"))
    'Община Родопи'
    >>> _title_site_owner(BeautifulSoup("<title>Община Долна баня – Проекти – Нов парк</title>", "html.parser"))
    'Община Долна баня'
    >>> _title_site_owner(BeautifulSoup("<title>Нов парк | Новини от региона</title>", "html.parser")) is None
    True
    """
    tag = soup.find("title")
    if tag is None:
        return None
    pieces = _TITLE_PIECES.split(_inline_text(tag))
    if len(pieces) < 2:
        return None  # a title of one piece names only the page
    # The page's name usually comes first ("Проект | Община X"), but some sites put theirs
    # first ("Община X – Проекти"): a first piece is taken only when it is no longer
    # than a name ("Община Долна баня"), not a headline that opens with one.
    candidates = ([pieces[0]] if len(pieces[0].split()) <= _FIRST_PIECE_WORDS else []) + pieces[1:]
    return next((piece for piece in candidates
                 if len(piece.split()) <= _SITE_NAME_WORDS and names_site_owner(piece)), None)


# A footer piece's copyright and years ("© 2025 ", "(c) 2019–2024 ") and what follows the
# site's name (", ул. …", ". Всички права запазени.").
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)?\s*(?:\d{4}(?:\s*[–-]\s*\d{4})?)?\s*", re.IGNORECASE)
_AFTER_NAME = re.compile(r"\s*[,.|·•]")


def _footer_site_owner(soup: BeautifulSoup) -> str | None:
    """The municipality a site's footer names as its owner (``© 2025 Община Аксаково. Всички
    права запазени.``, ``Община Брезник, ул. …``), or None.

    >>> _footer_site_owner(BeautifulSoup("<footer><p>© 2024 Община Своге. Всички права запазени.</p></footer>",
    ...                                  "html.parser"))
    'Община Своге'
    >>> _footer_site_owner(BeautifulSoup("<div class='footer'>Новини от региона, 2024</div>", "html.parser")) is None
    True
    """
    footer = soup.find(lambda tag: tag.name == "footer" or "footer" in (tag.get("id") or "").lower()
                       or any("footer" in name.lower() for name in tag.get("class") or ()))
    if footer is None:
        return None
    for piece in footer.stripped_strings:
        name = _AFTER_NAME.split(_COPYRIGHT.sub("", piece), 1)[0].strip()
        if name and len(name.split()) <= _SITE_NAME_WORDS and names_site_owner(name):
            return name
    return None


# A marked section that is no CDATA ("<![if !IE]>", a stray "<![0"): Python's HTML parser
# gives up on the whole page at it.
_MARKED_SECTION = re.compile(r"<!\[(?!CDATA\[)")


def _soup(html: str) -> BeautifulSoup:
    """The parsed page; markup the parser rejects is read with its bad marked sections as
    text, or else as plain text (the page must be read whatever it holds).

    >>> _soup("<p>a</p><![0").get_text()
    'a<![0'
    """
    try:
        return BeautifulSoup(html, "html.parser")
    except ParserRejectedMarkup:
        pass
    try:
        return BeautifulSoup(_MARKED_SECTION.sub("&lt;![", html), "html.parser")
    except ParserRejectedMarkup:
        return BeautifulSoup(html_escape(html), "html.parser")


def html_to_text(html: str) -> HtmlDoc:
    """Convert an HTML page to a :class:`HtmlDoc` (title, plain text, canonical URL).

    >>> html_to_text('<link rel="canonical" href="https://x.bg/p/1"><p>a</p>').source_url
    'https://x.bg/p/1'
    >>> print(html_to_text("<article><h2>А</h2><p>едно</p></article>"
    ...                    "<article><h2>Б</h2><p>две</p></article>").text)
    -----
    <BLANKLINE>
    А
    <BLANKLINE>
    едно
    <BLANKLINE>
    -----
    <BLANKLINE>
    Б
    <BLANKLINE>
    две
    <BLANKLINE>
    -----
    """
    soup = _soup(html)
    source_url = _source_url(soup)
    title, from_h1 = _page_title(soup)
    writer = _TextWriter(article_count=len(soup.find_all("article")), items=_item_blocks(soup))
    writer.walk(soup)
    text = writer.text()
    if title and not from_h1 and not text.startswith(title):
        # Without an <h1> the page's name is only in <title>: put it first so that the
        # page parser finds it where it finds titles in text files.
        text = f"{title}\n\n{text}" if text else title
    owner = _title_site_owner(soup) or _footer_site_owner(soup)
    if owner and owner not in text.split("\n"):
        # "Проект … | Община Аксаково", "© 2025 Община Аксаково": the site's name in
        # <title> or in its (dropped) footer may be all that names the municipality (the
        # text says "the village"). A line above the title, where the page parser keeps a
        # site's name.
        text = f"{owner}\n\n{text}" if text else owner
    return HtmlDoc(title=title, text=text, source_url=source_url)
