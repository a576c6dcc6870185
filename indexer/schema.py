"""The Whoosh schema: text fields for BM25F, facet fields for filters and counts.

Field weights implement "title > summary/results sections > body" (issue 5). Facet fields
are indexed terms so that the search service can build one document set per value from
the postings once per index generation, instead of per request (issue 7). Dates are
stored as two integer columns, the first and last day the practice's date can mean
(``2012-05`` -> 20120501..20120531), so that a range filter is a vectorised overlap test
that respects the date's precision.
"""
from __future__ import annotations

import threading

from whoosh import columns, fields, formats
from whoosh.compat import dumps
from whoosh.system import pack_uint

from analyzers.chain import PraktikiAnalyzer, index_analyzer
from indexer import spelling, whoosh_patches

TEXT_FIELDS = {"title": 3.0, "summary": 1.5, "results": 1.5, "body": 1.0}
FACET_FIELDS = ("status", "programmes", "countries", "themes", "municipality")
SCHEMA_VERSION = "2"   # 2: spelling words in side files, no spell_* fields


_spelling = threading.local()
# Writers of this schema write the segments' spelling side files (indexer/spelling.py).
whoosh_patches.install()
_ONE_POSITION: dict[int, bytes] = {}


def _encode_positions(positions: list[int]) -> bytes:
    """``formats.Positions.encode``, byte for byte, with single positions memoised.

    Most terms occur once in a field of a practice, so most values are one position:
    those are pickled once per position instead of once per posting.

    >>> from whoosh.formats import Positions
    >>> all(_encode_positions(p) == Positions().encode(p) for p in ([0], [7], [7], [1, 5, 9]))
    True
    """
    if len(positions) == 1:
        pos = positions[0]
        value = _ONE_POSITION.get(pos)
        if value is None:
            value = pack_uint(1) + dumps([pos], 2)
            if len(_ONE_POSITION) < 100_000:
                _ONE_POSITION[pos] = value
        return value
    deltas = []
    base = 0
    for pos in positions:
        deltas.append(pos - base)
        base = pos
    return pack_uint(len(deltas)) + dumps(deltas, 2)


