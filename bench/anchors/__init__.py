"""Reference engines measured in the same run as praktiki: naive Whoosh, tantivy, SQLite FTS5.

Each anchor module exposes ``build(docs, folder) -> Anchor`` where ``docs`` are plain dicts
(``id, title, body, status, programmes, countries, themes, year``) exported from the
praktiki index, so every engine indexes the same text and the same facet values, and the
anchor's ``faceted(words, filters)`` runs the same request shape as praktiki's (c):
query words, facet filters, counts of four facets and a year histogram, top 10 with
highlights.
"""
