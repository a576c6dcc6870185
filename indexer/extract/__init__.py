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
    programmes = extract_programmes(text, lang)
    return {
        "status": extract_status(text, lang),
        "programmes": programmes,
        "countries": extract_countries(text, lang),
        "municipality": extract_municipality(text, lang),
        "themes": extract_themes(text, lang, title=title, programmes=programmes),
        "published": dates.published,
        "start": dates.start,
        "end": dates.end,
        "budget": extract_budget(text, lang),
    }
