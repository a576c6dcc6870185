"""How plausible is a decoded text as Bulgarian? The test behind single-byte decoding.

windows-1251, KOI8-R and ISO-8859-5 all decode any Cyrillic byte string without error,
so "it decoded" proves nothing. Three signals tell a right decoding from mojibake:

* **letter frequencies** — about four in five letters of Bulgarian running text are one of
  ``а и н е о т р с в к п д л``; KOI8-R or ISO-8859-5 bytes read as windows-1251 (and the
  other way round) shuffle the alphabet and bring that share under one half;
* **case pattern** — the codecs disagree on which half of the range is upper case, so
  mojibake is full of words like ``оБЭЙОБ`` (a lower-case letter followed by capitals);
* **case** — running text is mostly lower case, and the KOI8-R / windows-1251 confusion
  turns lower case into capitals;
* **oddities** — C0/C1 control characters, box-drawing characters, and letters Bulgarian
  does not use (``ы э ё і ї є ђ ј љ њ ћ џ``...), which the wrong codec produces.

Short texts carry little frequency evidence, so their frequency score is pulled towards a
neutral value and the case and oddity signals decide.

>>> bulgarian_plausibility("Проектът приключи успешно през 2013 г.") > 0.5
True
>>> bulgarian_plausibility("Проектът приключи".encode("koi8-r").decode("cp1251")) < 0.5
True
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

BULGARIAN_LETTERS = frozenset("абвгдежзийклмнопрстуфхцчшщъьюя")
# The thirteen most frequent letters of Bulgarian prose (measured on municipal texts).
FREQUENT_LETTERS = frozenset("аинеотрсвкпдл")
# Share of FREQUENT_LETTERS below which text is surely not Bulgarian, and above which it
# surely is (Bulgarian prose: ~0.8; KOI8-R read as windows-1251: ~0.47).
_SHARE_FLOOR, _SHARE_FULL = 0.45, 0.72
# Letters of evidence at which the frequency score counts half.
_EVIDENCE_HALF = 20
_NEUTRAL = 0.7
_UPPER_CASE_PENALTY = 0.4
_ABBREVIATION_MAX = 5

# Symbols that real Bulgarian pages use, all of them outside ASCII.
_COMMON_SYMBOLS = frozenset("„“”‘’«»–—…№§°•·€©®™▶►✓✔■●□★→\u00a0\u00ad")

_CAMEL_WORD = re.compile(r"[а-я][А-Я]")
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]{2,}")

# The characters windows-1251 gives for bytes 0x80-0xBF: UTF-8 continuation bytes read as
# windows-1251 turn into these, right after the "Р"/"С" the lead bytes became.
_CP1251_HIGH = "".join(bytes([b]).decode("cp1251", errors="ignore") for b in range(0x80, 0xC0))
_DOUBLE_ENCODED_PAIR = re.compile("[РС][" + re.escape(_CP1251_HIGH) + "]")


@lru_cache(maxsize=4096)
def _is_odd(char: str) -> bool:
    """A non-ASCII character that a right decoding of Bulgarian text rarely contains."""
    if char in _COMMON_SYMBOLS:
        return False
    lower = char.lower()
    if lower in BULGARIAN_LETTERS:
        return False
    category = unicodedata.category(char)
    if category[0] == "C":
        return True
    if category[0] == "L":
        return True  # non-Bulgarian Cyrillic, Latin-1 letters, Greek...
    # Box drawing and block elements: KOI8-R / CP866 high halves.
    return "\u2500" <= char <= "\u259f"


def _frequency_score(letters: int, frequent: int) -> float:
    """Score of ``letters`` Bulgarian letters of which ``frequent`` are FREQUENT_LETTERS."""
    if not letters:
        return _NEUTRAL
    share = frequent / letters
    score = min(1.0, max(0.0, (share - _SHARE_FLOOR) / (_SHARE_FULL - _SHARE_FLOOR)))
    weight = letters / (letters + _EVIDENCE_HALF)
    return weight * score + (1 - weight) * _NEUTRAL


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def bulgarian_plausibility(text: str) -> float:
    """Score from 0 (surely mojibake) to 1 (surely well-decoded Bulgarian or plain text).

    The characters are counted once (``Counter``, in C) and every signal is summed over
    the distinct characters: a windows-1251 file is scored for three codecs, and a
    loop over every character was 8 ms a file.

    >>> bulgarian_plausibility("plain ASCII")
    1.0
    >>> bulgarian_plausibility("Community \\x85 ♦ \\x9c") == 0.0
    True
    """
    if text.isascii():
        return 1.0
    if _CONTROL.search(text):   # C0 controls other than tab, newline, CR and form feed
        return 0.0
    non_ascii = odd = letters = frequent = 0
    for char, count in Counter(text).items():
        if char < "\x80":
            continue
        non_ascii += count
        if _is_odd(char):
            odd += count
        lower = char.lower()
        if lower in BULGARIAN_LETTERS:
            letters += count
            if lower in FREQUENT_LETTERS:
                frequent += count
    odd_ratio = odd / non_ascii
    words = _CYRILLIC_WORD.findall(text)
    camel = sum(1 for w in words if _CAMEL_WORD.search(w))
    camel_ratio = camel / len(words) if words else 0.0
    # Capitals counted in long words only: short all-capital words are abbreviations
    # (ОПАК, НСОРБ), common in every reading.
    upper = sum(len(w) for w in words if len(w) > _ABBREVIATION_MAX and w.isupper())
    upper_share = upper / letters if letters else 0.0
    score = _frequency_score(letters, frequent)
    score *= 1.0 - min(1.0, odd_ratio * 10)
    score *= 1.0 - min(1.0, camel_ratio * 3)
    # KOI8-R and windows-1251 swap upper and lower case, so lower-case prose read with
    # the wrong one of the two comes out in capitals. Running text is mostly lower case;
    # an all-capitals reading keeps 60% of its score (real capitals still pass).
    score *= 1.0 - _UPPER_CASE_PENALTY * upper_share
    return score


def looks_double_encoded(text: str) -> bool:
    """True for UTF-8 text that went through a windows-1251 decode and was re-encoded.

    >>> looks_double_encoded("Община".encode("utf-8").decode("cp1251"))
    True
    >>> looks_double_encoded("Община Русе")
    False
    """
    pairs = len(_DOUBLE_ENCODED_PAIR.findall(text))
    if pairs < 2:
        return False
    cyrillic = sum(1 for c in text if "\u0400" <= c <= "\u04ff")
    # Each mis-decoded letter yields two characters, at least one of them Р/С.
    return pairs * 2 >= 0.5 * cyrillic
