"""Small, behaviour-preserving fixes to Whoosh-Reloaded 2.7.5 that the indexer relies on.

``W3PerDocReader._cached_reader`` caches the column reader of a field's length column
but not its absence: for a field without lengths (IDs, keywords, the ``spell_*`` fields)
every call asks the file system whether the column file exists. A commit calls it once
per posting (``FieldWriter.add_postings`` → ``doc_field_length``), so a 2,000-practice
rebuild made ~410,000 ``stat()`` calls, about 15 % of the writer's profiled time. A
segment's files never change once it is written (and a per-document reader is only
opened on a finished segment), so the absence is remembered per reader.
"""
from __future__ import annotations

from whoosh.codec import whoosh3

_original_cached_reader = whoosh3.W3PerDocReader._cached_reader


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


def install() -> None:
    """Apply the fixes (idempotent)."""
    whoosh3.W3PerDocReader._cached_reader = _cached_reader
