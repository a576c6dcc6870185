"""Listing pages in the shapes besides the ``[Още]`` / ``-----`` ones: items that each end
with a link of the site's own words (``[Разгледай цялата практика]``, repeated after every
item), items opened by numbers or ranks (``1)``, ``II място –``), and FLGR category pages
whose items each close with their ``Иноватор:`` line. Fixtures written here in those
shapes; no gold page is copied.
"""
import pytest

from indexer.chrome import is_more_marker
from indexer.html_text import html_to_text
from indexer.pages import parse_page


def titles(text: str) -> list[str]:
    return [page.title for page in parse_page(text)]


@pytest.mark.parametrize("line", ["[Прочетете повече]", "[Виж цялата практика]", "Научете повече »",
                                  "[Read the full story]", "Към практиката →", "Подробности"])
def test_read_more_links_in_many_words(line):
    assert is_more_marker(line)


@pytest.mark.parametrize("line", ["Виж Видин", "Още новини", "Прочети", "Практика", "[Номинирай]"])
def test_other_short_lines_are_no_read_more_link(line):
    assert not is_more_marker(line)


LINKED = ("Архив на практиките\n\n"
          "Градински кът за деца в Ружинци\n"
          "Детската градина в Ружинци оформи градина с лехи, които децата поддържат заедно с "
          "родителите си от пролетта на 2020 г.\n"
          "Иноватор: Община Ружинци\n"
          "[Разгледай цялата практика]\n\n"
          "Обществена перална в Макреш\n"
          "Общината отвори перална за самотни възрастни хора, финансирана от общинския бюджет с "
          "37 000 лв.\n"
          "Иноватор: Община Макреш\n"
          "[Разгледай цялата практика]\n")


def test_a_link_repeated_after_every_item_ends_the_items():
    pages = parse_page(LINKED)
    assert [p.title for p in pages] == ["Градински кът за деца в Ружинци", "Обществена перална в Макреш"]
    assert all(p.kind == "listing" for p in pages)
    assert "37 000" in pages[1].text and "37 000" not in pages[0].text
    assert not any("[" in p.text for p in pages)  # the link is no item text


def test_a_link_that_stands_once_is_chrome_of_a_single_page():
    text = ("Градински кът за деца в Ружинци\n"
            "Детската градина в Ружинци оформи градина с лехи от пролетта на 2020 г.\n"
            "[Разгледай галерията]\n")
    pages = parse_page(text)
    assert len(pages) == 1 and "[" not in pages[0].text


def test_html_items_whose_link_is_an_anchor():
    html = ("<h2>Нови практики</h2>"
            "<div class='item'><h3>Зелен двор в Трекляно</h3><p>Общината засади 40 дървета в двора "
            "на училището през 2022 г.</p><a href='/p/1'>[Към цялата практика]</a></div>"
            "<div class='item'><h3>Нов пазар в Бобошево</h3><p>Покритият пазар беше открит през май "
            "2021 г. с пари от общинския бюджет.</p><a href='/p/2'>[Към цялата практика]</a></div>")
    assert titles(html_to_text(html).text) == ["Зелен двор в Трекляно", "Нов пазар в Бобошево"]


NUMBERED = ("Категория: Образование\n"
            "Показани 3 от 3 практики\n\n"
            "1) Летен лагер по математика – Бойница\n"
            "Общината организира двуседмичен лагер за 40 ученици през юли 2023 г. с пари от "
            "общинския бюджет.\n"
            "Иноватор: Община Бойница\n\n"
            "2) Училищен автобус по заявка – Грамада\n"
            "От септември 2022 г. автобусът тръгва по заявка на родителите от малките села.\n"
            "Иноватор: Община Грамада\n\n"
            "3) Читалня на открито – Кула\n"
            "В парка е оборудвана читалня с 300 книги, която работи всяко лято.\n"
            "Иноватор: Община Кула\n")


