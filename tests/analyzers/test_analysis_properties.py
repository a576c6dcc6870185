"""Property tests: the analysis pieces never raise and keep their invariants on any text."""
from hypothesis import given, settings
from hypothesis import strategies as st

from analyzers.chain import analyze, index_analyzer
from analyzers.normalize import normalize_text
from analyzers.synonyms import expansions
from analyzers.tokenizer import PraktikiTokenizer
from analyzers.transliteration import cyrillic_candidates, is_latin_query, to_latin

# Text biased towards what practice pages contain: Cyrillic, Latin, digits, separators,
# quotes, invisible characters and combining accents, plus anything else Unicode has.
PAGE_CHARS = st.sampled_from(list(
    "абвгдежзийклмнопрстуфхцчшщъьюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЬЮЯѝЍ"
    "abcehkmoptxyBCEHKMOPTXqwj0123456789 .,-‐‑/@:;'’\"„“”«»\n\t"
    "\u00ad\u200b\u200d\ufeff\u0300\u0306\u00a0\u202f"))
PAGE_TEXT = st.text(st.one_of(PAGE_CHARS, st.characters()), max_size=200)
CYRILLIC_WORD = st.text(st.sampled_from(list("абвгдезиклмнопрстуфхчшж")), min_size=1, max_size=6)


@given(PAGE_TEXT)
def test_normalize_never_raises_and_is_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once


@given(PAGE_TEXT)
def test_tokenizer_offsets_always_slice_the_original_text(text):
    last_pos = -1
    for token in PraktikiTokenizer()(text, positions=True, chars=True, keeporiginal=True):
        assert 0 <= token.startchar < token.endchar <= len(text)
        assert text[token.startchar:token.endchar] == token.original
        assert token.pos == last_pos + 1
        last_pos = token.pos


@settings(deadline=None)
@given(PAGE_TEXT)
def test_chain_never_raises_and_offsets_stay_inside_the_text(text):
    for mode in ("index", "query"):
        for token in analyze(text, mode=mode):
            assert 0 <= token["start"] <= token["end"] <= len(text)
            assert token["stem"]
    list(index_analyzer()(text, no_morph=True))


@given(PAGE_TEXT)
def test_to_latin_never_raises_and_leaves_no_cyrillic(text):
    assert not any("\u0400" <= ch <= "\u04ff" for ch in to_latin(text))


@given(PAGE_TEXT, st.integers(min_value=1, max_value=20))
def test_candidates_never_raise_and_respect_the_limit(text, limit):
    candidates = cyrillic_candidates(text, limit=limit)
    assert len(candidates) <= limit
    assert all(c and all("\u0400" <= ch <= "\u04ff" for ch in c) for c in candidates)
    is_latin_query(text)


@settings(deadline=None)
@given(CYRILLIC_WORD)
def test_transliterating_back_offers_the_original_word(word):
    assert word in cyrillic_candidates(to_latin(word), limit=64)


@settings(deadline=None)
@given(PAGE_TEXT)
def test_expansions_never_raise_and_surfaces_come_from_the_text(text):
    normalized = normalize_text(text)
    for surface, alternatives in expansions(text):
        assert surface and (surface in text or surface in normalized)
        assert alternatives
