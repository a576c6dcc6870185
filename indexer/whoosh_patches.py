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

import heapq
import pickle
import zlib
from array import array
from itertools import groupby
from operator import itemgetter

from whoosh import writing
from whoosh.codec import whoosh3
from whoosh.codec.base import OutOfOrderError
from whoosh.system import pack_ushort
from whoosh.util import random_name

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
    if type(self.pool) is _TermPool and _plain_fields(self.schema):
        _term_pool_add_document(self, fields)
    else:
        _original_add_document(self, **fields)
    words = spelling.take()
    docs = _spelling_docs(self)
    if docs is not None and self.docnum > docnum:
        _set_doc(docs, docnum - self.docbase, words)


_PLAIN_SCHEMAS: dict[int, tuple] = {}


def _plain_fields(schema) -> bool:
    """Whether no field of ``schema`` has term vectors or Whoosh's ``spell_*`` postings
    (an index written before the spelling side files): those take Whoosh's own path."""
    found = _PLAIN_SCHEMAS.get(id(schema))
    if found is None or found[0] is not schema:
        plain = not any(field.vector or (field.indexed and field.separate_spelling())
                        for _, field in schema.items())
        found = _PLAIN_SCHEMAS[id(schema)] = (schema, plain)
    return found[1]


def _term_pool_add_document(self, fields: dict) -> None:
    """Whoosh's ``SegmentWriter.add_document`` (2.7.5), statement for statement, for a
    schema without vectors or ``spell_*`` fields (:func:`_plain_fields`), except that a
    field's postings go straight into the writer's :class:`_TermPool` instead of one
    ``pool.add`` call and one 5-tuple per posting (and the pool's size is checked once
    per field rather than per posting); a praktiki text field's terms and positions are
    encoded straight into the pool (:func:`_add_positions`)."""
    self._check_state()
    perdocwriter = self.perdocwriter
    schema = self.schema
    docnum = self.docnum
    pool = self.pool

    docboost = self._doc_boost(fields)
    fieldnames = sorted([name for name in fields.keys() if not name.startswith("_")])
    self._check_fields(schema, fieldnames)

    perdocwriter.start_doc(docnum)
    try:
        for fieldname in fieldnames:
            value = fields.get(fieldname)
            if value is None:
                continue
            field = schema[fieldname]

            length = 0
            if field.indexed:
                fieldboost = self._field_boost(fields, fieldname, docboost)
                term_positions = getattr(field, "term_positions", None)
                poses = None if term_positions is None else term_positions(value)
                if poses is not None:   # a praktiki text field: its postings straight in
                    length = _add_positions(pool, fieldname, docnum, poses, field,
                                            field.format.field_boost, fieldboost)
                else:
                    length = _add_items(pool, fieldname, docnum, field.index(value), field.scorable,
                                        fieldboost)
                if pool.currentsize > pool.limit:
                    pool.save()

            customval = fields.get("_stored_%s" % fieldname, value)
            sv = customval if field.stored else None
            perdocwriter.add_field(fieldname, field, sv, length)

            column = field.column_type
            if column and customval is not None:
                cv = field.to_column_value(customval)
                perdocwriter.add_column_value(fieldname, column, cv)
    except Exception:
        perdocwriter.cancel_doc()
        raise

    perdocwriter.finish_doc()
    self._added = True
    self.docnum += 1


def _add_items(pool, fieldname: str, docnum: int, items, scorable: bool, fieldboost: float) -> int:
    """A field's postings (``field.index(value)``: ``(term, freq, weight, value)``) added to
    the term pool; returns the field's length."""
    terms = pool.fields.get(fieldname)
    if terms is None:
        terms = pool.fields[fieldname] = {}
    length = size = 0
    for tbytes, freq, weight, vbytes in items:
        weight *= fieldboost
        if scorable:
            length += freq
        postings = terms.get(tbytes)
        if postings is None:
            terms[tbytes] = [(docnum, weight, vbytes)]
            size += 223 + len(fieldname) + 2 * len(tbytes) + (len(vbytes) if vbytes else 0)
        else:
            postings.append((docnum, weight, vbytes))
            size += 103 + (len(vbytes) if vbytes else 0)
    pool.currentsize += size
    return length