def test_numbered_items_are_split_and_lose_their_numbers():
    pages = parse_page(NUMBERED)
    assert [p.title for p in pages] == ["Летен лагер по математика – Бойница",
                                        "Училищен автобус по заявка – Грамада", "Читалня на открито – Кула"]
    assert "Община Грамада" in pages[1].text and "Община Кула" not in pages[1].text


RANKED = ("НАГРАДИ ЗА МЕСТНО САМОУПРАВЛЕНИЕ 2024\n"
          "Категория „Големи общини“\n\n"
          "I място – Община Примерно\n"
          "„Отворен бюджет“\n"
          "Гражданите следят всяко плащане на общината в онлайн таблица, обновявана ежедневно от 2022 г.\n\n"
          "II място – Община Другово\n"
          "„Зелени покриви“\n"
          "Покривите на шест детски градини бяха озеленени през 2023 г. за 210 000 лв.\n\n"
          "Благодарим на всички участници в конкурса.\n")


def test_ranked_items_keep_their_rank_and_leave_the_closing_words():
    pages = parse_page(RANKED)
    # the entry's name under its rank is the title; the rank stays in the text (it says who)
    assert [p.title for p in pages] == ["Отворен бюджет", "Зелени покриви"]
    assert "I място – Община Примерно" in pages[0].text
    assert "210 000" in pages[1].text and "Благодарим" not in pages[1].text


def test_numbered_steps_in_an_article_are_no_listing():
    text = ("Ремонт на детската градина в Примерно\n"
            "Общината започна ремонта на детската градина през март. Дейностите са три.\n\n"
            "1. Подмяна на покрива\n"
            "Старата покривна конструкция ще бъде заменена изцяло до края на април.\n\n"
            "2. Нова дограма\n"
            "Всички прозорци ще бъдат сменени с енергоспестяващи до юни.\n")
    assert len(parse_page(text)) == 1


def test_a_numbered_list_under_a_section_is_no_listing():
    text = ("Обща цел: по-добри услуги\n\n"
            "1) Обучение на служителите\n"
            "Двадесет служители преминават курс по обслужване на гражданите.\n\n"
            "2) Нов деловоден софтуер\n"
            "Софтуерът ще бъде внедрен в центъра за услуги до края на годината.\n")
    assert len(parse_page(text)) == 1


def test_items_each_closing_with_their_innovator_line():
    text = ("Категория: Социални услуги\n\n"
            "Топъл обяд в Черни Осъм\n"
            "Кметството раздава топъл обяд на 60 възрастни хора всеки делничен ден от 2021 г.\n"
            "Иноватор: Община Троян\n\n"
            "Домашен помощник в Бяла черква\n"
            "Общината наема 12 домашни помощници по програма на Агенцията за социално подпомагане.\n"
            "Иноватор: Община Павликени\n")
    pages = parse_page(text)
    assert [p.title for p in pages] == ["Топъл обяд в Черни Осъм", "Домашен помощник в Бяла черква"]
    assert "Иноватор: Община Павликени" in pages[1].text


def test_a_single_practice_page_with_its_innovator_is_no_listing():
    text = ("Топъл обяд в Черни Осъм\nПредистория\nВъзрастните хора живеят сами.\n"
            "Практика\nКметството раздава топъл обяд.\nРезултати\n60 души.\n"
            "Иноватор: Община Троян\nДата на публикация: 12.03.2022\n")
    pages = parse_page(text)
    assert len(pages) == 1 and pages[0].kind == "flgr"


def test_html_item_blocks_without_links_are_split():
    html = ("<h2>Практики от региона</h2>"
            "<div class='news-item'><h3>Зелен двор в Трекляно</h3><p>Общината засади 40 дървета в двора "
            "на училището през 2022 г.</p></div>"
            "<div class='news-item'><h3>Нов пазар в Бобошево</h3><p>Покритият пазар беше открит през май "
            "2021 г. с пари от общинския бюджет.</p></div>")
    assert titles(html_to_text(html).text) == ["Зелен двор в Трекляно", "Нов пазар в Бобошево"]


