"""Find and read source files: folders walked for .txt/.html/.json/.jsonl/.csv/.tsv, bytes decoded.

A ``.csv`` or ``.tsv`` file (a registry export) is read as text: the page parser reads its
header row and its rows as records, one practice per row (:mod:`indexer.text_tables`).

Every problem becomes a :class:`SourceFailure` naming the file (and the line for JSONL)
and the reason; nothing here raises for a bad file, so one bad file never stops a run and
a file that could not be read completely never reaches the index.
"""
from __future__ import annotations

import hashlib
import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from indexer.decoding import DecodeError, decode_bytes
from indexer.record_fields import export_records, find_title, title_keys

EXTENSIONS = {".txt": "text", ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl",
              ".csv": "text", ".tsv": "text"}


@dataclass
class SourceFailure:
    path: str
    reason: str


@dataclass
class SourceFile:
    """One readable file: its decoded text, or the JSON records it holds."""
    path: Path
    doc_id: str                    # path relative to the indexed folder, without extension
    kind: str                      # text | html | json | jsonl
    content_hash: str
    text: str = ""
    records: list[dict] = field(default_factory=list)
    failures: list[SourceFailure] = field(default_factory=list)   # bad JSONL lines
    path_key: str = ""             # str(path.resolve()) when already known (unchanged files)


def iter_files(paths: list[Path]) -> Iterator[tuple[Path, Path] | SourceFailure]:
    """Yield (root, file) for every indexable file under ``paths``, in a stable order.

    Symlinks are followed, but a folder already seen (by its real path) is skipped, so a
    symlink loop ends instead of recursing for ever; it is reported as a failure.
    """
    for root in paths:
        root = Path(root)
        if root.is_file():
            if root.suffix.lower() in EXTENSIONS:
                yield root.parent, root
            else:
                yield SourceFailure(str(root), f"unsupported file type {root.suffix or '(none)'}")
            continue
        if not root.exists():
            yield SourceFailure(str(root), "no such file or folder")
            continue
        seen: set[str] = set()
        unlisted: list[OSError] = []   # folders os.walk could not list (e.g. no permission)
        for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=unlisted.append):
            yield from _unlisted_failures(unlisted)
            real = os.path.realpath(dirpath)
            if real in seen:
                dirnames[:] = []
                yield SourceFailure(dirpath, "symlink loop: folder already visited")
                continue
            seen.add(real)
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            folder = Path(dirpath)
            for name in sorted(filenames):
                # The name is checked before a Path is made: an incremental run walks every
                # file and skips almost all of them, so the walk is much of its time.
                if name.startswith(".") or os.path.splitext(name)[1].lower() not in EXTENSIONS:
                    continue
                yield root, folder / name
        yield from _unlisted_failures(unlisted)


def _unlisted_failures(errors: list[OSError]) -> Iterator[SourceFailure]:
    while errors:
        exc = errors.pop(0)
        yield SourceFailure(str(exc.filename), f"cannot list folder: {exc.strerror or exc}")


def doc_id_for(root: Path, path: Path) -> str:
    rel = path.relative_to(root) if path.is_relative_to(root) else Path(path.name)
    return rel.with_suffix("").as_posix()


def _too_large(path: Path, size: int, max_bytes: int) -> SourceFailure:
    return SourceFailure(str(path), f"file too large: {size / 2**20:.1f} MiB > limit "
                                    f"{max_bytes / 2**20:.0f} MiB (PRAKTIKI_MAX_FILE_MB)")


def read_source(root: Path, path: Path, max_bytes: int) -> SourceFile | SourceFailure:
    """Read and decode one file; JSON files are parsed into records."""
    try:
        # O_NONBLOCK: opening a named pipe must not wait for a writer (it would hang the run);
        # the checks below are then made on what was opened, not on a path that may change.
        with os.fdopen(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb") as fh:
            info = os.fstat(fh.fileno())
            if not stat.S_ISREG(info.st_mode):
                return SourceFailure(str(path), "not a regular file (a named pipe, socket or device)")
            if info.st_size > max_bytes:
                return _too_large(path, info.st_size, max_bytes)
            data = fh.read(max_bytes + 1)
        if len(data) > max_bytes:   # the file grew after the size check
            return _too_large(path, len(data), max_bytes)
    except PermissionError:
        return SourceFailure(str(path), "permission denied")
    except OSError as exc:
        return SourceFailure(str(path), f"cannot read: {exc.strerror or exc}")
    kind = EXTENSIONS[path.suffix.lower()]
    try:
        text = decode_bytes(data, name=str(path))
    except DecodeError as exc:
        return SourceFailure(str(path), str(exc))
    source = SourceFile(path=path, doc_id=doc_id_for(root, path), kind=kind,
                        content_hash=hashlib.sha1(data).hexdigest())
    if kind in ("text", "html"):
        source.text = text
        return source
    if kind == "json":
        try:
            data_obj = json.loads(text)
        except json.JSONDecodeError as exc:
            return SourceFailure(str(path), f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}")
        items = export_records(data_obj)
        for n, item in enumerate(items, 1):
            problem = record_problem(item)
            if problem:
                source.failures.append(SourceFailure(f"{path}#{n}", problem))
            else:
                source.records.append(item)
        if not source.records and not source.failures:
            return SourceFailure(str(path), "JSON file holds no records")
        return source
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            source.failures.append(SourceFailure(f"{path}:{lineno}", f"line {lineno}: invalid JSON: {exc.msg}"))
            continue
        problem = record_problem(item)
        if problem:
            source.failures.append(SourceFailure(f"{path}:{lineno}", f"line {lineno}: {problem}"))
        else:
            source.records.append(item)
    return source


def record_problem(item: object) -> str | None:
    """Why a JSON record cannot be indexed, or None when it can.

    A record needs an ``id`` and a title (``title`` or a key that names one, such as
    ``project_name``); its text may be a ``text`` field or the record's other fields.
    """
    if not isinstance(item, dict):
        return "a record must be a JSON object"
    if not isinstance(item.get("id"), str) or not item["id"].strip():
        return "record has no 'id' string"
    if len(item["id"]) > 300 or "\x00" in item["id"]:
        return "record id is longer than 300 characters or holds NUL"
    if find_title(item) is None:
        return ("record has no 'title' string (nor any of "
                + ", ".join(repr(k) for k in title_keys() if k != "title") + ")")
    return None
