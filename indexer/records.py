"""Turn read source files into Practice records: parse page kinds, extract facts.

JSON records may carry structured fields; those win over extraction (issue 2), and their
provenance says so (``"source": "given in the record"``).
"""
from __future__ import annotations

from typing import Any

from analyzers.language import detect_lang
from indexer.extract import extract_all
from indexer.extract.budget import BGN_PER_EUR
from indexer.extract.date_labels import PUBLISHED_LABEL
from indexer.html_text import html_to_text
from indexer.pages import ParsedPage, parse_page
from indexer.practice import Practice
from indexer.record_fields import as_readable
from indexer.sources import SourceFile

GIVEN = "given in the record"
RECORD_KINDS = ("flgr", "project", "registry", "news", "listing")


def practices_from_source(source: SourceFile) -> list[Practice]:
    """All practices one file holds (a listing page or a JSON list gives several)."""
    if source.kind in ("json", "jsonl"):
        return [practice_from_record(r) for r in source.records]
    source_url = None
    text = source.text
    if source.kind == "html":
        # html_to_text already puts the <title> first when the page has no <h1>.
        doc = html_to_text(text)
        text, source_url = doc.text, doc.source_url
    pages = parse_page(text, name=str(source.path))
    if not pages:
        return []
    ids = [source.doc_id] if len(pages) == 1 else [f"{source.doc_id}-{n}" for n in range(1, len(pages) + 1)]
    return [practice_from_page(doc_id, page, page.source_url or source_url)
            for doc_id, page in zip(ids, pages)]


def practice_from_page(doc_id: str, page: ParsedPage, source_url: str | None = None) -> Practice:
    practice = Practice(id=doc_id, title=page.title, lang=page.lang, kind=page.kind,
                        sections=dict(page.sections), body=page.body, source=source_url)
    for name, facts in extract_all(page.text, page.lang, title=page.title).items():
        practice.record_fact(name, facts)
    _unpublished_record(practice)
    return practice


def _unpublished_record(practice: Practice) -> None:
    """A registry record is not published the way an article is: a date at its top says
    when the data were exported (``Данни към 15.01.2025``) or printed, a contract's date is
    a contract's. Only a field that names a publication date gives one."""
    if practice.kind != "registry" or not practice.published:
        return
    sources = [entry["source"] for entry in practice.provenance.get("published", [])]
    if not any(source == GIVEN or PUBLISHED_LABEL.match(source) for source in sources):
        practice.published = None
        practice.provenance.pop("published", None)


def practice_from_record(record: dict[str, Any]) -> Practice:
    """A JSON record: its text is parsed and extracted, then the facts it gives as ids win.

    Records in praktiki's shape (``id``, ``title``, ``text``) and registry exports with
    their own keys (``project_name``, ``Статус``, ``Обща стойност (лв.)``) are both read:
    :mod:`indexer.record_fields` turns the latter's fields into labelled lines.
    """
    readable = as_readable(record)
    title, text = readable.title, readable.text
    full = f"{title}\n\n{text}" if text else title
    pages = parse_page(full, name=readable.id)
    page = pages[0] if len(pages) == 1 else ParsedPage(
        title=title, lang=detect_lang(full), kind="registry", sections={}, text=full, body=text)
    page.title = title
    # The labels were written by record_fields in Bulgarian whatever the record's language:
    # the record's own words (its title and values) tell its language.
    page.lang = detect_lang("\n".join([title] + [line.split(": ", 1)[-1] for line in text.split("\n")])[:2000])
    practice = practice_from_page(readable.id, page, record.get("source") or record.get("url"))
    if record.get("lang") in ("bg", "en"):
        practice.lang = record["lang"]
    # A JSON record is an export of a structured source (a funds registry, a database),
    # whatever its text looks like; it may say otherwise with its own `kind`.
    practice.kind = record["kind"] if record.get("kind") in RECORD_KINDS else "registry"
    _unpublished_record(practice)
    for name, value in readable.given.items():
        if name == "budget":
            value = normalise_budget(value)
            if value is None:
                continue
        setattr(practice, name, value)
        values = value if isinstance(value, list) else [value]
        practice.provenance[name] = [{"value": v, "source": GIVEN} for v in values]
    return practice


def normalise_budget(value: Any) -> dict | None:
    """A record's budget as ``{amount, currency, amount_eur}``; None when unusable."""
    if not isinstance(value, dict):
        return None
    try:
        amount = float(value["amount"])
    except (KeyError, TypeError, ValueError):
        return None
    currency = str(value.get("currency", "BGN")).upper()
    if currency not in ("BGN", "EUR") or amount <= 0:
        return None
    eur = amount if currency == "EUR" else amount / BGN_PER_EUR
    return {"amount": amount, "currency": currency, "amount_eur": round(eur, 2)}
