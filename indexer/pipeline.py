"""One index run: files -> Practice records -> a new Whoosh generation, published atomically.

``index_paths`` is the function behind ``praktiki index``; tests, benchmarks and the demo
call it directly. Incremental by default: a file whose path and content are already
indexed is skipped; a changed file replaces what it gave before; a file removed from an
indexed folder takes its practices with it. ``rebuild=True`` builds from nothing.
"""
from __future__ import annotations

import errno
import gc
import hashlib
import json
import logging
import multiprocessing
import os
import shutil
import stat
import sys
import time
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from tqdm import tqdm
from whoosh import index as whoosh_index

from config.settings import load_settings
from indexer import partitioned, store, whoosh_patches
from indexer.documents import whoosh_fields
from indexer.practice import FACT_FIELDS, Practice
from indexer.records import practices_from_source
from indexer.schema import build_schema
from indexer.sources import (EXTENSIONS, SourceFailure, SourceFile, doc_id_for, iter_files,
                             read_source)

log = logging.getLogger("praktiki.index")
whoosh_patches.install()

# A rebuild of at least this many files reads and extracts them in worker processes.
PARALLEL_MIN_FILES = 64
MAX_EXTRACTION_WORKERS = 4


class IndexWriteError(RuntimeError):
    """Writing the new generation failed (disk full, permissions); the old one is intact."""


@dataclass
class Summary:
    files_read: int = 0
    practices_indexed: int = 0
    unchanged: int = 0
    deleted: int = 0
    failed: list[SourceFailure] = field(default_factory=list)
    coverage: dict[str, int] = field(default_factory=lambda: {f: 0 for f in FACT_FIELDS})
    generation: str | None = None
    published: bool = False

    @property
    def ok(self) -> bool:
        return not self.failed

    def coverage_line(self) -> str:
        n = self.practices_indexed
        if not n:
            return "coverage: no practices indexed in this run"
        parts = [f"{name} {100 * count / n:.0f}%" for name, count in self.coverage.items()]
        return "coverage: " + " · ".join(parts)

    def text(self) -> str:
        lines = [f"files read: {self.files_read} · practices indexed: {self.practices_indexed} · "
                 f"unchanged files: {self.unchanged} · removed: {self.deleted} · failed: {len(self.failed)}",
                 self.coverage_line()]
        lines += [f"FAILED {f.path}: {f.reason}" for f in self.failed]
        if self.published:
            lines.append(f"published generation {self.generation}")
        elif self.generation is None:
            lines.append("nothing changed; the published index is as it was")
        return "\n".join(lines)

    def as_dict(self) -> dict:
        return {"files_read": self.files_read, "practices_indexed": self.practices_indexed,
                "unchanged": self.unchanged, "deleted": self.deleted,
                "failed": [{"path": f.path, "reason": f.reason} for f in self.failed],
                "coverage": self.coverage, "generation": self.generation, "published": self.published}


def _report_row(practice: Practice) -> dict:
    found = {name: getattr(practice, name) for name in FACT_FIELDS
             if getattr(practice, name) not in (None, [], "")}
    missing = [name for name in FACT_FIELDS if name not in found]
    return {"id": practice.id, "kind": practice.kind, "lang": practice.lang, "title": practice.title,
            "found": found, "missing": missing, "provenance": practice.provenance}


