"""The running service as a client sees it: start ``praktiki serve``, time HTTP requests, load it.

Everything stays on 127.0.0.1. The load generator is bounded: a fixed number of client
threads, each sending at most ``max_requests`` requests or stopping after ``seconds``.

>>> url_for("/api/v1/search", {"q": "парк", "status": ["completed"]}, 8000)
'http://127.0.0.1:8000/api/v1/search?q=%D0%BF%D0%B0%D1%80%D0%BA&status=completed'
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def url_for(path: str, params: dict, port: int) -> str:
    return f"http://{HOST}:{port}{path}?" + urllib.parse.urlencode(params, doseq=True)


def get_json(url: str, timeout: float = 30.0) -> dict:
    """One GET as a client makes it (new connection, full body read, JSON decoded)."""
    with urllib.request.urlopen(url, timeout=timeout) as resp:
        return json.loads(resp.read())


class Server:
    """``praktiki serve`` in a subprocess (gunicorn, ``workers`` workers)."""

    def __init__(self, index_dir: Path, workers: int = 2, env: dict | None = None):
        self.port = free_port()
        self.index_dir = index_dir
        exe = Path(sys.executable).with_name("praktiki")
        cmd = [str(exe), "serve", "--index", str(index_dir), "--host", HOST,
               "--port", str(self.port), "--workers", str(workers)]
        env = dict(os.environ if env is None else env)
        env.setdefault("PRAKTIKI_LOG_LEVEL", "WARNING")
        started = time.perf_counter()
        self.proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                     start_new_session=True)
        self.ready_seconds = self._wait_ready(started)

    def _wait_ready(self, started: float, limit: float = 180.0) -> float:
        while time.perf_counter() - started < limit:
            if self.proc.poll() is not None:
                raise RuntimeError(f"praktiki serve exited with {self.proc.returncode}")
            try:
                get_json(self.url("/healthz", {}), timeout=5)
                return round(time.perf_counter() - started, 2)
            except (urllib.error.URLError, ConnectionError, OSError, ValueError):
                time.sleep(0.2)
        raise RuntimeError("praktiki serve did not become ready")

    def url(self, path: str, params: dict) -> str:
        return url_for(path, params, self.port)

    def stop(self) -> None:
        if self.proc.poll() is None:
            # Only the process group this object started (gunicorn master and its workers).
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()


def load(urls: list[str], clients: int, seconds: float, max_requests: int) -> dict:
    """Bounded closed-loop load: ``clients`` threads cycle through ``urls``.

    Returns requests per second over the run, the error count (non-200 or exception)
    and latency percentiles as the clients saw them under load.
    """
    from bench.measure import percentiles
    lock = threading.Lock()
    samples: list[float] = []
    errors = [0]
    stop_at = time.perf_counter() + seconds
    per_client = max(1, max_requests // clients)

    def client(offset: int) -> None:
        mine, bad = [], 0
        for i in range(per_client):
            if time.perf_counter() > stop_at:
                break
            url = urls[(offset + i) % len(urls)]
            t = time.perf_counter()
            try:
                with urllib.request.urlopen(url, timeout=30) as resp:
                    resp.read()
                    if resp.status != 200:
                        bad += 1
            except Exception:  # every failure counts, whatever its kind
                bad += 1
            mine.append(1000 * (time.perf_counter() - t))
        with lock:
            samples.extend(mine)
            errors[0] += bad

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(k * 7,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    return {"clients": clients, "requests": len(samples), "errors": errors[0], "seconds": round(wall, 2),
            "requests_per_second": round(len(samples) / wall, 1) if wall else 0.0,
            "latency_ms": percentiles(samples)}
