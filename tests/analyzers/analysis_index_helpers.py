"""A tiny real Whoosh index over the praktiki analysis chain, shared by analyzer tests.

Not a test module (no ``test_`` prefix); imported by name because the test folder has no
``__init__.py`` and pytest puts it on ``sys.path``.
"""
from __future__ import annotations

from whoosh import fields, query
from whoosh.filedb.filestore import RamStorage
from whoosh.qparser import QueryParser

from analyzers.chain import index_analyzer


def build_index(texts: dict[str, str]):
    """Index ``{id: body}`` into a RAM index whose ``body`` uses the praktiki chain."""
    schema = fields.Schema(id=fields.ID(stored=True, unique=True),
                           body=fields.TEXT(analyzer=index_analyzer(), chars=True,
                                            spelling=True, stored=True))
    ix = RamStorage().create_index(schema)
    with ix.writer() as writer:
        for doc_id, body in texts.items():
            writer.add_document(id=doc_id, body=body)
    return ix


def search_ids(ix, q) -> set[str]:
    """Ids of the documents matching ``q`` (a query string or a Whoosh query)."""
    if isinstance(q, str):
        q = QueryParser("body", ix.schema).parse(q)
    with ix.searcher() as searcher:
        return {hit["id"] for hit in searcher.search(q, limit=None)}


def term_exists(ix):
    """A lexicon lookup ``exists(term)`` for :func:`analyzers.transliteration.resolve_candidates`."""
    def exists(term: str) -> bool:
        with ix.reader() as reader:
            return ("body", term) in reader
    return exists


def any_of(*queries):
    return query.Or([q for q in queries if q is not None])