def test_html_sections_of_one_page_are_no_items():
    html = ("<h1>Нов пазар в Бобошево</h1>"
            "<div class='box'><h3>Обща цел</h3><p>По-добри условия за местните производители.</p></div>"
            "<div class='box'><h3>Резултати</h3><p>Пазарът беше открит през май 2021 г.</p></div>")
    assert len(parse_page(html_to_text(html).text)) == 1


DATED = ("Последни практики\n\n"
         "Лятно кино в парка на Брезник\n14.07.2023\n"
         "Всяка петък вечер общината прожектира филми на открито за около 300 зрители.\n\n"
         "Споделени велосипеди в Своге\n02.08.2023\n"
         "Двадесет велосипеда под наем стоят на три станции край гарата и центъра.\n")


def test_items_each_opening_with_their_title_and_date_line():
    pages = parse_page(DATED)
    assert [p.title for p in pages] == ["Лятно кино в парка на Брезник", "Споделени велосипеди в Своге"]


def test_an_article_followed_by_a_dated_teaser_is_no_listing():
    article = ("Общината откри обновения стадион в присъствието на много граждани и гости. " * 8).strip()
    text = (f"Обновеният стадион в Брезник отвори врати\n14.07.2023\n{article}\n\n"
            "Споделени велосипеди в Своге\n02.08.2023\nДвадесет велосипеда стоят край гарата.\n")
    assert len(parse_page(text)) == 1


def test_html_list_items_with_headings_are_listing_items():
    html = ("<h1>Практики</h1><ul><li><h3><a href='/1'>Лятно кино в Брезник</a></h3><p>Общината прожектира "
            "филми на открито през лятото на 2023 г.</p></li><li><h3><a href='/2'>Велосипеди в Своге</a></h3>"
            "<p>Двадесет велосипеда под наем стоят на три станции от 2022 г.</p></li></ul>")
    assert titles(html_to_text(html).text) == ["Лятно кино в Брезник", "Велосипеди в Своге"]


def test_a_footer_rule_under_a_numbered_listing_does_not_hide_its_items():
    text = NUMBERED + "\n----------\nВсички права запазени за текстовете на практиките.\n"
    assert len(parse_page(text)) == 3


# Items that each end with an arrow link of the site's own words, under a rubric line of
# place and category between bars, with rules of long dashes between them.
ARROWED = ("ДОБРИТЕ ПРИМЕРИ НА МЕСЕЦА\n"
           "Съставено от екипа на сдружението – брой 7\n\n"
           "━━━━━━━━━━━━━━\n"
           "ОБРАЗЦОВО | Социални услуги\n"
           "Топъл обяд за самотните възрастни\n"
           "От март 2021 г. кухнята на общината доставя обяд на 80 души в шест села.\n"
           "⟶ Към пълния текст\n\n"
           "━━━━━━━━━━━━━━\n"
           "ПРИМЕРНО | Екология\n"
           "Компостери за всеки двор\n"
           "Общината раздаде 400 компостера и обучи домакинствата как да ги ползват.\n"
           "⟶ Към пълния текст\n")


def test_items_that_end_with_a_repeated_arrow_link_are_split():
    pages = parse_page(ARROWED)
    assert [page.kind for page in pages] == ["listing", "listing"]
    # the rubric line is not the title; it stays in the item's text (it names the place)
    assert [page.title for page in pages] == ["Топъл обяд за самотните възрастни", "Компостери за всеки двор"]
    assert "ОБРАЗЦОВО | Социални услуги" in pages[0].text
    assert all("Към пълния текст" not in page.text for page in pages)


def test_an_arrow_link_met_once_does_not_split_a_page():
    text = ("Нов парк в Примерно\n"
            "Паркът е открит през май с 200 нови дървета и детска площадка.\n"
            "⟶ Към пълния текст\n"
            "Кметът благодари на всички дарители и доброволци за помощта.\n")
    assert len(parse_page(text)) == 1


