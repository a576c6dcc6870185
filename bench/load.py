"""Bounded loopback load test: `praktiki serve --workers 2` on the bundled samples, N client
threads for S seconds, every failure counted (issue 8, part 7).

    python bench/load.py                          # 60 s, concurrency 32, writes bench/results/load.json
    python bench/load.py --seconds 10 --concurrency 8 --out /tmp/load.json
    python bench/load.py --url http://127.0.0.1:8000   # an already running server (loopback only)

Without ``--url`` it indexes ``samples/`` into a temporary folder, starts the server on a
free 127.0.0.1 port, waits for ``/readyz``, runs the load and stops the server. The request
mix is what a search page and API clients send: searches (some with facet filters and other
sorts), the HTML page, practice details, suggestions and health checks. A request fails when
it raises (refused, reset, timed out) or answers with a status other than 200. Exit status 1
when any request failed.

Threads with ``http.client`` (one connection per request, as gunicorn's sync workers close
them anyway) are enough here: the client spends its time waiting on sockets, and the
figure that matters is the server's. Client and server share the machine's cores, which the
result records.
"""
from __future__ import annotations

import argparse
import http.client
import ipaddress
import json
import os
import platform
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
PRAKTIKI = Path(sys.executable).with_name("praktiki")
RESULTS = ROOT / "bench" / "results"
WORDS = ("гише", "община", "бюджет", "образование", "туризъм", "енергийна ефективност", "младежи",
         "municipality", "project", "отпадъци", "култура", "администрация", "обществени поръчки")


