"""Bulgarian ↔ Latin transliteration for search.

Forward (:func:`to_latin`) is the official Streamlined System of the 2009 Transliteration
Act: ``щ``→``sht``, ``ъ``→``a``, ``ц``→``ts``, word-final ``ия``→``ia``. It is a function.

Backward (:func:`cyrillic_candidates`) is not: ``a`` may be ``а`` or ``ъ``, ``y`` may be
``й``, ``ъ`` or ``ь``, ``ia`` is ``ия``, ``иа`` or ``я``, ``ts`` is ``ц`` or ``тс``, and
people without a Cyrillic keyboard also write shlyokavitsa (``4``=ч, ``6``=ш, ``w``=в,
``q``=я, ``j``=ж, ``x``=х, ``c``=ц). So it lists every plausible spelling, cheapest first,
and the caller keeps the ones the index actually holds (:func:`resolve_candidates`)
instead of trusting a fixed guess. Costs below are hand-set plausibility penalties (0 =
the official reverse mapping); they only order candidates, the index decides.

No library does this reverse, ranked, shlyokavitsa-aware step, hence the hand-written
beam search.
"""
from __future__ import annotations

import heapq
import re
import unicodedata
from typing import Callable

from analyzers.stemming import is_cyrillic_word, stem_word
from analyzers.normalize import normalize_word

_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "sht", "ъ": "a", "ь": "y", "ю": "yu", "я": "ya",
}
# Letters of neighbouring Cyrillic alphabets that appear in names on Bulgarian pages
# (Russian, Ukrainian, Serbian, Macedonian); the Act does not cover them.
_TO_LATIN.update({
    "ы": "y", "э": "e", "ё": "yo", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
    "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz", "ѓ": "g", "ќ": "k",
    "ѕ": "dz", "ѝ": "i",
})
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")


# The Act names one word whose transliteration is fixed rather than derived.
_FIXED = {"българия": "bulgaria"}


def _word_to_latin(word: str) -> str:
    lower = word.lower()
    if lower in _FIXED:
        fixed = _FIXED[lower]
        return fixed.upper() if word.isupper() and len(word) > 1 else (
            fixed.capitalize() if word[0].isupper() else fixed)
    # The Act's one exception: word-final "ия" is "ia" (България → Bulgaria).
    if lower.endswith("ия"):
        # Each letter keeps its own case: ИСТОРИЯ → ISTORIA, Ия → Ia.
        body = word[:-2]
        tail = ("I" if word[-2].isupper() else "i") + ("A" if word[-1].isupper() else "a")
    else:
        body, tail = word, ""
    out = []
    for ch in body:
        lat = _TO_LATIN.get(ch.lower())
        if lat is None:
            # A Cyrillic letter of another alphabet: its base letter if it has one, else
            # nothing (the output promises Latin only).
            base = unicodedata.normalize("NFD", ch.lower())[0]
            lat = _TO_LATIN.get(base, "")
        if ch.isupper():
            # Whole-uppercase words stay uppercase (ЖК → ZHK); otherwise Title case (Ж → Zh).
            lat = lat.upper() if word.isupper() and len(word) > 1 else lat.capitalize()
        out.append(lat)
    return "".join(out) + tail


def to_latin(text: str) -> str:
    """Streamlined System transliteration; non-Cyrillic characters pass unchanged.

    >>> to_latin("Община Бургас, България")
    'Obshtina Burgas, Bulgaria'
    >>> to_latin("Съединение ЖК Щастие, Търговище, София")
    'Saedinenie ZHK Shtastie, Targovishte, Sofia'
    """
    return _CYRILLIC_WORD.sub(lambda m: _word_to_latin(m.group(0)), normalize_word(text))


