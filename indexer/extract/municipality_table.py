"""Bulgaria's 265 municipalities (``config/municipalities.tsv``), read once for every extractor
that needs them: the municipality fact, asides naming another municipality, countries (a town
whose name opens with a country adjective).

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
