"""The Performance section of BENCHMARKS.md, made from one run's results JSON.

``markdown(results)`` renders the tables (figures, anchors, ratios, targets met or missed
and by how much); ``write_section`` replaces only the ``## Performance`` section of the
file, leaving the sections other engineers own untouched.

>>> ratio(2.0, 10.0)
'5.0×'
"""
from __future__ import annotations

import re
from pathlib import Path

SECTION = "## Performance"
BEGIN, END = "<!-- bench/run.py: begin generated -->", "<!-- bench/run.py: end generated -->"


def ratio(ours: float | None, theirs: float | None) -> str:
    """How many times ``theirs`` is slower than ``ours`` (above 1: ours is faster)."""
    if not ours or not theirs:
        return "–"
    return f"{theirs / ours:.1f}×"


def _lat(stats: dict | None) -> str:
    if not stats or not stats.get("n"):
        return "–"
    return f"{stats['p50']} / {stats['p95']} / {stats['p99']}"


def _target(value: float | None, limit: float, unit: str) -> str:
    if value is None:
        return f"not measured (target ≤ {limit} {unit})"
    if value <= limit:
        return f"met ({value} ≤ {limit} {unit})"
    return f"**missed by {value - limit:.1f} {unit}** ({value} > {limit} {unit}, ×{value / limit:.2f})"


def size_table(size: dict) -> list[str]:
    n, b, loc, http = size["practices"], size["build"], size["in_process"], size["http"]
    lines = [f"### {n:,} practices", "",
             "| measure | praktiki | " + " | ".join(size["anchors"]) + " |",
             "|---|---|" + "---|" * len(size["anchors"])]

    def row(label: str, ours: str, key=None) -> None:
        cells = [key(a) if key else "" for a in size["anchors"].values()]
        lines.append(f"| {label} | {ours} | " + " | ".join(cells) + " |")

    row("full rebuild, s (docs/s)", f"{b['seconds']} ({b['docs_per_second']}); extraction included",
        lambda a: f"{a['build_seconds']} ({a['docs_per_second']}); records given")
    row("index size, MiB", str(b["index_mb"]), lambda a: str(a["index_mb"]))
    row("indexer peak RSS, MiB", str(b["peak_rss_total_mb"]))
    row("(a) 2-word query, top 10, ms p50/p95/p99", _lat(loc["a_top10"]), lambda a: _lat(a["a_top10"]))
    row("(b) + 2 filters, facet counts, highlights, in process", _lat(loc["b_faceted"]),
        lambda a: _lat(a["b_faceted"]))
    row("(c) full faceted request over HTTP", _lat(http["c_http_faceted"]))
    row("(c) cold: new words, each sent once", _lat(http.get("c_http_cold")))
    row("(d) suggest over HTTP", _lat(http["d_http_suggest"]))
    up = http["update"]
    row("one-practice update visible, s", f"{up['visible_seconds']} (index run {up['index_seconds']})")
    row("server RSS, MiB (2 workers + master; largest; USS of all)",
        f"{http['server_rss_total_mb']}; {http['server_rss_largest_mb']}; USS {http.get('server_uss_total_mb')}; "
        f"after load {http['server_rss_after_load_mb']}")
    ld = http["load"]
    row("throughput, req/s (clients, errors)", f"{ld['requests_per_second']} ({ld['clients']}, {ld['errors']} errors "
        f"of {ld['requests']}); p95 {ld['latency_ms'].get('p95')} ms")
    row("snapshot open (per generation, per worker), ms", str(loc["snapshot_open_ms"]))
    lines.append("")
    if size["anchors"]:
        lines += ["Ratios (anchor time ÷ praktiki time; above 1 means praktiki is faster):", "",
                  "| anchor | (a) p50 | (a) p95 | (b) p50 | (b) p95 | (b) anchor p95 ÷ praktiki (c) p95 | build |",
                  "|---|---|---|---|---|---|---|"]
        for name, a in size["anchors"].items():
            lines.append(f"| {name} | {ratio(loc['a_top10'].get('p50'), a['a_top10'].get('p50'))} | "
                         f"{ratio(loc['a_top10'].get('p95'), a['a_top10'].get('p95'))} | "
                         f"{ratio(loc['b_faceted'].get('p50'), a['b_faceted'].get('p50'))} | "
                         f"{ratio(loc['b_faceted'].get('p95'), a['b_faceted'].get('p95'))} | "
                         f"{ratio(http['c_http_faceted'].get('p95'), a['b_faceted'].get('p95'))} | "
                         f"{ratio(a['build_seconds'], b['seconds'])} slower |")
        lines.append("")
    return lines


