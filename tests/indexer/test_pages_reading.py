"""Page reading shapes: a text export that draws bars between cells only, with a dashed
rule under the header; news meta lines with a read count after a middle dot, or a time
before the date. Fixtures written here; no gold page is copied.
"""
from pathlib import Path

from indexer.page_lines import is_date_line
from indexer.pages import parse_page


def test_bars_between_cells_with_a_dashed_rule_give_one_field_per_column():
    text = ("Извлечение от регистъра на договорите (мярка 7.2)\n"
            "Бенефициент      | Проект                      | Начало     | Край       | Статус\n"
            "-----------------+-----------------------------+------------+------------+----------\n"
            "Община Примерно  | Ремонт на улица „Раковски“  | 01.06.2016 | 30.11.2017 | Приключен\n"
            "Източник: Разплащателна агенция\n")
    page = parse_page(text)[0]
    assert page.kind == "registry"
    assert page.title == "Ремонт на улица „Раковски“"
    lines = page.text.splitlines()
    assert "Начало: 01.06.2016" in lines and "Край: 30.11.2017" in lines and "Статус: Приключен" in lines


def test_a_sentence_with_a_bar_over_dashes_is_not_a_table():
    text = "Заглавие на новината\nТекст | с черта\n---\nОще текст за новината тук.\n"
    assert all("Текст:" not in line for line in parse_page(text)[0].text.splitlines())


def test_meta_line_with_read_count_is_a_date_line_not_the_title():
    assert is_date_line("Понеделник, 3 Юни 2019 · 2 031 прочитания")
    text = ("<html><body><article><h1>Новата баня в Примерно отвори врати</h1>"
            "<p>Понеделник, 3 Юни 2019 · 2 031 прочитания</p>"
            "<p>Общината ремонтира старата баня с пари от общинския бюджет и я отвори за всички.</p>"
            "</article></body></html>")
    from indexer.html_text import html_to_text
    assert parse_page(html_to_text(text).text)[0].title == "Новата баня в Примерно отвори врати"


def test_time_before_the_date_is_a_date_line():
    assert is_date_line("09:15 | 21.10.2022 г.") and is_date_line("18:02, 3 май 2021")
    text = ("ПРИМЕРНО\n09:15 | 21.10.2022 г.\n\n"
            "Община Примерно откри нов център за възрастни хора\n\n"
            "Центърът ще обслужва 40 души от селата на общината.\n")
    assert parse_page(text)[0].title == "Община Примерно откри нов център за възрастни хора"


def test_registry_record_whose_fields_include_goal_and_activities_is_a_registry_record():
    text = ("Регистър на проектите – Община Примерно\n\n"
            "Проект: „Грижа в дома в Община Примерно“\n"
            "Договор: BG05M9OP001-2.040-0099-C01\n"
            "Бенефициент: Община Примерно\n"
            "Цел: Почасови услуги в дома за хора с увреждания и самотни възрастни хора.\n"
            "Основни дейности: Подбор на персонал; обучение; услуги за 60 потребители.\n"
            "Начало: 01.03.2021 г.\n"
            "Край: 31.08.2022 г.\n"
            "Състояние: Приключен\n"
            "Обща стойност на проекта: 210 400,00 лв.\n")
    page = parse_page(text)[0]
    assert page.kind == "registry"
    assert page.title == "„Грижа в дома в Община Примерно“"


def test_project_page_with_inline_goal_activities_and_a_field_block_stays_a_project_page():
    text = ("Нов мост над реката в Примерно\n\nСряда, 4 Март 2020 г.\n\n"
            "Обща цел: По-добра връзка между двата квартала.\n\n"
            "Основни дейности: проектиране; строителство; надзор.\n\n"
            "Статус: Приключен\nБенефициент: Община Примерно\nНачало: 01.05.2018 г.\n"
            "Край: 30.11.2019 г.\nОбща стойност: 1 200 000 лв.\n")
    page = parse_page(text)[0]
    assert page.kind == "project" and page.title == "Нов мост над реката в Примерно"


def test_project_page_with_a_field_block_and_no_headings_is_a_project_page():
    text = ("Статус: Приключен\nСтойност: 84 300 лв.\nФинансиране: ПРСР 2014-2020, мярка 7.2\n"
            "Бенефициент: Община Примерно\n\n"
            "Нова спортна площадка в с. Примерно\n\n"
            "Площадката е с изкуствена настилка и осветление и е отворена за всички деца.\n")
    page = parse_page(text)[0]
    assert page.kind == "project" and page.title == "Нова спортна площадка в с. Примерно"


