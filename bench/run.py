"""``make bench``: praktiki's performance figures and the anchors beside them, in one run.

For each corpus size: generate the practices (deterministic, cached in the work folder),
rebuild the index with ``praktiki index --rebuild`` (time, docs/s, peak RSS), measure the
index size, latencies of (a) a 2-word query top 10, (b) the same with 2 facet filters and
the full facet/highlight work, in process, (c) the full faceted request over HTTP against
``praktiki serve`` (gunicorn, 2 workers), (d) suggest over HTTP; server RSS; throughput
under a bounded loopback load; the time until a one-practice update is served. The same
documents and queries then go through naive Whoosh, tantivy and SQLite FTS5 (anchors).
Results go to ``bench/results/latest[-quick].json`` and the table to BENCHMARKS.md.

    python bench/run.py --quick          # smoke run, < 3 minutes
    python bench/run.py                  # 2k and 20k practices
    python bench/run.py --sizes 100000   # the large size alone
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import generate as corpus  # noqa: E402
from bench import vocabulary  # noqa: E402
from bench import profiles, report  # noqa: E402
from bench.measure import run_measured, time_calls, tree_rss_mb, tree_uss_mb  # noqa: E402
from bench.server import Server, get_json, load  # noqa: E402
from bench.vocabulary import NOUNS_BG, QUERIES, split_words  # noqa: E402

RESULTS = ROOT / "bench" / "results"


def praktiki_exe() -> str:
    return str(Path(sys.executable).with_name("praktiki"))


def ensure_corpus(work: Path, n: int, seed: int) -> Path:
    """The generated corpus of ``n`` practices, reused when a previous run made the same one."""
    # The generator's own source is part of the key: a changed generator makes a new corpus.
    version = hashlib.sha1(b"".join(Path(m.__file__).read_bytes() for m in (corpus, vocabulary))).hexdigest()[:8]
    folder = work / f"corpus-{n}-s{seed}"
    stamp = folder / f".complete-{version}"
    if not stamp.exists():
        shutil.rmtree(folder, ignore_errors=True)
        info = corpus.generate(folder, n, seed)
        stamp.write_text(json.dumps(info))
    return folder


def folder_mb(path: Path) -> float:
    return round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20, 1)


def export_docs(snapshot) -> list[dict]:
    """The indexed practices as plain dicts, so anchors index exactly the same text and facets."""
    docs = []
    for docnum in range(snapshot.facets.size):
        if not snapshot.facets.live[docnum]:
            continue
        r = snapshot.record(docnum)
        body = r.get("body") or "\n".join((r.get("sections") or {}).values())
        docs.append({"id": r["id"], "title": r.get("title") or "", "body": body,
                     "status": r.get("status") or "", "year": (r.get("date") or "")[:4],
                     "programmes": list(r.get("programmes") or []), "countries": list(r.get("countries") or []),
                     "themes": list(r.get("themes") or [])})
    return docs


def request_mix(snapshot) -> list[tuple[str, dict]]:
    """(2-word query, 2 facet filters) pairs; filter values are frequent ones, so results are non-empty."""
    fx = snapshot.facets.fields
    def top(name: str, k: int) -> list[str]:
        order = sorted(range(len(fx[name].values)), key=lambda i: -len(fx[name].docs_of[i]))
        return [fx[name].values[i] for i in order[:k]]
    statuses, themes = top("status", 3), top("theme", 5)
    mix = []
    for i, q in enumerate(QUERIES):
        filters = {}
        if statuses:
            filters["status"] = [statuses[i % len(statuses)]]
        if themes:
            filters["theme"] = [themes[i % len(themes)]]
        mix.append((q, filters))
    return mix


def cold_mix(mix: list[tuple[str, dict]]) -> list[tuple[str, dict]]:
    """20 requests whose words are rare in the corpus and absent from ``mix``."""
    used = {w for q, _ in mix for w in q.split()}
    tail = [phrase.split()[-1] for phrase in split_words(NOUNS_BG)][::-1]
    words = [w for w in dict.fromkeys(tail) if w not in used][:40]
    return [(f"{words[2 * i]} {words[2 * i + 1]}", mix[i % len(mix)][1]) for i in range(len(words) // 2)]


ANCHOR_FILTER_FIELDS = {"status": "status", "theme": "themes", "programme": "programmes", "country": "countries"}


def in_process(index_dir: Path, mix, rounds: int) -> tuple[dict, list[dict]]:
    """(a) and (b) in the calling process with a warm snapshot, plus the docs for the anchors."""
    from config.settings import load_settings
    from search_service.query import parse_user_query
    from search_service.search import search
    from search_service.snapshot import Snapshot

    settings = load_settings()
    t = time.perf_counter()
    snap = Snapshot.open_current(index_dir)
    open_ms = round(1000 * (time.perf_counter() - t), 1)

    def top10(item):
        q, _ = item
        parsed = parse_user_query(q, snap.schema, snap.reader, cache=snap.query_cache)
        return [h.docnum for h in snap.searcher.search(parsed.query, limit=10)]

    def faceted(item):
        q, filters = item
        return search(snap, {"q": q, **filters}, settings)

    out = {"snapshot_open_ms": open_ms, "docs": snap.doc_count,
           "a_top10": time_calls(top10, mix, rounds), "b_faceted": time_calls(faceted, mix, rounds),
           "profile_b": profiles.profile_calls(faceted, mix)}
    docs = export_docs(snap)
    snap.close()
    return out, docs


def anchor_runs(docs: list[dict], mix, work: Path, rounds: int, names: list[str]) -> dict:
    from bench.anchors import naive_whoosh, sqlite_fts5, tantivy_anchor
    builders = {"whoosh-naive": naive_whoosh.build, "tantivy": tantivy_anchor.build,
                "sqlite-fts5": sqlite_fts5.build}
    out = {}
    for name in names:
        folder = work / f"anchor-{name}"
        shutil.rmtree(folder, ignore_errors=True)
        t = time.perf_counter()
        anchor = builders[name](docs, folder)
        build_s = time.perf_counter() - t
        amix = [(q, {ANCHOR_FILTER_FIELDS[k]: v for k, v in f.items()}) for q, f in mix]
        out[name] = {"build_seconds": round(build_s, 2), "docs_per_second": round(len(docs) / build_s, 1),
                     "index_mb": folder_mb(folder),
                     "a_top10": time_calls(lambda item: anchor.top10(item[0]), amix, rounds),
                     "b_faceted": time_calls(lambda item: anchor.faceted(*item), amix, rounds)}
        print(f"  anchor {name}: {out[name]}", flush=True)
    return out


def served(index_dir: Path, corpus_dir: Path, mix, rounds: int, load_seconds: float) -> dict:
    """(c), (d), server RSS, throughput and the one-practice update, against praktiki serve."""
    server = Server(index_dir, workers=2)
    try:
        search_urls = [server.url("/api/v1/search", {"q": q, **f}) for q, f in mix]
        prefixes = sorted({q.split()[0][:k] for q, _ in mix for k in (3, 5)})
        suggest_urls = [server.url("/api/v1/suggest", {"q": p}) for p in prefixes]
        # Warm both workers (each opens its own snapshot on its first request).
        for url in search_urls * 2:
            get_json(url)
        # Cold: words no earlier request used (the vocabulary's tail), each request sent once,
        # so the per-generation term caches are empty for them.
        cold_urls = [server.url("/api/v1/search", {"q": q, **f}) for q, f in cold_mix(mix)]
        out = {"server_ready_seconds": server.ready_seconds,
               "c_http_cold": time_calls(get_json, cold_urls, 1, warmup=0),
               "c_http_faceted": time_calls(get_json, search_urls, rounds),
               "d_http_suggest": time_calls(get_json, suggest_urls, max(1, rounds // 2))}
        out["server_rss_total_mb"], out["server_rss_largest_mb"] = tree_rss_mb(server.proc.pid)
        out["server_uss_total_mb"] = tree_uss_mb(server.proc.pid)
        out["load"] = load(search_urls, clients=4, seconds=load_seconds, max_requests=4000)
        out["server_rss_after_load_mb"] = tree_rss_mb(server.proc.pid)[0]
        out["update"] = one_practice_update(server, index_dir, corpus_dir)
        return out
    finally:
        server.stop()


def one_practice_update(server: Server, index_dir: Path, corpus_dir: Path) -> dict:
    """Edit one practice file, run ``praktiki index`` (incremental) and poll until the service finds it."""
    target = sorted((corpus_dir / "flgr").rglob("*.txt"))[0]
    marker = f"бенчмарка{int(time.time()) % 100000:05d}"
    original = target.read_bytes()
    try:
        text = original.decode("utf-8", errors="replace")
        target.write_text(text.replace("\n", f" {marker}.\n", 1), encoding="utf-8")
        url = server.url("/api/v1/search", {"q": marker})
        started = time.perf_counter()
        indexed = run_measured([praktiki_exe(), "index", str(corpus_dir), "--index", str(index_dir)])
        index_done = time.perf_counter() - started
        visible = None
        while time.perf_counter() - started < 60:
            if get_json(url)["total"] >= 1:
                visible = time.perf_counter() - started
                break
            time.sleep(0.05)
        return {"index_seconds": round(index_done, 2), "visible_seconds": round(visible, 2) if visible else None,
                "index_peak_rss_mb": indexed["peak_rss_total_mb"], "returncode": indexed["returncode"]}
    finally:
        target.write_bytes(original)


def one_size(n: int, args, work: Path) -> dict:
    print(f"== {n} practices", flush=True)
    corpus_dir = ensure_corpus(work, n, args.seed)
    index_dir = work / f"index-{n}"
    shutil.rmtree(index_dir, ignore_errors=True)
    cpu_before = os.times()
    build = run_measured([praktiki_exe(), "index", str(corpus_dir), "--index", str(index_dir), "--rebuild"])
    cpu_after = os.times()
    build["cpu_seconds"] = round((cpu_after.children_user + cpu_after.children_system)
                                 - (cpu_before.children_user + cpu_before.children_system), 1)
    if build["returncode"] != 0:
        raise RuntimeError(f"index build failed: {build['output_tail']}")
    build["docs_per_second"] = round(n / build["seconds"], 1)
    from indexer import store
    build["index_mb"] = folder_mb(store.current_path(index_dir))
    print(f"  build: {build['seconds']} s, {build['docs_per_second']} docs/s, {build['index_mb']} MiB", flush=True)

    from search_service.snapshot import Snapshot
    snap = Snapshot.open_current(index_dir)
    mix = request_mix(snap)
    snap.close()
    local, docs = in_process(index_dir, mix, args.rounds)
    print(f"  in process: a {local['a_top10']} b {local['b_faceted']}", flush=True)
    http = served(index_dir, corpus_dir, mix, args.rounds, args.load_seconds)
    print(f"  http: c {http['c_http_faceted']} d {http['d_http_suggest']} update {http['update']}", flush=True)
    # Anchors get half the rounds: naive Whoosh and SQLite take 0.4-2 s a request at 20k.
    anchors = anchor_runs(docs, mix, work, max(2, args.rounds // 2), args.anchors) if args.anchors else {}
    return {"practices": n, "build": build, "in_process": local, "http": http, "anchors": anchors}


def machine() -> dict:
    return {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
            "load_average_at_start": [round(x, 2) for x in os.getloadavg()]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="praktiki performance benchmark")
    ap.add_argument("--quick", action="store_true", help="smoke run: 300 practices, few rounds")
    ap.add_argument("--sizes", default=None, help="comma-separated practice counts (default 2000,20000)")
    ap.add_argument("--work", default=str(ROOT / "var" / "bench"), help="corpus and index folder")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--rounds", type=int, default=None, help="passes over the 20 queries per measurement")
    ap.add_argument("--load-seconds", type=float, default=None)
    ap.add_argument("--anchors", default="whoosh-naive,tantivy,sqlite-fts5")
    ap.add_argument("--no-markdown", action="store_true", help="do not rewrite BENCHMARKS.md")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in (args.sizes or ("300" if args.quick else "2000,20000")).split(",")]
    args.rounds = args.rounds or (2 if args.quick else 10)
    args.load_seconds = args.load_seconds or (5.0 if args.quick else 20.0)
    args.anchors = [a for a in args.anchors.split(",") if a]
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    started = datetime.now(timezone.utc)
    results = {"date": started.strftime("%Y-%m-%d %H:%M UTC"), "machine": machine(),
               "command": "python bench/run.py " + " ".join(argv if argv is not None else sys.argv[1:]),
               "sizes": []}
    for n in sizes:
        results["sizes"].append(one_size(n, args, work))
    results["profile_index"] = profiles.profile_index(work, args.seed)
    results["seconds"] = round((datetime.now(timezone.utc) - started).total_seconds(), 1)
    RESULTS.mkdir(parents=True, exist_ok=True)
    name = "latest-quick.json" if args.quick else f"latest-{'-'.join(map(str, sizes))}.json"
    (RESULTS / name).write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n")
    table = report.markdown(results)
    print(table)
    if not args.no_markdown and not args.quick:
        report.write_section(ROOT / "BENCHMARKS.md", table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
