"""parse_page: page kinds, sections, titles, chrome stripping and listing split.

Fixtures are written here in the shapes of ../shared/formats.md; the two real seed pages
are read at run time from ../shared/seeds/ and never copied.
"""
from pathlib import Path

import pytest

from indexer.html_text import html_to_text
from indexer.pages import ParsedPage, parse_page

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO.parent / "shared" / "seeds"

FLGR_BG = """Foundation for Local Government Reform
Иновационни практики в България
Общински съвет на децата в Примерно
назад

Номинирай
Verification Code
Въведете кода от картинката тук:
Ако не виждате кода добре, натиснете върху картинката
Предистория
Децата в Примерно нямаха глас при решенията за училищата и парковете.
Практика
\t\tОбщината създаде съвет от 21 ученици, който заседава всеки месец.

Съветът предлага проекти&nbsp;за малки ремонти в училищата.
Резултати

Прикачени файлове:
savet.pdf
Иноватор: Община Примерно
Дата на публикация: 12 април 2015
Номинации: 3
Община Примерно
-
Tel:
Fax:

[Номинирай]

назад

Valid XHTML 1.0 Transitional

Разпечатано от сайта на ФРМС - Printed from the FLGR Website.
Сайт, разработен от Някоя фирма. Developed by Some Company.
"""

FLGR_EN = """FLGR – Bank of Innovative Practices
back

Mobile Library for Mountain Villages
Background
Seven villages around the town have no library and no bookshop.
Practice
A converted van visits every village twice a month with 2,000 books.
Results
Reading club members grew from 40 to 260 within two years.
Attached files:
library.pdf
Innovator: Municipality of Example
Publication Date: 01 August 2011
Nominations: 0

[Nominate]
back
Valid XHTML 1.0 Transitional
"""

PROJECT_BG = """Община Примерно
Начало / Проекти / Текущи

ЧИСТ ВЪЗДУХ ЗА ПРИМЕРНО

Сряда, 14 Март 2018

Обща цел: Намаляване на замърсяването на въздуха в града.

Специфични цели:

- ▶ Подмяна на 300 печки на дърва;
- ▶ Нови зелени площи край училищата.

Основни дейности:

Дейност 1. Управление на проекта;

Дейност 2: Доставка на нови уреди за отопление;

Статус: приключил

Постигнати резултати:

✓ Подменени 312 печки;

✓ Засадени 540 дървета.

Бюджет на проекта: 1 250 000, 00 лв.

Партньори: Община Гент, Белгия

ДФФП №: 12-34-5/01.03.2018

Продължителност: 24 месеца (03.2018г. - 03.2020г.)

Финансиране: Оперативна програма "Околна среда 2014-2020"

назад
© 2018 Община Примерно
"""

REGISTRY_TEXT = """Проект BG16RFOP001-9.999-0001
Наименование на проекта: Ремонт на общинска библиотека
Бенефициент: ОБЩИНА ПРИМЕРНО
Програма: ОП „Региони в растеж“ 2014-2020
Начална дата: 02.05.2016
Крайна дата: 30.11.2018
Статус: Приключен
Обща стойност: 812 400,00 лв.
"""

NEWS = """Примерни вести – новини от региона
Начало | Регион | Общество | Спорт

Примерно спечели проект за нов детски център
Петък, 6 Октомври 2017

ПРИМЕРНО, 6 октомври /БТА/ - Община Примерно подписа договор за изграждане на детски център.
Проектът е на стойност 1,2 милиона лева и ще бъде изпълнен до края на 2019 г.

„Центърът ще приема 80 деца“, каза кметът.

ИИ/ПП

Свързани новини:
Кметът откри нова улица
Започна ремонтът на пазара

Използваме бисквитки, за да работи сайтът. Приемам
"""

LISTING_MORE = """Практика на седмицата
Зелен двор във всяко училище
12.03.2021 г.
Общината засади овощни градини в дворовете на девет училища.
Иноватор: Община Примерно
[Още]
Безплатен автобус за възрастни хора
Понеделник, 4 Май 2020
Два пъти седмично общински автобус обикаля селата и вози възрастните хора до града.
Иноватор: Община Друго
[Още]
Отворени заседания онлайн
Съветът излъчва всички заседания на живо и пази записите в архив.
Още »
"""

