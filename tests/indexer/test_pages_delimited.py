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
from indexer.text_tables import RECORD_BREAK, delimited_records


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
    assert out == ["", RECORD_BREAK, "", "Код: A-1", "Начало: 01.02.2020", "Статус: Приключен",
                   "", RECORD_BREAK, "", "Код: A-2", "Начало: 01.03.2021", "Статус: В изпълнение",
                   "", RECORD_BREAK, ""]


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


# --- a table of several records is several practices; a currency column; transposed cards ---

TWO_CONTRACTS_CSV = ('"Код на проекта","Бенефициент","Наименование на проекта","Начална дата",'
                     '"Крайна дата","Обща стойност","Валута","Статус"\n'
                     '"BG16RFOP001-2.001-0042","Община Примерно","Саниране на библиотеката","01.06.2018",'
                     '"31.12.2019","624 500,00","BGN","Приключен"\n'
                     '"BG06RDNP001-7.006-0107","Община Другово","Площадка за игра в с. Извор","09.2023",'
                     '"","91 200,00","BGN","В изпълнение"\n')


def sources(text: str, name: str = "registry/x"):
    source = SourceFile(path=Path(f"{name}.csv"), doc_id=name, kind="text", content_hash="0", text=text)
    return practices_from_source(source)


def test_a_csv_export_with_two_contracts_gives_two_practices():
    first, second = sources(TWO_CONTRACTS_CSV)
    assert (first.id, second.id) == ("registry/x-1", "registry/x-2")
    assert first.kind == second.kind == "registry"
    assert first.title == "Саниране на библиотеката" and second.title == "Площадка за игра в с. Извор"
    one, two = first.to_dict(), second.to_dict()
    assert one["start"] == "2018-06-01" and one["end"] == "2019-12-31" and one["status"] == "completed"
    assert two["start"] == "2023-09" and two["end"] is None and two["status"] == "ongoing"
    assert one["budget"]["amount"] == 624500.0 and two["budget"]["amount"] == 91200.0
    assert "Община Другово" not in first.body and "Община Примерно" not in second.body


def test_a_separate_currency_column_goes_with_the_amounts():
    text = ("Номер;Бенефициент;Наименование;Обща стойност;Собствен принос;Валута;Статус\n"
            "A-17;Община Примерно;Нова спортна зала;1 250 000;125 000;EUR;Одобрен\n")
    lines = one(text).text.splitlines()
    assert "Обща стойност: 1 250 000 евро" in lines and "Собствен принос: 125 000 евро" in lines
    assert "Номер: A-17" in lines  # a code is no amount
    assert practice(text).to_dict()["budget"] == {"amount": 1250000.0, "currency": "EUR",
                                                   "amount_eur": 1250000.0}


def test_a_bulgarian_export_with_no_currency_column_is_in_leva():
    text = ('"Договор","Бенефициент","Наименование","Обща стойност","БФП","Статус"\n'
            '"B-4","Община Примерно","Ремонт на пазара","318450.20","270682.67","Приключен"\n')
    assert practice(text).to_dict()["budget"] == {"amount": 318450.2, "currency": "BGN", "amount_eur": 162821.0}
    # a header that names its unit keeps it, and nothing is added twice
    named = text.replace('"Обща стойност"', '"Обща стойност (евро)"')
    assert practice(named).to_dict()["budget"]["currency"] == "EUR"


def test_an_article_quoting_a_table_of_rows_stays_one_practice():
    text = ("Общината отчете изпълнението на три малки проекта през изминалата година.\n\n"
            "Кметът обясни, че всички обекти са завършени в срок и в рамките на бюджета, "
            "като средствата са от общинския бюджет и от програмата за развитие на селските райони.\n\n"
            "Обект;Начало;Стойност;Статус\n"
            "Мост в с. Горно;03.2019;120 000 лв.;Приключен\n"
            "Площад в с. Долно;05.2019;80 000 лв.;Приключен\n\n"
            "Предстои подготовка на нови проекти за следващия програмен период, обясни още кметът, "
            "а общинският съвет ще обсъди бюджета им на следващото си заседание през март.\n")
    assert len(parse_page(text)) == 1