def index_paths(paths: list[str | Path], index_dir: str | Path, *, rebuild: bool = False,
                report: IO[str] | None = None, settings: dict | None = None,
                progress: bool | None = None, wait: float = 0.0) -> Summary:
    """Index ``paths`` into ``index_dir`` and publish a new generation when anything changed."""
    settings = load_settings(settings)
    index_dir = Path(index_dir)
    roots = [Path(p) for p in paths]
    summary = Summary()
    max_bytes = int(settings["MAX_FILE_MB"] * 2**20)
    with ExitStack() as stack:
        try:
            stack.enter_context(store.index_lock(index_dir, wait=wait))
        except OSError as exc:   # e.g. an index folder this user may not write
            raise IndexWriteError(f"cannot write the index in {index_dir}: {exc}; "
                                  f"the published index is unchanged") from exc
        store.prune(index_dir, settings["KEEP_GENERATIONS"])
        published = store.current_generation(index_dir)
        gen_path: Path | None = None
        try:
            # Creating or copying the generation is inside the try: a disk that fills up
            # while copying must give the same clear error and leave no half-copied folder.
            linked: set[str] = set()
            if rebuild or published is None:
                gen_path = store.new_generation_path(index_dir)
                ix = whoosh_index.create_in(str(gen_path), build_schema())
                incremental = False
                old_stats: dict = {}
            else:
                gen_path = store.copy_generation(index_dir / published, index_dir, linked=linked)
                ix = whoosh_index.open_dir(str(gen_path))
                incremental = True
                old_stats = {} if settings["INDEX_VERIFY"] else _load_file_stats(gen_path)
            file_stats = _FileStats(old_stats, roots)
            try:
                changed = _write(ix, roots, incremental, summary, report, max_bytes, settings, progress,
                                 file_stats)
            finally:
                ix.close()
            if changed:
                _save_file_stats(gen_path, file_stats.result())
                linked.discard(FILE_STATS)
                store.publish(index_dir, gen_path, keep=settings["KEEP_GENERATIONS"], synced=linked)
                summary.generation, summary.published = gen_path.name, True
            else:
                shutil.rmtree(gen_path, ignore_errors=True)
                learnt = file_stats.result()
                if published is not None and learnt != old_stats:
                    _refresh_published_stats(index_dir / published, learnt)
        except BaseException as exc:
            # Never remove a generation that did get published (a failure after the switch).
            if gen_path is not None and store.current_generation(index_dir) != gen_path.name:
                shutil.rmtree(gen_path, ignore_errors=True)
            if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise IndexWriteError(f"disk full while writing the new index generation in {index_dir}; "
                                      f"the published index is unchanged") from exc
            if isinstance(exc, OSError):
                raise IndexWriteError(f"cannot write the index in {index_dir}: {exc}; "
                                      f"the published index is unchanged") from exc
            if isinstance(exc, partitioned.ChildFailed):   # e.g. a rebuild process killed for memory
                raise IndexWriteError(f"{exc}; the published index is unchanged") from exc
            raise
    if report is not None:
        for failure in summary.failed:
            report.write(json.dumps({"path": failure.path, "error": failure.reason}, ensure_ascii=False) + "\n")
    return summary


def _write(ix, roots, incremental, summary, report, max_bytes, settings, progress,
           file_stats: "_FileStats") -> bool:
    reader = ix.reader() if incremental else None
    procs = 1 if incremental else max(1, settings["INDEX_PROCS"])
    ledger = _Ledger(summary, report, file_stats)
    entries = list(iter_files(roots))
    show = sys.stderr.isatty() if progress is None else progress
    workers = _extraction_workers(len(entries), settings["INDEX_WORKERS"]) if reader is None else 0
    if reader is None and procs == 1 and workers >= 2:
        # A rebuild on several cores: each process reads, extracts and writes a segment of
        # its own (indexer/partitioned.py); this one keeps the account in walk order.
        # The children fork from here: warmed up once here, the extractors are not imported
        # and their first-use regexes not compiled again in each child (~0.7 s of CPU each).
        _warm_up()
        return partitioned.rebuild(
            ix, entries, ledger, processes=workers, max_bytes=max_bytes, show=show,
            writer_kwargs={"limitmb": settings["INDEX_LIMITMB"], "compound": False},
            extract=_read_and_extract, notes=lambda practices: _notes(practices, report is not None))
    # compound=False: Whoosh reads a compound segment file through BytesIO, a private
    # copy of the whole segment in every worker (+185 MB per worker at 20k practices,
    # bench/run.py); separate files are read through the shared OS page cache instead.
    writer = whoosh_patches.fast_writer(
        ix.writer(procs=procs, limitmb=settings["INDEX_LIMITMB"], compound=False,
                  **({"multisegment": True} if procs > 1 else {})))
    try:
        known = None
        if reader is not None:
            # The unchanged check sits between reading and parsing, so incremental runs
            # (usually a few changed files) stay sequential.
            def known(source_key: str) -> bool:
                # doc_frequency counts deleted documents until a merge, so a file changed
                # and then changed back would look indexed: look for a live document.
                if reader.doc_frequency("source_key", source_key) == 0:
                    return False
                postings = reader.postings("source_key", source_key)
                return any(not reader.is_deleted(docnum) for docnum in postings.all_ids())
        extracted = _extracted(entries, max_bytes, known, workers, file_stats if reader is not None else None)
        for entry, source, practices, error, signature in tqdm(
                extracted, total=len(entries), desc="indexing", unit="file", disable=not show):
            notes = None if practices is None else _notes(practices, report is not None)
            accepted = ledger.entry(entry, source, notes, error, signature)
            if accepted is None:
                continue
            path_key, keep = accepted
            if reader is not None:
                writer.delete_by_term("source_path", path_key)
                for practice in practices:
                    writer.delete_by_term("id", practice.id)
            source_key = f"{path_key}|{source.content_hash}"
            for practice, kept in zip(practices, keep):
                if kept:
                    writer.add_document(**whoosh_fields(practice, path_key, source_key))
        changed = ledger.changed
        if reader is not None:
            changed |= _delete_vanished(reader, writer, roots, ledger.seen_paths, summary)
        if changed:
            writer.commit()
        else:
            writer.cancel()
    except BaseException:
        writer.cancel()
        raise
    finally:
        if reader is not None:
            reader.close()
    return changed


