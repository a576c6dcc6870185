"""Where the time goes: cProfile summaries of a search and of an index run.

Summaries are small (a share per code area and the top functions by own time) so that
they fit in the committed results JSON and in BENCHMARKS.md.

>>> area("/x/site-packages/whoosh/codec/whoosh3.py")
'whoosh.codec'
>>> area("/work/main/analyzers/filters.py")
'analyzers'
"""
from __future__ import annotations

import cProfile
import pstats
import shutil
import tempfile
from pathlib import Path
from typing import Callable

AREAS = (("/analyzers/", "analyzers"), ("/indexer/extract/", "indexer.extract"), ("/indexer/", "indexer"),
         ("/search_service/highlight", "search_service.highlight"), ("/search_service/", "search_service"),
         ("/whoosh/codec/", "whoosh.codec"), ("/whoosh/highlight", "whoosh.highlight"),
         ("/whoosh/matching/", "whoosh.matching"), ("/whoosh/analysis/", "whoosh.analysis"),
         ("/whoosh/", "whoosh (other)"), ("/numpy/", "numpy"), ("/json/", "json"))


def area(filename: str) -> str:
    for needle, name in AREAS:
        if needle in filename:
            return name
    return "other"


def summarise(profile: cProfile.Profile, top: int = 12) -> dict:
    """Own time per code area (share of the total) and the top functions by own time."""
    stats = pstats.Stats(profile)
    total = stats.total_tt or 1e-9
    by_area: dict[str, float] = {}
    rows = []
    for (filename, line, func), (cc, nc, tt, ct, callers) in stats.stats.items():
        by_area[area(filename)] = by_area.get(area(filename), 0.0) + tt
        rows.append((tt, ct, nc, f"{Path(filename).parent.name}/{Path(filename).name}:{line}({func})"))
    rows.sort(reverse=True)
    return {"total_seconds": round(total, 3),
            "areas": {k: round(100 * v / total, 1) for k, v in sorted(by_area.items(), key=lambda kv: -kv[1])},
            "top_own_time": [{"function": name, "own_s": round(tt, 3), "cum_s": round(ct, 3), "calls": nc}
                             for tt, ct, nc, name in rows[:top]]}


def profile_calls(call: Callable, inputs: list) -> dict:
    """Profile one pass of ``call`` over ``inputs`` (after a warm-up pass)."""
    for x in inputs:
        call(x)
    profile = cProfile.Profile()
    profile.enable()
    for x in inputs:
        call(x)
    profile.disable()
    return summarise(profile)


def profile_index(work: Path, seed: int, n: int = 200) -> dict:
    """Profile a rebuild of a small generated corpus in this process."""
    from bench import generate
    from indexer.pipeline import index_paths
    corpus = work / f"profile-corpus-{n}-s{seed}"
    if not (corpus / ".complete").exists():
        shutil.rmtree(corpus, ignore_errors=True)
        generate.generate(corpus, n, seed)
        (corpus / ".complete").write_text("")
    from indexer import pipeline
    # Extraction runs in worker processes in a real rebuild, out of cProfile's sight:
    # profile the sequential path so that the shares add up to the whole CPU cost.
    saved, pipeline.PARALLEL_MIN_FILES = pipeline.PARALLEL_MIN_FILES, 10**9
    try:
        with tempfile.TemporaryDirectory(dir=work) as tmp:
            profile = cProfile.Profile()
            profile.enable()
            index_paths([corpus], Path(tmp) / "index", rebuild=True, progress=False)
            profile.disable()
    finally:
        pipeline.PARALLEL_MIN_FILES = saved
    out = summarise(profile, top=15)
    out["practices"] = n
    return out
