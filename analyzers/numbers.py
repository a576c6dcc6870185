"""One spelling per number, so amounts and dates written differently meet in the index.

Money on practice pages is written ``454 090,00``, ``179 335.45``, ``1,274,993.65`` or
``1.274.993,65``; dates as ``02.05.2012`` or ``05.2012``. The tokenizer keeps each as one
token; :func:`canonical_number` gives it one spelling (no group separators, decimal
comma) and :func:`year_of_date` lets a dotted date also be found by its year.
"""
from __future__ import annotations

import re

_GROUP_SPACES = re.compile("[ \u00a0\u202f\u2009]")
_DECIMAL_TAIL = re.compile(r"^(\d+)[.,](\d{1,2})$")
_DOTTED_DATE = re.compile(r"^(?:\d{1,2}\.){1,2}((?:19|20)\d\d)$")


def canonical_number(text: str) -> str:
    """Digit groups joined; a decimal part written with a comma.

    Only unambiguous separators are rewritten: a number that mixes ``,`` and ``.`` (the
    last one is the decimal mark), and a single separator followed by one or two digits.
    ``10.000`` (thousands or ten?) and dates such as ``02.05.2012`` stay as written.

    >>> canonical_number("454 090,00"), canonical_number("179 335.45")
    ('454090,00', '179335,45')
    >>> canonical_number("1,274,993.65"), canonical_number("1.274.993,65")
    ('1274993,65', '1274993,65')
    >>> canonical_number("7.2"), canonical_number("02.05.2012"), canonical_number("10.000")
    ('7,2', '02.05.2012', '10.000')
    """
    text = _GROUP_SPACES.sub("", text)
    if "," in text and "." in text:
        decimal_at = max(text.rfind(","), text.rfind("."))
        whole = text[:decimal_at].replace(",", "").replace(".", "")
        return f"{whole},{text[decimal_at + 1:]}"
    match = _DECIMAL_TAIL.match(text)
    if match:
        return f"{match.group(1)},{match.group(2)}"
    return text


def year_of_date(text: str) -> str | None:
    """The year of a dotted day-first date (``02.05.2012``, ``05.2012``), else None.

    >>> year_of_date("02.05.2012"), year_of_date("05.2012"), year_of_date("7.2")
    ('2012', '2012', None)
    """
    match = _DOTTED_DATE.match(text)
    return match.group(1) if match else None
