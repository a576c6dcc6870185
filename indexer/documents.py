"""A Practice as the fields of one Whoosh document (see :mod:`indexer.schema`)."""
from __future__ import annotations

import dataclasses
import json

from indexer.datebounds import date_bounds
from indexer.practice import Practice

# Section names that feed the `summary` and `results` text fields.
SUMMARY_SECTIONS = ("background", "objective", "specific_objectives")
RESULTS_SECTIONS = ("results",)


_PRACTICE_FIELDS = tuple(f.name for f in dataclasses.fields(Practice))


def _record(practice: Practice) -> dict:
    """``practice.to_dict()`` without ``dataclasses.asdict``'s deep copy (the JSON is the same).

    asdict copies every nested list and dict of the provenance (~1 ms a practice); the
    record is only serialised here. ``tests/indexer/test_index_equivalence.py`` checks
    that both give the same JSON.
    """
    data = {name: getattr(practice, name) for name in _PRACTICE_FIELDS}
    data["date"] = practice.date
    return data


def whoosh_fields(practice: Practice, source_path: str = "", source_key: str = "") -> dict:
    sections = practice.sections or {}
    summary = "\n".join(sections[s] for s in SUMMARY_SECTIONS if sections.get(s))
    results = "\n".join(sections[s] for s in RESULTS_SECTIONS if sections.get(s))
    lo = hi = 0
    if practice.date:
        try:
            lo, hi = date_bounds(practice.date)
        except ValueError:
            lo = hi = 0
    doc = {
        "id": practice.id,
        "title": practice.title,
        "summary": summary,
        "results": results,
        # The body field holds the title too: it is the field every query and every typo
        # and spelling look-up falls back on, so it must know every word of the practice.
        "body": practice.title + "\n" + (practice.body or "\n".join(sections.values())),
        "lang": practice.lang,
        "kind": practice.kind,
        "date_lo": lo,
        "date_hi": hi,
        "budget_eur": round(practice.budget["amount_eur"]) if practice.budget else 0,
        "source_key": source_key,
        "source_path": source_path,
        "record": json.dumps(_record(practice), ensure_ascii=False),
        "title_text": practice.title.encode("utf-8"),
    }
    if practice.status:
        doc["status"] = practice.status
    if practice.municipality:
        doc["municipality"] = practice.municipality
    for name in ("programmes", "countries", "themes"):
        values = getattr(practice, name)
        if values:
            doc[name] = ",".join(v.lower() for v in values)
    return doc