LISTING_SEPARATED = """Иновативни практики – Прозрачност
Електронни обществени поръчки
Всички поръчки на общината се публикуват с документите си в един профил.
Иноватор: Община Примерно
----------
Кметът отговаря на живо
01.02.2019
Веднъж месечно кметът отговаря на въпроси на гражданите в ефир.
***
Бюджет за гражданите
Кратко и ясно обяснение на общинския бюджет с графики.
"""


def one(text: str) -> ParsedPage:
    pages = parse_page(text)
    assert len(pages) == 1
    return pages[0]


# --- FLGR practice pages ---------------------------------------------------------------

def test_flgr_page_kind_title_and_sections():
    page = one(FLGR_BG)
    assert page.kind == "flgr"
    assert page.lang == "bg"
    assert page.title == "Общински съвет на децата в Примерно"
    assert page.sections == {
        "background": "Децата в Примерно нямаха глас при решенията за училищата и парковете.",
        "practice": "Общината създаде съвет от 21 ученици, който заседава всеки месец.\n\n"
                    "Съветът предлага проекти за малки ремонти в училищата.",
    }  # "Резултати" is present but empty, so it is left out


def test_flgr_page_keeps_fact_lines_and_joins_split_labels():
    lines = one(FLGR_BG).text.splitlines()
    for fact in ("Прикачени файлове: savet.pdf", "Иноватор: Община Примерно",
                 "Дата на публикация: 12 април 2015", "Номинации: 3"):
        assert fact in lines


def test_flgr_chrome_is_stripped():
    text = one(FLGR_BG).text
    for chrome in ("Foundation for Local Government Reform", "назад", "Номинирай",
                   "Verification Code", "Въведете кода", "Valid XHTML", "Printed from",
                   "Developed by", "Tel:", "Fax:", "&nbsp;", "\t"):
        assert chrome not in text
    # The innovator's contact card after the nominations line is gone too.
    assert text.splitlines()[-1] == "Номинации: 3"


def test_text_starts_with_title_and_body_does_not_repeat_it():
    page = one(FLGR_BG)
    assert page.text.splitlines()[0] == page.title
    assert page.title not in page.body
    assert page.text == f"{page.title}\n{page.body}"


def test_english_flgr_page():
    page = one(FLGR_EN)
    assert (page.kind, page.lang) == ("flgr", "en")
    assert page.title == "Mobile Library for Mountain Villages"
    assert set(page.sections) == {"background", "practice", "results"}
    assert "Innovator: Municipality of Example" in page.text.splitlines()
    assert "Attached files: library.pdf" in page.text.splitlines()
    assert "Nominate" not in page.text and "back" not in page.text.split()


# --- municipal project pages -----------------------------------------------------------

def test_project_page_kind_title_and_sections():
    page = one(PROJECT_BG)
    assert page.kind == "project"
    assert page.title == "ЧИСТ ВЪЗДУХ ЗА ПРИМЕРНО"
    assert page.sections["objective"] == "Намаляване на замърсяването на въздуха в града."
    assert page.sections["specific_objectives"].splitlines() == [
        "- ▶ Подмяна на 300 печки на дърва;", "- ▶ Нови зелени площи край училищата."]
    assert page.sections["activities"] == ("Дейност 1. Управление на проекта;\n\n"
                                           "Дейност 2: Доставка на нови уреди за отопление;")
    assert page.sections["results"] == "✓ Подменени 312 печки;\n\n✓ Засадени 540 дървета."


def test_project_page_keeps_labelled_lines_and_the_date_line():
    lines = one(PROJECT_BG).body.splitlines()
    # the site's name stays above the date line: it names the page's municipality
    assert [line for line in lines[:3] if line] == ["Община Примерно", "Сряда, 14 Март 2018"]
    for fact in ("Статус: приключил", "Бюджет на проекта: 1 250 000, 00 лв.",
                 "Партньори: Община Гент, Белгия", "ДФФП №: 12-34-5/01.03.2018",
                 "Продължителност: 24 месеца (03.2018г. - 03.2020г.)",
                 'Финансиране: Оперативна програма "Околна среда 2014-2020"'):
        assert fact in lines


def test_project_page_site_name_breadcrumb_and_footer_are_gone():
    text = one(PROJECT_BG).text
    assert "Начало / Проекти" not in text
    assert "©" not in text and "назад" not in text
    assert not text.startswith("Община Примерно")


