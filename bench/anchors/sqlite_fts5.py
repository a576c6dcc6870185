"""SQLite FTS5 (standard library ``sqlite3``): the no-server, no-dependency alternative.

``unicode61`` tokenizer (no stemming), ``bm25`` ranking with the title weighted 3, facet
values in a side table counted with ``GROUP BY``, highlights from ``snippet()``.

>>> fts_query("енергийна ефективност")
'"енергийна" OR "ефективност"'
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

FACET_FIELDS = ("status", "programmes", "countries", "themes")


def fts_query(words: str) -> str:
    """Words as an FTS5 OR query, each quoted so no word is read as syntax."""
    return " OR ".join('"' + w.replace('"', '') + '"' for w in words.split())


class SqliteAnchor:
    name = "sqlite-fts5"

    def __init__(self, path: Path):
        self.db = sqlite3.connect(str(path), check_same_thread=False)

    def _matched_sql(self, filters: dict[str, list[str]]) -> tuple[str, list]:
        sql, args = "SELECT rowid FROM docs WHERE docs MATCH ?", []
        for field, values in filters.items():
            marks = ",".join("?" * len(values))
            sql += f" AND rowid IN (SELECT doc FROM facets WHERE field = ? AND value IN ({marks}))"
            args += [field, *values]
        return sql, args

    def faceted(self, words: str, filters: dict[str, list[str]], highlight: bool = True) -> dict:
        match_sql, args = self._matched_sql(filters)
        q = fts_query(words)
        db = self.db
        db.execute("DROP TABLE IF EXISTS temp.hits")
        db.execute(f"CREATE TEMP TABLE hits AS {match_sql}", [q, *args])
        total = db.execute("SELECT count(*) FROM hits").fetchone()[0]
        counts: dict[str, dict] = {f: {} for f in FACET_FIELDS + ("year",)}
        for field, value, n in db.execute(
                "SELECT field, value, count(*) FROM facets JOIN hits ON facets.doc = hits.rowid "
                "GROUP BY field, value"):
            counts[field][value] = n
        snippet = "snippet(docs, 2, '<mark>', '</mark>', ' … ', 24)" if highlight else "''"
        rows = db.execute(
            f"SELECT docs.id, docs.title, {snippet} FROM docs WHERE docs MATCH ? AND rowid IN "
            f"(SELECT rowid FROM hits) ORDER BY bm25(docs, 0.0, 3.0, 1.0) LIMIT 10", [q]).fetchall()
        hits = [{"id": r[0], "title": r[1], "snippet": r[2]} for r in rows]
        return {"total": total, "hits": hits, "facets": counts}

    def top10(self, words: str) -> list[str]:
        rows = self.db.execute("SELECT id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 0.0, 3.0, 1.0) "
                               "LIMIT 10", [fts_query(words)]).fetchall()
        return [r[0] for r in rows]


def build(docs: list[dict], folder: Path) -> SqliteAnchor:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "fts.sqlite"
    path.unlink(missing_ok=True)
    db = sqlite3.connect(str(path))
    db.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body, tokenize='unicode61')")
    db.execute("CREATE TABLE facets (doc INTEGER, field TEXT, value TEXT)")
    with db:
        for rowid, d in enumerate(docs, start=1):
            db.execute("INSERT INTO docs(rowid, id, title, body) VALUES (?, ?, ?, ?)",
                       (rowid, d["id"], d["title"], d["body"]))
            rows = [(rowid, f, v) for f in ("programmes", "countries", "themes") for v in d[f]]
            rows += [(rowid, f, d[f]) for f in ("status", "year") if d[f]]
            db.executemany("INSERT INTO facets VALUES (?, ?, ?)", rows)
    db.execute("CREATE INDEX facets_by_value ON facets(field, value, doc)")
    db.execute("CREATE INDEX facets_by_doc ON facets(doc)")
    db.commit()
    db.close()
    return SqliteAnchor(path)