def test_a_transposed_two_column_card_drops_its_header_row():
    text = ("Поле\tСтойност\n"
            "Наименование\tОбновяване на читалището в с. Примерно\n"
            "Бенефициент\tОбщина Примерно\n"
            "Състояние\tПодписан договор\n"
            "Дата на договор\t03.02.2025\n"
            "Краен срок за изпълнение\t02.02.2026\n"
            "Обща стойност\t210 400,00 лв.\n")
    page = one(text)
    assert page.kind == "registry" and page.title == "Обновяване на читалището в с. Примерно"
    assert "Поле: Стойност" not in page.text.splitlines()
    found = practice(text).to_dict()
    assert found["end"] == "2026-02-02" and found["budget"]["amount"] == 210400.0


def test_a_transposed_table_with_a_column_per_project_gives_a_practice_each():
    text = ("Поле;Проект 1;Проект 2\n"
            "Наименование;Детска площадка в кв. Изток;Нова улична мрежа в с. Запад\n"
            "Бенефициент;Община Примерно;Община Примерно\n"
            "Начална дата;01.04.2021;15.09.2022\n"
            "Статус;Приключен;В изпълнение\n"
            "Обща стойност;48 000 лв.;730 000 лв.\n")
    first, second = sources(text)
    assert first.title == "Детска площадка в кв. Изток" and second.title == "Нова улична мрежа в с. Запад"
    assert first.to_dict()["start"] == "2021-04-01" and second.to_dict()["start"] == "2022-09-15"
    assert second.to_dict()["budget"]["amount"] == 730000.0


def test_a_two_column_table_of_words_is_no_transposed_record():
    lines = ["Град\tДържава", "Солун\tГърция", "Клуж\tРумъния", "Гент\tБелгия"]
    assert delimited_records(lines) == lines


def test_csv_and_tsv_exports_are_read_from_a_folder(tmp_path):
    from indexer.sources import iter_files, read_source

    (tmp_path / "registry").mkdir()
    (tmp_path / "registry" / "contracts.csv").write_text(TWO_CONTRACTS_CSV, encoding="utf-8")
    (tmp_path / "registry" / "card.tsv").write_bytes(
        "Поле\tСтойност\nНаименование\tНова зала\nБенефициент\tОбщина Примерно\nСтатус\tАктивен\n".encode("cp1251"))
    ids = []
    for root, path in iter_files([tmp_path]):
        ids += [p.id for p in practices_from_source(read_source(root, path, 2**20))]
    assert sorted(ids) == ["registry/card", "registry/contracts-1", "registry/contracts-2"]


CARDS = ("Справка от регистъра на договорите\n\n"
         "Номер на договор: BG16RFOP001-1.011-0007\n"
         "Бенефициент: Община Примерно\n"
         "Наименование: Реконструкция на пазара\n"
         "Начална дата: 10.10.2017\n"
         "Крайна дата: 09.04.2019\n"
         "Статус: Приключен\n"
         "Обща стойност: 1 204 330,10 лв.\n"
         "-----\n"
         "Номер на договор: BG06RDNP001-7.001-0139\n"
         "Бенефициент: Община Другово\n"
         "Наименование: Улично осветление в три села\n"
         "Начална дата: 01.02.2021\n"
         "Статус: В изпълнение\n"
         "Обща стойност: 288 000 лв.\n")


def test_cards_of_fields_one_per_contract_give_a_practice_each():
    first, second = sources(CARDS)
    assert (first.title, second.title) == ("Реконструкция на пазара", "Улично осветление в три села")
    assert first.to_dict()["end"] == "2019-04-09" and second.to_dict()["end"] is None
    assert second.to_dict()["budget"]["amount"] == 288000.0
    assert "Община Примерно" not in second.body


def test_cards_separated_by_blank_lines_too():
    assert len(sources(CARDS.replace("-----\n", "\n"))) == 2


def test_one_record_with_repeated_partner_paragraphs_stays_one():
    text = ("Наименование: Общ туристически маршрут\nБенефициент: Община Примерно\n"
            "Начална дата: 01.02.2020\nСтатус: Приключен\n\n"
            "Партньор: Община Другово\nДържава: Гърция\n\nПартньор: Община Трето\nДържава: Румъния\n")
    assert len(parse_page(text)) == 1