_VOWELS = frozenset("aeiouy")
# Latin sequence → [(Cyrillic, cost)]. Longer keys win over their own splits through
# _SPLIT_PENALTY, so "sht" prefers щ to шт without forbidding шт.
_GRAPHEMES: dict[str, list[tuple[str, float]]] = {
    "sht": [("щ", 0.0)], "6t": [("щ", 0.2)],
    "sh": [("ш", 0.0)], "ch": [("ч", 0.0)], "zh": [("ж", 0.0)],
    "ts": [("ц", 0.0)], "tz": [("ц", 0.3)], "kh": [("х", 0.5)], "dj": [("дж", 0.4)],
    "yu": [("ю", 0.0)], "ya": [("я", 0.0)], "yo": [("йо", 0.1), ("ьо", 0.3)],
    "iu": [("ю", 0.4), ("иу", 0.3)], "ju": [("ю", 0.3)], "ja": [("я", 0.3)],
    "jo": [("йо", 0.3)],
    "a": [("а", 0.0), ("ъ", 1.0)], "b": [("б", 0.0)], "c": [("ц", 0.3), ("к", 0.8)],
    "d": [("д", 0.0)], "e": [("е", 0.0)], "f": [("ф", 0.0)], "g": [("г", 0.0)],
    "h": [("х", 0.0)], "i": [("и", 0.0), ("й", 1.0)], "j": [("ж", 0.4), ("й", 0.5)],
    "k": [("к", 0.0)], "l": [("л", 0.0)], "m": [("м", 0.0)], "n": [("н", 0.0)],
    "o": [("о", 0.0)], "p": [("п", 0.0)], "q": [("я", 0.2)], "r": [("р", 0.0)],
    "s": [("с", 0.0)], "t": [("т", 0.0)], "u": [("у", 0.0), ("ъ", 1.1), ("ю", 1.5)],
    "v": [("в", 0.0)], "w": [("в", 0.1)], "x": [("х", 0.3), ("кс", 0.5)],
    "z": [("з", 0.0)], "4": [("ч", 0.1)], "6": [("ш", 0.1)],
}
_MAX_KEY = max(len(k) for k in _GRAPHEMES)
_SPLIT_PENALTY = 0.7
_TRANSLITERABLE = re.compile(r"[a-z46']+")
_CONTEXT_KEYS = frozenset({"ia", "y"})  # keys with options only in _options


def _options(word: str, start: int, key: str) -> list[tuple[str, float]]:
    """The Cyrillic options of ``key`` at ``word[start:]``, with context-dependent ones."""
    end = start + len(key)
    prev = word[start - 1] if start else ""
    if key == "ia":
        if end == len(word):  # word-final "ia" is the official spelling of "ия"
            return [("ия", 0.0), ("иа", 0.6), ("я", 0.8)]
        return [("иа", 0.1), ("я", 0.4), ("ия", 0.8)]
    if key == "y":
        nxt = word[end] if end < len(word) else ""
        if not prev:
            return [("й", 0.2), ("ъ", 1.2)]
        if prev in _VOWELS:  # energiyna, krayna
            return [("й", 0.0), ("ъ", 1.5)]
        if nxt and nxt in _VOWELS:
            return [("ь", 0.5), ("й", 0.6), ("ъ", 1.0)]
        return [("ъ", 0.3), ("й", 1.0), ("ь", 1.5)]  # shlyokavitsa y = ъ (pyrvi)
    if key == "ts" and word.startswith("tv", end):
        return [("ц", 0.9)]  # -tstvo is usually -тство (кметство); тс comes from the split
    if key == "i":
        if prev in _VOWELS and end == len(word):
            return [("й", 0.4), ("и", 0.5)]  # mai → май
        return [("и", 0.0), ("й", 0.6 if prev in _VOWELS else 2.0)]
    if key == "a" and end == len(word):
        return [("а", 0.0), ("ъ", 2.5)]  # a word-final ъ is old orthography only
    return _GRAPHEMES.get(key, [])


