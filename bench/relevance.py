"""Relevance of praktiki's search against plain Whoosh on the same documents and queries.

    python bench/relevance.py [--queries tests/relevance/*.tsv] [--json] [-v]

Judged queries: TSV files with ``query  kind  relevant`` where ``relevant`` is
``id:grade,…`` (grade 2 highly relevant, 1 partly) and a filtered query appends
``| status=completed country=RO``. Both systems index the bundled samples; filters are
applied to both from the same record values. Prints nDCG@10 and recall@10 per query kind.

The baseline is Whoosh as its documentation shows it: ``StandardAnalyzer`` on title and
body, ``MultifieldParser`` with its default AND grouping, BM25F.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from whoosh import fields, index as whoosh_index, query as wq  # noqa: E402
from whoosh.analysis import StandardAnalyzer  # noqa: E402
from whoosh.qparser import MultifieldParser  # noqa: E402

from config.settings import load_settings  # noqa: E402
from indexer.pipeline import index_paths  # noqa: E402
from search_service.search import search  # noqa: E402
from search_service.snapshot import Snapshot  # noqa: E402

FILTER_FIELDS = {"status": "status", "programme": "programmes", "country": "countries",
                 "theme": "themes", "municipality": "municipality"}


@dataclass
class Judged:
    query: str
    kind: str
    filters: dict[str, list[str]]
    relevant: dict[str, int]


def load_queries(paths: list[Path]) -> list[Judged]:
    out = []
    for path in paths:
        lines = path.read_text(encoding="utf-8").splitlines()
        for line in lines[1:]:
            if not line.strip() or line.startswith("#"):
                continue
            query, kind, relevant = line.split("\t")[:3]
            text, _, filter_part = query.partition("|")
            filters: dict[str, list[str]] = defaultdict(list)
            for item in filter_part.split():
                name, _, value = item.partition("=")
                filters[name].append(value)
            grades = {}
            for item in relevant.split(","):
                if item.strip():
                    doc_id, _, grade = item.strip().rpartition(":")
                    grades[doc_id] = int(grade)
            out.append(Judged(text.strip(), kind.strip(), dict(filters), grades))
    return out


def ndcg_at_10(ranked: list[str], relevant: dict[str, int]) -> float:
    def dcg(grades):
        return sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(grades[:10]))
    ideal = dcg(sorted(relevant.values(), reverse=True))
    return dcg([relevant.get(d, 0) for d in ranked]) / ideal if ideal else 0.0


def recall_at_10(ranked: list[str], relevant: dict[str, int]) -> float:
    return len(set(ranked[:10]) & set(relevant)) / len(relevant) if relevant else 0.0


class Praktiki:
    name = "praktiki"

    def __init__(self, index_dir: Path):
        self.snapshot = Snapshot.open_current(index_dir)
        self.settings = load_settings()

    def records(self) -> list[dict]:
        return [self.snapshot.record(d) for d in range(self.snapshot.facets.size) if self.snapshot.facets.live[d]]

    def ranked(self, judged: Judged) -> list[str]:
        params = {"q": judged.query, "page": 1, "per_page": 10, "sort": "relevance", "lang": "bg",
                  "date_from": None, "date_to": None,
                  **{name: judged.filters.get(name, []) for name in FILTER_FIELDS}}
        return [h["id"] for h in search(self.snapshot, params, self.settings)["hits"]]


class PlainWhoosh:
    """Whoosh out of the box: StandardAnalyzer, default parser grouping, BM25F."""
    name = "plain Whoosh"

    def __init__(self, records: list[dict], folder: Path):
        schema = fields.Schema(id=fields.ID(stored=True, unique=True),
                               title=fields.TEXT(analyzer=StandardAnalyzer(), field_boost=2.0),
                               body=fields.TEXT(analyzer=StandardAnalyzer()),
                               **{f: fields.KEYWORD(commas=True, lowercase=True) for f in FILTER_FIELDS.values()})
        ix = whoosh_index.create_in(str(folder), schema)
        with ix.writer() as writer:
            for r in records:
                doc = {"id": r["id"], "title": r["title"], "body": r.get("body") or ""}
                for field in FILTER_FIELDS.values():
                    value = r.get(field)
                    values = value if isinstance(value, list) else ([value] if value else [])
                    if values:
                        doc[field] = ",".join(v.lower() for v in values)
                writer.add_document(**doc)
        self.searcher = ix.searcher()
        self.parser = MultifieldParser(["title", "body"], schema)

    def ranked(self, judged: Judged) -> list[str]:
        q = self.parser.parse(judged.query)
        clauses = [wq.Or([wq.Term(FILTER_FIELDS[name], v.lower()) for v in values])
                   for name, values in judged.filters.items()]
        flt = wq.And(clauses) if clauses else None
        return [hit["id"] for hit in self.searcher.search(q, limit=10, filter=flt)]


def evaluate(systems, queries: list[Judged], verbose: bool = False) -> dict:
    per_kind: dict[str, dict[str, list[tuple[float, float]]]] = defaultdict(lambda: defaultdict(list))
    for judged in queries:
        row = []
        for system in systems:
            ranked = system.ranked(judged)
            scores = (ndcg_at_10(ranked, judged.relevant), recall_at_10(ranked, judged.relevant))
            per_kind[system.name][judged.kind].append(scores)
            per_kind[system.name]["all"].append(scores)
            row.append(f"{scores[0]:.2f}")
        if verbose:
            print(f"{judged.kind:<10} {' / '.join(row):<12} {judged.query}")
    result = {}
    for name, kinds in per_kind.items():
        result[name] = {kind: {"ndcg@10": round(sum(s[0] for s in v) / len(v), 3),
                               "recall@10": round(sum(s[1] for s in v) / len(v), 3), "queries": len(v)}
                        for kind, v in kinds.items()}
    return result


def run(query_files: list[Path], verbose: bool = False) -> dict:
    queries = load_queries(query_files)
    with tempfile.TemporaryDirectory() as tmp:
        index_paths([REPO / "samples"], Path(tmp) / "praktiki", rebuild=True, progress=False)
        ours = Praktiki(Path(tmp) / "praktiki")
        (Path(tmp) / "plain").mkdir()
        plain = PlainWhoosh(ours.records(), Path(tmp) / "plain")
        return evaluate([ours, plain], queries, verbose)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--queries", nargs="*", type=Path,
                        default=sorted((REPO / "tests" / "relevance").glob("queries*.tsv")))
    parser.add_argument("--json", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    result = run(args.queries, args.verbose)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return
    kinds = sorted({k for r in result.values() for k in r if k != "all"}) + ["all"]
    names = list(result)
    print(f"{'kind':<10} {'queries':>7}  " + "  ".join(f"{n + ' nDCG@10':>22} {'R@10':>5}" for n in names))
    for kind in kinds:
        cells = "  ".join(f"{result[n][kind]['ndcg@10']:>22.3f} {result[n][kind]['recall@10']:>5.2f}" for n in names)
        print(f"{kind:<10} {result[names[0]][kind]['queries']:>7}  {cells}")


if __name__ == "__main__":
    main()
