"""decode_bytes: every encoding the corpus uses, and a clear refusal for the rest."""
import codecs

import pytest

from indexer.decoding import DecodeError, decode_bytes

BULGARIAN = ("Община Габрово спечели проект по Оперативна програма „Административен "
             "капацитет“. Бюджетът е 218 255,82 лева, а партньор е Община Гент, Белгия.")


def test_utf8_is_returned_unchanged():
    assert decode_bytes(BULGARIAN.encode("utf-8")) == BULGARIAN


def test_utf8_bom_is_stripped():
    text = decode_bytes(codecs.BOM_UTF8 + BULGARIAN.encode("utf-8"))
    assert text == BULGARIAN
    assert not text.startswith("\ufeff")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec):
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(codec, b"")
    assert decode_bytes(bom + BULGARIAN.encode(codec)) == BULGARIAN


def test_windows_1251_is_detected():
    assert decode_bytes(BULGARIAN.encode("cp1251")) == BULGARIAN


def test_short_windows_1251_label_line():
    assert decode_bytes("Статус: Приключен".encode("cp1251")) == "Статус: Приключен"


def test_windows_1251_page_with_english_and_symbols():
    text = "Бюджет на проекта: 454 090, 00 лв. – BG051PO002 № 10-16-19 © ФРМС"
    assert decode_bytes(text.encode("cp1251")) == text


@pytest.mark.parametrize("codec", ["koi8-r", "iso-8859-5"])
def test_other_cyrillic_codecs_never_come_back_as_mojibake(codec):
    data = BULGARIAN.replace("„", '"').replace("“", '"').encode(codec)
    try:
        text = decode_bytes(data)
    except DecodeError:
        return  # refusing is acceptable; returning gibberish is not
    assert text == BULGARIAN.replace("„", '"').replace("“", '"')


def test_koi8_sentence_is_decoded_with_its_own_codec():
    sentence = "Проектът приключи успешно през ноември 2013 г."
    assert decode_bytes(sentence.encode("koi8-r")) == sentence


def test_very_short_koi8_text_is_right_or_refused():
    # Three characters carry little evidence: the answer must be the right text or a
    # refusal that says why, never the windows-1251 reading of KOI8-R bytes.
    data = "лв.".encode("koi8-r")
    try:
        assert decode_bytes(data) == "лв."
    except DecodeError as error:
        assert "too little text" in error.reason


def test_empty_file():
    with pytest.raises(DecodeError, match="empty file"):
        decode_bytes(b"")


def test_binary_content_is_refused():
    with pytest.raises(DecodeError, match="binary content"):
        decode_bytes(b"%PDF-1.4\x00\x01\x02\xff\xfe stream")


def test_truncated_utf8_is_an_error_not_a_silent_loss():
    data = "Партньор: Белгия".encode("utf-8")[:-1]  # the last letter loses a byte
    with pytest.raises(DecodeError, match="truncated UTF-8"):
        decode_bytes(data, name="page.txt")


def test_error_carries_the_file_name_but_its_message_is_the_reason_alone():
    with pytest.raises(DecodeError) as caught:
        decode_bytes(b"", name="page.txt")
    assert caught.value.name == "page.txt"
    assert str(caught.value) == "empty file"


def test_decode_error_is_a_value_error_with_a_reason():
    with pytest.raises(ValueError) as caught:
        decode_bytes(b"")
    assert caught.value.reason == "empty file"


def test_random_high_bytes_are_refused():
    data = bytes(range(0x80, 0x100)) * 4
    with pytest.raises(DecodeError, match="not valid UTF-8"):
        decode_bytes(data)


def test_latin1_western_text_is_not_passed_off_as_bulgarian():
    data = "Müller aß Käse über dem Fluß, naïve façade élève".encode("latin-1")
    with pytest.raises(DecodeError):
        decode_bytes(data)


def test_meta_charset_contradicting_the_bytes_does_not_win():
    html = ('<html><head><meta charset="windows-1251"></head><body><p>'
            + BULGARIAN + "</p></body></html>")
    assert decode_bytes(html.encode("utf-8")) == html


def test_meta_utf8_on_windows_1251_bytes_is_still_windows_1251():
    html = '<meta charset="utf-8"><p>' + BULGARIAN + "</p>"
    assert decode_bytes(html.encode("cp1251")) == html


def test_double_encoded_utf8_is_repaired():
    mojibake = BULGARIAN.encode("utf-8").decode("cp1251", errors="strict")
    assert decode_bytes(mojibake.encode("utf-8")) == BULGARIAN


def test_bom_with_invalid_content_is_an_error():
    with pytest.raises(DecodeError, match="byte order mark"):
        decode_bytes(codecs.BOM_UTF8 + "Текст".encode("cp1251"))


def test_seed_pages_decode_as_utf8():
    from pathlib import Path
    seeds = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds not present")
    for path in sorted(seeds.glob("*.txt")):
        data = path.read_bytes()
        assert decode_bytes(data) == data.decode("utf-8")
        assert decode_bytes(decode_bytes(data).encode("cp1251", errors="ignore"))


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised(codec):
    assert decode_bytes(BULGARIAN.encode(codec)) == BULGARIAN


def test_binary_that_happens_to_have_even_length_is_still_binary():
    data = bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]) * 8
    with pytest.raises(DecodeError, match="binary content"):
        decode_bytes(data)