def _add_positions(pool, fieldname: str, docnum: int, poses: dict, field, boost: float,
                   fieldboost: float) -> int:
    """A text field's postings (``poses``: each term's positions, from
    :meth:`indexer.schema.PraktikiText.term_positions`) added to the term pool; returns the
    field's length (the terms' frequencies summed).

    The loop of :func:`_term_pool_add_document` fused with ``PraktikiText.index``'s
    encoding: no 4-tuple per posting, and a term found once (most of them) takes its
    value from the memo of single positions without a call. Each weight is computed as
    there (``freq * field boost``, then times the document's field boost), so the pool
    holds the same postings and counts the same size.
    """
    terms = pool.fields.get(fieldname)
    if terms is None:
        terms = pool.fields[fieldname] = {}
    encode = field.encode_positions
    one = field.one_position.get
    get = terms.get
    term_size = 223 + len(fieldname)
    length = size = 0
    for text, plist in poses.items():
        freq = len(plist)
        if freq == 1:
            vbytes = one(plist[0]) or encode(plist)
        else:
            vbytes = encode(plist)
        weight = freq * boost
        weight *= fieldboost
        length += freq
        tbytes = text.encode("utf-8")
        postings = get(tbytes)
        if postings is None:
            terms[tbytes] = [(docnum, weight, vbytes)]
            size += term_size + 2 * len(tbytes) + len(vbytes)
        else:
            postings.append((docnum, weight, vbytes))
            size += 103 + len(vbytes)
    pool.currentsize += size
    return length if field.scorable else 0


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
    if isinstance(self.pool, _TermPool):
        self.pool.merged = True
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
        lengths = self.lengths_of(fieldname)
        if lengths is None:
            return default
        return lengths[docnum]

    def lengths_of(self, fieldname) -> list | None:
        """The field's length per document (None for a zero byte), None for a field without lengths."""
        lengths = self._lengths.get(fieldname, False)
        if lengths is False:
            lengths = self._lengths[fieldname] = self._load(fieldname)
        return lengths

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


def _pickled_chunks(f):
    """The items of a run file written as pickled chunks (lists), in order, until its end."""
    while True:
        try:
            chunk = pickle.load(f)
        except EOFError:
            return
        yield from chunk


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
            yield from _pickled_chunks(f)
        finally:
            f.close()
            pool._remove_run(path)

    return write_run, read_run


