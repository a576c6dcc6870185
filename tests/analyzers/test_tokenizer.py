"""The tokenizer: token kinds, offsets into the original text, positions."""
from analyzers.tokenizer import PraktikiTokenizer, iter_tokens


def surfaces(text):
    return [surface for _, surface, _, _ in iter_tokens(text)]


def kinds(text):
    return {surface: kind for kind, surface, _, _ in iter_tokens(text)}


def test_offsets_point_into_the_original_text():
    text = "„Соци\u00adални“ услуги, 454 090,00 лв. — obshtina@burgas.bg"
    for token in PraktikiTokenizer()(text, chars=True, keeporiginal=True):
        assert text[token.startchar:token.endchar] == token.original
    assert surfaces(text)[0] == "Соци\u00adални"


def test_positions_are_consecutive_from_start_pos():
    tokens = [(t.text, t.pos) for t in PraktikiTokenizer()("едно две три", positions=True, start_pos=5)]
    assert tokens == [("едно", 5), ("две", 6), ("три", 7)]


def test_hyphenated_compound_is_one_compound_token():
    assert kinds("социално-икономически анализ") == {"социално-икономически": "compound", "анализ": "word"}
    assert kinds("Клуж\u2011Напока")["Клуж\u2011Напока"] == "compound"


def test_dotted_abbreviations_are_not_split():
    assert kinds("т.нар. добри практики, т.е. e.g.") == {
        "т.нар.": "abbrev", "добри": "word", "практики": "word", "т.е.": "abbrev", "e.g.": "abbrev"}


def test_single_abbreviations_with_dot_keep_their_letters():
    assert surfaces("през 2012 г. за 100 лв. по ОП") == ["през", "2012", "г", "за", "100", "лв", "по", "ОП"]


def test_grouped_numbers_are_one_token():
    for amount in ("454 090,00", "179 335.45", "1,274,993.65", "1.274.993,65", "10\u00a0000"):
        assert surfaces(f"сума {amount} лв") == ["сума", amount, "лв"], amount


def test_number_glued_to_unit_is_split_from_it():
    assert surfaces("10 000.00лв. и 01.01.2020г.") == ["10 000.00", "лв", "и", "01.01.2020", "г"]


def test_separate_numbers_are_not_joined_across_a_year():
    assert surfaces("2012 100 души") == ["2012", "100", "души"]


def test_project_codes_are_one_token():
    for code in ("BG051PO002-1.6.02-0030-C0001", "BG05M9OP001-2.002-0101", "BG-RRP-1.001", "ROBG-123"):
        assert kinds(f"Договор {code}, подписан")[code] == "code", code


def test_emails_and_urls_are_one_token_without_trailing_punctuation():
    found = kinds("Пишете на obshtina@burgas.bg или вижте https://www.burgas.bg/bg/proekti?id=5.")
    assert found["obshtina@burgas.bg"] == "email"
    assert found["https://www.burgas.bg/bg/proekti?id=5"] == "url"


def test_quotes_of_every_style_are_not_part_of_tokens():
    assert surfaces('„Бургас“ «Гент» ,,Нант” "Солун"') == ["Бургас", "Гент", "Нант", "Солун"]


def test_shlyokavitsa_words_starting_with_a_digit_are_one_word():
    assert kinds("4italishte ob6tina") == {"4italishte": "word", "ob6tina": "word"}


def test_apostrophes_inside_words_are_kept():
    assert surfaces("municipality's O’Neil") == ["municipality's", "O’Neil"]


def test_tokenize_false_yields_the_whole_value():
    tokens = [t.text for t in PraktikiTokenizer()("два думи", tokenize=False)]
    assert tokens == ["два думи"]


def test_lowercase_project_code_is_still_a_code():
    assert kinds("bg051po002-1.6.02-0030-c0001")["bg051po002-1.6.02-0030-c0001"] == "code"


def test_code_typed_with_cyrillic_lookalikes_is_still_a_code():
    assert kinds("Договор ВG051РО002-1.6.02")["ВG051РО002-1.6.02"] == "code"


def test_en_dash_without_spaces_joins_a_compound():
    assert kinds("Румъния–България и Румъния – България") == {
        "Румъния–България": "compound", "Румъния": "word", "и": "word", "България": "word"}
