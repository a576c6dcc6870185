"""The Whoosh schema: text fields for BM25F, facet fields for filters and counts.

Field weights implement "title > summary/results sections > body" (issue 5). Facet fields
are indexed terms so that the search service can build one document set per value from
the postings once per index generation, instead of per request (issue 7). Dates are
stored as two integer columns, the first and last day the practice's date can mean
(``2012-05`` -> 20120501..20120531), so that a range filter is a vectorised overlap test
that respects the date's precision.
"""
from __future__ import annotations

from whoosh import columns, fields

from analyzers.chain import index_analyzer

TEXT_FIELDS = {"title": 3.0, "summary": 1.5, "results": 1.5, "body": 1.0}
FACET_FIELDS = ("status", "programmes", "countries", "themes", "municipality")
SCHEMA_VERSION = "1"


def build_schema() -> fields.Schema:
    analyzer = index_analyzer()
    text = {
        name: fields.TEXT(analyzer=analyzer, field_boost=boost, phrase=True,
                          # spelling=True keeps unstemmed words for did_you_mean and suggest
                          spelling=name in ("title", "body"), stored=False)
        for name, boost in TEXT_FIELDS.items()
    }
    return fields.Schema(
        id=fields.ID(stored=True, unique=True, sortable=True),
        status=fields.ID(),
        # Case is kept for municipality labels ("Община Бургас") because the facet value
        # shown to users is read back from the term itself.
        municipality=fields.ID(),
        programmes=fields.KEYWORD(commas=True, lowercase=True, scorable=False),
        countries=fields.KEYWORD(commas=True, lowercase=True, scorable=False),
        themes=fields.KEYWORD(commas=True, lowercase=True, scorable=False),
        lang=fields.ID(),
        kind=fields.ID(),
        date_lo=fields.NUMERIC(int, bits=32, sortable=True),
        date_hi=fields.NUMERIC(int, bits=32, sortable=True),
        # Whole euros: a float column's NaN default cannot be packed by Whoosh's
        # NumericColumn, and cents are no use for sorting or range filters.
        budget_eur=fields.NUMERIC(int, bits=64, sortable=True, default=0),
        # `source_key` = path + content hash: an incremental run skips a file whose key is
        # already indexed; `source_path` lets it delete what a changed or removed file gave.
        source_key=fields.ID(),
        source_path=fields.ID(stored=True),
        record=fields.STORED(),
        # Titles as a column: search-box completions read every title once per generation,
        # which from stored fields would mean loading every whole record.
        title_text=fields.COLUMN(columns.VarBytesColumn()),
        **text,
    )