def test_news_with_one_or_two_labels_stays_news():
    text = ("Общината откри нова детска площадка\n12.05.2021\n"
            "Площадката е в центъра на селото. Кметът преряза лентата.\nСтатус: открита\n")
    assert parse_page(text)[0].kind == "news"


def test_a_json_record_in_english_keys_and_values_is_english():
    # record_fields writes its labels in Bulgarian; the record's own words decide.
    from indexer.records import practice_from_record
    record = {"id": "X-1", "title": "Footbridge over the river in Primerno",
              "beneficiary": "Municipality of Primerno", "status": "Completed",
              "start_date": "2018-04-01", "end_date": "2019-03-31", "total_value": 250000,
              "currency": "BGN"}
    assert practice_from_record(record).lang == "en"
    record_bg = dict(record, title="Пешеходен мост над реката в Примерно",
                     beneficiary="Община Примерно", status="Приключен")
    assert practice_from_record(record_bg).lang == "bg"


# --- datelines whose date follows a place, a site, a byline or a section ---

import pytest  # noqa: E402

from indexer.records import practices_from_source  # noqa: E402
from indexer.sources import SourceFile  # noqa: E402


@pytest.mark.parametrize("line", ["ВИДИН | 03.02.2023 | Региони", "Дунав Днес | Общество | 21.10.2021",
                                  "Written by Desk Editor · 5 March 2020 · Local", "Спорт | 30.01.2018",
                                  "Бургас • 12 ное. 2019 • Култура"])
def test_a_dateline_whose_date_is_not_its_first_piece(line):
    assert is_date_line(line)


@pytest.mark.parametrize("line", ["Начална дата | 02.05.2012", "Start date | 2019-01-01",
                                  "Краен срок · 30.06.2023", "Статус | Приключен | 2020 г. е годината на старта."])
def test_a_field_row_with_a_date_is_no_dateline(line):
    assert not is_date_line(line)


def published(text: str) -> str | None:
    source = SourceFile(path=Path("news/x.txt"), doc_id="news/x", kind="text", content_hash="0", text=text)
    return practices_from_source(source)[0].to_dict()["published"]


def test_a_place_first_dateline_above_the_title_gives_the_publication_date():
    text = ("ВИДИН | 03.02.2023 | Региони\n\n"
            "Нова спортна площадка във Видин\n\n"
            "Общината откри площадката в квартал „Химик“, изградена със собствени средства.\n")
    page = parse_page(text)[0]
    assert page.title == "Нова спортна площадка във Видин"
    assert published(text) == "2023-02-03"
    assert "ВИДИН" in page.text  # the place stays with the date


def test_a_byline_with_the_date_between_middle_dots():
    text = ("Solar panels on the roofs of Vidin's schools\n\n"
            "Written by Desk Editor · 5 March 2020 · Local\n\n"
            "The municipality has fitted panels on four school roofs.\n")
    assert published(text) == "2020-03-05"


def test_a_related_news_tail_named_after_the_sites_section_is_cut():
    text = ("Нова спортна площадка във Видин\n03.02.2023\n\n"
            "Общината откри площадката в квартал „Химик“, изградена със собствени средства на "
            "стойност 120 000 лв., а работата продължи четири месеца.\n\n"
            "Още от Региони:\nОбщина Брегово ремонтира моста\n")
    assert "Брегово" not in parse_page(text)[0].text


# --- a municipal site's name above the title names the practice's municipality ---

def municipality(text: str) -> str | None:
    source = SourceFile(path=Path("projects/x.txt"), doc_id="projects/x", kind="text", content_hash="0", text=text)
    return practices_from_source(source)[0].to_dict()["municipality"]


@pytest.mark.parametrize("header", ["Община Брезник", "ОБЩИНА БРЕЗНИК – официален сайт",
                                    "Breznik Municipality | Official website"])
def test_the_site_name_above_the_title_is_kept_when_it_names_the_municipality(header):
    text = (f"{header}\nПроекти\n\nНОВ МОСТ НАД РЕКАТА В С. РЕБРО\n\nСряда, 12 Април 2023\n\n"
            "Обща цел: По-безопасна връзка между двете части на селото.\n"
            "Статус: Приключен\nБюджет на проекта: 240 000 лв.\n")
    page = parse_page(text)[0]
    assert page.title == "НОВ МОСТ НАД РЕКАТА В С. РЕБРО"
    assert "официален" not in page.text.lower() and "website" not in page.text.lower()
    assert municipality(text) == "Община Брезник"