# (id, names of the facts found, report row as JSON or None): what the account of a run
# needs of a practice, small enough to travel between processes.
Note = tuple[str, tuple[str, ...], "str | None"]


def _notes(practices: list[Practice], report: bool) -> list[Note]:
    return [(p.id, tuple(name for name in FACT_FIELDS if getattr(p, name) not in (None, [], "")),
             json.dumps(_report_row(p), ensure_ascii=False) if report else None)
            for p in practices]


class _Ledger:
    """The account of a run, kept in walk order whichever process read the files: the
    summary, the report rows, the ids seen (the first file in walk order keeps an id, a
    later one is reported as a duplicate) and the signatures of the files indexed."""

    def __init__(self, summary: Summary, report: IO[str] | None, file_stats: "_FileStats"):
        self.summary = summary
        self.report = report
        self.file_stats = file_stats
        self.seen_paths: set[str] = set()
        self.seen_ids: dict[str, str] = {}
        self.changed = False

    def entry(self, entry, source, notes: list[Note] | None, error: str | None,
              signature) -> tuple[str, list[bool]] | None:
        """Account the next walked entry; ``notes`` is None for a file already indexed.

        Returns the file's path key and which of its practices to add (one flag per
        note), or None when there is nothing to write for it.
        """
        summary = self.summary
        if isinstance(entry, SourceFailure):
            summary.failed.append(entry)
            return None
        if isinstance(source, SourceFailure):
            summary.failed.append(source)
            return None
        summary.files_read += 1
        path_key = source.path_key or str(source.path.resolve())
        self.seen_paths.add(path_key)
        summary.failed.extend(source.failures)
        if notes is None:
            summary.unchanged += 1
            self.file_stats.record(entry[1], signature, path_key, source)
            return None
        if error is not None:
            summary.failed.append(SourceFailure(str(source.path), error))
        self.changed = True
        keep = []
        for practice_id, found, row in notes:
            if practice_id in self.seen_ids:
                summary.failed.append(SourceFailure(
                    str(source.path), f"duplicate id {practice_id!r} (also given by {self.seen_ids[practice_id]}); skipped"))
                keep.append(False)
                continue
            keep.append(True)
            self.seen_ids[practice_id] = str(source.path)
            summary.practices_indexed += 1
            for name in found:
                summary.coverage[name] += 1
            if self.report is not None:
                self.report.write(row + "\n")
        # Only a file whose source_key is now live in the index may be skipped by its
        # stat next time; a file that gave nothing is read again (and its problem reported).
        if any(keep) and error is None:
            self.file_stats.record(entry[1], signature, path_key, source)
        return path_key, keep


def _practices(source: SourceFile) -> tuple[list[Practice], str | None]:
    """The practices of a read file, or none and the reason when parsing failed."""
    try:
        return practices_from_source(source), None
    except Exception as exc:  # an extractor bug must not stop the run: name the file instead
        log.exception("could not build practices from %s", source.path)
        return [], f"internal error while parsing: {exc!r}"


def _read_and_extract(job: tuple[Path, Path, int]):
    """Worker side of a parallel rebuild: read, decode, parse and extract one file.

    The decoded text is dropped before the result travels back to the writer process:
    the writer needs only the practices, the hash and the failures.
    """
    root, path, max_bytes = job
    signature = _signature(path)
    source = read_source(root, path, max_bytes)
    if isinstance(source, SourceFailure):
        return source, None, None, None
    practices, error = _practices(source)
    source.text, source.records = "", []
    return source, practices, error, signature


def _extraction_workers(files: int, setting: int = 0) -> int:
    """Processes of a rebuild (0: everything in this process).

    ``setting`` is PRAKTIKI_INDEX_WORKERS: 0 picks the CPU count (at most
    MAX_EXTRACTION_WORKERS), a positive number is used as given.

    From 2 on, each process reads, extracts and writes a segment of its own
    (:mod:`indexer.partitioned`): extraction and the Whoosh writer are each about half a
    rebuild, and one writer process fed by extraction workers left a core idle half the
    time. With 1, one worker reads and extracts while this process writes. Small runs
    are not worth starting processes for.
    """
    if files < PARALLEL_MIN_FILES or setting < 0:
        return 0
    if setting > 0:
        return setting
    return max(0, min(os.cpu_count() or 1, MAX_EXTRACTION_WORKERS))