def percentile(sorted_values: list[float], q: float) -> float:
    """The q-th percentile (0–100) of already sorted values, nearest-rank method.

    >>> percentile([1.0, 2.0, 3.0, 4.0], 50)
    2.0
    >>> percentile([1.0, 2.0, 3.0, 4.0], 99)
    4.0
    """
    if not sorted_values:
        return float("nan")
    rank = max(1, -(-len(sorted_values) * q // 100))   # ceil without floats
    return sorted_values[int(rank) - 1]


def summarize(latencies_ms: list[float], errors: list[str], seconds: float) -> dict:
    """Counts, throughput and latency percentiles of one run.

    >>> s = summarize([10.0, 20.0, 30.0], ["GET /x: HTTP 500"], 2.0)
    >>> s["requests"], s["errors"], s["throughput_rps"], s["p50_ms"]
    (4, 1, 1.5, 20.0)
    """
    ordered = sorted(latencies_ms)
    return {"requests": len(ordered) + len(errors), "errors": len(errors),
            "throughput_rps": round(len(ordered) / seconds, 1) if seconds else 0.0,
            "p50_ms": round(percentile(ordered, 50), 1), "p95_ms": round(percentile(ordered, 95), 1),
            "p99_ms": round(percentile(ordered, 99), 1), "max_ms": round(ordered[-1], 1) if ordered else None,
            "error_samples": errors[:10]}


def request_mix(ids: list[str], facets: dict, rng: random.Random) -> str:
    """One request path, drawn from the mix a search page and API clients send.

    >>> request_mix(["a"], {}, random.Random(1)).startswith("/")
    True
    """
    roll = rng.random()
    word = rng.choice(WORDS)
    if roll < 0.45:
        params = {"q": word}
        for facet in ("status", "programme", "theme"):
            values = facets.get(facet) or []
            if values and rng.random() < 0.3:
                params[facet] = rng.choice(values)
        if rng.random() < 0.2:
            params["sort"] = rng.choice(["newest", "oldest"])
        return "/api/v1/search?" + urlencode(params)
    if roll < 0.65:
        return "/?" + urlencode({"q": word})
    if roll < 0.80 and ids:
        return "/api/v1/practices/" + rng.choice(ids)
    if roll < 0.92:
        return "/api/v1/suggest?" + urlencode({"q": word[:3]})
    return "/healthz"


def request_kind(path: str) -> str:
    """The endpoint a request path goes to, for per-endpoint figures.

    >>> request_kind("/api/v1/search?q=x"), request_kind("/?q=x"), request_kind("/api/v1/practices/a/b")
    ('search', 'page', 'practice')
    """
    if path.startswith("/api/v1/search"):
        return "search"
    if path.startswith("/api/v1/practices/"):
        return "practice"
    if path.startswith("/api/v1/suggest"):
        return "suggest"
    if path.startswith("/?"):
        return "page"
    return path.lstrip("/")


class LoadRun:
    """``concurrency`` threads sending requests until ``seconds`` have passed."""

    def __init__(self, host: str, port: int, seconds: float, concurrency: int, timeout: float = 30.0):
        self.host, self.port, self.seconds, self.concurrency, self.timeout = host, port, seconds, concurrency, timeout
        self.latencies_ms: list[float] = []
        self.by_kind: dict[str, list[float]] = {}
        self.errors: list[str] = []
        self._lock = threading.Lock()

    def get(self, path: str) -> tuple[int, bytes]:
        conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        try:
            conn.request("GET", path, headers={"Accept-Language": "bg"})
            response = conn.getresponse()
            return response.status, response.read()
        finally:
            conn.close()

    def _worker(self, n: int, deadline: float, ids: list[str], facets: dict) -> None:
        rng = random.Random(n)
        latencies, errors, by_kind = [], [], {}
        while time.monotonic() < deadline:
            path = request_mix(ids, facets, rng)
            started = time.perf_counter()
            try:
                status, _ = self.get(path)
            except Exception as exc:   # refused, reset or timed out: a failed request
                errors.append(f"GET {path}: {exc!r}")
                continue
            elapsed = 1000 * (time.perf_counter() - started)
            if status == 200:
                latencies.append(elapsed)
                by_kind.setdefault(request_kind(path), []).append(elapsed)
            else:
                errors.append(f"GET {path}: HTTP {status}")
        with self._lock:
            self.latencies_ms += latencies
            self.errors += errors
            for kind, values in by_kind.items():
                self.by_kind.setdefault(kind, []).extend(values)

    def run(self) -> dict:
        status, body = self.get("/api/v1/search?per_page=100")
        if status != 200:
            raise SystemExit(f"the server is not serving searches: HTTP {status}")
        first = json.loads(body)
        ids = [hit["id"] for hit in first["hits"]]
        facets = {name: [v["value"] for v in values] for name, values in first["facets"].items()}
        started = time.monotonic()
        deadline = started + self.seconds
        threads = [threading.Thread(target=self._worker, args=(n, deadline, ids, facets))
                   for n in range(self.concurrency)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        result = summarize(self.latencies_ms, self.errors, time.monotonic() - started)
        result["by_endpoint"] = {kind: {"requests": len(values),
                                        "p50_ms": round(percentile(sorted(values), 50), 1),
                                        "p99_ms": round(percentile(sorted(values), 99), 1)}
                                 for kind, values in sorted(self.by_kind.items())}
        return result


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def _sample_server(workers: int, index_dir: Path | None) -> Iterator[tuple[str, int]]:
    """Index the samples (unless an index is given) and run `praktiki serve` on loopback."""
    with tempfile.TemporaryDirectory(prefix="praktiki-load-") as tmp:
        env = {**os.environ, "PRAKTIKI_LOG_LEVEL": os.environ.get("PRAKTIKI_LOG_LEVEL", "WARNING")}
        if index_dir is None:
            index_dir = Path(tmp) / "index"
            subprocess.run([str(PRAKTIKI), "index", str(ROOT / "samples"), "--index", str(index_dir),
                            "--rebuild"], check=True, env=env, capture_output=True)
        port = _free_port()
        log = open(Path(tmp) / "serve.log", "w")
        proc = subprocess.Popen([str(PRAKTIKI), "serve", "--index", str(index_dir), "--host", "127.0.0.1",
                                 "--port", str(port), "--workers", str(workers)],
                                stdout=log, stderr=subprocess.STDOUT, env=env)
        try:
            _wait_ready("127.0.0.1", port, proc, Path(tmp) / "serve.log")
            yield "127.0.0.1", port
        finally:
            proc.send_signal(signal.SIGTERM)   # gunicorn master: graceful stop of its workers
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            log.close()


def _wait_ready(host: str, port: int, proc: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"praktiki serve exited:\n{log.read_text()[-2000:]}")
        try:
            if LoadRun(host, port, 0, 0, timeout=2).get("/readyz")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit("praktiki serve was not ready within 60 s")


def loopback_target(url: str) -> tuple[str, int]:
    """Host and port of ``url``, refused unless it is a loopback address (a bounded local test).

    >>> loopback_target("http://127.0.0.1:8000")
    ('127.0.0.1', 8000)
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    if host != "localhost" and not ipaddress.ip_address(host).is_loopback:
        raise SystemExit(f"refusing to load {host}: this load test only runs against loopback")
    return host, parts.port or 80


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers of the started server")
    parser.add_argument("--url", default=None, help="an already running server on loopback")
    parser.add_argument("--index", type=Path, default=None, help="serve this index instead of the samples")
    parser.add_argument("--out", type=Path, default=RESULTS / "load.json")
    args = parser.parse_args(argv)

    if args.url:
        host, port = loopback_target(args.url)
        result = LoadRun(host, port, args.seconds, args.concurrency).run()
        target = args.url
    else:
        with _sample_server(args.workers, args.index) as (host, port):
            result = LoadRun(host, port, args.seconds, args.concurrency).run()
        target = f"praktiki serve --workers {args.workers} on " + (str(args.index) if args.index else "samples/")
    result = {"target": target, "seconds": args.seconds, "concurrency": args.concurrency, **result,
              "cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
              "note": "client and server on the same machine, loopback",
              # Other work on the machine skews the figures; the load average says how much.
              "load_average_1min_after": round(os.getloadavg()[0], 2),
              "measured_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{result['requests']} requests in {args.seconds:.0f} s at concurrency {args.concurrency}: "
          f"{result['errors']} errors · {result['throughput_rps']} req/s · p50 {result['p50_ms']} ms · "
          f"p95 {result['p95_ms']} ms · p99 {result['p99_ms']} ms · max {result['max_ms']} ms")
    for sample in result["error_samples"]:
        print("  error:", sample)
    print(f"written to {args.out}")
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
