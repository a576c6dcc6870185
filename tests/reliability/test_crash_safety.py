"""SIGKILL a real `praktiki index` at many moments: the published index answers exactly as
before, leftovers are cleaned up, and the next run completes and names the stale lock.

Issue 8, part 1. The runs are real subprocesses over a generated corpus of a few hundred
files, so a kill can land while walking, parsing, writing segments, copying a generation,
fsyncing or switching ``CURRENT``.
"""
from __future__ import annotations

import os
import random
import signal
import time

import pytest

from indexer import store
from reliability_helpers import (PROBE_SEARCHES, corpus, generation_folders, make_corpus, run_praktiki,  # noqa: F401
                                 search_answers, start_praktiki)

KILLS = 14


def _kill(proc) -> tuple[bool, str]:
    """SIGKILL the run (unless it already finished); (was it killed, its stderr)."""
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode in (0, -signal.SIGKILL), err[-2000:]
    _wait_for_orphans(proc.pid)
    return proc.returncode == -signal.SIGKILL, err


def _wait_for_orphans(session: int) -> None:
    """A rebuild's extraction workers (forked) share the lock's open file; once their parent
    is gone they must exit on their own, and only then is the lock free for the next run."""
    deadline = time.monotonic() + 10
    while True:
        try:
            os.killpg(session, 0)
        except ProcessLookupError:
            return
        assert time.monotonic() < deadline, "processes of a killed index run outlived it by 10 s"
        time.sleep(0.02)


def _args(mode: str) -> list[str]:
    return ["--rebuild"] if mode == "--rebuild" else []


def _lock_pid(index_dir) -> str:
    try:
        return (index_dir / store.LOCK).read_text().strip()
    except FileNotFoundError:
        return ""


def _assert_published_intact(index_dir, before, when: str) -> None:
    name = store.current_generation(index_dir)
    assert name is not None, f"nothing published after a kill {when}"
    assert search_answers(index_dir) == before, f"search answers changed after a kill {when}"


@pytest.mark.slow
def test_sigkill_at_any_moment_leaves_the_published_index_answering_as_before(tmp_path, corpus):
    index_dir = tmp_path / "ix"
    first = run_praktiki("index", str(corpus), "--index", str(index_dir), "--rebuild")
    assert first.returncode == 0, first.stderr[-2000:]
    before = search_answers(index_dir)
    assert before[-1]["total"] > 100, "the corpus must be big enough for kills to land mid-run"

    durations = {}
    for mode in ("--rebuild", "--incremental"):
        started = time.monotonic()
        timed = run_praktiki("index", str(corpus), "--index", str(index_dir), *_args(mode))
        durations[mode] = time.monotonic() - started
        assert timed.returncode == 0, timed.stderr[-2000:]
        assert search_answers(index_dir) == before, "a rerun over the same files answers the same"
    duration = durations["--rebuild"]

    # Kill moments spread over the whole run (start-up included), rebuilds and incremental
    # runs alternating: an incremental run copies the published generation first, then
    # finds every file unchanged, so it is quicker.
    rng = random.Random(8)
    modes = ["--rebuild" if n % 2 == 0 else "--incremental" for n in range(KILLS)]
    delays = [rng.uniform(0.05, durations[mode] * 0.95) for mode in modes]
    stale_cleared = killed = 0
    previous_holder = None
    for mode, delay in zip(modes, delays):
        proc = start_praktiki("index", str(corpus), "--index", str(index_dir), *_args(mode))
        time.sleep(delay)
        holder = _lock_pid(index_dir)
        was_killed, err = _kill(proc)
        killed += was_killed
        if previous_holder and f"cleared a stale index lock left by dead process {previous_holder}" in err:
            stale_cleared += 1
        _assert_published_intact(index_dir, before, f"after {delay:.2f} s ({mode})")
        # The kernel drops a dead holder's flock, but its pid stays in the file.
        previous_holder = _lock_pid(index_dir) or None
        assert previous_holder in (None, str(proc.pid), holder)
    # A machine busy with other work makes run times vary: some runs may finish first.
    assert killed >= KILLS // 3, f"only {killed} of {KILLS} runs were still running when killed"

    # A last kill that surely lands while the lock is held and the new generation is written.
    proc = start_praktiki("index", str(corpus), "--index", str(index_dir), "--rebuild")
    deadline = time.monotonic() + 60
    while _lock_pid(index_dir) != str(proc.pid):
        assert time.monotonic() < deadline and proc.poll() is None, "the run never took the lock"
        time.sleep(0.02)
    time.sleep(duration / 3)
    assert _kill(proc)[0], "the run finished before the kill"
    _assert_published_intact(index_dir, before, "while the lock was held")

    final = run_praktiki("index", str(corpus), "--index", str(index_dir), "--rebuild")
    assert final.returncode == 0, final.stderr[-2000:]
    assert f"cleared a stale index lock left by dead process {proc.pid}" in final.stderr
    assert search_answers(index_dir) == before
    published = store.current_generation(index_dir)
    gens = generation_folders(index_dir)
    # Unfinished generations of the killed runs are gone; at most KEEP_GENERATIONS remain,
    # and none is newer than the published one.
    assert published in gens and len(gens) <= 3 and max(gens) == published, gens
    assert not [p.name for p in index_dir.iterdir() if p.name.endswith(".tmp") or p.name.startswith(".deleting-")]
    assert _lock_pid(index_dir) == "", "a run that finished clears its pid from the lock file"
    print(f"run {duration:.1f} s; {killed + 1} runs killed; a killed run cleared a stale lock {stale_cleared}×")


