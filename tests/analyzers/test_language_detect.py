"""detect_lang: Bulgarian or English by script, on short and mixed texts."""
import pytest

from analyzers.language import detect_lang, script_counts


@pytest.mark.parametrize("text", [
    "Община Бургас",
    "Проектът по Interreg V-A Румъния – България приключи успешно.",
    "ОПАК BG051PO002",                              # an abbreviation and a code
    "Партньори: Municipality of Ghent, Белгия, и Община Ротердам",
    "",
    "2012-05-02 454 090,00",
])
def test_bulgarian(text):
    assert detect_lang(text) == "bg"


@pytest.mark.parametrize("text", [
    "Results",
    "The Municipality of Lovech (Община Ловеч) carried out the project.",
    "Innovator: Vratsa Municipality",
    "Funding: Rural Development Programme 2014-2020",
])
def test_english(text):
    assert detect_lang(text) == "en"


def test_counts_ignore_digits_and_punctuation():
    assert script_counts("Ден 1: Day 2!") == (3, 3)


def test_accented_latin_counts_as_latin():
    assert script_counts("Constanța") == (0, 9)
