"""Properties of decode_bytes: it never guesses, whatever the bytes."""
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.decoding import DecodeError, decode_bytes

BULGARIAN_WORDS = st.sampled_from([
    "община", "проект", "програма", "бюджет", "партньори", "резултати", "дейности",
    "граждани", "услуги", "развитие", "Община", "Проектът", "приключи", "успешно", "през",
    "и", "на", "за", "с", "в", "от", "лв.", "2013", "г.", "„Добро управление“", "–",
])
SENTENCES = st.lists(BULGARIAN_WORDS, min_size=1, max_size=40).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_give_text_or_a_decode_error(data):
    try:
        text = decode_bytes(data)
    except DecodeError as error:
        assert error.reason
    else:
        assert isinstance(text, str) and "\x00" not in text


@settings(max_examples=400, deadline=None)
@given(SENTENCES, st.sampled_from(["utf-8", "utf-16", "cp1251", "koi8-r", "iso-8859-5"]))
def test_bulgarian_text_comes_back_right_or_is_refused(sentence, codec):
    data = sentence.encode(codec, errors="replace")
    expected = data.decode(codec)  # what the text really is in that codec
    try:
        assert decode_bytes(data) == expected
    except DecodeError:
        # Only the single-byte codecs may be refused (word salad can look like nothing).
        assert codec in ("cp1251", "koi8-r", "iso-8859-5")


PROSE = st.sampled_from([
    "Община Габрово спечели проект за обновяване на центъра за административно обслужване.",
    "Проектът приключи успешно през ноември 2013 г. и беше финансиран от ОПАК.",
    "В изпълнение са дейностите по ремонта на детската градина в квартал „Изток“.",
    "Партньори по проекта са Община Гент, Белгия, и Норвежката асоциация на местните власти.",
    "Бюджетът на проекта е 454 090,00 лв., а продължителността му е 18 месеца.",
    "Гражданите могат да подават сигнали и заявления по електронен път.",
    "Статус: Приключен",
    "Иноватор: Община Русе",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(PROSE, min_size=2, max_size=6).map("\n".join))
def test_windows_1251_prose_is_always_accepted(text):
    assert decode_bytes(text.encode("cp1251")) == text