class _TermPool:
    """A posting pool that keeps each term's postings together instead of one flat list.

    Whoosh's ``PostingPool`` appends ``(fieldname, term, docnum, weight, value)`` tuples,
    sorts them all at the commit (2.7 million per rebuild process at 20k practices, a
    sort of tuples compared in Python) and, once it outgrows ``limitmb``, spills sorted
    runs and merges them back posting by posting (``heapq.merge``): about half of the
    commit's time. Here ``add`` appends ``(docnum, weight, value)`` to the term's list;
    only the distinct terms are sorted, and a spilled run holds ``(term, postings)``
    pairs merged term by term. A writer numbers documents in the order it adds them
    (new documents, then merged segments, each reader's postings in document order), so
    each term's list is in document order already; ``iter_postings`` checks and sorts a
    list that is not (stable, as Whoosh's sort leaves equal postings) once a merge has
    added a segment's postings (``merged``). The postings come out in Whoosh's order,
    grouped (:class:`_GroupedPostings`).

    The size estimate follows ``PostingPool.add`` (per posting, plus the term once).
    """

    def __init__(self, tempstore, limit: int):
        self.tempstore = tempstore
        self.limit = limit   # bytes
        self.merged = False   # set when a segment's postings were added (add_reader)
        self.currentsize = 0
        self.fields: dict[str, dict[bytes, list]] = {}   # field name -> term -> postings
        self.runs: list[str] = []

    @property
    def fieldnames(self) -> set:
        return set(self.fields)

    def add(self, item):
        fieldname, text, docnum, weight, value = item
        terms = self.fields.get(fieldname)
        if terms is None:
            terms = self.fields[fieldname] = {}
        postings = terms.get(text)
        if postings is None:
            postings = terms[text] = []
            self.currentsize += 120 + len(fieldname) + 2 * len(text)
        postings.append((docnum, weight, value))
        # PostingPool.add's estimate of a posting without its field name and term.
        self.currentsize += 103 + (len(value) if value else 0)
        if self.currentsize > self.limit:
            self.save()

    def _in_order(self):
        """The pool's ``((fieldname, term), postings)`` in term order."""
        for fieldname in sorted(self.fields):
            terms = self.fields[fieldname]
            for text in sorted(terms):
                yield (fieldname, text), terms[text]

    def save(self) -> None:
        """Spill the pool to a run: its terms in order, pickled in chunks."""
        if not self.fields:
            return
        name = "%s.run" % random_name()
        f = self.tempstore.create_file(name).raw_file()
        try:
            chunk, size = [], 0
            for key, postings in self._in_order():
                chunk.append((key, postings))
                size += len(postings)
                if size >= _RUN_CHUNK:
                    pickle.dump(chunk, f, pickle.HIGHEST_PROTOCOL)
                    chunk, size = [], 0
            if chunk:
                pickle.dump(chunk, f, pickle.HIGHEST_PROTOCOL)
        finally:
            f.close()
        self.runs.append(name)
        self.fields = {}
        self.currentsize = 0

    def _read_run(self, name):
        f = self.tempstore.open_file(name).raw_file()
        try:
            yield from _pickled_chunks(f)
        finally:
            f.close()
            self.tempstore.delete_file(name)

    def iter_terms(self):
        """``((fieldname, term), postings)`` in term order, each term's postings in document order."""
        if not self.runs:
            items = self._in_order()
        else:
            # Runs are written one after the other, so a term's postings in a later run
            # come after those of an earlier one (heapq.merge keeps the order of equal keys).
            sources = [self._read_run(name) for name in self.runs]
            if self.fields:
                sources.append(self._in_order())
            items = _joined(heapq.merge(*sources, key=_KEY))
        self.runs = []
        if not self.merged:   # add_document numbers documents in order
            yield from items
            return
        for key, postings in items:
            last = -1
            for docnum, _, _ in postings:
                if docnum < last:
                    postings.sort(key=_KEY)
                    break
                last = docnum
            yield key, postings

    def iter_postings(self):
        return _GroupedPostings(self)

    def cleanup(self) -> None:
        for name in self.runs:
            try:
                self.tempstore.delete_file(name)
            except OSError:
                pass
        self.runs = []
        self.fields = {}


def _joined(items):
    """Consecutive ``(key, postings)`` of the same key as one (their lists joined)."""
    last_key = postings = None
    for key, part in items:
        if key == last_key:
            postings.extend(part)
            continue
        if last_key is not None:
            yield last_key, postings
        last_key, postings = key, list(part)
    if last_key is not None:
        yield last_key, postings


class _GroupedPostings:
    """A term pool's postings: grouped by term for :func:`_grouped_add_postings`, or
    Whoosh's flat ``(fieldname, term, docnum, weight, value)`` tuples when iterated."""

    def __init__(self, pool: _TermPool):
        self.pool = pool

    def terms(self):
        return self.pool.iter_terms()

    def __iter__(self):
        for (fieldname, text), postings in self.pool.iter_terms():
            for docnum, weight, value in postings:
                yield fieldname, text, docnum, weight, value


_KEY = itemgetter(0)
_TERM = itemgetter(0, 1)


