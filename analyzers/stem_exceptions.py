"""Irregular Bulgarian word forms and words the stemmer must leave alone.

The suffix rules in :mod:`analyzers.bulgarian_stemmer` cannot relate forms whose root
changes (suppletion: ``човек``/``хора``) or whose plural is built irregularly
(``дете``/``деца``, ``око``/``очи``). They also must not cut programme abbreviations
(``опак``, ``прср``) or short place names. Both lists live in ``config/stem_exceptions.tsv``
as data, one entry per line::

    form<TAB>target<TAB>kind

``kind`` is ``irregular`` (``target`` is the stem shared by all forms of the word, never
longer than ``form``) or ``protected`` (return ``form`` unchanged; ``target`` repeats it).
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from config.settings import data_path

EXCEPTIONS_FILE = "stem_exceptions.tsv"


class StemExceptions(NamedTuple):
    """Irregular forms mapped to their shared stem, and words that must stay unstemmed."""

    irregular: dict[str, str]
    protected: frozenset[str]


def parse_exceptions(lines) -> StemExceptions:
    """Read ``form<TAB>target<TAB>kind`` lines; ``#`` starts a comment.

    >>> table = parse_exceptions(["# irregular plural", "деца\\tдет\\tirregular",
    ...                           "опак\\tопак\\tprotected"])
    >>> table.irregular["деца"], "опак" in table.protected
    ('дет', True)
    """
    irregular: dict[str, str] = {}
    protected: set[str] = set()
    for number, raw in enumerate(lines, start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        fields = [field.strip() for field in line.split("\t")]
        if len(fields) != 3 or fields[2] not in ("irregular", "protected"):
            raise ValueError(f"{EXCEPTIONS_FILE}:{number}: expected form<TAB>target<TAB>kind: {raw!r}")
        form, target, kind = fields
        if len(target) > len(form) or not target:
            raise ValueError(f"{EXCEPTIONS_FILE}:{number}: stem {target!r} is longer than {form!r}")
        if form in irregular or form in protected:
            raise ValueError(f"{EXCEPTIONS_FILE}:{number}: {form!r} is listed twice")
        if kind == "protected":
            protected.add(form)
        else:
            irregular[form] = target
    return StemExceptions(irregular, frozenset(protected))


@lru_cache(maxsize=1)
def load_exceptions() -> StemExceptions:
    """The shipped exception table (read once per process).

    >>> load_exceptions().irregular["деца"]
    'дет'
    """
    with open(data_path(EXCEPTIONS_FILE), encoding="utf-8") as handle:
        return parse_exceptions(handle)