def test_project_page_from_html():
    html = """<html><head><title>Проект – Община Примерно</title></head><body>
    <header class="site-header"><a href="/">Община Примерно</a></header>
    <h1>Саниране на детска градина „Слънце“</h1><p>Четвъртък, 20 Юни 2024 г.</p>
    <h2>Обща цел</h2><p>По-топли занимални и по-ниски сметки.</p>
    <h2>Основни дейности</h2><ol><li>Топлоизолация;</li><li>Нова дограма.</li></ol>
    <dl><dt>Статус:</dt><dd>В изпълнение</dd><dt>Бюджет на проекта:</dt><dd>640 000 лв.</dd></dl>
    </body></html>"""
    page = one(html_to_text(html).text)
    assert page.kind == "project"
    assert page.title == "Саниране на детска градина „Слънце“"
    assert page.sections["activities"] == "Топлоизолация;\nНова дограма."
    assert "Статус: В изпълнение" in page.text.splitlines()
    assert "Бюджет на проекта: 640 000 лв." in page.text.splitlines()


@pytest.mark.parametrize("header", [
    "ОБЩИНА ПРИМЕРНО\nПроекти / Текущи проекти",
    "Община Примерно › Проекти › Околна среда",
    "Primerno Municipality › Projects › Cross-border cooperation",
])
def test_project_page_with_the_date_line_above_the_title(header):
    # Site name and breadcrumb, then the date line, then the title, then the sections.
    text = (f"{header}\n\nЧетвъртък, 9 Май 2019\n\n"
            "Нови контейнери за разделно събиране във всички квартали на Примерно\n\n"
            "Обща цел: По-малко отпадъци за депото.\n\nСтатус: в изпълнение\n"
            "Бюджет на проекта: 210 000 лв.\n")
    page = one(text)
    assert page.kind == "project"
    assert page.title == "Нови контейнери за разделно събиране във всички квартали на Примерно"
    assert "Четвъртък, 9 Май 2019" in page.body.splitlines()
    assert "›" not in page.text and "Проекти / Текущи" not in page.text


@pytest.mark.parametrize("line", ["Зелена енергия / Green energy", "Проектът „Старт / Финал“ започна."])
def test_slashes_in_titles_and_prose_are_not_breadcrumbs(line):
    page = one(f"{line}\n\nОбщината постави слънчеви панели на покрива на кметството.")
    assert line in page.text.splitlines()


def test_registry_record_with_short_field_names():
    text = ("РЕГИСТЪР НА ПРОЕКТИТЕ ПО ПРОГРАМИ ЗА СЪТРУДНИЧЕСТВО\nЗапис № 17\n\n"
            "Наименование на проекта: Обща пешеходна пътека край реката\n"
            "Код: CB005.1.22.014\nВодещ партньор: Община Примерно\nНачало: 03.2018г.\n"
            "Край: 12.2019г.\nСтатус: Приключил\nОбщ бюджет: 410 000.00 EUR\n")
    page = one(text)
    assert page.kind == "registry"
    assert page.title == "Обща пешеходна пътека край реката"
    assert "Код: CB005.1.22.014" in page.text.splitlines()


# --- registry records ------------------------------------------------------------------

def test_registry_record_from_text():
    page = one(REGISTRY_TEXT)
    assert page.kind == "registry"
    assert page.title == "Ремонт на общинска библиотека"
    # The project-code heading stays in the text: the programme extractor reads codes.
    assert "Проект BG16RFOP001-9.999-0001" in page.text.splitlines()
    assert "Начална дата: 02.05.2016" in page.text.splitlines()


def test_bar_table_keeps_the_heading_and_contract_number_above_the_name_field():
    text = ("РЕГИСТЪР НА ПРОЕКТИТЕ ПО ОП „РАЗВИТИЕ НА ЧОВЕШКИТЕ РЕСУРСИ“ 2007-2013\n\n"
            "Номер на договор   | BG051PO001-3.3.07-0042\n"
            "Бенефициент        | ОБЩИНА ТРЯВНА\n"
            "Наименование       | Обучение на възрастни и професионално обучение на безработни в град Трявна\n"
            "Статус             | Приключен\n")
    page = one(text)
    assert page.title.startswith("Обучение на възрастни")
    assert "Номер на договор | BG051PO001-3.3.07-0042" in page.text.splitlines()