def cyrillic_candidates(latin_word: str, limit: int = 16) -> list[str]:
    """Plausible Cyrillic spellings of one Latin-letter word, most plausible first.

    Words with digits other than the shlyokavitsa ``4`` and ``6`` (codes, numbers) and
    words with other characters have no candidates.

    >>> cyrillic_candidates("obshtina")[0], cyrillic_candidates("ob6tina")[0]
    ('община', 'община')
    >>> cyrillic_candidates("sotsialni")[0], cyrillic_candidates("4italishte")[0]
    ('социални', 'читалище')
    >>> "ъгъл" in cyrillic_candidates("agal", limit=8)
    True
    """
    word = latin_word.lower().replace("'", "")
    if not word or not _TRANSLITERABLE.fullmatch(word) or word.isdigit():
        return []
    beam_width = max(4 * limit, 32)
    # states[i]: best partial spellings covering word[:i], as {cyrillic: cost}
    states: list[dict[str, float]] = [dict() for _ in range(len(word) + 1)]
    states[0][""] = 0.0
    for start in range(len(word)):
        if not states[start]:
            continue
        keys = [word[start:start + n] for n in range(1, _MAX_KEY + 1)
                if start + n <= len(word)]
        keys = [k for k in keys if k in _GRAPHEMES or k in _CONTEXT_KEYS]
        longest = max((len(k) for k in keys), default=0)
        best = heapq.nsmallest(beam_width, states[start].items(), key=lambda kv: kv[1])
        for key in keys:
            penalty = _SPLIT_PENALTY if len(key) < longest else 0.0
            target = states[start + len(key)]
            for cyr, cost in _options(word, start, key):
                for prefix, prefix_cost in best:
                    spelling, total = prefix + cyr, prefix_cost + cost + penalty
                    if total < target.get(spelling, float("inf")):
                        target[spelling] = total
    ranked = sorted(states[len(word)].items(), key=lambda kv: (kv[1], kv[0]))
    return [spelling for spelling, _ in ranked[:limit]]


def is_latin_query(text: str) -> bool:
    """True when ``text`` has Latin letters and no Cyrillic ones (a transliteration candidate).

    >>> is_latin_query("obshtina gabrovo"), is_latin_query("община"), is_latin_query("2012")
    (True, False, False)
    """
    has_latin = any(ch.isascii() and ch.isalpha() for ch in text)
    return has_latin and not is_cyrillic_word(text)


def analysed_term(word: str) -> str:
    """The index term of a single word (normalised, lowercased, stemmed).

    >>> analysed_term("Projects")
    'project'
    """
    return stem_word(normalize_word(word).lower())


def resolve_candidates(candidates: list[str], exists: Callable[[str], bool]) -> list[str]:
    """Keep the candidates whose analysed term the index holds; one per distinct term.

    ``exists`` receives the analysed (stemmed) term, e.g. a lexicon lookup
    ``lambda term: (\"body\", term) in reader``. Order (plausibility) is kept.

    >>> resolve_candidates(["габрово", "габръво"], lambda term: term.startswith("габров"))
    ['габрово']
    """
    kept, seen = [], set()
    for candidate in candidates:
        term = analysed_term(candidate)
        if term not in seen and exists(term):
            seen.add(term)
            kept.append(candidate)
    return kept


def alternative_terms(word: str, exists: Callable[[str], bool], limit: int = 16) -> list[str]:
    """Index terms in the other script that the index holds, to OR with ``word``'s own term.

    A Latin word yields the terms of its Cyrillic candidates (``gabrovo`` → ``габров``);
    a Cyrillic word yields the term of its Streamlined transliteration (``Бургас`` →
    ``burga``, which an English page saying ``Burgas`` indexes).

    >>> alternative_terms("Бургас", lambda term: term == "burga")
    ['burga']
    """
    if is_cyrillic_word(word):
        term = analysed_term(to_latin(word))
        return [term] if exists(term) else []
    own = analysed_term(word)
    found = resolve_candidates(cyrillic_candidates(word, limit), exists)
    return [t for t in dict.fromkeys(analysed_term(c) for c in found) if t != own]
