"""Live reload under load: a real `praktiki serve` (gunicorn, 2 workers) keeps answering while
`praktiki index` publishes new generations; no request fails and every answer names the new
generation within 2 s of the switch (issue 8, parts 2 and 6).
"""
from __future__ import annotations

import http.client
import json
import shutil
import threading
import time
from pathlib import Path
from urllib.parse import quote

import pytest

from indexer import store
from reliability_helpers import (SAMPLES, get_json, only_worker, praktiki_server, run_praktiki,
                                 start_praktiki, worker_pids)

SWITCH_SECONDS = 2.0
QUERIES = ("гише", "община", "бюджет", "municipality", "проект", "образование")
NEW_WORD = "Зеленоградище"   # a made-up town name, absent from the samples


class LoadLoop:
    """Client threads sending searches and /healthz in a loop, each on a new connection
    (gunicorn's sync workers close them anyway); every non-200 or exception is an error."""

    def __init__(self, base: str, threads: int = 4):
        self.host, self.port = base.removeprefix("http://").split(":")
        self.threads = [threading.Thread(target=self._run, args=(n,), daemon=True) for n in range(threads)]
        self.stop = threading.Event()
        self.requests = 0
        self.errors: list[str] = []
        self.health: list[tuple[float, str]] = []   # (time the request was sent, generation)
        self._lock = threading.Lock()

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=30)

    def _get(self, path: str) -> tuple[int, bytes]:
        conn = http.client.HTTPConnection(self.host, int(self.port), timeout=15)
        try:
            conn.request("GET", path)
            response = conn.getresponse()
            return response.status, response.read()
        finally:
            conn.close()

    def _run(self, n: int) -> None:
        i = n
        while not self.stop.is_set():
            i += 1
            path = ("/healthz" if i % 3 == 0 else
                    f"/api/v1/search?q={quote(QUERIES[i % len(QUERIES)])}&per_page=5")
            sent = time.monotonic()
            try:
                status, body = self._get(path)
            except Exception as exc:  # a reset or refused connection is a failed request
                with self._lock:
                    self.errors.append(f"{path}: {exc!r}")
                continue
            with self._lock:
                self.requests += 1
                if status != 200:
                    self.errors.append(f"{path}: HTTP {status} {body[:200]!r}")
                elif path == "/healthz":
                    self.health.append((sent, json.loads(body)["generation"]))


def _wait_for_publish(index_dir: Path, old: str, proc) -> tuple[str, float]:
    """Watch CURRENT while the index run works; (new generation, when it was switched)."""
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        name = store.current_generation(index_dir)
        if name and name != old:
            return name, time.monotonic()
        if proc.poll() is not None and store.current_generation(index_dir) == old:
            pytest.fail(f"the index run ended without publishing: {proc.stderr.read()[-2000:]}")
        time.sleep(0.005)
    pytest.fail("no new generation within 300 s")


def _publish_and_check_switch(server, index_dir, load: LoadLoop, args: list[str]) -> str:
    old = store.current_generation(index_dir)
    proc = start_praktiki("index", *args, "--index", str(index_dir))
    new, switched = _wait_for_publish(index_dir, old, proc)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err[-2000:]
    # From 2 s after the switch on, every request gets the new generation: polled here
    # directly, and also in the load threads' own /healthz answers (both workers serve them).
    time.sleep(max(0.0, switched + SWITCH_SECONDS - time.monotonic()))
    for _ in range(30):
        status, body = get_json(server.base + "/healthz")
        assert status == 200 and body["generation"] == new, body
    # Each worker on its own (the other paused): both serve the new generation.
    workers = worker_pids(server.pid)
    assert len(workers) == 2, workers
    for serving in workers:
        with only_worker(server, serving):
            for _ in range(3):
                status, body = get_json(server.base + "/healthz")
                assert status == 200 and body["generation"] == new, (serving, body)
    time.sleep(0.5)
    late_old = [g for sent, g in load.health if sent >= switched + SWITCH_SECONDS and g != new]
    assert not late_old, f"{len(late_old)} answers still named an old generation 2 s after the switch"
    return new