def test_a_markdown_table_of_two_contracts_gives_two_practices():
    text = ("Регистър (извадка)\n\n"
            "| Код | Бенефициент | Наименование | Начало | Статус | Стойност (лв.) |\n"
            "|---|---|---|---|---|---|\n"
            "| A-31 | Община Примерно | Ремонт на тротоари | 01.03.2019 | Приключен | 95 000 |\n"
            "| A-32 | Община Другово | Нова детска площадка | 01.09.2020 | Активен | 61 500 |\n")
    first, second = sources(text)
    assert (first.title, second.title) == ("Ремонт на тротоари", "Нова детска площадка")
    assert second.to_dict()["start"] == "2020-09-01"


def test_an_html_table_of_two_contracts_gives_two_practices():
    from indexer.html_text import html_to_text

    html = ("<h1>Регистър на договорите</h1><table><tr><th>Код</th><th>Бенефициент</th><th>Наименование</th>"
            "<th>Начална дата</th><th>Статус</th></tr>"
            "<tr><td>B-7</td><td>Община Примерно</td><td>Саниране на общината</td><td>02.02.2018</td><td>Приключен</td></tr>"
            "<tr><td>B-8</td><td>Община Другово</td><td>Улично осветление</td><td>03.03.2021</td><td>Активен</td></tr>"
            "</table>")
    assert [page.title for page in parse_page(html_to_text(html).text)] == ["Саниране на общината",
                                                                           "Улично осветление"]


# A row-number column headed by a bare number sign, and rows of bare bars with no rule.
NUMBERED_CSV = ("№;Получател;Наименование;Програма;Дата на старт;Крайна дата;Сума (BGN);Етап\r\n"
                "1;Община Образцово;Нова сграда на детската ясла;ОПРР 2014-2020;2017/03/01;2018/10/31;"
                "845 210,10;Приключен\r\n"
                "2;Община Примерно;Обучение на младежи за работа в туризма;ОПРЧР 2014-2020;2018/02/15;"
                "2019/02/14;96 400,00;Приключен\r\n")

BARE_BAR_EXTRACT = ("Изх. № 12-345 | Справка по подмярка 7.2 | към 31.03.2024\n"
                    "Код|Бенефициент|Проект|Сума, лв.|Начало|Край|Статус\n"
                    "BG06RDNP001-7.020-0999|Община Примерно|Ремонт на улица „Цар Симеон“|"
                    "512 300,00|01.09.2023|30.06.2025|В изпълнение\n")


def test_a_number_sign_column_header_still_makes_a_header_row():
    found = [p.to_dict() for p in practices_from_source(SourceFile(
        path=Path("registry/x.csv"), doc_id="registry/x", kind="text", content_hash="0", text=NUMBERED_CSV))]
    assert [p["id"] for p in found] == ["registry/x-1", "registry/x-2"]
    assert found[0]["title"] == "Нова сграда на детската ясла"
    assert found[1]["title"] == "Обучение на младежи за работа в туризма"
    assert all(p["kind"] == "registry" for p in found)
    assert found[0]["budget"]["amount"] == 845210.1


def test_a_first_column_of_bare_numbers_is_no_header():
    lines = ["1;Община Примерно;Проект;2020", "2;Община Образцово;Друг проект;2021"]
    assert delimited_records(lines) == lines


def test_bars_between_cells_with_no_rule_give_one_field_per_column():
    page = one(BARE_BAR_EXTRACT)
    assert page.kind == "registry"
    assert page.title == "Ремонт на улица „Цар Симеон“"
    lines = page.text.splitlines()
    for line in ("Начало: 01.09.2023", "Край: 30.06.2025", "Сума, лв.: 512 300,00", "Статус: В изпълнение"):
        assert line in lines


def test_a_dateline_of_bars_over_a_bar_row_is_not_a_table():
    # a dateline's date piece has no letter: no header row, whatever bar line follows
    lines = ["ВИДИН | 03.02.2023 | Региони", "Общество | Спорт | Култура"]
    assert delimited_records(lines) == lines
    # a markdown table (a rule under its header) is left to markdown_records
    md = ["Код|Начало|Статус", "---|---|---", "A-1|2020|Приключен"]
    assert delimited_records(md) == md


def test_a_breadcrumb_over_a_dateline_is_no_bar_table():
    lines = ["Начало | Новини | Общество", "ЛОМ | 14.08.2024 | Общини", "Текст на новината."]
    assert delimited_records(lines) == lines
    menu = ["Начало | Проекти | Новини | Контакти", "Видин | Лом | Белоградчик | Кула"]
    assert delimited_records(menu) == menu
