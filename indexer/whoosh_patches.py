"""Small, behaviour-preserving fixes to Whoosh-Reloaded 2.7.5 that the indexer relies on.

``W3PerDocReader._cached_reader`` caches the column reader of a field's length column
but not its absence: for a field without lengths (IDs, keywords, the ``spell_*`` fields)
every call asks the file system whether the column file exists. A commit calls it once
per posting (``FieldWriter.add_postings`` → ``doc_field_length``), so a 2,000-practice
rebuild made ~410,000 ``stat()`` calls, about 15 % of the writer's profiled time. A
segment's files never change once it is written (and a per-document reader is only
opened on a finished segment), so the absence is remembered per reader.

``install`` also hooks ``SegmentWriter`` so that a praktiki segment gets its spelling
side file (:mod:`indexer.spelling`): documents' words kept as they are added or merged
in, written when the segment is finished. Schemas without praktiki's spelling fields
are untouched.
"""
from __future__ import annotations

import pickle

from whoosh import writing
from whoosh.codec import whoosh3

from indexer import spelling

_original_cached_reader = whoosh3.W3PerDocReader._cached_reader
_original_add_document = writing.SegmentWriter.add_document
_original_add_reader = writing.SegmentWriter.add_reader
_original_finalize_segment = writing.SegmentWriter._finalize_segment


def _cached_reader(self, fieldname, column):
    readers = self._readers
    if fieldname in readers:
        return readers[fieldname]
    missing = self.__dict__.setdefault("_praktiki_missing_columns", set())
    if fieldname in missing:
        return None
    reader = _original_cached_reader(self, fieldname, column)
    if reader is None:
        missing.add(fieldname)
    return reader


def _spelling_docs(writer) -> list | None:
    """The writer's per-document spelling words (None: its schema writes no side file)."""
    docs = writer.__dict__.get("_praktiki_spelling", False)
    if docs is False:
        docs = writer._praktiki_spelling = [] if spelling.schema_tracks(writer.schema) else None
    return docs


def _set_doc(docs: list, local: int, words) -> None:
    if local >= len(docs):
        docs.extend([None] * (local + 1 - len(docs)))
    docs[local] = words


def _add_document(self, **fields):
    """``SegmentWriter.add_document``, keeping the document's spelling words (noted by
    :class:`indexer.schema.PraktikiText` while Whoosh indexes its fields)."""
    spelling.take()
    docnum = self.docnum
    _original_add_document(self, **fields)
    words = spelling.take()
    docs = _spelling_docs(self)
    if docs is not None and self.docnum > docnum:
        _set_doc(docs, docnum - self.docbase, words)


def _add_reader(self, reader):
    """``SegmentWriter.add_reader`` (a merge), carrying the live documents' spelling words
    over in the order Whoosh renumbers them (``iter_docs``: live documents, ascending)."""
    docs = _spelling_docs(self)
    source = live = None
    if docs is not None and hasattr(reader, "segment") and hasattr(reader, "storage"):
        try:
            source = spelling.of_reader(reader)
        except Exception:   # a reader that is not a plain segment reader
            source = None
        if source is not None:
            live = list(reader.all_doc_ids())
    base = self.docnum - self.docbase
    _original_add_reader(self, reader)
    if source is not None:
        for i, docnum in enumerate(live):
            _set_doc(docs, base + i, source.doc_words(docnum))


def _finalize_segment(self):
    """Finish the segment as Whoosh does, then write its spelling side file."""
    segment = _original_finalize_segment(self)
    docs = _spelling_docs(self)
    if docs is not None:
        count = self.docnum - self.docbase
        spelling.write(self.storage, segment, (docs + [None] * count)[:count])
    return segment


def install() -> None:
    """Apply the fixes (idempotent)."""
    whoosh3.W3PerDocReader._cached_reader = _cached_reader
    writing.SegmentWriter.add_document = _add_document
    writing.SegmentWriter.add_reader = _add_reader
    writing.SegmentWriter._finalize_segment = _finalize_segment