@pytest.mark.slow
def test_generations_switch_under_load_within_2s_without_a_failed_request(tmp_path):
    src = tmp_path / "src"
    shutil.copytree(SAMPLES, src)
    index_dir = tmp_path / "ix"
    assert run_praktiki("index", str(src), "--index", str(index_dir), "--rebuild").returncode == 0
    with praktiki_server(index_dir, workers=2) as server, LoadLoop(server.base) as load:
        base = server.base
        time.sleep(1.0)
        # 1) an incremental run adds a practice
        (src / "flgr" / "zelenogradishte.txt").write_text(
            f"Обществена трапезария в {NEW_WORD}\n\nПрактика\nОбщина {NEW_WORD} откри обществена "
            "трапезария за възрастни хора.\n", encoding="utf-8")
        _publish_and_check_switch(server, index_dir, load, [str(src)])
        status, body = get_json(f"{base}/api/v1/search?q={quote(NEW_WORD)}")
        assert status == 200 and body["total"] == 1, body
        # 2) a rebuild without it (a new generation from nothing) takes it away again
        (src / "flgr" / "zelenogradishte.txt").unlink()
        _publish_and_check_switch(server, index_dir, load, [str(src), "--rebuild"])
        status, body = get_json(f"{base}/api/v1/search?q={quote(NEW_WORD)}")
        assert status == 200 and body["total"] == 0, body
        time.sleep(1.0)
    assert load.requests > 100, f"too little load to mean anything: {load.requests} requests"
    assert load.errors == [], f"{len(load.errors)} of {load.requests} requests failed: {load.errors[:5]}"


@pytest.mark.slow
def test_readyz_is_503_until_an_index_is_published_then_200_without_restart(tmp_path):
    index_dir = tmp_path / "ix"
    index_dir.mkdir()
    with praktiki_server(index_dir, workers=2) as server:
        base = server.base
        for _ in range(6):   # both workers: each answers "not ready"
            status, body = get_json(base + "/readyz")
            assert status == 503 and body["status"] == 503 and "no index" in body["detail"], body
            status, body = get_json(base + "/healthz")
            assert status == 200 and body["status"] == "no-index", body
        assert run_praktiki("index", str(SAMPLES), "--index", str(index_dir)).returncode == 0
        generation = store.current_generation(index_dir)
        deadline = time.monotonic() + SWITCH_SECONDS
        while get_json(base + "/readyz")[0] != 200:
            assert time.monotonic() < deadline, "still not ready 2 s after the first publish"
            time.sleep(0.05)
        for _ in range(10):
            status, body = get_json(base + "/readyz")
            assert status == 200 and body["generation"] == generation
        status, body = get_json(base + "/healthz")
        assert body["documents"] >= 40


@pytest.mark.slow
def test_workers_are_recycled_after_max_requests_without_a_failed_request(tmp_path):
    index_dir = tmp_path / "ix"
    assert run_praktiki("index", str(SAMPLES), "--index", str(index_dir)).returncode == 0
    with praktiki_server(index_dir, workers=2, PRAKTIKI_MAX_REQUESTS="40") as server:
        master = server.pid
        first_workers = worker_pids(master)
        assert len(first_workers) == 2, first_workers
        with LoadLoop(server.base, threads=4) as load:
            deadline = time.monotonic() + 60
            while load.requests < 400 and time.monotonic() < deadline:
                time.sleep(0.1)
        later_workers = worker_pids(master)
    assert load.requests >= 400
    assert load.errors == [], f"{len(load.errors)} of {load.requests} requests failed: {load.errors[:5]}"
    assert not (first_workers & later_workers), "every worker was recycled (MAX_REQUESTS=40)"

