"""Status, programmes, primary date and budget against the team's gold: samples and held-out pages.

The acceptance targets of issue 4 (part 2): status accuracy ≥ 0.95,
programmes F1 ≥ 0.90, primary date (``start`` else ``published``) right to the month ≥ 0.90,
total budget within 1% ≥ 0.90 — on the samples and on the held-out pages.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer.extract.budget import extract_budget
from indexer.extract.dates import extract_dates
from indexer.extract.programmes import extract_programmes
from indexer.extract.status import extract_status
from indexer.html_text import html_to_text
from indexer.pages import parse_page
from indexer.sources import SourceFailure, iter_files, read_source

REPO = Path(__file__).resolve().parents[2]
GOLD_DIR = REPO / "tests" / "gold"
# (name, folder of pages, gold files, fewest records worth measuring)
GOLD_SETS = [
    ("samples", REPO / "samples", sorted(GOLD_DIR.glob("extraction_gold_*.jsonl")), 20),
    ("heldout", GOLD_DIR / "heldout" / "pages", [GOLD_DIR / "heldout" / "gold.jsonl"], 10),
]


def _gold(files: list[Path]) -> dict[str, dict]:
    records = {}
    for path in files:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                records[record["id"]] = record
    return records


def _page_texts(folder: Path) -> dict[str, tuple[str, str]]:
    """Cleaned text and language of every practice under ``folder``, by the id the indexer gives it."""
    texts: dict[str, tuple[str, str]] = {}
    if not folder.exists():
        return texts
    for item in iter_files([folder]):
        if isinstance(item, SourceFailure):
            continue
        source = read_source(*item, max_bytes=20 << 20)
        if isinstance(source, SourceFailure):
            continue
        if source.kind in ("json", "jsonl"):
            for record in source.records:
                texts[record["id"]] = (f"{record['title']}\n\n{record['text']}", record.get("lang", "bg"))
            continue
        text = source.text
        if source.kind == "html":
            doc = html_to_text(text)
            text = doc.text if doc.text.lstrip().startswith(doc.title or "") else f"{doc.title}\n\n{doc.text}"
        pages = parse_page(text, name=str(source.path))
        ids = [source.doc_id] if len(pages) == 1 else [f"{source.doc_id}-{n}" for n in range(1, len(pages) + 1)]
        texts.update((doc_id, (page.text, page.lang)) for doc_id, page in zip(ids, pages))
    return texts


def _cases(name: str, folder: Path, files: list[Path], fewest: int) -> list:
    gold = _gold(files)
    texts = _page_texts(folder) if gold else {}
    cases = [(texts[i], gold[i]) for i in gold if i in texts]
    if len(cases) < fewest:
        pytest.skip(f"{name}: fewer than {fewest} gold records match their pages")
    return cases


@pytest.fixture(scope="module", params=GOLD_SETS, ids=[g[0] for g in GOLD_SETS])
def cases(request):
    return _cases(*request.param)


def _share(matches: list[bool]) -> float:
    return sum(matches) / len(matches)


def test_status_accuracy(cases):
    right = []
    for (text, lang), gold in cases:
        fact = extract_status(text, lang)
        right.append((fact.value if fact else None) == gold["status"])
    assert _share(right) >= 0.95


def test_programmes_f1(cases):
    true_pos = false_pos = false_neg = 0
    for (text, lang), gold in cases:
        found = {f.value for f in extract_programmes(text, lang)}
        wanted = set(gold["programmes"])
        true_pos += len(found & wanted)
        false_pos += len(found - wanted)
        false_neg += len(wanted - found)
    precision = true_pos / max(1, true_pos + false_pos)
    recall = true_pos / max(1, true_pos + false_neg)
    assert 2 * precision * recall / (precision + recall) >= 0.90


def test_primary_date_to_the_month(cases):
    right = []
    for (text, lang), gold in cases:
        facts = extract_dates(text, lang)
        primary = facts.start or facts.published
        got, wanted = (primary.value if primary else None), gold["date"]
        right.append(got == wanted if wanted is None or got is None else got[:7] == wanted[:7])
    assert _share(right) >= 0.90


def test_total_budget_within_one_percent(cases):
    right = []
    for (text, lang), gold in cases:
        fact, wanted = extract_budget(text, lang), gold["budget"]
        if wanted is None or fact is None:
            right.append(fact is None and wanted is None)
        else:
            right.append(fact.value["currency"] == wanted["currency"]
                         and abs(fact.value["amount"] - wanted["amount"]) <= 0.01 * wanted["amount"])
    assert _share(right) >= 0.90
