"""JSON records in praktiki's shape and in registries' own shapes are read alike."""
from __future__ import annotations

import pytest

from indexer.record_fields import as_readable, normalise_key
from indexer.records import practice_from_record
from indexer.sources import record_problem

# Registry exports as they come: keys in Bulgarian or English, a unit in the key, a
# separate currency, numbers as numbers, a list of partners. Written for this test.
EXPORTS = [
    ({"id": "r-1", "Наименование на проекта": "Електронни услуги в Община Ловеч",
      "Бенефициент": "ОБЩИНА ЛОВЕЧ", "Оперативна програма": "Оперативна програма „Административен капацитет“",
      "Дата на стартиране": "03.04.2013", "Дата на приключване": "02.10.2014",
      "Статус": "Приключен", "Обща стойност (лв.)": "254 318,20",
      "Безвъзмездна финансова помощ (лв.)": "216 170,47"},
     {"status": "completed", "programmes": ["opac"], "municipality": "Община Ловеч",
      "start": "2013-04-03", "end": "2014-10-02", "budget": 254318.2, "currency": "BGN"}),
    ({"id": "r-2", "project_name": "Green corridors along the Danube", "lead_beneficiary": "Municipality of Vidin",
      "partners": ["Primăria Calafat, Romania"], "programme": "Interreg V-A Romania-Bulgaria",
      "status": "Completed", "start_date": "2016-09-01", "end_date": "2018-08-31",
      "total_eligible_cost": 845120.5, "erdf": 718352.42, "currency": "EUR"},
     {"status": "completed", "programmes": ["interreg-robg"], "countries": ["RO"],
      "municipality": "Община Видин", "start": "2016-09-01", "end": "2018-08-31",
      "budget": 845120.5, "currency": "EUR"}),
    ({"id": "r-3", "Наименование": "Нова детска градина в кв. Младост", "Бенефициент": "Община Силистра",
      "Програма": "ПРСР", "Начало": "01.06.2021", "Статус": "В изпълнение",
      "Обща стойност": "1 480 000,00 лв.", "Дейности": "Строителство и обзавеждане на детска градина."},
     {"status": "ongoing", "programmes": ["rdp-2014"], "municipality": "Община Силистра",
      "start": "2021-06-01", "budget": 1480000.0, "currency": "BGN"}),
    # the total under another name, the grant as a number: the total is the budget
    ({"id": "r-4", "project_name": "Shared trails of the lower Danube", "lead_beneficiary": "Municipality of Nikopol",
      "status": "Completed", "erdf": 401220.15, "total_eligible_value": "472,023.71", "currency": "EUR"},
     {"budget": 472023.71, "currency": "EUR"}),
    ({"id": "r-5", "Наименование": "Саниране на читалище в Две могили", "Бенефициент": "Община Две могили",
      "Безвъзмездна финансова помощ (лв.)": "311 400,00", "Общо допустими разходи (лв.)": "366 352,94"},
     {"budget": 366352.94, "currency": "BGN"}),
    # money as an object with its own currency; a partner's share beside it is no total
    ({"id": "r-6", "title": "Shared heat maps for river towns", "project_total": {"amount": 1304210.75, "currency": "EUR"},
      "share_of_partner_3": {"amount": 120000, "currency": "EUR"}, "status": "Finished"},
     {"budget": 1304210.75, "currency": "EUR", "status": "completed"}),
    # a transposed card's words: the funder, the deadline, the subsidy and the own share
    ({"id": "r-7", "Наименование": "Ремонт на читалището в с. Примерно", "Финансираща институция":
      "Министерство на културата", "Краен срок за изпълнение": "30.09.2026", "Обща стойност": "96 500,00 лв.",
      "Отпусната субсидия": "80 000,00 лв.", "Собствено участие": "16 500,00 лв."},
     {"end": "2026-09-30", "budget": 96500.0, "currency": "BGN"}),
    # a record's one sum under a plain name ("amount", "сума на договора") is its value
    ({"id": "r-8", "name": "Visitor centre at the old mill", "beneficiary": "Община Трявна",
      "amount": 204750, "currency": "EUR", "start_date": "04.2006"},
     {"budget": 204750.0, "currency": "EUR", "start": "2006-04"}),
    ({"id": "r-9", "Наименование": "Улично осветление в с. Примерно", "Сума на договора": "58 420,00 лв.",
      "Бенефициент": "Община Дряново"},
     {"budget": 58420.0, "currency": "BGN"}),
    # a plain "total sum" key, "от"/"до" for the period; a promoter's co-financing is the own share
    ({"id": "r-10", "наименование": "Залесяване край с. Примерно", "бенефициент": "Община Тервел",
      "обща_сума": "52 600,00", "валута": "лв.", "от": "01.04.2020", "до": "30.10.2020"},
     {"budget": 52600.0, "currency": "BGN", "start": "2020-04-01", "end": "2020-10-30"}),
    ({"id": "r-11", "title": "Youth centre in a small town", "promoter": {"name": "Municipality of Tervel"},
      "grant": "EUR 300,000", "total_eligible_cost": "EUR 352,941", "co_financing_promoter": "EUR 52,941"},
     {"budget": 352941.0, "currency": "EUR", "programmes": ["municipal-budget"]}),
]