@pytest.mark.parametrize("line", ["Статус | Приключен", "Начална дата | 01.02.2020"])
def test_a_field_row_with_a_bar_stays_a_field_not_a_rubric(line):
    from indexer.pages import _is_kicker
    assert not _is_kicker(line)


def test_items_between_rules_of_long_dashes_are_split():
    text = ("Из живота на общините\n\n"
            "Нова детска площадка в Примерно\n"
            "Площадката е с ударопоглъщаща настилка и е открита през юни 2022 г.\n"
            "———————————\n"
            "Читалището в Образцово с нов покрив\n"
            "Ремонтът струва 48 000 лв. и е платен от общинския бюджет.\n")
    assert titles(text) == ["Нова детска площадка в Примерно", "Читалището в Образцово с нов покрив"]


def test_bullet_glyphs_and_bar_numbers_leave_item_titles():
    squares = ("Категория: Спорт\n\n"
               "■ Зала за борба в Примерно\n"
               "Общината ремонтира залата и купи нови тепихи за 35 000 лв.\n[Още]\n\n"
               "■ Колоездачна алея до язовира\n"
               "Алеята е дълга 4 км и е осветена с LED лампи, открита е през 2021 г.\n[Още]\n")
    assert titles(squares) == ["Зала за борба в Примерно", "Колоездачна алея до язовира"]
    barred = ("Selected practices\n\n"
              "1 | Library on wheels\n"
              "A van brings books to eleven villages every week since 2019, paid by the town.\n[Open the practice]\n\n"
              "2 | Open council sessions online\n"
              "Every session of the council has been streamed and archived since March 2020.\n[Open the practice]\n")
    assert titles(barred) == ["Library on wheels", "Open council sessions online"]


def test_a_rank_line_over_a_quoted_entry_name_gives_the_name_as_title():
    text = ("Класиране в категория „Средни общини“\n\n"
            "I място – Община Образцово\n"
            "„Зелени дворове за всяко училище“\n"
            "Общината засади 900 дръвчета в дворовете на седем училища през пролетта на 2022 г.\n\n"
            "II място – Община Примерно\n"
            "„Автобус до болницата“\n"
            "Всеки вторник общински микробус вози болните от селата до града, безплатно.\n")
    pages = parse_page(text)
    assert [page.title for page in pages] == ["Зелени дворове за всяко училище", "Автобус до болницата"]
    assert "I място – Община Образцово" in pages[0].text


def test_an_arrow_line_of_a_menu_is_no_item_link():
    from indexer.listing import _repeated_links
    lines = ["Вестник Примерно", "⟶ Към архива", "", "Нов мост над реката",
             "Мостът е открит в неделя след шест месеца работа.", "⟶ Към архива"]
    assert _repeated_links(lines) == frozenset()
    items = ["Първа практика", "Текст на първата практика, доста дълъг.", "⟶ Към архива", "",
             "Втора практика", "Текст на втората практика, също дълъг.", "⟶ Към архива"]
    assert _repeated_links(items) == frozenset({"⟶ Към архива"})


# English roundups exported as plain text: "* " before each title, an ASCII arrow link
# ("-> Read more", "> Full practice") under each item, sometimes after a byline row.
ASCII_ARROWED = ("Monthly practice roundup\n\n"
                 "Recently added entries in short.\n\n"
                 "* Lomtown - Solar roofs on kindergartens\n"
                 "  Lomtown Municipality fitted 120 kW of panels on five kindergartens in 2021.\n"
                 "  Theme: Energy | Innovator: Lomtown Municipality\n"
                 "  > Full practice\n\n"
                 "* Riverdale - A bus for the villages\n"
                 "  Since March 2020 a municipal minibus has driven patients from 12 villages.\n"
                 "  Theme: Social services | Innovator: Riverdale Municipality\n"
                 "  > Full practice\n")


def test_items_ending_with_an_ascii_arrow_link_after_a_byline_are_split():
    assert titles(ASCII_ARROWED) == ["Lomtown - Solar roofs on kindergartens",
                                     "Riverdale - A bus for the villages"]


