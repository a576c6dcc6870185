"""Search-box completions: titles and frequent words, for Cyrillic and Latin input.

Built once per generation from the unstemmed title/body words of the segments' spelling
side files (:mod:`indexer.spelling`; ``spell_title``/``spell_body`` fields in an index
written before them) and the stored ids/titles, so a keystroke costs a binary search and
a short scan. :class:`SpellingWords` also serves the query parser's typo look-ups and
"did you mean" (:class:`SpellingCorrector`), as Whoosh's spelling fields did.
"""
from __future__ import annotations

import bisect
import re
from bisect import bisect_left

import numpy as np
from whoosh.automata import lev
from whoosh.spelling import Corrector
from whoosh.support.levenshtein import distance

from analyzers.normalize import normalize_text
from analyzers.transliteration import cyrillic_candidates
from indexer import spelling as side_files

_LATIN = re.compile(r"^[a-z0-9' ]+$")
MAX_WORDS = 200_000


def _fold(text: str) -> str:
    return " ".join(normalize_text(text).lower().split())


def _field_dict(words: list[str], df: np.ndarray) -> dict[str, int]:
    """{word: document frequency} of the words a field holds, in sorted (lexicon) order."""
    return {w: n for w, n in zip(words, df.tolist()) if n > 0}


def _segment_dicts(seg, deleted) -> dict[str, dict[str, int]]:
    """{field: {word: live document frequency}} of one segment (``SegmentData``)."""
    file = seg.spelling_file
    if file is None:
        return seg.spelling   # spell_* fields: Whoosh's counts (deleted documents included)
    if deleted is None or len(deleted) == 0:
        if not seg.spelling_words:
            seg.spelling_words = {f: _field_dict(file.words, file.df[f]) for f in side_files.SPELLING_FIELDS}
        return seg.spelling_words
    return {f: _field_dict(file.words, file.live_df(f, deleted)) for f in side_files.SPELLING_FIELDS}


class SpellingWords:
    """The unstemmed words of title and body in a generation, with their live document
    frequencies: what Whoosh's ``spell_title``/``spell_body`` fields answered.

    ``terms_within`` yields the body words within an edit distance exactly as Whoosh's
    ``reader.terms_within("spell_body", …)`` did: over one segment its Levenshtein
    automaton walks the sorted words; over several, ``MultiReader`` fell back on
    ``IndexReader.terms_within``, Damerau-Levenshtein over the words with the prefix.
    """

    def __init__(self, per_segment: list[dict[str, dict[str, int]]]):
        self.fields: dict[str, dict[str, int]] = {}
        for field in side_files.SPELLING_FIELDS:
            parts = [part[field] for part in per_segment if field in part]
            if len(parts) == 1:
                self.fields[field] = parts[0]
            else:
                merged: dict[str, int] = {}
                for part in parts:
                    for word, n in part.items():
                        merged[word] = merged.get(word, 0) + n
                self.fields[field] = dict(sorted(merged.items()))
        self.title = self.fields.get("title", {})
        self.body = self.fields.get("body", {})
        self.multi = len(per_segment) > 1
        self._sorted_body: list[str] | None = None

    @classmethod
    def of_segments(cls, segments, live=None) -> "SpellingWords":
        """``segments``: ``[(SegmentData, first docnum)]``; ``live``: the generation's live mask."""
        parts = []
        for seg, offset in segments:
            deleted = None
            if live is not None:
                deleted = np.flatnonzero(~live[offset:offset + seg.size])
            parts.append(_segment_dicts(seg, deleted))
        return cls(parts)

    @classmethod
    def of_reader(cls, reader) -> "SpellingWords":
        from search_service.segments import SegmentData, segments_of
        parts = []
        for segment_reader, _ in segments_of(reader):
            deleted = sorted(segment_reader.deleted_docs_set) if segment_reader.has_deletions() else None
            parts.append(_segment_dicts(SegmentData(segment_reader), deleted))
        return cls(parts)

    def known(self, word: str) -> bool:
        return self.body.get(word, 0) > 0 or self.title.get(word, 0) > 0

    @property
    def body_words(self) -> list[str]:
        if self._sorted_body is None:
            self._sorted_body = list(self.body)   # already in sorted order
        return self._sorted_body

    def terms_within(self, text: str, maxdist: int, prefix: int = 0):
        words = self.body_words
        if self.multi:
            start = text[:prefix]
            i = bisect_left(words, start)
            while i < len(words) and words[i].startswith(start):
                if distance(words[i], text, limit=maxdist) <= maxdist:
                    yield words[i]
                i += 1
            return
        # whoosh.codec.base.Codec.find_matches over a cursor of the sorted words
        if not words:
            return
        dfa = lev.levenshtein_automaton(text, maxdist, prefix).to_dfa()
        n, i = len(words), 0
        match = dfa.next_valid_string(words[0])
        while match:
            i = bisect_left(words, match, i)
            if i >= n:
                return
            term = words[i]
            if match == term:
                yield match
                term += "\0"
            match = dfa.next_valid_string(term)