@pytest.mark.parametrize("record, expected", EXPORTS, ids=[r["id"] for r, _ in EXPORTS])
def test_registry_exports_are_extracted_like_registry_pages(record, expected):
    assert record_problem(record) is None
    practice = practice_from_record(record)
    assert practice.kind == "registry"
    for name, value in expected.items():
        if name == "budget":
            assert practice.budget["amount"] == pytest.approx(value)
        elif name == "currency":
            assert practice.budget["currency"] == value
        else:
            assert getattr(practice, name) == value, name
    # Every extracted value can be traced to the field it came from.
    assert all(fact["source"] for facts in practice.provenance.values() for fact in facts)


def test_praktiki_shaped_records_keep_their_given_ids():
    record = {"id": "p-1", "title": "Компостиране в Габрово", "text": "Кратък текст.",
              "status": "completed", "countries": ["no"], "programmes": "eea-norway",
              "budget": {"amount": 1000, "currency": "EUR"}}
    practice = practice_from_record(record)
    assert (practice.status, practice.countries, practice.programmes) == ("completed", ["NO"], ["eea-norway"])
    assert practice.provenance["status"] == [{"value": "completed", "source": "given in the record"}]
    assert practice.budget == {"amount": 1000.0, "currency": "EUR", "amount_eur": 1000.0}


def test_given_values_outside_the_vocabulary_are_read_as_text_not_trusted():
    # "Completed" and "В изпълнение" are not praktiki status ids: read them, do not copy them.
    practice = practice_from_record({"id": "p-2", "title": "Проект", "status": "В изпълнение",
                                     "countries": ["Norway"], "start": "01.02.2020"})
    assert practice.status == "ongoing"
    assert practice.countries == ["NO"]  # a country name under "countries" is read as a partner
    assert practice.start == "2020-02-01"


def test_only_money_fields_take_a_separate_currency():
    readable = as_readable({"id": "p-3", "name": "Проект", "duration": 24, "total": 5000, "currency": "EUR"})
    assert readable.text.splitlines() == ["Продължителност: 24", "Бюджет на проекта: 5000 евро"]


def test_partner_country_codes_read_as_country_names():
    record = {"id": "RB-9", "title": "Wetlands", "lead_partner": {"name": "Town A", "country": "BG"},
              "partners": [{"name": "Comuna Oltina", "country": "RO"}, {"name": "Dimos Xanthis", "country": "GRC"}]}
    assert sorted(practice_from_record(record).countries) == ["GR", "RO"]
    assert sorted(practice_from_record({"id": "RB-10", "title": "Roads", "partner_countries": ["MK", "RS"]}).countries) == ["MK", "RS"]


def test_a_bulgarian_registry_export_with_no_currency_is_in_leva():
    readable = as_readable({"id": "r-1", "Наименование": "Ремонт на мост", "Бенефициент": "Община Ябланица",
                            "Обща стойност": "264018.30", "БФП": "224415.55"})
    assert readable.text.splitlines() == ["Бенефициент: Община Ябланица", "Бюджет на проекта: 264018.30 лв.",
                                          "Безвъзмездна финансова помощ: 224415.55 лв."]
    # an English export names its currency or stays without one: it may be in euro
    english = as_readable({"id": "r-2", "project_name": "Bridge", "total_value": "264018.30"})
    assert english.text.splitlines() == ["Бюджет на проекта: 264018.30"]


@pytest.mark.parametrize("record, problem", [
    ([1, 2], "a record must be a JSON object"),
    ({"title": "Без номер"}, "record has no 'id' string"),
    ({"id": "x", "text": "без заглавие"}, "record has no 'title' string (nor any of 'name'"),
    ({"id": "x" * 301, "title": "t"}, "record id is longer than 300 characters"),
])
def test_records_that_cannot_be_indexed_say_why(record, problem):
    assert record_problem(record).startswith(problem)


def test_keys_are_matched_whatever_their_spelling():
    assert normalise_key("Start_Date") == ("start date", None)
    assert normalise_key("Total value (EUR)") == ("total value", "евро")
    assert as_readable({"id": "a", "Заглавие": "Т"}).title == "Т"


def test_a_unit_as_the_keys_last_word_is_the_amounts_currency():
    readable = as_readable({"id": "a", "name": "Проект", "total_bgn": "84 500,00", "own_contribution_eur": 1200})
    assert readable.text.splitlines() == ["Бюджет на проекта: 84 500,00 лв.", "Собствен принос: 1200 евро"]
    assert normalise_key("Own contribution EUR") == ("own contribution", "евро")
    assert normalise_key("eur_region") == ("eur region", None)  # only the last word can be a unit


