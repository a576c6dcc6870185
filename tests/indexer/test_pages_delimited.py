"""Registry exports as delimited text (tab-separated extracts, ``;`` or ``,`` CSV files):
a header row of column labels and one row per contract become ``Header: value`` lines, so
the record's dates, value, status and programme code reach the extractors and the page is
read as a registry record named by its project field.

Fixtures are written here in the shapes registry exports take; no gold page is copied.
"""
from pathlib import Path

from indexer.pages import parse_page
from indexer.records import practices_from_source
from indexer.sources import SourceFile
from indexer.text_tables import delimited_records


def one(text: str):
    pages = parse_page(text)
    assert len(pages) == 1
    return pages[0]


def practice(text: str):
    source = SourceFile(path=Path("registry/x.txt"), doc_id="registry/x", kind="text",
                        content_hash="0", text=text)
    (found,) = practices_from_source(source)
    return found


TAB_EXTRACT = ("Справка за договорите по програмата – Община Примерно\n"
               "Област: Примерна\tОбщина: Примерно\n"
               "Данни към: 10.01.2022\n\n"
               "Код\tБенефициент\tНаименование на проекта\tНачална дата\tКрайна дата\t"
               "Обща стойност (лв.)\tСъфинансиране (лв.)\tСтатус\n"
               "BG16RFOP001-1.001-0123-C01\tОбщина Примерно\tСаниране на детска градина „Зорница“\t"
               "01.04.2019\t30.09.2020\t1 254 300,50\t125 430,05\tПриключен\n\n"
               "Източник: Информационна система на фондовете\n")

SEMICOLON_CSV = ("Регистър на сключените договори, изтеглен като CSV\n\n"
                 "Номер на договора;Получател;Проект;Дата на договора;Стойност на проекта, лв.;Статус\n"
                 "BG06RDNP001-7.007-0055;ОБЩИНА ПРИМЕРНО;\"Площад \"\"Свобода\"\"; етап 2\";"
                 "12.06.2022;315 000,00;В изпълнение\n")


def test_tab_separated_extract_gives_one_field_per_column():
    page = one(TAB_EXTRACT)
    assert page.kind == "registry"
    assert page.title == "Саниране на детска градина „Зорница“"
    lines = page.text.splitlines()
    for line in ("Код: BG16RFOP001-1.001-0123-C01", "Начална дата: 01.04.2019",
                 "Крайна дата: 30.09.2020", "Обща стойност (лв.): 1 254 300,50", "Статус: Приключен"):
        assert line in lines
    # the heading above the table stays (it may name the programme)
    assert "Справка за договорите по програмата – Община Примерно" in lines


def test_tab_separated_extract_facts():
    found = practice(TAB_EXTRACT).to_dict()
    assert found["start"] == "2019-04-01" and found["end"] == "2020-09-30"
    assert found["status"] == "completed"
    assert found["budget"]["amount"] == 1254300.5 and found["budget"]["currency"] == "BGN"


def test_semicolon_csv_with_quoted_cell_holding_the_delimiter():
    page = one(SEMICOLON_CSV)
    assert page.kind == "registry"
    assert page.title == "Площад \"Свобода\"; етап 2"
    lines = page.text.splitlines()
    assert "Статус: В изпълнение" in lines and "Стойност на проекта, лв.: 315 000,00" in lines
    found = practice(SEMICOLON_CSV).to_dict()
    assert found["status"] == "ongoing"
    assert found["budget"]["amount"] == 315000.0


def test_comma_csv_with_several_columns_and_quoted_amounts():
    text = ("Project list export\n"
            "Code,Beneficiary,Project title,Start date,End date,Total value (EUR),Status\n"
            "ROBG-999,Municipality of Primerno,\"Bridges, paths and signs\",2017-09-01,2019-08-31,"
            "\"1,204,000.00\",Completed\n")
    lines = one(text).text.splitlines()
    assert "Project title: Bridges, paths and signs" in lines[0:1] + lines
    assert "Total value (EUR): 1,204,000.00" in lines and "Start date: 2017-09-01" in lines


def test_several_rows_each_become_a_block():
    out = delimited_records(["Код\tНачало\tСтатус", "A-1\t01.02.2020\tПриключен",
                             "A-2\t01.03.2021\tВ изпълнение"])
    assert out == ["Код: A-1", "Начало: 01.02.2020", "Статус: Приключен", "",
                   "Код: A-2", "Начало: 01.03.2021", "Статус: В изпълнение"]


def test_prose_and_lists_with_delimiters_are_left_alone():
    lines = ["Партньори са Гърция, Румъния, Италия и Испания.",
             "Солун, Букурещ, Рим, Мадрид са домакини.",
             "* ремонт на покрива;",
             "* нова дограма; изолация; осветление",
             "Гърция, Румъния, Италия",
             "Солун, Клуж, Рим",
             "Статус: Одобрен; предстои обществена поръчка; срок 2025"]
    assert delimited_records(lines) == lines


def test_a_header_row_with_no_rows_under_it_is_left_alone():
    lines = ["Код;Начало;Статус", "", "Текст след празен ред."]
    assert delimited_records(lines) == lines
