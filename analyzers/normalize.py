"""Text normalisation shared by indexing, querying and fact extraction.

Real practice pages mix Unicode forms and typing habits that should not change what a
word means: decomposed letters, the accented ``ѝ`` (the pronoun "her", written with a
grave accent to tell it from the conjunction ``и``), soft hyphens and zero-width
characters left by word processors, half a dozen quote styles, and Latin letters that
look exactly like Cyrillic ones typed inside Cyrillic words (``общинa`` with a Latin
``a``). :func:`normalize_text` removes all of these so that equal-looking words compare
equal; it never changes case (the analysis chain lowercases separately).

:func:`normalize_text` is idempotent: ``normalize_text(normalize_text(x)) ==
normalize_text(x)`` (a property test pins it).
"""
from __future__ import annotations

import re
import unicodedata

# Characters that are invisible in rendered text and only break words apart for a
# machine: soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM.
INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE_TABLE = {ord(c): None for c in INVISIBLE_CHARS}

# Every quote style seen on Bulgarian pages becomes a plain ASCII double quote;
# ``,,`` (two commas typed as an opening low quote) is handled by a regex below.
QUOTE_CHARS = "„“”«»‟″〝〞＂"
_QUOTE_TABLE = {ord(c): '"' for c in QUOTE_CHARS}
_DOUBLE_COMMA_QUOTE = re.compile(r",,(?=\S)")

# ``ѝ`` is ``и`` with a grave accent; after NFC it is one code point. Bulgarian search
# treats it as ``и`` (nobody types the accent in a search box).
_ACCENTED_I_TABLE = {ord("ѝ"): "и", ord("Ѝ"): "И"}

# Latin letters that render identically to a Cyrillic letter, and the reverse map.
LATIN_TO_CYRILLIC = dict(zip("aceopxyABCEHKMOPTX", "асеорхуАВСЕНКМОРТХ"))
CYRILLIC_TO_LATIN = {cyr: lat for lat, cyr in LATIN_TO_CYRILLIC.items()}

# Letter runs, combining accents included, so that composing an accent onto a folded
# letter never changes where a run starts or ends (idempotence).
_MIXED_WORD = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f])+")
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")


def fold_homoglyphs(word: str) -> str:
    """Fold look-alike letters of the minority script into the majority script.

    Only a word that mixes scripts is touched. Latin look-alikes become Cyrillic when the
    word is at least half Cyrillic and every Latin letter in it has a Cyrillic twin; the
    reverse when the word is mostly Latin. Anything else (a genuinely mixed token) stays.

    >>> fold_homoglyphs("общинa")  # Latin a at the end
    'община'
    >>> fold_homoglyphs("Вurgas")  # Cyrillic В at the start
    'Burgas'
    >>> fold_homoglyphs("община")
    'община'
    """
    cyrillic = sum(1 for ch in word if _CYRILLIC_LETTER.match(ch))
    if cyrillic == 0 or cyrillic == len(word):
        return word
    latin = sum(1 for ch in word if ch.isascii() and ch.isalpha())
    if latin == 0:
        return word
    if cyrillic >= latin and all(ch in LATIN_TO_CYRILLIC for ch in word
                                 if ch.isascii() and ch.isalpha()):
        return "".join(LATIN_TO_CYRILLIC.get(ch, ch) for ch in word)
    if latin > cyrillic and all(ch in CYRILLIC_TO_LATIN for ch in word
                                if _CYRILLIC_LETTER.match(ch)):
        return "".join(CYRILLIC_TO_LATIN.get(ch, ch) for ch in word)
    return word


def _fold_match(match: re.Match[str]) -> str:
    return fold_homoglyphs(match.group(0))


def _fold_all(text: str) -> str:
    folded = _MIXED_WORD.sub(_fold_match, text)
    # A folded letter may now compose with a following accent (Cyrillic а + ̀  became
    # Latin a + ̀  = à); recompose so that a second pass changes nothing.
    return folded if unicodedata.is_normalized("NFC", folded) else unicodedata.normalize("NFC", folded)


def _compose(text: str) -> str:
    """Invisibles removed, NFC, ``ѝ``→``и`` — repeated until stable.

    Invisibles go first so that NFC sees the letters they separated. Unaccenting ``ѝ``
    can leave ``и`` before another grave accent (``ѝ̀``), which NFC composes into a new
    ``ѝ``; the loop (almost never taken) keeps the result idempotent.
    """
    text = text.translate(_INVISIBLE_TABLE)
    while True:
        composed = unicodedata.normalize("NFC", text).translate(_ACCENTED_I_TABLE)
        if unicodedata.is_normalized("NFC", composed):
            return composed
        text = composed


def normalize_word(word: str) -> str:
    """Normalise one token's text (no quote handling, case kept).

    >>> normalize_word("общ\\u00adинa")
    'община'
    >>> normalize_word("ѝ")
    'и'
    """
    # Fast path: most tokens are already clean ASCII or NFC Cyrillic.
    if not word.isascii():
        word = _fold_all(_compose(word))
    return word


def normalize_text(text: str) -> str:
    """NFC, ``ѝ``→``и``, invisible characters removed, quotes unified, homoglyphs folded.

    >>> normalize_text("Общинa „Бургас“ и ,,Гент” — ѝ")
    'Община "Бургас" и "Гент" — и'
    >>> normalize_text("социал\\u00adно")
    'социално'
    """
    text = _compose(text).translate(_QUOTE_TABLE)
    text = _DOUBLE_COMMA_QUOTE.sub('"', text)
    return _fold_all(text)
