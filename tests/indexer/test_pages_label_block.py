"""Project pages that open with their label block (status, budget, programme, contract...)
and give the title under it, with or without a date line: the title is the heading under
the block, and the block stays in the text the extractors read. Fixtures written here in
the shapes municipal sites use; no gold page is copied.
"""
from indexer.pages import parse_page

BLOCK_THEN_TITLE = ("Статус: В изпълнение\n"
                    "Обща стойност: 640 000 лв.\n"
                    "Договор № BG16RFOP001-2.001-0042-C01\n"
                    "Финансиране: ОП „Региони в растеж“ 2014-2020\n"
                    "Бенефициент: Община Примерно\n\n"
                    "Ремонт на читалище „Светлина“ в с. Примерно\n\n"
                    "Обща цел: Запазване на културния живот в селото.\n\n"
                    "Основни дейности:\n1. Ремонт на покрива;\n2. Нова отоплителна инсталация.\n")


def test_title_under_an_opening_label_block():
    page = parse_page(BLOCK_THEN_TITLE)[0]
    assert page.kind == "project"
    assert page.title == "Ремонт на читалище „Светлина“ в с. Примерно"
    lines = page.text.splitlines()
    assert lines[0] == page.title
    for line in ("Статус: В изпълнение", "Обща стойност: 640 000 лв.",
                 "Договор № BG16RFOP001-2.001-0042-C01", "Бенефициент: Община Примерно"):
        assert line in lines


def test_unknown_labels_and_a_date_line_between_block_and_title():
    text = ("Етап: одобрен проект\nОриентировъчна стойност: 1,2 млн. лв.\n"
            "Програма за финансиране: ПРСР 2014-2020\nВодещ кандидат: Община Примерно\n\n"
            "Вторник, 7 Март 2023\n\n"
            "Обновяване на уличното осветление в Примерно\n\n"
            "Обща цел: По-безопасни улици и по-малък разход на енергия.\n")
    page = parse_page(text)[0]
    assert page.title == "Обновяване на уличното осветление в Примерно"
    assert "Етап: одобрен проект" in page.text.splitlines()


def test_block_of_label_lines_without_a_title_below_keeps_its_first_line():
    text = "Бенефициент: Община Примерно\nСтатус: Приключен\nБюджет: 10 000 лв.\n"
    page = parse_page(text)[0]
    assert "Статус: Приключен" in page.text.splitlines()


def test_a_title_with_a_colon_over_a_publication_line_is_still_the_title():
    text = ("Гражданите решават: бюджет по участие в Примерно\nПубликувано: 12.03.2020\n\n"
            "Общината събра 40 предложения от жителите за ремонти в кварталите.\n")
    assert parse_page(text)[0].title == "Гражданите решават: бюджет по участие в Примерно"


def test_a_road_rehabilitation_title_is_not_health():
    # Read under its label block, a road project's title weighs as a title: "рехабилитация"
    # of a road or a street is infrastructure, only a rehabilitation centre or service is health.
    from indexer.extract.themes import extract_themes
    road = ("Рехабилитация на общински път между две села в община Примерно\n"
            "Строителни работи по 5 км път, отводняване и маркировка.")
    assert "health" not in {f.value for f in extract_themes(road)}
    centre = ("Рехабилитационен център за деца в Примерно\n"
              "Центърът предлага кинезитерапия и рехабилитационни процедури за деца, с лекар и медицински сестри.")
    assert "health" in {f.value for f in extract_themes(centre)}
