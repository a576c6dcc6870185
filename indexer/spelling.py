"""Spelling words per segment: a side file instead of Whoosh's ``spell_*`` postings.

The suggester, the fuzzy neighbours of a typo and "did you mean" need the unstemmed words
of the title and body fields and how many documents hold each. Whoosh's ``spelling=True``
kept them as postings of ``spell_title``/``spell_body`` fields: ~160 postings per practice
(a third of all postings) pooled, sorted, merged and written at every rebuild, only for
their document counts (issue 7). Whoosh even gave each of them document number 0, so
those counts ignored deletions until a merge.

Instead the writer notes each document's words (collected by
:class:`indexer.schema.PraktikiText` in its one analysis pass) and, when it finishes a
segment, writes ``<index>_<segment id>.spl``: an uncompressed ``.npz`` holding the sorted
word list (one UTF-8 blob), per field the document frequency of each word, and per field
each document's word ids (CSR; 16-bit while the segment has at most 65,536 distinct words,
compression would cost more time than the postings it replaces) so that deletions can be
subtracted and merges can carry
the live documents' words into the merged segment (``whoosh_patches`` hooks
``SegmentWriter``). The name follows Whoosh's segment file pattern, so Whoosh deletes the
file together with its segment when a merge drops it.
"""
from __future__ import annotations

import io
import os
import threading

import numpy as np

SPELLING_FIELDS = ("title", "body")
EXTENSION = ".spl"

_pending = threading.local()


def note(field: str, words) -> None:
    """Called by the field while a document is being added: the field's unstemmed words."""
    found = getattr(_pending, "words", None)
    if found is None:
        found = _pending.words = {}
    found[field] = words


def take() -> dict:
    """The words noted since the last call (and forget them)."""
    found = getattr(_pending, "words", None)
    _pending.words = None
    return found or {}


def schema_tracks(schema) -> bool:
    """Whether a schema's fields write spelling side files (praktiki's, not plain Whoosh's)."""
    return any(getattr(field, "spelling_words", None) for _, field in schema.items())


def filename(segment) -> str:
    return segment.make_filename(EXTENSION)


class SegmentSpelling:
    """The spelling words of one segment: sorted words, document frequencies (deleted
    documents included), and each document's word ids, read on demand."""

    def __init__(self, data, size: int):
        self._data = data
        self.size = size
        blob = bytes(data["words"])
        self.words: list[str] = blob.decode("utf-8").split("\n") if blob else []
        self.df: dict[str, np.ndarray] = {f: np.asarray(data[f + "_df"], dtype=np.int64)
                                          for f in SPELLING_FIELDS}
        self._docs: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def doc_ids(self, field: str) -> tuple[np.ndarray, np.ndarray]:
        """(offsets, word ids) of the field: document d's words are ids[offsets[d]:offsets[d+1]]."""
        found = self._docs.get(field)
        if found is None:
            found = self._docs[field] = (np.asarray(self._data[field + "_offsets"], dtype=np.int64),
                                         np.asarray(self._data[field + "_ids"], dtype=np.int64))
        return found

    def live_df(self, field: str, deleted) -> np.ndarray:
        """Document frequencies without the documents in ``deleted`` (local numbers)."""
        df = self.df[field]
        if deleted is None or len(deleted) == 0:
            return df
        offsets, ids = self.doc_ids(field)
        if len(deleted) <= 64:
            gone = np.concatenate([ids[offsets[d]:offsets[d + 1]] for d in deleted])
        else:
            dead = np.zeros(self.size, dtype=bool)
            dead[np.asarray(list(deleted), dtype=np.int64)] = True
            gone = ids[np.repeat(dead, np.diff(offsets))]
        return df - np.bincount(gone, minlength=len(df))

    def doc_words(self, docnum: int) -> dict[str, list[str]]:
        out = {}
        for field in SPELLING_FIELDS:
            offsets, ids = self.doc_ids(field)
            out[field] = [self.words[i] for i in ids[offsets[docnum]:offsets[docnum + 1]]]
        return out


def write(storage, segment, docs: list[dict | None]) -> None:
    """Write the side file of ``segment``: ``docs[d]`` is document d's ``{field: words}``."""
    vocabulary: set[str] = set()
    for doc in docs:
        if doc:
            for words in doc.values():
                vocabulary.update(words)
    words = sorted(vocabulary)
    word_id = {w: i for i, w in enumerate(words)}
    arrays = {"words": np.frombuffer("\n".join(words).encode("utf-8"), dtype=np.uint8)}
    for field in SPELLING_FIELDS:
        lengths = np.zeros(len(docs) + 1, dtype=np.int64)
        ids: list[int] = []
        for d, doc in enumerate(docs):
            found = doc.get(field) if doc else None
            if found:
                part = sorted(word_id[w] for w in found)
                ids.extend(part)
                lengths[d + 1] = len(part)
        flat = np.array(ids, dtype=np.uint16 if len(words) <= 1 << 16 else np.uint32)
        arrays[field + "_offsets"] = np.cumsum(lengths)
        arrays[field + "_ids"] = flat
        arrays[field + "_df"] = np.bincount(flat, minlength=len(words)).astype(np.int32)
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    out = storage.create_file(filename(segment))
    try:
        out.write(buffer.getvalue())
    finally:
        out.close()


def read(storage, segment) -> SegmentSpelling | None:
    """The side file of a segment, or None (an index written with ``spell_*`` fields)."""
    name = filename(segment)
    folder = getattr(storage, "folder", None)
    try:
        if folder is not None:
            path = os.path.join(folder, name)
            if not os.path.exists(path):
                return None
            data = np.load(path)
        else:
            if not storage.file_exists(name):
                return None
            handle = storage.open_file(name)
            try:
                data = np.load(io.BytesIO(handle.read()))
            finally:
                handle.close()
    except OSError:
        return None
    return SegmentSpelling(data, segment.doc_count_all())


def of_reader(segment_reader) -> SegmentSpelling | None:
    segment = segment_reader.segment()
    if segment is None:
        return None
    return read(segment_reader.storage(), segment)