def test_a_news_sites_name_above_the_title_is_still_dropped():
    text = ("Вестник Запад\n\nНовият мост над реката в Ребро вече е отворен\n\n12.04.2023\n\n"
            "Мостът над реката в село Ребро е готов, съобщиха от общината.\n")
    assert "Вестник Запад" not in parse_page(text)[0].text


# --- a registry card whose labels are only known by their role in record_keys.tsv ---

def test_a_card_of_fields_named_in_the_registrys_own_words_is_a_registry_record():
    text = ("Публичен регистър на проектите\n\nЗапис № 31\n\n"
            "Наименование: Нова котелна на биомаса в училището\n"
            "Възложител: Община Примерно\n"
            "Източник на финансиране: ПУДООС\n"
            "Етап: Завършен\n"
            "Дата на договора: 04.04.2022\n"
            "Стойност с ДДС: 312 000 лв.\n")
    page = parse_page(text)[0]
    assert page.kind == "registry" and page.title == "Нова котелна на биомаса в училището"


def test_a_project_page_with_a_label_block_under_its_text_stays_a_project_page():
    text = ("НОВА КОТЕЛНА В УЧИЛИЩЕТО\n\nВторник, 3 Май 2022\n\n"
            "Общината завърши монтажа на котелна на биомаса в основното училище, която ще отоплява "
            "сградата и физкултурния салон още от началото на новия отоплителен сезон.\n\n"
            "Статус: Приключен\nДоговор: 12-345\nПрограма: ПУДООС\n")
    assert parse_page(text)[0].kind != "registry"


# --- publication lines above the title, in other words than a bare date ---

HEADLINE = "Читалището в Примерно отвори нова библиотека за децата"
LEAD = "Община Примерно откри детска библиотека в сградата на читалището, съобщиха от общината."


@pytest.mark.parametrize("line, expected", [
    ("Автор: Мария Петрова | 03.11.2022", "2022-11-03"),
    ("Събития / 03.11.2022", "2022-11-03"),
    ("Публикувано в: Култура | 3 ноем. 2022", "2022-11-03"),
    ("Публикувана: 03.11.2022 09:40", "2022-11-03"),
    ("Дата на публикуване: 03.11.2022", "2022-11-03"),
    ("Published on 3 November 2022 by Editor", "2022-11-03"),
    ("03.XI.2022", "2022-11-03"),
])
def test_a_publication_line_above_the_title_is_read(line, expected):
    for text in (f"{line}\n\n{HEADLINE}\n\n{LEAD}\n", f"{HEADLINE}\n\n{line}\n\n{LEAD}\n"):
        assert parse_page(text)[0].title == HEADLINE
        assert published(text) == expected, text


def test_a_menu_above_the_title_is_still_dropped():
    text = f"Начало / Новини / Култура\n\n{HEADLINE}\n\n12.11.2022\n\n{LEAD}\n"
    assert "Начало" not in parse_page(text)[0].text


def test_a_wire_dateline_with_a_correspondent_credit_keeps_its_date():
    page = parse_page("ПРИМЕРНО, 14.05.2019 г. /Кор. на „Вестник Север“/\n\n"
                      "Общината пусна автобус до болницата\n"
                      "От 1 май общината вози болните от селата до града два пъти седмично.\n")[0]
    assert page.title == "Общината пусна автобус до болницата"
    assert "14.05.2019 г." in page.text.splitlines()


def test_a_slash_in_a_title_line_is_no_dateline():
    page = parse_page("Проект ПРСР/2014 в Примерно\nОбщината кандидатства с проект за нов път.\n")[0]
    assert page.title == "Проект ПРСР/2014 в Примерно"


def test_an_updated_line_above_the_title_stays_in_the_text():
    page = parse_page("Вестник Примерно › Общини\nАктуализирано: 02.03.2023 – 11:05\n\n"
                      "Започна ремонтът на моста\n"
                      "Работниците подмениха парапета и започнаха новата настилка на моста.\n")[0]
    assert page.title == "Започна ремонтът на моста"
    assert "Актуализирано: 02.03.2023 – 11:05" in page.text.splitlines()


def test_a_byline_ending_with_an_initial_gives_its_date_first():
    page = parse_page("Regional Daily | Society\nBy Petar N. | 11.09.2022\n\n"
                      "Town opens a new day centre\n"
                      "The municipality opened a day centre for 30 elderly people on Monday.\n")[0]
    assert page.title == "Town opens a new day centre"
    assert any(line.startswith("11.09.2022 |") for line in page.text.splitlines())


