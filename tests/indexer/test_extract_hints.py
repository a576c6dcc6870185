"""The substring pre-tests in front of the extractors' IGNORECASE regexes never skip a match.

``status_cues.CUES`` lists, per stage (its ``hints``), a lower-cased word of every alternative of the
stage's cue regex, and ``asides`` tests substrings before ``_NEIGHBOUR``/``_PARTNER_WORDS``:
a regex match in a sentence whose lower-cased text holds none of them would be lost. Every
sentence of the samples and gold pages, plus each cue's own phrasings, is checked.
"""
from __future__ import annotations

import re
from pathlib import Path

from indexer.extract import asides
from indexer.extract.status_cues import CUES

ROOT = Path(__file__).resolve().parents[2]
PHRASES = [
    "Проектът е успешно реализиран.", "ПРОЕКТЪТ ПРИКЛЮЧИ", "бе изпълнен между 2016 и 2018", "was carried out",
    "The project ran from 2015", "has been officially closed", "final conference of the project",
    "заключителна пресконференция по проекта", "закриването на проекта", "е изграден със средства по програма",
    "работите по обекта текат", "в момента текат ремонтни работи", "continues to operate", "is under way",
    "construction is now in progress", "продължава да работи", "даде се старт", "се реализира",
    "договорът беше подписан", "won funding", "signed a grant contract", "класирана за финансиране",
    "кандидатства", "submitted a proposal", "внесе проект", "подадено проектно", "съседната община",
    "a neighbouring municipality", "в партньорство", "jointly with",
]


def _sentences():
    texts = [p.read_text(encoding="utf-8", errors="ignore")
             for folder in (ROOT / "samples", ROOT / "tests" / "gold")
             for p in sorted(folder.rglob("*")) if p.suffix in (".txt", ".html", ".json", ".jsonl")]
    for text in texts:
        yield from (s for s in re.split(r"(?<=[.!?;:])\s+|\n", text) if s.strip())
    yield from PHRASES


def test_pre_tests_hold_every_regex_match():
    checked = 0
    for sentence in _sentences():
        lower = sentence.lower()
        for stage, cues in CUES:
            if cues.pattern.search(sentence):
                checked += 1
                assert any(h in lower for h in cues.hints), (stage, sentence)
        if asides._NEIGHBOUR.search(sentence):
            assert "съседн" in lower or "neighbo" in lower, sentence
        if asides._PARTNER_WORDS.search(sentence):
            assert any(h in lower for h in asides._PARTNER_HINTS), sentence
    assert checked > 100