class SpellingCorrector(Corrector):
    """Whoosh's ``ReaderCorrector`` for the body field over :class:`SpellingWords`: the same
    candidates and scores (``maxdist`` and the word's frequency in the body field)."""

    def __init__(self, words: SpellingWords, reader):
        self.words = words
        self.reader = reader

    def _suggestions(self, text, maxdist, prefix):
        freq = self.reader.frequency
        for sug in self.words.terms_within(text, maxdist, prefix):
            f = freq("body", sug) or 1
            yield (0 - (maxdist + (1.0 / f * 0.5)), sug)


def spelling_of(reader, cache: dict | None) -> SpellingWords:
    """The generation's spelling words: the snapshot's (kept in its parser cache), or read."""
    found = cache.get("spelling") if cache is not None else None
    if found is None:
        found = SpellingWords.of_reader(reader)
        if cache is not None:
            cache["spelling"] = found
    return found


class Suggester:
    def __init__(self, reader, facets, segments=None):
        """``segments``: ``[(SegmentData, first docnum), ...]`` (:mod:`search_service.segments`),
        whose titles and spelling words are read once per segment; the same lists either way."""
        if segments is not None:
            self._from_segments(facets, segments)
            return
        self.titles: list[tuple[str, str, str]] = []   # (folded title, title, id)
        # Titles come from the `title_text` column: reading every document's stored fields
        # instead would load every whole record at each reload (1.0 s and ~86 MB at 20k).
        column = reader.column_reader("title_text") if reader.has_column("title_text") else None
        for docnum, doc_id in enumerate(facets.ids if column is not None else []):
            if not doc_id:
                continue
            raw = column[docnum]
            title = raw.decode("utf-8") if isinstance(raw, bytes) else (raw or "")
            if title:
                self.titles.append((_fold(title), title, doc_id))
        self.titles.sort()
        self._words(SpellingWords.of_reader(reader))

    def _from_segments(self, facets, segments) -> None:
        ids = facets.ids
        self.titles = [(folded, title, ids[offset + docnum]) for seg, offset in segments
                       for docnum, folded, title in seg.titles if ids[offset + docnum]]
        self.titles.sort()
        self._words(SpellingWords.of_segments(segments, getattr(facets, "live", None)))

    def _words(self, spelling: SpellingWords) -> None:
        # Each field's words in lexicon order, title's first (the order matters for ties at
        # MAX_WORDS), frequencies summed over the two fields as over Whoosh's spell_* fields.
        self.spelling = spelling
        freq: dict[str, int] = {}
        for field in side_files.SPELLING_FIELDS:
            for word, n in spelling.fields.get(field, {}).items():
                if len(word) >= 3 and not word.isdigit():
                    freq[word] = freq.get(word, 0) + n
        top = sorted(freq.items(), key=lambda kv: -kv[1])[:MAX_WORDS]
        self.words = sorted(w for w, _ in top)
        self.freq = dict(top)

    def corrector(self, reader) -> SpellingCorrector:
        """Did-you-mean corrections for the body field (``searcher.corrector("body")``)."""
        return SpellingCorrector(self.spelling, reader)

    def _prefixes(self, text: str) -> list[str]:
        folded = _fold(text)
        if _LATIN.match(folded):
            head, _, last = folded.rpartition(" ")
            readings = [c for c in cyrillic_candidates(last, limit=6)] if last else []
            return [folded] + [(head + " " + r).strip() for r in readings]
        return [folded]

    def suggest(self, text: str, limit: int = 8) -> list[dict]:
        prefixes = [p for p in self._prefixes(text) if len(p) >= 2]
        out: list[dict] = []
        seen: set[str] = set()
        for prefix in prefixes:
            for folded, title, doc_id in self.titles:
                if folded.startswith(prefix) or f" {prefix}" in folded:
                    if title not in seen:
                        seen.add(title)
                        out.append({"text": title, "kind": "title", "id": doc_id})
                if len(out) >= limit // 2:
                    break
        words: list[tuple[int, str]] = []
        for prefix in prefixes:
            last = prefix.rsplit(" ", 1)[-1]
            i = bisect.bisect_left(self.words, last)
            while i < len(self.words) and self.words[i].startswith(last) and len(words) < 200:
                words.append((self.freq[self.words[i]], self.words[i]))
                i += 1
        for _, word in sorted(words, key=lambda fw: (-fw[0], fw[1])):
            if len(out) >= limit:
                break
            if word not in seen:
                seen.add(word)
                out.append({"text": word, "kind": "term", "id": None})
        return out[:limit]
