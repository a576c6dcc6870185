"""Transliteration: the official forward mapping, ranked reverse candidates, index resolution."""
from analysis_index_helpers import any_of, build_index, search_ids, term_exists
from whoosh import query

from analyzers.chain import query_analyzer
from analyzers.transliteration import (alternative_terms, analysed_term, cyrillic_candidates,
                                       is_latin_query, resolve_candidates, to_latin)

DOCS = {
    "gabrovo": "Община Габрово въведе енергийна ефективност в училищата",
    "burgas": "Социални услуги в община Бургас",
    "chitalishte": "Читалище „Възраждане“ в България",
    "english": "The municipality of Burgas opened a day centre",
}


def test_to_latin_follows_the_streamlined_system():
    assert to_latin("Щастие Ъгъл Цар Юг Яма Жар Чай Шоп Хан Йордан") == \
        "Shtastie Agal Tsar Yug Yama Zhar Chay Shop Han Yordan"


def test_to_latin_word_final_ia_and_the_name_of_the_country():
    assert to_latin("София, Гергьовден, България") == "Sofia, Gergyovden, Bulgaria"
    assert to_latin("ИСТОРИЯ") == "ISTORIA"


def test_to_latin_leaves_latin_and_digits_alone():
    assert to_latin("ОПАК BG051PO002 2012") == "OPAK BG051PO002 2012"


def test_official_reverse_spelling_ranks_first():
    assert cyrillic_candidates("obshtina")[0] == "община"
    assert cyrillic_candidates("gabrovo")[0] == "габрово"
    assert cyrillic_candidates("sotsialni")[0] == "социални"
    assert cyrillic_candidates("energiyna")[0] == "енергийна"


def test_shlyokavitsa_digits_and_letters():
    assert cyrillic_candidates("ob6tina")[0] == "община"
    assert cyrillic_candidates("4italishte")[0] == "читалище"
    assert cyrillic_candidates("wyzrajdane")[0] == "възраждане"
    assert cyrillic_candidates("qbalka")[0] == "ябалка"


def test_ambiguous_letters_give_every_reading_within_the_limit():
    candidates = cyrillic_candidates("balgaria", limit=16)
    assert {"балгария", "българия"} <= set(candidates)
    assert len(cyrillic_candidates("sadarzhanie", limit=5)) == 5


def test_codes_numbers_and_foreign_characters_have_no_candidates():
    assert cyrillic_candidates("BG051PO002") == []
    assert cyrillic_candidates("2012") == []
    assert cyrillic_candidates("café") == []


def test_is_latin_query():
    assert is_latin_query("Burgas")
    assert not is_latin_query("Бургас")
    assert not is_latin_query("Бургас Burgas")
    assert not is_latin_query("2012")


def test_resolution_keeps_what_the_index_holds_not_the_first_guess():
    ix = build_index(DOCS)
    candidates = cyrillic_candidates("balgaria")
    assert candidates[0] != "българия"
    assert resolve_candidates(candidates, term_exists(ix)) == ["българия"]


def _latin_query(ix, text):
    """What the search side does: each Latin word ORs its own term with resolved candidates."""
    exists = term_exists(ix)
    clauses = []
    for word in text.split():
        own = [query.Term("body", t.text) for t in query_analyzer()(word, mode="query")]
        others = [query.Term("body", term) for term in alternative_terms(word, exists)]
        clauses.append(any_of(*own, *others))
    return query.And(clauses)


def test_latin_letter_queries_find_what_the_cyrillic_query_finds():
    ix = build_index(DOCS)
    for latin, cyrillic in [("obshtina gabrovo", "община габрово"),
                            ("energiyna efektivnost", "енергийна ефективност"),
                            ("sotsialni uslugi", "социални услуги"),
                            ("ob6tina", "община"), ("4italishte", "читалище")]:
        expected = search_ids(ix, cyrillic)
        assert expected, cyrillic
        assert search_ids(ix, _latin_query(ix, latin)) >= expected, latin


def test_latin_place_name_finds_cyrillic_and_english_pages():
    ix = build_index(DOCS)
    assert search_ids(ix, _latin_query(ix, "Burgas")) == {"burgas", "english"}


def test_cyrillic_query_finds_an_english_page_through_its_transliteration():
    ix = build_index(DOCS)
    assert alternative_terms("Бургас", term_exists(ix)) == [analysed_term("Burgas")]
    assert search_ids(ix, _latin_query(ix, "Бургас")) == {"burgas", "english"}


def _sample_vocabulary():
    import re
    from pathlib import Path

    from analyzers.normalize import normalize_text
    samples = Path(__file__).resolve().parents[2] / "samples"
    words = set()
    for path in samples.rglob("*.txt"):
        text = normalize_text(path.read_text(encoding="utf-8", errors="replace")).lower()
        words.update(re.findall(r"[а-я]{3,}", text))
    return sorted(words)


def test_streamlined_spelling_of_sample_words_resolves_back_to_the_word():
    vocabulary = _sample_vocabulary()
    assert len(vocabulary) > 1000
    lexicon = {analysed_term(w) for w in vocabulary}
    right = 0
    for word in vocabulary:
        kept = resolve_candidates(cyrillic_candidates(to_latin(word)), lexicon.__contains__)
        right += bool(kept) and analysed_term(kept[0]) == analysed_term(word)
    assert right / len(vocabulary) >= 0.98
