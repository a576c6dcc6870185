"""html_to_text: page HTML to the line-oriented text the page parser reads."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.html_text import ARTICLE_SEPARATOR, html_to_text
from indexer.pages import parse_page
from indexer.text_tables import RECORD_BREAK

PROJECT_HTML = """<!DOCTYPE html>
<html lang="bg"><head><meta charset="utf-8">
<title>Нова детска площадка – Община Примерно</title>
<link rel="canonical" href="https://primerno.bg/proekti/ploshtadka">
<meta property="og:url" content="https://primerno.bg/og">
<style>p { color: red }</style><script>var tracking = "Статус: фалшив";</script>
</head><body>
<header class="site-header"><a href="/">Община Примерно</a> <a href="/novini">Новини</a></header>
<nav><a href="/">Начало</a> <a href="/proekti">Проекти</a></nav>
<main><h1>Нова детска площадка в квартал „Изток“</h1>
<p class="date">Вторник, 3 Март 2020</p>
<h2>Обща цел</h2>
<p>Безопасно място за игра
за децата от квартала.</p><p>Втори абзац.</p>
<table><tr><th>Статус</th><td>Приключен</td></tr>
<tr><td>Бюджет на проекта:</td><td>120 000 лв.</td></tr>
<tr><td></td><td></td></tr></table>
<form><input name="q"> Търсене</form>
</main>
<footer>© 2020 Община Примерно. Всички права запазени.</footer>
<div class="cookie-banner">Сайтът използва бисквитки.</div>
</body></html>"""


def test_title_comes_from_h1():
    assert html_to_text(PROJECT_HTML).title == "Нова детска площадка в квартал „Изток“"


def test_title_falls_back_to_title_element_and_leads_the_text():
    doc = html_to_text("<html><head><title>Само заглавие</title></head>"
                       "<body><p>Текст на страницата.</p></body></html>")
    assert doc.title == "Само заглавие"
    assert doc.text.splitlines()[0] == "Само заглавие"


def test_canonical_link_wins_over_og_url():
    assert html_to_text(PROJECT_HTML).source_url == "https://primerno.bg/proekti/ploshtadka"


def test_og_url_when_no_canonical():
    doc = html_to_text('<meta property="og:url" content="https://x.bg/a"><p>т</p>')
    assert doc.source_url == "https://x.bg/a"


def test_no_url_gives_none():
    assert html_to_text("<p>текст</p>").source_url is None


def test_scripts_styles_nav_footer_forms_and_banners_are_dropped():
    text = html_to_text(PROJECT_HTML).text
    for gone in ("tracking", "color: red", "Начало", "Всички права", "Търсене",
                 "бисквитки", "Новини"):
        assert gone not in text


def test_headings_are_own_lines_and_paragraphs_are_separated_by_blank_lines():
    lines = html_to_text(PROJECT_HTML).text.splitlines()
    # the site's name from <title> (a municipality) first, then the <h1>
    assert lines[:3] == ["Община Примерно", "", "Нова детска площадка в квартал „Изток“"]
    heading = lines.index("Обща цел")
    assert lines[heading - 1] == "" and lines[heading + 1] == ""
    # Whitespace inside a paragraph collapses; the line break in the source is not kept.
    assert "Безопасно място за игра за децата от квартала." in lines
    paragraph = lines.index("Безопасно място за игра за децата от квартала.")
    assert lines[paragraph + 1] == "" and lines[paragraph + 2] == "Втори абзац."


def test_table_rows_become_label_value_lines():
    lines = html_to_text(PROJECT_HTML).text.splitlines()
    assert "Статус: Приключен" in lines
    # A label cell that already ends with a colon does not get a second one.
    assert "Бюджет на проекта: 120 000 лв." in lines


def test_no_double_blank_lines():
    assert "\n\n\n" not in html_to_text(PROJECT_HTML).text


def test_three_cell_row_keeps_every_cell():
    doc = html_to_text("<table><tr><td>Партньори</td><td>Гент</td><td>Белгия</td></tr></table>")
    assert doc.text == "Партньори: Гент | Белгия"


def test_table_with_column_headers_gives_one_labelled_line_per_column():
    # A registry's one-row table: labels (and the currency) only in the header row.
    html = ("<table><tr><th>Наименование</th><th>Начало</th><th>Статус</th>"
            "<th>Обща стойност (EUR)</th></tr>"
            "<tr><td>Нов покрит пазар</td><td>2022-04-01</td><td>Приключен</td><td>310 000,00</td></tr>"
            "</table>")
    assert html_to_text(html).text.splitlines() == [
        "Наименование: Нов покрит пазар", "Начало: 2022-04-01", "Статус: Приключен",
        "Обща стойност (EUR): 310 000,00"]


def test_table_with_column_headers_and_several_rows_gives_one_block_per_row():
    html = ("<table><thead><tr><th>Проект</th><th>Година</th><th>Стойност</th></tr></thead>"
            "<tbody><tr><td>Парк</td><td>2019</td><td>10 000 лв.</td></tr>"
            "<tr><td>Улица</td><td></td><td>20 000 лв.</td></tr></tbody></table>")
    # each record between RECORD_BREAK lines: the page parser reads a table of records as
    # one practice per row when little else stands on the page
    assert html_to_text(html).text.splitlines() == [
        RECORD_BREAK, "", "Проект: Парк", "Година: 2019", "Стойност: 10 000 лв.", "", RECORD_BREAK, "",
        "Проект: Улица", "Стойност: 20 000 лв.", "", RECORD_BREAK]


@pytest.mark.parametrize("html", [
    # a label / value table under a "Поле | Стойност" header stays row by row
    "<table><tr><th>Поле</th><th>Стойност</th></tr><tr><td>Статус</td><td>Приключен</td></tr></table>",
    # row headers (th beside td) are labels of their own rows
    "<table><tr><th>Статус</th><td>Приключен</td><td>2020</td></tr>"
    "<tr><th>Бюджет</th><td>10 лв.</td><td>2021</td></tr></table>",
])
def test_label_value_tables_are_still_read_row_by_row(html):
    assert any(line.startswith("Статус: Приключен") for line in html_to_text(html).text.splitlines())


def test_several_articles_are_separated_for_the_listing_splitter():
    html = ("<h1>Практика на седмицата</h1>"
            "<article><h2>Първа практика</h2><p>Кратък текст за първата.</p></article>"
            "<article><h2>Втора практика</h2><p>Кратък текст за втората.</p></article>")
    text = html_to_text(html).text
    blocks = [b.strip() for b in text.split(ARTICLE_SEPARATOR)]
    assert [b.splitlines()[0] for b in blocks if b] == [
        "Практика на седмицата", "Първа практика", "Втора практика"]


def test_single_article_gets_no_separator():
    html = "<article><h1>Проект</h1><p>Текст.</p></article>"
    assert ARTICLE_SEPARATOR not in html_to_text(html).text


def test_line_breaks_and_list_items_are_lines():
    text = html_to_text("<p>Ред едно<br>Ред две</p><ul><li>точка 1</li><li>точка 2</li></ul>").text
    assert text.splitlines() == ["Ред едно", "Ред две", "", "точка 1", "точка 2"]


def test_doctype_and_comments_are_not_text():
    text = html_to_text("<!DOCTYPE html><!-- бележка --><p>Текст</p>").text
    assert text == "Текст"


def test_definition_list_puts_label_and_value_on_lines():
    text = html_to_text("<dl><dt>Статус:</dt><dd>В изпълнение</dd></dl>").text
    assert text.splitlines() == ["Статус:", "В изпълнение"]


def test_empty_html():
    doc = html_to_text("")
    assert (doc.title, doc.text, doc.source_url) == ("", "", None)


TAGS = st.sampled_from(["<p>", "</p>", "<h1>", "</h1>", "<table><tr><td>", "</td><td>",
                        "</td></tr></table>", "<article>", "</article>", "<br>", "<li>",
                        "<script>", "</script>", "<nav>", "</nav>", "<!--", "-->", "&nbsp;",
                        "<div class='cookie'>", "</div>", "Текст", "Статус:", " ", "\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(TAGS, st.text(max_size=20)), max_size=40).map("".join))
def test_html_to_text_never_raises_and_keeps_its_shape(html):
    doc = html_to_text(html)
    assert "\n\n\n" not in doc.text
    assert doc.text == doc.text.strip()
    assert "\n" not in doc.title


def test_site_name_after_a_pipe_is_cut_from_the_title_element():
    doc = html_to_text("<title>Нов парк в Примерно | Община Примерно</title><p>Текст.</p>")
    assert doc.title == "Нов парк в Примерно"
    # the site's name stays as a line above the title (it names the municipality)
    assert [line for line in doc.text.splitlines() if line][:2] == ["Община Примерно", "Нов парк в Примерно"]
    assert parse_page(doc.text)[0].title == "Нов парк в Примерно"


def test_the_field_value_header_of_a_vertical_table_is_no_field():
    html = ("<table><tr><th>Поле</th><th>Стойност</th></tr>"
            "<tr><td>Етап</td><td>Завършен</td></tr><tr><td>Възложител</td><td>Община Примерно</td></tr></table>")
    assert html_to_text(html).text.splitlines() == ["Етап: Завършен", "Възложител: Община Примерно"]


@pytest.mark.parametrize("html", ["<![0", "<p>Текст</p><![if !IE]><p>Още</p>", "<![ <p>a</p>"])
def test_markup_the_parser_rejects_is_still_read(html):
    doc = html_to_text(html)
    assert doc.text == doc.text.strip()


LAYOUT_HTML = """<html><head><title>Добри практики - Общински склад за дрехи</title></head><body>
<table width="100%"><tr><td class="menu"><a href="/">Начало</a> | <a href="/p">Практики</a></td></tr></table>
<table><tr><td class="content"><h2>Общински склад за дрехи</h2>
<h4>Предистория</h4><p>В общината живеят 300 самотни възрастни.</p>
<h4>Резултати</h4><p>Раздадени са 1 200 пакета.</p>
<p><b>Дата на публикация:</b> 3 май 2024</p></td></tr></table></body></html>"""


def test_a_page_laid_out_in_a_table_keeps_its_headings_and_paragraphs_on_their_own_lines():
    lines = html_to_text(LAYOUT_HTML).text.splitlines()
    for line in ("Общински склад за дрехи", "Предистория", "В общината живеят 300 самотни възрастни.",
                 "Резултати", "Дата на публикация: 3 май 2024"):
        assert line in lines


def test_a_data_table_beside_a_layout_table_is_still_read_row_by_row():
    doc = html_to_text("<table><tr><td><p>Текст на страницата.</p></td></tr></table>"
                       "<table><tr><td>Статус</td><td>Приключен</td></tr></table>")
    assert "Статус: Приключен" in doc.text.splitlines()


@pytest.mark.parametrize("title, owner", [
    ("Нов паркинг до гарата | Община Долна баня", "Община Долна баня"),
    ("New bike lanes – Galabovo Municipality", "Galabovo Municipality"),
    ("Нов паркинг до гарата | Новини", None),
    ("Община Долна баня – Проекти", "Община Долна баня"),
    ("Община Лом спечели проект за нов парк – Новини", None),
    # a headline that opens with a municipality is no site's name
    ("Новини | Община Лом спечели проект за нов парк", None),
])
def test_a_municipal_site_named_in_the_title_stays_as_a_line_above_the_heading(title, owner):
    doc = html_to_text(f"<html><head><title>{title}</title></head><body>"
                       "<h1>Нов паркинг до гарата</h1><p>Паркингът в селото има 40 места.</p></body></html>")
    lines = doc.text.splitlines()
    if owner is None:
        assert lines[0] == "Нов паркинг до гарата"
    else:
        assert lines[0] == owner and lines.index("Нов паркинг до гарата") > 0
        page = parse_page(doc.text)[0]
        assert page.title == "Нов паркинг до гарата" and owner in page.text.splitlines()


def test_a_municipality_named_in_the_footer_stays_as_a_line_when_the_title_names_none():
    doc = html_to_text("<html><head><title>Нов мост над реката</title></head><body>"
                       "<h1>Нов мост над реката</h1><p>Мостът в селото е дълъг 30 метра.</p>"
                       "<footer><p>Община Земен, пл. „Кирил и Методий“ 1 · тел. 0000</p>"
                       "<p>© 2023 Всички права запазени.</p></footer></body></html>")
    page = parse_page(doc.text)[0]
    assert page.title == "Нов мост над реката"
    assert "Община Земен" in page.text.splitlines() and "тел" not in page.text


def test_a_footer_that_names_no_municipality_adds_nothing():
    doc = html_to_text("<h1>Нов мост</h1><p>Текст за моста.</p>"
                       "<footer>© 2023 Регионален вестник „Струма“. Всички права запазени.</footer>")
    assert doc.text.splitlines()[0] == "Нов мост"


def test_a_word_processors_table_with_each_value_in_a_paragraph_stays_a_field_table():
    doc = html_to_text("<table><tr><td><p>Бенефициент</p></td><td><p>Община Чавдар</p></td></tr>"
                       "<tr><td><div><p>Статус</p></div></td><td><p>В изпълнение</p></td></tr></table>")
    lines = doc.text.splitlines()
    assert "Бенефициент: Община Чавдар" in lines and "Статус: В изпълнение" in lines
