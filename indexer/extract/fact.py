"""The unit every extractor returns: a value and the text span it was read from.

Provenance is the point of praktiki's extraction: a researcher can check any facet value
against the sentence it came from (``GET /api/v1/practices/{id}`` returns both).

>>> Fact("BE", "Партньори: Община Гент, Белгия").as_dict()
{'value': 'BE', 'source': 'Партньори: Община Гент, Белгия'}
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Fact:
    value: Any
    source: str

    def as_dict(self) -> dict:
        return {"value": self.value, "source": self.source}
