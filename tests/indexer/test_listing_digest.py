"""Regional digests: several short practices on one page, each opening with a bulleted
heading line (``▸ Town: what was done``) and a paragraph, with no "read more" link and no
separator lines. Fixtures in the shape regional news sites use; no gold page is copied.
"""
from indexer.listing import split_listing
from indexer.pages import parse_page

DIGEST = ("ОТ ОБЩИНИТЕ НАКРАТКО\r\n"
          "Новини от Северозапада\r\n"
          "\r\n"
          "► Лом: нова детска площадка в кв. „Младост“\r\n"
          "Община Лом завърши площадката с пари от общинския бюджет. Тя е на стойност 48 000 лв. "
          "и има съоръжения за деца с увреждания.\r\n"
          "\r\n"
          "► Брусарци: кандидатстване за социален автобус\r\n"
          "Общината подаде проектно предложение за микробус, който да вози възрастни хора до "
          "лекар. Отговорът се очаква през есента.\r\n"
          "\r\n"
          "► Вълчедръм: обновено читалище\r\n"
          "Ремонтът на читалището в с. Разград приключи през май, а залата вече приема "
          "представления.\r\n")


def test_bulleted_digest_is_split_into_its_items():
    pages = parse_page(DIGEST)
    assert [p.title for p in pages] == ["Лом: нова детска площадка в кв. „Младост“",
                                        "Брусарци: кандидатстване за социален автобус",
                                        "Вълчедръм: обновено читалище"]
    assert all(p.kind == "listing" for p in pages)
    assert "48 000 лв." in pages[0].text and "48 000" not in pages[1].text
    assert "ОТ ОБЩИНИТЕ НАКРАТКО" not in pages[0].text  # the digest's heading is no item's


def test_other_bullet_glyphs_and_a_line_of_introduction():
    text = ("Седмицата в региона\nПредставяме накратко какво свършиха общините тази седмица.\n\n"
            "■ Кнежа: енергийно обновяване на училище\nУчилището е с нова изолация и дограма.\n\n"
            "■ Искър: дигитален архив\nОбщината сканира 12 000 документа от архива си.\n")
    assert [p.title for p in parse_page(text)] == ["Кнежа: енергийно обновяване на училище",
                                                   "Искър: дигитален архив"]


def test_a_bulleted_list_is_not_a_digest():
    text = ("Ремонт на улици в Примерно\n15.03.2021\n"
            "Общината ремонтира три улици.\n"
            "• ул. „Първа“\n• ул. „Втора“\n• ул. „Трета“\n"
            "Ремонтът ще приключи до есента.\n")
    pages = parse_page(text)
    assert len(pages) == 1 and pages[0].title == "Ремонт на улици в Примерно"


def test_an_article_with_bulleted_subheadings_is_not_a_digest():
    text = ("Общината представи бюджета за 2024 г.\n"
            "Кметът представи проектобюджета на публично обсъждане в читалището.\n"
            "Присъстваха над 80 души, които зададоха въпроси за ремонтите.\n\n"
            "► Какво ще се ремонтира\nТри улици и две детски градини ще бъдат обновени.\n\n"
            "► Кога\nРаботите започват през пролетта и трябва да приключат до края на годината.\n")
    assert len(parse_page(text)) == 1


def test_two_kinds_of_bullets_are_not_a_digest():
    lines = ["Накратко", "▸ Лом: парк", "Общината откри парка.", "● Видин: мост", "Мостът е готов."]
    assert split_listing(lines) is None


def test_a_single_bulleted_item_is_not_a_listing():
    lines = ["Накратко", "▸ Лом: нов парк", "Общината откри парка в центъра."]
    assert split_listing(lines) is None