def test_items_ending_with_a_dash_arrow_read_more_are_split():
    text = ("Digest - new entries\n\n"
            "* Green schoolyards in Hilltop\n"
            "Innovator: Hilltop Municipality\n"
            "Four schools planted 300 trees with pupils from a partner school in 2022.\n"
            "-> Read more\n\n"
            "* Heritage trail - Stonebridge\n"
            "Innovator: Stonebridge Municipality\n"
            "A 7 km marked path links two old chapels; it was finished in 2019.\n"
            "-> Read more\n")
    assert titles(text) == ["Green schoolyards in Hilltop", "Heritage trail - Stonebridge"]


def test_a_news_page_with_one_ascii_arrow_link_is_no_listing():
    text = ("New playground opened in Hilltop\n\n"
            "The municipality opened a playground for 200 children on Saturday.\n"
            "It cost BGN 45,000 from the municipal budget.\n\n"
            "Related: Park renovation in Stonebridge\n"
            "-> Read more\n")
    assert len(parse_page(text)) == 1


@pytest.mark.parametrize("line", ["a -> b, then c", "x > y holds for every item of the table"])
def test_an_arrow_inside_a_sentence_is_no_link(line):
    from indexer.listing import _is_arrow_link
    assert not _is_arrow_link(line)


# A contest's nominations page: a heading, a pager line, an introduction, then numbered items
# that each carry labelled lines, inline section lines ("Резултати: …") among them, and the
# same bracketed link after each.
NOMINATIONS = ("Годишни награди за местно управление 2024\n"
               "Номинации – категория „Околна среда“\n"
               "Страница 3 от 5\n\n"
               "Комисията получи 31 предложения. Тук са тези от Югоизточна България.\n\n"
               "----------\n\n"
               "1. Общинска градина за семена в Болярово\n\n"
               "Иноватор: Община Болярово\n"
               "Период: от 2020 г.\n"
               "Описание: Жителите оставят и вземат семена от местни сортове в библиотеката.\n"
               "Резултати: 310 пакета семена са разменени за две години.\n\n"
               "[Към номинацията]\n\n"
               "----------\n\n"
               "2. Ремонт на язовирната стена при с. Горско\n\n"
               "Иноватор: Община Стралджа\n"
               "Статус: Приключен – стената е приета\n"
               "Бюджет: 88 400 лв.\n"
               "Резултати: 120 домакинства са вън от заливната зона.\n\n"
               "[Към номинацията]\n\n"
               "----------\n\n"
               "3. Градски компост за училищата в Тунджа\n\n"
               "Иноватор: Община Тунджа\n"
               "Статус: Текущ – 4 от 9 училища имат компостер\n"
               "Резултати (досега): 2,1 т отпадъци не стигнаха до депото.\n\n"
               "[Към номинацията]\n\n"
               "----------\n\n"
               "« Предишна | 1 | 2 | 3 | 4 | 5 | Следваща »\n")


def test_numbered_items_with_inline_section_lines_are_all_split():
    pages = parse_page(NOMINATIONS)
    assert [p.title for p in pages] == ["Общинска градина за семена в Болярово",
                                        "Ремонт на язовирната стена при с. Горско",
                                        "Градски компост за училищата в Тунджа"]
    assert "Община Болярово" in pages[0].text and "Годишни награди" not in pages[0].text
    assert "88 400" in pages[1].text and "88 400" not in pages[2].text


def test_a_section_heading_on_its_own_line_still_keeps_a_page_whole():
    text = ("Нова детска площадка\nОбщината изгради площадка в квартала.\n"
            "-----\nРезултати\n40 деца играят там всеки ден, според преброяването на общината.\n")
    assert len(parse_page(text)) == 1