def test_a_lede_opening_with_place_date_and_dash_gives_a_date_line():
    page = parse_page("County News\n\nNew bridge over the river near Primerno\n\n"
                      "Primerno, 21 Mar 2023 – The municipality opened the new bridge on Tuesday "
                      "after eight months of works.\n")[0]
    assert page.title == "New bridge over the river near Primerno"
    lines = page.text.splitlines()
    assert "21 Mar 2023" in lines
    assert any(line.startswith("Primerno – The municipality opened") for line in lines)


def test_a_place_and_a_dash_without_a_year_is_no_dateline():
    page = parse_page("Нов мост\n\nПримерно, през май – общината откри новия мост край реката.\n")[0]
    assert "Примерно, през май – общината откри новия мост край реката." in page.text.splitlines()


def test_a_card_with_its_colons_in_a_column_of_their_own():
    page = parse_page("Справка за договор\n\n"
                      "Номер на договор     : 11/222/03333\n"
                      "Наименование         : Нов покрив на кметството в с. Примерно\n"
                      "Начална дата         : 01.03.2015\n"
                      "Крайна дата          : 31.12.2015\n")[0]
    assert page.title == "Нов покрив на кметството в с. Примерно"
    lines = page.text.splitlines()
    assert "Начална дата: 01.03.2015" in lines and "Номер на договор: 11/222/03333" in lines


def test_the_sites_name_under_the_date_line_is_not_the_title():
    page = parse_page("Вторник, 4 Март 2025 г.\n\nОБЩИНА ПРИМЕРНО\n\nНова спортна зала в с. Образцово\n\n"
                      "Обща цел\nПовече спорт за децата.\n")[0]
    assert page.title == "Нова спортна зала в с. Образцово"
    assert "ОБЩИНА ПРИМЕРНО" in page.text.splitlines()


def test_a_registry_card_labelled_title_gives_its_name():
    page = parse_page("Project card\nTitle: Green roofs for schools\nStatus: Completed\n"
                      "Start date: 01.02.2019\nEnd date: 30.06.2020\nBeneficiary: Primerno Municipality\n")[0]
    assert page.title == "Green roofs for schools"


def test_a_hyphenated_dateline_above_the_title_reaches_the_dates():
    # "Town, 21-09-2018": day, month and year joined by hyphens, over the headline
    assert is_date_line("Тутракан, 21-09-2018") and is_date_line("03-11-2020")
    assert not is_date_line("Тел. 02-12-2016 за справки и записване на посетители в читалището")
    text = "Тутракан, 21-09-2018\n\nГости от Италия в Тутракан\n\nДелегация от 30 души гостува в града.\n"
    page = parse_page(text)[0]
    assert page.title == "Гости от Италия в Тутракан"
    assert "21-09-2018" in page.text


def test_a_registry_card_with_dotted_leaders_reads_as_fields():
    page = parse_page("ИСУН 2020 – Публичен модул\n\nКАРТА НА ПРОЕКТ\n\n"
                      "Номер на проекта ........ BG16RFOP001-1.001-0099\n"
                      "Наименование ............ Нова улица в кв. Изток\n"
                      "Бенефициент ............. ОБЩИНА ПРИМЕРНО\n"
                      "Описание ................ Реконструкция на улица с тротоари\n"
                      "                          и осветление.\n"
                      "Дата на стартиране ...... 14.04.2021\n"
                      "Дата на приключване ..... 13.10.2022\n\n"
                      "ФИНАНСОВИ ДАННИ                       BGN\n"
                      "Обща стойност ............... 455 120,00\n"
                      "   в т.ч. ЕФРР .............. 386 852,00\n")[0]
    lines = page.text.splitlines()
    assert page.kind == "registry" and page.title == "Нова улица в кв. Изток"
    assert "Дата на стартиране: 14.04.2021" in lines
    assert "Описание: Реконструкция на улица с тротоари и осветление." in lines
    assert "Обща стойност: 455 120,00 BGN" in lines and "в т.ч. ЕФРР: 386 852,00 BGN" in lines


def test_an_ellipsis_in_prose_makes_no_field():
    page = parse_page("Нов парк\nКметът каза... че паркът е готов.\nИ още... много неща.\n")[0]
    assert "Кметът каза... че паркът е готов." in page.text


@pytest.mark.parametrize("line", ["ТРЪН — 5 май 2024", "Бяла (обл. Варна), 5 май 2024 г."])
def test_a_dateline_with_a_dash_or_a_bracketed_district_is_a_date_line(line):
    assert is_date_line(line)


def test_a_dash_dateline_above_the_title_stays_for_the_dates():
    page = parse_page("ТРЪН — 5 май 2024\n\nНов автобус за селата\n\nОбщината пусна нов автобус.\n")[0]
    assert page.title == "Нов автобус за селата" and "5 май 2024" in page.text


