"""Whoosh used the way its documentation shows: the baseline issue 7 measures against.

StemmingAnalyzer, ``groupedby`` facets, a new searcher per request, highlights through
``Hit.highlights``. The only concession is slicing the hits before highlighting (Whoosh's
grouped results hold every match and ignore ``limit``), which its docs also imply.

>>> FACET_FIELDS
('status', 'programmes', 'countries', 'themes')
"""
from __future__ import annotations

from pathlib import Path

from whoosh import fields, index, sorting
from whoosh.analysis import StemmingAnalyzer
from whoosh.qparser import MultifieldParser, OrGroup
from whoosh.query import And, Or, Term

FACET_FIELDS = ("status", "programmes", "countries", "themes")


class NaiveWhoosh:
    name = "whoosh-naive"

    def __init__(self, folder: Path):
        self.folder = folder

    def _searcher(self):
        # One searcher per request: what a Flask view written from the tutorials does.
        return index.open_dir(str(self.folder)).searcher()

    def faceted(self, words: str, filters: dict[str, list[str]], highlight: bool = True) -> dict:
        with self._searcher() as searcher:
            parser = MultifieldParser(["title", "body"], searcher.schema, group=OrGroup)
            query = parser.parse(words)
            clauses = [Or([Term(f, v) for v in values]) for f, values in filters.items()]
            flt = And(clauses) if clauses else None
            groups = {f: sorting.FieldFacet(f, allow_overlap=True) for f in FACET_FIELDS}
            groups["year"] = sorting.FieldFacet("year")
            results = searcher.search(query, filter=flt, limit=10, groupedby=groups)
            counts = {f: {k: len(v) for k, v in results.groups(f).items()} for f in groups}
            hits = []
            for hit in results[:10]:
                hits.append({"id": hit["id"], "title": hit["title"],
                             "snippet": hit.highlights("body", top=2) if highlight else ""})
            return {"total": len(results), "hits": hits, "facets": counts}

    def top10(self, words: str) -> list[str]:
        with self._searcher() as searcher:
            parser = MultifieldParser(["title", "body"], searcher.schema, group=OrGroup)
            return [hit["id"] for hit in searcher.search(parser.parse(words), limit=10)]


def build(docs: list[dict], folder: Path, procs: int = 1) -> NaiveWhoosh:
    folder.mkdir(parents=True, exist_ok=True)
    schema = fields.Schema(id=fields.ID(stored=True, unique=True),
                           title=fields.TEXT(analyzer=StemmingAnalyzer(), stored=True, field_boost=3.0),
                           body=fields.TEXT(analyzer=StemmingAnalyzer(), stored=True),
                           status=fields.ID(stored=True), year=fields.ID(stored=True),
                           programmes=fields.KEYWORD(commas=True, stored=True),
                           countries=fields.KEYWORD(commas=True, stored=True),
                           themes=fields.KEYWORD(commas=True, stored=True))
    ix = index.create_in(str(folder), schema)
    writer = ix.writer(procs=procs, limitmb=256, **({"multisegment": True} if procs > 1 else {}))
    for d in docs:
        writer.add_document(id=d["id"], title=d["title"], body=d["body"], status=d["status"] or "",
                            year=d["year"] or "", programmes=",".join(d["programmes"]),
                            countries=",".join(d["countries"]), themes=",".join(d["themes"]))
    writer.commit()
    return NaiveWhoosh(folder)
