"""tantivy (Rust, via its Python binding): the fast end of the comparison.

Default tokenizer (tantivy has no Bulgarian stemmer), facet values as ``raw`` fast text
fields counted with a terms aggregation, highlights from ``SnippetGenerator``. One
searcher is kept for the whole run, as a tantivy service would.

>>> FACET_FIELDS
('status', 'programmes', 'countries', 'themes')
"""
from __future__ import annotations

from pathlib import Path

import tantivy

FACET_FIELDS = ("status", "programmes", "countries", "themes")


class TantivyAnchor:
    name = "tantivy"

    def __init__(self, ix: tantivy.Index):
        self.ix = ix
        ix.reload()
        self.searcher = ix.searcher()
        self.schema = ix.schema

    def _query(self, words: str, filters: dict[str, list[str]]):
        text = self.ix.parse_query(words, ["title", "body"])
        if not filters:
            return text
        clauses = [(tantivy.Occur.Must, text)]
        for field, values in filters.items():
            ors = [(tantivy.Occur.Should, tantivy.Query.term_query(self.schema, field, v)) for v in values]
            clauses.append((tantivy.Occur.Must, tantivy.Query.boolean_query(ors)))
        return tantivy.Query.boolean_query(clauses)

    def faceted(self, words: str, filters: dict[str, list[str]], highlight: bool = True) -> dict:
        query = self._query(words, filters)
        result = self.searcher.search(query, 10, count=True)
        aggs = {f: {"terms": {"field": f, "size": 300}} for f in FACET_FIELDS}
        aggs["year"] = {"terms": {"field": "year", "size": 100}}
        counted = self.searcher.aggregate(query, aggs)
        counts = {f: {b["key"]: b["doc_count"] for b in counted[f]["buckets"]} for f in aggs}
        hits = []
        generator = tantivy.SnippetGenerator.create(self.searcher, query, self.schema, "body") if highlight else None
        for score, address in result.hits:
            doc = self.searcher.doc(address)
            snippet = generator.snippet_from_doc(doc).to_html() if generator else ""
            hits.append({"id": doc["id"][0], "title": doc["title"][0], "snippet": snippet})
        return {"total": result.count, "hits": hits, "facets": counts}

    def top10(self, words: str) -> list[str]:
        result = self.searcher.search(self.ix.parse_query(words, ["title", "body"]), 10)
        return [self.searcher.doc(a)["id"][0] for _, a in result.hits]


def build(docs: list[dict], folder: Path) -> TantivyAnchor:
    folder.mkdir(parents=True, exist_ok=True)
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("id", stored=True, tokenizer_name="raw")
    sb.add_text_field("title", stored=True)
    sb.add_text_field("body", stored=True)
    for f in FACET_FIELDS + ("year",):
        sb.add_text_field(f, stored=True, tokenizer_name="raw", fast=True)
    ix = tantivy.Index(sb.build(), path=str(folder))
    writer = ix.writer(heap_size=256_000_000)
    for d in docs:
        doc = tantivy.Document(id=d["id"], title=d["title"], body=d["body"])
        if d["status"]:
            doc.add_text("status", d["status"])
        if d["year"]:
            doc.add_text("year", d["year"])
        for f in ("programmes", "countries", "themes"):
            for v in d[f]:
                doc.add_text(f, v)
        writer.add_document(doc)
    writer.commit()
    writer.wait_merging_threads()
    return TantivyAnchor(ix)
