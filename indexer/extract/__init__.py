"""Fact extraction: one small extractor per fact, run together by :func:`extract_all`."""
from __future__ import annotations

from indexer.extract.fact import Fact

__all__ = ["Fact", "extract_all"]


def extract_all(text: str, lang: str = "bg", title: str = "") -> dict[str, Fact | list[Fact] | None]:
    """Every fact of one practice's cleaned text, keyed by Practice field name."""
    # Imported here so that importing `indexer.extract.fact` stays cheap and cycle-free.
    from indexer.extract.budget import extract_budget
    from indexer.extract.countries import extract_countries
    from indexer.extract.dates import extract_dates
    from indexer.extract.municipality import extract_municipality
    from indexer.extract.programmes import extract_programmes
    from indexer.extract.status import extract_status
    from indexer.extract.themes import extract_themes

    dates = extract_dates(text, lang)
    municipality = extract_municipality(text, lang)
    # Sentences about another municipality's or a much earlier project are asides for the
    # status, the programmes and the budget: they need the page's municipality and year.
    own = municipality.value if municipality else None
    page_year = _year(dates.published) or _year(dates.start)
    programmes = extract_programmes(text, lang, municipality=own, page_year=page_year)
    return {
        "status": extract_status(text, lang, municipality=own, page_year=page_year,
                                 published=dates.published, start=dates.start, end=dates.end),
        "programmes": programmes,
        "countries": extract_countries(text, lang),
        "municipality": municipality,
        "themes": extract_themes(text, lang, title=title, programmes=programmes),
        "published": dates.published,
        "start": dates.start,
        "end": dates.end,
        "budget": extract_budget(text, lang, municipality=own, page_year=page_year),
    }


def _year(fact: Fact | None) -> int | None:
    """The year of a date fact (``2020-10-01``, ``2020-10``, ``2020``), or None."""
    value = getattr(fact, "value", None)
    if isinstance(value, str) and len(value) >= 4 and value[:4].isdigit():
        return int(value[:4])
    return None
