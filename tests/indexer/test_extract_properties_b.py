"""Properties of the country, municipality and theme extractors on arbitrary text.

They must never raise, must return well-formed facts, and must keep their vocabularies:
valid ISO alpha-2 codes (never BG), a label from the municipalities table, theme ids from
the taxonomy.
"""
import csv

import pycountry
from hypothesis import given, settings, strategies as st

from config.settings import data_path
from indexer.extract.countries import extract_countries
from indexer.extract.fact import Fact
from indexer.extract.municipality import extract_municipality
from indexer.extract.themes import extract_themes, load_themes

ISO_CODES = {c.alpha_2 for c in pycountry.countries}
THEME_IDS = {t.id for t in load_themes()}
with open(data_path("municipalities.tsv"), encoding="utf-8") as _handle:
    LABELS = {row["label"] for row in csv.DictReader(_handle, delimiter="\t")}

# Words the extractors react to, mixed with arbitrary text, so that the rules really fire.
TRIGGERS = ["Община", "община", "Гент", "Белгия", "(", ")", ",", "Иноватор:", "\n",
            "Норвежката", "асоциация", "Партньори:", "Лихтенщайн", "Норвегия", "Македония",
            "Гърция", "България", "отпадъци", "младежи", "Municipality of", "Sofia",
            "Бургас", "Столична", "Добрич", "град", "Област", "Interreg", "рома", "-", "."]
texty = st.lists(st.one_of(st.sampled_from(TRIGGERS), st.text(max_size=12)), max_size=40).map(" ".join)
any_text = st.one_of(st.text(max_size=400), texty)


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_countries_are_iso_codes_never_bulgaria_never_repeated(text):
    facts = extract_countries(text)
    codes = [f.value for f in facts]
    assert all(isinstance(f, Fact) for f in facts)
    assert set(codes) <= ISO_CODES and "BG" not in codes
    assert len(codes) == len(set(codes))
    assert all(len(f.source) <= 300 for f in facts)


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_municipality_is_a_known_label_or_none(text):
    fact = extract_municipality(text)
    assert fact is None or (fact.value in LABELS and len(fact.source) <= 300)


@settings(max_examples=300, deadline=None)
@given(any_text, st.text(max_size=60))
def test_themes_are_known_ids_at_most_four(text, title):
    facts = extract_themes(text, title=title)
    values = [f.value for f in facts]
    assert set(values) <= THEME_IDS and len(values) == len(set(values)) <= 4
    assert all(len(f.source) <= 300 for f in facts)


@given(st.sampled_from(["bg", "en"]))
def test_empty_text_gives_nothing(lang):
    assert extract_countries("", lang) == []
    assert extract_municipality("", lang) is None
    assert extract_themes("", lang) == []
