"""Index generations on disk and their atomic publication.

Layout of an index folder::

    var/index/
      CURRENT            name of the published generation (replaced atomically)
      gen-20261122T030501-1234/   a complete Whoosh index
      gen-.../           older generations, kept up to KEEP_GENERATIONS
      .lock              held (flock) by the one running index job; holds its pid

A run never writes into the published generation: it builds (or copies and updates) a new
folder, fsyncs it, then replaces ``CURRENT`` with ``os.replace``. A reader therefore sees
either the old or the new generation, never a half-written one, and a run killed at any
moment leaves the published index as it was. Leftover unpublished folders of dead runs are
removed by the next run.
"""
from __future__ import annotations

import errno
import fcntl
import logging
import os
import shutil
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

log = logging.getLogger("praktiki.index")

CURRENT = "CURRENT"
LOCK = ".lock"
PREFIX = "gen-"
TRASH = ".deleting-"


class IndexBusyError(RuntimeError):
    """Another index run holds the lock."""


class NoIndexError(FileNotFoundError):
    """No generation has been published in the index folder yet."""


def current_generation(index_dir: Path | str) -> str | None:
    """Name of the published generation, or None when nothing is published."""
    try:
        name = (Path(index_dir) / CURRENT).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return name if name.startswith(PREFIX) and (Path(index_dir) / name).is_dir() else None


def current_path(index_dir: Path | str) -> Path:
    name = current_generation(index_dir)
    if name is None:
        raise NoIndexError(f"no index is published in {index_dir}: run `praktiki index PATH` first")
    return Path(index_dir) / name


def new_generation_path(index_dir: Path | str) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f")
    path = Path(index_dir) / f"{PREFIX}{stamp}-{os.getpid()}"
    path.mkdir(parents=True)
    return path


def copy_generation(source: Path, index_dir: Path | str, linked: set[str] | None = None) -> Path:
    """A private copy of a published generation, for an incremental run to update.

    Whoosh never rewrites a file it has written: a commit adds new segment files and a
    new table of contents, and drops old ones by unlinking them. So the copy hard-links
    every file (a 137 MB generation "copies" in milliseconds and no extra space) and
    only falls back to copying across file systems; unlinking in the copy leaves the
    published generation's links intact. The names of the hard-linked files are added
    to ``linked``: they were fsynced when their generation was published.
    """
    target = new_generation_path(index_dir)
    try:
        # File by file rather than shutil.copytree: copytree gathers errors into one
        # shutil.Error without an errno, and a full disk must be recognised as such.
        # A Whoosh index folder is flat.
        for child in sorted(source.iterdir()):
            if child.is_file():
                try:
                    os.link(child, target / child.name)
                    if linked is not None:
                        linked.add(child.name)
                except OSError as exc:
                    if exc.errno not in (errno.EXDEV, errno.EPERM, errno.EMLINK, errno.ENOTSUP):
                        raise
                    shutil.copy2(child, target / child.name)
    except BaseException:
        # A half-copied generation (disk full, killed) must not be left for a reader to find.
        shutil.rmtree(target, ignore_errors=True)
        raise
    return target


def _fsync_tree(path: Path, synced: set[str] | frozenset[str] = frozenset()) -> None:
    for child in path.iterdir():
        # A hard link still shared with the published generation is a file it fsynced.
        if child.name in synced and child.stat().st_nlink > 1:
            continue
        if child.is_file():
            with open(child, "rb") as fh:
                os.fsync(fh.fileno())
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def publish(index_dir: Path | str, generation: Path, keep: int = 3,
            synced: set[str] | frozenset[str] = frozenset()) -> None:
    """Make ``generation`` the published one atomically, then prune old generations.

    ``synced`` names files already on disk (hard links to a published generation's
    files, which Whoosh never rewrites): they are not fsynced again.
    """
    index_dir = Path(index_dir)
    _fsync_tree(generation, synced)
    tmp = index_dir / f".{CURRENT}.{os.getpid()}.tmp"
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(generation.name + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, index_dir / CURRENT)
    except BaseException:
        tmp.unlink(missing_ok=True)   # e.g. disk full while writing the pointer
        raise
    dir_fd = os.open(index_dir, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
    log.info("published generation %s", generation.name)
    prune(index_dir, keep)


def prune(index_dir: Path | str, keep: int) -> list[str]:
    """Remove generations beyond the newest ``keep`` (never the published one).

    Only called while holding the lock, so unpublished folders are leftovers of dead runs.
    """
    index_dir = Path(index_dir)
    published = current_generation(index_dir)
    gens = sorted((p for p in index_dir.iterdir() if p.is_dir() and p.name.startswith(PREFIX)),
                  key=lambda p: p.name, reverse=True)
    # Generation names sort by creation time. Older ones were published before (kept as
    # a fallback); newer unpublished ones can only be leftovers of killed runs.
    older = [g.name for g in gens if published and g.name < published]
    keep_names = {published, *older[:max(keep - 1, 0)]}
    removed = []
    for gen in gens:
        if gen.name not in keep_names:
            # Renamed first (atomic), then deleted: a run killed half-way through the
            # deletion leaves a `.deleting-*` folder, never a gen-* that looks complete
            # enough to roll back to.
            trash = index_dir / f"{TRASH}{gen.name}"
            try:
                os.rename(gen, trash)
            except OSError:
                trash = gen
            shutil.rmtree(trash, ignore_errors=True)
            removed.append(gen.name)
    for leftover in index_dir.glob(f"{TRASH}*"):   # deletions a killed run left unfinished
        shutil.rmtree(leftover, ignore_errors=True)
    if removed:
        log.info("removed old or unfinished generations: %s", ", ".join(removed))
    return removed


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextmanager
def index_lock(index_dir: Path | str, wait: float = 0.0) -> Iterator[None]:
    """Hold the index folder's write lock for one run.

    flock is released by the kernel when its holder dies, so a SIGKILLed run never blocks
    the next one; the pid written in the file only tells whose lock was found stale.
    ``wait`` seconds are spent retrying before :class:`IndexBusyError`.
    """
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    path = index_dir / LOCK
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + wait
    held = False
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                held = True
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "?"
                    if holder.isdigit() and not _pid_alive(int(holder)):
                        # Forked extraction workers share the lock's open file: after
                        # their run was killed they hold it until they notice and exit.
                        raise IndexBusyError(
                            f"index run {holder} has ended but its worker processes still hold the "
                            f"lock of {index_dir}; they exit on their own: retry in a few seconds "
                            f"or use --wait SECONDS") from None
                    raise IndexBusyError(
                        f"another index run (pid {holder}) is writing {index_dir}; "
                        f"wait for it to finish or use --wait SECONDS") from None
                time.sleep(0.2)
        previous = os.pread(fd, 32, 0).decode(errors="replace").strip()
        if previous.isdigit() and int(previous) != os.getpid() and not _pid_alive(int(previous)):
            log.warning("cleared a stale index lock left by dead process %s", previous)
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        # Only the holder clears the pid: a run that gave up must leave the holder's pid
        # in place, or the next waiting run could not name who is writing.
        if held:
            try:
                os.ftruncate(fd, 0)
            except OSError:
                pass
        os.close(fd)
