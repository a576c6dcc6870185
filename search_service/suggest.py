"""Search-box completions: titles and frequent words, for Cyrillic and Latin input.

Built once per generation from the unstemmed word lists Whoosh keeps for spelling
(``spell_title``/``spell_body``) and the stored ids/titles, so a keystroke costs a
binary search and a short scan.
"""
from __future__ import annotations

import bisect
import re

from analyzers.normalize import normalize_text
from analyzers.transliteration import cyrillic_candidates

_LATIN = re.compile(r"^[a-z0-9' ]+$")
MAX_WORDS = 200_000


def _fold(text: str) -> str:
    return " ".join(normalize_text(text).lower().split())


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
        freq: dict[str, int] = {}
        for field in ("spell_title", "spell_body"):
            if field not in reader.schema:
                continue
            for term, info in reader.iter_field(field):
                word = term.decode("utf-8") if isinstance(term, bytes) else term
                if len(word) >= 3 and not word.isdigit():
                    freq[word] = freq.get(word, 0) + info.doc_frequency()
        top = sorted(freq.items(), key=lambda kv: -kv[1])[:MAX_WORDS]
        self.words = sorted(w for w, _ in top)
        self.freq = dict(top)

    def _from_segments(self, facets, segments) -> None:
        ids = facets.ids
        self.titles = [(folded, title, ids[offset + docnum]) for seg, offset in segments
                       for docnum, folded, title in seg.titles if ids[offset + docnum]]
        self.titles.sort()
        # As MultiReader.iter_field: each field's words in lexicon order, frequencies summed
        # over the segments; spell_title's words first (the order matters for ties at MAX_WORDS).
        freq: dict[str, int] = {}
        for field in ("spell_title", "spell_body"):
            per_segment = [seg.spelling[field] for seg, _ in segments if field in seg.spelling]
            if len(per_segment) == 1:
                words = per_segment[0].items()
            else:
                merged: dict[str, int] = {}
                for part in per_segment:
                    for word, n in part.items():
                        merged[word] = merged.get(word, 0) + n
                words = sorted(merged.items())
            for word, n in words:
                freq[word] = freq.get(word, 0) + n
        top = sorted(freq.items(), key=lambda kv: -kv[1])[:MAX_WORDS]
        self.words = sorted(w for w, _ in top)
        self.freq = dict(top)

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