def test_place_first_dateline_above_the_title_stays_in_the_text():
    page = one("Сатовча, 14 Мар, 2021 | Новини | Образование\n\nВ Сатовча стартира проект за деца\n\n"
               "Проект за деца стартира в община Сатовча.")
    assert page.title == "В Сатовча стартира проект за деца"
    assert "Сатовча, 14 Мар, 2021 | Новини | Образование" in page.text.splitlines()


def test_registry_site_name_is_chrome():
    page = one("ИНФОРМАЦИОННА СИСТЕМА ЗА УПРАВЛЕНИЕ И НАБЛЮДЕНИЕ\nПроект BG16RFOP001-2.002-0099\n"
               "Наименование: Саниране на детска градина\nСтатус: Приключен")
    assert "ИНФОРМАЦИОННА СИСТЕМА ЗА УПРАВЛЕНИЕ И НАБЛЮДЕНИЕ" not in page.text


def test_markdown_table_rows_become_label_lines():
    text = ("Регистър\n\n| Поле | Стойност |\n|---|---|\n| Наименование | Домашен патронаж |\n"
            "| Дата на стартиране | 02.05.2019 |\n| Статус | В изпълнение |\n")
    page = one(text)
    assert page.title == "Домашен патронаж"
    assert "Дата на стартиране | 02.05.2019" in page.text.splitlines()
    assert not any(set(line) <= set("|-: ") and line for line in page.text.splitlines())


def test_markdown_table_registry_record_is_a_registry_and_keeps_every_row():
    # The name row is not the first row: rows above it (contract number, programme) must
    # stay in the text, and the longest row must not become the title.
    text = ("Информационна система за управление и наблюдение на средствата от ЕС – публичен модул\n"
            "Справка за проект | Данни към: 01.06.2020\n\n"
            "| Поле | Стойност |\n|---|---|\n"
            "| Номер на договор | BG16RFOP001-1.001-0001-C01 |\n"
            "| Програма | ОП „Региони в растеж“ 2014-2020 |\n"
            "| Наименование | Ремонт на читалището в с. Примерно |\n"
            "| Бенефициент | Община Примерно |\n"
            "| Приоритетна ос | Устойчиво и интегрирано градско развитие в малките градове на страната |\n"
            "| Начална дата | 01.03.2018 |\n| Статус | Приключен |\n")
    page = one(text)
    assert page.kind == "registry"
    assert page.title == "Ремонт на читалището в с. Примерно"
    assert "Номер на договор | BG16RFOP001-1.001-0001-C01" in page.text.splitlines()
    assert "Бенефициент | Община Примерно" in page.text.splitlines()
    assert "Информационна система" not in page.text


def test_registry_record_from_html_table():
    html = ("<h2>Проект BG051PO002-1.1.01-0001</h2><table>"
            "<tr><td>Наименование</td><td>Обучения за общински служители</td></tr>"
            "<tr><td>Бенефициент</td><td>Община Примерно</td></tr>"
            "<tr><td>Начална дата</td><td>01.02.2010</td></tr>"
            "<tr><td>Крайна дата</td><td>01.08.2011</td></tr>"
            "<tr><td>Статус</td><td>Приключен</td></tr></table>")
    page = one(html_to_text(html).text)
    assert page.kind == "registry"
    assert page.title == "Обучения за общински служители"
    assert "Статус: Приключен" in page.text.splitlines()


def test_fixed_width_card_becomes_label_lines():
    # A registry "card": labels left, values from one aligned column, separated only by
    # spaces; an indented sub-row under the total; a description that wraps.
    text = ("ПУБЛИЧЕН РЕГИСТЪР НА ДОГОВОРИТЕ\n"
            "Карта на договор\n\n"
            "Код на проекта      BG06RDNP001-7.001-0099\n"
            "Наименование        Реконструкция на улици в с. Примерно\n"
            "Бенефициент         ОБЩИНА ПРИМЕРНО\n"
            "Статус              В изпълнение\n"
            "Начална дата        01.07.2021\n"
            "Обща стойност       980 400 лв.\n"
            "  в т.ч. ДДС        163 400 лв.\n"
            "Описание            Нова настилка, тротоари и отводняване\n"
            "                    на три улици в селото.\n")
    page = one(text)
    assert page.kind == "registry"
    assert page.title == "Реконструкция на улици в с. Примерно"
    lines = page.text.splitlines()
    assert "Код на проекта: BG06RDNP001-7.001-0099" in lines
    assert "Начална дата: 01.07.2021" in lines and "в т.ч. ДДС: 163 400 лв." in lines
    assert "Описание: Нова настилка, тротоари и отводняване на три улици в селото." in lines


