"""Latency of hostile queries at the sample size (issue 8: each must answer within 1 s).

    python bench/hostile.py [--rounds 3]

Indexes the bundled samples into a temporary folder, then sends each hostile query of
`tests/service/test_hostile_inputs.py` through the real app (Flask test client, warm
searcher) and prints the status and the slowest of ``--rounds`` answers per query.
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from indexer.pipeline import index_paths  # noqa: E402
from search_service.app import create_app  # noqa: E402


def hostile_queries() -> dict[str, str]:
    path = REPO / "tests" / "service" / "test_hostile_inputs.py"
    spec = importlib.util.spec_from_file_location("hostile_inputs", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.HOSTILE_QUERIES


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        index_paths([REPO / "samples"], Path(tmp), rebuild=True, progress=False)
        client = create_app({"INDEX": tmp}).test_client()
        client.get("/api/v1/search?q=община")  # open the searcher first
        worst = 0.0
        print(f"{'query':<22} {'status':>6} {'slowest ms':>11}")
        for name, q in hostile_queries().items():
            times, status = [], None
            for _ in range(args.rounds):
                started = time.perf_counter()
                status = client.get("/api/v1/search", query_string={"q": q}).status_code
                times.append(1000 * (time.perf_counter() - started))
            worst = max(worst, max(times))
            print(f"{name:<22} {status:>6} {max(times):>11.1f}")
        print(f"slowest hostile query: {worst:.1f} ms (limit 1,000 ms)")


if __name__ == "__main__":
    main()
