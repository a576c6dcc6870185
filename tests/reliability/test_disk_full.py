"""Disk full (or an index folder the indexer may not write): a clear error, the published
index intact, nothing left behind, and the next run completes once there is room again
(issue 8, part 1).

The index lives on a small tmpfs mounted for the test (root only; skipped with the reason
otherwise), filled up with a ballast file so the new generation cannot be written.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from indexer import store
from reliability_helpers import (PRAKTIKI, REPO, SAMPLES, as_unprivileged, generation_folders,  # noqa: F401
                                 praktiki_env, run_praktiki, search_answers, shared_tmp)

TMPFS_SIZE = "8m"


@pytest.fixture()
def small_disk(tmp_path) -> Path:
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root; run the suite as root (e.g. in the CI container)")
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={TMPFS_SIZE}", "tmpfs", str(mount_point)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (no CAP_SYS_ADMIN?): {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _fill(disk: Path, leave_bytes: int) -> Path:
    """Write a ballast file until only about ``leave_bytes`` stay free."""
    ballast = disk / "ballast"
    free = shutil.disk_usage(disk).free
    with open(ballast, "wb") as fh:
        fh.write(b"\0" * max(free - leave_bytes, 0))
    return ballast


def _leftovers(index_dir: Path, published: str) -> list[str]:
    return [p.name for p in index_dir.iterdir()
            if p.name not in (published, store.CURRENT, store.LOCK)]


def test_disk_full_gives_a_clear_error_and_keeps_the_published_index(small_disk, tmp_path):
    index_dir = small_disk / "ix"
    first = run_praktiki("index", str(SAMPLES), "--index", str(index_dir), "--rebuild")
    assert first.returncode == 0, first.stderr[-2000:]
    before = search_answers(index_dir)
    published = store.current_generation(index_dir)
    ballast = _fill(small_disk, leave_bytes=300_000)

    # A rebuild writes a whole new generation (~1.7 MB for the samples): it cannot fit.
    rebuild = run_praktiki("index", str(SAMPLES), "--index", str(index_dir), "--rebuild")
    assert rebuild.returncode != 0
    assert "disk full while writing the new index generation" in rebuild.stderr, rebuild.stderr[-2000:]
    assert "the published index is unchanged" in rebuild.stderr
    assert "Traceback" not in rebuild.stderr, "a full disk is an expected failure, not a crash"
    assert store.current_generation(index_dir) == published
    assert _leftovers(index_dir, published) == [], "the unfinished generation must be removed"
    assert search_answers(index_dir) == before

    # An incremental run copies the published generation first: the copy cannot fit either.
    changed = tmp_path / "changed"
    shutil.copytree(SAMPLES, changed)
    (changed / "flgr" / "gabrovo-one-stop-shop.txt").write_text(
        "Нова практика за тест\n\nОбщина Габрово въведе нова услуга.\n", encoding="utf-8")
    incremental = run_praktiki("index", str(changed), "--index", str(index_dir))
    assert incremental.returncode != 0
    assert "disk full" in incremental.stderr and "Traceback" not in incremental.stderr, incremental.stderr[-2000:]
    assert store.current_generation(index_dir) == published
    assert _leftovers(index_dir, published) == []
    assert search_answers(index_dir) == before

    # Room again: the next run completes and publishes.
    ballast.unlink()
    again = run_praktiki("index", str(SAMPLES), "--index", str(index_dir), "--rebuild")
    assert again.returncode == 0, again.stderr[-2000:]
    assert store.current_generation(index_dir) != published
    assert search_answers(index_dir) == before
    assert len(generation_folders(index_dir)) == 2


def test_an_index_folder_the_indexer_may_not_write_gives_a_clear_error(shared_tmp):
    index_dir = shared_tmp / "ix"
    assert run_praktiki("index", str(SAMPLES), "--index", str(index_dir)).returncode == 0
    before = search_answers(index_dir)
    published = store.current_generation(index_dir)
    index_dir.chmod(0o555)   # as root the run below drops to `nobody`, for whom this is read-only
    done = subprocess.run(as_unprivileged([str(PRAKTIKI), "index", str(SAMPLES), "--index", str(index_dir),
                                           "--rebuild"]),
                          capture_output=True, text=True, timeout=300, cwd=REPO, env=praktiki_env())
    assert done.returncode != 0
    assert f"cannot write the index in {index_dir}" in done.stderr, done.stderr[-2000:]
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    assert store.current_generation(index_dir) == published
    assert _leftovers(index_dir, published) == []
    assert search_answers(index_dir) == before
