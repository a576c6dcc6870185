"""A hung gunicorn worker is replaced after `PRAKTIKI_WORKER_TIMEOUT` while the other keeps
answering (issue 8, part 6). The hang is a real one: the worker is stopped with SIGSTOP, so
it no longer tells the master it is alive."""
from __future__ import annotations

import os
import signal
import time

import pytest

from reliability_helpers import SAMPLES, get_json, only_worker, praktiki_server, run_praktiki, worker_pids


@pytest.mark.slow
def test_a_hung_worker_is_replaced_after_the_timeout_and_requests_keep_succeeding(tmp_path):
    index_dir = tmp_path / "ix"
    assert run_praktiki("index", str(SAMPLES), "--index", str(index_dir)).returncode == 0
    with praktiki_server(index_dir, workers=2, PRAKTIKI_WORKER_TIMEOUT="3") as server:
        workers = worker_pids(server.pid)
        assert len(workers) == 2, workers
        # Each worker first answers once on its own: gunicorn times a worker out only after
        # its first heartbeat, and a worker still loading the app has not sent one yet.
        for worker in workers:
            with only_worker(server, worker):
                assert get_json(server.base + "/healthz", timeout=30)[0] == 200
        hung = min(workers)
        os.kill(hung, signal.SIGSTOP)
        try:
            deadline = time.monotonic() + 30
            answered = 0
            while hung in worker_pids(server.pid):
                assert time.monotonic() < deadline, "the hung worker was not replaced within 30 s"
                # The other worker keeps serving meanwhile.
                status, body = get_json(server.base + "/healthz", timeout=10)
                assert status == 200 and body["status"] == "ok"
                answered += 1
                time.sleep(0.2)
        finally:
            try:
                os.kill(hung, signal.SIGCONT)   # only if the master has not killed it
            except ProcessLookupError:
                pass
        assert answered > 0
        replacement_deadline = time.monotonic() + 30
        while len(worker_pids(server.pid)) < 2:
            assert time.monotonic() < replacement_deadline, "no replacement worker started"
            time.sleep(0.2)
        for _ in range(10):
            status, body = get_json(server.base + "/readyz", timeout=10)
            assert status == 200, body