def test_prose_with_double_spaces_and_misaligned_pairs_is_not_a_card():
    text = ("Нов парк в Примерно\n\nОбщината  откри парка днес.\nКметът  преряза лентата.\n"
            "Гостите  бяха  много.\n")
    assert one(text).body.splitlines() == ["Общината откри парка днес.", "Кметът преряза лентата.",
                                           "Гостите бяха много."]


def test_markdown_table_with_column_headers_gives_one_field_per_column():
    text = ("Регистър на проектите\n\n"
            "| Наименование | Бенефициент | Начало | Край | Статус | Обща стойност (лв.) |\n"
            "|---|---|---|---|---|---|\n"
            "| Саниране на училище | Община Примерно | 2019-03-01 | 2020-10-31 | Приключен | 1 204 000,00 |\n")
    page = one(text)
    assert page.kind == "registry"
    assert page.title == "Саниране на училище"
    assert {"Начало: 2019-03-01", "Статус: Приключен", "Обща стойност (лв.): 1 204 000,00"} <= set(page.text.splitlines())


@pytest.mark.parametrize("top_line", ["Данни към 15.03.2024", "Справка към 02.02.2022 г.",
                                      "Последна актуализация 01.10.2023"])
def test_registry_record_has_no_publication_date(top_line):
    from indexer.records import practice_from_page

    text = (f"Регистър на проектите\n{top_line}\n\nНаименование: Нова детска градина\n"
            "Бенефициент: Община Примерно\nНачална дата: 01.02.2022\nСтатус: В изпълнение\n"
            "Обща стойност: 1 000 000 лв.\n")
    practice = practice_from_page("r/1", one(text))
    assert practice.kind == "registry"
    assert practice.published is None and "published" not in practice.provenance
    assert practice.start == "2022-02-01"


def test_registry_record_keeps_a_publication_date_its_field_names():
    from indexer.records import practice_from_page

    text = ("Наименование: Нова детска градина\nБенефициент: Община Примерно\n"
            "Начална дата: 01.02.2022\nДата на публикация: 10.02.2022\nСтатус: В изпълнение\n")
    assert practice_from_page("r/1", one(text)).published == "2022-02-10"


# --- news articles ---------------------------------------------------------------------

def test_news_article_title_is_the_headline_not_the_site_name():
    page = one(NEWS)
    assert page.kind == "news"
    assert page.title == "Примерно спечели проект за нов детски център"
    assert page.body.splitlines()[0] == "Петък, 6 Октомври 2017"


def test_news_chrome_agency_codes_and_related_tail_are_stripped():
    text = one(NEWS).text
    assert "/БТА/" not in text and "ИИ/ПП" not in text
    assert "Свързани новини" not in text and "Кметът откри нова улица" not in text
    assert "бисквитки" not in text and "Начало | Регион" not in text
    assert "Община Примерно подписа договор за изграждане на детски център." in text.splitlines()


def test_date_line_is_never_the_title():
    page = one("Петък, 6 Октомври 2017\n\nНов парк в Примерно\n\nОбщината откри парка днес.")
    assert page.title == "Нов парк в Примерно"
    assert "Петък, 6 Октомври 2017" in page.body


def test_mixed_language_page_with_mostly_bulgarian_is_bg():
    page = one("Проект BLUE SKY по Interreg\nОбщина Примерно и Municipality of Kavala "
               "работят заедно по проекта за чист въздух в региона.")
    assert page.lang == "bg"


# --- listing pages ---------------------------------------------------------------------

def test_listing_with_more_markers_is_split_and_heading_dropped():
    pages = parse_page(LISTING_MORE)
    assert [p.title for p in pages] == ["Зелен двор във всяко училище",
                                        "Безплатен автобус за възрастни хора",
                                        "Отворени заседания онлайн"]
    assert all(p.kind == "listing" for p in pages)
    assert pages[0].body.splitlines() == [
        "12.03.2021 г.", "Общината засади овощни градини в дворовете на девет училища.",
        "Иноватор: Община Примерно"]
    assert not any("[Още]" in p.text or "Още »" in p.text for p in pages)
    assert not any("Практика на седмицата" in p.text for p in pages)


