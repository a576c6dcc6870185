"""The Practice record: one practice, as indexed and as returned by the API.

Field names follow ``design.md``; ``provenance`` maps a field name to the facts it came
from so that every extracted value can be checked against its source sentence.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from indexer.extract.fact import Fact

FACT_FIELDS = ("status", "programmes", "countries", "municipality", "themes",
               "published", "start", "end", "budget")


@dataclass
class Practice:
    id: str
    title: str
    lang: str = "bg"
    kind: str = "news"
    sections: dict[str, str] = field(default_factory=dict)
    body: str = ""
    status: str | None = None
    programmes: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    municipality: str | None = None
    themes: list[str] = field(default_factory=list)
    published: str | None = None
    start: str | None = None
    end: str | None = None
    budget: dict | None = None
    source: str | None = None
    provenance: dict[str, list[dict]] = field(default_factory=dict)

    @property
    def date(self) -> str | None:
        """``start`` when known, else ``published`` (design.md); never today's date."""
        return self.start or self.published

    def record_fact(self, name: str, facts: Fact | list[Fact] | None) -> None:
        """Store extracted fact(s) as the field value plus provenance entries."""
        if facts is None or facts == []:
            return
        if isinstance(facts, Fact):
            setattr(self, name, facts.value)
            self.provenance[name] = [facts.as_dict()]
        else:
            setattr(self, name, [f.value for f in facts])
            self.provenance[name] = [f.as_dict() for f in facts]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["date"] = self.date
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Practice":
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)
