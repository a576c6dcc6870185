"""Kind, language and title of every sample page agree with the team's gold records."""
import json
from pathlib import Path

import pytest

from indexer.decoding import decode_bytes
from indexer.html_text import html_to_text
from indexer.pages import parse_page

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"
GOLD_FILES = sorted((REPO / "tests" / "gold").glob("extraction_gold_*.jsonl"))


def gold_records() -> dict[str, dict]:
    records = {}
    for path in GOLD_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                records[record["id"]] = record
    return records


def parsed_samples() -> dict[str, object]:
    """Pages by record id: the sample's path without extension, ``-N`` for listing items."""
    pages_by_id = {}
    for path in sorted(SAMPLES.glob("*/*")):
        if path.suffix not in (".txt", ".html"):
            continue
        text = decode_bytes(path.read_bytes(), name=path.name)
        if path.suffix == ".html":
            text = html_to_text(text).text
        pages = parse_page(text, name=path.name)
        stem = path.relative_to(SAMPLES).with_suffix("").as_posix()
        ids = [stem] if len(pages) == 1 else [f"{stem}-{n}" for n in range(1, len(pages) + 1)]
        pages_by_id.update(zip(ids, pages))
    return pages_by_id


GOLD = gold_records()
PAGES = parsed_samples()
CASES = [record_id for record_id in GOLD if record_id in PAGES]


def test_gold_covers_parsed_samples():
    if not GOLD:
        pytest.skip("no gold records")
    assert len(CASES) >= 20


@pytest.mark.parametrize("record_id", CASES)
def test_kind_lang_title_match_gold(record_id):
    page, gold = PAGES[record_id], GOLD[record_id]
    assert (page.kind, page.lang, page.title) == (gold["kind"], gold["lang"], gold["title"])