def _grouped_add_postings(fieldwriter):
    """``FieldWriter.add_postings`` for a ``W3FieldWriter``, a term's postings at a time.

    Whoosh's loop makes four Python calls per posting (``FieldWriter.add``,
    ``W3PostingsWriter.add_posting`` with its type assertions, the length look-up) to
    append it to the term's current block. Here the postings come grouped by term (from
    a :class:`_TermPool`, or Whoosh's flat sorted tuples through ``itertools.groupby``)
    and each term is written by :func:`_write_term`: the block lists and statistics
    (ids, weights, values, maximum weight, minimum and maximum length) built with
    comprehensions and encoded as ``W3PostingsWriter`` encodes them, without its
    per-block method calls: the files are byte for byte those of Whoosh's loop
    (``tests/indexer/test_index_equivalence.py``). About 2,700,000 postings per process
    at 20k practices.
    """
    original = fieldwriter.add_postings

    def add_postings(schema, lengths, items):
        codec = fieldwriter._codec
        if (type(fieldwriter) is not whoosh3.W3FieldWriter or type(codec) is not whoosh3.W3Codec
                or codec._inlinelimit != 1):
            return original(schema, lengths, items)
        blocklimit = codec._blocklimit
        dense = lengths if isinstance(lengths, _DenseLengths) else None
        if isinstance(items, _GroupedPostings):
            terms = items.terms()   # (key, [(docnum, weight, value)])
        else:
            terms = ((key, [row[2:] for row in group]) for key, group in groupby(items, _TERM))
        lastfn = lastterm = None
        for key, postings in terms:
            fieldname, btext = key
            if lastterm is not None and key < lastterm:
                raise OutOfOrderError("Term %s:%r .. %s:%r" % (lastterm[0], lastterm[1], fieldname, btext))
            lastterm = key
            if fieldname != lastfn:
                if lastfn is not None:
                    fieldwriter.finish_field()
                fieldwriter.start_field(fieldname, schema[fieldname])
                lastfn = fieldname
                if dense is not None:
                    field_lengths = dense.lengths_of(fieldname)
            if postings[0][0] == -1:   # Whoosh's spelling-word items: not postings
                postings = [p for p in postings if p[0] != -1]
                if not postings:
                    continue
            if dense is not None:
                # the lengths of the field's documents, looked up once per posting
                found_lengths = ([field_lengths[p[0]] for p in postings] if field_lengths
                                 else None)
            elif lengths:
                dfl = lengths.doc_field_length
                found_lengths = [dfl(p[0], fieldname) for p in postings]
            else:
                found_lengths = None
            _write_term(fieldwriter, btext, postings, found_lengths, blocklimit)
        if lastfn is not None:
            fieldwriter.finish_field()

    return add_postings


_HEADER = whoosh3.WHOOSH3_HEADER_MAGIC
_length_to_byte = whoosh3.length_to_byte