class PraktikiText(fields.TEXT):
    """A TEXT field that analyses each value once for both its postings and its spelling words.

    ``spelling_words`` (``"title"``/``"body"``, None for other fields) names the field in
    the segment's spelling side file (:mod:`indexer.spelling`): ``index`` notes the
    value's unstemmed words there for the writer, and Whoosh writes no ``spell_*``
    postings (``spelling=False``). :class:`analyzers.chain.PraktikiAnalyzer` gives every
    token its unstemmed text as well, so ``index`` collects both in one pass (the words
    are exactly those of a second pass without stemming:
    ``tests/analyzers/test_fused_chain.py``); the pass is
    :meth:`~analyzers.chain.PraktikiAnalyzer.index_terms`, the same terms and positions
    without a Token per token.

    An index written before the side files has ``spelling=True`` fields in its stored
    schema: Whoosh's writer then calls ``field.index(value)`` and
    ``field.spellable_words(value)``, which returns what the pass collected for that same
    value. With any other analyzer or format this is plain ``TEXT``. The positions are
    grouped as ``formats.Positions.word_values`` groups them; a token's boost is always
    1.0 in this chain, so a term's weight is its frequency times the field boost.
    """

    spelling_words: str | None = None   # (class default: schemas pickled before it existed)
    # For the writer's term pool, which encodes what term_positions gives (class
    # attributes: nothing more is pickled with a schema).
    encode_positions = staticmethod(_encode_positions)
    one_position = _ONE_POSITION

    def index(self, value, **kwargs):
        fmt = self.format
        side = self.spelling_words
        if (not isinstance(value, str) or type(fmt) is not formats.Positions
                or not isinstance(self.analyzer, PraktikiAnalyzer)):
            _spelling.last = None
            if side:
                spelling.note(side, set(fields.TEXT.spellable_words(self, value)))
            return super().index(value, **kwargs)
        separate = self.separate_spelling()
        analysed = None if kwargs else self.analyzer.index_terms(value)
        if analysed is not None:   # the usual case: the chain's index-mode pass, token-free
            poses, words = analysed
        else:
            kwargs.setdefault("mode", "index")
            kwargs["positions"] = kwargs["boosts"] = True
            poses = {}
            words = set() if separate or side else None
            for token in self.analyzer(value, **kwargs):
                text = token.text
                found = poses.get(text)
                if found is None:
                    poses[text] = [token.pos]
                else:
                    found.append(token.pos)
                if words is not None:
                    words.add(token.unstemmed)
        _spelling.last = (self, value, words) if separate else None
        if side:
            spelling.note(side, words)
        boost = fmt.field_boost
        return [(text.encode("utf-8"), len(plist), len(plist) * boost, _encode_positions(plist))
                for text, plist in poses.items()]

    def term_positions(self, value) -> dict[str, list[int]] | None:
        """``index(value)`` before its postings are encoded: each term's positions (the
        spelling words noted as ``index`` notes them), or None when this field takes the
        general path (another analyzer or format, a value that is no string).

        The writer's term pool (:func:`indexer.whoosh_patches._term_pool_add_document`)
        encodes the postings itself, straight into the pool, instead of building the
        4-tuples of ``index`` first; the weights, values and sizes are the same
        (``tests/indexer/test_index_equivalence.py``).
        """
        if (not isinstance(value, str) or type(self.format) is not formats.Positions
                or not isinstance(self.analyzer, PraktikiAnalyzer) or self.separate_spelling()):
            return None
        analysed = self.analyzer.index_terms(value)
        if analysed is None:
            return None
        poses, words = analysed
        _spelling.last = None
        side = self.spelling_words
        if side:
            spelling.note(side, words)
        return poses

    def spellable_words(self, value):
        last = getattr(_spelling, "last", None)
        if last is not None and last[0] is self and last[1] is value:
            _spelling.last = None
            return iter(sorted(last[2]))
        return super().spellable_words(value)


def build_schema() -> fields.Schema:
    analyzer = index_analyzer()
    text = {}
    for name, boost in TEXT_FIELDS.items():
        field = PraktikiText(analyzer=analyzer, field_boost=boost, phrase=True, spelling=False, stored=False)
        # The unstemmed words of title and body (did_you_mean, typos, suggest) go to the
        # segment's spelling side file instead of spell_* postings (indexer/spelling.py).
        field.spelling_words = name if name in spelling.SPELLING_FIELDS else None
        text[name] = field
    return fields.Schema(
        id=fields.ID(stored=True, unique=True, sortable=True),
        status=fields.ID(),
        # Case is kept for municipality labels ("Община Бургас") because the facet value
        # shown to users is read back from the term itself.
        municipality=fields.ID(),
        programmes=fields.KEYWORD(commas=True, lowercase=True, scorable=False),
        countries=fields.KEYWORD(commas=True, lowercase=True, scorable=False),
        themes=fields.KEYWORD(commas=True, lowercase=True, scorable=False),
        lang=fields.ID(),
        kind=fields.ID(),
        date_lo=fields.NUMERIC(int, bits=32, sortable=True),
        date_hi=fields.NUMERIC(int, bits=32, sortable=True),
        # Whole euros: a float column's NaN default cannot be packed by Whoosh's
        # NumericColumn, and cents are no use for sorting or range filters.
        budget_eur=fields.NUMERIC(int, bits=64, sortable=True, default=0),
        # `source_key` = path + content hash: an incremental run skips a file whose key is
        # already indexed; `source_path` lets it delete what a changed or removed file gave.
        source_key=fields.ID(),
        source_path=fields.ID(stored=True),
        record=fields.STORED(),
        # Titles as a column: search-box completions read every title once per generation,
        # which from stored fields would mean loading every whole record.
        title_text=fields.COLUMN(columns.VarBytesColumn()),
        **text,
    )