NEW_WORD = "Зеленоградище"   # a made-up town name, absent from the samples
CHANGING_ID = "copy-000/flgr/gabrovo-one-stop-shop"


def _state(index_dir) -> dict:
    """What the index holds, independent of ranking: an incremental update leaves deleted
    documents in older segments until a merge, which shifts scores, so orders may differ."""
    from search_service.app import create_app
    client = create_app({"INDEX": str(index_dir)}).test_client()
    totals = [client.get("/api/v1/search", query_string=params).get_json()["total"] for params in PROBE_SEARCHES]
    word_hits = client.get("/api/v1/search", query_string={"q": NEW_WORD}).get_json()["hits"]
    record = client.get(f"/api/v1/practices/{CHANGING_ID}").get_json()
    return {"totals": totals, "word": sorted(h["id"] for h in word_hits), "body": record["body"]}


@pytest.mark.slow
def test_sigkill_during_incremental_updates_leaves_the_old_or_the_new_state_never_a_mixture(tmp_path):
    src = make_corpus(tmp_path / "src", copies=8)
    changing = src / f"{CHANGING_ID}.txt"
    original = changing.read_text(encoding="utf-8")
    with_word = original.replace("Габрово", NEW_WORD, 1)
    assert with_word != original
    index_dir = tmp_path / "ix"

    # The two states the index may be in: the file without the word, and with it.
    states = {}
    for name, text in (("with", with_word), ("without", original)):
        changing.write_text(text, encoding="utf-8")
        started = time.monotonic()
        done = run_praktiki("index", str(src), "--index", str(index_dir))
        assert done.returncode == 0, done.stderr[-2000:]
        states[name] = _state(index_dir)
    duration = time.monotonic() - started
    assert states["with"] != states["without"]

    rng = random.Random(9)
    published = "without"
    killed = 0
    for n in range(KILLS):
        target = "with" if published == "without" else "without"
        changing.write_text(with_word if target == "with" else original, encoding="utf-8")
        proc = start_praktiki("index", str(src), "--index", str(index_dir))
        time.sleep(rng.uniform(0.05, duration * 1.1))
        was_killed, _ = _kill(proc)
        killed += was_killed
        answers = _state(index_dir)
        assert answers in (states["with"], states["without"]), f"kill {n}: a mixture of two states"
        published = "with" if answers == states["with"] else "without"
    assert killed >= KILLS // 3, f"only {killed} of {KILLS} runs were still running when killed"

    final = run_praktiki("index", str(src), "--index", str(index_dir))
    assert final.returncode == 0, final.stderr[-2000:]
    expected = "with" if changing.read_text(encoding="utf-8") == with_word else "without"
    assert _state(index_dir) == states[expected]
    gens = generation_folders(index_dir)
    assert len(gens) <= 3 and max(gens) == store.current_generation(index_dir), gens


def test_a_deletion_cut_short_by_a_kill_is_finished_by_the_next_run(tmp_path):
    """prune() renames a generation to `.deleting-*` before deleting it, so a kill half-way
    leaves no gen-* folder with missing files; the next run removes what is left."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Център за услуги на едно гише\n\nОбщина Тестово отвори център.\n",
                               encoding="utf-8")
    index_dir = tmp_path / "ix"
    for _ in range(4):
        assert run_praktiki("index", str(src), "--index", str(index_dir), "--rebuild").returncode == 0
    assert len(generation_folders(index_dir)) == 3, "KEEP_GENERATIONS=3 by default"
    half_deleted = index_dir / ".deleting-gen-20000101T000000000000-1"
    half_deleted.mkdir()
    (half_deleted / "MAIN_1.seg").write_bytes(b"x")
    assert run_praktiki("index", str(src), "--index", str(index_dir)).returncode == 0
    assert not half_deleted.exists()
    assert len(generation_folders(index_dir)) == 3