class _DenseLengths:
    """A finished segment's per-document reader whose field lengths are read once per field.

    ``FieldWriter.add_postings`` asks for the posting's document's field length once per
    posting (860,000 calls for 2,000 practices), each a column read and unpack; this
    reads a field's whole length column on its first use and answers from a list, with
    the same values (``byte_to_length`` of the stored byte, None for 0, ``default`` for a
    field without lengths). Everything else is the wrapped reader's.
    """

    def __init__(self, reader):
        self._reader = reader
        self._lengths: dict[str, list | None] = {}

    def __getattr__(self, name):
        return getattr(self._reader, name)

    def doc_field_length(self, docnum, fieldname, default=0):
        lengths = self._lengths.get(fieldname, False)
        if lengths is False:
            lengths = self._lengths[fieldname] = self._load(fieldname)
        if lengths is None:
            return default
        return lengths[docnum]

    def _load(self, fieldname):
        reader = self._reader
        column = reader._cached_reader(whoosh3._lenfield(fieldname), whoosh3.LENGTHS_COLUMN)
        if column is None:
            return None
        to_length = whoosh3.byte_to_length
        return [to_length(b) if b else None for b in (column[n] for n in range(reader.doc_count_all()))]


def _lean_pool_add(pool):
    """``PostingPool.add`` without its per-posting type assertions (same size accounting).

    The assertions check that the term and value are bytes; ours always are (the
    equivalence test compares the written index with plain Whoosh's). 860,000 calls at
    2,000 practices.
    """
    fieldnames_add = pool.fieldnames.add

    def add(item):
        fieldnames_add(item[0])
        value = item[4]
        # PostingPool.add's estimate: 28 + 4 * 5 + 21 + 26 + 18 + 16 + 21 = 150, plus lengths.
        pool.currentsize += 150 + len(item[0]) + 2 * len(item[1]) + (len(value) if value else 0)
        if pool.currentsize > pool.limit:
            pool.save()
        pool.current.append(item)

    return add


_RUN_CHUNK = 10_000


def _chunked_runs(pool):
    """Spill runs of the posting pool pickled in chunks instead of one posting at a time.

    When the pool outgrows ``limitmb`` Whoosh sorts it and writes a run to a temporary
    file with one ``pickle.dump`` per posting, then merges the runs reading one
    ``pickle.load`` per posting: at 20k practices (8.6 million postings, six or so runs
    of 256 MB) that is two Python calls per posting on top of the merge. Chunks of
    10,000 give the same items in the same order.
    """

    def write_run(f, items):
        chunk = []
        for item in items:
            chunk.append(item)
            if len(chunk) >= _RUN_CHUNK:
                pickle.dump(chunk, f, pickle.HIGHEST_PROTOCOL)
                chunk = []
        if chunk:
            pickle.dump(chunk, f, pickle.HIGHEST_PROTOCOL)
        f.close()

    def read_run(path):
        f = pool._open_run(path)
        try:
            while True:
                try:
                    chunk = pickle.load(f)
                except EOFError:
                    return
                yield from chunk
        finally:
            f.close()
            pool._remove_run(path)

    return write_run, read_run


def fast_writer(writer):
    """Give ``writer`` (a SegmentWriter) the dense length reader for its commit, a lean
    pool and chunked pool runs."""
    per_document_reader = getattr(writer, "per_document_reader", None)
    if per_document_reader is None or not hasattr(writer, "_flush_segment"):
        return writer
    pool = getattr(writer, "pool", None)
    if type(pool) is writing.PostingPool:
        pool.add = _lean_pool_add(pool)
        pool._write_run, pool._read_run = _chunked_runs(pool)

    def dense_per_document_reader():
        reader = per_document_reader()
        return _DenseLengths(reader) if isinstance(reader, whoosh3.W3PerDocReader) else reader

    writer.per_document_reader = dense_per_document_reader
    return writer
