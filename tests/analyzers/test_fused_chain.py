"""The fused analyzer (`PraktikiAnalyzer.__call__`) gives the same tokens as the filter chain.

The reference is the same tokenizer and filters run as Whoosh's plain CompositeAnalyzer
runs them, one generator per filter; every attribute a filter sets is compared, in every
mode and option Whoosh, the indexer, the query parser and the highlighter use.
"""
from itertools import product
from pathlib import Path

import pytest
from whoosh.analysis import CompositeAnalyzer

from analyzers.chain import PraktikiAnalyzer, index_analyzer
from analyzers.filters import ScriptStemFilter

ROOT = Path(__file__).resolve().parents[2]

TRICKY = [
    "Социално-икономически анализ на общината, 454 090,00 лв. и 1,274,993.65 EUR",
    "Договор BG051PO002-1.6.02-0030-C0001 по ОПАК; ВG051РО002-1.6.02 (Cyrillic look-alikes)",
    "на 02.05.2012 и 05.2012 г., т.нар. т.е. e.g. 7.2 10.000",
    "https://www.burgas.bg/bg/proekti obshtina@burgas.bg 4italishte 6kola",
    "Кметът ѝ връчи наградата; соци\u00adално; Общинa (Latin a); Румъния–България",
    "и на за от the of and a an in",
    "self-government 2014-2020 Gent-Burgas-Varna co-operation x-y",
    "", "   ", "-", "на", "BG-RRP-1.001 BG05M9OP001-2.002-0101",
]


def _texts() -> list[str]:
    files = sorted(p for p in (ROOT / "samples").rglob("*") if p.suffix in (".txt", ".html", ".json", ".jsonl"))
    texts = list(TRICKY)
    for path in files[:60]:
        texts.append(path.read_text(encoding="utf-8", errors="replace")[:6000])
    return texts


def _rows(tokens, options):
    rows = []
    for t in tokens:
        row = [t.text, t.kind, t.stopped, t.boost]
        if options["positions"]:
            row.append(t.pos)
        if options["chars"]:
            row += [t.startchar, t.endchar]
        if options["keeporiginal"]:
            row.append(t.original)
        rows.append(tuple(row))
    return rows


OPTIONS = [dict(zip(("mode", "positions", "chars", "removestops", "no_morph", "keeporiginal"), combo))
           for combo in product(("index", "query", ""), (False, True), (False, True), (True, False),
                                (False, True), (False, True))]


@pytest.mark.parametrize("options", OPTIONS, ids=lambda o: "-".join(f"{k}={v}" for k, v in o.items()))
def test_fused_chain_gives_the_same_tokens(options):
    analyzer = index_analyzer()
    assert isinstance(analyzer, PraktikiAnalyzer)
    for text in _texts():
        fused = _rows(analyzer(text, **options), options)
        plain = _rows(CompositeAnalyzer.__call__(analyzer, text, **options), options)
        assert fused == plain, text[:80]


def test_start_offsets_and_boosts_kwargs_pass_through():
    analyzer = index_analyzer()
    opts = dict(positions=True, chars=True, start_pos=5, start_char=100, boosts=True, mode="index")
    text = "Социално-икономически BG-RRP-1.001 02.05.2012 на общината"
    assert _rows(analyzer(text, **opts), {**opts, "keeporiginal": False}) == \
        _rows(CompositeAnalyzer.__call__(analyzer, text, **opts), {**opts, "keeporiginal": False})


def test_unstemmed_text_is_the_spelling_stream():
    """What the indexer stores as spelling words: the unstemmed text of the index pass."""
    analyzer = index_analyzer()
    for text in _texts():
        unstemmed = sorted({t.unstemmed for t in analyzer(text, positions=True, mode="index")})
        spelling = sorted({t.text for t in CompositeAnalyzer.__call__(analyzer, text, no_morph=True)})
        assert unstemmed == spelling, text[:80]


def test_untokenized_value_and_extended_chains_take_the_plain_path():
    analyzer = index_analyzer()
    assert [t.text for t in analyzer("Общините", tokenize=False)] == ["общин"]
    longer = analyzer | ScriptStemFilter()
    assert type(longer) is CompositeAnalyzer