def test_listing_with_separator_lines():
    pages = parse_page(LISTING_SEPARATED)
    assert [p.title for p in pages] == ["Електронни обществени поръчки",
                                        "Кметът отговаря на живо", "Бюджет за гражданите"]
    assert "Иноватор: Община Примерно" in pages[0].text
    assert not any("---" in p.text or "***" in p.text for p in pages)


def test_listing_from_html_articles():
    html = ("<h1>Практика на седмицата</h1>"
            "<article><h2>Градина на покрива</h2><p>05.06.2022</p>"
            "<p>Общината превърна покрива на кметството в градина.</p>"
            "<p>Иноватор: Община Примерно</p></article>"
            "<article><h2>Доброволци за парковете</h2>"
            "<p>Граждани поддържат парковете срещу символичен абонамент.</p></article>")
    pages = parse_page(html_to_text(html).text)
    assert [p.title for p in pages] == ["Градина на покрива", "Доброволци за парковете"]


def test_listing_introduction_paragraph_above_the_first_item_is_dropped():
    # A heading, then a paragraph introducing the list, then the items: the first item
    # must not be lost to (or merged with) the introduction.
    text = ("Избрано от конкурса\n\n"
            "Редакцията подбира всеки месец по няколко практики от общините. Ето трите за март:\n\n"
            "Зимна школа по шах в Примерно\n"
            "Общината организира безплатна зимна школа по шах за 60 деца от селата.\n[Още]\n\n"
            "Нощно осветление на спортните площадки\n"
            "Пет площадки в кварталите получиха LED осветление и работят до 22 ч.\n[Още]\n\n"
            "Открит регистър на договорите\n"
            "Всеки договор на общината се публикува в деня на подписването му.\n[Още]\n")
    pages = parse_page(text)
    assert [p.title for p in pages] == ["Зимна школа по шах в Примерно",
                                        "Нощно осветление на спортните площадки",
                                        "Открит регистър на договорите"]
    assert not any("Редакцията" in p.text or "Избрано" in p.text for p in pages)


def test_listing_site_name_and_section_heading_above_the_first_item_are_dropped():
    # An HTML page without <h1>: its <title> comes first, then the section heading (<h2>),
    # then the items (<h3>): two title-like lines above the first item, not one.
    html = ("<title>Практики – Сайт на общините</title><h2>Най-нови в банката</h2>"
            "<div><h3>Градина на покрива</h3><p>Общината превърна покрива на кметството"
            " в градина.</p><p><a href='/1'>[Още]</a></p></div>"
            "<div><h3>Доброволци за парковете</h3><p>Граждани поддържат парковете.</p>"
            "<p><a href='/2'>[Още]</a></p></div>")
    pages = parse_page(html_to_text(html).text)
    assert [p.title for p in pages] == ["Градина на покрива", "Доброволци за парковете"]
    assert "Най-нови в банката" not in pages[0].text


def test_numbered_listing_items_lose_their_numbers_in_the_title():
    text = ("Добри практики от региона\n\n"
            "1. с. Примерно – Читалищна библиотека на колела\n"
            "Читалището обикаля селата с бус, пълен с книги, всяка събота.\n\n"
            "2. гр. Друго – Общински фонд за млади предприемачи\n"
            "Общината дава до 5 000 лв. на младежи, които започват собствен бизнес.\n"
            "-----\n"
            "3. гр. Трето – Дигитален архив на вестниците\n"
            "Библиотеката сканира местните вестници от 1920 г. насам.\n")
    pages = parse_page(text.replace("\n\n2.", "\n-----\n2."))
    assert [p.title for p in pages] == ["с. Примерно – Читалищна библиотека на колела",
                                        "гр. Друго – Общински фонд за млади предприемачи",
                                        "гр. Трето – Дигитален архив на вестниците"]


def test_listing_titles_beginning_with_a_number_keep_it_when_not_every_item_is_numbered():
    text = ("100 дървета за училищата\nОбщината засади сто дървета в училищните дворове.\n[Още]\n"
            "Зелен двор\nДецата поддържат градината на детската градина.\n[Още]\n")
    assert [p.title for p in parse_page(text)] == ["100 дървета за училищата", "Зелен двор"]


def test_single_item_is_not_a_listing():
    pages = parse_page("Една практика\n01.01.2020\nКратък текст за практиката.\n[Още]\n")
    assert len(pages) == 1 and pages[0].kind != "listing"
    assert "[Още]" not in pages[0].text