def targets(results: dict) -> list[str]:
    by_n = {s["practices"]: s for s in results["sizes"]}
    lines = ["### Targets (issue 7)", "", "| target | result |", "|---|---|"]
    s = by_n.get(20000)
    if s:
        c = s["http"]["c_http_faceted"]
        lines.append(f"| 20k: (c) p50 ≤ 10 ms | {_target(c.get('p50'), 10, 'ms')} |")
        lines.append(f"| 20k: (c) p95 ≤ 25 ms | {_target(c.get('p95'), 25, 'ms')} |")
        naive = s["anchors"].get("whoosh-naive")
        if naive:
            speedup = naive["b_faceted"]["p95"] / c["p95"]
            lines.append(f"| 20k: ≥ 5× faster than naive Whoosh at p95 | "
                         f"{'met' if speedup >= 5 else '**missed**'}: {speedup:.1f}× (naive in process "
                         f"{naive['b_faceted']['p95']} ms vs praktiki over HTTP {c['p95']} ms) |")
        lines.append(f"| 20k: full rebuild ≤ 90 s | {_target(s['build']['seconds'], 90, 's')} |")
        lines.append(f"| 20k: update visible ≤ 2 s | {_target(s['http']['update']['visible_seconds'], 2, 's')} |")
        lines.append(f"| 20k: server RSS ≤ 300 MiB | {_target(s['http']['server_rss_total_mb'], 300, 'MiB')} |")
    s = by_n.get(100000)
    if s:
        lines.append(f"| 100k: (c) p95 ≤ 80 ms | {_target(s['http']['c_http_faceted'].get('p95'), 80, 'ms')} |")
    if len(lines) == 4:
        lines.append("| (targets are set for 20k and 100k practices; not in this run) | |")
    return lines + [""]


def profile_lines(results: dict) -> list[str]:
    lines = []
    for s in results["sizes"]:
        p = s["in_process"].get("profile_b")
        if p:
            lines += [f"Profile of (b) at {s['practices']:,} practices (cProfile, own time by area): " +
                      ", ".join(f"{k} {v}%" for k, v in list(p["areas"].items())[:6]), ""]
    p = results.get("profile_index")
    if p:
        lines += [f"Profile of a rebuild of {p['practices']} practices (own time by area): " +
                  ", ".join(f"{k} {v}%" for k, v in list(p["areas"].items())[:7]), ""]
    return lines


def markdown(results: dict) -> str:
    m = results["machine"]
    lines = [BEGIN, "",
             f"Run {results['date']} · `{results['command']}` · {m['cpus']} CPUs, Python {m['python']}, "
             f"{m['platform']} · load average at start {m['load_average_at_start']} (shared machine: compare "
             f"ratios, not absolute times) · run took {results['seconds']} s.", ""]
    for size in results["sizes"]:
        lines += size_table(size)
    lines += targets(results)
    lines += profile_lines(results)
    lines.append(END)
    return "\n".join(lines)


def write_section(path: Path, generated: str) -> None:
    """Put ``generated`` inside the Performance section, keeping every other section."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if BEGIN in text and END in text:
        text = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda _: generated, text, flags=re.S)
    elif SECTION in text:
        text = text.replace(SECTION, SECTION + "\n\n" + generated, 1)
    else:
        text = text.rstrip("\n") + f"\n\n{SECTION}\n\n{generated}\n"
    path.write_text(text, encoding="utf-8")