def _unchanged_text_file(root: Path, path: Path, max_bytes: int, known) -> SourceFile | None:
    """An already indexed .txt/.html file, recognised from its bytes without decoding them.

    The content hash is of the raw bytes, and decoding a windows-1251 file (its
    plausibility check) was most of an incremental run at 20k practices: 27 of 41 s
    profiled. Text and HTML files carry no per-record failures to report again, so
    nothing but the hash is needed. Anything unusual (not a regular file, too large,
    unreadable) returns None and takes the normal path, which reports it.
    """
    if path.suffix.lower() not in (".txt", ".html", ".htm"):
        return None
    try:
        with os.fdopen(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb") as fh:
            info = os.fstat(fh.fileno())
            if not stat.S_ISREG(info.st_mode) or info.st_size > max_bytes:
                return None
            data = fh.read(max_bytes + 1)
    except OSError:
        return None
    digest = hashlib.sha1(data).hexdigest()
    if len(data) > max_bytes or not known(f"{path.resolve()}|{digest}"):
        return None
    return SourceFile(path=path, doc_id=doc_id_for(root, path), kind=EXTENSIONS[path.suffix.lower()],
                      content_hash=digest)


def _extracted(entries, max_bytes: int, known, workers: int, file_stats: "_FileStats | None" = None):
    """Yield ``(entry, source, practices, error, signature)`` per entry, in the order of ``entries``.

    ``practices`` is None for a file whose content is already indexed: its stat
    signature is the one recorded when it was indexed (``file_stats``, no read at all),
    or its bytes' hash is a live ``source_key`` (``known``). ``signature`` is the file's
    stat taken before it was read (None when it must not be trusted next time).
    """
    if workers <= 0:
        for entry in entries:
            if isinstance(entry, SourceFailure):
                yield entry, None, None, None, None
                continue
            signature = _signature(entry[1])
            if file_stats is not None and signature is not None:
                unchanged = file_stats.unchanged(entry[1], signature, max_bytes)
                if unchanged is not None:
                    yield entry, unchanged, None, None, signature
                    continue
            if known is not None:
                unchanged = _unchanged_text_file(entry[0], entry[1], max_bytes, known)
                if unchanged is not None:
                    yield entry, unchanged, None, None, signature
                    continue
            source = read_source(entry[0], entry[1], max_bytes)
            if isinstance(source, SourceFailure):
                yield entry, source, None, None, None
                continue
            if known is not None and known(f"{source.path.resolve()}|{source.content_hash}"):
                yield entry, source, None, None, signature
                continue
            practices, error = _practices(source)
            yield entry, source, practices, error, signature
        return
    jobs = [(e[0], e[1], max_bytes) for e in entries if not isinstance(e, SourceFailure)]
    _warm_up()
    # fork: workers inherit the loaded analyzers and gazetteers instead of importing them again.
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        results = pool.imap(_read_and_extract, jobs, chunksize=8)
        for entry in entries:
            if isinstance(entry, SourceFailure):
                yield entry, None, None, None, None
                continue
            source, practices, error, signature = next(results)
            yield entry, source, practices, error, signature


_WARM_UP_PAGES = (
    ("Заглавие\nОбщина Тутракан подаде проектно предложение по ПРСР на стойност 100 000 лв. през 2020 г. "
     "с партньор от Румъния.", "bg"),
    ("Title\nTutrakan Municipality applied in 2020 for EUR 10,000 with a partner from Romania.", "en"),
)


def _warm_up() -> None:
    """Import the extractors and run them once before the workers fork: their modules and the
    regexes they compile on first use (~0.7 s of CPU) are then inherited by every worker instead
    of being built again in each."""
    from indexer.extract import extract_all
    for text, lang in _WARM_UP_PAGES:
        extract_all(text, lang, title=text.split("\n", 1)[0])
    # What is loaded now lives as long as the run: the workers' collector need not walk it again
    # and again (and walking it would copy the parent's pages into every worker).
    gc.freeze()


# --- Recognising unchanged files by their stat -------------------------------------------

FILE_STATS = "praktiki-files.json"
FILE_STATS_VERSION = 1
# A file modified this recently may be modified again within the same timestamp tick
# without its mtime changing: its signature is not recorded, so it is hashed next time.
RECENT_SECONDS = 2.0


def _signature(path: Path) -> tuple | None:
    """(size, mtime_ns, ctime_ns, inode, device) of a regular file, None otherwise.

    Taken before the file is read: a change during the read gives a newer stat next time.
    ctime cannot be set back by a program (``touch -d`` and ``os.utime`` change it), so
    an edit that restores size and mtime is still seen. What is not seen: an edit that
    keeps size, mtime, ctime and inode (a clock set back, a file system without ctime);
    ``PRAKTIKI_INDEX_VERIFY=1`` hashes every file instead.
    """
    try:
        info = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev)


