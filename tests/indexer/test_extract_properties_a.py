"""Properties of the status, programme, date and budget extractors on arbitrary text.

They never raise; dates are valid ISO strings of year, month or day precision; amounts are
positive with a known currency; every value carries a non-empty source of at most 300 chars.
"""
from __future__ import annotations

import datetime
import doctest
import importlib
import re

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.extract.budget import BGN_PER_EUR, extract_budget
from indexer.extract.dates import extract_dates
from indexer.extract.programmes import extract_programmes, load_programmes
from indexer.extract.status import STAGES, extract_status

# Text made of the pieces the extractors look for, shuffled with noise, finds more paths than
# uniformly random characters would.
PIECES = st.sampled_from([
    "Статус:", "приключил", "в изпълнение", "одобрен", "кандидатства", "ще", "не е", "Проектът",
    "Бюджет на проекта:", "обща стойност", "от които", "безвъзмездна", "лв.", "лева", "евро", "€",
    "EUR", "BGN", "хил.", "млн.", "милиона", "thousand", "454 090, 00", "1,274,993.65", "4,49",
    "1 895 105. 66", "0", "00", ",", ".", "-", "–", "до", "от", "(", ")", "г.",
    "Дата на публикация:", "Начална дата:", "Крайна дата:", "Продължителност:", "18 месеца",
    "Понеделник,", "5", "Декември", "2016", "31.02.2014", "05.2012г.", "08.06", "23.06.2005",
    "2014-01-30", "ян.", "Окт,", "9999", "1899", "2036", "99.99.2012",
    "ОПАК", "ОПРЧР", "ПРСР", "мярка 321", "подмярка 7.2", "„", "“", '"', ",,", "Оперативна програма",
    "Региони в растеж", "BG051PO002-1.1", "BG-RRP-", "ROBG-", "BGLD-", "МИГ", "ФАР-ТГС",
    "собствени средства", "\n", " ", "\t",
])
TEXT = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=60).map(" ".join),
    st.lists(PIECES, max_size=60).map("".join),
)
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PROGRAMME_IDS = {p.id for p in load_programmes()}


def _check_source(fact) -> None:
    assert isinstance(fact.source, str) and 0 < len(fact.source) <= 300


def _valid_iso(value: str) -> bool:
    if not ISO.match(value):
        return False
    parts = [int(p) for p in value.split("-")]
    year, month, day = (parts + [1, 1])[:3]
    datetime.date(year, month, day)  # raises on 2014-02-31
    return 1990 <= year <= 2035


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_status_is_a_stage_or_none(text):
    fact = extract_status(text)
    if fact is not None:
        assert fact.value in STAGES
        _check_source(fact)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_programmes_are_unique_taxonomy_ids(text):
    facts = extract_programmes(text)
    values = [f.value for f in facts]
    assert len(values) == len(set(values))
    assert set(values) <= PROGRAMME_IDS
    for fact in facts:
        _check_source(fact)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_dates_are_valid_iso_with_precision(text):
    facts = extract_dates(text)
    for fact in (facts.published, facts.start, facts.end):
        if fact is not None:
            assert _valid_iso(fact.value), fact.value
            _check_source(fact)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_budget_amounts_are_positive_and_converted(text):
    fact = extract_budget(text)
    if fact is not None:
        value = fact.value
        assert value["currency"] in ("BGN", "EUR")
        assert value["amount"] > 0 and value["amount_eur"] > 0
        assert value["amount"] == round(value["amount"], 2)
        expected_eur = value["amount"] if value["currency"] == "EUR" else round(value["amount"] / BGN_PER_EUR, 2)
        assert value["amount_eur"] == expected_eur
        _check_source(fact)


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 28), st.integers(1, 12), st.integers(1990, 2035))
def test_numeric_dates_round_trip_with_day_precision(day, month, year):
    facts = extract_dates(f"Проект\nНачална дата: {day:02d}.{month:02d}.{year}")
    assert facts.start.value == f"{year:04d}-{month:02d}-{day:02d}"


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 12), st.integers(1990, 2035))
def test_month_year_dates_keep_month_precision(month, year):
    facts = extract_dates(f"Проект\nНачална дата: {month:02d}.{year}г.")
    assert facts.start.value == f"{year:04d}-{month:02d}"


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 999_999_999))
def test_spaced_thousands_in_leva_read_back(cents):
    amount = cents / 100
    whole, fraction = f"{amount:.2f}".split(".")
    spaced = f"{int(whole):,}".replace(",", " ")
    fact = extract_budget(f"Бюджет на проекта: {spaced},{fraction} лв.")
    assert fact.value["amount"] == round(amount, 2)


@pytest.mark.parametrize("module_name", [
    "indexer.extract.status", "indexer.extract.programmes", "indexer.extract.programme_spellings",
    "indexer.extract.dates",
    "indexer.extract.date_mentions", "indexer.extract.date_labels", "indexer.extract.date_published",
    "indexer.extract.budget", "indexer.extract.word_anchored",
])
def test_docstring_examples_hold(module_name):
    module = importlib.import_module(module_name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
