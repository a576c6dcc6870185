"""A full rebuild written by several processes, each reading, extracting and writing a segment of its own.

With one writer process fed by extraction workers, the writer (analysis, Whoosh's posting
pool, block encoding: about half a rebuild's CPU) kept one core busy while the workers
shared the other, so a 2-core rebuild used ~1.6 cores (BENCHMARKS.md, issue 7). Here each
of ``processes`` forked children takes files in small chunks (by count and size) from a
shared counter, so they finish together whatever the files cost, reads and extracts
them, and adds the practices to its own ``SegmentWriter``; at the end it finishes its
segment (postings, stored fields, spelling side file) the way Whoosh's ``MpWriter``
does with ``multisegment=True``. This process only keeps the account and commits one
TOC listing the children's segments: no document crosses a process boundary, nothing
is merged (the service reads several segments; the next merge of an incremental run
joins them).

The account is kept here, in walk order, as if one process had read every file
(:class:`indexer.pipeline._Ledger`): summary, failures, report rows and file signatures
come out as they do sequentially. Only the first file in walk order may give an id, so a
child holds a file's practices until this process, having accounted every earlier file
(whichever child read it), answers which of them to add. Children take files in walk
order, so the answer is at most a few chunks behind; a child that gets too far ahead
waits for it (it cannot wait for ever: the earliest file any child waits for has had
every earlier file read).

A child that fails sends its exception (an ``OSError`` such as a full disk keeps its
errno for the caller's message) and this process raises it; on any failure here the
children are killed and the writer cancelled, so no TOC names a half-written segment and
the caller removes the unpublished generation. Children die with this process
(``PR_SET_PDEATHSIG``), since they share the index lock's open file.
"""
from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import signal
import sys
from collections import deque
from multiprocessing.connection import wait

from tqdm import tqdm
from whoosh.writing import SegmentWriter

from indexer import whoosh_patches
from indexer.documents import whoosh_fields
from indexer.sources import SourceFailure

# A child takes files from the shared counter a chunk at a time: at most CHUNK files and,
# past the first, at most CHUNK_BYTES (a 300 KB batch of 50 JSON records is a chunk of its
# own, so the children's last chunks end together).
CHUNK = 8
CHUNK_BYTES = 48 * 1024
# A child that holds more practices than this waiting for their verdict stops reading.
MAX_WAITING = 400
# A child's first collector threshold (allocations between young collections; Python's is 700).
_YOUNG_COLLECTION = 20_000


class ChildFailed(RuntimeError):
    """A rebuild process ended without finishing its segment."""


def rebuild(ix, entries: list, ledger, *, processes: int, max_bytes: int, show: bool,
            writer_kwargs: dict, extract, notes) -> bool:
    """Write ``entries`` (``iter_files`` output) into the new index ``ix`` with ``processes``
    children; account them in ``ledger``. True when a generation was committed.

    ``extract((root, path, max_bytes))`` gives ``(source, practices, error, signature)``
    (``pipeline._read_and_extract``); ``notes(practices)`` what the ledger needs of them.
    """
    jobs = [(index, e[0], e[1]) for index, e in enumerate(entries) if not isinstance(e, SourceFailure)]
    chunks = _chunks([path for _, _, path in jobs])
    writer = ix.writer(**writer_kwargs)   # holds Whoosh's lock; commits the TOC only
    context = multiprocessing.get_context("fork")
    counter = context.Value("q", 0)
    children: list = []
    conns: list = []
    try:
        for number in range(processes):
            mine, theirs = context.Pipe()
            child = context.Process(target=_child, daemon=True, name=f"praktiki-rebuild-{number}",
                                    args=(number, os.getpid(), jobs, chunks, counter, theirs, list(conns),
                                          ix, writer_kwargs, max_bytes, extract, notes))
            child.start()
            theirs.close()
            children.append(child)
            conns.append(mine)
        segments = _account(entries, ledger, children, conns, show)
        for child in children:
            child.join()
        if ledger.changed:
            writer._close_segment()
            writer._commit_toc([s for s in segments if s is not None])
            writer._finish()
        else:
            writer.cancel()
        return ledger.changed
    except BaseException:
        for child in children:
            if child.is_alive():
                child.kill()
        for child in children:
            child.join()
        writer.cancel()
        raise
    finally:
        for conn in conns:
            conn.close()