def _write_term(fieldwriter, btext: bytes, postings: list, found_lengths: list | None,
                blocklimit: int) -> None:
    """One term's postings written to the postings file and its info to the term table,
    byte for byte as ``W3FieldWriter.start_term`` / ``W3PostingsWriter.add_posting`` /
    ``finish_term`` write them (blocks of ``blocklimit``, the last one marked by a negative
    length), without Whoosh's per-block method calls and generators.

    ``postings``: ``(docnum, weight, value)`` in document order; ``found_lengths``: the
    field length of each posting's document (0 or None for none), None for a field
    without lengths. Each step names the Whoosh 2.7.5 statement it reproduces.
    """
    postwriter = fieldwriter._postwriter
    postfile = postwriter._postfile
    comp = postwriter._compression
    fixedsize = fieldwriter._format.fixed_value_size()
    terminfo = whoosh3.W3TermInfo()
    startoffset = postfile.tell()                     # start_postings
    count = len(postings)
    blockcount = 0
    for start in range(0, count, blocklimit):
        block = postings[start:start + blocklimit] if count > blocklimit else postings
        ids = [p[0] for p in block]
        weights = array("f", [p[1] for p in block])   # the block's float32 weights
        top = max([p[1] for p in block])
        maxweight = top if top > 0 else 0
        if found_lengths is not None:
            found = [n for n in (found_lengths[start:start + blocklimit] if count > blocklimit
                                 else found_lengths) if n]
        else:
            found = None
        if found:
            minlength, maxlength = min(found), max(found)
        else:
            minlength, maxlength = None, 0
        if not blockcount:                                # _write_block
            postfile.write(_HEADER)
        # W3TermInfo.add_block
        terminfo._weight += sum(weights)
        terminfo._df += len(ids)
        if terminfo._minlength is None:
            terminfo._minlength = minlength
        else:
            terminfo._minlength = min(terminfo._minlength, minlength)
        terminfo._maxlength = max(terminfo._maxlength, maxlength)
        terminfo._maxweight = max(terminfo._maxweight, maxweight)
        if terminfo._minid is None:
            terminfo._minid = ids[0]
        terminfo._maxid = ids[-1]
        # _mini_ids (delta_encode), _mini_weights, _mini_values
        mini_ids = tuple([n - m for n, m in zip(ids, [0] + ids[:-1])])
        floats = weights.tolist()
        if all([w == 1.0 for w in floats]):
            mini_weights = None
        elif all([w == floats[0] for w in floats]):
            mini_weights = floats[0]
        else:
            mini_weights = tuple(floats)
        if fixedsize is None or fixedsize < 0:
            mini_values = tuple([p[2] for p in block if p[2]])
        elif fixedsize == 0:
            mini_values = None
        else:
            mini_values = b"".join([p[2] for p in block if p[2]])
        databytes = pickle.dumps((mini_ids, mini_weights, mini_values), 2)
        if comp:
            databytes = zlib.compress(databytes, comp)
        infobytes = pickle.dumps((len(ids), ids[-1], maxweight, comp, _length_to_byte(minlength),
                                  _length_to_byte(maxlength)), 2)
        blocklength = len(infobytes) + len(databytes)
        if start + blocklimit >= count:   # the last block
            blocklength *= -1
        postfile.write_int(blocklength)
        postfile.write(infobytes)
        postfile.write(databytes)
        blockcount += 1
    terminfo.set_extent(startoffset, postfile.tell() - startoffset)   # finish_postings
    fieldwriter._btext = btext                                         # finish_term
    fieldwriter._tindex.add(pack_ushort(fieldwriter._fieldid) + btext, terminfo.to_bytes())


def fast_writer(writer):
    """Give ``writer`` (a SegmentWriter) the dense length reader for its commit, a term
    pool (a lean pool with chunked runs for an MpWriter) and the grouped postings loop."""
    per_document_reader = getattr(writer, "per_document_reader", None)
    if per_document_reader is None or not hasattr(writer, "_flush_segment"):
        return writer
    pool = getattr(writer, "pool", None)
    if type(pool) is writing.PostingPool and type(writer) is writing.SegmentWriter and not pool.current:
        # (an MpWriter keeps Whoosh's pool: it reads its sub-writers' runs through it)
        writer.pool = _TermPool(pool.tempstore, pool.limit)
    elif type(pool) is writing.PostingPool:
        pool.add = _lean_pool_add(pool)
        pool._write_run, pool._read_run = _chunked_runs(pool)

    def dense_per_document_reader():
        reader = per_document_reader()
        return _DenseLengths(reader) if isinstance(reader, whoosh3.W3PerDocReader) else reader

    writer.per_document_reader = dense_per_document_reader
    fieldwriter = getattr(writer, "fieldwriter", None)
    if type(fieldwriter) is whoosh3.W3FieldWriter:
        fieldwriter.add_postings = _grouped_add_postings(fieldwriter)
    return writer