def test_a_pager_and_a_subscription_line_under_the_items_make_no_item():
    text = ("Бюлетин за общините, брой 2\n\n"
            "-----\n1. Топъл обяд в Трекляно\nОбщината доставя обяд на 60 възрастни хора всеки ден.\n[Още]\n\n"
            "-----\n2. Нова линия до Кюстендил\nОбщината пусна автобус до областния град два пъти дневно.\n[Още]\n\n"
            "-----\n« Предишен брой | Следващ брой »\nАбонирайте се за бюлетина: news@primer.example\n")
    assert titles(text) == ["Топъл обяд в Трекляно", "Нова линия до Кюстендил"]


def test_items_closing_with_their_innovator_keep_inline_section_lines():
    text = ("Категория: Социални услуги\n\n"
            "Топъл обяд за възрастни в Ружинци\nОбщината доставя обяд всеки делничен ден.\n"
            "Резултати: 85 души получават обяд.\nИноватор: Община Ружинци\n\n"
            "Социално такси в Макреш\nЕдин микробус вози хората до лекар и аптека.\n"
            "Резултати: 1 200 курса за година.\nИноватор: Община Макреш\n")
    pages = parse_page(text)
    assert [p.title for p in pages] == ["Топъл обяд за възрастни в Ружинци", "Социално такси в Макреш"]
    assert "1 200 курса" in pages[1].text and "1 200 курса" not in pages[0].text


def test_a_row_of_links_with_a_read_more_ends_each_item():
    text = ("Нови практики\n\n"
            "Компост в Каварна\nОбщината раздаде 600 компостера на домакинствата от 2020 г.\n[Номинирай] [Още]\n\n"
            "Чиста река в Шабла\nДоброволци почистиха 12 км от бреговете на реката през 2021 г.\n[Номинирай] [Още]\n")
    pages = parse_page(text)
    assert [p.title for p in pages] == ["Компост в Каварна", "Чиста река в Шабла"]
    assert not any("[" in p.text for p in pages)


def test_a_row_of_links_on_a_single_page_is_chrome():
    pages = parse_page("Компост в Каварна\nПредистория\nОбщината раздаде 600 компостера от 2020 г.\n"
                       "[Номинирай] [Още]\n")
    assert len(pages) == 1 and "[" not in pages[0].text


MONTHLY = ("Избрано през годината – архив 2024\n\n"
           "* Ноември 2024 г. – Общински склад за храни в Брезник\n"
           "  Община: Брезник | Тема: социални услуги\n"
           "  Складът раздава хранителни пакети на 120 семейства всяка седмица от 2021 г.\n"
           "  -> Цялата история\n\n"
           "* Юни 2024 г. – Зелени покриви на училищата в Габрово\n"
           "  Община: Габрово | Тема: климат\n"
           "  Три училища получиха зелени покриви с помощта на програма LIFE.\n"
           "  -> Цялата история\n")


def test_the_month_an_archive_files_an_item_under_is_no_part_of_its_title_nor_its_date():
    from indexer.extract import extract_all

    pages = parse_page(MONTHLY)
    assert [page.title for page in pages] == ["Общински склад за храни в Брезник",
                                              "Зелени покриви на училищата в Габрово"]
    assert all(extract_all(page.text, page.lang, title=page.title)["published"] is None for page in pages)


def test_a_title_that_opens_with_a_year_in_one_item_only_keeps_it():
    text = ("Практики\n\n* 2023 – година на водата в Бяла\nОбщината смени 4 км водопровод.\n-> Още\n\n"
            "* Нов площад в Две могили\nПлощадът е обновен през 2022 г.\n-> Още\n")
    assert titles(text) == ["2023 – година на водата в Бяла", "Нов площад в Две могили"]


def test_an_archive_month_before_a_colon_is_left_out_of_each_title():
    text = ("Практика на месеца\n\n* Януари 2024: Безплатен превоз за учениците от Мездра\n"
            "Общината вози 300 ученици всеки ден.\n-> Още\n\n"
            "* Февруари 2024: Нова читалня в Ябланица\nЧиталнята е с 2 000 книги.\n-> Още\n")
    assert titles(text) == ["Безплатен превоз за учениците от Мездра", "Нова читалня в Ябланица"]
