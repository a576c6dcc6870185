"""The fast paths of the extractors give what the plain per-word/per-regex code gives.

``programme_spellings._TriggerScan`` finds every trigger word's windows in fewer passes than
one ``str.find`` loop per word (``_windows``); the windows must be the same, overlapping
words, repeats and words near the end of the page included.
"""
from __future__ import annotations

import random
from pathlib import Path

from indexer.extract import programme_spellings as ps

ROOT = Path(__file__).resolve().parents[2]


def _pages():
    for folder in (ROOT / "samples", ROOT / "tests" / "gold"):
        for path in sorted(folder.rglob("*")):
            if path.suffix in (".txt", ".html", ".json", ".jsonl"):
                yield path.read_text(encoding="utf-8", errors="ignore")
    triggers = ps.spelling_index()[1]
    words = sorted({word for word, _ in triggers.values() if word})
    rng = random.Random(7)
    pieces = words + [w[: len(w) // 2] for w in words] + [w.upper() for w in words] + [" ", "\n", "а", "ОПОП"]
    for _ in range(300):
        yield "".join(rng.choice(pieces) for _ in range(rng.randint(1, 60)))
    yield "ОПОПАК " * 40 + "програмапрограма"
    yield "x" * 200 + "ОПАК ОПРР програма програмата"


def _plain_windows(text: str, lowered: str, triggers) -> dict:
    windows = {}
    for word, exact in set(triggers.values()):
        if word:
            spans = ps._windows(text if exact else lowered, word, len(text))
            if spans:
                windows[(word, exact)] = spans
    return windows


def test_trigger_scan_gives_the_per_word_windows():
    triggers = ps.spelling_index()[1]
    scan = ps._trigger_scan(triggers)
    checked = 0
    for text in _pages():
        lowered = text.lower()
        assert scan.windows(text, lowered) == _plain_windows(text, lowered, triggers)
        checked += 1
    assert checked > 300
