"""Two `praktiki index` runs on one index folder at once: the second exits with a clear message
naming the first (or waits with ``--wait``), and nothing is corrupted (issue 8, part 1)."""
from __future__ import annotations

import re
import subprocess
import sys
import time

import pytest

from indexer import store
from reliability_helpers import (REPO, corpus, generation_folders, make_corpus, praktiki_env,  # noqa: F401
                                 run_praktiki, search_answers, start_praktiki)


def _wait_for_lock_holder(index_dir, proc) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            if (index_dir / store.LOCK).read_text().strip() == str(proc.pid):
                return
        except FileNotFoundError:
            pass
        assert proc.poll() is None, "the first run ended before it took the lock"
        assert time.monotonic() < deadline, "the first run never took the lock"
        time.sleep(0.02)


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory):
    """Three times the shared corpus: the first run must still hold the lock while two more
    processes start (each a Python start-up, seconds on a loaded machine) and are refused."""
    return make_corpus(tmp_path_factory.mktemp("big_corpus"), copies=24)


@pytest.mark.slow
def test_a_second_run_exits_naming_the_first_and_the_index_stays_whole(tmp_path, big_corpus):
    corpus = big_corpus
    index_dir = tmp_path / "ix"
    assert run_praktiki("index", str(corpus), "--index", str(index_dir), "--rebuild").returncode == 0
    before = search_answers(index_dir)
    published_before = store.current_generation(index_dir)

    first = start_praktiki("index", str(corpus), "--index", str(index_dir), "--rebuild")
    _wait_for_lock_holder(index_dir, first)
    # Two more runs while the first writes: each refuses at once and names the writer.
    # (The second must not erase the writer's pid, or the third could not name it.)
    for _ in range(2):
        second = run_praktiki("index", str(corpus), "--index", str(index_dir), "--rebuild")
        assert second.returncode != 0
        assert f"another index run (pid {first.pid}) is writing" in second.stderr, second.stderr
        assert "--wait" in second.stderr
    assert store.current_generation(index_dir) == published_before, "a refused run published nothing"

    out, err = first.communicate(timeout=300)
    assert first.returncode == 0, err[-2000:]
    assert store.current_generation(index_dir) != published_before
    assert search_answers(index_dir) == before
    assert len(generation_folders(index_dir)) <= 3


@pytest.mark.slow
def test_with_wait_the_second_run_waits_for_the_first_then_completes(tmp_path, corpus):
    index_dir = tmp_path / "ix"
    first = start_praktiki("index", str(corpus), "--index", str(index_dir), "--rebuild")
    _wait_for_lock_holder(index_dir, first)
    second = start_praktiki("index", str(corpus), "--index", str(index_dir), "--wait", "300")
    out1, err1 = first.communicate(timeout=300)
    out2, err2 = second.communicate(timeout=300)
    assert first.returncode == 0, err1[-2000:]
    assert second.returncode == 0, err2[-2000:]
    # The waiting run started after the first published: it found every file unchanged.
    assert re.search(r"practices indexed: 0 · unchanged files: \d+", out2), out2
    assert "nothing changed" in out2
    assert search_answers(index_dir)[-1]["total"] > 100


def test_two_runs_started_together_one_publishes_and_the_other_explains(tmp_path):
    """Started in the same instant (no ordering help): exactly one takes the lock."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Център за услуги на едно гише\n\nОбщина Тестово отвори център "
                               "за услуги на едно гише.\n", encoding="utf-8")
    index_dir = tmp_path / "ix"
    procs = [start_praktiki("index", str(src), "--index", str(index_dir), "--rebuild") for _ in range(2)]
    outputs = [p.communicate(timeout=120) for p in procs]
    results = [(p.pid, p.returncode, out, err) for p, (out, err) in zip(procs, outputs)]
    codes = sorted(code for _, code, _, _ in results)
    if codes == [0, 0]:
        # The first finished before the second asked for the lock: both published in turn.
        assert store.current_generation(index_dir) is not None
    else:
        assert codes[0] == 0 and codes[1] != 0, results
        loser = next(r for r in results if r[1] != 0)
        assert "another index run" in loser[3], loser[3]
    assert search_answers(index_dir)[0]["total"] == 1


HOLD_LOCK_IN_ORPHAN = """
import os, sys, time
from indexer import store
lock = store.index_lock(sys.argv[1])
lock.__enter__()
if os.fork() == 0:          # the child keeps the inherited lock, like an extraction worker
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)     # and lets go of the output pipes, so the caller sees the parent end
    os.dup2(devnull, 2)
    time.sleep(float(sys.argv[2]))
    os._exit(0)
print(os.getpid(), flush=True)
os._exit(0)                 # the parent dies without releasing anything
"""


def test_a_lock_held_by_workers_of_a_dead_run_is_explained_then_cleared(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Център за услуги на едно гише\n\nОбщина Тестово отвори център "
                               "за услуги на едно гише.\n", encoding="utf-8")
    index_dir = tmp_path / "ix"
    holder = subprocess.run([sys.executable, "-c", HOLD_LOCK_IN_ORPHAN, str(index_dir), "4"],
                            capture_output=True, text=True, timeout=30, cwd=REPO, env=praktiki_env())
    dead_pid = holder.stdout.strip()
    assert dead_pid.isdigit(), holder.stderr
    refused = run_praktiki("index", str(src), "--index", str(index_dir))
    assert refused.returncode != 0
    assert f"index run {dead_pid} has ended but its worker processes still hold the lock" in refused.stderr, \
        refused.stderr
    waited = run_praktiki("index", str(src), "--index", str(index_dir), "--wait", "30")
    assert waited.returncode == 0, waited.stderr[-2000:]
    assert f"cleared a stale index lock left by dead process {dead_pid}" in waited.stderr
    assert search_answers(index_dir)[0]["total"] == 1
