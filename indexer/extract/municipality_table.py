"""Bulgaria's 265 municipalities (``config/municipalities.tsv``), read once for every extractor
that needs them: the municipality fact, asides naming another municipality, countries (a town
whose name opens with a country adjective); and the places that are no municipality's seat
(``config/settlements.tsv``: towns such as Черноморец, resorts such as Боровец) with their municipality.

Columns: ``name_bg``, ``label`` (the facet value), ``name_en``, ``province``, ``forms`` (other
spellings, ``|`` between them; may be empty).

>>> next(row for row in municipality_rows() if row["name_bg"] == "Габрово")["label"]
'Община Габрово'
"""
from __future__ import annotations

import csv
import functools

from config.settings import data_path


@functools.cache
def municipality_rows() -> tuple[dict[str, str], ...]:
    with open(data_path("municipalities.tsv"), encoding="utf-8") as handle:
        return tuple(csv.DictReader(handle, delimiter="\t"))


@functools.cache
def settlement_rows() -> tuple[dict[str, str], ...]:
    """Rows of ``config/settlements.tsv`` (``name``, ``label``, ``kind``); ``#`` lines are comments.

    >>> next(row for row in settlement_rows() if row["name"] == "Черноморец")["label"]
    'Община Созопол'
    """
    with open(data_path("settlements.tsv"), encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return tuple(csv.DictReader(lines, delimiter="\t"))