def _account(entries, ledger, children, conns, show: bool) -> list:
    """Account the entries in walk order as the children's results come in, answer each
    child which practices of a file to add; the children's segments (None: no documents)."""
    results: dict[int, tuple] = {}
    segments: list = [None] * len(children)
    running = dict(zip(conns, range(len(conns))))
    position = 0
    with tqdm(total=len(entries), desc="indexing", unit="file", disable=not show) as bar:
        while True:
            done = position
            answers: list[list] = [[] for _ in conns]
            while position < len(entries):
                entry = entries[position]
                if isinstance(entry, SourceFailure):
                    ledger.entry(entry, None, None, None, None)
                else:
                    result = results.pop(position, None)
                    if result is None:
                        break
                    number, source, noted, error, signature = result
                    accepted = ledger.entry(entry, source, noted, error, signature)
                    if noted:   # the child holds the file's practices until it has the answer
                        answers[number].append(accepted[1])
                position += 1
            for number, answer in enumerate(answers):
                if answer:
                    try:
                        conns[number].send(answer)
                    except OSError:   # the child is gone (BrokenPipeError, ECONNRESET)
                        raise _ended(children[number], number) from None
            if position > done:
                bar.update(position - done)
            if not running:
                break
            for conn in wait(list(running)):
                number = running[conn]
                try:
                    message = conn.recv()
                except (EOFError, OSError):   # ECONNRESET when it died with answers unread
                    raise _ended(children[number], number) from None
                kind = message[0]
                if kind == "files":
                    for index, *result in message[1]:
                        results[index] = (number, *result)
                elif kind == "segment":
                    segments[number] = message[1]
                    del running[conn]
                else:
                    raise message[1]
    if position < len(entries):   # every child finished, yet a file was never answered for
        raise ChildFailed(f"no result for {entries[position]}")
    return segments


def _chunks(paths: list) -> list[tuple[int, int]]:
    """``(start, end)`` ranges of ``paths`` (in order) of at most CHUNK files and, past the
    first file, at most CHUNK_BYTES."""
    chunks = []
    start = size = 0
    for i, path in enumerate(paths):
        try:
            length = os.stat(path).st_size
        except OSError:
            length = 0
        if i > start and (i - start >= CHUNK or size + length > CHUNK_BYTES):
            chunks.append((start, i))
            start, size = i, 0
        size += length
    if start < len(paths):
        chunks.append((start, len(paths)))
    return chunks


def _ended(child, number: int) -> ChildFailed:
    child.join(5)
    return ChildFailed(f"rebuild process {number} ended unexpectedly (exit code {child.exitcode})")


def _child(number, parent, jobs, chunks, counter, conn, others, ix, writer_kwargs, max_bytes,
           extract, notes) -> None:
    for other in others:   # the parent's ends of earlier children's pipes
        other.close()
    _die_with_parent(parent)
    # What the child inherited (analyzers, gazetteers, the file list) lives as long as it
    # does: out of the collector's full passes, which also walk the growing posting pool.
    gc.freeze()
    # The posting pool grows to millions of objects that live until the segment is written;
    # with the default 700 allocations a young collection, ~3 % of a 20k rebuild's CPU went
    # to the collector walking them (gc callbacks). Fewer young collections promote fewer
    # short-lived objects, so full passes over the pool come less often; the page's cyclic
    # garbage (~9 objects a practice) is still collected.
    gc.set_threshold(_YOUNG_COLLECTION, 10, 10)
    try:
        _write_segment(jobs, chunks, counter, conn, ix, writer_kwargs, max_bytes, extract, notes)
    except BaseException as exc:
        try:
            conn.send(("error", exc))
        except Exception:   # e.g. an exception that does not pickle
            try:
                conn.send(("error", ChildFailed(f"rebuild process {number}: {exc!r}")))
            except Exception:
                pass
        sys.stderr.flush()
        os._exit(1)


def _write_segment(jobs, chunks, counter, conn, ix, writer_kwargs, max_bytes, extract, notes) -> None:
    writer = whoosh_patches.fast_writer(SegmentWriter(ix, _lk=False, **writer_kwargs))
    waiting: deque = deque()   # (practices, path_key, source_key) of files read, not yet answered
    held = 0

    def add_answered() -> int:
        """Add the practices of the files in the next answer (a list per file); how many were held."""
        added = 0
        for keep in conn.recv():
            practices, path_key, source_key = waiting.popleft()
            for practice, kept in zip(practices, keep):
                if kept:
                    writer.add_document(**whoosh_fields(practice, path_key, source_key))
            added += len(practices)
        return added

    while True:
        with counter.get_lock():
            taken = counter.value
            counter.value = taken + 1
        if taken >= len(chunks):
            break
        start, end = chunks[taken]
        results = []
        for index, root, path in jobs[start:end]:
            source, practices, error, signature = extract((root, path, max_bytes))
            if isinstance(source, SourceFailure):
                results.append((index, source, None, None, None))
                continue
            source.path_key = path_key = str(source.path.resolve())
            results.append((index, source, notes(practices), error, signature))
            if practices:
                waiting.append((practices, path_key, f"{path_key}|{source.content_hash}"))
                held += len(practices)
        conn.send(("files", results))
        while waiting and conn.poll():
            held -= add_answered()
        while held > MAX_WAITING:
            held -= add_answered()
    while waiting:
        add_answered()
    if writer._added:
        # Finishing the segment makes no reference cycles worth collecting, only millions
        # of small objects for the collector to walk (~13 % of the time it takes).
        gc.disable()
        try:
            segment = writer._finalize_segment()   # with its spelling side file (whoosh_patches)
        finally:
            gc.enable()
    else:
        writer._close_segment()
        segment = None
    # No _finish(): the temporary folder is shared; the parent's writer removes it.
    conn.send(("segment", segment))


def _die_with_parent(parent: int) -> None:
    """Ask Linux to kill this process when its parent dies (a killed index run must not
    leave children holding the lock's file); elsewhere the closed pipe ends them."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)   # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:   # the parent died before prctl took effect
        os._exit(1)
