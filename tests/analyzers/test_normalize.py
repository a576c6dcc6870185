"""Normalisation: each rule pinned on its own, plus one end-to-end index check."""
import unicodedata

from analysis_index_helpers import build_index, search_ids

from analyzers.normalize import fold_homoglyphs, normalize_text, normalize_word


def test_decomposed_letters_are_composed_nfc():
    decomposed = unicodedata.normalize("NFD", "йод")
    assert len(decomposed) == 4
    assert normalize_text(decomposed) == "йод"


def test_accented_i_becomes_plain_i():
    assert normalize_text("даде ѝ книгата, Ѝ") == "даде и книгата, И"
    assert normalize_text(unicodedata.normalize("NFD", "ѝ")) == "и"


def test_soft_hyphen_and_zero_width_characters_are_removed():
    assert normalize_text("соци\u00adално\u200b ин\u200dфра\u2060структура\ufeff") == "социално инфраструктура"


def test_every_quote_style_becomes_a_plain_double_quote():
    for quoted in ("„Бургас“", "«Бургас»", "“Бургас”", ",,Бургас”", '"Бургас"'):
        assert normalize_text(quoted) == '"Бургас"', quoted


def test_double_comma_followed_by_space_is_left_alone():
    assert normalize_text("1,, 2") == "1,, 2"


def test_latin_lookalikes_inside_cyrillic_words_are_folded():
    assert normalize_text("общинa Бургаc") == "община Бургас"
    assert fold_homoglyphs("PАЗВИТИЕ") == "РАЗВИТИЕ"


def test_cyrillic_lookalikes_inside_latin_words_are_folded():
    assert fold_homoglyphs("Вurgas") == "Burgas"
    assert fold_homoglyphs("municipаlity") == "municipality"


def test_pure_and_unfoldable_words_are_unchanged():
    assert fold_homoglyphs("община") == "община"
    assert fold_homoglyphs("Burgas") == "Burgas"
    # 'g' has no Cyrillic twin: a genuinely mixed token is not guessed at.
    assert fold_homoglyphs("обgщина") == "обgщина"


def test_normalize_word_keeps_case_and_quotes_to_the_caller():
    assert normalize_word("Общинa") == "Община"
    assert normalize_word("ASCII") == "ASCII"


def test_latin_a_query_finds_cyrillic_word_and_back():
    ix = build_index({"cyr": "Община Габрово", "lat": "Общинa Габрово с латинско a"})
    assert search_ids(ix, "общинa") == {"cyr", "lat"}
    assert search_ids(ix, "община") == {"cyr", "lat"}


def test_invisible_characters_do_not_hide_a_word_from_search():
    ix = build_index({"soft": "соци\u00adални услуги"})
    assert search_ids(ix, "социални") == {"soft"}


def test_accented_i_followed_by_another_grave_is_stable():
    # Found by the property test: unaccenting ѝ must not leave a new composable ѝ behind.
    once = normalize_text("ѝ\u0300")
    assert normalize_text(once) == once


def test_folded_letter_followed_by_an_accent_is_recomposed():
    # Found by the property test: Cyrillic а + grave inside a Latin word folds to à.
    once = normalize_text("aAа\u0300")
    assert once == "aA\u00e0" and normalize_text(once) == once


def test_accent_between_mixed_letters_does_not_change_folding_on_a_second_pass():
    once = normalize_text("aaа\u0300а")
    assert normalize_text(once) == once