class _FileStats:
    """Signatures of the files a generation indexed: walked path -> what is needed to skip it.

    Stored in the generation as ``praktiki-files.json``: ``{"version": 1, "files":
    {path: [size, mtime_ns, ctime_ns, inode, device, path_key, content_hash, failures]}}``
    where ``failures`` are the file's per-record problems (JSONL lines), reported again
    at every run as if the file had been read.
    """

    def __init__(self, old: dict, roots: list[Path]):
        self.old = old
        self.new: dict[str, list] = {}
        self.roots = [str(r) for r in roots]
        self.started = time.time()

    def unchanged(self, path: Path, signature: tuple, max_bytes: int) -> SourceFile | None:
        row = self.old.get(str(path))
        if row is None or tuple(row[:5]) != signature or signature[0] > max_bytes:
            return None
        return SourceFile(path=path, doc_id="", kind=EXTENSIONS[path.suffix.lower()], content_hash=row[6],
                          failures=[SourceFailure(p, r) for p, r in row[7]], path_key=row[5])

    def record(self, path: Path, signature: tuple | None, path_key: str, source: SourceFile) -> None:
        if signature is None:
            return
        recent = max(signature[1], signature[2]) / 1e9 > self.started - RECENT_SECONDS
        if recent:
            return
        self.new[str(path)] = [*signature, path_key, source.content_hash,
                               [[f.path, f.reason] for f in source.failures]]

    def result(self) -> dict:
        """This run's signatures, plus those of files under roots this run did not walk."""
        out = {}
        for key, row in self.old.items():
            if key not in self.new and not any(key == r or key.startswith(r.rstrip("/") + "/")
                                               for r in self.roots):
                out[key] = row
        out.update(self.new)
        return out


def _load_file_stats(gen_path: Path) -> dict:
    try:
        data = json.loads((gen_path / FILE_STATS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("version") != FILE_STATS_VERSION:
        return {}
    files = data.get("files")
    return files if isinstance(files, dict) else {}


def _save_file_stats(gen_path: Path, files: dict) -> None:
    """Write the signatures into ``gen_path`` as a new file (never into a hard-linked one)."""
    tmp = gen_path / f".{FILE_STATS}.{os.getpid()}.tmp"
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            # dumps, not dump: json.dump streams through the pure-Python encoder (0.36 s at 20k).
            fh.write(json.dumps({"version": FILE_STATS_VERSION, "files": files}, ensure_ascii=False,
                                separators=(",", ":")))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, gen_path / FILE_STATS)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _refresh_published_stats(gen_path: Path, files: dict) -> None:
    """After a run that changed nothing, keep what it learnt (e.g. the first run after an upgrade).

    The one file of a published generation an index run may replace: the search service
    never reads it, and it is replaced atomically under the index lock. Best effort.
    """
    try:
        _save_file_stats(gen_path, files)
    except OSError as exc:
        log.warning("could not record file signatures in %s: %s", gen_path, exc)


def _delete_vanished(reader, writer, roots, seen_paths, summary) -> bool:
    """Delete practices of files that were under an indexed root but are gone now.

    A file that still exists but could not be read this time (permissions, a bad edit
    caught mid-save) keeps its last good version in the index; its failure is reported."""
    root_keys = [str(r.resolve()) for r in roots]
    changed = False
    for term in reader.lexicon("source_path"):
        path = term.decode("utf-8") if isinstance(term, bytes) else term
        if path in seen_paths or os.path.lexists(path):
            continue
        if any(path == r or path.startswith(r.rstrip("/") + "/") for r in root_keys):
            # The lexicon still lists paths whose documents were deleted by an earlier run
            # (until a merge): only a deletion that happens now is a change to publish.
            removed = writer.delete_by_term("source_path", path) or 0
            summary.deleted += removed
            changed |= removed > 0
    return changed
