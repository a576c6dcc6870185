"""Tell Bulgarian from English text by counting Cyrillic and Latin letters.

praktiki only has to choose between two languages written in two different scripts, so a
script count is both enough and robust where n-gram models are not: on one-line titles,
on Bulgarian prose full of Latin names (``Interreg``, ``UNDP``) and on English pages that
quote a Bulgarian place name. No dependencies, no data files.

>>> detect_lang("Община Бургас спечели проект по ОПАК")
'bg'
>>> detect_lang("The municipality of Burgas won an OPAC project")
'en'
"""
from __future__ import annotations

# Bulgarian is the corpus language: text with no letters at all (numbers, a date) and
# truly mixed text fall back to it.
DEFAULT_LANG = "bg"

# Share of Cyrillic among all letters above which a text is Bulgarian. Below one half on
# purpose: Bulgarian pages carry Latin programme names, codes and e-mail addresses, while
# English pages rarely carry more than a quoted name in Cyrillic.
CYRILLIC_SHARE_FOR_BG = 0.35


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"


def _is_latin(char: str) -> bool:
    return ("a" <= char <= "z") or ("A" <= char <= "Z") or ("\u00c0" <= char <= "\u024f")


def script_counts(text: str) -> tuple[int, int]:
    """Count (Cyrillic, Latin) letters in ``text``.

    >>> script_counts("ОПАК 2007-2013 (OPAC)")
    (4, 4)
    """
    cyrillic = latin = 0
    for char in text:
        if char.isalpha():
            if _is_cyrillic(char):
                cyrillic += 1
            elif _is_latin(char):
                latin += 1
    return cyrillic, latin


def detect_lang(text: str) -> str:
    """Return ``"bg"`` or ``"en"`` for ``text`` (``"bg"`` when there are no letters).

    >>> detect_lang("Project BG051PO002 – Община Гент, Белгия")
    'bg'
    >>> detect_lang("Innovator: Municipality of Gabrovo (Габрово)")
    'en'
    >>> detect_lang("2012-05-02")
    'bg'
    """
    cyrillic, latin = script_counts(text)
    total = cyrillic + latin
    if total == 0:
        return DEFAULT_LANG
    return "bg" if cyrillic / total >= CYRILLIC_SHARE_FOR_BG else "en"
