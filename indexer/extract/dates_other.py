"""Sentences about other work funded by the same source as the page's project.

A news item on one project often closes with what the same funder paid for before or will pay
for next ("Общината вече изпълни с финансиране от същата МИГ ремонта на читалището, който
приключи през юни", "Under the same programme the town renovated its school in 2021"): that
sentence's dates belong to the other work, not to this practice.

>>> same_funder("Общината вече изпълни с финансиране от същата МИГ ремонта на читалището.")
True
>>> same_funder("Проектът се финансира от МИГ „Черноочене – Ардино“.")
False
"""
from __future__ import annotations

import re

_SAME_FUNDER = re.compile(r"(?<![^\W\d_])(?:(?:от|по|със?|чрез)\s+(?:същата|същия|същото)\s+(?:мига?|програма|мярка|фонд|"
                          r"процедура|схема|стратегия|финансираща\s+програма)|(?:from|under|by|through|with)\s+the\s+same\s+"
                          r"(?:lag|local\s+action\s+group|programme|program|fund|measure|scheme|call|strategy|funder|donor))"
                          r"(?![^\W\d_])", re.I)
_HINTS = ("същата", "същия", "същото", "the same")


def same_funder(sentence: str) -> bool:
    """Whether the sentence speaks of what the same programme or LAG funds besides this project."""
    lower = sentence.lower()
    return any(hint in lower for hint in _HINTS) and _SAME_FUNDER.search(lower) is not None