def test_news_with_a_section_break_is_not_a_listing():
    text = ("Общината обнови пазара\n\nПазарът беше ремонтиран за шест месеца.\n\n* * *\n\n"
            "Кметът каза, че следващият ремонт ще бъде на гарата.")
    assert one(text).kind == "news"


# --- robustness ------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["", "\n\n", "назад\nValid XHTML 1.0 Transitional", "-----"])
def test_empty_or_all_chrome_text_gives_one_empty_page(text):
    page = one(text)
    assert page.title == "" and page.body == ""


def test_windows_line_endings_and_bom():
    page = one("\ufeffЗаглавие на практиката\r\n\r\nТекст на практиката.\r\n")
    assert page.title == "Заглавие на практиката"
    assert "\r" not in page.text


# --- the two real seed pages (read at run time, never copied) ---------------------------

def read_seed(name: str) -> str:
    path = SEEDS / name
    if not path.exists():
        pytest.skip(f"{path} not present")
    return path.read_text(encoding="utf-8")


def test_seed_flgr_page():
    page = one(read_seed("flgr-practice-namrb-norway.txt"))
    assert (page.kind, page.lang) == ("flgr", "bg")
    assert set(page.sections) == {"background", "practice", "results"}
    assert "Valid XHTML" not in page.text and "Verification Code" not in page.text
    assert any(line.startswith("Дата на публикация:") for line in page.text.splitlines())
    assert any(line.startswith("Иноватор:") for line in page.text.splitlines())


def test_seed_project_page():
    page = one(read_seed("burgas-good-governance-project.txt"))
    assert (page.kind, page.lang) == ("project", "bg")
    assert set(page.sections) == {"objective", "specific_objectives", "activities", "results"}
    assert page.body.splitlines()[0].startswith("Понеделник")
    labels = [line.split(":")[0] for line in page.text.splitlines() if ":" in line]
    for label in ("Статус", "Бюджет на проекта", "Партньори", "ДФФП №",
                  "Продължителност", "Финансиране"):
        assert label in labels


# --- markup remnants and exported tables -----------------------------------------------

def test_tab_indented_markup_remnants_are_removed():
    text = ("\t\t<div class=\"content\">\n\t\tНов пазар в Примерно\n\t\t</div>\n"
            "\t\t\t<p style=\"x\">Общината откри покрит пазар с 40 сергии.</p>\n"
            "var _tracker = load();\n});\n")
    page = one(text)
    assert page.title == "Нов пазар в Примерно"
    assert page.body == "Общината откри покрит пазар с 40 сергии."


def test_tab_separated_registry_export_becomes_label_lines():
    text = ("Проект BG05M9OP001-2.002-0001\n"
            "Наименование\tСоциално предприятие за топъл обяд\n"
            "Бенефициент\tОбщина Примерно\n"
            "Начална дата\t01.03.2017\n"
            "Крайна дата\t28.02.2019\n"
            "Статус\t\tПриключен\n")
    page = one(text)
    assert page.kind == "registry"
    assert page.title == "Социално предприятие за топъл обяд"
    assert "Статус: Приключен" in page.text.splitlines()


def test_captcha_and_share_bars_are_chrome():
    text = ("Обновена библиотека в Примерно\n\nБиблиотеката получи нови книги и компютри.\n"
            "Код за сигурност:\nВъведете символите от изображението\n"
            "Сподели във Facebook | Принтирай\n")
    assert one(text).body == "Библиотеката получи нови книги и компютри."


def test_english_listing_with_more_links():
    text = ("Practice of the week\nSolar roofs on schools\n12 May 2019\n"
            "The town put solar panels on the roofs of four schools.\n[More]\n"
            "Night bus for students\nA municipal bus runs from the campus after midnight.\n"
            "[More]\n")
    pages = parse_page(text)
    assert [(p.title, p.lang, p.kind) for p in pages] == [
        ("Solar roofs on schools", "en", "listing"), ("Night bus for students", "en", "listing")]


def test_category_line_is_not_the_title():
    text = ("Категория: Социални услуги\nСоциален патронаж с топла храна\nПредистория\n"
            "Възрастните хора в селата нямаха кой да им готви.\nПрактика\n"
            "Общината доставя обяд всеки ден.\nИноватор: Община Примерно\n")
    page = one(text)
    assert (page.kind, page.title) == ("flgr", "Социален патронаж с топла храна")


