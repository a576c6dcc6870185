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

import re

# Bulgarian is the corpus language: text with no letters at all (numbers, a date) and
# truly mixed text fall back to it.
DEFAULT_LANG = "bg"

# Share of Cyrillic among all letters above which a text is Bulgarian. Below one half on
# purpose: Bulgarian pages carry Latin programme names, codes and e-mail addresses, while
# English pages rarely carry more than a quoted name in Cyrillic.
CYRILLIC_SHARE_FOR_BG = 0.35


# Letters only: the Cyrillic block minus its numeric sign and combining marks
# (U+0482-U+0489); Latin is ASCII letters plus Latin-1 Supplement and Extended-A/B letters.
_CYRILLIC_RUN = re.compile(r"[\u0400-\u0481\u048a-\u04ff]+")
_LATIN_RUN = re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+")


def script_counts(text: str) -> tuple[int, int]:
    """Count (Cyrillic, Latin) letters in ``text``.

    >>> script_counts("ОПАК 2007-2013 (OPAC)")
    (4, 4)
    """
    # Runs of letters found by regular expressions rather than a per-character loop:
    # this runs on every page, and one match per word is much cheaper than one per letter.
    return (sum(map(len, _CYRILLIC_RUN.findall(text))),
            sum(map(len, _LATIN_RUN.findall(text))))


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
