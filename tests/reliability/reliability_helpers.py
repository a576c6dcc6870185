"""Helpers of the reliability tests: real `praktiki` subprocesses, a generated corpus, a real
gunicorn server on a free loopback port, and the searches compared before and after.

Imported by name (``from reliability_helpers import ...``) rather than kept in a conftest.py:
conftest modules of folders without ``__init__.py`` share the module name ``conftest``.

Everything here drives the product the way an operator does (the console script in the
virtualenv), so a kill, a full disk or a second run hits the real code paths.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"
PRAKTIKI = Path(sys.executable).with_name("praktiki")

# Searches whose answers must survive any failure unchanged: a title word, a facet filter,
# a phrase in English, and everything (the total and the first page of ids).
PROBE_SEARCHES: tuple[dict, ...] = (
    {"q": "гише"},
    {"q": "община", "per_page": 20},
    {"status": "completed", "per_page": 20},
    {"q": "municipality", "lang": "en"},
    {"per_page": 100, "sort": "oldest"},
)


def praktiki_env(**extra: str) -> dict[str, str]:
    """The environment of a `praktiki` subprocess: no progress bar, INFO logs, repo importable."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRAKTIKI_")}
    env.update({"PYTHONUNBUFFERED": "1", "PRAKTIKI_LOG_LEVEL": "INFO"})
    env.update(extra)
    return env


def run_praktiki(*args: str, timeout: float = 300, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(PRAKTIKI), *args], capture_output=True, text=True,
                          timeout=timeout, env=praktiki_env(**env), cwd=REPO)


def start_praktiki(*args: str, **env: str) -> subprocess.Popen:
    return subprocess.Popen([str(PRAKTIKI), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=praktiki_env(**env), cwd=REPO, start_new_session=True)


def make_corpus(target: Path, copies: int) -> Path:
    """``copies`` folders, each holding every bundled .txt/.html sample under a new path.

    Ids are paths, so each copy gives its own practices; JSON samples are left out because
    their records carry fixed ids (copies would be reported as duplicates).
    """
    files = sorted(p for p in SAMPLES.rglob("*") if p.suffix in (".txt", ".html"))
    for n in range(copies):
        for path in files:
            dest = target / f"copy-{n:03d}" / path.relative_to(SAMPLES)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, dest)
    return target


def search_answers(index_dir: Path) -> list[dict]:
    """What each probe search answers: total and hit ids in order (via the real Flask app)."""
    from search_service.app import create_app
    client = create_app({"INDEX": str(index_dir)}).test_client()
    answers = []
    for params in PROBE_SEARCHES:
        response = client.get("/api/v1/search", query_string=params)
        assert response.status_code == 200, (params, response.get_data(as_text=True)[:300])
        body = response.get_json()
        answers.append({"params": params, "total": body["total"], "ids": [h["id"] for h in body["hits"]]})
    return answers


def generation_folders(index_dir: Path) -> list[str]:
    return sorted(p.name for p in index_dir.iterdir() if p.is_dir() and p.name.startswith("gen-"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def http_get(url: str, timeout: float = 10.0) -> tuple[int, bytes]:
    """(status, body); HTTP error statuses are returned, connection errors raise."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def get_json(url: str, timeout: float = 10.0) -> tuple[int, dict]:
    status, body = http_get(url, timeout)
    return status, json.loads(body)


@dataclass(frozen=True)
class Server:
    base: str   # http://127.0.0.1:PORT
    pid: int    # the `praktiki serve` process, which is the gunicorn master


@contextmanager
def praktiki_server(index_dir: Path, workers: int = 2, **env: str) -> Iterator[Server]:
    """`praktiki serve` (gunicorn) on a free 127.0.0.1 port, stopped with SIGTERM afterwards.

    Waits until /healthz answers; the server's log goes to a file shown on failure.
    """
    port = free_port()
    log_path = index_dir.parent / f"serve-{port}.log"
    log_file = open(log_path, "w")
    proc = subprocess.Popen([str(PRAKTIKI), "serve", "--index", str(index_dir), "--host", "127.0.0.1",
                             "--port", str(port), "--workers", str(workers)],
                            stdout=log_file, stderr=subprocess.STDOUT, env=praktiki_env(**env), cwd=REPO,
                            start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail(f"praktiki serve exited with {proc.returncode}:\n{log_path.read_text()[-3000:]}")
            try:
                http_get(base + "/healthz", timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail(f"praktiki serve did not answer in 60 s:\n{log_path.read_text()[-3000:]}")
                time.sleep(0.2)
        yield Server(base, proc.pid)
    finally:
        # SIGTERM to the gunicorn master only (our own child): it stops its workers gracefully.
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        log_file.close()


def worker_pids(master_pid: int) -> set[int]:
    """The gunicorn workers of a master: its child processes."""
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children")
    return {int(p) for p in children.read_text().split()}


@contextmanager
def only_worker(server: Server, serving: int) -> Iterator[None]:
    """Every other worker is paused (SIGSTOP), so requests meanwhile reach ``serving`` alone.

    A paused worker accepts nothing; a request it had already accepted just waits until
    it is resumed, so no request fails because of the pause.
    """
    paused = worker_pids(server.pid) - {serving}
    for pid in paused:
        os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        for pid in paused:
            os.kill(pid, signal.SIGCONT)


NOBODY = 65534


def as_unprivileged(args: list[str]) -> list[str]:
    """``args`` run as `nobody` when the tests run as root (root reads and writes every
    file whatever its mode, so chmod tests would mean nothing); unchanged otherwise."""
    if os.geteuid() != 0:
        return args
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: cannot drop to an unprivileged user")
    return ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *args]


@pytest.fixture()
def shared_tmp() -> Iterator[Path]:
    """A temporary folder every user may enter (pytest's own is private to root), for
    runs dropped to `nobody` by :func:`as_unprivileged`."""
    path = Path(tempfile.mkdtemp(prefix="praktiki-reliability-"))
    path.chmod(0o755)
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Path:
    """A corpus big enough for an index run to take a few seconds: 8 copies of the samples
    (~350 files). Session-scoped and read-only: tests that change files make their own."""
    return make_corpus(tmp_path_factory.mktemp("corpus"), copies=8)