def test_source_line_gives_source_url():
    page = one("Нов парк в Примерно\nИзточник: https://primerno.bg/novini/park\n\n"
               "Общината откри нов парк в квартал „Изток“.")
    assert page.source_url == "https://primerno.bg/novini/park"
    assert "https://" not in page.text


def test_decorative_separator_does_not_split_a_project_page():
    text = PROJECT_BG.replace("Статус: приключил", "----------\nСтатус: приключил")
    page = one(text)
    assert page.kind == "project" and page.title == "ЧИСТ ВЪЗДУХ ЗА ПРИМЕРНО"


def test_expected_results_section():
    text = ("Нова зала\nПонеделник, 2 Март 2020\nОбща цел: Спорт за всички.\n"
            "Очаквани резултати:\nПовече деца спортуват.\nСтатус: в изпълнение\n")
    assert one(text).sections == {"objective": "Спорт за всички.",
                                  "results": "Повече деца спортуват."}


def test_related_news_sidebar_above_the_practice_does_not_cut_it():
    text = ("Последни новини\nКметът откри пазара\n\n" + FLGR_BG)
    page = one(text)
    assert page.kind == "flgr"
    assert page.title == "Общински съвет на децата в Примерно"
    assert "Иноватор: Община Примерно" in page.text.splitlines()
    assert "Последни новини" not in page.text


def test_listing_of_html_articles_with_read_more_links():
    html = ("<h1>Новини</h1>"
            "<article><h2>Градина на покрива</h2><p>Общината превърна покрива на кметството"
            " в градина.</p><a href='/1'>Прочети още</a></article>"
            "<article><h2>Доброволци за парковете</h2><p>Граждани поддържат парковете.</p>"
            "<a href='/2'>Прочети още</a></article>")
    pages = parse_page(html_to_text(html).text)
    assert [p.title for p in pages] == ["Градина на покрива", "Доброволци за парковете"]


def test_labelled_line_inside_flgr_practice_stays_in_the_section():
    text = FLGR_BG.replace("Съветът предлага", "Партньори: Община Гент, Белгия\nСъветът предлага")
    practice = one(text).sections["practice"]
    assert practice.splitlines()[-1] == "Съветът предлага проекти за малки ремонти в училищата."
    assert "Партньори: Община Гент, Белгия" in practice


def test_listing_items_with_the_date_above_the_title():
    text = ("12.03.2021\nЗелен двор във всяко училище\nОбщината засади овощни градини.\n[Още]\n"
            "04.05.2020\nБезплатен автобус\nОбщински автобус обикаля селата.\n[Още]\n")
    pages = parse_page(text)
    assert [(p.title, p.body.splitlines()[0]) for p in pages] == [
        ("Зелен двор във всяко училище", "12.03.2021"), ("Безплатен автобус", "04.05.2020")]


@pytest.mark.parametrize("dateline, published", [
    ("Публикувано на 14.09.2015 г. в Новини", "2015-09-14"),
    ("Posted on 3 March 2021 in Municipal news", "2021-03-03"),
])
def test_publication_line_naming_its_section_above_the_headline_stays_in_the_text(dateline, published):
    from indexer.extract.dates import extract_dates

    page = one(f"{dateline}\n\nНов мост над реката в Примерно\n\n"
               "Общината завърши моста и го отвори за движение през септември.")
    assert page.title == "Нов мост над реката в Примерно"
    assert dateline in page.text.splitlines()
    assert extract_dates(page.text).published.value == published


@pytest.mark.parametrize("dateline, rest, published", [
    ("ПЛЕВЕН, 7 март 2022 /БТА/", "", "2022-03-07"),
    ("СТАРА ЗАГОРА, 21.11.2019 г. (БГНЕС)", "", "2019-11-21"),
    ("Русе, 3 февруари 2021 /БТА/ - Общината стартира дигитализация на архива.",
     "Общината стартира дигитализация на архива.", "2021-02-03"),
])
def test_wire_dateline_gives_the_publication_date(dateline, rest, published):
    from indexer.extract.dates import extract_dates

    page = parse_page(f"Нова услуга за гражданите на общината\n\n{dateline}\n\n"
                      "Общинската администрация въведе електронна опашка в центъра за услуги.")[0]
    assert page.title == "Нова услуга за гражданите на общината"
    assert "/БТА/" not in page.text and "БГНЕС" not in page.text
    if rest:
        assert rest in page.text
    assert extract_dates(page.text).published.value == published
