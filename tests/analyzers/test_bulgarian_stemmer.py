"""Bulgarian stemmer: golden stems by word class, the invariants, and the exception table."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analyzers.bulgarian_stemmer import BULGARIAN_LETTERS, MIN_WORD_LENGTH, stem
from analyzers.stem_exceptions import load_exceptions, parse_exceptions

GOLDEN = Path(__file__).parent / "data" / "stem_golden.tsv"
KNOWN_FAILURE = "known_failure"


def _golden_rows() -> list[dict[str, str]]:
    with open(GOLDEN, encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


GOLDEN_ROWS = _golden_rows()


def _golden_params():
    for row in GOLDEN_ROWS:
        marks = []
        if row["note"].startswith(KNOWN_FAILURE):
            # strict: the day a rule fixes this word, the test fails and the mark must go
            marks.append(pytest.mark.xfail(strict=True, reason=row["note"]))
        yield pytest.param(row["word"], row["expected_stem"], id=f"{row['word_class']}-{row['word']}", marks=marks)


def test_golden_table_covers_every_word_class():
    classes = {row["word_class"] for row in GOLDEN_ROWS}
    assert {"noun", "adjective", "verb", "participle", "irregular", "protected", "pronoun"} <= classes
    assert len(GOLDEN_ROWS) >= 200


@pytest.mark.parametrize("word, expected", _golden_params())
def test_golden_stem(word, expected):
    assert stem(word) == expected


def test_related_but_different_words_keep_different_stems():
    # derivational formants stay: verbal noun, place noun, -ствен and fleeting -ен adjectives
    assert stem("решение") != stem("реша")
    assert stem("изследване") != stem("изследван") == stem("изследвам")
    assert stem("училище") != stem("уча")
    assert stem("обществена") != stem("общество")
    assert stem("основна") != stem("основа")
    # masculine -ет with its count form is not a neuter plural in -ета
    assert stem("бюджета") == stem("бюджет") != stem("бюдж")


@pytest.mark.parametrize("word", ["praktiki", "Covid", "2024", "e-mail", "ОПАК", "über", "кmet"])
def test_words_that_are_not_lowercase_cyrillic_come_back_unchanged(word):
    assert stem(word) == word


@pytest.mark.parametrize("word", ["а", "и", "на", "от", "ям"])
def test_very_short_words_are_not_cut(word):
    assert len(stem(word)) == len(word) or word in load_exceptions().irregular


def test_protected_words_are_returned_as_they_are():
    for word in load_exceptions().protected:
        assert stem(word) == word


def test_irregular_forms_get_their_listed_stem_which_is_never_longer():
    table = load_exceptions()
    for form, shared_stem in table.irregular.items():
        assert stem(form) == shared_stem
        assert 0 < len(shared_stem) <= len(form)


cyrillic_words = st.text(alphabet=sorted(BULGARIAN_LETTERS - {"-"}), min_size=1, max_size=18)


@settings(max_examples=2000, deadline=None)
@given(cyrillic_words | st.text(alphabet=sorted(BULGARIAN_LETTERS), min_size=1, max_size=12) | st.text(max_size=8))
def test_stem_is_never_longer_and_never_empty(word):
    result = stem(word)
    assert len(result) <= len(word)
    assert result or not word


@settings(max_examples=500, deadline=None)
@given(cyrillic_words)
def test_stem_of_a_cyrillic_word_is_made_of_the_same_alphabet(word):
    # stems are index terms: no markers or other scripts may leak into them
    assert BULGARIAN_LETTERS.issuperset(stem(word))


@settings(max_examples=500, deadline=None)
@given(cyrillic_words)
def test_comparative_prefix_does_not_change_the_stem(word):
    if len(word) >= MIN_WORD_LENGTH and word not in load_exceptions().irregular and not word.startswith(("по-", "най-")):
        assert stem("по-" + word) == stem(word) == stem("най-" + word)


def test_comparative_prefix_before_a_listed_word_keeps_the_listed_stem():
    # Hypothesis found it: вече is protected, but по-вече was stemmed as an unlisted word (век)
    assert stem("по-вече") == stem("най-вече") == stem("вече")


def test_exception_table_rejects_a_stem_longer_than_its_form():
    with pytest.raises(ValueError, match="longer"):
        parse_exceptions(["ме\tаз-мен\tirregular"])


def test_exception_table_rejects_a_form_listed_twice():
    with pytest.raises(ValueError, match="twice"):
        parse_exceptions(["деца\tдет\tirregular", "деца\tдец\tirregular"])


def test_exception_table_rejects_an_unknown_kind():
    with pytest.raises(ValueError, match="form<TAB>target<TAB>kind"):
        parse_exceptions(["деца\tдет\tplural"])
