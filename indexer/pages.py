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
  beneficiary, start/end dates, status, total value;
* ``listing`` — several short practices in one file, split by :mod:`indexer.listing`
  (one :class:`ParsedPage` per item);
* ``news`` — anything else: free prose.

Pipeline: normalise lines → cut a related-news tail → strip chrome (keeping listing
markers) → split a listing → per page: join split labels, choose the title, find sections,
classify. No dateparser: date lines are only recognised, by regular expressions.

>>> page = parse_page("Сайт на общината\\nНов парк в Русе\\nПонеделник, 5 Декември 2016\\n"
...                   "Обща цел: Повече зелени площи\\nСтатус: приключил")[0]
>>> page.title, page.kind, page.sections
('Нов парк в Русе', 'project', {'objective': 'Повече зелени площи'})
"""
from __future__ import annotations

from dataclasses import dataclass, field

from analyzers.language import detect_lang
from indexer.chrome import cut_related_tail, strip_chrome
from indexer.listing import split_listing
from indexer.page_kind import classify_kind, flgr_end
from indexer.page_lines import is_date_line, is_title_like, section_heading
from indexer.sections import find_sections, join_split_labels


@dataclass
class ParsedPage:
    title: str
    lang: str  # "bg" | "en"
    kind: str  # "flgr" | "project" | "registry" | "news" | "listing"
    sections: dict[str, str] = field(default_factory=dict)
    text: str = ""
    body: str = ""
    source_url: str | None = None


# How far into a page the title of a project page (the line before its date line) may be.
_TITLE_SEARCH_LINES = 8


def _normalise(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    return text.split("\n")


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


def _title_index(lines: list[str], kind: str) -> int | None:
    """Where the title is. The shapes put it right before a known anchor: the first
    section heading (FLGR) or the date line (project pages, listing items); lines above
    it are site branding. Otherwise it is the first meaningful line."""
    candidates = _meaningful(lines)
    if not candidates:
        return None
    if kind == "flgr":
        first_heading = next((i for i, line in enumerate(lines)
                              if section_heading(line) is not None), None)
        before = [i for i in candidates if first_heading is not None and i < first_heading]
        if before and is_title_like(lines[before[-1]]):
            return before[-1]
    if kind in ("project", "listing", "news"):
        content = [i for i, line in enumerate(lines) if line][:_TITLE_SEARCH_LINES]
        date_at = next((i for i in content if is_date_line(lines[i])), None)
        before = [i for i in candidates if date_at is not None and i < date_at]
        if before and is_title_like(lines[before[-1]]):
            return before[-1]
    return candidates[0]


def _build_page(lines: list[str], kind: str | None, name: str) -> ParsedPage:
    lines = join_split_labels(lines)
    kind = kind or classify_kind(lines)
    if kind == "flgr":
        lines = lines[:flgr_end(lines)]
    lines = _collapse_blank_lines(lines)
    title_at = _title_index(lines, kind)
    if title_at is None:
        title, body_lines = "", lines
    else:
        title = lines[title_at]
        # Lines above an anchored title are site branding on FLGR and project pages.
        keep_from = title_at + 1 if kind in ("flgr", "project", "listing") else 0
        body_lines = [line for i, line in enumerate(lines)
                      if i >= keep_from and i != title_at]
    body = "\n".join(_collapse_blank_lines(
        body_lines[1:] if body_lines and not body_lines[0] else body_lines))
    text = f"{title}\n{body}" if title and body else (title or body)
    return ParsedPage(title=title, lang=detect_lang(text), kind=kind,
                      sections=find_sections(body_lines), text=text, body=body)


def parse_page(text: str, *, name: str = "") -> list[ParsedPage]:
    """Parse one file's text into one ParsedPage, or one per item of a listing page.

    ``name`` (the file name) is for messages only. Never raises on any text; an empty or
    all-chrome text gives one page with an empty title and body.

    >>> [p.title for p in parse_page("Първа\\n12.03.2020\\nТекст едно тук.\\n-----\\n"
    ...                              "Втора\\nТекст две, съвсем кратък.")]
    ['Първа', 'Втора']
    >>> parse_page("Results\\nThe town saved 20% of its energy bill.")[0].lang
    'en'
    """
    lines = cut_related_tail([line.strip() for line in _normalise(text)])
    lines = strip_chrome(lines, keep_listing_markers=True)
    items = split_listing(lines)
    if items is not None:
        return [_build_page(item, "listing", name) for item in items]
    # Not a listing: the markers were chrome after all.
    lines = strip_chrome(lines)
    return [_build_page(lines, None, name)]