def test_a_record_id_that_is_a_registry_code_is_read_as_the_code():
    # The programme is known only from the code, and the code is only the record's id.
    practice = practice_from_record({"id": "BG16RFOP001-2.002-0042", "title": "Energy efficiency of a school",
                                     "beneficiary": "Municipality of Vratsa", "status": "ongoing"})
    assert "oprg" in practice.programmes
    assert "Номер на договор: BG16RFOP001-2.002-0042" in practice.body.splitlines()


@pytest.mark.parametrize("record", [
    {"id": "registry/vratsa-school", "title": "Училище"},  # praktiki's own id: a path
    {"id": "BG16RFOP001-2.002-0042", "title": "Училище", "contract_number": "BG16RFOP001-2.002-0042-C01"},
])
def test_a_record_id_is_not_added_when_it_is_no_code_or_the_record_gives_its_code(record):
    lines = as_readable(record).text.splitlines()
    assert not any(line.endswith(record["id"]) for line in lines)



def test_a_money_object_reads_as_its_amount_and_currency():
    text = as_readable({"id": "x", "title": "T", "total_budget": {"value": 2_480_000, "currency": "BGN"}}).text
    assert text == "Бюджет на проекта: 2480000 лв."


def test_a_contract_date_is_labelled_as_one_not_as_a_start():
    text = as_readable({"id": "x", "title": "T", "Дата на договора": "12.05.2024"}).text
    assert text == "Дата на сключване на договора: 12.05.2024"


def test_an_export_that_wraps_its_projects_in_an_object_gives_each_project(tmp_path):
    """A database export: the file's own name and date, then its projects under one key."""
    from indexer.sources import read_source

    export = {"database": "Cross-border cooperation programme - projects", "generated": "2023-11-07",
              "items": [{"id": "CB-118", "title": "Riverside cycle loop", "lead_partner": "Municipality of Ruse",
                         "status": "Ongoing", "start_date": "2022-05-16", "total_budget_eur": 640210.4},
                        {"id": "CB-121", "title": "Shared flood alerts", "status": "Closed"}]}
    path = tmp_path / "export.json"
    path.write_text(__import__("json").dumps(export), encoding="utf-8")
    source = read_source(tmp_path, path, 10**6)
    assert [record["id"] for record in source.records] == ["CB-118", "CB-121"]
    assert not source.failures
    practice = practice_from_record(source.records[0])
    assert (practice.municipality, practice.start, practice.budget["amount"]) == ("Община Русе", "2022-05-16", 640210.4)


@pytest.mark.parametrize("data, ids", [
    ({"meta": {"total": 2}, "data": {"projects": [{"id": "P-1"}, {"id": "P-2"}]}}, ["P-1", "P-2"]),
    ([{"id": "L-1"}, {"id": "L-2"}], ["L-1", "L-2"]),
    # a record of its own whose partners are objects stays one record
    ({"id": "S-9", "title": "Парк", "partners": [{"id": "org-4", "name": "Община Елена"}]}, ["S-9"]),
])
def test_export_records_finds_the_records_of_a_file(data, ids):
    from indexer.record_fields import export_records

    assert [record.get("id") for record in export_records(data)] == ids


def test_an_object_with_no_records_inside_stays_one_item_and_fails_as_before():
    from indexer.record_fields import export_records

    data = {"title": "Без код", "tags": ["a", "b"]}
    assert export_records(data) == [data]
    assert record_problem(data) == "record has no 'id' string"


@pytest.mark.parametrize("key", ["Последна актуализация", "last_updated", "Актуализирано"])
def test_when_a_record_was_last_updated_is_no_publication_date(key):
    record = {"id": "BG16RFOP001-1.001-0042", "Наименование": "Ремонт на читалище в Бобов дол",
              "Бенефициент": "Община Бобов дол", "Дата на стартиране": "04.05.2017", key: "20.11.2019"}
    practice = practice_from_record(record)
    assert practice.published is None
    assert "Последна актуализация: 20.11.2019" in practice.body.splitlines()


def test_a_records_publication_date_field_still_gives_one():
    record = {"id": "x-9", "title": "Нов парк в Бобов дол", "Дата на публикация": "20.11.2019"}
    assert practice_from_record(record).published == "2019-11-20"


def test_an_exports_programme_and_currency_go_to_each_record_that_names_none():
    from indexer.record_fields import export_records

    export = {"programme": "Interreg V-A Romania-Bulgaria", "currency": "EUR",
              "projects": [{"id": "ROBG-611", "title": "Flood maps for the lower Danube towns",
                            "lead_beneficiary": "Municipality of Svishtov", "total_budget": 734905.1},
                           {"id": "ROBG-612", "title": "Joint river rescue", "programme": "Interreg VI-A Romania-Bulgaria"}]}
    first, second = [practice_from_record(record) for record in export_records(export)]
    assert first.programmes == ["interreg-robg"] and first.budget["currency"] == "EUR"
    assert first.budget["amount"] == 734905.1
    assert "Interreg VI-A" in second.body and "Interreg V-A" not in second.body
