"""Dates with precision as day ranges: ``2012-05`` covers 2012-05-01 .. 2012-05-31.

Both the index (a practice's date) and the search filters (``date_from``/``date_to``)
use these bounds, so "overlaps the range" is one integer comparison on each side.
"""
from __future__ import annotations

import calendar
import re

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def date_bounds(value: str) -> tuple[int, int]:
    """First and last day (as YYYYMMDD integers) that an ISO date of any precision covers.

    >>> date_bounds("2012-05")
    (20120501, 20120531)
    >>> date_bounds("2016")
    (20160101, 20161231)
    >>> date_bounds("2024-02-29")
    (20240229, 20240229)

    Raises ValueError for anything else (``2012-13``, ``2023-02-29``, ``12.05.2012``).
    """
    match = _ISO.match(value.strip()) if isinstance(value, str) else None
    if not match:
        raise ValueError(f"{value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(g) if g else None for g in match.groups())
    if not 1 <= year <= 9999:
        raise ValueError(f"{value!r}: year out of range")
    if month is None:
        return year * 10000 + 101, year * 10000 + 1231
    if not 1 <= month <= 12:
        raise ValueError(f"{value!r}: month must be 01-12")
    last = calendar.monthrange(year, month)[1]
    if day is None:
        return year * 10000 + month * 100 + 1, year * 10000 + month * 100 + last
    if not 1 <= day <= last:
        raise ValueError(f"{value!r}: day out of range for that month")
    key = year * 10000 + month * 100 + day
    return key, key