def test_a_local_agency_credit_after_a_bracketed_district_leaves_the_date():
    page = parse_page("Нов мост\n\nБяла (обл. Варна), 5 май 2024 г. /Черноморие Прес/\n\nМостът е готов.\n")[0]
    assert "5 май 2024 г." in page.text.splitlines()


def test_headings_in_markdown_or_wiki_markup_lose_their_marks():
    pages = parse_page("Избрани практики\n\n"
                       "== Читалня в парка на Бобов дол ==\nЧиталището изнесе 400 книги на открито всяко лято.\n[Още]\n\n"
                       "== Нов бус за селата на Кочериново ==\nОбщината купи бус за 14 места за учениците.\n[Още]\n")
    assert [p.title for p in pages] == ["Читалня в парка на Бобов дол", "Нов бус за селата на Кочериново"]
    page = parse_page("## Соларни лампи в Ружинци\n\nОбщината постави 80 лампи.\n\n### Резултати\n\nТоков сметка – 30% по-малко.\n")[0]
    assert page.title == "Соларни лампи в Ружинци" and "results" in page.sections


def test_a_line_of_bold_label_and_value_keeps_its_marks():
    page = parse_page("Нов парк\nОбщината откри парка.\n**Бюджет:** 20 000 лв.\n")[0]
    assert "**Бюджет:** 20 000 лв." in page.text


@pytest.mark.parametrize("line", ["БГ | EN", "EN / БГ", "[Всички проекти] [назад]", "/ДП/"])
def test_language_switches_link_rows_and_agency_codes_are_chrome(line):
    page = parse_page(f"Нов парк в Брезник\n{line}\nОбщината откри парка с 300 дървета.\n")[0]
    assert line not in page.text


def test_a_fraction_or_and_or_in_a_line_is_no_agency_code():
    page = parse_page("Нов парк\nОбщината и/или фирмата поддържат 2/3 от парка.\n")[0]
    assert "и/или" in page.text


@pytest.mark.parametrize("lede, date", [
    ("Белене, 9 април 2024 г. (Кор. на „Дунавски бряг“) – Общината пусна нов автобус до болницата.",
     "2024-04-09"),
    ("TRYAVNA, October 12, 2023 (Balkan Morning) – The town opened its first repair café.", "2023-10-12"),
    ("Белене, 9 април 2024 г., (Кор. на „Дунавски бряг“) – Общината пусна нов автобус.", "2024-04-09"),
])
def test_a_lede_dateline_with_a_credit_in_brackets_gives_the_publication_date(lede, date):
    from indexer.extract import extract_all

    page = parse_page(f"Нов автобус за селата\n\n{lede}\n\nОще един абзац за проекта.\n")[0]
    assert extract_all(page.text, page.lang, title=page.title)["published"].value == date
    assert not any(line.startswith(("(Кор.", "(Balkan")) for line in page.text.splitlines())


def test_brackets_in_a_lede_that_are_no_credit_before_a_dash_stay_prose():
    text = "Нов път\n\nОбщината (с помощта на областта) ремонтира пътя през 2021 г. – 4 км.\n"
    assert "Общината (с помощта на областта) ремонтира пътя през 2021 г. – 4 км." in parse_page(text)[0].text


def test_a_site_name_with_a_note_in_brackets_does_not_hide_a_dateline_above_the_title():
    from indexer.extract import extract_all

    page = parse_page("KAVARNA | 3 May 2022 | North Coast Post (English edition)\n\n"
                      "Kavarna opens a sea-water pool for children\n\n"
                      "The municipality opened the pool on Monday with 40 children from local schools.\n")[0]
    assert page.title == "Kavarna opens a sea-water pool for children"
    assert extract_all(page.text, page.lang, title=page.title)["published"].value == "2022-05-03"


def test_a_place_with_its_date_in_brackets_above_the_title_gives_the_publication_date():
    from indexer.extract import extract_all

    page = parse_page("ТРЯВНА (12.05.2023)\n\nНова спирка за училищния автобус\n\n"
                      "Общината постави навес на спирката пред училището.\n")[0]
    assert page.title == "Нова спирка за училищния автобус"
    assert extract_all(page.text, page.lang, title=page.title)["published"].value == "2023-05-12"


def test_a_title_with_a_bracketed_year_is_no_dateline():
    page = parse_page("Парк Изток (2021)\n\nОбщината засади 200 дървета в парка.\n")[0]
    assert page.title == "Парк Изток (2021)"
